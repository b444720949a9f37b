import { describe, expect, it } from 'vitest';
import { DICTIONARY_URL, enableFrenchSpellcheck, type SpellcheckSession } from './spellcheck.js';

function recorder() {
  const calls: unknown[][] = [];
  const session: SpellcheckSession = {
    setSpellCheckerEnabled: (on) => void calls.push(['enabled', on]),
    setSpellCheckerLanguages: (langs) => void calls.push(['languages', langs]),
    setSpellCheckerDictionaryDownloadURL: (url) => void calls.push(['url', url]),
  };
  return { calls, session };
}

describe('spell-check', () => {
  it('checks in French, with dictionaries never fetched from outside the app', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const { calls, session } = recorder();
      enableFrenchSpellcheck(session, platform);
      expect(calls).toEqual([
        ['enabled', true],
        ['url', DICTIONARY_URL],
        ['languages', ['fr']],
      ]);
      expect(DICTIONARY_URL.startsWith('app://app/')).toBe(true);
    }
  });

  it('leaves macOS to its own spell-checker', () => {
    const { calls, session } = recorder();
    enableFrenchSpellcheck(session, 'darwin');
    expect(calls).toEqual([['enabled', true]]);
  });
});
