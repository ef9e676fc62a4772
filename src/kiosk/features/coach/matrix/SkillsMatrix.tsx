import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Skill } from '#shared/records.ts';
import { ErrorAlert } from '#ui/ErrorAlert.tsx';
import { Pictogram } from '#ui/Pictogram.tsx';
import { MemberAvatar } from '#kiosk/components/MemberAvatar.tsx';
import { useServices } from '#kiosk/hooks/useServices.ts';
import { useTeamMembers } from '#kiosk/hooks/useTeamMembers.ts';
import { CellDetailDialog } from './CellDetailDialog.tsx';
import { MatrixCell } from './MatrixCell.tsx';
import { MemberRotaDialog } from './MemberRotaDialog.tsx';
import { cycleSkillLevel } from './matrixWrites.ts';
import { StationDialog } from './StationDialog.tsx';
import { useFillToBottom } from './useFillToBottom.ts';
import { useMatrixSave } from './useMatrixSave.ts';
import './matrix.css';

type Open = { readonly kind: 'cell'; readonly memberId: string; readonly stationId: string } | { readonly kind: 'member'; readonly id: string } | { readonly kind: 'station'; readonly id: string };

const cellKey = (memberId: string, stationId: string) => `${memberId}/${stationId}`;

/**
 * The skills matrix: members down, stations across, each cell a member's
 * ILUO level on a station. A tap moves the level one step (and records the
 * step); in "details" mode a tap opens the cell's training goal, restriction
 * and preference instead, since a long press is hard with gloves on.
 */
export function SkillsMatrix() {
  const { t } = useTranslation('coach');
  const { db } = useServices();
  const members = useTeamMembers();
  const stations = useLiveQuery(async () => (await db.stations.toArray()).sort((a, b) => a.name.localeCompare(b.name)), [db]);
  const skills = useLiveQuery(() => db.skills.toArray(), [db]);
  const byCell = useMemo(() => new Map<string, Skill>((skills ?? []).map((s) => [cellKey(s.memberId, s.stationId), s])), [skills]);
  const [details, setDetails] = useState(false);
  const [open, setOpen] = useState<Open | null>(null);
  const { error, save } = useMatrixSave();
  const scrollRef = useRef<HTMLDivElement>(null);
  useFillToBottom(scrollRef);
  if (!members || !stations || !skills) return null;

  const close = () => setOpen(null);
  const openMember = open?.kind === 'member' ? members.find((m) => m.id === open.id) : open?.kind === 'cell' ? members.find((m) => m.id === open.memberId) : undefined;
  const openStation = open?.kind === 'station' ? stations.find((s) => s.id === open.id) : open?.kind === 'cell' ? stations.find((s) => s.id === open.stationId) : undefined;

  return (
    <div className="coach-section skills-matrix">
      <div className="screen-title">
        <h2>{t('matrix.title')}</h2>
        <button type="button" className="secondary-button matrix-mode-button" aria-pressed={details} onClick={() => setDetails((d) => !d)}>
          <Pictogram name="pencil" size={40} />
          <span>{t('matrix.detailsMode')}</span>
        </button>
      </div>
      <p className="matrix-hint">{details ? t('matrix.hintDetails') : t('matrix.hintLevels')}</p>
      {members.length === 0 || stations.length === 0 ? (
        <p className="empty-state">{t('matrix.empty')}</p>
      ) : (
        <div ref={scrollRef} className="matrix-scroll" tabIndex={0} role="region" aria-label={t('matrix.title')}>
          <table className="matrix-table">
            <thead>
              <tr>
                <td />
                {stations.map((station) => (
                  <th key={station.id} scope="col">
                    <button type="button" className="matrix-header-button" aria-label={t('matrix.stationSettings', { name: station.name })} onClick={() => setOpen({ kind: 'station', id: station.id })}>
                      <Pictogram name={station.picto} size={40} />
                      <span>{station.name}</span>
                    </button>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr key={member.id}>
                  <th scope="row">
                    <button type="button" className="matrix-header-button matrix-row-button" aria-label={t('matrix.memberSettings', { name: member.name })} onClick={() => setOpen({ kind: 'member', id: member.id })}>
                      <MemberAvatar member={member} size={40} />
                      <span>{member.name}</span>
                    </button>
                  </th>
                  {stations.map((station) => {
                    const skill = byCell.get(cellKey(member.id, station.id));
                    const cell = { teamId: member.teamId, memberId: member.id, stationId: station.id };
                    return (
                      <td key={station.id}>
                        <MatrixCell
                          memberName={member.name}
                          stationName={station.name}
                          skill={skill}
                          onTap={() => {
                            if (details) setOpen({ kind: 'cell', memberId: member.id, stationId: station.id });
                            else void save((d, ctx) => cycleSkillLevel(d, cell, ctx));
                          }}
                        />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ErrorAlert message={error} />
      {open?.kind === 'cell' && openMember && openStation && <CellDetailDialog member={openMember} station={openStation} skill={byCell.get(cellKey(openMember.id, openStation.id))} onClose={close} />}
      {open?.kind === 'member' && openMember && <MemberRotaDialog member={openMember} stations={stations} onClose={close} />}
      {open?.kind === 'station' && openStation && <StationDialog station={openStation} onClose={close} />}
    </div>
  );
}
