import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block, DeckLoadResult } from './model.js';
import { MAX_DECK_BYTES, deckSummary, parseDeck, type DiagramValidator } from './parse-deck.js';
import { promptTexts, slideAudienceText, slideNotesText } from './plain-text.js';

const HEADER = ['---', 'id: petite-enfance', 'titre: Thématique petite enfance', 'thematique: Petite enfance', 'ordre: 3', 'duree: 20', '---'];

function lines(...parts: string[]): string {
  return parts.join('\n');
}

/** Messages use no-break spaces (French typography); the patterns below are written with plain ones. */
function spaces(message: string): string {
  return message.replace(/[\u00a0\u202f]/g, ' ');
}

function okDeck(result: DeckLoadResult) {
  if (!result.ok) throw new Error(`expected a deck, got: ${JSON.stringify(result.errors, null, 1)}`);
  return result.deck;
}

const FULL_DECK = lines(
  '---', // 1
  'id: petite-enfance',
  'titre: Thématique petite enfance : bilan', // 3 (French colon, unquoted)
  'thématique: Petite enfance', // accents tolerated in field names
  'ordre: 3',
  'durée: 20 min',
  'sous-titre: Évaluation de la CTG du Diois',
  '---', // 8
  '',
  '# Thématique petite enfance', // 10
  '',
  'Évaluation de la **Convention** *Territoriale* Globale [à vérifier]', // 12
  '',
  '::: notes', // 14
  'Saluer la salle, rappeler le **calendrier**.',
  '',
  'Deuxième paragraphe [A verifier].', // 17
  ':::',
  '',
  '---', // 20
  '',
  '## Une coordination très structurée', // 22
  '',
  '* première idée', // 24
  '* deuxième **forte**',
  '',
  '- tout',
  '- ensemble',
  '',
  '1. un',
  '2. deux',
  '',
  '> Une citation', // 33
  '> sur deux lignes',
  '',
  '<!-- une remarque pour l’équipe -->',
  '<b>pas du HTML</b> fin', // 37
  '',
  '::: atelier', // 39
  'question: Quelle instance pourrait rassembler les acteurs ?',
  'methode: Post-it',
  'duree: 15',
  'consigne: Chacun écrit : une idée par post-it.',
  ':::',
  '',
  '::: schema carte', // 46
  'centre: Politique petite-enfance',
  'axes:',
  '  - titre: Structuration de l’offre',
  '    elements:',
  '      - Accompagnement associatif',
  ':::',
  '',
  '---',
  '',
  '### Intertitre',
  '',
  '::: schema carte', // 58
  'centre: [non fermé',
  ':::',
  '---',
  '',
);

