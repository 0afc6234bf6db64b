import fc from 'fast-check';
import { framedModinfo, syntheticGoElf } from '../../helpers/synthetic-go-elf.js';
import { universalMachO } from '../../helpers/universal-mach-o.js';
import { modulePath, nastyRun, versionText } from './nasty-text.js';

const sum = fc.oneof(fc.stringMatching(/^h1:[A-Za-z0-9+/]{43}=$/), fc.constantFrom('', 'h1:', 'x'));

/** Lines of the tab-separated modinfo text Go's linker writes, and broken variants. */
const modinfoLine: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.constantFrom('path', 'mod', 'dep', '=>', 'build', 'Dep', 'path '), fc.array(fc.oneof(modulePath, versionText, sum, nastyRun), { maxLength: 4 }), fc.constantFrom('\t', ' ', '\t\t')).map(([keyword, fields, separator]) => [keyword, ...fields].join(separator)),
  fc.tuple(modulePath, versionText, sum).map(([path, version, hash]) => `dep\t${path}\t${version}\t${hash}`),
  fc.tuple(modulePath, versionText).map(([path, version]) => `=>\t${path}\t${version}\t`),
  fc.tuple(fc.constantFrom('-compiler', 'CGO_ENABLED', 'vcs.revision', '-ldflags', '"quoted key"', ''), fc.constantFrom('=', ''), fc.oneof(nastyRun, fc.constantFrom('"-X main.v=1"', '"unterminated', '"\\xff"'))).map(([key, equals, value]) => `build\t${key}${equals}${value}`),
  nastyRun,
);

export const modinfoText: fc.Arbitrary<string> = fc.array(modinfoLine, { maxLength: 20 }).map((lines) => lines.join('\n'));

const goVersion = fc.oneof(fc.constantFrom('go1.16.15', 'go1.12', 'go1.19.8', 'devel +abc', ''), nastyRun);

/** A synthetic pre-1.18 Go ELF (strings behind pointers) of either word size and byte order, sometimes in a universal Mach-O wrapper. */
export const syntheticGoBinary: fc.Arbitrary<Uint8Array> = fc
  .record({ wordSize: fc.constantFrom(4 as const, 8 as const), byteOrder: fc.constantFrom('little' as const, 'big' as const), goVersion, modinfo: fc.oneof(modinfoText.map((text) => framedModinfo(text)), fc.constant(new Uint8Array())), withSectionHeaders: fc.boolean(), wrap: fc.constantFrom('none', 'none', 'universal', 'universal-wide') })
  .map(({ wrap, ...options }) => {
    let elf: Uint8Array;
    try {
      elf = syntheticGoElf(options);
    } catch {
      // Strings too long for the synthetic layout: the same binary with the modinfo cut.
      elf = syntheticGoElf({ ...options, goVersion: 'go1.16', modinfo: options.modinfo.subarray(0, 0xe00) });
    }
    return wrap === 'none' ? elf : universalMachO([elf], { wide: wrap === 'universal-wide' });
  });

/** The magics the reader dispatches on. */
export const EXECUTABLE_MAGICS: readonly number[][] = [
  [0x7f, 0x45, 0x4c, 0x46, 2, 1],
  [0x7f, 0x45, 0x4c, 0x46, 2, 2],
  [0x7f, 0x45, 0x4c, 0x46, 1, 1],
  [0x7f, 0x45, 0x4c, 0x46, 1, 2],
  [0xcf, 0xfa, 0xed, 0xfe],
  [0xce, 0xfa, 0xed, 0xfe],
  [0xfe, 0xed, 0xfa, 0xce],
  [0xfe, 0xed, 0xfa, 0xcf],
  [0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 2],
  [0xca, 0xfe, 0xba, 0xbf, 0, 0, 0, 1],
  [0x4d, 0x5a],
  [0xff, 0x20, 0x47, 0x6f, 0x20, 0x62, 0x75, 0x69, 0x6c, 0x64, 0x69, 0x6e, 0x66, 0x3a],
];
