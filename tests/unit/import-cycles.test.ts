// "No import cycles" (brief, standards): every relative or $lib import between the modules of
// src/lib, type-only imports included, forms a graph without cycles.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = resolve('src/lib');

function sourceFiles(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return /\.(ts|js|svelte)$/.test(name) ? [path] : [];
	});
}

function target(from: string, specifier: string): string | null {
	const base = specifier.startsWith('$lib/')
		? join(LIB, specifier.slice(5))
		: specifier.startsWith('.')
			? resolve(dirname(from), specifier)
			: null;
	if (!base) return null;
	const found = [base, `${base}.ts`, `${base}.js`].find(
		(path) => existsSync(path) && statSync(path).isFile()
	);
	return found ?? null;
}

/** Every cycle found by a depth-first walk, as "a.ts -> b.ts" (paths from src/lib). */
function importCycles(files: string[]): string[] {
	const edges = new Map(
		files.map((file) => {
			const text = readFileSync(file, 'utf8');
			const specifiers = [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)];
			return [file, specifiers.map((m) => target(file, m[1])).filter((t) => t !== null)];
		})
	);
	const cycles = new Set<string>();
	const done = new Set<string>();
	const stack: string[] = [];
	const visit = (file: string) => {
		stack.push(file);
		for (const next of edges.get(file) ?? []) {
			const at = stack.indexOf(next);
			if (at >= 0)
				cycles.add(
					stack
						.slice(at)
						.map((f) => relative(LIB, f))
						.join(' -> ')
				);
			else if (!done.has(next)) visit(next);
		}
		stack.pop();
		done.add(file);
	};
	for (const file of files) if (!done.has(file)) visit(file);
	return [...cycles];
}

describe('src/lib', () => {
	it('has no import cycle', () => {
		const files = sourceFiles(LIB);
		expect(files.length).toBeGreaterThan(20);
		expect(importCycles(files)).toEqual([]);
	});
});
