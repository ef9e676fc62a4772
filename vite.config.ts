import { readFileSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import sharp from 'sharp';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { PICTOGRAM_RASTER_PX } from './src/shared/pictograms.ts';
import { packSpeechData, SPEECH_DATA_PATH } from './src/workers/speechData.ts';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
// SCHAKEL_BUILD_ID lets tests build a second, different app version to see the update prompt.
const appVersion = process.env['SCHAKEL_BUILD_ID'] ? `${pkg.version}+${process.env['SCHAKEL_BUILD_ID']}` : pkg.version;

// Two web apps, one `vite build`, two chunk graphs. The kiosk is the `client` environment; the
// coordinator is its own browser environment, built after it into the same folder, so it shares
// no chunk with the kiosk (the kiosk's first load stays as it was) and its files, all under
// src/coordinator/ and assets/coordinator/, are neither precached nor answered by the kiosk's
// service worker.
const COORDINATOR_HTML = fileURLToPath(new URL('./src/coordinator/index.html', import.meta.url));
const COORDINATOR_ASSETS = 'assets/coordinator';

export default defineConfig({
  define: { __APP_VERSION__: JSON.stringify(appVersion) },
  plugins: [
    react(),
    ...kioskOnly([pictogramRasters()]),
    ...kioskOnly(VitePWA({
      // The person decides when to update: a waiting worker is only activated from the prompt.
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Schakel',
        short_name: 'Schakel',
        description: 'Taken, tellen en hulp vragen op de werkvloer.',
        lang: 'nl-BE',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'any',
        background_color: '#fffdf7',
        theme_color: '#1d4e89',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // wasm: the rota solver (HiGHS, about 3 MB) and offline speech must work offline too;
        // the size cap (2 MiB by default) leaves it room. data: the offline voice's packed
        // dictionaries (speech/espeak-ng-nl-fr-en.data, about 1 MB; its code is a worker .js
        // chunk of about 0.8 MB), so a tablet without a voice speaks offline from first use.
        globPatterns: ['**/*.{js,css,html,svg,png,webp,webmanifest,wasm,data}'],
        // The coordinator builds after the kiosk, so its files are not there yet; this keeps them
        // out should that order ever change.
        globIgnores: ['src/coordinator/**', `${COORDINATOR_ASSETS}/**`],
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        navigateFallback: '/index.html',
        // The coordinator's pages are the network's to answer, never the kiosk's shell.
        navigateFallbackDenylist: [/^\/api\//, /^\/coordinator(?:\/|$)/],
        cleanupOutdatedCaches: true,
        clientsClaim: false,
        skipWaiting: false,
        // One file: the SKIP_WAITING listener is then added on the worker's first evaluation,
        // as Chromium requires for events that wake a stopped worker.
        inlineWorkboxRuntime: true,
      },
    })),
    ...kioskOnly([speechData()]),
    zodWithoutEval(),
    // After the PWA plugin: it adds the kiosk's manifest link to every page, which this takes off the coordinator's.
    coordinatorPage(),
  ],
  // The manifest lets `npm run bench:ui` see which chunks the first screen loads.
  // Hidden source maps: written for reading a stack trace, but no file points a browser at them
  // (the server does not publish them).
  build: { target: 'es2022', sourcemap: 'hidden', manifest: true },
  environments: {
    client: {},
    coordinator: {
      consumer: 'client',
      build: {
        // The kiosk's build, just before, already emptied the folder and copied public/.
        emptyOutDir: false,
        copyPublicDir: false,
        manifest: false,
        rolldownOptions: {
          input: { coordinator: COORDINATOR_HTML },
          output: {
            entryFileNames: `${COORDINATOR_ASSETS}/[name]-[hash].js`,
            chunkFileNames: `${COORDINATOR_ASSETS}/[name]-[hash].js`,
            assetFileNames: `${COORDINATOR_ASSETS}/[name]-[hash][extname]`,
          },
        },
      },
    },
  },
  builder: {
    async buildApp(builder) {
      const { client, coordinator } = builder.environments;
      if (!client || !coordinator) throw new Error('vite.config.ts declares the client and coordinator environments');
      await builder.build(client);
      await builder.build(coordinator);
    },
  },
  // Workers are ES modules, so a solver can split its WebAssembly glue into chunks.
  worker: { format: 'es', plugins: () => [zodWithoutEval()] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['tests/helpers/setupDom.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/helpers/setupNode.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

/**
 * zod compiles object schemas with `new Function` where it may, and finds out whether it may by
 * trying as each z.object() is made. The server's Content-Security-Policy forbids string eval (see
 * src/server/http/securityHeaders.ts), so in the browser that try is a CSP violation each time:
 * harmless, as zod then parses without compiling, but noise in the browser's violation reports.
 * Setting zod's `jitless` in the app's own code would come too late: a bundle evaluates the chunks
 * an entry imports, and the schemas in them, before the entry's own code. zod's core module is
 * evaluated before any schema is made, so the setting goes in at its top. Build only: unit tests
 * and the server keep zod's compiled parsers.
 */
function zodWithoutEval(): Plugin {
  return {
    name: 'schakel:zod-without-eval',
    apply: 'build',
    transform: {
      filter: { id: /[\\/]zod[\\/]v4[\\/]core[\\/]core\.js$/ },
      // One statement in front of the first line, so every later line keeps its place for source maps.
      handler: (code) => ({ code: `(globalThis.__zod_globalConfig ??= {}).jitless = true; ${code}`, map: null }),
    },
  };
}

/** Only the kiosk has a service worker and a web app manifest. */
function kioskOnly(plugins: Plugin[]): Plugin[] {
  return plugins.map((plugin) => ({ ...plugin, applyToEnvironment: (environment) => environment.name === 'client' }));
}

/**
 * The coordinator's page: the dev server answers /coordinator (and pages under it) with it, as
 * the server does; and it does not link the kiosk's web app manifest, so a browser does not
 * offer to install the kiosk from it.
 */
function coordinatorPage(): Plugin {
  return {
    name: 'schakel:coordinator-page',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) => (context.filename === COORDINATOR_HTML ? html.replace(/\s*<link rel="manifest"[^>]*>/, '') : html),
    },
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        if (req.url !== undefined && /^\/coordinator(?:[/?]|$)/.test(req.url)) req.url = '/src/coordinator/index.html';
        next();
      });
    },
  };
}

