// Checks an analyst's Cypher before it runs: a lexical pass (one statement; no writes, LOAD CSV,
// CALL {} IN TRANSACTIONS, USE, apoc or dbms; procedures only from an allow-list), then the EXPLAIN plan
// (query type must be 'r'; no write, LOAD CSV, transaction or admin operator; procedures allow-listed).
import { InputError } from '../../core/errors';
import type { PlanInfo } from '../../graph/port';

export const ALLOWED_PROCEDURES = [
  'db.labels',
  'db.relationshipTypes',
  'db.propertyKeys',
  'db.schema.visualization',
  'db.schema.nodeTypeProperties',
  'db.schema.relTypeProperties',
  'db.index.fulltext.queryNodes',
  'db.index.fulltext.queryRelationships',
] as const;

/** Write and admin keywords, not when used as a property key (`n.set`), label (`:Set`), parameter or map key. */
const WRITE_WORDS =
  /(?<![.:$\w])(CREATE|MERGE|SET|DELETE|DETACH|REMOVE|DROP|FOREACH|GRANT|DENY|REVOKE|ALTER|TERMINATE|USE)\b(?!\s*:)/i;
const LOAD_CSV = /\bLOAD\s+CSV\b/i;
const IN_TX = /\bIN\s+(\d+\s+)?(CONCURRENT\s+)?TRANSACTIONS\b/i;
const BANNED_NAMESPACES = /\b(apoc|dbms|gds|tx|db\.create|db\.clear|db\.checkpoint)\s*\./i;
const PROC_CALL = /\bCALL\s+([A-Za-z_][\w]*(?:\s*\.\s*[A-Za-z_][\w]*)*)/gi;
const BAD_OPERATORS =
  /^(Create|Merge|Set|Delete|DetachDelete|Remove|Foreach|LoadCSV|Transaction|Drop|Terminate|Alter|Grant|Deny|Revoke|Assert|Start|Stop|Rename|Enable|Copy|Lock|Show(Users|Roles|Privileges|CurrentUser|Databases|Aliases|Servers|Transactions|Settings|Procedures|Functions))/;

export function rejected(why: string, whyEn: string): InputError {
  return new InputError('cypher.rejected', `查询被拒绝：${why}`, `query rejected: ${whyEn}`, {
    field: 'body.query',
  });
}

/**
 * The statement with string literals emptied and comments removed, for the lexical checks; backtick-quoted
 * names become `_q` (the plan check still sees what they name). Throws on an unterminated string/comment.
 */
export function codeOnly(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const two = text.slice(i, i + 2);
    if (two === '//') {
      while (i < text.length && text[i] !== '\n') i++;
      out += ' ';
    } else if (two === '/*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) throw rejected('注释未闭合', 'unterminated comment');
      i = end + 2;
      out += ' ';
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' && c !== '`' ? 2 : 1;
      if (j >= text.length) throw rejected('字符串或名称未闭合', 'unterminated string or quoted name');
      out += c === '`' ? '_q' : "''";
      i = j + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Lexical checks; returns the statement without a trailing semicolon. */
export function checkText(text: string): string {
  const code = codeOnly(text).trim();
  if (code === '') throw rejected('查询为空', 'empty query');
  const body = code.replace(/;\s*$/, '');
  if (body.includes(';'))
    throw rejected('只允许一条语句（不能用 ; 分隔多条）', 'only one statement is allowed (no ;)');
  if (LOAD_CSV.test(body)) throw rejected('不允许 LOAD CSV', 'LOAD CSV is not allowed');
  if (IN_TX.test(body))
    throw rejected('不允许 CALL {} IN TRANSACTIONS', 'CALL {} IN TRANSACTIONS is not allowed');
  const w = WRITE_WORDS.exec(body);
  if (w)
    throw rejected(
      `只读查询中不允许 ${w[1].toUpperCase()}`,
      `${w[1].toUpperCase()} is not allowed in a read-only query`,
    );
  const ns = BANNED_NAMESPACES.exec(body);
  if (ns) throw rejected(`不允许调用 ${ns[1]}.*`, `${ns[1]}.* is not allowed`);
  for (const m of body.matchAll(PROC_CALL)) {
    const name = m[1].replace(/\s+/g, '');
    if (!(ALLOWED_PROCEDURES as readonly string[]).includes(name)) {
      throw rejected(`不允许调用过程 ${name}`, `procedure ${name} is not on the allow-list`);
    }
  }
  return text.trim().replace(/;\s*$/, '');
}

/** Plan checks on EXPLAIN's answer. */
export function checkPlan(plan: PlanInfo): void {
  if (plan.queryType !== 'r') {
    throw rejected(
      `只允许只读查询（查询类型为 ${plan.queryType}）`,
      `only read queries are allowed (query type ${plan.queryType})`,
    );
  }
  for (const op of plan.operators) {
    const type = op.type.replace(/@.*$/, '');
    if (BAD_OPERATORS.test(type))
      throw rejected(`计划中含有不允许的操作 ${type}`, `the plan contains operator ${type}`);
    if (type === 'ProcedureCall') {
      const name = /^\s*([\w.]+)\s*\(/.exec(op.details)?.[1] ?? op.details;
      if (!(ALLOWED_PROCEDURES as readonly string[]).includes(name)) {
        throw rejected(`不允许调用过程 ${name}`, `procedure ${name} is not on the allow-list`);
      }
    }
  }
}
