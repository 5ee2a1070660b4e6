/** The parts of the DCSA eBL 3.0.3 TransportDocument schema (EBL_v3.0.3.yaml) the export fills. */
import { BILL_STATES } from '../../../machines/bill.machine';

/** The eight DCSA statuses: the bill machine's states are these names, the one source. */
export const TRANSPORT_DOCUMENT_STATUSES = BILL_STATES;
export type TransportDocumentStatus = (typeof TRANSPORT_DOCUMENT_STATUSES)[number];

/** Statuses in which the document has been issued (issueDate required, EBL_v3.0.3.yaml:10087). */
export const ISSUED_STATUSES: readonly TransportDocumentStatus[] = [
  'ISSUED',
  'PENDING_SURRENDER_FOR_AMENDMENT',
  'SURRENDERED_FOR_AMENDMENT',
  'PENDING_SURRENDER_FOR_DELIVERY',
  'SURRENDERED_FOR_DELIVERY',
];

export interface DcsaContact {
  name: string;
  email?: string;
  phone?: string;
}

export interface DcsaIdentifyingCode {
  codeListProvider: string;
  partyCode: string;
  codeListName?: string;
}

export interface DcsaPartyAddress {
  street: string;
  streetNumber?: string;
  postCode?: string;
  city: string;
  countryCode: string;
}

export interface DcsaParty {
  partyName: string;
  address?: DcsaPartyAddress;
  identifyingCodes: DcsaIdentifyingCode[];
  partyContactDetails: DcsaContact[];
}

export interface DcsaLocation {
  UNLocationCode: string;
}

export interface DcsaVesselVoyage {
  vesselName: string;
  carrierExportVoyageNumber: string;
}

export interface DcsaTransports {
  plannedDepartureDate: string;
  plannedArrivalDate: string;
  preCarriageBy?: string;
  onCarriageBy?: string;
  placeOfReceipt?: DcsaLocation;
  portOfLoading: DcsaLocation;
  portOfDischarge: DcsaLocation;
  placeOfDelivery?: DcsaLocation;
  vesselVoyages: DcsaVesselVoyage[];
}

export interface DcsaCharge {
  chargeName: string;
  currencyAmount: number;
  currencyCode: string;
  paymentTermCode: 'PRE' | 'COL';
  calculationBasis: string;
  unitPrice: number;
  quantity: number;
}

export interface DcsaCargoItem {
  equipmentReference: string;
  cargoGrossWeight: { value: number; unit: 'KGM' };
  outerPackaging: { packageCode?: string; numberOfPackages: number; description: string };
}

export interface DcsaConsignmentItem {
  carrierBookingReference: string;
  descriptionOfGoods: string[];
  HSCodes: string[];
  cargoItems: DcsaCargoItem[];
}

export interface DcsaSeal {
  number: string;
  source?: 'CAR' | 'SHI' | 'VET' | 'CUS';
}

export interface DcsaUtilizedTransportEquipment {
  equipment: { equipmentReference: string; ISOEquipmentCode?: string };
  isShipperOwned: boolean;
  seals: DcsaSeal[];
}

export interface DcsaDocumentParties {
  shipper: DcsaParty;
  consignee?: DcsaParty;
  endorsee?: DcsaParty;
  issuingParty: DcsaParty & { address: DcsaPartyAddress };
  notifyParties?: DcsaParty[];
}

export interface DcsaTransportDocument {
  transportDocumentReference: string;
  transportDocumentStatus: TransportDocumentStatus;
  transportDocumentTypeCode: 'BOL';
  isShippedOnBoardType: boolean;
  freightPaymentTermCode: 'PRE' | 'COL';
  isElectronic: true;
  isToOrder: boolean;
  numberOfOriginalsWithCharges: number;
  numberOfOriginalsWithoutCharges: number;
  shippedOnBoardDate?: string;
  receivedForShipmentDate?: string;
  termsAndConditions: string;
  receiptTypeAtOrigin: string;
  deliveryTypeAtDestination: string;
  cargoMovementTypeAtOrigin: string;
  cargoMovementTypeAtDestination: string;
  issueDate?: string;
  declaredValue?: number;
  declaredValueCurrency?: string;
  carrierCode: string;
  carrierCodeListProvider: 'NMFTA';
  carrierClauses: string[];
  transports: DcsaTransports;
  charges: DcsaCharge[];
  placeOfIssue: DcsaLocation;
  invoicePayableAt: DcsaLocation;
  partyContactDetails: DcsaContact[];
  documentParties: DcsaDocumentParties;
  consignmentItems: DcsaConsignmentItem[];
  utilizedTransportEquipments: DcsaUtilizedTransportEquipment[];
  references: Array<{ type: 'CR'; value: string }>;
}

export interface DcsaExportOptions {
  /** Whether the one original shows the freight (numberOfOriginalsWithCharges 1) or not; default true. */
  originalWithCharges?: boolean;
  /** Real contacts by party id; parties not listed get the generated placeholder. */
  contacts?: Readonly<Record<string, readonly DcsaContact[]>>;
}

/** Raised when a bill cannot be written as a valid DCSA document (e.g. a container without seals). */
export class DcsaExportError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`the bill cannot be exported as a DCSA transport document: ${problems.join('; ')}`);
    this.name = 'DcsaExportError';
  }
}
