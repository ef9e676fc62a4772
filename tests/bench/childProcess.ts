/**
 * Runs part of a benchmark in a child process of its own (own event loop,
 * own connections), as simulated tablets on a network would be: the parent
 * hands it a job over IPC and waits for its one report.
 */
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const CHILD_FLAG = '--bench-child';

/**
 * Call once at the top level of a module, with its `import.meta.url` and the
 * work it does. In the parent, returns the function that forks that module,
 * sends it a job and resolves to its report. In the child it forked, this
 * same call serves the job; a module merely imported by the child does nothing.
 */
export function childTask<Job, Report>(moduleUrl: string, work: (job: Job) => Promise<Report>): (job: Job, timeoutMs: number) => Promise<Report> {
  const file = fileURLToPath(moduleUrl);
  const name = file.split('/').slice(-2).join('/');
  if (process.argv.includes(CHILD_FLAG) && process.argv[1] === file) serve((job) => work(job as Job));
  return (job, timeoutMs) => {
    const child = fork(file, [CHILD_FLAG], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    return new Promise<Report>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill();
        reject(new Error(`${name} did not finish within ${String(timeoutMs / 1000)} s`));
      }, timeoutMs);
      child.once('message', (message) => {
        clearTimeout(timer);
        const reply = message as { report: Report } | { error: string };
        if ('error' in reply) reject(new Error(`${name}: ${reply.error}`));
        else resolve(reply.report);
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${name} ended (${String(code)}) without a report`));
      });
      child.send(job as object);
    });
  };
}

/** The job arrives over IPC as it was sent: the parent's `childTask` typed it. */
function serve(work: (job: unknown) => Promise<unknown>): void {
  process.once('disconnect', () => process.exit(3));
  process.once('message', (job: unknown) => {
    work(job)
      .then((report) => ({ report }), (error: unknown) => ({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }))
      .then((reply) => {
        process.send?.(reply, () => process.exit(0));
      })
      .catch(() => process.exit(1));
  });
}
