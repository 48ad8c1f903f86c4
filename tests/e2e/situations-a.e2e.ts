// Issue 17, part A: the new rehearsal "Un membre arrive ivre à l'ouverture" plays to its
// ending on the built site, from the lesson that embeds it, and the module counts it.
import { test, expect, visit, expectNoAxeViolations } from './fixtures';
import { TON_HEADINGS, readScenario } from './scenario-paths';

const FILE = 'content/modules/08-troubles/membre-alcoolise.scenario.yaml';

type Choice = { libelle: string; suite: string; qualite: string };
type Scene = { choix?: Choice[]; fin?: { ton: string } };
/** The shared reader types choices without their quality; these tests need it. */
const readPlayable = (file: string) =>
	readScenario(file) as unknown as { debut: string; scenes: Record<string, Scene> };

/** The labels a learner clicks by always taking the recommended choice, and where that ends. */
function recommendedPath() {
	const scenario = readPlayable(FILE);
	const labels: string[] = [];
	let scene = scenario.debut;
	while (scenario.scenes[scene].choix) {
		const choice = scenario.scenes[scene].choix!.find((c) => c.qualite === 'recommande')!;
		labels.push(choice.libelle);
		scene = choice.suite;
	}
	return { labels, ton: scenario.scenes[scene].fin!.ton };
}

test('the recommended path of "Un membre arrive ivre à l’ouverture" ends calmly, and the module counts it', async ({
	page
}) => {
	const { labels, ton } = recommendedPath();
	expect(ton).toBe('positive');
	expect(labels.length).toBeGreaterThanOrEqual(4);

	await visit(page, '/modules/troubles/');
	const before = (await page.getByText(/^Progression : \d+ sur \d+ terminés?$/).textContent())!;
	const [, done, total] = before.match(/(\d+) sur (\d+)/)!.map(Number);

	await visit(page, '/modules/troubles/lesions-cerebrales-et-addictions/');
	// The lesson writes the apostrophe straight; the page may curl it: match either.
	const region = page.getByRole('region', { name: /Un membre arrive ivre à l.ouverture/ });
	await expect(region).toBeVisible();
	// Clinical content says it awaits a health professional's reading, and the content notice
	// gives the numbers to call before anything starts.
	await expect(
		region.getByRole('note').filter({
			hasText: 'Contenu en attente de relecture par un professionnel de santé.'
		})
	).toBeVisible();
	const notice = region.getByRole('note').filter({ hasText: 'Avant de commencer' });
	await expect(notice.getByRole('link', { name: '15', exact: true })).toHaveAttribute(
		'href',
		'tel:15'
	);
	await expect(notice.getByRole('link', { name: '17', exact: true })).toHaveAttribute(
		'href',
		'tel:17'
	);

	await region.getByRole('button', { name: 'Commencer la mise en situation' }).click();
	for (const [index, label] of labels.entries()) {
		await expect(
			page.getByRole('heading', { name: new RegExp(`^Étape ${index + 1}\\b`) })
		).toBeFocused();
		await page.getByRole('button', { name: label, exact: true }).click();
		await expect(page.getByRole('heading', { name: 'Ce qui se passe' })).toBeFocused();
		await expect(page.getByText(`Vous avez choisi : « ${label} »`)).toBeVisible();
		await page.getByRole('button', { name: 'Continuer' }).click();
	}

	await expect(page.getByRole('heading', { name: TON_HEADINGS.positive })).toBeFocused();
	await expect(page.getByText(/avant de demander à une personne ivre de partir/)).toBeVisible();
	await expect(
		page.getByRole('list', { name: 'Vos choix, étape par étape' }).getByRole('listitem')
	).toHaveCount(labels.length);
	await expect(
		page.getByText(`Vos ${labels.length} choix suivent les pratiques recommandées.`)
	).toBeVisible();
	await expectNoAxeViolations(page);

	await visit(page, '/modules/troubles/');
	await expect(
		page.getByText(new RegExp(`^Progression : ${done + 1} sur ${total} terminés?$`))
	).toBeVisible();
});

for (const { id, file, title, clinical } of [
	{
		id: 'limites-personnelles',
		file: 'content/modules/07-bonnes-pratiques/limites-personnelles.scenario.yaml',
		title: /Un numéro, un cadeau, une demande d.ami/,
		clinical: false
	},
	{
		id: 'membre-qui-ne-vient-plus',
		file: 'content/modules/08-troubles/membre-qui-ne-vient-plus.scenario.yaml',
		title: /Un membre ne vient plus/,
		clinical: true
	}
]) {
	test(`"${id}" opens at its first step, with a review notice only if it is clinical`, async ({
		page
	}) => {
		await visit(page, `/scenarios/${id}/`);
		await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
		await expect(
			page.getByText('Contenu en attente de relecture par un professionnel de santé.')
		).toHaveCount(clinical ? 1 : 0);
		await page.getByRole('button', { name: 'Commencer la mise en situation' }).click();
		await expect(page.getByRole('heading', { name: /^Étape 1\b/ })).toBeFocused();
		const scenario = readPlayable(file);
		for (const choice of scenario.scenes[scenario.debut].choix!) {
			await expect(page.getByRole('button', { name: choice.libelle, exact: true })).toBeVisible();
		}
		await expectNoAxeViolations(page);
	});
}

test('the new lesson on outings and shared meals is clinical, and says when to call the 15', async ({
	page
}) => {
	await visit(page, '/modules/moments-et-activites/securite-en-sortie-et-aux-repas/');
	await expect(
		page.getByRole('heading', { level: 1, name: /Sorties, repas et séjours/ })
	).toBeVisible();
	await expect(
		page.getByRole('note').filter({
			hasText: 'Contenu en attente de relecture par un professionnel de santé.'
		})
	).toBeVisible();
	await expect(page.getByText(/si la crise dure plus de 5 minutes/i).first()).toBeVisible();
	await expect(
		page.getByRole('heading', { name: 'Les repas partagés et les allergies' })
	).toBeVisible();
	await expectNoAxeViolations(page);
});
