"""Template rendering with a memory and a time limit (issue 13: 9)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from jinja2 import StrictUndefined
from jinja2.exceptions import SecurityError

from crm_desktop.domain.errors import CrmError
from crm_desktop.services.crm import Crm
from crm_desktop.services.documents import template_limits
from crm_desktop.services.documents.template_limits import (
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


def docx_template(path: Path, text: str) -> Path:
    from docx import Document

    doc = Document()
    doc.add_paragraph(text)
    doc.save(path)
    return path


@pytest.mark.parametrize("text, limit", [
    ("{{ 'x' * 300000000 }}{{ client.name }}", "more than 1,000,000"),
    ("{% for i in range(100000) %}{% for j in range(100000) %}{{ i }}{% endfor %}{% endfor %}"
     "{{ client.name }}", "longer than"),
])
def test_a_document_from_a_hostile_template_is_refused_whole(crm: Crm, tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch,
                                                             text: str, limit: str) -> None:
    monkeypatch.setattr(template_limits, "RENDER_SECONDS", 1.0)
    company = crm.companies.create(name="ООО Ромашка")
    deal = crm.deals.create(title="Поставка", pipeline_id=crm.pipelines.default().id,
                            company_id=company.id)
    template = docx_template(tmp_path / "hostile.docx", text)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(CrmError, match=limit):
        crm.documents.generate(str(template), deal.id, out / "doc.docx")
    assert list(out.iterdir()) == []
    assert crm.interactions.timeline(company_id=company.id) == []
