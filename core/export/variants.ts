// The three printed forms of a deck and the size of their pages. Sizes are in millimetres,
// the unit of CSS @page and of printToPDF; the slide itself stays 1920 × 1080 logical pixels.

export const PRINT_VARIANTS = ['slides', 'notes', 'handout'] as const;
export type PrintVariant = (typeof PRINT_VARIANTS)[number];

export interface PageSize {
  widthMm: number;
  heightMm: number;
}

/** The projector's logical slide (renderer/presentation/reveal-config.ts). */
export const SLIDE_PX = { width: 1920, height: 1080 } as const;

/** A 16:9 page as wide as A4 is long: 297 mm × 167.0625 mm. */
export const SLIDE_PAGE: PageSize = { widthMm: 297, heightMm: (297 * SLIDE_PX.height) / SLIDE_PX.width };
export const A4_PORTRAIT: PageSize = { widthMm: 210, heightMm: 297 };

export function pageSizeOf(variant: PrintVariant): PageSize {
  return variant === 'slides' ? SLIDE_PAGE : A4_PORTRAIT;
}

/** What the user reads in menus and file names. */
export const VARIANT_LABELS: Readonly<Record<PrintVariant, string>> = {
  slides: 'diapositives',
  notes: 'diapositives avec notes',
  handout: 'documents à distribuer',
};

/** CSS pixels per millimetre (CSS fixes 96 px per inch). */
export const PX_PER_MM = 96 / 25.4;

/** PDF points per millimetre (72 pt per inch). */
export const PT_PER_MM = 72 / 25.4;

/** The factor that fits the 1920-pixel-wide slide in a box `widthMm` wide. */
export function slideScale(widthMm: number): number {
  return (widthMm * PX_PER_MM) / SLIDE_PX.width;
}

/** The height of a 16:9 slide box `widthMm` wide. */
export function slideHeightMm(widthMm: number): number {
  return (widthMm * SLIDE_PX.height) / SLIDE_PX.width;
}

export function isPrintVariant(value: unknown): value is PrintVariant {
  return typeof value === 'string' && (PRINT_VARIANTS as readonly string[]).includes(value);
}
