"""Built-in checks, grouped by category; each module exports ``CHECKS``."""
