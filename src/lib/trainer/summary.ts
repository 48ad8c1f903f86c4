// The session summary: plan, time per item, every tally, the room's path through each
// scenario, and the trainer's notes. Pure, so the page and the Markdown export agree.
import { QUALITE_SHORT } from '$lib/scenario/labels';
import type { DeckItem } from './deck';
import { KIND_LABELS, type Plan } from './plan';
import type { StoredSession } from './repository';
import type { SessionContext } from './session-machine';
import { letter, totalVotes } from './tally';
import { minutesLabel, spentOn } from './timing';

export interface TallySummary {
	label: string;
	options: { letter: string; label: string; count: number }[];
	total: number;
}

export interface ItemSummary {
	key: string;
	kind: string;
	titre: string;
	planned: number;
	spentMs: number;
	tallies: TallySummary[];
	path: { step: number; letter: string; choice: string; quality: string }[];
	ending?: string;
	note: string;
}

export function summarise(
	deck: DeckItem[],
	session: StoredSession | null,
	notes: Record<string, string>,
	now: number
): ItemSummary[] {
	const context = (session?.snapshot as { context?: SessionContext } | undefined)?.context;
	return deck.map((item) => {
		const key = item.plan.key;
		const tallies: TallySummary[] = [];
		const path: ItemSummary['path'] = [];
		let ending: string | undefined;
		const tallyOf = (id: string) => context?.tallies[`${key}/${id}`];
		if (item.kind === 'scenario') {
			const steps = context?.paths[key] ?? [];
			steps.forEach((step, index) => {
				const scene = item.scenario.scenes[step.sceneId];
				const choiceIndex = scene?.choix.findIndex((choice) => choice.id === step.choiceId) ?? -1;
				const choice = scene?.choix[choiceIndex];
				if (choice) {
					path.push({
						step: index + 1,
						letter: letter(choiceIndex),
						choice: choice.libelle,
						quality: QUALITE_SHORT[choice.qualite]
					});
				}
			});
			const last = steps.at(-1);
			const reached = last
				? item.scenario.scenes[
						item.scenario.scenes[last.sceneId]?.choix.find((c) => c.id === last.choiceId)?.suite ??
							''
					]
				: undefined;
			if (reached?.fin) ending = reached.id;
			for (const scene of Object.values(item.scenario.scenes)) {
				const tally = tallyOf(scene.id);
				if (!tally) continue;
				const step = steps.findIndex((s) => s.sceneId === scene.id);
				tallies.push({
					label: step >= 0 ? `Étape ${step + 1}` : `Scène « ${scene.id} »`,
					options: scene.choix.map((choice, index) => ({
						letter: letter(index),
						label: choice.libelle,
						count: tally[choice.id] ?? 0
					})),
					total: totalVotes(tally)
				});
			}
		}
		if (item.kind === 'quiz') {
			for (const question of item.quiz.questions) {
				const tally = tallyOf(question.id);
				if (!tally) continue;
				tallies.push({
					label: question.enonce,
					options: question.options.map((option, index) => ({
						letter: letter(index),
						label: option.texte + (option.correcte ? ' (bonne réponse)' : ''),
						count: tally[option.id] ?? 0
					})),
					total: totalVotes(tally)
				});
			}
		}
		return {
			key,
			kind: KIND_LABELS[item.plan.kind],
			titre: item.plan.titre,
			planned: item.plan.duree,
			spentMs: session ? spentOn(session.timing, key, now) : 0,
			tallies,
			path,
			...(ending ? { ending } : {}),
			note: notes[key] ?? ''
		};
	});
}

/** One line of Markdown from trainer or file text: no stray formatting, no HTML. */
const plain = (text: string) =>
	text.replace(/[<>*_`#[\]|\\]/g, (c) => `\\${c}`).replace(/\s*\n\s*/g, ' ');

export function summaryMarkdown(plan: Plan, items: ItemSummary[], participants: string[]): string {
	const lines = [
		`# Bilan de séance : ${plain(plan.titre)}`,
		'',
		`- Date : ${plan.date || 'non précisée'}`,
		`- Groupe : ${plain(plan.groupe) || 'non précisé'}`,
		...(participants.length ? [`- Participants : ${participants.length}`] : []),
		'',
		'## Déroulé',
		'',
		'| Élément | Prévu | Passé |',
		'| --- | --- | --- |',
		...items.map(
			(item) =>
				`| ${item.kind} : ${plain(item.titre)} | ${item.planned} min | ${minutesLabel(item.spentMs)} |`
		)
	];
	for (const item of items) {
		lines.push('', `## ${item.kind} : ${plain(item.titre)}`, '');
		if (item.path.length) {
			lines.push('Chemin suivi par le groupe :', '');
			for (const step of item.path)
				lines.push(`${step.step}. ${step.letter} — ${plain(step.choice)} (${step.quality})`);
			if (item.ending) lines.push('', `Fin atteinte : ${item.ending}`);
			lines.push('');
		}
		for (const tally of item.tallies) {
			lines.push(`Votes — ${plain(tally.label)} (${tally.total} en tout) :`, '');
			for (const option of tally.options)
				lines.push(`- ${option.letter} — ${plain(option.label)} : ${option.count}`);
			lines.push('');
		}
		if (item.note.trim())
			lines.push(
				'Notes du formateur :',
				'',
				...item.note
					.trim()
					.split(/\n+/)
					.map((line) => `> ${plain(line)}`),
				''
			);
		if (!item.path.length && !item.tallies.length && !item.note.trim())
			lines.push('Rien de noté.', '');
	}
	return (
		lines
			.join('\n')
			.replace(/\n{3,}/g, '\n\n')
			.trimEnd() + '\n'
	);
}
