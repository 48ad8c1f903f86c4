// Messages between pages and the service worker.
export const SKIP_WAITING = 'SKIP_WAITING';
export const CLIENT_VERSION = 'CLIENT_VERSION';
/** Page → worker: "how much of the course is on this device?" (also resumes a partial cache). */
export const OFFLINE_STATUS = 'OFFLINE_STATUS';
/** Worker → pages: progress of the offline cache of one version. */
export const OFFLINE_PROGRESS = 'OFFLINE_PROGRESS';

export interface OfflineProgress {
	type: typeof OFFLINE_PROGRESS;
	version: string;
	done: number;
	total: number;
	/** Pages (paths ending in "/") not yet on the device. */
	missingPages: string[];
	/** True while the worker is still downloading. */
	filling: boolean;
}
