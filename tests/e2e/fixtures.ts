// Shared e2e fixtures: every test fails if a request leaves the origin (privacy promise),
// and helpers wait for hydration (prerendered HTML is clickable before Svelte runs).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { E2E_PORT } from '../tools/e2e-port.js';

export const ORIGIN = `http://localhost:${E2E_PORT}`;
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export const test = base.extend<{ foreignRequests: string[]; cspViolations: string[] }>({
	foreignRequests: [
		async ({ context }, use) => {
			const foreign: string[] = [];
			context.on('request', (request) => {
				const url = new URL(request.url());
				const local = ['localhost', '127.0.0.1'].includes(url.hostname);
				if (!local && !['data:', 'blob:'].includes(url.protocol)) foreign.push(request.url());
			});
			await use(foreign);
			expect(foreign, 'no request may leave the device’s origin').toEqual([]);
		},
		{ auto: true }
	],
	// The CSP is the second wall against injected script: any page of any test that trips it
	// fails that test. A test that provokes one on purpose empties the list itself.
	cspViolations: [
		async ({ context }, use) => {
			const violations: string[] = [];
			await context.exposeBinding('__reportCspViolation', ({ page }, text: string) => {
				violations.push(`${page.url()}: ${text}`);
			});
			await context.addInitScript(() =>
				document.addEventListener('securitypolicyviolation', (event) =>
					(window as unknown as { __reportCspViolation(text: string): void }).__reportCspViolation(
						`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sample})`
					)
				)
			);
			await use(violations);
			expect(violations, 'no page may break its Content-Security-Policy').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

/** The lesson links of a module page's "Les leçons" list, in order. */
export const lessonLinks = (page: Page) =>
	page.getByRole('region', { name: 'Les leçons' }).getByRole('listitem').getByRole('link');

export async function hydrated(page: Page) {
	await page.locator('html[data-hydrated]').waitFor({ state: 'attached' });
}

export async function visit(page: Page, path: string) {
	await page.goto(path);
	await hydrated(page);
}

/** axe-core as @axe-core/playwright ships it (the project's pinned axe). */
const AXE_SOURCE = readFileSync(
	createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve(
		'axe-core/axe.min.js'
	),
	'utf8'
);

/**
 * axe's violations on the page, one line each; `rules` narrows the run to those rules,
 * `within` to the part of the page a selector names. axe-core is injected once per page load
 * and asked for violations only: @axe-core/playwright's builder re-injects it and finishes
 * each run in a new blank page, about 3 times slower, and the route sweep runs axe some 700
 * times. The pages have no frames (the CSP forbids them), which the builder would handle.
 */
export async function axeViolations(page: Page, rules?: string[], within?: string) {
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
	const violations = await page.evaluate(
		async ({ tags, rules, within }) => {
			const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
			const results = await axe.run(within ? { include: [within] } : document, {
				runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags },
				resultTypes: ['violations']
			});
			return results.violations.map((v) => ({
				id: v.id,
				help: v.help,
				targets: v.nodes.map((node) => node.target.join(' '))
			}));
		},
		{ tags: AXE_TAGS, rules, within }
	);
	return violations.map((v) => `${v.id}: ${v.help} (${v.targets.join(', ')})`);
}

export async function expectNoAxeViolations(page: Page) {
	expect(await axeViolations(page), `axe violations on ${page.url()}`).toEqual([]);
}

/** Waits until the service worker controls the page (after a first visit). */
export async function controlledByServiceWorker(page: Page) {
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
		if (navigator.serviceWorker.controller) return;
		await new Promise((resolve) =>
			navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true })
		);
	});
}

/** Every prerendered page of the test build, as a URL path. */
export function builtRoutes(dir = 'build'): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === '_app' ? [] : builtRoutes(path);
		return name === 'index.html' ? [`/${relative('build', dir)}/`.replace('//', '/')] : [];
	});
}
