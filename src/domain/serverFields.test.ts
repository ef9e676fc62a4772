import { describe, expect, it } from 'vitest';
import { formatHlc } from '#shared/hlc.ts';
import type { Mutation } from '#shared/protocol.ts';
import { naturalId } from '#shared/records/naturalId.ts';
import { applyMutation, type StoredRecord } from './applyMutation.ts';

const teamId = '01900000-0000-7000-8000-000000000001';
const id = naturalId('teamSettings', { teamId })!;
const hlc = (ms: number) => formatHlc({ wallMs: ms, counter: 0, node: 'a' });
const ctx = { teamId, role: 'coach', isTeamMember: () => true } as const;
const mutation = (op: 'insert' | 'patch', data: Record<string, unknown>, ms: number): Mutation => ({
  mutationId: '01900000-0000-7000-8000-0000000000f1', seq: 1, kind: 'teamSettings', recordId: id, op, data, baseVersion: op === 'insert' ? null : 1, hlc: hlc(ms), actorMemberId: null, schemaVersion: 1,
});

describe('fields only the server writes', () => {
  it('keeps a tablet from claiming the chain has figures of its team, on insert and on patch', () => {
    const inserted = applyMutation(null, mutation('insert', { id, teamId, defaultStationId: null, chainFiguresSince: '2026-11-16' }, 1000), ctx);
    expect(inserted.status).toBe('applied');
    const record = (inserted as { record: StoredRecord }).record;
    expect(record.data).toEqual({ id, teamId, defaultStationId: null });

    const patched = applyMutation(record, mutation('patch', { chainFiguresSince: '2026-11-16' }, 2000), ctx);
    expect(patched.status).toBe('applied');
    expect((patched as { record: StoredRecord }).record.data).toEqual({ id, teamId, defaultStationId: null });
  });

  it('leaves the server’s own value alone when a tablet patches the rest', () => {
    const held: StoredRecord = { kind: 'teamSettings', id, teamId, data: { id, teamId, defaultStationId: null, chainFiguresSince: '2026-11-16' }, fieldHlc: {}, version: 1, deleted: false };
    const stationId = '01900000-0000-7000-8000-0000000000a1';
    const patched = applyMutation(held, mutation('patch', { defaultStationId: stationId }, 3000), ctx);
    expect((patched as { record: StoredRecord }).record.data).toEqual({ id, teamId, defaultStationId: stationId, chainFiguresSince: '2026-11-16' });
  });
});
