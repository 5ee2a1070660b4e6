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
import {
  type Check,
  type Currency,
  checkContainerNumber,
  checkCurrency,
  checkHsCode,
  checkLocode,
  checkTradeMode,
  checkTransportMode,
  checkUnit,
  normaliseContainerNumber,
  normaliseHsCode,
  normaliseLocode,
  type TransportMode,
} from '../../reference';
import { Decimal, parseDecimal, roundMoney, sum } from '../../shared/money';
import { type Result, fail, ok } from '../../shared/result';
import { type UserError, fieldError } from '../../shared/user-error';
import { checkCountry } from './countries';
import { type CustomsOffice, checkCustomsOffice, checkDeclarationNumber } from './customs-offices';
import {
  DECLARANT_ROLES,
  DECLARATION_KINDS,
  DECLARATION_MODES,
  type DeclarantRole,
  type DeclarationInput,
  type DeclarationKind,
  type DeclarationLineInput,
  type DeclarationMode,
  TWO_STEP_STEPS,
  type TwoStepStep,
} from './declaration-input';
import { routePorts } from '../../routing/route-ports';

dayjs.extend(customParseFormat);

// ---------------------------------------------------------------------------------------------
// Context: plain order and shipment data (not mongoose documents), and today's date
// ---------------------------------------------------------------------------------------------

export interface DeclarationOrderLine {
  /** default: the line's position + 1 */
  lineNo?: number;
  hsCode: string;
  /** decimal text */
  quantity: string;
  unit: string;
  /** decimal text, in the order's currency */
  amount: string;
}

export interface DeclarationOrderContext {
  number: string;
  currency: string;
  lines: DeclarationOrderLine[];
  /** UN/LOCODE */
  origin: string;
  /** UN/LOCODE */
  destination: string;
  /** when given, the declaration must use the same trade mode */
  tradeMode?: string;
}

export interface DeclarationShipmentContext {
  containers: string[];
  /** in route order */
  legs: Array<{ from: string; to: string; mode: string }>;
}

export interface DeclarationContext {
  /** yyyy-mm-dd */
  today: string;
  order?: DeclarationOrderContext;
  shipment?: DeclarationShipmentContext;
}

// ---------------------------------------------------------------------------------------------
// Result
// ---------------------------------------------------------------------------------------------

/** Accepted, but worth telling the declarant (e.g. an 8-digit HS code where 10 are expected). */
export interface DeclarationWarning {
  field: string[];
  rule: string;
  message: string;
}

export interface ValidDeclarationLine {
  lineNo: number;
  orderLineNo: number;
  /** digits only */
  hsCode: string;
  heading: string;
  description: string;
  quantity: Decimal;
  unit: string;
  value: Decimal;
  currency: string;
  originCountry: string;
  /** null only in a two-step summary that left it out */
  destinationCountry: string | null;
}

export interface ValidDeclaration {
  kind: DeclarationKind;
  mode: DeclarationMode;
  /** two-step mode only */
  step: TwoStepStep | null;
  declarant: { role: DeclarantRole; customsCode: string };
  tradeMode: string;
  customsOffice: CustomsOffice;
  port: string;
  transportMode: TransportMode;
  conveyanceReference: string;
  /** normalised ISO 6346 numbers */
  containers: string[];
  lines: ValidDeclarationLine[];
  totals: { value: Decimal | null; currency: string | null; grossWeightKg: Decimal; packages: number | null };
  invoiceNumber: string | null;
  orderNumber: string;
  /** advance mode only */
  expectedDate: string | null;
  twoStep: { dutiable: boolean; guaranteeReference: string | null; summaryDeclarationNumber: string | null } | null;
  warnings: DeclarationWarning[];
}

// ---------------------------------------------------------------------------------------------
// Limits
// ---------------------------------------------------------------------------------------------

/** A Chinese declaration carries at most 50 goods lines (商品项). */
export const MAX_DECLARATION_LINES = 50;
export const MAX_DESCRIPTION = 255;
/** Simulator limit for "name / voyage" in one field. */
export const MAX_CONVEYANCE = 64;
export const MAX_REFERENCE = 35;

