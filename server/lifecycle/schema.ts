/** The mongoose fields every lifecycle aggregate embeds (see LifecycleFields). */
import { Schema, type SchemaDefinition } from 'mongoose';

const actorSchema = new Schema({ partyId: { type: String, required: true }, role: { type: String, required: true } }, { _id: false });

const historySchema = new Schema(
  {
    seq: { type: Number, required: true },
    at: { type: Date, required: true },
    actor: { type: actorSchema, required: true },
    event: { type: String, required: true },
    from: { type: String, default: null },
    to: { type: String, required: true },
    payload: { type: Schema.Types.Mixed, default: {} },
  },
  { _id: false, minimize: false },
);

export function lifecycleFields(): SchemaDefinition {
  return {
    state: { type: String, required: true, index: true },
    machine: {
      name: { type: String, required: true },
      version: { type: Number, required: true },
      snapshot: { type: Schema.Types.Mixed, required: true },
    },
    version: { type: Number, required: true, default: 0 },
    history: { type: [historySchema], default: [] },
  };
}
