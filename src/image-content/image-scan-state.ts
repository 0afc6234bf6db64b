import path from 'node:path';
import type { ImageProblem, ImageScanResult } from './image-scan-records.js';
import { ImageOverlay } from './image-overlay.js';
import { ReadBudget } from './read-budget.js';

/** Everything one scan accumulates while it walks the layers, and the limits it walks them under. */
export class ImageScanState {
  readonly overlay = new ImageOverlay();
  readonly budget: ReadBudget;
  filesExamined = 0;
  private readonly layerProblems: { layerIndex: number; problem: ImageProblem }[] = [];
  private spooled = 0;

  constructor(
    readonly spoolDirectory: string,
    readonly maxBinaryBytes: number,
    maxTotalBytes: number,
    readonly signal: AbortSignal | undefined,
  ) {
    this.budget = new ReadBudget(maxTotalBytes);
  }

  /** A problem with a whole layer, or with the scan (layerDigest null). */
  addLayerProblem(layerIndex: number, layerDigest: string | null, message: string): void {
    this.layerProblems.push({ layerIndex, problem: { layerDigest, path: null, message } });
  }

  /** A fresh name in the scan's own temporary directory. */
  nextSpoolFile(): string {
    this.spooled += 1;
    return path.join(this.spoolDirectory, `executable-${this.spooled}`);
  }

  result(): ImageScanResult {
    const problems = [...this.layerProblems, ...this.overlay.problems()]
      .map((item, order) => ({ ...item, order }))
      .sort((a, b) => a.layerIndex - b.layerIndex || a.order - b.order)
      .map((item) => item.problem);
    return { binaries: this.overlay.binaries(), problems, filesExamined: this.filesExamined, bytesRead: this.budget.bytesRead };
  }
}
