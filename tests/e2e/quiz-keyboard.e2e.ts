// A knowledge check with the keyboard alone: "Vérifier ma réponse" is always reachable by
// Tab and says what is missing when pressed too early; "Réessayer cette question" keeps
// focus on the same question.
import { test, expect, visit } from './fixtures';

test('check and retry a question by keyboard, focus staying on that question', async ({ page }) => {
	await visit(page, '/modules/introduction-aux-gem/financement-et-bilan-annuel/');
	const quiz = page.getByRole('region', { name: /Pour vérifier/ });
	const question = quiz.getByRole('group').nth(1);
	const options = question.getByRole('radio').or(question.getByRole('checkbox'));
	const check = quiz.getByRole('button', { name: 'Vérifier ma réponse' }).nth(1);

	// Pressed before choosing: the button is enabled, and says what is missing.
	// Enabled once the question has mounted; focus goes to it only then (a disabled button
	// cannot take focus, and Enter would land elsewhere).
	await expect(check).toBeEnabled();
	await check.focus();
	await expect(check).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(quiz.getByRole('alert').filter({ hasText: /^Choisissez d’abord/ })).toBeVisible();
	await expect(question).toHaveAccessibleDescription(/Choisissez d’abord/);

	// Tab from the first option of this question reaches its own "Vérifier", never skips it.
	await options.first().focus();
	await page.keyboard.press('Space');
	let reached = false;
	for (let i = 0; i < 8 && !reached; i++) {
		await page.keyboard.press('Tab');
		reached = await check.evaluate((el) => el === document.activeElement);
	}
	expect(reached).toBe(true);
	await page.keyboard.press('Enter');
	await expect(question.locator('..').getByText(/^Votre réponse/)).toBeFocused();

	await page.keyboard.press('Tab');
	const retry = quiz.getByRole('button', { name: 'Réessayer cette question' });
	await expect(retry).toBeFocused();
	await page.keyboard.press('Enter');
	// Focus stays on the question being retried: its first option.
	await expect(options.first()).toBeFocused();
	await expect(options.first()).toBeEnabled();
});

test('"Plusieurs réponses sont possibles" is said once, never twice', async ({ page }) => {
	await visit(page, '/modules/troubles/quel-numero-et-apres-la-crise/');
	for (const group of await page.getByRole('group').all()) {
		const text = (await group.innerText()).toLowerCase();
		expect(text.split('plusieurs réponses').length - 1).toBeLessThanOrEqual(1);
	}
});
