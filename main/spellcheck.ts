// French spell-check in the note fields. Chromium's Hunspell dictionaries are normally
// fetched from Google's servers the first time; the app sends nothing anywhere, so the
// download address is the app's own (app://app/dictionnaires/, where a packaged .bdic can be
// placed): Windows and macOS use the system's French dictionary anyway.
import type { Session } from 'electron';
import { APP_ORIGIN } from './protocol-path.js';

export const SPELLCHECK_LANGUAGES: readonly string[] = ['fr'];
export const DICTIONARY_URL = `${APP_ORIGIN}/dictionnaires/`;

export type SpellcheckSession = Pick<Session, 'setSpellCheckerLanguages' | 'setSpellCheckerDictionaryDownloadURL' | 'setSpellCheckerEnabled'>;

export function enableFrenchSpellcheck(session: SpellcheckSession, platform: NodeJS.Platform): void {
  session.setSpellCheckerEnabled(true);
  // macOS picks the language from the text with its own spell-checker (both calls are no-ops there).
  if (platform === 'darwin') return;
  session.setSpellCheckerDictionaryDownloadURL(DICTIONARY_URL);
  session.setSpellCheckerLanguages([...SPELLCHECK_LANGUAGES]);
}
