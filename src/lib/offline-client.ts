/**
 * The reader's side of the offline cache: what `sw.js` (`src/build/service-worker.ts`)
 * has kept, and "keep the whole briefing offline". Messages: the page posts
 * `{ type: 'offline-status' }` or `{ type: 'keep-all' }`; the worker answers with
 * `offline-status`, `offline-progress` and `offline-error`.
 */
const number = new Intl.NumberFormat('en');
const size = (bytes: number) => (bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1e3))} kB`);

interface Status {
  type: 'offline-status';
  files: number;
  bytes: number;
  missing: number;
  missingBytes: number;
}
type Message = Status | { type: 'offline-progress'; done: number; total: number } | { type: 'offline-error'; message: string };

/**
 * Fills the footer's "reading offline" box (`Offline.astro`) from the service worker's
 * answers, and asks it to keep the whole briefing when the reader clicks. Does nothing
 * without a service worker (as in `astro dev`, or where the browser has none).
 */
export function showOffline(box: HTMLElement): void {
  const status = box.querySelector<HTMLElement>('.offline-status');
  const button = box.querySelector<HTMLButtonElement>('.offline-keep');
  if (!status || !button || !('serviceWorker' in navigator)) return;
  const ask = (type: 'offline-status' | 'keep-all') =>
    navigator.serviceWorker.ready.then((registration) => (navigator.serviceWorker.controller ?? registration.active)?.postMessage({ type }));
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent<Message>) => {
    const message = event.data;
    if (message.type === 'offline-progress') {
      status.textContent = `Keeping the briefing offline: ${number.format(message.done)} of ${number.format(message.total)} files…`;
    } else if (message.type === 'offline-error') {
      status.textContent = `The briefing could not be kept offline (${message.message}). Pages you read are still kept.`;
      button.disabled = false;
    } else if (message.type === 'offline-status') {
      box.hidden = false;
      if (message.missing === 0) {
        status.textContent = `The whole briefing (${size(message.bytes)}) is kept on this device: it reads and searches offline.`;
        button.hidden = true;
      } else {
        status.textContent = 'The search index and the pages you read are kept on this device for reading offline.';
        button.textContent = `Keep the whole briefing offline (${size(message.missingBytes)} more, ${number.format(message.missing)} files)`;
        button.hidden = false;
        button.disabled = false;
      }
    }
  });
  button.addEventListener('click', () => {
    button.disabled = true;
    status.textContent = 'Keeping the briefing offline…';
    void ask('keep-all');
  });
  void ask('offline-status');
}
