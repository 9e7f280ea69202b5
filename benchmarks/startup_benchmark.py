"""Start-up of a process that reads news: the relation templates' regex programs and jieba's dictionary.

    python benchmarks/startup_benchmark.py [--rounds 3]

Each round runs in a fresh process with a fresh, empty cache folder (``KG_CACHE_DIR``), so that
nothing of an earlier round is reused:

- cold: every relation template compiled by ``re`` (the baseline, what every process paid before
  the programs were cached), and jieba's dictionary read from its text file; both are then
  written to the cache;
- warm: a second process with the same cache folder, which rebuilds the templates from their
  cached programs and reads the dictionary's pickle.

It prints the seconds of each part, the ratio of cold to warm, and checks that both ways give the
same patterns (source, flags, groups).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from statistics import median

_PROBE = r"""
import json, re, time
started = time.perf_counter()
from kg.extract import relations
from kg.model import Lang
imported = time.perf_counter()
patterns = [p.regex for p in relations._patterns_for(Lang.MIXED)]
compiled = time.perf_counter()
from kg.extract import names_zh
names_zh.chinese_words()
dictionary = time.perf_counter()
print(json.dumps({
    "import": imported - started,
    "templates": compiled - imported,
    "dictionary": dictionary - compiled,
    "count": len(patterns),
    "shape": [(p.pattern, p.flags, p.groups) for p in patterns[:: max(1, len(patterns) // 40)]],
}))
"""


def _run(cache: str) -> dict[str, object]:
    environment = {**os.environ, "KG_CACHE_DIR": cache}
    output = subprocess.run(
        [sys.executable, "-c", _PROBE], env=environment, capture_output=True, text=True, check=True
    ).stdout
    result: dict[str, object] = json.loads(output)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    rounds = parser.parse_args().rounds
    cold_runs, warm_runs = [], []
    for _ in range(rounds):
        with tempfile.TemporaryDirectory() as cache:
            cold, warm = _run(cache), _run(cache)
        if cold["shape"] != warm["shape"]:
            sys.exit("the patterns rebuilt from their programs differ from the compiled ones")
        cold_runs.append(cold)
        warm_runs.append(warm)
    print(f"{cold_runs[0]['count']} relation templates, {rounds} rounds (median seconds)")
    for part in ("import", "templates", "dictionary"):
        cold_s = median(float(str(run[part])) for run in cold_runs)
        warm_s = median(float(str(run[part])) for run in warm_runs)
        ratio = cold_s / warm_s if warm_s else float("inf")
        print(f"  {part:<11} cold {cold_s:6.2f} s   warm {warm_s:6.2f} s   cold/warm {ratio:5.1f}×")
    print("  (cold: compiled by re and read from jieba's text file, the baseline; warm: from the disk cache)")


if __name__ == "__main__":
    main()
