// What course Markdown may carry into a page. Lessons become Svelte components and scenario
// and quiz texts reach `{@html}`, so anything that could run script is refused at build, in
// French, with its line: event-handler attributes (`onmouseover=`), links or images to any
// scheme but http(s), mailto and tel (`javascript:`, `data:`…), and on the author components
// any attribute beyond the few they take. Plain JS: svelte.config.js loads it through Node.

/** Attributes each author component takes; every other attribute is refused. */
export const COMPONENT_ATTRIBUTES = /** @type {Record<string, string[]>} */ ({
	Callout: ['kind', 'title'],
	Scenario: ['id'],
	Quiz: ['id']
});

const ALLOWED_SCHEMES = ['http', 'https', 'mailto', 'tel'];

/** @param {string} text */
function decodeEntities(text) {
	return text
		.replace(/&#x([0-9a-f]+);?/gi, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
		.replace(/&#(\d+);?/g, (_, dec) => String.fromCodePoint(Number(dec)))
		.replace(/&colon;/gi, ':')
		.replace(/&(tab|newline);/gi, '');
}

/**
 * The scheme of a link destination as a browser would read it (entities decoded, spaces,
 * control characters and backslash escapes dropped, lower case), or null when it has none.
 * @param {string} destination
 */
export function schemeOf(destination) {
	// eslint-disable-next-line no-control-regex
	const cleaned = decodeEntities(destination).replace(/[\s\u0000-\u001f\\]/g, '').toLowerCase();
	const match = /^([a-z][a-z0-9+.-]*):/.exec(cleaned);
	return match ? match[1] : null;
}

/**
 * Link and image destinations of a Markdown text: inline `[..](dest)`, `![..](dest)` (the
 * destination may start on the next line) and reference definitions `[id]: dest`.
 * @param {string} text
 * @returns {{ destination: string, index: number }[]}
 */
function destinations(text) {
	const found = [];
	for (const match of text.matchAll(/\]\(\s*<?([^\s)>]*)/g))
		found.push({ destination: match[1], index: match.index ?? 0 });
	for (const match of text.matchAll(/^ {0,3}\[[^\]\n]+\]:\s*<?(\S*?)>?(?:\s|$)/gm))
		found.push({ destination: match[1], index: match.index ?? 0 });
	return found;
}

/**
 * Problems with links and images, each with its 1-based line in `text`.
 * @param {string} text
 * @returns {{ line: number, message: string }[]}
 */
export function linkProblems(text) {
	return destinations(text)
		.map(({ destination, index }) => ({ scheme: schemeOf(destination), index }))
		.filter(({ scheme }) => scheme !== null && !ALLOWED_SCHEMES.includes(scheme))
		.map(({ scheme, index }) => ({
			line: text.slice(0, index).split('\n').length,
			message: `lien « ${scheme}: » refusé : un lien mène à une page (https://…), une adresse (mailto:) ou un numéro (tel:), ou à une page du cours (/modules/…).`
		}));
}

/**
 * Problems with the attributes written in one line: event handlers anywhere, and attributes
 * an author component does not take (fields that allow no tag at all refuse the tag itself,
 * in markdown.js).
 * @param {string} text
 * @returns {string[]}
 */
export function attributeProblems(text) {
	const problems = [];
	for (const match of text.matchAll(/(?:^|[\s"'/])(on[a-z]+)\s*=/gi)) {
		problems.push(`l’attribut « ${match[1]} » n’est pas permis : il ferait exécuter du code.`);
	}
	for (const match of text.matchAll(/<([A-Z][\w-]*)\b([^>]*)(>?)/g)) {
		const [, tag, attributes, closed] = match;
		const allowed = COMPONENT_ATTRIBUTES[tag];
		if (!allowed) continue;
		if (!closed) {
			problems.push(`écrivez la balise <${tag} …> entière sur une seule ligne.`);
			continue;
		}
		for (const [, name] of attributes.matchAll(/([^\s=/"']+)\s*(?:=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?/g)) {
			if (!allowed.includes(name)) {
				problems.push(
					`<${tag}> ne prend pas l’attribut « ${name} » (attributs permis : ${allowed.join(', ')}).`
				);
			}
		}
	}
	return problems;
}

/**
 * Raw HTML left in authored Markdown, shown as text: the validators refuse tags, and what
 * slips through is escaped, never passed on to `{@html}`.
 * @param {string} text
 */
export const escapeHtml = (text) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
