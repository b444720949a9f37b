// The French messages the user reads about session files (with French typography:
// non-breaking spaces inside « » and before : ; ? !).
import { frenchDayTime } from './french.js';
import type { SessionProblem } from './parse.js';

const NB = '\u00A0';
export const quote = (s: string): string => `«${NB}${s}${NB}»`;

export function problemMessage(fileName: string, problem: SessionProblem, backupSavedAt?: Date): string {
  const where = problem.line !== undefined ? ` (ligne ${problem.line})` : '';
  let message: string;
  switch (problem.kind) {
    case 'abîmé':
      message = `Le fichier de séance ${quote(fileName)} est abîmé${where}${NB}: ${problem.detail}.`;
      break;
    case 'version':
      message = `Le fichier de séance ${quote(fileName)} ne peut pas être ouvert${NB}: ${problem.detail}.`;
      break;
    case 'étranger':
      message = `Le fichier ${quote(fileName)} n’est pas un fichier de séance${NB}: ${problem.detail}.`;
      break;
  }
  if (backupSavedAt) {
    message += ` Une sauvegarde du ${frenchDayTime(backupSavedAt)} existe${NB}: voulez-vous l’ouvrir${NB}?`;
  }
  return message;
}

/** Why a file-system operation failed, in words a facilitator understands. */
export type StorageFailure = 'disque-plein' | 'acces-refuse' | 'lecture-seule' | 'introuvable' | 'trop-gros' | 'pas-un-fichier' | 'autre';

export function storageMessage(failure: StorageFailure, fileName: string, action: 'enregistrer' | 'ouvrir' | 'lire le dossier'): string {
  const keep = action === 'enregistrer' ? ` Votre saisie reste à l’écran et le fichier précédent est intact.` : '';
  const verb = action === 'lire le dossier' ? `lire le dossier ${quote(fileName)}` : `${action} ${quote(fileName)}`;
  switch (failure) {
    case 'disque-plein':
      return `Impossible d’${verb}${NB}: le disque (ou la clé USB) est plein.${keep} Libérez de la place, ou choisissez «${NB}Enregistrer sous…${NB}» vers un autre emplacement.`;
    case 'acces-refuse':
      return `Impossible d’${verb}${NB}: l’accès à cet emplacement est refusé.${keep} Choisissez «${NB}Enregistrer sous…${NB}» vers un dossier où vous pouvez écrire.`;
    case 'lecture-seule':
      return `Impossible d’${verb}${NB}: cet emplacement est en lecture seule (clé USB verrouillée${NB}?).${keep} Choisissez «${NB}Enregistrer sous…${NB}» vers un autre emplacement.`;
    case 'introuvable':
      return `Impossible d’${verb}${NB}: le fichier ou son dossier est introuvable (clé USB retirée${NB}?).${keep}`;
    case 'trop-gros':
      return `Impossible d’${verb}${NB}: le fichier est bien trop gros pour être une séance.`;
    case 'pas-un-fichier':
      return `Impossible d’${verb}${NB}: ce n’est pas un fichier ordinaire (un tube, un périphérique ou un raccourci vers l’un d’eux)${NB}; il est laissé de côté.${keep}`;
    case 'autre':
      return `Impossible d’${verb}${NB}: une erreur du système de fichiers est survenue.${keep}`;
  }
}

export function conflictMessage(fileName: string): string {
  return (
    `Le fichier ${quote(fileName)} a été modifié ailleurs depuis son ouverture (sur un autre ordinateur${NB}?). ` +
    `Pour ne rien perdre, enregistrez votre version comme une copie, ou rechargez le fichier.`
  );
}
