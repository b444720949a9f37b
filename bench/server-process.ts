// Runs a browser host in its own Node process, as `npm run serve` and Electron do, so that
// the benchmark's own work (Playwright driving Chromium over its protocol, in this process)
// does not delay the host's answers and get counted as the app's time.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { registerAppEntry, unregisterAppEntry } from '../tests/e2e/helpers/browser.js';

export interface ServerProcess {
  url: string;
  close(): Promise<void>;
}

const CHILD = fileURLToPath(new URL('./server-child.ts', import.meta.url));

export async function startServerProcess(options: { slidesDir: string; rendererDir: string }): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, options.rendererDir, options.slidesDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = once(child, 'exit');
  const lines = createInterface({ input: child.stdout! });
  const { url, entryUrl } = await new Promise<{ url: string; entryUrl: string }>((resolve, reject) => {
    lines.once('line', (line) => {
      try {
        resolve(JSON.parse(line) as { url: string; entryUrl: string });
      } catch {
        reject(new Error(`hôte de banc d’essai : réponse inattendue « ${line} »`));
      }
    });
    child.once('exit', (code) => reject(new Error(`l’hôte de banc d’essai s’est arrêté (code ${code})`)));
  });
  // Browser contexts of the bench enter through the key's address, as a user does.
  await registerAppEntry(entryUrl);
  return {
    url,
    async close() {
      // Later contexts must not try to enter a host that is gone.
      unregisterAppEntry(entryUrl);
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
