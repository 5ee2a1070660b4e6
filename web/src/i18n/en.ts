/** English texts. Keys are shared with zh.ts, whose type checks that no key is missing. */
export const en = {
  app: { notFound: { title: 'Page not found', text: 'There is no page at {{path}}.' }, title: 'Yidan single window', skip: 'Skip to content', language: 'Language', signOut: 'Sign out', signedInAs: 'Signed in as {{name}} ({{code}})', nav: { orders: 'Orders', track: 'Tracking' } },
  signIn: {
    title: 'Sign in',
    tokenLabel: 'API token',
    tokenHelp: 'Paste the token your administrator issued (Authorization: Bearer).',
    submit: 'Sign in',
    demoTitle: 'Demo parties',
    demoHelp: 'Outside production the server lists its demo parties. Their tokens are public: for trying the single window only.',
    demoUse: 'Sign in as {{name}}',
    noDemo: 'This server lists no demo parties.',
    checking: 'Checking the token…',
  },
  live: {
    connecting: 'Connecting for live updates… (meanwhile updated every {{seconds}} s)',
    live: 'Live: changes appear as they are recorded.',
    failed: 'Live updates unavailable: updated every {{seconds}} s instead.',
    refused: 'Live updates refused: the server did not accept this token ({{reason}}). Sign in again.',
  },
  errors: { title: 'The server refused', unauthenticated: 'The token was not accepted. Sign in again.' },
  orderState: { DRAFT: 'Draft', CONFIRMED: 'Confirmed', BOOKED: 'Booked', IN_TRANSIT: 'In transit', ARRIVED: 'Arrived', DELIVERED: 'Delivered', COMPLETED: 'Completed', CANCELLED: 'Cancelled', ON_HOLD: 'On hold' },
  milestone: {
    GATE_IN: 'Gate in',
    LOADED: 'Loaded',
    DEPARTED: 'Departed',
    ARRIVED: 'Arrived',
    DISCHARGED: 'Discharged',
    TRANSSHIPPED: 'Transshipped',
    DELIVERED: 'Delivered',
    CUSTOMS_HOLD: 'Customs hold',
    ELOCK_ALARM: 'E-lock alarm',
  },
  legStatus: { planned: 'Planned', departed: 'Departed', arrived: 'Arrived' },
  mode: { SEA: 'Sea', RAIL: 'Rail', ROAD: 'Road', AIR: 'Air', RIVER: 'River' },
  role: { EXPORTER: 'Exporter', IMPORTER: 'Importer', CONSOLIDATOR: 'Consolidator', FORWARDER: 'Forwarder', CARRIER: 'Carrier', CUSTOMS: 'Customs', BANK: 'Bank', INSURER: 'Insurer', TRAINER: 'Trainer', AUDITOR: 'Auditor' },
};

/** The shape every language provides: the same keys, any texts. */
type Texts<T> = { [K in keyof T]: T[K] extends string ? string : Texts<T[K]> };
export type Resources = Texts<typeof en>;
