import { useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { storeLocalBlob } from '#db/blobRepository.ts';
import { saveCard } from '#db/coachRepository.ts';
import type { BlobMime } from '#shared/blobs.ts';
import { pictogramWord } from '#shared/pictograms.ts';
import type { Card, Language, Station } from '#shared/records.ts';
import { LANGUAGES } from '#shared/records/recordFields.ts';
import { CameraCapture } from '#kiosk/components/CameraCapture.tsx';
import { cameraLabels } from '#kiosk/components/cameraLabels.ts';
import { ErrorAlert } from '#ui/ErrorAlert.tsx';
import { Pictogram } from '#ui/Pictogram.tsx';
import { useLanguage } from '#kiosk/hooks/useLanguage.ts';
import { useSaveError } from '#kiosk/hooks/useSaveError.ts';
import { useServices } from '#kiosk/hooks/useServices.ts';
import { useLeaveGuard, useUnsavedChanges } from '#kiosk/features/coach/leaveGuard.ts';
import { PictogramPicker } from '#kiosk/features/coach/PictogramPicker.tsx';
import { draftFromCard, draftToCard, emptyDraft, moveItem, newStepDraft, PPE_PICTOS, withFirstLanguage, withLanguage, type CardDraft, type DraftProblem, type StepDraft } from './cardDraft.ts';
import { LanguageHead, useInLanguage, useLanguageName } from './LanguageHead.tsx';
import { StepEditor } from './StepEditor.tsx';
import { StepPreview } from './StepPreview.tsx';

interface Props {
  /** Null: a new card. */
  readonly card: Card | null;
  readonly teamId: string;
  readonly stations: readonly Station[];
  readonly onDone: () => void;
}

type PickerTarget = { readonly of: 'card' } | { readonly of: 'step'; readonly id: string };

/**
 * Writes or changes a task card, offline. Nothing reaches the card until
 * "Save": then the draft is checked with the card schema, saved with
 * writeLocal, and an existing card's version goes up by one.
 */
export function CardEditor({ card, teamId, stations, onDone }: Props) {
  const { t } = useTranslation('coach');
  const lang = useLanguage();
  const { db, now, newId, requestSync } = useServices();
  const { leave } = useLeaveGuard();
  const { error, run } = useSaveError();
  const [cardId] = useState(() => card?.id ?? newId());
  // A new card is first written in the coach's own language.
  const [draft, setDraft] = useState<CardDraft>(() => (card ? draftFromCard(card) : emptyDraft(stations[0]?.id ?? '', newId(), lang)));
  /** The step the preview shows: the one the coach last worked on. */
  const [selectedStep, setSelectedStep] = useState<string | null>(null);
  const languageName = useLanguageName();
  const inLanguage = useInLanguage();
  const [saved, setSaved] = useState<{ draft: CardDraft; version: number | null }>(() => ({ draft, version: card?.version ?? null }));
  /** The card as opened or last saved here: a save sends only what the coach changed since. */
  const [base, setBase] = useState<Card | null>(card);
  const [problems, setProblems] = useState<readonly DraftProblem[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<{ step: StepDraft; index: number } | null>(null);
  const [picker, setPicker] = useState<PickerTarget | null>(null);
  const [cameraFor, setCameraFor] = useState<string | null>(null);
  const [dragFrom, setDragFrom] = useState<number | null>(null);
  const focusNext = useRef<string | null>(null);
  const problemsRef = useRef<HTMLDivElement>(null);

  const dirty = useMemo(() => JSON.stringify(draft) !== JSON.stringify(saved.draft), [draft, saved.draft]);
  useUnsavedChanges(dirty);

  useEffect(() => {
    if (focusNext.current === null) return;
    document.getElementById(focusNext.current)?.focus();
    focusNext.current = null;
  });

  const edit = (change: (d: CardDraft) => CardDraft) => {
    setStatus(null);
    setDraft(change);
  };
  const setSteps = (change: (steps: readonly StepDraft[]) => readonly StepDraft[]) => edit((d) => ({ ...d, steps: change(d.steps) }));
  const updateStep = (id: string, patch: Partial<StepDraft>) => setSteps((steps) => steps.map((s) => (s.id === id ? { ...s, ...patch } : s)));

  const move = (from: number, to: number) => {
    const step = draft.steps[from];
    if (!step || to < 0 || to >= draft.steps.length) return;
    setSteps((steps) => moveItem(steps, from, to));
    setStatus(t('editor.moved', { from: from + 1, to: to + 1 }));
    // Keep focus on the button that moved the step, or its twin when that one is now disabled.
    const up = to < from;
    const edge = up ? to === 0 : to === draft.steps.length - 1;
    focusNext.current = `step-${step.id}-${up !== edge ? 'up' : 'down'}`;
  };

  const removeStep = (index: number) => {
    const step = draft.steps[index];
    if (!step) return;
    setSteps((steps) => steps.filter((s) => s.id !== step.id));
    setDeleted({ step, index });
    focusNext.current = 'step-undo';
  };

  const undoDelete = () => {
    if (!deleted) return;
    setSteps((steps) => [...steps.slice(0, deleted.index), deleted.step, ...steps.slice(deleted.index)]);
    focusNext.current = `step-${deleted.step.id}-text`;
    setDeleted(null);
  };

  const addStep = () => {
    const step = newStepDraft(newId());
    setSteps((steps) => [...steps, step]);
    setDeleted(null);
    focusNext.current = `step-${step.id}-text`;
  };

  const storeBlob = async (bytes: Uint8Array<ArrayBuffer>, mime: BlobMime) => storeLocalBlob(db, bytes, mime, now());

  const onDrop = (event: DragEvent<HTMLLIElement>, to: number) => {
    event.preventDefault();
    if (dragFrom !== null) move(dragFrom, to);
    setDragFrom(null);
  };

  const save = () =>
    run(async () => {
      const result = draftToCard(draft, { id: cardId, teamId });
      if (!result.ok) {
        setProblems(result.problems);
        setStatus(null);
        problemsRef.current?.focus();
        return;
      }
      setProblems([]);
      const at = now();
      const { card: stored, changed } = await saveCard(db, result.card, base, { actorMemberId: null, now: at, newId });
      setBase(stored);
      setSaved({ draft, version: stored.version });
      setDeleted(null);
      setStatus(changed ? t('editor.saved', { version: stored.version }) : t('editor.unchanged'));
      if (changed) requestSync('write');
    });

  // For i18next-cli (see i18next.config.ts), every DraftProblemKey:
  // t('coach:editor.errors.title') t('coach:editor.errors.station') t('coach:editor.errors.picto') t('coach:editor.errors.ppe') t('coach:editor.errors.products') t('coach:editor.errors.piecesPerHour')
  // t('coach:editor.errors.steps') t('coach:editor.errors.stepText') t('coach:editor.errors.stepSpeech') t('coach:editor.errors.stepSeconds')
  // t('coach:editor.errors.stepTarget') t('coach:editor.errors.stepOther') t('coach:editor.errors.other')
  const problemText = (p: DraftProblem) => t(`editor.errors.${p.key}`, { n: p.step });
  const invalidFields = new Set(problems.flatMap((p) => (p.field === undefined ? [] : [p.field])));
  const cameraStep = draft.steps.find((s) => s.id === cameraFor);
  return (
    <div className="card-editor">
      <div className="screen-title">
        <h2>{saved.version === null ? t('editor.titleNew') : t('editor.titleEdit')}</h2>
        <button type="button" className="secondary-button" onClick={() => leave(onDone)}>
          <Pictogram name="back" size={40} />
          <span>{t('common.back')}</span>
        </button>
      </div>

      <div className="card-editor-layout">
        <div className="card-editor-form">
          <fieldset className="card-languages">
            <legend className="field-label">{t('cardLanguages.title')}</legend>
            <label className="field-label" htmlFor="card-language">
              {t('cardLanguages.first')}
            </label>
            <select id="card-language" className="select-input" value={draft.languages[0]} aria-describedby="card-language-hint" onChange={(event) => edit((d) => withFirstLanguage(d, event.target.value as Language))}>
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {languageName(l)}
                </option>
              ))}
            </select>
            {LANGUAGES.filter((l) => l !== draft.languages[0]).map((l) => {
              const on = draft.languages.includes(l);
              return (
                <button key={l} type="button" className="ppe-toggle" aria-pressed={on} onClick={() => edit((d) => withLanguage(d, l, !on))}>
                  <Pictogram name="language" size={40} />
                  <span>{t('cardLanguages.add', { language: languageName(l) })}</span>
                </button>
              );
            })}
            <p id="card-language-hint" className="field-hint">
              {t('cardLanguages.hint')}
            </p>
          </fieldset>

          <div className="card-editor-head">
            <div className="field lang-columns card-title-columns">
              {draft.languages.map((language, i) => {
                // The first language keeps the plain id and name; the others say their language.
                const id = i === 0 ? 'card-title' : `card-title-${language}`;
                return (
                  <div key={language} className={i === 0 ? 'lang-column lang-column-first' : 'lang-column'}>
                    <LanguageHead language={language} first={i === 0} />
                    <label className="field-label" htmlFor={id}>
                      {i === 0 ? t('editor.cardTitle') : inLanguage(t('editor.cardTitle'), language)}
                    </label>
                    <input
                      id={id}
                      className="text-input"
                      lang={language}
                      value={draft.title[language] ?? ''}
                      maxLength={80}
                      aria-invalid={invalidFields.has(id)}
                      onChange={(event) => edit((d) => ({ ...d, title: { ...d.title, [language]: event.target.value } }))}
                    />
                  </div>
                );
              })}
            </div>
            <div className="field picto-field">
              <span className="field-label">{t('editor.cardPicto')}</span>
              <button type="button" className="picto-choice" aria-label={`${t('editor.cardPicto')}: ${pictogramWord(draft.picto, lang)}`} onClick={() => setPicker({ of: 'card' })}>
                <Pictogram name={draft.picto} size={56} />
                <span>{pictogramWord(draft.picto, lang)}</span>
              </button>
            </div>
            <div className="field">
              <label className="field-label" htmlFor="card-stationId">
                {t('editor.station')}
              </label>
              {stations.length === 0 ? (
                <p className="error-message">{t('editor.noStations')}</p>
              ) : (
                <select id="card-stationId" className="select-input" value={draft.stationId} aria-invalid={invalidFields.has('card-stationId')} onChange={(event) => edit((d) => ({ ...d, stationId: event.target.value }))}>
                  {stations.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </select>
              )}
            </div>
          </div>

          <div className="card-products">
            <div className="field">
              <label className="field-label" htmlFor="card-products">
                {t('editor.products')}
              </label>
              <input
                id="card-products"
                className="text-input"
                value={draft.products}
                aria-describedby="card-products-hint"
                aria-invalid={invalidFields.has('card-products')}
                onChange={(event) => edit((d) => ({ ...d, products: event.target.value }))}
              />
              <p id="card-products-hint" className="field-hint">
                {t('editor.productsHint')}
              </p>
            </div>
            <div className="field">
              <label className="field-label" htmlFor="card-piecesPerHour">
                {t('editor.piecesPerHour')}
              </label>
              <input
                id="card-piecesPerHour"
                className="number-input"
                inputMode="decimal"
                value={draft.piecesPerHour}
                aria-describedby="card-piecesPerHour-hint"
                aria-invalid={invalidFields.has('card-piecesPerHour')}
                onChange={(event) => edit((d) => ({ ...d, piecesPerHour: event.target.value }))}
              />
              <p id="card-piecesPerHour-hint" className="field-hint">
                {t('editor.piecesPerHourHint')}
              </p>
            </div>
          </div>

          <fieldset className="ppe-picker">
            <legend className="field-label">{t('editor.ppe')}</legend>
            {PPE_PICTOS.map((ppe) => {
              const on = draft.ppe.includes(ppe);
              return (
                <button key={ppe} type="button" className="ppe-toggle" aria-pressed={on} onClick={() => edit((d) => ({ ...d, ppe: on ? d.ppe.filter((p) => p !== ppe) : [...d.ppe, ppe] }))}>
                  <Pictogram name={ppe} size={48} />
                  <span>{pictogramWord(ppe, lang)}</span>
                </button>
              );
            })}
          </fieldset>

          <h2>{t('editor.steps')}</h2>
          <ol className="step-list">
            {draft.steps.map((step, index) => (
              <li
                key={step.id}
                className={`step-item${dragFrom === index ? ' step-dragging' : ''}${(selectedStep ?? draft.steps[0]?.id) === step.id ? ' step-selected' : ''}`}
                onDragStart={(event) => {
                  if (!(event.target instanceof HTMLElement) || !event.target.classList.contains('drag-handle')) return;
                  setDragFrom(index);
                  event.dataTransfer.effectAllowed = 'move';
                  event.dataTransfer.setData('text/plain', step.id);
                }}
                onDragOver={(event) => {
                  if (dragFrom !== null) event.preventDefault();
                }}
                onDrop={(event) => onDrop(event, index)}
                onFocus={() => setSelectedStep(step.id)}
                onPointerDown={() => setSelectedStep(step.id)}
                onDragEnd={() => setDragFrom(null)}
              >
                <StepEditor
                  step={step}
                  languages={draft.languages}
                  index={index}
                  count={draft.steps.length}
                  invalidFields={invalidFields}
                  onChange={(patch) => updateStep(step.id, patch)}
                  onMove={(to) => move(index, to)}
                  onDelete={() => removeStep(index)}
                  onPickPicto={() => setPicker({ of: 'step', id: step.id })}
                  onTakePhoto={() => setCameraFor(step.id)}
                  onRecorded={async (bytes, mime) => {
                    await run(async () => {
                      const clip = await storeBlob(bytes, mime);
                      updateStep(step.id, { clip });
                    });
                  }}
                />
              </li>
            ))}
          </ol>
          {deleted && (
            <div className="undo-banner" role="status">
              <span>{t('editor.stepDeleted', { n: deleted.index + 1 })}</span>
              <button id="step-undo" type="button" className="secondary-button" onClick={undoDelete}>
                <Pictogram name="undo" size={40} />
                <span>{t('editor.undo')}</span>
              </button>
            </div>
          )}
          <button type="button" className="secondary-button add-step" disabled={draft.steps.length >= 40} onClick={addStep}>
            <Pictogram name="plus" size={40} />
            <span>{t('editor.addStep')}</span>
          </button>

          <div ref={problemsRef} tabIndex={-1} className="editor-problems">
            {problems.length > 0 && (
              <div role="alert" className="error-message">
                <p>{t('editor.invalid')}</p>
                <ul>
                  {problems.map((p) => (
                    <li key={`${p.key}-${String(p.step)}`}>{problemText(p)}</li>
                  ))}
                </ul>
              </div>
            )}
          </div>
          <div className="editor-actions">
            <p role="status" className="save-status">
              {status}
            </p>
            <button type="button" className="primary-button" disabled={stations.length === 0} onClick={() => void save()}>
              <Pictogram name="done" size={44} />
              <span>{t('editor.save')}</span>
            </button>
          </div>
          <ErrorAlert message={error} />
        </div>
        <StepPreview draft={draft} stepId={selectedStep} />
      </div>

      {picker && (
        <PictogramPicker
          current={picker.of === 'card' ? draft.picto : (draft.steps.find((s) => s.id === picker.id)?.picto ?? '')}
          onPick={(name) => (picker.of === 'card' ? edit((d) => ({ ...d, picto: name })) : updateStep(picker.id, { picto: name }))}
          onClose={() => setPicker(null)}
        />
      )}
      {cameraStep && (
        <CameraCapture
          // The coach's own camera words; for i18next-cli (see i18next.config.ts): t('coach:camera.title') t('coach:camera.take')
          // t('coach:camera.cancel') t('coach:camera.starting') t('coach:camera.busy') t('coach:camera.denied') t('coach:camera.noCamera') t('coach:camera.failed')
          labels={cameraLabels(t)}
          onCancel={() => setCameraFor(null)}
          onCapture={async (bytes, mime) => {
            const photo = await storeBlob(bytes, mime);
            updateStep(cameraStep.id, { photo });
            setCameraFor(null);
          }}
        />
      )}
    </div>
  );
}
