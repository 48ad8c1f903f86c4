// Clinical review status as pages show it (issue 11, point 6). Plain types and wording, safe
// for the browser; the schema that reads it from authors' files is in schema.ts.
import { formatDate } from '$lib/format';

/** Who read a piece of clinical guidance, and when. */
export interface Relecture {
	par: string;
	/** "AAAA-MM-JJ" */
	le: string;
}

export interface ReviewStatus {
	/** Health or crisis guidance, which a health professional must read. */
	clinique: boolean;
	relecture?: Relecture;
}

export const AWAITING_REVIEW = 'Contenu en attente de relecture par un professionnel de santé';

/** Guidance marked clinical that no health professional has read yet. */
export const awaitsReview = (item: ReviewStatus) => item.clinique && !item.relecture;

/** « Relu par Dr Jeanne Martin, psychiatre, le 3 décembre 2026 » */
export const reviewedLine = ({ par, le }: Relecture) => `Relu par ${par}, le ${formatDate(le)}`;
