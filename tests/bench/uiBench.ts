/**
 * `npm run bench:ui`: how fast the member screens are on a slow tablet.
 *
 * 1. Entry size: the production build's entry chunk and every chunk it
 *    imports statically (what the member screen needs before it works),
 *    gzipped, from dist/.vite/manifest.json. Lazy chunks are listed only.
 * 2. Cold start: the real server and Debian's Chromium on a profile of its
 *    own. A coach tablet (in Node) gives the bench member a task of its own
 *    for today, so nothing depends on the weekday; a kiosk of Team
 *    Verpakking is enrolled and its service worker takes control; then the
 *    tablet goes offline with its CPU slowed 4× (DevTools
 *    Emulation.setCPUThrottlingRate) and:
 *    - RESTARTS times the browser is closed and started again on the same
 *      profile (the tablet switched off and on): the headline coldStartMs,
 *      timed in the page from navigation start to a member tile visible,
 *      enabled and painted, with the median of each phase (service worker
 *      answer, entry script, entry evaluated, IndexedDB read, members
 *      drawn; see ColdStartPhases). `--trace` records a Chromium
 *      performance trace of the last restart to bench/results/ and adds
 *      where the main thread and the service worker spent that time;
 *    - RELOADS reloads of the running page, for comparison (reloadMs).
 * 3. Step: with SEED.completions task completions and SEED.checkins check-ins
 *    in the tablet's IndexedDB (and three more restarts with that history),
 *    still offline and slowed, the member signs in, opens the bench task,
 *    and "Volgende" is tapped STEP_TAPS times, each timed in the page from
 *    the click to the next step painted; then the same taps again without
 *    the slowdown, for scale.
 *
 * Prints one JSON line and writes it to bench/results/ui.json. Targets are
 * reported, never asserted: this is a measurement, not a test.
 * `--no-build` measures the dist/ already there; `--dist <dir>` measures
 * another build (an older commit's, for a baseline in the same run).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { KioskPage } from '#tests/e2e/pages/KioskPage.ts';
import { launchPersistentChromium } from '#tests/helpers/launchChromium.ts';
import { freePort, startServer, type RunningServer } from '#tests/helpers/serverProcess.ts';
import { memberEntrySize } from './ui/entrySize.ts';
import { BENCH_CARD_TITLE, giveBenchTask } from './ui/benchTask.ts';
import { COLD_START_PHASES, MEMBER_NAMES, coldStartProbe, seedScript, type ColdStartPhases, type ColdStartSample, type SeedPlan, type SeedReport } from './ui/inPage.ts';
import { measureNextTaps, signInToToday, waitFor } from './ui/memberFlow.ts';
import { traceBreakdown, type TraceEvent } from './ui/traceBreakdown.ts';
import { percentile, round } from './meters.ts';

const TEAM = 'Team Verpakking';
/** The demo seed gives each team's first member a PIN; the second signs in with a tap. */
const MEMBER = 'Bart';
const CPU_THROTTLE = 4;
const RELOADS = 5;
/** Browser restarts timed for the cold start: an odd number, so the median is one of them. */
const RESTARTS = 7;
const CONTEXT = { viewport: { width: 1280, height: 800 }, locale: 'nl-BE' };
const STEP_TAPS = 20;
const SEED: SeedPlan = { completions: 100_000, checkins: 2_000, outbox: 1_000, days: 365 };
const TARGETS = { memberEntryKbGzipMax: 150, coldStartMsMax: 1500, stepMsMax: 50 } as const;
/** The whole run is abandoned after this long, so a hang never blocks a CI job. */
const RUN_LIMIT_MS = 20 * 60_000;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const RESULTS_DIR = path.join(ROOT, 'bench/results');

function log(message: string): void {
  process.stderr.write(`[bench:ui] ${message}\n`);
}

function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? Number.NaN) + (sorted[mid] ?? Number.NaN)) / 2;
}

async function build(): Promise<void> {
  log('building the app (vite build)');
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`vite build exited with ${String(code)}`));
    });
  });
}

