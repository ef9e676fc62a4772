/**
 * A member's photo, taken by a coach with the member's consent. The photo
 * and the consent always change together in one patch, so a merge on the
 * server never keeps a photo without the consent beside it (the member
 * kind's schema refuses one too). Withdrawing the consent removes the photo
 * from the member; the animal shows again on every tablet.
 */
import type { Member } from '#shared/records.ts';
import { forgetWithdrawnPhoto } from './blobRepository.ts';
import { writeLocal, writeTables, type WriteContext } from './localWrite.ts';
import type { SchakelDb } from './SchakelDb.ts';

export class PhotoConsentError extends Error {
  override readonly name = 'PhotoConsentError';
}

/**
 * Saves a photo already stored on this tablet (storeLocalBlob) as the
 * member's, with the consent this coach tablet recorded now. Without
 * `consented` nothing is written and PhotoConsentError is thrown.
 */
export async function saveMemberPhoto(db: SchakelDb, memberId: string, photo: string, consented: boolean, ctx: WriteContext): Promise<Member> {
  if (!consented) throw new PhotoConsentError('a member photo needs the member’s consent');
  return db.transaction('rw', [...writeTables(db, 'member'), db.blobs], async () => {
    const [member, device, blob] = await Promise.all([db.members.get(memberId), db.device.get('self'), db.blobs.get(photo)]);
    if (!member) throw new Error('there is no such member on this tablet');
    if (!device) throw new Error('This tablet is not enrolled yet.');
    if (!blob) throw new Error('the photo is not on this tablet');
    const fields = { photo, photoConsent: { deviceId: device.deviceId, at: ctx.now.toISOString() } } satisfies Partial<Member>;
    await writeLocal(db, { kind: 'member', op: 'patch', id: memberId, fields }, ctx);
    return { ...member, ...fields };
  });
}

/** The member no longer agrees: photo and consent go together; the bytes go from this tablet if nothing else names them. */
export async function withdrawPhotoConsent(db: SchakelDb, memberId: string, ctx: WriteContext): Promise<void> {
  const member = await db.members.get(memberId);
  if (!member) throw new Error('there is no such member on this tablet');
  await writeLocal(db, { kind: 'member', op: 'patch', id: memberId, fields: { photo: null, photoConsent: null } }, ctx);
  if (member.photo) await forgetWithdrawnPhoto(db, member.photo);
}
