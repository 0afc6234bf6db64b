import { extractGoWork } from '../../src/extract/go-work.js';
import { isKubernetesModule } from '../../src/model/client-go-module-paths.js';
import { fixtureText, spanAt } from './fixture-text.js';

describe('extractGoWork', () => {
  it('reads use (single and block), replace (single and block) and skips nothing', () => {
    const records = extractGoWork(fixtureText('workspace-with-replace.work.txt'));
    expect(records.goVersion).toBe('1.22.0');
    expect(records.uses).toEqual([
      { directory: './operator', span: spanAt(5, 5, 10), line: 5 },
      { directory: '.', span: spanAt(7, 2, 1), line: 7 },
      { directory: './tools', span: spanAt(8, 2, 7), line: 8 },
      { directory: './path with spaces', span: spanAt(9, 2, 20), line: 9 },
    ]);
    expect(records.replaces.map((r) => [r.line, r.old.path, r.old.version, r.new.path, r.new.version, r.newIsDirectory])).toEqual([
      [12, 'k8s.io/client-go', 'v0.29.0', 'k8s.io/client-go', 'v0.29.3', false],
      [15, 'k8s.io/api', null, '../forks/api', null, true],
      [16, 'k8s.io/apimachinery', 'v0.29.0', 'github.com/example/apimachinery', 'v0.29.0-fork.1', false],
    ]);
    expect(records.replaces[0]?.new.versionSpan).toEqual(spanAt(12, 54, 7));
    expect(records.skipped).toEqual([]);
  });

  it('reads the Kubernetes workspace, where client-go is a used directory', () => {
    const records = extractGoWork(fixtureText('kubernetes-style-use-block.work.txt'));
    expect(records.goVersion).toBe('1.24.0');
    expect(records.uses.map((use) => use.directory)).toContain('./staging/src/k8s.io/client-go');
    expect(records.uses.find((use) => use.directory.endsWith('client-go'))?.line).toBe(11);
    expect(records.skipped).toEqual([]);
  });

  it('keeps only the uses the filter accepts, and still checks every other line as Go does', () => {
    const records = extractGoWork('go 1.22\nuse (\n\t./app\n\t./no-module\n)\nuse a b\n', undefined, (directory) => directory === './app');
    expect(records.uses.map((use) => [use.directory, use.line])).toEqual([['./app', 3]]);
    expect(records.skipped.map((line) => line.line)).toEqual([6]);
  });

  it('skips a use without exactly one directory and a bad replace', () => {
    const records = extractGoWork('go 1.22\nuse\nuse a b\nreplace k8s.io/client-go\nuse ./ok\n');
    expect(records.uses.map((use) => use.directory)).toEqual(['./ok']);
    expect(records.skipped.map((skip) => skip.line)).toEqual([2, 3, 4]);
  });

  it('reads an empty workspace and binary junk without throwing', () => {
    expect(extractGoWork('')).toEqual({ goVersion: null, uses: [], replaces: [], skipped: [] });
    expect(extractGoWork('\u0000\u0000use ./x\n').skipped).toHaveLength(1);
  });

  it('keeps every use and only the replaces of modules asked for', () => {
    const text = 'go 1.22\nuse ./a\nuse ./b\nreplace example.com/x => ../x\nreplace k8s.io/client-go => ../client-go\n';
    const records = extractGoWork(text, isKubernetesModule);
    expect(records.uses.map((use) => use.directory)).toEqual(['./a', './b']);
    expect(records.replaces.map((replace) => replace.old.path)).toEqual(['k8s.io/client-go']);
    expect(records.skipped).toEqual([]);
  });
});
