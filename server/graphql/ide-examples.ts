/**
 * What the GraphQL IDE opens on: a Yidan operation instead of GraphiQL's generic welcome, and one
 * saved tab per role with an example that role may run. Outside production, while the demo parties
 * are seeded, each tab carries its role's demo token, so "run" answers at once; in production
 * no token is prefilled (demo tokens are public, see demo-parties.ts).
 */
import type { Role } from '../models/roles';
import { DEMO_PARTIES } from '../parties/demo-parties';

export interface IdeTab {
  query: string;
  variables?: string;
  headers?: string;
}

export interface IdeDefaults {
  defaultQuery: string;
  defaultHeaders: string;
  defaultTabs: IdeTab[];
}

interface RoleExample {
  role: Role;
  query: string;
  variables?: string;
}

const WELCOME = `# Yidan (一单): the cross-border logistics single window.
#
# Every field except health needs "Authorization: Bearer <token>" (the Headers tab below).
# The other tabs hold an example for each role: orders, shipments, customs, financing, bills,
# training scenarios. Run an operation with the ▶ button or Ctrl-Enter; the Docs panel
# describes every type.
query WhoAmI {
  me {
    party { code name country }
    roles
  }
  health { version storage }
}
`;

const EXAMPLES: readonly RoleExample[] = [
  {
    role: 'exporter',
    query: `# Exporter: my orders, newest first, with what each may do next.
query MyOrders {
  orders(first: 10) {
    totalCount
    edges { node { number state total { amount currency } buyer { code name } allowedEvents } }
  }
}
`,
  },
  {
    role: 'forwarder',
    query: `# Forwarder: the shipments I organise, their plan and milestones.
query MyShipments {
  shipments(first: 10) {
    edges { node { number routeName plannedEtd plannedEta milestones { legSeq type at } } }
  }
}
`,
  },
  {
    role: 'carrier',
    query: `# Carrier: the shipments with a leg I carry.
query MyLegs {
  shipments(first: 10) {
    edges { node { number legs { seq mode from { code } to { code } } containers { number } } }
  }
}
`,
  },
  {
    role: 'customs',
    query: `# Customs: declarations filed at this office and where each stands (申报状态).
query Declarations {
  declarations(first: 10) {
    edges { node { number kind mode state chineseStatus orderNumber } }
  }
}
`,
  },
  {
    role: 'bank',
    query: `# Bank: trade financings applied for with me.
query Financings {
  financings(first: 10) {
    edges { node { number kind state chineseState orderNumber currency } }
  }
}
`,
  },
  {
    role: 'auditor',
    query: `# Auditor (reads everything): bills of lading and who holds them.
query Bills {
  bills(first: 10) {
    edges { node { number status billType holder { code } } }
  }
}
`,
  },
  {
    role: 'exporter',
    query: `# Live updates (a subscription over the WebSocket at this same address): put one of your
# order, shipment, container or bill numbers in Variables and run it. The first event is the
# shipment as it stands; each milestone a carrier records then appears here as it happens.
subscription LiveTracking($reference: String!) {
  shipmentTracked(reference: $reference) {
    cursor
    kind
    milestone { legSeq type at location { code } }
    tracking { revisedEta delayDays position { description } }
  }
}
`,
    variables: JSON.stringify({ reference: 'ORD-…' }, null, 2),
  },
  {
    role: 'trainer',
    query: `# Trainer: the bundled training scenarios and the parties of this world.
query Classroom {
  scenarios { id title orders seed }
  parties(first: 30) { edges { node { code name roles } } }
}
`,
  },
];

function demoTokenOf(role: Role): string {
  const party = DEMO_PARTIES.find((p) => p.roles.includes(role));
  if (!party) throw new Error(`no demo party has the role ${role}`);
  return party.token;
}

const bearer = (token: string): string => JSON.stringify({ Authorization: `Bearer ${token}` }, null, 2);

/** The IDE's starting state; `demoTokens` false (production, or seeding off) leaves headers empty. */
export function ideDefaults({ demoTokens }: { demoTokens: boolean }): IdeDefaults {
  const headersFor = (role: Role): string => (demoTokens ? bearer(demoTokenOf(role)) : '');
  return {
    defaultQuery: WELCOME,
    defaultHeaders: headersFor('exporter'),
    defaultTabs: [
      { query: WELCOME, headers: headersFor('exporter') },
      ...EXAMPLES.map(({ role, query, variables }) => ({ query, ...(variables ? { variables } : {}), headers: headersFor(role) })),
    ],
  };
}
