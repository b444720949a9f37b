// Nothing unsourced reaches the room: every number on the audience slides, diagrams, prompts and
// sigles key is in the source; diagram labels are words of their page (or marked for review);
// no diagram title shows a cut word; the diagrams read across pages pair as pages 1, 2 and 10 say;
// votes advise the signatories; the renewal of the convention is not presumed; notes keep the
// source's questions; one spelling per term; the glossary uses the decks' typography.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { promptTexts, slideAudienceText, slideNotesText } from '../../core/deck/plain-text.js';
import type { Deck } from '../../core/deck/model.js';
import { parseGlossary } from '../../core/glossary/parse-glossary.js';
import { cutLabels, diagramLabels, numbersNotInSource, sourcePages, unsourcedLabels } from '../../scripts/content-audit.js';
import { ROOT, SOURCE_FILE, SOURCE_README, loadDecks } from './content-load.js';

const source = readFileSync(SOURCE_FILE, 'utf8');
const pages = sourcePages(source, readFileSync(SOURCE_README, 'utf8'));
const decks = loadDecks();
const glossaryText = readFileSync(join(ROOT, 'slides', 'glossaire.yaml'), 'utf8');
const glossary = (() => {
  const r = parseGlossary(glossaryText);
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.glossary;
})();
const sigles = new Set(glossary.entries.map((e) => e.sigle));
const deck = (id: string): Deck => decks.find((d) => d.meta.id === id)!;
const prompts = (d: Deck) => d.slides.flatMap((s) => s.prompts);
/** Every text a person reads or hears from the deck file: audience, notes, prompts, diagrams. */
const everyText = (d: Deck) => [
  ...d.slides.flatMap((s) => [...slideAudienceText(s), ...slideNotesText(s), ...s.prompts.flatMap(promptTexts)]),
  ...diagramLabels(d).map((l) => l.text),
];

describe('the source, as the checks read it', () => {
  it('has ten pages, one per deck', () => {
    expect(pages).toHaveLength(10);
    expect(pages[2]).toMatch(/^Thématique pEtite/);
    expect(pages[3]).toMatch(/La Motte-Chalancon/);
    expect(pages[9]).toMatch(/En guise de conclusion/);
  });
});

describe('every number shown to the room is in the source', () => {
  it.each(decks.map((d) => [d.file, d] as const))('%s: slides, diagrams and prompts', (_file, d) => {
    const found: string[] = [];
    for (const slide of d.slides) {
      for (const text of [...slideAudienceText(slide), ...slide.prompts.map((p) => p.question)]) {
        for (const n of numbersNotInSource(text, source)) found.push(`ligne ${slide.line}\u00a0: ${n} («\u00a0${text.slice(0, 60)}…\u00a0»)`);
      }
      for (const p of slide.prompts) for (const n of numbersNotInSource(p.instruction, source, { consigne: true })) found.push(`ligne ${p.line}\u00a0: ${n}`);
    }
    for (const label of diagramLabels(d)) for (const n of numbersNotInSource(label.text, source)) found.push(`schéma ligne ${label.line}\u00a0: ${n}`);
    expect(found).toEqual([]);
  });

  it('the sigles key: no duration, count or figure the source does not give', () => {
    const found = glossary.entries.flatMap((e) => numbersNotInSource(`${e.forme} ${e.explication}`, source).map((n) => `${e.sigle}\u00a0: ${n}`));
    expect(found).toEqual([]);
  });

  it('catches a figure the source does not give (the check can fail)', () => {
    expect(numbersNotInSource('Intercommunalité de 12\u00a0000 habitants', source)).toEqual(['12\u00a0000']);
    expect(numbersNotInSource('Contrat de cinq ans', source)).toEqual(['cinq']);
    expect(numbersNotInSource('Après 15 minutes, changez de table', source, { consigne: true })).toEqual([]);
    expect(numbersNotInSource('les 11-14 ans, en 2019', source)).toEqual([]);
  });
});

