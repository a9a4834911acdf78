/** Where the site is published, from the environment: one definition for the Astro config and the build's checks. */

/** The origin every canonical URL and citation uses (`BRIEFING_SITE`). */
export const DEFAULT_SITE = 'https://briefing.example';

const env = (name: string, fallback: string, from: NodeJS.ProcessEnv) => {
  const value = from[name];
  return value && value.length > 0 ? value : fallback;
};

export interface SiteAddress {
  /** `BRIEFING_SITE` as given, e.g. `https://news.example.org`. */
  site: string;
  /** Its origin, `https://news.example.org`. */
  origin: string;
  /** `BRIEFING_BASE` with a leading and a trailing slash: `/`, `/briefing/`. */
  base: string;
}

export function siteAddress(from: NodeJS.ProcessEnv = process.env): SiteAddress {
  const site = env('BRIEFING_SITE', DEFAULT_SITE, from);
  const base = `/${env('BRIEFING_BASE', '/', from).replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  return { site, origin: new URL(site).origin, base };
}
