/**
 * Listens to what the kiosk actually plays through Web Audio: every sound
 * buffer that is started (its loudness and length) and every stop. Installed
 * before the app loads, as a wrapper round AudioBufferSourceNode, so it sees
 * the samples the offline voice hands to the speakers, not what the app
 * claims to have played. Also tells whether the browser has any platform
 * voice (headless Chromium has none).
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface PlayedSound {
  /** Root mean square of the samples, 0 for silence. */
  readonly rms: number;
  readonly seconds: number;
  readonly sampleRate: number;
}

interface Tap {
  readonly started: PlayedSound[];
  stopped: number;
}

export class SpeechTap {
  /** Call before the context's first page opens. */
  static async install(context: BrowserContext): Promise<void> {
    await context.addInitScript(() => {
      const tap: Tap = { started: [], stopped: 0 };
      (window as unknown as { speechTap: Tap }).speechTap = tap;
      const proto = AudioBufferSourceNode.prototype;
      // The originals (stop is inherited from AudioScheduledSourceNode), called with the node as `this`.
      const original = (name: 'start' | 'stop') => Reflect.get(proto, name) as (...args: unknown[]) => void;
      const start = original('start');
      const stop = original('stop');
      proto.start = function (this: AudioBufferSourceNode, ...args: unknown[]) {
        const buffer = this.buffer;
        if (buffer) {
          const samples = buffer.getChannelData(0);
          let sum = 0;
          for (const s of samples) sum += s * s;
          tap.started.push({ rms: Math.sqrt(sum / Math.max(1, samples.length)), seconds: buffer.duration, sampleRate: buffer.sampleRate });
        }
        Reflect.apply(start, this, args);
      };
      proto.stop = function (this: AudioBufferSourceNode, ...args: unknown[]) {
        tap.stopped += 1;
        Reflect.apply(stop, this, args);
      };
    });
  }

  constructor(readonly page: Page) {}

  /** Every sound started so far, in order. */
  async played(): Promise<PlayedSound[]> {
    return this.page.evaluate(() => (window as unknown as { speechTap: Tap }).speechTap.started);
  }

  async stops(): Promise<number> {
    return this.page.evaluate(() => (window as unknown as { speechTap: Tap }).speechTap.stopped);
  }

  async platformVoiceCount(): Promise<number> {
    return this.page.evaluate(() => speechSynthesis.getVoices().length);
  }
}
