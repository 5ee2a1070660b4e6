/**
 * The web single window (web/, built by Vite into web/dist): static files at `/` and, for a
 * browser asking for a page under a client route (/orders, /track/...), the app's index.html,
 * so a reload or a shared link opens the same page. API paths are never answered with HTML.
 */
import fs from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler, type Router } from 'express';
import { projectRoot } from '../project';

export const WEB_DIST = path.join(projectRoot, 'web', 'dist');

/** Paths that belong to the server; a miss there stays a JSON 404, not the app. */
const SERVER_PATHS = /^\/(graphql|ide|healthz|readyz|api)(\/|$)/;

export function webAppRouter(dist: string = WEB_DIST): Router {
  const router = express.Router();
  const index = path.join(dist, 'index.html');
  // Vite puts a content hash in every asset name, so assets may be cached for good; index.html
  // names the current ones and must be revalidated.
  router.use(
    '/assets',
    express.static(path.join(dist, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }),
  );
  router.use(express.static(dist, { index: false }));
  const fallback: RequestHandler = (req, res, next) => {
    // Only a browser navigating asks for text/html by name; a client sending */* (curl, fetch)
    // to a wrong path gets the JSON 404 it can read.
    const wantsPage = (req.get('accept') ?? '').includes('text/html');
    if ((req.method !== 'GET' && req.method !== 'HEAD') || SERVER_PATHS.test(req.path) || !wantsPage) {
      next();
      return;
    }
    if (!fs.existsSync(index)) {
      res.status(503).type('text/plain').send('The web app is not built: run `npm run build:web` (npm ci does it in its prepare step).\n');
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  };
  router.use(fallback);
  return router;
}
