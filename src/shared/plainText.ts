/**
 * What a name or line of text a device or the coordinator sends may hold,
 * for every such text the server stores: the fields of records built with
 * `shortText` (member, station and card names, step text, customers…), the
 * device name at enrolment, and the order API's fields.
 *
 * Refused: C0 and C1 control characters (NUL, which PostgreSQL cannot hold;
 * BEL; the ESC of an ANSI colour code; tab and line breaks too, as every
 * such field is typed into one line), the bidi overrides and isolates
 * U+202A–U+202E and U+2066–U+2069 (which make "Ann‮exe.txt" read as
 * something else on every screen and in every log), and halves of a broken
 * UTF-16 pair. Accents, emoji and every script are welcome, and so are the
 * direction marks U+200E/U+200F that Arabic and Hebrew names may need.
 * No zod here: record kinds and the wire protocol both build on it.
 */

/** One character the rule refuses (a surrogate half counts as one). */
// Matching control characters is the point of both patterns.
/* eslint-disable no-control-regex */
const NOT_PLAIN = /[\p{Cc}\u202A-\u202E\u2066-\u2069]|\p{Cs}/u;
/** The same, for the few fields whose text may run over lines (a spreadsheet's column header): line breaks pass. */
const NOT_PLAIN_LINES = /[\0-\t\v\f\x0E-\x1F\x7F-\x9F\u202A-\u202E\u2066-\u2069]|\p{Cs}/u;
/* eslint-enable no-control-regex */

/** Whether `text` holds none of the characters the rule refuses; `lines` lets line breaks (CR, LF) pass. */
export function isPlainText(text: string, options: { readonly lines?: boolean } = {}): boolean {
  return !(options.lines === true ? NOT_PLAIN_LINES : NOT_PLAIN).test(text);
}

/** The refusal of a text, naming the first character refused (as U+XXXX) so a person can find it. */
export function notPlainTextMessage(text: unknown, options: { readonly lines?: boolean } = {}): string {
  const found = typeof text === 'string' ? (options.lines === true ? NOT_PLAIN_LINES : NOT_PLAIN).exec(text)?.[0] : undefined;
  const codePoint = found?.codePointAt(0);
  const which = codePoint === undefined ? '' : ` (found U+${codePoint.toString(16).toUpperCase().padStart(4, '0')})`;
  const controls = options.lines === true ? 'control characters such as a tab' : 'control characters such as a tab or line break';
  return `text may not hold ${controls}, text-direction overrides or broken characters${which}`;
}
