/**
 * Route facts the customs rules and a reroute both read: where on a shipment's route a
 * declaration of a kind may name its port. Pure.
 */
import type { DeclarationKind } from '../../machines/declaration.machine';

interface LegRef {
  from: string;
  to: string;
  mode?: string;
}

const inChina = (locode: string): boolean => locode.startsWith('CN');

/**
 * Where a declaration of this kind may name its port on the shipment's route:
 * - export: where the route starts (inland clearance, e.g. the Chongqing rail port, the goods then
 *   moving to the border under one declaration) or where it leaves China (the border or seaport);
 * - import: where it enters China or where it ends;
 * - transit: any Chinese place of the route.
 */
export function routePorts(kind: DeclarationKind, legs: readonly LegRef[]): string[] {
  if (legs.length === 0) return [];
  let ports: Array<string | undefined>;
  if (kind === 'export') {
    ports = [legs[0]!.from, legs.find((l) => inChina(l.from) && !inChina(l.to))?.from];
  } else if (kind === 'import') {
    ports = [[...legs].reverse().find((l) => !inChina(l.from) && inChina(l.to))?.to, legs[legs.length - 1]!.to];
  } else {
    ports = legs.flatMap((l) => [l.from, l.to]);
  }
  return [...new Set(ports.filter((p): p is string => p !== undefined && inChina(p)))];
}
