"""Use cases the UI and the CLI call. Plain data in and out; never Qt."""
