/**
 * A training scenario as scenarios/scenario.schema.json describes it (the schema is the contract;
 * these types mirror it for the code that runs a scenario).
 */
export type Mode = 'sea' | 'rail' | 'road' | 'air' | 'river';

export interface ScenarioParty {
  code: string;
  name: string;
  roles: string[];
  country: string;
  aeo?: boolean;
  creditRating?: 'A' | 'B' | 'C' | 'D';
  customsCode?: string;
  inspectThenStuff?: boolean;
  /** for a carrier: the transport modes it serves */
  modes?: Array<'sea' | 'rail' | 'road' | 'air' | 'river'>;
}

export interface ScenarioGoods {
  hsCode: string;
  description: string;
  quantity: string;
  unit: string;
  unitPrice: string;
  grossWeightKg: string;
}

export interface ScenarioOrder {
  ref: string;
  count?: number;
  seller: string;
  buyer: string;
  forwarder?: string;
  currency?: string;
  incoterm: string;
  incotermPlace?: string;
  origin: string;
  destination: string;
  readyDay?: number;
  goods: string[];
  route: { modes: Mode[]; rankBy?: 'time' | 'cost' | 'co2' };
  /** twoStep (两步申报), twoStage (两段准入) and completeAfterDays apply to imports only */
  customs?: { mode?: 'standard' | 'advance' | 'twoStep'; twoStage?: boolean; completeAfterDays?: number; transit?: boolean };
  bill?: 'toOrder' | 'straight' | 'none';
  financing?: { bank: string; kind: 'billPledge' | 'preShipment' | 'policyFinancing'; currency?: string; insurer?: string };
}

interface Dated {
  day: number;
  note?: string;
}

type LegDelay<T extends string> = Dated & { type: T; order: string; leg: number; delayDays: number };
type OrderIncident<T extends string> = Dated & { type: T; order: string };

export type ScenarioIncident =
  | LegDelay<'vesselMissed'>
  | LegDelay<'portCongestion'>
  | LegDelay<'lockCongestion'>
  | LegDelay<'railSlotShortage'>
  | OrderIncident<'redLaneInspection'>
  | OrderIncident<'failedInspection'>
  | OrderIncident<'elockAlarm'>
  | OrderIncident<'buyerDefault'>
  | (Dated & { type: 'documentMismatch'; order: string; document: 'invoice' | 'declaration'; valueFactor: string; correctedOnDay?: number })
  | (Dated & { type: 'fxMove'; base: string; quote: string; rate: string })
  | (Dated & { type: 'reroute'; order: string; modes: Mode[] })
  | OrderIncident<'transferWhilePledged'>
  | OrderIncident<'billTampered'>;

export interface ScenarioExpectation {
  id: string;
  text: string;
  check: {
    kind: 'before' | 'state' | 'lane' | 'kpiAtMost' | 'kpiAtLeast' | 'delayAtLeast' | 'refused';
    order?: string;
    first?: string;
    then?: string;
    /** refused: the event name of the attempt */
    event?: string;
    document?: 'order' | 'declaration' | 'bill' | 'financing';
    is?: string;
    metric?: string;
    value?: number;
  };
}

export interface Scenario {
  id: string;
  title: string;
  description?: string;
  sources?: string[];
  seed: number;
  start: string;
  parties?: ScenarioParty[];
  customs?: { minimumRates?: { yellow: number; red: number }; lateFeeRounding?: 'minor-units' | 'whole-units-down'; exchangeRates?: Record<string, string> };
  financing?: { valueTolerancePercent?: string; advanceRatePercent?: string; annualRatePercent?: string; tenorDays?: number };
  fx?: Array<{ base: string; quote: string; rate: string; day?: number }>;
  goods?: Record<string, ScenarioGoods>;
  orders: ScenarioOrder[];
  incidents?: ScenarioIncident[];
  expectations?: ScenarioExpectation[];
}

/**
 * Whether the runner plays an order as an import into China (the buyer declares it to Chinese
 * customs): a buyer in China, goods from abroad delivered in China.
 */
export function isImportOrder(order: Pick<ScenarioOrder, 'origin' | 'destination'>, buyerCountry: string | undefined): boolean {
  return buyerCountry === 'CN' && order.destination.startsWith('CN') && !order.origin.startsWith('CN');
}
