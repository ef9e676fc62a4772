import { AppHeader } from './components/AppHeader.tsx';
import { ReenrolBanner } from './components/ReenrolBanner.tsx';
import { MemberGrid } from './features/signin/MemberGrid.tsx';
import { MemberDay } from './MemberDay.tsx';
import { useMember } from './hooks/useTeamMembers.ts';
import { selectMemberId, useAppStore } from './state/store.ts';

/** The enrolled tablet: the photo grid, or the signed-in member's day. */
export function KioskShell({ teamName }: { teamName: string }) {
  const memberId = useAppStore(selectMemberId);
  const member = useMember(memberId);
  return (
    <div className="app-shell">
      <AppHeader teamName={teamName} member={member} />
      <ReenrolBanner />
      {memberId === null || member === null ? <MemberGrid /> : member === undefined ? null : <MemberDay member={member} />}
    </div>
  );
}
