// Trainer mode on the built site: prepare a plan by keyboard, present it with the projector
// and the notes view as two pages of one browser, vote, reveal, reload, summarise, import.
import type { Locator, Page } from '@playwright/test';
import {
	controlledByServiceWorker,
	expect,
	expectNoAxeViolations,
	hydrated,
	test,
	visit
} from './fixtures';

test.use({ locale: 'fr-FR' });

const LESSON_1 = 'Pair-aidance et entraide mutuelle';
const LESSON_2 = 'Un lieu non médical, libre et décidé ensemble';
const SCENARIO = "« Choisis, toi, c'est plus simple »";
const QUIZ = 'Les valeurs du GEM';

/** Presses Tab until `target` has focus: the way a keyboard user reaches it. */
async function tabTo(page: Page, target: Locator, max = 80) {
	for (let i = 0; i < max; i++) {
		if (await target.evaluate((element) => element === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`Tab never reached ${target}`);
}

async function addFromCourse(page: Page, search: string, name: RegExp) {
	const filter = page.getByLabel('Chercher une leçon, une mise en situation ou une vérification');
	await tabTo(page, filter);
	await page.keyboard.press('Control+A');
	await page.keyboard.type(search);
	await tabTo(page, page.getByRole('button', { name }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status').filter({ hasText: 'ajouté au plan' })).toBeAttached();
}

/**
 * Presses the clicker's "next" key until `target` shows (a long screen takes several pages),
 * waiting after each press for the screen to change: the window that runs the session may be
 * the other one, so the projector follows a moment later.
 */
async function nextUntil(page: Page, target: Locator, max = 40) {
	const screen = () => page.locator('.presenter').innerText();
	for (let i = 0; i < max; i++) {
		if (await target.isVisible()) return;
		const before = await screen();
		await page.keyboard.press('ArrowRight');
		await expect.poll(screen, { timeout: 5000 }).not.toBe(before);
	}
	await expect(target).toBeVisible();
}

/** What IndexedDB holds of learner progress: trainer mode must leave it empty. */
const learnerRecords = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const open = indexedDB.open('reperes');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const tables = ['lessons', 'events', 'runs'].filter((t) =>
						db.objectStoreNames.contains(t)
					);
					if (!tables.length) return resolve(0);
					const tx = db.transaction(tables);
					let total = 0;
					let pending = tables.length;
					for (const table of tables) {
						const count = tx.objectStore(table).count();
						count.onsuccess = () => {
							total += count.result;
							if (--pending === 0) resolve(total);
						};
					}
				};
			})
	);

