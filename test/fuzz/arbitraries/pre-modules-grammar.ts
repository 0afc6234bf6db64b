import fc from 'fast-check';
import { hugeNumber, indentation, joinedLines, modulePath, nastyRun, trailingComment, versionText } from './nasty-text.js';

const commit = fc.oneof(fc.stringMatching(/^[0-9a-f]{40}$/), fc.stringMatching(/^[0-9a-f]{1,12}$/), versionText);

/** A TOML value: strings of every quoting, numbers, arrays, inline tables, multi-line strings left open. */
const tomlValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.oneof(versionText, modulePath, commit).map((text) => JSON.stringify(text)) },
  fc.oneof(versionText, modulePath).map((text) => `'${text}'`),
  fc.oneof(versionText, nastyRun).map((text) => `"${text}`),
  fc.tuple(fc.constantFrom('"""', "'''"), nastyRun, fc.boolean()).map(([quote, body, closed]) => `${quote}${body}${closed ? quote : ''}`),
  fc.array(modulePath.map((text) => JSON.stringify(text)), { maxLength: 4 }).map((items) => `[${items.join(', ')}]`),
  fc.tuple(modulePath, versionText).map(([name, version]) => `{ name = ${JSON.stringify(name)}, version = ${JSON.stringify(version)} }`),
  hugeNumber,
  fc.constantFrom('true', 'false', '1979-05-27T07:32:00Z', '', '=', '[', '{'),
);

const depKey = fc.oneof({ weight: 6, arbitrary: fc.constantFrom('name', 'version', 'revision', 'branch', 'source', 'packages', 'digest', 'pruneopts', 'go-tests', 'unused-packages') }, { weight: 1, arbitrary: fc.constantFrom('"name"', "'version'", 'na me', 'name.sub', '') });

const depTableHeader = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom('[[projects]]', '[[constraint]]', '[[override]]') },
  fc.constantFrom('[prune]', '[solve-meta]', '[metadata]', '[[prune.project]]', '[[ projects ]]', '[["constraint"]]', '[[projects]', '[projects]', '[[projects]] # c', '[['),
);

const depLine: fc.Arbitrary<string[]> = fc.oneof(
  { weight: 2, arbitrary: fc.tuple(indentation, depTableHeader).map(([indent, header]) => [`${indent}${header}`]) },
  { weight: 6, arbitrary: fc.tuple(indentation, depKey, fc.constantFrom(' = ', '=', ' =', '  =  '), tomlValue, trailingComment('#')).map(([indent, key, equals, value, note]) => [`${indent}${key}${equals}${value}${note}`]) },
  fc.tuple(fc.constantFrom('packages = [', 'packages = [\n'), fc.array(modulePath.map((text) => `  ${JSON.stringify(text)},`), { maxLength: 4 }), fc.constantFrom(']', '', ']]')).map(([open, items, close]) => [open, ...items, close]),
  fc.tuple(fc.constantFrom('#', ''), nastyRun).map(([marker, rest]) => [`${marker}${rest}`]),
);

/** Gopkg.lock and Gopkg.toml text: array tables of dep's keys, with TOML's every value shape. */
export const depTomlText: fc.Arbitrary<string> = joinedLines(fc.array(depLine, { maxLength: 30 }).map((groups) => groups.flat()));

const yamlScalar: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.oneof(versionText, modulePath, commit) },
  fc.oneof(versionText, modulePath).map((text) => JSON.stringify(text)),
  fc.oneof(versionText, modulePath).map((text) => `'${text}'`),
  fc.constantFrom('', '~', 'null', '&anchor v1', '*anchor', '!!binary aGk=', '|', '>-', '[a, b]', '{a: b}', '- x', ': x', '? x', '"open', "'open", '@x', '%TAG'),
  hugeNumber,
  nastyRun,
);

const glideKey = fc.oneof({ weight: 6, arbitrary: fc.constantFrom('package', 'name', 'version', 'repo', 'vcs', 'subpackages', 'os', 'arch') }, { weight: 1, arbitrary: fc.constantFrom('<<', '"package"', 'Package', '') });
const glideSection = fc.constantFrom('import', 'testImport', 'imports', 'testImports', 'hash', 'updated', 'package', 'homepage', 'owners', 'excludeDirs');

