// Content that would run script in a learner's browser is refused at build, naming the file
// (reliability review §7: `onmouseover` on <Quiz>, `javascript:` links in lessons and scenarios).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bodyProblems, lessonPreprocess } from '$lib/content/markdown.js';
import { schemeOf } from '$lib/content/markup-safety.js';
import { readQuizFile, readScenarioFile } from '$lib/scenario/compile';

const fixture = (name: string) => readFileSync(`tests/fixtures/xss/${name}`, 'utf8');
const known = { sources: new Set(['loi-2005-102']), competences: new Set(['ecoute']) };

function preprocessError(body: string, filename: string) {
	try {
		lessonPreprocess().markup!({ content: `---\ntitre: x\n---\n${body}`, filename });
	} catch (error) {
		return (error as Error).message;
	}
	return '';
}

describe('links and images in lessons', () => {
	it('refuses every script-bearing scheme, however it is written, with its line', () => {
		const message = preprocessError(
			fixture('lecon-javascript.md'),
			'/site/content/modules/01-x/02-lecon.md'
		);
		expect(message).toContain('Leçon invalide : content/modules/01-x/02-lecon.md');
		for (const line of [6, 8, 10, 12, 15]) expect(message).toMatch(new RegExp(`ligne ${line} : lien`));
		expect(message).toContain('« javascript: »');
		expect(message).toContain('« data: »');
		expect(message).toContain('« vbscript: »');
	});

	it('accepts the links a course needs', () => {
		expect(
			bodyProblems(
				'[Légifrance](https://www.legifrance.gouv.fr/) [le 15](tel:15) [écrire](mailto:a@b.fr) [leçon](/modules/x/y/) [plus bas](#section) [relatif](../autre/)'
			)
		).toEqual([]);
	});

	it('reads the scheme as a browser would', () => {
		expect(schemeOf('java\tscript:alert(1)')).toBe('javascript');
		expect(schemeOf('&#x6A;avascript&colon;alert(1)')).toBe('javascript');
		expect(schemeOf('/modules/a/')).toBeNull();
	});
});

describe('attributes on author components', () => {
	it('refuses event handlers and attributes a component does not take', () => {
		const message = preprocessError(
			fixture('lecon-attributs.md'),
			'/site/content/modules/01-x/03-lecon.md'
		);
		expect(message).toContain('content/modules/01-x/03-lecon.md');
		expect(message).toMatch(/ligne \d+ : l’attribut « onmouseover » n’est pas permis/);
		expect(message).toMatch(/<Quiz> ne prend pas l’attribut « onmouseover »/);
		expect(message).toMatch(/<Callout> ne prend pas l’attribut « style »/);
		expect(message).toMatch(/écrivez la balise <Scenario …> entière sur une seule ligne/);
		expect(message).toMatch(/l’attribut « onfocus » n’est pas permis/);
	});

	it('keeps accepting the components as authors write them', () => {
		expect(bodyProblems('<Quiz id="gem-ou-soin" />\n\n<Scenario id="premier-jour" />')).toEqual([]);
		expect(bodyProblems(':::retenir Un titre\nTexte.\n:::')).toEqual([]);
	});
});

describe('scenario and knowledge-check texts (rendered with {@html})', () => {
	it('refuses any tag, handler or script link in a scenario, naming the field', () => {
		const { problems } = readScenarioFile(
			fixture('scenario-injection.scenario.yaml'),
			'content/modules/01-x/scenario-injection.scenario.yaml',
			'x',
			known
		);
		const all = problems.join('\n');
		expect(all).toMatch(/scène « accueil », texte : l’attribut « onpointerenter »/);
		expect(all).toMatch(/scène « accueil », texte : la balise <Callout> n'est pas permise ici/);
		expect(all).toMatch(/scène « accueil », texte : lien « javascript: » refusé/);
		expect(all).toMatch(/choix « suite », retour : l’attribut « onmouseover »/);
		expect(all).toMatch(/scène « fin », bilan : lien « data: » refusé/);
	});

	it('refuses them in a knowledge check too', () => {
		const { problems } = readQuizFile(
			fixture('quiz-injection.quiz.yaml'),
			'content/modules/01-x/quiz-injection.quiz.yaml',
			'x',
			known
		);
		const all = problems.join('\n');
		expect(all).toMatch(/option « a », retour : lien « javascript: » refusé/);
		expect(all).toMatch(/option « b », retour : la balise <Scenario> n'est pas permise ici/);
	});

	it('escapes raw HTML that would reach a compiled text anyway', async () => {
		const { compileQuiz } = await import('$lib/scenario/compile');
		const quiz = compileQuiz(
			{
				schemaVersion: 1,
				id: 'q',
				titre: 't',
				sources: ['s'],
				questions: [
					{
						id: 'a',
						enonce: 'e',
						type: 'unique',
						options: [
							{ id: 'x', texte: 'x', correcte: true, retour: '<img src=x onerror=alert(1)>' },
							{ id: 'y', texte: 'y', correcte: false, retour: 'Non.' }
						]
					}
				]
			},
			'q.quiz.yaml',
			'm'
		);
		expect(quiz.questions[0].options[0].retour).not.toContain('<img');
	});
});
