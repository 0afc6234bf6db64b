import type { GoBuildInfoFailureReason } from './build-info-records.js';

/**
 * Why reading stopped, raised deep inside a format reader and turned into a GoBuildInfoFailure by
 * readGoBuildInfo, so it never leaves this directory. Every one of the many offset and size fields of an
 * executable can be wrong, and threading a result through each read would bury the formats in checks.
 */
export class BuildInfoProblem extends Error {
  constructor(
    readonly reason: GoBuildInfoFailureReason,
    message: string,
  ) {
    super(message);
    this.name = 'BuildInfoProblem';
  }
}

export function truncated(message: string): BuildInfoProblem {
  return new BuildInfoProblem('truncated', message);
}

export function malformed(message: string): BuildInfoProblem {
  return new BuildInfoProblem('malformed', message);
}
