import type { Locator, Page } from '@playwright/test';
import { test, expect, visit, hydrated, expectNoAxeViolations } from './fixtures';
import { TON_HEADINGS, endingsOf, labelsTo as pathTo, readScenario } from './scenario-paths';

const scenario = readScenario('content/modules/01-introduction-aux-gem/premier-jour.scenario.yaml');
const labelsTo = (ending: string) => pathTo(scenario, ending);
const endings = endingsOf(scenario);

async function tabTo(page: Page, target: Locator) {
	for (let i = 0; i < 40; i++) {
		if (await target.evaluate((el) => el === document.activeElement)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error('could not reach the element with Tab');
}

for (const ending of [
	endings.find((e) => e.ton === 'positive')!,
	endings.find((e) => e.ton === 'difficile')!
]) {
	test(`keyboard only: play "Premier jour au GEM" to the ${ending.ton} ending`, async ({
		page
	}) => {
		await visit(page, '/scenarios/premier-jour/');
		const start = page.getByRole('button', { name: 'Commencer la mise en situation' });
		await tabTo(page, start);
		await page.keyboard.press('Enter');

		const labels = labelsTo(ending.id);
		for (const [index, label] of labels.entries()) {
			const stepHeading = page.getByRole('heading', { name: new RegExp(`^Étape ${index + 1}\\b`) });
			await expect(stepHeading).toBeFocused();
			if (index === 0) await expectNoAxeViolations(page);
			const choice = page.getByRole('button', { name: label, exact: true });
			await tabTo(page, choice);
			await page.keyboard.press('Enter');

			await expect(page.getByRole('heading', { name: 'Ce qui se passe' })).toBeFocused();
			await expect(page.getByText(`Vous avez choisi : « ${label} »`)).toBeVisible();
			if (index === 0) await expectNoAxeViolations(page);
			await tabTo(page, page.getByRole('button', { name: 'Continuer' }));
			await page.keyboard.press('Enter');
		}

		await expect(page.getByRole('heading', { name: TON_HEADINGS[ending.ton] })).toBeFocused();
		await expect(page.getByRole('heading', { name: 'Votre parcours' })).toBeVisible();
		await expect(
			page.getByText(
				/choix suivent les pratiques recommandées|choix suit les pratiques|Aucun de vos/
			)
		).toBeVisible();
		await expect(
			page.getByRole('list', { name: 'Vos choix, étape par étape' }).getByRole('listitem')
		).toHaveCount(labels.length);
		await expect(page.getByText(/échec/i)).toHaveCount(0);
		await expectNoAxeViolations(page);

		// Replay starts a new run at step 1.
		await tabTo(page, page.getByRole('button', { name: 'Rejouer et essayer un autre chemin' }));
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { name: /^Étape 1\b/ })).toBeFocused();
	});
}

test('a reload in the middle of a scenario comes back to the same step', async ({ page }) => {
	await visit(page, '/modules/introduction-aux-gem/comment-vit-un-gem/');
	await page.getByRole('button', { name: 'Commencer la mise en situation' }).click();
	const [first, second] = labelsTo(endings[0].id);
	await page.getByRole('button', { name: first, exact: true }).click();
	await page.getByRole('button', { name: 'Continuer' }).click();
	await page.getByRole('button', { name: second, exact: true }).click();
	await expect(page.getByText(`Vous avez choisi : « ${second} »`)).toBeVisible();

	await page.reload();
	await hydrated(page);
	await expect(page.getByText(`Vous avez choisi : « ${second} »`)).toBeVisible();
	await page.getByRole('button', { name: 'Continuer' }).click();
	await expect(page.getByRole('heading', { name: /^Étape 3\b/ })).toBeVisible();
});

