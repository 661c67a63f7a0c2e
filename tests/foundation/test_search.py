"""Search: Cyrillic case folding, ё/е, phones in any written form, tax ids, ranking, typo
tolerance (after every exact match), the word list behind it, and cancelling a query."""

from __future__ import annotations

import sqlite3
import threading
import time

import pytest

from crm_desktop.services.clients.search import Cancelled, QueryGuard, fuzzy_prefixes
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
    # No exact hit any more: only as a near name, one mistake away.
    assert [(h.id, h.rank) for h in crm.search.search("smith")] == [(people["smith"], 4)]
    assert [(h.id, h.rank) for h in crm.search.search("smythe")] == [(people["smith"], 1)]
    hits = crm.search.search("иван", kinds=("deal",))
    assert [h.kind for h in hits] == ["deal"]


def test_fts_syntax_in_query_is_harmless(crm: Crm, people: dict[str, str]) -> None:
    """FTS5's quotes, prefixes, groups and operators in a query are text, never syntax: no
    error, the word around them found as if typed alone, and OR joins nothing."""
    named = crm.companies.create(name="OR AND NOT Trading").id
    both = {people["ivanov"], people["ivan"]}
    for query in ["(иван", "иван*", "-иван", "^иван", "иван:", "{иван}"]:
        assert both <= set(found(crm, query)), query
    assert found(crm, '"ромашка"') == [people["romashka"]]
    for query in ['"', 'ром"ашка', "*", "NEAR(a b)", "ромашка OR иван"]:
        assert found(crm, query) == [], query
    assert named in found(crm, "OR AND NOT")


@pytest.mark.parametrize("query", ["иваов", "ИВАОНВ", "ивнаов", "иванв", "сдоров", "сидорв иван"])
def test_a_typo_still_finds_the_name(crm: Crm, people: dict[str, str], query: str) -> None:
    hits = crm.search.search(query)
    assert hits, query
    expected = people["ivan"] if query.startswith(("сд", "сид")) else people["ivanov"]
    assert hits[0].id == expected and hits[0].rank >= 4


def test_typo_matches_come_after_every_exact_match(crm: Crm, people: dict[str, str]) -> None:
    near = crm.contacts.create(first_name="Анна", last_name="Ивонова").id  # one mistake away
    hits = crm.search.search("иванова")
    assert {near, people["ivanov"]} <= {h.id for h in hits}
    assert all(h.rank >= 4 for h in hits)  # no exact match at all yet
    exact = crm.contacts.create(first_name="Анна", last_name="Иванова").id
    hits = crm.search.search("иванова")
    ranks = [h.rank for h in hits]
    assert hits[0].id == exact and ranks == sorted(ranks)
    assert [h.id for h in hits if h.rank < 4] == [exact]
    assert crm.search.search("абвгдежз") == []  # nothing near: nothing found
    assert [h.rank for h in crm.search.search("иву")] == []  # too short to guess at


def test_the_vocabulary_follows_writes(crm: Crm, people: dict[str, str],
                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from crm_desktop.services.clients import search

    assert crm.search.search("сидорв")[0].id == people["ivan"]
    crm.contacts.create(first_name="Олег", last_name="Кузьмичёв")
    monkeypatch.setattr(search, "VOCABULARY_TTL", 3600.0)  # a fresh read is still served
    assert crm.search.search("кузьмичв") == []
    assert crm.search.search("кузьмичёв")  # exact search never waits for it
    monkeypatch.setattr(search, "VOCABULARY_TTL", 0.0)
    assert crm.search.search("кузьмичв")[0].title == "Кузьмичёв Олег"
    conn = sqlite3.connect(crm.path)  # behind the program's back
    conn.execute("DELETE FROM companies WHERE id = ?", (people["romashka"],))
    conn.commit()
    conn.close()
    assert crm.search.search("ромашко") == []
    with crm.db.read() as session:
        words = crm.search.vocabulary(session)
    assert "ромашка" not in words and "сидоров" in words


def test_fuzzy_prefixes_prefer_fewest_mistakes() -> None:
    vocabulary = ["иванов", "иванова", "ивонин", "петров", "сидоров"]
    near = fuzzy_prefixes("иваов", vocabulary)
    assert near[0] == ("иванов", 1)
    assert all(m <= 1 for _, m in near)
    assert fuzzy_prefixes("сидрово", vocabulary)[0][0].startswith("сидоров")
    assert fuzzy_prefixes("ккккк", vocabulary) == []


def test_a_query_is_cancelled_from_another_thread(crm: Crm) -> None:
    guard = QueryGuard()
    guard.cancel()
    with pytest.raises(Cancelled):
        crm.search.search("иван", guard=guard)
    with pytest.raises(Cancelled):
        guard.wrap(lambda: 1)()
    # A long query, interrupted while it runs: Cancelled, and the next query works.
    guard = QueryGuard()
    errors: list[BaseException] = []
    slow = ("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
            "WHERE i < 100000000) SELECT count(*) FROM n")

    def run() -> None:
        try:
            with crm.db.read() as session, guard.watching(
                    session.connection().connection.driver_connection):
                session.connection().exec_driver_sql(slow).all()
        except BaseException as exc:
            errors.append(exc)

    thread = threading.Thread(target=run)
    thread.start()
    time.sleep(0.2)
    guard.cancel()
    thread.join(10)
    assert not thread.is_alive() and len(errors) == 1 and isinstance(errors[0], Cancelled)
    assert crm.search.search("нет такого") == []
