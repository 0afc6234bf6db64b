import { SettingsError } from './settings-error.js';

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const WHITESPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f]/;

/**
 * A branch, tag or commit name that may become a git argument: git would read a leading '-' as an
 * option, and no real ref name holds whitespace or control characters.
 */
export function isSafeRevision(revision: string): boolean {
  return revision !== '' && !revision.startsWith('-') && !WHITESPACE_OR_CONTROL.test(revision) && revision.length <= 256;
}

/** base-ref / --base: a branch, tag or commit name as git takes it; null when not given. */
export function parseBaseRef(name: string, raw: string): string | null {
  const value = raw.trim();
  if (value === '') return null;
  if (!isSafeRevision(value)) throw new SettingsError(name, raw, 'a branch, tag or commit, e.g. main, origin/main or a commit SHA (no spaces, not starting with "-")');
  return value;
}
