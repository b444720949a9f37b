// The room's broadcasts: a change reaches the phones whose view changed, once, and the
// countdown closes the prompt by itself and tells the phones.
import { describe, expect, it } from 'vitest';
import type { PhoneView } from '../../core/participation/protocol.js';
import { Room } from './room.js';

const settle = (ms = 150) => new Promise((r) => setTimeout(r, ms));

describe('Room', () => {
  it('sends a post only to the phone that wrote it while it waits for moderation', async () => {
    const room = new Room('4K7M3P', Date.now);
    room.join('alice-token-000000000', '');
    room.join('bob-token-00000000000', '');
    const got: Record<string, PhoneView[]> = { alice: [], bob: [] };
    room.attach('alice-token-000000000', (json) => got.alice!.push(JSON.parse(json!)));
    room.attach('bob-token-00000000000', (json) => got.bob!.push(JSON.parse(json!)));
    const started = room.facilitatorAction({ type: 'start', spec: { kind: 'contributions', title: 'Idées' } });
    if (!started.ok) throw new Error(started.message);
    await settle();
    expect(got.alice!.at(-1)!.activity!.title).toBe('Idées');
    const bobBefore = got.bob!.length;
    expect(room.phoneAction('alice-token-000000000', { type: 'submit', activityId: started.id!, text: 'Un local jeunes' })).toEqual({ ok: true });
    await settle();
    expect(got.alice!.at(-1)!.activity!.mine.map((m) => m.text)).toEqual(['Un local jeunes']);
    expect(got.bob!.length).toBe(bobBefore); // nothing changed for Bob: nothing sent
    expect(got.alice!.at(-1)!.hostNow).toBeGreaterThan(0);
    room.close();
  });

  it('the countdown closes the prompt and the phones are told', async () => {
    let now = 1_000_000;
    const room = new Room('4K7M3P', () => now);
    room.join('carol-token-000000000', '');
    const views: PhoneView[] = [];
    room.attach('carol-token-000000000', (json) => views.push(JSON.parse(json!)));
    const started = room.facilitatorAction({ type: 'start', spec: { kind: 'poll', title: 'Bus ?', mode: 'single', options: ['Oui', 'Non'], minutes: 0.001 } });
    if (!started.ok) throw new Error(started.message);
    now += 100; // past the 60 ms countdown
    await settle(200);
    expect(views.at(-1)!.activity!.closed).toBe(true);
    expect(room.phoneAction('carol-token-000000000', { type: 'answer', choices: [0] })).toMatchObject({ ok: false });
    room.close();
  });
});
