import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

function deck(id: string, body: string[]): string {
  return ['---', `id: ${id}`, 'titre: T', 'thematique: T', 'ordre: 1', 'duree: 10', '---', ...body].join('\n');
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ctg-content-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function contentCheck(folder: string): Promise<{ stdout: string; code: number }> {
  try {
    const { stdout } = await run(tsx, [join(root, 'scripts', 'content-check.ts'), folder], { cwd: root });
    return { stdout: stdout.replace(/\u00a0/g, ' '), code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; code: number };
    return { stdout: failed.stdout.replace(/\u00a0/g, ' '), code: failed.code };
  }
}

describe('npm run content:check', () => {
  it('reports per deck: markers, unsourced diagram labels and workshop time against the deck’s duree', async () => {
    await writeFile(
      join(dir, '01-a.md'),
      deck('a', [
        '## Schéma',
        '',
        '::: schema carte',
        'centre: Politique inventée',
        'axes:',
        '  - titre: Centralité [à vérifier]',
        ':::',
        '',
        '::: atelier',
        'question: Une question ?',
        'methode: post-it',
        'duree: 15',
        'consigne: Chacun écrit une idée par post-it.',
        ':::',
        '',
        '::: atelier',
        'question: Parmi ces idées, lesquelles ?',
        'methode: vote à gommettes',
        'duree: 5',
        'consigne: Trois gommettes chacun.',
        ':::',
      ]),
    );
    const { stdout, code } = await contentCheck(dir);
    expect(code).toBe(0);
    const report = stdout.slice(stdout.indexOf('Par présentation'));
    expect(report).toContain('01-a.md');
    expect(report).toContain('repères à vérifier : 1');
    expect(report).toMatch(/libellés sans source : « Politique inventée » \(ligne \d+\)/);
    expect(report).not.toContain('« Centralité »');
    expect(report).toContain('durée : diapositives 10 min (duree) + 2 ateliers 20 min (15 + 5) = 30 min');
  }, 60_000);

  it('lists every marker with file:line and context, and a count, exiting 0', async () => {
    await writeFile(join(dir, '01-a.md'), deck('a', ['## Diapo', '', 'Le relais petite enfance [à vérifier] ouvre en 2019.', '::: notes', 'Chiffre [A VERIFIER]', ':::']));
    await writeFile(join(dir, '02-b.md'), deck('b', ['## Rien à relire']));
    await writeFile(join(dir, '03-c.md'), deck('c', ['## Titre [à vérifier]']));
    const { stdout, code } = await contentCheck(dir);
    expect(code).toBe(0);
    expect(stdout).toContain('01-a.md:10  Le relais petite enfance [à vérifier] ouvre en 2019.');
    expect(stdout).toContain('01-a.md:12  Chiffre [A VERIFIER]');
    expect(stdout).toContain('03-c.md:8  ## Titre [à vérifier]');
    expect(stdout.slice(0, stdout.indexOf('Par présentation'))).not.toContain('02-b.md');
    expect(stdout).toContain('3 repères à vérifier dans 2 présentations.');
  }, 60_000);

  it('says so when nothing is left to check, and reports a broken deck with exit code 1', async () => {
    await writeFile(join(dir, '01-a.md'), deck('a', ['## Diapo']));
    expect((await contentCheck(dir)).stdout).toContain('Aucun repère « [à vérifier] »');
    await writeFile(join(dir, '02-casse.md'), '# sans en-tête [à vérifier]\n');
    const { stdout, code } = await contentCheck(dir);
    expect(code).toBe(1);
    expect(stdout).toContain('02-casse.md:1  # sans en-tête [à vérifier]');
    expect(stdout).toMatch(/1 fichier ne peut pas être chargé :\n {2}02-casse\.md:1 {2}Le fichier doit commencer par un en-tête/);
  }, 60_000);
});
