/** The goods section of a bill: each order line with its packages and where it is stowed. */
import Decimal from 'decimal.js';
import { checkHsCode, checkUnit } from '../../../reference';
import type { BillGoodsLine, BillPackages, BillStowage } from '../../../models/bill-content';
import type { BillOrderInput, BillOrderLineInput } from './inputs';
import { MAX_DESCRIPTION, MAX_PACKAGES } from './limits';
import { PACKAGE_CODE, type Problems } from './problems';
import type { BillEquipment } from './equipment';

/** Every order line as a goods line; a bill needs at least one. */
export function readGoods(p: Problems, order: BillOrderInput, equipment: BillEquipment): Array<BillGoodsLine | undefined> {
  if (order.lines.length === 0) p.add(['order', 'lines'], 'required', 'a bill needs at least one goods line');
  const { equipmentIds, allIds } = equipment;
  const singleEquipment = equipmentIds.length === 1 ? equipmentIds[0] : undefined;
  return order.lines.map((line, i) => readGoodsLine(p, line, i, allIds, equipmentIds.length, singleEquipment));
}

function readGoodsLine(
  p: Problems,
  line: BillOrderLineInput,
  i: number,
  equipment: ReadonlySet<string>,
  equipmentCount: number,
  single: string | undefined,
): BillGoodsLine | undefined {
  const at = (...f: string[]) => ['order', 'lines', String(i), ...f];
  const hs = p.code(at('hsCode'), checkHsCode(line.hsCode));
  const description = p.text(at('description'), line.description, MAX_DESCRIPTION);
  const quantity = p.positive(at('quantity'), line.quantity, 6);
  const unit = p.code(at('unit'), checkUnit(line.unit));
  const grossWeightKg = p.positive(at('grossWeightKg'), line.grossWeightKg, 3);

  // Packages: given, or derived from a package or count unit with a whole quantity.
  let packages: BillPackages | undefined;
  if (line.packages != null) {
    const count = p.count(at('packages', 'count'), line.packages.count, MAX_PACKAGES);
    const code = line.packages.code == null ? null : line.packages.code.trim().toUpperCase();
    if (code !== null && !PACKAGE_CODE.test(code)) p.add(at('packages', 'code'), 'package-code', 'a UN/ECE Rec 21 package code is 2 letters or digits');
    const described = line.packages.description ?? (unit?.kind === 'package' ? unit.name : null);
    const desc = described == null ? (p.add(at('packages', 'description'), 'required', 'describe the packages (e.g. carton, crate)'), undefined) : p.text(at('packages', 'description'), described, 100);
    if (count !== undefined && desc !== undefined && (code === null || PACKAGE_CODE.test(code))) packages = { count, code, description: desc };
  } else if (unit !== undefined && quantity !== undefined) {
    const whole = new Decimal(quantity).isInteger() && new Decimal(quantity).lte(MAX_PACKAGES);
    if ((unit.kind === 'package' || unit.kind === 'count') && whole) {
      packages = {
        count: Number(quantity),
        // Rec 20 package units are Rec 21 codes prefixed with X (XCT carton -> CT).
        code: unit.kind === 'package' ? unit.code.slice(1) : null,
        description: unit.name,
      };
    } else {
      p.add(at('packages'), 'packages-required', `give the packages: ${quantity} ${unit.code} is not a whole number of packages or pieces`);
    }
  }

  // Stowage: where the line's packages and weight travel.
  let stowage: BillStowage[] | undefined;
  if (line.stowage != null && line.stowage.length > 0) {
    const parts = line.stowage.map((s, k) => {
      const eq = typeof s.equipment === 'string' ? s.equipment.toUpperCase().replace(/[\s-]/g, '') : '';
      if (!equipment.has(eq)) p.add(at('stowage', String(k), 'equipment'), 'equipment-unknown', `'${String(s.equipment)}' is not a container or ULD of this bill`);
      const count = p.count(at('stowage', String(k), 'packages'), s.packages, MAX_PACKAGES);
      const weight = p.positive(at('stowage', String(k), 'grossWeightKg'), s.grossWeightKg, 3);
      return count !== undefined && weight !== undefined && equipment.has(eq) ? { equipment: eq, packages: count, grossWeightKg: weight } : undefined;
    });
    if (parts.every((s) => s !== undefined)) {
      const seen = new Set<string>();
      parts.forEach((s, k) => {
        if (seen.has(s.equipment)) p.add(at('stowage', String(k), 'equipment'), 'unique', `${s.equipment} appears twice for this line`);
        seen.add(s.equipment);
      });
      const totalPackages = parts.reduce((n, s) => n + s.packages, 0);
      const totalWeight = parts.reduce((n, s) => n.plus(s.grossWeightKg), new Decimal(0));
      if (packages !== undefined && totalPackages !== packages.count) {
        p.add(at('stowage'), 'stowage-packages', `stowed packages add up to ${totalPackages}, the line has ${packages.count}`);
      }
      if (grossWeightKg !== undefined && !totalWeight.eq(grossWeightKg)) {
        p.add(at('stowage'), 'stowage-weight', `stowed gross weight adds up to ${totalWeight.toString()} kg, the line has ${grossWeightKg} kg`);
      }
      stowage = parts;
    }
  } else if (single !== undefined) {
    if (packages !== undefined && grossWeightKg !== undefined) stowage = [{ equipment: single, packages: packages.count, grossWeightKg }];
  } else if (equipmentCount > 1) {
    p.add(at('stowage'), 'stowage-required', 'the bill has several containers or ULDs: say which one(s) carry this line');
  }

  if (hs === undefined || description === undefined || quantity === undefined || unit === undefined || grossWeightKg === undefined || packages === undefined || stowage === undefined) {
    return undefined;
  }
  return { lineNo: line.lineNo ?? i + 1, hsCode: hs.code, description, quantity, unit: unit.code, grossWeightKg, packages, stowage };
}
