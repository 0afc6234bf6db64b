import { extractGoSum } from '../../src/extract/go-sum.js';
import type { GoSumEntry } from '../../src/extract/go-mod-records.js';
import { fixtureTexts } from './arbitraries/fixture-texts.js';
import { itHoldsFor } from './arbitraries/fuzz-run.js';
import { goSumText } from './arbitraries/go-module-grammar.js';
import { textInputs } from './arbitraries/text-mutations.js';
import { readsInside } from './arbitraries/text-positions.js';

const fixtures = fixtureTexts(['.sum.txt'], /^go\.sum$/);
const readAll = readsInside((text) => extractGoSum(text), 'go-lines');
const readClientGo = readsInside((text) => extractGoSum(text, { onlyLinesContaining: 'k8s.io/client-go' }), 'go-lines');
const clientGoEntries = (entries: GoSumEntry[]): string => JSON.stringify(entries.filter((entry) => entry.path === 'k8s.io/client-go'));

describe('go.sum extractor under fuzzing', () => {
  itHoldsFor('extractGoSum', textInputs(goSumText, fixtures), (text) => {
    // The filtered reading the resolver uses must keep the same client-go entries as the full one.
    const [all, filtered] = [clientGoEntries(readAll(text).entries), clientGoEntries(readClientGo(text).entries)];
    if (filtered !== all) throw new Error(`the filtered reading differs: ${filtered} vs ${all}`);
  });
});
