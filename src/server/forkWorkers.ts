/**
 * `SCHAKEL_PROCESSES=N`: N copies of the server on one port (node:cluster
 * hands each new connection to one of them). Everything they share lives in
 * Postgres (long-poll wake-ups, revocation, the server clock); rate-limit
 * budgets stay per process. A worker that dies is replaced, so one crash
 * costs its open requests, which the tablets retry.
 */
import cluster, { type Worker } from 'node:cluster';

const RESPAWN_PAUSE_MS = 1_000;

/** Resolves once every worker listens; the function it resolves to stops them all. */
export async function forkWorkers(count: number): Promise<() => Promise<void>> {
  let stopping = false;
  const fork = (): Promise<Worker> =>
    new Promise((resolve, reject) => {
      const worker = cluster.fork();
      worker.once('listening', () => {
        resolve(worker);
      });
      worker.once('exit', (code) => {
        reject(new Error(`a server process stopped while starting (exit code ${String(code)})`));
      });
    });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    process.stderr.write(`Server process ${String(worker.process.pid)} stopped (${signal || `exit code ${String(code)}`}); starting another\n`);
    // A pause, so a worker that fails at once does not spin.
    setTimeout(() => {
      fork().catch((error: unknown) => {
        process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      });
    }, RESPAWN_PAUSE_MS);
  });
  await Promise.all(Array.from({ length: count }, fork));
  return async () => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve) => {
            w.once('exit', () => {
              resolve();
            });
            w.process.kill('SIGTERM');
          }),
      ),
    );
  };
}
