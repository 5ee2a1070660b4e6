/** Props an input needs to point at its userErrors: aria-invalid, and aria-describedby naming the FieldError beside it. */
import { errorsAt, type UserErrorView } from '../../api/use-mutation';
import { fieldErrorId } from '../../components/FieldError';

export function errorProps(errors: ReadonlyArray<UserErrorView> | null | undefined, path: string) {
  const invalid = errorsAt(errors, path).length > 0;
  return { 'aria-invalid': invalid, 'aria-describedby': invalid ? fieldErrorId(path) : undefined };
}
