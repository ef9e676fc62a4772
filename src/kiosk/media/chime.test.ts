import { describe, expect, it } from 'vitest';
import { playChime, type ChimeAudio } from './chime.ts';

interface Played {
  frequency: number;
  start: number;
  peak: number;
}

/** A Web Audio stand-in that keeps what would have sounded: each tone's pitch, start and loudness. */
function recordingAudio(state = 'running'): ChimeAudio & { readonly played: Played[]; resumed: number } {
  const starts: { frequency: number; start: number }[] = [];
  const peaks: number[] = [];
  const param = (onValue: (v: number) => void = () => undefined) => ({
    setValueAtTime: (v: number) => {
      onValue(v);
    },
    linearRampToValueAtTime: (v: number) => {
      onValue(v);
    },
    exponentialRampToValueAtTime: () => undefined,
  });
  const audio = {
    currentTime: 3,
    state,
    resumed: 0,
    // Each tone is an oscillator and then its gain: the n-th of each belong together.
    get played(): Played[] {
      return starts.map((s, i) => ({ ...s, peak: peaks[i] ?? 0 }));
    },
    destination: { connect: () => undefined },
    resume: () => {
      audio.resumed += 1;
      return Promise.resolve();
    },
    createOscillator: () => {
      let frequency = 0;
      return {
        type: 'sine' as OscillatorType,
        frequency: param((v) => (frequency = v)),
        connect: () => undefined,
        start: (when: number) => {
          starts.push({ frequency, start: when });
        },
        stop: () => undefined,
      };
    },
    createGain: () => {
      const i = peaks.push(0) - 1;
      return { gain: param((v) => (peaks[i] = Math.max(peaks[i] ?? 0, v))), connect: () => undefined };
    },
  };
  return audio;
}

/** The tones one hears as notes: the loud ones, not their faint overtones. */
const notes = (played: Played[]) => played.filter((p) => p.peak >= 0.1).sort((a, b) => a.start - b.start);

describe('the chime for a finished task', () => {
  it('plays two soft notes going up, one after the other', () => {
    const audio = recordingAudio();
    playChime('task', audio);
    const heard = notes(audio.played);
    expect(heard.map((n) => Math.round(n.frequency))).toEqual([784, 1047]);
    expect(heard[1]!.start).toBeGreaterThan(heard[0]!.start);
    expect(heard[0]!.start).toBeGreaterThanOrEqual(3);
    for (const n of audio.played) expect(n.peak).toBeLessThanOrEqual(0.2);
  });

  it('adds a third note for the last task of the day', () => {
    const audio = recordingAudio();
    playChime('day', audio);
    expect(notes(audio.played).map((n) => Math.round(n.frequency))).toEqual([784, 1047, 1319]);
  });

  it('wakes an audio context the browser suspended', () => {
    const audio = recordingAudio('suspended');
    playChime('task', audio);
    expect(audio.resumed).toBe(1);
    expect(notes(audio.played)).toHaveLength(2);
  });

  it('stays silent, without an error, on a tablet without sound or when Web Audio fails', () => {
    expect(() => {
      playChime('task', null);
    }).not.toThrow();
    const broken = { ...recordingAudio(), createOscillator: () => {
      throw new Error('audio device lost');
    } };
    expect(() => {
      playChime('day', broken);
    }).not.toThrow();
    const closed = recordingAudio('closed');
    playChime('task', closed);
    expect(closed.played).toEqual([]);
  });
});
