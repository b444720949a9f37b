// The phone page: join with the room's code, then follow the slide and take part in the
// activity under way. Plain TypeScript and DOM (the whole page is a few KB gzipped), French,
// large type, one column that holds at 200 % zoom, and live regions for screen readers.
import { MAX_CONTRIBUTION_CHARS } from '../../../core/participation/sanitize.js';
import { CODE_PARAM, KIOSK_IDLE_MS, KIOSK_PARAM, PHONE_ROUTES, type PhoneActivity, type PhoneView } from '../../../core/participation/protocol.js';
import type { BarChart } from '../../../core/participation/results.js';
import { connect, post } from './connection.js';
import { h, replaceChildren } from './dom.js';

const NB = '\u00a0';
const app = document.getElementById('app')!;
const status = h('p', { class: 'status', role: 'status' });
const notice = h('p', { class: 'notice', role: 'alert' });
const slideBox = h('section', { class: 'slide', 'aria-labelledby': 'slide-title' });
const activityBox = h('section', { class: 'activity', 'aria-labelledby': 'activity-title' });
const who = h('p', { class: 'who' });

let view: PhoneView | null = null;
let clockOffset = 0;
let composeFor = '';
let lastActivityJson = '';
let lastSlideJson = '';
let countdown: HTMLElement | null = null;
/** « Borne »: a shared screen at a stand. Anonymous, and it starts over after a minute idle. */
const kiosk = new URLSearchParams(location.search).get(KIOSK_PARAM) === '1';
let stopConnection: (() => void) | null = null;

function say(message: string): void {
  notice.textContent = message;
}

// ——— join ———

function showJoin(message = ''): void {
  const code = new URLSearchParams(location.search).get(CODE_PARAM) ?? '';
  const codeInput = h('input', { id: 'code', name: 'code', value: code, autocomplete: 'off', autocapitalize: 'characters', spellcheck: 'false', inputmode: 'text', required: true, 'aria-describedby': 'code-aide' }) as HTMLInputElement;
  const nameInput = h('input', { id: 'prenom', name: 'prenom', autocomplete: 'given-name', maxlength: 40 }) as HTMLInputElement;
  const error = h('p', { class: 'notice', role: 'alert' }, message);
  const form = h(
    'form',
    {
      class: 'join',
      onsubmit: (e) => {
        e.preventDefault();
        void (async () => {
          const r = await post(PHONE_ROUTES.join, { code: codeInput.value, name: kiosk ? '' : nameInput.value, fresh: kiosk });
          if (!r.ok) {
            error.textContent = r.message;
            codeInput.focus();
            return;
          }
          start();
        })();
      },
    },
    h('label', { for: 'code' }, 'Code affiché à l’écran'),
    h('p', { id: 'code-aide', class: 'hint' }, 'Six caractères, par exemple 4K7M3P.'),
    codeInput,
    kiosk ? null : h('label', { for: 'prenom' }, 'Votre prénom (facultatif)'),
    kiosk ? null : h('p', { class: 'hint' }, `Sans prénom, vous participez anonymement.`),
    kiosk ? null : nameInput,
    h('button', { type: 'submit', class: 'primary' }, 'Rejoindre'),
    error,
  );
  replaceChildren(app, h('h1', {}, 'Participer à la séance'), form);
  (code && !kiosk ? nameInput : codeInput).focus();
}

// ——— live ———

function start(): void {
  replaceChildren(app, h('h1', {}, 'Participer à la séance'), who, status, notice, slideBox, activityBox);
  status.textContent = 'Connexion…';
  lastActivityJson = lastSlideJson = composeFor = '';
  stopConnection?.();
  stopConnection = connect({
    view(next, receivedAt) {
      clockOffset = next.hostNow - receivedAt;
      view = next;
      render();
    },
    closed() {
      replaceChildren(app, h('h1', {}, 'Participation terminée'), h('p', { role: 'status' }, `L’animateur a fermé la participation. Merci${NB}!`));
    },
    unknown() {
      showJoin('La séance a été rouverte avec un nouveau code\u00a0: rejoignez-la à nouveau.');
    },
    state(connected) {
      status.textContent = connected ? '' : `Connexion perdue${NB}: nouvelle tentative…`;
      status.className = connected ? 'status' : 'status offline';
    },
  });
}

