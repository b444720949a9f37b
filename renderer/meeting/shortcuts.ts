// The keys of each view, as « ? » lists them (what the README's key table says, per view).
export type ShortcutView = 'facilitator' | 'session';

export interface Shortcut {
  keys: string;
  what: string;
}

export const SHORTCUTS: Record<ShortcutView, { title: string; keys: Shortcut[] }> = {
  facilitator: {
    title: 'Raccourcis de la vue animateur',
    keys: [
      { keys: '→ ↓ Espace Page suivante', what: 'étape ou diapositive suivante' },
      { keys: '← ↑ Page précédente', what: 'étape ou diapositive précédente' },
      { keys: 'Début / Fin', what: 'première / dernière diapositive' },
      { keys: 'numéro puis Entrée', what: 'aller à cette diapositive' },
      { keys: 'B ou .', what: 'écran noir pour la salle' },
      { keys: 'W ou ,', what: 'écran blanc pour la salle' },
      { keys: 'G', what: 'figer la salle sur sa diapositive, G encore pour la rattraper' },
      { keys: 'D', what: 'sigles de la diapositive sur l’écran de la salle' },
      { keys: 'E', what: 'échanger les deux écrans' },
      { keys: 'F', what: 'plein écran' },
      { keys: 'Ctrl+Entrée', what: 'enregistrer la note en cours' },
      { keys: 'Ctrl+Z / Ctrl+Maj+Z', what: 'annuler / rétablir la dernière modification (hors des champs)' },
      { keys: '?', what: 'cette liste' },
    ],
  },
  session: {
    title: 'Raccourcis de la séance',
    keys: [
      { keys: 'Ctrl+Entrée', what: 'enregistrer la note en cours' },
      { keys: 'Ctrl+Z / Ctrl+Maj+Z', what: 'annuler / rétablir la dernière modification (hors des champs)' },
      { keys: '⠿ puis ↑ ↓', what: 'déplacer un point de l’ordre du jour (ou le glisser)' },
      { keys: 'Entrée', what: 'valider un titre modifié' },
      { keys: '?', what: 'cette liste' },
    ],
  },
};
