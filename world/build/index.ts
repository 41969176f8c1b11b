// Builds the whole in-memory world for a scale and seed, in a fixed order: bodies, people, firms, groups, plants, decoys.
import type { ScaleParams } from '../scale';
import { createWorld, type World } from '../world';
import { buildCompanies } from './companies';
import { plantIdentifierDecoys } from './decoys-ids';
import { plantPeopleDecoys } from './decoys-people';
import { planDecoyTenders, planPaymentAnomalies } from './decoys-plans';
import { buildOfficialFamilies } from './families';
import { buildGroups } from './groups';
import { buildOrgs } from './orgs';
import { buildExperts, buildPools } from './pools';
import { plantRings } from './rings';
import { plantExpertTies } from './ties';
import { plantInterestTransfer } from './transfer';

export function buildWorld(params: ScaleParams, seed: number): World {
  const w = createWorld(params, seed);
  buildOrgs(w);
  buildOfficialFamilies(w);
  buildExperts(w);
  buildCompanies(w);
  buildGroups(w);
  buildPools(w);
  plantRings(w);
  plantInterestTransfer(w);
  plantExpertTies(w);
  planPaymentAnomalies(w);
  planDecoyTenders(w);
  plantPeopleDecoys(w);
  plantIdentifierDecoys(w);
  return w;
}