const CUSTOMS_CODE = /^[0-9A-Z]{10}$/;
const INVOICE_NUMBER = /^[A-Z0-9][A-Z0-9\-/._ ]{0,34}$/i;
const ORDER_NUMBER = /^ORD-\d{4}-\d{6,}$/;

// ---------------------------------------------------------------------------------------------
// Collector
// ---------------------------------------------------------------------------------------------

const INPUT = 'input';

/** Collects errors while reading fields, so one pass reports them all. */
class Collector {
  readonly errors: UserError[] = [];
  readonly warnings: DeclarationWarning[] = [];

  add(field: string[], rule: string, message: string): void {
    this.errors.push(fieldError(field, rule, message));
  }

  warn(field: string[], rule: string, message: string): void {
    this.warnings.push({ field, rule, message: `${field.join('.')}: ${message}` });
  }

  code<T>(field: string[], check: Check<T>): T | undefined {
    if (check.ok) return check.value;
    this.add(field, check.rule, check.message);
    return undefined;
  }

  oneOf<T extends string>(field: string[], value: unknown, allowed: readonly T[], rule: string, what: string): T | undefined {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    this.add(field, rule, `unknown ${what} '${String(value)}' (expected one of ${allowed.join(', ')})`);
    return undefined;
  }

  /** A trimmed, non-empty text; reports 'required' when missing. */
  text(field: string[], value: string | null | undefined, required: boolean): string | undefined {
    const text = typeof value === 'string' ? value.trim() : '';
    if (text.length > 0) return text;
    if (required) this.add(field, 'required', 'is required');
    return undefined;
  }

  /** A positive decimal with at most `maxDecimals` places. */
  positive(field: string[], text: string, maxDecimals: number): Decimal | undefined {
    const value = parseDecimal(text);
    if (!value) {
      this.add(field, 'decimal', `'${text}' is not a decimal number (digits, optional '.' and up to 6 decimals)`);
      return undefined;
    }
    if (value.lte(0)) {
      this.add(field, 'positive', `must be greater than zero, got ${text}`);
      return undefined;
    }
    if (value.decimalPlaces() > maxDecimals) {
      this.add(field, 'decimal-places', `allows at most ${maxDecimals} decimal places, got ${value.decimalPlaces()}`);
      return undefined;
    }
    return value;
  }

  /** A money amount: positive, with no more decimals than the currency's minor units. */
  money(field: string[], text: string, currency: Currency | undefined): Decimal | undefined {
    const value = this.positive(field, text, 6);
    if (value && currency && value.decimalPlaces() > currency.minorUnits) {
      this.add(field, 'money-minor-units', `${currency.code} has ${currency.minorUnits} decimal places, got ${value.decimalPlaces()}`);
      return undefined;
    }
    return value;
  }

