// The sessions part of the home screen: the session files of the documents folder, a new
// session from a template, and « Ouvrir… » (the desktop's file dialog; a path in the browser
// host, which has none).
import { LiveMeetingBanner } from '../meeting/LiveMeetingBanner.js';
import { useEffect, useState } from 'react';
import type { DeckSummary } from '../../core/deck/model.js';
import type { OpenResult, SessionState } from '../../core/session/api.js';
import type { TemplateId } from '../../core/session/templates.js';
import { claim, HOME_COMMANDS, type MenuRequest } from '../app-menu/app-commands.js';
import { useHost } from '../host-client/HostContext.js';
import { useHostCall } from '../host-client/useHostCall.js';
import { useHostCapabilities } from '../host-client/capabilities.js';
import { TYPE_LABELS } from './labels.js';
import { entryCountLabel, frenchLongDate, todayIso } from './session-format.js';
import { putSessionState } from './session-store.js';
import './session.css';

export interface SessionsHomeProps {
  /** A session was opened or created: show it. */
  onOpenSession: (state: SessionState) => void;
  /** The desktop menu's latest command (Nouvelle séance, Ouvrir…, a double-clicked file). */
  menu?: MenuRequest | undefined;
}

export function SessionsHome({ onOpenSession, menu }: SessionsHomeProps) {
  const host = useHost();
  const sessions = useHostCall(() => host.listSessions(), [host]);
  const templates = useHostCall(() => host.listSessionTemplates(), [host]);
  const [creating, setCreating] = useState(false);
  const [template, setTemplate] = useState<TemplateId>('copil-ctg');
  const [date, setDate] = useState(todayIso());
  const [place, setPlace] = useState('');
  const [openPath, setOpenPath] = useState('');
  const [problem, setProblem] = useState<{ message: string; backup?: { path: string; savedAt: string }; file?: string }>();
  const [busy, setBusy] = useState(false);
  // The path field, where there is no native dialog (browser host), or the host refused one.
  const nativeDialogs = useHostCapabilities()?.nativeDialogs;
  const [dialogRefused, setDialogRefused] = useState(false);
  const pathField = nativeDialogs === false || dialogRefused;

  const chooseAndOpen = async () => {
    setProblem(undefined);
    try {
      const chosen = await host.chooseSessionFile({ mode: 'open' });
      if (chosen.ok) await attempt(() => host.openSession(chosen.path), chosen.path);
      else if ('unavailable' in chosen) setDialogRefused(true);
    } catch (e) {
      setProblem({ message: e instanceof Error ? e.message : String(e) });
    }
  };

  // `file`: the session file being opened; its backup is opened through it (never the .bak path).
  const take = (r: OpenResult, file?: string) => {
    if (r.ok) {
      putSessionState(r.state, r.notice);
      onOpenSession(r.state);
    } else setProblem({ message: r.message, ...(r.backup && file ? { backup: r.backup, file } : {}) });
  };
  const attempt = async (call: () => Promise<OpenResult>, file?: string) => {
    setBusy(true);
    setProblem(undefined);
    try {
      take(await call(), file);
    } catch (e) {
      setProblem({ message: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  };

  // Fichier › Nouvelle séance / Ouvrir…, and a session file the system handed over, opened
  // exactly as « Ouvrir… » opens a chosen file (a damaged one offers its backup here too).
  useEffect(() => {
    if (!claim(menu, HOME_COMMANDS)) return;
    if (menu.type === 'new-session') setCreating(true);
    else if (menu.type === 'open-session') void chooseAndOpen();
    else if (menu.type === 'open-session-file') void attempt(() => host.openSession(menu.path), menu.path);
  }, [menu]); // eslint-disable-line react-hooks/exhaustive-deps

  const create = () =>
    attempt(async () => {
      // The library's decks give the agenda real titles, durations and workshop prompts.
      let decks: DeckSummary[] = [];
      try {
        decks = await host.listDecks();
      } catch {
        // Without the library the template's own titles are used.
      }
      return host.createSession({
        template,
        date,
        ...(place.trim() ? { place: place.trim() } : {}),
        decks: decks.flatMap((d) =>
          d.ok ? [{ id: d.meta.id, title: d.meta.title.slice(0, 300), durationMinutes: Math.max(0, Math.min(1440, Math.round(d.meta.durationMinutes ?? 0))) }] : [],
        ),
      });
    });

  return (
    <section className="sessions" aria-labelledby="sessions-title">
      <LiveMeetingBanner onOpen={onOpenSession} />
      <div className="sessions__head">
        <h2 id="sessions-title" className="library__title">
          Séances
        </h2>
        <button type="button" className="button button--primary" onClick={() => setCreating((c) => !c)} aria-expanded={creating}>
          Nouvelle séance
        </button>
      </div>

      {creating && (
        <form
          className="sessions__new"
          aria-label="Nouvelle séance"
          onSubmit={(e) => {
            e.preventDefault();
            void create();
          }}
        >
          <fieldset className="sessions__templates">
            <legend>Modèle</legend>
            {templates.status === 'done' &&
              templates.value.map((t) => (
                <label key={t.id} className="template-choice">
                  <input type="radio" name="template" value={t.id} checked={template === t.id} onChange={() => setTemplate(t.id)} />
                  <span className="template-choice__label">{t.label}</span>
                  <span className="template-choice__desc">{t.description}</span>
                </label>
              ))}
            {templates.status === 'failed' && <p role="alert">{templates.message}</p>}
          </fieldset>
          <label className="field">
            Date
            <input type="date" required value={date} onChange={(e) => setDate(e.target.value)} />
          </label>
          <label className="field">
            Lieu
            <input value={place} onChange={(e) => setPlace(e.target.value)} placeholder="ex. Salle des fêtes de Die" />
          </label>
          <button type="submit" className="button button--primary" disabled={busy}>
            Créer la séance
          </button>
        </form>
      )}

      {pathField ? (
        <form
          className="sessions__open"
          onSubmit={(e) => {
            e.preventDefault();
            if (openPath.trim()) void attempt(() => host.openSession(openPath.trim()), openPath.trim());
          }}
        >
          <label className="field field--wide">
            Ouvrir… (chemin complet d’un fichier .ctg-seance.json, par exemple sur une clé USB)
            <input value={openPath} onChange={(e) => setOpenPath(e.target.value)} placeholder="/media/cle-usb/copil.ctg-seance.json" />
          </label>
          <button type="submit" className="button" disabled={busy || !openPath.trim()}>
            Ouvrir
          </button>
        </form>
      ) : (
        <div className="sessions__open">
          <button type="button" className="button" disabled={busy} onClick={() => void chooseAndOpen()}>
            Ouvrir…
          </button>
        </div>
      )}

      {problem && (
        <div className="sessions__problem" role="alert">
          <p>{problem.message}</p>
          {problem.backup && problem.file && (
            <button type="button" className="button button--primary" onClick={() => void attempt(() => host.openSessionBackup(problem.file!))}>
              Ouvrir la sauvegarde du {new Date(problem.backup.savedAt).toLocaleString('fr-FR', { dateStyle: 'short', timeStyle: 'short' })}
            </button>
          )}
        </div>
      )}

      {sessions.status === 'loading' && <p className="library__status">Recherche des séances…</p>}
      {sessions.status === 'failed' && (
        <p className="library__status library__status--error" role="alert">
          {sessions.message}
        </p>
      )}
      {sessions.status === 'done' && !sessions.value.ok && (
        <p className="library__status library__status--error" role="alert">
          {sessions.value.message}
        </p>
      )}
      {sessions.status === 'done' && sessions.value.ok && (
        sessions.value.sessions.length === 0 ? (
          <p className="library__empty">Aucune séance pour l’instant. Créez-en une à partir d’un modèle.</p>
        ) : (
          <ul className="session-list">
            {sessions.value.sessions.map((s) =>
              s.ok ? (
                <li key={s.path}>
                  <button type="button" className="session-card" data-session-path={s.path} onClick={() => void attempt(() => host.openSession(s.path), s.path)}>
                    <span className="session-card__type">{TYPE_LABELS[s.type]}</span>
                    <span className="session-card__title">{s.title}</span>
                    <span className="session-card__meta">
                      {frenchLongDate(s.date)}
                      {s.place && ` · ${s.place}`} · {entryCountLabel(s.entryCount)}
                    </span>
                  </button>
                </li>
              ) : (
                <li key={s.path}>
                  <button type="button" className="session-card session-card--broken" data-session-path={s.path} onClick={() => void attempt(() => host.openSession(s.path), s.path)}>
                    <span className="session-card__title">{s.fileName}</span>
                    <span className="session-card__meta">{s.message}</span>
                  </button>
                </li>
              ),
            )}
          </ul>
        )
      )}
    </section>
  );
}
