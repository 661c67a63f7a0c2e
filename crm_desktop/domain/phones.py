"""One normaliser for phone numbers: E.164 through libphonenumber."""

from __future__ import annotations

import phonenumbers

from crm_desktop.domain.errors import ValidationError

DEFAULT_REGION = "RU"


def normalize_phone(raw: str, region: str = DEFAULT_REGION, field: str = "phone") -> str:
    text = (raw or "").strip()
    if not text:
        raise ValidationError(field, "phone number is empty")
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise ValidationError(field, f"'{text}' is not a phone number") from exc
    if not phonenumbers.is_possible_number(number) or not phonenumbers.is_valid_number(number):
        raise ValidationError(field, f"'{text}' is not a valid phone number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def normalize_phones(values: list[str] | None, region: str = DEFAULT_REGION,
                     field: str = "phones") -> list[str]:
    result: list[str] = []
    for raw in values or []:
        if raw and raw.strip():
            phone = normalize_phone(raw, region, field)
            if phone not in result:
                result.append(phone)
    return result


def format_phone(e164: str) -> str:
    """International display form, e.g. "+7 912 345-67-89"."""
    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
