import { extractGopkgLock } from '../../src/extract/gopkg-lock.js';
import { fixtureText, spanAt } from './fixture-text.js';

describe('extractGopkgLock', () => {
  it('reads every [[projects]] table with the place of each value', () => {
    const records = extractGopkgLock(fixtureText('lock-revision-with-release-branch.gopkg-lock.txt'));
    expect(records.skipped).toEqual([]);
    expect(records.projects.map((project) => [project.line, project.name.text])).toEqual([
      [4, 'github.com/golang/glog'],
      [11, 'k8s.io/api'],
      [23, 'k8s.io/client-go'],
    ]);
    expect(records.projects[2]).toEqual({
      name: { text: 'k8s.io/client-go', span: spanAt(26, 11, 16) },
      revision: { text: '6ee68ca5fd8355d024d02f9db0b3b667e8357a0f', span: spanAt(33, 15, 40) },
      version: null,
      branch: { text: 'release-11.0', span: spanAt(24, 13, 12) },
      source: null,
      packages: ['kubernetes', 'rest', 'tools/clientcmd'],
      line: 23,
    });
  });

  it('keeps tag text written into revision as it is', () => {
    const [project] = extractGopkgLock(fixtureText('lock-tag-text-in-revision.gopkg-lock.txt')).projects;
    expect(project?.revision).toEqual({ text: 'kubernetes-1.13.3', span: spanAt(4, 15, 17) });
    expect(project?.version).toEqual({ text: 'kubernetes-1.13.3', span: spanAt(5, 14, 17) });
  });

  it('reads a source that points at a fork', () => {
    const [project] = extractGopkgLock(fixtureText('lock-fork-source.gopkg-lock.txt')).projects;
    expect(project?.source).toEqual({ text: 'https://github.com/example-org/client-go.git', span: spanAt(5, 13, 44) });
  });

  it('keeps a TOML syntax error (here a repeated key) with its line and reads nothing else', () => {
    const records = extractGopkgLock(fixtureText('lock-invalid-toml.gopkg-lock.txt'));
    expect(records.projects).toEqual([]);
    expect(records.skipped).toEqual([{ line: 4, reason: "invalid TOML: Can't redefine existing key" }]);
  });

  it('counts columns after a byte order mark and through CRLF line endings', () => {
    const text = `\uFEFF${fixtureText('lock-version-tag.gopkg-lock.txt').replace(/\n/g, '\r\n')}`;
    const [project] = extractGopkgLock(text).projects;
    expect(project?.revision).toEqual({ text: '78d2af792babf2dd937ba2e2a8d99c753a5eda89', span: spanAt(6, 15, 40) });
    expect(project?.version).toEqual({ text: 'kubernetes-1.15.0', span: spanAt(7, 14, 17) });
  });

  it('keeps tables without a name, and values that are not strings, as skipped lines', () => {
    const records = extractGopkgLock('[[projects]]\n  revision = "abc"\n\n[[projects]]\n  name = "k8s.io/client-go"\n  revision = 1234\n');
    expect(records.projects).toHaveLength(1);
    expect(records.projects[0]?.revision).toBeNull();
    expect(records.skipped).toEqual([
      { line: 1, reason: '[[projects]] without a name' },
      { line: 6, reason: '"revision" is not a string' },
    ]);
  });

  it('points a value it cannot place (a multi-line string) at the start of its key line', () => {
    const text = '[[projects]]\n  name = "k8s.io/client-go"\n  revision = """\n6ee68ca5fd8355d024d02f9db0b3b667e8357a0f"""\n';
    const [project] = extractGopkgLock(text).projects;
    expect(project?.revision).toEqual({ text: '6ee68ca5fd8355d024d02f9db0b3b667e8357a0f', span: spanAt(3, 1, 0) });
  });

  it('pairs tables by name when an inline table sits among them', () => {
    const text = 'projects = [{ name = "github.com/a/b", revision = "1" }]\n';
    const [project] = extractGopkgLock(text).projects;
    expect(project?.name).toEqual({ text: 'github.com/a/b', span: spanAt(1, 1, 0) });
  });

  it('reads an empty file and a lock without client-go alike: no projects, nothing skipped', () => {
    expect(extractGopkgLock('')).toEqual({ projects: [], skipped: [] });
    expect(extractGopkgLock('[solve-meta]\n  analyzer-name = "dep"\n').skipped).toEqual([]);
  });

  it('says so when projects is not an array of tables', () => {
    expect(extractGopkgLock('projects = "none"\n').skipped).toEqual([{ line: 1, reason: '"projects" is not an array of tables ([[projects]])' }]);
  });

  it('keeps a syntax error at the end of the file on the last line, not on the line after the final newline (found by the fuzz suite)', () => {
    expect(extractGopkgLock('packages = [\n').skipped).toEqual([{ line: 1, reason: 'invalid TOML: Unterminated inline array' }]);
  });
});
