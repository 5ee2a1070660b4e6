/**
 * The README extractor on small made-up READMEs: which code counts as a document, which token a
 * step is bound to, refusals, and placeholders that follow no convention.
 */
import { extractReadmeDocuments, fillPlaceholders, operationsOf } from '../support/readme-documents';

const FENCE = '```';

const readme = [
  '## Orders',
  '',
  `${FENCE}sh`,
  "curl -s localhost:4000/graphql -H 'content-type: application/json' \\",
  "  -H 'authorization: Bearer demo-exporter' \\",
  '  -d \'{"query":"{ me { roles } }"}\'',
  'npm start',
  FENCE,
  '',
  '**1. The exporter creates** (token `demo-exporter`):',
  '',
  `${FENCE}graphql`,
  'mutation { createOrder(input: { buyerId: "<SG-LION\'s id>" }) { order { id } } }',
  FENCE,
  '',
  '**2. The buyer confirms** (token',
  '`demo-importer`): `mutation { confirmOrder(id: "ORD-1") { order { state } } }`, the `mutation` itself.',
  '',
  '## Bill',
  '',
  'The bank (token `demo-bank`) may not surrender it, and nor may the buyer (token `demo-importer`):',
  '',
  `${FENCE}graphql`,
  'mutation A { surrenderBill(number: "B") { bill { status } } }',
  'query B { bill(number: "B") { status } }',
  FENCE,
  '',
  `${FENCE}json`,
  '{ "code": "BUSINESS_RULE", "rule": "bill-control" }',
  FENCE,
  '',
  'Anyone reads it:',
  '',
  `${FENCE}graphql`,
  '{ bill(number: "B") { status } }',
  FENCE,
].join('\n');

it('takes graphql blocks, whole inline operations and curl bodies, in order, with their lines and sections', () => {
  const docs = extractReadmeDocuments(readme);
  expect(docs.map((d) => [d.line, d.kind, d.section])).toEqual([
    [4, 'curl', 'Orders'],
    [13, 'graphql', 'Orders'],
    [17, 'inline', 'Orders'],
    [24, 'graphql', 'Bill'],
    [35, 'graphql', 'Bill'],
  ]);
  expect(docs[0]!.text).toBe('{ me { roles } }');
  expect(docs[2]!.text).toBe('mutation { confirmOrder(id: "ORD-1") { order { state } } }');
});

it("binds each document to the last token the prose names since the previous one, a curl to its header, and no token when the prose names none", () => {
  expect(extractReadmeDocuments(readme).map((d) => d.token)).toEqual(['demo-exporter', 'demo-exporter', 'demo-importer', 'demo-importer', undefined]);
});

it('reads a json block right after a document as the refusal it gets, and refuses one without code and rule', () => {
  const docs = extractReadmeDocuments(readme);
  expect(docs[3]!.refusal).toEqual({ code: 'BUSINESS_RULE', rule: 'bill-control', message: undefined });
  expect(docs[4]!.refusal).toBeUndefined();
  expect(() => extractReadmeDocuments(readme.replace('"rule": "bill-control"', '"why": "x"'))).toThrow(/README.md:29: .*"code" and "rule"/);
});

it('fails on a code block that is never closed', () => {
  expect(() => extractReadmeDocuments(`## A\n\n${FENCE}graphql\n{ me { roles } }\n`)).toThrow('README.md:3: a code block that is never closed');
});

it('splits a block of several operations into operations with their root fields', () => {
  const [, , , pair] = extractReadmeDocuments(readme);
  expect(operationsOf(pair!.text).map((o) => [o.name, o.rootFields])).toEqual([
    ['A', ['surrenderBill']],
    ['B', ['bill']],
  ]);
});

it('fills placeholders by the first matching rule and fails on one that follows no convention', () => {
  const rules = [{ pattern: /^([A-Z-]+)'s id$/, value: (m: RegExpExecArray) => `id-of-${m[1]}` }];
  expect(fillPlaceholders('{ a(id: "<SG-LION\'s id>") }', rules)).toBe('{ a(id: "id-of-SG-LION") }');
  expect(() => fillPlaceholders('{ a(id: "<the buyer>") }', rules)).toThrow('unknown placeholder <the buyer>');
});
