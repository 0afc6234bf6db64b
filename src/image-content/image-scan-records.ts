import type { Readable } from 'node:stream';
import type { GoBuildInfo, GoModuleRecord } from '../extract/go-build-info/build-info-records.js';

/** One layer blob of an image, as the registry client hands it over: bottom layer first. */
export interface ImageLayer {
  digest: string;
  mediaType: string;
  /** Opens the blob (compressed as stored); called at most once, and only for a layer that is read. */
  open(): Promise<NodeJS.ReadableStream | Readable>;
}

export interface ImageScanOptions {
  /** Executables are spooled here one at a time (and deleted at once) so their build info can be read. */
  temporaryDirectory: string;
  /** Bigger executables are skipped with a problem. Default 512 MiB. */
  maxBinaryBytes?: number;
  /** Cap on the blob bytes (as stored, before decompression) read from all layers together. Default 8 GiB. */
  maxTotalBytes?: number;
  signal?: AbortSignal;
}

/** A Go binary present in the image's final filesystem. */
export interface ImageBinary {
  /** Absolute in the image, e.g. /usr/local/bin/controller. */
  path: string;
  /** The layer that wrote the file (or the hardlink to it). */
  layerDigest: string;
  buildInfo: GoBuildInfo;
  clientGo: GoModuleRecord | null;
}

/** Why part of the image could not be read; path null for a whole layer, layerDigest null for the whole scan. */
export interface ImageProblem {
  layerDigest: string | null;
  path: string | null;
  message: string;
}

export interface ImageScanResult {
  /** Sorted by path. */
  binaries: ImageBinary[];
  problems: ImageProblem[];
  /** Executable regular files looked at (the first bytes at least), Go or not. */
  filesExamined: number;
  /** Blob bytes (as stored, before decompression) read from all layers. */
  bytesRead: number;
}
