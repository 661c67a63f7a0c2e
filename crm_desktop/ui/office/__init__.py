"""The office: users and rights, the audit log."""
