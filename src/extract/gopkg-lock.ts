import { readDepTables, stringField, stringListField } from './dep-tables.js';
import { KEEP_EVERY_MODULE, type ModuleFilter } from './go-mod-directives.js';
import type { DepLockedProject, GopkgLockRecords } from './pre-modules-records.js';

/** Every `[[projects]]` table of a Gopkg.lock `keepProject` accepts, with the place of each value. Never throws. */
export function extractGopkgLock(text: string, keepProject: ModuleFilter = KEEP_EVERY_MODULE): GopkgLockRecords {
  const tables = readDepTables(text, ['projects'], keepProject);
  const skipped = [...tables.skipped];
  const projects: DepLockedProject[] = [];
  for (const table of tables.byArray.get('projects') ?? []) {
    const name = stringField(table, 'name', skipped);
    if (!name) {
      skipped.push({ line: table.line, reason: '[[projects]] without a name' });
      continue;
    }
    projects.push({
      name,
      revision: stringField(table, 'revision', skipped),
      version: stringField(table, 'version', skipped),
      branch: stringField(table, 'branch', skipped),
      source: stringField(table, 'source', skipped),
      packages: stringListField(table, 'packages'),
      line: table.line,
    });
  }
  return { projects, skipped, ...(tables.refusal ? { refusal: tables.refusal } : {}) };
}