describe('parseDeck on a valid deck', () => {
  const deck = okDeck(parseDeck('03-petite-enfance.md', FULL_DECK));

  it('reads the front matter, accents and French colons included', () => {
    expect(deck.meta).toEqual({
      id: 'petite-enfance',
      title: 'Thématique petite enfance : bilan',
      thematique: 'Petite enfance',
      order: 3,
      durationMinutes: 20,
      subtitle: 'Évaluation de la CTG du Diois',
    });
  });

  it('splits slides on `---` and drops the empty trailing one', () => {
    expect(deck.slides.map((s) => [s.index, s.title, s.layout])).toEqual([
      [0, 'Thématique petite enfance', 'titre'],
      [1, 'Une coordination très structurée', 'normal'],
      [2, 'Intertitre', 'normal'],
    ]);
  });

  it('keeps emphasis as runs and strips review markers from what the room sees', () => {
    const paragraph = deck.slides[0]!.blocks[1]!;
    expect(paragraph).toEqual({
      type: 'paragraph',
      line: 12,
      text: [
        { text: 'Évaluation de la ' },
        { text: 'Convention', strong: true },
        { text: ' ' },
        { text: 'Territoriale', em: true },
        { text: ' Globale' },
      ],
    });
    const everything = JSON.stringify(deck.slides);
    expect(everything).not.toMatch(/v[ée]rifier/i);
  });

  it('records every review marker with file, line and context', () => {
    expect(deck.reviewMarkers).toEqual([
      { file: '03-petite-enfance.md', line: 12, context: 'Évaluation de la **Convention** *Territoriale* Globale [à vérifier]' },
      { file: '03-petite-enfance.md', line: 17, context: 'Deuxième paragraphe [A verifier].' },
    ]);
  });

  it('keeps notes apart from the slide, as plain paragraphs', () => {
    expect(slideNotesText(deck.slides[0]!)).toEqual(['Saluer la salle, rappeler le calendrier.', 'Deuxième paragraphe.']);
    expect(slideAudienceText(deck.slides[0]!)).toEqual(['Thématique petite enfance', 'Évaluation de la Convention Territoriale Globale']);
  });

  it('reads lists (`*` stepwise, `-` at once, numbered), quotes, and shows HTML as text', () => {
    const blocks = deck.slides[1]!.blocks;
    const kinds = blocks.map((b) => (b.type === 'list' ? `list:${b.ordered ? 'ordered' : b.stepwise ? 'stepwise' : 'once'}@${b.line}` : `${b.type}@${b.line}`));
    expect(kinds).toEqual(['heading@22', 'list:stepwise@24', 'list:once@27', 'list:ordered@30', 'quote@33', 'paragraph@37', 'diagram@46']);
    expect(slideAudienceText(deck.slides[1]!)).toEqual([
      'Une coordination très structurée',
      'première idée',
      'deuxième forte',
      'tout',
      'ensemble',
      'un',
      'deux',
      'Une citation sur deux lignes',
      '<b>pas du HTML</b> fin',
    ]);
    expect(JSON.stringify(blocks)).not.toContain('remarque pour');
  });

  it('reads a workshop prompt, with a tolerant method name and a French colon in the consigne', () => {
    const [prompt] = deck.slides[1]!.prompts;
    expect(prompt).toEqual({
      question: 'Quelle instance pourrait rassembler les acteurs ?',
      method: 'post-it',
      durationMinutes: 15,
      instruction: 'Chacun écrit : une idée par post-it.',
      line: 39,
    });
    expect(promptTexts(prompt!)).toEqual([prompt!.question, prompt!.instruction]);
  });

  it('keeps a diagram’s data, and a broken diagram as an error on its own block', () => {
    const diagram = deck.slides[1]!.blocks.find((b) => b.type === 'diagram');
    expect(diagram).toMatchObject({
      kind: 'carte',
      line: 46,
      data: { kind: 'carte', centre: 'Politique petite-enfance', axes: [{ titre: 'Structuration de l’offre', elements: [{ texte: 'Accompagnement associatif' }] }] },
    });
    expect(diagram).not.toHaveProperty('error');
    const broken = deck.slides[2]!.blocks.find((b) => b.type === 'diagram') as Extract<Block, { type: 'diagram' }>;
    expect(broken.error).toMatchObject({ file: '03-petite-enfance.md', line: 59 });
    expect(spaces(broken.error!.message)).toMatch(/schéma « carte »/);
  });

  it('summarises the deck for the library', () => {
    expect(deckSummary(parseDeck('03-petite-enfance.md', FULL_DECK))).toEqual({
      ok: true,
      file: '03-petite-enfance.md',
      meta: deck.meta,
      slideCount: 3,
      promptCount: 1,
      // The workshops' minutes, apart from the slides' duree.
      workshopMinutes: deck.slides.flatMap((s) => s.prompts).reduce((n, p) => n + p.durationMinutes, 0),
      reviewCount: deck.reviewMarkers.length,
    });
  });

  it('accepts YAML comments at the top of the front matter', () => {
    const text = lines('---', '# En-tête de la présentation', 'id: x', 'titre: T', 'thematique: T', 'ordre: 1', 'duree: 5', '---', '# Titre');
    expect(okDeck(parseDeck('x.md', text)).slides.map((s) => s.title)).toEqual(['Titre']);
  });

  it('reads Windows line endings and a byte-order mark the same way', () => {
    const windows = okDeck(parseDeck('03-petite-enfance.md', '\uFEFF' + FULL_DECK.replace(/\n/g, '\r\n')));
    expect(windows.slides).toEqual(deck.slides);
    expect(windows.reviewMarkers.map((m) => m.line)).toEqual([12, 17]);
  });

  it('checks a diagram with core/diagram and points at the offending line', () => {
    const text = lines(...HEADER, '## A', '', '::: schema carte', 'centre: Politique', 'axes:', '  - titre: Offre', '    elements: 3', ':::', '', 'Suite du texte.');
    const result = okDeck(parseDeck('x.md', text));
    const diagram = result.slides[0]!.blocks.find((b) => b.type === 'diagram') as Extract<Block, { type: 'diagram' }>;
    expect(diagram.error).toMatchObject({ file: 'x.md', line: 14 });
    expect(diagram.error!.message).toMatch(/^[A-ZÉ]/);
    expect(slideAudienceText(result.slides[0]!)).toEqual(['A', 'Suite du texte.']);
  });

  it('maps a diagram validator’s path to the line inside the block', () => {
    const validator: DiagramValidator = (kind, data) =>
      kind === 'carte' && (data as { axes?: unknown[] }).axes?.length
        ? { ok: false, message: 'Le titre de l’axe est trop long.', path: ['axes', 0, 'elements', 0] }
        : { ok: true, diagram: data };
    const result = okDeck(parseDeck('03-petite-enfance.md', FULL_DECK, { validateDiagram: validator }));
    const diagram = result.slides[1]!.blocks.find((b) => b.type === 'diagram') as Extract<Block, { type: 'diagram' }>;
    expect(diagram.error).toEqual({ file: '03-petite-enfance.md', line: 51, message: 'Le titre de l’axe est trop long.' });
  });
});

