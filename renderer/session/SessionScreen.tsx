// One session (séance): its header, participants and agenda, editable; where the meeting is;
// the notes on the slides; the minutes. The file's storage status is always in view. Every
// view of the session shows the host's state (renderer/meeting pushes each change).
import type { DeckSummary } from '../../core/deck/model.js';
import { useEffect } from 'react';
import { claim, type MenuRequest } from '../app-menu/app-commands.js';
import { useHost } from '../host-client/HostContext.js';
import { useHostCall } from '../host-client/useHostCall.js';
import { askConfirm } from '../meeting/ask-confirm.js';
import { useMeeting } from '../meeting/use-meeting.js';
import { useShortcutsHelp } from '../meeting/use-shortcuts-help.js';
import { AgendaEditor } from './AgendaEditor.js';
import { HeaderForm } from './HeaderForm.js';
import { ParticipationPanel } from '../participation/ParticipationPanel.js';
import { MinutesExport } from './MinutesExport.js';
import { NotesArea } from './NotesArea.js';
import { ParticipantsSection } from './ParticipantsSection.js';
import { SaveAsSection } from './SaveAsSection.js';
import { SessionOverview } from './SessionOverview.js';
import type { SessionPatch } from './session-patch.js';
import { StorageBar } from './StorageBar.js';
import { useSession } from './session-store.js';
import './session.css';

export interface SessionScreenProps {
  handle: string;
  onClose: () => void;
  /** The desktop menu's latest command (Enregistrer sous…, Exporter…). */
  menu?: MenuRequest | undefined;
}

export function SessionScreen({ handle, onClose, menu }: SessionScreenProps) {
  const host = useHost();
  const session = useSession(host, handle);
  const meeting = useMeeting();
  useShortcutsHelp('session');
  const decks = useHostCall(() => host.listDecks(), [host]);
  const { snapshot, run } = session;
  const loaded = snapshot.status === 'ready';
  // Fichier › Exporter… on a session: its minutes (the first choice, focused).
  useEffect(() => {
    if (!loaded || !claim(menu, ['export'])) return;
    const section = document.getElementById('minutes-title')?.closest('section');
    section?.scrollIntoView({ block: 'start' });
    section?.querySelector<HTMLElement>('input, button')?.focus();
  }, [menu, loaded]);

  if (snapshot.status === 'loading') return <p className="library__status">Ouverture de la séance…</p>;
  if (snapshot.status === 'failed') {
    return (
      <div className="app-shell">
        <main className="app-main">
          <p role="alert" className="library__status library__status--error">
            {snapshot.message}
          </p>
          <button type="button" className="button" onClick={onClose}>
            Retour à l’accueil
          </button>
        </main>
      </div>
    );
  }
  const { state } = snapshot;
  const s = state.session;
  const update = (patch: SessionPatch) => void run((h) => h.updateSession(handle, patch));
  // Home lists the session files as they are on disk: write the whole file first (the
  // journal of the last keystrokes is folded in), then go. A failure stays on screen.
  const leave = async () => {
    const r = await run((h) => h.saveSession(handle));
    if (r.ok || (await askConfirm('Revenir à l’accueil\u00A0?', 'La séance n’a pas pu être enregistrée en entier. Elle reste ouverte et ce qui a été saisi reste en mémoire.', 'Revenir quand même', 'Rester sur la séance'))) onClose();
  };
  const deckList = decks.status === 'done' ? decks.value.filter((d): d is Extract<DeckSummary, { ok: true }> => d.ok) : [];

  return (
    <div className="app-shell session-screen" data-testid="session-screen">
      <header className="session-top">
        {/* The page's title for screen readers; sighted users read it in the Titre field. */}
        <h1 className="visually-hidden">Séance&nbsp;: {s.title}</h1>
        <button type="button" className="button" onClick={() => void leave()}>
          ← Accueil
        </button>
        <span className="session-top__file" title={state.path}>
          {state.fileName}
        </span>
        <StorageBar state={state} run={run} />
      </header>
      {snapshot.notice && (
        <p className="session-notice" role="status">
          {snapshot.notice}
        </p>
      )}
      {snapshot.message && (
        <p className="session-notice session-notice--error" role="alert">
          {snapshot.message}
        </p>
      )}
      <main className="app-main session-main">
        {/* Re-read when the header changes (here, in another tab, an undo), not on every change of the
            session: notes typed elsewhere must not reset a field being typed in. */}
        <HeaderForm key={JSON.stringify([s.title, s.place, s.redacteur, s.nextMeeting, s.diffusion])} session={s} onChange={update} />
        <div className="session-columns">
          <div className="session-col">
            <ParticipantsSection session={s} onChange={update} />
            <AgendaEditor handle={handle} session={s} decks={deckList} meeting={meeting} onChange={update} />
          </div>
          <div className="session-col">
            <NotesArea state={state} decks={deckList} meeting={meeting} onChange={update} />
            {/* The room's phones can be invited from here too, before the facilitator view is open. */}
            <ParticipationPanel slide={undefined} session={handle} />
            <MinutesExport state={state} />
            <SaveAsSection state={state} run={run} menu={menu} />
          </div>
        </div>
        <SessionOverview session={s} decks={deckList} meeting={meeting} handle={handle} />
      </main>
    </div>
  );
}
