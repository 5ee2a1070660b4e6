import { GraphQLError } from 'graphql';
import { type Connection as MongooseConnection, type Model, Schema, Types } from 'mongoose';
import {
  type Connection,
  decodeCursor,
  encodeCursor,
  MAX_PAGE_SIZE,
  pageSize,
  paginate,
} from '../../server/shared/pagination';
import { connectMongoose } from '../support/database';

interface Row {
  _id: Types.ObjectId;
  country: string;
  at: Date;
  kind: string;
}

function badInput(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    if (error instanceof GraphQLError) return { message: error.message, ...error.extensions };
    throw error;
  }
  return 'accepted';
}

describe('page size', () => {
  it('defaults to 20 and allows 0 to 100', () => {
    expect([pageSize(undefined), pageSize(null), pageSize(0), pageSize(MAX_PAGE_SIZE)]).toEqual([20, 20, 0, 100]);
  });

  it('refuses more than 100 and negatives, naming first and the rule', () => {
    expect(badInput(() => pageSize(101))).toEqual({
      message: 'first: must be at most 100 (got 101)',
      code: 'BAD_USER_INPUT',
      field: ['first'],
      rule: 'max-page-size',
    });
    expect(badInput(() => pageSize(-1))).toMatchObject({ code: 'BAD_USER_INPUT', field: ['first'], rule: 'non-negative' });
  });
});

describe('cursors', () => {
  const id = new Types.ObjectId().toHexString();

  it.each([['CQ-MOTO'], [42], [new Date('2026-04-12T08:30:00.123Z')]])('round-trip %p with its type', (value) => {
    const cursor = encodeCursor({ field: 'f', value, id });
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, 'f')).toEqual({ field: 'f', value, id });
  });

  it.each([
    ['not base64 json', 'not a cursor!'],
    ['another sort field', encodeCursor({ field: 'code', value: 'x', id })],
    ['a bad id', Buffer.from('["f","x","nope"]').toString('base64url')],
    ['a wrong shape', Buffer.from('{"f":1}').toString('base64url')],
    ['an operator as the value', Buffer.from(`["f",{"$ne":null},"${'a'.repeat(24)}"]`).toString('base64url')],
  ])('refuse %s as BAD_USER_INPUT on after', (_name, cursor) => {
    expect(badInput(() => decodeCursor(cursor, 'f'))).toMatchObject({ code: 'BAD_USER_INPUT', field: ['after'], rule: 'cursor' });
  });
});

describe('paginate over a collection', () => {
  let connection: MongooseConnection;
  let model: Model<Row>;
  const rows: Row[] = [];

  beforeAll(async () => {
    connection = await connectMongoose(__filename);
    model = connection.model<Row>('PagedRow', new Schema<Row>({ country: String, at: Date, kind: String }, { versionKey: false }));
    // Many rows share a sort value, so order within a value rests on _id alone.
    const countries = ['SG', 'CN', 'DE', 'CN', 'CN', 'SG', 'LA', 'CN', 'DE', 'TH'];
    for (let i = 0; i < 30; i++) {
      rows.push({
        _id: new Types.ObjectId(),
        country: countries[i % countries.length],
        at: new Date(Date.UTC(2026, 0, 1 + (i % 4))),
        kind: i % 3 === 0 ? 'odd' : 'even',
      });
    }
    await model.insertMany([...rows].reverse());
  });

  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  async function walk(sortBy: 'country' | 'at', size: number, filter: Record<string, unknown> = {}): Promise<Connection<Row>[]> {
    const pages: Connection<Row>[] = [];
    let after: string | null = null;
    do {
      const page: Connection<Row> = await paginate(model, filter, { first: size, after }, { sortBy });
      pages.push(page);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return pages;
  }

  function expectedOrder(sortBy: 'country' | 'at', keep: (row: Row) => boolean = () => true): string[] {
    return rows
      .filter(keep)
      .sort((a, b) => (a[sortBy] < b[sortBy] ? -1 : a[sortBy] > b[sortBy] ? 1 : a._id.toHexString().localeCompare(b._id.toHexString())))
      .map((row) => row._id.toHexString());
  }

  it.each([
    ['country', 4],
    ['country', 7],
    ['at', 5],
  ] as const)('walks by %s in pages of %d: every row once, in (field, _id) order', async (sortBy, size) => {
    const pages = await walk(sortBy, size);
    const ids = pages.flatMap((page) => page.edges.map((edge) => String(edge.node._id)));
    expect(ids).toEqual(expectedOrder(sortBy));
    expect(pages.map((page) => page.totalCount)).toEqual(pages.map(() => 30));
    expect(pages.map((page) => page.edges.length)).toEqual(pages.map((_, i) => (i < pages.length - 1 ? size : 30 - size * (pages.length - 1))));
  });

  it('applies the filter to the rows and the total', async () => {
    const pages = await walk('country', 3, { kind: 'odd' });
    expect(pages.flatMap((page) => page.edges.map((edge) => String(edge.node._id)))).toEqual(expectedOrder('country', (row) => row.kind === 'odd'));
    expect(pages[0].totalCount).toBe(10);
  });

  it('reports no next page and a null end cursor for an empty page', async () => {
    const empty = await paginate(model, { kind: 'none' }, {}, { sortBy: 'country' });
    expect(empty).toEqual({ edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 });
  });

  it('gives each edge the cursor that continues right after it', async () => {
    const first = await paginate(model, {}, { first: 6 }, { sortBy: 'country' });
    const fromThird = await paginate(model, {}, { first: 3, after: first.edges[2].cursor }, { sortBy: 'country' });
    expect(fromThird.edges.map((e) => e.cursor)).toEqual(first.edges.slice(3).map((e) => e.cursor));
  });
});
