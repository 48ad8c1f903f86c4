// The backup file: export and restore, every bad input refused with the database untouched.
import { describe, expect, it } from 'vitest';
import { freshDevice, exportText } from './helpers';
import { KNOWN } from './arbitraries';
import { checksumOf, MAX_BACKUP_BYTES } from '$lib/backup/file-format';
import { backupMessage } from '$lib/backup/messages';

const LESSON = {
	id: 'a/b',
	moduleSlug: 'a',
	state: 'terminee',
	openedAt: 1000,
	completedAt: 2000,
	updatedAt: 2000
};

async function deviceWithProgress() {
	const device = freshDevice();
	await device.fill({
		lessons: [LESSON],
		events: [{ seq: 1, at: 2000, type: 'lesson.complete', subject: 'a/b' }],
		lessonNotes: [{ id: 'a/b', text: '<img src=x onerror=alert(1)>', updatedAt: 3000 }]
	});
	return device;
}

/** Re-signs an edited file, as a careful forger would: only the row checks can catch it. */
async function resigned(text: string, edit: (file: Record<string, unknown>) => void) {
	const body = JSON.parse(text);
	delete body.checksum;
	edit(body);
	return JSON.stringify({ ...body, checksum: await checksumOf(body) });
}

describe('backup file', () => {
	it('restores exactly what was exported, after the data was erased', async () => {
		const device = await deviceWithProgress();
		const before = await device.read();
		const text = await exportText(device.repository);
		expect(JSON.parse(text)).toMatchObject({ format: 'reperes-sauvegarde', version: 1 });
		expect(await device.repository.eraseAllData()).toEqual({ ok: true });
		expect((await device.read()).lessons).toEqual([]);

		const read = await device.repository.readBackupFile(text, KNOWN);
		if (!read.ok) throw new Error(backupMessage(read.problem));
		expect(await device.repository.restoreBackup(read.backup, 'remplacer')).toEqual({ ok: true });
		const after = await device.read();
		// The export itself recorded its date: everything else is identical.
		expect({ ...after, learnerFacts: [] }).toEqual({ ...before, learnerFacts: [] });
		expect(after.lessonNotes[0].text).toBe('<img src=x onerror=alert(1)>');
		await device.close();
	});

	it('keeps rows about removed content aside, and says how many', async () => {
		const device = await deviceWithProgress();
		const text = await exportText(device.repository);
		const known = new Set([...KNOWN].filter((id) => id !== 'lesson:a/b'));
		const read = await device.repository.readBackupFile(text, known);
		if (!read.ok) throw new Error('refused');
		expect(read.backup.setAside.map((row) => row.table).sort()).toEqual(['lessonNotes', 'lessons']);
		await device.repository.restoreBackup(read.backup, 'remplacer');
		const facts = (await device.read()).learnerFacts;
		const aside = facts.find((row) => String(row.key).startsWith('miseDeCote:'));
		expect((aside?.value as unknown[]).length).toBe(2);
		await device.close();
	});

	const refusals: [string, (text: string) => string | Promise<string>, string][] = [
		['not JSON', () => 'bonjour', 'pas-json'],
		['truncated', (text) => text.slice(0, text.length / 2), 'tronque'],
		['another JSON file', () => '{"nom":"liste de courses"}', 'pas-sauvegarde'],
		['a bad checksum', (text) => text.replace('"a/b"', '"a/c"'), 'somme'],
		['no checksum', (text) => text.replace(/,"checksum":"[^"]*"/, ''), 'somme'],
		['a future version', (text) => resigned(text, (f) => (f.version = 2)), 'future'],
		['an unknown version', (text) => resigned(text, (f) => (f.version = 'deux')), 'inconnue'],
		['a newer database', (text) => resigned(text, (f) => (f.schemaVersion = 99)), 'future'],
		[
			'a row that breaks the schema',
			(text) =>
				resigned(text, (f) => {
					(f.tables as Record<string, Record<string, unknown>[]>).lessons[0].state = 'finie';
				}),
			'donnee'
		],
		[
			'a table this database does not have',
			(text) =>
				resigned(text, (f) => ((f.tables as Record<string, unknown>).inconnue = [{ id: 1 }])),
			'donnee'
		],
		['a huge file', () => ' '.repeat(MAX_BACKUP_BYTES + 1), 'trop-gros'],
		['a deeply nested file', () => '['.repeat(5000) + ']'.repeat(5000), 'trop-imbrique']
	];

	it.each(refusals)(
		'refuses %s, with a French message, the data untouched',
		async (_, corrupt, kind) => {
			const device = await deviceWithProgress();
			const text = await exportText(device.repository);
			const before = await device.read();
			const read = await device.repository.readBackupFile(await corrupt(text), KNOWN);
			expect(read.ok).toBe(false);
			if (read.ok) return;
			expect(read.problem.kind).toBe(kind);
			expect(backupMessage(read.problem)).toMatch(/Vos données n’ont pas été modifiées\.$/);
			expect(await device.read()).toEqual(before);
			await device.close();
		}
	);

	it('rolls the whole restore back when the disk is full half-way', async () => {
		const device = await deviceWithProgress();
		const text = await exportText(device.repository);
		await device.fill({ bookmarks: [{ id: 'fiche:a', titre: 'A', href: '/fiches/a/', at: 1 }] });
		const before = await device.read();
		const read = await device.repository.readBackupFile(text, KNOWN);
		if (!read.ok) throw new Error('refused');
		// The write of the notes fails as a full disk does, after other tables were cleared.
		device.db.lessonNotes.hook('creating', () => {
			throw new DOMException('plein', 'QuotaExceededError');
		});
		const outcome = await device.repository.restoreBackup(read.backup, 'remplacer');
		expect(outcome).toEqual({ ok: false, problem: { kind: 'plein' } });
		expect(await device.read()).toEqual(before);
		await device.close();
	});
});
