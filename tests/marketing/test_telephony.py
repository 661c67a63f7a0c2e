"""Click-to-call and caller identification: a number written five (and more) ways finds the
same client, people before companies; the command line prints the match when no window
runs; the window takes a call through its local socket and opens the card, or offers a new
client with the number filled in; the softphone command is built without a shell."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from crm_desktop.cli import main as cli_main
from crm_desktop.services.clients.caller import CallerService, hand_over, phone_of
from crm_desktop.services.crm import Crm
from crm_desktop.ui.context import AppContext
from tests.ui.conftest import context, wait_idle  # noqa: F401  (fixtures)

FORMS = ["+79121234567", "8 (912) 123-45-67", "7 912 123 45 67", "+7-912-123-4567",
         "tel:+7 912 1234567", "9121234567", "0079121234567", "sip:+79121234567@pbx.local"]


@pytest.fixture
def callers(crm: Crm) -> dict[str, str]:
    company = crm.companies.create(name="Альфа", phones=["+7 912 123-45-67"]).id
    person = crm.contacts.create(last_name="Ёжиков", first_name="Иван", company_id=company,
                                 phones=["8 912 123 45 67"]).id
    other = crm.companies.create(name="Бета", phones=["+7 495 111-22-33"]).id
    gone = crm.companies.create(name="Удалённая", phones=["+79121234567"]).id
    crm.companies.delete(gone)  # in the bin: never the caller
    return {"company": company, "person": person, "other": other}


@pytest.mark.parametrize("written", FORMS)
def test_a_number_in_any_written_form_finds_the_person_then_the_company(
        crm: Crm, callers: dict[str, str], written: str) -> None:
    caller = CallerService(crm.ctx).identify(written)
    assert caller.number == "+79121234567"
    assert [(m.kind, m.id) for m in caller.matches] == [("contact", callers["person"]),
                                                        ("company", callers["company"])]
    assert caller.matches[0].company == "Альфа"


def test_unknown_numbers_and_no_numbers(crm: Crm, callers: dict[str, str]) -> None:
    service = CallerService(crm.ctx)
    unknown = service.identify("+7 912 000-00-00")
    assert unknown.number == "+79120000000" and not unknown.known
    assert [m.id for m in service.identify("(495) 111-22-33").matches] == [callers["other"]]
    assert phone_of("звонок", "RU") is None and service.identify("").number is None
    assert phone_of("12", "RU") is None


def test_the_command_line_prints_the_match_when_no_window_runs(crm: Crm, callers: dict[str, str],
                                                               capsys: pytest.CaptureFixture[str]
                                                               ) -> None:
    path = str(crm.path)
    assert cli_main(["--db", path, "incoming-call", "8 (912) 123-45-67"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("+7 912 123-45-67: person Ёжиков Иван (Альфа)")
    assert out[1].startswith("+7 912 123-45-67: company Альфа")
    assert cli_main(["--db", path, "incoming-call", "+7 912 000 00 00"]) == 0
    assert "no client has this number" in capsys.readouterr().out
    assert cli_main(["--db", path, "incoming-call", "не номер"]) != 0
    assert "is not a phone number" in capsys.readouterr().err


def _hand_over_in_thread(path: Path, number: str) -> dict[str, bool]:
    """The command line's hand-over blocks for the answer: it runs beside the Qt loop."""
    result: dict[str, bool] = {}
    threading.Thread(target=lambda: result.setdefault("ok", hand_over(path, number)),
                     daemon=True).start()
    return result


def test_the_window_takes_a_call_and_opens_the_card(
        qtbot: QtBot, context: AppContext, callers: dict[str, str],  # noqa: F811
        capsys: pytest.CaptureFixture[str]) -> None:
    from crm_desktop.ui.telephony.incoming import IncomingCalls

    calls = IncomingCalls(context)
    assert calls.start()
    second = IncomingCalls(context)
    assert not second.start()  # one window per data file: the live one keeps it
    path = context.crm.path
    with qtbot.waitSignal(context.coordinator.open_client, timeout=10_000) as opened:
        result = _hand_over_in_thread(path, "8 (912) 123-45-67")
        qtbot.waitUntil(lambda: "ok" in result, timeout=10_000)
    assert result["ok"] is True
    assert opened.args == ["contact", callers["person"]]
    assert calls.notice is not None and calls.notice.isVisible()
    assert "Ёжиков Иван (Альфа)" in calls.notice.text()
    assert not calls.notice.isModal()
    # the command line hands over too, and says so
    with qtbot.waitSignal(calls.identified, timeout=10_000):
        done: dict[str, int] = {}
        threading.Thread(target=lambda: done.setdefault("rc", cli_main(
            ["--db", str(path), "incoming-call", "+74951112233"])), daemon=True).start()
        qtbot.waitUntil(lambda: "rc" in done, timeout=10_000)
    assert done["rc"] == 0 and "handed to the open window" in capsys.readouterr().out
    calls.notice.close()
    # an unknown number offers a new client with the number filled in
    with qtbot.waitSignal(calls.identified, timeout=10_000) as seen:
        _hand_over_in_thread(path, "+7 912 000-00-00")
    assert not seen.args[0].known
    buttons = {b.text(): b for b in calls.notice.buttons()}
    new_company = next(b for text, b in buttons.items() if "company" in text.lower() or
                       "компан" in text.lower())
    new_company.click()
    dialog = calls.new_client_dialog  # deletes itself when closed
    assert "912" in dialog.form.phones.text()
    wait_idle(qtbot, context)  # its choices arrive first (the dialog deletes itself on close)
    dialog.reject()
    calls.receiver.stop()
    # a stale name left by a window that ended is taken over
    third = IncomingCalls(context)
    assert third.start()
    third.receiver.stop()


def test_no_window_means_no_hand_over(tmp_path: Path) -> None:
    assert hand_over(tmp_path / "nobody.db", "+79121234567", timeout=0.5) is False


def test_the_softphone_command_is_built_without_a_shell(qtbot: QtBot) -> None:
    from crm_desktop.ui.telephony.dialer import command_for

    assert command_for("linphone-cli call {number}", "+79121234567") == [
        "linphone-cli", "call", "+79121234567"]
    assert command_for("'/opt/My Phone/phone' --dial", "+7912") == [
        "/opt/My Phone/phone", "--dial", "+7912"]
    assert command_for("softphone --to={} --now", "+7912") == ["softphone", "--to=+7912",
                                                                "--now"]
    assert command_for("   ", "+7912") == []
    assert command_for("sip {number}; rm -rf /", "+7912") == ["sip", "+7912;", "rm", "-rf",
                                                              "/"]  # words, never a shell
