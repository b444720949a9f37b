// How the print page tells Electron's hidden window and the tests that it can be printed:
// `<body data-print-ready="true">` once every deck is laid out and the fonts are loaded
// ("error" when it cannot be printed, so nobody waits forever).
export const PRINT_READY_ATTRIBUTE = 'data-print-ready';

export type PrintReadiness = 'true' | 'error';

export function signalPrintReady(doc: Document, value: PrintReadiness): void {
  doc.body.dataset.printReady = value;
}

export function clearPrintReady(doc: Document): void {
  delete doc.body.dataset.printReady;
}
