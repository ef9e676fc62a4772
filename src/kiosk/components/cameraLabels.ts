import type { CameraLabels } from './CameraCapture.tsx';

const KEYS = ['title', 'take', 'cancel', 'starting', 'busy', 'denied', 'noCamera', 'failed'] as const satisfies readonly (keyof CameraLabels)[];

/**
 * The camera's words from the `camera.*` keys of whichever namespace `t`
 * reads: member screens and coach mode each say them their own way.
 * (A module of its own, so the lazily loaded camera stays out of the first chunk.)
 */
export function cameraLabels(t: (key: `camera.${keyof CameraLabels}`) => string): CameraLabels {
  return Object.fromEntries(KEYS.map((key) => [key, t(`camera.${key}`)])) as unknown as CameraLabels;
}
