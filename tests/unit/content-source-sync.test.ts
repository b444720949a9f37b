// The content tests read an in-project copy of the evaluation's source (tests/fixtures/source/),
// so that `npm test` passes on a fresh clone. In the development workspace, where the shared
// source sits beside the project, this checks that the copy has not drifted from it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_SOURCE_DIR, SOURCE_FILE, SOURCE_README } from './content-load.js';

const present = existsSync(join(SHARED_SOURCE_DIR, 'evaluation-ctg-diois.ocr.txt'));
if (!present) {
  console.info(`content-source-sync: ${SHARED_SOURCE_DIR} is absent (a plain clone): the in-project copy is not compared.`);
}

describe.skipIf(!present)('the in-project copy of the source matches ../shared/source (skipped when that folder is absent)', () => {
  it.each([
    ['evaluation-ctg-diois.ocr.txt', SOURCE_FILE],
    ['README.md', SOURCE_README],
  ])('%s is copied byte for byte', (name, copy) => {
    expect(readFileSync(copy).equals(readFileSync(join(SHARED_SOURCE_DIR, name))), `copy ${name} again into tests/fixtures/source/`).toBe(true);
  });
});
