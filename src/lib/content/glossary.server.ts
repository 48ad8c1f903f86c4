// content/glossaire.yaml, validated at build: every term has a definition and sources, and
// no id, term or synonym is used twice (a link must know which entry it means).
import { readYaml } from './yaml-file';
import { z } from 'zod';
import { SLUG, describeIssues } from './schema';
import type { ContentProblem } from './problems';

const FILE = 'content/glossaire.yaml';
const text = z.string({ error: 'doit être un texte' }).trim().min(1, { error: 'ne doit pas être vide' });

const entrySchema = z.strictObject({
	terme: text,
	definition: text,
	synonymes: z.array(text).optional(),
	sources: z.array(text).min(1, { error: 'doit citer au moins une source de content/sources.yaml' })
});

export interface GlossaryTermEntry extends z.infer<typeof entrySchema> {
	id: string;
}

/** `sources` is only looked up by id (types.ts imports this file: no Source type here). */
export function readGlossary(yamlText: string, sources: Readonly<Record<string, unknown>>, problems: ContentProblem[]) {
	const data = readYaml(yamlText, FILE, problems, 'terme en double') as Record<string, unknown> | undefined;
	if (data === undefined) return [];
	const entries: GlossaryTermEntry[] = [];
	const forms = new Map<string, string>();
	for (const [id, raw] of Object.entries(data)) {
		const where = `${FILE} (« ${id} »)`;
		if (!SLUG.test(id)) problems.push({ file: where, message: 'identifiant : minuscules sans accents, chiffres et tirets' });
		const parsed = entrySchema.safeParse(raw);
		if (!parsed.success) {
			for (const message of describeIssues(parsed.error, raw)) problems.push({ file: where, message });
			continue;
		}
		for (const source of parsed.data.sources) {
			if (!sources[source]) problems.push({ file: where, message: `champ « sources » : « ${source} » n’existe pas dans content/sources.yaml` });
		}
		for (const form of [parsed.data.terme, ...(parsed.data.synonymes ?? [])]) {
			const key = form.toLocaleLowerCase('fr');
			const other = forms.get(key);
			if (other) problems.push({ file: where, message: `« ${form} » est déjà un terme ou un synonyme de « ${other} »` });
			else forms.set(key, id);
		}
		entries.push({ id, ...parsed.data });
	}
	return entries;
}
