#!/usr/bin/env python3
"""Side-by-side timing of two devopsflow-lint binaries on the same trees, in
one run. The runs alternate (A B, B A, ...) so that load from other work on
the machine falls on both alike; CPU time (user + sys of the child) is
reported beside wall time because it is far less sensitive to that load.

Usage: compare.py RUNS BIN_A BIN_B TREE [TREE...]

Prints, per tree, the minimum and median of each metric and the B/A ratio of
the medians (below 1 means B is faster).
"""
import resource
import statistics
import subprocess
import sys
import time

WARMUP = 3


def once(binary, tree):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [binary, "--fail-on", "never", "--format", "json", tree],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main():
    if len(sys.argv) < 5:
        sys.exit(__doc__)
    runs = int(sys.argv[1])
    binaries = {"A": sys.argv[2], "B": sys.argv[3]}
    print("| tree | metric | A min / median (ms) | B min / median (ms) | B/A (median) |")
    print("|---|---|---|---|---|")
    for tree in sys.argv[4:]:
        samples = {name: {"wall": [], "cpu": []} for name in binaries}
        for i in range(WARMUP + runs):
            order = ["A", "B"] if i % 2 == 0 else ["B", "A"]
            for name in order:
                wall, cpu = once(binaries[name], tree)
                if i >= WARMUP:
                    samples[name]["wall"].append(wall)
                    samples[name]["cpu"].append(cpu)
        for metric in ("wall", "cpu"):
            a = samples["A"][metric]
            b = samples["B"][metric]
            ratio = statistics.median(b) / statistics.median(a)
            print(
                f"| {tree} | {metric} | {min(a) * 1e3:.1f} / {statistics.median(a) * 1e3:.1f}"
                f" | {min(b) * 1e3:.1f} / {statistics.median(b) * 1e3:.1f} | {ratio:.3f} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
