import fc from 'fast-check';

/** Characters and pieces that have broken text readers before: controls, line endings, BOMs, lone surrogates. */
const NASTY_PIECES = [
  '\u0000', '\u0001', '\u0007', '\u000b', '\u000c', '\u001b[31m', '\u007f', '\u0085', '\u2028', '\u2029',
  '\r', '\n', '\r\n', '\n\r', '\t', ' ', '\uFEFF', '\uD800', '\uDC00', '\uD83D\uDE00', 'é', 'ü', '中', '\u202e',
  '"', "'", '`', '\\', '\\"', '\\u', '\\x', '\\777', '//', '/*', '*/', '#', '##', '=>', '=', '(', ')', '[', ']',
  '[[', ']]', '{', '}', ',', ':', '- ', '---', '&a', '*a', '!!str', '|', '>', '<<EOF', 'EOF', '${', '$', '@',
  '::error::x', '##[error]x', '%0A',
];

const HUGE_NUMBERS = ['9'.repeat(40), '18446744073709551616', '4294967296', '-1', '1e308', '0x7fffffff', '00000000000000000001', 'NaN', 'Infinity'];

export const nastyPiece: fc.Arbitrary<string> = fc.constantFrom(...NASTY_PIECES);
export const hugeNumber: fc.Arbitrary<string> = fc.oneof(fc.constantFrom(...HUGE_NUMBERS), fc.bigInt({ min: 0n, max: 10n ** 30n }).map(String));

/** Any text at all: every UTF-16 unit, lone surrogates included. */
export const anyText: fc.Arbitrary<string> = fc.string({ unit: 'binary', maxLength: 400 });

/** A version as manifests write it, good or bad. */
export const versionText: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.nat(40), fc.nat(40), fc.nat(40)).map(([a, b, c]) => `v${a}.${b}.${c}`),
  fc.constantFrom('v0.20.0', 'v11.0.0+incompatible', 'v0.0.0-20190620085101-78d2af792bab', 'v1.2.3-rc.1+meta', 'kubernetes-1.14.0', 'release-11.0', 'master', 'latest', 'v0.17', '~0.17', '^10.0.0', '>= 1.0.0, < 2.0.0', 'v', 'v.', 'v1..2', ''),
  hugeNumber.map((number) => `v${number}.0.0`),
  fc.stringMatching(/^[0-9a-f]{7,40}$/),
  fc.string({ maxLength: 12 }),
);

/** A module or import path, good or bad. */
export const modulePath: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('k8s.io/client-go', 'k8s.io/api', 'k8s.io/apimachinery', 'github.com/kubernetes/client-go', 'example.com/app', 'github.com/fork/client-go', 'k8s.io/client-go/rest', 'golang.org/x/net', './local', '../up', '/abs', 'C:\\dir', 'k8s.io/client-go/v2'),
  fc.stringMatching(/^[a-z0-9.-]{1,12}(\/[a-zA-Z0-9._~-]{1,10}){0,3}$/),
  fc.string({ maxLength: 16 }),
);

/** A run of text made of the pieces above and ordinary words. */
export const nastyRun: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 3, arbitrary: nastyPiece }, { weight: 2, arbitrary: fc.string({ maxLength: 8 }) }, { weight: 1, arbitrary: hugeNumber }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) }), { maxLength: 6 })
  .map((pieces) => pieces.join(''));

/** What a token is wrapped in: nothing, double quotes, backquotes, or a broken quote. */
export function quoted(token: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(token, fc.constantFrom('', '"', '`', "'", 'open"', 'close"')).map(([text, quote]) => {
    if (quote === 'open"') return `"${text}`;
    if (quote === 'close"') return `${text}"`;
    return `${quote}${text}${quote}`;
  });
}

/** A trailing comment in a format's comment syntax, sometimes with control bytes inside. */
export function trailingComment(marker: string): fc.Arbitrary<string> {
  return fc.option(fc.tuple(fc.constantFrom(' ', '\t', ''), nastyRun).map(([space, body]) => `${space}${marker}${body}`), { nil: '' });
}

/** Lines joined with random line endings, sometimes behind a BOM, sometimes without a final newline. */
export function joinedLines(lines: fc.Arbitrary<string[]>): fc.Arbitrary<string> {
  return fc
    .tuple(lines, fc.constantFrom('\n', '\r\n', '\r', 'mixed'), fc.boolean(), fc.boolean(), fc.infiniteStream(fc.constantFrom('\n', '\r\n', '\r', '\n\n')))
    .map(([parts, ending, bom, finalNewline, endings]) => {
      const text = parts.map((line) => `${line}${ending === 'mixed' ? endings.next().value : ending}`).join('');
      const body = finalNewline ? text : text.replace(/(\r\n|\r|\n)$/, '');
      return bom ? `\uFEFF${body}` : body;
    });
}

/** Indentation as people and tools write it. */
export const indentation: fc.Arbitrary<string> = fc.constantFrom('', ' ', '  ', '    ', '\t', '\t\t', ' \t');
