"""Learner submissions: reading files, finding evidence per criterion, and the checks."""
