/**
 * kubectl reads the token file at every start, so an old one only misses a rotated token when it keeps
 * running: `kubectl proxy`, `port-forward`, `attach`, `--watch`, `logs -f`. An image whose CMD or
 * ENTRYPOINT runs kubectl like that is judged like any other long-running program.
 */
import { programWords } from './dockerfile-command-words.js';
import type { ExpandedText } from './dockerfile-expansion.js';

const LONG_RUNNING_SUBCOMMANDS = new Set(['proxy', 'port-forward', 'attach']);
const WATCH_FLAGS = /^(?:-w|--watch|--watch-only)(?:=true)?$/;
const FOLLOW_FLAGS = /^(?:-f|--follow)(?:=true)?$/;

/** `kubectl proxy` style description of a long-running use, or null. */
export function longRunningKubectlUse(words: readonly ExpandedText[]): string | null {
  const program = programWords(words).map((word) => word.text);
  const start = program.findIndex((text) => text.slice(text.lastIndexOf('/') + 1) === 'kubectl');
  if (start === -1) return null;
  const rest = program.slice(start + 1);
  const subcommand = rest.find((text) => !text.startsWith('-'));
  if (subcommand && LONG_RUNNING_SUBCOMMANDS.has(subcommand)) return `kubectl ${subcommand}`;
  const watch = rest.find((text) => WATCH_FLAGS.test(text));
  if (watch) return `kubectl ${subcommand ?? ''} ${watch}`.replace(/ {2}/, ' ');
  if (subcommand === 'logs' && rest.some((text) => FOLLOW_FLAGS.test(text))) return 'kubectl logs -f';
  return null;
}
