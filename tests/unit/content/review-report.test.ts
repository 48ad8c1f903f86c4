// The build's list of clinical guidance awaiting review, on a small course built from fixtures.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { buildCourse } from '$lib/content/validate';
import {
	awaitingReview,
	publishReviewReport,
	reviewReport
} from '$lib/content/review-report.server';
import { awaitsReview, reviewedLine } from '$lib/content/review-status';
import { SOURCES_YAML, lessonFile, tree } from '../../fixtures/content';

const MODULE = '/content/modules/01-introduction-aux-gem';
// Fixture reviewer: real content names a reviewer only once a real one has read it.
const REVIEW = '{ par: "Dr Jeanne Martin, psychiatre (fixture de test)", le: "2026-12-01" }';

const course = buildCourse({
	sources: SOURCES_YAML,
	markdown: tree({
		[`${MODULE}/03-crise.md`]: lessonFile({ titre: 'La crise', clinique: 'true' }),
		[`${MODULE}/04-relue.md`]: lessonFile({ titre: 'Relue', clinique: 'true', relecture: REVIEW })
	})
});

describe('review status', () => {
	it('awaits review only when marked clinical and not yet read', () => {
		expect(awaitsReview({ clinique: true })).toBe(true);
		expect(awaitsReview({ clinique: false })).toBe(false);
		expect(awaitsReview({ clinique: true, relecture: { par: 'X', le: '2026-12-01' } })).toBe(false);
	});

	it('says who read it and when, in French', () => {
		expect(reviewedLine({ par: 'Dr Jeanne Martin, psychiatre', le: '2026-12-01' })).toBe(
			'Relu par Dr Jeanne Martin, psychiatre, le 1er décembre 2026'
		);
	});
});

describe('review report', () => {
	it('lists the clinical lessons without a review, naming their file', () => {
		expect(awaitingReview(course)).toEqual([
			{ kind: 'leçon', titre: 'La crise', file: 'content/modules/01-introduction-aux-gem/03-crise.md' }
		]);
		expect(reviewReport(awaitingReview(course))).toBe(
			'Relecture clinique : 1 contenu(s) en attente de relecture par un professionnel de santé\n' +
				'- leçon « La crise » (content/modules/01-introduction-aux-gem/03-crise.md)\n'
		);
		expect(reviewReport([])).toBe('Relecture clinique : aucun contenu en attente.\n');
	});

	it('prints the report and writes it to a file', () => {
		const file = join(mkdtempSync(join(tmpdir(), 'relecture-')), 'sous-dossier', 'rapport.txt');
		const log = vi.spyOn(console, 'log').mockImplementation(() => {});
		const report = publishReviewReport(course, file);
		expect(readFileSync(file, 'utf8')).toBe(report);
		expect(log).toHaveBeenCalledWith(expect.stringContaining('« La crise »'));
		log.mockRestore();
	});
});
