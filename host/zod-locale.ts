// zod's own messages (a wrong argument from a page, a damaged session or deck file) in French:
// they can reach a person. Imported for its effect by host/host-service.ts, which both hosts
// (Electron's main process and the browser host) assemble, so it runs before any parsing.
import { config } from 'zod';
import fr from 'zod/v4/locales/fr.js';

config(fr());
