import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { enrolledDb } from '#tests/helpers/enrolledDb.ts';
import { installFakeSpeech } from '#tests/helpers/fakeSpeech.ts';
import { renderWithServices } from '#tests/helpers/renderApp.tsx';
import { SpeechRateContext } from '#kiosk/speech/SpeechRateContext.ts';
import { SpeakButton } from './SpeakButton.tsx';

// The offline voice itself (eSpeak NG in a worker, Web Audio) is tested in
// src/workers/speechSynth.test.ts and in real Chromium (offlineSpeech.e2e);
// here it is a voice the test can finish, stop or break, to see the button.
interface FakePlayback {
  readonly text: string;
  readonly language: string;
  readonly rate: number;
  stopped: boolean;
  readonly finish: () => void;
}
const offline = vi.hoisted(() => ({ plays: [] as FakePlayback[], fail: false }));
vi.mock('#kiosk/speech/offlineVoice.ts', () => ({
  speakOffline: (text: string, language: string, rate: number) => {
    if (offline.fail) return Promise.reject(new Error('speech data cut short'));
    let finish: () => void = () => undefined;
    const ended = new Promise<void>((resolve) => {
      finish = resolve;
    });
    const play: FakePlayback = { text, language, rate, stopped: false, finish: () => { finish(); } };
    offline.plays.push(play);
    return Promise.resolve({
      stop: () => {
        play.stopped = true;
        finish();
      },
      ended,
    });
  },
}));

beforeEach(() => {
  offline.plays.length = 0;
  offline.fail = false;
  // The browser can run a worker and Web Audio, as Chromium can.
  vi.stubGlobal('Worker', class Worker extends EventTarget {});
  vi.stubGlobal('AudioContext', class AudioContext extends EventTarget {});
});

afterEach(() => {
  vi.unstubAllGlobals();
});

async function renderButton(language: 'nl-BE' | 'fr-BE', voices: readonly string[]) {
  const speech = installFakeSpeech(voices);
  const { db } = await enrolledDb();
  const view = renderWithServices(
    <SpeechRateContext.Provider value={0.7}>
      <SpeakButton text="Neem een doos." language={language} />
    </SpeechRateContext.Provider>,
    { db },
  );
  return { speech, view, user: userEvent.setup() };
}

describe('the speak button on a tablet without a voice for the language', () => {
  it('speaks with the offline voice at the member’s rate, shows that it speaks, and is ready again after', async () => {
    const { speech, user } = await renderButton('nl-BE', ['en-GB']);
    try {
      await user.click(screen.getByRole('button', { name: 'Lees voor' }));
      await waitFor(() => {
        expect(offline.plays.map((p) => [p.text, p.language, p.rate])).toEqual([['Neem een doos.', 'nl-BE', 0.7]]);
      });
      expect(screen.getByRole('button', { name: 'Stop met voorlezen' })).toBeDefined();
      expect(speech.spoken).toEqual([]);
      act(() => {
        offline.plays[0]?.finish();
      });
      await screen.findByRole('button', { name: 'Lees voor' });
    } finally {
      speech.uninstall();
    }
  });

  it('stops on a second tap', async () => {
    const { speech, user } = await renderButton('fr-BE', ['nl-BE']);
    try {
      await user.click(screen.getByRole('button', { name: 'Lees voor' }));
      await waitFor(() => {
        expect(offline.plays).toHaveLength(1);
      });
      await user.click(screen.getByRole('button', { name: 'Stop met voorlezen' }));
      expect(offline.plays[0]?.stopped).toBe(true);
      expect(offline.plays[0]?.language).toBe('fr-BE');
      await screen.findByRole('button', { name: 'Lees voor' });
    } finally {
      speech.uninstall();
    }
  });

  it('stops when the member leaves the screen', async () => {
    const { speech, view, user } = await renderButton('nl-BE', []);
    try {
      await user.click(screen.getByRole('button', { name: 'Lees voor' }));
      await waitFor(() => {
        expect(offline.plays).toHaveLength(1);
      });
      view.unmount();
      expect(offline.plays[0]?.stopped).toBe(true);
    } finally {
      speech.uninstall();
    }
  });

  it('falls back to the crossed-out speaker when the offline voice fails, without an error on screen', async () => {
    offline.fail = true;
    const { speech, user } = await renderButton('nl-BE', []);
    try {
      await user.click(screen.getByRole('button', { name: 'Lees voor' }));
      const button = await screen.findByRole('button', { name: 'Geen stem op deze tablet' });
      expect(button.getAttribute('aria-disabled')).toBe('true');
      expect(screen.queryByRole('alert')).toBeNull();
    } finally {
      speech.uninstall();
    }
  });

  it('leaves the offline voice alone when the tablet has a voice for the language', async () => {
    const { speech, user } = await renderButton('nl-BE', ['nl-BE']);
    try {
      await user.click(screen.getByRole('button', { name: 'Lees voor' }));
      expect(speech.spoken).toEqual(['Neem een doos.']);
      expect(offline.plays).toEqual([]);
    } finally {
      speech.uninstall();
    }
  });
});
