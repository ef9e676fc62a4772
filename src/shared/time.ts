/** Calendar helpers on plain values; the caller supplies the instant. */

/** The local calendar day of an instant, as YYYY-MM-DD, in the device's time zone. */
export function localDay(instant: Date): string {
  const y = instant.getFullYear();
  const m = String(instant.getMonth() + 1).padStart(2, '0');
  const d = String(instant.getDate()).padStart(2, '0');
  return `${String(y)}-${m}-${d}`;
}
