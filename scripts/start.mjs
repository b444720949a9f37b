// `npm start`: builds, then opens the desktop app in Electron; where the Electron binary is
// missing (or cannot be fetched), says so in one line and starts the browser host instead.
// Arguments after `npm start --` go to the browser host (e.g. `--port 4311`).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const NBSP = '\u00a0';
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const userArgs = process.argv.slice(2);

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: repo, stdio: 'inherit', ...options });
  return result.status ?? 1;
}

/** `npm run build`, with the npm that runs this script when there is one. */
function build() {
  const npmCli = process.env.npm_execpath;
  const status =
    npmCli && /\.(c|m)?js$/.test(npmCli)
      ? run(process.execPath, [npmCli, 'run', 'build'])
      : run('npm', ['run', 'build'], { shell: process.platform === 'win32' });
  if (status !== 0) {
    console.error('La construction de l’application a échoué (voir les messages ci-dessus).');
    process.exit(status);
  }
}

/**
 * The Electron executable, or null. The electron package (v45) fetches its binary on the
 * first require(); that fetch runs in a child process whose output is kept quiet, so that
 * a machine without the binary and without network prints only the one line below.
 */
function findElectron() {
  const require = createRequire(import.meta.url);
  let packageDir;
  try {
    packageDir = path.dirname(require.resolve('electron/package.json'));
  } catch {
    return null;
  }
  const installed = () => {
    const pathFile = path.join(packageDir, 'path.txt');
    if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
      const name = existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : 'electron';
      const candidate = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, name);
      return existsSync(candidate) ? candidate : null;
    }
    if (!existsSync(pathFile)) return null;
    const candidate = path.join(packageDir, 'dist', readFileSync(pathFile, 'utf8'));
    return existsSync(candidate) ? candidate : null;
  };
  const found = installed();
  if (found || process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return found;
  console.log(`Première ouverture${NBSP}: téléchargement d’Electron (une seule fois)…`);
  const fetched = spawnSync(process.execPath, ['-e', "require('electron')"], { cwd: repo, stdio: 'ignore' });
  return fetched.status === 0 ? installed() : null;
}

/** Why there is no Electron here, in a few French words. */
function missingReason() {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return 'son téléchargement est désactivé par ELECTRON_SKIP_BINARY_DOWNLOAD';
  return 'il n’a pas pu être téléchargé (pas de connexion à Internet ?)';
}

/** The port the browser host will use, for the message: --port, then PORT, then 4310. */
function browserHostPort(args) {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--port' && args[i + 1]) return args[i + 1];
    if (args[i]?.startsWith('--port=')) return args[i].slice('--port='.length);
  }
  return process.env.PORT || '4310';
}

/** Runs a child to its end, passing stop signals on, and exits with its status. */
function supervise(child) {
  // Stopping `npm start` (a service manager, a closed terminal) stops what it started.
  process.on('SIGTERM', () => child.kill('SIGTERM'));
  process.on('SIGHUP', () => child.kill('SIGTERM'));
  // Ctrl+C in a terminal reaches the child too; pass it on only if the child did not get it.
  process.on('SIGINT', () => {
    setTimeout(() => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
    }, 300);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

// CTG_START_SKIP_BUILD=1 reuses an existing build (tests; quick restarts).
if (!process.env.CTG_START_SKIP_BUILD) build();

const electron = findElectron();
if (electron) {
  const env = { ...process.env };
  // Set, it would make Electron behave as plain Node and ignore the app.
  delete env.ELECTRON_RUN_AS_NODE;
  supervise(spawn(electron, [repo], { cwd: repo, stdio: 'inherit', env }));
} else {
  // The browser opens on the address with its key (CTG_NO_BROWSER=1: print it only, e.g. tests).
  const open = process.env.CTG_NO_BROWSER ? [] : ['--ouvrir'];
  const fallback = (address) =>
    `Electron n’est pas installé sur cette machine (${missingReason()})${NBSP}: la version navigateur est ouverte sur ${address} ` +
    `— pour l’application de bureau, connectez-vous une fois à Internet puis relancez \`npm start\`.`;
  const server = spawn(process.execPath, [path.join(repo, 'dist', 'host', 'serve.mjs'), ...open, ...userArgs], { cwd: repo, stdio: ['inherit', 'pipe', 'inherit'] });
  // The server's lines pass through, except its address with the key (the line below gives it
  // once); the fallback line comes last, once the server listens, where the eye lands after the build.
  const ADDRESS_LINE = 'CTG Diois — version navigateur';
  let pending = '';
  let address = `http://127.0.0.1:${browserHostPort(userArgs)}/`;
  let said = false;
  server.stdout.setEncoding('utf8');
  server.stdout.on('data', (chunk) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (line.startsWith(ADDRESS_LINE)) {
        address = line.slice(line.indexOf('http'));
        continue;
      }
      if (line.startsWith('Ouvrez cette adresse')) continue;
      process.stdout.write(`${line}\n`);
      if (!said && line.startsWith('Pour arrêter')) {
        said = true;
        process.stdout.write(`${fallback(address)}\n`);
      }
    }
  });
  supervise(server);
}
