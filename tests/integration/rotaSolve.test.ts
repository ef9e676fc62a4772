import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { hardViolations } from '#domain/rota/hardRules.ts';
import { parseInstance, rotaPlanSchema } from '#domain/rota/instanceFormat.ts';

const run = promisify(execFile);
const EXAMPLE = 'tests/fixtures/rota-example.json';

function rotaSolve(args: string[]) {
  return run('npx', ['tsx', 'src/server/rotaSolve.ts', ...args], { encoding: 'utf8' });
}

describe('npm run rota:solve', () => {
  it('writes a plan for the shared example that places every present member once per slot and keeps every hard rule', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rota-'));
    const out = join(dir, 'plan.json');
    await rotaSolve(['--in', EXAMPLE, '--out', out, '--time-limit', '10']);
    const plan = rotaPlanSchema.parse(JSON.parse(readFileSync(out, 'utf8')));
    const parsed = parseInstance(JSON.parse(readFileSync(EXAMPLE, 'utf8')));
    if (!parsed.ok) throw new Error(parsed.error);
    const { instance } = parsed;
    expect(['optimal', 'feasible']).toContain(plan.status);
    for (const member of instance.members) {
      member.available.forEach((present, slot) => {
        const placed = plan.assignments.filter((a) => a.member === member.id && a.slot === slot);
        expect(placed, `${member.id} in slot ${slot}`).toHaveLength(present ? 1 : 0);
      });
    }
    expect(hardViolations(instance, plan.assignments)).toEqual([]);
  });

  it('rejects a bad instance with one line naming the field, and exit code 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rota-'));
    const bad = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as { stations: { minStaff: number[] }[] };
    bad.stations[2]!.minStaff.pop();
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad));
    const failure = await rotaSolve(['--in', join(dir, 'bad.json'), '--out', join(dir, 'plan.json')]).then(
      () => null,
      (error: unknown) => error as { code: number; stderr: string },
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toBe('stations[2].minStaff: expected 4 entries, got 3\n');
  });
});
