import { parseGoModSyntax } from '../../src/extract/go-mod-syntax.js';
import { spanAt } from './fixture-text.js';

function argTexts(text: string): string[][] {
  return parseGoModSyntax(text).statements.map((statement) => [statement.verb, ...statement.args.map((arg) => `${arg.kind}:${arg.text}`)]);
}

describe('parseGoModSyntax', () => {
  it('turns block entries into statements of the block verb, remembering the opening line', () => {
    const syntax = parseGoModSyntax('require (\n\ta v1 // indirect\n\n\t// a comment line\n\tb v2\n)\n');
    expect(syntax.statements.map((s) => [s.verb, s.line, s.blockLine, s.comment])).toEqual([
      ['require', 2, 1, ' indirect'],
      ['require', 5, 1, null],
    ]);
    expect(syntax.statements[0]?.verbSpan).toEqual(spanAt(1, 1, 7));
    expect(syntax.skipped).toEqual([]);
  });

  it('keeps the exact span of every token, quotes included', () => {
    const [statement] = parseGoModSyntax('replace  "a b"\t=> `c`  v1.0.0 // note').statements;
    expect(statement?.args).toEqual([
      { kind: 'value', text: 'a b', span: spanAt(1, 10, 5), quoted: true },
      { kind: 'arrow', text: '=>', span: spanAt(1, 16, 2), quoted: false },
      { kind: 'value', text: 'c', span: spanAt(1, 19, 3), quoted: true },
      { kind: 'value', text: 'v1.0.0', span: spanAt(1, 24, 6), quoted: false },
    ]);
    expect(statement?.comment).toBe(' note');
  });

  it('counts columns in UTF-16 code units', () => {
    const [statement] = parseGoModSyntax('require "é/😀" v1.0.0').statements;
    // é is one code unit and 😀 two, so the quoted path takes 6 columns.
    expect(statement?.args[1]?.span).toEqual(spanAt(1, 16, 6));
  });

  it('decodes Go escapes in interpreted strings and leaves raw strings alone', () => {
    expect(argTexts('x "a\\x2fb\\u00e9\\101\\"\\\\" `c\\d`')).toEqual([['x', 'value:a/béA"\\', 'value:c\\d']]);
  });

  it('splits => and parentheses from words, and ends a word at //', () => {
    expect(argTexts('replace a=>b v1//comment')).toEqual([['replace', 'value:a', 'arrow:=>', 'value:b', 'value:v1']]);
    expect(parseGoModSyntax('require(\na v1\n)').statements.map((s) => s.blockLine)).toEqual([1]);
  });

  it('keeps a retract range as plain values', () => {
    expect(argTexts('retract [v1.0.0, v1.0.5] // broken')).toEqual([['retract', 'value:[v1.0.0,', 'value:v1.0.5]']]);
  });

  it('treats a lone carriage return inside a line as whitespace', () => {
    expect(argTexts('go\r1.21\r\n')).toEqual([['go', 'value:1.21']]);
  });

  it('skips lines it cannot read, with the column of the fault', () => {
    const syntax = parseGoModSyntax('x "bad\\q"\nx `open\nx "\\xZZ"\n"quoted" verb\n');
    expect(syntax.statements).toEqual([]);
    expect(syntax.skipped).toEqual([
      { line: 1, reason: 'unknown escape \\q at column 7' },
      { line: 2, reason: 'raw string opened at column 3 is not closed on its line' },
      { line: 3, reason: 'invalid escape at column 4' },
      { line: 4, reason: 'the quoted string at column 1 is not a directive keyword' },
    ]);
  });

  it('never throws on arbitrary input', () => {
    let seed = 7;
    const alphabet = 'ab v1.0 ()=>"`\\/\t\r\n\u0000é😀[],;';
    for (let round = 0; round < 200; round += 1) {
      let text = '';
      for (let index = 0; index < 200; index += 1) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += [...alphabet][seed % [...alphabet].length];
      }
      expect(() => parseGoModSyntax(text)).not.toThrow();
    }
  });
});
