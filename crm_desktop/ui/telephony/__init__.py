"""Telephony in the window: click-to-call (dialer), the incoming-call hand-over (receiver)
and what the window does with a call (incoming)."""
