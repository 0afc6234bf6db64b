import { extractGlideLock } from '../../src/extract/glide-lock.js';
import { fixtureTexts } from './arbitraries/fixture-texts.js';
import { itHoldsFor } from './arbitraries/fuzz-run.js';
import { glideYamlText } from './arbitraries/pre-modules-grammar.js';
import { textInputs } from './arbitraries/text-mutations.js';
import { readsInside } from './arbitraries/text-positions.js';

const fixtures = fixtureTexts(['.glide-lock.txt'], /^glide\.lock$/);

describe('glide.lock extractor under fuzzing', () => {
  itHoldsFor('extractGlideLock', textInputs(glideYamlText, fixtures), readsInside(extractGlideLock, 'lf'));
});
