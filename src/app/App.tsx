import { EnrolScreen } from './features/enrol/EnrolScreen.tsx';
import { KioskShell } from './KioskShell.tsx';
import { useDevice } from './hooks/useDevice.ts';
import { UpdatePrompt } from './pwa/UpdatePrompt.tsx';

/** A tablet is either waiting to be enrolled or serving its team. */
export function App() {
  const device = useDevice();
  return (
    <>
      <UpdatePrompt />
      {device === undefined ? null : device === null ? <EnrolScreen /> : <KioskShell teamName={device.team.name} />}
    </>
  );
}
