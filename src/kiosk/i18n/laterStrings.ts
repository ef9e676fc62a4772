/**
 * Where every strings file lives that is not in the first chunk: each is a
 * chunk of its own, found by language and namespace. This list is a chunk of
 * its own too, fetched with the first of them, so the first chunk carries
 * one import instead of an entry per file.
 */
import type { ResourceKey } from 'i18next';

// The Dutch files the first chunk bundles are left out: a file both imported and import()ed
// would carry its module object into the first chunk as well.
const FILES = import.meta.glob<{ default: ResourceKey }>(['./*/*.json', '!./nl-BE/translation.json', '!./nl-BE/coachShell.json'], { base: './locales' });

/** A namespace in a language, or null when there is no such file. */
export function loadStrings(language: string, namespace: string): Promise<{ default: ResourceKey } | null> {
  return FILES[`./${language}/${namespace}.json`]?.() ?? Promise.resolve(null);
}
