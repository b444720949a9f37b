// The form for one slide: title, text (with bold and list buttons), speaker notes, workshop
// prompts, diagram data, and the slide's Markdown for everything else. Each field keeps what
// is typed (drafts) and sends it to the document at once; EditorScreen re-mounts the form
// when the document changes by other means (undo, another slide).
import { useId, useRef, useState, type RefObject } from 'react';
import type { PromptFields, SlideFields } from '../../core/authoring/slide-fields.js';
import { checkDiagramText } from '../../core/authoring/slide-checks.js';
import { WORKSHOP_METHODS } from '../../core/deck/model.js';
import { DIAGRAM_KINDS } from '../../core/diagram/model.js';

export interface SlideFormProps {
  fields: SlideFields;
  source: string;
  onEdit: (patch: Partial<SlideFields>, field: string) => void;
  onSource: (text: string) => void;
  /** « Insérer une image… »: the editor asks for the file and adds it to the text. */
  onInsertImage: () => void;
}

const EMPTY_PROMPT: PromptFields = { question: '', methode: 'tour de table', duree: '15', consigne: '' };

export function SlideForm({ fields, source, onEdit, onSource, onInsertImage }: SlideFormProps) {
  const id = useId();
  // The field being typed in keeps its text as typed (trailing spaces, a new empty line);
  // every other field shows the document's current value.
  const [draft, setDraft] = useState<{ field: string; value: unknown }>();
  const value = <T,>(field: string, fromDocument: T): T => (draft?.field === field ? (draft.value as T) : fromDocument);
  const title = value('title', fields.title);
  const text = value('text', fields.text);
  const notes = value('notes', fields.notes);
  const prompts = value('prompts', fields.prompts);
  const diagram = value('diagram', fields.diagram);
  const markdown = value('source', source);
  const setTitle = (v: string) => setDraft({ field: 'title', value: v });
  const setText = (v: string) => setDraft({ field: 'text', value: v });
  const setNotes = (v: string) => setDraft({ field: 'notes', value: v });
  const setPrompts = (v: PromptFields[]) => setDraft({ field: 'prompts', value: v });
  const setDiagram = (v: SlideFields['diagram']) => setDraft({ field: 'diagram', value: v });
  const setMarkdown = (v: string) => setDraft({ field: 'source', value: v });
  const textArea = useRef<HTMLTextAreaElement>(null);
  const diagramCheck = diagram ? checkDiagramText(diagram.kind, diagram.yaml) : undefined;

  const editText = (value: string) => {
    setText(value);
    onEdit({ text: value }, 'text');
  };
  const editPrompt = (index: number, patch: Partial<PromptFields>) => {
    const next = prompts.map((p, i) => (i === index ? { ...p, ...patch } : p));
    setPrompts(next);
    onEdit({ prompts: next }, 'prompts');
  };
  const setAllPrompts = (next: PromptFields[]) => {
    setPrompts(next);
    onEdit({ prompts: next }, 'prompts');
  };

  return (
    <form className="editor-form" onSubmit={(event) => event.preventDefault()} aria-label="Contenu de la diapositive">
      <div className="editor-field">
        <label htmlFor={`${id}-title`}>Titre</label>
        <input
          id={`${id}-title`}
          type="text"
          value={title}
          onChange={(event) => {
            setTitle(event.target.value);
            onEdit({ title: event.target.value }, 'title');
          }}
        />
      </div>

      <div className="editor-field">
        <label htmlFor={`${id}-text`}>Texte</label>
        <div className="editor-toolbar" role="toolbar" aria-label="Mise en forme du texte" aria-controls={`${id}-text`}>
          <button type="button" onClick={() => applyFormat(textArea, text, 'bold', editText)}>
            <strong>Gras</strong>
          </button>
          <button type="button" onClick={() => applyFormat(textArea, text, 'list', editText)}>
            Liste à puces
          </button>
          <button type="button" onClick={onInsertImage}>
            Insérer une image…
          </button>
        </div>
        <textarea id={`${id}-text`} ref={textArea} rows={6} value={text} onChange={(event) => editText(event.target.value)} aria-describedby={`${id}-text-help`} />
        <p className="editor__hint" id={`${id}-text-help`}>
          Une ligne vide sépare deux paragraphes. <code>**gras**</code>, <code>- point</code> (liste), <code>* point</code> (liste qui apparaît point par point).
        </p>
      </div>

      <div className="editor-field">
        <label htmlFor={`${id}-notes`}>Notes pour la personne qui présente</label>
        <textarea
          id={`${id}-notes`}
          rows={5}
          value={notes}
          onChange={(event) => {
            setNotes(event.target.value);
            onEdit({ notes: event.target.value }, 'notes');
          }}
        />
      </div>

      <fieldset className="editor-fieldset">
        <legend>Ateliers</legend>
        {prompts.map((prompt, i) => (
          <fieldset key={i} className="editor-prompt">
            <legend>Atelier {i + 1}</legend>
            <div className="editor-field">
              <label htmlFor={`${id}-q${i}`}>Question</label>
              <input id={`${id}-q${i}`} type="text" value={prompt.question} onChange={(event) => editPrompt(i, { question: event.target.value })} />
            </div>
            <div className="editor-field editor-field--row">
              <span>
                <label htmlFor={`${id}-m${i}`}>Méthode</label>
                <select id={`${id}-m${i}`} value={prompt.methode} onChange={(event) => editPrompt(i, { methode: event.target.value })}>
                  {!WORKSHOP_METHODS.includes(prompt.methode as (typeof WORKSHOP_METHODS)[number]) && <option value={prompt.methode}>{prompt.methode}</option>}
                  {WORKSHOP_METHODS.map((m) => (
                    <option key={m} value={m}>
                      {m}
                    </option>
                  ))}
                </select>
              </span>
              <span>
                <label htmlFor={`${id}-d${i}`}>Durée (minutes)</label>
                <input id={`${id}-d${i}`} type="number" min={1} max={480} value={prompt.duree} onChange={(event) => editPrompt(i, { duree: event.target.value })} />
              </span>
            </div>
            <div className="editor-field">
              <label htmlFor={`${id}-c${i}`}>Consigne</label>
              <textarea id={`${id}-c${i}`} rows={2} value={prompt.consigne} onChange={(event) => editPrompt(i, { consigne: event.target.value })} />
            </div>
            <button type="button" onClick={() => setAllPrompts(prompts.filter((_, k) => k !== i))}>
              Retirer l’atelier {i + 1}
            </button>
          </fieldset>
        ))}
        <button type="button" onClick={() => setAllPrompts([...prompts, EMPTY_PROMPT])}>
          Ajouter un atelier
        </button>
      </fieldset>

      {diagram && (
        <fieldset className="editor-fieldset">
          <legend>Schéma</legend>
          <div className="editor-field">
            <label htmlFor={`${id}-kind`}>Sorte de schéma</label>
            <select
              id={`${id}-kind`}
              value={diagram.kind}
              onChange={(event) => {
                const next = { kind: event.target.value, yaml: diagram.yaml };
                setDiagram(next);
                onEdit({ diagram: next }, 'diagram');
              }}
            >
              {!DIAGRAM_KINDS.includes(diagram.kind as (typeof DIAGRAM_KINDS)[number]) && <option value={diagram.kind}>{diagram.kind}</option>}
              {DIAGRAM_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {kind}
                </option>
              ))}
            </select>
          </div>
          <div className="editor-field">
            <label htmlFor={`${id}-yaml`}>Données du schéma</label>
            <textarea
              id={`${id}-yaml`}
              className="editor-code"
              rows={10}
              spellCheck={false}
              value={diagram.yaml}
              aria-invalid={diagramCheck && !diagramCheck.ok ? true : undefined}
              aria-describedby={`${id}-yaml-check`}
              onChange={(event) => {
                const next = { kind: diagram.kind, yaml: event.target.value };
                setDiagram(next);
                onEdit({ diagram: next }, 'diagram');
              }}
            />
            <p id={`${id}-yaml-check`} className={diagramCheck?.ok ? 'editor__hint' : 'editor__error'} role="status">
              {diagramCheck?.ok ? 'Schéma lisible.' : diagramCheck?.message}
            </p>
          </div>
        </fieldset>
      )}

      <details className="editor-source">
        <summary>Markdown de la diapositive (tout le reste&nbsp;: commentaires, citations…)</summary>
        <label htmlFor={`${id}-source`}>Texte de la diapositive dans le fichier</label>
        <textarea
          id={`${id}-source`}
          className="editor-code"
          rows={14}
          spellCheck={false}
          value={markdown}
          onChange={(event) => {
            setMarkdown(event.target.value);
            onSource(event.target.value);
          }}
        />
      </details>
    </form>
  );
}

/** Bold wraps the selection in `**`; list puts `- ` before each selected line. */
function applyFormat(ref: RefObject<HTMLTextAreaElement | null>, value: string, kind: 'bold' | 'list', set: (value: string) => void): void {
  const area = ref.current;
  const start = area?.selectionStart ?? value.length;
  const end = area?.selectionEnd ?? value.length;
  let next: string;
  let selection: [number, number];
  if (kind === 'bold') {
    const inner = value.slice(start, end) || 'texte en gras';
    next = `${value.slice(0, start)}**${inner}**${value.slice(end)}`;
    selection = [start + 2, start + 2 + inner.length];
  } else {
    const lineStart = value.lastIndexOf('\n', start - 1) + 1;
    const block = value.slice(lineStart, end);
    const listed = block
      .split('\n')
      .map((line) => (/^\s*[-*]\s/.test(line) || line.trim() === '' ? line : `- ${line}`))
      .join('\n');
    const text = listed || '- ';
    next = `${value.slice(0, lineStart)}${text}${value.slice(end)}`;
    selection = [lineStart, lineStart + text.length];
  }
  set(next);
  requestAnimationFrame(() => {
    area?.focus();
    area?.setSelectionRange(selection[0], selection[1]);
  });
}
