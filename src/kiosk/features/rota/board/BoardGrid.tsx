import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { cellKey } from '#domain/rota/cellRules.ts';
import type { Station } from '#shared/records.ts';
import { dateTimeFormat } from '#ui/intlFormat.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { LoadPicture } from '#kiosk/features/coach/matrix/LoadPicture.tsx';
import { useFillToBottom } from '#kiosk/features/coach/matrix/useFillToBottom.ts';
import { useLanguage } from '#kiosk/hooks/useLanguage.ts';
import type { BoardWeek } from './boardWeek.ts';
import { MemberChip } from './MemberChip.tsx';
import { RuleSign } from './RuleSign.tsx';

export interface GridActions {
  /** A tap on a cell's own target: place, or ask why (not). `station` null: the pool. */
  readonly onCellTap: (station: string | null, slot: number) => void;
  readonly onChipTap: (memberId: string, slot: number) => void;
  readonly onDrop: (memberId: string, station: string | null, slot: number) => void;
  readonly onSay: (text: string) => void;
}

interface Props extends GridActions {
  readonly board: BoardWeek;
  /** The signed-in member on a member's board; null for the coach. */
  readonly selfId: string | null;
  readonly selectedId: string | null;
  /** The cell targets do nothing (a member's board on a week agreed already). */
  readonly locked: boolean;
  readonly whyMode: boolean;
}

/** The week as a grid: stations down (and the pool last), half-days across; it scrolls inside itself with its headers in view. */
export function BoardGrid({ board, selfId, selectedId, locked, whyMode, onCellTap, onChipTap, onDrop, onSay }: Props) {
  const { t } = useTranslation('rota');
  const lang = useLanguage();
  const scrollRef = useRef<HTMLDivElement>(null);
  useFillToBottom(scrollRef, 200);
  const dayShort = dateTimeFormat(lang, { weekday: 'short', day: 'numeric', timeZone: 'UTC' });
  const dayLong = dateTimeFormat(lang, { weekday: 'long', timeZone: 'UTC' });
  const at = (day: string) => new Date(`${day}T00:00:00Z`);
  const slotName = (slot: number) => {
    const { day, shift } = board.week.halfDayOf(slot);
    // For i18next-cli (see i18next.config.ts): t('rota:board.shifts.am') t('rota:board.shifts.pm')
    return { day: dayLong.format(at(day)), shift: t(`board.shifts.${shift}`) };
  };
  const selected = selectedId === null ? undefined : board.memberById.get(selectedId);

  const targetLabel = (placeName: string, slot: number) => {
    const cell = t('board.cell', { station: placeName, ...slotName(slot) });
    const actor = selfId === null ? selected : board.memberById.get(selfId);
    if (whyMode && actor) return t('board.whyNotMe', { member: actor.name, cell });
    if (selfId !== null) return t('board.placeMe', { cell });
    return actor ? t('board.placeMember', { member: actor.name, cell }) : t('board.cellTarget', { cell });
  };

  const cell = (station: Station | null, slot: number) => {
    const stationId = station?.id ?? null;
    const placeName = station?.name ?? t('board.pool');
    const rules = station ? board.rules.get(cellKey(station.id, slot)) : undefined;
    const people = station
      ? board.placements.filter((p) => p.station === station.id && p.slot === slot).map((p) => p.member)
      : board.week.instance.members.filter((m) => m.available[slot] === true && (board.slotRecord(m.id, slot)?.stationId ?? null) === null).map((m) => m.id);
    const max = station ? (board.week.instance.stations.find((s) => s.id === station.id)?.maxStaff[slot] ?? 0) : null;
    // For i18next-cli: t('rota:board.signs.tooMany') t('rota:board.signs.tooFew') t('rota:board.signs.noQualified')
    return (
      <td
        key={`${stationId ?? 'pool'}-${slot}`}
        className="board-cell"
        data-closed={max === 0 ? 'true' : undefined}
        onDragOver={(event) => event.preventDefault()}
        onDrop={(event) => {
          event.preventDefault();
          const memberId = event.dataTransfer.getData('text/plain');
          if (memberId) onDrop(memberId, stationId, slot);
        }}
      >
        <div className="board-cell-inner">
          {people.flatMap((memberId) => {
            const member = board.memberById.get(memberId);
            if (!member) return [];
            return [
              <MemberChip
                key={memberId}
                member={member}
                record={board.slotRecord(memberId, slot)}
                signs={rules?.members.get(memberId) ?? []}
                stationName={placeName}
                interactive={selfId === null || selfId === memberId}
                selected={selectedId === memberId}
                onTap={() => onChipTap(memberId, slot)}
                onSay={onSay}
              />,
            ];
          })}
          {rules && rules.cell.length > 0 && (
            <div className="board-cell-signs">
              {rules.cell.map((sign) => (
                <RuleSign key={sign} sign={sign} text={t(`board.signs.${sign}`, { station: placeName })} onSay={onSay} />
              ))}
            </div>
          )}
          {/* Named by its words and its visible count, read in that order (axe: label-content-name-mismatch). */}
          <button type="button" className="board-target" aria-disabled={locked && !whyMode} onClick={() => onCellTap(stationId, slot)}>
            <Pictogram name={whyMode ? 'help' : 'plus'} size={28} />
            <span className="visually-hidden">{targetLabel(placeName, slot)}</span>
            {max !== null && <span className="board-count">{t('board.count', { n: people.length, max })}</span>}
          </button>
        </div>
      </td>
    );
  };

  return (
    <div ref={scrollRef} className="board-scroll" tabIndex={0} role="region" aria-label={t('board.title')}>
      <table className="board-table">
        <thead>
          <tr>
            <td className="board-corner" rowSpan={2}>
              {t('board.station')}
            </td>
            {board.week.days.map((day) => (
              <th key={day} scope="colgroup" colSpan={2}>
                {dayShort.format(at(day))}
              </th>
            ))}
          </tr>
          <tr>
            {board.slots.map(({ slot, shift }) => (
              <th key={slot} scope="col" className="board-shift" data-shift={shift}>
                <Pictogram name={shift === 'am' ? 'sun' : 'clock'} size={24} />
                <span>{t(`board.shifts.${shift}`)}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {board.records.stations.map((station) => (
            <tr key={station.id}>
              <th scope="row" className="board-station">
                <Pictogram name={station.picto} size={40} />
                <span>{station.name}</span>
                <LoadPicture load={station.load} size={28} />
              </th>
              {board.slots.map(({ slot }) => cell(station, slot))}
            </tr>
          ))}
          <tr className="board-pool-row">
            <th scope="row" className="board-station">
              <Pictogram name="help" size={40} />
              <span>{t('board.pool')}</span>
            </th>
            {board.slots.map(({ slot }) => cell(null, slot))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
