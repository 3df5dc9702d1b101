"""A count of the work a call does, for tests of how it grows with its input."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any


def lines_run(fn: Callable[..., Any], *args: Any) -> int:
    """How many source lines ``fn(*args)`` runs (``sys.settrace`` line events: one per line
    started, and one per pass of a loop): unlike a clock, not changed by the machine's load or a
    second test worker, so a test may bound its growth tightly. Code in C (regexes, dict look-ups)
    counts as the one line that calls it."""
    count = 0

    def local(frame: Any, event: str, arg: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return local

    previous = sys.gettrace()
    sys.settrace(lambda frame, event, arg: local)
    try:
        fn(*args)
    finally:
        sys.settrace(previous)
    return count
