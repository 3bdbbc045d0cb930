"""Issue 16, as a property: whatever is done to a real submission file, reading it gives text
or marker's own one-line refusal naming it, within the time budget — never anything else.

Every file of the built test corpus and of ../shared/corpus/realworld is a seed; the
mutations flip bytes, truncate, insert junk, drop zip members, make a member lie about its
size and nest XML deep. ``make test`` runs a bounded, derandomised number of cases on the seeds
under 150 KB (a few seconds; the large PDFs take seconds each to read whole);
``bench/bench_hostile.py --fuzz N`` runs N on every seed file.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fuzz_reading import OPERATIONS, mutate, read_mutated, seed_files
from marker.submission.budget import MAX_SECONDS

EXAMPLES = 40
QUICK_SEED = 150_000
"""Bytes: larger seeds are left to the bench."""


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> dict[str, bytes]:
    files = seed_files(tmp_path_factory.mktemp("seeds"))
    return {path.name: path.read_bytes() for path in files if path.stat().st_size < QUICK_SEED}


@settings(max_examples=EXAMPLES, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(pick=st.integers(min_value=0), operation=st.sampled_from(OPERATIONS),
       at=st.floats(min_value=0, max_value=1, allow_nan=False), value=st.integers(min_value=0, max_value=2**16),
       junk=st.binary(min_size=1, max_size=64))
def test_a_mutated_file_reads_as_text_or_one_line_refusal(seeds, pick, operation, at, value, junk):
    name = sorted(seeds)[pick % len(seeds)]
    data = mutate(seeds[name], operation, at, value, junk)
    assert read_mutated(name, data, MAX_SECONDS) in ("text", "refused")
