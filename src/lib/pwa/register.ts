// Registers the service worker from the app's own code rather than from the script SvelteKit
// writes into every page (kit.serviceWorker.register is off in svelte.config.js): that block,
// repeated in 170 prerendered pages, cost ~34 KB of the 2 MB offline copy. Same timing as
// SvelteKit's, one step later: after the page's `load` event and once the page is idle, so the
// download of the offline copy (about 400 files) does not compete with the page starting up on
// a slow phone.
import { base } from '$app/paths';
import { dev } from '$app/environment';
import { whenIdle } from '$lib/idle';

/** A page that never goes idle still gets its offline copy. */
const IDLE_TIMEOUT_MS = 3000;

export function registerServiceWorker() {
	if (!('serviceWorker' in navigator)) return;
	const register = () =>
		navigator.serviceWorker
			.register(`${base}/service-worker.js`, { type: dev ? 'module' : 'classic' })
			// No worker (private mode, an old browser): the app works online as before.
			.catch(() => {});
	const registerWhenIdle = () => whenIdle(() => void register(), IDLE_TIMEOUT_MS);
	if (document.readyState === 'complete') registerWhenIdle();
	else addEventListener('load', registerWhenIdle, { once: true });
}
