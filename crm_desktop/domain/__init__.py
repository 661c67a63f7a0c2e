"""Plain values and rules. Imports nothing else of crm_desktop."""
