import fc from 'fast-check';
import { dockerfileFixtureTexts } from './fixture-text.js';
import { parseDockerfileSyntax, type DockerInstruction } from '../../src/extract/dockerfile-syntax.js';

/** An instruction the pre-filter passed over: nothing but its keyword and place (its own test compares those). */
function isBare(instruction: DockerInstruction): boolean {
  return instruction.shellText === null && instruction.execForm === null && instruction.flags.length === 0 && instruction.properties.length === 0;
}

/** The instructions as read with the shortcuts and as dockerfile-ast reads them, but those passed over. */
function bothReadings(text: string): [DockerInstruction[], DockerInstruction[]] {
  const fast = [...parseDockerfileSyntax(text).instructions()];
  const parsed = [...parseDockerfileSyntax(text, undefined, { parserOnly: true }).instructions()];
  expect(fast.map((instruction) => [instruction.keyword, instruction.range.start.line])).toEqual(parsed.map((instruction) => [instruction.keyword, instruction.range.start.line]));
  const kept = fast.map((instruction) => !isBare(instruction) || !['RUN', 'CMD', 'ENTRYPOINT'].includes(instruction.keyword));
  return [fast.filter((_, index) => kept[index]), parsed.filter((_, index) => kept[index])];
}

const KEYWORDS = ['FROM', 'ARG', 'ENV', 'RUN', 'COPY', 'ADD', 'CMD', 'ENTRYPOINT', 'from', 'Arg', 'LABEL', 'ONBUILD'];
const ATOMS = [
  'golang:1.21', 'AS', 'build', 'scratch', 'V', 'V=v0.20.0', 'A_1=${V}', 'B=$V', 'C=', '=x', '1V=x', 'V==x', 'go', 'get', 'k8s.io/client-go@${V}',
  '--platform=linux/amd64', '--platform=$BUILDPLATFORM', '--from=build', '--from=', '--chown=1:1', '--mount=type=bind,source=.', '--link', '-x', '--',
  '.', '/src', 'https://dl.k8s.io/v1.20.0/bin/linux/amd64/kubectl', 'git', 'clone', '&&', ';', '$(x)', '`x`', '${A:-b}', '"', "'", '\\', '#', '[', ']',
  '<<EOF', 'é', '\u00a0', '\f', '\v', 'kubectl', 'proxy',
];

describe('instructions read without dockerfile-ast', () => {
  it('are read as dockerfile-ast reads them, on every fixture', () => {
    for (const [fast, parsed] of dockerfileFixtureTexts().map((text) => bothReadings(text))) expect(fast).toEqual(parsed);
  });

  it('are read as dockerfile-ast reads them, on generated lines', () => {
    const line = fc.tuple(
      fc.constantFrom('', ' ', '\t'),
      fc.constantFrom(...KEYWORDS),
      fc.array(fc.constantFrom(...ATOMS), { maxLength: 6 }),
      fc.constantFrom(' ', '  ', '\t', ' \t'),
      fc.constantFrom('', ' ', '\t'),
    );
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n', '\r'), (lines, lineBreak) => {
        const text = lines.map(([indent, keyword, words, gap, trailing]) => `${indent}${keyword} ${words.join(gap)}${trailing}`).join(lineBreak);
        const [fast, parsed] = bothReadings(text);
        expect([text, fast]).toEqual([text, parsed]);
      }),
      { numRuns: 1500, seed: 7 },
    );
  });
});
