// The Vite configuration shared by the three SPAs. Plain JavaScript because Node loads it as is when
// Vite reads an app's vite.config.ts (workspace packages are not transpiled there); types: vite.d.mts.
import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** Where `vite dev` and `vite preview` forward API and socket traffic: the gateway. */
const GATEWAY = process.env.PASSERELLE_GATEWAY_URL ?? 'http://localhost:8080';

/** The shared contracts (types, error codes, form and NIR rules), as TypeScript source. */
const CONTRACTS_SOURCE = fileURLToPath(new URL('../contracts/src/index.ts', import.meta.url));

/** @type {Record<string, import('vite').ProxyOptions>} */
const proxy = {
  '/api': {
    target: GATEWAY,
    // The gateway may check Origin on cookie-authenticated calls (refresh, logout); in development the
    // page's origin is this dev server, so present the gateway's own origin instead.
    configure: (proxyServer) => proxyServer.on('proxyReq', (request) => request.setHeader('origin', GATEWAY)),
  },
  '/ws': { target: GATEWAY, ws: true },
};

/** @param {import('./vite.d.mts').AppConfigOptions} options */
export function defineAppConfig({ base, port }) {
  return defineConfig({
    base,
    plugins: [vue()],
    define: {
      // vue-i18n's esm-bundler flags: Composition API only, no devtools hooks in production bundles.
      __VUE_I18N_FULL_INSTALL__: true,
      __VUE_I18N_LEGACY_API__: false,
      __INTLIFY_PROD_DEVTOOLS__: false,
    },
    resolve: {
      // web-kit is compiled from source by each app: make sure both share one copy of each runtime.
      dedupe: ['vue', 'vue-router', 'pinia', 'vue-i18n'],
      // The contracts' package main is their CommonJS build for Node; the browser compiles their TS source.
      alias: [{ find: /^@passerelle\/contracts$/, replacement: CONTRACTS_SOURCE }],
    },
    server: { port, strictPort: true, proxy },
    preview: { port, strictPort: true, proxy },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      sourcemap: true,
    },
  });
}
