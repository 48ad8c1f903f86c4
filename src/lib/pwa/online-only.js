// Files the offline copy does not need: the install icons (the browser fetches them once, while
// online, when the app is installed) and the fonts' licence text. Shared by the service worker
// and the byte budgets (tests/tools/budgets.js), so both count the same precache.
//
// The room vote with cards (issue 18) is trainer-only and kept out too, so the precache stays
// within its ratio to the authored text: its detection worker (js-aruco2), the printable cards
// page, and the chunks only they use (hashed names: vite.config.ts lists them in
// /_app/vote-chunks.json, for the service worker and the budgets). The service worker keeps
// them once used online; before that, offline, "Compter avec les cartes" says it cannot start
// and the trainer counts by hand. The cards are printed beforehand.

const ONLINE_ONLY = [
	/^\/icons\/.+\.png$/,
	/^\/fonts\/OFL\.txt$/,
	/^\/_app\/immutable\/workers\/scan\.worker-[^/]+\.js$/,
	/^\/_app\/immutable\/assets\/CardScan\.[^/]+\.css$/,
	/^\/formateur\/cartes\/(index\.html)?$/,
	/^\/_app\/vote-chunks\.json$/
];

/** @param {string} path a site path, from the root: `/icons/icon-512.png` */
export const isOnlineOnly = (path) => ONLINE_ONLY.some((pattern) => pattern.test(path));
