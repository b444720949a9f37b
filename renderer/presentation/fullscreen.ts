// The Fullscreen API, wrapped so a refusal (no user gesture, kiosk policy) is not an error.
export function isFullscreen(doc: Document = document): boolean {
  return doc.fullscreenElement != null;
}

export function enterFullscreen(doc: Document = document): void {
  doc.documentElement.requestFullscreen?.().catch(() => {});
}

export function exitFullscreen(doc: Document = document): void {
  if (doc.fullscreenElement) doc.exitFullscreen().catch(() => {});
}
