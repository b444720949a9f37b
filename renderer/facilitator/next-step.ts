// What « suivant » will show next: one more fragment of this slide, or the next slide from
// its start — the reducer's rule (core/presentation/reduce.ts), for the preview.
import type { DeckShape, Position } from '../../core/presentation/state.js';

export function nextStep(position: Position, shape: DeckShape): Position | null {
  const fragments = shape.slides[position.slide]?.fragments ?? 0;
  if (position.fragment < fragments) return { slide: position.slide, fragment: position.fragment + 1 };
  if (position.slide + 1 < shape.slides.length) return { slide: position.slide + 1, fragment: 0 };
  return null;
}

/** A short French label of a step for the preview's caption. */
export function describeStep(step: Position, current: Position, shape: DeckShape): string {
  if (step.slide === current.slide) {
    const total = shape.slides[step.slide]?.fragments ?? 0;
    return `Étape ${step.fragment} sur ${total} de cette diapositive`;
  }
  return `Diapositive ${step.slide + 1}`;
}
