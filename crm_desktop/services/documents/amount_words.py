"""Amounts in words for documents ("одна тысяча двести рублей 50 копеек"), by num2words."""

from __future__ import annotations

from num2words import num2words

from crm_desktop.domain.money import Money


def amount_in_words(money: Money, language: str = "ru") -> str:
    lang = "ru" if language == "ru" else "en"
    try:
        text: str = num2words(money.amount, lang=lang, to="currency", currency=money.currency)
    except NotImplementedError:
        # A currency num2words does not name: the number in words, then the code.
        whole = int(money.amount)
        cents = money.minor - whole * 100
        text = f"{num2words(whole, lang=lang)} {money.currency} {cents:02d}"
    return text[:1].upper() + text[1:]
