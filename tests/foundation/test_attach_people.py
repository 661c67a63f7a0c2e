"""People dropped onto a company card join it in one transaction: all of them, or none."""

from __future__ import annotations

import pytest

from crm_desktop.domain.errors import CrmError
from crm_desktop.services.crm import Crm


def test_people_join_a_company_all_or_none(crm: Crm) -> None:
    company = crm.companies.create(name="ООО Ромашка")
    anna = crm.contacts.create(first_name="Анна", last_name="Соколова")
    ivan = crm.contacts.create(first_name="Иван", last_name="Петров")
    gone = crm.contacts.create(first_name="Пётр", last_name="Удалённый")
    crm.contacts.delete(gone.id)  # deleted meanwhile, e.g. on another laptop
    with pytest.raises(CrmError):
        crm.contacts.attach_to_company([anna.id, ivan.id, gone.id], company.id)
    assert crm.contacts.get(anna.id).company_id is None  # the first half was not kept
    crm.contacts.attach_to_company([anna.id, ivan.id], company.id)
    assert {p.id for p in crm.companies.contacts(company.id)} == {anna.id, ivan.id}
