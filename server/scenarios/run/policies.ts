/**
 * Credit insurance for a run: an insurer issues each exporter one policy, with a credit limit per
 * buyer that covers every insured order of the run to that buyer, a tenth to spare (so a limit
 * never stops a scenario unless the scenario is about the limit).
 *
 * The policies are issued on the scenario's timeline before the first order, in the order their
 * first insured order comes in the run, so every worker of a parallel run issues the same
 * policies with the same numbers and limits whichever orders it plays. A limit is the one thing
 * orders share in a run; sized for all of them it never binds, in one worker or in several.
 */
import type { Clock } from '../../clock';
import type { CreditPolicyRecord } from '../../models/credit-policy.model';
import type { Caller } from '../../parties/caller';
import { Decimal } from '../../shared/money';
import type { Scenario } from '../scenario';
import type { PlayedOrder } from './expand-orders';
import { type RunLog, ScenarioStepError } from './order-run';
import type { RunWorld } from './run-world';

const PREMIUM_RATE_PERCENT = '0.8';

const keyOf = (insurerCode: string, exporterCode: string) => `${insurerCode}:${exporterCode}`;

/** Issues every policy the run's insured orders need, and answers which policy covers an order. */
export async function issuePolicies(world: RunWorld, scenario: Scenario, orders: readonly PlayedOrder[], log: RunLog, clock: Clock) {
  const issued = new Map<string, CreditPolicyRecord>();
  for (const { spec } of orders) {
    const insurerCode = spec.financing?.insurer;
    if (!insurerCode || issued.has(keyOf(insurerCode, spec.seller))) continue;
    issued.set(keyOf(insurerCode, spec.seller), await issuePolicy(world, scenario, orders, log, clock, insurerCode, world.as(spec.seller)));
  }
  return (insurerCode: string, exporter: Caller): CreditPolicyRecord => {
    const policy = issued.get(keyOf(insurerCode, exporter.party.code));
    if (!policy) throw new Error(`no policy from ${insurerCode} for ${exporter.party.code}: no insured order of the run named them`);
    return policy;
  };
}

async function issuePolicy(world: RunWorld, scenario: Scenario, orders: readonly PlayedOrder[], log: RunLog, clock: Clock, insurerCode: string, exporter: Caller): Promise<CreditPolicyRecord> {
  const insured = orders.filter((o) => o.spec.financing?.insurer === insurerCode && o.spec.seller === exporter.party.code);
  const perBuyer = new Map<string, Decimal>();
  for (const { spec } of insured) {
    const value = spec.goods.reduce((total, name) => {
      const g = scenario.goods![name];
      return total.plus(new Decimal(g.quantity).times(g.unitPrice));
    }, new Decimal(0));
    perBuyer.set(spec.buyer, (perBuyer.get(spec.buyer) ?? new Decimal(0)).plus(value));
  }
  const insurer = world.as(insurerCode);
  const currency = insured[0]?.spec.currency ?? 'USD';
  const result = await world.services.policies.issue(insurer, {
    exporter: exporter.partyId,
    currency,
    premiumRatePercent: PREMIUM_RATE_PERCENT,
    buyerLimits: [...perBuyer].map(([buyer, value]) => ({ buyer: world.as(buyer).partyId, amount: value.times('1.1').toDecimalPlaces(0, Decimal.ROUND_UP).toFixed(2) })),
  });
  if (!result.ok) throw new ScenarioStepError(exporter.party.code, `credit policy from ${insurerCode}`, result.error);
  const policy = result.value;
  log.record(0, log.scenarioTimeline, {
    at: clock.now().toISOString(), order: null, name: 'policy.issued', actor: insurerCode, outcome: 'done',
    detail: `${policy.number}: ${insurerCode} insures ${exporter.party.code}'s buyers up to ${policy.buyerLimits.map((l) => l.approved).join(', ')} ${policy.currency}`,
  });
  return policy;
}
