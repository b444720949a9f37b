import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Slide } from '../../core/deck/model.js';
import { parseDeck } from '../../core/deck/parse-deck.js';
import { slideAudienceText } from '../../core/deck/plain-text.js';
import type { HostApi } from '../../core/host-api.js';
import { parseGlossary } from '../../core/glossary/parse-glossary.js';
import { HostContext } from '../host-client/HostContext.js';
import { GlossaryKey } from './GlossaryKey.js';
import { frenchSpacing, siglesOnSlide } from './slide-sigles.js';

afterEach(cleanup);

const SLIDES = path.resolve(import.meta.dirname, '../../slides');
const loaded = parseGlossary(readFileSync(path.join(SLIDES, 'glossaire.yaml'), 'utf8'));
if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
const glossary = loaded.glossary;

function deckSlides(file: string): Slide[] {
  const result = parseDeck(file, readFileSync(path.join(SLIDES, file), 'utf8'));
  if (!result.ok) throw new Error(`${file}: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.deck.slides;
}

/** A slide whose room text names exactly these words (the parser reads real Markdown). */
function slideOf(markdown: string): Slide {
  const text = `---\nid: essai\ntitre: Essai\nthematique: Essai\nordre: 1\nduree: 10\n---\n\n${markdown}\n`;
  const result = parseDeck('essai.md', text);
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
  return result.deck.slides[0]!;
}

const hostWith = (api: Partial<HostApi>) => api as HostApi;

describe('sigles on a slide', () => {
  it('finds the sigles of the text the room reads, in reading order, not those only in the notes', () => {
    const slide = slideOf('# La PMI et la CAF\n\nAvec la CAF.\n\n::: notes\nLe CD26 aussi.\n:::');
    expect(siglesOnSlide(slide, glossary).map((e) => e.sigle)).toEqual(['PMI', 'CAF']);
  });

  it('reads diagram labels too: the enfance deck names 2S2C only in its diagram', () => {
    const slides = deckSlides('04-enfance.md');
    const inDiagram = slides.find((s) => s.blocks.some((b) => b.type === 'diagram' && JSON.stringify(b.data).includes('2S2C')));
    expect(inDiagram).toBeDefined();
    expect(slideAudienceText(inDiagram!).join(' ')).not.toContain('2S2C');
    expect(siglesOnSlide(inDiagram!, glossary).map((e) => e.sigle)).toContain('2S2C');
  });

  it('puts a no-break space before French double punctuation', () => {
    expect(frenchSpacing('Centre social ; il verse : oui ? non !')).toBe('Centre social\u00a0; il verse\u00a0: oui\u00a0? non\u00a0!');
  });
});

describe('glossary overlay', () => {
  it('is absent while closed, and lists each sigle of the slide with its full form and explanation when open', async () => {
    const slide = slideOf('# Partenaires\n\n- La CAF soutient.\n- La PMI accompagne.');
    const host = hostWith({ getGlossary: async () => ({ ok: true, glossary }) });
    const { rerender } = render(
      <HostContext.Provider value={host}>
        <GlossaryKey open={false} slide={slide} />
      </HostContext.Provider>,
    );
    expect(screen.queryByTestId('glossary-overlay')).toBeNull();
    rerender(
      <HostContext.Provider value={host}>
        <GlossaryKey open slide={slide} />
      </HostContext.Provider>,
    );
    await waitFor(() => expect(screen.getByText('CAF')).toBeDefined());
    expect(screen.getByRole('dialog', { name: 'Les sigles de cette diapositive' })).toBeDefined();
    const terms = screen.getAllByRole('term').map((el) => el.textContent);
    expect(terms).toEqual(['CAF', 'PMI']);
    const caf = glossary.entries.find((e) => e.sigle === 'CAF')!;
    const entry = document.querySelector('[data-sigle="CAF"]');
    expect(entry?.querySelector('.glossary-overlay__forme')?.textContent).toBe(frenchSpacing(caf.forme));
    expect(entry?.querySelector('.glossary-overlay__explication')?.textContent).toBe(frenchSpacing(caf.explication));
  });

  it('says so in French when the slide has no sigle', async () => {
    const host = hostWith({ getGlossary: async () => ({ ok: true, glossary }) });
    render(
      <HostContext.Provider value={host}>
        <GlossaryKey open slide={slideOf('# Bienvenue\n\nBonjour à toutes et à tous.')} />
      </HostContext.Provider>,
    );
    await waitFor(() => expect(screen.getByText('Aucun sigle sur cette diapositive.')).toBeDefined());
  });

  it('shows the host’s French message when the glossary cannot be read, and works without a host', async () => {
    const host = hostWith({ getGlossary: async () => ({ ok: false, message: 'glossaire illisible' }) });
    render(
      <HostContext.Provider value={host}>
        <GlossaryKey open slide={slideOf('# La CAF')} />
      </HostContext.Provider>,
    );
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('glossaire illisible'));
    cleanup();
    render(<GlossaryKey open slide={slideOf('# La CAF')} />);
    expect(screen.getByRole('alert').textContent).toContain('n’est pas disponible');
  });
});
