/**
 * User-timing marks of the kiosk's start: each is set once per page load, so
 * a Chromium performance trace (and `npm run bench:ui`) can split the cold
 * start into its phases — script evaluated, IndexedDB answered, first screen
 * drawn — without guessing from the trace's own events.
 */
export const STARTUP_MARKS = {
  entryEvaluated: 'schakel:entry-evaluated',
  deviceRead: 'schakel:device-read',
  membersRead: 'schakel:members-read',
} as const;

const marked = new Set<string>();

export function markStartup(name: (typeof STARTUP_MARKS)[keyof typeof STARTUP_MARKS]): void {
  if (marked.has(name) || typeof performance === 'undefined' || typeof performance.mark !== 'function') return;
  marked.add(name);
  performance.mark(name);
}
