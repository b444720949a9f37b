// Child of bench/server-process.ts: starts the browser host on a free port and prints its
// URL and entry URL (with the key) as one JSON line. Arguments: renderer folder, slides folder.
import { startServer } from '../host/server.js';

const [rendererDir, slidesDir] = process.argv.slice(2);
if (!rendererDir || !slidesDir) throw new Error('usage : server-child.ts <dossier du rendu> <dossier des présentations>');
const server = await startServer({ slidesDir, rendererDir, port: 0 });
process.stdout.write(`${JSON.stringify({ url: server.url, entryUrl: server.entryUrl })}\n`);
process.once('SIGTERM', () => {
  void server.close().then(() => process.exit(0));
});
