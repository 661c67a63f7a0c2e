"""Sync as the window and the CLI use it."""
