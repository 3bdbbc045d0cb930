"""Submissions the independent review of round 22's finder rules wrote to break them (see test_locate_review22.py)."""
