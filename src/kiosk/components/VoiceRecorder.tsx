import { useEffect, useRef, useState } from 'react';
import { blobMime, MAX_BLOB_BYTES, type BlobMime } from '#shared/blobs.ts';
import { useBlobUrl } from '#kiosk/hooks/useBlobUrl.ts';
import { Pictogram } from '#ui/Pictogram.tsx';

export interface VoiceLabels {
  readonly record: string;
  readonly stop: string;
  readonly play: string;
  readonly delete: string;
  /** Gets `{{seconds}}` filled in by the caller's `recording(seconds)`. */
  readonly recording: (seconds: number) => string;
  readonly unsupported: string;
  readonly denied: string;
  readonly failed: string;
}

interface Props {
  readonly clip: string | null | undefined;
  readonly labels: VoiceLabels;
  readonly onRecorded: (bytes: Uint8Array<ArrayBuffer>, mime: BlobMime) => void | Promise<void>;
  readonly onDelete: () => void;
}

/** A clip stops by itself here: long enough for a step, far below the blob limit at any bit rate. */
const MAX_SECONDS = 30;
/** What MediaRecorder may produce, in the order we prefer; all are allowed blob types (see blobs.ts). */
const RECORDER_TYPES = ['audio/webm;codecs=opus', 'audio/webm', 'audio/ogg;codecs=opus', 'audio/mp4'] as const;

function recorderType(): string | undefined {
  if (typeof MediaRecorder === 'undefined') return undefined;
  return RECORDER_TYPES.find((type) => MediaRecorder.isTypeSupported(type));
}

type RecorderState = { readonly phase: 'idle' } | { readonly phase: 'recording'; readonly seconds: number } | { readonly phase: 'problem'; readonly message: string };

/**
 * Records a short voice clip with the microphone (MediaRecorder), plays it
 * back, or deletes it. The clip's mime type is the recorder's, without codec
 * parameters, and must be one the server accepts.
 */
export function VoiceRecorder({ clip, labels, onRecorded, onDelete }: Props) {
  const [state, setState] = useState<RecorderState>({ phase: 'idle' });
  const recorderRef = useRef<MediaRecorder | null>(null);
  /** Set when the recorder leaves the screen: a microphone granted after that is let go at once. */
  const gone = useRef(false);
  const url = useBlobUrl(clip);
  const supported = typeof navigator !== 'undefined' && 'getUserMedia' in ((navigator.mediaDevices as MediaDevices | undefined) ?? {}) && recorderType() !== undefined;

  useEffect(() => {
    gone.current = false;
    return () => {
      gone.current = true;
      if (recorderRef.current?.state === 'recording') recorderRef.current.stop();
    };
  }, []);

  const start = async () => {
    const type = recorderType();
    if (!type) return;
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (error) {
      setState({ phase: 'problem', message: error instanceof Error && error.name === 'NotAllowedError' ? labels.denied : labels.failed });
      return;
    }
    if (gone.current) {
      // The editor closed while the browser asked for the microphone.
      stream.getTracks().forEach((track) => {
        track.stop();
      });
      return;
    }
    const recorder = new MediaRecorder(stream, { mimeType: type });
    const chunks: Blob[] = [];
    const started = performance.now();
    const ticker = setInterval(() => {
      const seconds = Math.floor((performance.now() - started) / 1000);
      if (seconds >= MAX_SECONDS && recorder.state === 'recording') recorder.stop();
      else setState({ phase: 'recording', seconds });
    }, 250);
    recorder.ondataavailable = (event) => {
      if (event.data.size > 0) chunks.push(event.data);
    };
    recorder.onstop = () => {
      clearInterval(ticker);
      stream.getTracks().forEach((track) => {
        track.stop();
      });
      recorderRef.current = null;
      void (async () => {
        const mime = blobMime.safeParse((recorder.mimeType || type).split(';')[0]);
        const bytes = new Uint8Array(await new Blob(chunks).arrayBuffer());
        if (!mime.success || bytes.byteLength === 0 || bytes.byteLength > MAX_BLOB_BYTES) {
          setState({ phase: 'problem', message: labels.failed });
          return;
        }
        setState({ phase: 'idle' });
        await onRecorded(bytes, mime.data);
      })().catch(() => {
        setState({ phase: 'problem', message: labels.failed });
      });
    };
    recorderRef.current = recorder;
    recorder.start();
    setState({ phase: 'recording', seconds: 0 });
  };

  if (!supported) return <p className="voice-note">{labels.unsupported}</p>;
  return (
    <div className="voice-recorder">
      {state.phase === 'recording' ? (
        <>
          <button type="button" className="tool-button voice-stop" onClick={() => recorderRef.current?.stop()}>
            <Pictogram name="stop" size={40} />
            <span>{labels.stop}</span>
          </button>
          <span role="status" className="voice-note">
            {labels.recording(state.seconds)}
          </span>
        </>
      ) : (
        <button type="button" className="tool-button" aria-label={labels.record} onClick={() => void start()}>
          <Pictogram name="microphone" size={40} />
        </button>
      )}
      {clip && state.phase !== 'recording' && (
        <>
          <button
            type="button"
            className="tool-button"
            aria-label={labels.play}
            disabled={url === null}
            onClick={() => {
              if (url) void new Audio(url).play().catch(() => undefined);
            }}
          >
            <Pictogram name="play" size={40} />
          </button>
          <button type="button" className="tool-button" aria-label={labels.delete} onClick={onDelete}>
            <Pictogram name="trash" size={40} />
          </button>
        </>
      )}
      {state.phase === 'problem' && <p className="error-message" role="alert">{state.message}</p>}
    </div>
  );
}
