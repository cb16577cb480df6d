/**
 * Vite build of Pingyi's admin (React-Admin) and its offline GraphiQL page.
 *
 * `npm run build:admin` writes admin/dist; the server serves it at /admin/ (SPA fallback to
 * index.html) and admin/dist/graphiql.html at /graphiql. `npm run dev:admin` serves the same
 * pages with hot reload and proxies /graphql (and its WebSocket subscriptions) to a running Pingyi server (PINGYI_API, default
 * http://127.0.0.1:4000).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, introspectionFromSchema } from 'graphql';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';

const root = fileURLToPath(new URL('.', import.meta.url));
const api = process.env.PINGYI_API ?? 'http://127.0.0.1:4000';

/**
 * Serves src/schemaIntrospection.ts as the introspection of the committed schema.graphql computed
 * here, at build time, as JSON (`JSON.parse` of one string, the quickest literal for the browser
 * to read): the admin then bundles neither the SDL nor graphql's schema builder and validator.
 * The result is the one that file computes at run time outside Vite (the unit tests).
 */
function precomputedSchema(): Plugin {
  const target = fileURLToPath(new URL('src/schemaIntrospection.ts', import.meta.url));
  const sdlFile = fileURLToPath(new URL('../schema.graphql', import.meta.url));
  return {
    name: 'pingyi-precomputed-schema',
    enforce: 'pre',
    load(id) {
      if (id.split('?')[0] !== target) return null;
      this.addWatchFile(sdlFile);
      const introspection = introspectionFromSchema(buildSchema(readFileSync(sdlFile, 'utf8')), {
        descriptions: false,
      }).__schema;
      return `export const introspection = JSON.parse(${JSON.stringify(JSON.stringify(introspection))});\n`;
    },
  };
}

const config: UserConfig = {
  root,
  base: '/admin/',
  plugins: [precomputedSchema(), react()],
  // Monaco (GraphiQL's editor) runs its language services in module workers, which GraphiQL's
  // Vite setup imports with `?worker`: the dev server must leave that module to Vite's worker
  // plugin instead of pre-bundling it.
  worker: { format: 'es' },
  optimizeDeps: {
    exclude: ['graphiql/setup-workers/vite', '@graphiql/react/setup-workers/vite'],
    // CommonJS modules only the GraphQL worker imports: the dev server converts them up front.
    include: ['nullthrows', 'picomatch-browser', 'vscode-languageserver-types'],
  },
  server: {
    // The admin reads schema.graphql from the repository root.
    fs: { allow: [fileURLToPath(new URL('..', import.meta.url))] },
    proxy: { '/graphql': { target: api, changeOrigin: true, ws: true } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Monaco and React-Admin are large by nature; the pages are served from the same host.
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      // GraphiQL's modules start with React-compiler directives ("use no memo") a bundle cannot keep; harmless.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
      input: {
        admin: fileURLToPath(new URL('index.html', import.meta.url)),
        graphiql: fileURLToPath(new URL('graphiql.html', import.meta.url)),
      },
    },
  },
};

export default defineConfig(({ command }) => {
  // A build is a production build even when NODE_ENV says otherwise (`test` under Jest, which
  // builds the admin before the browser tests): Vite reads NODE_ENV after loading this file, so
  // React's production code and JSX runtime are bundled together.
  if (command === 'build') process.env.NODE_ENV = 'production';
  return config;
});
