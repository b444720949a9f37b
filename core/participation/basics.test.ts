import { describe, expect, it } from 'vitest';
import { displayJoinCode, generateJoinCode, isJoinCode, JOIN_CODE_ALPHABET, normaliseJoinCode, sameJoinCode } from './join-code.js';
import { createRateLimiter, GLOBAL_KEY } from './rate-limit.js';
import { cleanName, cleanText, MAX_CONTRIBUTION_CHARS } from './sanitize.js';

/** A small seeded generator (mulberry32), so failures replay. */
export function seeded(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

describe('join codes', () => {
  it('are six characters with nothing a person confuses at a distance', () => {
    const seed = 1414;
    console.log('seed', seed);
    const random = seeded(seed);
    const codes = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const code = generateJoinCode(random);
      expect(isJoinCode(code)).toBe(true);
      expect(code).not.toMatch(/[0O1IL2Z5S8BUVQ]/);
      codes.add(code);
    }
    // 22^6 codes: two thousand draws practically never repeat.
    expect(codes.size).toBeGreaterThan(1990);
    expect(new Set(JOIN_CODE_ALPHABET).size).toBe(JOIN_CODE_ALPHABET.length);
  });

  it('are typed loosely: lower case, spaces and dashes are fine', () => {
    expect(normaliseJoinCode(' 4k7-m3p ')).toBe('4K7M3P');
    expect(sameJoinCode('4k7 m3p', '4K7M3P')).toBe(true);
    expect(sameJoinCode('4K7M3', '4K7M3P')).toBe(false);
    expect(sameJoinCode('4K7M3R', '4K7M3P')).toBe(false);
    expect(displayJoinCode('4K7M3P')).toBe('4K7\u2011M3P');
  });
});

describe('text from phones', () => {
  it('strips control, bidi and invisible characters and folds line breaks', () => {
    const r = cleanText('  Plus de\u0000 bus\r\nle\u202e samedi\u200b\t!  ', 280);
    expect(r).toEqual({ ok: true, text: 'Plus de bus le samedi !' });
  });

  it('keeps HTML as the text it is', () => {
    expect(cleanText('<img src=x onerror=alert(1)>', 280)).toEqual({ ok: true, text: '<img src=x onerror=alert(1)>' });
  });

  it('counts characters as people do and refuses empty or too long text in French', () => {
    expect(cleanText('é'.repeat(MAX_CONTRIBUTION_CHARS), MAX_CONTRIBUTION_CHARS).ok).toBe(true);
    expect(cleanText('😀'.repeat(MAX_CONTRIBUTION_CHARS), MAX_CONTRIBUTION_CHARS).ok).toBe(true);
    const long = cleanText('a'.repeat(MAX_CONTRIBUTION_CHARS + 1), MAX_CONTRIBUTION_CHARS, 'La contribution');
    expect(long).toEqual({ ok: false, message: 'La contribution dépasse 280\u00a0caractères (281\u00a0ici).' });
    expect(cleanText(' \u200b ', 280)).toMatchObject({ ok: false, message: 'Le texte est vide.' });
    expect(cleanText(42, 280).ok).toBe(false);
  });

  it('first names are optional', () => {
    expect(cleanName('')).toEqual({ ok: true, text: '' });
    expect(cleanName(undefined)).toEqual({ ok: true, text: '' });
    expect(cleanName(' Josette ')).toEqual({ ok: true, text: 'Josette' });
    expect(cleanName('x'.repeat(41)).ok).toBe(false);
  });
});

describe('rate limiter', () => {
  const rules = [
    { count: 1, windowMs: 5_000 },
    { count: 30, windowMs: 600_000 },
  ];

  it('allows one post per 5 s and 30 per 10 min, on an injected clock', () => {
    let t = 0;
    const limiter = createRateLimiter(rules, () => t);
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterMs: 5_000 });
    t = 4_999;
    expect(limiter.take('a').ok).toBe(false);
    expect(limiter.take('b').ok).toBe(true); // another phone is not held back
    t = 5_000;
    expect(limiter.take('a').ok).toBe(true);
    for (let i = 2; i < 30; i++) {
      t += 5_000;
      expect(limiter.take('a').ok).toBe(true);
    }
    t += 5_000; // 30 posts in 150 s: the 31st waits until the first leaves the 10-minute window
    const refused = limiter.take('a');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.retryAfterMs).toBe(600_000 - t);
    t = 600_000;
    expect(limiter.take('a').ok).toBe(true);
  });

  it('a refused attempt does not count, and a flood stays bounded in memory', () => {
    let t = 0;
    const limiter = createRateLimiter([{ count: 40, windowMs: 10_000 }], () => t, 100);
    let accepted = 0;
    for (let i = 0; i < 10_000; i++) {
      t += 1;
      if (limiter.take(GLOBAL_KEY).ok) accepted++;
    }
    expect(accepted).toBe(40);
    for (let i = 0; i < 1_000; i++) limiter.take(`k${i}`);
    expect(limiter.size).toBeLessThanOrEqual(101);
  });
});
