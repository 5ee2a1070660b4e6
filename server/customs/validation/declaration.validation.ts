/**
 * Checks a customs declaration (报关单) before the single window accepts it, and lists every
 * broken rule at once, each with the path of the input field and the rule's name
 * (['input', 'lines', '2', 'hsCode'], 'hs-heading-matches-order').
 *
 * Three kinds of rules:
 * - field rules: formats and reference codes (HS, ISO 4217, UN/ECE units, UN/LOCODE, ISO 6346,
 *   ISO 3166, trade modes, customs codes), what each mode requires (see declaration-input.ts),
 *   the two-step and advance rules;
 * - consistency with the order (context.order): the same HS heading as the order line, the same
 *   unit and currency, no more quantity than ordered (summed over the lines that declare one order
 *   line), and a value equal to the order line's amount for the declared quantity;
 * - consistency with the shipment (context.shipment): every container on the shipment, the port
 *   on the route and the transport mode that of the leg at the port.
 *
 * Tolerance: a line's value may differ from the order's amount for that quantity
 * (amount × declared quantity ÷ ordered quantity, rounded half-up to the currency's minor units) by
 * at most one minor unit (0.01 USD, 1 JPY), the rounding of a part of an order line. Totals are
 * exact: the declared total must equal the sum of the lines' values to the last digit (same
 * currency, exact decimals, nothing to round), so it is within one minor unit per line of the
 * order's amounts. All arithmetic is decimal (server/shared/money.ts), never binary floating point.
 *
 * Pure: no I/O, no clock (today comes in the context), no randomness.
 */
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { type Result, fail, ok } from '../../shared/result';
import type { UserError } from '../../shared/user-error';
import { checkCustomsOffice } from './customs-offices';
import { type DeclarationContext, MAX_DECLARATION_LINES, type ValidDeclaration, type ValidDeclarationLine } from './declaration-context';
import type { DeclarationInput } from './declaration-input';
import { type LineState, readLine } from './declaration-lines';
import { Collector, INPUT, readOrder, readShipment } from './declaration-reading';
import {
  readContainers,
  readDeclarant,
  readExpectedDate,
  readKindAndMode,
  readReferences,
  readRoute,
  readTotals,
  readTradeMode,
  readTwoStep,
} from './declaration-sections';

export * from './declaration-context';

dayjs.extend(customParseFormat);

export function validateDeclaration(input: DeclarationInput, context: DeclarationContext): Result<ValidDeclaration, UserError[]> {
  const today = dayjs(context.today, 'YYYY-MM-DD', true);
  if (!today.isValid()) throw new RangeError(`context.today must be a date yyyy-mm-dd, got '${context.today}'`);
  const order = context.order ? readOrder(context.order) : undefined;
  const shipment = context.shipment ? readShipment(context.shipment) : undefined;
  const c = new Collector();

  const { kind, mode, step, summary, full } = readKindAndMode(c, input, order);
  const { role, customsCode } = readDeclarant(c, input, kind);
  const tradeMode = readTradeMode(c, input, kind, order);
  const office = c.code([INPUT, 'customsOffice'], checkCustomsOffice(input.customsOffice));
  const { port, transportMode, conveyance } = readRoute(c, input, kind, shipment);
  const containers = readContainers(c, input, shipment);

  if (input.lines.length === 0) c.add([INPUT, 'lines'], 'required', 'a declaration needs at least one goods line');
  if (input.lines.length > MAX_DECLARATION_LINES) c.add([INPUT, 'lines'], 'max-items', `a declaration has at most ${MAX_DECLARATION_LINES} goods lines`);
  const state: LineState = { kind, summary, order, declared: new Map() };
  const lines = input.lines.slice(0, MAX_DECLARATION_LINES).map((line, i) => readLine(c, line, i, state));

  const { totalValue, totalCurrency, grossWeightKg, packages } = readTotals(c, input, lines, full);
  const { invoiceNumber, orderNumber } = readReferences(c, input, order, full);
  const expectedDate = readExpectedDate(c, input, mode, kind, today);
  const { guaranteeReference, summaryDeclarationNumber } = readTwoStep(c, input, mode, step, office, today);

  if (c.errors.length > 0) return fail(c.errors);
  return ok({
    kind: kind!,
    mode: mode!,
    step: step ?? null,
    declarant: { role: role!, customsCode },
    tradeMode: tradeMode!.code,
    customsOffice: office!,
    port: port!.code,
    transportMode: transportMode!,
    conveyanceReference: conveyance!,
    containers,
    lines: lines as ValidDeclarationLine[],
    totals: {
      value: totalValue ?? null,
      currency: totalCurrency?.code ?? null,
      grossWeightKg: grossWeightKg!,
      packages: packages ?? null,
    },
    invoiceNumber: invoiceNumber ?? null,
    orderNumber: orderNumber!,
    expectedDate: expectedDate ?? null,
    twoStep:
      mode === 'twoStep' && input.twoStep
        ? { dutiable: input.twoStep.dutiable, guaranteeReference: guaranteeReference ?? null, summaryDeclarationNumber: summaryDeclarationNumber ?? null }
        : null,
    warnings: c.warnings,
  });
}
