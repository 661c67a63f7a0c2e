"""Merging two clients moves history, deals and tasks, and an undo restores both."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.crm import Crm


def test_merge_and_undo_companies(crm: Crm) -> None:
    kept = crm.companies.create(name="ООО Ромашка", phones=["+79123456789"])
    dup = crm.companies.create(name="Ромашка ООО", emails=["info@romashka.ru"],
                               tax_id="7707083893")
    person = crm.contacts.create(first_name="Иван", last_name="Петров", company_id=dup.id)
    call = crm.interactions.create(channel="call_out", company_id=dup.id, subject="Звонок")
    deal = crm.deals.create(title="Поставка", pipeline_id=crm.pipelines.default().id,
                            company_id=dup.id)
    task = crm.tasks.create(title="Перезвонить", company_id=dup.id)

    merge_id = crm.merges.merge("company", kept.id, dup.id, ["emails", "tax_id"])
    merged = crm.companies.get(kept.id)
    assert merged.name == "ООО Ромашка" and merged.emails == ["info@romashka.ru"]
    assert merged.tax_id == "7707083893" and merged.phones == ["+79123456789"]
    assert crm.contacts.get(person.id).company_id == kept.id
    assert [i.id for i in crm.interactions.timeline(company_id=kept.id)] == [call.id]
    assert crm.deals.get(deal.id).company_id == kept.id
    assert crm.tasks.get(task.id).company_id == kept.id
    gone = crm.companies.get(dup.id, include_deleted=True)
    assert gone.deleted_at is not None and gone.merged_into_id == kept.id
    assert [h.id for h in crm.search.search("7707083893")] == [kept.id]

    crm.merges.undo(merge_id)
    assert crm.companies.get(kept.id).emails == [] and crm.companies.get(kept.id).tax_id is None
    back = crm.companies.get(dup.id)
    assert back.deleted_at is None and back.merged_into_id is None
    assert crm.contacts.get(person.id).company_id == dup.id
    assert crm.deals.get(deal.id).company_id == dup.id
    assert crm.tasks.get(task.id).company_id == dup.id
    assert crm.interactions.timeline(company_id=kept.id) == []
    with pytest.raises(ValidationError):
        crm.merges.undo(merge_id)


def test_merge_contacts_keeps_birthday_round_trip(crm: Crm) -> None:
    from datetime import date

    a = crm.contacts.create(first_name="Иван", last_name="Петров", birthday=date(1980, 1, 2))
    b = crm.contacts.create(first_name="Иван", last_name="Петров", birthday=date(1981, 3, 4))
    merge_id = crm.merges.merge("contact", a.id, b.id, ["birthday"])
    assert crm.contacts.get(a.id).birthday == date(1981, 3, 4)
    crm.merges.undo(merge_id)
    assert crm.contacts.get(a.id).birthday == date(1980, 1, 2)


def test_merge_rejects_bad_requests(crm: Crm) -> None:
    a = crm.companies.create(name="A")
    with pytest.raises(ValidationError):
        crm.merges.merge("company", a.id, a.id)
    b = crm.companies.create(name="B")
    with pytest.raises(ValidationError) as excinfo:
        crm.merges.merge("company", a.id, b.id, ["id"])
    assert excinfo.value.field == "id"


# -- undo: exact in any order, or refused with the reason ------------------------------------

def _company_with_rows(crm: Crm, name: str, phone: str) -> tuple[str, list[str]]:
    company = crm.companies.create(name=name, phones=[phone], notes=f"заметка {name}")
    person = crm.contacts.create(last_name=f"Сотрудник {name}", company_id=company.id)
    task = crm.tasks.create(title=f"Звонок {name}", company_id=company.id)
    return company.id, [person.id, task.id]


def _links(crm: Crm, rows: list[str]) -> list[str | None]:
    return [crm.contacts.get(rows[0]).company_id, crm.tasks.get(rows[1]).company_id]


def test_undo_out_of_order_is_refused_with_the_reason_then_works_in_order(crm: Crm) -> None:
    a, a_rows = _company_with_rows(crm, "Альфа", "+79120000001")
    b, b_rows = _company_with_rows(crm, "Бета", "+79120000002")
    c, c_rows = _company_with_rows(crm, "Гамма", "+79120000003")
    first = crm.merges.merge("company", a, b, ["phones"])  # Бета into Альфа
    second = crm.merges.merge("company", c, a)  # Альфа (with Бета's rows) into Гамма
    assert _links(crm, b_rows) == [c, c]
    with pytest.raises(ValidationError) as excinfo:
        crm.merges.undo(first)
    assert "«Альфа» was merged into «Гамма»" in excinfo.value.reason
    assert crm.merges.can_undo(first) == excinfo.value.reason
    assert _links(crm, b_rows) == [c, c]  # the refusal changed nothing
    crm.merges.undo(second)
    crm.merges.undo(first)
    # Every record has its own rows and fields back (the bug put Бета's rows on Альфа).
    for ident, rows, phone in ((a, a_rows, "+79120000001"), (b, b_rows, "+79120000002"),
                               (c, c_rows, "+79120000003")):
        assert _links(crm, rows) == [ident, ident]
        record = crm.companies.get(ident)
        assert record.phones == [phone] and record.deleted_at is None


def test_two_merges_into_one_record_undone_in_either_order(crm: Crm) -> None:
    for order in ((0, 1), (1, 0)):
        k, k_rows = _company_with_rows(crm, f"Основная {order}", "+79121111111")
        x, x_rows = _company_with_rows(crm, f"Дубль X {order}", "+79122222222")
        z, z_rows = _company_with_rows(crm, f"Дубль Z {order}", "+79123333333")
        original = crm.companies.get(k)
        merges = [crm.merges.merge("company", k, x, ["phones", "notes"]),
                  crm.merges.merge("company", k, z, ["phones"])]
        assert crm.companies.get(k).phones == ["+79123333333"]
        for index in order:
            crm.merges.undo(merges[index])
        back = crm.companies.get(k)
        assert (back.phones, back.notes) == (original.phones, original.notes), order
        assert _links(crm, k_rows) == [k, k] and _links(crm, x_rows) == [x, x]
        assert _links(crm, z_rows) == [z, z]


def test_undo_keeps_later_edits_of_the_kept_record_and_rows_moved_since(crm: Crm) -> None:
    k, _ = _company_with_rows(crm, "Основная", "+79121111111")
    x, x_rows = _company_with_rows(crm, "Дубль", "+79122222222")
    other = crm.companies.create(name="Третья")
    merge_id = crm.merges.merge("company", k, x, ["phones", "notes"])
    crm.companies.update(k, notes="исправлено после слияния", website="https://romashka.ru")
    crm.tasks.update(x_rows[1], company_id=other.id)  # someone moved the task on purpose
    report = crm.merges.undo(merge_id)
    kept = crm.companies.get(k)
    assert kept.notes == "исправлено после слияния" and kept.website == "https://romashka.ru"
    assert kept.phones == ["+79121111111"]
    assert report.restored_fields == ["phones"] and report.kept_later_edits == ["notes"]
    assert (report.moved_back, report.left_in_place) == (1, 1)
    assert crm.contacts.get(x_rows[0]).company_id == x
    assert crm.tasks.get(x_rows[1]).company_id == other.id


def test_undo_refused_when_the_merged_record_was_restored(crm: Crm) -> None:
    k = crm.companies.create(name="Основная").id
    x = crm.companies.create(name="Дубль").id
    merge_id = crm.merges.merge("company", k, x)
    crm.companies.restore(x)
    with pytest.raises(ValidationError) as excinfo:
        crm.merges.undo(merge_id)
    assert "«Дубль» was restored" in excinfo.value.reason
    crm.companies.delete(k)
    with pytest.raises(ValidationError, match="restore it first"):
        crm.merges.undo(merge_id)


def test_merge_record_describes_itself(crm: Crm) -> None:
    from crm_desktop.storage.models import Merge

    k, _ = _company_with_rows(crm, "Основная", "+79121111111")
    x, x_rows = _company_with_rows(crm, "Дубль", "+79122222222")
    merge_id = crm.merges.merge("company", k, x, ["phones"])
    with crm.db.read() as session:
        snapshot = session.get(Merge, merge_id).snapshot
    assert snapshot["version"] == 2 and snapshot["entity"] == "company"
    assert (snapshot["kept_id"], snapshot["merged_id"]) == (k, x)
    assert snapshot["fields"] == {"phones": {"before": ["+79121111111"],
                                             "after": ["+79122222222"]}}
    assert "phones" not in snapshot["kept_fields"] and "name" in snapshot["kept_fields"]
    assert snapshot["moved"]["contacts.company_id"] == [x_rows[0]]
    assert snapshot["moved"]["tasks.company_id"] == [x_rows[1]]


def test_a_merge_recorded_by_the_previous_version_still_undoes(crm: Crm) -> None:
    from crm_desktop.storage.models import Merge

    k = crm.companies.create(name="Основная", phones=["+79121111111"]).id
    x = crm.companies.create(name="Дубль", phones=["+79122222222"]).id
    merge_id = crm.merges.merge("company", k, x, ["phones"])
    with crm.db.write() as session:  # the version 1 shape
        record = session.get(Merge, merge_id)
        record.snapshot = {"kept_before": {"phones": ["+79121111111"]},
                           "moved": record.snapshot["moved"]}
    crm.merges.undo(merge_id)
    assert crm.companies.get(k).phones == ["+79121111111"]


COMPANIES = 4


@settings(max_examples=40, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(st.lists(st.one_of(
    st.tuples(st.just("merge"), st.integers(0, COMPANIES - 1), st.integers(0, COMPANIES - 1),
              st.sets(st.sampled_from(["phones", "notes", "name", "segment"]))),
    st.tuples(st.just("undo"), st.integers(0, 20))), max_size=12))
def test_any_merges_and_undos_in_any_order_end_where_they_began(
        tmp_path_factory: pytest.TempPathFactory, steps: list) -> None:
    from crm_desktop.domain.clock import FixedClock

    crm = Crm(tmp_path_factory.mktemp("merges") / "crm.db",
              clock=FixedClock(datetime(2026, 3, 16, 9, tzinfo=UTC)))
    try:
        owner = crm.users.create(name="Анна", role="owner")
        crm.users.set_current(owner.id)
        made = [_company_with_rows(crm, f"Компания {i}", f"+7912000000{i}")
                for i in range(COMPANIES)]
        for i, (ident, _) in enumerate(made):
            crm.companies.update(ident, segment=f"сегмент {i}")
        ids = [m[0] for m in made]
        original = {ident: crm.companies.get(ident) for ident in ids}
        merges: list[str] = []
        for step in steps:
            try:
                if step[0] == "merge":
                    merges.append(crm.merges.merge("company", ids[step[1]], ids[step[2]],
                                                   sorted(step[3])))
                elif merges:
                    crm.merges.undo(merges[step[1] % len(merges)])
            except ValidationError:
                pass  # refused (with a reason): nothing changed
        while True:  # undo whatever can be undone, in any order, until nothing is left
            open_ones = [m for m in merges if crm.merges.can_undo(m) is None]
            if not open_ones:
                break
            crm.merges.undo(open_ones[len(open_ones) // 2])
        for ident, rows in made:
            back = crm.companies.get(ident)
            before = original[ident]
            assert (back.name, back.phones, back.notes, back.segment, back.deleted_at) == (
                before.name, before.phones, before.notes, before.segment, None)
            assert _links(crm, rows) == [ident, ident]
    finally:
        crm.close()


@pytest.mark.parametrize("sql", [
    "UPDATE merges SET snapshot = '{\"version\": 2, \"fields\": {\"phones\": {\"before\": []}},"
    " \"moved\": {}}'",
    "UPDATE merges SET snapshot = json_set(snapshot, '$.moved', json('{\"users.id\": [\"x\"]}'))",
    "UPDATE merges SET snapshot = json_set(snapshot, '$.moved.\"tasks.company_id\"', 7)",
    "UPDATE merges SET entity = 'deal'",
    "UPDATE merges SET snapshot = 'not json at all'",
    "UPDATE merges SET snapshot = '[1, 2]'",
])
def test_a_merge_record_damaged_by_raw_sql_is_refused_whole(crm: Crm, sql: str) -> None:
    k, _ = _company_with_rows(crm, "Основная", "+79121111111")
    x, x_rows = _company_with_rows(crm, "Дубль", "+79122222222")
    merge_id = crm.merges.merge("company", k, x, ["phones"])
    with crm.db.writer.begin() as conn:
        conn.exec_driver_sql(sql)
    with pytest.raises(ValidationError) as excinfo:
        crm.merges.undo(merge_id)
    assert "damaged" in excinfo.value.reason
    assert crm.merges.can_undo(merge_id) == excinfo.value.reason
    assert _links(crm, x_rows) == [k, k]  # nothing half done
    assert crm.companies.get(k).phones == ["+79122222222"]
