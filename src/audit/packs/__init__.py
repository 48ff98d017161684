"""Declarative rule packs in Vale's YAML format: load, compile once, run as checks."""
