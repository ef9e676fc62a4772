import { describe, expect, it } from 'vitest';
import type { StoredRecord } from './applyMutation.ts';
import { mergeDuplicates } from './mergeDuplicates.ts';

const hlc = (ms: number) => `${String(ms).padStart(15, '0')}-00000-abc`;
const skill = (id: string, level: string, levelAt: number, version: number, extra: Record<string, unknown> = {}, extraHlc: Record<string, string> = {}): StoredRecord => ({
  kind: 'skill', id, teamId: 't', deleted: false, version,
  data: { id, teamId: 't', memberId: 'm', stationId: 's', level, ...extra },
  fieldHlc: { id: hlc(1), teamId: hlc(1), memberId: hlc(1), stationId: hlc(1), level: hlc(levelAt), ...extraHlc },
});

describe('merging duplicate records of one natural key', () => {
  it('keeps each field’s latest value by HLC, at the natural id, with a version past both', () => {
    const merged = mergeDuplicates([skill('a', 'I', 500, 3), skill('b', 'U', 900, 1)], 'cell');
    expect(merged).toMatchObject({ id: 'cell', deleted: false, version: 4, data: { id: 'cell', level: 'U' }, fieldHlc: { level: hlc(900) } });
    expect(mergeDuplicates([skill('a', 'O', 950, 1), skill('b', 'U', 900, 1)], 'cell').data).toMatchObject({ level: 'O' });
  });

  it('ignores tombstones unless nothing else is left', () => {
    const gone: StoredRecord = { ...skill('a', 'I', 1, 5), data: null, deleted: true };
    expect(mergeDuplicates([gone, skill('b', 'L', 2, 1)], 'cell')).toMatchObject({ deleted: false, data: { level: 'L' }, version: 6 });
    expect(mergeDuplicates([gone], 'cell')).toMatchObject({ deleted: true, data: null, id: 'cell' });
  });
});
