// `/?modifier=<id>`: loads the deck file's text from the host, then the editor.
import { deckToEdit } from './editor-url.js';
import { useHost } from '../host-client/HostContext.js';
import { useHostCall } from '../host-client/useHostCall.js';
import { EditorScreen } from './EditorScreen.js';
import './editor.css';


export function EditorRoute({ search }: { search: string }) {
  const host = useHost();
  const deckId = deckToEdit(search);
  const source = useHostCall(async () => (deckId ? host.getDeckSource(deckId) : { ok: false as const, message: 'Aucune présentation choisie.' }), [host, deckId]);
  if (source.status === 'loading') return <p className="editor__loading">Ouverture de la présentation…</p>;
  const failure = source.status === 'failed' ? source.message : !source.value.ok ? source.value.message : undefined;
  if (failure !== undefined || source.status !== 'done' || !source.value.ok) {
    return (
      <main className="editor__loading">
        <h1>La présentation ne peut pas être modifiée</h1>
        <p role="alert">{failure}</p>
        <a href="/">← Revenir à la bibliothèque</a>
      </main>
    );
  }
  return <EditorScreen host={host} deckId={deckId!} file={source.value.file} text={source.value.text} hash={source.value.hash} />;
}
