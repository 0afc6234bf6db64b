/**
 * A universal (fat) Mach-O made of thin Mach-O files, as `lipo -create` would make it: a big-endian table of
 * architectures, then each slice at an offset aligned to 2^14. Go does not produce universal binaries and lipo
 * is macOS-only, so the tests wrap real Go-built slices in this header.
 */
export function universalMachO(slices: readonly Uint8Array[], options: { wide: boolean }): Uint8Array {
  const entrySize = options.wide ? 32 : 20;
  const offsets: number[] = [];
  let end = 8 + slices.length * entrySize;
  for (const slice of slices) {
    const offset = alignUp(end, SLICE_ALIGNMENT);
    offsets.push(offset);
    end = offset + slice.length;
  }
  const file = new Uint8Array(end);
  const view = new DataView(file.buffer);
  view.setUint32(0, options.wide ? 0xcafebabf : 0xcafebabe);
  view.setUint32(4, slices.length);
  slices.forEach((slice, index) => {
    const entry = 8 + index * entrySize;
    const thin = new DataView(slice.buffer, slice.byteOffset, slice.byteLength);
    // cputype and cpusubtype, copied from the slice's own (little-endian) header.
    view.setUint32(entry, thin.getUint32(4, true));
    view.setUint32(entry + 4, thin.getUint32(8, true));
    const offset = offsets[index] as number;
    if (options.wide) {
      view.setBigUint64(entry + 8, BigInt(offset));
      view.setBigUint64(entry + 16, BigInt(slice.length));
      view.setUint32(entry + 24, SLICE_ALIGNMENT_LOG2);
    } else {
      view.setUint32(entry + 8, offset);
      view.setUint32(entry + 12, slice.length);
      view.setUint32(entry + 16, SLICE_ALIGNMENT_LOG2);
    }
    file.set(slice, offset);
  });
  return file;
}

const SLICE_ALIGNMENT_LOG2 = 14;
const SLICE_ALIGNMENT = 2 ** SLICE_ALIGNMENT_LOG2;

function alignUp(value: number, alignment: number): number {
  return Math.ceil(value / alignment) * alignment;
}
