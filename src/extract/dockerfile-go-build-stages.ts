/**
 * What a build stage compiles from the build context: the paths it copies in (COPY/ADD without --from,
 * RUN --mount=type=bind) and the first `go build` (or `go install` of a local package) it runs. The
 * resolve stage matches the copied paths with the repository's go.mod files.
 */
import type { TextSpan } from '../model/location.js';
import { isProgram, programWords } from './dockerfile-command-words.js';
import type { ExpandedText } from './dockerfile-expansion.js';
import { useSpanAt } from './dockerfile-version-text.js';

/** The span of `go build` (or `go install`) when the command compiles local code, else null. */
export function goBuildSpan(words: readonly ExpandedText[]): { at: TextSpan; command: string } | null {
  const program = programWords(words);
  const [go, subcommand] = program;
  if (!go || !subcommand || !isProgram(go, 'go')) return null;
  if (subcommand.text !== 'build' && subcommand.text !== 'install') return null;
  // `go install path@version` builds a module from the proxy, not the copied go.mod.
  if (subcommand.text === 'install' && program.slice(2).some((word) => !word.text.startsWith('-') && word.text.includes('@'))) return null;
  const first = useSpanAt(go, 0, go.text.length);
  const last = useSpanAt(subcommand, 0, subcommand.text.length);
  return { at: { line: first.line, column: first.column, endLine: last.endLine, endColumn: last.endColumn }, command: `go ${subcommand.text}` };
}

/** COPY/ADD sources: every word but the destination; URLs and heredocs are not from the build context. */
export function contextSources(words: readonly ExpandedText[]): string[] {
  return words
    .slice(0, -1)
    .map((word) => word.text)
    .filter((text) => !text.includes('://') && !text.startsWith('<<') && !text.startsWith('git@'));
}

/** RUN --mount=type=bind[,source=DIR] without from= mounts the build context (the whole of it by default). */
export function boundContextSource(mount: string): string | null {
  const options = new Map(
    mount.split(',').map((option) => {
      const equals = option.indexOf('=');
      return equals === -1 ? [option.trim(), 'true'] : [option.slice(0, equals).trim(), option.slice(equals + 1).trim()];
    }),
  );
  if ((options.get('type') ?? 'bind') !== 'bind' || options.has('from')) return null;
  return options.get('source') ?? options.get('src') ?? '.';
}
