// The two scenarios of issue 17, part B, played on the built site by what a reader sees:
// the harassment scenario inside its lesson (and counted by module progress), the curatelle
// scenario on its own page to its difficult ending.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { test, expect, visit, expectNoAxeViolations } from './fixtures';
import { TON_HEADINGS, endingsOf, labelsTo, readScenario } from './scenario-paths';

const HARCELEMENT = 'content/modules/07-bonnes-pratiques/harcelement-entre-membres.scenario.yaml';
const CURATELLE = 'content/modules/11-ressources-et-contacts/curatelle-et-mandataire.scenario.yaml';

const QUIZ = 'content/modules/07-bonnes-pratiques/violences-qui-appeler.quiz.yaml';
type QuizFile = { questions: { options: { texte: string; correcte: boolean }[] }[] };

type Choice = { libelle: string; suite: string; qualite: string };
type Raw = { debut: string; scenes: Record<string, { choix?: Choice[]; fin?: { ton: string } }> };

/** Follows the recommended choice of each scene from the start; returns its labels and ending. */
function recommendedPath(file: string) {
	const raw = parse(readFileSync(file, 'utf8')) as Raw;
	const labels: string[] = [];
	let scene = raw.debut;
	while (raw.scenes[scene].choix) {
		const choice = raw.scenes[scene].choix!.find((c) => c.qualite === 'recommande')!;
		labels.push(choice.libelle);
		scene = choice.suite;
	}
	return { labels, ton: raw.scenes[scene].fin!.ton };
}

async function play(page: Page, labels: string[]) {
	await page.getByRole('button', { name: 'Commencer la mise en situation' }).click();
	for (const [index, label] of labels.entries()) {
		await expect(
			page.getByRole('heading', { name: new RegExp(`^Étape ${index + 1}\\b`) })
		).toBeFocused();
		await page.getByRole('button', { name: label, exact: true }).click();
		await expect(page.getByRole('heading', { name: 'Ce qui se passe' })).toBeFocused();
		await expect(page.getByText(`Vous avez choisi : « ${label} »`)).toBeVisible();
		await page.getByRole('button', { name: 'Continuer' }).click();
	}
}

test('the harassment scenario and the knowledge check, done in their lesson, both count in the module', async ({
	page
}) => {
	test.setTimeout(120_000);
	await visit(page, '/modules/bonnes-pratiques/');
	const total = Number(
		(await page.getByText(/^Progression : 0 sur (\d+) terminé$/).textContent())!.match(
			/sur (\d+)/
		)![1]
	);

	await visit(page, '/modules/bonnes-pratiques/violences-harcelement-et-maltraitance/');
	const notice = page.getByRole('note').filter({ hasText: 'Avant de commencer' });
	await expect(notice).toContainText('17');
	await expect(notice).toContainText('3919');

	const { labels, ton } = recommendedPath(HARCELEMENT);
	expect(ton).toBe('positive');
	expect(labels.length).toBeGreaterThanOrEqual(6);
	await play(page, labels);

	await expect(page.getByRole('heading', { name: TON_HEADINGS.positive })).toBeFocused();
	await expect(page.getByText(/Ici, on m.a crue/)).toBeVisible();
	await expect(page.getByText(/appeler le 17 dès qu.une menace/)).toBeVisible();
	await expect(
		page.getByText(`Vos ${labels.length} choix suivent les pratiques recommandées.`)
	).toBeVisible();
	await expect(
		page.getByRole('list', { name: 'Vos choix, étape par étape' }).getByRole('listitem')
	).toHaveCount(labels.length);
	await expect(page.getByText(/échec/i)).toHaveCount(0);
	await expectNoAxeViolations(page);

	// The lesson's knowledge check, answered right, counts too.
	const quiz = page.getByRole('region', { name: /Pour vérifier/ });
	const questions = (parse(readFileSync(QUIZ, 'utf8')) as QuizFile).questions;
	for (const [index, question] of questions.entries()) {
		const right = question.options.find((option) => option.correcte)!;
		await quiz.getByRole('radio', { name: right.texte, exact: true }).check();
		await quiz.getByRole('button', { name: 'Vérifier ma réponse' }).first().click();
		// Focus moves to the verdict once the answer is saved: leaving earlier could drop it.
		await expect(quiz.getByText('Votre réponse est juste.').nth(index)).toBeFocused();
	}
	await expect(quiz.getByText(/Votre réponse est juste/)).toHaveCount(questions.length);

	await visit(page, '/modules/bonnes-pratiques/');
	await expect(page.getByText(`Progression : 2 sur ${total} terminés`)).toBeVisible();
});

test('the curatelle scenario reaches its difficult ending, which explains and does not grade', async ({
	page
}) => {
	test.setTimeout(120_000);
	const scenario = readScenario(CURATELLE);
	const ending = endingsOf(scenario).find((e) => e.ton === 'difficile')!;
	const labels = labelsTo(scenario, ending.id);
	await visit(page, '/scenarios/curatelle-et-mandataire/');
	await expect(
		page.getByRole('heading', { level: 1, name: "La curatrice d'un membre appelle le GEM" })
	).toBeVisible();
	await play(page, labels);

	await expect(page.getByRole('heading', { name: TON_HEADINGS.difficile })).toBeFocused();
	await expect(page.getByText(/tout remonte/)).toBeVisible();
	await expect(page.getByText(/article 9 du Code civil/).first()).toBeVisible();
	await expect(
		page.getByRole('list', { name: 'Vos choix, étape par étape' }).getByRole('listitem')
	).toHaveCount(labels.length);
	await expect(page.getByText(/échec/i)).toHaveCount(0);
	await expectNoAxeViolations(page);
});

const NEW_PAGES = [
	'/modules/bonnes-pratiques/violences-harcelement-et-maltraitance/',
	'/modules/ressources-et-contacts/curatelle-tutelle-et-habilitation-familiale/',
	'/modules/ecosysteme/travail-emploi-et-services-d-accompagnement/',
	'/scenarios/harcelement-entre-membres/',
	'/scenarios/curatelle-et-mandataire/'
];

test('the new lessons and scenario pages pass axe in both schemes and reflow at 320 px', async ({
	page
}) => {
	test.setTimeout(120_000);
	await page.setViewportSize({ width: 320, height: 640 });
	for (const scheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme: scheme });
		for (const route of NEW_PAGES) {
			await visit(page, route);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await expectNoAxeViolations(page);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth
			);
			expect(overflow, `horizontal overflow on ${route}`).toBeLessThanOrEqual(0);
		}
	}
});
