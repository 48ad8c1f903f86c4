// The upgrade test again, in the browser: each stored device (tests/fixtures/db/*.json) is
// written into IndexedDB as that older Repères left it, then the app opens it and shows it.
import { readdirSync, readFileSync } from 'node:fs';
import { SCHEMAS } from '../../src/lib/progress/db';
import { test, expect, visit } from './fixtures';

interface DeviceFixture {
	version: number;
	/** The tables of that version, from `SCHEMAS` in src/lib/progress/db.ts. */
	schema: Record<string, string>;
	tables: Record<string, Record<string, unknown>[]>;
}

const DIR = 'tests/fixtures/db';
const fixtures = readdirSync(DIR)
	.filter((file) => file.endsWith('.json'))
	.map((file) => {
		const fixture = JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8')) as DeviceFixture;
		return { ...fixture, file, schema: SCHEMAS[fixture.version] };
	});

/** Runs in the page: creates the database exactly as Dexie lays out that version. */
function writeDevice(fixture: DeviceFixture) {
	return new Promise<void>((resolve, reject) => {
		// Dexie stores version n as IndexedDB version n × 10.
		const request = indexedDB.open('reperes', fixture.version * 10);
		request.onupgradeneeded = () => {
			for (const [name, spec] of Object.entries(fixture.schema)) {
				const [primary, ...indexes] = spec.split(',').map((part) => part.trim());
				const store = request.result.createObjectStore(name, {
					keyPath: primary.replace('++', ''),
					autoIncrement: primary.startsWith('++')
				});
				// A compound index "[a+b]" is keyed on both fields, as Dexie lays it out.
				for (const index of indexes) {
					const keyPath = index.startsWith('[') ? index.slice(1, -1).split('+') : index;
					store.createIndex(index, keyPath);
				}
			}
		};
		request.onsuccess = () => {
			const db = request.result;
			const tables = Object.keys(fixture.tables);
			const tx = db.transaction(tables, 'readwrite');
			for (const table of tables) {
				for (const row of fixture.tables[table]) tx.objectStore(table).put(row);
			}
			tx.oncomplete = () => {
				db.close();
				resolve();
			};
			tx.onerror = () => reject(tx.error);
		};
		request.onerror = () => reject(request.error);
	});
}

for (const fixture of fixtures) {
	test(`a device left at version ${fixture.version} (${fixture.file}) opens with its data`, async ({
		page
	}) => {
		// A plain file of the origin: the app does not run there, so nothing opens the database
		// before it is written as that older version left it.
		await page.goto('/robots.txt');
		await page.evaluate(writeDevice, fixture);

		for (const bookmark of fixture.tables.bookmarks ?? []) {
			await visit(page, '/mes-reperes/');
			await expect(
				page.getByRole('main').getByRole('link', { name: bookmark.titre as string })
			).toBeVisible();
		}
		const contacts = fixture.tables.gemContacts?.[0];
		if (contacts) {
			await visit(page, '/urgence/');
			const section = page.getByRole('region', { name: 'Les contacts de votre GEM' });
			await expect(section).toContainText(contacts.adresse as string);
			await expect(section).toContainText(contacts.cmpHoraires as string);
		}
		// Reading settings (version 8): the stored ones are put on the page and into its mirror.
		const reading = (fixture.tables.settings?.[0] as { value?: { theme: string } } | undefined)
			?.value;
		if (reading) {
			await visit(page, '/');
			await expect(page.locator('html')).toHaveAttribute('data-theme', reading.theme);
			await page.reload();
			await expect(page.locator('html')).toHaveAttribute('data-theme', reading.theme);
		}
		// Nothing went wrong opening the stored database.
		await expect(page.getByText(/ne peut pas être enregistrée|Rechargez cette page/)).toHaveCount(
			0
		);
	});
}
