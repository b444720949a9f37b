import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppLog, LOG_FILE_NAME } from './app-log.js';

describe('app log', () => {
  it('appends dated one-line entries to a file in the given folder, creating it', () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'ctg-log-')), 'logs');
    const log = createAppLog({ dir, now: () => new Date('2026-12-01T09:00:00Z') });
    log.write('error', 'La page a disparu\n(crashed)');
    log.write('info', 'Fenêtre rechargée');
    expect(log.file).toBe(path.join(dir, LOG_FILE_NAME));
    expect(readFileSync(log.file, 'utf8')).toBe(
      '2026-12-01T09:00:00.000Z ERROR La page a disparu (crashed)\n2026-12-01T09:00:00.000Z INFO Fenêtre rechargée\n',
    );
  });

  it('rotates at the size limit and keeps only the last generations', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ctg-log-'));
    const log = createAppLog({ dir, maxBytes: 200, keep: 3 });
    for (let i = 0; i < 60; i++) log.write('warn', `événement numéro ${i} ${'x'.repeat(20)}`);
    const files = readdirSync(dir).sort();
    expect(files).toEqual([LOG_FILE_NAME, `${LOG_FILE_NAME}.1`, `${LOG_FILE_NAME}.2`, `${LOG_FILE_NAME}.3`]);
    for (const name of files) expect(statSync(path.join(dir, name)).size).toBeLessThanOrEqual(200);
    // The newest entry is in the current file, the older ones in .1 …
    expect(readFileSync(log.file, 'utf8')).toContain('événement numéro 59');
    expect(readFileSync(`${log.file}.3`, 'utf8')).not.toContain('événement numéro 0 ');
  });

  it('never throws when the folder cannot be written', () => {
    // A folder "inside" a regular file cannot exist (ENOTDIR), whoever runs the test.
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'ctg-log-')), 'fichier');
    writeFileSync(file, '');
    const log = createAppLog({ dir: path.join(file, 'logs') });
    expect(() => log.write('error', 'rien')).not.toThrow();
  });
});
