// Issue 11: crisis guidance shows that it awaits a health professional's reading (point 6),
// and a learner who finished a lesson before its last revision is told so (point 11).
import type { Page } from '@playwright/test';
import { test, expect, visit, hydrated, expectNoAxeViolations, lessonLinks } from './fixtures';

const AWAITING = 'Contenu en attente de relecture par un professionnel de santé.';

test('crisis guidance says plainly, under its title, that no health professional has read it yet', async ({
	page
}) => {
	await visit(page, '/modules/troubles/reagir-en-situation-de-crise/');
	const title = page.getByRole('heading', { level: 1, name: 'Réagir en situation de crise' });
	const notice = page.getByRole('note').filter({ hasText: AWAITING });
	await expect(notice).toHaveCount(2); // the lesson's, and that of the scenario it embeds
	const lessonNotice = notice.first();
	await expect(lessonNotice).toBeVisible();
	// Right under the title, before the lesson's summary and objectives.
	const below = (await title.boundingBox())!;
	const box = (await lessonNotice.boundingBox())!;
	const objectives = (await page
		.getByRole('heading', { name: 'Dans cette leçon, vous allez' })
		.boundingBox())!;
	expect(box.y).toBeGreaterThanOrEqual(below.y + below.height);
	expect(box.y).toBeLessThan(objectives.y);
	// The embedded scenario carries its own status, beside its title.
	const scenario = page.getByRole('region', { name: /Un membre parle de suicide à la fermeture/ });
	await expect(scenario.getByRole('note').filter({ hasText: AWAITING })).toBeVisible();
	await expectNoAxeViolations(page);

	await visit(page, '/scenarios/detresse-atelier/');
	await expect(page.getByRole('note').filter({ hasText: AWAITING })).toBeVisible();

	// Guidance that is not clinical shows nothing of the kind.
	await visit(page, '/');
	await page.getByRole('link', { name: 'Introduction aux GEM' }).click();
	await lessonLinks(page).first().click();
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
	await expect(page.getByText(AWAITING)).toHaveCount(0);
});

/** Back-dates the stored completion of a lesson, as if it had been finished on `day`. */
async function finishedOn(page: Page, lessonId: string, day: string) {
	await page.evaluate(
		({ lessonId, at }) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('reperes');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction(['lessons'], 'readwrite');
					const lessons = tx.objectStore('lessons');
					const read = lessons.get(lessonId);
					read.onsuccess = () => {
						if (!read.result) return reject(new Error(`no stored lesson ${lessonId}`));
						lessons.put({ ...read.result, completedAt: at, updatedAt: at });
					};
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		{ lessonId, at: new Date(`${day}T10:00:00`).getTime() }
	);
}

test('a lesson finished before its last revision says so, and the home page lists it', async ({
	page
}) => {
	await visit(page, '/');
	await expect(page.getByRole('region', { name: 'Mis à jour depuis votre lecture' })).toHaveCount(
		0
	);
	await page.getByRole('link', { name: 'Introduction aux GEM' }).click();
	const first = lessonLinks(page).first();
	const titre = (await first.textContent())!.trim();
	const path = new URL(await first.evaluate((a: HTMLAnchorElement) => a.href)).pathname;
	await first.click();
	await hydrated(page);
	const done = page.getByRole('button', { name: 'J’ai terminé cette leçon' });
	await done.click();
	await expect(done).toHaveAttribute('aria-pressed', 'true');
	// Finished today: the lesson has not changed since.
	const updated = page.getByRole('region', { name: 'Mis à jour depuis votre lecture' });
	await expect(updated).toHaveCount(0);

	const lessonId = path.split('/').filter(Boolean).slice(1).join('/');
	await finishedOn(page, lessonId, '2020-01-01');
	await page.reload();
	await hydrated(page);
	await expect(updated).toBeVisible();
	await expect(updated).toContainText(/Leçon relue le \d{1,2}(er)? \p{L}+ \d{4}/u);
	await expect(updated).toContainText('vous l’aviez terminée le 1er janvier 2020');
	await expectNoAxeViolations(page);

	await visit(page, '/');
	const list = page.getByRole('region', { name: 'Mis à jour depuis votre lecture' });
	await expect(list.getByRole('link')).toHaveText([titre]);
	await expectNoAxeViolations(page);

	// Keyboard only: open it from the list, then note the new version as read.
	await list.getByRole('link', { name: titre }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: titre })).toBeFocused();
	await hydrated(page);
	const read = updated.getByRole('button', { name: 'J’ai lu la nouvelle version' });
	await read.focus();
	await page.keyboard.press('Enter');
	await expect(updated).toHaveCount(0);
	await expect(page.getByRole('heading', { level: 1, name: titre })).toBeFocused();
	await expect(
		page.getByRole('status').filter({ hasText: 'Mise à jour notée comme lue.' })
	).toBeAttached();
	await expect(page.getByText('État : Terminée')).toBeVisible();

	await visit(page, '/');
	await expect(page.getByRole('region', { name: 'Mis à jour depuis votre lecture' })).toHaveCount(
		0
	);
});
