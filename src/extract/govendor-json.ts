import { KEEP_EVERY_MODULE, type ModuleFilter } from './go-mod-directives.js';
import { objectEntries, readJsonManifest, textMember } from './json-manifest.js';
import type { GovendorPackage, GovendorRecords } from './pre-modules-records.js';

/** The `package[]` entries of a vendor/vendor.json (govendor) `keepPackage` accepts. Never throws. */
export function extractGovendorJson(text: string, keepPackage: ModuleFilter = KEEP_EVERY_MODULE): GovendorRecords {
  const manifest = readJsonManifest(text, { nameKey: 'path', keep: keepPackage });
  const packages: GovendorPackage[] = [];
  for (const entry of objectEntries(manifest, 'package')) {
    const path = textMember(manifest, entry, 'path');
    const line = manifest.locator.lineOf(entry.start);
    if (!path) {
      manifest.skipped.push({ line, reason: 'a package entry has no path' });
      continue;
    }
    packages.push({
      path,
      revision: textMember(manifest, entry, 'revision'),
      revisionTime: textMember(manifest, entry, 'revisionTime')?.text ?? null,
      version: textMember(manifest, entry, 'version'),
      versionExact: textMember(manifest, entry, 'versionExact'),
      origin: textMember(manifest, entry, 'origin')?.text ?? null,
      line,
    });
  }
  const rootPath = manifest.root ? (textMember(manifest, manifest.root, 'rootPath')?.text ?? null) : null;
  return { rootPath, packages, skipped: manifest.skipped };
}
