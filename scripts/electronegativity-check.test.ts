// Electronegativity agrees with the code: no finding of medium severity or above on main/ and
// the renderer's page, offline. And the check can fail: the options built by a helper and a
// page without the CSP tag (the app before issue 10) are reported.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkApp, scan } from './electronegativity-check.js';

describe('Electronegativity', () => {
  it('finds nothing of medium severity or above in the app', async () => {
    const { failing, unreadable } = await checkApp();
    expect(unreadable).toEqual([]);
    expect(failing).toEqual([]);
  }, 120_000);

  it('reports windows whose options it cannot see, and a page without a CSP', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ctg-en-bad-'));
    writeFileSync(
      path.join(dir, 'main.ts'),
      "import { BrowserWindow } from 'electron';\nimport { windowOptions } from './window-options.js';\nexport const win = new BrowserWindow(windowOptions('main'));\n",
    );
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html><head><title>x</title></head><body></body></html>');
    const { findings } = await scan(dir);
    const ids = findings.filter((f) => f.severity !== 'LOW' && f.severity !== 'INFORMATIONAL').map((f) => f.id);
    expect(ids).toEqual(expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'AUXCLICK_JS_CHECK', 'CSP_GLOBAL_CHECK']));
  }, 120_000);
});
