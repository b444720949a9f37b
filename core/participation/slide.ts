// The slide as a phone shows it: its title and its text, for the back row and people with
// low vision. Built from the deck's blocks only: speaker notes and prompts' notes never go.
import type { Slide } from '../deck/model.js';
import type { PhoneSlide } from './protocol.js';

const plain = (runs: { text: string }[]): string => runs.map((r) => r.text).join('').trim();

export function phoneSlide(slide: Slide): PhoneSlide {
  const lines: string[] = [];
  let titleSeen = false;
  for (const block of slide.blocks) {
    if (block.type === 'heading') {
      if (!titleSeen && plain(block.text) === slide.title) titleSeen = true;
      else lines.push(plain(block.text));
    } else if (block.type === 'paragraph' || block.type === 'quote') lines.push(plain(block.text));
    else if (block.type === 'list') lines.push(...block.items.map((item) => `• ${plain(item)}`));
    // Diagrams are drawings: their title is in the slide's heading already.
  }
  return { title: slide.title, lines: lines.filter((l) => l !== '' && l !== '•').slice(0, 40) };
}
