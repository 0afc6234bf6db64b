import { readDepTables, stringField } from './dep-tables.js';
import { KEEP_EVERY_MODULE, type ModuleFilter } from './go-mod-directives.js';
import type { DepRule, DepRuleKind, GopkgTomlRecords } from './pre-modules-records.js';

const RULE_KINDS: readonly DepRuleKind[] = ['constraint', 'override'];

/** Every `[[constraint]]` and `[[override]]` of a Gopkg.toml `keepRule` accepts, in file order. Never throws. */
export function extractGopkgToml(text: string, keepRule: ModuleFilter = KEEP_EVERY_MODULE): GopkgTomlRecords {
  const tables = readDepTables(text, RULE_KINDS, keepRule);
  const skipped = [...tables.skipped];
  const rules: DepRule[] = [];
  for (const kind of RULE_KINDS) {
    for (const table of tables.byArray.get(kind) ?? []) {
      const name = stringField(table, 'name', skipped);
      if (!name) {
        skipped.push({ line: table.line, reason: `[[${kind}]] without a name` });
        continue;
      }
      rules.push({
        kind,
        name,
        version: stringField(table, 'version', skipped),
        branch: stringField(table, 'branch', skipped),
        revision: stringField(table, 'revision', skipped),
        source: stringField(table, 'source', skipped),
        line: table.line,
      });
    }
  }
  return { rules: rules.sort((a, b) => a.line - b.line), skipped, ...(tables.refusal ? { refusal: tables.refusal } : {}) };
}
