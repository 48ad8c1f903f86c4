// Files the offline copy does not need: the install icons (the browser fetches them once, while
// online, when the app is installed) and the fonts' licence text. Shared by the service worker
// and the byte budgets (tests/tools/budgets.js), so both count the same precache.

const ONLINE_ONLY = [/^\/icons\/.+\.png$/, /^\/fonts\/OFL\.txt$/];

/** @param {string} path a site path, from the root: `/icons/icon-512.png` */
export const isOnlineOnly = (path) => ONLINE_ONLY.some((pattern) => pattern.test(path));
