import fc from 'fast-check';
import type { ClientGoSourceVerdict } from '../../src/extract/client-go-source-records.js';
import { judgeClientGoSource, type ClientGoSourceFiles } from '../../src/extract/client-go-source.js';
import { fixtureTexts } from './arbitraries/fixture-texts.js';
import { itHoldsFor } from './arbitraries/fuzz-run.js';
import { backtrackingSource, goSourceText } from './arbitraries/go-source-grammar.js';
import { textInputs } from './arbitraries/text-mutations.js';
import { expectPositionsInside } from './arbitraries/text-positions.js';

const configFixtures = fixtureTexts(['-config.go.txt'], null);
const transportFixtures = fixtureTexts(['-transport.go.txt'], /^transport\.go$/);
const source = (fixtures: string[]): fc.Arbitrary<string | null> => fc.option(fc.oneof({ weight: 5, arbitrary: textInputs(goSourceText, fixtures) }, { weight: 1, arbitrary: backtrackingSource }), { freq: 20, nil: null });

const RELOADING = new Set(['wrap-transport', 'bearer-token-file']);

/** The verdict points at a line of the file it names, and says in words why. */
function expectWellFormed(verdict: ClientGoSourceVerdict, files: ClientGoSourceFiles): void {
  if (verdict.reloadsToken !== RELOADING.has(verdict.mechanism)) throw new Error(`reloadsToken ${verdict.reloadsToken} contradicts ${verdict.mechanism}`);
  if (verdict.explanation.trim() === '') throw new Error('a verdict without an explanation');
  const evidence = verdict.evidenceFile === 'rest/config.go' ? files.restConfigGo : files.restTransportGo;
  // An absent file is evidence on its line 1.
  expectPositionsInside({ line: verdict.evidenceLine }, evidence ?? '', 'lf');
}

describe('client-go source judge under fuzzing', () => {
  itHoldsFor('judgeClientGoSource', fc.record({ restConfigGo: source(configFixtures), restTransportGo: source(transportFixtures) }), (files) => {
    expectWellFormed(judgeClientGoSource(files), files);
  });
});
