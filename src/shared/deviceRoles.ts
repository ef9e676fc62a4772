/**
 * The roles a device is enrolled in, kept free of zod so the record
 * registry (which the tablet's first screen loads) can name them.
 */
export const DEVICE_ROLES = ['kiosk', 'coach'] as const;
export type DeviceRole = (typeof DEVICE_ROLES)[number];
