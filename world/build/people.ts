// Draws plausible people: sex, surname by frequency, one- or two-character given name, birth date in a year range.
import { dayOf } from '../calendar';
import { COMPOUND_SURNAMES, FEMALE_CHARS, MALE_CHARS, SURNAMES, surnameWeight } from '../data/people';
import { cumulative, type Rng } from '../rng';
import { BIRTH_MAX, BIRTH_MIN, NO_CHAR, type PersonInit } from '../tables/persons';
import type { World } from '../world';

const SURNAME_CUM = cumulative([
  ...SURNAMES.map((_, i) => surnameWeight(i)),
  ...COMPOUND_SURNAMES.map(() => surnameWeight(SURNAMES.length * 3)),
]);

export function randomSurname(rng: Rng): number {
  return rng.weighted(SURNAME_CUM);
}

/** Given-name character indices into GIVEN (male pool first, then female). */
export function givenChars(rng: Rng, male: boolean): [number, number] {
  const pool = male ? MALE_CHARS.length : FEMALE_CHARS.length;
  const off = male ? 0 : MALE_CHARS.length;
  const g1 = off + rng.int(pool);
  if (rng.chance(0.3)) return [g1, NO_CHAR];
  let g2 = off + rng.int(pool);
  if (g2 === g1) g2 = off + ((g2 - off + 1) % pool);
  return [g1, g2];
}

/** A day drawn uniformly from the years given (inclusive). */
export function dayBetween(rng: Rng, fromYear: number, toYear: number): number {
  const lo = dayOf(fromYear, 1, 1);
  return lo + rng.int(dayOf(toYear, 12, 31) - lo + 1);
}

export function birthBetween(rng: Rng, fromYear: number, toYear: number): number {
  const lo = Math.max(BIRTH_MIN, dayOf(fromYear, 1, 1));
  const hi = Math.min(BIRTH_MAX, dayOf(toYear, 12, 31));
  return lo + rng.int(Math.max(1, hi - lo + 1));
}

export interface NewPerson {
  region: number;
  years: [number, number];
  cat: number;
  male?: boolean;
  /** Probability of being male when `male` is not given. */
  maleP?: number;
  sur?: number;
  birth?: number;
  org?: number;
  company?: number;
  title?: string;
  addrOf?: number;
}

/** Adds a person with drawn name and birth date; returns the index. */
export function newPerson(w: World, rng: Rng, p: NewPerson): number {
  const male = p.male ?? rng.chance(p.maleP ?? 0.5);
  const [g1, g2] = givenChars(rng, male);
  const init: PersonInit = {
    region: p.region,
    birth: p.birth ?? birthBetween(rng, p.years[0], p.years[1]),
    male,
    sur: p.sur ?? randomSurname(rng),
    g1,
    g2,
    cat: p.cat,
    org: p.org,
    company: p.company,
    title: p.title === undefined ? undefined : w.persons.title(p.title),
    addrOf: p.addrOf,
  };
  return w.persons.add(init);
}

/** A birth day `years` (±spread) after `day`, clamped to adults. */
export function birthNear(rng: Rng, day: number, years: number, spread: number): number {
  const d = day + Math.round((years + rng.uniform(-spread, spread)) * 365.25);
  return Math.min(BIRTH_MAX, Math.max(BIRTH_MIN, d));
}
