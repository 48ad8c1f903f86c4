// What the storage notice says, in French, for each problem. Only what was checked is claimed
// (see mirror-sync.ts): "le reste est bien enregistré" only after the database was read back.
import type { StorageProblem } from './types';

const plural = (count: number, one: string, many: string) => (count > 1 ? many : one);

export function storageMessage(problem: StorageProblem): string {
	switch (problem.kind) {
		case 'indisponible':
			return 'Votre progression ne peut pas être enregistrée sur cet appareil (navigation privée ou stockage désactivé) : ce que vous faites reste affiché jusqu’à la fermeture de la page.';
		case 'bloquee':
			return 'Votre progression n’est pas accessible pour l’instant : un autre onglet de Repères la bloque, ou le navigateur ne répond pas. Fermez les autres onglets de Repères, puis rechargez cette page ; d’ici là, rien n’est enregistré.';
		case 'effacee':
			return `Le navigateur a effacé la progression enregistrée sur cet appareil (cela arrive quand l’espace de stockage est plein). ${
				problem.copie
					? 'Repères en garde une copie de secours : libérez de la place si besoin, puis rechargez la page pour la retrouver.'
					: 'Libérez de la place si besoin, puis rechargez la page pour continuer à enregistrer.'
			}`;
		case 'fermee':
			return `Le navigateur ne donne plus accès à votre progression (cela arrive quand l’espace de stockage est plein) : Repères ne peut pas vérifier ce qui reste enregistré. ${
				problem.copie
					? 'Une copie de secours est gardée : libérez de la place puis rechargez la page ; s’il manque quelque chose, elle le remettra en place.'
					: 'Libérez de la place puis rechargez la page.'
			}`;
		case 'plein':
			return {
				intact:
					'L’espace de stockage de l’appareil est plein : votre progression ne peut plus être enregistrée. Ce qui l’était déjà est bien là (vérifié). Libérez de la place puis réessayez.',
				efface:
					'L’espace de stockage de l’appareil est plein et le navigateur a effacé votre progression. Repères en garde une copie de secours : libérez de la place puis rechargez la page pour la retrouver.',
				inconnu:
					'L’espace de stockage de l’appareil est plein : votre progression ne peut plus être enregistrée, et Repères ne peut pas vérifier ce qui reste. Libérez de la place puis rechargez la page.'
			}[problem.stored];
		case 'echec':
			return 'Votre progression n’a pas pu être enregistrée sur cet appareil. Vous pouvez réessayer.';
		case 'version':
			return 'Repères a été mis à jour dans un autre onglet : rechargez cette page pour continuer à enregistrer votre progression.';
		case 'migration':
			return 'Votre progression enregistrée n’a pas pu être mise à jour pour cette version de Repères. Elle reste sur l’appareil ; d’ici là, rien de nouveau n’est enregistré. Rechargez la page pour réessayer.';
		case 'restauree':
			return `Le navigateur avait effacé votre progression : Repères l’a reconstituée à partir de sa copie de secours (${problem.count} ${plural(problem.count, 'élément retrouvé', 'éléments retrouvés')}, leçons, mises en situation et vérifications).`;
		case 'reprise':
			return `Une partie de votre ancienne progression (${problem.count} ${plural(problem.count, 'élément', 'éléments')}) n’a pas pu être reprise ; elle reste gardée sur l’appareil. Le reste de votre progression est à jour.`;
	}
}

/** Problems that a reload can solve get a "Recharger la page" button. */
export const offersReload = (problem: StorageProblem) =>
	['version', 'bloquee', 'migration', 'effacee', 'fermee'].includes(problem.kind);

/**
 * Problems where the stored data can still be read get "Sauvegarder dans un fichier": the
 * reader can take it to safety before freeing space or trying again.
 */
export const offersBackup = (problem: StorageProblem) =>
	['plein', 'echec', 'reprise', 'restauree'].includes(problem.kind);
