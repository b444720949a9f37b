// `npm run serve`: the browser host, for machines where Electron cannot run. Serves the
// built renderer and the decks on http://127.0.0.1:<port>/ (loopback only).
// Bundled to dist/host/serve.mjs: folders are found from this file, not the working dir.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.js';
import { checkBindAddress } from '../core/participation/network.js';
import { decksFolderFor } from './authoring/deck-folder.js';

export const DEFAULT_PORT = 4310;
const NBSP = '\u00a0';

export interface ServeArgs {
  port: number;
  /** `--ouvrir`: open the entry address in the system's browser (what `npm start` asks). */
  open?: boolean;
  slidesDir?: string;
  documentsDir?: string;
  /** The address the room's phones reach (`--participation-address 192.168.137.1`). */
  participationAddress?: string;
}

/** Where sessions go by default: a « CTG Diois » folder in the user's documents. */
export function defaultDocumentsDir(home = homedir()): string {
  return path.join(home, 'Documents', 'CTG Diois');
}

/** Reads `--port N`, `--port=N`, `--slides DIR` and the PORT variable; throws in French. */
export function parseServeArgs(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): ServeArgs {
  let port: string | undefined = env.PORT;
  let slidesDir: string | undefined;
  let documentsDir: string | undefined;
  let open = false;
  let participationAddress: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`Valeur manquante après ${name}.`);
      return v;
    };
    if (name === '--port') port = value();
    else if (name === '--slides') slidesDir = value();
    else if (name === '--documents') documentsDir = value();
    else if (name === '--ouvrir' && inline === undefined) open = true;
    else if (name === '--participation-address') participationAddress = value();
    else throw new Error(`Option inconnue${NBSP}: ${arg} (options${NBSP}: --port <numéro>, --slides <dossier>, --documents <dossier>, --participation-address <adresse>, --ouvrir).`);
  }
  const n = port === undefined || port === '' ? DEFAULT_PORT : Number(port);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`Numéro de port invalide${NBSP}: ${port}.`);
  if (participationAddress !== undefined) {
    const checked = checkBindAddress(participationAddress);
    if (!checked.ok) throw new Error(checked.message);
    participationAddress = checked.address;
  }
  return {
    port: n,
    ...(slidesDir ? { slidesDir } : {}),
    ...(documentsDir ? { documentsDir } : {}),
    ...(open ? { open } : {}),
    ...(participationAddress ? { participationAddress } : {}),
  };
}

/**
 * How to open an address in the system's default browser. The address is passed as one
 * argument, never through a shell: Windows' `start` would read `&` and `^` in it.
 */
export function browserOpenCommand(url: string, platform: NodeJS.Platform): { command: string; args: string[] } {
  if (platform === 'win32') return { command: 'rundll32', args: ['url.dll,FileProtocolHandler', url] };
  if (platform === 'darwin') return { command: 'open', args: [url] };
  return { command: 'xdg-open', args: [url] };
}

/** Opens `url` in the browser; on failure says so in French (the address is printed anyway). */
function openInBrowser(url: string): void {
  const { command, args } = browserOpenCommand(url, process.platform);
  const fail = () => console.log(`Le navigateur ne s’est pas ouvert tout seul${NBSP}: ouvrez l’adresse ci-dessus.`);
  try {
    const child = spawn(command, args, { stdio: 'ignore', detached: true });
    child.on('error', fail);
    child.unref();
  } catch {
    fail();
  }
}

/** The project folder: the nearest parent of this file that holds package.json. */
function findProjectRoot(from: string): string {
  let dir = from;
  for (;;) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) return from;
    dir = parent;
  }
}

async function main(): Promise<void> {
  let args: ServeArgs;
  try {
    args = parseServeArgs(process.argv.slice(2), process.env);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const root = findProjectRoot(path.dirname(fileURLToPath(import.meta.url)));
  const rendererDir = path.join(root, 'dist', 'renderer');
  const slidesDir = path.resolve(args.slidesDir ?? path.join(root, 'slides'));
  if (!existsSync(path.join(rendererDir, 'index.html'))) {
    console.error(`L’interface n’est pas construite (${rendererDir})${NBSP}: lancez «${NBSP}npm run build${NBSP}», ou «${NBSP}npm run serve${NBSP}» qui le fait.`);
    process.exit(1);
  }
  if (!existsSync(slidesDir)) {
    console.error(`Dossier des présentations introuvable${NBSP}: ${slidesDir}`);
    process.exit(1);
  }
  const documentsDir = path.resolve(args.documentsDir ?? defaultDocumentsDir());
  // The presentation state (slide, timers) survives a restart of the browser host.
  const stateDir = path.join(homedir(), '.ctg-diois');
  let server;
  try {
    await mkdir(documentsDir, { recursive: true });
    server = await startServer({ slidesDir, rendererDir, documentsDir, stateDir, port: args.port, host: '127.0.0.1', ...(args.participationAddress ? { participationAddress: args.participationAddress } : {}) });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      console.error(`Le port ${args.port} est déjà utilisé${NBSP}: fermez l’autre programme ou choisissez un autre port (--port ${args.port + 1}).`);
    } else {
      console.error(`Le serveur n’a pas pu démarrer${NBSP}: ${(error as Error).message}`);
    }
    process.exit(1);
  }
  // The key's address, printed once: the server answers nothing else until it is visited.
  console.log(`CTG Diois — version navigateur${NBSP}: ${server.entryUrl}`);
  console.log(`Ouvrez cette adresse dans le navigateur${NBSP}: elle contient la clé de cette séance de travail (une nouvelle à chaque démarrage).`);
  console.log(`Présentations lues et enregistrées dans${NBSP}: ${decksFolderFor(documentsDir)} (livrées${NBSP}: ${slidesDir})`);
  console.log(`Séances enregistrées dans${NBSP}: ${documentsDir}`);
  console.log(`Pour arrêter${NBSP}: Ctrl+C`);
  if (args.open) openInBrowser(server.entryUrl);
  const stop = () => {
    void server.close().finally(() => {
      console.log('Serveur arrêté.');
      process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

// Runs only as the entry point (tests import parseServeArgs without starting anything).
const entry = process.argv[1] ? path.resolve(process.argv[1]) : '';
if (entry === fileURLToPath(import.meta.url)) void main();
