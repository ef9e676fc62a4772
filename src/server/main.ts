/**
 * `npm start`: the coordinator. Opens (and migrates) the database, seeds the
 * demo workshop, serves the built app and the API, and prints what a person
 * needs to enrol a tablet.
 */
import { uuidv7 } from 'uuidv7';
import { readConfig } from './config.ts';
import { buildServer } from './http/buildServer.ts';
import { openDatabase } from './openDatabase.ts';
import { ensureEnrolmentCodes } from './seed/ensureEnrolmentCodes.ts';
import { seedDemo } from './seed/seedDemo.ts';

async function main(): Promise<void> {
  const config = readConfig(process.env);
  const db = await openDatabase(config);
  const seeded = await seedDemo(db, { now: new Date(), newId: uuidv7 });
  const codes = await ensureEnrolmentCodes(db);
  const app = await buildServer({ db, newId: uuidv7, staticDir: config.staticDir, logger: false });
  await app.listen({ port: config.port, host: config.host });

  const where = config.databaseUrl === undefined ? `PGlite in ${config.dataDir}` : 'PostgreSQL (DATABASE_URL)';
  const lines = [
    `Schakel coordinator is running on http://localhost:${String(config.port)}`,
    `Database: ${where}${seeded.created ? ', demo workshop seeded' : ''}`,
    'Enrolment codes (each works once):',
    ...codes.map((c) => `  ${c.teamName.padEnd(18)} ${c.role.padEnd(6)} ${c.code}`),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);

  const stop = () => {
    void app.close().then(() => db.close()).then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`Schakel could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
