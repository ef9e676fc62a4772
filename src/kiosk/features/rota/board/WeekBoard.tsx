/**
 * The week board: stations × half-days with members' photos in the cells,
 * the rule signs of each cell, and the week's state and self-managed share.
 * On a member's board the signed-in member places only themself, and only
 * while the week is a draft; on the coach's board the coach moves anyone
 * (with a reason when it undoes a member's own choice), and takes the week
 * from draft to agreed to published.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { agreeWeek, OverrideNeedsReasonError, placeInSlot, publishWeek, rotaWeekOf, type Placer } from '#db/rotaRepository.ts';
import { presenceOf } from '#domain/rota/weekInstance.ts';
import { overridesMember } from '#domain/rotaSlots.ts';
import { isoWeekOf, type Member } from '#shared/records.ts';
import type { OverrideReason } from '#shared/records/kinds/rotaFields.ts';
import { localDay } from '#shared/time.ts';
import { ErrorAlert } from '#ui/ErrorAlert.tsx';
import { Pictogram } from '#ui/Pictogram.tsx';
import { MemberAvatar } from '#kiosk/components/MemberAvatar.tsx';
import { useLanguage } from '#kiosk/hooks/useLanguage.ts';
import { useSaveError } from '#kiosk/hooks/useSaveError.ts';
import { useSay } from '#kiosk/hooks/useSay.ts';
import { useServices } from '#kiosk/hooks/useServices.ts';
import { useWeekRecords } from '#kiosk/features/rota/useWeekRecords.ts';
import { AgreeDialog } from './AgreeDialog.tsx';
import { BoardGrid } from './BoardGrid.tsx';
import { boardWeek, type BoardWeek } from './boardWeek.ts';
import { OverrideDialog } from './OverrideDialog.tsx';
import { ShareFigure } from './ShareFigure.tsx';
import { WhyDialog, type WhyQuestion } from './WhyDialog.tsx';
import './board.css';

/** What a toolbar button of another screen (Suggest, availability, weights) needs to act on the week on screen. */
export interface BoardContext {
  readonly teamId: string;
  readonly week: string;
  readonly board: BoardWeek;
}

export interface WeekBoardProps {
  readonly teamId: string;
  /** The signed-in member on their own board; without one, the coach's board. */
  readonly member?: Member | undefined;
  /** Extra buttons in the board's bar, kept in view while the grid scrolls. */
  readonly toolbar?: ReactNode | ((context: BoardContext) => ReactNode);
  readonly onClose?: (() => void) | undefined;
}

type Open =
  | { readonly kind: 'why'; readonly question: WhyQuestion }
  | { readonly kind: 'override'; readonly memberId: string; readonly station: string | null; readonly slot: number }
  | { readonly kind: 'agree' };

const STATE_PICTOS = { draft: 'pencil', agreed: 'yes', published: 'check' } as const;
/** This week and the next: the team plans one ahead. */
const WEEKS_AHEAD = 1;

