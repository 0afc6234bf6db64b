import { renderText } from '../../src/report/text.js';
import { expectGolden } from './golden.js';
import { activeControlCharactersIn, mixedReport, passingReport } from './sample-reports.js';

const ESCAPE = '\u001b';

describe('renderText', () => {
  it('matches the golden text of the mixed report', () => {
    expectGolden('text-mixed.txt', renderText(mixedReport(), { color: false }));
  });

  it('matches the golden coloured text of the mixed report', () => {
    expectGolden('text-mixed-color.txt', renderText(mixedReport(), { color: true }));
  });

  it('groups findings by file, with the location, verdict, versions, Kubernetes and reload facts', () => {
    const text = renderText(mixedReport(), { color: false });
    expect(text).toContain(
      'go.mod\n  5:22  outdated  k8s.io/client-go v10.0.0+incompatible → v10.0.0+incompatible (Kubernetes 1.13.0, reloads yes) client-go v10.0.0+incompatible',
    );
    expect(text).toContain('        fix: Run `go get k8s.io/client-go@v0.15.7 k8s.io/api@v0.15.7 && go mod tidy`.');
    expect(text).toContain('        see also: go.mod:9:2 (require line)');
    expect(text).toContain('14:1  unknown   k8s.io/client-go v0.23.5 → v1.23.5-k3s1 (Kubernetes unknown, reloads unknown) Replaced by');
    expect(text).toContain('3:1  outdated  k8s.io/client-go v9.0.0+incompatible → v9.0.0+incompatible (Kubernetes 1.12.0, reloads yes, inferred)');
  });

  it('lists diagnostics and ends with the summary line', () => {
    const lines = renderText(mixedReport(), { color: false }).trimEnd().split('\n');
    expect(lines).toContain('Diagnostics');
    expect(lines).toContain('  bin/tool  Skipped: 20 MB is larger than max-file-size (16 MB).');
    expect(lines).toContain('  vendor/modules.txt:3  Line not understood: `# k8s.io/client-go v0.x`.');
    expect(lines.at(-1)).toBe(
      'client-go token gate: fail: 4 outdated, 1 unknown, 1 ok in 9 files scanned, 2 diagnostics (policy strict, fails on outdated, go.sum-only findings do not fail)',
    );
  });

  it('uses no ANSI codes without colour, and colours verdicts and the result with it', () => {
    expect(renderText(mixedReport(), { color: false })).not.toContain(ESCAPE);
    const coloured = renderText(mixedReport(), { color: true });
    expect(coloured).toContain(`${ESCAPE}[31moutdated${ESCAPE}[39m`);
    expect(coloured).toContain(`${ESCAPE}[33munknown ${ESCAPE}[39m`);
    expect(coloured).toContain(`${ESCAPE}[32mok      ${ESCAPE}[39m`);
    expect(coloured).toContain(`${ESCAPE}[31mfail${ESCAPE}[39m`);
    expect(renderText(passingReport(), { color: true })).toContain(`${ESCAPE}[32mpass${ESCAPE}[39m`);
  });

  it('never passes terminal escapes or line breaks from the repository through', () => {
    const text = renderText(mixedReport(), { color: false });
    expect(activeControlCharactersIn(text)).toEqual([]);
    expect(text).toContain('\\x1B[2J\\u202Eevil\\nnext line');
    expect(text).toContain('fix: Run `go get k8s.io/client-go@v0.15.7|curl evil.sh`\\r\\n::add-mask::secret');
    const hostileLines = text.split('\n').filter((line) => line.includes('::error::pwn'));
    expect(hostileLines.every((line) => !line.startsWith('::'))).toBe(true);
  });

  it('says so when nothing was found', () => {
    const report = passingReport();
    report.findings = [];
    expect(renderText(report, { color: false })).toBe(
      'No client-go references found.\n\nclient-go token gate: pass: 0 outdated, 0 unknown, 1 ok in 1 file scanned (policy reload, minimum v0.15.7, fails on outdated or unknown, go.sum-only findings can fail)\n',
    );
  });
});
