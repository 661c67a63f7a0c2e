"""The window's end of the incoming-call hand-over: a QLocalServer named per user and data
file (services.clients.caller.handover_address), reachable by this user only. One JSON line
in ({"incoming_call": "+7…"}), "ok" back once the call is taken; the number goes out as
`incoming`. A second window on the same file finds the name taken by a live server and
leaves it to the first; a name left by a window that crashed is cleared and taken."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from crm_desktop.services.clients.caller import handover_address

MAX_LINE = 4096


class CallReceiver(QObject):
    incoming = Signal(str)  # the number as the telephone system wrote it

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.address = handover_address(db_path)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def start(self) -> bool:
        """Listens; False when another live window already serves this file. The probe
        comes first: with access options set, Qt binds elsewhere and renames the socket
        over the name, which would take it from a live window."""
        probe = QLocalSocket()
        probe.connectToServer(self.address)
        if probe.waitForConnected(300):
            probe.disconnectFromServer()
            return False  # a live window has it
        QLocalServer.removeServer(self.address)  # left by a window that ended badly
        return self.server.listen(self.address)

    def stop(self) -> None:
        self.server.close()

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            conn = self.server.nextPendingConnection()
            conn.readyRead.connect(lambda c=conn: self._read(c))
            conn.disconnected.connect(conn.deleteLater)

    def _read(self, conn: QLocalSocket) -> None:
        if not conn.canReadLine():
            if conn.bytesAvailable() > MAX_LINE:
                conn.abort()
            return
        line = bytes(conn.readLine(MAX_LINE).data()).decode("utf-8", "replace")
        try:
            number = str(json.loads(line)["incoming_call"]).strip()
        except (ValueError, KeyError, TypeError):
            number = ""
        conn.write(b"ok\n" if number else b"bad\n")
        conn.flush()
        conn.disconnectFromServer()
        if number:
            self.incoming.emit(number[:100])
