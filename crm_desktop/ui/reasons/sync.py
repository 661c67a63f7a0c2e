"""Reasons of sync with the office server.

A new reason goes at the end of its list (ui.reasons tries the lists in order)."""

from __future__ import annotations

from crm_desktop.domain.texts import QT_TRANSLATE_NOOP

# (how the core writes it, "{}" for each value; the window's text, %N for the N-th value)
SYNC: list[tuple[str, str]] = [
    # sync
    ("host, database and user are all needed",
     QT_TRANSLATE_NOOP("Reasons", "Enter the server, the database and the user")),
    ("no server is configured", QT_TRANSLATE_NOOP("Reasons", "No server is set up")),
    ("keep 'kept' or 'lost'", QT_TRANSLATE_NOOP("Reasons", "Choose which value to keep")),
    ("no open conflict {}", QT_TRANSLATE_NOOP("Reasons", "This conflict is no longer open")),
    ("this conflict names no field of this program",
     QT_TRANSLATE_NOOP("Reasons", "This conflict names no field of this program")),
    ("no password store (keyring) is available on this computer; the password will be asked "
     "for at each sync", QT_TRANSLATE_NOOP("Reasons", "There is no password store on this "
                                                      "computer; the password will be asked "
                                                      "for at each sync")),
    ("the server at {} cannot be reached; working offline",
     QT_TRANSLATE_NOOP("Reasons", "The server %1 cannot be reached; working offline")),
    ("the server at {} did not answer in time (busy or stuck); nothing was changed, the next "
     "sync retries", QT_TRANSLATE_NOOP("Reasons", "The server %1 did not answer in time; "
                                                  "nothing was changed, the next sync "
                                                  "retries")),
    ("the server at {} refused the user name or password",
     QT_TRANSLATE_NOOP("Reasons", "The server %1 refused the user name or password")),
    ("this login is disabled on {}: ask the office's owner",
     QT_TRANSLATE_NOOP("Reasons", "This login is disabled on %1: ask the office's owner")),
    ("the secure connection to {} failed: the server does not offer or accept it",
     QT_TRANSLATE_NOOP("Reasons", "The secure connection to %1 failed: the server does not "
                                  "offer or accept it")),
    ("the server address is not valid{}",
     QT_TRANSLATE_NOOP("Reasons", "The server address is not valid: check the server, "
                                  "port, database and user")),
    ("the server at {} answered with an error: {}",
     QT_TRANSLATE_NOOP("Reasons", "The server %1 answered with an error")),
    ("the login may not do this on {}: {}",
     QT_TRANSLATE_NOOP("Reasons", "This login may not do this on %1")),
    ("the secure-connection setting is not valid (use disable, prefer, require or "
     "verify-full)", QT_TRANSLATE_NOOP("Reasons", "The secure-connection setting is not "
                                                  "valid")),
    ("the secure-connection setting (sslmode) is not valid: use disable, prefer, require, "
     "verify-ca or verify-full",
     QT_TRANSLATE_NOOP("Reasons", "The secure-connection setting is not valid")),
    ("the server at {} is not set up for this version of crm-desktop (run 'crm-desktop "
     "server init')", QT_TRANSLATE_NOOP("Reasons", "The server %1 is not set up for this "
                                                   "version of crm-desktop (the office's "
                                                   "owner runs “server init”)")),
    ("the server is not set up for this version of crm-desktop (run 'crm-desktop server "
     "init')", QT_TRANSLATE_NOOP("Reasons", "The server is not set up for this version of "
                                            "crm-desktop (the office's owner runs “server "
                                            "init”)")),
    ("the server's schema is version {}, newer than this program's {}: update crm-desktop "
     "before running server init",
     QT_TRANSLATE_NOOP("Reasons", "The server's data is newer than this program; update "
                                  "crm-desktop")),
    ("keep at least one day", QT_TRANSLATE_NOOP("Reasons", "Keep at least one day")),
    ("the server address must start with postgresql:// (for example "
     "postgresql://anna@server:5432/crm)",
     QT_TRANSLATE_NOOP("Reasons", "The server address must start with postgresql:// (for "
                                  "example postgresql://anna@server:5432/crm)")),
    ("the server's port must be a number from 1 to 65535",
     QT_TRANSLATE_NOOP("Reasons", "The server's port must be a number from 1 to 65535")),
    ("the server address names no database (…/DATABASE at its end)",
     QT_TRANSLATE_NOOP("Reasons", "The server address names no database (…/DATABASE at its "
                                  "end)")),
    ("the server's host name has characters a host name cannot have",
     QT_TRANSLATE_NOOP("Reasons", "The server's name has characters a host name cannot "
                                  "have")),
    ("the server address has a broken %-escape in its {}{}",
     QT_TRANSLATE_NOOP("Reasons", "The server address has a broken %-escape")),
    ("the server address has a space or control character in its {}",
     QT_TRANSLATE_NOOP("Reasons", "The server address has a space or a control character")),
    ("the server address has a / ? # or @ in its user name or password: write them as %2F "
     "%3F %23 %40", QT_TRANSLATE_NOOP("Reasons", "The server address has a / ? # or @ in "
                                                 "its user name or password: write them as "
                                                 "%2F %3F %23 %40")),
    ("the server address has an unclosed [ in its host",
     QT_TRANSLATE_NOOP("Reasons", "The server address has an unclosed [ in its host")),
    ("the options after ? in the server address cannot be read",
     QT_TRANSLATE_NOOP("Reasons", "The options after ? in the server address cannot be "
                                  "read")),
    ("no password store (keyring) is available on this computer: the password is kept in "
     "memory until the program closes and asked for again at the next start",
     QT_TRANSLATE_NOOP("Reasons", "There is no password store on this computer: the "
                                  "password is kept until the program closes and asked for "
                                  "again at the next start")),
]
