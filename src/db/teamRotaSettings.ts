/**
 * The team's rota weights (teamSettings.rotaWeights, ROTA.md): what the
 * coach's settings dialog writes. A weight set to its default is removed
 * rather than stored, so a later change of a default reaches every team that
 * never chose otherwise.
 */
import { ROTA_WEIGHT_DEFAULTS, type RotaWeightName } from '#shared/records/kinds/rotaFields.ts';
import { requireNaturalId } from '#shared/records/naturalId.ts';
import type { TeamSettings } from '#shared/records.ts';
import { writeLocal, writeTables, type WriteContext } from './localWrite.ts';
import type { SchakelDb } from './SchakelDb.ts';

/** The bounds the record's schema accepts for any weight (teamSettings.ts). */
export const ROTA_WEIGHT_MAX = 10_000;

export type RotaWeights = Partial<Record<RotaWeightName, number>>;

/** The team's settings record; an older one may carry an id from before natural ids, so it is found by team. */
export function teamSettingsOf(db: SchakelDb, teamId: string): Promise<TeamSettings | undefined> {
  return db.teamSettings.filter((s) => s.teamId === teamId).first();
}

/**
 * Sets one weight to what `change` makes of the stored value (its default when
 * none is stored), clamped to the schema's bounds; `null` from `change` means
 * back to the default. The new weights are worked out inside the transaction
 * from the record as stored, so two quick steps are two steps.
 */
export async function setRotaWeight(db: SchakelDb, teamId: string, name: RotaWeightName, change: (current: number) => number | null, ctx: WriteContext): Promise<RotaWeights> {
  return db.transaction('rw', writeTables(db, 'teamSettings'), async () => {
    const existing = await teamSettingsOf(db, teamId);
    const stored: RotaWeights = existing?.rotaWeights ?? {};
    const next = change(stored[name] ?? ROTA_WEIGHT_DEFAULTS[name]);
    const others = Object.fromEntries(Object.entries(stored).filter(([key]) => key !== name)) as RotaWeights;
    const rotaWeights: RotaWeights = next === null || next === ROTA_WEIGHT_DEFAULTS[name] ? others : { ...others, [name]: Math.min(ROTA_WEIGHT_MAX, Math.max(0, next)) };
    if (!existing) {
      const record: TeamSettings = { id: requireNaturalId('teamSettings', { teamId }), teamId, defaultStationId: null, rotaWeights };
      await writeLocal(db, { kind: 'teamSettings', op: 'insert', record }, ctx);
    } else if (stored[name] !== rotaWeights[name]) {
      // The whole map travels: the record's fields merge one by one, and this one is the map.
      await writeLocal(db, { kind: 'teamSettings', op: 'patch', id: existing.id, fields: { rotaWeights } }, ctx);
    }
    return rotaWeights;
  });
}
