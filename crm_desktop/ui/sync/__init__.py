"""Sync in the window: the status bar, background syncs, server settings, conflicts, log."""
