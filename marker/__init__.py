"""marker: mark ILM coaching and mentoring submissions against the unit's result sheet."""

__version__ = "0.1.0"
