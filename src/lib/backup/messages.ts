// What the backup page says when a file is refused or a restore fails, in plain French. Every
// message ends by saying that nothing was changed: that is always true (see restore.ts).

export type BackupProblem =
	| { kind: 'trop-gros' }
	| { kind: 'trop-imbrique' }
	| { kind: 'pas-json' }
	| { kind: 'tronque' }
	| { kind: 'pas-sauvegarde' }
	| { kind: 'future' }
	| { kind: 'inconnue' }
	| { kind: 'somme' }
	| { kind: 'donnee'; table: string; index: number; field: string }
	| { kind: 'plein' }
	| { kind: 'indisponible' }
	| { kind: 'echec' };

const UNCHANGED = 'Vos données n’ont pas été modifiées.';

/** Names of the stored tables as a learner knows them. */
export const TABLE_LABELS: Record<string, string> = {
	lessons: 'leçons commencées ou terminées',
	runs: 'mises en situation et vérifications jouées',
	completed: 'activités terminées',
	events: 'étapes du journal de progression',
	bookmarks: 'repères gardés',
	lessonNotes: 'notes de leçon',
	kv: 'réglages de l’appareil',
	learnerFacts: 'informations personnelles (nom pour l’attestation, dates)',
	gemContacts: 'contacts de votre GEM',
	trainerPlans: 'plans de séance (mode formateur)',
	trainerSessions: 'séances en cours (mode formateur)',
	trainerNotes: 'notes de séance (mode formateur)',
	trainerAttendance: 'listes de présence (mode formateur)',
	settings: 'réglages de lecture'
};

export const tableLabel = (table: string) => TABLE_LABELS[table] ?? `autres données (${table})`;

export function backupMessage(problem: BackupProblem): string {
	switch (problem.kind) {
		case 'trop-gros':
			return `Ce fichier est trop gros (plus de 20 Mo) pour être une sauvegarde de Repères. ${UNCHANGED}`;
		case 'trop-imbrique':
			return `Ce fichier a une structure anormale (trop de niveaux imbriqués) : ce n’est pas une sauvegarde de Repères. ${UNCHANGED}`;
		case 'pas-json':
			return `Ce fichier n’est pas une sauvegarde de Repères : son contenu n’est pas lisible. ${UNCHANGED}`;
		case 'tronque':
			return `Ce fichier est incomplet : il a sans doute été coupé pendant une copie ou un téléchargement. ${UNCHANGED}`;
		case 'pas-sauvegarde':
			return `Ce fichier n’est pas une sauvegarde de Repères. ${UNCHANGED}`;
		case 'future':
			return `Cette sauvegarde vient d’une version plus récente de Repères. Rechargez l’application pour la mettre à jour, puis réessayez. ${UNCHANGED}`;
		case 'inconnue':
			return `Cette sauvegarde porte un numéro de version inconnu. ${UNCHANGED}`;
		case 'somme':
			return `Ce fichier a été modifié ou abîmé depuis sa création (sa somme de contrôle ne correspond plus) : par prudence, il n’est pas utilisé. ${UNCHANGED}`;
		case 'donnee':
			return `Ce fichier contient une donnée invalide (${tableLabel(problem.table)}, élément ${problem.index + 1}, champ « ${problem.field} »). ${UNCHANGED}`;
		case 'plein':
			return `L’espace de stockage de l’appareil est plein : la restauration a été annulée en entier. ${UNCHANGED} Libérez de la place, puis réessayez.`;
		case 'indisponible':
			return `Le stockage de cet appareil n’est pas accessible (navigation privée ou stockage désactivé) : rien ne peut être restauré ici. ${UNCHANGED}`;
		case 'echec':
			return `La restauration n’a pas pu se terminer : elle a été annulée en entier. ${UNCHANGED}`;
	}
}
