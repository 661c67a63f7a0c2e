"""The sales funnel: the kanban board, the deal card and the analytics view."""
