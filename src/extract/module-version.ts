/**
 * The shape of a semantic version as Go's module tooling writes it (`v1.2.3`, pre-release and build
 * suffixes, and the `v1`/`v1.2` short forms Go also accepts). Machine-written files (go.sum,
 * vendor/modules.txt) only ever hold these, so anything else there is not a version.
 */
const MODULE_VERSION = /^v(0|[1-9]\d*)(\.(0|[1-9]\d*)){0,2}(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$/;

export function isModuleVersion(text: string): boolean {
  return MODULE_VERSION.test(text);
}
