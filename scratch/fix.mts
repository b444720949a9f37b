import { readFileSync } from 'node:fs';
import { fixRevealDestroy } from '/work/wt-engine-speed/scripts/reveal-destroy-fix.js';
const out = fixRevealDestroy(readFileSync('/work/wt-engine-speed/node_modules/reveal.js/dist/reveal.mjs', 'utf8'));
for (const l of out.split('\n')) if (l.includes('__ctg')) console.log(l.slice(0, 160));
