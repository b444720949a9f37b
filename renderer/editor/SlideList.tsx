// The deck's slides in order: select one, move it by dragging or with Alt+↑ / Alt+↓, add one
// from a model, duplicate or delete the selected one (undone by « Annuler »).
import { useEffect, useRef, useState } from 'react';
import { SLIDE_MODELS, SLIDE_MODEL_LABELS, type SlideModel } from '../../core/authoring/slide-models.js';
import type { EditorAction } from './editor-state.js';

export interface SlideListItem {
  key: string;
  /** The title as the room sees it, or a description when it has none. */
  label: string;
  /** 1-based number as presented, or 0 for a slide that shows nothing. */
  number: number;
}

export function SlideList({ items, selected, dispatch, onAddImage }: { items: SlideListItem[]; selected: number; dispatch: (action: EditorAction) => void; onAddImage: (at: number) => void }) {
  const [model, setModel] = useState<SlideModel>('constat');
  const [dragging, setDragging] = useState<number>();
  const list = useRef<HTMLOListElement>(null);
  const focusSelected = useRef(false);
  useEffect(() => {
    if (!focusSelected.current) return;
    focusSelected.current = false;
    list.current?.querySelectorAll<HTMLButtonElement>('.editor-slides__item')[selected]?.focus();
  });
  const move = (from: number, to: number) => {
    focusSelected.current = true;
    dispatch({ type: 'move', from, to });
  };
  return (
    <nav className="editor-slides" aria-labelledby="editor-slides-title">
      <h2 id="editor-slides-title" className="editor__section-title">
        Diapositives
      </h2>
      <p className="editor__hint" id="editor-slides-hint">
        Glisser pour déplacer, ou <kbd>Alt</kbd>+<kbd>↑</kbd> / <kbd>Alt</kbd>+<kbd>↓</kbd>.
      </p>
      <ol className="editor-slides__list" ref={list}>
        {items.map((item, i) => (
          <li
            key={item.key}
            draggable
            className={`editor-slides__row${dragging === i ? ' editor-slides__row--dragging' : ''}`}
            onDragStart={(event) => {
              setDragging(i);
              event.dataTransfer.effectAllowed = 'move';
              event.dataTransfer.setData('text/plain', String(i));
            }}
            onDragEnd={() => setDragging(undefined)}
            onDragOver={(event) => event.preventDefault()}
            onDrop={(event) => {
              event.preventDefault();
              const from = Number(event.dataTransfer.getData('text/plain'));
              setDragging(undefined);
              if (Number.isInteger(from) && from !== i) move(from, i);
            }}
          >
            <button
              type="button"
              className="editor-slides__item"
              aria-current={i === selected ? 'true' : undefined}
              aria-describedby="editor-slides-hint"
              data-slide-position={i}
              onClick={() => dispatch({ type: 'select', index: i })}
              onKeyDown={(event) => {
                if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
                event.preventDefault();
                move(i, event.key === 'ArrowUp' ? i - 1 : i + 1);
              }}
            >
              <span className="editor-slides__number">{item.number > 0 ? item.number : '–'}</span>
              <span className="editor-slides__label">{item.label}</span>
            </button>
          </li>
        ))}
      </ol>
      <div className="editor-slides__actions">
        <button type="button" onClick={() => move(selected, selected - 1)} disabled={selected === 0}>
          Monter
        </button>
        <button type="button" onClick={() => move(selected, selected + 1)} disabled={selected >= items.length - 1}>
          Descendre
        </button>
        <button type="button" onClick={() => dispatch({ type: 'duplicate', index: selected })}>
          Dupliquer
        </button>
        <button type="button" onClick={() => dispatch({ type: 'delete', index: selected })} disabled={items.length <= 1}>
          Supprimer
        </button>
      </div>
      <div className="editor-slides__add">
        <label htmlFor="editor-model">Modèle de diapositive</label>
        <select id="editor-model" value={model} onChange={(event) => setModel(event.target.value as SlideModel)}>
          {SLIDE_MODELS.map((m) => (
            <option key={m} value={m}>
              {SLIDE_MODEL_LABELS[m]}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => (model === 'image' ? onAddImage(selected + 1) : dispatch({ type: 'add', model, at: selected + 1 }))}>
          Ajouter une diapositive
        </button>
      </div>
    </nav>
  );
}
