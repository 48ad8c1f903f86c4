// The glossary's definitions, fetched once per tab from their own small file (the
// glossaire/definitions.json route), for the terms linked in lessons and sheets.

export type GlossaryDefinitions = Record<string, { terme: string; definition: string }>;

let definitions: Promise<GlossaryDefinitions> | null = null;

export function glossaryDefinitions(): Promise<GlossaryDefinitions> {
	definitions ??= fetch('/glossaire/definitions.json').then((response) => {
		if (!response.ok) throw new Error(`Définitions du glossaire : ${response.status}`);
		return response.json();
	});
	// A failure is not kept: the next page tries again (the terms stay links meanwhile).
	definitions.catch(() => (definitions = null));
	return definitions;
}
