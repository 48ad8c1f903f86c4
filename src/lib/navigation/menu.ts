// The one list of links the header's "Menu" holds. A later page (trainer mode, export…)
// adds its entry here and nowhere else.
import type { Pathname } from '$app/types';

export interface MenuLink {
	/** Site path, with its trailing slash. */
	href: Pathname;
	label: string;
}

// `as const` keeps each path literal, so `resolve()` knows it needs no parameter.
export const MENU_LINKS = [
	{ href: '/', label: 'Parcours' },
	{ href: '/mon-parcours/', label: 'Mon parcours' },
	{ href: '/fiches/', label: 'Fiches' },
	{ href: '/glossaire/', label: 'Glossaire' },
	{ href: '/mes-reperes/', label: 'Mes repères' },
	{ href: '/recherche/', label: 'Rechercher' },
	{ href: '/urgence/', label: 'En cas d’urgence' },
	{ href: '/formateur/', label: 'Mode formateur' }
] as const satisfies readonly MenuLink[];
