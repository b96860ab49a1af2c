/** The library's version, compared when a second copy tries to define the same elements. */
export const VERSION = '0.1.0';
