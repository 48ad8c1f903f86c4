// A room vote with printed cards on the built site, through Chromium's fake camera: it plays
// a clip made here of a room holding cards (tests/tools/card-scene.ts). This file alone
// launches Chromium with the fake camera. A refused camera falls back to the manual tally.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from '@playwright/test';
import { CHROME_ARGS, CHROME_PATH } from '../tools/chromium.js';
import { renderGrey, seeded, type HeldCard } from '../tools/card-scene';
import { expect, expectNoAxeViolations, hydrated, test, visit } from './fixtures';

const WIDTH = 1280;
const HEIGHT = 720;
/** The room: 5 vote A, 4 vote B, 3 vote C, and one card shows D (no such option here). */
const VOTES = 'AAAAABBBBCCCD';
const ROOM: HeldCard[] = [...VOTES].map((letter, i) => ({
	card: 3 * i + 2,
	letter: letter as HeldCard['letter'],
	x: 100 + (i % 7) * 180,
	y: 190 + Math.floor(i / 7) * 340,
	size: 70,
	slant: ((i * 11) % 24) - 12,
	tiltX: ((i * 7) % 30) - 15,
	tiltY: ((i * 13) % 30) - 15
}));

/** A short Y4M clip (4:2:0, grey): each frame the same room, with its own sensor noise. */
function writeRoomClip(path: string) {
	const random = seeded(18);
	const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F5:1 Ip A1:1 C420jpeg\n`);
	const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128);
	const frames = Array.from({ length: 3 }, () => {
		const grey = renderGrey(WIDTH, HEIGHT, ROOM, { blur: 0.6, noise: 4, darkest: 0.7 }, random);
		return Buffer.concat([
			Buffer.from('FRAME\n'),
			Buffer.from(Uint8ClampedArray.from(grey)),
			chroma
		]);
	});
	mkdirSync(dirname(path), { recursive: true });
	// Written aside then renamed: a browser of another worker may be reading the clip.
	writeFileSync(`${path}.${process.pid}`, Buffer.concat([header, ...frames]));
	renameSync(`${path}.${process.pid}`, path);
}

const CLIP = fileURLToPath(new URL('../.cache/vote-room.y4m', import.meta.url));
writeRoomClip(CLIP);

test.use({
	locale: 'fr-FR',
	launchOptions: {
		executablePath: CHROME_PATH,
		args: [
			...CHROME_ARGS,
			'--use-fake-device-for-media-stream',
			`--use-file-for-fake-video-capture=${CLIP}`
		]
	}
});

/** Imports the one-check plan and opens the notes view on its tally step. */
async function notesAtTally(context: BrowserContext, page: Page) {
	await visit(page, '/formateur/');
	await page
		.getByLabel('Importer un plan (fichier .json)')
		.setInputFiles('tests/fixtures/plans/vote-cartes.json');
	const launch = page.getByRole('link', { name: 'Lancer la séance « Vote avec les cartes »' });
	const href = (await launch.getAttribute('href'))!;
	const planId = new URLSearchParams(href.split('?')[1]).get('plan')!;
	await launch.click();
	await hydrated(page);
	const notes = await context.newPage();
	await visit(notes, `/formateur/notes/?plan=${planId}`);
	await notes.getByRole('button', { name: 'Suivant' }).click();
	await expect(notes.getByText('Combien de personnes ont choisi chaque option ?')).toBeVisible();
	return notes;
}

test('the camera counts a room of cards, and the tally fills with the right counts', async ({
	context,
	page
}) => {
	test.setTimeout(120_000);
	await context.grantPermissions(['camera']);
	const presenter = page;
	const notes = await notesAtTally(context, presenter);
	await notes.getByRole('button', { name: 'Compter avec les cartes' }).click();
	await expect(notes.getByText(/rien n’est enregistré ni envoyé/)).toBeVisible();
	await notes.getByRole('button', { name: 'Allumer la caméra' }).click();

	await expect(notes.getByRole('status').filter({ hasText: 'Caméra allumée' })).toHaveText(
		`Caméra allumée · ${VOTES.length} cartes lues`,
		{ timeout: 30_000 }
	);
	// The projector says the camera is on, and shows no image of the room.
	await expect(presenter.getByText('Caméra allumée')).toBeVisible();
	expect(await presenter.locator('video, canvas').count()).toBe(0);
	// The count per letter only when the trainer asks for it.
	const byLetter = notes.getByRole('list', { name: 'Cartes lues par lettre' });
	await expect(byLetter).toHaveCount(0);
	await notes.getByLabel('Voir le compte par lettre').check();
	await expect(byLetter.getByRole('listitem')).toHaveText(['A : 5', 'B : 4', 'C : 3']);
	await expectNoAxeViolations(notes);

	await notes.getByRole('button', { name: 'Valider' }).click();
	await expect(
		notes.getByText(/Compte reporté : 13 cartes lues\. 1 carte montrait une lettre sans option/)
	).toBeVisible();
	await expect(notes.getByRole('spinbutton', { name: /^Option A/ })).toHaveValue('5');
	await expect(notes.getByRole('spinbutton', { name: /^Option B/ })).toHaveValue('4');
	await expect(notes.getByRole('spinbutton', { name: /^Option C/ })).toHaveValue('3');
	await expect(presenter.getByText('Caméra allumée')).toBeHidden();
	// Still correctable by hand; the projector follows.
	await notes.getByRole('button', { name: 'Une voix de plus pour l’option A' }).click();
	await expect(notes.getByRole('spinbutton', { name: /^Option A/ })).toHaveValue('6');

	// On again, then leaving the step turns the camera off by itself.
	await notes.getByRole('button', { name: 'Rallumer la caméra' }).click();
	await expect(presenter.getByText('Caméra allumée')).toBeVisible();
	await notes.getByRole('button', { name: 'Révéler' }).click();
	await expect(presenter.getByText('Caméra allumée')).toBeHidden();
	await expect(notes.getByRole('heading', { name: 'Compter avec les cartes' })).toHaveCount(0);
});

test('a refused camera leaves the manual tally, with a plain French message', async ({
	context,
	page
}) => {
	const notes = await notesAtTally(context, page);
	await notes.getByRole('button', { name: 'Compter avec les cartes' }).click();
	await notes.getByRole('button', { name: 'Allumer la caméra' }).click();
	await expect(notes.getByRole('alert')).toContainText('L’accès à la caméra a été refusé');
	await notes.getByRole('spinbutton', { name: /^Option B/ }).fill('7');
	await expect(notes.getByRole('spinbutton', { name: /^Option B/ })).toHaveValue('7');
	await expect(page.getByText('Caméra allumée')).toHaveCount(0);
	await expectNoAxeViolations(notes);
});

test('the cards print one per A4 page, each with its number', async ({ page }) => {
	await visit(page, '/formateur/');
	await page.getByRole('link', { name: 'Imprimer les cartes de vote' }).click();
	await hydrated(page);
	await page.getByLabel('Nombre de cartes (1 à 40)').fill('3');
	await expect(page.getByRole('button', { name: 'Imprimer 3 cartes' })).toBeVisible();
	const cards = page.getByRole('img', { name: /^Carte de vote numéro/ });
	await expect(cards).toHaveCount(3);
	await expect(cards.last()).toHaveAccessibleName(
		'Carte de vote numéro 3 : A en haut, B à droite, C en bas, D à gauche'
	);
	await expectNoAxeViolations(page);
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('button', { name: 'Imprimer 3 cartes' })).toBeHidden();
	// 210 mm wide at 96 dpi: the marker is 180/210 of it, about 18 cm on paper.
	const width = await cards.first().evaluate((svg) => svg.getBoundingClientRect().width);
	expect(Math.round(width)).toBe(Math.round((210 / 25.4) * 96));
	const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
	expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(3);
});
