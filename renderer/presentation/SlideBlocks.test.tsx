import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Block, Slide } from '../../core/deck/model.js';
import { parseDeck } from '../../core/deck/parse-deck.js';
import { DiagramSlot } from './DiagramSlot.js';
import { SlideBlocks } from './SlideBlocks.js';
import { SlideSection } from './SlideSection.js';

afterEach(cleanup);

const DECK = `---
id: essai
titre: Essai
thematique: Essai
ordre: 1
duree: 10
---

# Grand titre

Sous-titre

---

## Deux **points** forts

Un paragraphe avec du **gras** et de l’*italique*.

* premier
* deuxième
* troisième

- d’un coup
- aussi

> Une citation <script>alert(1)</script>

::: notes
Ce que dit la personne qui présente.
:::

---

## Un schéma

::: schema carte
centre: Politique
axes:
  - titre: Axe
:::
`;

function parsedSlides(): Slide[] {
  const result = parseDeck('01-essai.md', DECK);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.deck.slides;
}

describe('slide blocks', () => {
  it('renders headings, paragraphs with bold and italic, lists and quotes as elements', () => {
    const slide = parsedSlides()[1]!;
    const { container } = render(<SlideBlocks blocks={slide.blocks} />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Deux points forts');
    expect(container.querySelector('h2 strong')?.textContent).toBe('points');
    expect(container.querySelector('p strong')?.textContent).toBe('gras');
    expect(container.querySelector('p em')?.textContent).toBe('italique');
    expect(container.querySelector('blockquote')?.textContent).toContain('Une citation');
  });

  it('shows a stepwise list one item at a time (each item a reveal.js fragment), a plain list at once', () => {
    const slide = parsedSlides()[1]!;
    const { container } = render(<SlideBlocks blocks={slide.blocks} />);
    const [stepwise, plain] = Array.from(container.querySelectorAll('ul'));
    expect(Array.from(stepwise!.querySelectorAll('li')).map((li) => li.classList.contains('fragment'))).toEqual([true, true, true]);
    expect(plain!.querySelectorAll('.fragment')).toHaveLength(0);
    expect(plain!.querySelectorAll('li')).toHaveLength(2);
  });

  it('never turns deck text into HTML', () => {
    const slide = parsedSlides()[1]!;
    const { container } = render(<SlideBlocks blocks={slide.blocks} />);
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('blockquote')?.textContent).toContain('<script>alert(1)</script>');
  });

  it('draws a diagram block in its place, and shows a broken one as a visible French error', () => {
    const slide = parsedSlides()[2]!;
    const { container } = render(<SlideBlocks blocks={slide.blocks} />);
    expect(container.querySelector('[data-diagram-kind="carte"] svg')).not.toBeNull();

    const broken: Block = {
      type: 'diagram',
      kind: 'carte',
      data: null,
      line: 40,
      error: { file: '01-essai.md', line: 42, message: 'Il manque le champ « centre ».' },
    };
    const { container: errorBox } = render(<SlideBlocks blocks={[broken]} />);
    expect(errorBox.textContent).toContain('01-essai.md');
    expect(errorBox.textContent).toContain('42');
    expect(errorBox.textContent).toContain('Il manque le champ « centre ».');
  });

  it('the placeholder slot names the kind of diagram, or its error', () => {
    const block: Extract<Block, { type: 'diagram' }> = { type: 'diagram', kind: 'carte', data: {}, line: 3 };
    const { container } = render(<DiagramSlot block={block} />);
    expect(container.textContent).toContain('schéma à venir');
    render(<DiagramSlot block={{ ...block, error: { file: 'a.md', line: 4, message: 'Données illisibles.' } }} />);
    expect(screen.getByRole('alert').textContent).toContain('a.md, ligne 4');
  });

  it('puts speaker notes in an <aside class="notes"> and the title layout on title slides', () => {
    const [title, content] = parsedSlides();
    const { container } = render(
      <>
        <SlideSection slide={title!} />
        <SlideSection slide={content!} />
      </>,
    );
    const sections = container.querySelectorAll('section');
    expect(sections[0]!.classList.contains('slide--titre')).toBe(true);
    expect(sections[1]!.classList.contains('slide--titre')).toBe(false);
    expect(sections[1]!.querySelector('aside.notes')?.textContent).toBe('Ce que dit la personne qui présente.');
    // The notes are not part of what the slide itself says.
    expect(sections[1]!.querySelector('.slide-frame')?.textContent).not.toContain('Ce que dit');
  });
});
