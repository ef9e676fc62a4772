import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { Pictogram } from '../../components/Pictogram.tsx';
import { useServices } from '../../hooks/useServices.ts';

interface Props {
  readonly chosen: readonly string[];
  readonly onChange: (ids: readonly string[]) => void;
}

/** The team's reject reasons as big picture toggles; more than one may apply. */
export function RejectReasonPicker({ chosen, onChange }: Props) {
  const { t } = useTranslation();
  const { db } = useServices();
  const reasons = useLiveQuery(() => db.rejectReasons.toArray().then((rs) => rs.sort((a, b) => a.position - b.position)), [db]);
  if (!reasons || reasons.length === 0) return null;
  return (
    <section className="reject-reasons" aria-labelledby="reject-reasons-title">
      <h2 id="reject-reasons-title">{t('counts.reasonsTitle')}</h2>
      <ul>
        {reasons.map((r) => {
          const on = chosen.includes(r.id);
          return (
            <li key={r.id}>
              <button type="button" className="reason-button" aria-pressed={on} onClick={() => onChange(on ? chosen.filter((id) => id !== r.id) : [...chosen, r.id])}>
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
