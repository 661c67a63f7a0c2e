"""The sales funnel: deals, their items, the board and analytics."""
