import {
  encodeUriPath,
  escapeMarkdownText,
  escapeTerminalText,
  escapeWorkflowCommandData,
  escapeWorkflowCommandProperty,
  markdownCodeSpan,
  markdownWithCodeSpans,
  revealControlCharacters,
} from '../../src/report/escape.js';
import { activeControlCharactersIn, HOSTILE_FILE, HOSTILE_VERSION } from './sample-reports.js';
import { parseWorkflowCommand, runnerUnescape } from './workflow-command-parser.js';

const HOSTILE_INPUTS = [
  '::set-output name=x::y',
  '%0A::error::pwn',
  'line\n::error::pwn',
  'line\r\n::warning file=a::b',
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '[x](javascript:alert(1))',
  '![x](https://evil.example/x.png)',
  '@org/team and @user',
  '`a`b`',
  '| a | b |',
  '*bold* _em_ ~~strike~~ $x$',
  '# heading',
  '- list item',
  '1. ordered',
  '> quote',
  '&lt;img&gt; &#64;user',
  'https://evil.example/path www.evil.example',
  'fixes #12 and org/repo#34',
  '\\|\\',
  '\u001b[2J\u001b]8;;https://evil.example\u0007link\u202Ereversed',
  HOSTILE_FILE,
  HOSTILE_VERSION,
];

describe('workflow command escaping', () => {
  it('keeps a literal %0A literal instead of letting the runner turn it into a new line', () => {
    expect(escapeWorkflowCommandData('%0A::error::pwn')).toBe('%250A::error::pwn');
    expect(runnerUnescape(escapeWorkflowCommandData('%0A::error::pwn'))).toBe('%0A::error::pwn');
  });

  it('never lets a line break through, so no second command can start', () => {
    for (const input of HOSTILE_INPUTS) {
      expect(escapeWorkflowCommandData(input)).not.toMatch(/[\r\n\u2028\u2029\u0085]/);
      expect(escapeWorkflowCommandProperty(input)).not.toMatch(/[\r\n\u2028\u2029\u0085]/);
    }
    expect(escapeWorkflowCommandData('a\r\nb')).toBe('a%0D%0Ab');
  });

  it('escapes : and , in properties so a value cannot end the property list or the command', () => {
    expect(escapeWorkflowCommandProperty('a:b,c::d%')).toBe('a%3Ab%2Cc%3A%3Ad%25');
    expect(escapeWorkflowCommandData('a:b,c')).toBe('a:b,c');
  });

  it('reads back exactly what was written, for every hostile input, through the runner parser', () => {
    for (const input of HOSTILE_INPUTS.map(revealControlCharacters)) {
      const line = `::error file=${escapeWorkflowCommandProperty(input)},title=${escapeWorkflowCommandProperty(input)}::${escapeWorkflowCommandData(input)}`;
      expect(line.split('\n')).toHaveLength(1);
      const parsed = parseWorkflowCommand(line);
      expect(parsed.name).toBe('error');
      expect(parsed.properties).toEqual({ file: input, title: input });
      expect(parsed.data).toBe(input);
    }
  });

  it('shows control characters instead of passing them to the log', () => {
    expect(escapeWorkflowCommandData('\u001b[31mred')).toBe('\\x1B[31mred');
  });
});

