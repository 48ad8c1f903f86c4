// The emergency card on a phone: call buttons on the first screen, numbers in the rules
// tappable, and the GEM's own contacts typed once, kept on the device, shown offline.
import {
	test,
	expect,
	visit,
	hydrated,
	controlledByServiceWorker,
	expectNoAxeViolations
} from './fixtures';

const PHONE = { width: 390, height: 844 };

test.describe('on a 390×844 phone', () => {
	test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

	test('the 15, 17, 112, the 114 by SMS and the 3114 are on the first screen', async ({ page }) => {
		await visit(page, '/urgence/');
		const quick = page.getByRole('region', { name: 'Appeler tout de suite' });
		for (const [name, href] of [
			['Appeler le 15', 'tel:15'],
			['Appeler le 17', 'tel:17'],
			['Appeler le 112', 'tel:112'],
			['Envoyer un SMS au 114', 'sms:114'],
			['Appeler le 3114', 'tel:3114']
		]) {
			const link = quick.getByRole('link', { name });
			await expect(link).toHaveAttribute('href', href);
			const box = (await link.boundingBox())!;
			expect(box.y + box.height, name).toBeLessThanOrEqual(PHONE.height);
			expect(box.height, name).toBeGreaterThanOrEqual(44);
		}
	});

	test('the numbers quoted in the two safety rules can be tapped', async ({ page }) => {
		await visit(page, '/urgence/');
		const rules = page.getByRole('region', { name: 'Deux règles à ne jamais oublier' });
		// A rule may quote a number more than once: every mention can be tapped.
		for (const number of ['15', '112', '17']) {
			const links = rules.getByRole('link', { name: number, exact: true });
			expect(await links.count(), number).toBeGreaterThan(0);
			for (const link of await links.all())
				await expect(link).toHaveAttribute('href', `tel:${number}`);
		}
	});
});

test("the GEM's contacts: empty they invite, filled they stay after reload and offline", async ({
	page,
	context
}) => {
	await visit(page, '/urgence/');
	await controlledByServiceWorker(page);
	const section = page.getByRole('region', { name: 'Les contacts de votre GEM' });
	await expect(section).toContainText('au 15, on vous demandera l’adresse exacte');
	await expectNoAxeViolations(page);

	await section.getByRole('button', { name: 'Remplir les contacts du GEM' }).click();
	const address = section.getByRole('textbox', { name: 'Adresse exacte (rue, étage, repère)' });
	await expect(address).toBeFocused();
	// Typed text is shown as text, never as markup.
	await address.fill('12 rue des Lilas, 2e étage <b>porte bleue</b>');
	await section.getByRole('textbox', { name: 'Code de la porte' }).fill('4821B');
	const cmp = section.getByRole('group', { name: 'Le CMP le plus proche' });
	await cmp.getByRole('textbox', { name: 'Nom et adresse' }).fill('CMP Villejean');
	await cmp.getByRole('textbox', { name: 'Téléphone' }).fill('02 99 11 22 33');
	await cmp.getByRole('textbox', { name: 'Horaires d’ouverture' }).fill('Lundi–vendredi, 9 h–17 h');
	await expectNoAxeViolations(page);
	await section.getByRole('button', { name: 'Enregistrer' }).click();
	await expect(section.getByRole('heading', { name: 'Les contacts de votre GEM' })).toBeFocused();
	await expect(section.getByRole('status')).toHaveText('Contacts enregistrés sur cet appareil.');

	const check = async () => {
		await expect(section).toContainText('12 rue des Lilas, 2e étage <b>porte bleue</b>');
		await expect(section).toContainText('Code de la porte : 4821B');
		await expect(section.getByRole('link', { name: '02 99 11 22 33' })).toHaveAttribute(
			'href',
			'tel:0299112233'
		);
		await expect(section).toContainText('Lundi–vendredi, 9 h–17 h');
		// Above the national numbers' detailed list.
		const contactsY = (await section.boundingBox())!.y;
		const numbersY = (await page.getByRole('heading', { name: 'Les numéros' }).boundingBox())!.y;
		expect(contactsY).toBeLessThan(numbersY);
	};
	await check();
	await expectNoAxeViolations(page);

	await page.reload();
	await hydrated(page);
	await check();

	await context.setOffline(true);
	await page.reload();
	await hydrated(page);
	await check();
	await context.setOffline(false);
});
