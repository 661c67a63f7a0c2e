"""The office: users, teams, reference lists and our company's requisites."""
