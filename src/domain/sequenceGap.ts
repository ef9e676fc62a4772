/**
 * Whether a push's sequence numbers follow on from what the server has of
 * the device. A number at or below the high-water mark is a resend and
 * harmless; a new one must lie within MAX_SEQ_STEP of the number before it
 * (the high-water mark for the first). Without this, one push numbered
 * 2^53 − 1 would raise the mark so far that every real change after it is
 * answered `duplicate` and lost, so such a push is refused whole instead.
 */
import { MAX_SEQ_STEP } from '#shared/protocol.ts';

export interface SequenceGap {
  /** The highest number before the jump: the high-water mark, or the new number before it in the push. */
  readonly after: number;
  /** The number that jumped. */
  readonly seq: number;
}

/** The first jump in `seqs` (in the push's increasing order) past `highWaterMark`, or null when they follow on. */
export function sequenceGap(highWaterMark: number, seqs: readonly number[]): SequenceGap | null {
  let after = highWaterMark;
  for (const seq of seqs) {
    if (seq <= after) continue;
    if (seq - after > MAX_SEQ_STEP) return { after, seq };
    after = seq;
  }
  return null;
}
