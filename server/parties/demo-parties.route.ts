/**
 * GET /api/demo-parties: the demo parties and their tokens, for the web app's sign-in picker.
 * The tokens are public (printed in the README and at start), but a production server must not
 * advertise them: the list is empty unless demo seeding is on and NODE_ENV is not production,
 * the same condition under which the GraphQL IDE prefills them.
 */
import express, { type Router } from 'express';
import { DEMO_PARTIES } from './demo-parties';

export const DEMO_PARTIES_PATH = '/api/demo-parties';

export interface DemoPartyListing {
  code: string;
  name: string;
  roles: string[];
  token: string;
}

export function demoPartiesRouter({ listTokens }: { listTokens: boolean }): Router {
  const router = express.Router();
  const listing: DemoPartyListing[] = listTokens ? DEMO_PARTIES.map(({ code, name, roles, token }) => ({ code, name, roles: [...roles], token })) : [];
  router.get(DEMO_PARTIES_PATH, (_req, res) => {
    res.json({ demoParties: listing });
  });
  return router;
}
