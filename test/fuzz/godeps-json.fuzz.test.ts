import fc from 'fast-check';
import { extractGodepsJson } from '../../src/extract/godeps-json.js';
import { fixtureTexts } from './arbitraries/fixture-texts.js';
import { itHoldsFor } from './arbitraries/fuzz-run.js';
import { deeplyNestedJson, jsonManifestText } from './arbitraries/pre-modules-grammar.js';
import { textInputs } from './arbitraries/text-mutations.js';
import { readsInside } from './arbitraries/text-positions.js';

const fixtures = fixtureTexts(['.godeps-json.txt'], /^Godeps\.json$/);

describe('Godeps.json extractor under fuzzing', () => {
  itHoldsFor('extractGodepsJson', fc.oneof(textInputs(jsonManifestText(['ImportPath', 'GoVersion', 'GodepVersion', 'Packages'], 'Deps', ['ImportPath', 'Rev', 'Comment']), fixtures), deeplyNestedJson), readsInside(extractGodepsJson, 'lf'));
});
