"""The evidence finder as it was before issue 13 (commit 5f091d9), kept only as the
speed baseline for ``bench_locate.py``: the bench times today's finder against it in
the same run. Not imported by marker."""
