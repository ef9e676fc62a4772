/**
 * Intl formatters, made once per language and options. Building one is slow
 * on a tablet (a few milliseconds each, more for the first of a kind, which
 * loads the locale's data), and the photo grid's sync line and storage line
 * used to build new ones on every render.
 */
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

export function dateTimeFormat(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language} ${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, options);
    dateTimeFormats.set(key, format);
  }
  return format;
}

export function numberFormat(language: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language} ${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, options);
    numberFormats.set(key, format);
  }
  return format;
}

/**
 * A time of day as the workshop's clock shows it, "14:05": the 24-hour
 * clock Belgium uses in all three of Schakel's languages. Plain digits, so
 * the first screen needs no Intl at all to say when it last synced.
 */
export function clockTime(instant: Date): string {
  return `${String(instant.getHours()).padStart(2, '0')}:${String(instant.getMinutes()).padStart(2, '0')}`;
}
