import { readGlideDocument } from './glide-document.js';
import type { GlideRecords } from './pre-modules-records.js';

/** The `imports` and `testImports` lists of a glide.lock (`name`, `version` = the full commit). Never throws. */
export function extractGlideLock(text: string): GlideRecords {
  return readGlideDocument(text, { sections: ['imports', 'testImports'], nameKey: 'name' });
}
