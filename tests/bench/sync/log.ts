/** Progress lines of `bench:sync`, on stderr so stdout stays the one JSON line. */
let prefix = '[bench:sync]';

export function setLogRun(label: string): void {
  prefix = `[bench:sync ${label}]`;
}

export function log(message: string): void {
  process.stderr.write(`${prefix} ${message}\n`);
}
