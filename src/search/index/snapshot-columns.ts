/** The typed arrays a snapshot stores as raw bytes (viewed in place on restore, never copied). */
export type Column = Int32Array | Float32Array | Float64Array | Uint8Array;
type ColumnKind = 'i32' | 'f32' | 'f64' | 'u8';

interface ColumnPlace {
  kind: ColumnKind;
  /** Byte offset from the start of the column area (a multiple of 8). */
  offset: number;
  /** Elements. */
  length: number;
  /** A list of strings: how many (the column holds their UTF-8 bytes, NUL-separated). */
  count?: number;
}

/** The layout of a snapshot: small JSON metadata, then each column's bytes, 8-byte aligned. */
interface Layout {
  meta: unknown;
  columns: Record<string, ColumnPlace>;
}

const ALIGN = 8;
// Separates the strings of a list in one UTF-8 column: no word, stem, id or name of the reports holds a NUL.
const SEPARATOR = '\u0000';

/**
 * Collects named typed arrays and string lists, and lays them out as bytes: a 4-byte length, the JSON layout, then
 * every column padded to 8 bytes, so a reader can view each column where it lies.
 * @example
 * const writer = new SnapshotWriter();
 * writer.column('docs', new Int32Array([1, 2]));
 * const chunks = writer.finish({ count: 2 }); // write them back to back
 */
export class SnapshotWriter {
  private readonly places: Record<string, ColumnPlace> = {};
  private readonly chunks: Uint8Array[] = [];
  private size = 0;

  /** Stores a typed array under a name (its bytes are referenced, not copied). */
  column(name: string, array: Column): void {
    if (name in this.places) throw new Error(`snapshot column ${name} stored twice`);
    this.places[name] = { kind: kindOf(array), offset: this.size, length: array.length };
    this.push(new Uint8Array(array.buffer, array.byteOffset, array.byteLength));
  }

  /** Stores a list of strings as one UTF-8 column (none may hold a NUL; {@link SnapshotReader.strings} reads it). */
  strings(name: string, list: readonly string[]): void {
    if (list.some((s) => s.includes(SEPARATOR))) throw new Error(`snapshot strings ${name} hold a NUL`);
    this.column(name, new TextEncoder().encode(list.join(SEPARATOR)));
    this.places[name] = { ...(this.places[name] as ColumnPlace), count: list.length };
  }

  /** The snapshot's bytes, as chunks to write back to back (or concatenate). */
  finish(meta: unknown): Uint8Array[] {
    const layout: Layout = { meta, columns: this.places };
    const json = new TextEncoder().encode(JSON.stringify(layout));
    const headerSize = align(4 + json.length);
    const header = new Uint8Array(headerSize);
    new DataView(header.buffer).setUint32(0, json.length, true);
    header.set(json, 4);
    return [header, ...this.chunks];
  }

  private push(bytes: Uint8Array): void {
    this.chunks.push(bytes);
    this.size += bytes.length;
    const pad = align(this.size) - this.size;
    if (pad > 0) {
      this.chunks.push(new Uint8Array(pad));
      this.size += pad;
    }
  }
}

/**
 * Reads what {@link SnapshotWriter} wrote: the metadata, and each column as a view on the bytes. Throws on bytes it
 * cannot lay out (the caller treats that as no snapshot).
 */
export class SnapshotReader {
  readonly meta: unknown;
  private readonly places: Record<string, ColumnPlace>;
  private readonly bytes: Uint8Array;
  private readonly base: number;

  constructor(input: Uint8Array) {
    // Views need their element alignment: a buffer that does not start on 8 bytes is copied once.
    const bytes = input.byteOffset % ALIGN === 0 ? input : new Uint8Array(input);
    if (bytes.length < 4) throw new Error('snapshot too short');
    const jsonLength = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, true);
    if (4 + jsonLength > bytes.length) throw new Error('snapshot header truncated');
    const layout = JSON.parse(new TextDecoder().decode(bytes.subarray(4, 4 + jsonLength))) as Layout;
    if (typeof layout !== 'object' || layout === null || typeof layout.columns !== 'object')
      throw new Error('snapshot header unreadable');
    this.meta = layout.meta;
    this.places = layout.columns;
    this.bytes = bytes;
    this.base = align(4 + jsonLength);
  }

  i32(name: string): Int32Array {
    const { offset, length } = this.place(name, 'i32', 4);
    return new Int32Array(this.bytes.buffer, offset, length);
  }

  f32(name: string): Float32Array {
    const { offset, length } = this.place(name, 'f32', 4);
    return new Float32Array(this.bytes.buffer, offset, length);
  }

  f64(name: string): Float64Array {
    const { offset, length } = this.place(name, 'f64', 8);
    return new Float64Array(this.bytes.buffer, offset, length);
  }

  u8(name: string): Uint8Array {
    const { offset, length } = this.place(name, 'u8', 1);
    return new Uint8Array(this.bytes.buffer, offset, length);
  }

  strings(name: string): string[] {
    const { offset, length } = this.place(name, 'u8', 1);
    const count = this.places[name]?.count;
    if (count === undefined) throw new Error(`snapshot column ${name} is not strings`);
    if (count === 0) return [];
    const list = new TextDecoder().decode(new Uint8Array(this.bytes.buffer, offset, length)).split(SEPARATOR);
    if (list.length !== count) throw new Error(`snapshot strings ${name}: ${list.length} of ${count}`);
    return list;
  }

  private place(name: string, kind: ColumnKind, size: number): { offset: number; length: number } {
    const place = this.places[name];
    if (place === undefined || place.kind !== kind) throw new Error(`snapshot column ${name} missing`);
    if (this.base + place.offset + place.length * size > this.bytes.length)
      throw new Error(`snapshot column ${name} truncated`);
    return { offset: this.bytes.byteOffset + this.base + place.offset, length: place.length };
  }
}

function kindOf(array: Column): ColumnKind {
  if (array instanceof Int32Array) return 'i32';
  if (array instanceof Float32Array) return 'f32';
  if (array instanceof Float64Array) return 'f64';
  return 'u8';
}

function align(n: number): number {
  return Math.ceil(n / ALIGN) * ALIGN;
}
