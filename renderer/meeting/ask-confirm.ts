// A yes/no question in the meeting's screens (deleting a point, leaving without saving…).
import { askChoice } from './ChoiceDialog.js';

export async function askConfirm(title: string, message: string, confirmLabel: string, cancelLabel = 'Annuler'): Promise<boolean> {
  const answer = await askChoice<'yes' | 'no'>({
    title,
    message,
    choices: [
      { value: 'no', label: cancelLabel, primary: true },
      { value: 'yes', label: confirmLabel },
    ],
    cancel: 'no',
  });
  return answer === 'yes';
}
