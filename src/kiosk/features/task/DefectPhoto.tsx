import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { discardUnusedLocalBlob, storeLocalBlob } from '#db/blobRepository.ts';
import type { BlobMime } from '#shared/blobs.ts';
import { cameraLabels } from '#kiosk/components/cameraLabels.ts';
import { ErrorAlert } from '#ui/ErrorAlert.tsx';
import { Pictogram } from '#ui/Pictogram.tsx';
import { StepPicture } from '#kiosk/components/StepPicture.tsx';
import { useSaveError } from '#kiosk/hooks/useSaveError.ts';
import { useServices } from '#kiosk/hooks/useServices.ts';

// The camera is needed only when a member photographs a defect: keep it out of the first load.
const CameraCapture = lazy(() => import('#kiosk/components/CameraCapture.tsx').then((m) => ({ default: m.CameraCapture })));

interface Props {
  readonly photo: string | null;
  readonly onChange: (photo: string | null) => void;
}

/** An optional photo of a defect, taken with the tablet camera and kept on the tablet until it is sent. */
export function DefectPhoto({ photo, onChange }: Props) {
  const { t } = useTranslation();
  const { db, now } = useServices();
  const [camera, setCamera] = useState(false);
  const { error, run } = useSaveError();

  const keep = async (bytes: Uint8Array<ArrayBuffer>, mime: BlobMime): Promise<void> => {
    await run(async () => {
      onChange(await storeLocalBlob(db, bytes, mime, now()));
    });
    // Closed whatever happened: a save error (a full tablet) shows on the counts screen, not behind the camera.
    setCamera(false);
  };

  return (
    <section className="defect-photo" aria-label={t('counts.photo')}>
      {photo ? (
        <>
          <StepPicture picto="camera" photo={photo} className="defect-thumb" />
          <button
          type="button"
          className="secondary-button"
          onClick={() => {
            onChange(null);
            void discardUnusedLocalBlob(db, photo).catch(() => undefined);
          }}
        >
            <Pictogram name="trash" size={40} />
            <span>{t('counts.photoRemove')}</span>
          </button>
        </>
      ) : (
        <button type="button" className="reason-button" onClick={() => setCamera(true)}>
          <Pictogram name="camera" size={56} />
          <span>{t('counts.photoTake')}</span>
        </button>
      )}
      {camera && (
        <Suspense fallback={null}>
          <CameraCapture
            labels={cameraLabels(t)}
            onCapture={keep}
            onCancel={() => setCamera(false)}
          />
        </Suspense>
      )}
      <ErrorAlert message={error} />
    </section>
  );
}