async function throttle(cdp: CDPSession, rate: number): Promise<void> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}

/** Enrols the tablet and reloads until the service worker controls the page. */
async function enrolAndInstall(kiosk: KioskPage, server: RunningServer): Promise<void> {
  const code = server.codes.find((c) => c.team === TEAM && c.role === 'kiosk')?.code;
  if (!code) throw new Error(`the server printed no kiosk code for ${TEAM}`);
  await kiosk.open(server.url);
  await kiosk.enrol(code);
  await kiosk.member(MEMBER).waitFor({ timeout: 60_000 });
  await kiosk.page.evaluate('navigator.serviceWorker.ready.then(() => true)');
  await waitFor('the service worker to control the page', async () => {
    await kiosk.page.reload();
    return (await kiosk.page.evaluate<boolean>('navigator.serviceWorker.controller !== null')) ? true : null;
  });
  await kiosk.member(MEMBER).waitFor({ timeout: 60_000 });
  // The first pull is over once the indicator says so; then nothing is waiting to be fetched.
  await waitFor('the first sync', async () => ((await kiosk.syncStatus().textContent()) ?? '').includes('Verbonden') || null);
}

/** Reloads of a running page: the service worker is already running and the page's scripts are in memory. */
async function reloads(page: Page, times: number): Promise<ColdStartPhases[]> {
  const samples: ColdStartPhases[] = [];
  for (let i = 0; i < times; i++) {
    await page.reload();
    await waitForTile(page);
    samples.push(await page.evaluate<ColdStartPhases>(COLD_START_PHASES));
    log(`reload ${String(i + 1)}/${String(times)}: ${samples.at(-1)?.tilePaintedMs.toFixed(0) ?? '?'} ms`);
  }
  return samples;
}

async function waitForTile(page: Page): Promise<void> {
  await waitFor('a member tile after the start', () => page.evaluate<ColdStartSample | null>('window.__schakelBench?.coldStart ?? null'));
  // The tile the page saw is the one a person would tap.
  if (!(await page.getByRole('button', { name: MEMBER, exact: true }).isEnabled())) throw new Error(`${MEMBER}'s tile is not enabled after the start`);
}

interface Tablet {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
}

/**
 * The tablet switched off and on: the browser process ends and a new one
 * opens the app from the same profile, offline and slowed, so the service
 * worker starts from disk and the page's scripts come from its precache.
 * Timed in the page, from navigation start to a painted member tile.
 */
async function restart(tablet: Tablet, profileDir: string, names: readonly string[], trace: string | null): Promise<ColdStartPhases> {
  await tablet.context.close();
  tablet.context = await launchPersistentChromium(profileDir, CONTEXT);
  await tablet.context.addInitScript({ content: coldStartProbe(names) });
  await tablet.context.setOffline(true);
  tablet.page = tablet.context.pages()[0] ?? (await tablet.context.newPage());
  tablet.cdp = await tablet.context.newCDPSession(tablet.page);
  await throttle(tablet.cdp, CPU_THROTTLE);
  if (trace !== null) await startTrace(tablet.cdp);
  await tablet.page.goto(appUrl);
  await waitForTile(tablet.page);
  if (trace !== null) await writeFile(trace, await stopTrace(tablet.cdp));
  return tablet.page.evaluate<ColdStartPhases>(COLD_START_PHASES);
}

async function restarts(tablet: Tablet, profileDir: string, names: readonly string[], times: number, label: string, trace: string | null = null): Promise<ColdStartPhases[]> {
  const samples: ColdStartPhases[] = [];
  for (let i = 0; i < times; i++) {
    samples.push(await restart(tablet, profileDir, names, i === times - 1 ? trace : null));
    log(`${label} ${String(i + 1)}/${String(times)}: ${samples.at(-1)?.tilePaintedMs.toFixed(0) ?? '?'} ms`);
  }
  return samples;
}

const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'v8.execute', 'v8', 'loading', 'ServiceWorker', 'IndexedDB', 'navigation', 'blink', 'toplevel'];

