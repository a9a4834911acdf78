/** A literal text as a regular-expression pattern: the characters with a meaning there are escaped. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
