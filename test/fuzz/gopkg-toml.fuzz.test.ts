import { extractGopkgToml } from '../../src/extract/gopkg-toml.js';
import { fixtureTexts } from './arbitraries/fixture-texts.js';
import { itHoldsFor } from './arbitraries/fuzz-run.js';
import { depTomlText } from './arbitraries/pre-modules-grammar.js';
import { textInputs } from './arbitraries/text-mutations.js';
import { readsInside } from './arbitraries/text-positions.js';

const fixtures = fixtureTexts(['.gopkg-toml.txt'], /^Gopkg\.toml$/);

describe('Gopkg.toml extractor under fuzzing', () => {
  itHoldsFor('extractGopkgToml', textInputs(depTomlText, fixtures), readsInside(extractGopkgToml, 'go-lines'));
});
