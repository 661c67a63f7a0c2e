"""The day planner: tasks, the agenda and the generated day list."""
