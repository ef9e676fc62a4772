/**
 * A member's settings with the defaults filled in. Records written before a
 * setting existed lack it; every reader goes through here so the defaults
 * live in one place.
 */
import type { IluoLevel, Member, Skill, WellbeingScale } from '#shared/records.ts';

export interface MemberSettings {
  readonly scale: WellbeingScale;
  readonly idleMinutes: number;
  readonly speechRate: number;
  readonly autoSpeak: boolean;
  readonly hasPin: boolean;
}

export const DEFAULT_IDLE_MINUTES = 15;
export const DEFAULT_SPEECH_RATE = 0.9;

export function memberSettings(member: Member): MemberSettings {
  return {
    scale: member.scale ?? 3,
    idleMinutes: member.idleMinutes ?? DEFAULT_IDLE_MINUTES,
    speechRate: member.speechRate ?? DEFAULT_SPEECH_RATE,
    autoSpeak: member.autoSpeak ?? false,
    hasPin: member.pin != null,
  };
}

/** Where the detail level came from, so the coach can see why a member gets a summary. */
export interface DetailLevel {
  readonly level: IluoLevel;
  readonly source: 'override' | 'skills' | 'default';
}

/**
 * The coach's per-member override wins; then the skills matrix; a member
 * with no known level on a station gets every step (L), which is never wrong,
 * only slower.
 */
export function detailLevel(member: Member, stationId: string, skills: readonly Skill[]): DetailLevel {
  const override = member.detailOverrides?.[stationId];
  if (override) return { level: override, source: 'override' };
  const skill = skills.find((s) => s.memberId === member.id && s.stationId === stationId);
  if (skill?.level) return { level: skill.level, source: 'skills' };
  return { level: 'L', source: 'default' };
}
