"""Kiosk mode's screens (Qt): the welcome screen, the idle countdown, End session and the
admin unlock, and the controller that runs visitor sessions (core/kiosk holds the rest)."""
