"""One search over companies, contacts and deals.

Names, emails, tax ids and phones are folded into search_docs (see storage.searchable) and
indexed by FTS5's trigram tokenizer, which gives substring matches. Phones match by digits
in any written form. Queries shorter than three characters fall back to a name-prefix range
scan on an index. Ranking: exact name, name prefix, a word of the name starting with the
query, then any other match; ties by name.
"""

from __future__ import annotations

from sqlalchemy import text

from crm_desktop.domain.text import digits, fold, looks_like_phone
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.dto import SearchHit

TRIGRAM = 3

_DISPLAY = """
SELECT d.kind, d.ref_id, d.rank,
  CASE d.kind
    WHEN 'company' THEN (SELECT name FROM companies WHERE id = d.ref_id)
    WHEN 'contact' THEN (SELECT trim(coalesce(last_name, '') || ' ' || coalesce(first_name, '')
                          || ' ' || coalesce(middle_name, '')) FROM contacts WHERE id = d.ref_id)
    ELSE (SELECT title FROM deals WHERE id = d.ref_id) END AS title,
  CASE d.kind
    WHEN 'company' THEN (SELECT coalesce(tax_id, '') || ' ' ||
                          coalesce(json_extract(phones, '$[0]'), '') FROM companies
                          WHERE id = d.ref_id)
    WHEN 'contact' THEN (SELECT coalesce(c.name, '') FROM contacts p
                          LEFT JOIN companies c ON c.id = p.company_id WHERE p.id = d.ref_id)
    ELSE (SELECT coalesce(c.name, '') FROM deals x LEFT JOIN companies c ON c.id = x.company_id
          WHERE x.id = d.ref_id) END AS subtitle
FROM ({inner}) AS d
ORDER BY d.rank, d.name_key
"""


def _fts_phrase(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


class SearchService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def search(self, query: str, limit: int = 50, kinds: tuple[str, ...] | None = None
               ) -> list[SearchHit]:
        sql, params = self.build(query, limit, kinds)
        if sql is None:
            return []
        with self.ctx.db.read() as session:
            rows = session.execute(text(sql), params).all()
        return [SearchHit(kind=r[0], id=r[1], rank=r[2], title=r[3] or "",
                          subtitle=(r[4] or "").strip()) for r in rows]

    def build(self, query: str, limit: int, kinds: tuple[str, ...] | None = None
              ) -> tuple[str | None, dict]:
        """The SQL and parameters for a query (the benchmark times this SQL bare, too)."""
        folded = fold(query)
        if looks_like_phone(query):
            terms = [digits(query)]
        else:
            terms = [t for t in folded.split(" ") if t]
        if not terms:
            return None, {}
        params: dict = {"q": folded, "prefix": folded + "%", "word": "% " + folded + "%",
                        "limit": limit}
        kind_filter = ""
        if kinds:
            kind_filter = " AND s.kind IN (" + ", ".join(f"'{k}'" for k in kinds
                                                         if k.isalpha()) + ")"
        rank = ("CASE WHEN s.name_key = :q THEN 0 WHEN s.name_key LIKE :prefix THEN 1 "
                "WHEN s.name_key LIKE :word THEN 2 ELSE 3 END")
        long_terms = [t for t in terms if len(t) >= TRIGRAM]
        short_terms = [t for t in terms if len(t) < TRIGRAM]
        where = ["s.deleted = 0"]
        for i, term in enumerate(short_terms):
            params[f"short{i}"] = f"%{term}%"
            where.append(f"s.search_text LIKE :short{i}")
        if long_terms:
            params["match"] = " AND ".join(_fts_phrase(t) for t in long_terms)
            inner = (f"SELECT s.kind, s.ref_id, s.name_key, {rank} AS rank "
                     f"FROM search_fts f JOIN search_docs s ON s.docid = f.rowid "
                     f"WHERE search_fts MATCH :match AND {' AND '.join(where)}{kind_filter} "
                     f"ORDER BY rank, s.name_key LIMIT :limit")
        else:
            # Too short for trigrams: names starting with the text, through the name index.
            params["lo"], params["hi"] = folded, folded + "\uffff"
            inner = (f"SELECT s.kind, s.ref_id, s.name_key, {rank} AS rank FROM search_docs s "
                     f"WHERE s.name_key >= :lo AND s.name_key < :hi AND {' AND '.join(where)}"
                     f"{kind_filter} ORDER BY s.name_key LIMIT :limit")
        return _DISPLAY.format(inner=inner), params
