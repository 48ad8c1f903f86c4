// How much of the course this device holds for offline use, as the service worker reports
// it. The footer shows it; /hors-ligne/ lists what is missing.
import { version } from '$app/environment';
import { OFFLINE_PROGRESS, OFFLINE_STATUS, type OfflineProgress } from './messages';

export const offline = $state<{ progress: OfflineProgress | null }>({ progress: null });

/** "Disponible hors ligne : 87 %" while the download runs, then "Disponible hors ligne". */
export function offlineLabel(progress: OfflineProgress): string {
	if (progress.done >= progress.total) return 'Disponible hors ligne';
	// Never rounds up to 100 % while a file is missing.
	const percent = Math.floor((progress.done * 100) / progress.total);
	const label = `Disponible hors ligne : ${percent} %`;
	return progress.filling ? label : `${label} (la suite se téléchargera à la prochaine connexion)`;
}

let started = false;

export function watchOfflineStatus() {
	if (started || !('serviceWorker' in navigator)) return;
	started = true;
	const container = navigator.serviceWorker;
	container.addEventListener('message', (event: MessageEvent) => {
		const data = event.data as OfflineProgress | null;
		// A newer version installing in the background is not what this page offers offline.
		if (data?.type === OFFLINE_PROGRESS && data.version === version) offline.progress = data;
	});
	container.startMessages();
	// Asking also makes the worker fetch whatever an earlier visit could not.
	const ask = () => container.controller?.postMessage({ type: OFFLINE_STATUS });
	container.addEventListener('controllerchange', ask);
	addEventListener('online', () => {
		ask();
		void container.getRegistration().then((registration) => registration?.update().catch(() => {}));
	});
	ask();
}
