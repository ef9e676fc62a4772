import { useLiveQuery } from 'dexie-react-hooks';
import { detailLevel, memberSettings } from '#domain/memberSettings.ts';
import { stepPlan, type StepPlan } from '#domain/stepPlan.ts';
import type { Card, Member } from '#shared/records.ts';
import { useServices } from './useServices.ts';

/** Which steps this member sees on this card at this station, in their language; undefined while loading. */
export function useStepPlan(member: Member, card: Card, stationId: string): StepPlan | undefined {
  const { db } = useServices();
  const skills = useLiveQuery(() => db.skills.where('[memberId+stationId]').equals([member.id, stationId]).toArray(), [db, member.id, stationId]);
  if (skills === undefined) return undefined;
  return stepPlan(card, detailLevel(member, stationId, skills).level, memberSettings(member).autoSpeak, member.language);
}
