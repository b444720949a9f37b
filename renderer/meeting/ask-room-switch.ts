// The one question before a deck replaces what the room sees during a live meeting.
import { askChoice } from './ChoiceDialog.js';

export type RoomSwitchChoice = 'present' | 'prepare';

/** « La salle voit la séance COPIL… : présenter Logement à la salle, ou le préparer sans le montrer ? » */
export function askRoomSwitch(meetingTitle: string, deckTitle: string): Promise<RoomSwitchChoice> {
  return askChoice<RoomSwitchChoice>({
    title: 'Changer ce que voit la salle\u00A0?',
    message: `La salle voit la séance ${meetingTitle}\u00A0: présenter «\u00A0${deckTitle}\u00A0» à la salle, ou le préparer sans le montrer\u00A0?`,
    choices: [
      { value: 'prepare', label: 'Préparer sans le montrer', primary: true },
      { value: 'present', label: `Présenter «\u00A0${deckTitle}\u00A0» à la salle` },
    ],
    // Échap never changes the room.
    cancel: 'prepare',
  });
}
