import type { SuppressedFinding } from '../evaluate/suppressions.js';
import type { ExclusionMatch } from '../model/report.js';
import { markdownCodeSpan, markdownWithCodeSpans } from './escape.js';
import { shortenText } from './text-size.js';

/** Globs and paths come from the repository: each is cut before it is shown. */
const MAX_PATH_LENGTH = 300;
const MAX_REASON_LENGTH = 600;

/** "`**` skipped 3 paths: `go.mod`, `services/`, `Dockerfile`": what an exclude glob kept out of the scan. */
export function exclusionItem(exclusion: ExclusionMatch): string {
  const paths = exclusion.firstPaths.map((shown) => markdownCodeSpan(shortenText(shown, MAX_PATH_LENGTH)) || '""');
  const more = exclusion.count - paths.length;
  const list = `${paths.join(', ')}${more > 0 ? `, and ${more} more` : ''}`;
  return `- ${markdownCodeSpan(shortenText(exclusion.pattern, MAX_PATH_LENGTH)) || '""'} skipped ${exclusion.count} path${exclusion.count === 1 ? '' : 's'}: ${list}`;
}

export const EXCLUSIONS_HEADING = '### Skipped by `exclude` globs';

/** Read with the count line: a directory skipped whole is one path, whatever it holds. */
export const EXCLUSIONS_NOTE = 'Files under these paths were not read (a directory ending in `/` was skipped with everything in it).';

/** "`go.mod:5` **outdated**, ignored by `legacy/**` (until 2027-03-31): reason" */
export function suppressionItem(suppressed: SuppressedFinding, place: string): string {
  const { finding, entry } = suppressed;
  const until = entry.expires ? ` (until ${entry.expires})` : '';
  return `- ${place} **${finding.verdict}**, ignored by ${markdownCodeSpan(shortenText(entry.path, MAX_PATH_LENGTH)) || '""'}${until}: ${markdownWithCodeSpans(shortenText(entry.reason, MAX_REASON_LENGTH))}`;
}
