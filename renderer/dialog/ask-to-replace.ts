// « Ce fichier existe déjà » — the one question every export and « Enregistrer sous… » asks
// before writing over a file the user already has.
import { ask } from './dialog-store.js';

export type ReplaceChoice = 'replace' | 'keep-both' | 'cancel';

/** The last part of a path, whichever separator it uses (a USB key seen from Windows or Linux). */
function fileNameOf(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path;
}

export function askToReplace(path: string): Promise<ReplaceChoice> {
  return ask<ReplaceChoice>({
    title: 'Ce fichier existe déjà',
    message: `Un fichier « ${fileNameOf(path)} » existe déjà à cet endroit. Le remplacer efface son contenu actuel\u00A0; « Garder les deux » enregistre sous un autre nom.`,
    choices: [
      { id: 'replace', label: 'Remplacer' },
      { id: 'keep-both', label: 'Garder les deux', primary: true },
      { id: 'cancel', label: 'Annuler' },
    ],
    // Enter keeps both: nothing is lost by a key pressed too fast.
    defaultId: 'keep-both',
    cancelId: 'cancel',
  });
}
