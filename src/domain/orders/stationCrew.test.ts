import { describe, expect, it } from 'vitest';
import type { RotaSlot, TeamSettings } from '#shared/records.ts';
import { stationCrew } from './stationCrew.ts';

const TEAM = '00000000-0000-4000-8000-000000000001';
const PACK = '00000000-0000-4000-8000-000000000051';
const LABEL = '00000000-0000-4000-8000-000000000052';
const ANN = '00000000-0000-4000-8000-00000000a001';
const BART = '00000000-0000-4000-8000-00000000b001';
const MONDAY = '2026-12-07';
const TUESDAY = '2026-12-08';

const settings: TeamSettings = { id: '00000000-0000-4000-8000-000000000099', teamId: TEAM, defaultStationId: PACK };
const slot = (memberId: string, day: string, stationId: string | null): RotaSlot => ({
  id: `00000000-0000-4000-8000-${day.replaceAll('-', '').slice(0, 8)}${memberId.slice(-4)}`,
  teamId: TEAM, memberId, stationId, day, shift: 'am', week: '2026-W50', placedBy: 'coach', pinned: true,
});

describe('stationCrew', () => {
  it('puts everyone on the team default when the rota says nothing', () => {
    const crewOn = stationCrew({ members: [{ id: BART }, { id: ANN }], slots: [], settings, weeks: [] }, PACK);
    expect(crewOn(MONDAY)).toEqual([ANN, BART]);
  });

  it('follows the published rota day by day', () => {
    const input = { members: [{ id: ANN }, { id: BART }], slots: [slot(ANN, MONDAY, LABEL), slot(BART, TUESDAY, null)], settings, weeks: [{ week: '2026-W50', state: 'published' as const }] };
    expect(stationCrew(input, LABEL)(MONDAY)).toEqual([ANN]);
    expect(stationCrew(input, PACK)(MONDAY)).toEqual([BART]);
    // In the pool, Bart is on no station.
    expect(stationCrew(input, PACK)(TUESDAY)).toEqual([ANN]);
  });

  it('goes by the default while the team is still planning the week', () => {
    const input = { members: [{ id: ANN }, { id: BART }], slots: [slot(ANN, MONDAY, LABEL)], settings, weeks: [{ week: '2026-W50', state: 'draft' as const }] };
    expect(stationCrew(input, LABEL)(MONDAY)).toEqual([]);
    expect(stationCrew(input, PACK)(MONDAY)).toEqual([ANN, BART]);
  });
});
