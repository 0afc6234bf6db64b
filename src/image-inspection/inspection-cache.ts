import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { TOOL } from '../tool-identity.js';
import type { ImageInspection } from './image-inspection.js';

type Inspected = Extract<ImageInspection, { ok: true }>;

/**
 * Bumped when what is stored changes shape. The tool's version is stored too: an entry restored from an
 * earlier run (actions/cache) by another release, which may read images differently, is not used.
 */
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
      const stored = JSON.parse(await readFile(this.fileOf(digest), 'utf8')) as { format?: number; tool?: string; inspection?: Inspected };
      const current = stored.format === CACHE_FORMAT && stored.tool === TOOL.version && stored.inspection?.digest === digest;
      return current && stored.inspection ? { ...stored.inspection, cached: true } : null;
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
      await writeFile(partial, JSON.stringify({ format: CACHE_FORMAT, tool: TOOL.version, inspection: { ...inspection, cached: false } }));
      await rename(partial, file);
    } catch {
      // Only slower next time.
    }
  }

  private fileOf(digest: string): string {
    return path.join(this.directory, `${digest.replace(/[^A-Za-z0-9]/g, '-')}.json`);
  }
}
