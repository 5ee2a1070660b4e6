/**
 * Demo parties for `npm start`: one per role along the Chongqing corridors, each with a fixed,
 * publicly documented token. DEMO ONLY: anyone who reads the README can use these tokens, so
 * seeding is off in production and can be switched off with YIDAN_DEMO_SEED=0.
 */
import type { RegisterPartyInput } from './party.service';

export interface DemoParty extends RegisterPartyInput {
  token: string;
}

export const DEMO_PARTIES: readonly DemoParty[] = [
  { code: 'CQ-MOTO', name: 'Chongqing Moto Parts Co.', roles: ['exporter'], country: 'CN', aeo: true, token: 'demo-exporter' },
  { code: 'CQ-TOYS', name: 'Chongqing Happy Toys Co.', roles: ['exporter'], country: 'CN', token: 'demo-exporter-toys' },
  { code: 'SG-LION', name: 'Lion City Motors Pte. Ltd.', roles: ['importer'], country: 'SG', token: 'demo-importer' },
  { code: 'DE-RHEIN', name: 'Rhein Teile GmbH', roles: ['importer'], country: 'DE', token: 'demo-importer-de' },
  { code: 'CQ-CONSOL', name: 'Chongqing Market Procurement Consolidators', roles: ['consolidator'], country: 'CN', token: 'demo-consolidator' },
  {
    code: 'CQ-LANDSEA',
    name: 'Chongqing Land-Sea Multimodal Transport Co.',
    roles: ['forwarder'],
    country: 'CN',
    aeo: true,
    // A made-up SCAC and address: DCSA needs both on an issued bill.
    scac: 'YDLS',
    address: { street: 'Tuanjiecun Rail Port Road 1', city: 'Chongqing', postCode: '400000', countryCode: 'CN' },
    token: 'demo-forwarder',
  },
  { code: 'CQ-RAIL', name: 'Western Corridor Rail Operator', roles: ['carrier'], country: 'CN', token: 'demo-carrier' },
  { code: 'QZ-SHIP', name: 'Beibu Gulf Container Line', roles: ['carrier'], country: 'CN', token: 'demo-carrier-sea' },
  { code: 'CQ-CUSTOMS', name: 'Chongqing Customs (Xiyong)', roles: ['customs'], country: 'CN', token: 'demo-customs' },
  { code: 'CQ-BANK', name: 'Chongqing Trade Finance Bank', roles: ['bank'], country: 'CN', token: 'demo-bank' },
  { code: 'CQ-SINOSURE', name: 'Export Credit Insurance Chongqing Branch', roles: ['insurer'], country: 'CN', token: 'demo-insurer' },
  { code: 'TRAINER', name: 'Logistics Academy Trainer', roles: ['trainer'], country: 'CN', token: 'demo-trainer' },
  { code: 'AUDITOR', name: 'Single Window Auditor', roles: ['auditor'], country: 'CN', token: 'demo-auditor' },
];
