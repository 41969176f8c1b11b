// The reason one cell is rejected (中文 first, English after); thrown by value parsers, caught per row.

export class CellError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
    /** The column at fault when a check spans fields (set by the row mappers). */
    readonly column?: string,
    readonly value?: string,
  ) {
    super(en);
  }
}
