"""Limits for rendering a user's template: memory (no gigabyte strings) and time.

Jinja's sandbox blocks attribute attacks and caps range() at 100,000, but `'x' * 300000000`
allocates 300 MB and two nested loops run for hours. `LimitedEnvironment` checks the size of
what `*`, `**`, `+`, `%`, str.format, filters (center, indent…) and str methods (ljust…)
would build before building it; `render_deadline` stops a render that
runs longer than its limit (a trace hook on the compiled template's own frames only, so the
rest of the program runs untraced).

    env = LimitedEnvironment(undefined=StrictUndefined)
    with render_deadline(5):
        doc.render(context, env)
"""

from __future__ import annotations

import contextlib
import functools
import re
import sys
import time
from collections.abc import Callable, Iterator, Sized
from types import FrameType
from typing import Any

from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment

from crm_desktop.domain.errors import CrmError

MAX_VALUE_LENGTH = 1_000_000   # characters or items one expression may build
MAX_EXPONENT_BITS = 4_096      # 2 ** 4096 is plenty for a document
RENDER_SECONDS = 10.0
_HUGE_WIDTH = re.compile(r"\d{7,}")  # a width or precision of a million or more


class TemplateLimitError(CrmError):
    """A template needed more time or memory than a document may take."""


def _length(value: Any) -> int:
    return len(value) if isinstance(value, Sized) and not isinstance(value, dict) else 0


def _check_sizes(args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
    for value in (*args, *kwargs.values()):
        if isinstance(value, int) and not isinstance(value, bool) and \
                abs(value) > MAX_VALUE_LENGTH:
            raise SecurityError(f"the template asks for a size over {MAX_VALUE_LENGTH:,}")


def _guarded(fn: Callable[..., Any]) -> Callable[..., Any]:
    """A filter whose numeric arguments (center(width), indent(width)…) are bounded."""
    @functools.wraps(fn)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        _check_sizes(args[1:], kwargs)
        return fn(*args, **kwargs)

    return guarded


class LimitedEnvironment(SandboxedEnvironment):
    intercepted_binops = frozenset({"*", "**", "+", "%"})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.filters = {name: _guarded(fn) for name, fn in self.filters.items()}

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805
        """'x'.ljust(10**9): sizes checked before the call."""
        _check_sizes(args, kwargs)
        return super().call(__context, __obj, *args, **kwargs)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        """'{:>999999999}'.format(1): the width is checked when .format is looked up."""
        if isinstance(getattr(value, "__self__", None), str) and \
                getattr(value, "__name__", "") in ("format", "format_map") and \
                _HUGE_WIDTH.search(value.__self__):
            raise SecurityError("the template formats a value wider than a document takes")
        return super().wrap_str_format(value)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "*":
            for seq, times in ((left, right), (right, left)):
                if isinstance(times, int) and _length(seq) * max(times, 0) > MAX_VALUE_LENGTH:
                    raise SecurityError(f"the template builds a value of more than "
                                        f"{MAX_VALUE_LENGTH:,} characters")
        elif operator == "**":
            if isinstance(left, int | float) and isinstance(right, int | float) and \
                    abs(left) > 1 and abs(right) * int(max(abs(left), 2)).bit_length() > \
                    MAX_EXPONENT_BITS:
                raise SecurityError("the template computes a power too large for a document")
        elif operator == "%" and isinstance(left, str) and _HUGE_WIDTH.search(left):
            raise SecurityError("the template formats a value wider than a document takes")
        elif operator == "+" and _length(left) + _length(right) > MAX_VALUE_LENGTH:
            raise SecurityError(f"the template builds a value of more than "
                                f"{MAX_VALUE_LENGTH:,} characters")
        return super().call_binop(context, operator, left, right)


def _is_template_frame(frame: FrameType) -> bool:
    name = frame.f_code.co_filename
    return name == "<template>" or name.endswith((".docx", ".xml", ".j2", ".jinja"))


@contextlib.contextmanager
def render_deadline(seconds: float | None = None) -> Iterator[None]:
    """Raises TemplateLimitError inside the template when it runs past `seconds`
    (RENDER_SECONDS unless given)."""
    seconds = RENDER_SECONDS if seconds is None else seconds
    deadline = time.monotonic() + seconds
    previous = sys.gettrace()

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        if event == "line" and time.monotonic() > deadline:
            raise TemplateLimitError(f"the template took longer than {seconds:g} s to render "
                                     "(a loop too large?); nothing was written")
        return local

    def tracer(frame: FrameType, event: str, arg: Any) -> Any:
        if event == "call" and _is_template_frame(frame):
            return local
        return None

    sys.settrace(tracer)
    try:
        yield
    finally:
        sys.settrace(previous)
