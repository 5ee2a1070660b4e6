/**
 * The exercise's participants and the invitation form (name, party, role). An issued token is
 * shown once, with a copy button and how the participant signs in with it; the API refuses a
 * party or role the exercise does not hold, and a name already taken, at their fields.
 */
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '../../api/use-mutation';
import { ErrorNotice } from '../../components/ErrorNotice';
import { FieldError } from '../../components/FieldError';
import type { ExerciseQuery, Role } from '../../gql/graphql';
import { described } from './described';
import { DismissParticipantMutation, InviteParticipantMutation } from './operations';
import { OtherErrors } from './OtherErrors';

type Participant = NonNullable<ExerciseQuery['exercise']>['participants'][number];
const ROLES: Role[] = ['EXPORTER', 'IMPORTER', 'CONSOLIDATOR', 'FORWARDER', 'CARRIER', 'CUSTOMS', 'BANK', 'INSURER', 'AUDITOR'];
const FIELDS = ['input.name', 'input.party', 'input.role'];

export function ParticipantsPanel({ number, participants, onChanged }: { number: string; participants: Participant[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [party, setParty] = useState('CQ-MOTO');
  const [role, setRole] = useState<Role>('EXPORTER');
  const [copied, setCopied] = useState(false);
  const invite = useMutation(InviteParticipantMutation);
  const dismiss = useMutation(DismissParticipantMutation);
  const errors = invite.data?.inviteParticipant.userErrors;
  const issued = invite.data?.inviteParticipant;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setCopied(false);
    if ((await invite.run({ number, input: { name, party, role } }))?.inviteParticipant.token) onChanged();
  };
  const onDismiss = async (who: string) => {
    if ((await dismiss.run({ number, name: who }))?.dismissParticipant.exercise) onChanged();
  };
  const copy = async (token: string) => {
    await navigator.clipboard.writeText(token);
    setCopied(true);
  };

  return (
    <section aria-labelledby="participants-title" className="classroom-panel" data-testid="participants">
      <h2 id="participants-title">{t('classroom.participants.title')}</h2>
      {participants.length === 0 ? (
        <p>{t('classroom.participants.none')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('classroom.participants.name')}</th>
              <th scope="col">{t('classroom.participants.party')}</th>
              <th scope="col">{t('classroom.participants.role')}</th>
              <th scope="col">{t('classroom.participants.token')}</th>
              <th scope="col">{t('classroom.participants.invitedAt')}</th>
              <th scope="col">{t('classroom.participants.dismissedAt')}</th>
            </tr>
          </thead>
          <tbody>
            {participants.map((p) => (
              <tr key={p.name} data-testid="participant-row">
                <th scope="row">{p.name}</th>
                <td>{p.partyCode}</td>
                <td>{t(`role.${p.role}`)}</td>
                <td>
                  <code>{p.tokenPrefix}…</code>
                </td>
                <td>{p.invitedAt}</td>
                <td>
                  {p.dismissedAt ?? (
                    <button type="button" onClick={() => void onDismiss(p.name)} disabled={dismiss.running} aria-label={`${t('classroom.participants.dismiss')} ${p.name}`}>
                      {t('classroom.participants.dismiss')}
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <OtherErrors errors={dismiss.data?.dismissParticipant.userErrors} shown={[]} />
      {dismiss.error ? <ErrorNotice error={dismiss.error} /> : null}
      <form onSubmit={onSubmit} className="inline-form" data-testid="invite">
        <div className="field">
          <label htmlFor="invite-name">{t('classroom.participants.name')}</label>
          <input id="invite-name" value={name} onChange={(e) => setName(e.target.value)} {...described(errors, 'input.name')} />
          <FieldError errors={errors} path="input.name" />
        </div>
        <div className="field">
          <label htmlFor="invite-party">{t('classroom.participants.party')}</label>
          <input id="invite-party" value={party} onChange={(e) => setParty(e.target.value)} {...described(errors, 'input.party')} />
          <FieldError errors={errors} path="input.party" />
        </div>
        <div className="field">
          <label htmlFor="invite-role">{t('classroom.participants.role')}</label>
          <select id="invite-role" value={role} onChange={(e) => setRole(e.target.value as Role)} {...described(errors, 'input.role')}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
          <FieldError errors={errors} path="input.role" />
        </div>
        <button type="submit" disabled={invite.running}>
          {invite.running ? t('classroom.participants.inviting') : t('classroom.participants.invite')}
        </button>
      </form>
      <OtherErrors errors={errors} shown={FIELDS} />
      {invite.error ? <ErrorNotice error={invite.error} /> : null}
      {issued?.token && issued.participant ? (
        <div className="issued-token" role="status">
          <p>{t('classroom.participants.issued', { name: issued.participant.name })}</p>
          <code data-testid="issued-token">{issued.token}</code>{' '}
          <button type="button" onClick={() => void copy(issued.token!)}>
            {copied ? t('classroom.participants.copied') : t('classroom.participants.copy')}
          </button>
          <p className="hint">{t('classroom.participants.signInHint')}</p>
        </div>
      ) : null}
    </section>
  );
}