describe('diagram labels', () => {
  it.each(decks.map((d, i) => [d.file, d, i] as const))('%s: every label is words of its page, or marked « [à vérifier] »', (_file, d, i) => {
    expect(unsourcedLabels(d, pages[i]!, sigles).map((l) => `ligne ${l.line}\u00a0: «\u00a0${l.text}\u00a0»`)).toEqual([]);
  });

  it('flags an invented centre (the check can fail)', () => {
    const invented = structuredClone(deck('jeunesse'));
    const block = invented.slides.flatMap((s) => s.blocks).find((b) => b.type === 'diagram')!;
    (block as { data: { centre: string } }).data.centre = 'Politique jeunesse';
    expect(unsourcedLabels(invented, pages[4]!, sigles).map((l) => l.text)).toContain('Politique jeunesse');
  });

  it('no title shows a cut word (no ellipsis at a title’s ends, no label starting with one)', () => {
    expect(decks.flatMap((d) => cutLabels(d).map((l) => `${d.file} ligne ${l.line}\u00a0: ${l.text}`))).toEqual([]);
  });

  it('a carte’s centre is its page’s title, not an invented « Politique … »', () => {
    for (const d of decks) {
      for (const label of diagramLabels(d).filter((l) => l.title && /^Politique /.test(l.text))) throw new Error(`${d.file}: ${label.text}`);
    }
  });

  it('the « territoire moléculaire » diagram says on its slide that it illustrates the text', () => {
    const slide = deck('lecture-generale').slides.find((s) => s.blocks.some((b) => b.type === 'diagram' && b.kind === 'territoire'));
    if (slide) expect(slide.title).toMatch(/illustration/i);
  });
});

describe('diagrams read across pages 1, 2 and 10', () => {
  /** The couches diagram's principles, name → role. */
  const roles = (id: string): Map<string, string> => {
    const block = deck(id).slides.flatMap((s) => s.blocks).find((b) => b.type === 'diagram' && b.kind === 'couches') as { data: { niveaux: Array<{ principes?: Array<{ nom: string; role?: string }> }> } };
    return new Map(block.data.niveaux.flatMap((n) => n.principes ?? []).map((p) => [p.nom, p.role ?? '']));
  };

  it('deck 02 pairs each Diois term with its principle as page 10 places their page-1 sentences', () => {
    const diois = roles('dynamique-generale');
    expect(diois.get('HARMONISATION')).toMatch(/^Fédérer autour d’ambitions communes/);
    expect(diois.get('ÉMERGENCE')).toMatch(/structuration de la société civile/);
    expect(diois.get('RELAIS')).toMatch(/^Veille sociale et écoute des habitants/);
    expect(diois.get('UTILITÉ SOCIALE')).toMatch(/adaptation de l’action sociale/);
    expect(diois.get('UTILITÉ SOCIALE')).toMatch(/déployer l’offre en proximité/);
  });

  it('deck 10: each role carries the page-1 sentence of one principle; both poles carry their text', () => {
    const model = [...roles('lecture-generale').values()];
    const block = deck('conclusion').slides.flatMap((s) => s.blocks).find((b) => b.type === 'diagram' && b.kind === 'conclusion') as {
      data: { haut: { texte?: string | string[] }; bas: { texte?: string | string[] }; roles: Array<{ texte?: string | string[] }> };
    };
    for (const role of block.data.roles) for (const t of [role.texte ?? []].flat()) expect(model, t).toContain(t);
    const bas = [block.data.bas.texte ?? []].flat();
    expect(bas).toContain('Une capacité à adapter l’offre et à l’ajuster au plus proche des besoins locaux');
    expect(bas).toContain('Une offre adaptée aux besoins');
    const haut = [block.data.haut.texte ?? []].flat();
    expect(haut[0]).toBe(roles('lecture-generale').get('INTÉRÊT GÉNÉRAL'));
  });
});

