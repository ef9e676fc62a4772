/**
 * A customer's call-off, read row by row: with the columns mapped to order
 * fields, each row becomes an order draft or the list of what is wrong with
 * it. Pure: the file is already a table (readFile.ts), the cards are given.
 */
import { ORDER_IMPORT_FIELDS } from '#shared/records/kinds/teamSettings.ts';
import type { Card } from '#shared/records.ts';
import type { OrderDraft } from './orderDraft.ts';
import { productCard } from './productCard.ts';

export type ImportField = (typeof ORDER_IMPORT_FIELDS)[number];
/** Which column header holds each order field. */
export type ColumnMapping = Partial<Record<ImportField, string>>;
export type Cell = string | number | boolean | Date | null;

/** A call-off without a time column is due at the end of the working day. */
export const DEFAULT_DUE_HOUR = 16;
/** The fields a call-off cannot do without. */
export const REQUIRED_FIELDS: readonly ImportField[] = ['reference', 'product', 'quantity', 'dueDate'];
const MAX_QUANTITY = 1_000_000;

export type RowProblem =
  | { readonly code: 'missing-reference' }
  | { readonly code: 'duplicate-reference'; readonly reference: string }
  | { readonly code: 'unknown-product'; readonly product: string }
  | { readonly code: 'bad-quantity'; readonly value: string }
  | { readonly code: 'bad-date'; readonly value: string }
  | { readonly code: 'bad-time'; readonly value: string };

export interface CallOffRow {
  /** The row's number in the file, the header being row 1, as a spreadsheet numbers it. */
  readonly line: number;
  readonly values: Readonly<Partial<Record<ImportField, string>>>;
  readonly draft: OrderDraft | null;
  readonly problems: readonly RowProblem[];
}

/** Header words for each field in Dutch, French and English, for a first guess at the mapping. */
const HEADER_WORDS: Readonly<Record<ImportField, readonly string[]>> = {
  reference: ['bestelnummer', 'bestelling', 'ordernummer', 'order', 'orderref', 'referentie', 'ref', 'référence', 'reference', 'commande', 'po'],
  product: ['artikel', 'artikelnummer', 'product', 'produit', 'article', 'item', 'sku'],
  quantity: ['aantal', 'hoeveelheid', 'qty', 'quantity', 'quantité', 'nombre', 'stuks'],
  dueDate: ['leverdatum', 'datum', 'leverdag', 'duedate', 'due', 'date', 'datedelivraison', 'livraison', 'delivery'],
  dueTime: ['uur', 'leveruur', 'tijd', 'time', 'heure', 'duetime'],
  priority: ['prioriteit', 'spoed', 'priority', 'priorité', 'urgent'],
};

const word = (header: string) => header.normalize('NFC').toLowerCase().replace(/[\s_.\-:]+/g, '');

/** A mapping proposed from the header words; a header is used for one field at most. */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  for (const field of ORDER_IMPORT_FIELDS) {
    const words = HEADER_WORDS[field];
    const exact = headers.find((h) => !used.has(h) && words.includes(word(h)));
    const partial = exact ?? headers.find((h) => !used.has(h) && words.some((w) => w.length > 3 && word(h).includes(w)));
    if (partial !== undefined) {
      mapping[field] = partial;
      used.add(partial);
    }
  }
  return mapping;
}

/** The required fields the mapping leaves without a column of the file. */
export function missingColumns(mapping: ColumnMapping, headers: readonly string[]): ImportField[] {
  return REQUIRED_FIELDS.filter((f) => mapping[f] === undefined || !headers.includes(mapping[f]));
}