function dayPlus(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function WeekBoard({ teamId, member, toolbar, onClose }: WeekBoardProps) {
  const { t } = useTranslation('rota');
  const lang = useLanguage();
  const { db, now, newId, requestSync } = useServices();
  const sayer = useSay(lang);
  const { error, run } = useSaveError();
  const [offset, setOffset] = useState(0);
  const today = localDay(now());
  const week = isoWeekOf(dayPlus(today, offset * 7));
  const records = useWeekRecords(teamId, week);
  const plan = useLiveQuery(async () => (await rotaWeekOf(db, teamId, week)) ?? null, [db, teamId, week]);
  const board = useMemo(() => (records ? boardWeek(records) : undefined), [records]);
  const [selectedId, setSelectedId] = useState<string | null>(member?.id ?? null);
  const [whyMode, setWhyMode] = useState(false);
  const [open, setOpen] = useState<Open | null>(null);
  if (!board || plan === undefined) return null;

  const state = plan?.state ?? 'draft';
  const coach = member === undefined;
  const locked = !coach && state !== 'draft';
  const say = (text: string) => sayer.say(text);
  const ctx = () => ({ actorMemberId: member?.id ?? null, now: now(), newId });

  const place = (memberId: string, station: string | null, slot: number, reason?: OverrideReason) => {
    if (!coach && memberId !== member.id) return;
    if (locked) {
      say(t('board.locked'));
      return;
    }
    const existing = board.slotRecord(memberId, slot);
    if (coach && reason === undefined && overridesMember(existing, station)) {
      setOpen({ kind: 'override', memberId, station, slot });
      return;
    }
    const { day, shift } = board.week.halfDayOf(slot);
    const placer: Placer = coach ? { by: 'coach', ...(reason === undefined ? {} : { overrideReason: reason }) } : { by: 'member' };
    void run(async () => {
      try {
        await placeInSlot(db, { teamId, memberId, day, shift, stationId: station }, placer, ctx());
        requestSync('write');
      } catch (e) {
        // Another tablet's member placed themself there meanwhile: ask for the reason after all.
        if (e instanceof OverrideNeedsReasonError) setOpen({ kind: 'override', memberId, station, slot });
        else throw e;
      }
    });
  };

  const ask = (memberId: string, station: string | null, slot: number) => {
    const current = board.slotRecord(memberId, slot)?.stationId ?? null;
    setOpen({ kind: 'why', question: current === station && board.placements.some((p) => p.member === memberId && p.slot === slot) ? { kind: 'why', memberId, slot } : { kind: 'whyNot', memberId, slot, station } });
  };

  const onCellTap = (station: string | null, slot: number) => {
    const actor = coach ? selectedId : member.id;
    if (whyMode) {
      if (actor !== null) ask(actor, station, slot);
      return;
    }
    if (actor === null) say(t('board.hintCoach'));
    else place(actor, station, slot);
  };
  const onChipTap = (memberId: string, slot: number) => {
    if (whyMode) setOpen({ kind: 'why', question: { kind: 'why', memberId, slot } });
    else if (coach) setSelectedId(selectedId === memberId ? null : memberId);
  };

  const halfDay = now().getHours() < 13 ? 'am' : 'pm';
  const presentIds = board.records.members.filter((m) => presenceOf(m, board.records.availability, today, halfDay).present).map((m) => m.id);
  const selected = selectedId === null ? undefined : board.memberById.get(selectedId);
  const hint = whyMode ? t('board.hintWhy') : locked ? t('board.locked') : coach ? t('board.hintCoach') : t('board.hintMember');
  const context: BoardContext = { teamId, week, board };
  const Heading = coach ? 'h2' : 'h1';
  // For i18next-cli (see i18next.config.ts): t('rota:board.states.draft') t('rota:board.states.agreed') t('rota:board.states.published')
  return (
    <div className="week-board" data-mode={coach ? 'coach' : 'member'}>
      <div className="board-bar">
        <div className="board-week-nav">
          <button type="button" className="tool-button" aria-label={t('board.earlier')} disabled={offset === 0} onClick={() => setOffset(offset - 1)}>
            <Pictogram name="back" size={40} />
          </button>
          {/* The member's board is a page of its own (h1); in coach mode it sits under the tabs. */}
          <Heading>
            <Pictogram name="calendar" size={40} />
            <span>{offset === 0 ? t('board.thisWeek') : t('board.nextWeek')}</span>
            <span className="board-week-number">{t('board.weekLabel', { number: Number(week.slice(6)) })}</span>
          </Heading>
          <button type="button" className="tool-button" aria-label={t('board.later')} disabled={offset === WEEKS_AHEAD} onClick={() => setOffset(offset + 1)}>
            <Pictogram name="next" size={40} />
          </button>
        </div>
        <p className="board-state" data-state={state}>
          <Pictogram name={STATE_PICTOS[state]} size={32} />
          <span>{t(`board.states.${state}`)}</span>
          {state !== 'draft' &&
            plan?.agreedBy.map((id) => {
              const agreed = board.memberById.get(id);
              return agreed ? <MemberAvatar key={id} member={agreed} size={28} className="board-agreed-photo" /> : null;
            })}
        </p>
        <ShareFigure share={board.share} />
        <div className="board-actions">
          <button type="button" className="tool-button board-why-mode" aria-pressed={whyMode} onClick={() => setWhyMode(!whyMode)}>
            <Pictogram name="help" size={40} />
            <span>{t('board.whyMode')}</span>
          </button>
          {coach && state === 'draft' && (
            <button type="button" className="tool-button" onClick={() => setOpen({ kind: 'agree' })}>
              <Pictogram name="yes" size={40} />
              <span>{t('board.agree')}</span>
            </button>
          )}
          {coach && state === 'agreed' && (
            <button type="button" className="tool-button" onClick={() => void run(() => publishWeek(db, teamId, week, ctx()).then(() => requestSync('write')))}>
              <Pictogram name="check" size={40} />
              <span>{t('board.publish')}</span>
            </button>
          )}
          {typeof toolbar === 'function' ? toolbar(context) : toolbar}
          {onClose && (
            <button type="button" className="tool-button" onClick={onClose}>
              <Pictogram name="back" size={40} />
              <span>{t('board.close')}</span>
            </button>
          )}
        </div>
      </div>
      <p className="board-hint">
        {coach && selected && !whyMode && (
          <span className="board-selected">
            <MemberAvatar member={selected} size={32} />
            {t('board.selected', { member: selected.name })}
          </span>
        )}
        <span>{hint}</span>
      </p>
      <BoardGrid
        board={board}
        selfId={member?.id ?? null}
        selectedId={selectedId}
        locked={locked}
        whyMode={whyMode}
        onCellTap={onCellTap}
        onChipTap={onChipTap}
        onDrop={(memberId, station, slot) => place(memberId, station, slot)}
        onSay={say}
      />
      <ErrorAlert message={error} />
      {open?.kind === 'why' && <WhyDialog board={board} question={open.question} onClose={() => setOpen(null)} />}
      {open?.kind === 'override' && (
        <OverrideDialog
          memberName={board.memberById.get(open.memberId)?.name ?? ''}
          onCancel={() => setOpen(null)}
          onPick={(reason) => {
            setOpen(null);
            place(open.memberId, open.station, open.slot, reason);
          }}
        />
      )}
      {open?.kind === 'agree' && (
        <AgreeDialog
          members={board.records.members}
          presentIds={presentIds}
          onCancel={() => setOpen(null)}
          onAgree={(ids) => {
            setOpen(null);
            void run(() => agreeWeek(db, teamId, week, ids, ctx()).then(() => requestSync('write')));
          }}
        />
      )}
    </div>
  );
}
