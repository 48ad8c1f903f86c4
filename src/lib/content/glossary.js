// Glossary linking, shared by the build's rehype step (svelte.config.js, plain JS) and the
// content validator: the first occurrence of each term in a lesson becomes a <GlossaryTerm>,
// a link to /glossaire/#id that turns into a definition disclosure once JavaScript runs.
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

/** @typedef {{ id: string, terme: string, definition: string, synonymes?: string[] }} GlossaryEntry */

/**
 * Reads content/glossaire.yaml as entries (validation proper happens in glossary.server.ts).
 * @param {string} yamlText
 * @returns {GlossaryEntry[]}
 */
export function glossaryEntries(yamlText) {
	const data = parseYaml(yamlText) ?? {};
	return Object.entries(data).map(
		([id, entry]) => /** @type {GlossaryEntry} */ ({ id, ...(/** @type {object} */ (entry)) })
	);
}

const escapeRegExp = (/** @type {string} */ text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One matcher per way of writing a term, longest first so "organisme gestionnaire" wins over
 * "gestionnaire". Acronyms (all capitals) match case-sensitively, words case-insensitively.
 * @param {GlossaryEntry[]} entries
 */
export function termMatchers(entries) {
	return entries
		.flatMap((entry) =>
			[entry.terme, ...(entry.synonymes ?? [])].map((form) => ({
				id: entry.id,
				form,
				pattern: new RegExp(
					`(?<![\\p{L}\\p{N}])${escapeRegExp(form).replace(/'/g, "['’]")}(?![\\p{L}\\p{N}])`,
					/^[\p{Lu}\p{N}\s-]+$/u.test(form) ? 'u' : 'iu'
				)
			}))
		)
		.sort((a, b) => b.form.length - a.form.length);
}

const SKIPPED = new Set(['a', 'code', 'pre', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'button', 'script', 'style']);

/** @param {string} value */
const escapeHtml = (value) =>
	value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/[{}]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * Rehype plugin factory: links the first occurrence of each glossary term in a document.
 * @param {GlossaryEntry[]} entries
 */
export function rehypeGlossary(entries) {
	const matchers = termMatchers(entries);
	const byId = new Map(entries.map((entry) => [entry.id, entry]));
	return () =>
		/** @param {any} tree */
		(tree) => {
			/** @type {Set<string>} */
			const linked = new Set();
			/** @param {any} node */
			const visit = (node) => {
				if (node.type === 'element' && SKIPPED.has(node.tagName)) return;
				if (!node.children) return;
				node.children = node.children.flatMap((/** @type {any} */ child) => {
					if (child.type !== 'text') {
						visit(child);
						return [child];
					}
					return linkText(child.value);
				});
			};
			/** @param {string} text @returns {any[]} */
			const linkText = (text) => {
				let best = null;
				for (const matcher of matchers) {
					if (linked.has(matcher.id)) continue;
					const match = matcher.pattern.exec(text);
					if (match && (!best || match.index < best.index)) best = { index: match.index, text: match[0], id: matcher.id };
				}
				if (!best) return [{ type: 'text', value: text }];
				linked.add(best.id);
				const entry = /** @type {GlossaryEntry} */ (byId.get(best.id));
				const tag = `<GlossaryTerm id="${best.id}" terme="${escapeHtml(entry.terme)}" definition="${escapeHtml(entry.definition)}">${escapeHtml(best.text)}</GlossaryTerm>`;
				return [
					{ type: 'text', value: text.slice(0, best.index) },
					{ type: 'raw', value: tag },
					...linkText(text.slice(best.index + best.text.length))
				];
			};
			visit(tree);
		};
}

/** The glossary of content/, read once when svelte.config.js loads. */
export function loadGlossary(path = 'content/glossaire.yaml') {
	try {
		return glossaryEntries(readFileSync(path, 'utf8'));
	} catch {
		// A missing or unreadable file is reported by the validator with a French message.
		return [];
	}
}
