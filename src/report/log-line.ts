import { escapeTerminalText } from './escape.js';

/**
 * The one shape of a line that reaches a log: the action's standard output, the CLI's standard output
 * and standard error. The Actions runner reads each of them line by line (a line ends at \n, \r or \r\n)
 * and takes a line as a workflow command in two ways (ActionCommand.TryParseV2, then TryParse):
 *   - `::name …::data` when the line, after leading white space, starts with `::`;
 *   - `##[name …]data` when `##[` appears anywhere in the line, with no line break needed.
 * Both match the registered names (error, add-mask, stop-commands, …) without regard to case. Repository
 * and API text can hold either, and terminal escapes besides, so every such line passes through logLine.
 *
 * A `::warning::` or `::error::` line that @actions/core writes is parsed as that command first, and the
 * `##[` syntax is then not tried: core's own commands need only their data escaped (core does % CR LF,
 * and : , in properties), which is why messages for them go through escapeTerminalText, not logLine.
 */

export interface LogLineOptions {
  /**
   * Keep SGR colour sequences (ESC [ … m), which the text renderer adds when colour is asked for. Every
   * renderer has already shown the escapes in repository text visibly, so the only ones left are its own.
   */
  keepColour?: boolean;
}

// eslint-disable-next-line no-control-regex -- the SGR sequences the text renderer writes
const SGR_SEQUENCE = /(\u001b\[[0-9;]*m)/;

/**
 * `##[` written with its second `#` as `\x23`, the escape revealControlCharacters uses: still readable,
 * and no longer the runner's prefix.
 */
const OLD_COMMAND_PREFIX = /##\[/g;
const SHOWN_OLD_COMMAND_PREFIX = '#\\x23[';

/**
 * `::` after leading white space (the runner trims .NET white space, which \s and U+0085 cover) opens a
 * command; its first `:` is shown as `\x3A`. `::` further into the line opens nothing.
 */
const LEADING_COMMAND_KEY = /^([\s\u0085]*):(?=:)/;

/**
 * One log line: control characters, ANSI escapes, line and paragraph separators and bidi controls
 * shown as visible escapes (`\n`, `\x1B`, `\u202E`), and neither runner command syntax left active.
 * Idempotent, so text a renderer escaped already passes through unchanged.
 */
export function logLine(text: string, options: LogLineOptions = {}): string {
  const shown = options.keepColour ? text.split(SGR_SEQUENCE).map((part, index) => (index % 2 === 1 ? part : escapeTerminalText(part))).join('') : escapeTerminalText(text);
  return shown.replace(OLD_COMMAND_PREFIX, SHOWN_OLD_COMMAND_PREFIX).replace(LEADING_COMMAND_KEY, '$1\\x3A');
}

/** Several lines (a rendered report, the usage text): each line through logLine, the line breaks kept. */
export function logLines(text: string, options: LogLineOptions = {}): string {
  return text
    .split('\n')
    .map((line) => logLine(line, options))
    .join('\n');
}

/**
 * Characters JSON.stringify leaves raw inside strings that a terminal or the runner could act on: DEL,
 * C1 controls, line and paragraph separators, bidi controls, and the `#` that would complete `##[`.
 */
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]|(?<=#)#(?=\[)/g;

/**
 * JSON printed to a log stays the same JSON: what could act is written as a `\uXXXX` escape, which
 * parses back to the same value. These characters can only stand inside strings, so nothing else
 * changes. A line of JSON.stringify output never starts with `::` (compact output is one line starting
 * with `{`; pretty-printed lines start with indentation, then a quote, bracket, brace or a literal).
 */
export function jsonForLog(jsonText: string): string {
  return jsonText.replace(JSON_UNSAFE, (character) => `\\u${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}
