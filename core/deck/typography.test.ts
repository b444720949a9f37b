import { describe, expect, it } from 'vitest';
import { parseDeck } from './parse-deck.js';
import { slideAudienceText, slideNotesText } from './plain-text.js';
import { typographicApostrophes } from './typography.js';

const deck = `---
id: essai
titre: L'essai
thematique: Vie sociale
ordre: 1
duree: 10
---

## L'action sociale d'aujourd'hui

- Un lien avec l'école

::: notes
C'est l'essentiel.
:::

::: atelier
question: 'Qu''attendons-nous de l''instance ?'
methode: post-it
duree: 5
consigne: Chacun écrit l'idée qu'il retient.
:::
`;

describe('typographic apostrophes', () => {
  it('turns a typed apostrophe between letters into ’, and leaves other quotes alone', () => {
    expect(typographicApostrophes("l'école d'aujourd'hui")).toBe('l’école d’aujourd’hui');
    expect(typographicApostrophes("'cité' 3'")).toBe("'cité' 3'");
  });

  it('applies to everything the room and the presenter read, while YAML quoting still works', () => {
    const result = parseDeck('essai.md', deck);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const [slide] = result.deck.slides;
    expect(result.deck.meta.title).toBe('L’essai');
    expect(slideAudienceText(slide!)).toEqual(['L’action sociale d’aujourd’hui', 'Un lien avec l’école']);
    expect(slideNotesText(slide!).join(' ')).toContain('C’est l’essentiel.');
    expect(slide!.prompts[0]).toMatchObject({ question: 'Qu’attendons-nous de l’instance ?', instruction: 'Chacun écrit l’idée qu’il retient.' });
    expect(JSON.stringify(result.deck.slides)).not.toMatch(/\p{L}'\p{L}/u);
  });
});
