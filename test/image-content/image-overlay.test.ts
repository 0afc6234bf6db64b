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
