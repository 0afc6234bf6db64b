import { DockerfileParser } from 'dockerfile-ast';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { extractDockerfile } from '../../src/extract/dockerfile.js';
import { splitInstructions } from '../../src/extract/dockerfile-instruction-chunks.js';
import { MAX_EXPANDED_CHARS, MAX_EXPANDED_CHARS_PER_FILE } from '../../src/extract/dockerfile-expansion.js';
import { MAX_DEFINITIONS_PER_FILE, MAX_STAGES_PER_FILE } from '../../src/extract/dockerfile-reading-limits.js';
import { MAX_PARSED_INSTRUCTION_CHARS, parseDockerfileSyntax, type ParseDockerfile } from '../../src/extract/dockerfile-syntax.js';

const FIXTURES = path.join(path.dirname(new URL(import.meta.url).pathname), 'fixtures');
const noBuildArgs = { buildArgs: new Map<string, string>() };

/** The parser's own instructions, as [0-based line, upper-case keyword]. */
function parserInstructions(text: string): [number, string][] {
  return DockerfileParser.parse(text)
    .getInstructions()
    .map((instruction) => [instruction.getRange().start.line, instruction.getKeyword()]);
}

function splitterInstructions(text: string): [number, string][] {
  const heredocArguments = (lineText: string, escape: string): string[] => {
    const directive = escape === '\\' ? '' : `# escape=${escape}\n`;
    const [instruction] = DockerfileParser.parse(directive + lineText).getInstructions();
    return instruction && ['ADD', 'COPY', 'RUN'].includes(instruction.getKeyword()) ? instruction.getArguments().map((argument) => argument.getValue()) : [];
  };
  return splitInstructions(text, heredocArguments).chunks.map((chunk) => [chunk.line, chunk.keyword]);
}

