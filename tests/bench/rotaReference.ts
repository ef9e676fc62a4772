/**
 * The benchmark's reference plans, kept in bench/results/rota-reference.json
 * so a rerun does not spend a minute per week again. An entry is keyed by seed
 * and a hash of the instance JSON, so a changed generator or instance never
 * reuses a stale plan; only the assignments are kept, and the bench values
 * them afresh (objective, hard rules), so a changed objective cannot hide
 * behind a cached number. Delete the file to solve every reference again.
 */
import { createHash } from 'node:crypto';
import { readFile, rename, writeFile } from 'node:fs/promises';
import type { Assignment, PlanStatus, RotaInstance } from '#domain/rota/instanceFormat.ts';

export type ReferenceEntry = { seed: number; instanceHash: string; status: PlanStatus; solveMs: number; timeLimitSec: number; assignments: Assignment[] };
type ReferenceFile = { format: 'schakel-rota-bench-reference/1'; entries: Record<string, ReferenceEntry> };

export function instanceHash(instance: RotaInstance): string {
  return createHash('sha256').update(JSON.stringify(instance)).digest('hex').slice(0, 16);
}

const keyOf = (seed: number, hash: string) => `${seed}:${hash}`;

export class ReferenceCache {
  private constructor(
    private readonly file: string,
    private readonly entries: Record<string, ReferenceEntry>,
  ) {}

  static async open(file: string): Promise<ReferenceCache> {
    try {
      const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<ReferenceFile> | null;
      return new ReferenceCache(file, parsed?.format === 'schakel-rota-bench-reference/1' && parsed.entries ? parsed.entries : {});
    } catch {
      return new ReferenceCache(file, {});
    }
  }

  get(seed: number, instance: RotaInstance): ReferenceEntry | undefined {
    return this.entries[keyOf(seed, instanceHash(instance))];
  }

  async put(entry: ReferenceEntry): Promise<void> {
    this.entries[keyOf(entry.seed, entry.instanceHash)] = entry;
    const body: ReferenceFile = { format: 'schakel-rota-bench-reference/1', entries: this.entries };
    await writeFile(`${this.file}.tmp`, `${JSON.stringify(body)}\n`);
    await rename(`${this.file}.tmp`, this.file);
  }
}
