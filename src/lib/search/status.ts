// What the search page's status line says (role="status": screen readers hear every change).
// Never "Aucun résultat" before the index has loaded or while the first letters are typed,
// and a count that is a count when the list is cut.

export const MIN_QUERY_FOR_NO_RESULT = 3;

export function searchStatus(state: {
	query: string;
	loaded: boolean;
	failed: boolean;
	shown: number;
	total: number;
}): string {
	const typed = state.query.trim().length;
	if (state.failed || typed === 0) return '';
	if (!state.loaded) return 'Chargement de la recherche…';
	if (state.total === 0) {
		return typed < MIN_QUERY_FOR_NO_RESULT
			? ''
			: 'Aucun résultat. Essayez un autre mot, par exemple « repos », « contrat » ou « parrain ».';
	}
	if (state.shown < state.total) return `${state.shown} premiers résultats sur ${state.total}`;
	return `${state.total} résultat${state.total > 1 ? 's' : ''}`;
}
