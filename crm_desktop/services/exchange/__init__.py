"""Files in and out: spreadsheets, vCards, iCalendar, and who may export."""
