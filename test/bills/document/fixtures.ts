/**
 * Plain inputs for three 一单制 bills (test-only). Party names, the SCAC 'YDLS', addresses,
 * conveyance names, flight and train numbers are fictional; container numbers carry valid
 * ISO 6346 check digits (CSQU3054383 is the standard's worked example).
 */
import type { BillPartyInput, BuildBillInput } from '../../../server/bills/document/bill-document';

export const PARTIES: Record<string, BillPartyInput> = {
  moto: { id: 'p-moto', code: 'CQ-MOTO', name: 'Chongqing Moto Parts Co.', country: 'CN' },
  lion: { id: 'p-lion', code: 'SG-LION', name: 'Lion City Motors Pte. Ltd.', country: 'SG' },
  landsea: {
    id: 'p-landsea',
    code: 'CQ-LANDSEA',
    name: 'Chongqing Land-Sea Multimodal Transport Co.',
    country: 'CN',
    scac: 'YDLS',
    address: { street: 'Tuanjiecun Rail Port Road', streetNumber: '1', postCode: '400000', city: 'Chongqing', countryCode: 'CN' },
  },
  rail: { id: 'p-rail', code: 'CQ-RAIL', name: 'Western Corridor Rail Operator', country: 'CN' },
  ship: { id: 'p-ship', code: 'QZ-SHIP', name: 'Beibu Gulf Container Line', country: 'CN' },
  bank: { id: 'p-bank', code: 'CQ-BANK', name: 'Chongqing Trade Finance Bank', country: 'CN' },
  thames: {
    id: 'p-thames',
    code: 'GB-THAMES',
    name: 'Thames Cycle Imports Ltd.',
    country: 'GB',
    address: { street: 'Dock Road', city: 'Felixstowe', countryCode: 'GB' },
  },
  truck: { id: 'p-truck', code: 'CD-TRUCK', name: 'Chengdu Container Haulage', country: 'CN' },
  ecom: { id: 'p-ecom', code: 'YW-ECOM', name: 'Yiwu Small Goods E-commerce Co.', country: 'CN' },
  pacific: { id: 'p-pacific', code: 'US-PACIFIC', name: 'Pacific Parcel Imports Inc.', country: 'US' },
  air: { id: 'p-air', code: 'CQ-AIR', name: 'Western Skies Cargo Airline', country: 'CN' },
};

const ALL = Object.values(PARTIES);

/** Rail-sea, straight: Chongqing Tuanjiecun -> Qinzhou by rail, Qinzhou -> Singapore by sea. */
export function railSeaStraight(): BuildBillInput {
  return {
    reference: 'YDB-2025-000101',
    type: 'straight',
    issueDate: '2025-07-01',
    order: {
      number: 'ORD-2025-000101',
      sellerId: 'p-moto',
      buyerId: 'p-lion',
      lines: [
        {
          hsCode: '8711.20',
          description: 'Motorcycles with 150 cc petrol engine, crated, with tool kit and owner manual',
          quantity: '40',
          unit: 'H87',
          grossWeightKg: '6400',
          packages: { count: 40, code: 'CR', description: 'crate' },
          stowage: [
            { equipment: 'CSQU3054383', packages: 24, grossWeightKg: '3840' },
            { equipment: 'MSKU0000006', packages: 16, grossWeightKg: '2560' },
          ],
        },
        {
          hsCode: '871410',
          description: 'Motorcycle spare parts: brake discs and drive chains',
          quantity: '120',
          unit: 'XCT',
          grossWeightKg: '1800.5',
          stowage: [{ equipment: 'MSKU0000006', packages: 120, grossWeightKg: '1800.5' }],
        },
      ],
      incoterm: 'CIF',
      incotermPlace: 'SGSIN',
      origin: 'CNCKG',
      destination: 'SGSIN',
    },
    shipment: {
      number: 'SHP-2025-000101',
      forwarderId: 'p-landsea',
      legs: [
        { seq: 1, from: 'CNCKG', to: 'CNQZH', mode: 'rail', carrierId: 'p-rail', plannedEtd: '2025-07-01', plannedEta: '2025-07-03', conveyance: { name: 'X9301', reference: '20250701' } },
        { seq: 2, from: 'CNQZH', to: 'SGSIN', mode: 'sea', carrierId: 'p-ship', plannedEtd: '2025-07-05', plannedEta: '2025-07-10', conveyance: { name: 'BEIBU GULF STAR', reference: '2527S' } },
      ],
      containers: [
        { number: 'CSQU3054383', type: '45G1', seals: [{ number: 'CQ1234567', source: 'carrier' }] },
        { number: 'MSKU 000000-6', type: '42G1', seals: ['CQ1234568'] },
      ],
      cost: '1720',
      costCurrency: 'USD',
    },
    parties: ALL,
  };
}

