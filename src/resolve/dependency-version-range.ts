import semver from 'semver';
import type { ClientGoRelease } from '../model/release.js';
import { listTags } from './client-go-index.js';
import { resolveClientGoVersion } from './client-go-version.js';

/**
 * How a manager reads a bare version. dep reads `version = "1.2.3"` as `^1.2.3` (its documented default);
 * glide, through the same semver library without that default, reads it as exactly that tag.
 */
export interface RangeDialect {
  tool: string;
  bareVersionIsCaret: boolean;
}

export const DEP_DIALECT: RangeDialect = { tool: 'dep', bareVersionIsCaret: true };
export const GLIDE_DIALECT: RangeDialect = { tool: 'glide', bareVersionIsCaret: false };

export type RangeReading =
  | { kind: 'exact' }
  | {
      kind: 'range';
      /** The range as the tool reads it, when that differs from the text (dep's implied `^`). */
      readAs: string | null;
      admitted: ClientGoRelease[];
    }
  | { kind: 'invalid'; reason: string };

/**
 * The longest range text read. Real ranges are a few comparators; every tag is tested against every
 * alternative of the range, so a megabyte of `|| …` would take minutes. A longer one is invalid, with why.
 */
export const MAX_RANGE_CHARS = 4096;
const FULL_VERSION = /^v?\d+\.\d+\.\d+$/;
const PARTIAL_VERSION = /^v?\d+(?:\.\d+)?$/;
/** Text with a range operator or wildcard; anything else is a tag, branch or commit name. */
const RANGE_SYNTAX = /[\^~<>=*|,]|\s-\s|(?:^|\.)[xX](?:$|\.)/;

/**
 * Whether a manifest's version text is a semver range and, if so, every published client-go release it
 * admits, lowest first. Only semver-named tags can match (vN.0.0, v0.X.Y); kubernetes-1.X.Y tags are not semver.
 */
export function readVersionRange(text: string, dialect: RangeDialect): RangeReading {
  const written = text.trim();
  const range = rangeTextOf(written, dialect);
  if (range === null) return { kind: 'exact' };
  if (range.length > MAX_RANGE_CHARS) {
    return { kind: 'invalid', reason: `the version range is ${range.length.toLocaleString('en-US')} characters long, more than the ${MAX_RANGE_CHARS.toLocaleString('en-US')} the gate reads` };
  }
  // dep's and glide's semver library separates AND-ed comparators with commas; node-semver with spaces.
  const normalized = semver.validRange(range.replace(/,/g, ' '), { loose: true });
  if (normalized === null) return { kind: 'invalid', reason: `"${written}" is not a version range ${dialect.tool} can read` };
  return { kind: 'range', readAs: range === written ? null : range, admitted: admittedReleases(normalized) };
}

function rangeTextOf(written: string, dialect: RangeDialect): string | null {
  if (FULL_VERSION.test(written)) return dialect.bareVersionIsCaret ? `^${written}` : null;
  if (PARTIAL_VERSION.test(written)) return dialect.bareVersionIsCaret ? `^${written}` : written;
  return RANGE_SYNTAX.test(written) ? written : null;
}

function admittedReleases(text: string): ClientGoRelease[] {
  // Parsed once: satisfies() would parse the range again for every tag.
  const range = new semver.Range(text);
  const releases: { version: string; release: ClientGoRelease }[] = [];
  const seen = new Set<string>();
  for (const tag of listTags()) {
    const version = semver.valid(tag.name);
    // Pre-releases (v9.0.0-invalid, v0.17.0-beta.0) are admitted only by a range that names one, as in dep.
    if (version === null || seen.has(version) || !range.test(version)) continue;
    const resolution = resolveClientGoVersion(tag.name);
    if (!resolution.known) continue;
    seen.add(version);
    // The tag the manifest can match is the semver one, so that is the name to show.
    releases.push({ version, release: { ...resolution.release, tag: tag.name } });
  }
  return releases.sort((a, b) => semver.compare(a.version, b.version)).map((item) => item.release);
}
