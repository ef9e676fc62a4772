import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { storeLocalBlob } from '#db/blobRepository.ts';
import { saveMemberPhoto, withdrawPhotoConsent } from '#db/memberPhotoRepository.ts';
import type { Member } from '#shared/records.ts';
import { ErrorAlert } from '#ui/ErrorAlert.tsx';
import { Pictogram } from '#ui/Pictogram.tsx';
import { CameraCapture } from '#kiosk/components/CameraCapture.tsx';
import { cameraLabels } from '#kiosk/components/cameraLabels.ts';
import { MemberAvatar } from '#kiosk/components/MemberAvatar.tsx';
import { useSaveError } from '#kiosk/hooks/useSaveError.ts';
import { useServices } from '#kiosk/hooks/useServices.ts';

/**
 * The member's photo for the sign-in grid: only once the coach ticks that
 * the member agrees, taken with the tablet camera and downscaled like a step
 * photo. Withdrawing the consent takes the photo away again; the animal
 * stays the picture whenever there is none.
 */
export function MemberPhoto({ member }: { member: Member }) {
  const { t, i18n } = useTranslation('coach');
  const { db, now, newId, requestSync } = useServices();
  const { error, run } = useSaveError();
  const [consent, setConsent] = useState(false);
  const [camera, setCamera] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const ctx = () => ({ actorMemberId: null, now: now(), newId });
  const consentGiven = member.photoConsent ?? null;
  const agreed = consentGiven !== null;
  const atFormat = new Intl.DateTimeFormat(i18n.language, { day: 'numeric', month: 'long', year: 'numeric' });

  return (
    <fieldset className="member-photo-settings">
      <legend className="field-label">{t('members.photo.title')}</legend>
      <div className="member-photo-row">
        <MemberAvatar member={member} size={120} />
        <div className="member-photo-actions">
          {consentGiven ? (
            <>
              <p>{t('members.photo.consentGiven', { date: atFormat.format(new Date(consentGiven.at)) })}</p>
              <button type="button" className="secondary-button" onClick={() => setCamera(true)}>
                <Pictogram name="camera" size={40} />
                <span>{member.photo ? t('members.photo.retake') : t('members.photo.take')}</span>
              </button>
              <button
                type="button"
                className="secondary-button"
                onClick={() =>
                  void run(async () => {
                    await withdrawPhotoConsent(db, member.id, ctx());
                    setConsent(false);
                    setStatus(t('members.photo.withdrawn'));
                    requestSync('write');
                  })
                }
              >
                <Pictogram name="trash" size={40} />
                <span>{t('members.photo.withdraw')}</span>
              </button>
            </>
          ) : (
            <>
              <label className="check-field">
                <input type="checkbox" checked={consent} onChange={(e) => setConsent(e.target.checked)} />
                <span>{t('members.photo.consent', { name: member.name })}</span>
              </label>
              <button type="button" className="primary-button" disabled={!consent} onClick={() => setCamera(true)}>
                <Pictogram name="camera" size={40} />
                <span>{t('members.photo.take')}</span>
              </button>
              {!consent && <p className="field-hint">{t('members.photo.needsConsent')}</p>}
            </>
          )}
        </div>
      </div>
      <p role="status" className="save-status">
        {status}
      </p>
      <ErrorAlert message={error} />
      {camera && (
        <CameraCapture
          // The coach's own camera words; for i18next-cli (see i18next.config.ts): t('coach:camera.title') t('coach:camera.take')
          // t('coach:camera.cancel') t('coach:camera.starting') t('coach:camera.busy') t('coach:camera.denied') t('coach:camera.noCamera') t('coach:camera.failed')
          labels={cameraLabels(t)}
          onCancel={() => setCamera(false)}
          onCapture={async (bytes, mime) => {
            await run(async () => {
              const photo = await storeLocalBlob(db, bytes, mime, now());
              await saveMemberPhoto(db, member.id, photo, agreed || consent, ctx());
              setStatus(t('members.photo.saved'));
              requestSync('write');
            });
            setCamera(false);
          }}
        />
      )}
    </fieldset>
  );
}
