import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveMemberSettings } from '#db/coachRepository.ts';
import { detailLevel, memberSettings } from '#domain/memberSettings.ts';
import { iluoLevel, language, type IluoLevel, type Language, type Member, type PinHash, type Station, type WellbeingScale } from '#shared/records.ts';
import { ErrorAlert } from '#ui/ErrorAlert.tsx';
import { Pictogram } from '#ui/Pictogram.tsx';
import { useSaveError } from '#kiosk/hooks/useSaveError.ts';
import { useServices } from '#kiosk/hooks/useServices.ts';
import { useLeaveGuard, useUnsavedChanges } from '#kiosk/features/coach/leaveGuard.ts';
import { MemberPhoto } from './MemberPhoto.tsx';
import { PinSetter } from './PinSetter.tsx';
import { MemberAvatar } from '#kiosk/components/MemberAvatar.tsx';

const RATES = [0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.1, 1.2, 1.3, 1.4, 1.5] as const;

interface Form {
  readonly language: Language;
  readonly scale: WellbeingScale;
  readonly idleMinutes: string;
  readonly speechRate: number;
  readonly autoSpeak: boolean;
  /** Per station: a fixed level, or absent to follow the skills matrix. */
  readonly overrides: Readonly<Record<string, IluoLevel>>;
}

function formOf(member: Member): Form {
  const s = memberSettings(member);
  return { language: member.language, scale: s.scale, idleMinutes: String(s.idleMinutes), speechRate: s.speechRate, autoSpeak: s.autoSpeak, overrides: member.detailOverrides ?? {} };
}

const sameOverrides = (a: Readonly<Record<string, IluoLevel>>, b: Readonly<Record<string, IluoLevel>>) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);

