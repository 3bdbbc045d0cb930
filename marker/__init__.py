"""marker: mark ILM coaching and mentoring submissions against the unit's result sheet."""

import gc

__version__ = "0.1.0"

# Starting up imports a few hundred modules whose objects live as long as the process, and
# at the collector's default thresholds it walks them again and again while they load
# (~25 ms of `marker mark`, 7% of its start). Collections are made rarer until the first
# screen is up (the first criterion's evidence, or a second after the app starts), which
# freezes what start-up made and puts the defaults back (``collect_as_usual``): the app's
# first paint and the reading worker's imports made ~55 collections more (~12 ms) at the
# defaults.
START_UP_THRESHOLDS = (100_000, 50, 50)
DEFAULT_THRESHOLDS = gc.get_threshold()
if DEFAULT_THRESHOLDS[0] < START_UP_THRESHOLDS[0]:
    gc.set_threshold(*START_UP_THRESHOLDS)


def collect_as_usual() -> None:
    """Start-up is over: what it made is frozen (the collector no longer walks it) and
    collections are back at the defaults."""
    gc.freeze()
    gc.set_threshold(*DEFAULT_THRESHOLDS)
