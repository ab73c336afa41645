"""Reads dispatch-profile.sh's runs and `perf script` output: CPU samples inside each run's span, by process role, silent
against logging, then the functions whose inclusive samples grew most for one role. A sample is 0.1 ms of one core."""
import bisect
import collections
import json
import re
import sys
from datetime import datetime

runs_dir, script, wanted_role, top = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])


def seconds(text):
    return datetime.fromisoformat(text).timestamp()


runs = []
for line in open(f"{runs_dir}/pids"):
    count, round_, master, *workers = line.split()
    modules = json.load(open(f"{runs_dir}/{count}-{round_}.json"))["modules"]
    ran = [m for m in modules if m["startedAt"] and m["endedAt"]]
    start = min(seconds(m["startedAt"]) for m in ran)
    end = max(seconds(m["endedAt"]) for m in ran)
    runs.append((start, end, int(count), int(master), {int(w) for w in workers}))
runs.sort()
starts = [run[0] for run in runs]
counts = sorted({run[2] for run in runs})
per_count = collections.Counter(run[2] for run in runs)

totals = {count: collections.Counter() for count in counts}
inclusive = {count: collections.Counter() for count in counts}
header = re.compile(r"^\s*(.+?)\s+(\d+)\s+([\d.]+):")


def add(sample):
    if sample is None:
        return
    time, pid, comm, frames = sample
    at = bisect.bisect_right(starts, time) - 1
    if at < 0 or time > runs[at][1]:
        return
    _, _, count, master, workers = runs[at]
    role = "master" if pid == master else "workers" if pid in workers else "redis" if comm.startswith("redis") else "other"
    totals[count][role] += 1
    if role == wanted_role:
        for frame in set(frames):
            inclusive[count][frame] += 1


sample = None
for line in open(script):
    if not line.strip():
        add(sample)
        sample = None
    elif line[0] not in " \t":
        add(sample)
        match = header.match(line)
        sample = (float(match.group(3)), int(match.group(2)), match.group(1), []) if match else None
    elif sample is not None:
        parts = line.split(None, 1)
        if len(parts) == 2:
            sample[3].append(re.sub(r"\+0x[0-9a-f]+$", "", parts[1].strip()))
add(sample)

silent, logging = counts[0], counts[-1]
print(f"samples per run inside the span ({per_count[silent]} silent runs, {per_count[logging]} with {logging} lines per module)")
print(f"| process | silent | {logging} lines | change |")
print("| --- | ---: | ---: | ---: |")
for role in ("master", "workers", "redis", "other"):
    a, b = totals[silent][role] / per_count[silent], totals[logging][role] / per_count[logging]
    print(f"| {role} | {a:.1f} | {b:.1f} | {b - a:+.1f} |")
print(f"\n{wanted_role}: functions whose inclusive samples per run grew most with the lines")
growth = lambda frame: inclusive[logging][frame] / per_count[logging] - inclusive[silent][frame] / per_count[silent]
for frame in sorted(set(inclusive[silent]) | set(inclusive[logging]), key=growth, reverse=True)[:top]:
    print(f"{inclusive[silent][frame] / per_count[silent]:7.2f} {inclusive[logging][frame] / per_count[logging]:7.2f} {growth(frame):+7.2f}  {frame[:140]}")
