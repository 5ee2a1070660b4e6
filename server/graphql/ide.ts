/**
 * An in-browser GraphQL IDE (GraphiQL 3) that works without internet access. Apollo's landing
 * page loads its code from a CDN, which an air-gapped training room cannot reach, so the page
 * and every asset it needs are served from this process, out of node_modules.
 */
import path from 'node:path';
import express, { type Request, type RequestHandler } from 'express';
import { ideDefaults, type IdeDefaults } from './ide-examples';

interface IdeAsset {
  /** Absolute path inside node_modules. */
  file: string;
  contentType: string;
}

/** Resolves through each package's package.json: graphiql's `exports` map hides its UMD files. */
function fileInPackage(packageName: string, relativePath: string): string {
  return path.join(path.dirname(require.resolve(`${packageName}/package.json`)), relativePath);
}

const JAVASCRIPT = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

/** URL name -> file. Order matters in the page: GraphiQL's UMD bundle expects React globals. */
const IDE_ASSETS: ReadonlyMap<string, IdeAsset> = new Map([
  ['react.production.min.js', { file: fileInPackage('react', 'umd/react.production.min.js'), contentType: JAVASCRIPT }],
  [
    'react-dom.production.min.js',
    { file: fileInPackage('react-dom', 'umd/react-dom.production.min.js'), contentType: JAVASCRIPT },
  ],
  ['graphiql.min.js', { file: fileInPackage('graphiql', 'graphiql.min.js'), contentType: JAVASCRIPT }],
  ['graphiql.min.css', { file: fileInPackage('graphiql', 'graphiql.min.css'), contentType: CSS }],
]);

/** Where the assets are mounted, relative to the server root. */
export const IDE_ASSET_PATH = '/ide/assets';

/**
 * Asset URLs are relative to the page (served at /graphql), so the IDE keeps working behind a
 * reverse proxy that mounts the server under a path prefix.
 */
const ASSET_URL_PREFIX = IDE_ASSET_PATH.slice(1);

/** JSON inside a <script> element: '<' escaped so no text in it can close the element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

function renderIdePage(defaults: IdeDefaults): string {
  const scripts = ['react.production.min.js', 'react-dom.production.min.js', 'graphiql.min.js']
    .map((name) => `    <script src="${ASSET_URL_PREFIX}/${name}"></script>`)
    .join('\n');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Yidan GraphQL IDE</title>
    <link rel="icon" href="data:," />
    <link rel="stylesheet" href="${ASSET_URL_PREFIX}/graphiql.min.css" />
    <style>
      html, body, #graphiql { height: 100%; margin: 0; }
    </style>
  </head>
  <body>
    <div id="graphiql">Loading the GraphQL IDE…</div>
    <script id="ide-defaults" type="application/json">${scriptJson(defaults)}</script>
${scripts}
    <script>
      // Queries go back to the path this page came from, whatever prefix a proxy added; subscriptions
      // to the same address over a WebSocket, with the Headers tab's Authorization in connection_init.
      const socketUrl = (window.location.protocol === 'https:' ? 'wss://' : 'ws://') + window.location.host + window.location.pathname;
      const fetcher = GraphiQL.createFetcher({ url: window.location.pathname, subscriptionUrl: socketUrl });
      // A Yidan operation, the demo token and one saved tab per role (see ide-examples.ts).
      const defaults = JSON.parse(document.getElementById('ide-defaults').textContent);
      ReactDOM.createRoot(document.getElementById('graphiql')).render(
        React.createElement(GraphiQL, { fetcher, defaultEditorToolsVisibility: true, ...defaults }),
      );
    </script>
  </body>
</html>
`;
}

/** Browsers navigating to /graphql ask for HTML first; API clients ask for JSON (or anything). */
export function wantsIdePage(req: Request): boolean {
  return req.method === 'GET' && req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
}

/**
 * GET /graphql for browsers; everything else falls through to the GraphQL endpoint.
 * `demoTokens`: prefill the demo parties' tokens (never in production).
 */
export function idePageHandler({ demoTokens }: { demoTokens: boolean }): RequestHandler {
  const page = renderIdePage(ideDefaults({ demoTokens }));
  return (req, res, next) => {
    if (!wantsIdePage(req)) {
      next();
      return;
    }
    // The asset URLs are page-relative, so they only resolve from the path without a trailing
    // slash. The redirect is relative too, to keep working under a proxy's path prefix.
    const pathname = req.originalUrl.split('?')[0];
    if (pathname.endsWith('/')) {
      res.redirect(301, `../${path.posix.basename(pathname)}`);
      return;
    }
    res.type('html').send(page);
  };
}

/** Serves exactly the listed files, nothing else from node_modules. */
export function ideAssetsRouter(): express.Router {
  const router = express.Router();
  router.get('/:name', (req, res, next) => {
    const asset = IDE_ASSETS.get(req.params.name);
    if (!asset) {
      next();
      return;
    }
    res.sendFile(asset.file, { headers: { 'Content-Type': asset.contentType }, maxAge: '1h' }, (error) => {
      if (error) next(error);
    });
  });
  return router;
}
