/**
 * Reads a Chromium performance trace of one cold start and says where the
 * page's main thread and its service worker spent their time, from the
 * navigation to the bench's tile-painted mark. Durations are summed from
 * trace events on each thread; nested events of one kind count once (the
 * outermost), so the figures are "time inside", not double-counted.
 */
export interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur?: number;
  readonly pid: number;
  readonly tid: number;
  readonly args?: { readonly name?: string };
}

export interface TraceBreakdown {
  /** Service worker thread: from its first event to its first fetch event answered (0 if it was already running). */
  readonly serviceWorkerStartMs: number;
  /** Service worker thread: all its work (start-up, fetch events) in the window. */
  readonly serviceWorkerBusyMs: number;
  /** Main thread: compiling and evaluating the app's modules (v8.evaluateModule, v8.compile). */
  readonly scriptEvaluationMs: number;
  /** Main thread: other JavaScript — React rendering, Dexie, event handlers (FunctionCall, v8.callFunction, RunMicrotasks). */
  readonly scriptRunMs: number;
  /** Main thread: style, layout and paint. */
  readonly renderingMs: number;
  /** Main thread: building the SVG documents of the pictograms shown as images. */
  readonly svgImagesMs: number;
  /** Browser process: opening the IndexedDB backing store (LevelDB). */
  readonly indexedDbOpenMs: number;
  /** Main thread: busy at all, of the window. */
  readonly mainThreadBusyMs: number;
  readonly windowMs: number;
}

const SCRIPT_EVALUATION = new Set(['v8.evaluateModule', 'v8.compile', 'v8.compileModule', 'EvaluateScript']);
const SCRIPT_RUN = new Set(['FunctionCall', 'v8.callFunction', 'RunMicrotasks', 'EventDispatch', 'TimerFire', 'FireAnimationFrame']);
const RENDERING = new Set(['UpdateLayoutTree', 'Layout', 'PrePaint', 'Paint', 'Layerize', 'UpdateLayer', 'Commit']);
const SVG_IMAGES = new Set(['SVGImage::DataChanged']);

function threadNames(events: readonly TraceEvent[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name) names.set(`${String(e.pid)}:${String(e.tid)}`, e.args.name);
  return names;
}

/** Total time inside events whose name is in `kinds`, on one thread, without counting nested ones twice. */
function timeInside(events: readonly TraceEvent[], kinds: ReadonlySet<string>, from: number, to: number): number {
  let total = 0;
  let coveredUntil = -Infinity;
  for (const e of events) {
    if (!kinds.has(e.name) || e.ph !== 'X' || e.dur === undefined) continue;
    const start = Math.max(e.ts, from, coveredUntil);
    const end = Math.min(e.ts + e.dur, to);
    if (end > start) total += end - start;
    coveredUntil = Math.max(coveredUntil, e.ts + e.dur);
  }
  return total / 1000;
}

export function traceBreakdown(all: readonly TraceEvent[], endMarkName = 'bench:tile-painted'): TraceBreakdown {
  const events = [...all].sort((a, b) => a.ts - b.ts);
  const names = threadNames(events);
  const threadOf = (e: TraceEvent) => names.get(`${String(e.pid)}:${String(e.tid)}`) ?? '';
  const endMark = events.find((e) => e.name === endMarkName);
  if (!endMark) throw new Error(`the trace has no ${endMarkName} mark`);
  const mainKey = `${String(endMark.pid)}:${String(endMark.tid)}`;
  const main = events.filter((e) => `${String(e.pid)}:${String(e.tid)}` === mainKey);
  const start = main.find((e) => e.name === 'navigationStart')?.ts ?? main[0]?.ts ?? endMark.ts;
  const end = endMark.ts;
  const worker = events.filter((e) => e.pid === endMark.pid && threadOf(e) === 'ServiceWorker thread' && e.ts >= start && e.ts <= end);
  const firstFetch = worker.find((e) => e.name === 'ServiceWorkerGlobalScope::DispatchFetchEventInternal');
  const workerStarted = worker.some((e) => e.name === 'V8.DeserializeContext' || e.name === 'V8PerIsolateData::Initialize');
  const leveldb = events.filter((e) => e.name === 'BackingStore::OpenAndVerify' && e.ts >= start && e.ts <= end);
  return {
    serviceWorkerStartMs: workerStarted && firstFetch && worker[0] ? (firstFetch.ts - worker[0].ts) / 1000 : 0,
    serviceWorkerBusyMs: timeInside(worker, new Set(['ThreadControllerImpl::RunTask']), start, end),
    scriptEvaluationMs: timeInside(main, SCRIPT_EVALUATION, start, end),
    scriptRunMs: timeInside(main, SCRIPT_RUN, start, end),
    renderingMs: timeInside(main, RENDERING, start, end),
    svgImagesMs: timeInside(main, SVG_IMAGES, start, end),
    indexedDbOpenMs: leveldb.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000,
    mainThreadBusyMs: timeInside(main, new Set(['ThreadControllerImpl::RunTask']), start, end),
    windowMs: (end - start) / 1000,
  };
}
