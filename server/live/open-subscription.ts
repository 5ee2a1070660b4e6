/**
 * Opening a subscription: the limits, the cursor, joining the collection's stream, and (with a
 * cursor) replaying what the database recorded since. The stream is joined before the replay is
 * read, so a change committed meanwhile is either in the replay or held from the stream; the
 * subscription drops whichever copy comes second (see live-subscription.ts).
 */
import { type ChangeFeed, type FeedChange, FeedError } from './change-feed';
import { decodeCursor, encodeCursor } from './cursor';
import { CLOSE_CODES, type LiveConnection, type LiveConnections } from './live-connection';
import { LiveSubscription } from './live-subscription';
import { type Result, fail, ok } from '../shared/result';

export interface LiveRefusal {
  /** NOT_FOUND, BAD_USER_INPUT, SUBSCRIPTION_LIMIT or CURSOR_EXPIRED */
  code: 'NOT_FOUND' | 'BAD_USER_INPUT' | 'SUBSCRIPTION_LIMIT' | 'CURSOR_EXPIRED';
  /** the argument at fault, when one is */
  field?: string;
  message: string;
}

export interface Watch<E> {
  collection: string;
  /** Follow one document (its _id as text); every document of the collection when absent. */
  documentId?: string;
  /** The event for a change, or null when the change is none of the subscriber's business. */
  toEvent(change: FeedChange): E | null;
  /**
   * Subscriptions with the same `sharedAs` get the same event object for a live change, computed
   * once (the access test included): it must name everything toEvent depends on, i.e. the
   * subscription field, how it was opened, and the caller's access class. The GraphQL layer then
   * executes and serializes that object once per operation. Absent: computed per subscription.
   */
  sharedAs?: string;
  /**
   * The first event of a subscription to one document: its current state, read after the feed
   * was joined. It tells the client the subscription is live, and leaves no gap between a query
   * and the subscription.
   */
  current?(): Promise<E | null>;
}

function limitRefusal(connections: LiveConnections, connection: LiveConnection): LiveRefusal | null {
  const { maxSubscriptionsPerConnection, maxSubscriptionsPerToken } = connections.limits;
  if (connection.subscriptions >= maxSubscriptionsPerConnection) {
    return { code: 'SUBSCRIPTION_LIMIT', message: `this connection already runs ${connection.subscriptions} subscriptions, the most one connection may run (${maxSubscriptionsPerConnection}); complete one first` };
  }
  const ofToken = connections.subscriptionsOfToken(connection.tokenId);
  if (ofToken >= maxSubscriptionsPerToken) {
    return { code: 'SUBSCRIPTION_LIMIT', message: `this token already runs ${ofToken} subscriptions on this server, the most one token may run (${maxSubscriptionsPerToken}); complete one first` };
  }
  return null;
}

/** Live changes' events by sharedAs: one map per change, gone with the change once every subscriber took it. */
const sharedEvents = new WeakMap<FeedChange, Map<string, unknown>>();

function shared<E>(change: FeedChange, key: string, compute: (change: FeedChange) => E | null): E | null {
  let events = sharedEvents.get(change);
  if (!events) sharedEvents.set(change, (events = new Map()));
  if (events.has(key)) return events.get(key) as E | null;
  const event = compute(change);
  events.set(key, event);
  return event;
}

export async function openSubscription<E>(
  feed: ChangeFeed,
  connections: LiveConnections,
  connection: LiveConnection,
  watch: Watch<E>,
  after: string | null,
): Promise<Result<AsyncIterableIterator<E & { cursor: string }>, LiveRefusal>> {
  const refused = limitRefusal(connections, connection);
  if (refused) return fail(refused);
  let resumeAfter: string | null = null;
  if (after !== null) {
    const cursor = decodeCursor(after, watch.collection);
    if (typeof cursor === 'string') return fail({ code: 'BAD_USER_INPUT', field: 'after', message: cursor });
    resumeAfter = cursor.token;
  }
  const { collection, documentId, sharedAs } = watch;
  const toEvent = (change: FeedChange): (E & { cursor: string }) | null => {
    const event = watch.toEvent(change);
    return event === null ? null : { ...event, cursor: encodeCursor(collection, change.token) };
  };
  const subscription = new LiveSubscription<E & { cursor: string }>(
    sharedAs === undefined ? toEvent : (change) => shared(change, sharedAs, toEvent),
    connection,
    () => connection.close(CLOSE_CODES.SLOW_CONSUMER, `slow consumer: more than ${connections.limits.maxQueuedEvents} events waiting to be sent`),
  );
  connection.subscriptions += 1;
  subscription.onEnd(() => (connection.subscriptions -= 1));
  let joined: Awaited<ReturnType<ChangeFeed['listen']>>;
  try {
    joined = await feed.listen(collection, {
      documentId,
      onChange: (change) => subscription.offer(change),
      onError: (error) => subscription.fail(error),
    });
  } catch (error) {
    await subscription.return();
    throw error;
  }
  const { stop, joinedAt } = joined;
  subscription.onEnd(stop);
  if (resumeAfter !== null) {
    try {
      const since = await feed.since(collection, resumeAfter);
      subscription.startAfter(resumeAfter, documentId === undefined ? since : since.filter((c) => String(c.documentId) === documentId));
    } catch (error) {
      await subscription.return();
      if (error instanceof FeedError && error.codeName === 'ChangeStreamHistoryLost') {
        return fail({ code: 'CURSOR_EXPIRED', field: 'after', message: `the database no longer holds the changes after this cursor (its change history has moved past it): subscribe again without after: (a subscription to one document starts with its current state)` });
      }
      if (error instanceof FeedError && /resume token|BadValue/i.test(`${error.codeName} ${error.message}`)) {
        return fail({ code: 'BAD_USER_INPUT', field: 'after', message: `'${after}' is not a cursor this database can resume from` });
      }
      throw error;
    }
  } else {
    const current = watch.current ? await watch.current().catch(async (error: unknown) => {
      await subscription.return();
      throw error;
    }) : null;
    subscription.startFresh(current && joinedAt !== null ? { ...current, cursor: encodeCursor(collection, joinedAt) } : null, joinedAt);
  }
  return ok(subscription);
}
