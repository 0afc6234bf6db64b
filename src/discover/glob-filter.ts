import picomatch from 'picomatch';

/**
 * Include/exclude globs over POSIX paths relative to the scanned root.
 *
 * The dialect is picomatch's, with dot-files matched (`dot: true`) and backslashes never taken as separators
 * (paths are POSIX on every platform). On top of it, three rules that users know from .gitignore:
 * - A pattern without a `/` matches a file or directory *name* at any depth: `vendor` is `**\/vendor`,
 *   `*.sum` is `**\/*.sum`.
 * - A leading `/` anchors a pattern to the root (`/go.mod` is the root go.mod only) and a trailing `/` is
 *   dropped (`vendor/` is `vendor`). A leading `./` is dropped too.
 * - A pattern that matches a directory matches everything below it, so `services/billing` and `vendor` select
 *   or skip whole trees.
 * Empty include = everything. Exclude wins over include. Blank patterns are ignored.
 */
export interface PathFilter {
  /**
   * Whether the walk may skip this directory's whole subtree. Looks at this path only: the walk asked the
   * same question of every ancestor on its way down.
   */
  excludesDirectory(relativeDirectory: string): boolean;
  /** Whether an exclude pattern matches the path or one of its ancestors. */
  excludes(relativePath: string): boolean;
  /** Whether a file (or directory) is selected, judging the path and all its ancestors. */
  selects(relativePath: string): boolean;
  /** The first exclude pattern (as written) that matches the path itself; null when none does. */
  excludingPattern(relativePath: string): string | null;
}

type Matcher = (relativePath: string) => boolean;

const PICOMATCH_OPTIONS = { dot: true, windows: false } as const;

function compilePattern(raw: string): Matcher | null {
  let pattern = raw.trim();
  if (pattern.startsWith('./')) pattern = pattern.slice(2);
  const anchored = pattern.startsWith('/');
  pattern = pattern.replace(/^\/+/, '').replace(/\/+$/, '');
  if (pattern === '') return null;
  const test = picomatch(pattern, PICOMATCH_OPTIONS);
  if (anchored || pattern.includes('/')) return test;
  return (relativePath) => test(relativePath.slice(relativePath.lastIndexOf('/') + 1));
}

function compileAll(patterns: readonly string[]): Matcher[] {
  return compileNamed(patterns).map(({ matcher }) => matcher);
}

function compileNamed(patterns: readonly string[]): Array<{ pattern: string; matcher: Matcher }> {
  return patterns.flatMap((pattern) => {
    const matcher = compilePattern(pattern);
    return matcher === null ? [] : [{ pattern, matcher }];
  });
}

function matchesAny(matchers: readonly Matcher[], relativePath: string): boolean {
  return matchers.some((matcher) => matcher(relativePath));
}

/** The path itself, then each ancestor directory, nearest first: `a/b/c` → `a/b/c`, `a/b`, `a`. */
function matchesSelfOrAncestor(matchers: readonly Matcher[], relativePath: string): boolean {
  for (let end = relativePath.length; end > 0; end = relativePath.lastIndexOf('/', end - 1)) {
    if (matchesAny(matchers, relativePath.slice(0, end))) return true;
  }
  return false;
}

export function createPathFilter(include: readonly string[], exclude: readonly string[]): PathFilter {
  const includeMatchers = compileAll(include);
  const named = compileNamed(exclude);
  const excludeMatchers = named.map(({ matcher }) => matcher);
  const excludes = (relativePath: string): boolean => matchesSelfOrAncestor(excludeMatchers, relativePath);
  return {
    excludesDirectory: (relativeDirectory) => relativeDirectory !== '' && matchesAny(excludeMatchers, relativeDirectory),
    excludes,
    selects: (relativePath) => !excludes(relativePath) && (includeMatchers.length === 0 || matchesSelfOrAncestor(includeMatchers, relativePath)),
    excludingPattern: (relativePath) => named.find(({ matcher }) => matcher(relativePath))?.pattern ?? null,
  };
}

/**
 * Whether a file path itself matches one of the patterns (no ancestor rule: `build` does not select every
 * file below build/). Same dialect as the filter: a pattern without a `/` matches a name at any depth.
 */
export function createFileMatcher(patterns: readonly string[]): (relativePath: string) => boolean {
  const matchers = compileAll(patterns);
  return (relativePath) => matchesAny(matchers, relativePath);
}

/**
 * The directories a walk for these patterns must start from: the literal directory prefix of each
 * anchored pattern (`build/images/*.docker` → `build/images`), or the root when a pattern can match at
 * any depth.
 */
export function walkStartsFor(patterns: readonly string[]): string[] {
  const starts = new Set<string>();
  for (const raw of patterns) {
    const pattern = raw.trim().replace(/^\.\//, '');
    const stripped = pattern.replace(/^\/+/, '');
    if (stripped === '') continue;
    if (!pattern.startsWith('/') && !stripped.includes('/')) return [''];
    const base = picomatch.scan(stripped).base;
    starts.add(base === '.' ? '' : base);
  }
  return [...starts].sort();
}
