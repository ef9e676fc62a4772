/**
 * The offline voice's data: eSpeak NG's dictionaries and phonemes for the
 * three languages Schakel speaks (nl-BE, fr-BE, en), packed at build time
 * into one precached file of about 1 MB instead of the package's 24 MB for
 * every language. Pure: the build (vite.config.ts) and the worker test read
 * the files, the worker fetches the packed file.
 *
 * Packed format: a little-endian uint32 with the header's length, the header
 * as UTF-8 JSON `{ files: [{ path, size }] }`, then each file's bytes in order.
 */

/** Where the kiosk serves the packed data (dev server and build alike). */
export const SPEECH_DATA_PATH = '/speech/espeak-ng-nl-fr-en.data';

/** Dictionaries of the languages Schakel speaks; every other file (phonemes, voices, tiny language files) stays. */
const KEPT_DICTIONARIES = new Set(['nl_dict', 'fr_dict', 'en_dict']);

export interface PackedFile {
  readonly path: string;
  readonly bytes: Uint8Array;
}

interface DataFileEntry {
  readonly filename: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The file list that Emscripten's file packager wrote into the glue code:
 * `loadPackage({files:[{filename:"…",start:0,end:121473},…]`. Throws when a
 * new package version lays it out differently, so the build fails loudly.
 */
export function espeakDataFiles(glueJs: string): DataFileEntry[] {
  const list = /loadPackage\(\{files:(\[[^\]]*\])/.exec(glueJs)?.[1];
  if (list === undefined) throw new Error('espeak-ng.js: no file packager list found; has @echogarden/espeak-ng-emscripten changed its build?');
  return JSON.parse(list.replace(/([{,])(filename|start|end):/g, '$1"$2":')) as DataFileEntry[];
}

function isKept(path: string): boolean {
  const name = path.split('/').pop() ?? path;
  return !name.endsWith('_dict') || KEPT_DICTIONARIES.has(name);
}

/** Packs the files Schakel needs out of the package's espeak-ng.data. */
export function packSpeechData(glueJs: string, fullData: Uint8Array): Uint8Array {
  const kept = espeakDataFiles(glueJs).filter((f) => isKept(f.filename));
  const header = new TextEncoder().encode(JSON.stringify({ files: kept.map((f) => ({ path: f.filename, size: f.end - f.start })) }));
  const body = kept.reduce((sum, f) => sum + f.end - f.start, 0);
  const packed = new Uint8Array(4 + header.length + body);
  new DataView(packed.buffer).setUint32(0, header.length, true);
  packed.set(header, 4);
  let at = 4 + header.length;
  for (const f of kept) {
    packed.set(fullData.subarray(f.start, f.end), at);
    at += f.end - f.start;
  }
  return packed;
}

/** The files of a packed data file, as views on it (no copy). */
export function unpackSpeechData(packed: ArrayBuffer): PackedFile[] {
  const headerLength = new DataView(packed).getUint32(0, true);
  const header = JSON.parse(new TextDecoder().decode(new Uint8Array(packed, 4, headerLength))) as { files: { path: string; size: number }[] };
  let at = 4 + headerLength;
  return header.files.map(({ path, size }) => {
    // A file cut short throws a RangeError here: the worker then reports "no voice".
    const bytes = new Uint8Array(packed, at, size);
    at += size;
    return { path, bytes };
  });
}