/** Removes what the escaper inserts (backslash escapes, zero-width joiners) to see what would be active. */
function activeMarkdown(escaped: string): string {
  return escaped.replace(/\\[\s\S]/g, '').replace(/&#8205;/g, '');
}

describe('escapeMarkdownText', () => {
  it('leaves no Markdown, HTML or table syntax active, and stays on one line', () => {
    for (const input of HOSTILE_INPUTS) {
      const escaped = escapeMarkdownText(input);
      expect(activeMarkdown(escaped)).not.toMatch(/[`*_[\]()<>#!~|&$\\{}]/);
      expect(escaped).not.toMatch(/[\r\n\u2028\u2029\u0085]/);
      expect(activeControlCharactersIn(escaped)).toEqual([]);
    }
  });

  it('escapes HTML and links literally', () => {
    expect(escapeMarkdownText('<img src=x onerror=alert(1)>')).toBe('\\<img src=x onerror=alert\\(1\\)\\>');
    expect(escapeMarkdownText('[x](javascript:alert(1))')).toBe('\\[x\\]\\(javascript:alert\\(1\\)\\)');
    expect(escapeMarkdownText('&lt;b&gt;')).toBe('\\&lt;b\\&gt;');
  });

  it('breaks mentions, issue references and bare URLs with a zero-width joiner', () => {
    expect(escapeMarkdownText('@org/team')).toBe('@&#8205;org/team');
    expect(escapeMarkdownText('me@example.com')).toBe('me@&#8205;example.com');
    expect(escapeMarkdownText('see #12')).toBe('see \\#&#8205;12');
    expect(escapeMarkdownText('https://evil.example')).toBe('https:&#8205;//evil.example');
    expect(escapeMarkdownText('WWW.evil.example')).toBe('WWW&#8205;.evil.example');
  });

  it('escapes pipes and backticks for table cells', () => {
    expect(escapeMarkdownText('a|b')).toBe('a\\|b');
    expect(escapeMarkdownText('`a`b`')).toBe('\\`a\\`b\\`');
    expect(escapeMarkdownText('\\|')).toBe('\\\\\\|');
  });

  it('turns line breaks and tabs into spaces', () => {
    expect(escapeMarkdownText('a\nb\r\nc\rd\u2028e\tf')).toBe('a b c d e f');
  });

  it('neutralises block markers at the start', () => {
    expect(escapeMarkdownText('- item')).toBe('\\- item');
    expect(escapeMarkdownText('+ item')).toBe('\\+ item');
    expect(escapeMarkdownText('=====')).toBe('\\=====');
    expect(escapeMarkdownText('12. item')).toBe('12\\. item');
    expect(escapeMarkdownText('# title')).toBe('\\# title');
    expect(escapeMarkdownText('--')).toBe('\\--');
    expect(escapeMarkdownText('1.')).toBe('1\\.');
    expect(escapeMarkdownText('v1.2.3-rc.1')).toBe('v1.2.3-rc.1');
    expect(escapeMarkdownText('1.14.0')).toBe('1.14.0');
    expect(escapeMarkdownText('-v2')).toBe('-v2');
  });
});

describe('markdownCodeSpan', () => {
  it('wraps plain text in single backticks', () => {
    expect(markdownCodeSpan('go.mod')).toBe('`go.mod`');
  });

  it('uses a longer fence than any backtick run inside, padding where CommonMark would strip', () => {
    expect(markdownCodeSpan('a`b')).toBe('``a`b``');
    expect(markdownCodeSpan('`a`b`')).toBe('`` `a`b` ``');
    expect(markdownCodeSpan('x``y```z')).toBe('````x``y```z````');
    expect(markdownCodeSpan(' a ')).toBe('`  a  `');
  });

  it('escapes pipes only inside tables', () => {
    expect(markdownCodeSpan('a|b', { inTable: true })).toBe('`a\\|b`');
    expect(markdownCodeSpan('a|b')).toBe('`a|b`');
    expect(markdownCodeSpan('a\\|b', { inTable: true })).toBe('`a\\\\|b`');
  });

  it('keeps hostile text on one line and inside the span', () => {
    for (const input of HOSTILE_INPUTS) {
      const span = markdownCodeSpan(input, { inTable: true });
      expect(span).not.toContain('\n');
      expect(activeControlCharactersIn(span)).toEqual([]);
      expect(span).not.toMatch(/(?<!\\)\|/);
      const fence = /^`+/.exec(span)?.[0] ?? '';
      const content = span.slice(fence.length, span.length - fence.length);
      expect(span.endsWith(fence)).toBe(true);
      expect([...content.matchAll(/`+/g)].every((run) => run[0].length !== fence.length)).toBe(true);
    }
  });

  it('returns nothing for empty text, which no code span can hold', () => {
    expect(markdownCodeSpan('')).toBe('');
  });
});

describe('markdownWithCodeSpans', () => {
  it('renders backticked parts as code and the rest as escaped text', () => {
    expect(markdownWithCodeSpans('Run `go get k8s.io/client-go@v0.15.7` for @team')).toBe(
      'Run `go get k8s.io/client-go@v0.15.7` for @&#8205;team',
    );
  });

  it('treats an unclosed backtick as text', () => {
    expect(markdownWithCodeSpans('a `b|c', { inTable: true })).toBe('a \\`b\\|c');
  });

  it('shows an empty pair of backticks rather than dropping it', () => {
    expect(markdownWithCodeSpans('a``b')).toBe('a\\`\\`b');
  });

  it('lets nothing through when the backticks come from a hostile repository', () => {
    const rendered = markdownWithCodeSpans('`a`b` <img src=x> `|` [x](javascript:y)', { inTable: true });
    // Pairs toggle code on and off; the odd backtick out is shown as text.
    expect(rendered).toBe('`a`b`  <img src=x>  `\\|\\` \\[x\\]\\(javascript:y\\)');
    expect(rendered).not.toMatch(/(?<!\\)\|/);
  });
});

describe('encodeUriPath', () => {
  it('percent-encodes each segment and keeps the slashes', () => {
    expect(encodeUriPath(HOSTILE_FILE)).toBe('evil%7Cdir/%3Cimg%20src%3Dx%3E/go.mod');
    expect(encodeUriPath("a (1)/b's*~!")).toBe('a%20%281%29/b%27s%2A%7E%21');
  });
});

describe('escapeTerminalText', () => {
  it('shows escape sequences and bidi overrides instead of letting them act', () => {
    expect(escapeTerminalText('\u001b[2Jgone\u202Eesrever')).toBe('\\x1B[2Jgone\\u202Eesrever');
    expect(escapeTerminalText('\u009b31m')).toBe('\\x9B31m');
  });

  it('keeps a value on its line', () => {
    expect(escapeTerminalText('a\nfake finding\r\nb\u2028c')).toBe('a\\nfake finding\\r\\nb\\u2028c');
  });

  it('leaves ordinary text and tabs alone', () => {
    expect(escapeTerminalText('k8s.io/client-go v0.15.7 → ok\t✓')).toBe('k8s.io/client-go v0.15.7 → ok\t✓');
  });
});
