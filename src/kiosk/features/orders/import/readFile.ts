/**
 * A call-off file as a table: CSV through papaparse, XLSX through
 * read-excel-file, both loaded only when a file is read. Whatever cannot be
 * read safely is refused whole, before anything is shown or saved.
 */
import type { Cell } from '#domain/orders/readCallOff.ts';

export const MAX_FILE_BYTES = 5 * 1024 * 1024;
export const MAX_ROWS = 10_000;

export type FileRefusal = 'too-big' | 'not-text' | 'empty' | 'too-many-rows' | 'unreadable';

export type ReadFileResult =
  | { readonly ok: true; readonly headers: string[]; readonly rows: Cell[][]; readonly encodingGuessed: boolean }
  | { readonly ok: false; readonly refusal: FileRefusal; readonly rows?: number };

export async function readCallOffFile(file: Blob & { readonly name: string }): Promise<ReadFileResult> {
  if (file.size > MAX_FILE_BYTES) return { ok: false, refusal: 'too-big' };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (bytes.length === 0) return { ok: false, refusal: 'empty' };
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (isZip || /\.xlsx$/i.test(file.name)) return readSpreadsheet(bytes);
  const decoded = decode(bytes);
  if (!decoded) return { ok: false, refusal: 'not-text' };
  const { default: Papa } = await import('papaparse');
  const parsed = Papa.parse<string[]>(decoded.text, { skipEmptyLines: 'greedy', delimitersToGuess: [';', ',', '\t'] });
  return asTable(parsed.data, decoded.guessed);
}

async function readSpreadsheet(bytes: Uint8Array): Promise<ReadFileResult> {
  try {
    const { readSheet } = await import('read-excel-file/browser');
    const data = await readSheet(new Blob([bytes as BlobPart]));
    return asTable(data.map((row) => row.map((c) => (c === null || typeof c === 'string' || typeof c === 'number' || typeof c === 'boolean' || c instanceof Date ? c : String(c)))), false);
  } catch {
    return { ok: false, refusal: 'unreadable' };
  }
}

function asTable(data: readonly (readonly Cell[])[], encodingGuessed: boolean): ReadFileResult {
  const [head, ...rows] = data.filter((row) => row.some((c) => c !== null && String(c).trim() !== ''));
  if (!head || rows.length === 0) return { ok: false, refusal: 'empty' };
  if (rows.length > MAX_ROWS) return { ok: false, refusal: 'too-many-rows', rows: rows.length };
  return { ok: true, headers: head.map((h) => (h === null ? '' : String(h).trim())), rows: rows.map((r) => [...r]), encodingGuessed };
}

/**
 * The file's text: UTF-8 (with or without its mark) or UTF-16 with its mark;
 * anything else that is still text is read as Windows-1252, which is what
 * Excel on a Belgian PC writes, and the preview says it guessed. Bytes that
 * are no text at all (NUL bytes) are refused.
 */
function decode(bytes: Uint8Array): { text: string; guessed: boolean } | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), guessed: false };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), guessed: false };
  if (bytes.includes(0)) return null;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), guessed: false };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), guessed: true };
  }
}
