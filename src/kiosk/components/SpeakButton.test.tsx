import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { enrolledDb } from '#tests/helpers/enrolledDb.ts';
import { installFakeSpeech } from '#tests/helpers/fakeSpeech.ts';
import { renderWithServices } from '#tests/helpers/renderApp.tsx';
import { storeLocalBlob } from '#db/blobRepository.ts';
import { SpeechRateContext } from '#kiosk/speech/SpeechRateContext.ts';
import { SpeakButton } from './SpeakButton.tsx';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the speak button', () => {
  it('shows a crossed-out speaker and stays quiet when the tablet has no voice for the language and cannot run the offline one', async () => {
    const speech = installFakeSpeech(['en-GB']);
    try {
      const { db } = await enrolledDb();
      const user = userEvent.setup();
      renderWithServices(<SpeakButton text="Neem een doos." language="nl-BE" />, { db });
      const button = screen.getByRole('button', { name: 'Geen stem op deze tablet' });
      await user.click(button);
      expect(speech.spoken).toEqual([]);
    } finally {
      speech.uninstall();
    }
  });

  it('plays the coach’s recorded clip instead of the synthetic voice', async () => {
    const speech = installFakeSpeech(['nl-BE']);
    const played: string[] = [];
    vi.stubGlobal(
      'Audio',
      class {
        constructor(readonly src: string) {}
        play() {
          played.push(this.src);
          return Promise.resolve();
        }
        pause() {
          return undefined;
        }
      },
    );
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: () => 'blob:clip', revokeObjectURL: () => undefined }));
    try {
      const { db } = await enrolledDb();
      const clip = await storeLocalBlob(db, new Uint8Array([1, 2, 3]), 'audio/webm', new Date('2026-11-25T09:00:00Z'));
      const user = userEvent.setup();
      renderWithServices(<SpeakButton text="Neem een doos." language="nl-BE" clip={clip} />, { db });
      // The clip loads from the tablet's database; a tap before it is there
      // uses the voice, so only the tap that plays the clip is judged.
      let spokenBeforeTap = 0;
      await waitFor(async () => {
        spokenBeforeTap = speech.spoken.length;
        await user.click(screen.getByRole('button', { name: 'Lees voor' }));
        expect(played).toEqual(['blob:clip']);
      });
      expect(speech.spoken.length).toBe(spokenBeforeTap);
    } finally {
      speech.uninstall();
    }
  });

  it('speaks at the member’s rate in the language’s own voice', async () => {
    const speech = installFakeSpeech(['fr-FR', 'nl-NL', 'nl-BE']);
    const rates: number[] = [];
    const original = window.speechSynthesis.speak.bind(window.speechSynthesis);
    window.speechSynthesis.speak = (u: SpeechSynthesisUtterance) => {
      rates.push(u.rate);
      original(u);
    };
    try {
      const { db } = await enrolledDb();
      const user = userEvent.setup();
      renderWithServices(
        <SpeechRateContext.Provider value={0.7}>
          <SpeakButton text="Neem een doos." language="nl-BE" />
        </SpeechRateContext.Provider>,
        { db },
      );
      await user.click(screen.getByRole('button', { name: 'Lees voor' }));
      expect(speech.spoken).toEqual(['Neem een doos.']);
      expect(rates).toEqual([0.7]);
    } finally {
      speech.uninstall();
    }
  });
});
