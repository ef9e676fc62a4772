/**
 * `npm run rota:solve -- --in instance.json --out plan.json [--time-limit 5]`:
 * solves one rota instance (../shared/ROTA.md) and writes the plan. A bad
 * instance gets one line naming the field on stderr and exit code 1, so a
 * script sees what to fix.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import highsLoader from 'highs';
import { parseInstance } from '#domain/rota/instanceFormat.ts';
import { solveRota } from '#domain/rota/solve.ts';

const DEFAULT_TIME_LIMIT_SEC = 5;

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { in: { type: 'string' }, out: { type: 'string' }, 'time-limit': { type: 'string' } },
  });
  if (!values.in || !values.out) {
    process.stderr.write('usage: rota:solve --in instance.json --out plan.json [--time-limit 5]\n');
    return 1;
  }
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(values.in, 'utf8'));
  } catch (error) {
    process.stderr.write(`${values.in}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  const parsed = parseInstance(json);
  if (!parsed.ok) {
    process.stderr.write(`${parsed.error}\n`);
    return 1;
  }
  const timeLimitSec = Number(values['time-limit'] ?? DEFAULT_TIME_LIMIT_SEC);
  if (!Number.isFinite(timeLimitSec) || timeLimitSec <= 0) {
    process.stderr.write(`--time-limit: expected a positive number of seconds, got ${values['time-limit']}\n`);
    return 1;
  }
  const highs = await highsLoader();
  const plan = solveRota(highs, parsed.instance, { timeLimitSec, now: () => performance.now() });
  writeFileSync(values.out, `${JSON.stringify(plan, null, 1)}\n`);
  process.stderr.write(`${plan.status}, objective ${plan.objective ?? '–'}, ${Math.round(plan.solveMs)} ms\n`);
  return 0;
}

process.exitCode = await main();
