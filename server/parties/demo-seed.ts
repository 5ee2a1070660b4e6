/** Seeds the demo parties and their fixed tokens; idempotent, so every start may run it. */
import type { PartyService } from './party.service';
import type { TokenService } from './token.service';
import { DEMO_PARTIES, type DemoParty } from './demo-parties';

export interface SeededParty {
  code: string;
  name: string;
  roles: string[];
  token: string;
}

export async function seedDemoParties(parties: PartyService, tokens: TokenService): Promise<SeededParty[]> {
  const seeded: SeededParty[] = [];
  for (const demo of DEMO_PARTIES) {
    const party = (await parties.byCode(demo.code)) ?? (await createDemo(parties, demo));
    // A demo carrier stored before parties recorded their modes would be refused every leg.
    if (demo.modes?.length && !party.modes?.length) await parties.model.updateOne({ _id: party._id }, { $set: { modes: demo.modes } });
    await tokens.storeKnown(String(party._id), demo.token, 'demo (DEMO ONLY: published in the README)');
    seeded.push({ code: party.code, name: party.name, roles: party.roles, token: demo.token });
  }
  return seeded;
}

async function createDemo(parties: PartyService, demo: DemoParty) {
  const { token: _token, ...input } = demo;
  const created = await parties.create(input, true);
  if (created.ok) return created.value;
  // Another server process seeding the same database at the same moment won the insert.
  const existing = await parties.byCode(demo.code);
  if (existing) return existing;
  throw new Error(`demo party ${demo.code} could not be seeded: ${created.error.map((e) => e.message).join('; ')}`);
}
