"""Search: Cyrillic case folding, ё/е, phones in any written form, tax ids, ranking."""

from __future__ import annotations

import pytest

from crm_desktop.services.crm import Crm


@pytest.fixture
def people(crm: Crm) -> dict[str, str]:
    ids = {}
    ids["romashka"] = crm.companies.create(name="ООО Ромашка", phones=["+79123456789"],
                                           tax_id="7707083893",
                                           emails=["info@romashka.ru"]).id
    ids["ivanov"] = crm.contacts.create(first_name="Пётр", last_name="Иванов",
                                        phones=["+74951234567"]).id
    ids["ivan"] = crm.contacts.create(first_name="Иван", last_name="Сидоров").id
    ids["elkin"] = crm.contacts.create(first_name="Семён", last_name="Ёлкин").id
    ids["smith"] = crm.contacts.create(first_name="John", last_name="Smith",
                                       emails=["john.smith@acme.com"]).id
    ids["deal"] = crm.deals.create(title="Ремонт ДИВАНОВ",
                                   pipeline_id=crm.pipelines.default().id).id
    return ids


def found(crm: Crm, query: str) -> list[str]:
    return [hit.id for hit in crm.search.search(query)]


@pytest.mark.parametrize("query", ["иван", "ИВАН", "Иван", "иВаН"])
def test_cyrillic_case_folding(crm: Crm, people: dict[str, str], query: str) -> None:
    hits = found(crm, query)
    assert people["ivanov"] in hits and people["ivan"] in hits and people["deal"] in hits


def test_ranking_puts_exact_and_prefix_first(crm: Crm, people: dict[str, str]) -> None:
    hits = crm.search.search("иван")
    # "Иванов Пётр" starts with the text; "Сидоров Иван" has a word starting with it;
    # the deal only contains it.
    assert [h.id for h in hits][:3] == [people["ivanov"], people["ivan"], people["deal"]]


@pytest.mark.parametrize("query", ["елкин", "ёлкин", "ЁЛКИН", "семен"])
def test_yo_matches_ye(crm: Crm, people: dict[str, str], query: str) -> None:
    assert found(crm, query) == [people["elkin"]]


@pytest.mark.parametrize("query", ["+7 912 345-67-89", "89123456789", "79123456789",
                                   "8 (912) 345 67 89", "345-67", "912345"])
def test_phone_in_any_written_form(crm: Crm, people: dict[str, str], query: str) -> None:
    assert people["romashka"] in found(crm, query)


def test_other_fields(crm: Crm, people: dict[str, str]) -> None:
    assert found(crm, "7707083893") == [people["romashka"]]
    assert found(crm, "770708") == [people["romashka"]]
    assert found(crm, "info@romashka") == [people["romashka"]]
    assert found(crm, "SMITH") == [people["smith"]]
    assert found(crm, "acme.com") == [people["smith"]]
    assert found(crm, "иванов пётр") == [people["ivanov"]]
    assert found(crm, "нет такого") == []
    assert found(crm, "   ") == []


def test_short_queries_match_name_and_word_prefixes(crm: Crm, people: dict[str, str]) -> None:
    assert found(crm, "ив") == [people["ivanov"], people["ivan"]]
    assert people["romashka"] in found(crm, "ооо")


def test_index_follows_updates_and_kinds(crm: Crm, people: dict[str, str]) -> None:
    crm.contacts.update(people["smith"], last_name="Smythe")
    assert found(crm, "smith") == [people["smith"]]  # still in the email
    crm.contacts.update(people["smith"], emails=[])
    assert found(crm, "smith") == []
    assert found(crm, "smythe") == [people["smith"]]
    hits = crm.search.search("иван", kinds=("deal",))
    assert [h.kind for h in hits] == ["deal"]


def test_fts_syntax_in_query_is_harmless(crm: Crm, people: dict[str, str]) -> None:
    for query in ['"', 'ром"ашка', "OR AND NOT", "*", "(иван", "NEAR(a b)"]:
        crm.search.search(query)