const glideEntry: fc.Arbitrary<string[]> = fc
  .tuple(fc.constantFrom('- ', '-  ', '-\t', '  - ', '-'), glideKey, yamlScalar, fc.array(fc.tuple(fc.constantFrom('  ', '   ', '    ', '\t', ' '), glideKey, yamlScalar, trailingComment('#')), { maxLength: 5 }), fc.array(fc.tuple(fc.constantFrom('  - ', '  -', '    - '), yamlScalar), { maxLength: 3 }))
  .map(([dash, key, value, members, items]) => [`${dash}${key}: ${value}`, ...members.map(([indent, name, text, note]) => `${indent}${name}: ${text}${note}`), ...items.map(([indent, text]) => `${indent}${text}`)]);

const glideLine: fc.Arbitrary<string[]> = fc.oneof(
  { weight: 2, arbitrary: fc.tuple(glideSection, fc.constantFrom(':', ': ', ': []', ': ~', ':x', ': &a', ': *a')).map(([section, tail]) => [`${section}${tail}`]) },
  { weight: 5, arbitrary: glideEntry },
  fc.tuple(fc.constantFrom('# ', '---', '...', '%YAML 1.2', ''), nastyRun).map(([marker, rest]) => [`${marker}${rest}`]),
);

/** glide.yaml and glide.lock text: sections of entries, with YAML's anchors, quoting, flow and bad indentation. */
export const glideYamlText: fc.Arbitrary<string> = joinedLines(fc.array(glideLine, { maxLength: 24 }).map((groups) => groups.flat()));

/** A JSON value of the manifest's keys, with wrong types and deep nesting mixed in. */
function manifestValue(keys: readonly string[]): fc.Arbitrary<unknown> {
  const leaf = fc.oneof(versionText, modulePath, commit, fc.constant(null), fc.boolean(), fc.double(), hugeNumber.map(Number));
  const { value } = fc.letrec<{ value: unknown; entry: Record<string, unknown> }>((tie) => ({
    value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, fc.array(tie('entry'), { maxLength: 4 }), tie('entry')),
    entry: fc.dictionary(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...keys) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }), fc.oneof({ weight: 4, arbitrary: leaf }, { weight: 1, arbitrary: tie('value') }), { maxKeys: 6 }),
  }));
  return value;
}

/** A Godeps.json or vendor.json: the manifest's own keys in random shapes, written with random spacing. */
export function jsonManifestText(topKeys: readonly string[], entriesKey: string, entryKeys: readonly string[]): fc.Arbitrary<string> {
  const entry = fc.dictionary(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...entryKeys) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }), fc.oneof({ weight: 5, arbitrary: fc.oneof(versionText, modulePath, commit) }, { weight: 1, arbitrary: manifestValue(entryKeys) }), { maxKeys: 6 });
  const document = fc.tuple(fc.dictionary(fc.constantFrom(...topKeys), manifestValue(entryKeys), { maxKeys: 4 }), fc.array(entry, { maxLength: 8 }), fc.oneof(fc.constant(true), fc.constant(false))).map(([top, entries, asArray]) => ({ ...top, [entriesKey]: asArray ? entries : entries[0] ?? null }));
  return fc.tuple(document, fc.constantFrom(undefined, '\t', '  ', '\r\n'), fc.boolean()).map(([value, space, bom]) => {
    const text = space === '\r\n' ? JSON.stringify(value, null, 1).replace(/\n/g, '\r\n') : JSON.stringify(value, null, space);
    return bom ? `\uFEFF${text}` : text;
  });
}

/** A document nested deeper than any manifest, to find stack limits. */
export const deeplyNestedJson: fc.Arbitrary<string> = fc.tuple(fc.integer({ min: 1, max: 20_000 }), fc.constantFrom('[', '{"a":', '{"Deps":[')).map(([depth, open]) => open.repeat(depth));
