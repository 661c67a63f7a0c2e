"""Importing from Excel, CSV and vCard; exporting lists to Excel."""
