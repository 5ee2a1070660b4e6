/**
 * The actions on a financing the caller may take now: the events the API says the state accepts
 * (`allowedEvents`), offered to the party whose part they are (the bank's to its bank, the
 * exporter's to its exporter, the claim to the insurer), each with the inputs its mutation takes.
 * The API decides the rest (an approval while the matching fails comes back as its userError).
 */
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../api/client';
import { useMutation } from '../../api/use-mutation';
import { ActionForm, type ActionInput, type ActionResult } from '../../components/ActionForm';
import type { FinancingQuery } from '../../gql/graphql';
import { useSession } from '../../session';
import {
  ApproveFinancingMutation,
  CloseFinancingMutation,
  DeclareFinancingDefaultMutation,
  DisburseFinancingMutation,
  EnforceFinancingPledgeMutation,
  FlagFinancingOverdueMutation,
  MatchFinancingDocumentsMutation,
  PayFinancingClaimMutation,
  RegisterFinancingPledgeMutation,
  RejectFinancingMutation,
  ReleaseFinancingCollateralMutation,
  RepayFinancingMutation,
  StartFinancingReviewMutation,
  WithdrawFinancingMutation,
  WriteOffFinancingMutation,
} from './operations';

type Financing = NonNullable<FinancingQuery['financing']>;
type Party = 'bank' | 'exporter' | 'insurer';

interface Action {
  event: string;
  by: Party;
  inputs?: ActionInput[];
  mutation: { error: ApiError | null; running: boolean };
  run(values: Record<string, string>): Promise<ActionResult | null>;
}

