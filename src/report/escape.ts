/**
 * Escaping for text that comes from the scanned repository (paths, versions, module paths, and the
 * messages built from them). A pull request can put anything there, so every renderer sends repository
 * text through one of these before it reaches a workflow command, Markdown or a terminal.
 */

/** Every sequence a reader or a line-based parser could take as the end of a line. */
const LINE_BREAK = /\r\n|[\n\v\f\r\u0085\u2028\u2029]/g;

/**
 * Invisible characters that change what a reader sees without being visible themselves: C0/C1 controls
 * (ANSI escape sequences start with one) other than tab and line breaks, DEL, and the bidirectional
 * overrides and isolates used to make text read differently from how it parses ("Trojan Source").
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE_CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** U+200D ZERO WIDTH JOINER, written as an entity so golden files show where it was inserted. */
const ZERO_WIDTH_JOINER_ENTITY = '&#8205;';

/**
 * Shows each invisible control character as a visible escape (`\x1B`, `\u202E`) so it can neither act
 * on a terminal nor hide from a reviewer. Line breaks and tabs are left for each context to decide.
 */
export function revealControlCharacters(text: string): string {
  return text.replace(INVISIBLE_CONTROL, (character) => showCodeUnit(character.charCodeAt(0)));
}

function showCodeUnit(code: number): string {
  const hex = code.toString(16).toUpperCase();
  return code <= 0xff ? `\\x${hex.padStart(2, '0')}` : `\\u${hex.padStart(4, '0')}`;
}

// ---------------------------------------------------------------------------------------------------
// GitHub workflow commands: ::error file=…,line=…::message

/**
 * The message part of a workflow command. The runner reads one line per command and unescapes %25, %0D
 * and %0A after parsing, so escaping `%` first keeps a literal "%0A" in repository text literal.
 */
export function escapeWorkflowCommandData(text: string): string {
  return revealControlCharacters(text)
    .replace(/%/g, '%25')
    .replace(/\r/g, '%0D')
    .replace(/\n/g, '%0A')
    .replace(/[\v\f\u0085\u2028\u2029]/g, '%0A');
}

/** A property value (file=, title=): `:` and `,` would otherwise end the value or the property list. */
export function escapeWorkflowCommandProperty(text: string): string {
  return escapeWorkflowCommandData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

// ---------------------------------------------------------------------------------------------------
// Markdown (GitHub Flavored Markdown as rendered in job summaries)

/**
 * ASCII punctuation that can open a Markdown or HTML construct anywhere in a line: emphasis, code,
 * links and images, raw HTML, entities, strikethrough, table cells, math, footnotes. CommonMark renders
 * any backslash-escaped ASCII punctuation literally, and GFM tables accept `\|` inside a cell.
 */
const MARKDOWN_INLINE_SPECIAL = /[\\`*_[\]()<>#!~|&${}]/g;

/**
 * Plain text for a Markdown table cell or the middle of a line: everything renders literally, nothing
 * becomes a link, an image, HTML, a mention or an issue reference, and the text stays on one line.
 *
 * GitHub links @mentions, #123 references and bare URLs after rendering, on the HTML text, so backslash
 * escapes or entities do not stop them; a zero-width joiner inside the token does.
 */
export function escapeMarkdownText(text: string): string {
  const oneLine = revealControlCharacters(text.replace(LINE_BREAK, ' ').replace(/\t/g, ' '));
  const escaped = escapeLeadingBlockMarker(oneLine.replace(MARKDOWN_INLINE_SPECIAL, (character) => `\\${character}`));
  return breakAutoLinking(escaped);
}

/**
 * Text placed at the start of a line could otherwise open a list ("- ", "+ ", "1. "), a thematic
 * break or a setext heading underline ("---", "==="). "1.14.0" or "-v2" open nothing and stay as they are.
 */
function escapeLeadingBlockMarker(text: string): string {
  if (/^([-+=])(?=\s|$|\1)/.test(text)) return `\\${text}`;
  return text.replace(/^(\d{1,9})\.(?=\s|$)/, '$1\\.');
}

function breakAutoLinking(escapedText: string): string {
  return escapedText
    .replace(/@/g, `@${ZERO_WIDTH_JOINER_ENTITY}`)
    .replace(/\\#(?=\d)/g, `\\#${ZERO_WIDTH_JOINER_ENTITY}`)
    .replace(/:\/\//g, `:${ZERO_WIDTH_JOINER_ENTITY}//`)
    .replace(/\b(www)\./gi, `$1${ZERO_WIDTH_JOINER_ENTITY}.`);
}

export interface CodeSpanOptions {
  /** Inside a GFM table a `|` ends the cell even within backticks, unless written `\|`. */
  inTable?: boolean;
}

/**
 * A Markdown code span showing `text` literally. The fence is one backtick longer than the longest run
 * inside, and padded with a space where CommonMark would otherwise merge or strip characters.
 * Returns '' for empty text: an empty code span cannot be written.
 */
export function markdownCodeSpan(text: string, options: CodeSpanOptions = {}): string {
  const oneLine = revealControlCharacters(text.replace(LINE_BREAK, ' ').replace(/\t/g, ' '));
  const content = options.inTable ? oneLine.replace(/\|/g, '\\|') : oneLine;
  if (content === '') return '';
  const longestRun = [...content.matchAll(/`+/g)].reduce((longest, run) => Math.max(longest, run[0].length), 0);
  const fence = '`'.repeat(longestRun + 1);
  const needsPadding = content.startsWith('`') || content.endsWith('`') || (content.startsWith(' ') && content.endsWith(' '));
  const padding = needsPadding ? ' ' : '';
  return `${fence}${padding}${content}${padding}${fence}`;
}

/**
 * Text that marks code with backticks, as the scan's messages and fixes do ("Run `go get …`"): the
 * backticked parts become code spans and the rest plain escaped text. A stray backtick from the
 * repository can only move the boundary between the two, never let anything through unescaped.
 */
export function markdownWithCodeSpans(text: string, options: CodeSpanOptions = {}): string {
  const parts = text.split('`');
  // An odd backtick count leaves the last part unclosed; treat it as plain text.
  const closedCodeParts = parts.length % 2 === 1 ? parts.length : parts.length - 1;
  return parts
    .map((part, index) => {
      const isCode = index % 2 === 1 && index < closedCodeParts;
      if (!isCode) return escapeMarkdownText(index % 2 === 1 ? `\`${part}` : part);
      // "``" holds no code; show the two backticks rather than drop them.
      return markdownCodeSpan(part, options) || escapeMarkdownText('``');
    })
    .join('');
}

/**
 * A link destination built from trusted parts and untrusted path segments. Percent-encoding everything
 * outside the unreserved set keeps `)`, `|`, `<`, spaces and line breaks from ending the link or a cell.
 */
export function encodeUriPathSegment(segment: string): string {
  return encodeURIComponent(segment).replace(/[!'()*~]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A POSIX path for a URI: each segment encoded, the slashes kept. */
export function encodeUriPath(path: string): string {
  return path.split('/').map(encodeUriPathSegment).join('/');
}

// ---------------------------------------------------------------------------------------------------
// Terminals

/** Text for a terminal: no escape sequences, no line breaks that would fake another finding's line. */
export function escapeTerminalText(text: string): string {
  return revealControlCharacters(text).replace(/[\n\v\f\r\u0085\u2028\u2029]/g, showLineBreak);
}

function showLineBreak(character: string): string {
  if (character === '\n') return '\\n';
  if (character === '\r') return '\\r';
  return showCodeUnit(character.charCodeAt(0));
}
