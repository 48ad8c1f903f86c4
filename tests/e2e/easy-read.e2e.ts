// "Facile à lire": one switch in the header's menu changes a lesson to its easy-to-read
// version and back, at the same address, remembered on the device and offline.
import type { Page } from '@playwright/test';
import {
	test,
	expect,
	visit,
	hydrated,
	controlledByServiceWorker,
	expectNoAxeViolations
} from './fixtures';

const LESSON = '/modules/introduction-aux-gem/pour-qui-et-ce-qu-il-n-est-pas/';
const OTHER_LESSON = '/modules/introduction-aux-gem/qu-est-ce-qu-un-gem/';
const LABEL = 'Version facile à lire — non relue par des lecteurs';

async function toggleEasyRead(page: Page) {
	const nav = page.getByRole('navigation', { name: 'Navigation principale' });
	await nav.getByText('Menu').click();
	const toggle = nav.getByRole('button', { name: 'Facile à lire' });
	const before = await toggle.getAttribute('aria-pressed');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', before === 'true' ? 'false' : 'true');
	await page.keyboard.press('Escape');
}

/**
 * The lesson text's section headings, in order, as a reader of the page meets them: not the
 * headings around the text, some of which appear once the device's data is read.
 */
const lessonHeadings = (page: Page) =>
	page
		.locator('article')
		.getByRole('heading', { level: 2 })
		.filter({
			hasNotText:
				/^(Dans cette leçon, vous allez|Sommaire de la leçon|Sources|Votre progression|Mes repères sur cette leçon)$/
		})
		.allTextContents();

test('the switch shows the easy version of a lesson and back, the activities and address unchanged', async ({
	page
}) => {
	await visit(page, LESSON);
	const standardHeadings = await lessonHeadings(page);
	expect(standardHeadings).toContain('Les GEM Autisme');
	await expect(page.getByText(LABEL)).toHaveCount(0);

	await toggleEasyRead(page);
	await expect(page.getByText(LABEL)).toBeVisible();
	await expect(page).toHaveURL(LESSON);
	await expect(
		page.getByRole('heading', { level: 2, name: 'Venir au GEM est libre' })
	).toBeVisible();
	await expect(
		page.getByRole('heading', { name: 'Des publics qui se sont élargis au fil des textes' })
	).toHaveCount(0);
	// Mise en situation and the table of contents follow the easy text, same number of sections.
	await expect(page.getByRole('heading', { name: /Mise en situation.*CMP/ })).toBeVisible();
	const toc = page.getByRole('navigation', { name: 'Sommaire de la leçon' });
	await expect(toc.getByRole('link')).toHaveCount(6);
	await toc.getByRole('link', { name: 'Les GEM Autisme' }).click();
	await expect(page).toHaveURL(`${LESSON}#facile-les-gem-autisme`);
	const easyHeadings = (await lessonHeadings(page)).filter(
		(text) => !/Mise en situation/.test(text)
	);
	expect(easyHeadings).toHaveLength(
		standardHeadings.filter((text) => !/Mise en situation/.test(text)).length
	);
	await expectNoAxeViolations(page);

	// The standard text, one click away, and back; focus stays on the control that replaced it.
	await page.getByRole('button', { name: 'Lire le texte standard' }).click();
	await expect(
		page.getByRole('heading', { name: 'Des publics qui se sont élargis au fil des textes' })
	).toBeVisible();
	const back = page.getByRole('button', { name: 'Revenir à la version facile à lire' });
	await expect(back).toBeFocused();
	await back.click();
	await expect(page.getByText(LABEL)).toBeVisible();
	await expect(page.getByRole('button', { name: 'Lire le texte standard' })).toBeFocused();

	// Remembered on the device: a reload keeps the easy version.
	await page.reload();
	await hydrated(page);
	await expect(page.getByText(LABEL)).toBeVisible();

	// And the switch turns it off again.
	await toggleEasyRead(page);
	await expect(page.getByText(LABEL)).toHaveCount(0);
	await expect(
		page.getByRole('heading', { name: 'Des publics qui se sont élargis au fil des textes' })
	).toBeVisible();
	await page.reload();
	await hydrated(page);
	await expect(
		page.getByRole('heading', { name: 'Des publics qui se sont élargis au fil des textes' })
	).toBeVisible();
	await expect(page.getByText(LABEL)).toHaveCount(0);
});

test('once chosen, the easy versions show offline, on a lesson never opened too', async ({
	page,
	context
}) => {
	await visit(page, '/');
	await controlledByServiceWorker(page);
	await toggleEasyRead(page);
	// Every easy text is in the precache, so a lesson never opened has its easy version offline.
	await expect
		.poll(
			() =>
				page.evaluate(
					async (path) => Boolean(await caches.match(`${path}facile.json`)),
					OTHER_LESSON
				),
			{ timeout: 30_000 }
		)
		.toBe(true);

	await context.setOffline(true);
	await page.goto(LESSON);
	await hydrated(page);
	await expect(page.getByText(LABEL)).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Venir au GEM est libre' })).toBeVisible();
	await page.goto(OTHER_LESSON);
	await hydrated(page);
	await expect(page.getByText(LABEL)).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Une loi de 2005 a créé les GEM' })).toBeVisible();
	await context.setOffline(false);
});

test('a sheet’s answer and the emergency card in easy-to-read French, the standard text one click away', async ({
	page
}) => {
	await visit(page, '/fiches/repos-entre-deux-journees/');
	const answer = page.getByRole('region', { name: 'La réponse' });
	const standard = (await answer.getByRole('paragraph').first().textContent())!.trim();
	await expect(answer).not.toContainText('si vous rentrez à minuit');
	await toggleEasyRead(page);
	await expect(answer).toContainText(
		'Par exemple, si vous rentrez à minuit, vous reprenez au plus tôt à 11 heures.'
	);
	await expect(answer.getByText(LABEL)).toBeVisible();
	const details = answer.getByText('Lire le texte standard');
	await details.click();
	await expect(answer.getByText(standard)).toBeVisible();
	await expectNoAxeViolations(page);

	await visit(page, '/urgence/');
	const sms = page
		.getByRole('listitem')
		.filter({ hasText: 'Si vous ne pouvez pas parler, envoyez un SMS au 114.' });
	await expect(sms).toBeVisible();
	await expect(sms.getByRole('link', { name: '114' })).toHaveAttribute('href', 'sms:114');
	// The two safety rules and the numbers stay on the card.
	await expect(
		page.getByRole('heading', { name: 'Deux règles à ne jamais oublier' })
	).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Les numéros' })).toBeVisible();
	await expectNoAxeViolations(page);
});
