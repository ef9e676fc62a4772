import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseInstance } from './instanceFormat.ts';

const example = (): Record<string, unknown> =>
  JSON.parse(readFileSync('tests/fixtures/rota-example.json', 'utf8')) as Record<string, unknown>;

describe('parseInstance', () => {
  it('accepts the shared example and fills in the default weights', () => {
    const result = parseInstance(example());
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.instance.weights.short).toBe(1000);
      expect(result.instance.weights.trainQuota).toBe(2);
    }
  });

  it('keeps a weight the instance gives and defaults the rest', () => {
    const result = parseInstance({ ...example(), weights: { flex: 7 } });
    expect(result.ok && result.instance.weights).toMatchObject({ flex: 7, home: 4 });
  });

  it('names the station whose per-slot array is too short', () => {
    const json = example();
    const stations = json.stations as { minStaff: number[] }[];
    stations[2]!.minStaff = stations[2]!.minStaff.slice(1);
    expect(parseInstance(json)).toEqual({ ok: false, error: 'stations[2].minStaff: expected 4 entries, got 3' });
  });

  it('names the field path of a schema break', () => {
    const json = example();
    (json.stations as { load: number }[])[1]!.load = 5;
    const result = parseInstance(json);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^stations\[1\]\.load: /);
  });

  it.each([
    ['levels', (m: Record<string, unknown>) => (m.levels = { 'st-x': 'U' }), 'members[0].levels.st-x: unknown station st-x'],
    ['restricted', (m: Record<string, unknown>) => (m.restricted = ['st-x']), 'members[0].restricted[0]: unknown station st-x'],
    ['homeStation', (m: Record<string, unknown>) => (m.homeStation = 'st-x'), 'members[0].homeStation: unknown station st-x'],
    ['trainingGoals', (m: Record<string, unknown>) => (m.trainingGoals = ['st-x']), 'members[0].trainingGoals[0]: unknown station st-x'],
    ['preferences', (m: Record<string, unknown>) => (m.preferences = { 'st-x': 1 }), 'members[0].preferences.st-x: unknown station st-x'],
  ])('rejects an unknown station in %s', (_field, mutate, error) => {
    const json = example();
    mutate((json.members as Record<string, unknown>[])[0]!);
    expect(parseInstance(json)).toEqual({ ok: false, error });
  });

  it('rejects pins naming an unknown member or station', () => {
    expect(parseInstance({ ...example(), pins: [{ member: 'mb-x', station: 'st-1', slot: 0 }] })).toEqual({
      ok: false,
      error: 'pins[0].member: unknown member mb-x',
    });
    expect(parseInstance({ ...example(), pins: [{ member: 'mb-1', station: 'st-x', slot: 0 }] })).toEqual({
      ok: false,
      error: 'pins[0].station: unknown station st-x',
    });
  });
});
