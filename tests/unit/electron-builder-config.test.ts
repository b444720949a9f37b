// electron-builder.yml against the schema app-builder-lib ships, plus the choices that
// matter to users: the targets, the editable decks beside the app, the fuses.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { SESSION_EXTENSION } from '../../core/session/schema.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const read = (file: string) => readFileSync(path.join(repo, file), 'utf8');

interface Target {
  target: string;
}
type Config = Record<string, unknown> & {
  win?: { target?: Array<string | Target>; icon?: string };
  linux?: { target?: Array<string | Target>; icon?: string };
  mac?: { target?: Array<string | Target>; icon?: string };
  files?: string[];
  extraResources?: Array<{ from: string; to: string }>;
  electronFuses?: Record<string, boolean>;
};

const config = parse(read('electron-builder.yml')) as Config;
const schema = JSON.parse(read('node_modules/app-builder-lib/scheme.json')) as object;

// strict: false: the schema uses keywords of its own (e.g. "typeof") that ajv does not know.
const ajv = new Ajv({ strict: false, allErrors: true });
const check = ajv.compile(schema);

function validate(candidate: unknown) {
  const valid = check(candidate);
  return { valid, errors: ajv.errorsText(check.errors) };
}

const targetNames = (targets: Array<string | Target> | undefined) =>
  (targets ?? []).map((t) => (typeof t === 'string' ? t : t.target));

describe('electron-builder.yml', () => {
  it('is valid against app-builder-lib’s schema', () => {
    const { valid, errors } = validate(config);
    expect(errors).toBe('No errors');
    expect(valid).toBe(true);
  });

  it('the schema check does catch mistakes', () => {
    expect(validate({ ...config, nsis: { ...(config.nsis as object), oneClik: false } }).valid).toBe(false);
    expect(validate({ ...config, electronFuses: { runAsNode: 'non' } }).valid).toBe(false);
    expect(validate({ ...config, appId: 42 }).valid).toBe(false);
  });

  it('names the app and builds the installers the coordinators need', () => {
    expect(config.appId).toBe('fr.diois.ctg');
    expect(config.productName).toBe('CTG Diois');
    expect(targetNames(config.win?.target)).toEqual(expect.arrayContaining(['nsis', 'portable']));
    expect(targetNames(config.linux?.target)).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(targetNames(config.mac?.target)).toEqual(['dmg']);
  });

  it('opens session files by double click, and names a real author and Debian maintainer', () => {
    const associations = config.fileAssociations as Array<{ ext: string; name: string; role?: string }>;
    expect(associations).toEqual([expect.objectContaining({ ext: SESSION_EXTENSION.slice(1), name: 'Séance CTG Diois', role: 'Editor' })]);
    const pkg = JSON.parse(read('package.json')) as { author?: { name?: string; email?: string }; devDependencies: Record<string, string> };
    expect(pkg.author?.name).toBe('Projet CTG Diois');
    // The address is the distributor's to fill in (README): never a real one by accident.
    expect(pkg.author?.email).toMatch(/\.invalid$/);
    const maintainer = (config.linux as { maintainer?: string }).maintainer ?? '';
    expect(maintainer).toMatch(/^Projet CTG Diois <[^@\s]+@[^>\s]+>$/);
    expect(read('README.md')).toContain('ctg-diois.invalid');
    // tests/unit/packaging.test.ts reads app.asar with it.
    expect(pkg.devDependencies['@electron/asar']).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('uses icons that exist in assets/ and are large enough for every platform', () => {
    for (const icon of [config.win?.icon, config.linux?.icon, config.mac?.icon]) {
      expect(icon).toMatch(/^assets\//);
      const png = readFileSync(path.join(repo, icon!));
      // PNG header: width and height, big-endian, at bytes 16 and 20.
      expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(256);
      expect(png.readUInt32BE(16)).toBe(png.readUInt32BE(20));
    }
    expect(readFileSync(path.join(repo, config.mac!.icon!)).readUInt32BE(16)).toBeGreaterThanOrEqual(512);
  });

  it('packs only the bundles, and keeps the decks as editable files beside the app', () => {
    expect(config.files).toEqual(expect.arrayContaining(['package.json', 'dist/main/**/*', 'dist/renderer/**/*']));
    expect(config.files?.some((pattern) => /^(core|host|main|renderer|tests|slides|src)\b/.test(pattern))).toBe(false);
    expect(config.extraResources).toEqual(expect.arrayContaining([expect.objectContaining({ from: 'slides', to: 'slides' })]));
  });

  it('burns the hardening fuses into the binary', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('points package.json at the bundled main process and ships no runtime dependency', () => {
    const pkg = JSON.parse(read('package.json')) as { main: string; dependencies?: Record<string, string> };
    expect(pkg.main).toBe('dist/main/main.cjs');
    // Everything is bundled by esbuild and vite: a runtime dependency would end up, unused, in app.asar.
    expect(Object.keys(pkg.dependencies ?? {})).toEqual([]);
  });
});
