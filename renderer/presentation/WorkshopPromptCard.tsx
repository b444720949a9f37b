// A workshop prompt as the room sees it on its slide: the question, the method and time,
// and the consigne. (The facilitator mode adds the overlay with a countdown.) Never a
// <section>: inside a slide, reveal.js would take it for a vertical slide.
import type { WorkshopPrompt } from '../../core/deck/model.js';
import { formatMinutes } from '../../core/durations.js';

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('fr-FR') + text.slice(1);
}

export function WorkshopPromptCard({ prompt }: { prompt: WorkshopPrompt }) {
  return (
    <div className="workshop-prompt" role="group" aria-label="Consigne d’atelier">
      <p className="workshop-prompt__method">
        <span>{capitalise(prompt.method)}</span>
        <span aria-hidden="true"> · </span>
        <span>{formatMinutes(prompt.durationMinutes)}</span>
      </p>
      <p className="workshop-prompt__question">{prompt.question}</p>
      <p className="workshop-prompt__instruction">{prompt.instruction}</p>
    </div>
  );
}
