/** An input's aria attributes for its userErrors: marked invalid and described by them (FieldError renders them under it). */
import { errorsAt, type UserErrorView } from '../../api/use-mutation';
import { fieldErrorId } from '../../components/FieldError';

export function described(errors: ReadonlyArray<UserErrorView> | null | undefined, path: string) {
  return errorsAt(errors, path).length > 0 ? { 'aria-describedby': fieldErrorId(path), 'aria-invalid': true } : {};
}

/** A number field as typed: empty is "the API's default", anything else goes to the API as is to judge. */
export function numberOrNull(text: string): number | null {
  return text.trim() === '' ? null : Number(text.trim());
}

/** A text field as typed: empty is left out. */
export function textOrNull(text: string): string | null {
  return text.trim() === '' ? null : text.trim();
}
