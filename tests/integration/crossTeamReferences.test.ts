/**
 * A team's records are its own: a change may name only records its team
 * holds, a change aimed at another team's id is answered exactly as one
 * aimed at an id nobody has, and two teams may each use the same id for a
 * record of their own. An honest tablet's offline work still goes through.
 */
import { expect, it } from 'vitest';
import { uuidv7 } from 'uuidv7';
import { formatHlc } from '#shared/hlc.ts';
import { PROTOCOL_VERSION, type Mutation, type MutationResult, type PullResponse, type PushResponse } from '#shared/protocol.ts';
import { isoWeekOf } from '#shared/records.ts';
import { recordVersions, type RecordKind } from '#shared/records/registry.ts';
import { describeEachEngine, useTestServer } from '#tests/helpers/serverFixture.ts';
import { TEST_NOW } from '#tests/helpers/testServer.ts';

const DAY = '2026-11-25';

describeEachEngine('references across teams', (engine) => {
  const server = useTestServer(engine);

  const post = async (url: string, token: string, payload: object) => {
    const res = await server.app.inject({ method: 'POST', url, payload, headers: { authorization: `Bearer ${token}` } });
    return { status: res.statusCode, body: res.json<unknown>() };
  };
  /** A device pushing by hand, numbering its changes itself, as a forged app would. */
  const device = async (team: 'Team Verpakking' | 'Team Montage', role: 'kiosk' | 'coach') => {
    const enrolled = await server.enrol(team, role);
    let seq = 0;
    let counter = 0;
    const change = (kind: RecordKind, op: Mutation['op'], recordId: string, data: Record<string, unknown>, actorMemberId: string | null = null): Mutation => {
      seq += 1;
      counter += 1;
      const hlc = formatHlc({ wallMs: TEST_NOW.getTime(), counter, node: 'tablet' });
      return { mutationId: uuidv7(), seq, kind, recordId, op, data, baseVersion: op === 'insert' ? null : 1, hlc, actorMemberId, schemaVersion: recordVersions()[kind] };
    };
    const push = async (...mutations: Mutation[]) => {
      const res = await post('/api/sync/push', enrolled.token, { type: 'push', protocolVersion: PROTOCOL_VERSION, mutations });
      expect(res.status).toBe(200);
      return (res.body as PushResponse).results;
    };
    const pull = async () => (await post('/api/sync/pull', enrolled.token, { type: 'pull', protocolVersion: PROTOCOL_VERSION, cursor: null, recordVersions: recordVersions() })).body as PullResponse;
    return { teamId: enrolled.team.id, change, push, pull };
  };
  const idOf = async (teamId: string, kind: RecordKind) => {
    const [row] = await server.db.query<{ id: string }>('SELECT id FROM records WHERE team_id = $1 AND kind = $2 AND NOT deleted ORDER BY server_seq LIMIT 1', [teamId, kind]);
    if (!row) throw new Error(`no ${kind} in team ${teamId}`);
    return row.id;
  };
  const stored = (id: string) => server.db.query<{ team_id: string; data: Record<string, unknown> | null }>('SELECT team_id, data FROM records WHERE id = $1', [id]);
  /** What an answer says, without what differs between any two changes (their numbers). */
  const said = ({ seq: _seq, mutationId: _mutationId, ...answer }: MutationResult) => answer;
  const completion = (teamId: string, taskId: string, memberId: string) => ({ id: uuidv7(), teamId, taskId, memberId, good: 5, rejected: 0, completedAt: TEST_NOW.toISOString() });

  it('refuses a completion naming another team’s task, as one naming no task at all, and writes nothing', async () => {
    const kiosk = await device('Team Verpakking', 'kiosk');
    const montage = await device('Team Montage', 'kiosk');
    const member = await idOf(kiosk.teamId, 'member');
    const foreignTask = await idOf(montage.teamId, 'task');
    const foreign = completion(kiosk.teamId, foreignTask, member);
    const missing = completion(kiosk.teamId, uuidv7(), member);
    const [toForeign, toMissing] = await kiosk.push(kiosk.change('taskCompletion', 'insert', foreign.id, foreign, member), kiosk.change('taskCompletion', 'insert', missing.id, missing, member));
    expect(toForeign).toMatchObject({ status: 'rejected', code: 'reference_not_found' });
    expect(said(toForeign!)).toEqual(said(toMissing!));
    expect(await stored(foreign.id)).toEqual([]);
    expect(await stored(missing.id)).toEqual([]);
  });

  it('refuses a rota slot on another team’s station', async () => {
    const coach = await device('Team Verpakking', 'coach');
    const montage = await device('Team Montage', 'coach');
    const member = await idOf(coach.teamId, 'member');
    const slot = { id: uuidv7(), teamId: coach.teamId, memberId: member, stationId: await idOf(montage.teamId, 'station'), day: DAY, shift: 'am', week: isoWeekOf(DAY), placedBy: 'coach', pinned: true };
    const [answer] = await coach.push(coach.change('rotaSlot', 'insert', slot.id, slot));
    expect(answer).toMatchObject({ status: 'rejected', code: 'reference_not_found' });
    expect(await server.db.query("SELECT 1 FROM records WHERE team_id = $1 AND kind = 'rotaSlot' AND data->>'stationId' = $2", [coach.teamId, slot.stationId])).toEqual([]);
    // A patch moving a slot of the team's own onto that station is refused the same way.
    const own = { ...slot, id: uuidv7(), stationId: await idOf(coach.teamId, 'station') };
    const [placed] = await coach.push(coach.change('rotaSlot', 'insert', own.id, own));
    expect(placed?.status).toBe('applied');
    const [moved] = await coach.push(coach.change('rotaSlot', 'patch', own.id, { stationId: slot.stationId }));
    expect(moved).toMatchObject({ status: 'rejected', code: 'reference_not_found' });
  });

  it('answers a change to another team’s record exactly as one to an id nobody has', async () => {
    const coach = await device('Team Verpakking', 'coach');
    const montage = await device('Team Montage', 'coach');
    const foreignStation = await idOf(montage.teamId, 'station');
    const before = await stored(foreignStation);
    const nobody = uuidv7();
    const [patchForeign, patchMissing, deleteForeign, deleteMissing] = await coach.push(
      coach.change('station', 'patch', foreignStation, { name: 'Overgenomen' }),
      coach.change('station', 'patch', nobody, { name: 'Overgenomen' }),
      coach.change('station', 'delete', foreignStation, {}),
      coach.change('station', 'delete', nobody, {}),
    );
    expect(patchForeign?.status).toBe('rejected');
    expect(said(patchForeign!)).toEqual(said(patchMissing!));
    expect(deleteForeign?.status).toBe('rejected');
    expect(said(deleteForeign!)).toEqual(said(deleteMissing!));
    expect(await stored(foreignStation)).toEqual(before);
  });

  it('lets two teams each make a record under the same id, each seeing only its own', async () => {
    const verpakking = await device('Team Verpakking', 'coach');
    const montage = await device('Team Montage', 'coach');
    const id = uuidv7();
    const station = (teamId: string, name: string) => ({ id, teamId, name, picto: 'factory', load: 'light' });
    const [first] = await verpakking.push(verpakking.change('station', 'insert', id, station(verpakking.teamId, 'Inpakken')));
    const [second] = await montage.push(montage.change('station', 'insert', id, station(montage.teamId, 'Monteren')));
    expect([first?.status, second?.status]).toEqual(['applied', 'applied']);
    // Montage's edit of its own record leaves Verpakking's alone.
    const [renamed] = await montage.push(montage.change('station', 'patch', id, { name: 'Monteren 2' }));
    expect(renamed?.status).toBe('applied');
    const seen = async (d: typeof verpakking) => (await d.pull()).changes.filter((c) => c.id === id).map((c) => c.data?.['name']);
    expect(await seen(verpakking)).toEqual(['Inpakken']);
    expect(await seen(montage)).toEqual(['Monteren 2']);
    expect((await stored(id)).map((r) => [r.team_id, r.data?.['name']]).sort()).toEqual(
      [
        [verpakking.teamId, 'Inpakken'],
        [montage.teamId, 'Monteren 2'],
      ].sort(),
    );
  });

  it('takes an offline tablet’s task and its completion, in one push or in two', async () => {
    const coach = await device('Team Verpakking', 'coach');
    const teamId = coach.teamId;
    const member = await idOf(teamId, 'member');
    const task = async () => ({ id: uuidv7(), teamId, orderId: await idOf(teamId, 'order'), cardId: await idOf(teamId, 'card'), stationId: await idOf(teamId, 'station'), day: DAY, memberId: member, quantity: 10 });
    const together = await task();
    const done = completion(teamId, together.id, member);
    const inOne = await coach.push(coach.change('task', 'insert', together.id, together), coach.change('taskCompletion', 'insert', done.id, done, member));
    expect(inOne.map((r) => r.status)).toEqual(['applied', 'applied']);

    const first = await task();
    const later = completion(teamId, first.id, member);
    expect((await coach.push(coach.change('task', 'insert', first.id, first))).map((r) => r.status)).toEqual(['applied']);
    expect((await coach.push(coach.change('taskCompletion', 'insert', later.id, later, member))).map((r) => r.status)).toEqual(['applied']);
  });

  it('takes a change naming a record of the team deleted while the tablet was offline', async () => {
    const coach = await device('Team Verpakking', 'coach');
    const kiosk = await device('Team Verpakking', 'kiosk');
    const reason = await idOf(coach.teamId, 'rejectReason');
    expect((await coach.push(coach.change('rejectReason', 'delete', reason, {}))).map((r) => r.status)).toEqual(['applied']);
    const member = await idOf(kiosk.teamId, 'member');
    const done = { ...completion(kiosk.teamId, await idOf(kiosk.teamId, 'task'), member), rejected: 1, rejectReasons: [reason] };
    expect((await kiosk.push(kiosk.change('taskCompletion', 'insert', done.id, done, member))).map((r) => r.status)).toEqual(['applied']);
  });
});
