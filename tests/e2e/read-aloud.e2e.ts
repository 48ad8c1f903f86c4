// "Écouter" on the built site, with a stand-in speech synthesis (headless Chromium has no
// voice): what is said, what is highlighted, the controls, the keyboard, and the messages.
import type { Page } from '@playwright/test';
import { test, expect, visit, expectNoAxeViolations } from './fixtures';
import { PHONE, enlargeText, measure, zoomProblems } from './text-zoom-measure';
import {
	LOCAL_ENGLISH,
	LOCAL_FRENCH,
	NETWORK_FRENCH,
	finishSentence,
	highlighted,
	saying,
	spoken,
	stubSpeech
} from './speech-stub';

// Several axe runs a test: on the shared 2-core machine one run can take 20 s.
test.describe.configure({ timeout: 120_000 });

const LESSON = '/modules/introduction-aux-gem/qu-est-ce-qu-un-gem/';
const SHEET = '/fiches/repos-entre-deux-journees/';
const collapse = (text: string | null) => text?.replace(/\s+/g, ' ').trim() ?? null;

/** Records every change of a live region (status, alert, log, aria-live) from now on. */
async function watchLiveRegions(page: Page) {
	await page.evaluate(() => {
		const changes: string[] = [];
		(window as unknown as { liveChanges: string[] }).liveChanges = changes;
		const live =
			'[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]';
		new MutationObserver((records) => {
			for (const record of records) {
				const target =
					record.target instanceof Element ? record.target : record.target.parentElement;
				const region = target?.closest(live);
				if (region) changes.push(`${region.outerHTML.slice(0, 80)}`);
			}
		}).observe(document.body, { subtree: true, childList: true, characterData: true });
	});
}
const liveChanges = (page: Page) =>
	page.evaluate(() => (window as unknown as { liveChanges: string[] }).liveChanges);

/** The sentence said now is the one highlighted on the page. */
async function expectHighlightOnSpokenSentence(page: Page) {
	const now = await saying(page);
	expect(now).not.toBeNull();
	expect(await highlighted(page)).toBe(collapse(now));
}

test('a lesson is read sentence by sentence with a local French voice, its sentence highlighted', async ({
	page
}) => {
	await stubSpeech(page, [LOCAL_ENGLISH, NETWORK_FRENCH, LOCAL_FRENCH]);
	await visit(page, LESSON);
	await watchLiveRegions(page);
	await page.getByRole('button', { name: 'Écouter la leçon' }).click();

	const pause = page.getByRole('button', { name: 'Mettre en pause' });
	await expect(pause).toBeFocused();
	await expect.poll(() => saying(page)).toBe('Module 1 · Leçon 1 sur 4');
	expect(await page.evaluate(() => window.__speech.log.spoken[0].voice)).toBe('Amélie');
	await expectHighlightOnSpokenSentence(page);

	// The voice ends each sentence; the next one is said and highlighted.
	await finishSentence(page);
	await finishSentence(page);
	await finishSentence(page);
	expect(await saying(page)).toBe("Qu'est-ce qu'un GEM ?");
	await expectHighlightOnSpokenSentence(page);
	const controls = page.getByRole('group', { name: 'Lecture à voix haute' });
	await expect(controls.getByText(/^Phrase 4 sur \d+$/)).toBeVisible();
	await expectNoAxeViolations(page);

	// Pause, then resume: the same sentence is said again from its start.
	await pause.click();
	const resume = page.getByRole('button', { name: 'Reprendre la lecture' });
	await expect(resume).toBeFocused();
	expect(await saying(page)).toBeNull();
	expect(await highlighted(page)).toBe("Qu'est-ce qu'un GEM ?");
	await resume.click();
	expect(await saying(page)).toBe("Qu'est-ce qu'un GEM ?");

	// Next and previous sentence.
	await controls.getByRole('button', { name: 'Phrase suivante' }).click();
	const fifth = await saying(page);
	expect(fifth).toMatch(/^Le groupe d'entraide mutuelle expliqué simplement/);
	await expectHighlightOnSpokenSentence(page);
	await controls.getByRole('button', { name: 'Phrase précédente' }).click();
	expect(await saying(page)).toBe("Qu'est-ce qu'un GEM ?");
	await expectHighlightOnSpokenSentence(page);

	// Speed: the sentence starts again at the new rate, and the choice is remembered.
	await controls.getByLabel('Vitesse').selectOption({ label: 'Rapide' });
	const last = await page.evaluate(() => window.__speech.log.spoken.at(-1));
	expect(last).toEqual({ text: "Qu'est-ce qu'un GEM ?", rate: 1.25, voice: 'Amélie' });

	// No live region spoke over the voice meanwhile.
	expect(await liveChanges(page)).toEqual([]);

	// Stop: silence, no highlight, focus back on the button that starts the reading.
	await controls.getByRole('button', { name: 'Arrêter' }).click();
	const listen = page.getByRole('button', { name: 'Écouter la leçon' });
	await expect(listen).toBeFocused();
	expect(await saying(page)).toBeNull();
	expect(await highlighted(page)).toBeNull();
	await expect(controls.getByRole('button', { name: 'Phrase suivante' })).toHaveCount(0);

	await page.reload();
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
	await page.getByRole('button', { name: 'Écouter la leçon' }).click();
	await expect(page.getByLabel('Vitesse')).toHaveValue('1.25');
	expect(await page.evaluate(() => window.__speech.log.spoken.at(-1)?.rate)).toBe(1.25);
});

test('keyboard only: start, pause, move on, stop with Escape, and listen to the end', async ({
	page
}) => {
	await stubSpeech(page, [LOCAL_FRENCH]);
	await visit(page, SHEET);
	await page.getByRole('heading', { level: 1 }).focus();
	await page.keyboard.press('Tab');
	const listen = page.getByRole('button', { name: 'Écouter la fiche' });
	await expect(listen).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Mettre en pause' })).toBeFocused();
	await expect.poll(() => saying(page)).toBe('Fiche · Repos et congés');

	await page.keyboard.press('Space');
	await expect(page.getByRole('button', { name: 'Reprendre la lecture' })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Phrase précédente' })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Phrase suivante' })).toBeFocused();
	await page.keyboard.press('Enter');
	// Paused, a move only changes the highlighted sentence; nothing is said until resumed.
	expect(await spoken(page)).toEqual(['Fiche · Repos et congés']);
	expect(await highlighted(page)).toMatch(/^Je finis tard et reprends tôt/);
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Arrêter' })).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByLabel('Vitesse')).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(listen).toBeFocused();
	expect(await highlighted(page)).toBeNull();

	// Heard to the end, the reading closes its controls and focus stays on the button.
	await page.keyboard.press('Enter');
	await expect.poll(() => saying(page)).not.toBeNull();
	while (await saying(page)) await finishSentence(page);
	await expect(listen).toBeFocused();
	const all = await spoken(page);
	expect(all.at(-1)).toMatch(/^Le droit peut avoir changé depuis/);
	expect(all).not.toContain('Écouter la fiche');
	expect(all.some((text) => text.includes('Copier le lien'))).toBe(false);
});

