"""Reasons about the database file and its backups.

A new reason goes at the end of its list (ui.reasons tries the lists in order)."""

from __future__ import annotations

from crm_desktop.domain.texts import QT_TRANSLATE_NOOP

# (how the core writes it, "{}" for each value; the window's text, %N for the N-th value)
DATABASE: list[tuple[str, str]] = [
    # the database file, backups
    ("the backup must not overwrite the database itself",
     QT_TRANSLATE_NOOP("Reasons", "A backup must not overwrite the database itself; choose "
                                  "another file")),
    ("the backup is the database file itself; choose a backup file",
     QT_TRANSLATE_NOOP("Reasons", "This is the database file itself; choose a backup file")),
    ("the copy of {} failed its check ({}); nothing was replaced",
     QT_TRANSLATE_NOOP("Reasons", "The copy of %1 failed its check; nothing was replaced")),
    ("{} is damaged ({}); choose another backup",
     QT_TRANSLATE_NOOP("Reasons", "%1 is damaged; choose another backup")),
    ("{} is empty, not a crm-desktop backup",
     QT_TRANSLATE_NOOP("Reasons", "%1 is empty, not a crm-desktop backup")),
    ("{} is an SQLite file of another program",
     QT_TRANSLATE_NOOP("Reasons", "%1 is a database of another program")),
    ("{} is not a crm-desktop database (not an SQLite file)",
     QT_TRANSLATE_NOOP("Reasons", "%1 is not a crm-desktop database")),
    ("{} cannot be read as a database ({}); if it is yours, restore a backup with "
     "'crm-desktop restore BACKUP'",
     QT_TRANSLATE_NOOP("Reasons", "%1 cannot be read as a database; if it is yours, restore "
                                  "a backup (File → Restore from a backup)")),
    ("{} was written by a newer crm-desktop (schema {}); update the application to open it",
     QT_TRANSLATE_NOOP("Reasons", "%1 was written by a newer crm-desktop; update the "
                                  "application to open it")),
    ("{} is locked by another program (waited {} s); close the other crm-desktop window or "
     "command and try again",
     QT_TRANSLATE_NOOP("Reasons", "%1 is locked by another program (waited %2 s); close the "
                                  "other crm-desktop window or command and try again")),
    ("{} is still open (another crm-desktop window or command, or a connection of this one); "
     "close it, then restore",
     QT_TRANSLATE_NOOP("Reasons", "%1 is still open (another crm-desktop window or command); "
                                  "close it, then restore")),
]