const PICTOGRAM_DIR = fileURLToPath(new URL('./public/pictograms/', import.meta.url));

/** One pictogram's drawing as the WebP bitmap the app shows small pictograms as (see pictogramRasterUrl). */
async function rasterisePictogram(hex: string): Promise<Buffer> {
  const svg = await readFile(`${PICTOGRAM_DIR}${hex}.svg`);
  // OpenMoji draws on a 72-unit square, which librsvg reads as 72 px at its default 72 dpi: at a
  // density of the bitmap's size it draws at the bitmap's size instead of scaling a small one up.
  return sharp(svg, { density: PICTOGRAM_RASTER_PX })
    .resize(PICTOGRAM_RASTER_PX, PICTOGRAM_RASTER_PX)
    .webp({ quality: 90, alphaQuality: 100 })
    .toBuffer();
}

/**
 * Every pictogram in public/pictograms/ also as a WebP bitmap beside it: emitted into the build
 * (and so precached with the rest), made on request by the dev server. Made, not kept in git, so
 * a bitmap never drifts from its drawing.
 */
function pictogramRasters(): Plugin {
  return {
    name: 'schakel:pictogram-rasters',
    async generateBundle() {
      const hexes = readdirSync(PICTOGRAM_DIR).filter((f) => f.endsWith('.svg')).map((f) => f.slice(0, -'.svg'.length));
      const bitmaps = await Promise.all(hexes.map(async (hex) => ({ hex, source: await rasterisePictogram(hex) })));
      for (const { hex, source } of bitmaps) this.emitFile({ type: 'asset', fileName: `pictograms/${hex}.webp`, source });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const hex = /^\/pictograms\/([0-9A-F-]+)\.webp$/.exec(req.url ?? '')?.[1];
        if (hex === undefined) {
          next();
          return;
        }
        rasterisePictogram(hex).then(
          (bitmap) => {
            res.setHeader('Content-Type', 'image/webp');
            res.end(bitmap);
          },
          () => next(),
        );
      });
    },
  };
}

/**
 * The offline voice's data (src/workers/speechData.ts): packed once from the eSpeak NG package
 * into speech/espeak-ng-nl-fr-en.data, emitted into the kiosk's build (so the service worker
 * precaches it) and answered by the dev server at the same path; with eSpeak NG's licence.
 */
function speechData(): Plugin {
  let packed: Uint8Array | undefined;
  const packageDir = () => dirname(createRequire(import.meta.url).resolve('@echogarden/espeak-ng-emscripten'));
  const pack = () => {
    if (packed) return packed;
    const dir = packageDir();
    packed = packSpeechData(readFileSync(join(dir, 'espeak-ng.js'), 'utf8'), readFileSync(join(dir, 'espeak-ng.data')));
    return packed;
  };
  return {
    name: 'schakel:speech-data',
    configureServer(server) {
      server.middlewares.use(SPEECH_DATA_PATH, (_req, res) => {
        res.setHeader('Content-Type', 'application/octet-stream');
        res.end(pack());
      });
      server.middlewares.use('/speech/COPYING.txt', (_req, res) => {
        res.setHeader('Content-Type', 'text/plain; charset=utf-8');
        res.end(readFileSync(join(packageDir(), 'COPYING')));
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: SPEECH_DATA_PATH.slice(1), source: pack() });
      // eSpeak NG is GPL-3.0: its licence travels with it (the Credits screen links to it).
      this.emitFile({ type: 'asset', fileName: 'speech/COPYING.txt', source: readFileSync(join(packageDir(), 'COPYING')) });
    },
  };
}
