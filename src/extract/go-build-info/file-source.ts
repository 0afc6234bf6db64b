import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import type { RandomAccessFile } from './random-access-file.js';

/** A file on disk open for reading ranges; close it when done. */
export interface FileSource extends RandomAccessFile {
  close(): Promise<void>;
}

/** Opens `filePath` for range reads: only the bytes asked for are read, never the whole file. */
export async function openFileSource(filePath: string): Promise<FileSource> {
  // O_NONBLOCK: a FIFO put where a binary was found must not hold the open; it is refused just below.
  const handle = await open(filePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new Error(`${filePath} is not a regular file`);
    const { size } = stats;
    return { size, read: (offset, length) => readRange(handle, size, offset, length), close: () => handle.close() };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

async function readRange(handle: FileHandle, size: number, offset: number, length: number): Promise<Uint8Array> {
  if (offset < 0 || offset >= size) return new Uint8Array(0);
  const wanted = Math.max(0, Math.min(length, size - offset));
  const buffer = new Uint8Array(wanted);
  let filled = 0;
  // A read may return fewer bytes than asked (a file being written, a pipe-backed mount); ask again.
  while (filled < wanted) {
    const { bytesRead } = await handle.read(buffer, filled, wanted - filled, offset + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled === wanted ? buffer : buffer.subarray(0, filled);
}
