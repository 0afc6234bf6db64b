import fc from 'fast-check';
import { extractDockerfile } from '../../src/extract/dockerfile.js';
import { buildArgs, dockerfileText } from './arbitraries/dockerfile-grammar.js';
import { fixtureTexts } from './arbitraries/fixture-texts.js';
import { itHoldsFor } from './arbitraries/fuzz-run.js';
import { textInputs } from './arbitraries/text-mutations.js';
import { expectPositionsInside, expectReasons } from './arbitraries/text-positions.js';

const fixtures = fixtureTexts(['.dockerfile.txt'], /^(Dockerfile.*|.*\.docker)$/);

describe('Dockerfile extractor under fuzzing', () => {
  itHoldsFor('extractDockerfile', fc.tuple(textInputs(dockerfileText, fixtures), buildArgs), ([text, args]) => {
    const records = extractDockerfile(text, { buildArgs: args });
    expectPositionsInside(records, text, 'any-break');
    expectReasons(records.skipped);
  });

  it('points the related line of a git clone in a heredoc at the heredoc line (fuzz reproducer)', () => {
    const text = 'FROM golang:1.21\nRUN <<EOF\ngit clone -b v0.0.0 https://github.com/kubernetes/client-go\nEOF\nRUN git checkout v0.0.1\n';
    const [reference] = extractDockerfile(text, { buildArgs: new Map() }).references;
    expect(reference?.version.related).toEqual([{ line: 3, column: 14, label: 'git clone' }]);
    expect(reference?.notes[0]).toBe('git clone --branch of kubernetes/client-go on line 3');
  });
});
