import { extractVendorModulesTxt } from '../../src/extract/vendor-modules-txt.js';
import { fixtureTexts } from './arbitraries/fixture-texts.js';
import { itHoldsFor } from './arbitraries/fuzz-run.js';
import { vendorModulesText } from './arbitraries/go-module-grammar.js';
import { textInputs } from './arbitraries/text-mutations.js';
import { readsInside } from './arbitraries/text-positions.js';

const fixtures = fixtureTexts(['.modules.txt'], /^modules\.txt$/);

describe('vendor/modules.txt extractor under fuzzing', () => {
  itHoldsFor('extractVendorModulesTxt', textInputs(vendorModulesText, fixtures), readsInside(extractVendorModulesTxt, 'go-lines'));
});
