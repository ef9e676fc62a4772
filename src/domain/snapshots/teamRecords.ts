/** What the snapshot of one team is computed from: the records its tablets synced. */
import type { Checkin, HelpAck, HelpCall, Member, Order, RotaSlot, Skill, SkillChange, Station, Task, TaskCompletion } from '#shared/records.ts';

export interface TeamRecords {
  readonly members: readonly Member[];
  readonly stations: readonly Station[];
  readonly skills: readonly Skill[];
  readonly skillChanges: readonly SkillChange[];
  readonly checkins: readonly Checkin[];
  readonly completions: readonly TaskCompletion[];
  readonly tasks: readonly Task[];
  readonly orders: readonly Order[];
  readonly helpCalls: readonly HelpCall[];
  readonly helpAcks: readonly HelpAck[];
  readonly rotaSlots: readonly RotaSlot[];
}

export const NO_RECORDS: TeamRecords = {
  members: [],
  stations: [],
  skills: [],
  skillChanges: [],
  checkins: [],
  completions: [],
  tasks: [],
  orders: [],
  helpCalls: [],
  helpAcks: [],
  rotaSlots: [],
};
