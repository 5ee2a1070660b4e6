/** The userErrors no field of a form shows (no field, or CONFLICT on the whole exercise), each with its code and rule. */
import { errorsNotAt, type UserErrorView } from '../../api/use-mutation';

export function OtherErrors({ errors, shown }: { errors: ReadonlyArray<UserErrorView> | null | undefined; shown: string[] }) {
  return (
    <>
      {errorsNotAt(errors, shown).map((e, i) => (
        <p key={i} role="alert" className="error" data-code={e.code}>
          <code>{e.code}</code> {e.rule ? <code>{e.rule}</code> : null} {e.message}
        </p>
      ))}
    </>
  );
}
