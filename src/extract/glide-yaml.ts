import { readGlideDocument } from './glide-document.js';
import type { GlideRecords } from './pre-modules-records.js';

/** The `import` and `testImport` lists of a glide.yaml (`package`, `version`, `repo`, `subpackages`). Never throws. */
export function extractGlideYaml(text: string): GlideRecords {
  return readGlideDocument(text, { sections: ['import', 'testImport'], nameKey: 'package' });
}
