import { compareText } from '../model/stable-order.js';
import type { ImageBinary, ImageProblem } from './image-scan-records.js';
import { LowerLayerFiles } from './lower-layer-files.js';

/** What the scan keeps about one file: the Go binary it is, or why it could not be read. */
export type FileOutcome = { kind: 'binary'; binary: ImageBinary } | { kind: 'problem'; problem: ImageProblem };

interface PlacedOutcome {
  layerIndex: number;
  outcome: FileOutcome;
}

/**
 * The image's files as far as the scan cares, with the layers stacked as overlayfs and the container
 * runtimes stack them: only files that are Go binaries or could not be read are kept, never contents, so
 * memory grows with the number of Go binaries, not with the size of the image.
 */
export class ImageOverlay {
  /** What the layers below the current one left. */
  private lower = new LowerLayerFiles<PlacedOutcome>([]);
  /** What the current layer placed; it hides nothing of its own. */
  private upper = new Map<string, PlacedOutcome>();
  private layerIndex = -1;

  /** A whiteout hides `path` and everything below it, as far as lower layers put them there. */
  whiteOut(path: string, layerIndex: number): void {
    this.enterLayer(layerIndex);
    this.lower.delete(path);
    this.lower.deleteStartingWith(prefixBelow(path));
  }

  /** An opaque directory hides everything lower layers put below it. */
  makeOpaque(directory: string, layerIndex: number): void {
    this.enterLayer(layerIndex);
    this.lower.deleteStartingWith(prefixBelow(directory));
  }

  /**
   * An entry at `path` replaces what was there; anything but a directory also hides the lower layers' files
   * below it (a file where a directory was). `outcome` null: the new file is nothing the scan keeps.
   */
  place(path: string, layerIndex: number, isDirectory: boolean, outcome: FileOutcome | null): void {
    this.enterLayer(layerIndex);
    if (!isDirectory) this.lower.deleteStartingWith(prefixBelow(path));
    this.lower.delete(path);
    if (outcome) this.upper.set(path, { layerIndex, outcome });
    else this.upper.delete(path);
  }

  /** The binary now at `path`, for a hardlink to it. */
  binaryAt(path: string): ImageBinary | null {
    const placed = this.upper.get(path) ?? this.lower.get(path);
    return placed?.outcome.kind === 'binary' ? placed.outcome.binary : null;
  }

  binaries(): ImageBinary[] {
    return this.placed()
      .flatMap(([, placed]) => (placed.outcome.kind === 'binary' ? [placed.outcome.binary] : []))
      .sort((a, b) => compareText(a.path, b.path));
  }

  /** Problems of files still in the image, by layer and then path. */
  problems(): { layerIndex: number; problem: ImageProblem }[] {
    return this.placed()
      .flatMap(([path, placed]) => (placed.outcome.kind === 'problem' ? [{ path, layerIndex: placed.layerIndex, problem: placed.outcome.problem }] : []))
      .sort((a, b) => a.layerIndex - b.layerIndex || compareText(a.path, b.path))
      .map(({ layerIndex, problem }) => ({ layerIndex, problem }));
  }

  private placed(): [string, PlacedOutcome][] {
    return this.lower.mergedWith(this.upper);
  }

  /** Layers come bottom first: what the finished layer placed becomes lower for the next. */
  private enterLayer(layerIndex: number): void {
    if (layerIndex <= this.layerIndex) return;
    if (this.upper.size > 0) this.lower = new LowerLayerFiles(this.placed());
    this.upper = new Map();
    this.layerIndex = layerIndex;
  }
}

/** What every path below `path` starts with. */
function prefixBelow(path: string): string {
  return path === '/' ? '/' : `${path}/`;
}