export function FinancingActions({ financing: f, onChange }: { financing: Financing; onChange(): void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const number = f.number;
  const reason: ActionInput = { name: 'reason', path: 'reason', label: 'finance.page.reason' };
  const review = useMutation(StartFinancingReviewMutation);
  const match = useMutation(MatchFinancingDocumentsMutation);
  const approve = useMutation(ApproveFinancingMutation);
  const reject = useMutation(RejectFinancingMutation);
  const pledge = useMutation(RegisterFinancingPledgeMutation);
  const disburse = useMutation(DisburseFinancingMutation);
  const repay = useMutation(RepayFinancingMutation);
  const withdraw = useMutation(WithdrawFinancingMutation);
  const overdue = useMutation(FlagFinancingOverdueMutation);
  const defaulted = useMutation(DeclareFinancingDefaultMutation);
  const enforce = useMutation(EnforceFinancingPledgeMutation);
  const writeOff = useMutation(WriteOffFinancingMutation);
  const release = useMutation(ReleaseFinancingCollateralMutation);
  const close = useMutation(CloseFinancingMutation);
  const claim = useMutation(PayFinancingClaimMutation);
  if (!me) return null;

  const actions: Action[] = [
    { event: 'START_REVIEW', by: 'bank', mutation: review, run: async () => (await review.run({ number }))?.startFinancingReview ?? null },
    { event: 'MATCH_DOCUMENTS', by: 'bank', mutation: match, run: async () => (await match.run({ number }))?.matchFinancingDocuments ?? null },
    {
      event: 'APPROVE',
      by: 'bank',
      mutation: approve,
      inputs: [
        { name: 'advanceRatePercent', path: 'input.advanceRatePercent', label: 'finance.page.advanceRate', defaultValue: '80', inputMode: 'decimal' },
        { name: 'annualRatePercent', path: 'input.annualRatePercent', label: 'finance.page.annualRate', defaultValue: '4.5', inputMode: 'decimal' },
        { name: 'tenorDays', path: 'input.tenorDays', label: 'finance.page.tenorDays', defaultValue: '90', inputMode: 'numeric' },
      ],
      run: async (v) => {
        // A tenor that is not a whole number is sent as 0, which the API refuses at input.tenorDays.
        const tenorDays = /^\d+$/.test(v.tenorDays?.trim() ?? '') ? Number(v.tenorDays) : 0;
        const input = { financing: number, advanceRatePercent: v.advanceRatePercent ?? '', annualRatePercent: v.annualRatePercent ?? '', tenorDays };
        return (await approve.run({ input }))?.approveFinancing ?? null;
      },
    },
    { event: 'REJECT', by: 'bank', mutation: reject, inputs: [reason], run: async (v) => (await reject.run({ number, reason: v.reason ?? '' }))?.rejectFinancing ?? null },
    { event: 'REGISTER_PLEDGE', by: 'bank', mutation: pledge, run: async () => (await pledge.run({ number }))?.registerFinancingPledge ?? null },
    {
      event: 'DISBURSE',
      by: 'bank',
      mutation: disburse,
      inputs: [{ name: 'amount', path: 'amount', label: 'finance.page.amount', inputMode: 'decimal' }],
      run: async (v) => (await disburse.run({ number, amount: v.amount?.trim() || null }))?.disburseFinancing ?? null,
    },
    {
      event: 'REPAY',
      by: 'exporter',
      mutation: repay,
      inputs: [{ name: 'amount', path: 'input.amount', label: 'finance.page.repayAmount', inputMode: 'decimal', defaultValue: f.position?.settlementAmount?.loan.amount ?? '' }],
      run: async (v) => (await repay.run({ input: { financing: number, amount: v.amount?.trim() ?? '' } }))?.repayFinancing ?? null,
    },
    { event: 'WITHDRAW', by: 'exporter', mutation: withdraw, inputs: [reason], run: async (v) => (await withdraw.run({ number, reason: v.reason ?? '' }))?.withdrawFinancing ?? null },
    { event: 'FLAG_OVERDUE', by: 'bank', mutation: overdue, run: async () => (await overdue.run({ number }))?.flagFinancingOverdue ?? null },
    { event: 'DECLARE_DEFAULT', by: 'bank', mutation: defaulted, inputs: [reason], run: async (v) => (await defaulted.run({ number, reason: v.reason ?? '' }))?.declareFinancingDefault ?? null },
    { event: 'ENFORCE', by: 'bank', mutation: enforce, run: async () => (await enforce.run({ number }))?.enforceFinancingPledge ?? null },
    { event: 'WRITE_OFF', by: 'bank', mutation: writeOff, inputs: [reason], run: async (v) => (await writeOff.run({ number, reason: v.reason ?? '' }))?.writeOffFinancing ?? null },
    { event: 'RELEASE_COLLATERAL', by: 'bank', mutation: release, run: async () => (await release.run({ number }))?.releaseFinancingCollateral ?? null },
    { event: 'CLOSE', by: 'bank', mutation: close, run: async () => (await close.run({ number }))?.closeFinancing ?? null },
    { event: 'CLAIM_PAID', by: 'insurer', mutation: claim, run: async () => (await claim.run({ number }))?.payFinancingClaim ?? null },
  ];
  const mine = (by: Party) => (by === 'bank' ? f.bank.id : by === 'exporter' ? f.exporter.id : f.insurer?.id) === me.party.id;
  const offered = actions.filter((a) => f.allowedEvents.includes(a.event) && mine(a.by));

  return (
    <section aria-labelledby="financing-actions" className="actions" data-testid="financing-actions">
      <h2 id="financing-actions">{t('finance.page.actions')}</h2>
      {offered.length === 0 ? (
        <p>{t('finance.page.noActions')}</p>
      ) : (
        <div className="action-list">
          {offered.map((a) => (
            // Keyed by version too: after a change the inputs start from the new position.
            <ActionForm key={`${a.event}-${f.version}`} id={a.event} label={t(`finance.act.${a.event}`)} inputs={a.inputs} run={a.run} error={a.mutation.error} running={a.mutation.running} onDone={onChange} />
          ))}
        </div>
      )}
    </section>
  );
}
