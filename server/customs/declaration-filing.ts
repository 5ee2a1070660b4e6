/**
 * Turns what a declarant sends (a filing, a correction, a complete two-step declaration) into the
 * single window's check: the order and shipment as validation context, the declarant as the
 * caller's party, and the checked content as it is stored. Errors point at the field the caller
 * sent (['input', 'content', 'lines', '0', 'hsCode']), whatever the validator calls it.
 */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import type { DeclarationKind, DeclarationMode } from '../../machines/declaration.machine';
import type { DeclarationContentRecord, DeclarationLineRecord } from '../models/declaration.model';
import type { OrderRecord } from '../models/order.model';
import type { ShipmentRecord } from '../models/shipment.model';
import { fromDecimal128 } from '../shared/money';
import { type Result, fail, ok } from '../shared/result';
import { type UserError, fieldError } from '../shared/user-error';
import { utcInstant } from './rules/inputs';
import { checkCustomsOffice } from './validation/customs-offices';
import type { DeclarantRole, DeclarationLineInput, DeclarationTotalsInput } from './validation/declaration-input';
import { type DeclarationContext, type ValidDeclaration, validateDeclaration } from './validation/declaration.validation';

dayjs.extend(utc);

/** The goods, transport and references of a declaration: what a correction may change. */
export interface DeclarationContentInput {
  /** 监管方式; default: the order's */
  tradeMode?: string | null;
  customsOffice: string;
  port: string;
  transportMode: string;
  conveyanceReference: string;
  containers?: string[] | null;
  lines: DeclarationLineInput[];
  totals: DeclarationTotalsInput;
  invoiceNumber?: string | null;
  expectedDate?: string | null;
}

export interface FileDeclarationInput {
  /** the order's id or number */
  order: string;
  kind: DeclarationKind;
  mode: DeclarationMode;
  content: DeclarationContentInput;
  /** 两步申报 only: the summary's details */
  twoStep?: { dutiable: boolean; guaranteeReference?: string | null; conveyanceDeclaredAt: string } | null;
  /** 转关 only: where the transit ends */
  transit?: { destinationOffice: string; distanceKm?: number | null } | null;
}

export interface Declarant {
  role: DeclarantRole;
  customsCode: string;
}

export interface CheckedFiling {
  content: DeclarationContentRecord;
  valid: ValidDeclaration;
}

/** The validator's top-level input fields that live under `content` in the API. */
/** A date-time as ISO 8601 with a zone, strictly (no '2026-02-30', no bare year), or null. */
function strictInstant(text: string): dayjs.Dayjs | null {
  try {
    return utcInstant(text, 'conveyanceDeclaredAt');
  } catch {
    return null;
  }
}

const CONTENT_FIELDS = new Set(['tradeMode', 'customsOffice', 'port', 'transportMode', 'conveyanceReference', 'containers', 'lines', 'totals', 'invoiceNumber', 'expectedDate']);

/** Re-roots a validator error at the API's field path, and its message with it. */
function relocate(error: UserError, root: string[]): UserError {
  if (!error.field || error.field[0] !== 'input') return error;
  const [, name, ...rest] = error.field;
  const field = CONTENT_FIELDS.has(name) ? [...root, 'content', name, ...rest] : name === 'orderNumber' ? [...root, 'order'] : [...root, name, ...rest];
  const message = error.message.startsWith(`${error.field.join('.')}: `) ? error.message.slice(error.field.join('.').length + 2) : error.message;
  return fieldError(field, error.rule ?? 'invalid', message);
}

export function validationContext(order: OrderRecord, shipment: ShipmentRecord | null, today: Date): DeclarationContext {
  return {
    today: dayjs.utc(today).format('YYYY-MM-DD'),
    order: {
      number: order.number,
      currency: order.currency,
      origin: order.origin,
      destination: order.destination,
      tradeMode: order.tradeMode,
      lines: order.lines.map((l) => ({
        lineNo: l.lineNo,
        hsCode: l.hsCode,
        quantity: fromDecimal128(l.quantity).toFixed(),
        unit: l.unit,
        amount: fromDecimal128(l.amount).toFixed(),
      })),
    },
    ...(shipment ? { shipment: { containers: shipment.containers.map((c) => c.number), legs: shipment.legs.map((l) => ({ from: l.from, to: l.to, mode: l.mode })) } } : {}),
  };
}

export interface FilingCheck {
  kind: DeclarationKind;
  mode: DeclarationMode;
  declarant: Declarant;
  content: DeclarationContentInput;
  order: OrderRecord;
  shipment: ShipmentRecord | null;
  today: Date;
  twoStep: FileDeclarationInput['twoStep'];
  /** the complete step of a two-step declaration quotes the summary's number */
  completing?: { summaryNumber: string };
  transit: FileDeclarationInput['transit'];
  /** where errors point: ['input'] for a filing (input.content...), [] for a correction (content...) */
  root: string[];
}

