// The typed model of a deck, as parsed from a text file in slides/.
// Shared by every process (host, main, renderer): plain data, serialisable as JSON.

/** A problem found in a deck file, in French, pointing at a line (1-based). */
export interface DeckIssue {
  /** File name relative to the slides folder, e.g. "03-petite-enfance.md". */
  file: string;
  /** 1-based; 0 when the problem is not tied to a line (unreadable folder, unknown id). */
  line: number;
  message: string;
}

/** A run of inline text with its emphasis. */
export interface InlineRun {
  text: string;
  strong?: boolean;
  em?: boolean;
}
export type InlineText = InlineRun[];

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; text: InlineText; line: number }
  | { type: 'paragraph'; text: InlineText; line: number }
  /** `stepwise`: items appear one at a time (written with `*` bullets, as in Marp). */
  | { type: 'list'; ordered: boolean; stepwise: boolean; items: InlineText[]; line: number }
  | { type: 'quote'; text: InlineText; line: number }
  /** A picture alone in its paragraph (`![description](images/photo.jpg)`), relative to the deck file. */
  | { type: 'image'; src: string; alt: string; line: number }
  /**
   * A diagram block (`::: schema`). `data` is the YAML as parsed, validated by
   * core/diagram; `error` is set when it could not be read, so the slide shows an
   * error box instead of breaking the deck.
   */
  | { type: 'diagram'; kind: string; data: unknown; line: number; error?: DeckIssue };

export const WORKSHOP_METHODS = [
  'tour de table',
  'post-it',
  'vote à gommettes',
  'world café',
  'photolangage',
  'arbre à problèmes',
  'atouts / faiblesses',
  'débat',
] as const;
export type WorkshopMethod = (typeof WORKSHOP_METHODS)[number];

/** A workshop prompt attached to a slide (`::: atelier`). */
export interface WorkshopPrompt {
  question: string;
  method: WorkshopMethod;
  durationMinutes: number;
  /** The consigne shown to the room. */
  instruction: string;
  line: number;
  /** A poll the room answers from its phones (`sondage:` and `choix:`, issue 14). */
  poll?: { mode: 'single' | 'multiple' | 'scale'; options: string[] };
}

export interface Slide {
  /** 0-based position in the deck. */
  index: number;
  /** Line of the slide's first line in the file. */
  line: number;
  /** Plain text of the slide's first heading, or "" (used by lists, exports, tests). */
  title: string;
  /** `titre` for a deck's title slide (centred, large); `normal` otherwise. */
  layout: 'titre' | 'normal';
  blocks: Block[];
  /** Speaker notes, as paragraphs of plain text (never shown to the room). */
  notes: string[];
  prompts: WorkshopPrompt[];
  /** « Boucle » (unattended stand): seconds this slide stays before the next (`::: boucle`). */
  loopSeconds?: number;
}

export interface DeckMeta {
  id: string;
  title: string;
  thematique: string;
  /** Position in the library. */
  order: number;
  /**
   * Planned time of the slides, in minutes, without the workshops: each `::: atelier` states its
   * own `duree` (see core/deck/timing.ts for the deck's total).
   */
  durationMinutes: number;
  subtitle?: string;
}

/** A `[à vérifier]` marker left for the content owner; stripped from what the room sees. */
export interface ReviewMarker {
  file: string;
  line: number;
  /** The text of the line around the marker. */
  context: string;
}

export interface Deck {
  file: string;
  meta: DeckMeta;
  slides: Slide[];
  reviewMarkers: ReviewMarker[];
}

/** What the library shows for one deck file: a summary, or an error card. */
export type DeckSummary =
  | {
      ok: true;
      file: string;
      meta: DeckMeta;
      slideCount: number;
      promptCount: number;
      /** The workshops' minutes, on top of the slides' `meta.durationMinutes`. */
      workshopMinutes?: number;
      /** `[à vérifier]` markers left in the file (« Relecture »). */
      reviewCount?: number;
    }
  | { ok: false; file: string; errors: DeckIssue[] };

export type DeckLoadResult =
  | { ok: true; deck: Deck }
  | { ok: false; file: string; errors: DeckIssue[] };
