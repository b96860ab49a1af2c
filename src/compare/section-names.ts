/** The section names the `sections` attribute accepts, in their default order. */
export const SECTIONS = ['glance', 'whatis', 'editorial', 'alternatives', 'activity', 'faq'] as const;
export type Section = (typeof SECTIONS)[number];
