"""Possible duplicates of a client: same phone, email or tax id, or a similar name."""

from __future__ import annotations

from rapidfuzz import fuzz
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from crm_desktop.domain.emails import normalize_email
from crm_desktop.domain.errors import ValidationError
from crm_desktop.domain.phones import normalize_phone
from crm_desktop.domain.taxid import normalize_inn
from crm_desktop.domain.text import digits, fold
from crm_desktop.services.context import ServiceContext
from crm_desktop.services.dto import DuplicateCandidate
from crm_desktop.storage.models import Company, Contact
from crm_desktop.storage.searchable import fts_phrase, person_name_sql

NAME_SIMILARITY = 88


class DuplicateService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def find(self, kind: str = "company", name: str | None = None,
             phones: list[str] | None = None, emails: list[str] | None = None,
             tax_id: str | None = None, exclude_id: str | None = None,
             limit: int = 10) -> list[DuplicateCandidate]:
        """Candidates for a company or contact being typed; unparsable input is ignored."""
        found: dict[str, DuplicateCandidate] = {}
        with self.ctx.db.read() as session:
            for raw in phones or []:
                try:
                    phone = normalize_phone(raw, self.ctx.region)
                except ValidationError:
                    continue
                for ident, title in self._fts(session, kind, digits(phone)):
                    if self._has(session, kind, ident, "phones", phone):
                        found.setdefault(ident, DuplicateCandidate(kind, ident, title, "phone"))
            for raw in emails or []:
                try:
                    email = normalize_email(raw)
                except ValidationError:
                    continue
                for ident, title in self._fts(session, kind, email):
                    if self._has(session, kind, ident, "emails", email):
                        found.setdefault(ident, DuplicateCandidate(kind, ident, title, "email"))
            if tax_id and kind == "company":
                try:
                    inn = normalize_inn(tax_id)
                except ValidationError:
                    inn = None
                if inn:
                    rows = session.execute(select(Company.id, Company.name).where(
                        Company.tax_id == inn, Company.deleted_at.is_(None))).all()
                    for ident, title in rows:
                        found.setdefault(ident, DuplicateCandidate(kind, ident, title, "tax_id"))
            key = fold(name)
            if len(key) >= 3:
                longest = max(key.split(" "), key=len)
                if len(longest) >= 3:
                    for ident, title in self._fts(session, kind, longest, limit=200):
                        if fuzz.token_sort_ratio(key, fold(title)) >= NAME_SIMILARITY:
                            found.setdefault(ident, DuplicateCandidate(kind, ident, title, "name"))
        found.pop(exclude_id or "", None)
        return list(found.values())[:limit]

    def _fts(self, session: Session, kind: str, term: str,
             limit: int = 50) -> list[tuple[str, str]]:
        if len(term) < 3:
            return []
        if kind == "company":
            title = "(SELECT name FROM companies WHERE id = s.ref_id)"
        else:
            title = f"(SELECT {person_name_sql()} FROM contacts WHERE id = s.ref_id)"
        sql = (f"SELECT s.ref_id, {title} FROM search_fts f JOIN search_docs s "
               f"ON s.docid = f.rowid WHERE search_fts MATCH :m AND s.kind = :kind "
               f"AND s.deleted = 0 LIMIT :limit")
        # the kind inside the MATCH too: FTS5 never reads the other kind's hits
        match = f"kind : {fts_phrase(kind)} AND search_text : {fts_phrase(term)}"
        return [(r[0], r[1] or "") for r in
                session.execute(text(sql), {"m": match, "kind": kind, "limit": limit})]

    def _has(self, session: Session, kind: str, ident: str, column: str, value: str) -> bool:
        model = Company if kind == "company" else Contact
        row = session.get(model, ident)
        return row is not None and value in (getattr(row, column) or [])
