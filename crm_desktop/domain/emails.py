"""Email addresses: syntax checked by email-validator (no network), stored lower-cased."""

from __future__ import annotations

from email_validator import EmailNotValidError, validate_email

from crm_desktop.domain.errors import ValidationError


def normalize_email(raw: str, field: str = "email") -> str:
    text = (raw or "").strip()
    if not text:
        raise ValidationError(field, "email is empty")
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        raise ValidationError(field, f"'{text}' is not a valid email address") from exc
    return result.normalized.lower()


def normalize_emails(values: list[str] | None, field: str = "emails") -> list[str]:
    result: list[str] = []
    for raw in values or []:
        if raw and raw.strip():
            email = normalize_email(raw, field)
            if email not in result:
                result.append(email)
    return result