/** Every data row as a draft or its problems. `rows` are the data rows under `headers`. */
export function readCallOff(input: { readonly customer: string; readonly teamId: string; readonly headers: readonly string[]; readonly rows: readonly (readonly Cell[])[]; readonly mapping: ColumnMapping; readonly cards: readonly Pick<Card, 'id' | 'title' | 'products'>[] }): CallOffRow[] {
  const index = Object.fromEntries(ORDER_IMPORT_FIELDS.map((f) => [f, input.mapping[f] === undefined ? -1 : input.headers.indexOf(input.mapping[f])])) as Record<ImportField, number>;
  const seen = new Map<string, number>();
  return input.rows.map((row, i) => {
    const cell = (field: ImportField): Cell => (index[field] < 0 ? null : (row[index[field]] ?? null));
    const values = Object.fromEntries(ORDER_IMPORT_FIELDS.map((f) => [f, text(cell(f))]).filter(([, v]) => v !== '')) as Partial<Record<ImportField, string>>;
    const problems: RowProblem[] = [];
    const reference = text(cell('reference'));
    if (reference === '' || reference.length > 60) problems.push({ code: 'missing-reference' });
    else if (seen.has(reference)) problems.push({ code: 'duplicate-reference', reference });
    else seen.set(reference, i);
    const product = text(cell('product'));
    const card = product === '' ? undefined : productCard(input.cards, product);
    if (!card) problems.push({ code: 'unknown-product', product });
    const quantity = quantityOf(cell('quantity'));
    if (quantity === null) problems.push({ code: 'bad-quantity', value: text(cell('quantity')) });
    const time = timeOf(cell('dueTime'));
    if (time === null) problems.push({ code: 'bad-time', value: text(cell('dueTime')) });
    const due = dateOf(cell('dueDate'), time ?? { hours: DEFAULT_DUE_HOUR, minutes: 0, given: false });
    if (due === null) problems.push({ code: 'bad-date', value: text(cell('dueDate')) });
    const draft: OrderDraft | null =
      problems.length === 0 && card && quantity !== null && due !== null
        ? { customer: input.customer, reference, product: product.slice(0, 80), cardId: card.id, quantity, due: due.toISOString(), priority: rushOf(cell('priority')) ? 'rush' : 'normal' }
        : null;
    return { line: i + 2, values, draft, problems };
  });
}

function text(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  // A cell may run over lines (Alt+Enter in a spreadsheet); an order's fields are one line each.
  return String(cell).replace(/\s+/g, ' ').trim();
}

function quantityOf(cell: Cell): number | null {
  // "1.200" and "1 200" are twelve hundred in Belgium; a decimal comma is not a whole number.
  const raw = typeof cell === 'number' ? String(cell) : text(cell).replace(/[\s.\u202f\u00a0]/g, '');
  if (!/^\d+$/.test(raw)) return null;
  const n = Number(raw);
  return n >= 1 && n <= MAX_QUANTITY ? n : null;
}

interface TimeOfDay {
  readonly hours: number;
  readonly minutes: number;
  readonly given: boolean;
}

function timeOf(cell: Cell): TimeOfDay | null | undefined {
  if (cell === null || text(cell) === '') return undefined;
  if (cell instanceof Date) return { hours: cell.getUTCHours(), minutes: cell.getUTCMinutes(), given: true };
  // A spreadsheet time is a fraction of a day.
  if (typeof cell === 'number') return cell >= 0 && cell < 1 ? { hours: Math.floor(cell * 24), minutes: Math.round((cell * 24 * 60) % 60), given: true } : null;
  const m = /^(\d{1,2})[:.hu](\d{2})?$/i.exec(text(cell));
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = Number(m[2] ?? 0);
  return hours < 24 && minutes < 60 ? { hours, minutes, given: true } : null;
}

/** A local due instant from a date cell (ISO, Belgian day-first, or a real spreadsheet date), at the time given or in the cell. */
function dateOf(cell: Cell, time: TimeOfDay): Date | null {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return null;
    // Spreadsheet dates carry no zone: their digits are the workshop's local date and time.
    const inCell = cell.getUTCHours() !== 0 || cell.getUTCMinutes() !== 0;
    const at = time.given || !inCell ? time : { hours: cell.getUTCHours(), minutes: cell.getUTCMinutes() };
    return local(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate(), at.hours, at.minutes);
  }
  const raw = text(cell);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2}))?/.exec(raw);
  const be = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+(\d{1,2})[:.h](\d{2}))?$/.exec(raw);
  const parts = iso ? [iso[1], iso[2], iso[3], iso[4], iso[5]] : be ? [be[3], be[2], be[1], be[4], be[5]] : null;
  if (!parts) return null;
  const [y, mo, d, h, mi] = parts.map((p) => (p === undefined ? undefined : Number(p)));
  const at = !time.given && h !== undefined ? { hours: h, minutes: mi ?? 0 } : time;
  return local(y ?? 0, mo ?? 0, d ?? 0, at.hours, at.minutes);
}

function local(year: number, month: number, day: number, hours: number, minutes: number): Date | null {
  if (hours > 23 || minutes > 59) return null;
  const date = new Date(year, month - 1, day, hours, minutes);
  // 31/02 rolls over into March: not a date.
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : null;
}

function rushOf(cell: Cell): boolean {
  if (cell === true) return true;
  return ['rush', 'spoed', 'urgent', 'dringend', 'ja', 'yes', 'oui', '1', 'x', 'hoog', 'high', 'haute'].includes(word(text(cell)));
}
