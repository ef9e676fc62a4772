import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HlcError, formatHlc, parseHlc, receiveHlc, tickHlc, type Hlc } from './hlc.ts';

const start: Hlc = { wallMs: 0, counter: 0, node: 'a' };

describe('hybrid logical clock', () => {
  it('never goes backwards when the wall clock does', () => {
    const t1 = tickHlc(start, 10_000);
    const t2 = tickHlc(t1, 5_000);
    expect(formatHlc(t2) > formatHlc(t1)).toBe(true);
    expect(t2).toEqual({ wallMs: 10_000, counter: 1, node: 'a' });
  });

  it('orders timestamps as strings in the same order as (wall, counter)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 4_000_000_000_000 }), { minLength: 1, maxLength: 50 }), (walls) => {
        let clock = start;
        const stamps: string[] = [];
        for (const wall of walls) {
          clock = tickHlc(clock, wall);
          stamps.push(formatHlc(clock));
        }
        expect([...stamps].sort()).toEqual(stamps);
        expect(new Set(stamps).size).toBe(stamps.length);
      }),
    );
  });

  it('moves past a remote timestamp it receives', () => {
    const remote: Hlc = { wallMs: 20_000, counter: 3, node: 'b' };
    const next = receiveHlc({ wallMs: 10_000, counter: 0, node: 'a' }, remote, 15_000);
    expect(formatHlc(next) > formatHlc(remote)).toBe(true);
    expect(next).toEqual({ wallMs: 20_000, counter: 4, node: 'a' });
  });

  it('refuses a remote clock a day ahead', () => {
    const dayAhead: Hlc = { wallMs: 86_400_000 + 1_000, counter: 0, node: 'b' };
    expect(() => receiveHlc(start, dayAhead, 1_000)).toThrow(HlcError);
  });

  it('round-trips through its text form', () => {
    const h: Hlc = { wallMs: 1_764_000_000_000, counter: 42, node: '0192abc' };
    expect(parseHlc(formatHlc(h))).toEqual(h);
  });
});

describe('a full counter', () => {
  it('moves the clock on a millisecond instead of refusing to tick, even after a peer’s 99999', () => {
    const peer: Hlc = { wallMs: 5_000, counter: 99_999, node: 'evil' };
    const merged = receiveHlc({ wallMs: 5_000, counter: 0, node: 'a' }, peer, 5_000);
    expect(formatHlc(merged) > formatHlc(peer)).toBe(true);
    expect(formatHlc(tickHlc(merged, 5_000)) > formatHlc(merged)).toBe(true);
  });
});
