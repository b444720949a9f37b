// Draws the app icon as SVG and renders it with Chromium into assets/icon-512.png and
// assets/icon-256.png (committed; run again only to change the design):
//   node scripts/make-icon.mjs
// The drawing: a projection screen showing the Diois mountains (the Glandasse cliffs) and
// a rising sun, "CTG" beneath, in the app's font.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// Inlined: a page set from a string may not load file:// fonts.
const fontBytes = await readFile(
  path.join(repo, 'node_modules/@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-700-normal.woff2'),
);
const font = `data:font/woff2;base64,${fontBytes.toString('base64')}`;

const svg = `
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#1d4e89"/>
      <stop offset="1" stop-color="#0f2a4a"/>
    </linearGradient>
    <linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#fff4d6"/>
      <stop offset="1" stop-color="#ffd98a"/>
    </linearGradient>
    <clipPath id="screen"><rect x="76" y="72" width="360" height="236" rx="14"/></clipPath>
  </defs>
  <rect x="16" y="16" width="480" height="480" rx="96" fill="url(#bg)"/>
  <rect x="76" y="72" width="360" height="236" rx="14" fill="url(#sky)"/>
  <g clip-path="url(#screen)">
    <circle cx="330" cy="170" r="40" fill="#f29c1f"/>
    <path d="M60 308 L60 236 L130 196 L176 222 L226 158 L250 166 L262 150 L300 214 L330 200 L372 240 L452 208 L452 308 Z" fill="#4c8c5a"/>
    <path d="M60 308 L60 262 L150 232 L220 262 L300 238 L380 270 L452 250 L452 308 Z" fill="#2f6b3d"/>
    <path d="M226 158 L250 166 L262 150 L276 174 L256 178 L240 172 Z" fill="#ffffff" opacity="0.85"/>
  </g>
  <rect x="76" y="72" width="360" height="236" rx="14" fill="none" stroke="#ffffff" stroke-width="10"/>
  <text x="256" y="430" text-anchor="middle" font-family="Atkinson" font-weight="700" font-size="116"
        letter-spacing="6" fill="#ffffff">CTG</text>
</svg>`;

const html = `<!doctype html><html><head><style>
  @font-face { font-family: Atkinson; font-weight: 700; src: url("${font}") format("woff2"); }
  html, body { margin: 0; background: transparent; }
  img, svg { display: block; }
</style></head><body>${svg}</body></html>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
try {
  for (const size of [512, 256]) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(html.replace('width="512" height="512"', `width="${size}" height="${size}"`));
    await page.evaluate(() => document.fonts.ready);
    const loaded = await page.evaluate(() => document.fonts.check('700 116px Atkinson'));
    if (!loaded) throw new Error('Atkinson Hyperlegible did not load: the icon would use a fallback font');
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await writeFile(path.join(repo, 'assets', `icon-${size}.png`), png);
    await page.close();
  }
} finally {
  await browser.close();
}
console.log('assets/icon-512.png, assets/icon-256.png');
