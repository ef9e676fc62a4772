/**
 * Enrolment codes expire: a code found in an old log, e-mail or printout
 * stops working after SCHAKEL_CODE_DAYS (7 by default). An expired code is
 * refused exactly like one that never existed, and is no longer listed.
 */
import { expect, it } from 'vitest';
import { ensureEnrolmentCodes } from '#server/seed/ensureEnrolmentCodes.ts';
import { openEnrolmentCodes } from '#server/storage/deviceStore.ts';
import type { SqlDatabase } from '#server/storage/SqlDatabase.ts';
import { PROTOCOL_VERSION, enrolmentCodeResponse, errorBody } from '#shared/protocol.ts';
import { describeEachEngine, useTestServer } from '#tests/helpers/serverFixture.ts';
import { tableCounts, TEST_COORDINATOR_KEY, type TestServer } from '#tests/helpers/testServer.ts';

const DAY_MS = 86_400_000;

/** Moves a code's birth back, as if it had been made `days` ago: the server's clock stays as it is. */
async function age(db: SqlDatabase, code: string, days: number): Promise<void> {
  await db.query(`UPDATE enrolment_codes SET created_at = now() - make_interval(days => $2::int) WHERE code = $1`, [code, days]);
}

function enrolWith(server: TestServer, code: string) {
  return server.app.inject({ method: 'POST', url: '/api/enrol', payload: { type: 'enrol', protocolVersion: PROTOCOL_VERSION, code } });
}

function codeOf(server: TestServer, teamName: string, role: 'kiosk' | 'coach'): string {
  const code = server.codes.find((c) => c.teamName === teamName && c.role === role)?.code;
  if (code === undefined) throw new Error(`no ${role} code for ${teamName}`);
  return code;
}

describeEachEngine('enrolment code expiry', (engine) => {
  const server = useTestServer(engine);

  it('refuses a code older than seven days exactly as an unknown code, writing nothing', async () => {
    const code = codeOf(server, 'Team Verpakking', 'kiosk');
    await age(server.db, code, 8);
    const before = await tableCounts(server.db);

    const expired = await enrolWith(server, code);
    const unknown = await enrolWith(server, 'ZZZZ-ZZZZ');
    expect(expired.statusCode).toBe(404);
    expect(expired.statusCode).toBe(unknown.statusCode);
    expect(errorBody.parse(expired.json())).toEqual(errorBody.parse(unknown.json()));
    expect(errorBody.parse(expired.json()).code).toBe('enrolment_code_unknown');
    expect(await tableCounts(server.db)).toEqual(before);
  });

  it('still takes a code six days old', async () => {
    const code = codeOf(server, 'Team Verpakking', 'coach');
    await age(server.db, code, 6);
    expect((await enrolWith(server, code)).statusCode).toBe(200);
  });

  it('no longer lists an expired code, and the next start makes a new one for that team and role', async () => {
    const code = codeOf(server, 'Team Montage', 'kiosk');
    await age(server.db, code, 8);
    expect((await openEnrolmentCodes(server.db, 7)).map((c) => c.code)).not.toContain(code);

    const made = await ensureEnrolmentCodes(server.db, 7);
    expect(made.map((c) => [c.teamName, c.role])).toEqual([['Team Montage', 'kiosk']]);
    expect(made[0]?.code).not.toBe(code);
  });

  it('answers a new code from the administration API with when it expires', async () => {
    const teamId = server.codes[0]?.teamId ?? '';
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/admin/enrolment-codes',
      headers: { authorization: `Bearer ${TEST_COORDINATOR_KEY}` },
      payload: { protocolVersion: PROTOCOL_VERSION, teamId, role: 'kiosk' },
    });
    expect(res.statusCode).toBe(200);
    const made = enrolmentCodeResponse.parse(res.json());
    const [row] = await server.db.query<{ created_at: Date }>('SELECT created_at FROM enrolment_codes WHERE code = $1', [made.code]);
    expect(made.expiresAt).toBe(new Date((row?.created_at.getTime() ?? 0) + 7 * DAY_MS).toISOString());
  });
});

describeEachEngine('enrolment code expiry set to one day', (engine) => {
  const server = useTestServer(engine, { enrolmentCodeDays: 1 });

  it('refuses a code two days old that the default would still take', async () => {
    const code = codeOf(server, 'Team Verpakking', 'kiosk');
    await age(server.db, code, 2);
    const res = await enrolWith(server, code);
    expect(res.statusCode).toBe(404);
    expect(errorBody.parse(res.json()).code).toBe('enrolment_code_unknown');
  });
});
