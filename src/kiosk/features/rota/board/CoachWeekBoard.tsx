import { useDevice } from '#kiosk/hooks/useDevice.ts';
import { WeekBoard, type WeekBoardProps } from './WeekBoard.tsx';

/** The coach's tab: the team's week, where the coach moves anyone and agrees and publishes the week. */
export function CoachWeekBoard({ toolbar }: { toolbar?: WeekBoardProps['toolbar'] }) {
  const device = useDevice();
  if (!device) return null;
  return (
    <div className="coach-section">
      <WeekBoard teamId={device.team.id} toolbar={toolbar} />
    </div>
  );
}