async function startTrace(cdp: CDPSession): Promise<void> {
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: TRACE_CATEGORIES }, transferMode: 'ReturnAsStream' });
}

async function stopTrace(cdp: CDPSession): Promise<string> {
  const complete = new Promise<{ stream?: string }>((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  const { stream } = await complete;
  if (stream === undefined) throw new Error('Chromium returned no trace');
  let data = '';
  for (;;) {
    const chunk = await cdp.send('IO.read', { handle: stream });
    data += chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  return data;
}

/** The median of each phase over the samples, rounded. */
function medianPhases(samples: readonly ColdStartPhases[]): Record<keyof ColdStartPhases, number> {
  const keys = Object.keys(samples[0] ?? {}) as (keyof ColdStartPhases)[];
  return Object.fromEntries(keys.map((k) => [k, round(median(samples.map((s) => s[k]).filter((v) => Number.isFinite(v))), 1)])) as Record<keyof ColdStartPhases, number>;
}

interface Run {
  readonly tablet: Tablet;
  readonly server: RunningServer;
  readonly dataDir: string;
  readonly profileDir: string;
}

let appUrl = '';

async function main(): Promise<void> {
  const timer = setTimeout(() => {
    log(`gave up after ${String(RUN_LIMIT_MS / 60_000)} minutes`);
    process.exit(1);
  }, RUN_LIMIT_MS);
  timer.unref();

  const distDir = argValue('--dist') ?? path.join(ROOT, 'dist');
  if (!process.argv.includes('--no-build') && argValue('--dist') === undefined) await build();
  const entry = memberEntrySize(distDir);
  log(`member entry: ${entry.jsKbGzip.toFixed(1)} KB gzip in ${String(entry.chunks.length)} chunk(s)`);

  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'schakel-bench-ui-'));
  const profileDir = mkdtempSync(path.join(os.tmpdir(), 'schakel-bench-profile-'));
  const server = await startServer({ port: await freePort(), dataDir, env: { SCHAKEL_STATIC_DIR: distDir } });
  const context = await launchPersistentChromium(profileDir, CONTEXT);
  const page = context.pages()[0] ?? (await context.newPage());
  const tablet: Tablet = { context, page, cdp: await context.newCDPSession(page) };
  const run: Run = { tablet, server, dataDir, profileDir };
  try {
    const coachCode = server.codes.find((c) => c.team === TEAM && c.role === 'coach')?.code;
    if (!coachCode) throw new Error(`the server printed no coach code for ${TEAM}`);
    log(`a coach gives ${MEMBER} the bench's own task for today`);
    await giveBenchTask(server.url, coachCode, MEMBER);
    log(`enrolling a kiosk of ${TEAM}`);
    await enrolAndInstall(new KioskPage(tablet.page), server);
    appUrl = tablet.page.url();
    const names = await tablet.page.evaluate<string[]>(MEMBER_NAMES);
    await tablet.context.addInitScript({ content: coldStartProbe(names) });

    await tablet.context.setOffline(true);
    await throttle(tablet.cdp, CPU_THROTTLE);
    log(`offline, CPU ${String(CPU_THROTTLE)}× slower: ${String(RELOADS)} reloads`);
    const warm = await reloads(tablet.page, RELOADS);
    log(`${String(RESTARTS)} restarts of the browser`);
    const tracePath = process.argv.includes('--trace') ? path.join(RESULTS_DIR, 'cold-start-trace.json') : null;
    if (tracePath) await mkdir(RESULTS_DIR, { recursive: true });
    const cold = await restarts(tablet, profileDir, names, RESTARTS, 'restart', tracePath);
    const breakdown = tracePath ? traceBreakdown((JSON.parse(await readFile(tracePath, 'utf8')) as { traceEvents: TraceEvent[] }).traceEvents) : null;

    log(`seeding ${String(SEED.completions)} completions and ${String(SEED.checkins)} check-ins (not throttled, not timed)`);
    await throttle(tablet.cdp, 1);
    const seeded = await tablet.page.evaluate<SeedReport>(seedScript(SEED));
    const coldSeeded = await restarts(tablet, profileDir, names, 3, 'restart with history');

    log(`signing in ${MEMBER} and tapping "Volgende" ${String(STEP_TAPS)} times`);
    const kiosk = new KioskPage(tablet.page);
    await signInToToday(kiosk, MEMBER);
    await kiosk.openTask(new RegExp(BENCH_CARD_TITLE));
    await tablet.page.getByText(/Stap 1 van \d+/).waitFor();
    const steps = await measureNextTaps(tablet.page, STEP_TAPS);
    // For scale: the same taps at the machine's full speed.
    await throttle(tablet.cdp, 1);
    const fastSteps = await measureNextTaps(tablet.page, STEP_TAPS);

    const coldRuns = cold.map((s) => round(s.tilePaintedMs, 1));
    const stepRuns = steps.map((s) => round(s.paintedMs, 1));
    const result = {
      bench: 'ui',
      at: new Date().toISOString(),
      dist: path.relative(ROOT, distDir) || '.',
      node: process.version,
      browser: `Chromium ${tablet.context.browser()?.version() ?? '?'}`,
      cpus: os.cpus().length,
      cpuThrottle: CPU_THROTTLE,
      memberEntryKbGzip: round(entry.jsKbGzip, 1),
      memberEntryCssKbGzip: round(entry.cssKbGzip, 1),
      memberEntryChunks: entry.chunks.map((c) => ({ file: c.file, kb: round(c.bytes / 1024, 1), kbGzip: round(c.gzipBytes / 1024, 1) })),
      lazyChunks: entry.lazyChunks.map((c) => ({ file: c.file, kbGzip: round(c.gzipBytes / 1024, 1) })),
      zodInEntry: entry.zodInEntry,
      coldStartMs: round(median(coldRuns), 1),
      coldStartRunsMs: coldRuns,
      coldStartPhasesMs: medianPhases(cold),
      coldStartTrace: breakdown && Object.fromEntries(Object.entries(breakdown).map(([k, v]: [string, number]) => [k, round(v, 1)])),
      reloadMs: round(median(warm.map((s) => s.tilePaintedMs)), 1),
      reloadRunsMs: warm.map((s) => round(s.tilePaintedMs, 1)),
      reloadPhasesMs: medianPhases(warm),
      coldStartSeededMs: round(median(coldSeeded.map((s) => s.tilePaintedMs)), 1),
      coldStartSeededRunsMs: coldSeeded.map((s) => round(s.tilePaintedMs, 1)),
      stepMs: round(median(stepRuns), 1),
      stepP95Ms: round(percentile(stepRuns, 95), 1),
      stepRunsMs: stepRuns,
      stepDomMedianMs: round(median(steps.map((s) => s.domMs)), 1),
      stepUnthrottledMs: round(median(fastSteps.map((s) => s.paintedMs)), 1),
      stepTask: BENCH_CARD_TITLE,
      seeded,
      targets: { memberEntryKbGzip: TARGETS.memberEntryKbGzipMax, coldStartMs: TARGETS.coldStartMsMax, stepMs: TARGETS.stepMsMax },
      met: {
        memberEntryKbGzip: entry.jsKbGzip <= TARGETS.memberEntryKbGzipMax,
        coldStartMs: median(coldRuns) <= TARGETS.coldStartMsMax,
        stepMs: median(stepRuns) <= TARGETS.stepMsMax,
      },
    };
    const line = JSON.stringify(result);
    process.stdout.write(`${line}\n`);
    await mkdir(RESULTS_DIR, { recursive: true });
    const file = path.join(RESULTS_DIR, 'ui.json');
    await writeFile(`${file}.tmp`, `${line}\n`);
    await rename(`${file}.tmp`, file);
  } finally {
    await close(run);
  }
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  const value = i >= 0 ? process.argv[i + 1] : undefined;
  return value === undefined ? undefined : path.resolve(value);
}

async function close(run: Run): Promise<void> {
  await run.tablet.context.close().catch(() => undefined);
  await run.server.stop();
  rmSync(run.dataDir, { recursive: true, force: true });
  rmSync(run.profileDir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
