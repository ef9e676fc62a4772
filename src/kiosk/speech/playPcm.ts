/** Mono PCM from the speech worker. */
export interface Pcm {
  readonly samples: Float32Array<ArrayBuffer>;
  readonly sampleRate: number;
}

export interface Playback {
  readonly stop: () => void;
  /** Settles when the sound has played out or was stopped. */
  readonly ended: Promise<void>;
}

// One context for the app: browsers limit how many may be open, and each holds the audio device.
let context: AudioContext | null = null;

/** Plays PCM through Web Audio. */
export async function playPcm(pcm: Pcm): Promise<Playback> {
  context ??= new AudioContext();
  // A context made outside a tap starts suspended; the member has tapped by now, so it may resume.
  if (context.state === 'suspended') await context.resume();
  const buffer = context.createBuffer(1, Math.max(1, pcm.samples.length), pcm.sampleRate);
  buffer.copyToChannel(pcm.samples, 0);
  const source = context.createBufferSource();
  source.buffer = buffer;
  source.connect(context.destination);
  const ended = new Promise<void>((resolve) => {
    source.addEventListener('ended', () => {
      resolve();
    });
  });
  source.start();
  return {
    stop: () => {
      // Stopping runs in React clean-ups too, where a throw would blank the screen: a source that
      // cannot be stopped any more has nothing left to say.
      try {
        source.stop();
      } catch {
        // Nothing to stop.
      }
    },
    ended,
  };
}
