import type { Member } from '#shared/records.ts';
import { WeekBoard } from './WeekBoard.tsx';

/** The week board for the signed-in member: they place themself on a draft week, and ask why. Loaded on first use, out of the member entry chunk. */
export function MemberWeekBoard({ member, onClose }: { member: Member; onClose: () => void }) {
  return (
    <main className="week-board-page">
      <WeekBoard teamId={member.teamId} member={member} onClose={onClose} />
    </main>
  );
}