/**
 * To order, pledged to the bank: Chengdu -> Chongqing by truck (first mile), Chongqing -> Hamburg
 * by rail (main carriage), Hamburg -> Felixstowe by sea (on-carriage).
 */
export function roadRailSeaToOrder(): BuildBillInput {
  return {
    reference: 'YDB-2025-000202',
    type: 'toOrder',
    issueDate: '2025-08-01',
    order: {
      number: 'ORD-2025-000202',
      sellerId: 'p-moto',
      buyerId: 'p-thames',
      lines: [
        {
          hsCode: '871200',
          description: 'Bicycles, not motorised, 26 inch aluminium frame, boxed',
          quantity: '300',
          unit: 'XCT',
          grossWeightKg: '4500',
        },
      ],
      incoterm: 'CPT',
      incotermPlace: 'GBFXT',
      origin: 'CNCTU',
      destination: 'GBFXT',
    },
    shipment: {
      number: 'SHP-2025-000202',
      forwarderId: 'p-landsea',
      legs: [
        { seq: 1, from: 'CNCTU', to: 'CNCKG', mode: 'road', carrierId: 'p-truck', plannedEtd: '2025-08-01', plannedEta: '2025-08-02' },
        { seq: 2, from: 'CNCKG', to: 'DEHAM', mode: 'rail', carrierId: 'p-rail', plannedEtd: '2025-08-07', plannedEta: '2025-08-22', conveyance: { name: 'X8044 Yuxinou', reference: '20250807' } },
        { seq: 3, from: 'DEHAM', to: 'GBFXT', mode: 'sea', carrierId: null, plannedEtd: '2025-08-25', plannedEta: '2025-08-27' },
      ],
      containers: [{ number: 'MSCU1234566', type: '45G1', seals: [{ number: 'CNEL2025000777', source: 'customs' }] }],
      cost: '4950.00',
      costCurrency: 'USD',
    },
    parties: ALL,
    toOrderOfId: 'p-bank',
    service: { receiptAtOrigin: 'SD' },
  };
}

/** Air transit under bond (空空转关): Yiwu -> Chongqing Jiangbei -> Los Angeles, in two ULDs. */
export function airYiwuChongqingLosAngeles(): BuildBillInput {
  return {
    reference: 'YDB-2025-000303',
    type: 'straight',
    issueDate: '2025-09-01',
    order: {
      number: 'ORD-2025-000303',
      sellerId: 'p-ecom',
      buyerId: 'p-pacific',
      lines: [
        {
          hsCode: '610910',
          description: 'Cotton T-shirts, knitted, in retail parcels for e-commerce',
          quantity: '200',
          unit: 'CT',
          grossWeightKg: '1200',
          stowage: [{ equipment: 'AKE12345CA', packages: 200, grossWeightKg: '1200' }],
        },
        {
          hsCode: '950300',
          description: 'Plastic toy building blocks',
          quantity: '80',
          unit: 'XCT',
          grossWeightKg: '640.25',
          stowage: [{ equipment: 'AKE23456CA', packages: 80, grossWeightKg: '640.25' }],
        },
      ],
      incoterm: 'CPT',
      incotermPlace: 'USLAX',
      origin: 'CNYIW',
      destination: 'USLAX',
    },
    shipment: {
      number: 'SHP-2025-000303',
      forwarderId: 'p-landsea',
      legs: [
        { seq: 1, from: 'CNYIW', to: 'CNCKG', mode: 'air', carrierId: 'p-air', plannedEtd: '2025-09-01', plannedEta: '2025-09-01', conveyance: { name: 'YD8801', reference: '2025-09-01' } },
        { seq: 2, from: 'CNCKG', to: 'USLAX', mode: 'air', carrierId: 'p-air', plannedEtd: '2025-09-02', plannedEta: '2025-09-02', conveyance: { name: 'YD8802', reference: '2025-09-02' } },
      ],
      containers: [],
      ulds: [
        { id: 'AKE12345CA', seals: [{ number: 'CQCUS000123', source: 'customs' }] },
        { id: 'AKE23456CA', seals: [{ number: 'CQCUS000124', source: 'customs' }] },
      ],
      cost: '6100.50',
      costCurrency: 'USD',
    },
    parties: ALL,
    service: { receiptAtOrigin: 'CFS', deliveryAtDestination: 'CFS', cargoMovementAtOrigin: 'LCL', cargoMovementAtDestination: 'LCL' },
  };
}

export const FIXTURES = {
  'rail-sea straight CNCKG-CNQZH-SGSIN': railSeaStraight,
  'to-order road-rail-sea CNCTU-CNCKG-DEHAM-GBFXT': roadRailSeaToOrder,
  'air CNYIW-CNCKG-USLAX': airYiwuChongqingLosAngeles,
} as const;
