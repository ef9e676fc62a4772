import { AppHeader } from './components/AppHeader.tsx';
import { EnrolScreen } from './features/enrol/EnrolScreen.tsx';
import { KioskShell } from './KioskShell.tsx';
import { useDevice } from './hooks/useDevice.ts';
import { UpdatePrompt } from './pwa/UpdatePrompt.tsx';
import { STARTUP_MARKS, markStartup } from './startupMarks.ts';

/** A tablet is either waiting to be enrolled or serving its team. */
export function App() {
  const device = useDevice();
  if (device !== undefined) markStartup(STARTUP_MARKS.deviceRead);
  return (
    <>
      <UpdatePrompt />
      {device === undefined ? null : device === null ? (
        <div className="app-shell">
          <AppHeader teamName="Schakel" />
          <EnrolScreen />
        </div>
      ) : (
        <KioskShell teamName={device.team.name} role={device.role} />
      )}
    </>
  );
}