function relativeLuminance(rgb: string) {
	const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
		const c = Number(v) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

test('a trainer prepares, presents, resumes and summarises a session without touching learner progress', async ({
	context,
	page
}) => {
	test.setTimeout(240_000);
	// 1. Prepare the plan, keyboard only.
	await visit(page, '/formateur/');
	await expectNoAxeViolations(page);
	await tabTo(page, page.getByRole('button', { name: 'Nouveau plan' }));
	await page.keyboard.press('Enter');
	const title = page.getByLabel('Titre de la séance');
	await expect(title).toBeFocused();
	await page.keyboard.press('Control+A');
	await page.keyboard.type('Journée d’accueil');
	// The date picker's own segments depend on the system locale: the value is set directly.
	await page.getByLabel('Date').fill('2026-12-10');
	await tabTo(page, page.getByLabel('Groupe', { exact: true }));
	await page.keyboard.type('Nouveaux animateurs');
	await page.keyboard.press('Tab');
	await addFromCourse(page, 'Pair-aidance', /Ajouter Leçon « Pair-aidance/);
	await addFromCourse(page, 'Choisis, toi', /Ajouter Mise en situation/);
	await addFromCourse(page, 'valeurs du GEM', /Ajouter Pour vérifier « Les valeurs du GEM »/);
	await addFromCourse(page, 'non médical', /Ajouter Leçon « Un lieu non médical/);
	// The second lesson goes up, before the check, with "Monter".
	await tabTo(page, page.getByRole('button', { name: `Monter « ${LESSON_2} »` }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: `Monter « ${LESSON_2} »` })).toBeFocused();
	const items = page
		.getByRole('region', { name: /Modifier le plan/ })
		.getByRole('list')
		.first()
		.getByRole('listitem');
	await expect(items).toHaveText([
		new RegExp(LESSON_1),
		new RegExp(SCENARIO),
		new RegExp(LESSON_2),
		new RegExp(QUIZ)
	]);
	await expectNoAxeViolations(page);

	// Saved on the device: a reload lists it.
	await visit(page, '/formateur/');
	await expect(page.getByRole('heading', { name: 'Journée d’accueil', level: 3 })).toBeVisible();
	await expect(page.getByRole('listitem').filter({ hasText: 'Journée d’accueil' })).toContainText(
		'10 décembre 2026 · Nouveaux animateurs · 4 éléments'
	);
	const launch = page.getByRole('link', { name: 'Lancer la séance « Journée d’accueil »' });
	const presenterUrl = (await launch.getAttribute('href'))!;
	const planId = new URLSearchParams(presenterUrl.split('?')[1]).get('plan')!;

	// 2. Present: the projector and the notes view, two pages of one browser context.
	await tabTo(page, launch);
	await page.keyboard.press('Enter');
	await page.waitForURL(/\/formateur\/projection\//);
	await hydrated(page);
	const presenter = page;
	await presenter.setViewportSize({ width: 1024, height: 768 });
	const notes = await context.newPage();
	await visit(notes, `/formateur/notes/?plan=${planId}`);
	const onScreen = notes.getByRole('region', { name: 'À l’écran' });

	await expect(presenter.getByRole('heading', { level: 1, name: LESSON_1 })).toBeVisible();
	await expect(presenter.getByRole('banner')).toHaveCount(0);
	await expect(presenter.getByRole('navigation')).toHaveCount(0);
	await expectNoAxeViolations(presenter);
	await expectNoAxeViolations(notes);

	// Large type, high contrast, never scrolls, at 1024×768.
	const look = await presenter.locator('.presenter').evaluate((element) => {
		const style = getComputedStyle(element);
		const paragraph = element.querySelector('.stage p:not(.kicker)') ?? element;
		return {
			fontSize: parseFloat(getComputedStyle(paragraph).fontSize),
			color: style.color,
			background: style.backgroundColor,
			scrolls:
				document.documentElement.scrollHeight > innerHeight ||
				element.scrollHeight > element.clientHeight
		};
	});
	expect(look.fontSize).toBeGreaterThanOrEqual(32);
	expect(look.scrolls).toBe(false);
	const [light, dark] = [relativeLuminance(look.color), relativeLuminance(look.background)].sort(
		(a, b) => b - a
	);
	expect((light + 0.05) / (dark + 0.05)).toBeGreaterThanOrEqual(7);

	// Walk the lesson with the clicker keys, one `##` section a screen, then "À retenir".
	const section = "Un pair, c'est quelqu'un qui est passé par là";
	await nextUntil(presenter, presenter.getByRole('heading', { level: 1, name: section }));
	await expect(onScreen.getByRole('heading', { name: section })).toBeVisible();
	await nextUntil(presenter, presenter.getByRole('heading', { level: 1, name: 'À retenir' }));
	await presenter.keyboard.press('PageUp');
	await expect(presenter.getByRole('heading', { level: 1, name: 'À retenir' })).toBeHidden();
	// On until the scenario starts; the notes follow.
	for (let i = 0; i < 40; i++) {
		if (await presenter.getByText(`Mise en situation · ${SCENARIO}`).isVisible()) break;
		await presenter.keyboard.press('PageDown');
	}
	await expect(presenter.getByText(`Mise en situation · ${SCENARIO}`)).toBeVisible();
	await expect(notes.getByText(/élément 2 sur 4/)).toBeVisible();
	await expect(onScreen.getByText(`Mise en situation · ${SCENARIO}`)).toBeVisible();
	await expect(notes.getByRole('heading', { name: 'Note pour cette scène' })).toBeVisible();

	// The situation is longer than a 1024×768 projector: it continues on a second page.
	await expect(presenter.getByText('Suite à l’écran suivant (1/2)')).toBeVisible();
	await presenter.keyboard.press('ArrowRight');
	await expect(presenter.getByText('Fin de l’écran (2/2)')).toBeVisible();
	await expect(notes.getByText('Page 2 sur 2 de cet écran.')).toBeVisible();
	await nextUntil(
		presenter,
		presenter.getByRole('heading', { level: 1, name: 'Que faites-vous ?' })
	);
	await expect(onScreen.getByRole('heading', { name: 'Que faites-vous ?' })).toBeVisible();
	await expect(presenter.getByRole('listitem').first()).toContainText('A');
	await expectNoAxeViolations(presenter);

	// The vote: seven hands for B with the "2" key on the projector, two for A typed in the notes.
	await nextUntil(
		presenter,
		presenter.getByRole('heading', { level: 1, name: 'Qui choisit quoi ?' })
	);
	for (let i = 0; i < 7; i++) await presenter.keyboard.press('2');
	const countA = notes.getByRole('spinbutton', { name: /Option A/ });
	await tabTo(notes, countA);
	await notes.keyboard.press('Control+A');
	await notes.keyboard.type('2');
	await expect(presenter.getByText('9 votes en tout.')).toBeVisible();
	await expect(notes.getByRole('spinbutton', { name: /Option B/ })).toHaveValue('7');
	await expectNoAxeViolations(notes);
	await expectNoAxeViolations(presenter);

	await presenter.keyboard.press('r');
	await expect(
		presenter.getByRole('heading', { level: 1, name: 'Le choix du groupe : B' })
	).toBeVisible();
	await expect(onScreen.getByRole('heading', { name: 'Le choix du groupe : B' })).toBeVisible();
	await presenter.keyboard.press('t');
	await expect(presenter.getByRole('heading', { name: 'Toutes les options' })).toBeVisible();

	// Reload the projector right after that step: it comes back on the same screen, with the
	// votes and all the options (the step reaches the notes view as the projector goes away).
	await presenter.reload();
	await hydrated(presenter);
	await expect(
		presenter.getByRole('heading', { level: 1, name: 'Le choix du groupe : B' })
	).toBeVisible();
	await expect(presenter.getByRole('heading', { name: 'Toutes les options' })).toBeVisible();
	await expectNoAxeViolations(presenter);

	// On to the questions, the next scenes and an ending, driven from the projector's keys.
	await nextUntil(presenter, presenter.getByRole('heading', { level: 1, name: 'À discuter' }));
	await expect(onScreen.getByRole('heading', { name: 'À discuter' })).toBeVisible();
	await nextUntil(presenter, presenter.getByRole('heading', { level: 2, name: 'Bilan' }));
	await expect(presenter.getByRole('heading', { level: 1, name: /^Une fin/ })).toBeVisible();
	await expectNoAxeViolations(presenter);

	// Notes typed by the trainer are kept.
	const myNotes = notes.getByLabel('Mes notes sur cet élément');
	await tabTo(notes, myNotes);
	await notes.keyboard.type('Le groupe a beaucoup débattu de la scène 1.');
	await expect(notes.getByText('Note enregistrée sur cet appareil.')).toBeVisible();

	// The rest of the plan: the second lesson, then the check (a vote on its first question).
	await nextUntil(presenter, presenter.getByText(/Pour vérifier · Les valeurs du GEM/));
	await nextUntil(presenter, presenter.getByText('0 vote en tout.'));
	await presenter.keyboard.press('2');
	await presenter.keyboard.press('2');
	await presenter.keyboard.press('r');
	await expect(presenter.getByText('(bonne réponse)').first()).toBeVisible();
	await expectNoAxeViolations(presenter);
	await nextUntil(
		presenter,
		presenter.getByRole('heading', { level: 1, name: 'Fin de la séance' })
	);
	await expect(onScreen.getByRole('heading', { name: 'Fin de la séance' })).toBeVisible();

	// 3. The summary shows every tally, the path and the notes.
	await visit(notes, `/formateur/bilan/?plan=${planId}`);
	await expect(
		notes.getByRole('heading', { level: 1, name: 'Bilan de séance : Journée d’accueil' })
	).toBeVisible();
	await expect(notes.getByRole('img', { name: /^Étape 1 : A, 2 ; B, 7 ; C, 0/ })).toBeVisible();
	await expect(notes.getByText(/^B — Demander au groupe .*: 7$/)).toBeVisible();
	await expect(notes.getByRole('img', { name: /A, 0 ; B, 2/ })).toBeVisible();
	await expect(notes.getByText('Le groupe a beaucoup débattu de la scène 1.')).toBeVisible();
	await expect(notes.getByRole('heading', { name: 'Chemin suivi par le groupe' })).toBeVisible();
	await expectNoAxeViolations(notes);
	const download = notes.waitForEvent('download');
	await notes.getByRole('button', { name: 'Exporter en Markdown' }).click();
	const markdown = await (await download).createReadStream();
	let text = '';
	for await (const chunk of markdown) text += chunk;
	expect(text).toContain('# Bilan de séance : Journée d’accueil');
	expect(text).toMatch(/- B — Demander au groupe .*: 7/);

	await notes.getByRole('link', { name: 'Feuille d’émargement' }).click();
	await expect(
		notes.getByRole('heading', { level: 1, name: 'Feuille d’émargement' })
	).toBeVisible();
	await notes.getByLabel('Participants (un nom par ligne)').fill('Awa Diallo\nBruno Martin');
	await expect(notes.getByRole('cell', { name: 'Bruno Martin' })).toBeVisible();
	await expect(notes.getByText('Liste enregistrée sur cet appareil seulement.')).toBeVisible();
	await expectNoAxeViolations(notes);

	// Trainer mode wrote nothing of a learner's progress.
	expect(await learnerRecords(notes)).toBe(0);
});

test('a broken plan file is refused in French and the existing plans stay as they were', async ({
	page
}) => {
	await visit(page, '/formateur/');
	await page.getByRole('button', { name: 'Nouveau plan' }).click();
	await expect(page.getByLabel('Titre de la séance')).toBeFocused();
	const plans = page
		.getByRole('region', { name: 'Mes plans de séance' })
		.getByRole('heading', { level: 3 });
	await expect(plans).toHaveCount(1);
	const input = page.getByLabel('Importer un plan (fichier .json)');

	await input.setInputFiles('tests/fixtures/plans/tronque.json');
	await expect(page.getByRole('alert')).toHaveText(
		/Ce fichier est incomplet .* Rien n’a été importé\./
	);
	await input.setInputFiles('tests/fixtures/plans/version-inconnue.json');
	await expect(page.getByRole('alert')).toHaveText(/version que cette application ne connaît pas/);
	await input.setInputFiles('tests/fixtures/plans/pas-du-json.json');
	await expect(page.getByRole('alert')).toHaveText(/ce n’est pas du JSON/);
	await expectNoAxeViolations(page);
	await page.reload();
	await hydrated(page);
	await expect(plans).toHaveText(['Nouvelle séance']);

	// A plan naming removed content: the rest can be imported, and its text stays text.
	await input.setInputFiles('tests/fixtures/plans/contenu-retire.json');
	await expect(page.getByRole('alert')).toContainText(
		'Mise en situation : Premier jour au GEM (scenario-retire)'
	);
	await page.getByRole('button', { name: 'Importer le reste' }).click();
	await expect(page.getByText(/importé sans 1 élément retiré du cours/)).toBeVisible();
	await expect(plans).toHaveCount(2);
	await expect(page.getByText('<img src=x onerror=alert(1)>')).toBeVisible();
	expect(await page.locator('.editor img').count()).toBe(0);
});

test('every trainer page passes axe, and the facilitator guide prints every scene', async ({
	page
}) => {
	for (const path of ['/formateur/aide/', '/formateur/livret/choisir-la-sortie-d-ete/']) {
		await visit(page, path);
		await expectNoAxeViolations(page);
	}
	await expect(page.getByRole('heading', { level: 2, name: 'Carte des chemins' })).toBeVisible();
	await expect(
		page.getByRole('heading', { name: 'Questions pour la discussion' }).first()
	).toBeVisible();
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Imprimer le livret' })).toBeHidden();
	// Linked from the scenario page, which loads no trainer code.
	await visit(page, '/scenarios/choisir-la-sortie-d-ete/');
	await page.emulateMedia({ media: 'screen' });
	await expect(page.getByRole('link', { name: 'Livret du formateur (à imprimer)' })).toBeVisible();
});

test('after a first visit, a session is prepared and presented offline', async ({
	context,
	page
}) => {
	test.setTimeout(120_000);
	await visit(page, '/formateur/');
	await controlledByServiceWorker(page);
	await context.setOffline(true);
	await page.reload();
	await hydrated(page);
	await page.getByRole('button', { name: 'Nouveau plan' }).click();
	const filter = page.getByLabel('Chercher une leçon, une mise en situation ou une vérification');
	await filter.fill('Pair-aidance');
	await page.getByRole('button', { name: /Ajouter Leçon « Pair-aidance/ }).click();
	await filter.fill('valeurs du GEM');
	await page.getByRole('button', { name: /Ajouter Pour vérifier/ }).click();
	await page.getByRole('link', { name: /Lancer la séance/ }).click();
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1, name: LESSON_1 })).toBeVisible();
	await nextUntil(page, page.getByText(/Pour vérifier · Les valeurs du GEM/));
	await visit(page, '/formateur/livret/choisir-la-sortie-d-ete/');
	await expect(page.getByRole('heading', { level: 2, name: 'Carte des chemins' })).toBeVisible();
});
