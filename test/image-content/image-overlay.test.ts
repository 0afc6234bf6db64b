import fc from 'fast-check';
import type { GoBuildInfo } from '../../src/extract/go-build-info/build-info-records.js';
import { ImageOverlay, type FileOutcome } from '../../src/image-content/image-overlay.js';

const BUILD_INFO: GoBuildInfo = { ok: true, format: 'elf', goVersion: 'go1.22.0', path: null, mainModule: null, deps: [], settings: [], skipped: [] };

function binary(path: string, layerDigest = 'sha256:lower'): FileOutcome {
  return { kind: 'binary', binary: { path, layerDigest, buildInfo: BUILD_INFO, clientGo: null } };
}

function paths(overlay: ImageOverlay): string[] {
  return overlay.binaries().map((found) => found.path);
}

describe('ImageOverlay', () => {
  it('lets a file where a directory was hide the lower files below it, and a directory entry hide nothing', () => {
    const overlay = new ImageOverlay();
    overlay.place('/opt/tool/bin/a', 0, false, binary('/opt/tool/bin/a'));
    overlay.place('/srv/b', 0, false, binary('/srv/b'));
    overlay.place('/srv', 1, true, null);
    overlay.place('/opt/tool', 1, false, null);
    expect(paths(overlay)).toEqual(['/srv/b']);
  });

  it('makes a directory opaque for lower layers only and leaves the directory itself alone', () => {
    const overlay = new ImageOverlay();
    overlay.place('/app', 0, false, binary('/app'));
    overlay.place('/app2/x', 0, false, binary('/app2/x'));
    overlay.place('/app2/y', 1, false, binary('/app2/y', 'sha256:upper'));
    overlay.makeOpaque('/app2', 1);
    expect(paths(overlay)).toEqual(['/app', '/app2/y']);
  });

  it('empties the image when the root is made opaque', () => {
    const overlay = new ImageOverlay();
    overlay.place('/bin/a', 0, false, binary('/bin/a'));
    overlay.makeOpaque('/', 1);
    expect(paths(overlay)).toEqual([]);
  });

  it('orders problems by layer, then path', () => {
    const overlay = new ImageOverlay();
    const problem = (path: string, layerDigest: string): FileOutcome => ({ kind: 'problem', problem: { layerDigest, path, message: 'x' } });
    overlay.place('/z', 0, false, problem('/z', 'sha256:lower'));
    overlay.place('/b', 1, false, problem('/b', 'sha256:upper'));
    overlay.place('/a', 1, false, problem('/a', 'sha256:upper'));
    expect(overlay.problems().map((item) => item.problem.path)).toEqual(['/z', '/a', '/b']);
  });
});

/** The overlay rules written the plain way (every operation looks at every kept file), to compare against. */
class ReferenceOverlay {
  readonly byPath = new Map<string, { layerIndex: number; outcome: FileOutcome }>();

  whiteOut(path: string, layerIndex: number): void {
    this.removeLower(layerIndex, (candidate) => candidate === path || isBelow(candidate, path));
  }

  makeOpaque(directory: string, layerIndex: number): void {
    this.removeLower(layerIndex, (candidate) => isBelow(candidate, directory));
  }

  place(path: string, layerIndex: number, isDirectory: boolean, outcome: FileOutcome | null): void {
    if (!isDirectory) this.removeLower(layerIndex, (candidate) => isBelow(candidate, path));
    if (outcome) this.byPath.set(path, { layerIndex, outcome });
    else this.byPath.delete(path);
  }

  private removeLower(layerIndex: number, hidden: (path: string) => boolean): void {
    for (const [path, placed] of this.byPath) if (placed.layerIndex < layerIndex && hidden(path)) this.byPath.delete(path);
  }
}

function isBelow(candidate: string, ancestor: string): boolean {
  return candidate !== ancestor && candidate.startsWith(ancestor === '/' ? '/' : `${ancestor}/`);
}

type Operation = { kind: 'place'; path: string; isDirectory: boolean; keep: 'binary' | 'problem' | null } | { kind: 'whiteout' | 'opaque'; path: string } | { kind: 'next-layer' };

describe('ImageOverlay against the plain rules', () => {
  // Few names, so that paths collide, nest and share prefixes ('/a' and '/a-b', '/a/b').
  const segment = fc.constantFrom('a', 'a-b', 'b', 'ab');
  const imagePath = fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => `/${parts.join('/')}`);
  const operation: fc.Arbitrary<Operation> = fc.oneof(
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('place' as const), path: imagePath, isDirectory: fc.boolean(), keep: fc.constantFrom('binary' as const, 'problem' as const, null) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('whiteout' as const, 'opaque' as const), path: fc.oneof(imagePath, fc.constant('/')) }) },
    { weight: 2, arbitrary: fc.constant({ kind: 'next-layer' as const }) },
  );

  it('keeps the same binaries and problems after any sequence of layer entries', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 60 }), (operations) => {
        const [overlay, reference] = [new ImageOverlay(), new ReferenceOverlay()];
        let layer = 0;
        for (const step of operations) {
          if (step.kind === 'next-layer') layer += 1;
          else if (step.kind === 'place') {
            const digest = `sha256:layer-${layer}`;
            const outcome = step.keep === 'binary' ? binary(step.path, digest) : step.keep === 'problem' ? { kind: 'problem' as const, problem: { layerDigest: digest, path: step.path, message: 'x' } } : null;
            [overlay, reference].forEach((target) => target.place(step.path, layer, step.isDirectory, outcome));
          } else if (step.kind === 'whiteout') [overlay, reference].forEach((target) => target.whiteOut(step.path, layer));
          else [overlay, reference].forEach((target) => target.makeOpaque(step.path, layer));
        }
        const expected = [...reference.byPath.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        expect(paths(overlay)).toEqual(expected.filter(([, placed]) => placed.outcome.kind === 'binary').map(([path]) => path));
        const expectedProblems = expected.filter(([, placed]) => placed.outcome.kind === 'problem').sort(([, a], [, b]) => a.layerIndex - b.layerIndex);
        expect(overlay.problems().map((item) => item.problem.path)).toEqual(expectedProblems.map(([path]) => path));
        for (const [path] of expected) expect(overlay.binaryAt(path)).toEqual(reference.byPath.get(path)?.outcome.kind === 'binary' ? expect.objectContaining({ path }) : null);
      }),
      { numRuns: 500 },
    );
  });
});

describe('ImageOverlay paths', () => {
  it('hides whole path segments only: a file at /app hides /app/x, not /application', () => {
    const overlay = new ImageOverlay();
    overlay.place('/app/x', 0, false, binary('/app/x'));
    overlay.place('/application', 0, false, binary('/application'));
    overlay.place('/app', 1, false, null);
    expect(paths(overlay)).toEqual(['/application']);
  });
});
