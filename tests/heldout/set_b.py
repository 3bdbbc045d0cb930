"""Held-out cases, set b."""

CASES: list = []
