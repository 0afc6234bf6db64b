import { parseGoModSyntax, type GoModStatement } from '../../src/extract/go-mod-syntax.js';
import { spanAt } from './fixture-text.js';

interface Parsed {
  statements: GoModStatement[];
  blocks: string[][];
  faults: { line: number; reason: string }[];
}

function parse(text: string): Parsed {
  const parsed: Parsed = { statements: [], blocks: [], faults: [] };
  parseGoModSyntax(text, {
    statement: (statement) => parsed.statements.push(statement),
    block: (header) => parsed.blocks.push(header.map((token) => token.raw)),
    fault: (line, reason) => parsed.faults.push({ line, reason: reason() }),
  });
  return parsed;
}

function argTexts(text: string): string[][] {
  return parse(text).statements.map((statement) => [statement.verb, ...statement.args.map((arg) => `${arg.kind}:${arg.text}`)]);
}

describe('parseGoModSyntax (Go modfile read.go)', () => {
  it('turns block entries into statements of the block verb, remembering the opening line', () => {
    const syntax = parse('require (\n\ta v1 // indirect\n\n\t// a comment line\n\tb v2\n)\n');
    expect(syntax.statements.map((s) => [s.verb, s.line, s.blockLine, s.comment])).toEqual([
      ['require', 2, 1, ' indirect'],
      ['require', 5, 1, null],
    ]);
    expect(syntax.statements[0]?.verbSpan).toEqual(spanAt(1, 1, 7));
    expect(syntax.blocks).toEqual([['require']]);
    expect(syntax.faults).toEqual([]);
  });

  it('keeps the exact span of every token, quotes included, and the raw text', () => {
    const [statement] = parse('replace  "a b"\t=> `c`  v1.0.0 // note').statements;
    expect(statement?.args.map((arg) => [arg.kind, arg.text, arg.raw, arg.span, arg.stringError])).toEqual([
      ['value', 'a b', '"a b"', spanAt(1, 10, 5), null],
      ['arrow', '=>', '=>', spanAt(1, 16, 2), null],
      ['value', 'c', '`c`', spanAt(1, 19, 3), 'unquoted string cannot contain quote'],
      ['value', 'v1.0.0', 'v1.0.0', spanAt(1, 24, 6), null],
    ]);
    expect(statement?.comment).toBe(' note');
  });

  it('counts columns in UTF-16 code units', () => {
    const [statement] = parse('require "é/😀" v1.0.0').statements;
    expect(statement?.args[1]?.span).toEqual(spanAt(1, 16, 6));
  });

  it('decodes Go escapes in interpreted strings', () => {
    expect(argTexts('x "a\\x2fb\\u00e9\\101\\"\\\\"')).toEqual([['x', 'value:a/béA"\\']]);
  });

  it('cuts words as Go does: => only between spaces, ( ) [ ] { } , always, // ends a word', () => {
    expect(argTexts('replace a=>b v1//comment')).toEqual([['replace', 'value:a=>b', 'value:v1']]);
    expect(argTexts('retract [v1.0.0, v1.0.5] // broken')).toEqual([['retract', 'value:[', 'value:v1.0.0', 'value:,', 'value:v1.0.5', 'value:]']]);
    expect(parse('require(\na v1\n)').statements.map((s) => s.blockLine)).toEqual([1]);
  });

  it('treats a lone carriage return inside a line as whitespace', () => {
    expect(argTexts('go\r1.21\r\n')).toEqual([['go', 'value:1.21']]);
  });

  it('reports what Go refuses, at the line, and reads on at the next line', () => {
    const syntax = parse('x `open\nx "a\nx \u0001\n/* c */\nx a/*b\nok v1 // \u0001 \u0000 fine\n');
    expect(syntax.faults).toEqual([
      { line: 1, reason: 'unexpected newline in string at column 3' },
      { line: 2, reason: 'unexpected newline in string at column 3' },
      { line: 3, reason: 'unexpected input character U+0001 at column 3' },
      { line: 4, reason: 'mod files must use // comments (not /* */ comments) at column 1' },
      { line: 5, reason: 'mod files must use // comments (not /* */ comments) at column 3' },
    ]);
    expect(syntax.statements.map((s) => [s.verb, s.line, s.comment])).toEqual([['ok', 6, ' \u0001 \u0000 fine']]);
  });

  it('keeps the first tokens of a very long line and counts the rest', () => {
    const [statement] = parse(`require ${'a '.repeat(10_000)}\n`).statements;
    expect(statement?.args).toHaveLength(8);
    expect(statement?.argCount).toBe(10_000);
  });

  it('never throws on arbitrary input', () => {
    let seed = 7;
    const alphabet = [...'ab v1.0 ()=>"`\\/\t\r\n\u0000é😀[],;\ufeff'];
    for (let round = 0; round < 200; round += 1) {
      let text = '';
      for (let index = 0; index < 200; index += 1) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += alphabet[seed % alphabet.length];
      }
      expect(() => parse(text)).not.toThrow();
    }
  });
});
