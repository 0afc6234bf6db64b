import { readGlideDocument } from './glide-document.js';
import { KEEP_EVERY_MODULE, type ModuleFilter } from './go-mod-directives.js';
import type { GlideRecords } from './pre-modules-records.js';

/** The `import` and `testImport` lists of a glide.yaml (`package`, `version`, `repo`, `subpackages`). Only entries `keepEntry` accepts are kept. Never throws. */
export function extractGlideYaml(text: string, keepEntry: ModuleFilter = KEEP_EVERY_MODULE): GlideRecords {
  return readGlideDocument(text, { sections: ['import', 'testImport'], nameKey: 'package' }, keepEntry);
}
