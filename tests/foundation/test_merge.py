"""Merging two clients moves history, deals and tasks, and an undo restores both."""

from __future__ import annotations

import pytest

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
