// More than a thousand generated corrupt or hostile session files, written to a real folder
// and opened: always a French message (or a valid session), never an exception.
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import fc from 'fast-check';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadSession } from '../../host/session/store.js';
import { nodeSessionFs } from '../../host/session/fs.js';
import { serializeSession } from '../../core/session/parse.js';
import { sessionSchema } from '../../core/session/schema.js';
import { createFromTemplate } from '../../core/session/templates.js';
import { openEditor, addEntry, type Editor } from '../../core/session/entries.js';

const NOW = '2026-03-03T14:00:00.000Z';
let dir: string;
let valid: string;
let validObject: Record<string, unknown>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ctg-hostile-'));
  let ed: Editor = openEditor(createFromTemplate('forum-habiter-le-diois', { id: 's', now: NOW, date: '2026-04-10', place: 'Die' }));
  const kinds = ['note', 'contribution', 'décision', 'action', 'question'] as const;
  for (let i = 0; i < 10; i++) {
    const r = addEntry(ed, { kind: kinds[i % 5]!, text: `Entrée ${i} — « idée »`, agendaItemId: 'p3', qui: 'CCD', echeance: '2026-06-30' }, { id: `e${i}`, now: NOW });
    if (r.ok) ed = r.editor;
  }
  ed.session.participants.push({ id: 'u1', name: 'Marie Durand', organisation: 'CAF', status: 'présent' });
  valid = serializeSession(ed.session);
  validObject = JSON.parse(valid) as Record<string, unknown>;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Sets `value` at a random path of a JSON tree (the path is chosen by the indices). */
function replaceAt(tree: unknown, picks: number[], value: unknown): unknown {
  if (picks.length === 0 || typeof tree !== 'object' || tree === null) return value;
  const keys = Object.keys(tree);
  if (keys.length === 0) return value;
  const key = keys[picks[0]! % keys.length]!;
  const copy: Record<string, unknown> = Array.isArray(tree) ? ([...tree] as unknown as Record<string, unknown>) : { ...(tree as Record<string, unknown>) };
  copy[key] = replaceAt((tree as Record<string, unknown>)[key], picks.slice(1), value);
  return copy;
}

/** Hostile values, as JSON text (deep nesting cannot go through JSON.stringify). */
const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc.constantFrom('null', '-1', '1e308', '9007199254740993', '""', '"\\u0000"', '"__proto__"', '{"__proto__":{"polluted":true}}', '[]', '{}'),
  fc.integer({ min: 20_001, max: 200_000 }).map((n) => `"${'x'.repeat(n)}"`),
  fc.integer({ min: 1, max: 200_000 }).map((n) => '['.repeat(n) + ']'.repeat(n)),
  fc.integer({ min: 1, max: 100_000 }).map((n) => '{"a":'.repeat(n) + '1' + '}'.repeat(n)),
);
const MARKER = '\u0001hostile\u0001';

type Bytes = Uint8Array;
const enc = (s: string): Bytes => new TextEncoder().encode(s);

const hostileFile: fc.Arbitrary<Bytes> = fc.oneof(
  // Truncated anywhere (a save cut by a power failure on a bad disk).
  fc.nat().map((n) => enc(valid.slice(0, n % valid.length))),
  // A value of the wrong type, a huge string or nested garbage, anywhere in the tree.
  fc
    .tuple(fc.array(fc.nat(), { minLength: 0, maxLength: 6 }), hostileValue)
    .map(([picks, v]) => enc(JSON.stringify(replaceAt(validObject, picks, MARKER)).replace(JSON.stringify(MARKER), () => v))),
  // Wrong or missing versions and formats.
  fc.tuple(fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.double()), fc.boolean()).map(([v, format]) =>
    enc(JSON.stringify({ ...validObject, version: v, ...(format ? {} : { format: 'autre-chose' }) })),
  ),
  // Invalid UTF-8 bytes spliced into the text.
  fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 8 }).map((b) => b.map((x) => x | 0x80))).map(([at, bad]) => {
    const bytes = enc(valid);
    const i = at % bytes.length;
    return new Uint8Array([...bytes.subarray(0, i), ...bad, ...bytes.subarray(i)]);
  }),
  // Random bytes and random text.
  fc.uint8Array({ maxLength: 2000 }),
  fc.string({ unit: 'binary', maxLength: 2000 }).map(enc),
  // A huge single line.
  fc.integer({ min: 100_000, max: 2_000_000 }).map((n) => enc('{"format":"ctg-diois-seance","version":1,"title":"' + 'é'.repeat(n) + '"}')),
  // Valid JSON of the wrong shape, and byte-order marks.
  fc.jsonValue().map((v) => enc('\ufeff' + JSON.stringify(v))),
);

describe('hostile session files', () => {
  it('always open to a valid session or a French message, never an exception', async () => {
    let n = 0;
    const kinds = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(hostileFile, async (bytes) => {
        const path = join(dir, `f${n++ % 50}.ctg-seance.json`);
        await writeFile(path, bytes);
        const result = await loadSession(nodeSessionFs, path);
        if (result.ok) {
          expect(sessionSchema.safeParse(result.session).success).toBe(true);
          kinds.set('ouvert', (kinds.get('ouvert') ?? 0) + 1);
        } else {
          kinds.set(result.reason, (kinds.get(result.reason) ?? 0) + 1);
          expect(result.message).toMatch(/^(Le fichier|Impossible d’)/);
          expect(result.message).toMatch(/\u00A0: /);
          // No English from a library leaks to the user.
          expect(result.message).not.toMatch(/Invalid|expected|received|Unexpected|undefined|\[object/);
          expect(result.message.length).toBeLessThan(1000);
        }
      }),
      { numRuns: 1200 },
    );
    expect(n).toBeGreaterThanOrEqual(1000);
    // The generators reach the different failures, not only one.
    expect(kinds.get('abîmé')).toBeGreaterThan(100);
    expect(kinds.get('étranger')).toBeGreaterThan(10);
    expect(kinds.get('version')).toBeGreaterThan(0);
  }, 300_000);
});
