import { lazy, Suspense } from 'react';
import { AppHeader } from './components/AppHeader.tsx';
import { ReenrolBanner } from './components/ReenrolBanner.tsx';
import { HelpCallsPanel } from './features/help/HelpCallsPanel.tsx';
import type { DeviceRole } from '#shared/protocol.ts';
import { MemberGrid } from './features/signin/MemberGrid.tsx';
import { MemberDay } from './MemberDay.tsx';
import { useMember } from './hooks/useTeamMembers.ts';
import { selectCoachMode, selectCoachTab, selectMemberId, useAppStore } from './state/store.ts';

// Coach mode is its own chunk: members' tablets never download the editors until a coach opens them.
const CoachMode = lazy(() => import('./features/coach/CoachMode.tsx').then((m) => ({ default: m.CoachMode })));

/** The enrolled tablet: the photo grid, or the signed-in member's day. */
export function KioskShell({ teamName, role }: { teamName: string; role: DeviceRole }) {
  const memberId = useAppStore(selectMemberId);
  const member = useMember(memberId);
  const coachMode = useAppStore(selectCoachMode);
  const coachTab = useAppStore(selectCoachTab);
  const inCoachMode = role === 'coach' && coachMode !== 'off';
  return (
    <div className="app-shell">
      <AppHeader teamName={teamName} member={member} coachButton={role === 'coach' && !inCoachMode} />
      <ReenrolBanner />
      {/* In coach mode the Flags tab shows the same list; elsewhere it stays on top. */}
      {role === 'coach' && !(coachMode === 'unlocked' && coachTab === 'flags') && <HelpCallsPanel />}
      {inCoachMode ? (
        <Suspense fallback={<main className="coach-loading" aria-busy="true" />}>
          <CoachMode />
        </Suspense>
      ) : memberId === null || member === null ? (
        <MemberGrid />
      ) : member === undefined ? null : (
        <MemberDay member={member} />
      )}
    </div>
  );
}