/** Checks a filing against the order and shipment; every broken rule at once. */
export function checkFiling(check: FilingCheck): Result<CheckedFiling, UserError[]> {
  const { content, root } = check;
  const twoStep = check.mode === 'twoStep' ? check.twoStep : null;
  const valid = validateDeclaration(
    {
      kind: check.kind,
      mode: check.mode,
      declarant: check.declarant,
      tradeMode: content.tradeMode ?? check.order.tradeMode,
      customsOffice: content.customsOffice,
      port: content.port,
      transportMode: content.transportMode,
      conveyanceReference: content.conveyanceReference,
      containers: content.containers ?? [],
      lines: content.lines,
      totals: content.totals,
      invoiceNumber: content.invoiceNumber,
      orderNumber: check.order.number,
      expectedDate: content.expectedDate,
      twoStep: twoStep
        ? {
            step: check.completing ? 'complete' : 'summary',
            dutiable: twoStep.dutiable,
            guaranteeReference: twoStep.guaranteeReference,
            summaryDeclarationNumber: check.completing?.summaryNumber ?? null,
          }
        : null,
    },
    validationContext(check.order, check.shipment, check.today),
  );
  const errors = valid.ok ? [] : valid.error.map((e) => relocate(e, root));
  errors.push(...modeDetailErrors(check));
  if (!valid.ok || errors.length > 0) return fail(errors);
  return ok({ valid: valid.value, content: storedContent(valid.value, check) });
}

/** The two-step and transit details the validator does not see. */
function modeDetailErrors(check: FilingCheck): UserError[] {
  const errors: UserError[] = [];
  const at = (...f: string[]) => [...check.root, ...f];
  if (check.mode !== 'twoStep' && check.twoStep) {
    errors.push(fieldError(at('twoStep'), 'two-step-only', 'only a two-step declaration (两步申报) has two-step details'));
  }
  if (check.mode === 'twoStep' && check.twoStep && !check.completing) {
    const declared = strictInstant(check.twoStep.conveyanceDeclaredAt);
    const field = at('twoStep', 'conveyanceDeclaredAt');
    if (!declared) errors.push(fieldError(field, 'iso-datetime', `'${check.twoStep.conveyanceDeclaredAt}' is not an ISO 8601 date-time with 'Z' or an offset`));
    else if (declared.isAfter(check.today)) {
      errors.push(fieldError(field, 'not-future', `the conveyance declares its entry before the summary: must not be later than now (${check.today.toISOString()})`));
    } else if (declared.isBefore(check.order.createdAt)) {
      errors.push(fieldError(field, 'after-order', `the goods of order ${check.order.number} cannot have entered before the order was made (${check.order.createdAt.toISOString()})`));
    }
  }
  if (check.kind === 'transit') {
    if (!check.transit) errors.push(fieldError(at('transit'), 'required', 'a transit (转关) names the customs office where it ends'));
    else {
      const office = checkCustomsOffice(check.transit.destinationOffice);
      if (!office.ok) errors.push(fieldError(at('transit', 'destinationOffice'), office.rule, office.message));
      else if (office.value.code === check.content.customsOffice.trim()) {
        errors.push(fieldError(at('transit', 'destinationOffice'), 'transit-other-office', 'a transit ends at another customs office than the one it is declared at'));
      }
      const km = check.transit.distanceKm;
      if (km !== undefined && km !== null && !(Number.isFinite(km) && km > 0)) errors.push(fieldError(at('transit', 'distanceKm'), 'positive', 'must be a positive number of km'));
    }
  } else if (check.transit) {
    errors.push(fieldError(at('transit'), 'transit-only', 'only a transit (转关) has transit details'));
  }
  return errors;
}

function storedContent(v: ValidDeclaration, check: FilingCheck): DeclarationContentRecord {
  const lines: DeclarationLineRecord[] = v.lines.map((l) => ({
    lineNo: l.lineNo,
    orderLineNo: l.orderLineNo,
    hsCode: l.hsCode,
    description: l.description,
    quantity: l.quantity.toFixed(),
    unit: l.unit,
    value: l.value.toFixed(),
    currency: l.currency,
    originCountry: l.originCountry,
    destinationCountry: l.destinationCountry,
  }));
  return {
    tradeMode: v.tradeMode,
    customsOffice: v.customsOffice.code,
    port: v.port,
    transportMode: v.transportMode,
    conveyanceReference: v.conveyanceReference,
    containers: v.containers,
    lines,
    totals: {
      value: v.totals.value?.toFixed() ?? null,
      currency: v.totals.currency,
      grossWeightKg: v.totals.grossWeightKg.toFixed(),
      packages: v.totals.packages,
    },
    invoiceNumber: v.invoiceNumber,
    expectedDate: v.expectedDate,
    twoStep: v.twoStep
      ? {
          step: v.step ?? 'summary',
          dutiable: v.twoStep.dutiable,
          guaranteeReference: v.twoStep.guaranteeReference,
          conveyanceDeclaredAt: check.twoStep ? (strictInstant(check.twoStep.conveyanceDeclaredAt)?.toISOString() ?? null) : null,
        }
      : null,
    transit: check.transit ? { destinationOffice: check.transit.destinationOffice.trim(), distanceKm: check.transit.distanceKm ?? null } : null,
  };
}
