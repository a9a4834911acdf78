/**
 * Start tags and their attributes in the HTML the site writes, found without parsing the
 * page: the build's checks and its search index read every page of a large site, where a
 * parser would cost more than the rest of the check. Text never holds a start tag, since
 * the site escapes `<` in text; an attribute is only looked for inside a tag.
 */

const TAG_SOURCE = String.raw`<[a-zA-Z][^\s/>]*((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>${'`'}]+))?)*)\s*\/?>`;

/** Every start tag; group 1 is its attributes. */
export const START_TAG = new RegExp(TAG_SOURCE, 'g');

const TAG_AT = new RegExp(TAG_SOURCE, 'y');
const ATTRIBUTE = /\s([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** A tag's attributes by name (lower case), values as written; an attribute without a value is ''. */
export function attributesOf(attributes: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of attributes.matchAll(ATTRIBUTE)) {
    const name = match[1]!.toLowerCase();
    if (!found.has(name)) found.set(name, match[2] ?? match[3] ?? match[4] ?? '');
  }
  return found;
}

/** The attributes of each start tag that has the attribute `name`, found by looking for the name only. */
export function* tagsWithAttribute(html: string, name: string): Generator<Map<string, string>> {
  let at = html.indexOf(name);
  while (at !== -1) {
    const start = html.lastIndexOf('<', at);
    if (start !== -1) {
      TAG_AT.lastIndex = start;
      const tag = TAG_AT.exec(html);
      if (tag && start + tag[0].length > at) {
        const attributes = attributesOf(tag[1]!);
        if (attributes.has(name)) yield attributes;
      }
    }
    at = html.indexOf(name, at + name.length);
  }
}

/** Text with the character references the site writes in attributes decoded. */
export const unescapeHtml = (value: string): string =>
  !value.includes('&')
    ? value
    : value.replace(/&(?:#(\d+)|#x([0-9a-f]+)|(amp|quot|lt|gt|apos));/gi, (_, dec?: string, hex?: string, name?: string) =>
        dec
          ? String.fromCodePoint(Number(dec))
          : hex
            ? String.fromCodePoint(parseInt(hex, 16))
            : ({ amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" } as Record<string, string>)[name!.toLowerCase()]!,
      );
