/**
 * Which documents' answers may be kept (server/graphql/track-documents.ts), against the real
 * executable schema: only queries of `track` selecting fields that come from the tracking view.
 */
import { TRACK_QUERY } from '../../server/bench/tracking';
import { PURE_RESOLVERS, TrackDocuments } from '../../server/graphql/track-documents';
import { buildSchema } from '../../server/graphql/schema';

const schema = buildSchema();
const documents = new TrackDocuments(schema);
const cacheable = (query: string, operationName?: string) => new TrackDocuments(schema).cacheable(query, operationName);

it('keeps answers to the bench’s and the web app’s track selections', () => {
  expect(cacheable(TRACK_QUERY)).toBe(true);
  const web = `query Track($reference: String!) { track(reference: $reference) { shipment { number } order { number state } plannedEta revisedEta delayDays onHold
    position { description legSeq location { code name nameZh lat lon } }
    legs { seq mode from { code name nameZh lat lon } to { code name nameZh lat lon } plannedEtd plannedEta actualDeparture actualArrival status delayDays }
    timeline { seq legSeq type at location { code name nameZh } note } } }`;
  expect(cacheable(web, 'Track')).toBe(true);
});

it('follows fragments, inline fragments, aliases, __typename and @skip/@include', () => {
  expect(cacheable('query($r: String!, $s: Boolean!) { __typename t: track(reference: $r) { ...T ... on Tracking { onHold @skip(if: $s) } } } fragment T on Tracking { __typename timeline { type } }')).toBe(true);
});

it.each([
  ['a mutation', 'mutation { recordMilestone(input: { shipment: "S", legSeq: 1, type: DEPARTED }) { shipment { number } } }'],
  ['another root field', '{ track(reference: "S") { onHold } me { roles } }'],
  ['a party read through a loader', '{ track(reference: "S") { order { seller { name } } } }'],
  ['the shipment’s forwarder', '{ track(reference: "S") { shipment { forwarder { name } } } }'],
  ['the events a caller may send', '{ track(reference: "S") { order { callerEvents } } }'],
  ['the order read again from the database', '{ track(reference: "S") { shipment { order { number } } } }'],
  ['a field the schema does not have', '{ track(reference: "S") { nonsense } }'],
  ['a fragment at the root', '{ ...R } fragment R on Query { track(reference: "S") { onHold } }'],
  ['an unknown directive', '{ track(reference: "S") { onHold @cached } }'],
  ['a syntax error', '{ track(reference: "S") { onHold '],
  ['a subscription', 'subscription { orderEvents { order { number } } }'],
])('does not keep answers to %s', (_what, query) => {
  expect(cacheable(query)).toBe(false);
});

it('picks the operation by name, and keeps nothing for an unnamed choice among several', () => {
  const two = 'query A { track(reference: "S") { onHold } } query B { me { roles } }';
  expect([documents.cacheable(two, 'A'), documents.cacheable(two, 'B'), documents.cacheable(two, null), documents.cacheable(two, 'C')]).toEqual([true, false, false, false]);
});

it('names only fields that have a resolver of their own', () => {
  for (const coordinate of PURE_RESOLVERS) {
    const [type, field] = coordinate.split('.');
    const named = schema.getType(type) as { getFields(): Record<string, { resolve?: unknown }> } | undefined;
    expect({ coordinate, resolver: typeof named?.getFields()[field]?.resolve }).toEqual({ coordinate, resolver: 'function' });
  }
});
