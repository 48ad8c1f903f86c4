// The page's half of the update policy (stack-notes, "Project decisions"): a new service
// worker installs and waits; the reader decides when it takes over. Only the page whose
// reader clicked reloads; other open pages keep running and offer the same update.

import { version } from '$app/environment';
import { CLIENT_VERSION, SKIP_WAITING } from './messages';

export interface UpdateOffer {
	accept: () => void;
}

/** Tells the worker which version this page runs, so it keeps that version's files. */
function announceVersion() {
	navigator.serviceWorker.controller?.postMessage({ type: CLIENT_VERSION, version });
}

export function watchForUpdate(onOffer: (offer: UpdateOffer | null) => void): () => void {
	if (!('serviceWorker' in navigator)) return () => {};
	const container = navigator.serviceWorker;
	let acceptedHere = false;
	let disposed = false;
	// The first worker claiming a page that had none is an install, not an update.
	let hadController = container.controller !== null;

	const offerWaiting = (worker: ServiceWorker) =>
		onOffer({
			accept: () => {
				acceptedHere = true;
				worker.postMessage({ type: SKIP_WAITING });
			}
		});

	const onControllerChange = () => {
		if (!hadController) {
			hadController = true;
			announceVersion();
			return;
		}
		// This page asked for the new version: load it. Another page switched the worker:
		// this one still runs the old version, so offer a reload instead of forcing one.
		if (acceptedHere) location.reload();
		else onOffer({ accept: () => location.reload() });
	};

	const offerOnceInstalled = (worker: ServiceWorker | null) =>
		worker?.addEventListener('statechange', () => {
			if (worker.state === 'installed' && container.controller) offerWaiting(worker);
		});

	const watch = (registration: ServiceWorkerRegistration) => {
		if (disposed) return;
		if (registration.waiting && container.controller) offerWaiting(registration.waiting);
		// A new version found before this page started watching is already installing: its
		// 'updatefound' has passed, so follow it here or the reader is never offered it.
		offerOnceInstalled(registration.installing);
		registration.addEventListener('updatefound', () => offerOnceInstalled(registration.installing));
		// Look for a newer version each time the app is opened, not only on navigations.
		void registration.update().catch(() => {});
	};

	container.addEventListener('controllerchange', onControllerChange);
	announceVersion();
	void container.ready.then(watch);

	return () => {
		disposed = true;
		container.removeEventListener('controllerchange', onControllerChange);
	};
}
