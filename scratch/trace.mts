import { launchChromium, startTestServer } from '/work/wt-engine-speed/tests/e2e/helpers/browser.js';
const server = await startTestServer();
const browser = await launchChromium();
const PAINT_PROBE = `(() => {
  const visible = (el) => { const r = el.getBoundingClientRect(); const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && s.display !== 'none' && Number(s.opacity) > 0; };
  const check = () => {
    const el = document.querySelector('.reveal .slides section.present');
    if (el && visible(el)) requestAnimationFrame(() => { window.__firstSlidePainted = performance.now(); });
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
})();`;
for (let i = 0; i < 4; i++) {
  const ctx = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  await ctx.addInitScript(PAINT_PROBE);
  const p = await ctx.newPage();
  await p.goto(server.url + '?deck=petite-enfance');
  await p.waitForFunction(() => typeof (window as any).__firstSlidePainted === 'number');
  await p.waitForTimeout(300);
  const r = await p.evaluate(() => ({
    painted: (window as any).__firstSlidePainted,
    paints: performance.getEntriesByType('paint').map((e) => `${e.name}:${e.startTime.toFixed(0)}`),
    nav: (() => { const n = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming; return `resp ${n.responseStart.toFixed(0)}-${n.responseEnd.toFixed(0)} dcl ${n.domContentLoadedEventStart.toFixed(0)} load ${n.loadEventStart.toFixed(0)}`; })(),
    res: performance.getEntriesByType('resource').map((e) => `${new URL(e.name).pathname.slice(-28)} ${e.startTime.toFixed(0)}-${(e as PerformanceResourceTiming).responseEnd.toFixed(0)}`),
  }));
  console.log(JSON.stringify(r, null, 1));
  await ctx.close();
}
await browser.close(); await server.close();
