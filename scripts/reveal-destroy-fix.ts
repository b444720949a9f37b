// reveal.js 6 starts a one-second interval when a deck initialises (it resets the wrapper's
// scroll) and never clears it: destroy() leaves it running, and its closure keeps the whole
// destroyed deck alive (its DOM, its controllers). The facilitator view and the room create a
// deck each time the deck changes, so every change leaked one (bench/heap.ts measured it).
// This vite plugin keeps the interval's id and clears it in destroy(). Each edit must match
// exactly once, or the build fails: a reveal.js upgrade that changes the code is looked at.
import type { Plugin } from 'vite';

const TIMER = '__ctgScrollResetTimer';

interface Edit {
  what: string;
  pattern: RegExp;
  replace: string;
}

const EDITS: Edit[] = [
  {
    what: 'the deck closure, to hold the timer id',
    pattern: /(\/\/#region js\/reveal\.js\s*function \w+\(\w+, \w+\) \{)/g,
    replace: `$1\n\tlet ${TIMER};`,
  },
  {
    what: 'the scroll-reset interval',
    pattern: /(function \w+\(\) \{\s*)setInterval\((\(\) => \{\s*\(!\w+\.isActive\(\) && \w+\.wrapper\.scrollTop)/g,
    replace: `$1${TIMER} = setInterval($2`,
  },
  {
    what: 'destroy()',
    pattern: /(function \w+\(\) \{\s*)(\w+ = !1, \w+ !== !1 && \(\w+\(\), \w+\(\), \w+\.destroy\(\))/g,
    replace: `$1clearInterval(${TIMER});\n\t\t$2`,
  },
];

/** reveal.mjs with the interval cleared on destroy(); throws when an edit does not apply exactly once. */
export function fixRevealDestroy(code: string): string {
  let out = code;
  for (const edit of EDITS) {
    const found = out.match(edit.pattern)?.length ?? 0;
    if (found !== 1) throw new Error(`reveal-destroy-fix: ${edit.what} found ${found} times in reveal.mjs (expected once): check the reveal.js version.`);
    out = out.replace(edit.pattern, edit.replace);
  }
  return out;
}

export function revealDestroyFix(): Plugin {
  return {
    name: 'ctg-reveal-destroy-fix',
    enforce: 'pre',
    transform(code, id) {
      if (!/[\\/]reveal\.js[\\/]dist[\\/]reveal\.mjs$/.test(id.split('?')[0]!)) return null;
      return { code: fixRevealDestroy(code), map: null };
    },
  };
}
