/**
 * The layering check (issue 20): imports run down only, and no module circles back on itself.
 *   graphql -> area services -> lifecycle engine -> models -> shared, reference -> machines
 * Machines are pure (XState and npm only). Production code never imports tests. Run by `npm test`
 * (`npm run layering`); a violation fails the run and names the offending import.
 */
const AREAS = '(bills|customs|financing|orders|parties|routing|shipments|tracking|scenarios|classroom|health|http|bench|live)';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A circle of imports: one of its modules belongs below the others.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'machines-are-pure',
      severity: 'error',
      comment: 'Machines import nothing of the server, the tests or the scenarios: only other machine modules and npm packages.',
      from: { path: '^machines/' },
      to: { path: '^(server|test|scenarios)/' },
    },
    {
      name: 'reference-and-shared-stay-low',
      severity: 'error',
      comment: 'Reference data and shared helpers are the floor of the server: they import only each other and machines.',
      from: { path: '^server/(reference|shared)/' },
      to: { path: '^server/', pathNot: '^server/(reference|shared)/' },
    },
    {
      name: 'models-below-areas',
      severity: 'error',
      comment: 'Models hold stored shapes; the types and code lists they store live in models/, shared/, reference/ or machines/.',
      from: { path: '^server/models/' },
      to: { path: '^server/', pathNot: '^server/(models|shared|reference)/|^server/lifecycle/(schema|types)\\.ts$' },
    },
    {
      name: 'lifecycle-below-areas',
      severity: 'error',
      comment: 'The lifecycle engine is generic: it knows no area, no model of an area and no GraphQL.',
      from: { path: '^server/lifecycle/' },
      to: { path: '^server/', pathNot: '^server/(lifecycle|shared|reference)/|^server/clock\\.ts$' },
    },
    {
      name: 'areas-below-graphql',
      severity: 'error',
      comment: 'Area services are called by GraphQL, never the other way round.',
      from: { path: `^server/${AREAS}/` },
      to: { path: '^server/graphql/' },
    },
    {
      name: 'resolvers-do-not-touch-models',
      severity: 'error',
      comment: 'Resolvers call services; queries, access filters and pagination over models live in the services.',
      from: { path: '^server/graphql/resolvers/' },
      to: { path: '^server/(models/[^/]+\\.model\\.ts|shared/pagination\\.ts)$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'web-is-an-api-client',
      severity: 'error',
      comment: 'The web app (web/) talks to the server through the public GraphQL API only: it imports no server, machine, scenario or test code.',
      from: { path: '^web/' },
      to: { path: '^(server|machines|scenarios|test)/' },
    },
    {
      name: 'server-does-not-import-web',
      severity: 'error',
      comment: 'The server serves web/dist as files; it imports nothing of the web app\'s sources.',
      from: { path: '^(server|machines|scenarios)/' },
      to: { path: '^web/' },
    },
    {
      name: 'production-does-not-import-tests',
      severity: 'error',
      comment: 'What production code and tests both need lives in server/ (or tools), not in test/.',
      from: { path: '^(server|machines|scenarios)/', pathNot: '\\.test\\.ts$' },
      to: { path: '^test/|\\.test\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '__generated__|^web/src/gql/|^web/dist/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
