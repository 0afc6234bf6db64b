import { extractGlideYaml } from '../../src/extract/glide-yaml.js';
import { fixtureTexts } from './arbitraries/fixture-texts.js';
import { itHoldsFor } from './arbitraries/fuzz-run.js';
import { glideYamlText } from './arbitraries/pre-modules-grammar.js';
import { textInputs } from './arbitraries/text-mutations.js';
import { readsInside } from './arbitraries/text-positions.js';

const fixtures = fixtureTexts(['.glide-yaml.txt'], /^glide\.yaml$/);

describe('glide.yaml extractor under fuzzing', () => {
  itHoldsFor('extractGlideYaml', textInputs(glideYamlText, fixtures), readsInside(extractGlideYaml, 'lf'));
});
