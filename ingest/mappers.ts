// Turns a parsed row of each kind into the parameter row of its cypher/merge-<kind>.cypher statement.
import { int } from 'neo4j-driver';
import { isValidUscc } from '../core/ids';
import { KINDS, type ColumnDef, type KindName } from '../model';
import { CellError } from './cell-error';
import type { Identifier } from './normalise';
import type { ParsedRow } from './rows';
import type { PartyRef } from './values';

/** A reference to resolve against the graph per batch: a party (holder, payer, payee) or an entity (org or company). */
export interface Ref {
  /** The property of the Cypher row that receives the resolved `{label, id, Organization:[], Company:[], Person:[]}`. */
  slot: string;
  kind: 'party' | 'entity';
  ref: PartyRef;
  /** Column key, for a reject message. */
  column: string;
}
export interface Built {
  row: Record<string, unknown>;
  /** Identity of what the row creates (node key or relationship ends), to count duplicates inside a batch. */
  key: string;
  refs: Ref[];
}

type Mapper = (p: ParsedRow) => Built;
type Row = Record<string, unknown>;

const ids = (p: ParsedRow, k: string): Identifier[] => (p.values[k] as Identifier[] | undefined) ?? [];
const str = (p: ParsedRow, k: string): string => p.values[k] as string;
const opt = (p: ParsedRow, k: string): string[] => (p.values[k] === undefined ? [] : [p.values[k] as string]);

/** The present values of `keys` (ints as Neo4j integers) plus the row's unknown columns. */
function props(kind: KindName, p: ParsedRow, keys: string[], extras = true): Row {
  const out: Row = extras ? { ...p.extras } : {};
  const cols = KINDS[kind].columns as Record<string, ColumnDef>;
  for (const k of keys) {
    const v = p.values[k];
    if (v === undefined) continue;
    out[k] = cols[k].type === 'int' ? int(v as number) : v;
  }
  return out;
}

/** The raw text of identifier columns, kept as plain properties of the party (the links use the normalised value). */
function rawText(p: ParsedRow, keys: string[]): Row {
  const out: Row = {};
  for (const k of keys)
    if (p.values[k])
      out[k] = ids(p, k)
        .map((i) => i.raw)
        .join(';');
  return out;
}

function refuse(p: ParsedRow, column: string, zh: string, en: string): never {
  const v = p.values[column];
  const value = typeof v === 'object' && v !== null ? (v as PartyRef).id : String(v ?? '');
  throw new CellError(zh, en, p.headers[column] ?? column, value);
}

/** A resolved reference as the statements read it: the label, the id, and a one-element list under its label. */
export interface Resolved {
  label: string | null;
  id: string | null;
  Organization: string[];
  Company: string[];
  Person: string[];
}
/** An optional reference that is absent: every FOREACH over it does nothing. */
export const NONE: Resolved = { label: null, id: null, Organization: [], Company: [], Person: [] };

const entityRef = (p: ParsedRow, column: string, slot: string): Ref[] =>
  p.values[column] === undefined
    ? []
    : [
        {
          slot,
          kind: 'entity',
          column,
          ref: { id: str(p, column), cls: isValidUscc(str(p, column)) ? 'uscc' : 'opaque' },
        },
      ];