function render(): void {
  if (!view) return;
  who.textContent = view.name ? `Vous participez en tant que ${view.name}.` : `Vous participez anonymement (${view.participant}).`;
  const slideJson = JSON.stringify(view.slide);
  if (slideJson !== lastSlideJson) {
    lastSlideJson = slideJson;
    const s = view.slide;
    replaceChildren(
      slideBox,
      h('h2', { id: 'slide-title', class: 'eyebrow' }, 'À l’écran'),
      s ? h('p', { class: 'slide-title' }, s.title || 'Diapositive sans titre') : h('p', {}, 'Rien n’est projeté pour le moment.'),
      ...(s ? s.lines.map((line) => h('p', { class: 'slide-line' }, line)) : []),
    );
  }
  const a = view.activity;
  const json = JSON.stringify(a);
  if (json === lastActivityJson) return;
  lastActivityJson = json;
  if (!a) {
    composeFor = '';
    countdown = null;
    replaceChildren(activityBox, h('h2', { id: 'activity-title' }, 'Pas de question en cours'), h('p', {}, 'Regardez l’écran\u00a0: l’animateur vous dira quand participer.'));
    return;
  }
  renderActivity(a);
}

function remainingText(a: PhoneActivity): string {
  if (a.closed) return `Cette question est close${NB}: merci pour vos réponses.`;
  if (a.endsAt === null) return '';
  const ms = a.endsAt - (Date.now() + clockOffset);
  if (ms <= 0) return `Cette question est close${NB}: merci pour vos réponses.`;
  const s = Math.ceil(ms / 1000);
  return `Temps restant${NB}: ${Math.floor(s / 60)}${NB}min ${String(s % 60).padStart(2, '0')}${NB}s`;
}

function isOpen(a: PhoneActivity): boolean {
  return !a.closed && (a.endsAt === null || a.endsAt > Date.now() + clockOffset);
}

function renderActivity(a: PhoneActivity): void {
  countdown = h('p', { class: 'countdown', 'data-activity': a.id }, remainingText(a));
  const parts: Node[] = [h('h2', { id: 'activity-title' }, a.title)];
  if (a.instruction) parts.push(h('p', { class: 'instruction' }, a.instruction));
  parts.push(countdown);
  if (a.kind === 'contributions' || a.kind === 'questions') parts.push(...writing(a));
  else if (a.kind === 'dots') parts.push(...dots(a));
  else parts.push(...poll(a));
  if (a.results) parts.push(results(a.results));
  // Keep the text being typed (and its focus) when a view arrives.
  const keep = composeFor === a.id ? activityBox.querySelector('form.compose') : null;
  replaceChildren(activityBox, ...parts.map((p) => (keep && p instanceof HTMLElement && p.matches('form.compose') ? keep : p)));
  composeFor = a.id;
}

function compose(a: PhoneActivity): HTMLElement {
  const question = a.kind === 'questions';
  const area = h('textarea', { id: 'texte', rows: 4, 'aria-describedby': 'compteur' }) as HTMLTextAreaElement;
  const counter = h('p', { id: 'compteur', class: 'counter', 'aria-live': 'polite' }, `0 / ${MAX_CONTRIBUTION_CHARS}`);
  const send = h('button', { type: 'submit', class: 'primary' }, question ? 'Poser la question' : 'Envoyer') as HTMLButtonElement;
  area.addEventListener('input', () => {
    const n = [...area.value].length;
    counter.textContent = n > MAX_CONTRIBUTION_CHARS ? `${n} / ${MAX_CONTRIBUTION_CHARS} — trop long de ${n - MAX_CONTRIBUTION_CHARS}` : `${n} / ${MAX_CONTRIBUTION_CHARS}`;
    counter.className = n > MAX_CONTRIBUTION_CHARS ? 'counter over' : 'counter';
  });
  return h(
    'form',
    {
      class: 'compose',
      onsubmit: (e) => {
        e.preventDefault();
        const current = view?.activity;
        if (!current || !isOpen(current)) return say(`Cette question est close${NB}.`);
        send.disabled = true;
        void post(PHONE_ROUTES.act, { type: 'submit', activityId: current.id, text: area.value }).then((r) => {
          send.disabled = false;
          if (!r.ok) return say(r.message);
          area.value = '';
          area.dispatchEvent(new Event('input'));
          say(question ? 'Question envoyée.' : `Merci${NB}! Votre contribution est envoyée.`);
        });
      },
    },
    h('label', { for: 'texte' }, question ? 'Votre question' : 'Votre idée'),
    area,
    counter,
    send,
  );
}

