// « Modifier »: the deck editor. Slides on the left, the selected slide's form in the middle,
// its live preview with the content warnings on the right, « Relecture » under the list.
// Every change is saved within a second (atomic, with a backup, on the host); a file changed
// elsewhere stops the saves and asks, never overwritten silently.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { HostApi } from '../../core/host-api.js';
import { parseDeck } from '../../core/deck/parse-deck.js';
import { parsedIndexBySlide } from '../../core/authoring/deck-outline.js';
import { readSlideFields } from '../../core/authoring/slide-fields.js';
import { reviewItems } from '../../core/authoring/review-list.js';
import { MAX_SLIDE_WORDS, slideWordCount } from '../../core/authoring/slide-checks.js';
import { currentText, editorReducer, initialEditorState } from './editor-state.js';
import { SlideList, type SlideListItem } from './SlideList.js';
import { SlideForm } from './SlideForm.js';
import { SlidePreview } from './SlidePreview.js';
import { ReviewPanel } from './ReviewPanel.js';
import { PptxButton } from './PptxButton.js';
import { ACCEPTED_IMAGE_TYPES, prepareImage } from './prepare-image.js';
import type { Slide } from '../../core/deck/model.js';
import { MIN_TEXT_PX, type LayoutWarnings } from './preview-checks.js';

/** Saves follow typing by this much: well within the promised second. */
export const AUTOSAVE_DELAY_MS = 300;

type SaveStatus = { kind: 'saved' | 'pending' | 'saving' } | { kind: 'error'; message: string } | { kind: 'conflict'; message: string };

export interface EditorScreenProps {
  host: HostApi;
  deckId: string;
  file: string;
  text: string;
  hash: string;
}

