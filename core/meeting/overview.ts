// The whole session at a glance: every entry under its agenda point and slide, filtered by
// kind and by a search text (accents and case ignored). Pure, for the session screen.
import type { Entry, EntryKind, Session } from '../session/model.js';

export interface OverviewSlide {
  /** The slide (0-based) of the point's deck, or undefined for entries on the point itself. */
  slideIndex?: number;
  deckId?: string;
  entries: Entry[];
}

export interface OverviewPoint {
  /** undefined: entries under no point of the agenda (« Hors ordre du jour »). */
  id?: string;
  title: string;
  /** 1-based, 0 for entries outside the agenda. */
  index: number;
  slides: OverviewSlide[];
  count: number;
}

/** Lower case without accents, for searching French text the way people type it. */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

function matches(entry: Entry, query: string): boolean {
  if (query === '') return true;
  const fields = [entry.text];
  if (entry.kind === 'action') fields.push(entry.qui, entry.echeance, entry.partenaires ?? '');
  if (entry.kind === 'contribution' && entry.group) fields.push(entry.group);
  return fields.some((f) => foldText(f).includes(query));
}

export function sessionOverview(session: Session, filter: { kinds?: ReadonlySet<EntryKind>; query?: string } = {}): OverviewPoint[] {
  const query = foldText((filter.query ?? '').trim());
  const kept = session.entries.filter((e) => (!filter.kinds || filter.kinds.has(e.kind)) && matches(e, query));
  const points: OverviewPoint[] = [];
  const byPoint = new Map<string | undefined, Entry[]>();
  const known = new Set(session.agenda.map((a) => a.id));
  for (const e of kept) {
    const key = e.agendaItemId !== undefined && known.has(e.agendaItemId) ? e.agendaItemId : undefined;
    byPoint.set(key, [...(byPoint.get(key) ?? []), e]);
  }
  const slidesOf = (entries: Entry[]): OverviewSlide[] => {
    const bySlide = new Map<string, OverviewSlide>();
    for (const e of entries) {
      const key = e.slideIndex === undefined ? '' : `${e.deckId ?? ''}#${e.slideIndex}`;
      let slide = bySlide.get(key);
      if (!slide) {
        slide = { entries: [] };
        if (e.slideIndex !== undefined) slide.slideIndex = e.slideIndex;
        if (e.deckId !== undefined) slide.deckId = e.deckId;
        bySlide.set(key, slide);
      }
      slide.entries.push(e);
    }
    // The point's own entries first, then slide by slide.
    return [...bySlide.values()].sort((a, b) => (a.slideIndex ?? -1) - (b.slideIndex ?? -1));
  };
  session.agenda.forEach((item, i) => {
    const entries = byPoint.get(item.id);
    if (entries?.length) points.push({ id: item.id, title: item.title, index: i + 1, slides: slidesOf(entries), count: entries.length });
  });
  const outside = byPoint.get(undefined);
  if (outside?.length) points.push({ title: 'Hors ordre du jour', index: 0, slides: slidesOf(outside), count: outside.length });
  return points;
}
