import { extractGopkgLock } from '../../src/extract/gopkg-lock.js';
import { fixtureTexts } from './arbitraries/fixture-texts.js';
import { itHoldsFor } from './arbitraries/fuzz-run.js';
import { depTomlText } from './arbitraries/pre-modules-grammar.js';
import { textInputs } from './arbitraries/text-mutations.js';
import { readsInside } from './arbitraries/text-positions.js';

const fixtures = fixtureTexts(['.gopkg-lock.txt'], /^Gopkg\.lock$/);

describe('Gopkg.lock extractor under fuzzing', () => {
  itHoldsFor('extractGopkgLock', textInputs(depTomlText, fixtures), readsInside(extractGopkgLock, 'go-lines'));
});
