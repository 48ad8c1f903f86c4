import { course } from '$lib/content/index.server';
import { THEMES, type Theme } from '$lib/content/sheets.server';

export const load = () => ({
	revision: course.sheetRevision,
	themes: (Object.keys(THEMES) as Theme[])
		.map((theme) => ({
			id: theme,
			titre: THEMES[theme],
			sheets: course.sheets
				.filter((sheet) => sheet.theme === theme)
				.map((sheet) => ({ slug: sheet.slug, titre: sheet.titre, reponse: sheet.reponse }))
		}))
		.filter((theme) => theme.sheets.length > 0)
});
