import type { SkippedLine } from '../model/diagnostic.js';
import type { ModuleFilter } from './go-mod-directives.js';
import { membersNamed, parseLocatedJson, type JsonNode } from './located-json.js';
import type { LocatedText } from './pre-modules-records.js';
import { createOffsetLocator, type OffsetLocator } from './text-offsets.js';

const BYTE_ORDER_MARK = '\uFEFF';

/** A parsed JSON manifest (Godeps.json, vendor.json) and what could not be used, by line. */
export interface JsonManifest {
  /** The top-level object, or null when the text is not one. */
  root: JsonNode | null;
  locator: OffsetLocator;
  skipped: SkippedLine[];
}

/** Which entries a reading keeps: asked with the string value of `nameKey` and the entry's line. */
export interface ManifestEntryFilter {
  nameKey: string;
  keep: ModuleFilter;
}

/**
 * Reads a manifest. Entries of its lists whose `nameKey` is a string the filter turns down are left out
 * while parsing (asked once each, in file order), so a list of a million entries costs only those kept.
 */
export function readJsonManifest(text: string, filter: ManifestEntryFilter | null = null): JsonManifest {
  const body = text.startsWith(BYTE_ORDER_MARK) ? text.slice(BYTE_ORDER_MARK.length) : text;
  const locator = createOffsetLocator(body);
  const parsed = parseLocatedJson(body, filter ? (item) => keptEntry(item, filter, locator) : undefined);
  if (!parsed.ok) return { root: null, locator, skipped: [{ line: locator.lineOf(parsed.offset), reason: `invalid JSON: ${parsed.reason}` }] };
  if (parsed.root.kind !== 'object') return { root: null, locator, skipped: [{ line: locator.lineOf(parsed.root.start), reason: 'the document is not a JSON object' }] };
  return { root: parsed.root, locator, skipped: [] };
}

/** An entry without a string name is kept: the caller reports it. The last member of a name counts. */
function keptEntry(item: JsonNode, filter: ManifestEntryFilter, locator: OffsetLocator): boolean {
  const name = membersNamed(item, filter.nameKey).at(-1)?.value;
  return name?.kind !== 'string' || filter.keep(name.value, locator.lineOf(item.start));
}

/** The objects of the top-level array `key`; anything else in it is skipped with its line. */
export function objectEntries(manifest: JsonManifest, key: string): JsonNode[] {
  if (!manifest.root) return [];
  const member = lastMember(manifest, manifest.root, key);
  if (!member) return [];
  if (member.kind !== 'array') {
    manifest.skipped.push({ line: manifest.locator.lineOf(member.start), reason: `"${key}" is not a list` });
    return [];
  }
  return member.items.filter((item) => {
    if (item.kind === 'object') return true;
    manifest.skipped.push({ line: manifest.locator.lineOf(item.start), reason: `an entry of "${key}" is not an object` });
    return false;
  });
}

/** A string member with the span of its text inside the quotes; null when absent or not a string. */
export function textMember(manifest: JsonManifest, entry: JsonNode, key: string): LocatedText | null {
  const value = lastMember(manifest, entry, key);
  if (!value) return null;
  if (value.kind !== 'string') {
    if (value.kind !== 'null') manifest.skipped.push({ line: manifest.locator.lineOf(value.start), reason: `"${key}" is not a string` });
    return null;
  }
  return { text: value.value, span: manifest.locator.spanOf(value.start + 1, value.end - 1) };
}

/** A repeated key is kept with a reason; the last one counts, as Go's encoding/json reads it. */
function lastMember(manifest: JsonManifest, entry: JsonNode, key: string): JsonNode | null {
  const members = membersNamed(entry, key);
  for (const repeated of members.slice(0, -1)) {
    manifest.skipped.push({ line: manifest.locator.lineOf(repeated.keyStart), reason: `"${key}" is repeated; the last one counts` });
  }
  return members.at(-1)?.value ?? null;
}
