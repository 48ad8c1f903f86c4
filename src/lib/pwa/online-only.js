// Files the offline copy does not need: the install icons (the browser fetches them once, while
// online, when the app is installed), the fonts' licence texts, and the fonts only some readers
// choose (OpenDyslexic, about 350 KB). Shared by the service worker and the byte budgets
// (tests/tools/budgets.js), so both count the same precache.

/** Kept by the service worker once a page has used them, so a reader who chose them has them offline. */
const CACHED_ON_USE = [/^\/fonts\/opendyslexic-[a-z0-9-]+\.woff2$/];
const ONLINE_ONLY = [/^\/icons\/.+\.png$/, /^\/fonts\/OFL(-[a-z]+)?\.txt$/, ...CACHED_ON_USE];

/** @param {string} path a site path, from the root: `/icons/icon-512.png` */
export const isOnlineOnly = (path) => ONLINE_ONLY.some((pattern) => pattern.test(path));

/** @param {string} path a site path, from the root */
export const isCachedOnUse = (path) => CACHED_ON_USE.some((pattern) => pattern.test(path));
