/**
 * What a tablet must download and run before the member screen works: the
 * entry chunk of the production build and every chunk it imports statically
 * (Vite adds those as modulepreload links), read from `dist/.vite/manifest.json`.
 * Chunks loaded by dynamic import() are listed, not counted.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

interface ManifestChunk {
  readonly file: string;
  readonly src?: string;
  readonly isEntry?: boolean;
  readonly imports?: readonly string[];
  readonly dynamicImports?: readonly string[];
  readonly css?: readonly string[];
}

export interface ChunkSize {
  readonly file: string;
  readonly bytes: number;
  readonly gzipBytes: number;
}

export interface EntrySize {
  /** KB = 1024 bytes, gzip at zlib's default level (as Vite's build report). */
  readonly jsKbGzip: number;
  readonly cssKbGzip: number;
  readonly chunks: readonly ChunkSize[];
  readonly lazyChunks: readonly ChunkSize[];
  /** Whether any counted chunk carries zod, by its source map. */
  readonly zodInEntry: boolean;
}

export function memberEntrySize(distDir: string): EntrySize {
  const manifest = JSON.parse(readFileSync(path.join(distDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
  const entries = Object.entries(manifest).filter(([, chunk]) => chunk.isEntry === true);
  if (entries.length !== 1) throw new Error(`expected one entry in the manifest, found ${entries.map(([k]) => k).join(', ') || 'none'}`);
  const counted = new Set<string>();
  const visit = (key: string) => {
    if (counted.has(key)) return;
    counted.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  visit(entries[0]?.[0] ?? '');

  const size = (file: string): ChunkSize => {
    const bytes = readFileSync(path.join(distDir, file));
    return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes).length };
  };
  const chunks = [...counted].map((key) => size(manifest[key]?.file ?? key));
  const css = [...new Set([...counted].flatMap((key) => manifest[key]?.css ?? []))].map(size);
  const lazyChunks = Object.entries(manifest)
    .filter(([key, chunk]) => !counted.has(key) && chunk.file.endsWith('.js'))
    .map(([, chunk]) => size(chunk.file));
  const zodInEntry = chunks.some((c) => {
    try {
      const map = JSON.parse(readFileSync(path.join(distDir, `${c.file}.map`), 'utf8')) as { sources?: string[] };
      return (map.sources ?? []).some((s) => s.includes('node_modules/zod/'));
    } catch {
      return false;
    }
  });
  const kb = (list: readonly ChunkSize[]) => list.reduce((sum, c) => sum + c.gzipBytes, 0) / 1024;
  return { jsKbGzip: kb(chunks), cssKbGzip: kb(css), chunks, lazyChunks, zodInEntry };
}