test('a run saved for an older version of the scenario restarts cleanly with a notice', async ({
	page
}) => {
	await visit(page, '/scenarios/premier-jour/');
	await page.getByRole('button', { name: 'Commencer la mise en situation' }).click();
	await page.getByRole('button', { name: labelsTo(endings[0].id)[0], exact: true }).click();
	await expect(page.getByRole('heading', { name: 'Ce qui se passe' })).toBeVisible();
	// Pretend the stored run was made with another version of the scenario.
	await page.evaluate(
		() =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('reperes');
				open.onsuccess = () => {
					const tx = open.result.transaction('runs', 'readwrite');
					const store = tx.objectStore('runs');
					store.openCursor().onsuccess = (event) => {
						const cursor = (event.target as IDBRequest<IDBCursorWithValue | null>).result;
						if (!cursor) return;
						cursor.update({ ...cursor.value, version: 'ancienne-version' });
						cursor.continue();
					};
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			})
	);
	await page.reload();
	await hydrated(page);
	await expect(
		page.getByText(/Ce scénario a été modifié depuis votre dernière visite/)
	).toBeVisible();
	await page.getByRole('button', { name: 'Commencer la mise en situation' }).click();
	await expect(page.getByRole('heading', { name: /^Étape 1\b/ })).toBeFocused();
});

test('a scenario with a content notice shows it, with the emergency numbers, before it starts', async ({
	page
}) => {
	await visit(page, '/scenarios/idees-suicidaires/');
	const notice = page.getByRole('note').filter({ hasText: 'Avant de commencer' });
	await expect(notice).toBeVisible();
	await expect(notice.getByRole('link', { name: '3114' })).toHaveAttribute('href', 'tel:3114');
	await expect(notice.getByRole('link', { name: '114', exact: true })).toHaveAttribute(
		'href',
		'sms:114'
	);
	// Each number once: the notice's own text quotes the 15, the 112 and the 3114.
	await expect(notice.getByRole('link', { name: '15', exact: true })).toHaveCount(1);
});

test('finishing a scenario and a knowledge check counts in module progress', async ({ page }) => {
	await visit(page, '/modules/introduction-aux-gem/');
	const total = Number(
		(await page.getByText(/^Progression : 0 sur (\d+) terminé$/).textContent())!.match(
			/sur (\d+)/
		)![1]
	);

	await visit(page, '/modules/introduction-aux-gem/financement-et-bilan-annuel/');
	const quiz = page.getByRole('region', { name: /Pour vérifier/ });
	const questions = quiz.getByRole('group');
	const count = await questions.count();
	for (let i = 0; i < count; i++) {
		const question = questions.nth(i);
		await question.getByRole('radio').or(question.getByRole('checkbox')).first().check();
		await quiz.getByRole('button', { name: 'Vérifier ma réponse' }).first().click();
	}
	await expect(quiz.getByText(/Votre réponse (est juste|n’est pas encore)/)).toHaveCount(count);
	await expect(quiz.getByRole('button', { name: 'Réessayer cette question' })).toHaveCount(count);
	await expectNoAxeViolations(page);

	await visit(page, '/modules/introduction-aux-gem/');
	await expect(page.getByText(`Progression : 1 sur ${total} terminé`)).toBeVisible();
});

test('one full path of the day simulation "Une journée au GEM", to an ending and its debrief', async ({
	page
}) => {
	test.setTimeout(120_000);
	const day = readScenario('content/modules/05-journee-type/une-journee-au-gem.scenario.yaml');
	const ending = endingsOf(day).find((e) => e.ton === 'positive')!;
	const labels = pathTo(day, ending.id);
	expect(labels.length).toBeGreaterThanOrEqual(6);
	await visit(page, '/modules/journee-type/repas-sortie-partenaires-et-fermeture/');
	await page.getByRole('button', { name: 'Commencer la mise en situation' }).click();
	for (const [index, label] of labels.entries()) {
		await expect(
			page.getByRole('heading', { name: new RegExp(`^Étape ${index + 1}\\b`) })
		).toBeFocused();
		await page.getByRole('button', { name: label, exact: true }).click();
		await expect(page.getByRole('heading', { name: 'Ce qui se passe' })).toBeFocused();
		await page.getByRole('button', { name: 'Continuer' }).click();
	}
	await expect(page.getByRole('heading', { name: TON_HEADINGS[ending.ton] })).toBeFocused();
	await expect(
		page.getByRole('list', { name: 'Vos choix, étape par étape' }).getByRole('listitem')
	).toHaveCount(labels.length);
	await expectNoAxeViolations(page);
});
