import { KEEP_EVERY_MODULE, type ModuleFilter } from './go-mod-directives.js';
import { objectEntries, readJsonManifest, textMember } from './json-manifest.js';
import type { GodepsDependency, GodepsRecords } from './pre-modules-records.js';

/** The `Deps[]` entries of a Godeps/Godeps.json (`ImportPath`, `Rev`, `Comment`) `keepPackage` accepts. Never throws. */
export function extractGodepsJson(text: string, keepPackage: ModuleFilter = KEEP_EVERY_MODULE): GodepsRecords {
  const manifest = readJsonManifest(text, { nameKey: 'ImportPath', keep: keepPackage });
  const dependencies: GodepsDependency[] = [];
  for (const entry of objectEntries(manifest, 'Deps')) {
    const importPath = textMember(manifest, entry, 'ImportPath');
    const line = manifest.locator.lineOf(entry.start);
    if (!importPath) {
      manifest.skipped.push({ line, reason: 'a Deps entry has no ImportPath' });
      continue;
    }
    dependencies.push({ importPath, rev: textMember(manifest, entry, 'Rev'), comment: textMember(manifest, entry, 'Comment'), line });
  }
  const importPath = manifest.root ? (textMember(manifest, manifest.root, 'ImportPath')?.text ?? null) : null;
  return { importPath, dependencies, skipped: manifest.skipped };
}
