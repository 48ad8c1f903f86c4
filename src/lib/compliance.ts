/**
 * The RGAA compliance level, as the footer and the statement say it. Without a current audit
 * the RGAA's word is « non conforme »; « partiellement conforme » needs an audit showing at
 * least half of its criteria met. Change it only with an audit's results.
 */
export const COMPLIANCE = 'non conforme';
