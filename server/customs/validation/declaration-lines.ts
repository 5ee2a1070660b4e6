/** The goods lines of a declaration, each read against the order's lines. */
import { checkCurrency, checkHsCode, checkUnit } from '../../reference';
import { Decimal, roundMoney } from '../../shared/money';
import { checkCountry } from './countries';
import type { DeclarationKind, DeclarationLineInput } from './declaration-input';
import type { ValidDeclarationLine } from './declaration-context';
import { MAX_DESCRIPTION } from './declaration-context';
import { type OrderRef, Collector, INPUT } from './declaration-reading';

// ---------------------------------------------------------------------------------------------
// Lines
// ---------------------------------------------------------------------------------------------

export interface LineState {
  kind: DeclarationKind | undefined;
  summary: boolean;
  order: OrderRef | undefined;
  /** quantity declared so far per order line */
  declared: Map<number, Decimal>;
}

export function readLine(c: Collector, line: DeclarationLineInput, i: number, s: LineState): ValidDeclarationLine | undefined {
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
