import type { GoBuildInfo } from '../extract/go-build-info/build-info-records.js';

/** A Go binary found in an image: its path inside the image and its build info. */
export interface InspectedBinary {
  path: string;
  buildInfo: GoBuildInfo;
}

/** What was learned about one image reference; never thrown, so one bad image cannot stop a scan. */
export type ImageInspection =
  | {
      ok: true;
      reference: string;
      /** The digest of the platform image that was read (the cache key). */
      digest: string;
      /** os/architecture[/variant] of that image. */
      platform: string;
      binaries: InspectedBinary[];
      /** Parts of the image that could not be read (a layer, one file), as sentences. */
      problems: string[];
      /**
       * The problems about whole layers (cut short, wrong digest, unsupported, over the read budget): binaries in
       * them may be missing, so the image cannot be vouched for. Absent in cache entries, which never have any.
       */
      unreadLayers?: string[];
      /** True when the result came from the cache of an earlier inspection of the same digest. */
      cached: boolean;
    }
  | { ok: false; reference: string; reason: string };
