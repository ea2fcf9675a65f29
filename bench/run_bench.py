"""Throughput benchmark: `python bench/run_bench.py [DOCS]` (same as `sitrep bench --docs DOCS --json`)."""

import json
import sys

from sitrep.benchmark import benchmark

if __name__ == "__main__":
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    print(json.dumps(benchmark(size), indent=2))
