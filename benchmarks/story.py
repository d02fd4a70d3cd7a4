"""Timeline17 dev tasks: `timeline story` against journalists' timelines, with time and memory.

For every task of ../shared/data/t17-dev (one journalist's timeline), runs the
library call behind `timeline story` with the task setup of news-tls /
Martschat & Markert 2018: N = l gold dates, K = k sentences per date, inputs =
the topic's articles published within the gold range (the topic folder is given
whole; --from/--to do the filtering, as a user would). Each task is a full run:
read, tag, choose. The outputs are scored with the dataset's own score.py
(Date-F1, and ROUGE-1/2 F1 of the align+ m:1 variant, AR1/AR2, averaged as
news-tls does: F of mean precision and mean recall).

`--baseline` also runs, in the same process for comparison, the naive digest
from `timeline extract`: the days with the most extracted events, the first
quotes of each (slower: it extracts every event of every article).

The data lives outside the repository (../shared, relative to the repo root, or
--data / $TIMELINE_T17): without it this prints so and exits 0.

`--loso 36500,2,7,14` checks a parameter leave one story out: for each story,
the value that scores best on the other two stories' tasks, and what it scores on
the held-out one, beside what the first value given scores there. By default the
parameter is date selection's timeline.story.dates.REMEMBERED_AFTER (in days;
36500: no day is ever remembered); `--loso-param redundant` checks sentence
selection's timeline.story.summaries.REDUNDANT (a cosine) instead, `--loso-param dated`
its DATED_HANDICAP (a cosine taken off a sentence that names its day). Each topic is
analysed once and reused, so this prints no times.

    .venv/bin/python benchmarks/story.py [--jobs 2] [--tasks a,b] [--baseline] [--save DIR] [--loso VALUES]
                                         [--loso-param remembered|redundant|dated]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def find_data(option: str | None) -> Path | None:
    candidates = [option, os.environ.get("TIMELINE_T17"), ROOT.parent / "shared" / "data" / "t17-dev"]
    for c in candidates:
        if c and (Path(c) / "tasks.json").is_file():
            return Path(c)
    return None


def peak_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest finished child, in MB."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, child


def run_story(data: Path, task: dict, jobs: int) -> list[dict]:
    from timeline.story import digest_paths

    days = digest_paths([data / "articles" / task["topic"]], task["l"], task["k"],
                        dt.date.fromisoformat(task["start"]), dt.date.fromisoformat(task["end"]), jobs=jobs)
    return [{"date": d.day.isoformat(), "text": [s.text for s in d.sentences]} for d in days]


def run_baseline(data: Path, task: dict, jobs: int) -> list[dict]:
    """The naive digest: days with the most extracted day-precision events, first quotes."""
    from timeline.extract.run import extract_paths
    from timeline.story.sources import find_sources, read_inputs

    start, end = dt.date.fromisoformat(task["start"]), dt.date.fromisoformat(task["end"])
    paths = [Path(i.path) for i in read_inputs(find_sources([data / "articles" / task["topic"]]), start, end)]
    counts: Counter[str] = Counter()
    quotes: dict[str, list[str]] = {}
    for result in extract_paths(paths, None, None, jobs):
        for event in result.events:
            day = event.when.value()
            if len(day) == 10 and task["start"] <= day <= task["end"]:
                counts[day] += 1
                quotes.setdefault(day, []).extend(s.quote for s in event.sources if s.quote)
    top = sorted(counts, key=lambda d: (-counts[d], d))[: task["l"]]
    return [{"date": d, "text": quotes[d][: task["k"]]} for d in sorted(top)]


def score(data: Path, folder: Path, names: list[str]) -> dict:
    out = folder / "score.json"
    subprocess.run([sys.executable, str(data / "score.py"), str(folder), "--tasks", ",".join(names),
                    "--json", str(out)], check=True, stdout=subprocess.DEVNULL)
    return json.loads(out.read_text())[0]


def cpu_seconds() -> float:
    """CPU time (user + system) of this process and its finished workers so far."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def run(label: str, method, data: Path, tasks: list[dict], jobs: int, save: Path | None) -> None:
    folder = save / label if save else Path(tempfile.mkdtemp(prefix=f"story-{label}-"))
    folder.mkdir(parents=True, exist_ok=True)
    seconds: dict[str, float] = {}
    cpu: dict[str, float] = {}
    for task in tasks:
        began, began_cpu = time.perf_counter(), cpu_seconds()
        timeline = method(data, task, jobs)
        seconds[task["task"]] = time.perf_counter() - began
        cpu[task["task"]] = cpu_seconds() - began_cpu
        (folder / f"{task['task']}.json").write_text(json.dumps(timeline, ensure_ascii=False))
        print(f"  {label}: {task['task']} done in {seconds[task['task']]:.1f} s", file=sys.stderr, flush=True)
    result = score(data, folder, [t["task"] for t in tasks])
    print(f"\n{label} (--jobs {jobs}; outputs in {folder})")
    print(f"{'task':38} {'l':>3} {'k':>2} {'articles':>8} {'Date-F1':>7} {'AR1':>6} {'AR2':>6} {'wall s':>7} {'CPU s':>6}")
    for task, row in zip(tasks, result["tasks"], strict=True):
        print(f"{task['task'][:38]:38} {task['l']:>3} {task['k']:>2} {task['articles_in_range']:>8} "
              f"{row['date_f1']:7.3f} {row['align_m1_1']:6.3f} {row['align_m1_2']:6.3f} "
              f"{seconds[task['task']]:7.1f} {cpu[task['task']]:6.1f}")
    avg = result["average"]
    print(f"{'ALL (news-tls averaging)':38} {'':>3} {'':>2} {sum(t['articles_in_range'] for t in tasks):>8} "
          f"{avg['date']['f_score']:7.3f} {avg['align_m1_rouge_1']['f_score']:6.3f} "
          f"{avg['align_m1_rouge_2']['f_score']:6.3f} {sum(seconds.values()):7.1f} {sum(cpu.values()):6.1f}")
    print("(wall time depends on the machine's load; CPU time, all processes, much less so)")
    own, child = peak_mb()
    print(f"peak memory: {own:.0f} MB in this process, {child:.0f} MB in the largest worker")


