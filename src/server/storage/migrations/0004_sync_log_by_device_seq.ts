/** A resend looks up the first answer for (device, seq); without this index every resend scans the log. */
export const migration0004 = {
  version: 4,
  name: 'sync_log_by_device_seq',
  sql: `
CREATE INDEX sync_log_device_seq ON sync_log (device_id, seq);
`,
} as const;
