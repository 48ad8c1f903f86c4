// Older backup layouts are brought forward one version at a time, like the database. Only
// version 1 has ever been written (tests/fixtures/backup/v1.json); a version 2 adds its step
// here, keyed by the version it upgrades from, and its own fixture.
import { BACKUP_VERSION, type BackupFile } from './file-format';

const STEPS: Record<number, (file: BackupFile) => BackupFile> = {};

export function migrateBackup(file: BackupFile): BackupFile {
	let current = file;
	for (let version = file.version; version < BACKUP_VERSION; version++) {
		const step = STEPS[version];
		if (!step) throw new Error(`No backup migration from version ${version}`);
		current = { ...step(current), version: version + 1 };
	}
	return current;
}
