/**
 * Making Data Count's colours, for the model's theme and the icons: their own module because the
 * icons draw from the layout, which builds on the model (the model importing the icons closed a
 * circle).
 *
 * @module
 */

/** Making Data Count's colours (as NHSRplotthedots and the MDC Excel tools use them). */
export const MDC_COLOURS = { improvement: "#289DE0", concern: "#FAB428", common: "#7B7D7D", neutral: "#361475" } as const;
