/**
 * The page check of `npm run build` (`checkPages`), in a process of its own (`in-child.ts`),
 * so that it runs while Pagefind indexes the same pages: it reads every page of the site in
 * BRIEFING_CHECK_SITE and sends back the problems and the references left pending.
 */
import { checkPages } from './check-site.ts';
import { sendResult } from './in-child.ts';
import { siteAddress } from './site-address.ts';

const site = process.env.BRIEFING_CHECK_SITE;
if (!site) throw new Error('check-child.ts needs BRIEFING_CHECK_SITE, the built site to check');
sendResult(checkPages(site, siteAddress()));
