// What trainers write in `*.scenario.yaml` and `*.quiz.yaml` (architecture.md, "Scenario
// format" and "Knowledge-check format"). Build-only: zod never ships to the browser.
import { z } from 'zod';
import { SLUG, reviewFields } from '$lib/content/schema';

const text = z
	.string({ error: 'doit être un texte' })
	.trim()
	.min(1, { error: 'ne doit pas être vide' });
const id = z
	.string({ error: 'doit être un identifiant' })
	.regex(SLUG, { error: 'doit s’écrire en minuscules sans accents, chiffres et tirets' });
// A repeated id would be listed twice and break keyed lists in the page: refused at build.
const idList = z
	.array(id, { error: 'doit être une liste d’identifiants' })
	.refine((ids) => new Set(ids).size === ids.length, {
		error: (issue) =>
			`cite deux fois « ${(issue.input as string[]).find((x, i, all) => all.indexOf(x) !== i)} »`
	});

export const QUALITES = ['recommande', 'acceptable', 'a-eviter'] as const;
export const TONS = ['positive', 'nuancee', 'difficile'] as const;

export const choiceSchema = z.strictObject({
	id,
	libelle: text,
	suite: id,
	retour: text,
	qualite: z.enum(QUALITES, { error: 'doit valoir recommande, acceptable ou a-eviter' }),
	sources: idList.optional(),
	effets: z.record(id, z.number({ error: 'doit être un nombre' })).optional(),
	noteFormateur: text.optional()
});

export const sceneSchema = z.strictObject({
	texte: text,
	personnage: text.optional(),
	choix: z
		.array(choiceSchema, { error: 'doit être une liste de choix' })
		.min(1, { error: 'doit proposer au moins un choix' })
		.optional(),
	fin: z
		.strictObject({
			ton: z.enum(TONS, { error: 'doit valoir positive, nuancee ou difficile' }),
			bilan: text
		})
		.optional(),
	noteFormateur: text.optional(),
	questions: z.array(text, { error: 'doit être une liste de questions' }).optional()
});

export const scenarioSchema = z.strictObject({
	schemaVersion: z.literal(1, { error: 'doit valoir 1' }),
	id,
	titre: text,
	resume: text,
	competences: idList.min(1, {
		error: 'doit citer au moins une compétence de content/competences.yaml'
	}),
	sources: idList.min(1, { error: 'doit citer au moins une source de content/sources.yaml' }),
	avertissement: text.optional(),
	...reviewFields,
	debut: id,
	scenes: z.record(id, sceneSchema, {
		error: 'doit associer chaque identifiant de scène à sa scène'
	})
});

const optionSchema = z.strictObject({
	id,
	texte: text,
	correcte: z.boolean({ error: 'doit valoir true ou false' }),
	retour: text,
	/** Keeps this option at its written place when options are shuffled ("toutes les réponses"). */
	fixe: z.boolean({ error: 'doit valoir true ou false' }).optional()
});

export const quizSchema = z.strictObject({
	schemaVersion: z.literal(1, { error: 'doit valoir 1' }),
	id,
	titre: text,
	sources: idList.min(1, { error: 'doit citer au moins une source de content/sources.yaml' }),
	questions: z
		.array(
			z.strictObject({
				id,
				enonce: text,
				type: z.enum(['unique', 'multiple'], { error: 'doit valoir unique ou multiple' }),
				options: z.array(optionSchema).min(2, { error: 'doit proposer au moins deux options' })
			})
		)
		.min(1, { error: 'doit contenir au moins une question' })
});

export const competenceSchema = z.strictObject({ libelle: text, description: text });

export type ScenarioSource = z.infer<typeof scenarioSchema>;
export type QuizSource = z.infer<typeof quizSchema>;
