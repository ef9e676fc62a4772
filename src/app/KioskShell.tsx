import { AppHeader } from './components/AppHeader.tsx';
import { ReenrolBanner } from './components/ReenrolBanner.tsx';
import { HelpCallsPanel } from './features/help/HelpCallsPanel.tsx';
import type { DeviceRole } from '../shared/protocol.ts';
import { MemberGrid } from './features/signin/MemberGrid.tsx';
import { MemberDay } from './MemberDay.tsx';
import { useMember } from './hooks/useTeamMembers.ts';
import { selectMemberId, useAppStore } from './state/store.ts';

/** The enrolled tablet: the photo grid, or the signed-in member's day. */
export function KioskShell({ teamName, role }: { teamName: string; role: DeviceRole }) {
  const memberId = useAppStore(selectMemberId);
  const member = useMember(memberId);
  return (
    <div className="app-shell">
      <AppHeader teamName={teamName} member={member} />
      <ReenrolBanner />
      {role === 'coach' && <HelpCallsPanel />}
      {memberId === null || member === null ? <MemberGrid /> : member === undefined ? null : <MemberDay member={member} />}
    </div>
  );
}
