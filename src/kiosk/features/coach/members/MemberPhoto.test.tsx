import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { storeLocalBlob } from '#db/blobRepository.ts';
import { PhotoConsentError, saveMemberPhoto, withdrawPhotoConsent } from '#db/memberPhotoRepository.ts';
import { member as memberSchema } from '#shared/records.ts';
import { renderCoachTablet } from '#tests/helpers/coachTestTablet.tsx';
import { enrolledDb } from '#tests/helpers/enrolledDb.ts';
import { FIXED_NOW } from '#tests/helpers/renderApp.tsx';

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9]);
const ctx = { actorMemberId: null, now: FIXED_NOW, newId: uuidv7 };

describe('a member’s photo needs their consent', { timeout: 20_000 }, () => {
  it('offers "take photo" only once the coach ticks that the member agrees', async () => {
    await renderCoachTablet('unlocked');
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('tab', { name: 'Mensen' }));
    await user.click(await screen.findByRole('button', { name: 'Instellingen van Ann' }));
    const take = await screen.findByRole('button', { name: 'Foto nemen' });
    expect(take).toHaveProperty('disabled', true);
    expect(screen.getByText('Vink eerst aan dat de persoon akkoord is.')).toBeDefined();
    await user.click(screen.getByRole('checkbox', { name: 'Ann is akkoord met een foto op de tablets van de ploeg.' }));
    expect(take).toHaveProperty('disabled', false);
    await user.click(take);
    // No camera in this test browser: the dialog says so, and nothing is saved.
    expect(await screen.findByRole('dialog', { name: 'Foto nemen' })).toBeDefined();
  });

  it('is refused without consent by the tablet’s store and by the record format', async () => {
    const { db, member } = await enrolledDb();
    const photo = await storeLocalBlob(db, JPEG, 'image/jpeg', FIXED_NOW);
    await expect(saveMemberPhoto(db, member.id, photo, false, ctx)).rejects.toBeInstanceOf(PhotoConsentError);
    expect(await db.outbox.count()).toBe(0);
    expect((await db.members.get(member.id))?.photo).toBeUndefined();
    expect(memberSchema.safeParse({ ...member, photo }).success).toBe(false);
    expect(memberSchema.safeParse({ ...member, photo, photoConsent: null }).success).toBe(false);
    expect(memberSchema.safeParse({ ...member, photo, photoConsent: { deviceId: uuidv7(), at: FIXED_NOW.toISOString() } }).success).toBe(true);
  });

  it('saves photo and consent (this tablet, now) in one patch; withdrawing removes both, and the bytes', async () => {
    const { db, member } = await enrolledDb();
    const deviceId = (await db.device.get('self'))!.deviceId;
    const photo = await storeLocalBlob(db, JPEG, 'image/jpeg', FIXED_NOW);
    await saveMemberPhoto(db, member.id, photo, true, ctx);
    const consent = { deviceId, at: FIXED_NOW.toISOString() };
    expect(await db.members.get(member.id)).toMatchObject({ photo, photoConsent: consent });
    await withdrawPhotoConsent(db, member.id, ctx);
    expect(await db.members.get(member.id)).toMatchObject({ photo: null, photoConsent: null });
    expect((await db.outbox.toArray()).map((e) => e.data)).toEqual([{ photo, photoConsent: consent }, { photo: null, photoConsent: null }]);
    // A waiting change still names the photo, so its bytes stay until the server has it.
    expect(await db.blobs.get(photo)).toBeDefined();
  });

  it('forgets the bytes on withdrawal when nothing names the photo any more', async () => {
    const { db, member } = await enrolledDb();
    const photo = await storeLocalBlob(db, JPEG, 'image/jpeg', FIXED_NOW);
    await saveMemberPhoto(db, member.id, photo, true, ctx);
    // Synced: the server has the photo and the change.
    await db.outbox.clear();
    await db.blobs.update(photo, { state: 'uploaded' });
    await withdrawPhotoConsent(db, member.id, ctx);
    await waitFor(async () => {
      expect(await db.blobs.get(photo)).toBeUndefined();
    });
  });
});
