"""Run every ``bench/bench_*.py`` module and print its tables (``make bench``).

Usage: ``python -m bench [--quick] [name ...]`` where a name filters modules,
e.g. ``python -m bench routing``.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import platform
import sys
import time

import bench


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="shorter runs, rougher figures")
    parser.add_argument("names", nargs="*", help="only modules whose name contains one of these")
    args = parser.parse_args(argv)

    modules = sorted(
        info.name
        for info in pkgutil.iter_modules(bench.__path__)
        if info.name.startswith("bench_")
        and (not args.names or any(name in info.name for name in args.names))
    )
    if not modules:
        print(f"no benchmark module matches {args.names}", file=sys.stderr)
        return 2
    print(f"Python {platform.python_version()} on {platform.machine()}, quick={args.quick}\n")
    for name in modules:
        module = importlib.import_module(f"bench.{name}")
        start = time.perf_counter()
        for table in module.run(quick=args.quick):
            print(table.render(), end="\n\n")
        print(f"({name}: {time.perf_counter() - start:.1f} s)\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