const STATUS_TEXT: Record<string, string> = {
  'en attente': 'en attente de relecture',
  approuvée: 'au mur',
  masquée: 'non affichée',
  refusée: 'non retenue',
  fusionnée: 'regroupée avec une idée proche',
};

function writing(a: PhoneActivity): Node[] {
  const nodes: Node[] = [];
  if (isOpen(a)) nodes.push(compose(a));
  if (a.mine.length) {
    nodes.push(
      h('h3', {}, a.kind === 'questions' ? 'Vos questions' : 'Vos contributions'),
      h('ul', { class: 'mine' }, ...a.mine.map((item) => mineItem(item))),
    );
  }
  if (a.kind === 'questions' && a.wall.length) {
    nodes.push(
      h('h3', {}, 'Questions de la salle'),
      h(
        'ul',
        { class: 'wall' },
        ...a.wall.map((q) =>
          h(
            'li',
            {},
            h('p', {}, q.text),
            h(
              'button',
              { type: 'button', 'aria-pressed': q.upvoted ? 'true' : 'false', disabled: !isOpen(a), onclick: () => void act({ type: 'upvote', itemId: q.id }) },
              `${q.upvoted ? 'Soutenue' : 'Soutenir'} (${q.upvotes})`,
            ),
          ),
        ),
      ),
    );
  }
  return nodes;
}

function mineItem(item: PhoneActivity['mine'][number]): HTMLElement {
  const li = h('li', {}, h('p', {}, item.text), h('p', { class: 'hint' }, STATUS_TEXT[item.status] ?? item.status));
  if (item.status === 'en attente') {
    li.append(
      h('button', { type: 'button', onclick: () => editItem(li, item) }, 'Modifier'),
      h('button', { type: 'button', onclick: () => void act({ type: 'withdraw', itemId: item.id }, 'Contribution retirée.') }, 'Retirer'),
    );
  }
  return li;
}

function editItem(li: HTMLElement, item: { id: string; text: string }): void {
  const area = h('textarea', { rows: 3, 'aria-label': 'Texte modifié' }) as HTMLTextAreaElement;
  area.value = item.text;
  replaceChildren(
    li,
    area,
    h('button', { type: 'button', class: 'primary', onclick: () => void act({ type: 'edit', itemId: item.id, text: area.value }, 'Modification enregistrée.') }, 'Enregistrer'),
    h('button', { type: 'button', onclick: () => { lastActivityJson = ''; render(); } }, 'Annuler'),
  );
  area.focus();
}

function dots(a: PhoneActivity): Node[] {
  const mine = a.myDots ?? {};
  const used = Object.values(mine).reduce((s, n) => s + n, 0);
  const total = a.dotsPerPhone ?? 0;
  const open = isOpen(a);
  return [
    h('p', { class: 'dots-left', role: 'status' }, `Gommettes restantes${NB}: ${total - used} sur ${total}`),
    h(
      'ul',
      { class: 'wall' },
      ...a.wall.map((item) => {
        const n = mine[item.id] ?? 0;
        return h(
          'li',
          {},
          h('p', {}, item.text),
          h(
            'div',
            { class: 'stepper' },
            h('button', { type: 'button', disabled: !open || n === 0, 'aria-label': `Retirer une gommette de «${NB}${item.text}${NB}»`, onclick: () => void act({ type: 'dots', itemId: item.id, count: n - 1 }) }, '−'),
            h('span', { class: 'dot-count' }, `${n} gommette${n > 1 ? 's' : ''}`),
            h('button', { type: 'button', disabled: !open || used >= total, 'aria-label': `Ajouter une gommette à «${NB}${item.text}${NB}»`, onclick: () => void act({ type: 'dots', itemId: item.id, count: n + 1 }) }, '+'),
          ),
        );
      }),
    ),
  ];
}

