// The guarantees the app relies on from the reveal.js React wrapper (see reveal-react.tsx), checked
// with the real reveal.js in jsdom: one instance under StrictMode, keys bound once, nothing
// left listening after the deck is closed.
import { act, cleanup, render, waitFor } from '@testing-library/react';
import type { RevealApi } from 'reveal.js';
import { StrictMode, createRef } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Deck, Fragment, Slide } from './reveal-react.js';

afterEach(cleanup);

const config = { hash: false, history: false, respondToHashChanges: false, keyboard: true, transition: 'none' as const };

function Slides() {
  return (
    <>
      <Slide>
        <p>Un</p>
      </Slide>
      <Slide backgroundColor="#101820">
        <ul>
          <Fragment as="li">a</Fragment>
          <Fragment as="li">b</Fragment>
        </ul>
      </Slide>
      <Slide>
        <p>Trois</p>
      </Slide>
    </>
  );
}

const flush = () => act(async () => { await new Promise((r) => setTimeout(r, 0)); });

function pressRight(): void {
  document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', keyCode: 39, bubbles: true }));
}

describe('Deck (@revealjs/react, through reveal-react.tsx)', () => {
  it('initialises reveal.js once under StrictMode, and a key moves one step, not two', async () => {
    const ready: RevealApi[] = [];
    const deckRef = createRef<RevealApi | null>();
    const { container } = render(
      <StrictMode>
        <Deck config={config} deckRef={deckRef} onReady={(deck) => ready.push(deck)}>
          <Slides />
        </Deck>
      </StrictMode>,
    );
    await waitFor(() => expect(ready.length).toBeGreaterThan(0));
    await flush();
    expect(ready).toHaveLength(1);
    expect(deckRef.current).toBe(ready[0]);
    expect(container.querySelectorAll('.reveal .slides > section')).toHaveLength(3);
    expect(container.querySelector('.reveal .slides > section:nth-child(2)')?.getAttribute('data-background-color')).toBe('#101820');
    expect(container.querySelectorAll('.fragment')).toHaveLength(2);

    act(() => pressRight());
    expect(deckRef.current!.getIndices()).toMatchObject({ h: 1 });
    act(() => pressRight());
    expect(deckRef.current!.getIndices()).toMatchObject({ h: 1, f: 0 });
  });

  it('destroys the instance when the deck closes: keys no longer reach it', async () => {
    let deck: RevealApi | undefined;
    const { unmount } = render(
      <StrictMode>
        <Deck config={config} onReady={(d) => (deck = d)}>
          <Slides />
        </Deck>
      </StrictMode>,
    );
    await waitFor(() => expect(deck?.isReady()).toBe(true));
    let moved = 0;
    deck!.on('slidechanged', () => moved++);
    unmount();
    await flush();
    pressRight();
    pressRight();
    expect(moved).toBe(0);
  });
});

describe('one wrapper for every screen', () => {
  it('no renderer module imports components from @revealjs/react itself (its Slide would not see this Deck)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !path.endsWith('reveal-react.tsx')) {
          if (/^import\s+(?!type\b)[^;]*from\s+'@revealjs\/react'/m.test(readFileSync(path, 'utf8'))) offenders.push(path);
        }
      }
    };
    walk('renderer');
    expect(offenders).toEqual([]);
  });
});
