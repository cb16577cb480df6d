/**
 * Vite build of the residents' pages as their own small entry (vote.html → admin/dist, served at
 * /vote/): the voting screens, the ballot code entry, the representatives' sign-in, a matter by
 * tracking code and the survey answer page, for a phone on a weak network. The pages are the
 * admin's own; this build resolves `react-admin` and `ra-core` to src/lite/raLite.ts, the few
 * hooks they use, so React-Admin is not bundled (B5 measures the entry: ≤ 150 KB gzip). It runs
 * after the admin's build (`npm run build:admin`) into the same admin/dist and assets/ folder,
 * keeping the admin's files. `npm run dev:vote` serves it at /admin/vote.html (from the sources) and
 * proxies /graphql to a running Pingyi server (PINGYI_API, default http://127.0.0.1:4000).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';

const lite = fileURLToPath(new URL('src/lite/raLite.ts', import.meta.url));
const api = process.env.PINGYI_API ?? 'http://127.0.0.1:4000';

const config: UserConfig = {
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/admin/',
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^react-admin$/, replacement: lite },
      { find: /^ra-core$/, replacement: lite },
      // Preact's React 19 compatibility layer instead of react-dom (about 50 KB gzip less).
      { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
      { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
      { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
      { find: /^react-dom$/, replacement: 'preact/compat' },
      { find: /^react$/, replacement: 'preact/compat' },
    ],
  },
  server: {
    proxy: { '/graphql': { target: api, changeOrigin: true } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    rollupOptions: {
      input: { vote: fileURLToPath(new URL('vote.html', import.meta.url)) },
    },
  },
};

export default defineConfig(({ command }) => {
  // A production build whatever NODE_ENV says (see vite.config.ts).
  if (command === 'build') process.env.NODE_ENV = 'production';
  return config;
});
