import { useEffect, useRef, useState } from 'react';
import type { BlobMime } from '#shared/blobs.ts';
import { useDialogFocus } from '#ui/useDialogFocus.ts';
import { downscaleImage } from '#kiosk/media/downscaleImage.ts';
import { Pictogram } from '#ui/Pictogram.tsx';

/** Words the caller chooses, so coach and member screens can each say it their way. */
export interface CameraLabels {
  readonly title: string;
  readonly take: string;
  readonly cancel: string;
  readonly starting: string;
  readonly busy: string;
  readonly denied: string;
  readonly noCamera: string;
  readonly failed: string;
}

interface Props {
  readonly labels: CameraLabels;
  /** A JPEG of at most 1024 px and 200 KB. The dialog stays open until the caller closes it. */
  readonly onCapture: (bytes: Uint8Array<ArrayBuffer>, mime: BlobMime) => void | Promise<void>;
  readonly onCancel: () => void;
}

type CameraState = 'starting' | 'live' | 'busy' | 'denied' | 'noCamera' | 'failed';

/** The browser's media devices, or null where there are none (old browser, insecure page, tests). */
function mediaDevices(): MediaDevices | null {
  if (typeof navigator === 'undefined') return null;
  const media = navigator.mediaDevices as MediaDevices | undefined;
  return media && 'getUserMedia' in media ? media : null;
}

function cameraProblem(error: unknown): CameraState {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError' || name === 'NotReadableError') return 'noCamera';
  return 'failed';
}

/**
 * The tablet's back camera in a dialog, with one big button to take the
 * photo. Without a camera, or without permission, it says so and changes
 * nothing. The camera is switched off as soon as the dialog closes.
 */
export function CameraCapture({ labels, onCapture, onCancel }: Props) {
  const videoRef = useRef<HTMLVideoElement>(null);
  const dialog = useRef<HTMLElement>(null);
  useDialogFocus(dialog);
  const [state, setState] = useState<CameraState>(() => (mediaDevices() ? 'starting' : 'noCamera'));

  useEffect(() => {
    const media = mediaDevices();
    if (!media) return undefined;
    const run: { cancelled: boolean; stream: MediaStream | null } = { cancelled: false, stream: null };
    const isCancelled = () => run.cancelled;
    const stop = (stream: MediaStream) => {
      stream.getTracks().forEach((track) => {
        track.stop();
      });
    };
    media
      .getUserMedia({ video: { facingMode: 'environment', width: { ideal: 1920 }, height: { ideal: 1080 } }, audio: false })
      .then(async (stream) => {
        // Closed while the browser was still asking: switch the camera straight off again.
        if (isCancelled()) {
          stop(stream);
          return;
        }
        run.stream = stream;
        const video = videoRef.current;
        if (!video) return;
        video.srcObject = stream;
        await video.play().catch(() => undefined);
        if (!isCancelled()) setState('live');
      })
      .catch((error: unknown) => {
        if (!isCancelled()) setState(cameraProblem(error));
      });
    return () => {
      run.cancelled = true;
      if (run.stream) stop(run.stream);
    };
  }, []);

  const take = async () => {
    const video = videoRef.current;
    if (!video || video.videoWidth === 0) return;
    setState('busy');
    try {
      const { bytes, mime } = await downscaleImage(video, video.videoWidth, video.videoHeight);
      await onCapture(bytes, mime);
      setState('live');
    } catch {
      setState('failed');
    }
  };

  const message = state === 'starting' ? labels.starting : state === 'busy' ? labels.busy : state === 'live' ? null : labels[state];
  const problem = state === 'denied' || state === 'noCamera' || state === 'failed';
  return (
    <div className="dialog-backdrop">
      <section ref={dialog} className="camera-dialog" role="dialog" aria-modal="true" aria-labelledby="camera-title" tabIndex={-1}>
        <h2 id="camera-title">
          <Pictogram name="camera" size={40} />
          {labels.title}
        </h2>
        <video ref={videoRef} className="camera-video" muted playsInline aria-hidden="true" hidden={state === 'denied' || state === 'noCamera'} />
        <p className={problem ? 'error-message' : 'camera-status'} role={problem ? 'alert' : 'status'}>
          {message}
        </p>
        <div className="camera-actions">
          <button type="button" className="secondary-button" onClick={onCancel}>
            <Pictogram name="back" size={40} />
            <span>{labels.cancel}</span>
          </button>
          <button type="button" className="primary-button camera-take" disabled={state !== 'live' && state !== 'failed'} onClick={() => void take()}>
            <Pictogram name="camera" size={56} />
            <span>{labels.take}</span>
          </button>
        </div>
      </section>
    </div>
  );
}
