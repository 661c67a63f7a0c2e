"""Text the service desk writes itself (history lines, generated tasks), in the language of
the window (ServiceContext.language)."""

from __future__ import annotations

from typing import Any

TEXTS = {
    "en": {
        "history_subject": "Request {number}: {subject}",
        "event_created": "Request registered.",
        "event_comment": "Comment:",
        "event_status": "Status: {old} → {new}.",
        "event_reopen": "Reopened: {old} → {new}.",
        "event_assign": "Handed over: {old} → {new}.",
        "event_escalated": "Overdue: escalated to {head}.",
        "remind_title": "Request {number} is yours: {subject}",
        "remind_body": "Request {number} «{subject}» was handed to you; due {due}.",
        "escalate_title": "Overdue request {number}: {subject}",
        "escalate_body": "Was due {due}; responsible: {who}.",
        "status_new": "new", "status_in_work": "in work",
        "status_waiting": "waiting for the client", "status_resolved": "resolved",
        "status_closed": "closed",
    },
    "ru": {
        "history_subject": "Обращение {number}: {subject}",
        "event_created": "Обращение зарегистрировано.",
        "event_comment": "Комментарий:",
        "event_status": "Статус: {old} → {new}.",
        "event_reopen": "Открыто заново: {old} → {new}.",
        "event_assign": "Передано: {old} → {new}.",
        "event_escalated": "Просрочено: передано руководителю ({head}).",
        "remind_title": "Вам передано обращение {number}: {subject}",
        "remind_body": "Обращение {number} «{subject}» передано вам; срок {due}.",
        "escalate_title": "Просрочено обращение {number}: {subject}",
        "escalate_body": "Срок был {due}; ответственный: {who}.",
        "status_new": "новое", "status_in_work": "в работе",
        "status_waiting": "ждём клиента", "status_resolved": "решено",
        "status_closed": "закрыто",
    },
}


def text(ctx: Any, key: str, **values: Any) -> str:
    table = TEXTS.get(getattr(ctx, "language", "en"), TEXTS["en"])
    return table.get(key, TEXTS["en"][key]).format(**values)
