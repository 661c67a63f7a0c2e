"""Template rendering with a memory and a time limit (issue 13: 9)."""

from __future__ import annotations

import time

import pytest
from jinja2 import StrictUndefined
from jinja2.exceptions import SecurityError

from crm_desktop.services.template_limits import (
    LimitedEnvironment,
    TemplateLimitError,
    render_deadline,
)

ENV = LimitedEnvironment(undefined=StrictUndefined)


@pytest.mark.parametrize("source", [
    "{{ 'x' * 300000000 }}",
    "{{ 300000000 * 'x' }}",
    "{{ 'x' * 1000 * 1000 * 1000 }}",
    "{{ ['a'] * 10**8 }}",
    "{{ 9 ** 999999 }}",
    "{{ 'x'|center(300000000) }}",
    "{{ 'x'|indent(300000000, true) }}",
    "{{ 'x'.ljust(300000000) }}",
    "{{ '{:>300000000}'.format(1) }}",
    "{{ '%300000000s' % 1 }}",
])
def test_gigabyte_values_are_refused_before_they_are_built(source: str) -> None:
    with pytest.raises(SecurityError):
        ENV.from_string(source).render()


def test_ordinary_templates_render_as_before() -> None:
    source = ("{{ 'ab' * 3 }}|{{ 2 ** 10 }}|{{ 'x'|center(5) }}|{{ '{:>4}'.format(7) }}|"
              "{{ '%03d' % 7 }}|{{ 7 % 3 }}|{{ items|join(', ') }}|{{ 'a' + 'b' }}")
    assert ENV.from_string(source).render(items=["a", "b"]) == \
        "ababab|1024|  x  |   7|007|1|a, b|ab"


def test_a_runaway_loop_is_stopped_at_the_deadline() -> None:
    template = ENV.from_string("{% for i in range(100000) %}{% for j in range(100000) %}"
                               "{{ i }}{% endfor %}{% endfor %}")
    started = time.monotonic()
    with pytest.raises(TemplateLimitError, match="longer than 0.5 s"), render_deadline(0.5):
        template.render()
    assert time.monotonic() - started < 10
    with render_deadline(5):  # the tracer is gone afterwards and a normal render works
        assert ENV.from_string("{{ 1 + 1 }}").render() == "2"
