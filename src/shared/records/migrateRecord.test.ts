import { describe, expect, it } from 'vitest';
import { RecordVersionError, canServe, migrateDown, migrateUp } from './migrateRecord.ts';

const station = { id: 's', teamId: 't', name: 'Zagen', picto: 'saw' };

describe('record migrations', () => {
  it('bring a format-1 station up: `heavy` becomes `load`, in a whole record and in a patch', () => {
    expect(migrateUp('station', { ...station, heavy: true }, 1, { partial: false })).toEqual({ ...station, load: 'heavy' });
    expect(migrateUp('station', { ...station, heavy: false }, 1, { partial: false })).toEqual({ ...station, load: 'light' });
    expect(migrateUp('station', { name: 'Lijmen' }, 1, { partial: true })).toEqual({ name: 'Lijmen' });
    expect(migrateUp('station', { ...station, load: 'medium' }, 2, { partial: false })).toEqual({ ...station, load: 'medium' });
  });

  it('give a format-1 rota slot the morning, but add nothing to a patch', () => {
    const slot = { id: 'r', teamId: 't', memberId: 'm', stationId: 's', day: '2026-11-25' };
    expect(migrateUp('rotaSlot', slot, 1, { partial: false, to: 2 })).toEqual({ ...slot, shift: 'am' });
    // Format 3: a slot from before the board was a coach's, a pin, in the ISO week of its day.
    expect(migrateUp('rotaSlot', slot, 1, { partial: false })).toEqual({ ...slot, shift: 'am', week: '2026-W48', placedBy: 'coach', pinned: true });
    expect(migrateUp('rotaSlot', { stationId: 'x' }, 1, { partial: true })).toEqual({ stationId: 'x' });
  });

  it('bring a format-1 card up as Dutch, its first language, and serve an older app the first language only', () => {
    const step = { id: 'p', picto: 'package', text: 'Neem een doos.', speech: 'Neem een doos.' };
    const v1 = { id: 'c', teamId: 't', stationId: 's', title: 'Dozen', picto: 'package', ppe: [], steps: [step], version: 3 };
    expect(migrateUp('card', v1, 1, { partial: false })).toEqual({ ...v1, language: 'nl-BE' });
    // A patch names only what changed: it must not reset a French card to Dutch.
    expect(migrateUp('card', { title: 'Dozen!' }, 1, { partial: true })).toEqual({ title: 'Dozen!' });
    const v2 = {
      ...v1,
      language: 'fr-BE',
      title: 'Cartons',
      translations: { 'nl-BE': { title: 'Dozen' } },
      steps: [{ ...step, text: 'Prends une boîte.', speech: 'Prends une boîte.', translations: { 'nl-BE': { text: 'Neem een doos.', speech: 'Neem een doos.' } } }],
    };
    expect(migrateDown('card', v2, 1, { partial: false })).toEqual({ ...v1, title: 'Cartons', steps: [{ ...step, text: 'Prends une boîte.', speech: 'Prends une boîte.' }] });
    expect(migrateDown('card', { steps: v2.steps }, 1, { partial: true })).toEqual({ steps: [{ ...step, text: 'Prends une boîte.', speech: 'Prends une boîte.' }] });
    expect(canServe('card', 1)).toBe(true);
  });

  it('stop at the version a stored upgrade step names', () => {
    expect(migrateUp('station', { ...station, heavy: true }, 1, { partial: false, to: 1 })).toEqual({ ...station, heavy: true });
  });

  it('refuse a format newer than this code knows, or none at all', () => {
    expect(() => migrateUp('station', station, 3, { partial: false })).toThrow(RecordVersionError);
    expect(() => migrateUp('station', station, 0, { partial: false })).toThrow(RecordVersionError);
  });

  it('serve an older device where every step has a way down, and say so where one has not', () => {
    expect(canServe('station', 1)).toBe(true);
    expect(migrateDown('station', { ...station, load: 'heavy' }, 1, { partial: false })).toEqual({ ...station, heavy: true });
    expect(migrateDown('station', { ...station, load: 'medium' }, 1, { partial: false })).toEqual({ ...station, heavy: false });
    expect(canServe('rotaSlot', 1)).toBe(false);
    expect(migrateDown('rotaSlot', { shift: 'pm' }, 1, { partial: false })).toBeNull();
    expect(canServe('rotaSlot', 2)).toBe(false);
    expect(canServe('rotaSlot', 3)).toBe(true);
    expect(canServe('skill', 1)).toBe(false);
    expect(canServe('member', 1)).toBe(true);
  });
});
