"""Which column is which: the header vocabulary of the files people bring (Outlook RU/EN,
Google Contacts, 1C, amoCRM, Bitrix24 and hand-made sheets) and the guessed mapping.

Headers are compared folded ("E-mail Address" = "e mail address") and without their numbers
("Телефон 2", "Phone 1 - Value"), so several columns of one list (phones, emails, tags) all
map to it."""

from __future__ import annotations

import re

from crm_desktop.services.exchange.tabular import header_key

_PHONES = ["телефон", "телефоны", "тел", "моб телефон", "мобильный телефон", "мобильный",
           "рабочий телефон", "домашний телефон", "основной телефон", "другой телефон",
           "контактный телефон", "сотовый телефон", "сотовый", "телефон организации",
           "phone", "phones", "tel", "mobile", "mobile phone", "business phone",
           "home phone", "primary phone", "other phone", "company main phone", "phone value",
           "work phone"]
_EMAILS = ["email", "e mail", "почта", "эл почта", "электронная почта", "emails",
           "адрес эл почты", "адрес электронной почты", "e mail address", "email address",
           "e mail value", "рабочий e mail", "рабочий email", "личный e mail",
           "личный email", "другой e mail"]
_NOTES = ["примечание", "примечания", "комментарий", "комментарии", "заметки", "описание",
          "notes", "note", "comment", "comments"]
_TAGS = ["метки", "теги", "тэги", "группы", "категории", "tags", "categories", "groups",
         "group membership"]

LABELS: dict[str, dict[str, list[str]]] = {
    "companies": {
        "name": ["название", "наименование", "компания", "организация", "клиент",
                 "контрагент", "название компании", "наименование организации",
                 "краткое наименование", "сокращенное наименование", "name", "company",
                 "company name", "organization", "organization name", "account name"],
        "legal_name": ["юр название", "юридическое название", "полное наименование",
                       "полное название", "legal name"],
        "tax_id": ["инн", "инн организации", "tax id", "inn", "vat", "tin"],
        "phones": _PHONES,
        "emails": _EMAILS,
        "website": ["сайт", "веб сайт", "веб страница", "website", "web", "url",
                    "web page", "web site", "website value"],
        "industry": ["отрасль", "сфера", "сфера деятельности", "вид деятельности",
                     "industry"],
        "address": ["адрес", "юридический адрес", "фактический адрес", "почтовый адрес",
                    "адрес организации", "address", "business address"],
        "lead_source": ["источник", "источник клиента", "source", "lead source"],
        "segment": ["сегмент", "segment"],
        "kind": ["тип", "тип компании", "тип контрагента", "kind", "type"],
        "tags": _TAGS,
        "notes": _NOTES,
    },
    "contacts": {
        "full_name": ["фио", "ф и о", "контакт", "полное имя", "полное имя контакта"],
        "display_name": ["name", "full name", "display name", "contact", "contact name"],
        "last_name": ["фамилия", "last name", "surname", "family name"],
        "first_name": ["имя", "first name", "given name"],
        "middle_name": ["отчество", "middle name", "additional name"],
        "position": ["должность", "position", "job title", "organization title"],
        "company": ["компания", "организация", "контрагент", "название компании", "company",
                    "organization", "organization name", "company name"],
        "phones": _PHONES,
        "emails": _EMAILS,
        "birthday": ["дата рождения", "день рождения", "birthday", "date of birth"],
        "source": ["источник", "source"],
        "tags": _TAGS,
        "notes": _NOTES,
    },
    "deals": {
        "title": ["название", "сделка", "название сделки", "deal", "deal name", "title",
                  "name"],
        "company": ["клиент", "компания", "контрагент", "client", "company", "account"],
        "amount": ["сумма", "сумма сделки", "бюджет", "amount", "value", "opportunity"],
        "currency": ["валюта", "currency"],
        "stage": ["этап", "этап сделки", "стадия", "статус сделки", "stage"],
        "expected_close": ["дата закрытия", "ожидаемая дата",
                           "предполагаемая дата закрытия", "expected close", "close date"],
        "source": ["источник", "source"],
        "next_step": ["следующий шаг", "next step"],
        "pipeline": ["воронка", "направление", "pipeline", "funnel"],
        "closed_on": ["фактическая дата закрытия", "дата закрытия сделки", "закрыта",
                      "closed", "closed at", "closed on", "actual close date"],
    },
}
REQUIRED = {"companies": ["name"], "contacts": [], "deals": ["title"]}
REPEATABLE = {"phones", "emails", "tags"}  # several columns may feed one list


def label_keys(header: object) -> list[str]:
    """The folded header, then the same without numbers ("phone 1 value" -> "phone value")."""
    key = header_key(header)
    bare = re.sub(r"\s+", " ", re.sub(r"\b\d+\b", " ", key)).strip()
    return [key, bare] if bare != key else [key]


def known_labels(kind: str) -> set[str]:
    return {header_key(label) for options in LABELS[kind].values() for label in options}


def guess_mapping(headers: list[str], kind: str) -> dict[int, str]:
    labels = {header_key(label): name for name, options in LABELS[kind].items()
              for label in options}
    mapping: dict[int, str] = {}
    for index, header in enumerate(headers):
        name = next((labels[k] for k in label_keys(header) if k in labels), None)
        if name and (name in REPEATABLE or name not in mapping.values()):
            mapping[index] = name
    return mapping
