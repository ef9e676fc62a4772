/**
 * A team counter that fell behind its rows (as two servers on one PGlite
 * folder once left it) makes every later push of the team fail. Opening the
 * database puts it right, and the team's next push is applied.
 */
import { expect, it } from 'vitest';
import { repairTeamCounters } from '#server/storage/teamCounters.ts';
import { describeEachEngine, useTestServer } from '#tests/helpers/serverFixture.ts';
import { syncedDevice } from '#tests/helpers/testDevice.ts';

describeEachEngine('team counters', (engine) => {
  const server = useTestServer(engine);

  it('are moved up to the rows at start, so the next push is applied, not refused', async () => {
    const kiosk = await syncedDevice(server);
    const [team] = await server.db.query<{ id: string; seq: number }>("SELECT id, seq::int AS seq FROM teams WHERE name = 'Team Verpakking'");
    // The damage: the counter ten behind the team's rows.
    await server.db.query('UPDATE teams SET seq = seq - 10 WHERE id = $1', [team?.id]);

    // Without the repair the team's push fails: the number it would take is a row's already.
    await kiosk.completeTask('Ann');
    const broken = await kiosk.client.sync().then(
      (o) => `synced, ${String(o.rejected)} rejected`,
      () => 'failed',
    );
    expect(broken).toBe('failed');
    expect(await server.db.query("SELECT 1 FROM records WHERE kind = 'taskCompletion'")).toHaveLength(0);

    expect(await repairTeamCounters(server.db)).toEqual([team?.id]);
    const [after] = await server.db.query<{ seq: number }>('SELECT seq::int AS seq FROM teams WHERE id = $1', [team?.id]);
    expect(after?.seq).toBe(team?.seq);
    expect(await repairTeamCounters(server.db)).toEqual([]);

    const outcome = await kiosk.client.sync();
    expect(outcome.rejected).toBe(0);
    expect(await server.db.query("SELECT 1 FROM records WHERE kind = 'taskCompletion'")).toHaveLength(1);
  });
});
