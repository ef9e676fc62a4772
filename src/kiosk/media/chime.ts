/**
 * A short, soft chime for a finished task: two notes going up (three for the
 * last task of the day), sine tones with a bell's quick rise and slow fade,
 * made with Web Audio so no sound file ships. Quiet on purpose: a workshop
 * hall is shared. On a tablet without sound, with audio blocked or an audio
 * context that fails, it stays silent and never throws: the big tick on the
 * screen says the same.
 */

export type ChimeKind = 'task' | 'day';

/** The part of Web Audio the chime uses: a real AudioContext has it, and so can a test's stand-in. */
interface ChimeParam {
  setValueAtTime(value: number, time: number): unknown;
  linearRampToValueAtTime(value: number, time: number): unknown;
  exponentialRampToValueAtTime(value: number, time: number): unknown;
}
interface ChimeNode {
  connect(destination: ChimeNode): unknown;
}
interface ChimeOscillator extends ChimeNode {
  type: OscillatorType;
  readonly frequency: ChimeParam;
  start(when: number): void;
  stop(when: number): void;
}
interface ChimeGain extends ChimeNode {
  readonly gain: ChimeParam;
}
export interface ChimeAudio {
  readonly currentTime: number;
  readonly state: string;
  readonly destination: ChimeNode;
  resume(): Promise<void>;
  createOscillator(): ChimeOscillator;
  createGain(): ChimeGain;
}

// G5 then C6 (a fourth up: "done"); the day adds E6, a major chord.
const NOTES: Record<ChimeKind, readonly number[]> = { task: [783.99, 1046.5], day: [783.99, 1046.5, 1318.51] };
const GAP_S = 0.16;
const RING_S = 0.9;
const PEAK = 0.12;
/** A faint octave above each note gives it a bell's colour rather than a beep's. */
const OVERTONE = 0.25;
const SILENT = 0.0001;

let shared: ChimeAudio | null | undefined;

/** One AudioContext for the app's life: browsers allow only a few, and it starts only once sound is needed. */
function tabletAudio(): ChimeAudio | null {
  if (shared !== undefined) return shared;
  try {
    shared = typeof AudioContext === 'undefined' ? null : new AudioContext();
  } catch {
    shared = null;
  }
  return shared;
}

export function playChime(kind: ChimeKind, audio: ChimeAudio | null = tabletAudio()): void {
  if (!audio || audio.state === 'closed') return;
  try {
    // Resumed within the member's tap; until then the notes wait in the context's own timeline.
    if (audio.state === 'suspended') audio.resume().catch(() => undefined);
    const start = audio.currentTime + 0.02;
    NOTES[kind].forEach((frequency, i) => {
      const at = start + i * GAP_S;
      const ring = i === NOTES[kind].length - 1 ? RING_S * 1.4 : RING_S;
      note(audio, frequency, at, ring, PEAK);
      note(audio, frequency * 2, at, ring * 0.6, PEAK * OVERTONE);
    });
  } catch {
    // No sound is a missing nicety, never an error for the member.
  }
}

function note(audio: ChimeAudio, frequency: number, at: number, ring: number, peak: number): void {
  const osc = audio.createOscillator();
  const gain = audio.createGain();
  osc.type = 'sine';
  osc.frequency.setValueAtTime(frequency, at);
  gain.gain.setValueAtTime(SILENT, at);
  gain.gain.linearRampToValueAtTime(peak, at + 0.015);
  gain.gain.exponentialRampToValueAtTime(SILENT, at + ring);
  osc.connect(gain);
  gain.connect(audio.destination);
  osc.start(at);
  osc.stop(at + ring + 0.05);
}
