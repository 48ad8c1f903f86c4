// Messages between pages and the service worker.
export const SKIP_WAITING = 'SKIP_WAITING';
export const CLIENT_VERSION = 'CLIENT_VERSION';
