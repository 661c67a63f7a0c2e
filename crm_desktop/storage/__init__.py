"""SQLAlchemy models, engine set-up, migrations and search. No Qt here."""