const MAPPERS: Record<KindName, Mapper> = {
  organizations: (p) => {
    const key = str(p, 'org_code');
    if (p.values.parent_code === key)
      refuse(p, 'parent_code', '上级单位不能是自身', 'an organisation cannot be its own parent');
    const row = {
      key,
      props: props('organizations', p, ['name', 'kind', 'region']),
      parents: opt(p, 'parent_code'),
    };
    return { row, key, refs: [] };
  },
  companies: (p) => {
    const key = str(p, 'uscc');
    const legal = opt(p, 'legal_rep_id').map((id) => ({ id, name: p.values.legal_rep_name ?? null }));
    const keys = ['name', 'legal_rep_name', 'established', 'registered_capital', 'status', 'region'];
    const row = {
      key,
      props: { ...props('companies', p, keys), ...rawText(p, ['address', 'phone', 'email']) },
      legal_rep: legal,
      phones: ids(p, 'phone'),
      emails: ids(p, 'email'),
      addresses: ids(p, 'address'),
    };
    return { row, key, refs: [] };
  },
  persons: (p) => {
    const key = str(p, 'person_id');
    const keys = ['name', 'position', 'is_official', 'category'];
    const row = {
      key,
      props: { ...props('persons', p, keys), ...rawText(p, ['address', 'phone', 'email']) },
      work_props: props('persons', p, ['position'], false),
      work: NONE,
      phones: ids(p, 'phone'),
      emails: ids(p, 'email'),
      addresses: ids(p, 'address'),
    };
    return { row, key, refs: entityRef(p, 'org_code', 'work') };
  },
  shareholdings: (p) => {
    const company = str(p, 'company_uscc');
    const holder = p.values.holder_id as PartyRef;
    if (holder.id === company)
      refuse(p, 'holder_id', '股东不能是企业自身', 'a company cannot hold its own shares');
    const row = {
      company,
      holder_name: p.values.holder_name ?? null,
      props: props('shareholdings', p, ['share_pct', 'subscribed_amount', 'since']),
    };
    const refs: Ref[] = [{ slot: 'holder', kind: 'party', ref: holder, column: 'holder_id' }];
    return { row, key: `${holder.id}|${company}`, refs };
  },
  positions: (p) => {
    const person = str(p, 'person_id');
    const role = str(p, 'role');
    const row = { person, role, props: props('positions', p, ['start', 'end']) };
    return {
      row,
      key: `${person}|${str(p, 'entity_id')}|${role}`,
      refs: entityRef(p, 'entity_id', 'entity'),
    };
  },
  relatives: (p) => {
    let [a, b] = [str(p, 'person_id'), str(p, 'relative_id')];
    let relation = str(p, 'relation');
    if (a === b) refuse(p, 'relative_id', '亲属不能是本人', 'a person cannot be their own relative');
    // Stored once: `parent` points from the child to the parent; other kinships from the smaller id.
    if (relation === 'child') [a, b, relation] = [b, a, 'parent'];
    else if (relation !== 'parent' && b < a) [a, b] = [b, a];
    const row = { a, b, props: { ...props('relatives', p, []), relation } };
    return { row, key: [a, b].sort().join('|'), refs: [] };
  },
  tenders: (p) => {
    const key = str(p, 'tender_id');
    const keys = ['name', 'budget', 'method', 'category', 'region', 'publish_date', 'open_date'];
    const row = { key, props: props('tenders', p, keys), agencies: opt(p, 'agency_uscc'), purchaser: NONE };
    return { row, key, refs: entityRef(p, 'purchaser_code', 'purchaser') };
  },
  bids: (p) => {
    const [tender, bidder] = [str(p, 'tender_id'), str(p, 'bidder_uscc')];
    const key = `${tender}|${bidder}`;
    const keys = [
      'tender_id',
      'bidder_uscc',
      'price',
      'score',
      'rank',
      'is_winner',
      'submitted_at',
      'contact_name',
    ];
    const row = {
      key,
      tender_id: tender,
      bidder: bidder,
      props: props('bids', p, keys),
      managers: opt(p, 'manager_id'),
      devices: ids(p, 'file_mac'),
      ips: ids(p, 'ip'),
      phones: ids(p, 'contact_phone'),
    };
    return { row, key, refs: [] };
  },
  evaluations: (p) => {
    const [tender, expert] = [str(p, 'tender_id'), str(p, 'expert_id')];
    const row = { tender_id: tender, expert, props: props('evaluations', p, ['role']) };
    return { row, key: `${tender}|${expert}`, refs: [] };
  },
  contracts: (p) => {
    const key = str(p, 'contract_id');
    const row = {
      key,
      props: props('contracts', p, ['amount', 'signed', 'subject']),
      tenders: opt(p, 'tender_id'),
      suppliers: opt(p, 'supplier_uscc'),
      buyer: NONE,
    };
    return { row, key, refs: entityRef(p, 'buyer_code', 'buyer') };
  },
  payments: (p) => {
    const key = str(p, 'payment_id');
    const row = {
      key,
      props: props('payments', p, ['amount', 'paid_at', 'purpose']),
      contracts: opt(p, 'contract_id'),
      approvers: opt(p, 'approver_id'),
    };
    const refs: Ref[] = [
      { slot: 'payer', kind: 'party', ref: p.values.payer_id as PartyRef, column: 'payer_id' },
      { slot: 'payee', kind: 'party', ref: p.values.payee_id as PartyRef, column: 'payee_id' },
    ];
    return { row, key, refs };
  },
};

/** Builds the statement row of `kind`; a cross-field problem throws a CellError naming its column. */
export function buildRow(kind: KindName, p: ParsedRow): Built {
  return MAPPERS[kind](p);
}
