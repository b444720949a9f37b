// When the room does not see what the facilitator sees, say so in one short French phrase.
import type { PresentationState } from '../../core/presentation/state.js';

export interface RoomBadge {
  kind: 'black' | 'white' | 'frozen' | 'prompt';
  text: string;
}

export function roomBadges(state: PresentationState): RoomBadge[] {
  const badges: RoomBadge[] = [];
  if (state.screen === 'black') badges.push({ kind: 'black', text: 'Écran noir' });
  if (state.screen === 'white') badges.push({ kind: 'white', text: 'Écran blanc' });
  if (state.frozen) {
    const same = state.frozen.slide === state.position.slide && state.frozen.fragment === state.position.fragment;
    badges.push({ kind: 'frozen', text: same ? 'Salle figée ici' : `Salle figée sur la diapositive ${state.frozen.slide + 1}` });
  }
  if (state.overlay) badges.push({ kind: 'prompt', text: `Consigne affichée à la salle (diapositive ${state.overlay.slide + 1})` });
  return badges;
}
