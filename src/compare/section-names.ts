/** The sections a comparison shows when the `sections` attribute names none, in their order. */
export const SECTIONS = ['glance', 'whatis', 'editorial', 'alternatives', 'activity', 'faq'] as const;
export type Section = (typeof SECTIONS)[number];

/** Every name the `sections` attribute accepts: the default ones and `intro`, a header shown only when named. */
export const SECTION_NAMES = ['intro', ...SECTIONS] as const;
export type SectionName = (typeof SECTION_NAMES)[number];
