import { describe, expect, it } from 'vitest';
import { guessMapping, missingColumns, readCallOff, type Cell } from './readCallOff.ts';

const DOOS = { id: '01900000-0000-7000-8000-0000000000c1', title: 'Dozen inpakken', products: ['DOOS-A4', 'DOOS-A5'] };
const ETIKET = { id: '01900000-0000-7000-8000-0000000000c2', title: 'Etiket kleven' };
const HEADERS = ['Bestelnummer', 'Artikel', 'Aantal', 'Leverdatum', 'Uur', 'Prioriteit'];

function read(rows: Cell[][], headers = HEADERS) {
  return readCallOff({ customer: 'Acme', teamId: DOOS.id, headers, rows, mapping: guessMapping(headers), cards: [DOOS, ETIKET] });
}

describe("reading a customer's call-off", () => {
  it('guesses the columns from Dutch, French and English headers', () => {
    expect(guessMapping(HEADERS)).toEqual({ reference: 'Bestelnummer', product: 'Artikel', quantity: 'Aantal', dueDate: 'Leverdatum', dueTime: 'Uur', priority: 'Prioriteit' });
    expect(guessMapping(['Référence', 'Produit', 'Quantité', 'Date de livraison'])).toEqual({ reference: 'Référence', product: 'Produit', quantity: 'Quantité', dueDate: 'Date de livraison' });
    expect(guessMapping(['Order ref', 'Product', 'Qty', 'Due date', 'Time'])).toMatchObject({ reference: 'Order ref', product: 'Product', quantity: 'Qty', dueDate: 'Due date', dueTime: 'Time' });
    expect(missingColumns({ reference: 'Bestelnummer' }, HEADERS)).toEqual(['product', 'quantity', 'dueDate']);
  });

  it('reads good rows as drafts due at local time, with the card that makes the product', () => {
    const [iso, belgian, excel] = read([
      ['PO-1', 'doos-a4', '1.200', '2026-12-09', '14:30', 'spoed'],
      ['PO-2', 'Etiket kleven', 50, '9/12/2026', '', ''],
      ['PO-3', 'DOOS-A5', 10, new Date(Date.UTC(2026, 11, 10)), 0.5, ''],
    ]);
    expect(iso?.draft).toEqual({ customer: 'Acme', reference: 'PO-1', product: 'doos-a4', cardId: DOOS.id, quantity: 1200, due: new Date(2026, 11, 9, 14, 30).toISOString(), priority: 'rush' });
    expect(belgian?.draft).toMatchObject({ cardId: ETIKET.id, quantity: 50, due: new Date(2026, 11, 9, 16).toISOString(), priority: 'normal' });
    expect(excel?.draft).toMatchObject({ cardId: DOOS.id, due: new Date(2026, 11, 10, 12).toISOString() });
    expect([iso?.line, belgian?.line, excel?.line]).toEqual([2, 3, 4]);
  });

  it('names every problem of a bad row and makes no draft of it', () => {
    const rows = read([
      ['PO-1', 'XR-9', '-5', '31/02/2026', '25:00', ''],
      ['', 'DOOS-A4', '2,5', 'morgen', '', ''],
      ['PO-3', 'DOOS-A4', '0', '2026-12-09', '', ''],
      ['PO-3', 'DOOS-A4', '5', '2026-12-09', '', ''],
    ]);
    expect(rows.map((r) => r.draft)).toEqual([null, null, null, null]);
    expect(rows[0]?.problems).toEqual([
      { code: 'unknown-product', product: 'XR-9' },
      { code: 'bad-quantity', value: '-5' },
      { code: 'bad-time', value: '25:00' },
      { code: 'bad-date', value: '31/02/2026' },
    ]);
    expect(rows[1]?.problems.map((p) => p.code)).toEqual(['missing-reference', 'bad-quantity', 'bad-date']);
    expect(rows[2]?.problems).toEqual([{ code: 'bad-quantity', value: '0' }]);
    expect(rows[3]?.problems).toEqual([{ code: 'duplicate-reference', reference: 'PO-3' }]);
  });

  it('reads a cell that runs over lines (Alt+Enter) as one line, as an order field must be', () => {
    const [row] = read([['PO-\n7', 'Etiket\r\nkleven', 5, '2026-12-09', '', '']]);
    expect(row?.draft).toMatchObject({ reference: 'PO- 7', product: 'Etiket kleven', cardId: ETIKET.id });
  });
});
