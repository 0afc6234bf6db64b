import { randomBytes } from 'node:crypto';
import { rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes `text` to `file` whole or not at all: into a new file beside it, renamed over `file` once every
 * byte is written, and removed when a write fails (ENOSPC, EFBIG, EIO). A full disk therefore leaves no
 * 0-byte or cut-off report for a later step to upload as if it were the report; an older file at `file`
 * stays as it was. A target that exists and is not a regular file (`/dev/stdout`, a FIFO) is written
 * directly, since renaming over it would replace the device rather than write to it.
 */
export async function writeFileWhole(file: string, text: string): Promise<void> {
  const existing = await stat(file).catch(() => null);
  if (existing && !existing.isFile()) {
    await writeFile(file, text);
    return;
  }
  // Same directory, so the rename stays on one file system; 'wx' so nothing already there is written through.
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}
