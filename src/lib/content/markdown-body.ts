// The static HTML of a page: the authored text of a lesson or a sheet, rendered at build and
// never shipped as component code (markdown-body.server.ts), with the live activities between
// its parts, and other static blocks rendered at build (the sources). The HTML travels once,
// inside the prerendered page:
// - at build, the page's server load hands it to its universal load in the same process
//   (handOver/takeOver), so it is not serialized a second time into the page's data;
// - in the browser, the first load reads it back from the page's own HTML before hydration,
//   and a client-side navigation takes it from the next page itself (precached offline).
// Each page's static HTML is keyed by an id unique across the site: a lesson's id, or
// `fiche:<slug>` for a sheet; each block by `<id>#<n>` (StaticPart.svelte writes it).

/** A block of static HTML, and its key in the page. */
export type StaticHtml = { key: string; html: string };
export type BodyPart = ({ kind: 'html' } & StaticHtml) | { kind: 'scenario' | 'quiz'; id: string };
/** A body's parts without their HTML. */
export type BodyPlan = ({ kind: 'html' } | { kind: 'scenario' | 'quiz'; id: string })[];
/** What the page's data carries: the body's plan and the names of the other static blocks. */
export type StaticPlan = { id: string; body: BodyPlan; blocks: string[] };

/** The attribute StaticPart.svelte puts around each block, valued `<id>#<n>`. */
export const PART_ATTRIBUTE = 'data-static-part';

/** Puts the blocks' HTML back where the plan says, in order: the body's parts, then the others. */
export function assemble(plan: StaticPlan, html: string[]) {
	const inBody = plan.body.filter((part) => part.kind === 'html').length;
	if (html.length !== inBody + plan.blocks.length) {
		throw new Error(`${plan.id} : ${html.length} blocs de texte au lieu de ${inBody + plan.blocks.length}.`);
	}
	let next = 0;
	const block = (): StaticHtml => ({ key: `${plan.id}#${next}`, html: html[next++] });
	const body: BodyPart[] = plan.body.map((part) =>
		part.kind === 'html' ? { kind: 'html', ...block() } : part
	);
	const blocks: Record<string, StaticHtml> = Object.fromEntries(
		plan.blocks.map((name) => [name, block()])
	);
	return { body, blocks };
}

const handed = new Map<string, string[]>();

/** Server load, at build: keeps a page's blocks for the same page's universal load. */
export const handOver = (id: string, html: string[]) => handed.set(id, html);

/** Universal load, at build: the blocks the server load kept. */
export function takeOver(id: string): string[] {
	const html = handed.get(id);
	if (!html) throw new Error(`Texte de ${id} absent au rendu.`);
	handed.delete(id);
	return html;
}

/** `{@html}` leaves a comment on each side of what it renders; the text needs neither. */
const withoutComments = (html: string) => html.replace(/<!--[\s\S]*?-->/g, '');

/** The blocks a rendered page shows for an id, in order, or null if it shows none. */
export function readParts(root: ParentNode, id: string): string[] | null {
	const blocks = [...root.querySelectorAll(`[${PART_ATTRIBUTE}]`)]
		.map((element) => ({ element, key: element.getAttribute(PART_ATTRIBUTE) ?? '' }))
		.filter(({ key }) => key.startsWith(`${id}#`))
		.sort((a, b) => Number(a.key.slice(id.length + 1)) - Number(b.key.slice(id.length + 1)));
	return blocks.length === 0 ? null : blocks.map(({ element }) => withoutComments(element.innerHTML));
}

/** Pages already shown in this tab: their DOM changes once they run (glossary buttons). */
const shown = new Map<string, string[]>();

/**
 * In the browser: a page's blocks from this very page before hydration, else from the page
 * itself, fetched (the service worker has it offline).
 * @param href the page's address
 */
export async function partsInBrowser(id: string, href: string, fetcher: typeof fetch) {
	let parts = shown.get(id) ?? readParts(document, id);
	if (!parts) {
		const response = await fetcher(href);
		if (!response.ok) throw new Error(`${href} : ${response.status}`);
		const page = new DOMParser().parseFromString(await response.text(), 'text/html');
		parts = readParts(page, id);
		if (!parts) throw new Error(`${href} ne contient pas ${id}.`);
	}
	shown.set(id, parts);
	return parts;
}

/** A page's universal load: its data with the static blocks in place of their plan. */
export async function withStatics<Data extends { statics: StaticPlan }>(
	data: Data,
	url: URL,
	fetcher: typeof fetch
): Promise<Omit<Data, 'statics'> & ReturnType<typeof assemble>> {
	const { statics, ...rest } = data;
	if (typeof document === 'undefined') return { ...rest, ...assemble(statics, takeOver(statics.id)) };
	try {
		return { ...rest, ...assemble(statics, await partsInBrowser(statics.id, url.pathname, fetcher)) };
	} catch {
		// As the router does when a page's data cannot be fetched: load the page itself (offline,
		// the service worker serves it, or says it is not on the device).
		location.assign(url.href);
		return new Promise<never>(() => {});
	}
}