#: The parameters --loso can check: module, attribute, how a value given on the command line is set.
LOSO_PARAMETERS = {
    "remembered": ("timeline.story.dates", "REMEMBERED_AFTER", lambda v: dt.timedelta(days=v)),
    "redundant": ("timeline.story.summaries", "REDUNDANT", float),
    "dated": ("timeline.story.summaries", "DATED_HANDICAP", float),
}


def leave_one_story_out(data: Path, tasks: list[dict], jobs: int, values: list[float], param: str) -> None:
    """A story parameter chosen on two stories and scored on the third, for each."""
    import importlib

    from timeline.story import make_digest
    from timeline.story.sources import analyse_all, find_sources, read_inputs

    module_name, attribute, convert = LOSO_PARAMETERS[param]
    module = importlib.import_module(module_name)
    facts = {topic: analyse_all(read_inputs(find_sources([data / "articles" / topic])), jobs)
             for topic in sorted({t["topic"] for t in tasks})}
    default = getattr(module, attribute)
    # per value: per story, the mean over its tasks of (Date-F1, AR1, AR2)
    means: dict[float, dict[str, tuple[float, float, float]]] = {}
    try:
        for value in values:
            setattr(module, attribute, convert(value))
            folder = Path(tempfile.mkdtemp(prefix=f"story-loso-{value}-"))
            for task in tasks:
                start, end = dt.date.fromisoformat(task["start"]), dt.date.fromisoformat(task["end"])
                inputs = [f for f in facts[task["topic"]] if task["start"] <= f.published <= task["end"]]
                days = make_digest(inputs, task["l"], task["k"], start, end)
                timeline = [{"date": d.day.isoformat(), "text": [s.text for s in d.sentences]} for d in days]
                (folder / f"{task['task']}.json").write_text(json.dumps(timeline, ensure_ascii=False))
            rows = score(data, folder, [t["task"] for t in tasks])["tasks"]
            per_story: dict[str, list[tuple[float, float, float]]] = {}
            for task, row in zip(tasks, rows, strict=True):
                per_story.setdefault(task["topic"], []).append(
                    (row["date_f1"], row["align_m1_1"], row["align_m1_2"]))
            means[value] = {topic: tuple(sum(r[i] for r in got) / len(got) for i in range(3))
                            for topic, got in per_story.items()}
            print(f"  {param} {value}: " + "  ".join(
                f"{topic} {m[0]:.3f}/{m[1]:.3f}/{m[2]:.4f}" for topic, m in means[value].items()),
                file=sys.stderr, flush=True)
    finally:
        setattr(module, attribute, default)
    stories = sorted(facts)
    reference = values[0]
    print("\nleave one story out (story means of Date-F1 / AR1 / AR2; chosen by the other stories' mean;"
          f" the last three columns: the held-out story with the first value given, {reference})")
    print(f"{'held out':10} {'by':8} {'chosen':>6} {'train':>7} {'held-out Date-F1':>17} {'AR1':>6} {'AR2':>7}"
          f" {'Date-F1':>8} {'AR1':>6} {'AR2':>7}")
    for held in stories:
        train = [s for s in stories if s != held]
        for label, metric in (("Date-F1", 0), ("AR2", 2)):
            best = max(values, key=lambda v: sum(means[v][s][metric] for s in train))
            got = means[best][held]
            print(f"{held:10} {label:8} {best:>6g} {sum(means[best][s][metric] for s in train) / len(train):7.4f} "
                  f"{got[0]:17.3f} {got[1]:6.3f} {got[2]:7.4f} {means[reference][held][0]:8.3f} "
                  f"{means[reference][held][1]:6.3f} {means[reference][held][2]:7.4f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", help="the t17-dev folder (default: $TIMELINE_T17 or ../shared/data/t17-dev)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--tasks", help="comma-separated task names (default: all)")
    parser.add_argument("--baseline", action="store_true", help="also run the naive extract-count digest")
    parser.add_argument("--save", type=Path, help="keep the outputs in this folder")
    parser.add_argument("--loso", help="comma-separated values: leave-one-story-out check of a story "
                        "parameter (no timing)")
    parser.add_argument("--loso-param", choices=sorted(LOSO_PARAMETERS), default="remembered",
                        help="the parameter --loso checks: REMEMBERED_AFTER in days (default), REDUNDANT "
                        "or DATED_HANDICAP")
    args = parser.parse_args()
    data = find_data(args.data)
    if data is None:
        print("benchmarks/story.py: Timeline17 dev data not found (../shared/data/t17-dev, $TIMELINE_T17 "
              "or --data); nothing to measure.")
        return 0
    tasks = json.loads((data / "tasks.json").read_text())
    if args.tasks:
        wanted = set(args.tasks.split(","))
        tasks = [t for t in tasks if t["task"] in wanted]
    sys.path.insert(0, str(ROOT))
    if args.loso:
        leave_one_story_out(data, tasks, args.jobs, [float(v) for v in args.loso.split(",")], args.loso_param)
        return 0
    if args.baseline:
        run("baseline", run_baseline, data, tasks, args.jobs, args.save)
    run("story", run_story, data, tasks, args.jobs, args.save)
    return 0


if __name__ == "__main__":
    sys.exit(main())
