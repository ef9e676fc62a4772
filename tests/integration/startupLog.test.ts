/**
 * The real coordinator's start-up output (kept in logs) shows an enrolment
 * code once, when it is made; `npm run codes` lists the open ones, and on
 * PGlite refuses to open the data folder while the server has it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort, startServer, type RunningServer } from '#tests/helpers/serverProcess.ts';

/** `npm run codes` as a person runs it, with the server's environment. */
function runCodes(dataDir: string): Promise<{ exitCode: number | null; out: string; err: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env, SCHAKEL_DATA_DIR: dataDir };
  delete env['DATABASE_URL'];
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/codes.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  return new Promise((resolve) => {
    child.once('exit', (exitCode) => {
      resolve({ exitCode, out, err });
    });
  });
}

describe('the start-up log on PGlite', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'schakel-startup-'));
  let server: RunningServer | null = null;
  afterAll(async () => {
    await server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints the demo codes on the first start only; later they are listed by npm run codes, with the server stopped', async () => {
    const port = await freePort();
    const env = { SCHAKEL_DEMO_HISTORY: '0' };
    server = await startServer({ port, dataDir, env });
    const first = server.codes;
    expect(first.map((c) => `${c.team}/${c.role}`).sort()).toEqual(['Team Montage/coach', 'Team Montage/kiosk', 'Team Verpakking/coach', 'Team Verpakking/kiosk']);

    const whileRunning = await runCodes(dataDir);
    expect(whileRunning.exitCode).toBe(1);
    expect(whileRunning.err).toMatch(/The coordinator is running on .*Stop the server/s);
    expect(whileRunning.out).toBe('');

    // A second server on the same folder refuses to start, and the first keeps running.
    const second = await startServer({ port: await freePort(), dataDir, env }).then(
      async (other) => {
        await other.stop();
        return 'started';
      },
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    );
    expect(second).toMatch(/another Schakel server \(process \d+, port \d+\) is using the data folder/);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);

    await server.stop();
    const listed = await runCodes(dataDir);
    expect(listed.exitCode).toBe(0);
    for (const c of first) expect(listed.out).toContain(c.code);

    server = await startServer({ port, dataDir, env });
    expect(server.codes).toEqual([]);
    for (const c of first) expect(server.output).not.toContain(c.code);
    expect(server.output).toMatch(/No new enrolment codes/);
  });
});
