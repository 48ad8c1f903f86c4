// Files the offline copy does not need: the install icons (the browser fetches them once, while
// online, when the app is installed), the fonts' licence texts, and what only some readers use.
// Shared by the service worker and the byte budgets (tests/tools/budgets.js), so both count
// the same precache.
//
// Kept by the service worker once a page has used them (so whoever chose them has them
// offline): the italic face, the dyslexia font (OpenDyslexic, about 350 KB) and the room vote with cards
// (issue 18, trainer-only): its detection worker (js-aruco2), the printable cards page, and
// the chunks only they use (hashed names: vite.config.ts lists them in /_app/vote-chunks.json,
// for the service worker and the budgets). Before the vote's first use online, offline,
// "Compter avec les cartes" says it cannot start and the trainer counts by hand.

const CACHED_ON_USE = [
	/^\/fonts\/opendyslexic-[a-z0-9-]+\.woff2$/,
	// Italics are rare in the course: the face is fetched by the first page that has some.
	/^\/fonts\/atkinson-hyperlegible-latin-400-italic\.woff2$/,
	/^\/_app\/immutable\/workers\/scan\.worker-[^/]+\.js$/,
	/^\/_app\/immutable\/assets\/CardScan\.[^/]+\.css$/,
	/^\/formateur\/cartes\/(index\.html)?$/
];
const ONLINE_ONLY = [
	/^\/icons\/.+\.png$/,
	/^\/fonts\/OFL(-[a-z]+)?\.txt$/,
	/^\/_app\/vote-chunks\.json$/,
	...CACHED_ON_USE
];

/** @param {string} path a site path, from the root: `/icons/icon-512.png` */
export const isOnlineOnly = (path) => ONLINE_ONLY.some((pattern) => pattern.test(path));

/** @param {string} path a site path, from the root */
export const isCachedOnUse = (path) => CACHED_ON_USE.some((pattern) => pattern.test(path));
