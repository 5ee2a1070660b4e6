/**
 * Per-request batching of the lookups nested fields make (Order.seller, Shipment.forwarder,
 * ShipmentLeg.carrier ...): a page of 100 orders asks for its parties in one query, not 300.
 * A new set per request, so nothing is cached across callers.
 */
import DataLoader from 'dataloader';
import { Types } from 'mongoose';
import type { PartyRecord } from '../models/party.model';
import type { Services } from '../services';

export interface Loaders {
  party: DataLoader<string, PartyRecord | null>;
}

export function createLoaders(services: Services): Loaders {
  return {
    party: new DataLoader(async (ids: readonly string[]) => {
      const found = await services.parties.model.find({ _id: { $in: ids.map((id) => new Types.ObjectId(id)) } }).lean();
      const byId = new Map(found.map((p) => [String(p._id), p]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
