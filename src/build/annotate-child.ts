/**
 * The annotate stage of `npm run build`, in a process of its own (`in-child.ts`): annotates
 * the content folder and sends back what it wrote. A content mistake is printed here, with
 * its file and line, and the process exits 1 with nothing written.
 */
import { annotateOrExit } from '../content-fs/annotate-content.ts';
import { sendResult } from './in-child.ts';

export interface Annotated {
  sources: number;
  claims: number;
  /** The content folder and its manifest, absolute. */
  root: string;
  manifest: string;
  /** CPU seconds this process used, user and system. */
  cpuSeconds: number;
}

const result = annotateOrExit();
const { user, system } = process.cpuUsage();
const message: Annotated = {
  sources: result.sources,
  claims: result.claims,
  root: result.paths.root,
  manifest: result.paths.manifest,
  cpuSeconds: (user + system) / 1e6,
};
sendResult(message);
