/**
 * Credit insurance for a run: an insurer issues each exporter one policy, with a credit limit per
 * buyer that covers every insured order of the run to that buyer, a tenth to spare (so a limit
 * never stops a scenario unless the scenario is about the limit).
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

/** Issues each policy once, when the first insured order needs it, and records it on the scenario's timeline. */
export function policyIssuer(world: RunWorld, scenario: Scenario, orders: readonly PlayedOrder[], log: RunLog, clock: Clock) {
  const issued = new Map<string, CreditPolicyRecord>();
  return async (insurerCode: string, exporter: Caller): Promise<CreditPolicyRecord> => {
    const key = `${insurerCode}:${exporter.party.code}`;
    const known = issued.get(key);
    if (known) return known;
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
    issued.set(key, policy);
    log.record(log.scenarioTimeline, {
      at: clock.now().toISOString(), order: null, name: 'policy.issued', actor: insurerCode, outcome: 'done',
      detail: `${policy.number}: ${insurerCode} insures ${exporter.party.code}'s buyers up to ${policy.buyerLimits.map((l) => l.approved).join(', ')} ${policy.currency}`,
    });
    return policy;
  };
}
