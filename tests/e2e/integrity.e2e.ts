// Progress integrity in a real browser (reliability review, shared/reviews/reliability.md):
// storage missing, a database that never opens or is blocked by an old tab, the same scenario
// in two tabs, clicks racing a closing tab, a quiz edited between two builds, and a stored
// link that is not a path of the site.
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { test, expect, visit, hydrated, expectNoAxeViolations } from './fixtures';
import { labelsTo, readScenario, endingsOf } from './scenario-paths';

const PLAIN_LESSON = '/modules/introduction-aux-gem/qu-est-ce-qu-un-gem/';
const SCENARIO_LESSON = '/modules/introduction-aux-gem/comment-vit-un-gem/';
const QUIZ_LESSON = '/modules/introduction-aux-gem/financement-et-bilan-annuel/';
const SCENARIO_PAGE = '/scenarios/premier-jour/';

const scenario = readScenario('content/modules/01-introduction-aux-gem/premier-jour.scenario.yaml');
const [firstLabel, secondLabel] = labelsTo(scenario, endingsOf(scenario)[0].id);

interface QuizFile {
	questions: {
		id: string;
		type: 'unique' | 'multiple';
		options: { id: string; texte: string; correcte: boolean }[];
	}[];
}
const quizFile = parse(
	readFileSync('content/modules/01-introduction-aux-gem/gem-ou-soin.quiz.yaml', 'utf8')
) as QuizFile;

const storageNotice = (page: Page) => page.getByRole('status').filter({ hasText: /progression/ });
const doneButton = (page: Page) => page.getByRole('button', { name: 'J’ai terminé cette leçon' });

/** Every row of one object store of the app's database, read with raw IndexedDB in the page. */
function storedRows<T>(page: Page, store: string): Promise<T[]> {
	return page.evaluate(
		(store) =>
			new Promise<T[]>((resolve, reject) => {
				const request = indexedDB.open('reperes');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const db = request.result;
					const all = db.transaction(store).objectStore(store).getAll();
					all.onsuccess = () => {
						db.close();
						resolve(all.result as T[]);
					};
				};
			}),
		store
	);
}