test('without a French voice, a short French explanation says how to add one', async ({ page }) => {
	await stubSpeech(page, [LOCAL_ENGLISH]);
	await visit(page, LESSON);
	const listen = page.getByRole('button', { name: 'Écouter la leçon' });
	await listen.click();
	const message = page.getByText('Aucune voix française n’est installée sur cet appareil.');
	await expect(message).toBeVisible();
	await expect(page.locator('p:focus')).toContainText('Aucune voix française');
	for (const system of ['Android', 'iPhone et iPad', 'Windows', 'macOS']) {
		await expect(page.getByRole('listitem').filter({ hasText: system }).first()).toBeVisible();
	}
	expect(await spoken(page)).toEqual([]);
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Fermer ce message' }).click();
	await expect(message).toBeHidden();
	await expect(listen).toBeFocused();
});

test('a voice that needs the network is used only after saying so and asking', async ({ page }) => {
	await stubSpeech(page, [NETWORK_FRENCH]);
	await visit(page, LESSON);
	const listen = page.getByRole('button', { name: 'Écouter la leçon' });
	await listen.click();
	const question = page.locator('p:focus');
	await expect(question).toContainText('passe par Internet');
	await expect(question).toContainText('Google français');
	expect(await spoken(page)).toEqual([]);
	await expectNoAxeViolations(page);

	await page.getByRole('button', { name: 'Ne pas l’utiliser' }).click();
	await expect(listen).toBeFocused();
	expect(await spoken(page)).toEqual([]);

	await listen.click();
	await page.getByRole('button', { name: 'Utiliser la voix en ligne' }).click();
	await expect(page.getByRole('button', { name: 'Mettre en pause' })).toBeFocused();
	await expect.poll(() => saying(page)).toBe('Module 1 · Leçon 1 sur 4');
	expect(await page.evaluate(() => window.__speech.log.spoken[0].voice)).toBe('Google français');
});

