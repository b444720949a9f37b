import { launchChromium, SLIDES_DIR, startTestServer } from '/work/wt-engine-speed/tests/e2e/helpers/browser.js';
import { listDecks } from '/work/wt-engine-speed/host/deck-store.js';
import { printQuery } from '/work/wt-engine-speed/core/export/print-query.js';
import { printPageCount } from '/work/wt-engine-speed/core/export/pages.js';
const PDF = { preferCSSPageSize: true, printBackground: true } as const;
const sums = (await listDecks(SLIDES_DIR)).filter((s) => s.ok) as any[];
const ids = sums.map((s) => s.meta.id);
const server = await startTestServer();
const browser = await launchChromium();
const variant = (process.argv[2] ?? 'slides') as any;
async function open(deckIds: string[]) {
  const page = await browser.newPage();
  await page.goto(new URL(printQuery({ deckIds, variant, toolbar: false }), server.url).href);
  await page.waitForSelector('body[data-print-ready="true"]', { timeout: 60_000 });
  return page;
}
let t = performance.now();
{ const p = await open(ids.slice(0,1)); await p.pdf(PDF); await p.close(); }
console.log('warm', (performance.now() - t).toFixed(0));
t = performance.now();
const page = await open(ids);
console.log('B load all', (performance.now() - t).toFixed(0));
let t2 = performance.now();
const all = await page.pdf(PDF);
console.log('B one pdf', (performance.now() - t2).toFixed(0), all.length);
t2 = performance.now();
let first = 1;
for (const s of sums) {
  const n = printPageCount([s.slideCount], variant);
  await page.pdf({ ...PDF, pageRanges: `${first}-${first + n - 1}` });
  first += n;
}
console.log('C ranges', (performance.now() - t2).toFixed(0));
t2 = performance.now();
first = 0;
for (const s of sums) {
  const n = printPageCount([s.slideCount], variant);
  await page.evaluate(([a, b]) => { const els = document.querySelectorAll<HTMLElement>('.print-pages > *'); els.forEach((el, i) => { el.style.display = i >= a && i < b ? '' : 'none'; }); }, [first, first + n]);
  await page.pdf(PDF);
  first += n;
}
console.log('D hide others', (performance.now() - t2).toFixed(0));
const sections = await page.$$eval('.print-pages > *', (els) => els.length);
console.log('children of print-pages', sections);
await browser.close(); await server.close();