interface Malformed {
  name: string;
  text: string;
  line: number;
  message: RegExp;
}

const body = ['', '## Une diapositive', '', 'Du texte.'];

const MALFORMED: Malformed[] = [
  {
    name: 'front matter YAML that cannot be read (tab indentation)',
    text: lines('---', 'id: x', '\ttitre: T', 'thematique: T', 'ordre: 1', 'duree: 5', '---', ...body),
    line: 3,
    message: /Erreur d’écriture dans l’en-tête.*tabulation/,
  },
  {
    name: 'front matter with an unclosed quote',
    text: lines('---', 'id: x', 'titre: "Thématique', 'thematique: T', 'ordre: 1', 'duree: 5', '---', ...body),
    line: 3,
    message: /Erreur d’écriture dans l’en-tête : un guillemet ouvert n’est pas fermé/,
  },
  {
    name: 'unknown field (typo)',
    text: lines('---', 'id: x', 'titer: T', 'titre: T', 'thematique: T', 'ordre: 1', 'duree: 5', '---', ...body),
    line: 3,
    message: /Champ inconnu « titer ».*vouliez-vous écrire « titre »/,
  },
  {
    name: 'missing title',
    text: lines('---', 'id: x', 'thematique: T', 'ordre: 1', 'duree: 5', '---', ...body),
    line: 1,
    message: /Le champ « titre » est obligatoire/,
  },
  {
    name: 'a field written twice',
    text: lines('---', 'id: x', 'titre: T', 'thematique: T', 'ordre: 1', 'ordre: 2', 'duree: 5', '---', ...body),
    line: 6,
    message: /écrit deux fois/,
  },
  {
    name: 'wrong type (ordre: trois)',
    text: lines('---', 'id: x', 'titre: T', 'thematique: T', 'ordre: trois', 'duree: 5', '---', ...body),
    line: 5,
    message: /Le champ « ordre » doit être un nombre entier.*« trois »/,
  },
  {
    name: 'an id with spaces and capitals',
    text: lines('---', 'id: Petite Enfance', 'titre: T', 'thematique: T', 'ordre: 1', 'duree: 5', '---', ...body),
    line: 2,
    message: /Le champ « id » doit être un identifiant en minuscules/,
  },
  {
    name: 'unclosed block',
    text: lines(...HEADER, '## A', '::: notes', 'Ce qu’il faut dire', '---', '## B'),
    line: 9,
    message: /Le bloc « ::: notes » ouvert à la ligne 9 n’est pas fermé.*avant la ligne 11/,
  },
  {
    name: 'block never closed at the end of the file',
    text: lines(...HEADER, '## A', '::: atelier', 'question: Q'),
    line: 9,
    message: /Le bloc « ::: atelier » ouvert à la ligne 9 n’est jamais fermé/,
  },
  {
    name: 'unknown block',
    text: lines(...HEADER, '## A', '::: note', 'texte', ':::'),
    line: 9,
    message: /Bloc inconnu « ::: note »/,
  },
  {
    name: 'a closing `:::` with nothing open',
    text: lines(...HEADER, '## A', ':::'),
    line: 9,
    message: /ferme un bloc qui n’a pas été ouvert/,
  },
  { name: 'empty file', text: '', line: 1, message: /Le fichier est vide/ },
  { name: 'file of blank lines', text: '\n  \n\t\n', line: 1, message: /Le fichier est vide/ },
  {
    name: 'binary garbage (NUL bytes)',
    text: lines(...HEADER, '## A', 'PK\u0003\u0004\u0000\u0000garbage'),
    line: 9,
    message: /caractères binaires.*ce n’est pas un fichier texte/,
  },
  {
    name: 'text decoded from another encoding (replacement characters)',
    text: lines(...HEADER, '## A', 'R\uFFFDsum\uFFFD'),
    line: 9,
    message: /Caractère illisible.*UTF-8/,
  },
  {
    name: 'huge file',
    text: lines(...HEADER, '## A', 'x'.repeat(MAX_DECK_BYTES)),
    line: 1,
    message: /Le fichier est trop gros \(1 Mo ; au plus 1 Mo\)/,
  },
  {
    name: 'atelier with an unknown method',
    text: lines(...HEADER, '## A', '::: atelier', 'question: Q ?', 'methode: brainstorming', 'duree: 10', 'consigne: C', ':::'),
    line: 11,
    message: /Le champ « methode » doit être l’une de : tour de table, post-it.*« brainstorming »/,
  },
  {
    name: 'atelier with a missing consigne',
    text: lines(...HEADER, '## A', '::: atelier', 'question: Q ?', 'methode: débat', 'duree: 10', ':::'),
    line: 9,
    message: /Le champ « consigne » est obligatoire dans le bloc « atelier »/,
  },
  {
    name: 'atelier with a duration in words',
    text: lines(...HEADER, '## A', '::: atelier', 'question: Q ?', 'methode: débat', 'duree: un quart d’heure', 'consigne: C', ':::'),
    line: 12,
    message: /Le champ « duree » doit être une durée en minutes/,
  },
  {
    name: 'no slides',
    text: lines(...HEADER, '', '---', ''),
    line: 8,
    message: /La présentation ne contient aucune diapositive/,
  },
  {
    name: 'front matter not closed before the first slide',
    text: lines('---', 'id: x', 'titre: T', 'thematique: T', 'ordre: 1', 'duree: 5', '', '# Titre', '', 'Texte', '---', '## B'),
    line: 1,
    message: /L’en-tête ouvert par « --- » à la ligne 1 n’est pas fermé : ajoutez une ligne « --- » avant la ligne 8/,
  },
  {
    name: 'front matter not closed before a title-only first slide',
    text: lines('---', 'id: x', 'titre: T', 'thematique: T', 'ordre: 1', 'duree: 5', '', '# Titre seul', '', '---', '## B'),
    line: 1,
    message: /n’est pas fermé : ajoutez une ligne « --- » avant la ligne 8/,
  },
  {
    name: 'front matter never closed',
    text: lines('---', 'id: x', 'titre: T'),
    line: 1,
    message: /n’est pas fermé/,
  },
  {
    name: 'no front matter',
    text: lines('# Titre', '', 'Texte'),
    line: 1,
    message: /Le fichier doit commencer par un en-tête/,
  },
  {
    name: 'front matter that is not a list of fields',
    text: lines('---', '- id', '- titre', '---', ...body),
    line: 1,
    message: /doit être de la forme « champ: valeur »/,
  },
  {
    name: 'unclosed HTML comment',
    text: lines(...HEADER, '## A', '<!-- à relire', '---', '## B'),
    line: 9,
    message: /Le commentaire « <!-- » ouvert à la ligne 9 n’est jamais fermé/,
  },
];

