import { type FormEvent, useState } from 'react';
import { headingNumberingPreview } from '../../core/numbering';
import {
  type ReportMeta,
  chapterLabels,
  figureNumberingScopes,
  headingNumberingStyles,
  reportKinds,
  templates,
} from '../../core/report-meta';
import { zh } from '../../core/zh';
import { CoverImagePicker } from './CoverImagePicker';
import { ModalDialog } from './ModalDialog';
import { YearField } from './YearField';

/** 报告设置: title, issuer and cover pictures, and the numbering, template and printing choices every export follows. */
export function ReportSettingsDialog({
  meta,
  onSave,
  onClose,
}: {
  meta: ReportMeta;
  onSave: (meta: ReportMeta) => Promise<void>;
  onClose: () => void;
}) {
  const [draft, setDraft] = useState<ReportMeta>(meta);
  const set = <K extends keyof ReportMeta>(key: K, value: ReportMeta[K]) => setDraft({ ...draft, [key]: value });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await onSave({ ...draft, title: draft.title.trim() || meta.title });
    onClose();
  };

  const choice = <
    K extends 'kind' | 'headingNumbering' | 'chapterLabel' | 'figureNumbering' | 'caseNumbering' | 'template',
  >(
    key: K,
    options: readonly ReportMeta[K][],
    labels: Record<string, string>,
  ) => (
    <fieldset>
      <legend>{zh.settings[key]}</legend>
      {options.map((option) => (
        <label key={option} className="radio">
          <input
            type="radio"
            name={key}
            value={option}
            checked={draft[key] === option}
            onChange={() => set(key, option)}
          />
          {labels[option]}
        </label>
      ))}
    </fieldset>
  );

  return (
    <ModalDialog title={zh.settings.title} className="dialog-wide" onClose={onClose}>
      <form className="new-report" onSubmit={submit}>
        <label>
          {zh.start.title}
          <input name="title" value={draft.title} onChange={(e) => set('title', e.target.value)} />
        </label>
        <label>
          {zh.start.organisation}
          <input name="organisation" value={draft.organisation} onChange={(e) => set('organisation', e.target.value)} />
        </label>
        <YearField value={draft.year} fallback={meta.year} onChange={(year) => set('year', year)} />
        <label>
          {zh.settings.issuer}
          <input
            name="issuer"
            value={draft.issuer}
            placeholder={draft.organisation}
            onChange={(e) => set('issuer', e.target.value)}
          />
        </label>
        <label>
          {zh.settings.issuedOn}
          <input
            name="issuedOn"
            value={draft.issuedOn}
            placeholder={zh.settings.issuedOnPlaceholder(draft.year)}
            onChange={(e) => set('issuedOn', e.target.value)}
          />
        </label>
        <fieldset>
          <legend>{zh.settings.cover}</legend>
          <CoverImagePicker label={zh.settings.emblem} value={draft.emblem} onChange={(v) => set('emblem', v)} />
          <CoverImagePicker
            label={zh.settings.coverPhoto}
            value={draft.coverPhoto}
            onChange={(v) => set('coverPhoto', v)}
          />
          <label className="checkbox">
            <input
              type="checkbox"
              name="duplex"
              checked={draft.duplex}
              onChange={(e) => set('duplex', e.target.checked)}
            />
            {zh.settings.duplex}
          </label>
        </fieldset>
        {choice('kind', reportKinds, zh.kind)}
        {choice('headingNumbering', headingNumberingStyles, zh.settings.headingStyles)}
        {choice('chapterLabel', chapterLabels, zh.settings.chapterLabels)}
        <p className="numbering-preview">
          {zh.settings.numberingPreview}
          {headingNumberingPreview(draft.headingNumbering, draft.chapterLabel)}
        </p>
        {choice('figureNumbering', figureNumberingScopes, zh.settings.figureScopes)}
        {choice('caseNumbering', figureNumberingScopes, zh.settings.caseScopes)}
        {choice('template', templates, zh.settings.templates)}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {zh.start.cancel}
          </button>
          <button type="submit" className="primary">
            {zh.settings.save}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
