import { Suspense, lazy, useCallback, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { language as languageSchema } from '#shared/records.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { useDevice } from '#kiosk/hooks/useDevice.ts';
import { useLanguage } from '#kiosk/hooks/useLanguage.ts';
import { useOpenFlagCount } from './useOpenFlagCount.ts';
import { selectCoachTab, selectLeaveCoach, selectShowCoachTab, useAppStore, type CoachTab } from '#kiosk/state/store.ts';
import { CardsTab } from './cards/CardsTab.tsx';
import { ConfirmDialog } from '#ui/ConfirmDialog.tsx';
import { FacesTab } from './faces/FacesTab.tsx';
import { FlagsTab } from './FlagsTab.tsx';
import { LeaveGuardContext, type LeaveGuard } from './leaveGuard.ts';
import { MembersTab } from './members/MembersTab.tsx';
import { RejectReasonsTab } from './reasons/RejectReasonsTab.tsx';
import { SkillsMatrix } from './matrix/SkillsMatrix.tsx';
import { CoachWeekTab } from '#kiosk/features/rota/CoachWeekTab.tsx';
import { OrdersTab } from '#kiosk/features/orders/OrdersTab.tsx';

// Its own chunk, with Chart.js behind it: loaded when the coach first opens the tab.
const TeamTab = lazy(() => import('./team/TeamTab.tsx').then((m) => ({ default: m.TeamTab })));

const TABS = [
  { tab: 'cards', picto: 'memo' },
  { tab: 'orders', picto: 'truck' },
  { tab: 'team', picto: 'chart' },
  { tab: 'members', picto: 'person' },
  { tab: 'matrix', picto: 'star' },
  { tab: 'week', picto: 'calendar' },
  { tab: 'faces', picto: 'face-good' },
  { tab: 'reasons', picto: 'no' },
  { tab: 'flags', picto: 'help' },
] as const satisfies readonly { tab: CoachTab; picto: string }[];
// Named as t(`tabs.${tab}`) and t(`languages.${language}`), so for i18next-cli (see i18next.config.ts):
// t('coach:tabs.cards') t('coach:tabs.orders') t('coach:tabs.team') t('coach:tabs.members') t('coach:tabs.matrix') t('coach:tabs.week') t('coach:tabs.faces') t('coach:tabs.reasons') t('coach:tabs.flags')
// t('coach:languages.nl-BE') t('coach:languages.fr-BE') t('coach:languages.en')

/** Coach mode once unlocked: tabs for cards, orders, the team's quality and well-being, people, the skills matrix, the week board, the members' faces, reject reasons and flags, and the way out. */
export function CoachHome() {
  const { t, i18n } = useTranslation('coach');
  const lang = useLanguage();
  const device = useDevice();
  const tab = useAppStore(selectCoachTab);
  const showTab = useAppStore(selectShowCoachTab);
  const leaveCoach = useAppStore(selectLeaveCoach);
  const flagCount = useOpenFlagCount();

  const dirty = useRef(false);
  const [pendingLeave, setPendingLeave] = useState<(() => void) | null>(null);
  const guard = useMemo<LeaveGuard>(
    () => ({
      setDirty: (value) => {
        dirty.current = value;
      },
      leave: (action) => {
        if (dirty.current) setPendingLeave(() => action);
        else action();
      },
    }),
    [],
  );

  const tabRefs = useRef(new Map<CoachTab, HTMLButtonElement>());
  const onTabKey = useCallback(
    (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
      const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
      const target = event.key === 'Home' ? 0 : event.key === 'End' ? TABS.length - 1 : delta === 0 ? -1 : (index + delta + TABS.length) % TABS.length;
      const next = TABS[target];
      if (!next) return;
      event.preventDefault();
      tabRefs.current.get(next.tab)?.focus();
      guard.leave(() => showTab(next.tab));
    },
    [guard, showTab],
  );

  if (!device) return null;
  const teamId = device.team.id;
  return (
    <LeaveGuardContext.Provider value={guard}>
      <main className="coach-home">
        <div className="coach-bar">
          <h1>
            <Pictogram name="key" size={44} />
            {t('title')}
          </h1>
          <label className="coach-language">
            <span>{t('language')}</span>
            <select
              className="select-input"
              value={lang}
              onChange={(event) => {
                const parsed = languageSchema.safeParse(event.target.value);
                if (parsed.success) void i18n.changeLanguage(parsed.data);
              }}
            >
              {languageSchema.options.map((l) => (
                <option key={l} value={l}>
                  {t(`languages.${l}`)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="secondary-button coach-leave" onClick={() => guard.leave(leaveCoach)}>
            <Pictogram name="exit" size={40} />
            <span>{t('leave')}</span>
          </button>
        </div>
        <div role="tablist" aria-label={t('tabs.label')} className="coach-tabs">
          {TABS.map((entry, index) => (
            <button
              key={entry.tab}
              ref={(el) => {
                if (el) tabRefs.current.set(entry.tab, el);
                else tabRefs.current.delete(entry.tab);
              }}
              type="button"
              role="tab"
              id={`coach-tab-${entry.tab}`}
              aria-selected={tab === entry.tab}
              aria-controls="coach-tabpanel"
              tabIndex={tab === entry.tab ? 0 : -1}
              className="coach-tab"
              onClick={() => guard.leave(() => showTab(entry.tab))}
              onKeyDown={(event) => onTabKey(event, index)}
            >
              <Pictogram name={entry.picto} size={40} />
              <span>{t(`tabs.${entry.tab}`)}</span>
              {entry.tab === 'flags' && flagCount !== undefined && flagCount > 0 && <span className="coach-badge">{flagCount}</span>}
            </button>
          ))}
        </div>
        <section id="coach-tabpanel" role="tabpanel" aria-labelledby={`coach-tab-${tab}`} className="coach-panel">
          {tab === 'cards' && <CardsTab teamId={teamId} />}
          {tab === 'orders' && <OrdersTab teamId={teamId} />}
          {tab === 'members' && <MembersTab />}
          {tab === 'matrix' && <SkillsMatrix />}
          {tab === 'week' && <CoachWeekTab />}
          {tab === 'faces' && <FacesTab />}
          {tab === 'reasons' && <RejectReasonsTab teamId={teamId} />}
          {tab === 'flags' && <FlagsTab />}
          {tab === 'team' && (
            <Suspense fallback={null}>
              <TeamTab />
            </Suspense>
          )}
        </section>
      </main>
      {pendingLeave && (
        <ConfirmDialog
          title={t('editor.leaveTitle')}
          text={t('editor.leaveText')}
          cancelLabel={t('editor.leaveStay')}
          confirmLabel={t('editor.leaveDiscard')}
          onCancel={() => setPendingLeave(null)}
          onConfirm={() => {
            dirty.current = false;
            setPendingLeave(null);
            pendingLeave();
          }}
        />
      )}
    </LeaveGuardContext.Provider>
  );
}