describe('parseDeck on malformed decks', () => {
  it.each(MALFORMED)('$name → French message with file and line', ({ text, line, message }) => {
    const result = parseDeck('07-essai.md', text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.file).toBe('07-essai.md');
    const match = result.errors.find((e) => message.test(spaces(e.message)));
    expect(match, JSON.stringify(result.errors, null, 1)).toBeDefined();
    expect(match).toMatchObject({ file: '07-essai.md', line });
    for (const error of result.errors) {
      // French typography: a no-break space before « : ; ? ! » (user text in « » aside).
      expect(error.message.replace(/«[^»]*»/g, '«»'), error.message).not.toMatch(/ [:;?!](\s|$)/);
    }
  });

  it('has at least 12 distinct kinds of malformed deck', () => {
    expect(new Set(MALFORMED.map((m) => m.message.source)).size).toBeGreaterThanOrEqual(12);
  });

  it('reports every mistake of a file, not only the first', () => {
    const text = lines(
      '---',
      'id: x',
      'titer: T',
      'thematique: T',
      'ordre: trois',
      'duree: 5',
      '---',
      '## A',
      '::: atelier',
      'question: Q',
      'methode: brainstorming',
      'duree: 5',
      'consigne: C',
      ':::',
      '::: sondage',
      ':::',
    );
    const result = parseDeck('x.md', text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.line)).toEqual([1, 3, 5, 11, 15]);
    expect(spaces(result.errors[0]!.message)).toMatch(/« titre » est obligatoire/);
  });

  it('summarises a broken deck as an error card', () => {
    const result = parseDeck('x.md', '');
    expect(deckSummary(result)).toEqual({ ok: false, file: 'x.md', errors: [expect.objectContaining({ file: 'x.md', line: 1 })] });
  });
});

