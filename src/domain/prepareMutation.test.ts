import { describe, expect, it } from 'vitest';
import type { Mutation } from '#shared/protocol.ts';
import { naturalId } from '#shared/records/naturalId.ts';
import { prepareMutation } from './prepareMutation.ts';

const TEAM = '01900000-0000-7000-8000-000000000001';
const MEMBER = '01900000-0000-7000-8000-000000000002';
const STATION = '01900000-0000-7000-8000-000000000003';
const OLD_ID = '01900000-0000-7000-8000-000000000009';

function mutation(partial: Partial<Mutation> & Pick<Mutation, 'kind' | 'op' | 'data'>): Mutation {
  return { mutationId: '01900000-0000-7000-8000-0000000000a1', seq: 1, recordId: OLD_ID, baseVersion: null, hlc: '000000000001000-00000-abc', actorMemberId: null, schemaVersion: 1, ...partial };
}
const none = () => undefined;

describe('preparing a pushed change', () => {
  it('brings a format-1 station up to the server’s format and says so in the mutation', () => {
    const prepared = prepareMutation(mutation({ kind: 'station', op: 'insert', recordId: STATION, data: { id: STATION, teamId: TEAM, name: 'Zagen', picto: 'saw', heavy: true } }), none);
    expect(prepared).toMatchObject({ status: 'ready', aliasOf: null, mutation: { recordId: STATION, schemaVersion: 2 } });
    expect(prepared.status === 'ready' && prepared.mutation.data).toEqual({ id: STATION, teamId: TEAM, name: 'Zagen', picto: 'saw', load: 'heavy' });
  });

  it('gives an older app’s skill the id of its cell, remembering the id the app used', () => {
    const skill = { id: OLD_ID, teamId: TEAM, memberId: MEMBER, stationId: STATION, level: 'U' };
    const cell = naturalId('skill', skill);
    const prepared = prepareMutation(mutation({ kind: 'skill', op: 'insert', data: skill }), none);
    expect(prepared).toMatchObject({ status: 'ready', aliasOf: OLD_ID, mutation: { recordId: cell, data: { ...skill, id: cell } } });
  });

  it('sends a change aimed at a merged-away record to the record it was merged into', () => {
    const prepared = prepareMutation(mutation({ kind: 'skill', op: 'patch', data: { level: 'O' } }), (id) => (id === OLD_ID ? 'merged' : undefined));
    expect(prepared).toMatchObject({ status: 'ready', aliasOf: OLD_ID, mutation: { recordId: 'merged', data: { level: 'O' } } });
  });

  it('refuses a format newer than the server knows, in words', () => {
    const prepared = prepareMutation(mutation({ kind: 'station', op: 'patch', data: { name: 'X' }, schemaVersion: 9 }), none);
    expect(prepared.status).toBe('rejected');
    expect(prepared.status === 'rejected' && prepared.reason).toMatch(/newer app/);
  });
});
