/** The limits of a bill's fields; most come from the DCSA TransportDocument schema (EBL_v3.0.3.yaml). */

/** transportDocumentReference maxLength 20 (EBL_v3.0.3.yaml:9843). */
export const MAX_REFERENCE = 20;
/** partyName maxLength 70. */
export const MAX_PARTY_NAME = 70;
/** notifyParties maxItems 3 (EBL_v3.0.3.yaml:11022). */
export const MAX_NOTIFY_PARTIES = 3;
/** Seal number maxLength 15. */
export const MAX_SEAL = 15;
/** vesselName maxLength 50, less room for a mode prefix ('TRUCK '). */
export const MAX_CONVEYANCE_NAME = 44;
export const MAX_CONVEYANCE_REFERENCE = 50;
/** termsAndConditions maxLength 50000. */
export const MAX_TERMS = 50_000;
/** carrierBookingReference maxLength 35. */
export const MAX_BOOKING_REFERENCE = 35;
/** numberOfPackages maximum. */
export const MAX_PACKAGES = 99_999_999;
export const MAX_DESCRIPTION = 500;

export const DEFAULT_TERMS_AND_CONDITIONS = [
  'Multimodal transport under one contract (一单制). The issuing multimodal transport operator',
  'takes the goods in charge at the place of receipt and is liable as carrier for the whole',
  'transport to the place of delivery, on every leg and in every mode, whoever performs it.',
  'One freight amount covers all legs. This electronic bill of lading has one original; the',
  'goods are delivered against its surrender by the holder entitled under the bill.',
  'Simulator text for training: not a commercial contract.',
].join(' ');
