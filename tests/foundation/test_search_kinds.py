"""The full-text indexes hold the record's kind, so a search of one kind is one MATCH; a file
from before (migration 0015) gets its indexes made again and finds the same."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from crm_desktop.services.clients.client_list import ClientFilter
from crm_desktop.services.crm import Crm
from crm_desktop.storage.database import alembic_config, make_engine


def fill(crm: Crm) -> None:
    crm.companies.create(name="ООО Иван да Марья")
    for n in range(30):  # many people of the other kind match the same word
        crm.contacts.create(first_name="Иван", last_name=f"Иванов{n}")


def test_a_search_of_one_kind_finds_that_kind_only(crm: Crm) -> None:
    fill(crm)
    companies = crm.client_list.ids(ClientFilter(kind="company", search="иван"))
    people = crm.client_list.ids(ClientFilter(kind="contact", search="иван"))
    assert len(companies) == 1 and len(people) == 30
    assert [h.title for h in crm.search.search("марья иаан", kinds=("company",))] == \
        ["ООО Иван да Марья"]  # typo-tolerant, still one kind
    # the kinds are not words of names: no typo of "company" finds every company
    assert crm.search.search("compani", kinds=("company",)) == []
    with sqlite3.connect(crm.path) as raw:
        terms = {r[0] for r in raw.execute("SELECT term FROM search_names_vocab "
                                           "WHERE col = 'name_key'")}
        assert "иван" in terms and not {"company", "contact", "deal"} & terms


def test_an_older_file_gets_indexes_with_kinds(tmp_path: Path) -> None:
    from alembic import command

    path = tmp_path / "old.db"
    crm = Crm(path)
    fill(crm)
    crm.close()
    engine = make_engine(path, writer=True)
    with engine.begin() as connection:  # the file as the program before 0015 left it
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0013_marketing_speed")
    engine.dispose()
    with sqlite3.connect(path) as raw:
        columns = [r[1] for r in raw.execute("PRAGMA table_info(search_names)")]
        assert columns == ["name_key"]
    crm = Crm(path)  # opening upgrades it
    try:
        with sqlite3.connect(path) as raw:
            assert [r[1] for r in raw.execute("PRAGMA table_info(search_names)")] == \
                ["kind", "name_key"]
        assert len(crm.client_list.ids(ClientFilter(kind="company", search="иван"))) == 1
        assert len(crm.client_list.ids(ClientFilter(kind="contact", search="иван"))) == 30
        person = crm.contacts.create(first_name="Иван", last_name="Новый")  # triggers kept
        assert person.id in crm.client_list.ids(ClientFilter(kind="contact", search="новый"))
    finally:
        crm.close()
