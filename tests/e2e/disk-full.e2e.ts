// A really full disk (reliability review §5e): the browser profile lives on a small tmpfs that
// is filled from outside. Chromium may then delete the whole database at the next write; the
// app must only claim what it has checked, and rebuild the progress from its mirror once space
// is freed. Where mounting is refused (not root), a shim throws QuotaExceededError on every
// write instead, and the test says so.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import { test, expect, hydrated, ORIGIN } from './fixtures';
import { CHROME_ARGS, CHROME_PATH } from '../tools/chromium.js';

const LESSONS = [
	'/modules/introduction-aux-gem/qu-est-ce-qu-un-gem/',
	'/modules/introduction-aux-gem/pour-qui-et-ce-qu-il-n-est-pas/'
];
const THIRD = '/modules/introduction-aux-gem/comment-vit-un-gem/';
const MIRROR_KEY = 'reperes.copie-de-secours';

function tryMount(dir: string): boolean {
	try {
		execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=60m', 'tmpfs', dir], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

function fill(dir: string) {
	try {
		execFileSync('dd', ['if=/dev/zero', `of=${dir}/remplissage`, 'bs=1M', 'status=none'], {
			stdio: 'ignore'
		});
	} catch {
		// ENOSPC is the point.
	}
}

const storedLessons = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<Record<string, string>>((resolve) => {
				const request = indexedDB.open('reperes');
				request.onerror = () => resolve({ erreur: String(request.error?.name) });
				request.onsuccess = () => {
					const db = request.result;
					if (!db.objectStoreNames.contains('lessons')) {
						db.close();
						return resolve({});
					}
					const all = db.transaction('lessons').objectStore('lessons').getAll();
					all.onsuccess = () => {
						db.close();
						resolve(Object.fromEntries(all.result.map((row) => [row.id, row.state])));
					};
					all.onerror = () => resolve({ erreur: String(all.error?.name) });
				};
			})
	);

async function go(page: Page, path: string) {
	await page.goto(`${ORIGIN}${path}`);
	await hydrated(page);
}

test('a full disk: the notice says only what was checked, and progress comes back', async () => {
	test.setTimeout(120_000);
	const root = mkdtempSync('/tmp/reperes-disque-');
	const mounted = tryMount(root);
	if (!mounted)
		console.log(
			'disk-full: mounting a tmpfs was refused (not root?); using a QuotaExceededError shim instead'
		);
	const profile = `${root}/profil`;
	mkdirSync(profile);
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: CHROME_PATH,
		args: CHROME_ARGS
	});
	try {
		const page = context.pages()[0] ?? (await context.newPage());
		for (const lesson of LESSONS) {
			await go(page, lesson);
			await page.getByRole('button', { name: 'J’ai terminé cette leçon' }).click();
			await expect(page.getByRole('button', { name: 'J’ai terminé cette leçon' })).toHaveAttribute(
				'aria-pressed',
				'true'
			);
		}
		await expect
			.poll(() => page.evaluate((key) => localStorage.getItem(key), MIRROR_KEY))
			.toMatch(/^z:/);

		if (mounted) fill(root);
		else
			await context.addInitScript(() => {
				const full = () => {
					throw new DOMException('Quota exceeded', 'QuotaExceededError');
				};
				IDBObjectStore.prototype.put = full;
				IDBObjectStore.prototype.add = full;
			});
		await go(page, THIRD);
		const notice = page
			.getByRole('status')
			.filter({ hasText: /espace de stockage (de l’appareil )?est plein/ });
		// Which write first meets the full disk varies (LevelDB buffers small writes): keep
		// acting, and keep the disk full, until one fails.
		for (let attempt = 0; attempt < 10 && !(await notice.isVisible()); attempt++) {
			if (mounted) fill(root);
			await page.getByRole('button', { name: 'J’ai terminé cette leçon' }).click();
			await page.waitForTimeout(1_000);
		}
		// Polled on every notice's text, so a failure shows what the page said instead.
		await expect
			.poll(async () => (await page.getByRole('status').allInnerTexts()).join(' | ').trim(), {
				timeout: 15_000
			})
			.toMatch(/espace de stockage (de l’appareil )?est plein/);
		const left = await storedLessons(page);
		const text = await notice.innerText();
		console.log(
			`disk-full: database after the failed write: ${JSON.stringify(left)}; notice: ${text}`
		);
		// Never "ce qui était déjà enregistré est conservé" unless it was read back, and never
		// "effacé" unless it was.
		const ids = LESSONS.map((lesson) => lesson.slice('/modules/'.length, -1));
		if ('erreur' in left) expect(text).toMatch(/ne peut pas vérifier|a effacé/);
		else if (ids.every((id) => left[id] === 'terminee')) expect(text).not.toContain('effacé');
		else expect(text).not.toContain('est bien là');

		if (mounted) rmSync(`${root}/remplissage`);
		else await context.close();
		const after = mounted
			? page
			: (
					await chromium.launchPersistentContext(profile, {
						executablePath: CHROME_PATH,
						args: CHROME_ARGS
					})
				).pages()[0];
		const expected = Object.fromEntries(ids.map((id) => [id, 'terminee']));
		await go(after, '/modules/introduction-aux-gem/');
		await expect.poll(() => storedLessons(after)).toMatchObject(expected);

		// Whether Chromium erased the database above varies; erase it as the browser does
		// (deleteDatabase under the open page), so the mirror's rebuild is always exercised.
		await after.evaluate(
			() =>
				new Promise((resolve) => {
					indexedDB.deleteDatabase('reperes').onsuccess = resolve;
				})
		);
		await expect(
			after.getByRole('status').filter({ hasText: 'Le navigateur a effacé la progression' })
		).toBeVisible();
		await go(after, '/modules/introduction-aux-gem/');
		await expect(
			after
				.getByRole('status')
				.filter({ hasText: 'Repères l’a reconstituée à partir de sa copie de secours' })
		).toBeVisible();
		await expect.poll(() => storedLessons(after)).toMatchObject(expected);
		if (!mounted) await after.context().close();
	} finally {
		await context.close().catch(() => {});
		if (mounted) execFileSync('umount', ['-l', root]);
		rmSync(root, { recursive: true, force: true });
	}
});
