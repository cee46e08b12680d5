"""``make bench``: run every benchmark in tests/benchmarks and write bench-results.json.

Usage: ``python -m tests.benchmarks.run [--output FILE] [--only NAME ...]``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from harness import BENCHMARKS, measure  # noqa: E402


def _load_modules() -> None:
    for module in sorted(HERE.glob("bench_*.py")):
        importlib.import_module(module.stem)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", type=Path, default=Path("bench-results.json"))
    parser.add_argument("--only", nargs="*", help="benchmark names to run")
    args = parser.parse_args(argv)
    _load_modules()
    results: dict[str, object] = {}
    for name, factory in BENCHMARKS.items():
        if args.only and name not in args.only:
            continue
        results[name] = measure(factory())
        row = results[name]
        print(f"{name:<26} {row['value']:>10} {row['unit']:<3} floor {row['floor']:>10} "
              f"ratio {row['ratio']}", flush=True)
    print(f"python {platform.python_version()} on {platform.platform()}, {os.cpu_count()} cpus")
    args.output.write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
