"""What the office screens share: a worker thread for server calls (never the GUI thread, nor
the database worker, which must not wait on the network), and the server's refusals in the
window's language."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from crm_desktop.domain.texts import QT_TRANSLATE_NOOP
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.worker import DbWorker

ROLE_LABELS = {"owner": QT_TRANSLATE_NOOP("Office", "owner"),
               "head": QT_TRANSLATE_NOOP("Office", "head"),
               "manager": QT_TRANSLATE_NOOP("Office", "manager")}


def tr(text: str) -> str:
    return QCoreApplication.translate("Office", text)


def role_label(role: str | None) -> str:
    return tr(ROLE_LABELS[role]) if role in ROLE_LABELS else (role or "")


def network(app: AppContext) -> DbWorker:
    """The office's own thread for server calls (one per window)."""
    worker = app.office_network
    if worker is None:
        worker = DbWorker()
        worker.setObjectName("crm-office-network")
        app.office_network = worker
    return worker


# The server's refusals (crm_sync.office_*, English) -> the window's words.
_REFUSALS = [
    (r"only the owner or a head can manage users",
     QT_TRANSLATE_NOOP("Office", "Only the office's owner or a head manages users")),
    (r"only the owner can change roles and teams",
     QT_TRANSLATE_NOOP("Office", "Only the owner changes roles and teams")),
    (r"a head can add managers only",
     QT_TRANSLATE_NOOP("Office", "A head adds managers only; the owner adds heads and owners")),
    (r"a head (adds people to|gives logins to) their own team only",
     QT_TRANSLATE_NOOP("Office", "A head adds people to their own team only")),
    (r"a head can \w+ only the managers of their own team",
     QT_TRANSLATE_NOOP("Office", "A head can do this only for the managers of their own team")),
    (r"cannot create or change logins: the role (\S+) ",
     QT_TRANSLATE_NOOP("Office", "This server cannot create or change logins: the role %1 "
                                 "that set it up lacks CREATEROLE. The server's administrator "
                                 "runs \"ALTER ROLE %1 CREATEROLE\" (or runs server init as a "
                                 "superuser).")),
    (r"the office would have no owner",
     QT_TRANSLATE_NOOP("Office", "The office would have no owner: make someone else the owner "
                                 "first")),
    (r"nobody is their own head", QT_TRANSLATE_NOOP("Office", "Nobody is their own head")),
    (r"you cannot disable your own login",
     QT_TRANSLATE_NOOP("Office", "You cannot disable your own login")),
    (r"no login (\S+) in this office",
     QT_TRANSLATE_NOOP("Office", "There is no login %1 in this office")),
    (r"this person already has a login",
     QT_TRANSLATE_NOOP("Office", "This person already has a login")),
    (r"you may not see this record's history",
     QT_TRANSLATE_NOOP("Office", "You may not see this record's history")),
    (r"is an administrator's role of the server",
     QT_TRANSLATE_NOOP("Office", "This is an administrator's role of the server: change it "
                                 "on the server")),
    (r"the password must|at least (\d+) characters",
     QT_TRANSLATE_NOOP("Office", "A password needs at least %1 characters")),
    (r"no server: users and rights|syncs with no server",
     QT_TRANSLATE_NOOP("Office", "This database syncs with no server: users and rights are "
                                 "kept on the office's server (set it up in the Sync view)")),
]


def describe_office(exc: BaseException) -> str:
    """One line for a failed office call, in the window's language."""
    from crm_desktop.sync.transport import OfflineError

    if isinstance(exc, OfflineError):
        return QCoreApplication.translate(
            "Office", "The server cannot be reached: this needs the office's server. Try "
                      "again when the computer is online.")
    text = str(exc)
    for pattern, template in _REFUSALS:
        match = re.search(pattern, text)
        if match:
            result = tr(template)
            if match.groups():
                result = result.replace("%1", next((g for g in match.groups() if g), ""))
            return result
    from crm_desktop.ui.messages import describe

    return describe(exc)
