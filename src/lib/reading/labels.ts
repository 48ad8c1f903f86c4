// What the "Réglages de lecture" panel shows for each setting, in French: one radio group each.
import {
	FONTS,
	LETTER_SPACINGS,
	LINE_SPACINGS,
	MOTIONS,
	TEXT_SIZES,
	THEMES,
	type ReadingSettings
} from './settings';

type PanelKey = Exclude<keyof ReadingSettings, 'facileALire'>;

export interface SettingGroup<K extends PanelKey = PanelKey> {
	key: K;
	legend: string;
	options: { value: ReadingSettings[K]; label: string }[];
	hint?: string;
}

const SPACING_LABELS = { normal: 'Normal', large: 'Large', 'tres-large': 'Très large' };

export const SETTING_GROUPS: SettingGroup[] = [
	{
		key: 'textSize',
		legend: 'Taille du texte',
		options: TEXT_SIZES.map((size) => ({
			value: size,
			label: size === 100 ? '100 % (normale)' : `${size} %`
		}))
	},
	{
		key: 'lineSpacing',
		legend: 'Espace entre les lignes',
		options: LINE_SPACINGS.map((value) => ({ value, label: SPACING_LABELS[value] }))
	},
	{
		key: 'letterSpacing',
		legend: 'Espace entre les lettres et les mots',
		options: LETTER_SPACINGS.map((value) => ({ value, label: SPACING_LABELS[value] }))
	},
	{
		key: 'font',
		legend: 'Police de caractères',
		options: FONTS.map((value) => ({
			value,
			label: value === 'atkinson' ? 'Atkinson Hyperlegible (par défaut)' : 'OpenDyslexic (dyslexie)'
		})),
		hint: 'OpenDyslexic est téléchargée la première fois que vous la choisissez (environ 350 Ko), puis gardée sur l’appareil.'
	},
	{
		key: 'theme',
		legend: 'Couleurs',
		options: THEMES.map((value) => ({
			value,
			label: {
				systeme: 'Comme l’appareil',
				clair: 'Clair',
				sombre: 'Sombre',
				contraste: 'Contraste élevé'
			}[value]
		}))
	},
	{
		key: 'motion',
		legend: 'Animations',
		options: MOTIONS.map((value) => ({
			value,
			label: value === 'systeme' ? 'Comme l’appareil' : 'Réduites'
		}))
	}
];
