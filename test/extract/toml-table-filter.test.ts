import { keepWantedTables } from '../../src/extract/toml-table-filter.js';

const ARRAYS = new Set(['projects']);

/** What the filter was asked, and what it kept (as lines, blank where left out). */
function filter(text: string, accept: (name: string) => boolean = () => true) {
  const asked: [string, number][] = [];
  const kept = keepWantedTables(text, ARRAYS, (name, line) => {
    asked.push([name, line]);
    return accept(name);
  }).text.split('\n');
  return { asked, kept };
}

describe('keepWantedTables', () => {
  it('keeps the wanted tables it is allowed, blanks the rest and keeps every line where it was', () => {
    const text = 'x = 1\n[[projects]]\n  name = "a"\n[[projects]]\n  name = "k8s.io/client-go"\n  version = "v1"\n[solve-meta]\n  k = 2\n';
    const { asked, kept } = filter(text, (name) => name !== 'a');
    expect(asked).toEqual([
      ['a', 2],
      ['k8s.io/client-go', 4],
    ]);
    expect(kept).toEqual(['', '', '', '[[projects]]', '  name = "k8s.io/client-go"', '  version = "v1"', '', '', '']);
  });

  it('does not take a line inside a multi-line array or string for a table header', () => {
    const text = '[[projects]]\n  name = "a"\n  packages = [\n    ["x"],\n  ]\n  note = """\n[[projects]]\n  name = "k8s.io/client-go"\n"""\n';
    const { asked } = filter(text);
    expect(asked).toEqual([['a', 1]]);
  });

  it('asks for a table whose name it cannot read line by line as client-go, so the limit counts it', () => {
    const { asked } = filter('[[projects]]\n  name = "k8s.io\\u002fclient-go"\n[[projects]]\n  version = "v1"\n[[projects]]\n  name = "a"\n  name = "b"\n');
    expect(asked).toEqual([
      ['k8s.io/client-go', 1],
      ['k8s.io/client-go', 3],
      ['k8s.io/client-go', 5],
    ]);
  });
});
