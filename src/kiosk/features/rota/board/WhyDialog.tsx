/**
 * "Why?" and "Why not me?" in short sentences with a picture each: why a
 * member stands where they stand (explainPlacement's reasons) and what the
 * other places would cost; or, for a place they wanted, what stands in the
 * way. The whole answer can be heard with one tap.
 */
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { cellKey, cellRules } from '#domain/rota/cellRules.ts';
import { explainPlacement, type PlacementAlternative, type PlacementReason } from '#domain/rota/explain.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { SpeakButton } from '#kiosk/components/SpeakButton.tsx';
import { useLanguage } from '#kiosk/hooks/useLanguage.ts';
import { BoardDialog } from './BoardDialog.tsx';
import type { BoardWeek } from './boardWeek.ts';
import { SIGN_PICTOS } from './RuleSign.tsx';

export type WhyQuestion = { readonly kind: 'why'; readonly memberId: string; readonly slot: number } | { readonly kind: 'whyNot'; readonly memberId: string; readonly slot: number; readonly station: string | null };

interface Line {
  readonly picto: string;
  readonly text: string;
}

const PLACED_PICTOS = { member: 'person', coach: 'key', optimiser: 'gear', team: 'yes' } as const;
const ALTERNATIVES_SHOWN = 3;

type RotaT = TFunction<['rota', 'translation']>;

function reasonLine(t: RotaT, reason: PlacementReason, member: string): Line | null {
  switch (reason.kind) {
    case 'pinned':
      return null; // who placed the slot says it better
    case 'pool':
      return { picto: 'help', text: t('rota:why.reasons.pool', { member }) };
    case 'qualified':
      return { picto: 'star', text: reason.level === 'O' ? t('rota:why.reasons.qualifiedO', { member }) : t('rota:why.reasons.qualifiedU', { member }) };
    case 'learning':
      return { picto: 'book', text: reason.level === 'I' ? t('rota:why.reasons.learningI', { member }) : t('rota:why.reasons.learningL', { member }) };
    case 'trainingGoal':
      return { picto: 'book', text: t('rota:why.reasons.trainingGoal', { member }) };
    case 'homeStation':
      return { picto: 'home', text: t('rota:why.reasons.homeStation', { member }) };
    case 'liked':
      return { picto: 'heart', text: t('rota:why.reasons.liked', { member }) };
    case 'fairShareOfHeavyWork':
      return { picto: 'muscle', text: t('rota:why.reasons.fairShare', { load: reason.load, fairShare: reason.fairShare }) };
  }
}

function costWord(costChange: number): 'better' | 'same' | 'worse' {
  return costChange < 0 ? 'better' : costChange > 0 ? 'worse' : 'same';
}

function alternativeLine(t: RotaT, board: BoardWeek, alternative: PlacementAlternative): Line {
  const station = alternative.station === null ? undefined : board.stationById.get(alternative.station);
  const place = station?.name ?? t('rota:board.pool');
  const picto = station?.picto ?? 'help';
  // For i18next-cli (see i18next.config.ts): t('rota:why.breaks.H1') t('rota:why.breaks.H2') t('rota:why.breaks.H3') t('rota:why.breaks.H4') t('rota:why.breaks.H5') t('rota:why.breaks.H6')
  if (alternative.breaks.length > 0) return { picto, text: t('rota:why.alt.breaks', { place, why: alternative.breaks.map((rule) => t(`rota:why.breaks.${rule}`)).join(' ') }) };
  // For i18next-cli: t('rota:why.alt.better') t('rota:why.alt.same') t('rota:why.alt.worse')
  return { picto, text: t(`rota:why.alt.${costWord(alternative.costChange)}`, { place }) };
}

