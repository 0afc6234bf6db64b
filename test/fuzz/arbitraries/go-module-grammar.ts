import fc from 'fast-check';
import { indentation, joinedLines, modulePath, nastyRun, quoted, trailingComment, versionText } from './nasty-text.js';

/** A token as go.mod writes one: bare, "interpreted" (escapes included) or `raw`, sometimes broken. */
const token = (text: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.oneof({ weight: 4, arbitrary: text }, { weight: 2, arbitrary: quoted(text) }, { weight: 1, arbitrary: text.map((value) => JSON.stringify(value)) }, { weight: 1, arbitrary: nastyRun });

const goVersion = fc.oneof(fc.constantFrom('1.19', '1.21.0', '1.22rc1', '1', '1.', 'go1.19', ''), versionText);
const comment = trailingComment('//');
const indirect = fc.constantFrom('', ' // indirect', '//indirect', ' // indirect; with more', ' /* indirect */', ' // \u0001');

const moduleVersion = fc.tuple(token(modulePath), token(versionText)).map(([path, version]) => `${path} ${version}`);
const replacement = fc
  .tuple(token(modulePath), fc.option(token(versionText), { nil: null }), fc.constantFrom('=>', '=> ', ' =>', '=>=>', '>', '='), token(modulePath), fc.option(token(versionText), { nil: null }))
  .map(([oldPath, oldVersion, arrow, newPath, newVersion]) => `${oldPath}${oldVersion === null ? '' : ` ${oldVersion}`} ${arrow} ${newPath}${newVersion === null ? '' : ` ${newVersion}`}`);
const retraction = fc.oneof(token(versionText), fc.tuple(token(versionText), token(versionText)).map(([low, high]) => `[${low}, ${high}]`));

/** `verb arguments` on one line, or a block `verb (` … `)` of argument lines. */
function directive(verb: fc.Arbitrary<string>, argument: fc.Arbitrary<string>): fc.Arbitrary<string[]> {
  return fc.oneof(
    fc.tuple(indentation, verb, argument, indirect, comment).map(([indent, name, args, tail, note]) => [`${indent}${name} ${args}${tail}${note}`]),
    fc
      .tuple(verb, fc.constantFrom('(', ' (', '(\t', '( // block'), fc.array(fc.tuple(indentation, argument, indirect, comment), { maxLength: 6 }), fc.constantFrom(')', ' )', ') // end', '', '))'))
      .map(([name, open, lines, close]) => [`${name}${open}`, ...lines.map(([indent, args, tail, note]) => `${indent}${args}${tail}${note}`), close]),
  );
}

const goModLine: fc.Arbitrary<string[]> = fc.oneof(
  directive(fc.constant('module'), token(modulePath)),
  directive(fc.constantFrom('go', 'toolchain'), goVersion),
  { weight: 4, arbitrary: directive(fc.constant('require'), moduleVersion) },
  { weight: 3, arbitrary: directive(fc.constant('replace'), replacement) },
  directive(fc.constant('exclude'), moduleVersion),
  directive(fc.constant('retract'), retraction),
  directive(fc.constant('godebug'), fc.string({ maxLength: 20 })),
  directive(fc.constantFrom('tool', 'ignore', 'unknown', 'Require', 'require\u0000', 'module//'), token(modulePath)),
  fc.tuple(indentation, fc.constantFrom('//', '/*', '*/', ''), nastyRun).map(([indent, marker, rest]) => [`${indent}${marker}${rest}`]),
);

/** A go.mod made of directives Go reads and variants it rejects. */
export const goModText: fc.Arbitrary<string> = joinedLines(fc.array(goModLine, { maxLength: 24 }).map((groups) => groups.flat()));

const goWorkLine: fc.Arbitrary<string[]> = fc.oneof(
  directive(fc.constantFrom('go', 'toolchain'), goVersion),
  { weight: 4, arbitrary: directive(fc.constant('use'), token(fc.oneof(fc.constantFrom('.', './a', '../b', '/abs', './sp ace', '.\\win'), modulePath))) },
  { weight: 3, arbitrary: directive(fc.constant('replace'), replacement) },
  directive(fc.constantFrom('godebug', 'require', 'module'), token(modulePath)),
  fc.tuple(indentation, fc.constantFrom('//', ''), nastyRun).map(([indent, marker, rest]) => [`${indent}${marker}${rest}`]),
);

export const goWorkText: fc.Arbitrary<string> = joinedLines(fc.array(goWorkLine, { maxLength: 24 }).map((groups) => groups.flat()));

const hash = fc.oneof(fc.stringMatching(/^h1:[A-Za-z0-9+/]{43}=$/), fc.constantFrom('h1:', 'h2:abc=', '', 'h1:not base64'), nastyRun);
const goSumLine = fc
  .tuple(modulePath, versionText, fc.constantFrom('', '/go.mod', '/go.mod/go.mod', '/GO.MOD'), hash, fc.constantFrom(' ', '  ', '\t', ' \t'), fc.option(nastyRun, { nil: '' }))
  .map(([path, version, suffix, sum, space, extra]) => `${path}${space}${version}${suffix}${space}${sum}${extra === '' ? '' : ` ${extra}`}`);

export const goSumText: fc.Arbitrary<string> = joinedLines(fc.array(fc.oneof({ weight: 6, arbitrary: goSumLine }, { weight: 1, arbitrary: nastyRun }), { maxLength: 30 }));

const modulesTxtLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.constantFrom('# ', '#', '#  ', '# \t'), modulePath, fc.option(versionText, { nil: null }), fc.option(fc.tuple(fc.constantFrom('=>', '=> =>', '->'), modulePath, fc.option(versionText, { nil: null })), { nil: null })).map(([hash, path, version, replace]) => `${hash}${path}${version === null ? '' : ` ${version}`}${replace === null ? '' : ` ${replace[0]} ${replace[1]}${replace[2] === null ? '' : ` ${replace[2]}`}`}`) },
  { weight: 2, arbitrary: fc.constantFrom('## explicit', '## explicit; go 1.17', '## go 1.14', '##', '## explicit;', '##explicit') },
  { weight: 3, arbitrary: modulePath },
  { weight: 1, arbitrary: nastyRun },
);

export const vendorModulesText: fc.Arbitrary<string> = joinedLines(fc.array(modulesTxtLine, { maxLength: 30 }));
