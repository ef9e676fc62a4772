import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { rejectReasonsInOrder } from '#db/coachRepository.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { useServices } from '#kiosk/hooks/useServices.ts';

/** A completion names at most this many reasons (records.ts). */
const MAX_REASONS = 20;

interface Props {
  readonly chosen: readonly string[];
  readonly onChange: (ids: readonly string[]) => void;
}

/** The team's reject reasons as big picture toggles; more than one may apply. */
export function RejectReasonPicker({ chosen, onChange }: Props) {
  const { t } = useTranslation();
  const { db } = useServices();
  const reasons = useLiveQuery(() => rejectReasonsInOrder(db), [db]);
  if (!reasons || reasons.length === 0) return null;
  return (
    <section className="reject-reasons" aria-labelledby="reject-reasons-title">
      <h2 id="reject-reasons-title">{t('counts.reasonsTitle')}</h2>
      <ul>
        {reasons.map((r) => {
          const on = chosen.includes(r.id);
          return (
            <li key={r.id}>
              <button
                type="button"
                className="reason-button"
                aria-pressed={on}
                disabled={!on && chosen.length >= MAX_REASONS}
                onClick={() => onChange(on ? chosen.filter((id) => id !== r.id) : [...chosen, r.id])}
              >
                <Pictogram name={r.picto} size={56} />
                <span>{r.label}</span>
                {on && <Pictogram name="check" size={32} className="reason-check" />}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
