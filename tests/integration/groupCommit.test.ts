/** Many tablets pushing at the same moment: each gets its own answer, and the team's cursor stays gap-free and ordered. */
import { expect, it } from 'vitest';
import { createTestDevice, type TestDevice } from '#tests/helpers/testDevice.ts';
import { describeEachEngine, useTestServer } from '#tests/helpers/serverFixture.ts';

describeEachEngine('group commit', (engine) => {
  const server = useTestServer(engine, { rateLimits: false });

  it('applies simultaneous pushes from twelve tablets exactly once, in one team order', async () => {
    const devices: TestDevice[] = [];
    for (let i = 0; i < 12; i++) {
      const d = await createTestDevice(server, await server.freshCode(i % 2 === 0 ? 'Team Verpakking' : 'Team Montage', 'kiosk'));
      await d.client.sync();
      devices.push(d);
    }
    const [{ seq: before } = { seq: 0 }] = await server.db.query<{ seq: number }>("SELECT seq FROM teams WHERE name = 'Team Verpakking'");
    const written = await Promise.all(devices.map(async (d) => [await d.completeTaskOf((await d.db.members.toArray())[0]!.id), await d.completeTaskOf((await d.db.members.toArray())[1]!.id)]));
    const reports = await Promise.all(devices.map((d) => d.client.sync()));
    expect(reports.map((r) => r.rejected)).toEqual(devices.map(() => 0));
    for (const d of devices) expect(await d.db.outbox.count()).toBe(0);

    const rows = await server.db.query<{ id: string; server_seq: number }>(
      "SELECT r.id, r.server_seq FROM records r JOIN teams t ON t.id = r.team_id WHERE t.name = 'Team Verpakking' AND r.server_seq > $1 ORDER BY r.server_seq",
      [before],
    );
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(written.filter((_, i) => i % 2 === 0).flat().map((c) => c.id)));
    expect(rows.map((r) => r.server_seq)).toEqual(rows.map((_, i) => before + i + 1));
  });
});
