import { locateArrayTables } from '../../src/extract/toml-table-locator.js';
import { spanAt } from './fixture-text.js';

describe('locateArrayTables', () => {
  it('places array-table headers and their one-line strings, skipping comments and multi-line strings', () => {
    const text = [
      '# [[projects]]',
      'comment = """',
      '[[projects]]',
      '"""',
      '[[projects]]',
      "  name = 'k8s.io/client-go' # literal",
      '  revision = "a\\"b"',
      '  packages = ["rest"]',
      '[solve-meta]',
      '  name = "not a project key"',
    ].join('\n');
    const tables = locateArrayTables(text);
    expect(tables).toHaveLength(1);
    expect(tables[0]?.headerLine).toBe(5);
    expect(Object.fromEntries(tables[0]?.strings ?? [])).toEqual({
      name: { raw: 'k8s.io/client-go', span: spanAt(6, 11, 16) },
      revision: { raw: 'a\\"b', span: spanAt(7, 15, 4) },
    });
    expect(Object.fromEntries(tables[0]?.keyLines ?? [])).toEqual({ name: 6, revision: 7, packages: 8 });
  });
});
