import { TEAM_SET_UP, defineRecordKind } from '#shared/records/defineRecordKind.ts';

/** The rota's half-days (../shared/ROTA.md): morning and afternoon. */
export const SHIFTS = ['am', 'pm'] as const;

/** Where a member works in one half-day, from the week's rota. One record per member and half-day. */
export const rotaSlotKind = defineRecordKind({
  kind: 'rotaSlot',
  ...TEAM_SET_UP,
  table: 'rotaSlots',
  indexes: ['[memberId+day]'],
  naturalKey: ['teamId', 'memberId', 'day', 'shift'],
  migrations: [
    {
      // The rota plans half-days: a slot gained `shift`. A slot from before named the whole day; it
      // becomes the morning, and Today falls back to it in the afternoon.
      version: 2,
      up: (data, { partial }) => (partial || data['shift'] !== undefined ? data : { ...data, shift: 'am' }),
      // No way down: an app that does not know half-days would show an afternoon slot as the
      // whole day, so it must update before it pulls.
    },
  ],
  schema: (f) =>
    f.zod.object({
      id: f.id,
      teamId: f.teamId,
      memberId: f.id,
      stationId: f.id,
      day: f.day,
      shift: f.zod.enum(SHIFTS),
    }),
});
