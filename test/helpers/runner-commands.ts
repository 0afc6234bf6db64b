/**
 * What the Actions runner takes as a workflow command in one line of output, modelled on
 * actions/runner's ActionCommandManager.TryProcessCommand: ActionCommand.TryParseV2 (`::name …::data`
 * once leading white space is trimmed), and when that finds no registered command, ActionCommand.TryParse
 * (`##[name …]data` anywhere in the line). Names are matched without regard to case.
 */

/** The runner's registered command names (ActionCommandManager and its extensions). */
const REGISTERED = new Set(['stop-commands', 'set-env', 'set-output', 'save-state', 'add-mask', 'add-path', 'add-matcher', 'remove-matcher', 'debug', 'warning', 'error', 'notice', 'group', 'endgroup', 'echo']);

export interface RunnerCommand {
  syntax: '::' | '##[';
  name: string;
  data: string;
}

/** The command the runner would run for this line, or null. */
export function runnerCommandIn(line: string): RunnerCommand | null {
  return newSyntax(line) ?? oldSyntax(line);
}

function newSyntax(line: string): RunnerCommand | null {
  const trimmed = line.replace(/^[\s\u0085]+/, '');
  if (!trimmed.startsWith('::')) return null;
  const end = trimmed.indexOf('::', 2);
  if (end < 0) return null;
  const name = trimmed.slice(2, end).split(' ')[0] ?? '';
  return REGISTERED.has(name.toLowerCase()) ? { syntax: '::', name: name.toLowerCase(), data: trimmed.slice(end + 2) } : null;
}

function oldSyntax(line: string): RunnerCommand | null {
  const prefix = line.indexOf('##[');
  if (prefix < 0) return null;
  const end = line.indexOf(']', prefix);
  if (end < 0) return null;
  const name = line.slice(prefix + 3, end).split(' ')[0] ?? '';
  return REGISTERED.has(name.toLowerCase()) ? { syntax: '##[', name: name.toLowerCase(), data: line.slice(end + 1) } : null;
}

/**
 * The commands in `output` the code did not mean to write. Meant: what @actions/core writes for the
 * tool's own annotations and debug lines, `::name` at the very start of a line with a name in `intended`,
 * whose message does not start with `forgedMarker` (which only a hostile name can put there: a forged
 * line begins where the name's line break was). Everything else the runner would parse is forged.
 */
export function forgedRunnerCommands(output: string, intended: ReadonlySet<string> = new Set(), forgedMarker = 'forged'): string[] {
  return output
    .split(/\r\n|\r|\n/)
    .filter((line) => {
      const command = runnerCommandIn(line);
      if (command === null) return false;
      const meant = command.syntax === '::' && line.startsWith('::') && intended.has(command.name) && !command.data.startsWith(forgedMarker);
      return !meant;
    });
}

/** What @actions/core writes for the action's own annotations, failure message and debug lines. */
export const ACTION_COMMANDS: ReadonlySet<string> = new Set(['error', 'warning', 'notice', 'debug']);
