"""The main window: a thin shell that places the registered views, holds the menus, the
global search and the status bar, and routes signals through the coordinator."""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence, QPaintEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from crm_desktop import __version__
from crm_desktop.paths import RESOURCES_DIR
from crm_desktop.ui import settings
from crm_desktop.ui.context import AppContext
from crm_desktop.ui.crash import describe
from crm_desktop.ui.global_search import GlobalSearch
from crm_desktop.ui.views import ViewTable, registered_duties, registered_views

ICONS = RESOURCES_DIR / "icons"
NAV_WIDTH = (230, 290)  # the navigation grows for long titles and badges, up to a limit
# Shown but not painted (another virtual desktop, a locked screen): the waiting work runs
# anyway after this long, so reminders and the sync never wait for a paint that may not come.
PAINT_AT_LATEST_MS = 1500
# The database jobs queued while the window is built (the full clients list, the filters'
# choices) wait for its first paint, this long at most (a window never shown, in a test).
JOBS_WAIT_FOR_PAINT_S = 0.5


def icon(name: str) -> QIcon:
    return QIcon(str(ICONS / name))


class MainWindow(QMainWindow):
    def __init__(self, app: AppContext) -> None:
        super().__init__()
        self.app = app
        self._first_paint = threading.Event()
        app.worker.hold_until(self._first_paint, JOBS_WAIT_FOR_PAINT_S)
        self.setWindowTitle("crm-desktop")
        self.setWindowIcon(icon("app.svg"))
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setFixedWidth(NAV_WIDTH[0])
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setTextElideMode(Qt.TextElideMode.ElideRight)  # never cut mid-badge
        self.stack = QStackedWidget()
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        # Work that can wait until the window is on screen (the features' first rounds:
        # reminders, badges, the sync status): it runs after the first paint.
        self._after_paint: list[Callable[[], None]] | None = []
        self.duties: dict[str, object] = {}
        self.views = ViewTable(app, self.stack, self.start_duty)
        for spec in registered_views():
            self.views.add(spec)
            item = QListWidgetItem(icon(spec.icon), spec.title())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.nav.addItem(item)
        self.nav.currentRowChanged.connect(self._show_row)
        for key in registered_duties():
            self.start_duty(key)
        self._fit_nav()
        self._build_toolbar()
        self._build_menus()
        self._build_status_bar()
        app.coordinator.new_client.connect(self.new_client)
        app.coordinator.view_badge.connect(self._badge)
        app.coordinator.status_message.connect(lambda text: self.statusBar().showMessage(text,
                                                                                         8000))
        self._restore()

    # -- building ---------------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main"))
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setIconSize(QSize(18, 18))
        self.search = QLineEdit(placeholderText=self.tr("Search clients: name, phone, email, "
                                                        "INN…  (Ctrl+F)"))
        self.search.setObjectName("globalSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(520)
        self.global_search = GlobalSearch(self.app, self.search)
        self.new_company_action = QAction(icon("company.svg"), self.tr("New company"), self)
        self.new_company_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_company_action.triggered.connect(lambda: self.new_client("company"))
        self.new_person_action = QAction(icon("person.svg"), self.tr("New person"), self)
        self.new_person_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.new_person_action.triggered.connect(lambda: self.new_client("contact"))
        bar.addWidget(self.search)
        bar.addSeparator()
        bar.addAction(self.new_company_action)
        bar.addAction(self.new_person_action)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(bar)

    def _build_menus(self) -> None:
        file = self.menuBar().addMenu(self.tr("&File"))
        file.addAction(self.new_company_action)
        file.addAction(self.new_person_action)
        file.addSeparator()
        file.addAction(self.tr("&Import from Excel or CSV…"), self.import_file)
        export = file.addMenu(self.tr("&Export to Excel"))
        for kind, label in (("companies", self.tr("Companies…")), ("contacts", self.tr("People…")),
                            ("deals", self.tr("Deals…")), ("tasks", self.tr("Tasks…")),
                            ("interactions", self.tr("History…"))):
            export.addAction(label, partial(self.export_list, kind))
        file.addSeparator()
        file.addAction(self.tr("&Back up the database…"), self.backup)
        self.restore_action = file.addAction(self.tr("&Restore from a backup…"),
                                             self.restore_backup)
        file.addSeparator()
        quit_action = file.addAction(self.tr("&Quit"), self.close)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)

        edit = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.app.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.app.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit.addAction(undo)
        edit.addAction(redo)
        edit.addSeparator()
        find = edit.addAction(self.tr("&Find…"), self.focus_search)
        find.setShortcut(QKeySequence.StandardKey.Find)
        edit.addSeparator()
        edit.addAction(self.tr("&Preferences…"), self.preferences)

        view = self.menuBar().addMenu(self.tr("&View"))
        for number, key in enumerate(self.views, start=1):
            action = view.addAction(self.nav.item(number - 1).text(),
                                    partial(self.show_view, key))
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
        view.addSeparator()
        refresh = view.addAction(self.tr("&Refresh"), self.app.coordinator.refresh_all)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        # F5 also in an open deal card or another window of this app: it reloads everything
        refresh.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.refresh_action = refresh

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&Keyboard shortcuts"), self.shortcuts)
        help_menu.addAction(self.tr("&About crm-desktop"), self.about)

    def _build_status_bar(self) -> None:
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.setMaximumHeight(12)
        self.busy.hide()
        self.db_label = QLabel(str(self.app.crm.path))
        self.db_label.setObjectName("dbLabel")
        self.statusBar().addPermanentWidget(self.busy)
        self.statusBar().addPermanentWidget(self.db_label)
        self.app.worker.busy_changed.connect(self.busy.setVisible)
        self.app.worker.error.connect(lambda text: self.statusBar().showMessage(text, 10000))

    def _badge(self, key: str, badge: str) -> None:
        specs = {spec.key: spec for spec in registered_views()}
        keys = list(self.views)
        if key in keys and key in specs:
            title = specs[key].title()
            self.nav.item(keys.index(key)).setText(f"{title}  {badge}" if badge else title)
            self._fit_nav()

    def _fit_nav(self) -> None:
        """Wide enough for the longest title with its badge (within NAV_WIDTH): a badge such
        as "19 · ⚠10" is read whole, not cut."""
        metrics = self.nav.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.nav.item(i).text())
                      for i in range(self.nav.count())), default=0)
        needed = widest + self.nav.iconSize().width() + 56  # icon, gaps, frame, padding
        self.nav.setFixedWidth(max(NAV_WIDTH[0], min(NAV_WIDTH[1], needed)))

    def start_duty(self, key: str) -> object:
        """A feature's duty, started once: with the window, or earlier when the view that
        shows it is built first (the Sync view restored as the current one)."""
        if key not in self.duties:
            self.duties[key] = registered_duties()[key](self.app, self)
        return self.duties[key]

    def when_painted(self, work: Callable[[], None]) -> None:
        """Runs `work` once the window is first painted (at once, queued, if it was): the
        first view is on screen before the rest of the window loads."""
        if self._after_paint is None:
            QTimer.singleShot(0, self, work)
        else:
            self._after_paint.append(work)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._after_paint is not None:
            QTimer.singleShot(PAINT_AT_LATEST_MS, self, self._painted)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._after_paint is not None:
            QTimer.singleShot(0, self, self._painted)

    def _painted(self) -> None:
        """Each piece of waiting work in an event-loop turn of its own: a click or a key
        between them is answered at once."""
        waiting, self._after_paint = self._after_paint or [], None
        self._first_paint.set()  # the database jobs queued meanwhile run now
        for work in waiting:
            QTimer.singleShot(0, self, work)

    def add_status_widget(self, widget: QWidget) -> None:
        """For features (sync state, reminders): a permanent widget in the status bar."""
        self.statusBar().insertPermanentWidget(0, widget)

    # -- behaviour --------------------------------------------------------------------------
    def show_view(self, key: str) -> None:
        keys = list(self.views)
        if key in keys:
            self.nav.setCurrentRow(keys.index(key))

    def _show_row(self, row: int) -> None:
        if row >= 0:
            self.views[list(self.views)[row]]  # a lazy view is built when first shown
            self.stack.setCurrentIndex(row)

    def current_view(self) -> str:
        return list(self.views)[self.stack.currentIndex()]

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def new_client(self, kind: str) -> None:
        from crm_desktop.ui.clients.edit_dialog import open_editor

        dialog = open_editor(self.app, kind, None, self)
        dialog.saved.connect(lambda k, ident: self.app.coordinator.open_client.emit(k, ident))

    def backup(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # its type is made when first used

        target, _ = QFileDialog.getSaveFileName(self, self.tr("Back up the database"),
                                                str(Path.home() / "crm-backup.db"),
                                                self.tr("Database (*.db)"))
        if not target:
            return
        self.app.worker.submit(
            lambda: self.app.crm.backup(target),
            lambda path: self.statusBar().showMessage(
                self.tr("Backup written to %1").replace("%1", str(path)), 8000),
            partial(self._warn, self.tr("Backup failed")))

    def _warn(self, title: str, exc: BaseException) -> None:
        QMessageBox.warning(self, title, describe(exc))

    def restore_backup(self) -> None:
        """Replaces the database with a checked backup; the replaced file is kept beside it."""
        from PySide6.QtWidgets import QFileDialog

        source, _ = QFileDialog.getOpenFileName(self, self.tr("Restore from a backup"),
                                                str(Path.home()),
                                                self.tr("Database (*.db);;All files (*)"))
        if not source:
            return
        answer = QMessageBox.question(self, self.tr("Restore from a backup"), self.tr(
            "Replace the current data with the backup %1?\n\nThe backup is checked first; "
            "the current file is kept beside it as a copy.").replace("%1", source))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.run_restore(source)

    def run_restore(self, source: str) -> None:
        self.restore_action.setEnabled(False)

        def done(result: object) -> None:
            self.restore_action.setEnabled(True)
            self.app.undo_stack.clear()  # its commands refer to the replaced data
            self.app.coordinator.refresh_all()
            kept = getattr(result, "kept", None)
            message = self.tr("Restored from %1.").replace("%1", source)
            if kept:
                message += " " + self.tr("The replaced file is kept as %1.").replace(
                    "%1", str(kept))
            self.statusBar().showMessage(message, 15000)
            QMessageBox.information(self, self.tr("Restore from a backup"), message)

        def failed(exc: BaseException) -> None:
            self.restore_action.setEnabled(True)
            QMessageBox.warning(self, self.tr("Restore failed"), describe(exc))

        self.app.worker.submit(lambda: self.app.crm.restore(source), done, failed)

    def import_file(self) -> None:
        from crm_desktop.ui.imports.wizard import ImportWizard

        self.import_wizard = ImportWizard(self.app, self)
        self.import_wizard.open()

    def export_list(self, kind: str) -> None:
        from PySide6.QtWidgets import QFileDialog

        target, _ = QFileDialog.getSaveFileName(self, self.tr("Export to Excel"),
                                                str(Path.home() / f"{kind}.xlsx"),
                                                "Excel (*.xlsx)")
        if not target:
            return
        self.app.worker.submit(
            lambda: self.app.crm.spreadsheets.export_list(kind, target),
            lambda path: self.statusBar().showMessage(
                self.tr("Exported to %1").replace("%1", str(path)), 8000),
            partial(self._warn, self.tr("Export failed")))

    def preferences(self) -> None:
        from crm_desktop.ui.preferences import PreferencesDialog

        PreferencesDialog(self).exec()

    def shortcuts(self) -> None:
        rows = [("Ctrl+F", self.tr("Search clients")), ("Ctrl+N", self.tr("New company")),
                ("Ctrl+Shift+N", self.tr("New person")), ("Enter", self.tr("Open the card")),
                ("Esc", self.tr("Close the card")), ("Ctrl+Z", self.tr("Undo an edit or merge")),
                ("Ctrl+1…9", self.tr("Switch views")), ("F5", self.tr("Refresh"))]
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), "<table>" + "".join(
            f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in rows)
            + "</table>")

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About crm-desktop"), self.tr(
            "<h3>crm-desktop %1</h3><p>An offline-first desktop CRM: clients, their history, "
            "your day and your deals.</p><p>Database: %2</p>").replace("%1", __version__)
            .replace("%2", str(self.app.crm.path)))

    # -- state ------------------------------------------------------------------------------
    def _restore(self) -> None:
        geometry = settings.get(settings.WINDOW_GEOMETRY)
        if geometry:
            self.restoreGeometry(geometry)
        else:
            self.resize(1360, 820)
        state = settings.get(settings.WINDOW_STATE)
        if state:
            self.restoreState(state)
        self.show_view(settings.get(settings.CURRENT_VIEW))
        if self.nav.currentRow() < 0:
            self.nav.setCurrentRow(0)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings.put(settings.WINDOW_GEOMETRY, self.saveGeometry())
        settings.put(settings.WINDOW_STATE, self.saveState())
        settings.put(settings.CURRENT_VIEW, self.current_view())
        super().closeEvent(event)
