import { parseLocatedJson, type JsonNode } from '../../src/extract/located-json.js';

function root(text: string): JsonNode {
  const parsed = parseLocatedJson(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.root;
}

describe('parseLocatedJson', () => {
  it('keeps the offsets of every value, end exclusive', () => {
    const node = root(' {"a": ["x", 1.5e3, true, null], "b": {}}');
    expect(node).toMatchObject({ kind: 'object', start: 1, end: 41 });
    if (node.kind !== 'object') throw new Error('not an object');
    expect(node.members.map((member) => [member.key, member.keyStart, member.value.kind, member.value.start, member.value.end])).toEqual([
      ['a', 2, 'array', 7, 31],
      ['b', 33, 'object', 38, 40],
    ]);
  });

  it('decodes escapes and surrogate pairs as JSON.parse does', () => {
    const text = '"tab\\t quote\\" slash\\/ \\u00e9 \\ud83d\\ude00"';
    expect(root(text)).toEqual({ kind: 'string', value: JSON.parse(text) as string, start: 0, end: text.length });
  });

  it.each([
    ['', 0, 'the text ends where a value should be'],
    ['{"a" 1}', 5, 'expected ":"'],
    ['{"a": 1,}', 8, 'expected a quoted key'],
    ['[1 2]', 3, 'expected ","'],
    ['"open', 0, 'a string is not closed'],
    ['"bad \\x"', 5, 'invalid escape \\x'],
    ['"line\nbreak"', 5, 'a control character inside a string'],
    ['{} {}', 3, 'unexpected text after the JSON value'],
    ['nope', 0, 'expected a value'],
  ])('reports %j as invalid at offset %d: %s', (text, offset, reason) => {
    expect(parseLocatedJson(text)).toEqual({ ok: false, offset, reason });
  });

  it('refuses hostile nesting with a reason instead of exhausting the stack', () => {
    const parsed = parseLocatedJson('['.repeat(100_000));
    expect(parsed).toMatchObject({ ok: false, reason: 'nested deeper than 256 levels' });
  });
});
