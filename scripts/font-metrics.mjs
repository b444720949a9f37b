// Generates core/diagram/font-metrics.json: the advance width of every character of the bundled
// font (Atkinson Hyperlegible, regular and bold), so that core/ can measure and wrap diagram text
// without a DOM, with the same widths the browser will use.
// Run: node scripts/font-metrics.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import opentype from 'opentype.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const filesDir = join(root, 'node_modules/@fontsource/atkinson-hyperlegible/files');
const out = join(root, 'core/diagram/font-metrics.json');

function load(file) {
  const buf = readFileSync(join(filesDir, file));
  return opentype.parse(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
}

/** Advance widths (font units) of every mapped character, latin subset first, then latin-ext. */
function widthsFor(weight) {
  const widths = {};
  let unitsPerEm = 0;
  let ascender = 0;
  let descender = 0;
  for (const subset of ['latin', 'latin-ext']) {
    const font = load(`atkinson-hyperlegible-${subset}-${weight}-normal.woff`);
    unitsPerEm = font.unitsPerEm;
    ascender = font.ascender;
    descender = font.descender;
    const cmap = font.tables.cmap.glyphIndexMap;
    const codes = Object.keys(cmap).map(Number).sort((a, b) => a - b);
    for (const code of codes) {
      const ch = String.fromCodePoint(code);
      if (ch in widths) continue;
      const glyph = font.glyphs.get(cmap[code]);
      if (glyph.advanceWidth === undefined) continue;
      widths[ch] = Math.round(glyph.advanceWidth);
    }
  }
  return { unitsPerEm, ascender, descender, widths };
}

const regular = widthsFor(400);
const bold = widthsFor(700);
// Fallback for a character the font lacks (the browser then uses another font): the widest
// common letter, so that measurement errs on the side of more room.
const fallback = (w) => Math.max(w['M'], w['W'], w['m'], w['w']);
const json = {
  font: 'Atkinson Hyperlegible',
  source: '@fontsource/atkinson-hyperlegible (latin + latin-ext WOFF)',
  unitsPerEm: regular.unitsPerEm,
  ascender: regular.ascender,
  descender: regular.descender,
  weights: {
    400: { fallback: fallback(regular.widths), widths: regular.widths },
    700: { fallback: fallback(bold.widths), widths: bold.widths },
  },
};
writeFileSync(out, JSON.stringify(json) + '\n');
console.log(`font-metrics: ${Object.keys(regular.widths).length} + ${Object.keys(bold.widths).length} characters, ${regular.unitsPerEm} units per em → ${out}`);
