/**
 * src/workers holds Web Worker entry points (the rota solver, offline
 * speech) and what they share; they are the only modules that load
 * WebAssembly. Only a Worker loads these modules: an entry point is named
 * `<thing>.worker.ts`, calls `exposeWorkerApi(api)` and exports its API's
 * type. The app never imports a worker module's code; it starts one
 * through Vite's worker import and talks to it with comlink:
 *
 *   import ThingWorker from '#workers/thing.worker.ts?worker';
 *   import type { ThingApi } from '#workers/thing.worker.ts';
 *   const thing = wrap<ThingApi>(new ThingWorker());
 *
 * (Not `new Worker(new URL('#workers/…', import.meta.url))`: in a URL a `#`
 * starts the fragment, so Vite, like the browser, reads that as the current
 * module's address; `?worker` resolves through package.json's imports.)
 * With `worker.format: 'es'` Vite builds each worker as a module worker in
 * a chunk of its own, out of the kiosk's first load, and the service worker
 * precaches it and its .wasm for offline use.
 * Type-checked with the WebWorker lib (tsconfig.worker.json): no DOM here.
 *
 * Calls go through comlink: every function of the API becomes an async call
 * from the app, results and thrown errors come back as if local.
 */
import { expose, type Endpoint } from 'comlink';

type WorkerScopeClass = abstract new (...args: never[]) => object;

function inWorker(): boolean {
  const scope = (globalThis as { WorkerGlobalScope?: WorkerScopeClass }).WorkerGlobalScope;
  return scope !== undefined && globalThis instanceof scope;
}

/**
 * Answers the app's calls to `api` from inside a worker. Outside one it
 * throws: exposed on a page's global scope, the API would answer
 * postMessage from any window that can reach the page. `endpoint` is for a
 * MessagePort the worker hands out (and for tests).
 */
export function exposeWorkerApi(api: object, endpoint?: Endpoint): void {
  if (endpoint !== undefined) {
    expose(api, endpoint);
    return;
  }
  if (!inWorker()) throw new Error('exposeWorkerApi runs in a Web Worker only: start src/workers modules with new Worker(new URL(…), { type: "module" }), never import them.');
  expose(api);
}
