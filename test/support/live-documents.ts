/** Subscription documents several live-update tests send. */
export const SHIPMENT_TRACKED = `subscription($ref: String!, $after: String) {
  shipmentTracked(reference: $ref, after: $after) {
    cursor kind milestone { seq type legSeq } tracking { revisedEta delayDays shipment { number } }
  }
}`;