export function EditorScreen({ host, deckId, file, text, hash }: EditorScreenProps) {
  const [state, dispatch] = useReducer(editorReducer, undefined, () => initialEditorState(file, text, hash));
  const [status, setStatus] = useState<SaveStatus>({ kind: 'saved' });
  const [layout, setLayout] = useState<LayoutWarnings>({ overflow: false, smallTextPx: 0 });
  const doc = state.history.present;
  const fileText = useMemo(() => currentText(state), [state.history.present]); // eslint-disable-line react-hooks/exhaustive-deps
  const parsed = useMemo(() => parseDeck(file, fileText), [file, fileText]);
  const indexes = useMemo(() => (parsed.ok ? parsedIndexBySlide(doc, parsed.deck) : doc.slides.map(() => -1)), [doc, parsed]);
  const selected = doc.slides[state.selected]!;
  const slide = parsed.ok ? parsed.deck.slides[indexes[state.selected] ?? -1] : undefined;

  // Pictures: the preview shows them as data: URLs, fetched once from the host.
  const [images, setImages] = useState<Record<string, string>>({});
  const [notice, setNotice] = useState('');
  const fileInput = useRef<HTMLInputElement>(null);
  const imageTarget = useRef<{ kind: 'slide'; at: number } | { kind: 'text'; index: number }>({ kind: 'text', index: 0 });
  const chooseImage = (target: typeof imageTarget.current) => {
    imageTarget.current = target;
    setNotice('');
    fileInput.current?.click();
  };
  const insertImage = async (file: File) => {
    const prepared = await prepareImage(file);
    if (!prepared.ok) return setNotice(prepared.message);
    const saved = await host.addDeckImage(prepared.name, prepared.base64);
    if (!saved.ok) return setNotice(saved.message);
    const type = ACCEPTED_IMAGE_TYPES.find((t) => t === file.type) ?? 'image/png';
    setImages((m) => ({ ...m, [saved.src]: `data:${type};base64,${prepared.base64}` }));
    const target = imageTarget.current;
    if (target.kind === 'slide') dispatch({ type: 'add', model: 'image', at: target.at, image: { path: saved.src, alt: prepared.alt } });
    else {
      const current = readSlideFields(doc.slides[target.index]!.text).text;
      const line = `![${prepared.alt.replace(/[[\]]/g, '')}](${saved.src})`;
      dispatch({ type: 'edit', index: target.index, patch: { text: current ? `${current}\n\n${line}` : line }, field: 'image' });
    }
    setNotice(`Image ajoutée (${saved.src}).`);
  };
  const missingImages = slide ? slide.blocks.flatMap((b) => (b.type === 'image' && !b.src.startsWith('data:') && !(b.src in images) ? [b.src] : [])) : [];
  useEffect(() => {
    for (const src of missingImages) {
      void host.deckImage(src).then((r) => setImages((m) => ({ ...m, [src]: r.ok ? r.dataUrl : '' })), () => undefined);
    }
  }, [missingImages.join('\n')]); // eslint-disable-line react-hooks/exhaustive-deps
  const previewSlide: Slide | undefined = slide && {
    ...slide,
    blocks: slide.blocks.map((b) => (b.type === 'image' && images[b.src] ? { ...b, src: images[b.src]! } : b)),
  };

  // Autosave: the latest text, once typing pauses; one save at a time.
  const saving = useRef(false);
  const latest = useRef({ text: fileText, baseHash: state.baseHash, savedText: state.savedText });
  latest.current = { text: fileText, baseHash: state.baseHash, savedText: state.savedText };
  const save = useCallback(
    async (overwrite = false) => {
      const { text: next, baseHash, savedText } = latest.current;
      if (saving.current || (next === savedText && !overwrite)) return;
      saving.current = true;
      setStatus({ kind: 'saving' });
      try {
        // No trailing `undefined`: it crosses the wire as null, which the host refuses.
        const result = overwrite ? await host.saveDeckSource(file, next, baseHash, { overwrite: true }) : await host.saveDeckSource(file, next, baseHash);
        if (result.ok) {
          dispatch({ type: 'saved', text: next, hash: result.hash });
          setStatus({ kind: latest.current.text === next ? 'saved' : 'pending' });
        } else setStatus(result.conflict ? { kind: 'conflict', message: result.message } : { kind: 'error', message: result.message });
      } catch (error) {
        setStatus({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      } finally {
        saving.current = false;
      }
    },
    [host, file],
  );
  useEffect(() => {
    if (status.kind === 'conflict' || status.kind === 'saving') return;
    // Back to what the disk holds (an undo before the save): nothing to write.
    if (fileText === state.savedText) {
      if (status.kind === 'pending') setStatus({ kind: 'saved' });
      return;
    }
    if (status.kind !== 'error') setStatus({ kind: 'pending' });
    const timer = setTimeout(() => void save(), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [fileText, state.savedText, status.kind, save]);

  // Leaving with a save pending: one last attempt (the host writes it within the second).
  useEffect(() => {
    const flush = () => void save();
    window.addEventListener('pagehide', flush);
    return () => window.removeEventListener('pagehide', flush);
  }, [save]);

  const reload = async () => {
    const source = await host.getDeckSource(deckId);
    if (!source.ok) return setStatus({ kind: 'error', message: source.message });
    dispatch({ type: 'reload', text: source.text, hash: source.hash });
    setStatus({ kind: 'saved' });
  };

  // Undo / redo from anywhere in the editor (the fields' own undo would fight the document's).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) dispatch({ type: 'undo' });
      else if (key === 'y' || (key === 'z' && event.shiftKey)) dispatch({ type: 'redo' });
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const items: SlideListItem[] = doc.slides.map((s, k) => {
    const index = indexes[k] ?? -1;
    const title = parsed.ok && index >= 0 ? parsed.deck.slides[index]!.title : readSlideFields(s.text).title;
    return { key: s.key, number: index + 1, label: title || (index >= 0 ? 'Diapositive sans titre' : 'Vide (non affichée)') };
  });
  const review = parsed.ok ? reviewItems(doc, parsed.deck) : [];
  const words = slide ? slideWordCount(slide) : 0;
  const warnings = [
    ...(words > MAX_SLIDE_WORDS ? [`${words} mots sur la diapositive\u00a0: au-delà d’environ ${MAX_SLIDE_WORDS}, la salle lit au lieu d’écouter.`] : []),
    ...(layout.smallTextPx ? [`Du texte fait ${Math.round(layout.smallTextPx)} px (moins de ${MIN_TEXT_PX} px à 1920 × 1080)\u00a0: illisible au fond de la salle.`] : []),
    ...(layout.overflow ? ['Le contenu dépasse de la diapositive\u00a0: raccourcissez le texte ou répartissez-le sur deux diapositives.'] : []),
  ];
  const title = parsed.ok ? parsed.deck.meta.title : file;
  const statusText = status.kind === 'conflict' ? 'Non enregistré\u00a0: le fichier a été modifié ailleurs.' : 'message' in status ? status.message : status.kind === 'saved' ? 'Enregistré' : 'Enregistrement…';

  return (
    <div className="editor">
      <header className="editor__header">
        <a className="editor__back" href="/">
          ← Bibliothèque
        </a>
        <h1 className="editor__title">
          Modifier «&nbsp;{title}&nbsp;»
        </h1>
        <div className="editor__history">
          <button type="button" onClick={() => dispatch({ type: 'undo' })} disabled={!state.history.past.length} aria-keyshortcuts="Control+Z">
            Annuler
          </button>
          <button type="button" onClick={() => dispatch({ type: 'redo' })} disabled={!state.history.future.length} aria-keyshortcuts="Control+Y">
            Rétablir
          </button>
        </div>
        <PptxButton host={host} deckId={deckId} beforeExport={() => save()} />
        <a className="editor__present" href={`/?deck=${encodeURIComponent(deckId)}`} onClick={() => void save()}>
          Présenter
        </a>
        <p className={`editor__status editor__status--${status.kind}`} role="status" aria-live="polite">
          {statusText}
          <span className="editor__announce"> {state.announcement} {notice}</span>
        </p>
      </header>
      {status.kind === 'conflict' && (
        <div className="editor__conflict" role="alert">
          <p>{status.message} Que voulez-vous faire&nbsp;?</p>
          <button type="button" onClick={() => void reload()}>
            Recharger la version du disque (vos modifications non enregistrées sont perdues)
          </button>
          <button type="button" onClick={() => void save(true)}>
            Enregistrer ma version par-dessus (l’autre va dans le fichier .bak)
          </button>
        </div>
      )}
      {!parsed.ok && (
        <div className="editor__errors" role="alert">
          <p>Le fichier contient une erreur&nbsp;; il est enregistré tel quel, mais la présentation ne pourra pas s’ouvrir&nbsp;:</p>
          <ul>
            {parsed.errors.slice(0, 5).map((e, i) => (
              <li key={i}>
                Ligne {e.line}&nbsp;: {e.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="editor__body">
        <div className="editor__side">
          <SlideList items={items} selected={state.selected} dispatch={dispatch} onAddImage={(at) => chooseImage({ kind: 'slide', at })} />
          <input
            ref={fileInput}
            type="file"
            hidden
            accept={ACCEPTED_IMAGE_TYPES.join(',')}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void insertImage(file);
            }}
          />
          <ReviewPanel items={review} onOpen={(index) => dispatch({ type: 'select', index })} />
        </div>
        <main className="editor__main" aria-labelledby="editor-form-title">
          <h2 id="editor-form-title" className="editor__section-title">
            Diapositive {state.selected + 1}
          </h2>
          <SlideForm
            key={`${selected.key}:${state.revision}`}
            fields={readSlideFields(selected.text)}
            source={selected.text}
            onEdit={(patch, field) => dispatch({ type: 'edit', index: state.selected, patch, field })}
            onSource={(source) => dispatch({ type: 'source', index: state.selected, text: source })}
            onInsertImage={() => chooseImage({ kind: 'text', index: state.selected })}
          />
        </main>
        <aside className="editor__preview" aria-labelledby="editor-preview-title">
          <h2 id="editor-preview-title" className="editor__section-title">
            Aperçu
          </h2>
          {previewSlide ? (
            <SlidePreview slide={previewSlide} width={560} onMeasured={(next) => setLayout((prev) => (prev.overflow === next.overflow && prev.smallTextPx === next.smallTextPx ? prev : next))} />
          ) : (
            <p className="editor__hint">Cette diapositive n’affiche rien.</p>
          )}
          <ul className="editor__warnings" aria-label="Avertissements">
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
          {slide && slide.notes.length > 0 && <p className="editor__hint">Les notes ne sont jamais montrées à la salle.</p>}
        </aside>
      </div>
    </div>
  );
}
