import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bookmarkHref, sameOriginPath } from '$lib/progress/safe-href';

describe('links rebuilt from stored strings', () => {
	it('keeps paths of this site', () => {
		expect(sameOriginPath('/fiches/cdd/')).toBe('/fiches/cdd/');
		expect(sameOriginPath('/modules/a/b/?reprendre#x')).toBe('/modules/a/b/?reprendre#x');
	});

	it('refuses schemes, other hosts and tricks', () => {
		for (const href of [
			'javascript:alert(1)',
			' javascript:alert(1)',
			'JaVaScRiPt:alert(1)',
			'data:text/html,x',
			'//ailleurs.example/',
			'/\\ailleurs.example/',
			'/\tjavascript:x',
			'https://ailleurs.example/',
			42
		])
			expect(sameOriginPath(href)).toBeNull();
	});

	it('never returns anything but a same-origin path, whatever is stored', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string(),
					fc.string().map((s) => `/${s}`)
				),
				(href) => {
					const safe = sameOriginPath(href);
					const sameOrigin =
						safe === null ||
						(/^\/(?!\/)/.test(safe) &&
							new URL(safe, 'https://a.invalid').origin === 'https://a.invalid');
					expect(sameOrigin).toBe(true);
				}
			)
		);
	});

	it('rebuilds a sheet bookmark from its id, ignoring the stored href', () => {
		expect(bookmarkHref({ id: 'fiche:cdd', href: 'javascript:alert(1)' })).toBe('/fiches/cdd/');
		expect(bookmarkHref({ id: 'autre', href: 'javascript:alert(1)' })).toBeNull();
	});
});
