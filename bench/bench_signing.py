"""What keys cost: signing and verifying a session by key against the digest-only scheme, and the audit chain.

    .venv/bin/python bench/bench_signing.py

A session of unit 8584-200 with a long audit log (20,000 entries, a year of heavy
marking) is signed and verified both ways in the same run; figures are ratios to the
digest-only scheme since these machines are noisy. Appending an audit entry (which now
chains it to the one before) is timed against a plain list append of the same entry.
"""

from __future__ import annotations

import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests")]
from timing import best_of  # noqa: E402

ENTRIES = 20_000


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="marker-bench-"))
    os.environ["MARKER_SESSIONS"] = str(folder / "sessions")
    os.environ["MARKER_KEYS"] = str(folder / "keys")
    import marker.keys
    from signers import Signers

    signers = Signers(folder / "sessions")
    marker.keys.signing_key = signers.signing_key
    from marked import ASSESSOR, marked_session
    from marker.catalogue import find_rubrics
    from marker.config import SHIPPED_RUBRICS
    from marker.record import digest, part_digests, record
    from marker.session import AuditEntry, Role, Signature
    from marker.signing import sign
    from marker.verify import find_trust, verify_session

    rubric = find_rubrics([SHIPPED_RUBRICS]).get("8584-200")
    session = marked_session(rubric, folder / "files")
    for number in range(ENTRIES - len(session.audit)):
        session.log(ASSESSOR, f"AC 1.{number % 3 + 1} feedback", "before", f"after {number}")

    entry = AuditEntry("2025-03-01T09:00:00+00:00", ASSESSOR, "AC 1.1 feedback", "a", "b")
    plain: list[AuditEntry] = []
    chained = best_of(5, lambda: session.log(ASSESSOR, "AC 1.1 decision", "pass", "referral"))
    appended = best_of(5, lambda: plain.append(replace(entry)))
    print(f"append an audit entry to a {ENTRIES}-entry log: {chained * 1e6:.0f} µs chained "
          f"(plain list append of the entry {appended * 1e6:.1f} µs)")

    def digest_only() -> Signature:
        parts = record(session, rubric, Role.ASSESSOR, ASSESSOR, "2025-03-01")
        return Signature(ASSESSOR, "assessor", "2025-03-01", digest(parts), "2025-03-01T09:00:00+00:00",
                         part_digests(parts))

    old = best_of(5, digest_only)
    signers.signing_key(ASSESSOR)  # the key made and trusted before timing: signing loads it
    copies = [replace(session, audit=list(session.audit), signatures=[]) for _ in range(5)]
    keyed = best_of(5, lambda: sign(copies.pop(), rubric, ASSESSOR, ASSESSOR))
    copy = replace(session, audit=list(session.audit), signatures=[])
    sign(copy, rubric, ASSESSOR, ASSESSOR)
    print(f"sign: {keyed * 1000:.1f} ms by key, {old * 1000:.1f} ms digest only ({keyed / old:.1f}x)")

    legacy = replace(session, audit=list(session.audit), signatures=[digest_only()])
    trust = find_trust(None)
    verify_old = best_of(5, lambda: verify_session(legacy, rubric, trust=trust))
    verify_new = best_of(5, lambda: verify_session(copy, rubric, trust=trust))
    assert verify_session(copy, rubric, trust=trust).ok
    print(f"verify one session: {verify_new * 1000:.1f} ms by key (signature, trust, {ENTRIES}-entry chain), "
          f"{verify_old * 1000:.1f} ms digest only ({verify_new / verify_old:.1f}x)")
    read = best_of(5, lambda: find_trust(None))
    print(f"read and check the trust file ({len(trust.changes)} signed changes): {read * 1000:.1f} ms")


if __name__ == "__main__":
    main()
