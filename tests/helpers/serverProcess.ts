/**
 * Runs the real coordinator (`src/server/main.ts`) as a child process, as
 * `npm start` does after its build, so a test can stop it, start it again
 * on the same data, and read the enrolment codes it prints. The server
 * prints a code once, when it makes it: the first start on fresh data
 * prints one per team and role; a restart prints only codes it had to make.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface EnrolmentCode {
  readonly team: string;
  readonly role: 'kiosk' | 'coach';
  readonly code: string;
}

export interface RunningServer {
  readonly url: string;
  readonly port: number;
  /** The codes this start printed. */
  readonly codes: readonly EnrolmentCode[];
  /** Everything the server printed on stdout until it was up. */
  readonly output: string;
  stop(): Promise<void>;
  /** `kill -9`: no clean shutdown, whatever was in flight is cut off. */
  kill(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => {
        resolve(port);
      });
    });
  });
}

export async function startServer(options: { port: number; dataDir: string; env?: Record<string, string> }): Promise<RunningServer> {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(options.port), HOST: '127.0.0.1', SCHAKEL_DATA_DIR: options.dataDir, ...options.env };
  if (!options.env?.['DATABASE_URL']) delete env['DATABASE_URL'];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output = await waitForStart(child);
  const codes = [...output.matchAll(/^\s{2}(.+?)\s+(kiosk|coach)\s+([A-Z0-9]{4}-[A-Z0-9]{4})\s+until .+$/gm)].map((m) => ({
    team: (m[1] ?? '').trim(),
    role: m[2] as 'kiosk' | 'coach',
    code: m[3] ?? '',
  }));
  return { url: `http://127.0.0.1:${String(options.port)}`, port: options.port, codes, output, stop: () => stopChild(child, 'SIGTERM'), kill: () => stopChild(child, 'SIGKILL') };
}

function waitForStart(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start in time:\n${out}\n${err}`));
    }, 90_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      // The start-up output ends with the hint where to find the open codes (startupCodeLines).
      if (/running on/.test(out) && /^Open codes: .*\n/m.test(out)) {
        clearTimeout(timer);
        resolve(out);
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${String(code)} before it started:\n${out}\n${err}`));
    });
  });
}

function stopChild(child: ChildProcess, signal: 'SIGTERM' | 'SIGKILL'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => {
      resolve();
    });
    child.kill(signal);
  });
}
