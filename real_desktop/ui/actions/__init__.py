"""The action registry: every user action declared once, run through the policy."""
