import { readGlideDocument } from './glide-document.js';
import { KEEP_EVERY_MODULE, type ModuleFilter } from './go-mod-directives.js';
import type { GlideRecords } from './pre-modules-records.js';

/** The `imports` and `testImports` lists of a glide.lock (`name`, `version` = the full commit). Only entries `keepEntry` accepts are kept. Never throws. */
export function extractGlideLock(text: string, keepEntry: ModuleFilter = KEEP_EVERY_MODULE): GlideRecords {
  return readGlideDocument(text, { sections: ['imports', 'testImports'], nameKey: 'name' }, keepEntry);
}
