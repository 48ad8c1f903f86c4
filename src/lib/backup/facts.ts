/** Learner facts (table `learnerFacts`) the record keeps. Its own module, so pages that only
 * read a fact do not pull in the backup code. */
export const FACTS = {
	attestationName: 'attestationName',
	lastBackupAt: 'lastBackupAt',
	reminderDismissedAt: 'reminderDismissedAt',
	/** The anonymous xAPI account name of this device. */
	xapiAnonymousId: 'xapiAnonymousId'
} as const;
