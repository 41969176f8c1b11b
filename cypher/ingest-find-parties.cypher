// Which of the given codes are already known, and as what (ingest resolves holder/payer/payee/entity ids per batch).
UNWIND $codes AS code
WITH code,
     EXISTS { MATCH (:Organization {org_code: code}) } AS organization,
     EXISTS { MATCH (:Company {uscc: code}) } AS company,
     EXISTS { MATCH (:Person {person_id: code}) } AS person
WHERE organization OR company OR person
RETURN code, organization, company, person
