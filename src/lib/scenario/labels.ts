// Words the player uses: they explain, never grade (content-style.md, "Scenarios").
import type { Qualite, Ton } from './types';

export const QUALITE_LABELS: Record<Qualite, string> = {
	recommande: 'Ce choix suit les pratiques recommandées.',
	acceptable: 'Ce choix peut convenir ; d’autres aident davantage.',
	'a-eviter': 'Ce choix est plutôt à éviter : voici pourquoi.'
};

export const QUALITE_SHORT: Record<Qualite, string> = {
	recommande: 'pratique recommandée',
	acceptable: 'choix possible',
	'a-eviter': 'à éviter'
};

export const TON_LABELS: Record<Ton, string> = {
	positive: 'Une fin apaisée',
	nuancee: 'Une fin en demi-teinte',
	difficile: 'Une fin difficile'
};

/** "3 de vos 5 choix suivent les pratiques recommandées." */
export function recommendedSummary(recommended: number, total: number): string {
	if (total === 0) return '';
	if (recommended === 0) {
		return `Aucun de vos ${total} choix ne suivait encore les pratiques recommandées : le parcours ci-dessous montre d’autres possibilités.`;
	}
	if (recommended === total) {
		return total === 1
			? 'Votre choix suit les pratiques recommandées.'
			: `Vos ${total} choix suivent les pratiques recommandées.`;
	}
	return `${recommended} de vos ${total} choix ${recommended > 1 ? 'suivent' : 'suit'} les pratiques recommandées.`;
}
