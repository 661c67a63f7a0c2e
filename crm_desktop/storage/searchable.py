"""Keeps the folded shadow columns (name_key, search_text) of searchable rows current."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event

from crm_desktop.domain.text import build_search_text, fold
from crm_desktop.storage.models import Company, Contact, Deal
from crm_desktop.storage.sql_text import fts_phrase as fts_phrase  # re-exported
from crm_desktop.storage.sql_text import person_name as person_name
from crm_desktop.storage.sql_text import person_name_sql as person_name_sql


def company_keys(values: dict[str, Any]) -> tuple[str, str]:
    name = values.get("name") or ""
    return fold(name), build_search_text(
        name, values.get("legal_name"), values.get("tax_id"), values.get("website"),
        *(values.get("emails") or []), phones=values.get("phones") or [])


def contact_keys(values: dict[str, Any]) -> tuple[str, str]:
    first, middle = values.get("first_name"), values.get("middle_name")
    last = values.get("last_name")
    display = person_name(first, middle, last)
    return fold(display), build_search_text(
        display, " ".join(p for p in (first, last) if p), values.get("position"),
        *(values.get("emails") or []), phones=values.get("phones") or [])


def deal_keys(values: dict[str, Any]) -> tuple[str, str]:
    title = values.get("title") or ""
    return fold(title), build_search_text(title)


KEYS = {Company: company_keys, Contact: contact_keys, Deal: deal_keys}


def _columns(target: Any) -> dict[str, Any]:
    return {c.key: getattr(target, c.key) for c in target.__table__.columns}


def _refresh(mapper: Any, connection: Any, target: Any) -> None:
    target.name_key, target.search_text = KEYS[type(target)](_columns(target))


for _model in KEYS:
    event.listen(_model, "before_insert", _refresh)
    event.listen(_model, "before_update", _refresh)