/** Rewrites rows of one store in the page (to play an earlier build's data). */
function rewriteRows(page: Page, store: string, change: string) {
	return page.evaluate(
		([store, change]) =>
			new Promise<void>((resolve, reject) => {
				const edit = new Function('row', change) as (row: Record<string, unknown>) => void;
				const request = indexedDB.open('reperes');
				request.onsuccess = () => {
					const db = request.result;
					const tx = db.transaction(store, 'readwrite');
					const cursor = tx.objectStore(store).openCursor();
					cursor.onsuccess = () => {
						const current = cursor.result;
						if (!current) return;
						const row = current.value;
						edit(row);
						current.update(row);
						current.continue();
					};
					tx.oncomplete = () => {
						db.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		[store, change] as const
	);
}

interface StoredRun {
	subject: string;
	kind: string;
	version: string;
	choices: { sceneId: string; choiceId: string }[];
	snapshot: { context: { path: { sceneId: string; choiceId: string }[] } };
	questionVersions?: Record<string, string>;
	answers?: Record<string, unknown>;
	order?: Record<string, string[]>;
}

const path = (run: StoredRun) => run.snapshot.context.path.map((s) => `${s.sceneId}/${s.choiceId}`);
const choices = (run: StoredRun) => run.choices.map((c) => `${c.sceneId}/${c.choiceId}`);

test.describe('storage missing', () => {
	test.beforeEach(async ({ page }) => {
		await page.addInitScript(() => {
			Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
		});
	});

	for (const [kind, url] of [
		['plain', PLAIN_LESSON],
		['scenario', SCENARIO_LESSON],
		['quiz', QUIZ_LESSON]
	]) {
		test(`the notice shows on a ${kind} lesson, every time`, async ({ page }) => {
			for (let load = 0; load < 3; load++) {
				await visit(page, url);
				await expect(storageNotice(page)).toContainText(
					'Votre progression ne peut pas être enregistrée sur cet appareil'
				);
			}
		});
	}

	test('the notice can be hidden and comes back at the next failed write', async ({ page }) => {
		await visit(page, PLAIN_LESSON);
		await expect(storageNotice(page)).toBeVisible();
		await expectNoAxeViolations(page);
		await page.getByRole('button', { name: 'Masquer ce message' }).click();
		await expect(storageNotice(page)).toHaveCount(0);
		await doneButton(page).click();
		// Kept for this visit, and the reader is told again that it is not stored.
		await expect(doneButton(page)).toHaveAttribute('aria-pressed', 'true');
		await expect(storageNotice(page)).toBeVisible();
	});
});

test.describe('a database that does not open', () => {
	test('open() that never answers: after a few seconds the page works and says why', async ({
		page
	}) => {
		await page.addInitScript(() => {
			// Safari's known hang: a request that never fires any event.
			IDBFactory.prototype.open = function () {
				return new EventTarget() as IDBOpenDBRequest;
			};
		});
		await visit(page, QUIZ_LESSON);
		await expect(storageNotice(page)).toContainText('Fermez les autres onglets de Repères', {
			timeout: 10_000
		});
		await expect(page.getByRole('button', { name: 'Recharger la page' })).toBeVisible();
		await doneButton(page).click();
		await expect(doneButton(page)).toHaveAttribute('aria-pressed', 'true');
		const question = page.getByRole('group', { name: /^Question 1 :/ });
		await expect(question.getByRole('radio').first()).toBeEnabled();

		await visit(page, SCENARIO_PAGE);
		await page.getByRole('button', { name: 'Commencer la mise en situation' }).click({
			timeout: 10_000
		});
		await expect(page.getByRole('heading', { name: /^Étape 1\b/ })).toBeVisible();
	});

	test('an old tab holding the database: the notice says so at once, saving resumes when it closes', async ({
		page,
		context
	}) => {
		const oldTab = await context.newPage();
		await oldTab.goto('/robots.txt');
		// An old, frozen tab: an earlier version open, deaf to "versionchange".
		await oldTab.evaluate(
			() =>
				new Promise<void>((resolve) => {
					const request = indexedDB.open('reperes', 40);
					// Version 4's stores, as Dexie wrote them (native version = 10 × Dexie version).
					request.onupgradeneeded = () => {
						const db = request.result;
						db.createObjectStore('lessons', { keyPath: 'id' }).createIndex(
							'moduleSlug',
							'moduleSlug'
						);
						db.createObjectStore('events', { keyPath: 'seq', autoIncrement: true });
						db.createObjectStore('kv', { keyPath: 'key' });
						db.createObjectStore('runs', { keyPath: 'id', autoIncrement: true }).createIndex(
							'subject',
							'subject'
						);
						db.createObjectStore('bookmarks', { keyPath: 'id' });
					};
					request.onsuccess = () => {
						(window as unknown as { held: IDBDatabase }).held = request.result;
						resolve();
					};
				})
		);
		await visit(page, PLAIN_LESSON);
		await expect(storageNotice(page)).toContainText('un autre onglet de Repères la bloque', {
			timeout: 3_000
		});
		await oldTab.evaluate(() => (window as unknown as { held: IDBDatabase }).held.close());
		await oldTab.close();
		await expect(async () => {
			await doneButton(page).click();
			const lessons = await storedRows<{ id: string; state: string }>(page, 'lessons');
			expect(lessons).toContainEqual(
				expect.objectContaining({
					id: 'introduction-aux-gem/qu-est-ce-qu-un-gem',
					state: 'terminee'
				})
			);
		}).toPass({ timeout: 10_000 });
	});
});

test('the same scenario in two tabs: one plays, the other is told and may take over', async ({
	page,
	context
}) => {
	await visit(page, SCENARIO_PAGE);
	await page.getByRole('button', { name: 'Commencer la mise en situation' }).click();
	await page.getByRole('button', { name: firstLabel, exact: true }).click();
	await expect(page.getByText(`Vous avez choisi : « ${firstLabel} »`)).toBeVisible();

	const other = await context.newPage();
	await visit(other, SCENARIO_LESSON);
	await expect(
		other.getByText('Cette mise en situation est ouverte dans un autre onglet.')
	).toBeVisible();
	await expectNoAxeViolations(other);
	await other.getByRole('button', { name: 'Continuer dans cet onglet' }).click();
	await expect(other.getByText(`Vous avez choisi : « ${firstLabel} »`)).toBeVisible();

	// The first tab lets go: it can no longer add a choice to the run.
	await expect(
		page.getByText('Cette mise en situation est ouverte dans un autre onglet.')
	).toBeVisible();
	await expect(page.getByRole('button', { name: 'Continuer', exact: true })).toHaveCount(0);

	await other.getByRole('button', { name: 'Continuer', exact: true }).click();
	await other.getByRole('button', { name: secondLabel, exact: true }).click();
	await expect(other.getByText(`Vous avez choisi : « ${secondLabel} »`)).toBeVisible();
	await expect(async () => {
		const runs = (await storedRows<StoredRun>(other, 'runs')).filter(
			(run) => run.subject === 'premier-jour'
		);
		expect(runs).toHaveLength(1);
		expect(choices(runs[0])).toHaveLength(2);
		expect(path(runs[0])).toEqual(choices(runs[0]));
	}).toPass();
});

test('a choice made as the tab closes leaves the run consistent', async ({ page, context }) => {
	// A returning reader: the database exists, so the scenario page opens it as it starts. (On
	// a very first visit the database code loads at the first action, and a tab closed within
	// that moment stores nothing: consistent, and nothing to check here.)
	await visit(page, '/fiches/periode-d-essai/');
	const keep = page.getByRole('button', { name: 'Garder dans mes repères' });
	await keep.click();
	await expect(keep).toHaveAttribute('aria-pressed', 'true');
	for (const gapMs of [0, 10, 30]) {
		const tab = await context.newPage();
		await visit(tab, SCENARIO_PAGE);
		const start = tab.getByRole('button', { name: 'Commencer la mise en situation' });
		const restart = tab.getByRole('button', { name: 'Recommencer depuis le début' });
		await start.or(restart).first().click();
		// "Commencer" (or "Recommencer"), a choice, "Continuer" and the next choice in one go.
		await tab.evaluate(
			async ([first, second]) => {
				const click = (label: string) =>
					[...document.querySelectorAll('button')]
						.find((button) => button.textContent?.trim() === label)
						?.click();
				const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
				click(first);
				await frame();
				click('Continuer');
				await frame();
				click(second);
			},
			[firstLabel, secondLabel]
		);
		await tab.waitForTimeout(gapMs);
		await tab.close();
	}
	await visit(page, SCENARIO_PAGE);
	const runs = (await storedRows<StoredRun>(page, 'runs')).filter(
		(run) => run.subject === 'premier-jour'
	);
	expect(runs.length).toBeGreaterThan(0);
	for (const run of runs) expect(path(run)).toEqual(choices(run));
});

test('a quiz edited between two builds keeps the answers to unchanged questions', async ({
	page
}) => {
	const [q1, q2, q3] = quizFile.questions;
	const form = (index: number) =>
		page.getByRole('group', { name: new RegExp(`^Question ${index + 1} :`) }).locator('..');
	async function answer(index: number) {
		const question = quizFile.questions[index];
		const role = question.type === 'multiple' ? 'checkbox' : 'radio';
		for (const right of question.options.filter((option) => option.correcte))
			await form(index).getByRole(role, { name: right.texte, exact: true }).check();
		await form(index).getByRole('button', { name: 'Vérifier ma réponse' }).click();
		// Focus moves to the verdict once the answer is saved.
		await expect(form(index).getByText('Votre réponse est juste.')).toBeFocused();
	}
	const answered = (index: number) => form(index).getByText('Votre réponse est juste.');
	const labelsOf = (index: number) =>
		form(index)
			.getByRole('radio')
			.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value));

	await visit(page, QUIZ_LESSON);
	await expect(
		form(0)
			.getByRole(quizFile.questions[0].type === 'multiple' ? 'checkbox' : 'radio')
			.first()
	).toBeEnabled();
	const shown = await labelsOf(0);
	await answer(0);
	await answer(1);
	await page.reload();
	await hydrated(page);
	await expect(answered(0)).toBeVisible();
	await expect(answered(1)).toBeVisible();
	// The order the options were shown in is this learner's, kept across reloads and stored.
	expect(await labelsOf(0)).toEqual(shown);
	const [attempt] = await storedRows<StoredRun>(page, 'runs');
	expect(attempt.order?.[q1.id]).toEqual(shown);

	// The next build rewords question 2 only: the stored attempt now belongs to an older version.
	await rewriteRows(
		page,
		'runs',
		`if (row.kind === 'quiz') { row.version = 'build-precedent'; row.questionVersions['${q2.id}'] = 'avant'; }`
	);
	await page.reload();
	await hydrated(page);
	await expect(answered(0)).toBeVisible();
	await expect(form(1).getByRole('button', { name: 'Vérifier ma réponse' })).toBeVisible();
	await answer(2);
	await page.reload();
	await hydrated(page);
	// The bug: every answer given after the edit vanished on reload.
	await expect(answered(0)).toBeVisible();
	await expect(answered(2)).toBeVisible();
	await expect(form(1).getByRole('button', { name: 'Vérifier ma réponse' })).toBeVisible();
	const attempts = (await storedRows<StoredRun>(page, 'runs')).filter((r) => r.kind === 'quiz');
	expect(attempts.map((a) => a.version)).toEqual([
		'build-precedent',
		expect.not.stringMatching('build-precedent')
	]);
	expect(Object.keys(attempts[1].answers ?? {}).sort()).toEqual([q1.id, q3.id].sort());
});

test('a stored link that is not a path of the site is never a live link', async ({ page }) => {
	// A first visit stores nothing until the reader acts: keeping a sheet creates the database.
	await visit(page, '/fiches/periode-d-essai/');
	const keep = page.getByRole('button', { name: 'Garder dans mes repères' });
	await keep.click();
	await expect(keep).toHaveAttribute('aria-pressed', 'true');
	await page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				// The app creates its database a moment after the click: until then, try again
				// rather than create an empty one in its place.
				const attempt = () => {
					const request = indexedDB.open('reperes');
					request.onupgradeneeded = () => request.transaction!.abort();
					request.onerror = () => setTimeout(attempt, 100);
					request.onsuccess = () => {
						const db = request.result;
						if (!db.objectStoreNames.contains('bookmarks')) {
							db.close();
							setTimeout(attempt, 100);
							return;
						}
						write(db);
					};
				};
				const write = (db: IDBDatabase) => {
					const tx = db.transaction('bookmarks', 'readwrite');
					tx.objectStore('bookmarks').put({
						id: 'fiche:periode-d-essai',
						titre: 'Une fiche piégée',
						href: 'javascript:document.title="piégé"',
						at: 1
					});
					tx.objectStore('bookmarks').put({
						id: 'inconnu',
						titre: 'Sans lien',
						href: '//ailleurs.example/',
						at: 2
					});
					tx.oncomplete = () => {
						db.close();
						resolve();
					};
				};
				attempt();
			})
	);
	await visit(page, '/mes-reperes/');
	await expect(page.getByRole('link', { name: 'Une fiche piégée' })).toHaveAttribute(
		'href',
		'/fiches/periode-d-essai/'
	);
	await expect(page.getByText('Sans lien')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Sans lien' })).toHaveCount(0);
});