describe('parseDeck never throws', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const result = parseDeck('f.md', text);
        expect(typeof result.ok).toBe('boolean');
        if (!result.ok) expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('on arbitrary arrangements of the format’s own lines', () => {
    const piece = fc.constantFrom(
      '---', ':::', '::: notes', '::: atelier', '::: schema carte', '::: schema', '::: inconnu', 'id: x', 'titre: T',
      'thematique: T', 'ordre: 1', 'duree: 5', 'question: Q : R', 'methode: débat', 'consigne: C', '# Titre', '## Sous',
      '* a', '- b', '1. c', '> q', '<!--', '-->', '<b>x</b>', '[à vérifier]', 'axes:', '  - x', '\t- y', '"', '', '  ',
    );
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 20 })), { maxLength: 40 }), (parts) => {
        const text = parts.join('\n');
        const result = parseDeck('f.md', text);
        const lineCount = text.split(/\r\n|\r|\n/).length;
        if (!result.ok) for (const e of result.errors) expect(e.line).toBeGreaterThanOrEqual(1), expect(e.line).toBeLessThanOrEqual(lineCount);
        else for (const slide of result.deck.slides) expect(slide.line).toBeLessThanOrEqual(lineCount);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the decks in slides/', () => {
  const slidesDir = join(import.meta.dirname, '..', '..', 'slides');
  const files = readdirSync(slidesDir).filter((f) => f.endsWith('.md') && f.toLowerCase() !== 'readme.md');

  it.each(files.length ? files : ['(aucune présentation)'])('%s parses without error', (file) => {
    if (!files.length) return;
    const result = parseDeck(file, readFileSync(join(slidesDir, file), 'utf8'));
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    expect(result.deck.slides.length).toBeGreaterThan(0);
    for (const slide of result.deck.slides) {
      for (const block of slide.blocks) if (block.type === 'diagram') expect(block.error, `${file}:${block.line}`).toBeUndefined();
    }
  });
});

describe('polls on a workshop prompt (issue 14)', () => {
  const deck = (atelier: string) =>
    parseDeck('t.md', `---\nid: t\ntitre: T\nthematique: T\nordre: 1\nduree: 10\n---\n\n# Titre\n\n::: atelier\nquestion: Venez-vous en bus ?\nmethode: débat\nduree: 3\nconsigne: Répondez sur votre téléphone.\n${atelier}:::\n`);

  it('reads a one-choice poll, a scale, and refuses choices without a poll', () => {
    const single = deck('sondage: un choix\nchoix:\n  - Oui\n  - Non\n  - Parfois\n');
    expect(single.ok && single.deck.slides[0]!.prompts[0]!.poll).toEqual({ mode: 'single', options: ['Oui', 'Non', 'Parfois'] });
    const scale = deck('sondage: Échelle\n');
    expect(scale.ok && scale.deck.slides[0]!.prompts[0]!.poll).toEqual({ mode: 'scale', options: [] });
    const plain = deck('');
    expect(plain.ok && plain.deck.slides[0]!.prompts[0]!.poll).toBeUndefined();
    const orphan = deck('choix:\n  - Oui\n  - Non\n');
    expect(orphan.ok).toBe(false);
    if (!orphan.ok) expect(orphan.errors[0]!.message).toContain('sondage');
    const lonely = deck('sondage: plusieurs choix\n');
    expect(lonely.ok).toBe(false);
  });
});

describe('« boucle »: how long a slide stays when the deck loops (issue 14)', () => {
  const deck = (block: string) => parseDeck('t.md', `---\nid: t\ntitre: T\nthematique: T\nordre: 1\nduree: 10\n---\n\n# Titre\n\n${block}`);

  it('reads seconds, and says in French what is wrong', () => {
    const ok = deck('::: boucle\nduree: 25 s\n:::\n');
    expect(ok.ok && ok.deck.slides[0]!.loopSeconds).toBe(25);
    const none = deck('');
    expect(none.ok && none.deck.slides[0]!.loopSeconds).toBeUndefined();
    const bad = deck('::: boucle\nduree: 1\n:::\n');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.errors[0]!.message).toContain('secondes');
  });
});
