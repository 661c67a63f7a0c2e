"""One search over companies, contacts and deals, ranked in tiers.

Names, emails, tax ids and phones are folded into search_docs (see storage.searchable).
Ranking, best first:
  0. the name is the query;  1. the name starts with it (B-tree range on name_key);
  2. every query word starts a word of the name (FTS5 unicode61 prefix query, search_names);
  3. the text is anywhere in a name, email, tax id or phone (FTS5 trigram, search_fts);
     phones match by digits in any written form.
Each tier is asked for at most `limit` rows and later tiers only fill what is left, so a
query costs the same whether it matches ten rows or a hundred thousand. Within a tier, rows
sort by name.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from crm_desktop.domain.text import digits, fold, looks_like_phone
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.dto import SearchHit
from crm_desktop.storage.searchable import fts_phrase, person_name_sql

TRIGRAM = 3

_TITLES = """
SELECT s.ref_id,
  CASE s.kind
    WHEN 'company' THEN (SELECT name FROM companies WHERE id = s.ref_id)
    WHEN 'contact' THEN (SELECT {person} FROM contacts WHERE id = s.ref_id)
    ELSE (SELECT title FROM deals WHERE id = s.ref_id) END,
  CASE s.kind
    WHEN 'company' THEN (SELECT coalesce(tax_id, '') || ' ' ||
                          coalesce(json_extract(phones, '$[0]'), '') FROM companies
                          WHERE id = s.ref_id)
    WHEN 'contact' THEN (SELECT coalesce(c.name, '') FROM contacts p
                          LEFT JOIN companies c ON c.id = p.company_id WHERE p.id = s.ref_id)
    ELSE (SELECT coalesce(c.name, '') FROM deals x LEFT JOIN companies c ON c.id = x.company_id
          WHERE x.id = s.ref_id) END
FROM search_docs s WHERE s.ref_id IN ({ids})
"""


class SearchService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def search(self, query: str, limit: int = 50, kinds: tuple[str, ...] | None = None
               ) -> list[SearchHit]:
        """Ranked hits with a title and a subtitle for display."""
        with self.ctx.db.read() as session:
            return self._display(session, self._rank(session, query, limit, kinds))

    def ranked_ids(self, query: str, limit: int = 500,
                   kinds: tuple[str, ...] | None = None) -> list[str]:
        """The same ranking, ids only (the clients list fetches its own columns)."""
        with self.ctx.db.read() as session:
            found = self._rank(session, query, limit, kinds)
        return sorted(found, key=lambda i: (found[i][0], found[i][2]))

    def _rank(self, session: Session, query: str, limit: int,
              kinds: tuple[str, ...] | None) -> dict[str, tuple[int, str, str]]:
        folded = fold(query)
        if not folded or limit <= 0:
            return {}
        phone = looks_like_phone(query)
        terms = [digits(query)] if phone else folded.split(" ")
        kind_sql, params = "", {"limit": limit}
        if kinds:
            names = [k for k in kinds if k.isalpha()]
            kind_sql = " AND s.kind IN (" + ", ".join(f"'{k}'" for k in names) + ")"
        found: dict[str, tuple[int, str, str]] = {}  # ref_id -> (rank, kind, name_key)

        def take(rows: Any, rank_of: Any) -> None:
            for kind, ref_id, name_key in sorted(rows, key=lambda r: r[2]):
                if ref_id not in found and len(found) < limit:
                    found[ref_id] = (rank_of(name_key), kind, name_key)

        if not phone:
            rows = session.execute(text(
                "SELECT s.kind, s.ref_id, s.name_key FROM search_docs s WHERE "
                f"s.name_key >= :lo AND s.name_key < :hi AND s.deleted = 0{kind_sql} "
                "ORDER BY s.name_key LIMIT :limit"),
                {**params, "lo": folded, "hi": folded + "\uffff"}).all()
            take(rows, lambda key: 0 if key == folded else 1)
            if len(found) < limit:
                match = " AND ".join(fts_phrase(t) + "*" for t in terms)
                take(self._fts(session, "search_names", match, kind_sql, params), lambda _: 2)
        long_terms = [t for t in terms if len(t) >= TRIGRAM]
        if len(found) < limit and long_terms:
            match = " AND ".join(fts_phrase(t) for t in long_terms)
            extra = "".join(f" AND s.search_text LIKE :short{i}"
                            for i, t in enumerate(terms) if len(t) < TRIGRAM)
            shorts = {f"short{i}": f"%{t}%" for i, t in enumerate(terms) if len(t) < TRIGRAM}
            take(self._fts(session, "search_fts", match, kind_sql + extra,
                           {**params, **shorts}), lambda _: 3)
        return found

    def _fts(self, session: Session, table: str, match: str, where: str,
             params: dict) -> list[Any]:
        # Twice the limit, so rows that a later filter or the de-duplication drops still
        # leave a full page; no ORDER BY, so SQLite stops at the limit.
        return session.execute(text(
            f"SELECT s.kind, s.ref_id, s.name_key FROM {table} f JOIN search_docs s "
            f"ON s.docid = f.rowid WHERE {table} MATCH :match AND s.deleted = 0{where} "
            f"LIMIT :limit * 2"), {**params, "match": match}).all()

    def _display(self, session: Session, found: dict[str, tuple[int, str, str]]
                 ) -> list[SearchHit]:
        if not found:
            return []
        ids = list(found)
        names = {f"id{i}": ident for i, ident in enumerate(ids)}
        sql = _TITLES.format(person=person_name_sql(), ids=", ".join(f":{k}" for k in names))
        rows = session.execute(text(sql), names).all()
        titles = {r[0]: (r[1] or "", (r[2] or "").strip()) for r in rows}
        hits = [SearchHit(kind=found[i][1], id=i, rank=found[i][0], title=titles[i][0],
                          subtitle=titles[i][1]) for i in ids if i in titles]
        return sorted(hits, key=lambda h: (h.rank, found[h.id][2]))
