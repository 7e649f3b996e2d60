import { type FormEvent, useState } from 'react';
import { type ReportKind, reportKinds } from '../../core/report-meta';
import { type TemplateId, reportTemplates, templateIds } from '../../core/templates/report-templates';
import { zh } from '../../core/zh';
import type { ReportSession } from './use-report';
import { YearField } from './YearField';

export function StartScreen({ session }: { session: ReportSession }) {
  return (
    <main className="start">
      <section className="start-card">
        <h1>{zh.start.newReport}</h1>
        <p className="start-sub">{zh.start.welcome}</p>
        <NewReportForm session={session} />
      </section>
      <section className="start-card">
        <h1>{zh.start.recent}</h1>
        <RecentList session={session} />
        <OpenControls session={session} />
      </section>
    </main>
  );
}

export function NewReportForm({ session, onDone }: { session: ReportSession; onDone?: () => void }) {
  const thisYear = new Date().getFullYear();
  const [organisation, setOrganisation] = useState('');
  const [year, setYear] = useState(thisYear);
  const [kind, setKind] = useState<ReportKind>('school');
  const [title, setTitle] = useState('');
  // 空白 until the user picks a framework: a report started elsewhere is often pasted or imported.
  const [chosenTemplate, setTemplate] = useState<TemplateId>('blank');
  const suggested = organisation ? zh.start.defaultTitle(organisation, year) : '';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    await session.create(
      { title: title.trim() || suggested || zh.start.untitled, organisation: organisation.trim(), year, kind },
      chosenTemplate,
    );
    onDone?.();
  };

  return (
    <form className="new-report" onSubmit={submit}>
      <label>
        {zh.start.organisation}
        <input
          name="organisation"
          value={organisation}
          onChange={(e) => setOrganisation(e.target.value)}
          placeholder="例如：昌吉州"
        />
      </label>
      <YearField value={year} fallback={thisYear} onChange={setYear} />
      <fieldset>
        <legend>{zh.start.kind}</legend>
        {reportKinds.map((k) => (
          <label key={k} className="radio">
            <input type="radio" name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
            {zh.kind[k]}
          </label>
        ))}
      </fieldset>
      <fieldset className="template-choice">
        <legend>{zh.start.template}</legend>
        {templateIds.map((id) => (
          <label key={id} className="radio" title={id === 'blank' ? undefined : reportTemplates[id].description}>
            <input
              type="radio"
              name="template"
              value={id}
              checked={chosenTemplate === id}
              onChange={() => setTemplate(id)}
            />
            {id === 'blank' ? zh.start.blankTemplate : reportTemplates[id].name}
          </label>
        ))}
        <span className="muted template-hint">{zh.start.fromLastYear}</span>
      </fieldset>
      <label>
        {zh.start.title}
        <input
          name="title"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          placeholder={suggested || zh.start.untitled}
        />
      </label>
      <button type="submit" className="primary">
        {zh.start.create}
      </button>
    </form>
  );
}

function RecentList({ session }: { session: ReportSession }) {
  if (session.recent.length === 0) return <p className="muted">{zh.start.noRecent}</p>;
  return (
    <ul className="recent-list">
      {session.recent.map((entry) => (
        <li key={entry.path}>
          <button type="button" onClick={() => void session.open(entry.path)} title={entry.path}>
            <span className="recent-title">{entry.title}</span>
            <span className="recent-path">{entry.path}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

function OpenControls({ session }: { session: ReportSession }) {
  const [path, setPath] = useState('');
  if (session.nativeDialogs) {
    return (
      <button type="button" onClick={() => void session.open()}>
        {zh.start.open}…
      </button>
    );
  }
  // The browser harness has no file dialog: a path field stands in for it.
  return (
    <form
      className="open-path"
      onSubmit={(e) => {
        e.preventDefault();
        if (path.trim()) void session.open(path.trim());
      }}
    >
      <input name="path" value={path} onChange={(e) => setPath(e.target.value)} placeholder={zh.start.pathPrompt} />
      <button type="submit">{zh.start.openPath}</button>
    </form>
  );
}
