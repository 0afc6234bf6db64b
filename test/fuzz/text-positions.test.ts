import { extractGoMod } from '../../src/extract/go-mod.js';
import { expectPositionsInside, positionsIn } from './arbitraries/text-positions.js';

describe('the fuzz suite position check', () => {
  it('finds the positions of records, spans and skipped lines', () => {
    const records = extractGoMod('module example.com/app\nrequire k8s.io/client-go v0.20.0\nbogus (\n');
    expect(positionsIn(records).map((place) => place.path)).toEqual(expect.arrayContaining(['$.requires[0].line', '$.requires[0].versionSpan.line', '$.requires[0].versionSpan.endLine', '$.skipped[0].line']));
  });

  it('rejects a line past the end, a column past the line, and accepts an end column just past the last character', () => {
    const text = 'ab\ncd\n';
    expect(() => expectPositionsInside({ line: 3 }, text, 'go-lines')).toThrow("$.line = 3 is outside the input's 2 lines");
    expect(() => expectPositionsInside({ span: { line: 1, column: 4 } }, text, 'go-lines')).toThrow('the column is outside line 1, which has 2 characters');
    expect(() => expectPositionsInside({ line: 0 }, text, 'lf')).toThrow('outside');
    expect(() => expectPositionsInside({ span: { line: 2, column: 1, endLine: 2, endColumn: 3 } }, text, 'go-lines')).not.toThrow();
  });

  it('counts lines as each format does: a lone CR ends a line only for the Dockerfile parser', () => {
    expect(() => expectPositionsInside({ line: 2 }, 'a\rb', 'any-break')).not.toThrow();
    expect(() => expectPositionsInside({ line: 2 }, 'a\rb', 'go-lines')).toThrow('outside');
    expect(() => expectPositionsInside({ line: 1, column: 2 }, '\uFEFFa', 'go-lines')).not.toThrow();
    expect(() => expectPositionsInside({ line: 1, column: 3 }, '\uFEFFa', 'go-lines')).toThrow('outside');
  });
});
