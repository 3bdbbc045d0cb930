"""Held-out cases, set a."""

CASES: list = []
