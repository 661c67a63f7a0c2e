"""Service requests, mail and automation rules."""
