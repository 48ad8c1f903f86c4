// Browser side of "Sauvegarder dans un fichier": builds the file from the repository and hands
// it to the browser as a download. Nothing is sent anywhere.
import { repository } from '$lib/progress/live.svelte';
import { backupFileName, serializeBackup } from './file-format';

/** Downloads a backup of everything stored; returns the file name, or null when storage is out of reach. */
export async function saveBackupToFile(): Promise<string | null> {
	const file = await (await repository()).exportBackup();
	if (!file) return null;
	const name = backupFileName(new Date(file.exportedAt));
	downloadJson(name, serializeBackup(file));
	return name;
}

/** Hands a JSON text to the browser as a file download. */
export function downloadJson(name: string, text: string) {
	const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
	const link = document.createElement('a');
	link.href = url;
	link.download = name;
	document.body.append(link);
	link.click();
	link.remove();
	// The download has started once `click()` returns; the URL is freed a little later.
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
