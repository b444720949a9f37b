// The README's install and test sections tell a new user what a fresh clone needs: getting the
// code, fetching Electron while online (so the first start at the meeting is offline-safe), the
// PowerShell script policy, the environment variables, the installers' warnings, why vite is pinned.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './content-load.js';

const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string>; overrides?: Record<string, string> };

describe('README: install and tests', () => {
  it('fetches Electron at install time with npm run prepare-offline, which runs electron’s own installer', () => {
    const script = pkg.scripts['prepare-offline'];
    expect(script).toBe('node node_modules/electron/install.js');
    expect(existsSync(join(ROOT, 'node_modules', 'electron', 'install.js'))).toBe(true);
    expect(readme).toContain('npm run prepare-offline');
    expect(readme).toMatch(/Internet pour\s+l'installation seulement/);
  });

  it('covers getting the code, PowerShell, the environment variables, the installers and vite', () => {
    for (const needle of ['git clone', 'Set-ExecutionPolicy -Scope CurrentUser RemoteSigned', 'npm.cmd', 'CTG_START_SKIP_BUILD', 'CHROMIUM_PATH', 'npm run dist', 'SmartScreen', 'Gatekeeper', '8.4.0', 'npm ci']) {
      expect(readme, needle).toContain(needle);
    }
    expect(readme).toContain(pkg.overrides?.vite ?? 'missing override');
  });
});