function poll(a: PhoneActivity): Node[] {
  const multiple = a.mode === 'multiple';
  const chosen = new Set(a.myAnswer ?? []);
  const open = isOpen(a);
  const inputs = (a.options ?? []).map((label, i) => {
    const input = h('input', { type: multiple ? 'checkbox' : 'radio', name: 'choix', id: `choix-${i}`, value: i, checked: chosen.has(i), disabled: !open }) as HTMLInputElement;
    return { input, node: h('div', { class: 'choice' }, input, h('label', { for: `choix-${i}` }, a.mode === 'scale' ? `${label}${label === '1' ? ' (pas du tout)' : label === '5' ? ' (tout à fait)' : ''}` : label)) };
  });
  const form = h(
    'form',
    {
      class: 'poll',
      onsubmit: (e) => {
        e.preventDefault();
        const choices = inputs.flatMap((x, i) => (x.input.checked ? [i] : []));
        if (choices.length === 0) return say('Choisissez une réponse.');
        void act({ type: 'answer', choices }, 'Réponse enregistrée. Vous pouvez la changer tant que le sondage est ouvert.');
      },
    },
    h('fieldset', {}, h('legend', {}, multiple ? 'Plusieurs réponses possibles' : a.mode === 'scale' ? 'De 1 (pas du tout) à 5 (tout à fait)' : 'Une seule réponse'), ...inputs.map((x) => x.node)),
    open ? h('button', { type: 'submit', class: 'primary' }, chosen.size ? 'Changer ma réponse' : 'Valider ma réponse') : null,
  );
  const nodes: Node[] = [form];
  if (chosen.size) nodes.push(h('p', { class: 'hint' }, 'Votre réponse est enregistrée. Les résultats s’affichent quand l’animateur les montre.'));
  return nodes;
}

function results(chart: BarChart): HTMLElement {
  return h(
    'div',
    { class: 'results' },
    h('h3', {}, 'Résultats'),
    h(
      'ul',
      {},
      ...chart.bars.map((b) =>
        h('li', {}, h('span', {}, `${b.label}${NB}: ${b.count} (${b.percent}${NB}%)`), h('progress', { max: 100, value: Math.round(b.ratio * 100), 'aria-hidden': 'true' })),
      ),
    ),
    chart.mean !== undefined ? h('p', {}, `Moyenne${NB}: ${String(chart.mean).replace('.', ',')} sur 5`) : null,
  );
}

async function act(body: unknown, done?: string): Promise<void> {
  const r = await post(PHONE_ROUTES.act, body);
  if (!r.ok) {
    if (r.status === 401) return showJoin('Rejoignez à nouveau la séance.');
    return say(r.message);
  }
  if (done) say(done);
}

window.setInterval(() => {
  const a = view?.activity;
  if (countdown && a && countdown.dataset.activity === a.id) {
    const text = remainingText(a);
    if (countdown.textContent !== text) {
      const wasOpen = !countdown.textContent?.startsWith('Cette');
      countdown.textContent = text;
      // The close is announced once; the seconds are not (they would drown a screen reader).
      if (wasOpen && !isOpen(a)) {
        say(`Cette question est close${NB}: merci pour vos réponses.`);
        lastActivityJson = '';
        render();
      }
    }
  }
}, 1000);

// The kiosk starts over for the next person: a new anonymous token, nothing typed kept.
if (kiosk) {
  document.documentElement.classList.add('kiosk');
  let idle = 0;
  let used = false;
  const touch = () => {
    idle = Date.now();
    used = true;
  };
  for (const name of ['pointerdown', 'keydown', 'input', 'scroll']) document.addEventListener(name, touch, { passive: true, capture: true });
  window.setInterval(() => {
    // Only after someone used it: an untouched kiosk keeps its place in the room.
    if (!used || Date.now() - idle < KIOSK_IDLE_MS || !view) return;
    used = false;
    const code = new URLSearchParams(location.search).get(CODE_PARAM) ?? '';
    void post(PHONE_ROUTES.join, { code, fresh: true }).then((r) => {
      view = null;
      say('');
      if (r.ok) start();
      else showJoin();
    });
  }, 5_000);
}

// A phone that already joined this opening goes straight to the live view.
void fetch(PHONE_ROUTES.events, { headers: { accept: 'text/event-stream' } })
  .then((r) => {
    r.body?.cancel().catch(() => undefined);
    if (r.status === 200) start();
    else showJoin();
  })
  .catch(() => showJoin());
