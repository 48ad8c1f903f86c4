// The learner's record on the built site: a backup file brings the progress back after the
// site's data was cleared; a damaged file is refused with the data untouched; new pages pass axe.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, visit, expectNoAxeViolations, ORIGIN } from './fixtures';

// Several pages, a download and axe runs each: more than the default minute on a shared CPU.
test.describe.configure({ timeout: 150_000 });
const LESSON = '/modules/introduction-aux-gem/qu-est-ce-qu-un-gem/';
const BACKUP = '/mon-parcours/sauvegarde/';
const doneButton = (page: Page) => page.getByRole('button', { name: 'J’ai terminé cette leçon' });

async function finishLesson(page: Page) {
	await visit(page, LESSON);
	await doneButton(page).click();
	await expect(doneButton(page)).toHaveAttribute('aria-pressed', 'true');
}

/** Saves a backup file through the page, as a learner does; returns its text. */
async function saveFile(page: Page) {
	await visit(page, BACKUP);
	const download = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Sauvegarder dans un fichier' }).click();
	const file = await download;
	expect(file.suggestedFilename()).toMatch(/^reperes-sauvegarde-\d{4}-\d{2}-\d{2}\.json$/);
	await expect(page.getByRole('status').filter({ hasText: 'enregistré' })).toContainText(
		file.suggestedFilename()
	);
	return readFileSync(await file.path(), 'utf8');
}

const chooseFile = (page: Page, text: string, name = 'sauvegarde.json') =>
	page
		.getByLabel('Fichier de sauvegarde (.json)')
		.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

test('a backup file brings the progress back after the site data was cleared', async ({
	page,
	context
}) => {
	await finishLesson(page);
	const text = await saveFile(page);

	// "Effacer les données du site", as the browser's settings do: database and mirror go.
	const cdp = await context.newCDPSession(page);
	await cdp.send('Storage.clearDataForOrigin', { origin: ORIGIN, storageTypes: 'all' });
	await visit(page, LESSON);
	await expect(doneButton(page)).toHaveAttribute('aria-pressed', 'false');

	await visit(page, BACKUP);
	await chooseFile(page, text);
	const preview = page.getByRole('region', { name: 'Ce que contient ce fichier' });
	await expect(preview).toContainText('leçons commencées ou terminées : 1');
	await expectNoAxeViolations(page);
	await preview.getByRole('button', { name: 'Remplacer mes données' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'C’est fait' })).toBeVisible();

	await visit(page, LESSON);
	await expect(doneButton(page)).toHaveAttribute('aria-pressed', 'true');
	await visit(page, '/mon-parcours/');
	await expect(
		page.getByRole('region', { name: 'Progression par module' }).getByRole('listitem').first()
	).toContainText(/1 sur \d+ terminés/);
	await expectNoAxeViolations(page);
});

test('a damaged file is refused with a French message, the data unchanged', async ({ page }) => {
	await finishLesson(page);
	const text = await saveFile(page);

	for (const [broken, message] of [
		[text.replace('qu-est-ce-qu-un-gem', 'qu-est-ce-qu-un-gel'), 'somme de contrôle'],
		[text.slice(0, text.length / 2), 'incomplet'],
		['<html><script>alert(1)</script></html>', 'n’est pas une sauvegarde de Repères']
	]) {
		await chooseFile(page, broken);
		const alert = page.getByRole('alert');
		await expect(alert).toContainText(message);
		await expect(alert).toContainText('Vos données n’ont pas été modifiées.');
		await expect(page.getByRole('button', { name: 'Remplacer mes données' })).toHaveCount(0);
	}
	await visit(page, LESSON);
	await expect(doneButton(page)).toHaveAttribute('aria-pressed', 'true');
});

test('"Effacer mes données" says what goes, offers a file, and asks first', async ({ page }) => {
	await finishLesson(page);
	await visit(page, BACKUP);
	await page.getByRole('button', { name: 'Effacer mes données…' }).click();
	await expect(page.getByRole('button', { name: 'Oui, tout effacer' })).toBeFocused();
	const section = page.getByRole('region', { name: 'Effacer mes données' });
	await expect(section.getByRole('button', { name: 'Sauvegarder dans un fichier' })).toBeVisible();
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Non, garder mes données' }).click();
	await visit(page, LESSON);
	await expect(doneButton(page)).toHaveAttribute('aria-pressed', 'true');

	await visit(page, BACKUP);
	await page.getByRole('button', { name: 'Effacer mes données…' }).click();
	await page.getByRole('button', { name: 'Oui, tout effacer' }).click();
	await expect(section.getByRole('status')).toContainText('Vos données ont été effacées');
	await visit(page, LESSON);
	await expect(doneButton(page)).toHaveAttribute('aria-pressed', 'false');
});
