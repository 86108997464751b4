/**
 * Makes the page report itself hidden or visible and fires `visibilitychange`, as the browser does
 * when the user switches tabs or locks the phone (a headless browser never hides its page).
 */
export function setPageVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state });
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => state === 'hidden' });
  document.dispatchEvent(new Event('visibilitychange'));
}

/** Gives the page back its real visibility. */
export function restorePageVisibility(): void {
  delete (document as { visibilityState?: unknown }).visibilityState;
  delete (document as { hidden?: unknown }).hidden;
}
