// Opening the database must never leave the page waiting forever: an old tab can block an
// upgrade indefinitely, and Safari has been known to leave `open()` unanswered. After a few
// seconds Repères goes on without storage (read-only) and says so.
import type { ReperesDb } from './db';

export const OPEN_TIMEOUT_MS = 4_000;

export interface OpenHooks {
	timeoutMs: number;
	/** Another connection holds an older version and does not let go. */
	onBlocked: () => void;
	/** The open finally succeeded after the page had gone on without it. */
	onLateOpen: () => void;
}

/** Resolves true once open, false after `timeoutMs`; rejects when the open fails in time. */
export function openInTime(db: ReperesDb, hooks: OpenHooks): Promise<boolean> {
	let settled = false;
	db.on('blocked', () => {
		if (!settled) hooks.onBlocked();
	});
	return new Promise<boolean>((resolve, reject) => {
		const timer = setTimeout(() => {
			settled = true;
			resolve(false);
		}, hooks.timeoutMs);
		db.open().then(
			() => {
				if (settled) return hooks.onLateOpen();
				settled = true;
				clearTimeout(timer);
				resolve(true);
			},
			(error: unknown) => {
				if (settled) return;
				settled = true;
				clearTimeout(timer);
				reject(error);
			}
		);
	});
}
