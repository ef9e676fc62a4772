import { useTranslation } from 'react-i18next';
import type { HardRule, PinClash } from '#domain/rota/hardRules.ts';
import type { WeekInstance, WeekRecords } from '#domain/rota/weekInstance.ts';
import type { PictogramName } from '#shared/pictograms.ts';
import { MemberAvatar } from '#kiosk/components/MemberAvatar.tsx';
import { SpeakButton } from '#kiosk/components/SpeakButton.tsx';
import { useLanguage } from '#kiosk/hooks/useLanguage.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { useWeekWords } from './weekWords.ts';

/** Each rule as a picture: one place per half-day, allowed there, room, a trainer beside, heavy work, pins. */
const RULE_PICTOGRAM: Record<HardRule, PictogramName> = { H1: 'person', H2: 'stop', H3: 'numbers', H4: 'book', H5: 'muscle', H6: 'lock' };

/** Pins that cannot hold together, in words and pictures: who, where, when, and which rule; each can be read aloud. */
export function PinClashList({ clashes, records, week }: { clashes: readonly PinClash[]; records: WeekRecords; week: WeekInstance }) {
  const { t, i18n } = useTranslation('rota');
  const language = useLanguage();
  const { dayName, halfDayName } = useWeekWords(week);
  const memberById = new Map(records.members.map((m) => [m.id, m]));
  const stationById = new Map(records.stations.map((s) => [s.id, s]));
  const names = new Intl.ListFormat(i18n.language, { type: 'conjunction' });

  const sentence = (clash: PinClash): string => {
    const first = clash.pins[0];
    if (!first) return t('suggest.clash.H6');
    const members = names.format([...new Set(clash.pins.map((p) => memberById.get(p.member)?.name ?? p.member))]);
    const station = first.station === null ? t('suggest.pool') : (stationById.get(first.station)?.name ?? first.station);
    const halfDay = halfDayName(first.slot);
    switch (clash.rule) {
      case 'H1':
        return t('suggest.clash.H1', { members, halfDay });
      case 'H2':
        return first.station === null ? t('suggest.clash.H2pool', { members, halfDay }) : t('suggest.clash.H2', { members, station, halfDay });
      case 'H3': {
        const max = week.instance.stations.find((s) => s.id === first.station)?.maxStaff[first.slot] ?? 0;
        return t('suggest.clash.H3', { station, halfDay, pinned: clash.pins.length, max });
      }
      case 'H4':
        return t('suggest.clash.H4', { members, station, halfDay });
      case 'H5':
        return t('suggest.clash.H5', { members, day: dayName(first.slot) });
      case 'H6':
        return t('suggest.clash.H6');
    }
  };

  return (
    <section className="suggest-clashes" aria-labelledby="suggest-clash-title">
      <h3 id="suggest-clash-title" className="suggest-clash-title">
        <Pictogram name="warning" size={48} />
        <span>{t('suggest.clashTitle')}</span>
      </h3>
      <p>{t('suggest.clashHint')}</p>
      <ul className="suggest-clash-list">
        {clashes.map((clash, index) => {
          const text = sentence(clash);
          return (
            <li key={index} className="suggest-clash">
              <Pictogram name={RULE_PICTOGRAM[clash.rule]} size={64} />
              <div className="suggest-clash-body">
                <p className="suggest-clash-sentence">{text}</p>
                <ul className="suggest-clash-pins">
                  {clash.pins.map((pin) => {
                    const member = memberById.get(pin.member);
                    const station = pin.station === null ? undefined : stationById.get(pin.station);
                    return (
                      <li key={`${pin.member}|${pin.slot}|${pin.station ?? ''}`} className="suggest-clash-pin">
                        {member ? <MemberAvatar member={member} size={48} /> : null}
                        <span className="suggest-clash-name">{member?.name ?? pin.member}</span>
                        <Pictogram name="next" size={32} />
                        {station ? <Pictogram name={station.picto} size={48} /> : <Pictogram name="puzzle" size={48} />}
                        <span>{station?.name ?? t('suggest.pool')}</span>
                        <span className="suggest-clash-when">{halfDayName(pin.slot)}</span>
                      </li>
                    );
                  })}
                </ul>
              </div>
              <SpeakButton text={text} language={language} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