export function whyLines(t: RotaT, board: BoardWeek, question: WhyQuestion): { title: string; lines: Line[]; alternatives: Line[] } {
  const member = board.memberById.get(question.memberId);
  const name = member?.name ?? '';
  const instance = board.week.instance;
  const explanation = explainPlacement(instance, board.plan, question.memberId, question.slot);
  if (question.kind === 'why') {
    const lines: Line[] = [];
    const record = board.slotRecord(question.memberId, question.slot);
    // For i18next-cli: t('rota:why.placed.member') t('rota:why.placed.coach') t('rota:why.placed.optimiser') t('rota:why.placed.team')
    if (record) lines.push({ picto: PLACED_PICTOS[record.placedBy], text: t(`rota:why.placed.${record.placedBy}`, { member: name }) });
    for (const reason of explanation?.reasons ?? []) {
      const line = reasonLine(t, reason, name);
      if (line) lines.push(line);
    }
    const alternatives = (explanation?.alternatives ?? []).slice(0, ALTERNATIVES_SHOWN).map((a) => alternativeLine(t, board, a));
    return { title: t('rota:why.title', { member: name }), lines, alternatives };
  }

  const lines: Line[] = [];
  const rotaMember = instance.members.find((m) => m.id === question.memberId);
  const current = board.placements.find((p) => p.member === question.memberId && p.slot === question.slot)?.station ?? null;
  if (!rotaMember || rotaMember.available[question.slot] !== true) lines.push({ picto: SIGN_PICTOS.absent, text: t('rota:why.notMe.away', { member: name }) });
  else if (current === question.station) lines.push({ picto: 'yes', text: t('rota:why.notMe.already', { member: name }) });
  else {
    const station = question.station === null ? undefined : board.stationById.get(question.station);
    if (station) {
      // The cell as it would be with this member in it: the same signs the board would then show.
      const moved = [...board.placements.filter((p) => !(p.member === question.memberId && p.slot === question.slot)), { member: question.memberId, station: station.id, slot: question.slot }];
      const rules = cellRules(instance, moved).get(cellKey(station.id, question.slot));
      for (const sign of rules?.members.get(question.memberId) ?? []) lines.push({ picto: SIGN_PICTOS[sign], text: t(`rota:board.signs.${sign}`, { member: name, station: station.name }) });
      if (rules?.cell.includes('tooMany') === true) lines.push({ picto: SIGN_PICTOS.tooMany, text: t('rota:why.notMe.full') });
    }
    const alternative = explanation?.alternatives.find((a) => a.station === question.station);
    if (lines.length === 0 && alternative) {
      if (alternative.breaks.length > 0) lines.push(alternativeLine(t, board, alternative));
      else {
        lines.push({ picto: 'yes', text: t('rota:why.notMe.canPlace', { member: name }) });
        // For i18next-cli: t('rota:why.notMe.better') t('rota:why.notMe.same') t('rota:why.notMe.worse')
        lines.push({ picto: 'scales', text: t(`rota:why.notMe.${costWord(alternative.costChange)}`) });
      }
    }
  }
  return { title: t('rota:why.titleNot', { member: name }), lines, alternatives: [] };
}

/** The answer to a "Why?" or "Why not me?" about one member and one half-day. */
export function WhyDialog({ board, question, onClose }: { board: BoardWeek; question: WhyQuestion; onClose: () => void }) {
  const { t } = useTranslation('rota');
  const lang = useLanguage();
  const { title, lines, alternatives } = whyLines(t, board, question);
  const spoken = [title, ...lines.map((l) => l.text), ...(alternatives.length > 0 ? [t('why.alternatives'), ...alternatives.map((l) => l.text)] : [])].join(' ');
  const list = (items: Line[], className: string) => (
    <ul className={`board-why-lines ${className}`}>
      {items.map((line) => (
        <li key={line.text}>
          <Pictogram name={line.picto} size={48} />
          <span>{line.text}</span>
        </li>
      ))}
    </ul>
  );
  return (
    <BoardDialog title={title} closeLabel={t('why.close')} onClose={onClose} actions={<SpeakButton text={spoken} language={lang} />}>
      {list(lines, 'board-why-reasons')}
      {alternatives.length > 0 && (
        <>
          <h3>{t('why.alternatives')}</h3>
          {list(alternatives, 'board-why-alternatives')}
        </>
      )}
    </BoardDialog>
  );
}
