"""Exporting a cohort's signed work for the External Quality Assurer (EQA).

``select`` chooses the sessions, ``bundle`` writes them (sheets, submissions as judged,
session files, schedule, index), ``manifest`` records and checks every file's SHA-256,
``names`` keeps learner names from becoming unsafe paths. No Textual here: the CLI
and the app's Export screen both drive it.
"""

from marker.export.bundle import PDF_SKIPPED, ExportCancelled, build_bundle, bundle_target, find_libreoffice
from marker.export.manifest import MANIFEST, verify_bundle
from marker.export.select import Criteria, Selection, choose_sessions, is_final, select_sessions

__all__ = ["MANIFEST", "PDF_SKIPPED", "Criteria", "ExportCancelled", "Selection", "build_bundle", "bundle_target",
           "choose_sessions", "find_libreoffice", "is_final", "select_sessions", "verify_bundle"]
