/**
 * Tracking queries under many concurrent clients, against the GraphQL floor: a query that asks
 * for nothing but `__typename`, sent to the same server with the same token. The ratio is what
 * the tracking read itself costs on top of HTTP, authentication and GraphQL execution.
 *
 * autocannon drives the load and checks every response body against the one read first, so a
 * server answering errors fast cannot pass for a fast server.
 */
import autocannon from 'autocannon';
import dayjs from 'dayjs';
import { graphql } from '../tools/graphql-client';
import { OrderFixtures } from '../tools/order-fixtures';
import type { BenchStack } from './stack';
import { measureCpu } from './process-cpu';
import { round } from './stats';

export interface LoadFigures {
  requests: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /**
   * CPU milliseconds per request of the server process and of the embedded engine's process
   * (null where not measurable: no /proc, or MONGODB_URI): less disturbed by other load on a
   * shared machine than throughput.
   */
  serverCpuMsPerRequest: number | null;
  engineCpuMsPerRequest: number | null;
}

export interface TrackingFigures {
  connections: number;
  seconds: number;
  /** set on quick runs: each query was sent this many times instead of for `seconds` */
  requests?: number;
  tracking: LoadFigures;
  floor: LoadFigures;
  /** tracking throughput ÷ floor throughput (goal ≥ 0.7) */
  throughputRatio: number;
  /** tracking p99 ÷ floor p99 (goal ≤ 1.5) */
  p99Ratio: number | null;
}

export interface TrackingOptions {
  connections: number;
  seconds: number;
  /**
   * Quick runs send this many requests instead of loading for `seconds`: on a busy machine a
   * one-second window can end before a single response, and a figure of zero says nothing.
   */
  requests?: number;
}

export const TRACK_QUERY = `query($ref: String!) { track(reference: $ref) {
  shipment { number } order { number state }
  timeline { seq legSeq type at location { code } }
  legs { seq mode from { code } to { code } plannedEtd plannedEta actualDeparture actualArrival status delayDays }
  position { description } plannedEta revisedEta delayDays onHold
} }`;
const FLOOR_QUERY = '{ __typename }';
const TOKEN = 'demo-exporter';

export async function benchTracking(stack: BenchStack, options: TrackingOptions): Promise<TrackingFigures> {
  const fixtures = await OrderFixtures.open(stack, dayjs().format('YYYY-MM-DD'));
  // A delivered shipment has the longest timeline: five milestones over two legs.
  const shipment = (await fixtures.delivered()).shipmentNumber;
  const tracking = await load(stack, TRACK_QUERY, { ref: shipment }, options);
  const floor = await load(stack, FLOOR_QUERY, {}, options);
  return { ...options, tracking, floor, throughputRatio: round(tracking.requestsPerSecond / floor.requestsPerSecond, 3), p99Ratio: floor.p99Ms > 0 ? round(tracking.p99Ms / floor.p99Ms, 3) : null };
}

async function load(stack: BenchStack, query: string, variables: Record<string, unknown>, options: TrackingOptions): Promise<LoadFigures> {
  const body = JSON.stringify({ query, variables });
  const first = await graphql(stack, query, { token: TOKEN, variables });
  if (first.status !== 200 || first.body.errors || !first.body.data) throw new Error(`the benchmark query failed: ${JSON.stringify(first.body)}`);
  const expected = await (await fetch(`${stack.url}/graphql`, { method: 'POST', headers: headers(), body })).text();
  const { result, cpuMs } = await measureCpu(stack.pids, () => autocannon({
    url: `${stack.url}/graphql`,
    method: 'POST',
    headers: headers(),
    body,
    connections: options.connections,
    ...(options.requests ? { amount: options.requests } : { duration: options.seconds }),
    expectBody: expected,
  }));
  const failed = result.errors + result.timeouts + result.non2xx + result.mismatches;
  if (failed > 0) {
    throw new Error(`${failed} of ${result.requests.total} responses were errors, timeouts, non-2xx or not the expected body`);
  }
  return {
    requests: result.requests.total,
    // Completed requests over the run's own length: autocannon's per-second average has no
    // sample at all when a fixed number of requests finishes within the first second.
    requestsPerSecond: round(result.requests.total / result.duration, 1),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    serverCpuMsPerRequest: perRequest(cpuMs.server, result.requests.total),
    engineCpuMsPerRequest: perRequest(cpuMs.database, result.requests.total),
  };
}

function perRequest(cpuMs: number | null, requests: number): number | null {
  return cpuMs === null || requests === 0 ? null : round(cpuMs / requests, 3);
}

function headers(): Record<string, string> {
  return { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` };
}