  positiveInteger(field: string[], value: unknown): number | undefined {
    if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return value;
    this.add(field, 'positive-integer', `must be a whole number greater than zero, got ${String(value)}`);
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Context readers: malformed context data is a programming error (the order and the shipment
// were validated when they were created), so it throws instead of blaming the declarant.
// ---------------------------------------------------------------------------------------------

interface OrderLineRef {
  lineNo: number;
  heading: string;
  quantity: Decimal;
  unit: string;
  amount: Decimal;
}

interface OrderRef {
  number: string;
  currency: Currency;
  lines: ReadonlyMap<number, OrderLineRef>;
  originCountry: string;
  destinationCountry: string;
  tradeMode: string | undefined;
}

function contextDecimal(text: string, where: string): Decimal {
  const value = parseDecimal(text);
  if (!value) throw new RangeError(`${where} is not a decimal number: '${text}'`);
  return value;
}

function readOrder(order: DeclarationOrderContext): OrderRef {
  const currency = checkCurrency(order.currency);
  if (!currency.ok) throw new RangeError(`context.order.currency: ${currency.message}`);
  const lines = new Map<number, OrderLineRef>();
  order.lines.forEach((line, i) => {
    const where = `context.order.lines[${i}]`;
    const unit = checkUnit(line.unit);
    if (!unit.ok) throw new RangeError(`${where}.unit: ${unit.message}`);
    const lineNo = line.lineNo ?? i + 1;
    lines.set(lineNo, {
      lineNo,
      heading: normaliseHsCode(line.hsCode).slice(0, 4),
      quantity: contextDecimal(line.quantity, `${where}.quantity`),
      unit: unit.value.code,
      amount: contextDecimal(line.amount, `${where}.amount`),
    });
  });
  return {
    number: order.number.trim().toUpperCase(),
    currency: currency.value,
    lines,
    originCountry: normaliseLocode(order.origin).slice(0, 2),
    destinationCountry: normaliseLocode(order.destination).slice(0, 2),
    tradeMode: order.tradeMode?.trim(),
  };
}

interface LegRef {
  from: string;
  to: string;
  mode: string;
}

interface ShipmentRef {
  containers: ReadonlySet<string>;
  legs: readonly LegRef[];
}

function readShipment(shipment: DeclarationShipmentContext): ShipmentRef {
  return {
    containers: new Set(shipment.containers.map(normaliseContainerNumber)),
    legs: shipment.legs.map((l) => ({ from: normaliseLocode(l.from), to: normaliseLocode(l.to), mode: l.mode })),
  };
}

const inChina = (locode: string): boolean => locode.startsWith('CN');

/** 'an export', 'an import', 'a transit' */
const aKind = (kind: DeclarationKind): string => (kind === 'transit' ? 'a transit' : `an ${kind}`);

/** The modes of the legs at the port: leaving it (export), reaching it (import), either (transit). */
function modesAtPort(kind: DeclarationKind, legs: readonly LegRef[], port: string): string[] {
  if (kind === 'export') {
    const leg = legs.find((l) => l.from === port);
    return leg ? [leg.mode] : [];
  }
  if (kind === 'import') {
    const leg = [...legs].reverse().find((l) => l.to === port);
    return leg ? [leg.mode] : [];
  }
  return [...new Set(legs.filter((l) => l.from === port || l.to === port).map((l) => l.mode))];
}

// ---------------------------------------------------------------------------------------------
// Lines
// ---------------------------------------------------------------------------------------------

interface LineState {
  kind: DeclarationKind | undefined;
  summary: boolean;
  order: OrderRef | undefined;
  /** quantity declared so far per order line */
  declared: Map<number, Decimal>;
}

function readLine(c: Collector, line: DeclarationLineInput, i: number, s: LineState): ValidDeclarationLine | undefined {
  const at = (f: string) => [INPUT, 'lines', String(i), f];
  const before = c.errors.length;

  if (line.lineNo !== i + 1) c.add(at('lineNo'), 'line-number', `goods lines are numbered 1, 2, 3 ... in order: expected ${i + 1}, got ${String(line.lineNo)}`);
  const orderLineGiven = line.orderLineNo !== undefined && line.orderLineNo !== null;
  const orderLineNo = orderLineGiven ? c.positiveInteger(at('orderLineNo'), line.orderLineNo) : i + 1;
  const orderLine = orderLineNo !== undefined ? s.order?.lines.get(orderLineNo) : undefined;
  if (s.order && orderLineNo !== undefined && !orderLine) {
    c.add(at(orderLineGiven ? 'orderLineNo' : 'lineNo'), 'order-line-exists', `order ${s.order.number} has no line ${orderLineNo}`);
  }

  const hs = c.code(at('hsCode'), checkHsCode(line.hsCode));
  if (hs && !s.summary) {
    if (hs.code.length < 8) {
      c.add(at('hsCode'), 'hs-declaration-digits', `a declaration needs the Chinese commodity code (8-digit tariff code and 2 supervision digits), got ${hs.code.length} digits; 6 are enough only in a two-step summary`);
    } else if (hs.code.length < 10) {
      c.warn(at('hsCode'), 'hs-cn-10-digits', `China declares 10 digits (8-digit tariff code and 2 supervision digits); got ${hs.code.length}, customs will ask for the rest`);
    }
  }
  if (hs && orderLine && hs.heading !== orderLine.heading) {
    c.add(at('hsCode'), 'hs-heading-matches-order', `heading ${hs.heading} differs from order line ${orderLine.lineNo}'s heading ${orderLine.heading}`);
  }

  const description = c.text(at('description'), line.description, true);
  if (description && description.length > MAX_DESCRIPTION) c.add(at('description'), 'max-length', `must be at most ${MAX_DESCRIPTION} characters`);

  const quantityText = c.text(at('quantity'), line.quantity, true);
  const quantity = quantityText === undefined ? undefined : c.positive(at('quantity'), quantityText, 6);
  const unitText = c.text(at('unit'), line.unit, true);
  const unit = unitText === undefined ? undefined : c.code(at('unit'), checkUnit(unitText));
  const unitMatches = unit !== undefined && orderLine !== undefined && unit.code === orderLine.unit;
  if (unit && orderLine && !unitMatches) {
    c.add(at('unit'), 'unit-matches-order', `unit ${unit.code} differs from order line ${orderLine.lineNo}'s unit ${orderLine.unit}`);
  }
  if (quantity && orderLine && unitMatches) {
    const total = (s.declared.get(orderLine.lineNo) ?? new Decimal(0)).plus(quantity);
    s.declared.set(orderLine.lineNo, total);
    if (total.gt(orderLine.quantity)) {
      const others = total.minus(quantity);
      c.add(
        at('quantity'),
        'quantity-within-order',
        `declares ${quantity.toFixed()} ${orderLine.unit}${others.gt(0) ? ` (${total.toFixed()} with the lines before it)` : ''}, more than the ${orderLine.quantity.toFixed()} ${orderLine.unit} of order line ${orderLine.lineNo}`,
      );
    }
  }

  const currency = c.code(at('currency'), checkCurrency(line.currency));
  const currencyMatches = currency !== undefined && s.order !== undefined && currency.code === s.order.currency.code;
  if (currency && s.order && !currencyMatches) {
    c.add(at('currency'), 'currency-matches-order', `values are declared in the order's currency ${s.order.currency.code}, not ${currency.code}`);
  }
  const value = c.money(at('value'), line.value, currency);
  if (value && quantity && orderLine && unitMatches && currencyMatches && currency) {
    const expected = roundMoney(orderLine.amount.times(quantity).dividedBy(orderLine.quantity), currency.minorUnits);
    const tolerance = new Decimal(10).pow(-currency.minorUnits);
    if (value.minus(expected).abs().gt(tolerance)) {
      c.add(
        at('value'),
        'value-matches-order',
        `declares ${value.toFixed(currency.minorUnits)} ${currency.code} for ${quantity.toFixed()} ${orderLine.unit}; order line ${orderLine.lineNo} gives ${expected.toFixed(currency.minorUnits)} ${currency.code} for that quantity (tolerance ${tolerance.toFixed(currency.minorUnits)})`,
      );
    }
  }

  const origin = c.code(at('originCountry'), checkCountry(line.originCountry));
  const destinationText = c.text(at('destinationCountry'), line.destinationCountry, !s.summary);
  const destination = destinationText === undefined ? undefined : c.code(at('destinationCountry'), checkCountry(destinationText));
  if (destination && s.kind === 'import' && destination !== 'CN') {
    c.add(at('destinationCountry'), 'destination-china', `goods declared for import end in China (CN), not ${destination}`);
  } else if (destination && s.order && destination !== s.order.destinationCountry) {
    c.add(at('destinationCountry'), 'destination-matches-order', `order ${s.order.number} goes to ${s.order.destinationCountry}, not ${destination}`);
  }

  if (c.errors.length > before || !hs || !description || !quantity || !unit || !value || !currency || !origin || orderLineNo === undefined) {
    return undefined;
  }
  return {
    lineNo: i + 1,
    orderLineNo,
    hsCode: hs.code,
    heading: hs.heading,
    description,
    quantity,
    unit: unit.code,
    value,
    currency: currency.code,
    originCountry: origin,
    destinationCountry: destination ?? null,
  };
}

// ---------------------------------------------------------------------------------------------
// The declaration
// ---------------------------------------------------------------------------------------------

export function validateDeclaration(input: DeclarationInput, context: DeclarationContext): Result<ValidDeclaration, UserError[]> {
  const today = dayjs(context.today, 'YYYY-MM-DD', true);
  if (!today.isValid()) throw new RangeError(`context.today must be a date yyyy-mm-dd, got '${context.today}'`);
  const order = context.order ? readOrder(context.order) : undefined;
  const shipment = context.shipment ? readShipment(context.shipment) : undefined;
  const c = new Collector();

  // Kind, mode and the two-step step
  const kind = c.oneOf([INPUT, 'kind'], input.kind, DECLARATION_KINDS, 'declaration-kind', 'declaration kind');
  if (kind && order) {
    const leaves = inChina(order.originCountry) && !inChina(order.destinationCountry);
    const enters = inChina(order.destinationCountry) && !inChina(order.originCountry);
    if ((kind === 'export' && !leaves) || (kind === 'import' && !enters)) {
      c.add([INPUT, 'kind'], 'kind-matches-order', `order ${order.number} goes from ${order.originCountry} to ${order.destinationCountry}: not ${aKind(kind)} from China's side`);
    }
  }
  const mode = c.oneOf([INPUT, 'mode'], input.mode, DECLARATION_MODES, 'declaration-mode', 'declaration mode');
  if (mode === 'twoStep' && kind !== undefined && kind !== 'import') {
    c.add([INPUT, 'mode'], 'two-step-import-only', `two-step declaration (两步申报) is for imports, not ${kind}s`);
  }
  let step: TwoStepStep | undefined;
  if (mode === 'twoStep') {
    if (!input.twoStep) c.add([INPUT, 'twoStep'], 'required', 'a two-step declaration says its step (summary or complete)');
    else step = c.oneOf([INPUT, 'twoStep', 'step'], input.twoStep.step, TWO_STEP_STEPS, 'two-step-step', 'two-step step');
  } else if (input.twoStep) {
    c.add([INPUT, 'twoStep'], 'two-step-only', 'only a two-step declaration has two-step details');
  }
  // Under two-step mode with no valid step, only the summary's requirements are certain.
  const summary = mode === 'twoStep' && step !== 'complete';
  const full = !summary;

  // Declarant
  const role = c.oneOf([INPUT, 'declarant', 'role'], input.declarant.role, DECLARANT_ROLES, 'declarant-role', 'declarant role');
  if (role === 'exporter' && kind !== undefined && kind !== 'export') {
    c.add([INPUT, 'declarant', 'role'], 'declarant-role-kind', `an exporter declares its own exports only; ${aKind(kind)} is declared by a customs broker`);
  }
  if (role === 'importer' && kind !== undefined && kind !== 'import') {
    c.add([INPUT, 'declarant', 'role'], 'declarant-role-kind', `an importer declares its own imports only; ${aKind(kind)} is declared by the exporter or a customs broker`);
  }
  const customsCode = input.declarant.customsCode.trim().toUpperCase();
  if (!CUSTOMS_CODE.test(customsCode)) {
    c.add([INPUT, 'declarant', 'customsCode'], 'customs-code-format', 'the enterprise customs code (海关编码) is 10 letters or digits');
  }

  // Trade mode
  const tradeMode = c.code([INPUT, 'tradeMode'], checkTradeMode(input.tradeMode));
  if (tradeMode && (kind === 'export' || kind === 'import') && !tradeMode.directions.includes(kind)) {
    c.add([INPUT, 'tradeMode'], 'trade-mode-kind', `trade mode ${tradeMode.code} (${tradeMode.nameEn}) is not used for ${kind}s`);
  }
  if (tradeMode && order?.tradeMode !== undefined && order.tradeMode !== tradeMode.code) {
    c.add([INPUT, 'tradeMode'], 'trade-mode-matches-order', `order ${order.number} is under trade mode ${order.tradeMode}, not ${tradeMode.code}`);
  }

  // Customs office
  const office = c.code([INPUT, 'customsOffice'], checkCustomsOffice(input.customsOffice));

  // Port, transport mode, conveyance
  const port = c.code([INPUT, 'port'], checkLocode(input.port));
  let portOnRoute = false;
  if (port && port.country !== 'CN') {
    c.add([INPUT, 'port'], 'port-in-china', `the port of a Chinese declaration is a place in China, not ${port.code}`);
  } else if (port && kind && shipment && shipment.legs.length > 0) {
    const allowed = routePorts(kind, shipment.legs);
    portOnRoute = allowed.includes(port.code);
    if (!portOnRoute) {
      c.add([INPUT, 'port'], 'port-on-route', `${aKind(kind)} on this shipment's route is declared at ${allowed.join(' or ') || 'no Chinese place'}, not ${port.code}`);
    }
  }
  const transportMode = c.code([INPUT, 'transportMode'], checkTransportMode(input.transportMode.trim()));
  if (transportMode && port && kind && shipment && portOnRoute) {
    const modes = modesAtPort(kind, shipment.legs, port.code);
    if (modes.length > 0 && !modes.includes(transportMode)) {
      c.add([INPUT, 'transportMode'], 'transport-mode-leg', `the shipment's leg at ${port.code} goes by ${modes.join(' or ')}, not ${transportMode}`);
    }
  }
  const conveyance = c.text([INPUT, 'conveyanceReference'], input.conveyanceReference, true);
  if (conveyance && conveyance.length > MAX_CONVEYANCE) c.add([INPUT, 'conveyanceReference'], 'max-length', `must be at most ${MAX_CONVEYANCE} characters`);

  // Containers
  const containers: string[] = [];
  input.containers.forEach((raw, i) => {
    const field = [INPUT, 'containers', String(i)];
    const container = c.code(field, checkContainerNumber(raw));
    if (!container) return;
    if (containers.includes(container.number)) c.add(field, 'duplicate', `container ${container.number} is listed twice`);
    else if (shipment && !shipment.containers.has(container.number)) c.add(field, 'container-on-shipment', `container ${container.number} is not on the shipment`);
    containers.push(container.number);
  });
  if (shipment && shipment.containers.size > 0 && input.containers.length === 0) {
    c.add([INPUT, 'containers'], 'required', 'the shipment travels in containers: declare the ones carrying these goods');
  }

  // Goods lines
  if (input.lines.length === 0) c.add([INPUT, 'lines'], 'required', 'a declaration needs at least one goods line');
  if (input.lines.length > MAX_DECLARATION_LINES) c.add([INPUT, 'lines'], 'max-items', `a declaration has at most ${MAX_DECLARATION_LINES} goods lines`);
  const state: LineState = { kind, summary, order, declared: new Map() };
  const lines = input.lines.slice(0, MAX_DECLARATION_LINES).map((line, i) => readLine(c, line, i, state));

  // Totals
  const totals = input.totals;
  const totalValueText = c.text([INPUT, 'totals', 'value'], totals.value, full);
  const totalCurrencyText = c.text([INPUT, 'totals', 'currency'], totals.currency, full || totalValueText !== undefined);
  const totalCurrency = totalCurrencyText === undefined ? undefined : c.code([INPUT, 'totals', 'currency'], checkCurrency(totalCurrencyText));
  const totalValue = totalValueText === undefined ? undefined : c.money([INPUT, 'totals', 'value'], totalValueText, totalCurrency);
  const lineCurrencies = [...new Set(input.lines.map((l) => checkCurrency(l.currency)).flatMap((r) => (r.ok ? [r.value.code] : [])))];
  if (totalCurrency && lineCurrencies.some((code) => code !== totalCurrency.code)) {
    c.add([INPUT, 'totals', 'currency'], 'currency-matches-lines', `the lines are in ${lineCurrencies.join(', ')}; the total is in their one currency, not ${totalCurrency.code}`);
  } else if (totalValue && totalCurrency && lines.length > 0 && input.lines.length <= MAX_DECLARATION_LINES && lines.every((l) => l !== undefined)) {
    const linesTotal = sum((lines as ValidDeclarationLine[]).map((l) => l.value));
    if (!totalValue.eq(linesTotal)) {
      c.add(
        [INPUT, 'totals', 'value'],
        'total-equals-lines',
        `declares ${totalValue.toFixed(totalCurrency.minorUnits)} ${totalCurrency.code}; the lines add up to ${linesTotal.toFixed(totalCurrency.minorUnits)} ${totalCurrency.code}`,
      );
    }
  }
  const grossWeightText = c.text([INPUT, 'totals', 'grossWeightKg'], totals.grossWeightKg, true);
  const grossWeightKg = grossWeightText === undefined ? undefined : c.positive([INPUT, 'totals', 'grossWeightKg'], grossWeightText, 3);
  let packages: number | undefined;
  if (totals.packages !== undefined && totals.packages !== null) packages = c.positiveInteger([INPUT, 'totals', 'packages'], totals.packages);
  else if (full) c.add([INPUT, 'totals', 'packages'], 'required', 'is required');

  // Invoice and order references
  const invoiceNumber = c.text([INPUT, 'invoiceNumber'], input.invoiceNumber, full);
  if (invoiceNumber && !INVOICE_NUMBER.test(invoiceNumber)) {
    c.add([INPUT, 'invoiceNumber'], 'invoice-format', `an invoice number is 1 to ${MAX_REFERENCE} letters, digits, '-', '/', '.', '_' or spaces, starting with a letter or digit`);
  }
  const orderNumberText = c.text([INPUT, 'orderNumber'], input.orderNumber, true);
  const orderNumber = orderNumberText?.toUpperCase();
  if (orderNumber && !ORDER_NUMBER.test(orderNumber)) {
    c.add([INPUT, 'orderNumber'], 'order-number-format', `an order number reads ORD-yyyy-nnnnnn, got '${orderNumberText}'`);
  } else if (orderNumber && order && orderNumber !== order.number) {
    c.add([INPUT, 'orderNumber'], 'order-number-matches', `the order given is ${order.number}, not ${orderNumber}`);
  }

  // Advance declaration: expected arrival or loading date
  let expectedDate: string | undefined;
  if (mode === 'advance') {
    const text = c.text([INPUT, 'expectedDate'], input.expectedDate, true);
    if (text !== undefined) {
      const date = dayjs(text, 'YYYY-MM-DD', true);
      if (!date.isValid()) c.add([INPUT, 'expectedDate'], 'iso-date', `'${text}' is not a date in the form yyyy-mm-dd`);
      else if (!date.isAfter(today, 'day')) {
        c.add([INPUT, 'expectedDate'], 'advance-date-future', `an advance declaration is made before the goods ${kind === 'import' ? 'arrive' : 'are loaded'}: ${text} is not after today (${today.format('YYYY-MM-DD')})`);
      } else expectedDate = date.format('YYYY-MM-DD');
    }
  } else if (input.expectedDate !== undefined && input.expectedDate !== null && input.expectedDate.trim() !== '') {
    c.add([INPUT, 'expectedDate'], 'advance-only', 'only an advance declaration gives an expected arrival or loading date');
  }

  // Two-step details
  let guaranteeReference: string | undefined;
  let summaryDeclarationNumber: string | undefined;
  if (mode === 'twoStep' && input.twoStep) {
    const two = input.twoStep;
    const at = (f: string) => [INPUT, 'twoStep', f];
    guaranteeReference = c.text(at('guaranteeReference'), two.guaranteeReference, step === 'summary' && two.dutiable === true);
    if (guaranteeReference && guaranteeReference.length > MAX_REFERENCE) c.add(at('guaranteeReference'), 'max-length', `must be at most ${MAX_REFERENCE} characters`);
    if (step === 'complete') {
      const text = c.text(at('summaryDeclarationNumber'), two.summaryDeclarationNumber, true);
      const number = text === undefined ? undefined : c.code(at('summaryDeclarationNumber'), checkDeclarationNumber(text));
      if (number && number.direction !== 'import') {
        c.add(at('summaryDeclarationNumber'), 'declaration-number-direction', `${number.number} is an export declaration's number (9th digit 0); a two-step summary is an import declaration (1)`);
      } else if (number && office && number.customsCode !== office.code) {
        c.add(at('summaryDeclarationNumber'), 'declaration-number-office', `the summary was accepted by customs ${number.customsCode}; the complete declaration goes to the same office, not ${office.code}`);
      } else if (number && number.year > today.year()) {
        c.add(at('summaryDeclarationNumber'), 'declaration-number-year', `was accepted in ${number.year}, after today (${today.format('YYYY-MM-DD')})`);
      }
      summaryDeclarationNumber = number?.number;
    } else if (step === 'summary' && two.summaryDeclarationNumber) {
      c.add(at('summaryDeclarationNumber'), 'complete-step-only', "the summary's number is given by customs and quoted in the complete step");
    }
  }

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
