// reveal.js labels its arrow buttons in English (« previous slide »…) with no option to
// change it: once the deck is ready, they get French names, as every other control.
export const FRENCH_CONTROL_LABELS: Readonly<Record<string, string>> = {
  'navigate-left': 'Diapositive précédente',
  'navigate-right': 'Diapositive suivante',
  'navigate-up': 'Diapositive au-dessus',
  'navigate-down': 'Diapositive en dessous',
};

/** Renames reveal's control buttons inside `root` (the .reveal element or any ancestor). */
export function frenchRevealControls(root: ParentNode | null | undefined): void {
  for (const button of Array.from(root?.querySelectorAll<HTMLButtonElement>('.controls button') ?? [])) {
    const direction = Object.keys(FRENCH_CONTROL_LABELS).find((name) => button.classList.contains(name));
    if (direction) button.setAttribute('aria-label', FRENCH_CONTROL_LABELS[direction]!);
  }
}
