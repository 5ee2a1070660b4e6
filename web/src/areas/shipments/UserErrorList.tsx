/** userErrors no input on the page shows (a CONFLICT, a state that moved on …), listed with their codes and rules. */
import type { UserErrorView } from '../../api/use-mutation';

export function UserErrorList({ errors }: { errors: ReadonlyArray<UserErrorView> | null | undefined }) {
  if (!errors || errors.length === 0) return null;
  return (
    <ul role="alert" className="error" data-testid="user-errors">
      {errors.map((e, i) => (
        <li key={i}>
          <code>{e.code}</code> {e.message}
          {e.rule ? <code> {e.rule}</code> : null}
        </li>
      ))}
    </ul>
  );
}
