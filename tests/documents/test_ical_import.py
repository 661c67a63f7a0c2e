"""iCalendar import (issue 16, "What to build"): real Google and Thunderbird exports
(tests/files/samples, from icalendar's test collection), an Outlook-style calendar in a
Windows zone, birthdays as yearly events, re-import without doubles."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from crm_desktop.cli import main
from crm_desktop.domain.errors import ValidationError
from crm_desktop.services.crm import Crm

SAMPLES = Path(__file__).resolve().parents[1] / "files" / "samples"

OUTLOOK = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VTIMEZONE
TZID:Russian Standard Time
BEGIN:STANDARD
DTSTART:16010101T000000
TZOFFSETFROM:+0300
TZOFFSETTO:+0300
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000
SUMMARY;LANGUAGE=ru:Встреча с ООО «Ромашка»
DESCRIPTION:Обсудить договор\\, цены\\nи сроки
DTSTART;TZID=Russian Standard Time:20260320T100000
DTEND;TZID=Russian Standard Time:20260320T113000
END:VEVENT
BEGIN:VEVENT
UID:all-day-1
SUMMARY:Выставка
DTSTART;VALUE=DATE:20260325
DTEND;VALUE=DATE:20260326
END:VEVENT
BEGIN:VEVENT
UID:bday-1
SUMMARY:День рождения: Петров Иван
DTSTART;VALUE=DATE:19800322
RRULE:FREQ=YEARLY
END:VEVENT
BEGIN:VEVENT
UID:bday-2
SUMMARY:Анна Сидорова's birthday
DTSTART;VALUE=DATE:16040514
RRULE:FREQ=YEARLY;BYMONTH=5
CATEGORIES:Birthday
END:VEVENT
BEGIN:VEVENT
UID:weekly-1
SUMMARY:Планёрка
DTSTART:20260316T060000Z
RRULE:FREQ=WEEKLY;BYDAY=MO
STATUS:CANCELLED
END:VEVENT
END:VCALENDAR
"""


def test_google_and_thunderbird_exports(crm: Crm) -> None:
    plan = crm.ical.plan(SAMPLES / "alarm_google_future.ics")
    assert plan.errors == [] and plan.rows[0].values["title"] == "event with alarms"
    assert plan.rows[0].values["due_at"] == datetime(2024, 10, 4, 18, 15, tzinfo=UTC)
    assert plan.rows[0].values["duration_min"] == 45
    crm.ical.apply(plan)
    thunderbird = crm.ical.plan(SAMPLES / "alarm_thunderbird_future.ics")
    assert thunderbird.errors == []
    report = crm.ical.apply(thunderbird)
    assert report.created == 1 and crm.tasks.count() == 2
    broken = crm.ical.plan(SAMPLES / "broken_ical.ics")
    assert broken.errors == ["event 1 «An Event with too many semicolons»: DTSTART: the "
                             "event has no start"]
    with pytest.raises(ValidationError, match="event 1"):
        crm.ical.apply(broken)


def test_outlook_calendar_with_birthdays(crm: Crm, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from crm_desktop.domain.zones import zone_named
    from crm_desktop.services.exchange import ical_import

    monkeypatch.setattr(ical_import, "user_zone", lambda: zone_named("Asia/Novosibirsk"))
    petrov = crm.contacts.create(last_name="Петров", first_name="Иван")
    path = tmp_path / "outlook.ics"
    path.write_bytes(OUTLOOK.replace("\n", "\r\n").encode("utf-8"))
    plan = crm.ical.plan(path)
    assert plan.errors == []
    report = crm.ical.apply(plan)
    assert (report.created, report.updated) == (4, 1)
    tasks = {t.title: t for t in crm.tasks.list(limit=None)}
    meeting = tasks["Встреча с ООО «Ромашка»"]
    assert meeting.due_at == datetime(2026, 3, 20, 7, 0, tzinfo=UTC)  # Moscow 10:00
    assert meeting.duration_min == 90 and meeting.description == "Обсудить договор, цены\nи сроки"
    fair = tasks["Выставка"]  # all day: midnight in the user's zone (UTC+7)
    assert fair.all_day and fair.due_at == datetime(2026, 3, 24, 17, 0, tzinfo=UTC)
    assert tasks["Планёрка"].status == "cancelled"
    assert "repeats: FREQ=WEEKLY;BYDAY=MO" in tasks["Планёрка"].description
    assert crm.contacts.get(petrov.id).birthday.isoformat() == "1980-03-22"
    anna = next(p for p in crm.contacts.list() if p.last_name == "Сидорова")
    assert anna.first_name == "Анна" and anna.birthday is None and anna.birthday_md == "05-14"
    crm.tasks.update(meeting.id, status="done")
    again = crm.ical.apply(crm.ical.plan(path))  # found again by UID: nothing doubled
    assert again.created == 0 and crm.tasks.count() == 3
    assert crm.tasks.get(meeting.id).status == "done"  # and a done task stays done


def test_cli_ics_dry_run_and_bad_files(crm: Crm, tmp_path: Path,
                                       capsys: pytest.CaptureFixture[str]) -> None:
    db = str(crm.path)
    path = tmp_path / "o.ics"
    path.write_text(OUTLOOK, encoding="utf-8")
    assert main(["--db", db, "import", str(path), "--dry-run"]) == 0
    assert "5 to create, 0 to update" in capsys.readouterr().out
    assert crm.tasks.count() == 0
    (tmp_path / "junk.ics").write_bytes(b"\x00\x01 not a calendar")
    assert main(["--db", db, "import", str(tmp_path / "junk.ics")]) != 0
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "junk.ics" in err[0]
