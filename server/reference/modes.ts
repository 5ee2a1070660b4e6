import { type Check, fail, pass } from './check';

/** Transport modes of a leg. 'river' is inland waterway (e.g. the Yangtze, 长江). */
export type TransportMode = 'sea' | 'rail' | 'road' | 'air' | 'river';

export const TRANSPORT_MODES: readonly TransportMode[] = ['sea', 'rail', 'road', 'air', 'river'];

export function isTransportMode(value: string): value is TransportMode {
  return (TRANSPORT_MODES as readonly string[]).includes(value);
}

export function checkTransportMode(value: string): Check<TransportMode> {
  return isTransportMode(value)
    ? pass(value)
    : fail('transport-mode', `unknown transport mode '${value}' (expected one of ${TRANSPORT_MODES.join(', ')})`);
}
