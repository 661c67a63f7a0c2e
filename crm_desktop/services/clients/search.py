"""One search over companies, contacts and deals, ranked in tiers.

Names, emails, tax ids and phones are folded into search_docs (see storage.searchable).
Ranking, best first:
  0. the name is the query;  1. the name starts with it (B-tree range on name_key);
  2. every query word starts a word of the name (FTS5 unicode61 prefix query, search_names);
  3. the text is anywhere in a name, email, tax id or phone (FTS5 trigram, search_fts);
     phones match by digits in any written form;
  4. typo-tolerant: a word of the name is one typing mistake away from each query word (two
     for long words; two swapped letters are one mistake): "иваов" finds "Иванов". The
     mistyped word is compared (rapidfuzz, optimal string alignment) with the words of
     the names (search_names_vocab, kept by FTS5; read once and again only after the index
     changed, at most every VOCABULARY_TTL seconds); the near ones are then looked up as
     prefixes in search_names.
Each tier is asked for at most `limit` rows and later tiers only fill what is left, so a
query costs the same whether it matches ten rows or a hundred thousand. Within a tier, rows
sort by name (the typo tier: fewest mistakes first).

A query can be stopped from another thread through a QueryGuard (sqlite3 interrupt), so the
search box cancels the previous query when a key arrives.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from rapidfuzz import process
from rapidfuzz.distance import OSA
from sqlalchemy import Row, text
from sqlalchemy.orm import Session

from crm_desktop.domain.text import digits, fold, looks_like_phone
from crm_desktop.services.clients.query_guard import Cancelled as Cancelled  # re-exported
from crm_desktop.services.clients.query_guard import QueryGuard as QueryGuard
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.dto import SearchHit
from crm_desktop.storage.database import raw_sqlite
from crm_desktop.storage.sql_text import fts_phrase, person_name_sql

TRIGRAM = 3
FUZZY_MIN = 4  # shorter words have too many neighbours one mistake away
FUZZY_TERMS = 8  # near words looked up per query word
VOCABULARY_TTL = 30.0  # seconds a read vocabulary serves although names were written since
_WORD_SEPARATORS = re.compile(r"[\s«»\"().,;:!?/&+\-_]+")


@contextmanager
def _watched(session: Session, guard: QueryGuard | None) -> Iterator[None]:
    if guard is None:
        yield
        return
    with guard.watching(raw_sqlite(session)):
        yield


def fuzzy_prefixes(word: str, vocabulary: list[str]) -> list[tuple[str, int]]:
    """Beginnings of vocabulary words within one mistake of `word` (two from seven letters
    on), nearest first: (prefix, mistakes). Prefixes one letter shorter or longer than the
    word are compared too, so a word still being typed and a missed letter both match."""
    limit = 1 if len(word) < 7 else 2
    size = len(word)
    candidates = {w[:n] for w in vocabulary for n in (size - 1, size, size + 1)
                  if len(w) >= n >= FUZZY_MIN - 1}
    found = process.extract(word, list(candidates), scorer=OSA.distance,
                            score_cutoff=limit, limit=None)
    return sorted(((c, int(d)) for c, d, _ in found), key=lambda x: (x[1], -len(x[0]), x[0])
                  )[:FUZZY_TERMS]

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
        self._vocabulary: list[str] = []
        self._vocabulary_mark: tuple[Any, float] | None = None  # (index structure, read at)
        self._vocabulary_lock = threading.Lock()

    def vocabulary(self, session: Session) -> list[str]:
        """The words of the names. FTS5's structure record changes with every write to the
        index; a changed one is read again once VOCABULARY_TTL has passed (reading every word
        takes a few hundred milliseconds on the large set, checking it a few microseconds)."""
        structure = session.execute(text(
            "SELECT block FROM search_names_data WHERE id = 10")).scalar()
        with self._vocabulary_lock:
            mark = self._vocabulary_mark
            if mark is not None and (mark[0] == structure
                                     or time.monotonic() - mark[1] < VOCABULARY_TTL):
                return self._vocabulary
        words = [r[0] for r in session.execute(text(
            "SELECT term FROM search_names_vocab WHERE col = 'name_key'"))]
        with self._vocabulary_lock:
            self._vocabulary, self._vocabulary_mark = words, (structure, time.monotonic())
        return words

    def search(self, query: str, limit: int = 50, kinds: tuple[str, ...] | None = None,
               guard: QueryGuard | None = None) -> list[SearchHit]:
        """Ranked hits with a title and a subtitle for display."""
        with self.ctx.db.read() as session, _watched(session, guard):
            return self._display(session, self._rank(session, query, limit, kinds))

    def ranked_ids(self, query: str, limit: int = 500, kinds: tuple[str, ...] | None = None,
                   guard: QueryGuard | None = None) -> list[str]:
        """The same ranking, ids only (the clients list fetches its own columns)."""
        with self.ctx.db.read() as session, _watched(session, guard):
            found = self._rank(session, query, limit, kinds)
        return sorted(found, key=lambda i: (found[i][0], found[i][2]))

    def _rank(self, session: Session, query: str, limit: int,
              kinds: tuple[str, ...] | None) -> dict[str, tuple[int, str, str]]:
        folded = fold(query)
        if not folded or limit <= 0:
            return {}
        phone = looks_like_phone(query)
        terms = [digits(query)] if phone else folded.split(" ")
        kind_sql = ""
        params: dict[str, Any] = {"limit": limit}
        if kinds:
            names = [k for k in kinds if k.isalpha()]
            kind_sql = " AND s.kind IN (" + ", ".join(f"'{k}'" for k in names) + ")"
            params["kinds"] = "kind : (" + " OR ".join(names) + ") AND "
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
        if len(found) < limit and not phone:
            self._near(session, folded, kind_sql, limit, found, params.get("kinds", ""))
        return found

    def _near(self, session: Session, folded: str, kind_sql: str, limit: int,
              found: dict[str, tuple[int, str, str]], kinds_match: str = "") -> None:
        """Tier 4: each query word, or a word one or two mistakes from it, starts a word of
        the name. Ranked by the mistakes made, then by name, after every exact match."""
        words = [w for w in _WORD_SEPARATORS.split(folded) if w]
        if not any(len(w) >= FUZZY_MIN for w in words):
            return
        vocabulary = self.vocabulary(session)
        groups: list[list[tuple[str, int]]] = []
        for word in words:
            if len(word) < FUZZY_MIN:
                groups.append([(word, 0)])
                continue
            near = fuzzy_prefixes(word, vocabulary)
            if not near:
                return
            groups.append(near)
        match = " AND ".join("(" + " OR ".join(fts_phrase(p) + "*" for p, _ in group) + ")"
                             for group in groups)
        rows = self._fts(session, "search_names", match, kind_sql,
                         {"limit": limit, "kinds": kinds_match})

        # Per query word, its prefixes by the mistakes they cost, fewest first: a name word is
        # tested against each tuple at once (str.startswith in C), once per row.
        by_cost = [[(m, tuple(p for p, k in group if k == m))
                    for m in sorted({k for _, k in group})] for group in groups]

        def mistakes(name_key: str) -> int:
            name_words = _WORD_SEPARATORS.split(name_key)
            total = 0
            for costs in by_cost:
                total += next((m for m, prefixes in costs
                               if any(w.startswith(prefixes) for w in name_words)), 0)
            return total

        scored = sorted((mistakes(name_key), name_key, kind, ref_id)
                        for kind, ref_id, name_key in rows)
        for cost, name_key, kind, ref_id in scored:
            if ref_id not in found and len(found) < limit:
                found[ref_id] = (3 + max(cost, 1), kind, name_key)

    def _fts(self, session: Session, table: str, match: str, where: str,
             params: dict[str, Any]) -> Sequence[Row[str, str, str]]:
        # Twice the limit, so rows that a later filter or the de-duplication drops still
        # leave a full page; no ORDER BY, so SQLite stops at the limit.
        # The kind inside the MATCH: FTS5 intersects it with the words, so hits of other
        # kinds are never read (the kind is also in `where`, for the tiers without FTS).
        column = "name_key" if table == "search_names" else "search_text"
        match = f"{params.get('kinds', '')}{column} : ({match})"
        values = {k: v for k, v in params.items() if k != "kinds"}
        return session.execute(text(
            f"SELECT s.kind, s.ref_id, s.name_key FROM {table} f JOIN search_docs s "
            f"ON s.docid = f.rowid WHERE {table} MATCH :match AND s.deleted = 0{where} "
            f"LIMIT :limit * 2"), {**values, "match": match}).all()

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
