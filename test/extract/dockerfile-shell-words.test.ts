import { logicalTextOf } from '../../src/extract/dockerfile-logical-text.js';
import { lexWords, type LexMode, type WordPart } from '../../src/extract/dockerfile-shell-words.js';

/** The text as one logical text (newlines stand for heredoc line breaks), column = index. */
function lex(text: string, mode: LexMode = 'shell', escape = '\\') {
  const source = logicalTextOf(text, 0, (index) => index);
  return { source, ...lexWords(source, mode, escape) };
}

const describePart = (part: WordPart): string =>
  part.kind === 'literal' ? part.text : part.kind === 'parameter' ? `{${part.name}${part.operator ?? ''}${part.argument.map(describePart).join('')}}` : '<dynamic>';

const words = (text: string, mode: LexMode = 'shell') => lex(text, mode).commands.map((command) => command.words.map((word) => word.parts.map(describePart).join('')));

describe('lexWords', () => {
  it('splits commands on ; && || | and newlines, removes quotes, keeps expansions as parts', () => {
    expect(words(`a "b c" 'd $e' f\\ g; h && i || j | k\nl $m "\${n:-o p}"`)).toEqual([
      ['a', 'b c', 'd $e', 'f g'],
      ['h'],
      ['i'],
      ['j'],
      ['k'],
      ['l', '{m}', '{n:-o p}'],
    ]);
  });

  it('keeps $(…), backquotes and special parameters whole, as dynamic parts', () => {
    expect(words('v=$(curl -s https://x/stable.txt) `date` $1 ${#x}')).toEqual([['v=<dynamic>', '<dynamic>', '<dynamic>', '<dynamic>']]);
  });

  it('drops shell comments but not a # inside a word', () => {
    expect(words('echo a#b # comment here\nnext')).toEqual([['echo', 'a#b'], ['next']]);
  });

  it('maps every literal character back to its column, across a removed quote', () => {
    const { commands } = lex('go get "k8s.io/client-go@v1"');
    const part = commands[0]?.words[2]?.parts[0];
    expect(part?.kind === 'literal' && [part.indices[0], part.indices.at(-1)]).toEqual([8, 26]);
  });

  it('in docker words mode, ; and & are text and the escape character is the directive\'s', () => {
    expect(words('a;b c&d', 'words')).toEqual([['a;b', 'c&d']]);
    expect(lex('C:\\path `$x', 'words', '`').commands[0]?.words.map((word) => word.parts.map(describePart).join(''))).toEqual(['C:\\path', '$x']);
  });

  it('in value mode, whitespace is part of the one word', () => {
    expect(words('a b  "c"', 'value')).toEqual([['a b  c']]);
  });

  it('says once where an unterminated quote or substitution starts, and still returns the words', () => {
    const result = lex('echo "abc $(x');
    expect(result.problem).toEqual({ index: 10, message: 'unterminated $(' });
    expect(result.commands[0]?.words).toHaveLength(2);
    expect(lex("echo 'abc").problem).toEqual({ index: 5, message: 'unterminated single quote' });
  });
});
