// The paths at which the renderer's single page answers (it routes by path), shared by the
// Electron protocol handler and the browser host so both serve the same screens.
export const APP_PAGES: ReadonlySet<string> = new Set([
  '/',
  '/index.html',
  // the print view (PDF exports)
  '/print',
  // the printable minutes of a session (PDF)
  '/minutes',
  // facilitator mode: the projector's view and the laptop's view
  '/audience',
  '/facilitator',
]);
