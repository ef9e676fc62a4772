import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, MAX_ROWS, readCallOffFile } from './readFile.ts';

const csv = (text: string | Uint8Array, name = 'afroep.csv') => new File([text as BlobPart], name, { type: 'text/csv' });

describe('reading a call-off file', () => {
  it('reads a semicolon CSV with a UTF-8 mark, as Belgian Excel writes it', async () => {
    const result = await readCallOffFile(csv('\ufeffBestelnummer;Artikel;Aantal\nPO-1;Crème;5\n\nPO-2;DOOS-A4;7\n'));
    expect(result).toEqual({ ok: true, headers: ['Bestelnummer', 'Artikel', 'Aantal'], rows: [['PO-1', 'Crème', '5'], ['PO-2', 'DOOS-A4', '7']], encodingGuessed: false });
  });

  it('reads a comma CSV in UTF-16 with its mark', async () => {
    const text = 'Order ref,Product,Qty\nPO-1,DOOS-A4,5\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + i * 2] = text.charCodeAt(i);
    expect(await readCallOffFile(csv(bytes))).toMatchObject({ ok: true, headers: ['Order ref', 'Product', 'Qty'], rows: [['PO-1', 'DOOS-A4', '5']] });
  });

  it('reads a file that is not UTF-8 as Windows-1252 and says it guessed', async () => {
    // "Crème" in Windows-1252: è is the single byte 0xE8, never valid UTF-8 here.
    const bytes = new Uint8Array([...new TextEncoder().encode('A;B\nCr'), 0xe8, ...new TextEncoder().encode('me;1\n')]);
    expect(await readCallOffFile(csv(bytes))).toMatchObject({ ok: true, rows: [['Crème', '1']], encodingGuessed: true });
  });

  it('reads an XLSX sheet, a date cell as a date', async () => {
    // A hand-made workbook (tests/fixtures/call-off.xlsx): inline strings, a number and a date-formatted serial (46365 = 9 December 2026).
    const xlsx = new File([readFileSync('tests/fixtures/call-off.xlsx')], 'call-off.xlsx');
    const result = await readCallOffFile(xlsx);
    expect(result).toMatchObject({ ok: true, headers: ['Bestelnummer', 'Artikel', 'Aantal', 'Leverdatum'] });
    const row = result.ok ? result.rows[0] : [];
    expect(row?.slice(0, 3)).toEqual(['PO-9', 'DOOS-A4', 12]);
    expect(row?.[3]).toBeInstanceOf(Date);
    expect((row?.[3] as Date).toISOString().slice(0, 10)).toBe('2026-12-09');
  });

  it('refuses whole what it cannot read safely: too big, not text, empty, too many rows, a broken spreadsheet', async () => {
    expect(await readCallOffFile(csv(new Uint8Array(MAX_FILE_BYTES + 1)))).toEqual({ ok: false, refusal: 'too-big' });
    expect(await readCallOffFile(csv(new Uint8Array([0x41, 0x00, 0x42, 0x0a])))).toEqual({ ok: false, refusal: 'not-text' });
    expect(await readCallOffFile(csv('Bestelnummer;Artikel\n\n'))).toEqual({ ok: false, refusal: 'empty' });
    const many = `A;B\n${'x;1\n'.repeat(MAX_ROWS + 1)}`;
    expect(await readCallOffFile(csv(many))).toEqual({ ok: false, refusal: 'too-many-rows', rows: MAX_ROWS + 1 });
    expect(await readCallOffFile(csv(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), 'afroep.xlsx'))).toEqual({ ok: false, refusal: 'unreadable' });
  });
});
