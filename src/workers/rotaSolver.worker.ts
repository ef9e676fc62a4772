/**
 * The rota optimiser off the page's thread: HiGHS blocks while it solves,
 * so Suggest runs it here and the coach's screen keeps answering (and can
 * stop it by ending this worker). HiGHS's WebAssembly is fetched on the
 * first solve only, from the URL Vite gives the asset (precached by the
 * service worker, so Suggest works offline).
 */
import highsLoader, { type Highs } from 'highs';
import highsWasmUrl from 'highs/runtime?url';
import type { RotaInstance, RotaPlan } from '#domain/rota/instanceFormat.ts';
import { exposeWorkerApi } from './exposeWorkerApi.ts';
import { solveStreaming, type StreamedPlan } from '#domain/rota/solveStream.ts';

let highs: Promise<Highs> | null = null;

function loadHighs(): Promise<Highs> {
  highs ??= highsLoader({ locateFile: (file) => (file.endsWith('.wasm') ? highsWasmUrl : file) }).catch((error: unknown) => {
    // A failed load is not kept: the next Suggest tries again.
    highs = null;
    throw error;
  });
  return highs;
}

const api = {
  /** Solves the week; `onPlan` (a comlink proxy) gets the draft at once, then each better plan. */
  async solve(instance: RotaInstance, timeLimitSec: number, onPlan: (streamed: StreamedPlan) => unknown): Promise<RotaPlan> {
    const loaded = await loadHighs();
    // onPlan posts its message at once: the page sees each plan while this thread is still solving.
    return solveStreaming(loaded, instance, timeLimitSec, () => performance.now(), (streamed) => {
      void onPlan(streamed);
    });
  },
};

export type RotaSolverApi = typeof api;

exposeWorkerApi(api);
