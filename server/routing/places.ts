/**
 * The routing module's only door into `server/reference/`: transport modes, UN/LOCODE look-up and
 * great-circle distance. Everything else in routing imports from here.
 */
import { checkLocode, getLocation, greatCircleKm, type Location, type TransportMode } from '../reference';

export type { Location, TransportMode };
export { checkLocode };

/** The location for a code the catalogue relies on; throws because a bad catalogue is a programming error. */
export function place(code: string): Location {
  const location = getLocation(code);
  if (location === undefined) throw new Error(`routing: UN/LOCODE '${code}' is not in the reference table`);
  return location;
}

/** Great-circle km between two UN/LOCODEs (both must be in the reference table). */
export function gcKm(from: string, to: string): number {
  return greatCircleKm(place(from), place(to));
}
