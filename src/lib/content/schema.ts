// Zod schemas for what authors write. Keys are French (authors' words); build-only module.
import { z } from 'zod';

export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** YAML may hand a Date or a number for an unquoted date: keep the calendar part as text. */
const dateText = (full: boolean) =>
	z.preprocess(
		(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
		z
			.string({ error: 'doit être une date « AAAA-MM-JJ » entre guillemets' })
			.regex(full ? /^\d{4}-\d{2}-\d{2}$/ : ISO_DATE, {
				error: full ? 'doit être une date « AAAA-MM-JJ »' : 'doit être une date « AAAA », « AAAA-MM » ou « AAAA-MM-JJ »'
			})
	);

const text = z.string().trim().min(1, { error: 'ne doit pas être vide' });
const textList = z.array(text, { error: 'doit être une liste' }).min(1, { error: 'doit contenir au moins un élément' });

/** Words as authors count them: every token holding a letter or a digit (not « - » or « ## »). */
export const wordCount = (value: string) => value.split(/\s+/).filter((token) => /[\p{L}\d]/u.test(token)).length;

export const MAX_CHANGE_NOTE_CHARS = 140;

/**
 * Clinical review status, shared by lessons and scenarios. `clinique: true` marks health or
 * crisis guidance: readers see that it awaits a health professional's reading until
 * `relecture` says who read it and when. Only a real reviewer's name goes there.
 */
export const reviewFields = {
	clinique: z.boolean({ error: 'doit valoir true ou false' }).optional(),
	relecture: z
		.strictObject(
			{
				par: text.describe('Qui a relu : nom et profession (« Dr Jeanne Martin, psychiatre »)'),
				le: dateText(true).describe('Date de la relecture, « AAAA-MM-JJ »')
			},
			{ error: 'doit indiquer « par » (qui a relu) et « le » (la date de relecture)' }
		)
		.optional()
};

export const moduleFrontmatter = z.strictObject({
	titre: text,
	partie: z.union([z.literal(1), z.literal(2), z.literal(3)], {
		error: 'doit valoir 1 (Découvrir les GEM), 2 (Être animateur) ou 3 (Ressources clés)'
	}),
	resume: text,
	objectifs: textList
});

export const lessonFrontmatter = z.strictObject({
	titre: text,
	resume: text,
	objectifs: textList,
	duree: z
		.number({ error: 'doit être un nombre de minutes' })
		.int({ error: 'doit être un nombre entier de minutes' })
		.positive({ error: 'doit être un nombre de minutes supérieur à 0' }),
	sources: z
		.array(text, { error: 'doit être une liste d’identifiants de content/sources.yaml' })
		.min(1, { error: 'doit citer au moins une source de content/sources.yaml' })
		.refine((ids) => new Set(ids).size === ids.length, {
			error: 'cite deux fois la même source'
		}),
	/** Replaced by the whole easy-to-read version (`NN-slug.facile.md`): said plainly if still written. */
	versionSimplifiee: z
		.never({
			error: 'n’existe plus : la version facile à lire de toute la leçon s’écrit dans le fichier « NN-slug.facile.md » à côté (content/README.md, partie 9) ; retirez ce champ'
		})
		.optional(),
	revise: dateText(true),
	alias: z
		.array(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, { error: 'chaque alias s’écrit « module/lecon »' }))
		.optional(),
	/** One line for learners who finished the lesson before its `revise` date: what changed. */
	changement: text
		.refine((value) => [...value].length <= MAX_CHANGE_NOTE_CHARS, {
			error: `doit tenir en ${MAX_CHANGE_NOTE_CHARS} caractères au plus`
		})
		.optional(),
	...reviewFields
});

export const sourceEntry = z.strictObject({
	titre: text,
	editeur: text,
	/** "s.d." (sans date) when the document shows no date, as bibliographies write it. */
	date: z.union([z.literal('s.d.'), dateText(false)], {
		error: 'doit être une date « AAAA », « AAAA-MM » ou « AAAA-MM-JJ », ou « s.d. » si le document n’est pas daté'
	}),
	consulte: dateText(true),
	url: z.url({ protocol: /^https?$/, error: 'doit être une adresse web complète (https://…)' }).optional(),
	fiabilite: z.enum(['officiel', 'recherche', 'presse', 'association', 'blog'], {
		error: 'doit valoir officiel, recherche, presse, association ou blog'
	})
});

export type ModuleFrontmatter = z.infer<typeof moduleFrontmatter>;
export type LessonFrontmatter = z.infer<typeof lessonFrontmatter>;
export type SourceEntry = z.infer<typeof sourceEntry>;

/** One French line per schema problem: « champ « sources » : doit citer… ». */
export function describeIssues(error: z.ZodError, data: unknown): string[] {
	const present = (path: PropertyKey[]) => {
		let node: unknown = data;
		for (const key of path) {
			if (node === null || typeof node !== 'object' || !(key in node)) return false;
			node = (node as Record<PropertyKey, unknown>)[key];
		}
		return node !== undefined && node !== null;
	};
	return error.issues.map((issue) => {
		if (issue.code === 'unrecognized_keys') {
			return `champ inconnu : ${issue.keys.map((key) => `« ${key} »`).join(', ')} (vérifiez l’orthographe)`;
		}
		const field = issue.path.length ? `champ « ${issue.path.join('.')} »` : 'fichier';
		const missing = issue.path.length > 0 && !present(issue.path);
		return `${field} : ${missing ? 'obligatoire, il manque' : issue.message}`;
	});
}
