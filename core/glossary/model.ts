// The glossary of sigles (slides/glossaire.yaml): its shape, checked with zod.
import { z } from 'zod';

/** A sigle as written on the slides: capitals and digits, at least one letter (CTG, CD26, 2S2C). */
export const SIGLE_PATTERN = /^(?=[0-9]*[A-Z])[A-Z0-9]{2,12}$/;

const oneLine = (what: string) =>
  z
    .string({ error: `il manque ${what}` })
    .trim()
    .min(1, `${what} est vide`)
    .refine((text) => !/[\r\n]/.test(text), `${what} doit tenir sur une ligne`);

export const glossaryEntrySchema = z
  .object({
    sigle: z
      .string({ error: 'il manque le sigle' })
      .trim()
      .regex(SIGLE_PATTERN, 'un sigle s’écrit en capitales et chiffres, sans espace (par exemple CTG ou CD26)'),
    forme: oneLine('la forme complète (forme)'),
    explication: oneLine('l’explication'),
  })
  .strict();

export const glossarySchema = z
  .object({
    sigles: z.array(glossaryEntrySchema, { error: 'il manque la liste « sigles: »' }).min(1, 'la liste « sigles » est vide'),
  })
  .strict();

export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;

export interface Glossary {
  entries: GlossaryEntry[];
}
