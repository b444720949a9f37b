import { describe, expect, it } from 'vitest';
import { PresentationHub } from '../presentation/hub.js';
import { startLoop } from './loop.js';

describe('« Boucle »', () => {
  it('goes through the deck by itself, each slide its own time, and starts again after the last', async () => {
    const hub = new PresentationHub();
    hub.apply({ type: 'openDeck', deckId: 'logement', durationMinutes: 10, shape: { slides: [0, 1, 2].map(() => ({ fragments: 0, promptMinutes: [] })) } });
    const seen: number[] = [];
    hub.subscribe((m) => seen.push(m.state.position.slide));
    // Slide 1 says 0.15 s in its `::: boucle` block; the others take the default 0.05 s.
    const loop = startLoop(hub, (i) => (i === 1 ? 0.15 : undefined), 50);
    await new Promise((r) => setTimeout(r, 120));
    expect(hub.state.position.slide).toBe(1); // still on slide 1, which stays longer
    await new Promise((r) => setTimeout(r, 250));
    loop.stop();
    const stoppedAt = seen.length;
    await new Promise((r) => setTimeout(r, 150));
    expect(seen.length).toBe(stoppedAt); // stopped means stopped
    expect(seen.slice(0, 4)).toEqual([0, 1, 2, 0]);
  });
});
