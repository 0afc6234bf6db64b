import fc from 'fast-check';
import { dockerfileFixtureTexts } from './fixture-text.js';
import { extractDockerfile } from '../../src/extract/dockerfile.js';
import { isInertInstruction } from '../../src/extract/dockerfile-inert-instructions.js';

/** The records with the pre-filter and with every instruction parsed: they must be the same. */
function bothReadings(text: string, buildArgs = new Map<string, string>()): [unknown, unknown] {
  return [extractDockerfile(text, { buildArgs }), extractDockerfile(text, { buildArgs, parserOnly: true })];
}

const HEAD = 'ARG G=v1.20.0\nFROM golang:1.21 AS build\nARG V=k8s.io/client-go@v0.20.0\nENV M=k8s.io/api@v0.20.0\nCOPY go.mod .\n';
/** Words the detectors look for, words they do not, and the characters that change how a line is read. */
const ATOMS = [
  'go', 'get', 'build', 'install', 'mod', 'edit', '-replace', 'k8s.io/client-go@v0.20.0', 'K8S.IO/client-go@v1', 'example.com/m@v1.0.0',
  'git', 'clone', 'checkout', 'v0.21.0', 'https://github.com/kubernetes/client-go', 'curl', '-o', 'https://dl.k8s.io/v1.20.0/bin/linux/amd64/kubectl',
  'kubectl', 'proxy', '--watch', 'apt-get', 'update', 'echo', 'make', '$V', '${V}', '$(go env GOPATH)', '`date`', '"', "'", '\\', '<<EOF',
  '--mount=type=bind', '&&', ';', '|', '#', '[', ']', 'sh', '-c', '=', 'V=1', 'export', 'true',
];
const KEYWORDS = ['RUN', 'CMD', 'ENTRYPOINT', 'run', 'RUN --mount=type=cache,target=/root/.cache'];

describe('instructions the pre-filter passes over', () => {
  it('give the same records as when they are parsed, on every fixture', () => {
    for (const [filtered, parsed] of dockerfileFixtureTexts().map((text) => bothReadings(text))) expect(filtered).toEqual(parsed);
  });

  it('give the same records as when they are parsed, on generated lines', () => {
    const line = fc.tuple(fc.constantFrom(...KEYWORDS), fc.array(fc.constantFrom(...ATOMS), { maxLength: 8 }), fc.constantFrom(' ', '  ', '\t'));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), fc.constantFrom('\n', '\r\n'), (lines, lineBreak) => {
        const text = HEAD + lines.map(([keyword, words, gap]) => `${keyword} ${words.join(gap)}`).join(lineBreak) + lineBreak;
        const [filtered, parsed] = bothReadings(text);
        expect(filtered).toEqual(parsed);
      }),
      { numRuns: 400, seed: 11 },
    );
  });

  it('are only single-line RUN, CMD and ENTRYPOINT instructions without quotes, escapes, variables or needed words', () => {
    const chunk = (text: string, keyword = 'RUN') => ({ start: 0, end: text.length, written: keyword, keyword, line: 0 });
    const inert = (text: string, keyword = 'RUN', escape = '\\') => isInertInstruction(text, chunk(text, keyword), escape);
    expect(inert('RUN apt-get update && make')).toBe(true);
    expect(inert('CMD ["make"]', 'CMD')).toBe(false);
    expect(inert('COPY . /src', 'COPY')).toBe(false);
    expect(inert('RUN go get $MOD')).toBe(false);
    expect(inert('RUN go get example.com/KUBE@v1')).toBe(false);
    expect(inert('RUN go bu\\\nild')).toBe(false);
    expect(inert('RUN go bu`ild', 'RUN', '`')).toBe(false);
    expect(inert('RUN echo "x"')).toBe(false);
  });
});
