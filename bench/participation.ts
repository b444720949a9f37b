// The room's phones under load, all on loopback (127.0.0.2): 200 simulated phones (event
// stream + posts) against the participant server, the presentation hub driving their slide,
// floods from one token and from 100 tokens, and the phone page's first paint on a weak
// link emulated by Chromium. Bounded loops; prints figures beside the targets.
import { mkdtemp, rm } from 'node:fs/promises';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ParticipationStatus } from '../core/participation/api.js';
import { PHONE_ROUTES } from '../core/participation/protocol.js';
import { dispatchHostCall } from '../host/dispatch.js';
import { createHostService } from '../host/host-service.js';
import { PresentationHub } from '../host/presentation/hub.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH, REPO_ROOT, SLIDES_DIR } from '../tests/e2e/helpers/browser.js';
import type { Bench, BenchResult } from './types.js';

const ADDRESS = '127.0.0.2';
const PHONES = Number(process.env.BENCH_PHONES ?? 200);
const MB = 1024 * 1024;

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

interface Phone {
  cookie: string;
  onView: ((view: { slide: { title: string } | null; activity: { id: string } | null }) => void) | null;
  close(): void;
}

export async function run(): Promise<BenchResult> {
  const tmp = await mkdtemp(path.join(tmpdir(), 'ctg-bench-participation-'));
  const service = createHostService({
    slidesDir: SLIDES_DIR,
    documentsDir: tmp,
    standaloneDir: path.join(REPO_ROOT, 'dist', 'standalone'),
    participationAddress: ADDRESS,
    participationPort: 0,
  });
  const hub = await PresentationHub.open();
  service.participation.followPresentation(hub);
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const phones: Phone[] = [];
  try {
    const created = await service.createSession({ template: 'forum-habiter-le-diois', date: '2026-05-16' });
    if (!created.ok) throw new Error(created.message);
    const handle = created.state.handle;
    const deck = await service.loadDeck('logement');
    if (!deck.ok) throw new Error('deck');
    const slides = deck.deck.slides.length;
    hub.apply({ type: 'openDeck', deckId: 'logement', durationMinutes: 30, shape: { slides: deck.deck.slides.map(() => ({ fragments: 0, promptMinutes: [] })) } });

    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    const opened = await service.openParticipation({ session: handle });
    if (!opened.ok || !opened.status.open) throw new Error(opened.ok ? 'fermé' : opened.message);
    const { code } = opened.status;
    const port = service.participation.server!.port;
    const origin = `http://${ADDRESS}:${port}`;

    // Each simulated phone has its own loopback source address, as phones on a Wi‑Fi have theirs
    // (join attempts are limited per address).
    const send = (route: string, body: unknown, cookie = '', localAddress?: string): Promise<{ status: number; cookie: string }> =>
      new Promise((resolve, reject) => {
        const data = JSON.stringify(body);
        const req = request(
          { agent, host: ADDRESS, port, path: route, method: 'POST', ...(localAddress ? { localAddress } : {}), headers: { host: `${ADDRESS}:${port}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(data), ...(cookie ? { cookie } : {}) } },
          (res) => {
            res.resume();
            res.on('end', () => resolve({ status: res.statusCode ?? 0, cookie: String(res.headers['set-cookie'] ?? '').split(';')[0]! }));
          },
        );
        req.on('error', reject);
        req.end(data);
      });

    const openStream = (cookie: string): Promise<Phone> =>
      new Promise((resolve, reject) => {
        const phone: Phone = { cookie, onView: null, close: () => undefined };
        const req = request({ host: ADDRESS, port, path: PHONE_ROUTES.events, headers: { host: `${ADDRESS}:${port}`, cookie } }, (res) => {
          let buffer = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            buffer += chunk;
            let at: number;
            while ((at = buffer.indexOf('\n\n')) >= 0) {
              const block = buffer.slice(0, at);
              buffer = buffer.slice(at + 2);
              if (!block.startsWith('event: vue')) continue;
              phone.onView?.(JSON.parse(block.slice(block.indexOf('data: ') + 6)));
            }
          });
          resolve(phone);
        });
        phone.close = () => req.destroy();
        req.on('error', reject);
        req.end();
      });

    // 200 phones join and keep an event stream open.
    for (let i = 0; i < PHONES; i++) {
      const joined = await send(PHONE_ROUTES.join, { code, name: i % 4 === 0 ? `P${i}` : '' }, '', `127.0.1.${i + 1}`);
      if (joined.status !== 200) throw new Error(`join ${joined.status}`);
      phones.push(await openStream(joined.cookie));
    }

    // Slide change → every phone shows the new slide.
    const slideLatencies: number[] = [];
    for (let round = 0; round < 12; round++) {
      const target = (round + 1) % slides;
      const title = deck.deck.slides[target]!.title;
      const t0 = performance.now();
      const arrived = Promise.all(
        phones.map(
          (p) =>
            new Promise<void>((resolve) => {
              p.onView = (v) => {
                if (v.slide?.title === title) {
                  slideLatencies.push(performance.now() - t0);
                  p.onView = null;
                  resolve();
                }
              };
            }),
        ),
      );
      hub.apply({ type: 'goTo', slide: target });
      await arrived;
      if (round === 0) slideLatencies.length = 0; // the first one reads the deck file
    }

    // Post → the facilitator's queue (the host-side listener the facilitator's view reads).
    const started = await service.participationAction({ type: 'start', spec: { kind: 'contributions', title: 'Que faudrait-il pour mieux se loger ?' } });
    if (!started.ok) throw new Error(started.message);
    const activityId = started.id!;
    const pending = new Map<string, number>();
    const postLatencies: number[] = [];
    const refusedPosts = new Map<number, number>();
    const stop = service.participation.onChange(() => {
      if (pending.size === 0) return;
      void service.getParticipation().then((s) => {
        if (!s.open) return;
        for (const item of s.items) {
          const t0 = pending.get(item.text);
          if (t0 !== undefined) {
            postLatencies.push(performance.now() - t0);
            pending.delete(item.text);
          }
        }
      });
    });
    for (let wave = 0; wave < 4; wave++) {
      await Promise.all(
        phones.slice(wave * 50, wave * 50 + 50).map(async (p, i) => {
          const text = `Idée ${wave}-${i} : un logement passerelle près de la gare`;
          pending.set(text, performance.now());
          const r = await send(PHONE_ROUTES.act, { type: 'submit', activityId, text }, p.cookie);
          if (r.status !== 200) refusedPosts.set(r.status, (refusedPosts.get(r.status) ?? 0) + 1);
        }),
      );
    }
    stop();
    global.gc?.();
    const rssAfter = process.memoryUsage().rss;

    // Floods: one token, then 100 tokens; the facilitator's calls stay quick meanwhile.
    const facilitatorLatencies: number[] = [];
    let flooding = true;
    const probe = (async () => {
      while (flooding) {
        const t0 = performance.now();
        await dispatchHostCall(service, 'getParticipation', []);
        hub.apply({ type: 'next' });
        facilitatorLatencies.push(performance.now() - t0);
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const flood = async (cookies: string[], perToken: number, concurrency: number) => {
      const jobs: string[] = [];
      for (let i = 0; i < perToken; i++) for (const c of cookies) jobs.push(c);
      let accepted = 0;
      let limited = 0;
      let next = 0;
      const t0 = performance.now();
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < jobs.length) {
            const cookie = jobs[next++]!;
            const r = await send(PHONE_ROUTES.act, { type: 'submit', activityId, text: 'spam spam spam' }, cookie);
            if (r.status === 200) accepted++;
            else if (r.status === 429) limited++;
          }
        }),
      );
      return { accepted, limited, seconds: (performance.now() - t0) / 1000 };
    };
    const before = (await service.getParticipation()) as Extract<ParticipationStatus, { open: true }>;
    const itemsBefore = before.items.length;
    const one = await flood([phones[0]!.cookie], 10_000, 32);
    const hundred = await flood(
      phones.slice(100, 200).map((p) => p.cookie),
      1_000,
      48,
    );
    flooding = false;
    await probe;
    const after = (await service.getParticipation()) as Extract<ParticipationStatus, { open: true }>;

    // The phone page on a weak link: 400 ms round trip, 500 kbit/s.
    const firstPaint = await weakLinkFirstPaint(`${origin}/?code=${code}`);

    for (const p of phones) p.close();
    await service.closeParticipation();

    return {
      title: `Participation : ${PHONES} téléphones simulés sur ${ADDRESS}`,
      referenceName: 'objectif (issue 14)',
      targetRatio: 1,
      rows: [
        { label: 'contribution → file de l’animateur, p99', unit: 'ms', app: percentile(postLatencies, 99), reference: 100 },
        { label: `changement de diapositive → ${PHONES} téléphones, p99`, unit: 'ms', app: percentile(slideLatencies, 99), reference: 150 },
        { label: 'appel de l’animateur pendant les assauts, p99', unit: 'ms', app: percentile(facilitatorLatencies, 99), reference: 50 },
        { label: 'mémoire de l’hôte (+ RSS, clients compris)', unit: 'octets', app: Math.max(0, rssAfter - rssBefore), reference: 150 * MB },
        { label: 'premier affichage du téléphone (400 ms, 500 kbit/s)', unit: 'ms', app: firstPaint, reference: 2000 },
      ],
      notes: [
        `${postLatencies.length} contributions mesurées (refus : ${JSON.stringify([...refusedPosts])}), ${slideLatencies.length} arrivées de diapositive.`,
        `10 000 envois d’un seul jeton en ${one.seconds.toFixed(1)} s : ${one.accepted} accepté(s), ${one.limited} refusés (429).`,
        `100 jetons × 1 000 envois en ${hundred.seconds.toFixed(1)} s : ${hundred.accepted} acceptés, ${hundred.limited} refusés (429).`,
        `File de l’animateur : ${itemsBefore} → ${after.items.length} post-its (plafonds par téléphone et pour la salle).`,
      ],
    };
  } finally {
    for (const p of phones) p.close();
    await service.closeAll().catch(() => undefined);
    agent.destroy();
    await rm(tmp, { recursive: true, force: true });
  }
}

async function weakLinkFirstPaint(url: string): Promise<number> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, locale: 'fr-FR' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: (500 * 1000) / 8, uploadThroughput: (500 * 1000) / 8 });
    await page.goto(url, { waitUntil: 'load' });
    await page.getByRole('button', { name: 'Rejoindre' }).waitFor();
    // First contentful paint of the join form (the page's own content, not the blank page).
    return await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
  } finally {
    await browser.close();
  }
}

export const participationBench: Bench = { name: 'participation', run };
