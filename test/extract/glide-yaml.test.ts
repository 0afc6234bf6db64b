import { extractGlideYaml } from '../../src/extract/glide-yaml.js';
import { fixtureText, spanAt } from './fixture-text.js';

describe('extractGlideYaml', () => {
  it('reads import entries: package, version and subpackages', () => {
    const records = extractGlideYaml(fixtureText('import-tag.glide-yaml.txt'));
    expect(records.skipped).toEqual([]);
    expect(records.dependencies.map((dependency) => [dependency.line, dependency.name.text, dependency.version?.text ?? null])).toEqual([
      [3, 'github.com/golang/glog', null],
      [4, 'k8s.io/apimachinery', 'kubernetes-1.13.1'],
      [6, 'k8s.io/client-go', 'kubernetes-1.13.1'],
    ]);
    expect(records.dependencies[2]).toMatchObject({
      section: 'import',
      name: { text: 'k8s.io/client-go', span: spanAt(6, 12, 16) },
      version: { text: 'kubernetes-1.13.1', span: spanAt(7, 12, 17) },
      subpackages: ['kubernetes', 'rest'],
    });
  });

  it('reads a branch, an indented list with a quoted range, and a fork repo', () => {
    expect(extractGlideYaml(fixtureText('import-branch.glide-yaml.txt')).dependencies[0]?.version).toEqual({ text: 'release-3.0', span: spanAt(4, 12, 11) });
    expect(extractGlideYaml(fixtureText('import-range.glide-yaml.txt')).dependencies[0]?.version).toEqual({
      text: '>=9.0.0, <11.0.0',
      span: spanAt(4, 15, 16),
    });
    expect(extractGlideYaml(fixtureText('import-fork-repo.glide-yaml.txt')).dependencies[0]?.repo).toEqual({
      text: 'https://github.com/example-org/client-go.git',
      span: spanAt(4, 9, 44),
    });
  });

  it('keeps a version as written, not as YAML reads numbers (1.10 stays 1.10)', () => {
    const [dependency] = extractGlideYaml('import:\n- package: k8s.io/client-go\n  version: 1.10\n').dependencies;
    expect(dependency?.version).toEqual({ text: '1.10', span: spanAt(3, 12, 4) });
  });

  it('keeps YAML errors with their lines and still reads what the parser recovered', () => {
    const records = extractGlideYaml(fixtureText('import-invalid-yaml.glide-yaml.txt'));
    expect(records.dependencies.map((dependency) => [dependency.name.text, dependency.version?.text])).toEqual([['k8s.io/client-go', 'v6.0.0']]);
    expect(records.skipped).toEqual([
      { line: 5, reason: 'invalid YAML: Map keys must be unique' },
      { line: 7, reason: expect.stringMatching(/^invalid YAML: Flow sequence/) as unknown as string },
      { line: 6, reason: '"package" is not a single value' },
    ]);
  });

  it('reads testImport entries apart from import entries', () => {
    const [dependency] = extractGlideYaml('package: x\ntestImport:\n- package: k8s.io/client-go\n  version: v6.0.0\n').dependencies;
    expect(dependency).toMatchObject({ section: 'testImport', line: 3 });
  });

  it('reads an alias by the value it points to, placed where the alias is written', () => {
    const text = 'import:\n- package: k8s.io/api\n  version: &k8s kubernetes-1.15.0\n- package: k8s.io/client-go\n  version: *k8s\n';
    expect(extractGlideYaml(text).dependencies[1]?.version).toEqual({ text: 'kubernetes-1.15.0', span: spanAt(5, 12, 4) });
  });
});
