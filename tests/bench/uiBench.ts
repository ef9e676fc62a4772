/**
 * `npm run bench:ui`: how fast the member screens are on a slow tablet.
 *
 * 1. Entry size: the production build's entry chunk and every chunk it
 *    imports statically (what the member screen needs before it works),
 *    gzipped, from dist/.vite/manifest.json. Lazy chunks are listed only.
 * 2. Cold start: the real server and Debian's Chromium; a kiosk tablet of
 *    Team Verpakking is enrolled, the service worker takes control, the
 *    context goes offline and the CPU is slowed 4× (DevTools
 *    Emulation.setCPUThrottlingRate); then RELOADS reloads, each timed in
 *    the page from navigation start to a member tile being visible, enabled
 *    and painted.
 * 3. Step: with SEED.completions task completions and SEED.checkins check-ins
 *    in the tablet's IndexedDB, still offline and slowed, a member without a
 *    PIN signs in and opens a task, and "Volgende" is tapped STEP_TAPS times,
 *    each timed in the page from the click to the next step painted; then
 *    the same taps again without the slowdown, for scale.
 *
 * Prints one JSON line and writes it to bench/results/ui.json. Targets are
 * reported, never asserted: this is a measurement, not a test.
 * `--no-build` measures the dist/ already there.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { KioskPage } from '#tests/e2e/pages/KioskPage.ts';
import { launchChromium } from '#tests/helpers/launchChromium.ts';
import { freePort, startServer, type RunningServer } from '#tests/helpers/serverProcess.ts';
import { memberEntrySize } from './ui/entrySize.ts';
import { MEMBER_NAMES, coldStartProbe, seedScript, type ColdStartSample, type SeedPlan, type SeedReport } from './ui/inPage.ts';
import { measureNextTaps, openFirstTaskAtStepOne, signInToToday, waitFor } from './ui/memberFlow.ts';
import { percentile, round } from './meters.ts';

const TEAM = 'Team Verpakking';
/** The demo seed gives each team's first member a PIN; the second signs in with a tap. */
const MEMBER = 'Bart';
const CPU_THROTTLE = 4;
const RELOADS = 5;
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

async function coldStarts(page: Page, times: number): Promise<ColdStartSample[]> {
  const samples: ColdStartSample[] = [];
  for (let i = 0; i < times; i++) {
    await page.reload();
    samples.push(await waitFor('a member tile after the reload', () => page.evaluate<ColdStartSample | null>('window.__schakelBench?.coldStart ?? null')));
    log(`cold start ${String(i + 1)}/${String(times)}: ${samples.at(-1)?.tilePaintedMs.toFixed(0) ?? '?'} ms`);
  }
  // The tile the page saw is the one a person would tap.
  if (!(await page.getByRole('button', { name: MEMBER, exact: true }).isEnabled())) throw new Error(`${MEMBER}'s tile is not enabled after the reload`);
  return samples;
}

interface Run {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly server: RunningServer;
  readonly dataDir: string;
}

async function main(): Promise<void> {
  const timer = setTimeout(() => {
    log(`gave up after ${String(RUN_LIMIT_MS / 60_000)} minutes`);
    process.exit(1);
  }, RUN_LIMIT_MS);
  timer.unref();

  if (!process.argv.includes('--no-build')) await build();
  const entry = memberEntrySize(path.join(ROOT, 'dist'));
  log(`member entry: ${entry.jsKbGzip.toFixed(1)} KB gzip in ${String(entry.chunks.length)} chunk(s)`);

  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'schakel-bench-ui-'));
  const server = await startServer({ port: await freePort(), dataDir });
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'nl-BE' });
  const run: Run = { browser, context, server, dataDir };
  try {
    const page = await context.newPage();
    const kiosk = new KioskPage(page);
    log(`enrolling a kiosk of ${TEAM}`);
    await enrolAndInstall(kiosk, server);
    const names = await page.evaluate<string[]>(MEMBER_NAMES);
    await context.addInitScript({ content: coldStartProbe(names) });

    await context.setOffline(true);
    const cdp = await context.newCDPSession(page);
    await throttle(cdp, CPU_THROTTLE);
    log(`offline, CPU ${String(CPU_THROTTLE)}× slower: ${String(RELOADS)} reloads`);
    const cold = await coldStarts(page, RELOADS);

    log(`seeding ${String(SEED.completions)} completions and ${String(SEED.checkins)} check-ins (not throttled, not timed)`);
    await throttle(cdp, 1);
    const seeded = await page.evaluate<SeedReport>(seedScript(SEED));
    await throttle(cdp, CPU_THROTTLE);
    const coldSeeded = await coldStarts(page, 3);

    log(`signing in ${MEMBER} and tapping "Volgende" ${String(STEP_TAPS)} times`);
    await signInToToday(kiosk, MEMBER);
    const task = await openFirstTaskAtStepOne(kiosk);
    const steps = await measureNextTaps(page, STEP_TAPS);
    // For scale: the same taps at the machine's full speed.
    await throttle(cdp, 1);
    const fastSteps = await measureNextTaps(page, STEP_TAPS);

    const coldRuns = cold.map((s) => round(s.tilePaintedMs, 1));
    const stepRuns = steps.map((s) => round(s.paintedMs, 1));
    const result = {
      bench: 'ui',
      at: new Date().toISOString(),
      node: process.version,
      browser: `Chromium ${browser.version()}`,
      cpus: os.cpus().length,
      cpuThrottle: CPU_THROTTLE,
      memberEntryKbGzip: round(entry.jsKbGzip, 1),
      memberEntryCssKbGzip: round(entry.cssKbGzip, 1),
      memberEntryChunks: entry.chunks.map((c) => ({ file: c.file, kb: round(c.bytes / 1024, 1), kbGzip: round(c.gzipBytes / 1024, 1) })),
      lazyChunks: entry.lazyChunks.map((c) => ({ file: c.file, kbGzip: round(c.gzipBytes / 1024, 1) })),
      zodInEntry: entry.zodInEntry,
      coldStartMs: round(median(coldRuns), 1),
      coldStartRunsMs: coldRuns,
      coldStartDomRunsMs: cold.map((s) => round(s.tileReadyMs, 1)),
      coldStartSeededMs: round(median(coldSeeded.map((s) => s.tilePaintedMs)), 1),
      coldStartSeededRunsMs: coldSeeded.map((s) => round(s.tilePaintedMs, 1)),
      stepMs: round(median(stepRuns), 1),
      stepP95Ms: round(percentile(stepRuns, 95), 1),
      stepRunsMs: stepRuns,
      stepDomMedianMs: round(median(steps.map((s) => s.domMs)), 1),
      stepUnthrottledMs: round(median(fastSteps.map((s) => s.paintedMs)), 1),
      stepTask: task.trim(),
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

async function close(run: Run): Promise<void> {
  await run.context.close().catch(() => undefined);
  await run.browser.close().catch(() => undefined);
  await run.server.stop();
  rmSync(run.dataDir, { recursive: true, force: true });
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exit(1);
});
