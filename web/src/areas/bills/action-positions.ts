/**
 * Which party position sends each bill event, so the console offers an action only to the party
 * it is for: the API's `allowedEvents` says what the bill's status accepts, this says whose
 * turn it is (the table "who may take it" of the README's control rules). Everything else
 * (pledged, pending endorsement, straight bill …) stays the API's to refuse, shown at the field.
 */
import type { BillQuery } from '../../gql/graphql';

/** The bill as the console reads it. */
export type Bill = NonNullable<BillQuery['bill']>;
export type Position = 'shipper' | 'issuer' | 'holder' | 'nominee' | 'pledgee';

export const EVENT_POSITION: Record<string, Position> = {
  APPROVE: 'shipper',
  ISSUE: 'issuer',
  VOID: 'issuer',
  TRANSFER: 'holder',
  ENDORSE: 'holder',
  ENDORSE_TO_ORDER: 'holder',
  BLANK_ENDORSE: 'holder',
  PLEDGE: 'holder',
  SURRENDER_FOR_DELIVERY: 'holder',
  SURRENDER_FOR_AMENDMENT: 'holder',
  ACCEPT_ENDORSEMENT: 'nominee',
  REJECT_ENDORSEMENT: 'nominee',
  RELEASE_PLEDGE: 'pledgee',
  ENFORCE_PLEDGE: 'pledgee',
  ACCEPT_SURRENDER: 'issuer',
  REJECT_SURRENDER: 'issuer',
};

function holds(bill: Bill, position: Position, partyId: string): boolean {
  // A bank holding a pledged bill holds it as pledgee (release, enforce), not as a trader moving it on.
  if (position === 'holder' && bill.pledgee?.id === partyId) return false;
  const party = { shipper: bill.shipper, issuer: bill.issuer, holder: bill.holder, nominee: bill.nominee, pledgee: bill.pledgee }[position];
  return party?.id === partyId;
}

/** The events the bill's status accepts that are this party's to send. */
export function offeredEvents(bill: Bill, partyId: string): Set<string> {
  return new Set(bill.allowedEvents.filter((event) => {
    const position = EVENT_POSITION[event];
    return position !== undefined && holds(bill, position, partyId);
  }));
}
