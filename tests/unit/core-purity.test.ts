// core/ is shared by every process (Electron main, browser host, renderer): it must not reach
// for Electron, Node or the DOM. core/tsconfig.json already has no Node or DOM types; this text
// scan also catches what a type-check lets through (`any`, a stray `require`, a new tsconfig).
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const coreDir = join(root, 'core');

const NODE_MODULES = new Set(builtinModules.flatMap((name) => [name, name.split('/')[0]!]));
const BROWSER_GLOBALS = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage'];

/** Every problem of one source text, as « what » strings; empty when the file is pure. */
function impurities(source: string): string[] {
  const code = stripComments(source);
  const found: string[] = [];
  const specifier = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)(['"])([^'"]+)\1/g;
  for (const match of code.matchAll(specifier)) {
    const name = match[2]!;
    if (name === 'electron' || name.startsWith('electron/') || name.startsWith('node:') || NODE_MODULES.has(name.split('/')[0]!)) {
      found.push(`import de « ${name} »`);
    }
  }
  const bare = stripStrings(code);
  for (const global of BROWSER_GLOBALS) {
    if (new RegExp(`(?<![\\w$.])${global}\\s*[.[(]|\\bglobalThis\\s*\\.\\s*${global}\\b|\\btypeof\\s+${global}\\b`).test(bare)) {
      found.push(`usage de « ${global} »`);
    }
  }
  if (/(?<![\w$.])(?:process|Buffer|__dirname|__filename)\s*[.[(]|\brequire\s*\(/.test(bare)) found.push('usage d’une API de Node');
  return found;
}

function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

function stripStrings(code: string): string {
  return code.replace(/'(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`/g, "''");
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|cts|js|mjs)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('core/ purity', () => {
  it('no non-test file under core/ imports Electron or Node, or touches window/document', () => {
    const files = sourceFiles(coreDir);
    expect(files.length).toBeGreaterThan(0);
    const problems = files.flatMap((file) => impurities(readFileSync(file, 'utf8')).map((what) => `${relative(root, file)} : ${what}`));
    expect(problems).toEqual([]);
  });

  it('the scan catches each forbidden use (so that the test above can fail)', () => {
    expect(impurities(`import { app } from 'electron';`)).toEqual(['import de « electron »']);
    expect(impurities(`import { readFile } from 'node:fs/promises';`)).toEqual(['import de « node:fs/promises »']);
    expect(impurities(`import * as fs from "fs";`)).toEqual(['import de « fs »']);
    expect(impurities(`import path from 'path';`)).toEqual(['import de « path »']);
    expect(impurities(`export { join } from 'path';`)).toEqual(['import de « path »']);
    expect(impurities(`const m = await import('node:os');`)).toEqual(['import de « node:os »']);
    expect(impurities(`const w = window.innerWidth;`)).toEqual(['usage de « window »']);
    expect(impurities(`document.querySelector('x');`)).toEqual(['usage de « document »']);
    expect(impurities(`if (typeof document !== 'undefined') {}`)).toEqual(['usage de « document »']);
    expect(impurities(`const env = process.env.HOME;`)).toEqual(['usage d’une API de Node']);
  });

  it('does not flag the same words in comments, strings or property names', () => {
    const clean = [
      `// the window of a presentation; see document.md`,
      `/* import x from 'electron' */`,
      `const message = 'Voir le document. Fermez la fenêtre (window).';`,
      `const timeWindow = slide.window.start; const doc = state.document;`,
      `import { z } from 'zod';`,
      `import type { Deck } from './deck/model.js';`,
    ].join('\n');
    expect(impurities(clean)).toEqual([]);
  });
});

// The screens that show slides (the room's, the single-window presentation, the print) must
// not wait for zod: the hosts validate, the renderer only reads. Checked on the build itself:
// each screen's chunk and every chunk it statically imports, as vite's manifest lists them.
describe('screens that show slides load no zod', () => {
  const rendererDist = join(root, 'dist', 'renderer');
  const manifestPath = join(rendererDist, '.vite', 'manifest.json');
  const SCREENS = ['audience/AudienceScreen.tsx', 'presentation/PresentationRoute.tsx', 'export/PrintRoute.tsx'];
  /** zod's schemas all carry this trait name, minified or not. */
  const hasZod = (code: string) => /\$ZodType\b/.test(code);

  type Chunk = { file: string; imports?: string[] };
  function staticChunks(manifest: Record<string, Chunk>, entry: string, seen = new Set<string>()): Set<string> {
    if (seen.has(entry)) return seen;
    seen.add(entry);
    for (const next of manifest[entry]?.imports ?? []) staticChunks(manifest, next, seen);
    return seen;
  }

  it('the detector recognises zod', () => {
    expect(hasZod(readFileSync(join(root, 'node_modules', 'zod', 'v4', 'core', 'schemas.js'), 'utf8'))).toBe(true);
    expect(hasZod('const Type = "TypeZod";')).toBe(false);
  });

  it.each(SCREENS)('%s and the chunks it imports contain no zod', (screen) => {
    if (!existsSync(manifestPath)) execSync('npx vite build', { cwd: root, stdio: 'inherit' });
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, Chunk>;
    expect(manifest[screen], `${screen} absent du manifeste`).toBeDefined();
    const chunks = [...staticChunks(manifest, screen)].map((key) => manifest[key]!.file);
    expect(chunks.length).toBeGreaterThan(1); // the screen and at least the app's entry
    expect(chunks.filter((file) => hasZod(readFileSync(join(rendererDist, file), 'utf8')))).toEqual([]);
  }, 120_000);
});
