import type { CellSign, MemberSign } from '#domain/rota/cellRules.ts';
import { Pictogram } from '#ui/Pictogram.tsx';

/** One picture per rule, so a sign reads without colour and without reading. */
export const SIGN_PICTOS: Readonly<Record<MemberSign | CellSign, string>> = {
  notTrained: 'no',
  traineeWithoutO: 'book',
  secondHeavy: 'tired',
  restricted: 'stop',
  absent: 'exit',
  tooMany: 'up',
  tooFew: 'down',
  noQualified: 'star',
};

/** A rule sign in a cell: its name is the reason in a short sentence, and a tap says it aloud. */
export function RuleSign({ sign, text, onSay }: { sign: MemberSign | CellSign; text: string; onSay: (text: string) => void }) {
  return (
    <button type="button" className="board-sign" data-sign={sign} aria-label={text} title={text} onClick={() => onSay(text)}>
      <Pictogram name={SIGN_PICTOS[sign]} size={32} />
    </button>
  );
}
