// The JSON Schemas in content/schemas/ give authors autocompletion and checks in their editor
// (.vscode/settings.json maps them to *.scenario.yaml and *.quiz.yaml). They are generated
// from the zod schemas the build uses; this test keeps them in step.
// Regenerate with: UPDATE_SCHEMAS=1 npx vitest run tests/unit/scenario/json-schema.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { quizSchema, scenarioSchema } from '$lib/scenario/schema';

const generated = (schema: z.ZodType, title: string) =>
	JSON.stringify({ ...z.toJSONSchema(schema, { io: 'input' }), title }, null, '\t') + '\n';

describe.each([
	['scenario', scenarioSchema, 'Scénario Repères (*.scenario.yaml)'],
	['quiz', quizSchema, 'Quiz de vérification Repères (*.quiz.yaml)']
] as const)('content/schemas/%s.schema.json', (name, schema, title) => {
	const file = `content/schemas/${name}.schema.json`;
	if (process.env.UPDATE_SCHEMAS) writeFileSync(file, generated(schema, title));

	it('matches the zod schema the build validates with', () => {
		expect(readFileSync(file, 'utf8')).toBe(generated(schema, title));
	});

	it('describes the authored keys', () => {
		const json = JSON.parse(readFileSync(file, 'utf8'));
		expect(json.required).toEqual(
			expect.arrayContaining(['schemaVersion', 'id', 'titre', 'sources'])
		);
	});
});

it('content/schemas/scenario.schema.json describes the clinical review status', () => {
	const { properties } = JSON.parse(readFileSync('content/schemas/scenario.schema.json', 'utf8'));
	expect(properties.clinique).toEqual({ type: 'boolean' });
	expect(properties.relecture.required).toEqual(['par', 'le']);
	expect(properties.relecture.properties.le.pattern).toBe('^\\d{4}-\\d{2}-\\d{2}$');
});
