import { extractGoWork } from '../../src/extract/go-work.js';
import { fixtureTexts } from './arbitraries/fixture-texts.js';
import { itHoldsFor } from './arbitraries/fuzz-run.js';
import { goWorkText } from './arbitraries/go-module-grammar.js';
import { textInputs } from './arbitraries/text-mutations.js';
import { readsInside } from './arbitraries/text-positions.js';

const fixtures = fixtureTexts(['.work.txt'], /^go\.work$/);

describe('go.work extractor under fuzzing', () => {
  itHoldsFor('extractGoWork', textInputs(goWorkText, fixtures), readsInside(extractGoWork, 'go-lines'));
});
