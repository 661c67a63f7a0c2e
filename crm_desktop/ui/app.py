"""Starting the window: Qt, translations, the database, the first-start path, the shell."""

from __future__ import annotations

import importlib
import logging
import sqlite3
import sys
from pathlib import Path
from typing import TYPE_CHECKING

# Qt-free code first. Once PySide6 is loaded, its import hook reads the source text of every
# module imported after it (looking for "PySide6", for its __feature__ switches), which costs
# a third more CPU. Listed here: what the window needs before its first paint (the open file,
# the clients list's first screen, phone formatting, the error mapping). Neither SQLAlchemy
# nor the models are among them: they load after the first paint, on the database worker,
# with the services that need them (tests/ui/test_window_start.py keeps it so).
QT_FREE_AT_START = ("crm_desktop.services.crm", "crm_desktop.services.clients.client_list",
                    "crm_desktop.domain.phones", "crm_desktop.services.failures",
                    "crm_desktop.domain.zones")
for _name in QT_FREE_AT_START:
    try:
        importlib.import_module(_name)
    except ImportError:  # pragma: no cover - an optional part not installed
        pass

from PySide6.QtCore import QEventLoop, QLibraryInfo, QLocale, QTranslator  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from crm_desktop.domain.errors import CrmError  # noqa: E402
from crm_desktop.paths import RESOURCES_DIR  # noqa: E402
from crm_desktop.services.crm import Crm, when_made  # noqa: E402
from crm_desktop.storage.files import secure_data_dir  # noqa: E402
from crm_desktop.ui import settings  # noqa: E402
from crm_desktop.ui.context import AppContext  # noqa: E402
from crm_desktop.ui.coordinator import Coordinator  # noqa: E402
from crm_desktop.ui.crash import CrashHandler, describe  # noqa: E402
from crm_desktop.ui.worker import DbWorker  # noqa: E402

if TYPE_CHECKING:
    from crm_desktop.ui.main_window import MainWindow

TRANSLATIONS = RESOURCES_DIR / "translations"
log = logging.getLogger(__name__)


def install_translator(app: QApplication) -> str:
    """Loads resources/translations/crm_desktop_<lang>.qm; returns the language used."""
    chosen = settings.get(settings.LANGUAGE)
    language = chosen or QLocale.system().name().split("_")[0]
    if chosen:
        QLocale.setDefault(QLocale(language))
    translator = QTranslator(app)
    if translator.load(str(TRANSLATIONS / f"crm_desktop_{language}.qm")):
        app.installTranslator(translator)
    # Qt's own texts (OK/Cancel/Save, the file dialog) in the same language.
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}",
                          QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
    return language if language in ("ru", "en") else "en"


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(argv or sys.argv[:1])
    app.setOrganizationName("crm-desktop")
    app.setApplicationName("crm-desktop")
    style = RESOURCES_DIR / "style.qss"
    if style.exists():
        app.setStyleSheet(style.read_text(encoding="utf-8"))
    return app


def build_context(crm: Crm) -> AppContext:
    from crm_desktop.ui import core_texts

    context = AppContext(crm=crm, worker=DbWorker(), coordinator=Coordinator())
    watch_locks(context)
    when_made(crm, "planner", core_texts.install)  # not made before the first paint
    return context


def watch_locks(context: AppContext) -> None:
    """A write waiting for another program's lock says so in the status bar (the signal is
    queued to the GUI thread: the wait happens on the worker)."""
    from crm_desktop.storage.database import set_lock_listener

    def waiting(path: Path, waited: float) -> None:
        try:
            context.coordinator.status_message.emit(QApplication.translate(
                "App", "The database is locked by another program; waiting (%1 s)…")
                .replace("%1", f"{waited:.0f}"))
        except RuntimeError:  # the window is gone (its coordinator deleted): nobody to tell
            pass

    set_lock_listener(waiting)


def install_crash_handler(app: QApplication) -> CrashHandler:
    """Unexpected errors: a crash dialog and a report in the log; the window keeps running."""
    from crm_desktop.services.failures import setup_logging

    try:
        setup_logging()
    except OSError:
        pass  # no log folder: reports still show in the dialog
    handler = CrashHandler(app)
    handler.install()
    return handler


def make_main_window(context: AppContext) -> MainWindow:
    from crm_desktop.ui.features import register_all
    from crm_desktop.ui.main_window import MainWindow

    register_all()
    return MainWindow(context)


def run(db_path: Path) -> int:
    app = create_application()
    language = install_translator(app)
    install_crash_handler(app)
    try:
        secure_data_dir(db_path.parent)
        crm = Crm(db_path, region=settings.get(settings.PHONE_REGION))
    except Exception as exc:
        if not opening_failure(exc):
            raise
        QMessageBox.critical(None, "crm-desktop", describe(exc))
        return 1
    crm.language = language
    context = build_context(crm)
    if crm.user_id is None:  # read when the file was opened
        from crm_desktop.ui.first_start import FirstStartDialog

        dialog = FirstStartDialog(crm, language)
        if dialog.exec() != FirstStartDialog.DialogCode.Accepted:
            return 0
        if dialog.wants_demo and crm.is_empty():
            load_demo(context, language)
    window = make_main_window(context)
    window.show()
    code = app.exec()
    DbWorker.stop_all()
    crm.close()
    return code


def opening_failure(exc: BaseException) -> bool:
    """Whether `exc` says the file cannot be opened (refused, unreadable, a failed upgrade):
    shown in words, not as a crash. SQLAlchemy's errors count once it is loaded (an upgrade
    loads it; opening a file at the head does not)."""
    loaded = sys.modules.get("sqlalchemy.exc")
    return isinstance(exc, CrmError | OSError | sqlite3.Error) or (
        loaded is not None and isinstance(exc, loaded.SQLAlchemyError))


def load_demo(context: AppContext, language: str) -> None:
    """Generates the small demo data on the worker, with a progress dialog."""
    from PySide6.QtWidgets import QProgressDialog

    from crm_desktop.services.demo import generate

    progress = QProgressDialog(QApplication.translate("App", "Creating demo data…"), "", 0, 0)
    progress.setCancelButton(None)
    progress.setMinimumDuration(0)
    progress.show()
    loop = QEventLoop()
    failures: list[BaseException] = []

    def failed(exc: BaseException) -> None:
        failures.append(exc)
        loop.quit()

    context.worker.submit(lambda: generate(context.crm, "small", language=language),
                          lambda _: loop.quit(), failed)
    loop.exec()
    progress.close()
    if failures:  # said, logged, and the program goes on with what the file holds
        log.warning("demo data failed", exc_info=failures[0])
        QMessageBox.warning(None, QApplication.translate("App", "Demo data"),
                            QApplication.translate("App", "The demo data could not be "
                                                   "created: %1").replace(
                                                       "%1", describe(failures[0])))
