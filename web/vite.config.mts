/**
 * Builds the web single window into web/dist, which `npm start` serves at `/`. No React plugin:
 * Vite's own transform compiles TSX with the automatic JSX runtime (@vitejs/plugin-react 6 cannot
 * be installed beside the project's Babel 7 toolchain), and the app needs no fast refresh to ship.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Everything ships in the build: no CDN, no external fonts.
    assetsInlineLimit: 4096,
  },
  server: {
    // `npx vite web` during development: the API is a running `npm start`.
    proxy: { '/graphql': 'http://127.0.0.1:4000', '/api': 'http://127.0.0.1:4000' },
  },
});
