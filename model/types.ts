// Value types of the domain model: how a cell of an import file is parsed and how the value is stored.

/** The parsers the ingest layer applies to a cell; see ingest/values.ts. */
export type ValueType =
  | 'string'
  | 'text' // free text kept as typed (names, subjects)
  | 'date' // stored as ISO `YYYY-MM-DD` string (Neo4j string; compared lexicographically)
  | 'datetime' // stored as ISO string
  | 'money' // yuan, float
  | 'percent' // stored as a percentage 0..100 (float)
  | 'bool'
  | 'int'
  | 'float'
  | 'uscc' // 统一社会信用代码, check character verified
  | 'person_id' // 身份证 verified when it looks like one, else opaque
  | 'org_code' // 单位代码, opaque string, may also be a USCC
  | 'party_id' // resolves to Organization, Company or Person (see import contract)
  | 'entity_id' // resolves to Organization or Company
  | 'phone'
  | 'email'
  | 'address'
  | 'mac'
  | 'ip'
  | 'enum';

export interface PropertyDef {
  readonly type: ValueType;
  /** 中文 name shown in the UI and in error messages. */
  readonly zh: string;
  /** Allowed values for `enum` (stored value → 中文). Chinese or English input both map to the key. */
  readonly values?: Readonly<Record<string, readonly string[]>>;
  /** Indexed in Neo4j (range index) for lookups by this property. */
  readonly indexed?: boolean;
}