test('a scenario step is read with its choices; choosing stops the voice', async ({ page }) => {
	await stubSpeech(page, [LOCAL_FRENCH]);
	await visit(page, '/scenarios/premier-jour/');
	await page.getByRole('button', { name: 'Commencer la mise en situation' }).click();
	await expect(page.getByRole('heading', { name: /^Étape 1\b/ })).toBeFocused();
	const choices = page.getByRole('group', { name: 'Que faites-vous ?' }).getByRole('button');
	const labels = (await choices.allTextContents()).map((label) =>
		label.replace(/\s+/g, ' ').trim()
	);

	await page.getByRole('button', { name: 'Écouter cette étape' }).click();
	await expect.poll(() => saying(page)).toMatch(/^Étape 1\b/);
	await expectHighlightOnSpokenSentence(page);
	await expectNoAxeViolations(page);
	for (let i = 0; i < 40 && (await saying(page)) !== labels[0]; i++) await finishSentence(page);
	await expectHighlightOnSpokenSentence(page);
	while (await saying(page)) await finishSentence(page);
	const all = await spoken(page);
	expect(all).toContain('Que faites-vous ?');
	expect(all.slice(-labels.length)).toEqual(labels);
	expect(all.some((text) => text.includes('Recommencer'))).toBe(false);

	await page.getByRole('button', { name: 'Écouter cette étape' }).click();
	await expect.poll(() => saying(page)).toMatch(/^Étape 1\b/);
	await choices.first().click();
	await expect(page.getByRole('heading', { name: 'Ce qui se passe' })).toBeFocused();
	expect(await saying(page)).toBeNull();
	expect(await highlighted(page)).toBeNull();
});

test('the controls pass axe in dark and forced colours too', async ({ page }) => {
	await stubSpeech(page, [LOCAL_FRENCH]);
	await visit(page, SHEET);
	await page.getByRole('button', { name: 'Écouter la fiche' }).click();
	await expect(page.getByRole('button', { name: 'Mettre en pause' })).toBeFocused();
	await page.emulateMedia({ colorScheme: 'dark' });
	await expectNoAxeViolations(page);
	await page.emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
	await expectNoAxeViolations(page);
	const colours = await page.evaluate(() => {
		const probe = document.createElement('mark');
		probe.className = 'lecture-en-cours';
		document.body.append(probe);
		const { backgroundColor, color } = getComputedStyle(probe);
		probe.remove();
		return { backgroundColor, color };
	});
	expect(colours.backgroundColor).not.toBe(colours.color);
});

test.describe('on a phone at 200 % text size', () => {
	test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

	test('the open controls fit: no sideways scrolling, no split word, nothing past 320 px', async ({
		page
	}) => {
		await stubSpeech(page, [LOCAL_FRENCH]);
		await enlargeText(page);
		await visit(page, SHEET);
		await page.getByRole('button', { name: 'Écouter la fiche' }).click();
		await expect(page.getByRole('button', { name: 'Mettre en pause' })).toBeInViewport();
		expect(zoomProblems(SHEET, await page.evaluate(measure))).toEqual([]);
		// At 320 px as well (the header's own fit at that width and size is not this test's).
		await page.setViewportSize({ width: 320, height: 640 });
		const outside = await page
			.getByRole('group', { name: 'Lecture à voix haute' })
			.evaluate((group) =>
				[group, ...group.querySelectorAll('*')]
					.filter((element) => element.getBoundingClientRect().right > innerWidth)
					.map((element) => element.outerHTML.slice(0, 60))
			);
		expect(outside).toEqual([]);
	});
});

test('without the Custom Highlight API, a <mark> shows the sentence and the page is restored', async ({
	page
}) => {
	await page.addInitScript(() => {
		delete (CSS as { highlights?: unknown }).highlights;
	});
	await stubSpeech(page, [LOCAL_FRENCH]);
	await visit(page, SHEET);
	const answer = page.locator('.answer p');
	const before = await answer.innerHTML();
	// The text node Svelte rendered, kept to check it is the very one in the page afterwards.
	await answer.evaluate((p) => ((window as unknown as { node: Node }).node = p.firstChild!));
	await page.getByRole('button', { name: 'Écouter la fiche' }).click();
	await expect.poll(() => saying(page)).not.toBeNull();
	for (let i = 0; i < 4; i++) await finishSentence(page);
	const marks = page.locator('mark.lecture-en-cours');
	await expect(marks).toHaveCount(1);
	expect(collapse(await marks.textContent())).toBe(collapse(await saying(page)));
	await finishSentence(page);
	await expect(marks).toHaveCount(1);
	expect(collapse(await marks.textContent())).toBe(collapse(await saying(page)));
	await page.getByRole('button', { name: 'Arrêter' }).click();
	await expect(marks).toHaveCount(0);
	expect(await answer.innerHTML()).toBe(before);
	expect(
		await answer.evaluate((p) => p.firstChild === (window as unknown as { node: Node }).node)
	).toBe(true);
});

test('the accessibility statement is linked from every page footer', async ({ page }) => {
	await visit(page, LESSON);
	await page
		.getByRole('contentinfo')
		.getByRole('link', { name: 'Accessibilité : non conforme' })
		.click();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Déclaration d’accessibilité' })
	).toBeFocused();
	await expect(page.getByText(/Aucun lecteur d’écran .* n’a pu être utilisé/)).toBeVisible();
	await expect(page.getByText(/Libre\s+réponse 71120/)).toBeVisible();
	await expectNoAxeViolations(page);
});