/** One member's settings. "Save" sends a patch with only what changed; the picture PIN saves on its own. */
export function MemberSettingsEditor({ member, stations, onDone }: { member: Member; stations: readonly Station[]; onDone: () => void }) {
  const { t } = useTranslation('coach');
  const { db, now, newId, requestSync } = useServices();
  const { leave } = useLeaveGuard();
  const { error, run } = useSaveError();
  const skills = useLiveQuery(() => db.skills.where('[memberId+stationId]').between([member.id, ''], [member.id, '\uffff']).toArray(), [db, member.id]);
  const [base, setBase] = useState(() => formOf(member));
  const [form, setForm] = useState(base);
  const [status, setStatus] = useState<string | null>(null);
  const [invalidIdle, setInvalidIdle] = useState(false);

  const changes = useMemo(() => {
    const fields: Parameters<typeof saveMemberSettings>[2] = {};
    if (form.language !== base.language) fields.language = form.language;
    if (form.scale !== base.scale) fields.scale = form.scale;
    if (form.idleMinutes !== base.idleMinutes) fields.idleMinutes = Number(form.idleMinutes);
    if (form.speechRate !== base.speechRate) fields.speechRate = form.speechRate;
    if (form.autoSpeak !== base.autoSpeak) fields.autoSpeak = form.autoSpeak;
    if (!sameOverrides(form.overrides, base.overrides)) fields.detailOverrides = { ...form.overrides };
    return fields;
  }, [form, base]);
  const dirty = Object.keys(changes).length > 0;
  useUnsavedChanges(dirty);

  const ctx = () => ({ actorMemberId: null, now: now(), newId });
  const update = (patch: Partial<Form>) => {
    setStatus(null);
    setForm((f) => ({ ...f, ...patch }));
  };
  const save = () =>
    run(async () => {
      const idle = Number(form.idleMinutes);
      if (!/^\d+$/.test(form.idleMinutes.trim()) || idle < 1 || idle > 240) {
        setInvalidIdle(true);
        return;
      }
      setInvalidIdle(false);
      await saveMemberSettings(db, member.id, changes, ctx());
      setBase(form);
      setStatus(t('common.saved'));
      requestSync('write');
    });
  const savePin = (pin: PinHash | null): Promise<boolean> =>
    run(async () => {
      await saveMemberSettings(db, member.id, { pin }, ctx());
      requestSync('write');
    });

  const rateOptions = RATES.some((r) => r === form.speechRate) ? RATES : [...RATES, form.speechRate].sort((a, b) => a - b);
  return (
    <div className="member-settings">
      <div className="screen-title">
        <h2>
          <MemberAvatar member={member} size={48} />
          {t('members.heading', { name: member.name })}
        </h2>
        <button type="button" className="secondary-button" onClick={() => leave(onDone)}>
          <Pictogram name="back" size={40} />
          <span>{t('common.back')}</span>
        </button>
      </div>
      <MemberPhoto member={member} />
      <div className="settings-grid">
        <label className="field">
          <span className="field-label">{t('members.language')}</span>
          <select className="select-input" value={form.language} onChange={(e) => update({ language: language.parse(e.target.value) })}>
            {language.options.map((l) => (
              <option key={l} value={l}>
                {t(`languages.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="field radio-row">
          <legend className="field-label">{t('members.scale')}</legend>
          {([3, 5] as const).map((scale) => (
            <label key={scale} className="check-field">
              <input type="radio" name="scale" checked={form.scale === scale} onChange={() => update({ scale })} />
              <span>{scale === 3 ? t('members.scale3') : t('members.scale5')}</span>
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span className="field-label">{t('members.idle')}</span>
          <input
            className="number-input"
            type="number"
            inputMode="numeric"
            min={1}
            max={240}
            value={form.idleMinutes}
            aria-invalid={invalidIdle}
            onChange={(e) => update({ idleMinutes: e.target.value })}
          />
        </label>
        {invalidIdle && <p className="error-message" role="alert">{t('members.invalidIdle')}</p>}
        <label className="field">
          <span className="field-label">{t('members.rate')}</span>
          <select className="select-input" value={form.speechRate} onChange={(e) => update({ speechRate: Number(e.target.value) })}>
            {rateOptions.map((r) => (
              <option key={r} value={r}>
                {t('members.rateValue', { rate: r.toLocaleString(form.language) })}
              </option>
            ))}
          </select>
        </label>
        <label className="check-field">
          <input type="checkbox" checked={form.autoSpeak} onChange={(e) => update({ autoSpeak: e.target.checked })} />
          <Pictogram name="speaker" size={32} />
          <span>{t('members.autoSpeak')}</span>
        </label>
      </div>
      <fieldset className="detail-overrides">
        <legend className="field-label">{t('members.detail')}</legend>
        {stations.map((station) => {
          const matrix = skills ? detailLevel({ ...member, detailOverrides: {} }, station.id, skills) : null;
          return (
            <label key={station.id} className="field detail-row">
              <span>{t('members.detailFor', { station: station.name })}</span>
              <select
                className="select-input"
                value={form.overrides[station.id] ?? 'auto'}
                onChange={(e) => {
                  const { [station.id]: _dropped, ...rest } = form.overrides;
                  const level = iluoLevel.safeParse(e.target.value);
                  update({ overrides: level.success ? { ...rest, [station.id]: level.data } : rest });
                }}
              >
                <option value="auto">{matrix?.source === 'skills' ? t('members.detailAuto', { level: matrix.level }) : t('members.detailAutoNone')}</option>
                {/* For i18next-cli (see i18next.config.ts): t('coach:members.levels.I') t('coach:members.levels.L') t('coach:members.levels.U') t('coach:members.levels.O') */}
                {iluoLevel.options.map((level) => (
                  <option key={level} value={level}>
                    {t(`members.levels.${level}`)}
                  </option>
                ))}
              </select>
            </label>
          );
        })}
      </fieldset>
      <div className="editor-actions">
        <p role="status" className="save-status">
          {status}
        </p>
        <button type="button" className="primary-button" disabled={!dirty} onClick={() => void save()}>
          <Pictogram name="done" size={44} />
          <span>{t('members.save')}</span>
        </button>
      </div>
      <PinSetter hasPin={member.pin != null} onSet={(pin) => savePin(pin)} onRemove={() => savePin(null)} />
      <ErrorAlert message={error} />
    </div>
  );
}
