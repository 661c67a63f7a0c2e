"""Saving only what the editor changed, and noticing what someone else changed meanwhile."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from crm_desktop.domain.clock import FixedClock
from crm_desktop.domain.errors import EditConflict
from crm_desktop.services.crm import Crm


def test_an_edit_of_one_field_keeps_what_another_window_changed_in_others(crm: Crm) -> None:
    loaded = crm.companies.create(name="Ромашка", phones=["+79121111111"], notes="старое")
    crm.companies.update(loaded.id, phones=["+79122222222"])  # another window, meanwhile
    saved = crm.companies.save_changes(loaded.id, {"notes": "новое"},
                                       {"notes": loaded.notes})
    assert saved.notes == "новое" and saved.phones == ["+79122222222"]


def test_a_concurrent_change_of_the_same_field_is_refused_and_described(
        crm: Crm, clock: FixedClock) -> None:
    loaded = crm.companies.create(name="Ромашка", notes="старое")
    clock.advance(minutes=5)
    crm.companies.update(loaded.id, notes="их правка")
    with pytest.raises(EditConflict) as excinfo:
        crm.companies.save_changes(loaded.id, {"notes": "моя правка", "website": "a.ru"},
                                   {"notes": "старое", "website": None})
    [conflict] = excinfo.value.conflicts
    assert (conflict.field, conflict.base, conflict.mine, conflict.theirs) == (
        "notes", "старое", "моя правка", "их правка")
    assert conflict.changed_at == clock.now() and not conflict.by_sync
    assert conflict.changed_by == "Анна Владимировна Соколова"
    stored = crm.companies.get(loaded.id)
    assert (stored.notes, stored.website) == ("их правка", None)  # nothing written
    # "Keep mine": save again from what is stored now.
    kept = crm.companies.save_changes(loaded.id, {"notes": "моя правка", "website": "a.ru"},
                                      {"notes": "их правка", "website": None})
    assert (kept.notes, kept.website) == ("моя правка", "a.ru")


def test_the_same_change_made_twice_is_no_conflict(crm: Crm) -> None:
    person = crm.contacts.create(first_name="Иван", last_name="Петров")
    crm.contacts.update(person.id, position="Директор")
    saved = crm.contacts.save_changes(person.id, {"position": " Директор "},
                                      {"position": None})
    assert saved.position == "Директор"


def test_a_change_that_came_by_sync_names_the_other_computer_and_its_time(crm: Crm) -> None:
    loaded = crm.contacts.create(first_name="Иван", last_name="Петров", phones=["+79121111111"])
    when = datetime(2026, 3, 16, 14, 2, tzinfo=UTC)
    with crm.db.writer.begin() as conn:  # what the sync engine does when it applies a pull
        conn.exec_driver_sql(
            "UPDATE contacts SET phones = '[\"+79123333333\"]', updated_at = ?, "
            "sync_version = 42 WHERE id = ?",
            (when.replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f"), loaded.id))
    with pytest.raises(EditConflict) as excinfo:
        crm.contacts.save_changes(loaded.id, {"phones": ["+7 912 444-44-44"]},
                                  {"phones": loaded.phones})
    [conflict] = excinfo.value.conflicts
    assert conflict.by_sync and conflict.changed_at == when and conflict.changed_by is None
    assert conflict.theirs == ["+79123333333"] and conflict.mine == ["+79124444444"]


def test_bad_values_are_reported_before_conflicts(crm: Crm) -> None:
    from crm_desktop.domain.errors import ValidationError

    loaded = crm.companies.create(name="Ромашка")
    crm.companies.update(loaded.id, name="Ромашка 2")
    with pytest.raises(ValidationError) as excinfo:
        crm.companies.save_changes(loaded.id, {"name": "x\x00"}, {"name": "Ромашка"})
    assert excinfo.value.field == "name"


def test_validate_reports_every_field_at_once_and_writes_nothing(crm: Crm) -> None:
    errors = crm.companies.validate({"name": " ", "emails": ["не почта"], "phones": ["12"],
                                     "tax_id": "1234567890", "notes": "ok", "bogus": 1})
    assert set(errors) == {"name", "emails", "phones", "tax_id", "bogus"}
    assert crm.companies.count() == 0
    person = crm.contacts.create(first_name="Иван")
    assert crm.contacts.validate({"phones": ["+7 912 345-67-89"]}, person.id) == {}
    assert set(crm.contacts.validate({"first_name": "", "company_id": "нет такой"},
                                     person.id)) == {"last_name", "company_id"}


def test_a_company_name_typed_without_picking_it_is_found(crm: Crm) -> None:
    romashka = crm.companies.create(name="ООО «Ромашка»")
    assert [c.id for c in crm.companies.named("  ооо «ромашка» ")] == [romashka.id]
    assert crm.companies.named("Ромашка") == [] and crm.companies.named("") == []
    twin = crm.companies.create(name="ООО «Ромашка»")
    assert {c.id for c in crm.companies.named("ООО «Ромашка»")} == {romashka.id, twin.id}


def test_a_sync_version_written_by_hand_still_gives_a_conflict(crm: Crm) -> None:
    loaded = crm.companies.create(name="Ромашка", notes="старое")
    with crm.db.writer.begin() as conn:
        conn.exec_driver_sql("UPDATE companies SET notes = 'их', sync_version = -5 WHERE id = ?",
                             (loaded.id,))
    with pytest.raises(EditConflict) as excinfo:
        crm.companies.save_changes(loaded.id, {"notes": "моё"}, {"notes": "старое"})
    [conflict] = excinfo.value.conflicts
    assert conflict.by_sync and conflict.theirs == "их"
