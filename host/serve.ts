// `npm run serve`: the browser host, for machines where Electron cannot run. Serves the
// built renderer and the decks on http://127.0.0.1:<port>/ (loopback only).
// Bundled to dist/host/serve.mjs: folders are found from this file, not the working dir.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './server.js';
import { decksFolderFor } from './authoring/deck-folder.js';

export const DEFAULT_PORT = 4310;
const NBSP = '\u00a0';

export interface ServeArgs {
  port: number;
  slidesDir?: string;
  documentsDir?: string;
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
    else throw new Error(`Option inconnue${NBSP}: ${arg} (options${NBSP}: --port <numéro>, --slides <dossier>, --documents <dossier>).`);
  }
  const n = port === undefined || port === '' ? DEFAULT_PORT : Number(port);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new Error(`Numéro de port invalide${NBSP}: ${port}.`);
  return { port: n, ...(slidesDir ? { slidesDir } : {}), ...(documentsDir ? { documentsDir } : {}) };
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
    server = await startServer({ slidesDir, rendererDir, documentsDir, stateDir, port: args.port, host: '127.0.0.1' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      console.error(`Le port ${args.port} est déjà utilisé${NBSP}: fermez l’autre programme ou choisissez un autre port (--port ${args.port + 1}).`);
    } else {
      console.error(`Le serveur n’a pas pu démarrer${NBSP}: ${(error as Error).message}`);
    }
    process.exit(1);
  }
  console.log(`CTG Diois — version navigateur${NBSP}: ${server.url}`);
  console.log(`Présentations lues et enregistrées dans${NBSP}: ${decksFolderFor(documentsDir)} (livrées${NBSP}: ${slidesDir})`);
  console.log(`Séances enregistrées dans${NBSP}: ${documentsDir}`);
  console.log(`Pour arrêter${NBSP}: Ctrl+C`);
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
