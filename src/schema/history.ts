/**
 * The revision history of a briefing, as the build hands it to the site (`history.json`,
 * made from git by `src/build/history.ts`): for each commit that touched the content
 * folder, newest first, the sources and claims that changed.
 */
import { z } from 'zod';

/** Ids that changed in one way, the first `MAX_LISTED` of them kept, with the full count. */
export const IdList = z.object({
  count: z.number().int().nonnegative(),
  ids: z.array(z.string()).describe('The first of them, in id order.'),
});

export const Revision = z.object({
  commit: z.string(),
  /** Committer date, ISO 8601 in UTC. */
  date: z.string(),
  subject: z.string(),
  /** False when the commit has no `briefing.json` in the content folder (then nothing below is known). */
  manifest: z.boolean(),
  sources: z.object({ added: IdList, changed: IdList, removed: IdList }),
  claims: z.object({ appeared: IdList, disappeared: IdList, changed: IdList }),
});
export type Revision = z.infer<typeof Revision>;

export const History = z.object({
  /**
   * `ok`; `no-git`: not built from a git checkout; `shallow`: a shallow clone, whose history
   * is cut; `untracked`: no commit touched the content folder; `unavailable`: not made
   * (`astro dev`: only `npm run build` reads git).
   */
  status: z.enum(['ok', 'no-git', 'shallow', 'untracked', 'unavailable']),
  revisions: z.array(Revision),
  /** More commits touched the content than were read (the oldest are left out). */
  truncated: z.boolean(),
});
export type History = z.infer<typeof History>;
