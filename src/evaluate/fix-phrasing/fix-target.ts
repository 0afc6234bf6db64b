import type { ClientGoReference } from '../../model/reference.js';
import type { ClientGoRelease } from '../../model/release.js';

/** The release a fix moves to, as the tag to write. */
export interface FixTarget {
  release: ClientGoRelease;
  tag: string;
  /** The first v0.X.Y tag that also passes, when `tag` is a kubernetes-1.X.Y tag. */
  semverAlternative: string | null;
}

/** Words for one family of files: what to change, where, as a command when there is one. */
export type FixPhrasing = (reference: ClientGoReference, target: FixTarget) => string;
