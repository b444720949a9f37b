import { describe, expect, it } from 'vitest';
import { HOST_CALL_CHANNEL, HOST_METHODS } from '../core/host-api.js';
import { buildHostBridge } from './preload-api.js';

describe('preload bridge', () => {
  it('exposes exactly the host API methods, frozen', () => {
    const bridge = buildHostBridge(async () => ({ ok: true, value: null }));
    expect(Object.keys(bridge).sort()).toEqual([...HOST_METHODS].sort());
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('forwards each call over the single channel with its arguments as an array', async () => {
    const sent: unknown[][] = [];
    const bridge = buildHostBridge(async (channel, method, args) => {
      sent.push([channel, method, args]);
      return { ok: true, value: method };
    });
    expect(await bridge.listDecks()).toEqual({ ok: true, value: 'listDecks' });
    expect(await bridge.loadDeck('petite-enfance')).toEqual({ ok: true, value: 'loadDeck' });
    expect(sent).toEqual([
      [HOST_CALL_CHANNEL, 'listDecks', []],
      [HOST_CALL_CHANNEL, 'loadDeck', ['petite-enfance']],
    ]);
  });
});
