/**
 * `npm run codes [-- --new "<team name>" kiosk|coach]`: the open enrolment
 * codes, or a new one, read with the server's own settings (DATABASE_URL or
 * SCHAKEL_DATA_DIR, SCHAKEL_CODE_DAYS).
 *
 * On PostgreSQL it runs beside the server. On PGlite only one program may
 * use the data folder, so while the server runs there this refuses and says
 * to stop it or use the dashboard (or POST /api/admin/enrolment-codes).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readConfig } from './config.ts';
import { codesCommand } from './codesCommand.ts';
import { openDatabase } from './openDatabase.ts';
import { runningServer } from './serverMark.ts';

async function main(): Promise<number> {
  const config = readConfig(process.env);
  if (config.databaseUrl === undefined) {
    // Opening a folder that holds no database would make an empty one, with no teams to list.
    if (!existsSync(path.join(config.dataDir, 'pglite'))) {
      process.stderr.write(`There is no Schakel database in ${config.dataDir}. Start the server once (npm start), or set SCHAKEL_DATA_DIR or DATABASE_URL as the server has them.\n`);
      return 1;
    }
    const server = runningServer(config.dataDir);
    if (server) {
      process.stderr.write(
        `The coordinator is running on ${config.dataDir} (process ${String(server.pid)}), and PGlite lets one program at a time use that folder.\n`
        + `Stop the server and run this again, or make a code on the dashboard (http://localhost:${String(server.port)}/coordinator) or with POST /api/admin/enrolment-codes.\n`,
      );
      return 1;
    }
  }
  const db = await openDatabase(config);
  try {
    const result = await codesCommand(db, process.argv.slice(2), config.codeDays);
    for (const line of result.out) process.stdout.write(`${line}\n`);
    for (const line of result.err) process.stderr.write(`${line}\n`);
    return result.exitCode;
  } finally {
    await db.close();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`npm run codes failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
