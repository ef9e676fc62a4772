/**
 * Hybrid logical clock (Kulkarni et al.; the shape follows Actual Budget's
 * crdt timestamp). It orders writes across devices whose wall clocks disagree:
 * a timestamp is (wall ms, counter, node) and compares as a string. The wall
 * clock is always passed in, so this module never reads the time itself.
 * It has no zod, so that a tablet's first screen can stamp writes without it.
 */

/** A remote timestamp further ahead of our clock than this is refused. */
export const MAX_DRIFT_MS = 5 * 60_000;

export interface Hlc {
  readonly wallMs: number;
  readonly counter: number;
  readonly node: string;
}

const WALL_DIGITS = 15;
const COUNTER_DIGITS = 5;
const MAX_COUNTER = 99_999;

/** What formatHlc writes; protocol.ts checks wire stamps against it. */
export const HLC_PATTERN = /^\d{15}-\d{5}-[0-9a-z]{1,32}$/;

export class HlcError extends Error {
  override readonly name = 'HlcError';
}

export function formatHlc(hlc: Hlc): string {
  return `${String(hlc.wallMs).padStart(WALL_DIGITS, '0')}-${String(hlc.counter).padStart(COUNTER_DIGITS, '0')}-${hlc.node}`;
}

export function parseHlc(text: string): Hlc {
  if (!HLC_PATTERN.test(text)) throw new Error(`malformed HLC timestamp: ${JSON.stringify(text.slice(0, 60))}`);
  const [wall, counter, node] = text.split('-');
  return { wallMs: Number(wall), counter: Number(counter), node: node ?? '' };
}

/** A timestamp for a local event at wall time `nowMs`; never goes backwards. */
export function tickHlc(last: Hlc, nowMs: number): Hlc {
  if (nowMs > last.wallMs) return { wallMs: nowMs, counter: 0, node: last.node };
  return bumpCounter(last, last.wallMs, last.counter + 1);
}

/**
 * Merges a timestamp seen from elsewhere into our clock. Refuses one that is
 * more than `maxDriftMs` ahead of our wall clock, so a tablet whose clock is
 * a day fast cannot drag every other clock with it.
 */
export function receiveHlc(last: Hlc, remote: Hlc, nowMs: number, maxDriftMs = MAX_DRIFT_MS): Hlc {
  if (remote.wallMs - nowMs > maxDriftMs) {
    throw new HlcError(`remote clock is ${Math.round((remote.wallMs - nowMs) / 1000)} s ahead`);
  }
  const wall = Math.max(last.wallMs, remote.wallMs, nowMs);
  if (wall === last.wallMs && wall === remote.wallMs) {
    return bumpCounter(last, wall, Math.max(last.counter, remote.counter) + 1);
  }
  if (wall === last.wallMs) return bumpCounter(last, wall, last.counter + 1);
  if (wall === remote.wallMs) return bumpCounter(last, wall, remote.counter + 1);
  return { wallMs: wall, counter: 0, node: last.node };
}

function bumpCounter(last: Hlc, wallMs: number, counter: number): Hlc {
  // Never refuse to tick: a full counter moves the clock on by a millisecond, so no stamp
  // (not even one a peer chose to end in 99999) can stop a device or the server from writing.
  if (counter > MAX_COUNTER) return { wallMs: wallMs + 1, counter: 0, node: last.node };
  return { wallMs, counter, node: last.node };
}
