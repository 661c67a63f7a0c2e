"""How often the window does the service features' rounds while it is open (a module of its
own so that registering the views at start loads nothing else)."""

FETCH_EVERY_MS = 5 * 60 * 1000  # mailboxes fetched, the outbox sent
SCHEDULE_MS = 15 * 60 * 1000  # date rules (invoice due, birthdays, no contact for N days)
