import { compareText } from '../model/stable-order.js';
import type { ImageBinary, ImageProblem } from './image-scan-records.js';
import { isAtOrBelow, isBelow } from './layer-entry-path.js';

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
  private readonly byPath = new Map<string, PlacedOutcome>();

  /** A whiteout hides `path` and everything below it, as far as lower layers put them there. */
  whiteOut(path: string, layerIndex: number): void {
    this.removeWhere((candidate, placed) => placed.layerIndex < layerIndex && isAtOrBelow(candidate, path));
  }

  /** An opaque directory hides everything lower layers put below it. */
  makeOpaque(directory: string, layerIndex: number): void {
    this.removeWhere((candidate, placed) => placed.layerIndex < layerIndex && isBelow(candidate, directory));
  }

  /**
   * An entry at `path` replaces what was there; anything but a directory also hides the lower layers' files
   * below it (a file where a directory was). `outcome` null: the new file is nothing the scan keeps.
   */
  place(path: string, layerIndex: number, isDirectory: boolean, outcome: FileOutcome | null): void {
    if (!isDirectory) this.removeWhere((candidate, placed) => placed.layerIndex < layerIndex && isBelow(candidate, path));
    if (outcome) this.byPath.set(path, { layerIndex, outcome });
    else this.byPath.delete(path);
  }

  /** The binary now at `path`, for a hardlink to it. */
  binaryAt(path: string): ImageBinary | null {
    const placed = this.byPath.get(path);
    return placed?.outcome.kind === 'binary' ? placed.outcome.binary : null;
  }

  binaries(): ImageBinary[] {
    return this.outcomes()
      .flatMap((outcome) => (outcome.kind === 'binary' ? [outcome.binary] : []))
      .sort((a, b) => compareText(a.path, b.path));
  }

  /** Problems of files still in the image, by layer and then path. */
  problems(): { layerIndex: number; problem: ImageProblem }[] {
    return [...this.byPath.entries()]
      .flatMap(([path, placed]) => (placed.outcome.kind === 'problem' ? [{ path, layerIndex: placed.layerIndex, problem: placed.outcome.problem }] : []))
      .sort((a, b) => a.layerIndex - b.layerIndex || compareText(a.path, b.path))
      .map(({ layerIndex, problem }) => ({ layerIndex, problem }));
  }

  private outcomes(): FileOutcome[] {
    return [...this.byPath.values()].map((placed) => placed.outcome);
  }

  private removeWhere(hidden: (path: string, placed: PlacedOutcome) => boolean): void {
    for (const [path, placed] of this.byPath) if (hidden(path, placed)) this.byPath.delete(path);
  }
}
