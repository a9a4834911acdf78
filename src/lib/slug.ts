/** URL slugs for names that are not ids, such as entity names. */

/** `"Kim Jong Un"` → `kim-jong-un`; `"U.N. Security Council"` → `un-security-council`. */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'unnamed' : slug;
}
