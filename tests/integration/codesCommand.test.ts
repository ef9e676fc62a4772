/** `npm run codes` on a seeded database: lists open codes with their expiry, makes one for a team and role. */
import { expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { codesCommand } from '#server/codesCommand.ts';
import { openEnrolmentCodes } from '#server/storage/deviceStore.ts';
import { PROTOCOL_VERSION } from '#shared/protocol.ts';
import { describeEachEngine, useTestServer } from '#tests/helpers/serverFixture.ts';
import { tableCounts } from '#tests/helpers/testServer.ts';

describeEachEngine('the codes command', (engine) => {
  const server = useTestServer(engine);

  it('lists every open code by team and role, with when it expires', async () => {
    const result = await codesCommand(server.db, [], 7);
    expect(result.exitCode).toBe(0);
    const lines = result.out.slice(1);
    expect(lines.map((l) => /^\s+(.+?)\s+(kiosk|coach)\s/.exec(l)?.slice(1))).toEqual([
      ['Team Montage', 'coach'], ['Team Montage', 'kiosk'], ['Team Verpakking', 'coach'], ['Team Verpakking', 'kiosk'],
    ]);
    for (const c of server.codes) {
      expect(lines).toContainEqual(expect.stringMatching(new RegExp(`${c.teamName}\\s+${c.role}\\s+${c.code}\\s+until ${c.expiresAt.toISOString().slice(0, 16).replace('T', ' ')} UTC$`)));
    }
  });

  it('leaves out used and expired codes', async () => {
    const used = await server.enrol('Team Montage', 'kiosk');
    const usedCode = (await server.db.query<{ code: string }>('SELECT code FROM enrolment_codes WHERE used_by = $1', [used.deviceId]))[0]?.code ?? '';
    const expired = server.codes.find((c) => c.teamName === 'Team Verpakking' && c.role === 'coach')?.code ?? '';
    await server.db.query("UPDATE enrolment_codes SET created_at = now() - interval '8 days' WHERE code = $1", [expired]);

    const listed = (await codesCommand(server.db, [], 7)).out.join('\n');
    expect(usedCode).not.toBe('');
    expect(listed).not.toContain(usedCode);
    expect(listed).not.toContain(expired);
  });

  it('makes a code for a team named in any case, which then enrols a device in that role', async () => {
    const result = await codesCommand(server.db, ['--new', 'team verpakking', 'coach'], 7);
    expect(result.exitCode).toBe(0);
    const code = /([A-Z0-9]{4}-[A-Z0-9]{4})/.exec(result.out.join('\n'))?.[1] ?? '';
    expect((await openEnrolmentCodes(server.db, 7)).find((c) => c.code === code)).toMatchObject({ teamName: 'Team Verpakking', role: 'coach' });
    const res = await server.app.inject({ method: 'POST', url: '/api/enrol', payload: { type: 'enrol', protocolVersion: PROTOCOL_VERSION, code } });
    expect(res.json()).toMatchObject({ type: 'enrolled', role: 'coach', team: { name: 'Team Verpakking' } });
  });

  it('asks for the id when two teams share the name, and takes the id', async () => {
    const [site] = await server.db.query<{ id: string }>('SELECT site_id AS id FROM teams WHERE name = $1', ['Team Montage']);
    const twin = uuidv7();
    await server.db.query('INSERT INTO teams (id, site_id, name) VALUES ($1, $2, $3)', [twin, site?.id, 'Team Montage']);
    const before = await tableCounts(server.db);

    const ambiguous = await codesCommand(server.db, ['--new', 'Team Montage', 'kiosk'], 7);
    expect(ambiguous.exitCode).toBe(1);
    expect(ambiguous.err[0]).toMatch(/Several teams are called "Team Montage"/);
    expect(ambiguous.err.join('\n')).toContain(twin);
    expect(await tableCounts(server.db)).toEqual(before);

    expect((await codesCommand(server.db, ['--new', twin, 'kiosk'], 7)).exitCode).toBe(0);
    expect((await openEnrolmentCodes(server.db, 7)).filter((c) => c.teamId === twin).map((c) => c.role)).toEqual(['kiosk']);
  });

  it('refuses an unknown team, an unknown role and stray words, naming what to type, writing nothing', async () => {
    const before = await tableCounts(server.db);
    const noTeam = await codesCommand(server.db, ['--new', 'Team Nergens', 'kiosk'], 7);
    expect(noTeam).toMatchObject({ exitCode: 1, out: [] });
    expect(noTeam.err.join('\n')).toMatch(/There is no team "Team Nergens"\. The teams are:[\s\S]*Team Montage[\s\S]*Team Verpakking/);
    expect((await codesCommand(server.db, ['--new', 'Team Montage', 'admin'], 7)).err).toEqual(['"admin" is not a role: use kiosk or coach.']);
    expect((await codesCommand(server.db, ['--new', 'Team Montage'], 7)).err[0]).toBe('--new takes a team and a role.');
    expect((await codesCommand(server.db, ['Team Montage'], 7)).exitCode).toBe(1);
    expect((await codesCommand(server.db, ['--bogus'], 7)).exitCode).toBe(1);
    expect(await tableCounts(server.db)).toEqual(before);
  });
});
