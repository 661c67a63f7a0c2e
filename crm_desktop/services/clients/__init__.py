"""Client records: companies, people, their cards, lists, search, duplicates and merges."""
