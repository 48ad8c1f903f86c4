// The emergency card (content/urgence.yaml), validated at build like every authored file.
import { z } from 'zod';
import { describeIssues } from './schema';
import { readYaml } from './yaml-file';
import { ContentError } from './problems';
import type { Source } from './types';

const text = z.string().trim().min(1, { error: 'ne doit pas être vide' });

const numero = z.strictObject({
	numero: z.string().regex(/^[\d ]+$/, { error: 'doit ne contenir que des chiffres et des espaces' }),
	nom: text,
	quand: text,
	lien: z.enum(['tel', 'sms'], { error: 'doit valoir tel ou sms' })
});

const urgenceSchema = z.strictObject({
	titre: text,
	introduction: text,
	regles: z.array(z.strictObject({ titre: text, texte: text })).min(1),
	numeros: z.array(numero).min(1),
	// Social emergencies (the 115) are shown apart, so nobody mistakes them for medical help.
	social: z.strictObject({ titre: text, texte: text, numeros: z.array(numero).min(1) }).optional(),
	sources: z.array(text).min(1, { error: 'doit citer au moins une source de content/sources.yaml' }),
	/** The card in easy-to-read French, shown in "Facile à lire" mode above the rules and numbers. */
	facile: z
		.array(text, { error: 'doit être une liste de phrases courtes' })
		.min(3, { error: 'doit compter de 3 à 6 phrases courtes' })
		.max(6, { error: 'doit compter de 3 à 6 phrases courtes' })
});

export type EmergencyCard = z.infer<typeof urgenceSchema>;

export function readEmergencyCard(yamlText: string, sources: Record<string, Source>): EmergencyCard {
	const file = 'content/urgence.yaml';
	const unreadable: { file: string; message: string }[] = [];
	const data = readYaml(yamlText, file, unreadable);
	if (data === undefined) throw new ContentError(unreadable);
	const result = urgenceSchema.safeParse(data);
	if (!result.success) {
		throw new ContentError(describeIssues(result.error, data).map((message) => ({ file, message })));
	}
	const unknown = result.data.sources.filter((id) => !sources[id]);
	if (unknown.length) {
		throw new ContentError(
			unknown.map((id) => ({ file, message: `champ « sources » : « ${id} » n’existe pas dans content/sources.yaml` }))
		);
	}
	return result.data;
}
