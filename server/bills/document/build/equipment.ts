/** The equipment section of a bill: its containers and ULDs with their seals, each listed once. */
import { checkContainerNumber, checkContainerType } from '../../../reference';
import { type BillContainer, type BillSeal, type BillUld, SEAL_SOURCES } from '../../../models/bill-content';
import type { BillContainerInput, BillSealInput, BillShipmentInput, BillUldInput } from './inputs';
import { MAX_SEAL } from './limits';
import { checkUldId, type Problems } from './problems';

function readSeals(p: Problems, at: string[], raw: ReadonlyArray<string | BillSealInput> | null | undefined): BillSeal[] | undefined {
  const seals: BillSeal[] = [];
  let bad = false;
  const seen = new Set<string>();
  (raw ?? []).forEach((s, k) => {
    const seal = typeof s === 'string' ? { number: s, source: null } : { number: s.number, source: s.source ?? null };
    const number = p.text([...at, String(k)], seal.number, MAX_SEAL);
    if (number === undefined) {
      bad = true;
      return;
    }
    if (seen.has(number)) {
      p.add([...at, String(k)], 'unique', `seal ${number} is listed twice`);
      bad = true;
    }
    seen.add(number);
    if (seal.source !== null && !SEAL_SOURCES.includes(seal.source)) {
      p.add([...at, String(k), 'source'], 'seal-source', `must be one of ${SEAL_SOURCES.join(', ')}`);
      bad = true;
    }
    seals.push({ number, source: seal.source });
  });
  return bad ? undefined : seals;
}

function readContainers(p: Problems, raw: readonly BillContainerInput[]): Array<BillContainer | undefined> {
  return raw.map((c, i) => {
    const at = (f: string) => ['shipment', 'containers', String(i), f];
    const number = p.code(at('number'), checkContainerNumber(c.number));
    const type = p.code(at('type'), checkContainerType(c.type));
    const seals = readSeals(p, at('seals'), c.seals);
    if (number === undefined || type === undefined || seals === undefined) return undefined;
    return { number: number.number, isoSizeType: type.code, shipperOwned: c.shipperOwned ?? false, seals };
  });
}

function readUlds(p: Problems, raw: readonly BillUldInput[]): Array<BillUld | undefined> {
  return raw.map((u, i) => {
    const at = (f: string) => ['shipment', 'ulds', String(i), f];
    const id = p.code(at('id'), checkUldId(u.id));
    const seals = readSeals(p, at('seals'), u.seals);
    if (id === undefined || seals === undefined) return undefined;
    return { id: id.id, type: id.type, seals };
  });
}

export interface BillEquipment {
  containers: Array<BillContainer | undefined>;
  ulds: Array<BillUld | undefined>;
  /** container numbers and ULD ids in input order (undefined where one is invalid) */
  equipmentIds: Array<string | undefined>;
  /** the valid ids, for the goods' stowage */
  allIds: Set<string>;
}

/** At least one container or ULD (the DCSA transport document requires utilized equipment), none twice. */
export function readEquipment(p: Problems, shipment: BillShipmentInput): BillEquipment {
  const containers = readContainers(p, shipment.containers);
  const ulds = readUlds(p, shipment.ulds ?? []);
  const equipmentIds = [...containers.map((c) => c?.number), ...ulds.map((u) => u?.id)];
  if (shipment.containers.length + (shipment.ulds?.length ?? 0) === 0) {
    p.add(['shipment', 'containers'], 'equipment-required', 'the bill needs at least one container or ULD to stow the goods in (the DCSA transport document requires utilized equipment)');
  }
  const allIds = new Set<string>();
  equipmentIds.forEach((id, i) => {
    if (id === undefined) return;
    if (allIds.has(id)) {
      const field = i < containers.length ? ['shipment', 'containers', String(i), 'number'] : ['shipment', 'ulds', String(i - containers.length), 'id'];
      p.add(field, 'unique', `${id} is listed twice`);
    }
    allIds.add(id);
  });
  return { containers, ulds, equipmentIds, allIds };
}
