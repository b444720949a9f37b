// What the host this window talks to can do beyond the common host API. Electron's main
// has native dialogs, prints PDFs in a hidden window and places windows on the displays;
// the browser host on 127.0.0.1 has none of these, and its screens offer a path field, the
// browser's print and a download instead. Screens ask this (renderer/host-client/
// capabilities.ts) rather than guessing from globals.
export interface HostCapabilities {
  /** « Ouvrir… » / « Enregistrer sous… » open the system's file dialogs. */
  nativeDialogs: boolean;
  /** PDFs (decks, minutes) are printed and saved by the app itself. */
  pdfPrinter: boolean;
  /** The room's and the facilitator's windows are placed on the displays by the host. */
  displays: boolean;
}

export const NO_CAPABILITIES: HostCapabilities = Object.freeze({ nativeDialogs: false, pdfPrinter: false, displays: false });

export interface CapabilitiesApi {
  getCapabilities(): Promise<HostCapabilities>;
}
