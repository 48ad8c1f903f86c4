// Notes and bookmarks on lessons, listed in "Mes repères"; the attestation prints on one or
// two pages with the learner's name and modules.
import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { test, expect, visit, expectNoAxeViolations } from './fixtures';

// Several pages, a download and axe runs each: more than the default minute on a shared CPU.
test.describe.configure({ timeout: 150_000 });
const MODULE = 'introduction-aux-gem';
const LESSONS = [
	'qu-est-ce-qu-un-gem',
	'pour-qui-et-ce-qu-il-n-est-pas',
	'comment-vit-un-gem',
	'financement-et-bilan-annuel'
].map((slug) => `${MODULE}/${slug}`);

test('a lesson note saves itself, and the note and the kept lesson are listed in Mes repères', async ({
	page
}) => {
	await visit(page, `/modules/${LESSONS[0]}/`);
	const notes = page.getByRole('region', { name: 'Mes repères sur cette leçon' });
	await notes
		.getByLabel('Ma note (privée, gardée sur cet appareil)')
		.fill('Relire la charte <b>lundi</b>');
	await expect(notes.getByRole('status')).toHaveText('Enregistré');
	const keep = notes.getByRole('button', { name: 'Garder dans mes repères' });
	await keep.click();
	await expect(keep).toHaveAttribute('aria-pressed', 'true');

	await page.reload();
	await expect(page.getByLabel('Ma note (privée, gardée sur cet appareil)')).toHaveValue(
		'Relire la charte <b>lundi</b>'
	);
	await visit(page, '/mes-reperes/');
	const main = page.getByRole('main');
	// Listed twice: once as a kept lesson, once above its note.
	await expect(main.getByRole('link', { name: "Qu'est-ce qu'un GEM ?" })).toHaveCount(2);
	const mine = page.getByRole('region', { name: 'Mes notes' });
	// Typed markup is shown as text, never interpreted.
	await expect(mine).toContainText('Relire la charte <b>lundi</b>');
	await expectNoAxeViolations(page);
});

/** A backup file holding a finished module 1, signed as the app signs it. */
function finishedModuleFile() {
	const at = Date.UTC(2026, 10, 20, 10);
	const body = {
		format: 'reperes-sauvegarde',
		version: 1,
		exportedAt: new Date(at).toISOString(),
		schemaVersion: 1,
		tables: {
			lessons: LESSONS.map((id, index) => ({
				id,
				moduleSlug: MODULE,
				state: 'terminee',
				openedAt: at + index,
				completedAt: at + index,
				updatedAt: at + index
			})),
			completed: ['scenario:premier-jour', 'scenario:gem-ou-cmp', 'quiz:gem-ou-soin'].map(
				(key) => ({
					key,
					firstAt: at,
					lastAt: at,
					count: 1
				})
			),
			events: LESSONS.map((id, index) => ({
				seq: index + 1,
				at: at + index * 86_400_000,
				type: 'lesson.complete',
				subject: id
			}))
		}
	};
	const checksum = `sha256:${createHash('sha256').update(JSON.stringify(body)).digest('hex')}`;
	return JSON.stringify({ ...body, checksum });
}

async function restore(page: Page, text: string) {
	await visit(page, '/mon-parcours/sauvegarde/');
	await page
		.getByLabel('Fichier de sauvegarde (.json)')
		.setInputFiles({ name: 'f.json', mimeType: 'application/json', buffer: Buffer.from(text) });
	await page.getByRole('button', { name: 'Ajouter à mes données' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'C’est fait' })).toBeVisible();
}

test('the attestation prints on one or two pages with the name and the modules', async ({
	page
}) => {
	await restore(page, finishedModuleFile());
	await visit(page, '/mon-parcours/attestation/');
	const name = page.getByLabel('Votre prénom et votre nom');
	await name.fill('Camille Martin');
	await name.blur();
	await expectNoAxeViolations(page);

	await page.reload();
	await expect(page.getByLabel('Votre prénom et votre nom')).toHaveValue('Camille Martin');
	await page.emulateMedia({ media: 'print' });
	const attestation = page.getByRole('article', { name: 'Attestation' });
	await expect(attestation).toContainText('Camille Martin');
	await expect(attestation).toContainText('Module 1 : Introduction aux GEM');
	await expect(attestation).toContainText('attestation sur l’honneur de suivi', {
		ignoreCase: true
	});
	await expect(attestation).toContainText('Visa du formateur');
	await expect(page.getByRole('button', { name: 'Imprimer ou enregistrer en PDF' })).toBeHidden();
	await expect(page.locator('body')).not.toContainText(/certificat|diplôme/i);

	const pdf = await page.pdf({ format: 'A4' });
	const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
	expect(pages.length).toBeGreaterThanOrEqual(1);
	expect(pages.length).toBeLessThanOrEqual(2);
});
