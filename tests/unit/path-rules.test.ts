// Paths are judged by the rules of the platform the host runs on: both platforms' rules are
// checked here, on one machine, through the one pure function the services use.
import { describe, expect, it } from 'vitest';
import { judgePath, numberedName, pathPlatformOf } from '../../core/session/path-rules.js';

const ok = (p: string, platform: 'posix' | 'win32') => judgePath(p, platform).ok;

describe('path rules', () => {
  it('on Linux and macOS: POSIX absolute paths only; any Windows form is refused in French', () => {
    expect(ok('/media/clé/COPIL.ctg-seance.json', 'posix')).toBe(true);
    expect(ok('/home/marie/Documents/CTG Diois/a.ctg-seance.json', 'posix')).toBe(true);
    for (const p of ['\\\\relatif.ctg-seance.json', '\\relatif.ctg-seance.json', 'C:\\Users\\a.ctg-seance.json', 'c:/Users/a.ctg-seance.json', '\\\\serveur\\partage\\a.ctg-seance.json', '/tmp/a\\b.ctg-seance.json', 'relatif.ctg-seance.json', '/tmp/../etc/a.ctg-seance.json', '/tmp/a\u0000.ctg-seance.json']) {
      const judged = judgePath(p, 'posix');
      expect(judged.ok, p).toBe(false);
      if (!judged.ok) expect(judged.message).toMatch(/^Chemin refusé\u00a0: «\u00a0/);
    }
    expect(judgePath('C:\\x.ctg-seance.json', 'posix')).toMatchObject({ message: expect.stringMatching(/chemin Windows/) });
  });

  it('on Windows: drive and share paths only; POSIX-only paths, devices and namespaces are refused', () => {
    expect(ok('C:\\Users\\Marie\\Documents\\a.ctg-seance.json', 'win32')).toBe(true);
    expect(ok('E:/COPIL.ctg-seance.json', 'win32')).toBe(true);
    expect(ok('\\\\serveur\\partage\\COPIL.ctg-seance.json', 'win32')).toBe(true);
    for (const p of ['/home/marie/a.ctg-seance.json', '\\a.ctg-seance.json', 'C:a.ctg-seance.json', 'a.ctg-seance.json', '\\\\?\\C:\\a.ctg-seance.json', '\\\\.\\pipe\\a', 'C:\\NUL.ctg-seance.json', 'C:\\dossier\\com1.md', 'C:\\a<b>.md', 'C:\\x\\..\\a.md', 'C:\\a.md.', '\\\\serveur']) {
      expect(ok(p, 'win32'), p).toBe(false);
    }
    expect(judgePath('/home/a.ctg-seance.json', 'win32')).toMatchObject({ message: expect.stringMatching(/lecteur/) });
  });

  it('maps Node’s platform names, and numbers « Garder les deux » names keeping compound extensions', () => {
    expect(pathPlatformOf('win32')).toBe('win32');
    expect(pathPlatformOf('linux')).toBe('posix');
    expect(pathPlatformOf('darwin')).toBe('posix');
    expect(numberedName('COPIL.ctg-seance.json', 2, ['.ctg-seance.json'])).toBe('COPIL (2).ctg-seance.json');
    expect(numberedName('COPIL - relevé.md', 3)).toBe('COPIL - relevé (3).md');
    expect(numberedName('sans extension', 2)).toBe('sans extension (2)');
  });
});