/** mulberry32, so a failure is the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ATOMS = ['RUN', 'FROM', 'COPY', 'ARG', 'ENV', 'ONBUILD', ' ', '\t', '\n', '\r\n', '\r', '\\', '`', '#', '# escape=`\n', '<<EOF', '<<-"E"', 'EOF', 'E', '"', '[', '"a"', '=', 'x', '\\\n', '<<', '\t\tEOF'];

describe('the instruction splitter', () => {
  it('finds the instructions the parser finds, on every Dockerfile fixture', () => {
    for (const name of readdirSync(FIXTURES).filter((file) => file.endsWith('.dockerfile.txt'))) {
      const text = readFileSync(path.join(FIXTURES, name), 'utf8');
      expect([name, splitterInstructions(text)]).toEqual([name, parserInstructions(text)]);
    }
  });

  it('finds the instructions the parser finds, on 3,000 random texts of escapes, heredocs, comments and line breaks', () => {
    const next = random(11);
    for (let n = 0; n < 3000; n += 1) {
      const text = Array.from({ length: 1 + Math.floor(next() * 14) }, () => ATOMS[Math.floor(next() * ATOMS.length)]).join('');
      expect([text, splitterInstructions(text)]).toEqual([text, parserInstructions(text)]);
    }
  });
});

describe('a parser exception', () => {
  it('skips the instruction it happened on, with its line, and reads the others', () => {
    const throwing: ParseDockerfile = (text) => {
      if (text.includes('BOOM')) throw new TypeError("Cannot read properties of undefined (reading 'getRange')");
      return DockerfileParser.parse(text);
    };
    const syntax = parseDockerfileSyntax('FROM golang:1.21\nRUN echo "BOOM"\nRUN go get k8s.io/client-go@v0.20.0\n', throwing);
    const instructions = [...syntax.instructions()];
    expect(instructions.map((instruction) => [instruction.keyword, instruction.range.start.line])).toEqual([
      ['FROM', 0],
      ['RUN', 2],
    ]);
    expect(syntax.problems).toEqual([{ line: 2, reason: expect.stringMatching(/^the Dockerfile parser failed on this RUN \(TypeError: Cannot read .*\); instruction skipped$/) }]);
  });
});

describe('bounded input', () => {
  it('stops at the first instruction past the limits on variables and stages, with an unknown saying so', () => {
    const args = `FROM golang:1.21\n${Array.from({ length: MAX_DEFINITIONS_PER_FILE + 5 }, (_, i) => `ARG V${i}=1\n`).join('')}`;
    expect(extractDockerfile(args, noBuildArgs).references).toEqual([
      expect.objectContaining({
        line: MAX_DEFINITIONS_PER_FILE + 2,
        version: expect.objectContaining({
          value: null,
          at: { line: MAX_DEFINITIONS_PER_FILE + 2, column: 1, endLine: MAX_DEFINITIONS_PER_FILE + 2, endColumn: 4 },
          unknownReason: `this Dockerfile defines more than 10,000 ARG and ENV variables, and stopped reading at line ${MAX_DEFINITIONS_PER_FILE + 2}, so nothing from there on is judged`,
        }),
      }),
    ]);
    const stages = Array.from({ length: MAX_STAGES_PER_FILE + 5 }, (_, i) => `FROM golang:1.21 AS s${i}\n`).join('');
    expect(extractDockerfile(stages, noBuildArgs).references.map((record) => record.version.unknownReason)).toEqual([
      `this Dockerfile has more than 1,000 build stages, and stopped reading at line ${MAX_STAGES_PER_FILE + 1}, so nothing from there on is judged`,
    ]);
  });

  it('leaves the first use past the per-file expansion budget unresolved and stops there with an unknown', () => {
    const value = 'v'.repeat(60_000);
    const uses = Math.ceil(MAX_EXPANDED_CHARS_PER_FILE / value.length) + 5;
    const text = `FROM golang:1.21\nARG A=${value}\n${'RUN go get k8s.io/client-go@${A}\n'.repeat(uses)}`;
    const { references } = extractDockerfile(text, noBuildArgs);
    const refused = Math.floor(MAX_EXPANDED_CHARS_PER_FILE / value.length) + 1;
    // The uses the budget allowed, then on the line of the first it refused the unknown for the rest of the file and that use.
    expect(references).toHaveLength(refused + 1);
    expect(references[0]?.version.value).toBe(value);
    expect(references.at(-2)?.version.unknownReason).toBe(
      `the variables of this Dockerfile expand to more than 4,194,304 characters in all, and stopped reading at line ${refused + 2}, so nothing from there on is judged`,
    );
    expect(references.at(-1)?.version).toMatchObject({
      value: null,
      unknownReason: expect.stringContaining(`\${A}: the variables of this file expand to more than ${MAX_EXPANDED_CHARS_PER_FILE.toLocaleString('en-US')} characters in all; not evaluated`),
    });
  });

  it('leaves a value that doubles at every ARG unresolved once it passes the expansion limit', () => {
    const args = Array.from({ length: 40 }, (_, i) => `ARG A${i + 1}=\${A${i}}\${A${i}}`);
    const text = ['FROM golang:1.21', 'ARG A0=v0.20.0', ...args, 'RUN go get k8s.io/client-go@${A40}', 'RUN go get k8s.io/client-go@${A0}', ''].join('\n');
    const records = extractDockerfile(text, noBuildArgs);
    const versions = records.references.map((record) => [record.line, record.version.value]).sort((a, b) => Number(a[0]) - Number(b[0]));
    expect(versions).toEqual([
      [43, null],
      [44, 'v0.20.0'],
    ]);
    const deep = records.references.find((record) => record.line === 43);
    expect(deep?.version.unknownReason).toMatch(/expands to more than 65,536 characters; not evaluated/);
    expect(MAX_EXPANDED_CHARS).toBeLessThan(2 ** 20);
  });

  it('reads an instruction longer than the limit up to the limit and says the rest is skipped', () => {
    const filler = 'word '.repeat(Math.ceil((MAX_PARSED_INSTRUCTION_CHARS * 1.2) / 5));
    const text = `FROM golang:1.21\nRUN go get k8s.io/client-go@v0.20.0 && echo ${filler}\nRUN go get k8s.io/client-go@v0.21.0\n`;
    const records = extractDockerfile(text, noBuildArgs);
    expect(records.references.map((record) => [record.line, record.version.value])).toEqual([
      [2, 'v0.20.0'],
      [3, 'v0.21.0'],
    ]);
    expect(records.skipped).toEqual([{ line: 2, reason: expect.stringMatching(/^this RUN is [\d,]+ characters long: the gate reads its first 262,144 and skips the rest$/) }]);
  });

  it('reads the same records from many small instructions as from one', () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `RUN go get example.com/m${i}@v1.0.0`);
    const text = ['FROM golang:1.21', 'ARG V=v0.20.0', ...lines, 'RUN go get k8s.io/client-go@${V}', ''].join('\n');
    const records = extractDockerfile(text, noBuildArgs);
    expect(records.references.map((record) => [record.line, record.version.value])).toEqual([[3003, 'v0.20.0']]);
  });
});
