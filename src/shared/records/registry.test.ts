import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { recordSchemas, recordKind } from '#shared/records.ts';
import { RECORD_KINDS, isEventKind, kindsHiddenFrom, recordKindDefinition, roleMayRead, roleMayWrite } from './registry.ts';
import { naturalId } from './naturalId.ts';
import { recordReferences } from './recordReferences.ts';

describe('the record registry', () => {
  it('is the one list of kinds: the wire enum and the schemas have exactly its kinds', () => {
    expect(recordKind.options).toEqual([...RECORD_KINDS]);
    expect(Object.keys(recordSchemas)).toEqual([...RECORD_KINDS]);
    expect(new Set(RECORD_KINDS.map((k) => recordKindDefinition(k).table)).size).toBe(RECORD_KINDS.length);
  });

  it('names natural-key fields the schema has, as strings', () => {
    for (const kind of RECORD_KINDS) {
      const key = recordKindDefinition(kind).naturalKey;
      if (key === null) continue;
      const shape = (recordSchemas[kind] as unknown as z.ZodObject).shape;
      for (const field of key) expect(shape[field], `${kind}.${field}`).toBeDefined();
    }
  });

  it('numbers migrations so the version is one past the last step', () => {
    for (const kind of RECORD_KINDS) {
      const { version, migrations } = recordKindDefinition(kind);
      expect(version).toBe(migrations.length + 1);
      migrations.forEach((m, i) => expect(m.version).toBe(i + 2));
    }
  });

  it('keeps the read and write rules: well-being answers only to coaches, kiosks write only what members do', () => {
    // A skill's history is the coach's to read, like the faces; the cells themselves are on every tablet.
    // So is the note of a member's place and a coach's that clashed on one slot.
    expect(kindsHiddenFrom('kiosk')).toEqual(['checkin', 'skillChange', 'rotaConflict']);
    expect(kindsHiddenFrom('coach')).toEqual([]);
    for (const kind of RECORD_KINDS) {
      expect(roleMayWrite('coach', kind)).toBe(true);
      // A kiosk writes what members do, and a member placing themself on the week's draft (pushRules.ts).
      expect(roleMayWrite('kiosk', kind)).toBe((isEventKind(kind) && kind !== 'helpAck' && kind !== 'skillChange') || kind === 'rotaSlot');
      expect(roleMayRead('coach', kind)).toBe(true);
    }
    expect(RECORD_KINDS.filter(isEventKind)).toEqual(['taskCompletion', 'checkin', 'helpCall', 'helpAck', 'skillChange']);
  });
});

describe('natural ids', () => {
  const team = '01900000-0000-7000-8000-000000000001';
  const member = '01900000-0000-7000-8000-000000000002';
  const station = '01900000-0000-7000-8000-000000000003';

  it('give one cell one id, whichever tablet makes it, and another cell another', () => {
    const a = naturalId('skill', { id: 'x', teamId: team, memberId: member, stationId: station, level: 'I' });
    const b = naturalId('skill', { teamId: team, memberId: member, stationId: station, level: 'O' });
    expect(a).toBe(b);
    expect(z.uuid().safeParse(a).success).toBe(true);
    expect(naturalId('skill', { teamId: team, memberId: station, stationId: member })).not.toBe(a);
    expect(naturalId('rotaSlot', { teamId: team, memberId: member, day: '2026-11-25', shift: 'am' })).not.toBe(naturalId('rotaSlot', { teamId: team, memberId: member, day: '2026-11-25', shift: 'pm' }));
    expect(naturalId('teamSettings', { teamId: team })).toBe(naturalId('teamSettings', { teamId: team, defaultStationId: null }));
  });

  it('are null for kinds without a natural key and for records missing a key field', () => {
    expect(naturalId('member', { teamId: team })).toBeNull();
    expect(naturalId('skill', { teamId: team, memberId: member })).toBeNull();
  });
});

describe('references between records', () => {
  it('name fields the schema has, pointing at kinds the registry knows', () => {
    for (const kind of RECORD_KINDS) {
      const shape = (recordSchemas[kind] as unknown as z.ZodObject).shape;
      for (const [field, kinds] of Object.entries(recordKindDefinition(kind).references ?? {})) {
        expect(shape[field], `${kind}.${field}`).toBeDefined();
        for (const target of kinds) expect(RECORD_KINDS, `${kind}.${field}`).toContain(target);
      }
    }
  });

  it('are read from a record: single ids, lists of ids, and nothing for null or absent fields', () => {
    const id = (n: number) => `01900000-0000-7000-8000-00000000000${String(n)}`;
    expect(recordReferences('taskCompletion', { id: id(1), taskId: id(2), memberId: id(3), rejectReasons: [id(4), id(4), id(5)] })).toEqual([
      { field: 'taskId', kinds: ['task'], id: id(2) },
      { field: 'memberId', kinds: ['member'], id: id(3) },
      { field: 'rejectReasons', kinds: ['rejectReason'], id: id(4) },
      { field: 'rejectReasons', kinds: ['rejectReason'], id: id(5) },
    ]);
    expect(recordReferences('rotaSlot', { stationId: null })).toEqual([]);
    expect(recordReferences('station', { id: id(1) })).toEqual([]);
  });
});
