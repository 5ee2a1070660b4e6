/**
 * The sections of a declaration, each read by its own function in the order the form has them:
 * kind and mode, declarant, trade mode, route (port, transport mode, conveyance), containers,
 * totals, references, the advance date and the two-step details. Each adds what is wrong to the
 * collector and returns what it read; validateDeclaration puts them together.
 */
import dayjs, { type Dayjs } from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { checkContainerNumber, checkCurrency, checkLocode, checkTradeMode, checkTransportMode } from '../../reference';
import { sum } from '../../shared/money';
import { type CustomsOffice, checkDeclarationNumber } from './customs-offices';
import {
  DECLARANT_ROLES,
  DECLARATION_KINDS,
  DECLARATION_MODES,
  type DeclarationInput,
  type DeclarationKind,
  type DeclarationMode,
  TWO_STEP_STEPS,
  type TwoStepStep,
} from './declaration-input';
import { routePorts } from '../../routing/route-ports';
import type { ValidDeclarationLine } from './declaration-context';
import { MAX_CONVEYANCE, MAX_DECLARATION_LINES, MAX_REFERENCE } from './declaration-context';
import { type OrderRef, type ShipmentRef, Collector, INPUT, aKind, inChina, modesAtPort } from './declaration-reading';

dayjs.extend(customParseFormat);


const CUSTOMS_CODE = /^[0-9A-Z]{10}$/;
const INVOICE_NUMBER = /^[A-Z0-9][A-Z0-9\-/._ ]{0,34}$/i;
const ORDER_NUMBER = /^ORD-\d{4}-\d{6,}$/;

/** Kind, mode and the two-step step; `summary` when only a two-step summary's requirements are certain. */
export function readKindAndMode(c: Collector, input: DeclarationInput, order: OrderRef | undefined) {
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

  return { kind, mode, step, summary, full };
}

export function readDeclarant(c: Collector, input: DeclarationInput, kind: DeclarationKind | undefined) {
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

  return { role, customsCode };
}

export function readTradeMode(c: Collector, input: DeclarationInput, kind: DeclarationKind | undefined, order: OrderRef | undefined) {
  const tradeMode = c.code([INPUT, 'tradeMode'], checkTradeMode(input.tradeMode));
  if (tradeMode && (kind === 'export' || kind === 'import') && !tradeMode.directions.includes(kind)) {
    c.add([INPUT, 'tradeMode'], 'trade-mode-kind', `trade mode ${tradeMode.code} (${tradeMode.nameEn}) is not used for ${kind}s`);
  }
  if (tradeMode && order?.tradeMode !== undefined && order.tradeMode !== tradeMode.code) {
    c.add([INPUT, 'tradeMode'], 'trade-mode-matches-order', `order ${order.number} is under trade mode ${order.tradeMode}, not ${tradeMode.code}`);
  }

  return tradeMode;
}

/** The port (on the shipment's route, in China), the transport mode at it, and the conveyance. */
export function readRoute(c: Collector, input: DeclarationInput, kind: DeclarationKind | undefined, shipment: ShipmentRef | undefined) {
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

  return { port, transportMode, conveyance };
}

/** The containers carrying the goods: on the shipment, each once. */
export function readContainers(c: Collector, input: DeclarationInput, shipment: ShipmentRef | undefined): string[] {
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

  return containers;
}

/** Total value (the lines' sum, in their currency), gross weight and packages. */
export function readTotals(c: Collector, input: DeclarationInput, lines: ReadonlyArray<ValidDeclarationLine | undefined>, full: boolean) {
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

  return { totalValue, totalCurrency, grossWeightKg, packages };
}

/** The invoice number and the order the declaration is for. */
export function readReferences(c: Collector, input: DeclarationInput, order: OrderRef | undefined, full: boolean) {
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

  return { invoiceNumber, orderNumber };
}

/** Advance declaration: the expected arrival or loading date, after today. */
export function readExpectedDate(c: Collector, input: DeclarationInput, mode: DeclarationMode | undefined, kind: DeclarationKind | undefined, today: Dayjs) {
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

  return expectedDate;
}

/** Two-step details: the guarantee of a dutiable summary, the summary's number in the complete step. */
export function readTwoStep(c: Collector, input: DeclarationInput, mode: DeclarationMode | undefined, step: TwoStepStep | undefined, office: CustomsOffice | undefined, today: Dayjs) {
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

  return { guaranteeReference, summaryDeclarationNumber };
}
