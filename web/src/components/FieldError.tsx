/**
 * The API's userErrors for one input, shown under it and tied to it with aria-describedby: give
 * the input `aria-describedby={fieldErrorId(path)}` and `aria-invalid` when there are errors.
 */
import { errorsAt, type UserErrorView } from '../api/use-mutation';

export function fieldErrorId(path: string): string {
  return `error-${path.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

export function FieldError({ errors, path }: { errors: ReadonlyArray<UserErrorView> | null | undefined; path: string }) {
  const mine = errorsAt(errors, path);
  if (mine.length === 0) return null;
  return (
    <span id={fieldErrorId(path)} className="field-error" role="alert" data-field={path}>
      {mine.map((e) => e.message).join(' ')}
      {mine[0]?.rule ? <code> {mine[0].rule}</code> : null}
    </span>
  );
}
