"""The day planner: day and week grids, the agenda, the day list from the client cards,
completing tasks, reminders and the assignments control."""
