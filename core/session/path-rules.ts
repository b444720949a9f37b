// Whether a path typed or sent by the renderer names a file on *this* machine, judged by
// the rules of the platform the host runs on. A Windows path on Linux or macOS (`C:\x`,
// `\\serveur\x`, `\x`) is a relative name there: it would land in the host's working
// folder. A POSIX path on Windows (`/home/x`) is relative to the current drive. Both are
// refused, as are device names and namespaces that are not files. Pure, so that both
// platforms' rules are tested on one machine; the host passes its own platform.

export type PathPlatform = 'posix' | 'win32';

export type PathJudgement = { ok: true } | { ok: false; message: string };

const NB = '\u00A0';
const q = (p: string) => `«${NB}${p.length > 120 ? p.slice(0, 117) + '…' : p}${NB}»`;

/** Windows device names: `NUL.ctg-seance.json` opens the null device, not a file. */
const WINDOWS_DEVICES = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\..*)?$/i;

export function pathPlatformOf(nodePlatform: string): PathPlatform {
  return nodePlatform === 'win32' ? 'win32' : 'posix';
}

/** Is `p` a complete path to a file on `platform`? A French reason when it is not. */
export function judgePath(p: string, platform: PathPlatform): PathJudgement {
  const refuse = (why: string): PathJudgement => ({ ok: false, message: `Chemin refusé${NB}: ${q(p)} ${why}.` });
  if (p.includes('\u0000')) return refuse('contient un caractère nul');
  if (platform === 'posix') {
    if (/^[A-Za-z]:/.test(p) || p.startsWith('\\')) return refuse('est un chemin Windows, qui ne désigne rien de précis sur cet ordinateur');
    if (p.includes('\\')) return refuse('contient une barre oblique inverse (\\), séparateur de Windows');
    if (!p.startsWith('/')) return refuse('n’est pas un chemin complet (il doit commencer par /)');
    if (p.split('/').includes('..')) return refuse('contient «' + NB + '..' + NB + '»');
    return { ok: true };
  }
  // Windows: a drive path (C:\…) or a share (\\serveur\partage\…), nothing else.
  if (/^\\\\[?.]\\/.test(p) || /^\/\/[?.]\//.test(p)) return refuse('désigne un périphérique ou un espace de noms de Windows, pas un fichier');
  const drive = /^[A-Za-z]:[\\/]/.test(p);
  const share = /^(\\\\|\/\/)[^\\/]+[\\/][^\\/]+[\\/]/.test(p);
  if (!drive && !share) {
    return refuse(p.startsWith('/') || p.startsWith('\\') ? 'n’indique pas de lecteur (C:\\…) : ce n’est pas un chemin complet sous Windows' : 'n’est pas un chemin complet (C:\\… attendu)');
  }
  const parts = p.slice(drive ? 3 : 2).split(/[\\/]/);
  if (parts.includes('..')) return refuse('contient «' + NB + '..' + NB + '»');
  if (/[<>:"|?*\u0001-\u001f]/.test(parts.join(''))) return refuse('contient un caractère interdit sous Windows (< > : " | ? *)');
  const name = parts.at(-1) ?? '';
  if (WINDOWS_DEVICES.test(name)) return refuse('porte le nom d’un périphérique de Windows');
  if (/[ .]$/.test(name)) return refuse('se termine par un espace ou un point, que Windows retire');
  return { ok: true };
}

/**
 * « nom (2).ext »: the n-th free name for « Garder les deux ». `extensions` lists the
 * compound extensions to keep whole (`.ctg-seance.json`), longest first.
 */
export function numberedName(fileName: string, n: number, extensions: readonly string[] = []): string {
  const lower = fileName.toLowerCase();
  const ext = extensions.find((e) => lower.endsWith(e.toLowerCase())) ?? (fileName.lastIndexOf('.') > 0 ? fileName.slice(fileName.lastIndexOf('.')) : '');
  const stem = fileName.slice(0, fileName.length - ext.length);
  return `${stem} (${n})${ext}`;
}
