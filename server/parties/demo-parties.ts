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
  // Customs codes are made up: 10 digits, opening with Chongqing's area code 5001.
  // A certified AEO (认证企业, rating B): fewer random checks, but rule hits such as battery goods stand.
  { code: 'CQ-MOTO', name: 'Chongqing Moto Parts Co.', roles: ['exporter'], country: 'CN', aeo: true, creditRating: 'B', customsCode: '5001960001', token: 'demo-exporter' },
  {
    code: 'CQ-TOYS',
    name: 'Chongqing Happy Toys Co.',
    roles: ['exporter'],
    country: 'CN',
    customsCode: '5001960002',
    // Under enterprise-unit supervision (DOMAIN scenario 6): customs may inspect at its factory.
    inspectThenStuff: true,
    token: 'demo-exporter-toys',
  },
  // The import side (two-step declaration, duties): a Thai fruit exporter selling to Chongqing.
  { code: 'TH-DURIAN', name: 'Chanthaburi Durian Export Co., Ltd.', roles: ['exporter'], country: 'TH', token: 'demo-exporter-th' },
  { code: 'CQ-IMPORTS', name: 'Chongqing Fresh Imports Co.', roles: ['importer'], country: 'CN', customsCode: '5001960005', token: 'demo-importer-cn' },
  { code: 'SG-LION', name: 'Lion City Motors Pte. Ltd.', roles: ['importer'], country: 'SG', token: 'demo-importer' },
  { code: 'DE-RHEIN', name: 'Rhein Teile GmbH', roles: ['importer'], country: 'DE', token: 'demo-importer-de' },
  { code: 'CQ-CONSOL', name: 'Chongqing Market Procurement Consolidators', roles: ['consolidator'], country: 'CN', customsCode: '5001960003', token: 'demo-consolidator' },
  {
    code: 'CQ-LANDSEA',
    name: 'Chongqing Land-Sea Multimodal Transport Co.',
    roles: ['forwarder'],
    country: 'CN',
    aeo: true,
    // Also a customs broker (报关企业) declaring for its shippers.
    customsCode: '5001980004',
    // A made-up SCAC and address: DCSA needs both on an issued bill.
    scac: 'YDLS',
    address: { street: 'Tuanjiecun Rail Port Road 1', city: 'Chongqing', postCode: '400000', countryCode: 'CN' },
    token: 'demo-forwarder',
  },
  // The corridor's rail operator runs the trains and the trucks to and from the rail port (first
  // and last mile, DOMAIN "Corridors"); the container line sails from Qinzhou. Neither runs barges.
  { code: 'CQ-RAIL', name: 'Western Corridor Rail Operator', roles: ['carrier'], country: 'CN', modes: ['rail', 'road'], token: 'demo-carrier' },
  { code: 'QZ-SHIP', name: 'Beibu Gulf Container Line', roles: ['carrier'], country: 'CN', modes: ['sea'], token: 'demo-carrier-sea' },
  { code: 'CQ-CUSTOMS', name: 'Chongqing Customs (Xiyong)', roles: ['customs'], country: 'CN', token: 'demo-customs' },
  { code: 'CQ-BANK', name: 'Chongqing Trade Finance Bank', roles: ['bank'], country: 'CN', token: 'demo-bank' },
  { code: 'CQ-SINOSURE', name: 'Export Credit Insurance Chongqing Branch', roles: ['insurer'], country: 'CN', token: 'demo-insurer' },
  { code: 'TRAINER', name: 'Logistics Academy Trainer', roles: ['trainer'], country: 'CN', token: 'demo-trainer' },
  { code: 'AUDITOR', name: 'Single Window Auditor', roles: ['auditor'], country: 'CN', token: 'demo-auditor' },
];
