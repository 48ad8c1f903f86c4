// Files the service worker caches only once the reader chooses what they serve, so that
// readers who never do carry none of them. The easy-to-read texts ("Facile à lire", one small
// file per lesson, about 1.5 KB gzip each) would add some 85 KB to every reader's precache;
// the worker stores them all as soon as a page says the reader turned the mode on.
// Shared by the service worker and the byte budgets (tests/tools/budgets.js).

/** @param {string} path a site path, from the root: `/modules/x/y/facile.json` */
export const isEasyReadFile = (path) => /\/facile\.json$/.test(path);
