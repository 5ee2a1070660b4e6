/**
 * Risk selection for a stored declaration: what selectLane looks at (HS codes, origins, value,
 * the goods owner's AEO status and credit rating) and the draw it takes. Each declaration draws
 * from a generator of its own, keyed by its number and stage under the customs seed, so the same
 * seed gives the same lanes whatever order requests arrive in.
 */
import type { Lane } from '../../machines/declaration.machine';
import type { DeclarationRecord } from '../models/declaration.model';
import { type PartyRecord, creditRatingOf } from '../models/party.model';
import { Decimal, sum } from '../shared/money';
import { keyedRandom } from '../shared/random';
import { type CustomsSettings, customsRate } from './customs-settings';
import { type LaneSelection, type Targeting, selectLane } from './rules';

/**
 * The stage a selection is for: a two-step declaration is selected on its summary and again on
 * its complete declaration, each with a draw of its own.
 */
export type SelectionStage = 'declaration' | 'summary' | 'complete';

/**
 * A targeting instruction (布控), when given, sends the selection red whatever the rules and the
 * draw (the draw is still taken). At the 'complete' stage laneAfterPickup still turns that red
 * into a document review: the goods were already picked up.
 */
export function assessLane(
  declaration: DeclarationRecord,
  owner: PartyRecord,
  settings: CustomsSettings,
  stage: SelectionStage,
  targeting?: Targeting,
): LaneSelection {
  const lines = declaration.content.lines;
  const currency = lines[0]?.currency ?? 'CNY';
  const value = declaration.content.totals.value ?? sum(lines.map((l) => new Decimal(l.value))).toFixed();
  return selectLane(
    {
      kind: declaration.kind,
      hsCodes: lines.map((l) => l.hsCode),
      originCountries: [...new Set(lines.map((l) => l.originCountry))],
      value: { amount: value, currency },
      declarant: { aeo: owner.aeo, creditRating: creditRatingOf(owner) },
      ...(targeting === undefined ? {} : { targeting }),
    },
    settings.riskProfile,
    keyedRandom(settings.seed, `${declaration.number}:${stage}`),
    {
      // Value bands in another currency compare at the customs exchange rate, through the yuan.
      convert: (amount, from, to) => {
        const fromRate = customsRate(settings, from);
        const toRate = customsRate(settings, to);
        return fromRate && toRate ? amount.times(fromRate).dividedBy(toRate) : undefined;
      },
    },
  );
}

/**
 * The lane a complete two-step declaration can take: its goods were inspected, if at all, at the
 * summary stage and have since been picked up, so a red selection becomes a document review.
 */
export function laneAfterPickup(selection: LaneSelection): { lane: Lane; note: string | null } {
  if (selection.lane !== 'red') return { lane: selection.lane, note: null };
  return { lane: 'yellow', note: 'selected red, but the goods were released for pickup at the summary stage: reviewed on documents instead' };
}
