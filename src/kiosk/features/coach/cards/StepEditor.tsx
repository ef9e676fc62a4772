import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { stepKind, type Language, type StepKind } from '#shared/records.ts';
import type { BlobMime } from '#shared/blobs.ts';
import { Pictogram } from '#ui/Pictogram.tsx';
import { StepPicture } from '#kiosk/components/StepPicture.tsx';
import { VoiceRecorder } from '#kiosk/components/VoiceRecorder.tsx';
import { READABLE_WORDS, wordCount, type StepDraft } from './cardDraft.ts';
import { LanguageHead, useInLanguage } from './LanguageHead.tsx';

interface Props {
  readonly step: StepDraft;
  /** The card's languages, first language first: one column each. */
  readonly languages: readonly Language[];
  readonly index: number;
  readonly count: number;
  readonly invalidFields: ReadonlySet<string>;
  readonly onChange: (patch: Partial<StepDraft>) => void;
  readonly onMove: (to: number) => void;
  readonly onDelete: () => void;
  readonly onPickPicto: () => void;
  readonly onTakePhoto: () => void;
  readonly onRecorded: (bytes: Uint8Array<ArrayBuffer>, mime: BlobMime) => Promise<void>;
}

/** One step of the card being edited: its picture, sentence, spoken text, voice, kind and place. */
export function StepEditor({ step, languages, index, count, invalidFields, onChange, onMove, onDelete, onPickPicto, onTakePhoto, onRecorded }: Props) {
  const { t } = useTranslation('coach');
  const n = index + 1;
  const base = `step-${step.id}`;
  const hintId = useId();
  const inLanguage = useInLanguage();
  const invalid = (field: string) => invalidFields.has(`${base}-${field}`);
  return (
    <fieldset className="step-editor" aria-labelledby={`${base}-legend`}>
      <div className="step-editor-top">
        <span className="drag-handle" draggable aria-hidden="true" title={t('editor.dragHandle', { n })} data-drag-index={index}>
          ⠿
        </span>
        <h3 id={`${base}-legend`} className="step-editor-legend">
          {t('editor.step', { n })}
        </h3>
        <div className="step-editor-order">
          <button id={`${base}-up`} type="button" className="tool-button" aria-label={t('editor.moveUp', { n })} disabled={index === 0} onClick={() => onMove(index - 1)}>
            <Pictogram name="up" size={40} />
          </button>
          <button id={`${base}-down`} type="button" className="tool-button" aria-label={t('editor.moveDown', { n })} disabled={index === count - 1} onClick={() => onMove(index + 1)}>
            <Pictogram name="down" size={40} />
          </button>
          <button type="button" className="tool-button tool-danger" aria-label={t('editor.deleteStep', { n })} onClick={onDelete}>
            <Pictogram name="trash" size={40} />
          </button>
        </div>
      </div>
      <div className="step-editor-body">
        <div className="step-editor-picture">
          <StepPicture picto={step.picto} photo={step.photo} className="step-editor-preview" />
          <button type="button" className="tool-button" aria-label={t('editor.picto', { n })} onClick={onPickPicto}>
            <Pictogram name="magnifier" size={40} />
          </button>
          <button type="button" className="tool-button" aria-label={t('editor.takePhoto', { n })} onClick={onTakePhoto}>
            <Pictogram name="camera" size={40} />
          </button>
          {step.photo !== null && (
            <button type="button" className="tool-button" aria-label={t('editor.removePhoto', { n })} onClick={() => onChange({ photo: null })}>
              <Pictogram name="trash" size={40} />
            </button>
          )}
        </div>
        <div className="step-editor-fields">
          <div className="lang-columns">
            {languages.map((language, i) => {
              // The first language keeps the plain ids and names ("Zin"); the others say their language.
              const suffix = i === 0 ? '' : `-${language}`;
              const text = step.text[language] ?? '';
              const words = wordCount(text);
              const label = (name: string) => (i === 0 ? name : inLanguage(name, language));
              return (
                <div key={language} className={i === 0 ? 'lang-column lang-column-first' : 'lang-column'}>
                  <LanguageHead language={language} first={i === 0} />
                  <label className="field-label" htmlFor={`${base}-text${suffix}`}>
                    {label(t('editor.text'))}
                  </label>
                  <input
                    id={`${base}-text${suffix}`}
                    className="text-input"
                    lang={language}
                    value={text}
                    maxLength={160}
                    aria-invalid={invalid(`text${suffix}`)}
                    aria-describedby={`${hintId}${suffix}`}
                    onChange={(event) => onChange({ text: { ...step.text, [language]: event.target.value } })}
                  />
                  <p id={`${hintId}${suffix}`} className="readability-hint" aria-live="polite">
                    {words > READABLE_WORDS ? t('editor.readability', { count: words }) : ''}
                  </p>
                  <label className="field-label" htmlFor={`${base}-speech${suffix}`}>
                    {label(t('editor.speech'))}
                  </label>
                  <input
                    id={`${base}-speech${suffix}`}
                    className="text-input"
                    lang={language}
                    value={step.speech[language] ?? ''}
                    placeholder={text}
                    maxLength={400}
                    aria-invalid={invalid(`speech${suffix}`)}
                    aria-describedby={`${base}-speech-hint`}
                    onChange={(event) => onChange({ speech: { ...step.speech, [language]: event.target.value } })}
                  />
                </div>
              );
            })}
          </div>
          <p id={`${base}-speech-hint`} className="field-hint">
            {t('editor.speechHint')}
          </p>
          <div className="step-editor-row">
            <label className="field-label" htmlFor={`${base}-kind`}>
              {t('editor.kind')}
            </label>
            <select id={`${base}-kind`} className="select-input" value={step.kind} onChange={(event) => onChange({ kind: event.target.value as StepKind })}>
              {/* For i18next-cli (see i18next.config.ts): t('coach:editor.kinds.plain') t('coach:editor.kinds.count') t('coach:editor.kinds.check') t('coach:editor.kinds.timer') */}
              {stepKind.options.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`editor.kinds.${kind}`)}
                </option>
              ))}
            </select>
            {step.kind === 'timer' && (
              <>
                <label className="field-label" htmlFor={`${base}-seconds`}>
                  {t('editor.seconds')}
                </label>
                <input id={`${base}-seconds`} className="number-input" type="number" inputMode="numeric" min={1} max={3600} value={step.seconds} aria-invalid={invalid('seconds')} onChange={(event) => onChange({ seconds: event.target.value })} />
              </>
            )}
            {step.kind === 'count' && (
              <>
                <label className="field-label" htmlFor={`${base}-target`}>
                  {t('editor.target')}
                </label>
                <input id={`${base}-target`} className="number-input" type="number" inputMode="numeric" min={1} max={1000} value={step.target} aria-invalid={invalid('target')} onChange={(event) => onChange({ target: event.target.value })} />
              </>
            )}
          </div>
          <label className="check-field">
            <input type="checkbox" checked={step.key} aria-describedby={`${base}-key-hint`} onChange={(event) => onChange({ key: event.target.checked })} />
            <Pictogram name="star" size={32} />
            <span>{t('editor.key')}</span>
          </label>
          <p id={`${base}-key-hint`} className="field-hint">
            {t('editor.keyHint')}
          </p>
          <div className="step-editor-row">
            <span className="field-label">{t('editor.voice')}</span>
            <VoiceRecorder
              clip={step.clip}
              onRecorded={onRecorded}
              onDelete={() => onChange({ clip: null })}
              labels={{
                record: t('voice.record', { n }),
                stop: t('voice.stop'),
                play: t('voice.play', { n }),
                delete: t('voice.delete', { n }),
                recording: (seconds) => t('voice.recording', { seconds }),
                unsupported: t('voice.unsupported'),
                denied: t('voice.denied'),
                failed: t('voice.failed'),
              }}
            />
          </div>
        </div>
      </div>
    </fieldset>
  );
}
