// Ring detection: names of the companies in candidate groups.
// params: $usccs (list of 统一社会信用代码)
UNWIND $usccs AS u
MATCH (c:Company {uscc: u})
RETURN c.uscc AS uscc, c.name AS name
