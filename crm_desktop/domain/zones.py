"""The user's time zone: an IANA zone from zoneinfo (the tzdata package supplies the database
where the system has none), chosen in the preferences or taken from the system.

Never a fixed offset: "+03:00" read from the clock today is wrong for every date on the other
side of a daylight-saving change, which put agendas and reminders an hour off. The choice is
process-wide, like the system zone itself: the planner, the CLI and the window all ask
`user_zone()`.
"""

from __future__ import annotations

import functools
import os
import time
from datetime import UTC, date, datetime, timedelta
from datetime import time as clock_time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from crm_desktop.domain.errors import ValidationError

FALLBACK = "UTC"
RECHECK_SECONDS = 60
_preferred: str | None = None
_system: tuple[str, str | None, float] | None = None  # name, TZ then, when read


def zone_named(name: str, field: str = "time_zone") -> ZoneInfo:
    """The IANA zone `name` ("Europe/Moscow"); a ValidationError naming the field if unknown."""
    if not isinstance(name, str) or not name.strip() or len(name) > 64 \
            or name.strip() not in zone_names():
        raise ValidationError(field, f"'{str(name)[:64]}' is not a known time zone "
                                     f"(e.g. Europe/Moscow)")
    return ZoneInfo(name.strip())


@functools.cache
def zone_names() -> frozenset[str]:
    return frozenset(available_timezones())


def system_zone_name() -> str:
    """The system's IANA zone (TZ, /etc/localtime, the Windows registry), else UTC. Read
    again after a minute or when TZ changes: a laptop moves between zones while it runs."""
    global _system
    now, env = time.monotonic(), os.environ.get("TZ")
    if _system is not None and _system[1] == env and now - _system[2] < RECHECK_SECONDS:
        return _system[0]
    try:
        import tzlocal

        name = tzlocal.reload_localzone().key
    except (ZoneInfoNotFoundError, ValueError, OSError, LookupError, AttributeError):
        name = FALLBACK
    name = name if name in zone_names() else FALLBACK
    _system = (name, env, now)
    return name


def chosen_zone(name: str | None) -> str | None:
    """A zone setting checked: None or blank means "the system's", else a known IANA name."""
    if name is None or (isinstance(name, str) and not name.strip()):
        return None
    return zone_named(name).key


def set_preferred(name: str | None) -> None:
    """The zone chosen in the preferences (None: the system's)."""
    global _preferred
    _preferred = chosen_zone(name)


def preferred() -> str | None:
    return _preferred


def user_zone() -> ZoneInfo:
    return ZoneInfo(_preferred or system_zone_name())


def local_midnight(day: date, zone: ZoneInfo) -> datetime:
    """The first moment of `day` in `zone`, as UTC. Where midnight is skipped by a DST change
    (some zones move at 00:00), zoneinfo gives the moment the day really starts."""
    return datetime.combine(day, clock_time.min).replace(tzinfo=zone).astimezone(UTC)


def day_of(moment: datetime, zone: ZoneInfo) -> date:
    """The calendar day a UTC moment falls on in `zone`."""
    return moment.astimezone(zone).date()


def at_local(day: date, clock: clock_time, zone: ZoneInfo) -> datetime:
    """`clock` o'clock on `day` in `zone`, as UTC (09:00 stays 09:00 across DST)."""
    return datetime.combine(day, clock).replace(tzinfo=zone).astimezone(UTC)


def day_length(day: date, zone: ZoneInfo) -> timedelta:
    """23, 24 or 25 hours."""
    return local_midnight(day + timedelta(days=1), zone) - local_midnight(day, zone)