describe('a room advises, the signatories decide', () => {
  it('every vote ranks what an earlier workshop of its deck gathered', () => {
    for (const d of decks) {
      const list = prompts(d);
      list.forEach((p, i) => {
        if (p.method !== 'vote à gommettes') return;
        expect(list.slice(0, i).some((q) => q.method !== 'vote à gommettes'), `${d.file} ligne ${p.line}`).toBe(true);
        // It ranks what the room put on the wall, and says so: « Parmi ces propositions… ».
        expect(p.question, `${d.file} ligne ${p.line}`).toMatch(/^Parmi /);
      });
    }
  });

  it('votes are worded as the room’s advice, never as a decision', () => {
    for (const d of decks) {
      for (const p of prompts(d).filter((q) => q.method === 'vote à gommettes')) {
        expect(`${p.question} ${p.instruction}`, `${d.file} ligne ${p.line}`).not.toMatch(/\bretenir\b|\bdécid|\bchoisir\b/i);
      }
    }
    const conclusionVote = prompts(deck('conclusion')).find((p) => p.method === 'vote à gommettes')!;
    expect(`${conclusionVote.question} ${conclusionVote.instruction}`).toMatch(/signataires/);
    const notes = deck('conclusion').slides.flatMap(slideNotesText).join(' ');
    expect(notes).not.toMatch(/classement pour le relevé de décisions/);
  });

  it('the renewal of the convention is not presumed', () => {
    for (const d of decks) for (const t of everyText(d)) expect(t, d.file).not.toMatch(/prochaine (convention|CTG)|nouvelle convention|suite de la CTG/i);
  });
});

describe('notes stay with the source', () => {
  it('do not turn what the page weighs or asks into a claim', () => {
    const notes = decks.flatMap((d) => d.slides.flatMap(slideNotesText).map((t) => ({ file: d.file, t })));
    for (const { file, t } of notes) {
      expect(t, file).not.toMatch(/plutôt qu’un centre unique|ce qui améliore la qualité/);
      // The page asks these as questions: a note that names them says so.
      for (const asked of [/guichet unique/, /futur CIAS/i, /bailleurs privés/, /avec les EAJE/]) {
        for (const sentence of t.split(/(?<=[.;])\s/)) if (asked.test(sentence) && !/ateliers?|pistes/.test(sentence)) expect(sentence, file).toMatch(/\?|question/);
      }
    }
  });

  it('background knowledge is marked « À savoir »', () => {
    const notes = decks.flatMap((d) => d.slides.flatMap(slideNotesText));
    for (const t of notes.filter((n) => /assistant maternel|capacité des personnes à agir|fréquente déjà une structure/.test(n))) expect(t).toMatch(/^À savoir\u00a0:/);
  });
});

describe('consistent French', () => {
  const all = () => [...decks.flatMap((d) => everyText(d).map((t) => ({ where: d.file, t }))), ...glossary.entries.map((e) => ({ where: `glossaire ${e.sigle}`, t: `${e.forme} ${e.explication}` }))];

  it('one spelling per term: « petite enfance », « tiers-lieux »', () => {
    for (const { where, t } of all()) expect(t, where).not.toMatch(/petite-enfance|Tiers[- ]Lieux|tiers lieux/);
  });

  it('the glossary uses the decks’ typography: no-break space before ; : ? ! and inside « »', () => {
    for (const { where, t } of all().filter((x) => x.where.startsWith('glossaire'))) expect(t, where).not.toMatch(/ [:;?!]|«(?![\u00a0\u202f])|(?<![\u00a0\u202f])»/);
  });

  it('no audience paragraph starts mid-sentence (findings and conclusions split at sentence ends)', () => {
    for (const d of decks) for (const s of d.slides) for (const t of slideAudienceText(s)) expect(t, `${d.file} ligne ${s.line}`).not.toMatch(/^(…|\.\.\.)/);
  });
});
