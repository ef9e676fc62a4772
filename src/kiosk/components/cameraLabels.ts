import type { CameraLabels } from './CameraCapture.tsx';

/**
 * The camera's words from the `camera.*` keys of whichever namespace `t`
 * reads: member screens and coach mode each say them their own way.
 * (A module of its own, so the lazily loaded camera stays out of the first chunk.)
 * Each key is written out, so the compiler checks each one is there and
 * i18next-cli sees them in the member screens' namespace; coach mode lists
 * its own beside its call.
 */
export function cameraLabels(t: (key: `camera.${keyof CameraLabels}`) => string): CameraLabels {
  return {
    title: t('camera.title'),
    take: t('camera.take'),
    cancel: t('camera.cancel'),
    starting: t('camera.starting'),
    busy: t('camera.busy'),
    denied: t('camera.denied'),
    noCamera: t('camera.noCamera'),
    failed: t('camera.failed'),
  };
}
