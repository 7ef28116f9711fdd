"""A helper the stage 6 tests share: run a function on several threads at once."""

from __future__ import annotations

import threading
from collections.abc import Callable


def run_in_threads(target: Callable[[str], None], *names: str) -> None:
    """Run ``target(name)`` on one thread per name, wait for all, re-raise the first error."""
    errors: list[BaseException] = []

    def guarded(name: str) -> None:
        try:
            target(name)
        except BaseException as exc:  # noqa: BLE001 - handed back to the test thread
            errors.append(exc)

    threads = [threading.Thread(target=guarded, args=(name,)) for name in names]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=5)
    if errors:
        raise errors[0]
