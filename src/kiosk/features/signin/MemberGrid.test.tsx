import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { sha256OfBytes } from '#db/blobRepository.ts';
import type { Member } from '#shared/records.ts';
import { App } from '#kiosk/App.tsx';
import { enrolledDb } from '#tests/helpers/enrolledDb.ts';
import { rejectingTransport } from '#tests/helpers/rejectingTransport.ts';
import { FIXED_NOW, renderWithServices } from '#tests/helpers/renderApp.tsx';

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 4, 5, 6, 0xff, 0xd9]);
const consent = { deviceId: '01900000-0000-7000-8000-0000000000c1', at: FIXED_NOW.toISOString() };
const tileOf = (name: string) => screen.getByRole('button', { name });
const pictureOf = (tile: HTMLElement) => tile.querySelector('img');

describe('the photo grid', () => {
  it('shows a member’s photo once the tablet has it, and the animal otherwise', async () => {
    const { db, member: ann } = await enrolledDb();
    const photo = await sha256OfBytes(JPEG);
    const bert: Member = { id: uuidv7(), teamId: ann.teamId, name: 'Bert', avatar: 'fox', language: 'nl-BE', photo: null, photoConsent: null };
    const carla: Member = { id: uuidv7(), teamId: ann.teamId, name: 'Carla', avatar: 'owl', language: 'nl-BE', photo: '0'.repeat(64), photoConsent: consent };
    await db.members.bulkPut([{ ...ann, photo, photoConsent: consent }, bert, carla]);
    await db.blobs.put({ sha256: photo, mime: 'image/jpeg', bytes: JPEG, state: 'remote', createdAt: FIXED_NOW.toISOString() });
    const fetched: string[] = [];
    // Carla's photo has not arrived yet: the tablet asks for it and shows her owl meanwhile.
    const transport = rejectingTransport({ fetchBlob: (_token, sha256) => (fetched.push(sha256), Promise.resolve(null)) });
    renderWithServices(<App />, { db, transport });

    await screen.findByRole('button', { name: 'Ann' });
    await waitFor(() => {
      expect(pictureOf(tileOf('Ann'))?.getAttribute('src')).toMatch(/^blob:/);
    });
    expect(pictureOf(tileOf('Ann'))?.className).toContain('member-photo');
    expect(pictureOf(tileOf('Bert'))?.getAttribute('src')).toBe('/pictograms/1F98A.webp');
    await waitFor(() => {
      expect(fetched).toEqual(['0'.repeat(64)]);
    });
    expect(pictureOf(tileOf('Carla'))?.getAttribute('src')).toMatch(/^\/pictograms\//);
    expect(within(tileOf('Ann')).getByText('Ann')).toBeDefined();
  });

  it('goes back to the animal when the consent is withdrawn', async () => {
    const { db, member: ann } = await enrolledDb();
    const photo = await sha256OfBytes(JPEG);
    await db.members.put({ ...ann, photo, photoConsent: consent });
    await db.blobs.put({ sha256: photo, mime: 'image/jpeg', bytes: JPEG, state: 'remote', createdAt: FIXED_NOW.toISOString() });
    renderWithServices(<App />, { db });
    await waitFor(() => {
      expect(pictureOf(tileOf('Ann'))?.getAttribute('src')).toMatch(/^blob:/);
    });
    await db.members.update(ann.id, { photo: null, photoConsent: null });
    await waitFor(() => {
      expect(pictureOf(tileOf('Ann'))?.getAttribute('src')).toMatch(/^\/pictograms\//);
    });
  });
});
