/**
 * The reference tables over real HTTP (places with coordinates, Incoterms, currencies, export
 * trade modes): what the create-order form offers and the tracking map draws. The form relies on
 * every listed value being one createOrder accepts, so that is checked by creating an order.
 */
import type { RunningServer } from '../../server/start';
import { dataOf, errorCodes, graphql, startTestServer, stopTestServer } from '../support/graphql-client';

let server: RunningServer;

beforeAll(async () => {
  server = await startTestServer(__filename);
});

afterAll(async () => {
  await stopTestServer(server);
});

interface ReferenceData {
  locations: Array<{ code: string; name: string; nameZh: string | null; lat: number; lon: number; country: string }>;
  incoterms: Array<{ code: string; name: string; seaAndInlandWaterwayOnly: boolean }>;
  currencies: string[];
  exportTradeModes: Array<{ code: string; nameEn: string; nameZh: string }>;
}

const REFERENCE = `{
  locations { code name nameZh lat lon country }
  incoterms { code name seaAndInlandWaterwayOnly }
  currencies
  exportTradeModes { code nameEn nameZh }
}`;

it('needs a token, as every field but health does', async () => {
  expect(errorCodes(await graphql(server, '{ locations { code } }'))).toEqual(['UNAUTHENTICATED']);
});

it('lists places by code with coordinates, the Incoterms 2020 rules, currencies and export trade modes', async () => {
  const data = dataOf(await graphql<ReferenceData>(server, REFERENCE, { token: 'demo-importer' }));
  const codes = data.locations.map((l) => l.code);
  expect(codes).toEqual([...codes].sort());
  expect(data.locations.find((l) => l.code === 'CNCKG')).toEqual({ code: 'CNCKG', name: 'Chongqing', nameZh: '重庆', lat: 29.56, lon: 106.55, country: 'CN' });
  expect(data.locations.find((l) => l.code === 'SGSIN')).toMatchObject({ country: 'SG', lat: expect.closeTo(1.3, 0) });
  expect(data.incoterms.map((i) => i.code).sort()).toEqual(['CFR', 'CIF', 'CIP', 'CPT', 'DAP', 'DDP', 'DPU', 'EXW', 'FAS', 'FCA', 'FOB']);
  expect(data.incoterms.filter((i) => i.seaAndInlandWaterwayOnly).map((i) => i.code).sort()).toEqual(['CFR', 'CIF', 'FAS', 'FOB']);
  expect(data.currencies).toEqual(expect.arrayContaining(['CNY', 'EUR', 'SGD', 'USD']));
  expect(data.currencies).toEqual([...data.currencies].sort());
  expect(data.exportTradeModes.map((m) => m.code)).toEqual(expect.arrayContaining(['0110', '9710']));
  expect(data.exportTradeModes.find((m) => m.code === '0110')?.nameZh).toBe('一般贸易');
});

it('lists only values createOrder accepts: an order on the last listed place, trade mode and currency is created', async () => {
  const data = dataOf(await graphql<ReferenceData>(server, REFERENCE, { token: 'demo-exporter' }));
  const parties = dataOf(await graphql<{ parties: { edges: Array<{ node: { id: string } }> } }>(server, '{ parties(filter: { role: IMPORTER }) { edges { node { id } } } }', { token: 'demo-exporter' }));
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
  const created = dataOf(
    await graphql<{ createOrder: { order: { origin: { code: string }; destination: { code: string; lat: number } } | null; userErrors: unknown[] } }>(
      server,
      `mutation($input: CreateOrderInput!) { createOrder(input: $input) { order { origin { code } destination { code lat } } userErrors { field rule message } } }`,
      {
        token: 'demo-exporter',
        variables: {
          input: {
            buyerId: parties.parties.edges[0]!.node.id,
            currency: data.currencies.at(-1),
            incoterm: data.incoterms.at(-1)!.code,
            incotermPlace: data.locations[0]!.code,
            origin: data.locations[0]!.code,
            destination: data.locations.at(-1)!.code,
            tradeMode: data.exportTradeModes.at(-1)!.code,
            readyDate: tomorrow,
            lines: [{ hsCode: '8714.10', description: 'Brake assemblies', quantity: '10', unit: 'H87', unitPrice: '18', grossWeightKg: '20' }],
          },
        },
      },
    ),
  );
  expect(created.createOrder.userErrors).toEqual([]);
  expect(created.createOrder.order?.destination).toEqual({ code: data.locations.at(-1)!.code, lat: data.locations.at(-1)!.lat });
});
