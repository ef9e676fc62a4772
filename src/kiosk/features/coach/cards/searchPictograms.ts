import { PICTOGRAM_KEYWORDS } from '#shared/pictogramKeywords.ts';
import { PICTOGRAMS, type PictogramName } from '#shared/pictograms.ts';

/** Lower case without accents, so "ecrou" finds "écrou" and "Tournevis" finds "tournevis". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();

const NAMES = Object.keys(PICTOGRAMS) as PictogramName[];
const WORDS = new Map(
  NAMES.map((name) => {
    const { nl, fr, en } = PICTOGRAMS[name];
    const [moreNl = [], moreFr = [], moreEn = []] = PICTOGRAM_KEYWORDS[name] ?? [];
    return [name, [name, nl, ...moreNl, fr, ...moreFr, en, ...moreEn].map(fold)];
  }),
);

/**
 * Pictograms whose Dutch, French or English keywords match the query, best
 * first: a whole word, then a word that starts with it, then one that
 * contains it. An empty query gives the whole set in catalogue order.
 */
export function searchPictograms(query: string): PictogramName[] {
  const q = fold(query);
  if (q === '') return NAMES;
  const rank = (name: PictogramName): number => {
    const words = WORDS.get(name) ?? [];
    if (words.some((w) => w === q)) return 0;
    if (words.some((w) => w.split(/[\s-]+/).some((part) => part.startsWith(q)))) return 1;
    if (words.some((w) => w.includes(q))) return 2;
    return 3;
  };
  return NAMES.map((name) => ({ name, rank: rank(name) }))
    .filter((r) => r.rank < 3)
    .sort((a, b) => a.rank - b.rank)
    .map((r) => r.name);
}
