"""Clients: the list of companies and people, the client card, editing and merging."""
