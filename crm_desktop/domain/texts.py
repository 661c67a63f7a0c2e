"""Texts the core writes into the data (a generated task's title, its reason), marked for the
window's translations. The core keeps the English text and a key; the window translates it
(Qt Linguist collects every marked text, core modules included, see ui.build_translations)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import Any

# (key, values) -> the text as the reader should see it
TextMaker = Callable[[str, str, Mapping[str, Any]], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate reads)
    """Marks `text` for translation in `context`; the core uses it as it is."""
    return text


def english(context: str, source: str, values: Mapping[str, Any]) -> str:
    """The English text with its values, dates written ISO (the command line's default)."""
    return source.format(**{k: v.isoformat() if isinstance(v, date) else v
                            for k, v in values.items()})
