import { extractGoMod } from '../../src/extract/go-mod.js';
import { fixtureTexts } from './arbitraries/fixture-texts.js';
import { itHoldsFor } from './arbitraries/fuzz-run.js';
import { goModText } from './arbitraries/go-module-grammar.js';
import { textInputs } from './arbitraries/text-mutations.js';
import { readsInside } from './arbitraries/text-positions.js';

const fixtures = fixtureTexts(['.mod.txt'], /^go\.mod$/);

describe('go.mod extractor under fuzzing', () => {
  itHoldsFor('extractGoMod', textInputs(goModText, fixtures), readsInside(extractGoMod, 'go-lines'));
});
