/**
 * Go's golang.org/x/mod/semver, the part go.mod reading needs: which versions are valid, their canonical
 * form (`v1.2` → `v1.2.0`, build metadata dropped) and their major version. Go's module tooling, not the
 * npm `semver` package, decides what a go.mod may say, and the two disagree on `v1`, `v1.2` and `+build`.
 */
interface ParsedSemver {
  major: string;
  minor: string;
  patch: string;
  prerelease: string;
  build: string;
}

const NUMBER = '(0|[1-9][0-9]*)';
const IDENTIFIER = '[0-9A-Za-z-]+';
const FULL = new RegExp(`^v${NUMBER}(?:\\.${NUMBER}(?:\\.${NUMBER}(-${IDENTIFIER}(?:\\.${IDENTIFIER})*)?(\\+${IDENTIFIER}(?:\\.${IDENTIFIER})*)?)?)?$`);
/** Numeric pre-release identifiers may not have leading zeros; build identifiers may. */
const LEADING_ZERO_NUMBER = /^0[0-9]+$/;

/** The last version parsed: a go.mod checks each version two or three times, and long files repeat them. */
let lastParsed: { version: string; parsed: ParsedSemver | null } = { version: '', parsed: null };

function parseSemver(version: string): ParsedSemver | null {
  if (version !== lastParsed.version) lastParsed = { version, parsed: parseSemverUncached(version) };
  return lastParsed.parsed;
}

function parseSemverUncached(version: string): ParsedSemver | null {
  const match = FULL.exec(version);
  if (!match) return null;
  const [, major = '', minor = '0', patch = '0', prerelease = '', build = ''] = match;
  if (prerelease && prerelease.slice(1).split('.').some((part) => LEADING_ZERO_NUMBER.test(part))) return null;
  return { major, minor, patch, prerelease, build };
}

export function isValidSemver(version: string): boolean {
  return parseSemver(version) !== null;
}

/** semver.Canonical: `vMAJOR.MINOR.PATCH[-pre]`, or '' for an invalid version. */
export function canonicalSemver(version: string): string {
  const parsed = parseSemver(version);
  return parsed ? `v${parsed.major}.${parsed.minor}.${parsed.patch}${parsed.prerelease}` : '';
}

/** semver.Major: `vMAJOR`, or '' for an invalid version. */
export function semverMajor(version: string): string {
  const parsed = parseSemver(version);
  return parsed ? `v${parsed.major}` : '';
}

/** semver.Build: the `+…` suffix, or ''. */
export function semverBuild(version: string): string {
  return parseSemver(version)?.build ?? '';
}

/** module.CanonicalVersion: the canonical form, keeping `+incompatible`, or '' for an invalid version. */
export function canonicalModuleVersion(version: string): string {
  const parsed = parseSemver(version);
  if (!parsed) return '';
  const canonical = `v${parsed.major}.${parsed.minor}.${parsed.patch}${parsed.prerelease}`;
  return parsed.build === '+incompatible' ? `${canonical}+incompatible` : canonical;
}
