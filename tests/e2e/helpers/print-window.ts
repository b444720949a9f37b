// A BrowserWindow-shaped Playwright page, for Electron's hidden print window
// (main/export-pdf.ts renderPdfInWindow): printToPDF and page.pdf are the same Chromium
// call, and app://app/... is served by the browser host at `serverUrl`.
import type { Browser, Page } from 'playwright-core';
import type { PrintWindow } from '../../../main/export-pdf.js';

export function playwrightPrintWindow(browser: Browser, serverUrl: string): PrintWindow {
  let destroyed = false;
  const ready: Promise<Page> = browser.newPage();
  return {
    loadURL: async (url) => (await ready).goto(url.replace('app://app/', serverUrl)),
    webContents: {
      executeJavaScript: async (code) => (await ready).evaluate(code),
      printToPDF: async (options) => (await ready).pdf(options),
    },
    destroy: () => {
      destroyed = true;
      void ready.then((p) => p.close());
    },
    isDestroyed: () => destroyed,
  };
}
