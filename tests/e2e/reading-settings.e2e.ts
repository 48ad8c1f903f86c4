// "Réglages de lecture" on the built site: the panel by keyboard, settings applied before the
// first paint on a reload and offline, the dyslexia font fetched only once chosen, the inline
// script allowed by its CSP hash, and the settings kept without IndexedDB. Every page in the
// high-contrast theme is checked by the shared route sweep (route-sweep.e2e.ts).
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { bootScript } from '../../src/lib/reading/boot-script.js';
import {
	test,
	expect,
	visit,
	hydrated,
	controlledByServiceWorker,
	axeViolations
} from './fixtures';

const LESSON = '/modules/introduction-aux-gem/qu-est-ce-qu-un-gem/';

const settingsButton = (page: Page) =>
	page.getByRole('banner').getByRole('button', { name: 'Réglages de lecture' });
const panel = (page: Page) => page.getByRole('dialog', { name: 'Réglages de lecture' });
const option = (page: Page, group: string, name: string) =>
	panel(page).getByRole('group', { name: group }).getByRole('radio', { name, exact: true });

async function choose(page: Page, choices: [group: string, name: string][]) {
	await settingsButton(page).click();
	for (const [group, name] of choices) await option(page, group, name).check();
	await panel(page).getByRole('button', { name: 'Fermer' }).click();
	await expect(panel(page)).toBeHidden();
}

/**
 * What the page looked like on its very first frame: read in the first animation frame (it
 * runs just before the first paint) and at DOMContentLoaded, before the app's code hydrates.
 */
async function recordFirstFrame(page: Page) {
	await page.addInitScript(() => {
		const read = () => {
			const root = getComputedStyle(document.documentElement);
			return {
				theme: document.documentElement.dataset.theme ?? null,
				fontSize: root.fontSize,
				background: root.backgroundColor,
				color: root.color,
				hydrated: document.documentElement.hasAttribute('data-hydrated')
			};
		};
		const w = window as unknown as Record<string, unknown>;
		requestAnimationFrame(() => (w.__firstFrame = read()));
		document.addEventListener('DOMContentLoaded', () => (w.__domReady = read()));
	});
}
const firstFrame = (page: Page) =>
	page.evaluate(() => {
		const w = window as unknown as Record<string, unknown>;
		return { frame: w.__firstFrame, domReady: w.__domReady };
	});

const CONTRAST_AT_200 = {
	theme: 'contraste',
	// 112.5 % of 16 px, doubled.
	fontSize: '36px',
	background: 'rgb(255, 255, 255)',
	color: 'rgb(0, 0, 0)',
	hydrated: false
};

test('the panel works by keyboard alone: named controls, Escape closes, focus comes back', async ({
	page
}) => {
	await visit(page, LESSON);
	const button = settingsButton(page);
	await button.focus();
	await page.keyboard.press('Enter');
	await expect(panel(page)).toBeVisible();
	for (const group of [
		'Taille du texte',
		'Espace entre les lignes',
		'Espace entre les lettres et les mots',
		'Police de caractères',
		'Couleurs',
		'Animations'
	]) {
		await expect(panel(page).getByRole('group', { name: group })).toBeVisible();
	}
	expect(await axeViolations(page)).toEqual([]);

	// Tab visits each control once (a radio group is one stop), every one named.
	const stops: string[] = [];
	for (let i = 0; i < 8; i++) {
		stops.push(
			await page.evaluate(() => {
				const el = document.activeElement as HTMLInputElement;
				const name = el.labels?.[0]?.textContent ?? el.textContent ?? '';
				return `${el.tagName.toLowerCase()}:${name.trim()}`;
			})
		);
		await page.keyboard.press('Tab');
	}
	expect(stops).toEqual([
		'button:Fermer',
		'input:100 % (normale)',
		'input:Normal',
		'input:Normal',
		'input:Atkinson Hyperlegible (par défaut)',
		'input:Comme l’appareil',
		'input:Comme l’appareil',
		'button:Revenir aux réglages par défaut'
	]);

	// Arrow keys move within a group and apply at once.
	await option(page, 'Taille du texte', '100 % (normale)').focus();
	await page.keyboard.press('ArrowRight');
	await expect(option(page, 'Taille du texte', '125 %')).toBeChecked();
	await expect(page.locator('html')).toHaveAttribute('data-text-size', '125');

	await page.keyboard.press('Escape');
	await expect(panel(page)).toBeHidden();
	await expect(button).toBeFocused();

	// Back to the defaults: nothing left on <html>, nothing in the mirror.
	await button.click();
	await panel(page).getByRole('button', { name: 'Revenir aux réglages par défaut' }).click();
	await expect(page.locator('html')).not.toHaveAttribute('data-text-size');
	await expect(option(page, 'Taille du texte', '100 % (normale)')).toBeChecked();
	expect(await page.evaluate(() => localStorage.getItem('reperes-reglages'))).toBeNull();
});

