/**
 * Randomness a test can replay: a small seeded generator (mulberry32) for
 * picks and bytes, and UUIDv7 ids drawn from it on a simulated clock, so
 * ids keep their time order and the same seed makes the same ids.
 */
import { V7Generator } from 'uuidv7';
import type { SimulatedClock } from './SimulatedClock.ts';

export class SeededRandom {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A 32-bit unsigned integer; also what uuidv7's generator asks of its source. */
  nextUint32(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  }

  /** An integer in [0, n). */
  below(n: number): number {
    return Math.floor((this.nextUint32() / 2 ** 32) * n);
  }

  pick<T>(items: readonly T[]): T | undefined {
    return items.length === 0 ? undefined : items[this.below(items.length)];
  }

  bytes(length: number): Uint8Array<ArrayBuffer> {
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i += 4) {
      const word = this.nextUint32();
      for (let b = 0; b < 4 && i + b < length; b++) out[i + b] = (word >>> (8 * b)) & 0xff;
    }
    return out;
  }

  /** An independent generator, so one part of a test drawing more does not shift another's draws. */
  fork(): SeededRandom {
    return new SeededRandom(this.nextUint32());
  }
}

/** UUIDv7 ids stamped with the simulated time and filled from a seeded source; remembers what it made. */
export class SeededIds {
  readonly made = new Set<string>();
  private readonly generator: V7Generator;

  constructor(
    random: SeededRandom,
    private readonly clock: SimulatedClock,
  ) {
    this.generator = new V7Generator(random);
  }

  /** Bound, so it can be handed on as a `newId` function. */
  readonly next = (): string => {
    const id = this.generator.generateOrResetWithTs(this.clock.nowMs()).toString();
    this.made.add(id);
    return id;
  };
}
