// The reveal.js patch applies to the installed reveal.js, each edit exactly once, and refuses
// code it does not recognise (a reveal.js upgrade must be looked at, not silently unpatched).
// That the patched deck frees its memory is shown by tests/e2e/deck-change-memory.test.ts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixRevealDestroy } from './reveal-destroy-fix.js';

const revealMjs = path.join(path.dirname(createRequire(import.meta.url).resolve('reveal.js')), 'reveal.mjs');

describe('reveal.js destroy() fix', () => {
  it('keeps the scroll-reset interval and clears it in destroy()', () => {
    const patched = fixRevealDestroy(readFileSync(revealMjs, 'utf8'));
    const destroyName = /destroy: (\w+),/.exec(patched)?.[1];
    expect(destroyName).toBeDefined();
    const destroyBody = patched.slice(patched.indexOf(`function ${destroyName}() {`), patched.indexOf(`function ${destroyName}() {`) + 200);
    expect(destroyBody).toContain('clearInterval(__ctgScrollResetTimer)');
    expect(patched).toMatch(/__ctgScrollResetTimer = setInterval\(\(\) => \{/);
    expect(patched.match(/setInterval\(/g)).toHaveLength(1);
  });

  it('fails the build on code it does not recognise', () => {
    expect(() => fixRevealDestroy('export default function Reveal() {}')).toThrow(/found 0 times/);
  });
});
