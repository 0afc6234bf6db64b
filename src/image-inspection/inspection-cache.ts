import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ImageInspection } from './image-inspection.js';

type Inspected = Extract<ImageInspection, { ok: true }>;

/** Bumped when what is stored changes shape, so an old entry is never read as a new one. */
const CACHE_FORMAT = 1;

/**
 * Inspections by platform image digest, as JSON files in a directory (RUNNER_TEMP on a runner): a
 * digest names immutable content, so an entry never goes stale. Failures are never cached. A cache
 * that cannot be read or written is only slower, never wrong.
 */
export class InspectionCache {
  constructor(private readonly directory: string) {}

  async get(digest: string): Promise<Inspected | null> {
    try {
      const stored = JSON.parse(await readFile(this.fileOf(digest), 'utf8')) as { format?: number; inspection?: Inspected };
      return stored.format === CACHE_FORMAT && stored.inspection?.digest === digest ? { ...stored.inspection, cached: true } : null;
    } catch {
      return null;
    }
  }

  async put(inspection: Inspected): Promise<void> {
    try {
      await mkdir(this.directory, { recursive: true });
      const file = this.fileOf(inspection.digest);
      // Written aside and renamed, so a parallel reader never sees half a file.
      const partial = `${file}.${process.pid}.partial`;
      await writeFile(partial, JSON.stringify({ format: CACHE_FORMAT, inspection: { ...inspection, cached: false } }));
      await rename(partial, file);
    } catch {
      // Only slower next time.
    }
  }

  private fileOf(digest: string): string {
    return path.join(this.directory, `${digest.replace(/[^A-Za-z0-9]/g, '-')}.json`);
  }
}
