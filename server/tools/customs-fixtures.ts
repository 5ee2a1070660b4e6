/**
 * Customs over GraphQL for e2e tests: the declaration of a fixture order, filed by its exporter
 * and walked through whatever lane customs selects until its goods are released.
 */
import { dataOf, graphql, type ServerAddress } from './graphql-client';

export interface UserErrorView {
  code: string;
  field: string[] | null;
  rule: string | null;
  message: string;
}

export interface DeclarationView {
  number: string;
  state: string;
  version: number;
  lane: string | null;
  selection: { reasons: string[]; randomLane: string } | null;
}

export const DECLARATION_FIELDS = 'number state version lane selection { reasons randomLane }';

const ORDER_QUERY = `query($id: ID!) { order(id: $id) {
  number currency total { amount } grossWeightKg destination { country }
  lines { hsCode description quantity unit amount }
  shipment { containers { number } legs { from { code } mode } }
} }`;

interface OrderView {
  number: string;
  currency: string;
  total: { amount: string };
  grossWeightKg: string;
  destination: { country: string };
  lines: Array<{ hsCode: string; description: string; quantity: string; unit: string; amount: string }>;
  shipment: { containers: Array<{ number: string }>; legs: Array<{ from: { code: string }; mode: string }> } | null;
}

export const FILE_DECLARATION = `mutation($input: FileDeclarationInput!) { fileDeclaration(input: $input) {
  declaration { ${DECLARATION_FIELDS} } userErrors { code field rule message } } }`;

export const CUSTOMS_DECISION = `mutation($input: CustomsDecisionInput!) { recordCustomsDecision(input: $input) {
  declaration { ${DECLARATION_FIELDS} } userErrors { code field rule message } } }`;

const OFFICE_AT: Readonly<Record<string, string>> = { CNCKG: '8001', CNYIW: '2921', CNQZH: '7200' };

export class CustomsFixtures {
  constructor(readonly server: ServerAddress) {}

  async call<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
    return dataOf(await graphql<T>(this.server, query, { token, variables }));
  }

  /** The FileDeclarationInput of an order's export, declared where its route starts. */
  async exportInput(orderId: string, reader = 'demo-auditor'): Promise<Record<string, unknown>> {
    const { order } = await this.call<{ order: OrderView | null }>(reader, ORDER_QUERY, { id: orderId });
    if (!order) throw new Error(`order ${orderId} is not readable by ${reader}`);
    const port = order.shipment?.legs[0]?.from.code ?? 'CNCKG';
    return {
      order: order.number,
      kind: 'EXPORT',
      mode: 'STANDARD',
      content: {
        customsOffice: OFFICE_AT[port] ?? '8001',
        port,
        transportMode: order.shipment?.legs[0]?.mode ?? 'RAIL',
        conveyanceReference: `Train for ${order.number}`,
        containers: order.shipment?.containers.map((c) => c.number) ?? [],
        lines: order.lines.map((l, i) => ({
          lineNo: i + 1,
          hsCode: l.hsCode.padEnd(10, '0'),
          description: l.description,
          quantity: l.quantity,
          unit: l.unit,
          value: l.amount,
          currency: order.currency,
          originCountry: 'CN',
          destinationCountry: order.destination.country,
        })),
        totals: { value: order.total.amount, currency: order.currency, grossWeightKg: order.grossWeightKg, packages: 1 },
        invoiceNumber: `INV-${order.number}`,
      },
    };
  }

  /** Files a declaration; throws on any userError. */
  async file(token: string, input: Record<string, unknown>): Promise<DeclarationView> {
    const r = await this.call<{ fileDeclaration: { declaration: DeclarationView | null; userErrors: UserErrorView[] } }>(token, FILE_DECLARATION, { input });
    if (!r.fileDeclaration.declaration) throw new Error(`fileDeclaration: ${JSON.stringify(r.fileDeclaration.userErrors)}`);
    return r.fileDeclaration.declaration;
  }

  /** A declaration mutation taking only the number (submit, assess, pay ...); throws on any userError. */
  async step(token: string, mutation: string, number: string): Promise<DeclarationView> {
    const r = await this.call<Record<string, { declaration: DeclarationView | null; userErrors: UserErrorView[] }>>(
      token,
      `mutation($n: String!) { ${mutation}(number: $n) { declaration { ${DECLARATION_FIELDS} } userErrors { code field rule message } } }`,
      { n: number },
    );
    const out = r[mutation];
    if (!out.declaration) throw new Error(`${mutation}: ${JSON.stringify(out.userErrors)}`);
    return out.declaration;
  }

  /** A customs decision; throws on any userError. */
  async decide(number: string, decision: string, extra: Record<string, unknown> = {}): Promise<DeclarationView> {
    const r = await this.call<{ recordCustomsDecision: { declaration: DeclarationView | null; userErrors: UserErrorView[] } }>('demo-customs', CUSTOMS_DECISION, {
      input: { declaration: number, decision, ...extra },
    });
    if (!r.recordCustomsDecision.declaration) throw new Error(`${decision}: ${JSON.stringify(r.recordCustomsDecision.userErrors)}`);
    return r.recordCustomsDecision.declaration;
  }

  /** Submitted, accepted, assessed, walked through its lane, released. */
  async clear(declarant: string, number: string): Promise<DeclarationView> {
    await this.step(declarant, 'submitDeclaration', number);
    await this.decide(number, 'ACCEPT');
    let d = await this.step('demo-customs', 'assessDeclarationRisk', number);
    if (d.state === 'DOCUMENT_REVIEW') d = await this.decide(number, 'REVIEW_PASSED');
    if (d.state === 'PHYSICAL_INSPECTION') d = await this.decide(number, 'INSPECTION_PASSED');
    if (d.state === 'TAX_DUE') d = await this.step(declarant, 'payDeclarationCharges', number);
    return this.decide(number, 'RELEASE');
  }

  /** The order's export declaration, filed by its exporter and released: its goods may depart. */
  async releaseExport(orderId: string, exporter = 'demo-exporter'): Promise<DeclarationView> {
    const filed = await this.file(exporter, await this.exportInput(orderId));
    return this.clear(exporter, filed.number);
  }
}
