/**
 * How long Suggest's Worker takes on a slow tablet: the production build's
 * rota solver worker chunk, in Debian's Chromium (headless, fresh profile)
 * with its CPU slowed 4× (DevTools Emulation.setCPUThrottlingRate), on the
 * bench's seeded week of 20 members and 12 stations. Times run from the
 * call, as a coach's tap: `draftMs` to the first plan on screen (HiGHS's
 * WebAssembly load included: the worker loads it on first use), `finalMs`
 * to the end of the solve. A measurement, never asserted.
 *
 * The page talks to the worker in comlink's message format by hand (it is a
 * blank page, not the app), so the figure is the worker's alone. Uses the
 * dist/ there is when it holds the worker chunk, else builds once.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomWeek } from '#domain/rota/rotaTestInstances.ts';
import { launchPersistentChromium } from '#tests/helpers/launchChromium.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DIST = path.join(ROOT, 'dist');
const CPU_THROTTLE = 4;
const TIME_LIMIT_SEC = 60;
const SEED = 1;
const BLANK_PAGE = '/rota-worker-timing.html';

function workerChunk(): string | null {
  const assets = path.join(DIST, 'assets');
  try {
    return readdirSync(assets).find((f) => /^rotaSolver\.worker-[\w-]+\.js$/.test(f)) ?? null;
  } catch {
    return null;
  }
}

function ensureBuild(): string {
  const found = workerChunk();
  if (found !== null) return found;
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('npm run build failed');
  const built = workerChunk();
  if (built === null) throw new Error('the build has no rotaSolver worker chunk: is Suggest (SuggestPanel) imported by the app?');
  return built;
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.wasm': 'application/wasm', '.html': 'text/html', '.map': 'application/json' };

/** dist/ as static files, plus a blank page to start the worker from (same origin, no app, no service worker). */
function serveDist(): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === BLANK_PAGE) {
      res.setHeader('Content-Type', 'text/html');
      res.end('<!doctype html><html lang="en"><title>rota worker timing</title></html>');
      return;
    }
    const file = path.join(DIST, path.normalize(url.pathname).replace(/^([/\\])+/, ''));
    if (!file.startsWith(DIST) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream');
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({ server, origin: `http://127.0.0.1:${port}` });
    });
  });
}

export async function timeWorkerInChromium(): Promise<{ draftMs: number; finalMs: number; throttle: 4 }> {
  const chunk = ensureBuild();
  const { server, origin } = await serveDist();
  const profile = mkdtempSync(path.join(os.tmpdir(), 'schakel-rota-worker-'));
  const context = await launchPersistentChromium(profile, { viewport: { width: 1280, height: 800 }, locale: 'nl-BE' });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${origin}${BLANK_PAGE}`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_THROTTLE });
    const timing = await page.evaluate(
      async ({ workerUrl, instance, timeLimitSec }) => {
        type Message = { id?: string; type?: string; value?: unknown };
        const worker = new Worker(workerUrl, { type: 'module' });
        const { port1, port2 } = new MessageChannel();
        const start = performance.now();
        // An object, not a let: the message handler sets it while the solve is awaited.
        const first: { draftMs: number | null } = { draftMs: null };
        // comlink's proxy: each onPlan call arrives here as an APPLY message.
        port1.onmessage = (event: MessageEvent<Message>) => {
          if (event.data.type !== 'APPLY') return;
          first.draftMs ??= performance.now() - start;
          port1.postMessage({ id: event.data.id, type: 'RAW', value: undefined });
        };
        port1.start();
        const answer = await new Promise<Message>((resolve, reject) => {
          worker.onmessage = (event: MessageEvent<Message>) => {
            if (event.data.id === 'solve') resolve(event.data);
          };
          worker.onerror = (event) => reject(new Error(event.message));
          const argumentList = [{ type: 'RAW', value: instance }, { type: 'RAW', value: timeLimitSec }, { type: 'HANDLER', name: 'proxy', value: port2 }];
          worker.postMessage({ id: 'solve', type: 'APPLY', path: ['solve'], argumentList }, [port2]);
        });
        const finalMs = performance.now() - start;
        worker.terminate();
        const plan = answer.type === 'RAW' ? (answer.value as { status?: string } | undefined) : undefined;
        return { draftMs: first.draftMs, finalMs, status: plan?.status ?? null, answer: answer.type ?? null };
      },
      { workerUrl: `${origin}/assets/${chunk}`, instance: randomWeek(SEED), timeLimitSec: TIME_LIMIT_SEC },
    );
    if (timing.status === null) throw new Error(`the worker answered ${timing.answer ?? 'nothing'}, not a plan`);
    if (timing.draftMs === null) throw new Error(`the worker sent no plan before it finished (${timing.status})`);
    return { draftMs: Math.round(timing.draftMs), finalMs: Math.round(timing.finalMs), throttle: CPU_THROTTLE };
  } finally {
    await context.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
