// A wrong argument sent to the host gets a French explanation, also zod's part of it.
import { describe, expect, it } from 'vitest';
import { createHostService } from './host-service.js';
import { checkHostArgs } from '../core/host-api.js';

describe('validation messages in French', () => {
  it('explains a malformed host call in French, with zod in French', () => {
    // Importing the host service (as both hosts do) sets the locale.
    expect(typeof createHostService).toBe('function');
    const answer = checkHostArgs('saveSessionAs', ['0123456789abcdef', '/tmp/a.ctg-seance.json', null]);
    expect(answer).toMatchObject({ ok: false });
    const message = (answer as { message: string }).message;
    expect(message).toMatch(/^Arguments invalides pour saveSessionAs/);
    expect(message).not.toMatch(/Invalid|expected|received/);
    expect(message).toMatch(/attendu|reçu|invalide/);
  });
});
