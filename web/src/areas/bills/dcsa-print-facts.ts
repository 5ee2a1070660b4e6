/**
 * The facts a paper bill prints that the Bill type does not carry as fields (notify parties, the
 * party it is to the order of, freight terms, originals, place of issue), read from the bill's
 * own DCSA 3.0.3 TransportDocument as the API exports it. Null when the API cannot export it.
 */
interface DcsaParty {
  partyName?: string;
}

interface DcsaDocument {
  documentParties?: { endorsee?: DcsaParty; notifyParties?: DcsaParty[] };
  charges?: Array<{ paymentTermCode?: string }>;
  isElectronic?: boolean;
  numberOfOriginalsWithCharges?: number;
  numberOfOriginalsWithoutCharges?: number;
  placeOfIssue?: { UNLocationCode?: string };
  transportDocumentReference?: string;
}

export interface PrintFacts {
  toOrderOf: string | null;
  notifyParties: string[];
  paymentTerm: string | null;
  electronic: boolean;
  originals: number;
  placeOfIssue: string | null;
}

export function printFacts(json: string | null | undefined): PrintFacts | null {
  if (!json) return null;
  const doc = JSON.parse(json) as DcsaDocument;
  return {
    toOrderOf: doc.documentParties?.endorsee?.partyName ?? null,
    notifyParties: (doc.documentParties?.notifyParties ?? []).map((p) => p.partyName ?? '').filter(Boolean),
    paymentTerm: doc.charges?.[0]?.paymentTermCode ?? null,
    electronic: doc.isElectronic === true,
    originals: (doc.numberOfOriginalsWithCharges ?? 0) + (doc.numberOfOriginalsWithoutCharges ?? 0),
    placeOfIssue: doc.placeOfIssue?.UNLocationCode ?? null,
  };
}