test('settings apply before the first paint, after a reload and offline, on every kind of page', async ({
	page,
	context
}) => {
	await visit(page, '/');
	await controlledByServiceWorker(page);
	await choose(page, [
		['Taille du texte', '200 %'],
		['Couleurs', 'Contraste élevé']
	]);
	await recordFirstFrame(page);

	await page.reload();
	expect(await firstFrame(page)).toEqual({ frame: CONTRAST_AT_200, domReady: CONTRAST_AT_200 });
	await hydrated(page);
	await settingsButton(page).click();
	await expect(option(page, 'Couleurs', 'Contraste élevé')).toBeChecked();
	await page.keyboard.press('Escape');

	await context.setOffline(true);
	for (const path of [
		LESSON,
		'/scenarios/premier-jour/',
		'/fiches/conges-payes/',
		'/urgence/',
		'/formateur/projection/'
	]) {
		await page.goto(path);
		expect(await firstFrame(page), path).toEqual({
			frame: CONTRAST_AT_200,
			domReady: CONTRAST_AT_200
		});
	}
	await context.setOffline(false);
});

test('the dyslexia font is fetched only once chosen, then kept for offline use', async ({
	page,
	context
}) => {
	const fetched: string[] = [];
	page.on('request', (request) => {
		if (/opendyslexic/i.test(request.url())) fetched.push(new URL(request.url()).pathname);
	});
	await visit(page, LESSON);
	await controlledByServiceWorker(page);
	await visit(page, '/urgence/');
	expect(fetched).toEqual([]);
	const cachedFonts = () =>
		page.evaluate(async () => {
			const names: string[] = [];
			for (const key of await caches.keys()) {
				for (const request of await (await caches.open(key)).keys())
					if (/opendyslexic/.test(request.url)) names.push(new URL(request.url).pathname);
			}
			return names;
		});
	expect(await cachedFonts(), 'never precached').toEqual([]);

	await choose(page, [['Police de caractères', 'OpenDyslexic (dyslexie)']]);
	await expect(page.locator('html')).toHaveAttribute('data-font', 'opendyslexic');
	await expect
		.poll(() => page.evaluate(() => document.fonts.check('16px OpenDyslexic')))
		.toBe(true);
	expect(fetched).toContain('/fonts/opendyslexic-latin-400-normal.woff2');
	await expect.poll(cachedFonts).toContain('/fonts/opendyslexic-latin-400-normal.woff2');

	await context.setOffline(true);
	await visit(page, LESSON);
	expect(
		await page.evaluate(() => getComputedStyle(document.querySelector('main p')!).fontFamily)
	).toMatch(/^OpenDyslexic/);
	await expect
		.poll(() =>
			page.evaluate(async () => {
				await document.fonts.ready;
				return document.fonts.check('16px OpenDyslexic');
			})
		)
		.toBe(true);
	await context.setOffline(false);
});

test('without IndexedDB the settings still apply and stay, and the storage notice says why', async ({
	page
}) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', { value: undefined });
	});
	await visit(page, '/fiches/');
	await choose(page, [['Couleurs', 'Sombre']]);
	await expect(
		page.getByText(/Votre progression ne peut pas être enregistrée sur cet appareil/)
	).toBeVisible();
	await page.reload();
	await hydrated(page);
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'sombre');
	expect(await page.evaluate(() => getComputedStyle(document.body).colorScheme)).toBe('dark');
});

test('at 200 % text, with the widest spacing and the dyslexia font, a 320 px screen never scrolls sideways', async ({
	page
}) => {
	await page.setViewportSize({ width: 320, height: 640 });
	await visit(page, '/');
	await choose(page, [
		['Taille du texte', '200 %'],
		['Espace entre les lettres et les mots', 'Très large'],
		['Espace entre les lignes', 'Très large'],
		['Police de caractères', 'OpenDyslexic (dyslexie)']
	]);
	const problems: string[] = [];
	for (const path of [LESSON, '/scenarios/premier-jour/', '/fiches/conges-payes/', '/urgence/']) {
		await visit(page, path);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		if (overflow > 0) problems.push(`${path}: ${overflow}px`);
	}
	await settingsButton(page).click();
	const box = (await panel(page).boundingBox())!;
	expect(box.x + box.width).toBeLessThanOrEqual(320);
	expect(problems).toEqual([]);
});

test('every built page allows its inline scripts, the reading settings one included, by hash', () => {
	const script = bootScript();
	for (const file of [
		'index.html',
		'404.html',
		`${LESSON.slice(1)}index.html`,
		'formateur/projection/index.html'
	]) {
		const html = readFileSync(`build/${file}`, 'utf8');
		const policy = html.match(/http-equiv="content-security-policy" content="([^"]+)"/)?.[1] ?? '';
		const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
		expect(inline, file).toContain(script);
		for (const text of inline) {
			const hash = `sha256-${createHash('sha256').update(text).digest('base64')}`;
			expect(policy, file).toContain(`'${hash}'`);
		}
	}
});
