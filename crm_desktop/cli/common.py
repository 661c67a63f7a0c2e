"""What every command module shares: exit codes, the default database path, opening it."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_data_path

if TYPE_CHECKING:
    from crm_desktop.services.crm import Crm

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_OFFLINE = 3
EXIT_CONFIG = 8  # the server's address or its settings cannot be right (not offline)


class CliError(Exception):
    def __init__(self, message: str, exit_code: int = EXIT_ERROR) -> None:
        super().__init__(message)
        self.exit_code = exit_code


def default_db_path() -> Path:
    """$CRM_DESKTOP_DB, else crm.db in the user's data directory."""
    env = os.environ.get("CRM_DESKTOP_DB")
    if env:
        return Path(env).expanduser()
    return user_data_path("crm-desktop", appauthor=False) / "crm.db"


def open_crm(db_path: Path, must_exist: bool = False) -> Crm:
    """Opens (creating or upgrading) the database; a missing file is an error if must_exist."""
    from crm_desktop.services.crm import Crm

    if must_exist and not db_path.exists():
        raise CliError(f"{db_path} does not exist (create it with 'crm-desktop --db {db_path} "
                       "demo' or by starting the app)")
    return Crm(db_path)
