// Growable typed-array columns: the world's entity tables stay compact (a few bytes per row) at any scale.

type Typed = Int32Array | Uint8Array | Uint16Array | Uint32Array | Float32Array | Float64Array;

interface TypedCtor<A extends Typed> {
  new (length: number): A;
}

/** One column of numbers that grows by doubling. */
export class Column<A extends Typed> {
  data: A;
  length = 0;

  constructor(
    private readonly Ctor: TypedCtor<A>,
    capacity = 1024,
    readonly fill = 0,
  ) {
    this.data = new Ctor(capacity);
    if (fill !== 0) this.data.fill(fill);
  }

  push(v: number): number {
    if (this.length === this.data.length) this.grow();
    this.data[this.length] = v;
    return this.length++;
  }

  get(i: number): number {
    return this.data[i];
  }

  set(i: number, v: number): void {
    this.data[i] = v;
  }

  private grow(): void {
    const next = new this.Ctor(this.data.length * 2);
    (next as Float64Array).set(this.data as Float64Array);
    if (this.fill !== 0) next.fill(this.fill, this.data.length);
    this.data = next;
  }
}

export const i32 = (fill = 0): Column<Int32Array> => new Column(Int32Array, 1024, fill);
export const u8 = (fill = 0): Column<Uint8Array> => new Column(Uint8Array, 1024, fill);
export const u16 = (fill = 0): Column<Uint16Array> => new Column(Uint16Array, 1024, fill);
export const f32 = (): Column<Float32Array> => new Column(Float32Array);
export const f64 = (): Column<Float64Array> => new Column(Float64Array);

/** Appends one row to row-aligned columns; a column not named gets its fill value. */
export function pushRow<K extends string>(
  cols: Record<K, Column<Typed>>,
  keys: readonly K[],
  values: Partial<Record<K, number>>,
): number {
  let idx = -1;
  for (const k of keys) idx = cols[k].push(values[k] ?? cols[k].fill);
  return idx;
}
