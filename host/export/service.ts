// The export services of the host API that need no window: what a print will contain, and the
// standalone HTML deck. Shared by the browser host (download) and Electron (save dialog).
import type { Deck } from '../../core/deck/model.js';
import type { ExportFailure, HtmlExport, HtmlExportOptions, PdfExportOptions, PdfPlan } from '../../core/export/api.js';
import { exportableDeck } from '../../core/export/exportable-deck.js';
import { htmlFileName, pdfFileName } from '../../core/export/file-names.js';
import { printPageCount } from '../../core/export/pages.js';
import { printQuery } from '../../core/export/print-query.js';
import type { PrintVariant } from '../../core/export/variants.js';
import { deckGlossary } from '../../core/glossary/deck-sigles.js';
import { loadDeck } from '../deck-store.js';
import { loadGlossary } from '../glossary-store.js';
import { readPlayerBundle, standaloneHtml, type PlayerBundle } from './standalone-html.js';

export interface ExportServiceOptions {
  slidesDir: string;
  /** The standalone player build (`dist/standalone`). */
  standaloneDir: string;
}

export interface ExportService {
  planPdfExport(deckIds: string[], variant: PrintVariant, options?: PdfExportOptions): Promise<PdfPlan | ExportFailure>;
  exportDeckHtml(deckId: string, options?: HtmlExportOptions): Promise<HtmlExport>;
  /** The decks in the order asked, or the first French failure. */
  loadDecks(deckIds: string[]): Promise<{ ok: true; decks: Deck[] } | ExportFailure>;
}

export function createExportService({ slidesDir, standaloneDir }: ExportServiceOptions): ExportService {
  let bundle: Promise<PlayerBundle> | null = null;

  async function loadDecks(deckIds: string[]): Promise<{ ok: true; decks: Deck[] } | ExportFailure> {
    const decks: Deck[] = [];
    for (const id of deckIds) {
      const result = await loadDeck(slidesDir, id);
      if (!result.ok) {
        const first = result.errors[0];
        return { ok: false, message: first ? (first.line > 0 ? `${first.file}, ligne ${first.line}\u00a0: ${first.message}` : first.message) : `Présentation introuvable\u00a0: ${id}` };
      }
      decks.push(result.deck);
    }
    return { ok: true, decks };
  }

  return {
    loadDecks,

    async planPdfExport(deckIds, variant, options = {}) {
      const loaded = await loadDecks(deckIds);
      if (!loaded.ok) return loaded;
      const skipped = loaded.decks.flatMap((d) => exportableDeck(d).skipped);
      return {
        ok: true,
        fileName: pdfFileName(loaded.decks.map((d) => d.meta), variant, options.label),
        pageCount: printPageCount(loaded.decks.map((d) => d.slides.length), variant),
        printPath: printQuery({ deckIds, variant, withPrompts: options.withPrompts ?? false }),
        skipped,
      };
    },

    async exportDeckHtml(deckId, options = {}) {
      const loaded = await loadDecks([deckId]);
      if (!loaded.ok) return loaded;
      const deck = loaded.decks[0]!;
      let player: PlayerBundle;
      try {
        bundle ??= readPlayerBundle(standaloneDir);
        player = await bundle;
      } catch {
        bundle = null;
        return { ok: false, message: 'Le lecteur hors ligne est absent de cette installation (dist/standalone)\u00a0: relancez «\u00a0npm run build\u00a0».' };
      }
      const withNotes = options.withNotes ?? false;
      const exported = exportableDeck(deck, { withNotes, withPrompts: withNotes });
      // The sigles its slides use travel with it: D explains them offline too.
      const glossary = await loadGlossary(slidesDir);
      const sigles = glossary.ok ? deckGlossary(exported.deck, glossary.glossary) : undefined;
      return { ok: true, fileName: htmlFileName(deck.meta, withNotes), html: standaloneHtml(exported.deck, player, sigles), skipped: exported.skipped };
    },
  };
}
