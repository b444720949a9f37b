import { launchChromium, startTestServer } from '/work/wt-engine-speed/tests/e2e/helpers/browser.js';
const server = await startTestServer();
const browser = await launchChromium();
for (const [w, h] of [[1920, 1080], [1280, 720], [1366, 768]]) {
  for (const deck of ['petite-enfance', process.argv[2] ?? 'logement']) {
    const ctx1 = await browser.newContext({ viewport: { width: w, height: h }, javaScriptEnabled: false });
    const p1 = await ctx1.newPage();
    await p1.goto(server.url + '?deck=' + deck);
    await p1.evaluate(() => document.fonts.ready).catch(() => {});
    await p1.waitForTimeout(300);
    const a = await p1.screenshot({ path: `scratch/${deck}-${w}-boot.png` });
    await ctx1.close();
    const ctx2 = await browser.newContext({ viewport: { width: w, height: h } });
    const p2 = await ctx2.newPage();
    await p2.goto(server.url + '?deck=' + deck);
    await p2.waitForSelector('main[data-ready="true"]');
    await p2.waitForTimeout(600);
    const left = await p2.evaluate(() => !!document.getElementById('first-slide'));
    const b = await p2.screenshot({ path: `scratch/${deck}-${w}-ready.png` });
    await ctx2.close();
    console.log(deck, w, h, 'identical bytes:', a.equals(b), 'boot left:', left);
  }
}
await browser.close(); await server.close();
