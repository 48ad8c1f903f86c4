// Registers the service worker from the app's own code rather than from the script SvelteKit
// writes into every page (kit.serviceWorker.register is off in svelte.config.js): that block,
// repeated in 170 prerendered pages, cost ~34 KB of the 2 MB offline copy. Same timing as
// SvelteKit's: after the page's `load` event, so the first visit is not slowed.
import { base } from '$app/paths';
import { dev } from '$app/environment';

export function registerServiceWorker() {
	if (!('serviceWorker' in navigator)) return;
	const register = () =>
		navigator.serviceWorker
			.register(`${base}/service-worker.js`, { type: dev ? 'module' : 'classic' })
			// No worker (private mode, an old browser): the app works online as before.
			.catch(() => {});
	if (document.readyState === 'complete') void register();
	else addEventListener('load', () => void register(), { once: true });
}
