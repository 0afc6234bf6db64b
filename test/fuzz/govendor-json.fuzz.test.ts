import fc from 'fast-check';
import { extractGovendorJson } from '../../src/extract/govendor-json.js';
import { fixtureTexts } from './arbitraries/fixture-texts.js';
import { itHoldsFor } from './arbitraries/fuzz-run.js';
import { deeplyNestedJson, jsonManifestText } from './arbitraries/pre-modules-grammar.js';
import { textInputs } from './arbitraries/text-mutations.js';
import { readsInside } from './arbitraries/text-positions.js';

const fixtures = fixtureTexts(['.govendor-json.txt'], /^vendor\.json$/);

describe('vendor/vendor.json extractor under fuzzing', () => {
  itHoldsFor('extractGovendorJson', fc.oneof(textInputs(jsonManifestText(['comment', 'ignore', 'rootPath'], 'package', ['path', 'revision', 'revisionTime', 'version', 'versionExact', 'origin', 'checksumSHA1']), fixtures), deeplyNestedJson), readsInside(extractGovendorJson, 'lf'));
});
