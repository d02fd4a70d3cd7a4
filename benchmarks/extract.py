"""Throughput of `timeline extract` on many articles: articles/s and peak memory.

Generates N synthetic news articles of about 600 words (seeded, so every run
extracts the same text: dated statements of every kind the tagger handles,
quotes, captions, undated filler), then runs the real command
`timeline extract --jobs J --content TMP` on all of them in a subprocess and
reports wall time, articles per second and the peak resident memory of the
largest process (parent or worker). Target: 1,000 articles in 60 s or less
with --jobs 2 on the 2-core machine. A --jobs 1 run on a slice of the same
articles is printed beside it for comparison.

    .venv/bin/python benchmarks/extract.py [--articles 1000] [--jobs 2] [--reference 200]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIMELINE = ROOT / ".venv" / "bin" / "timeline"

FIRST = ["Maria", "James", "Aisha", "Wei", "Carlos", "Fatima", "John", "Elena", "Kenji", "Sarah", "Omar", "Lucy"]
LAST = ["Alvarez", "Chen", "Okafor", "Schmidt", "Patel", "Nguyen", "Kowalski", "Haddad", "Brennan", "Sato"]
ORGS = ["Northwind Energy", "the Federal Reserve", "Acme Robotics", "the city council", "Globex Corp.",
        "the European Commission", "Initech", "the Senate Finance Committee", "Helios Airlines", "the U.N."]
ROLES = ["chief executive", "spokeswoman", "spokesman", "finance minister", "senior analyst", "mayor"]
VERBS = ["approved a $4 billion budget", "announced 2,000 job cuts", "signed a supply agreement with Initech",
         "opened an investigation into the merger", "raised interest rates by a quarter point",
         "rejected the union's final offer", "filed a lawsuit against the state", "unveiled a new drone"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
FILLER = [
    "Analysts said the decision reflected broader pressure across the industry, where margins have thinned "
    "and competition from new entrants has intensified over the course of several difficult quarters.",
    "The move drew criticism from consumer groups, who argued that the costs would ultimately be passed on "
    "to households already struggling with higher prices for food, rent and transportation.",
    "Officials did not respond to requests for comment, and a spokesperson declined to say whether further "
    "changes were under consideration or how many employees would be affected by them.",
    "Investors appeared unconvinced, and shares fell sharply in afternoon trading as the broader market "
    "edged lower on renewed concerns about growth and the path of inflation.",
    "The agreement still requires approval from regulators in several countries, a process that could take "
    "many months and may force the companies to sell some of their assets.",
]


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def article(rng: random.Random, index: int) -> str:
    year = 2020 + index % 6
    pub_month = rng.randint(1, 12)
    pub_day = rng.randint(1, 28)
    paragraphs: list[str] = []
    words = 0
    while words < 600:
        p, o = person(rng), rng.choice(ORGS)
        # About half the paragraphs state a date: 7 to 9 dated statements per article, the
        # density of real news (the CNBC article the bundled example retells: 13 in 1,200 words; TimeBank: 4.5 per article).
        kind = rng.randrange(12)
        if kind == 0:
            text = f"{p}, the {rng.choice(ROLES)} of {o}, said on {rng.choice(WEEKDAYS)} that the group {rng.choice(VERBS)}."
        elif kind == 1:
            text = f"In {rng.choice(MONTHS)}, {o} {rng.choice(VERBS)}, and {p} called it a turning point."
        elif kind == 2:
            text = (f"“We are not going to back down,” {p} told reporters at 10:30 a.m. ET on "
                    f"{rng.choice(WEEKDAYS)}. “This is about fairness.”")
        elif kind == 3:
            text = f"{o[0].upper() + o[1:]} {rng.choice(VERBS)} last year, two years after {p} took over."
        elif kind == 4:
            text = (f"The deadline is {rng.choice(MONTHS)} {rng.randint(1, 28)}, {year + 1}, and {p} said "
                    f"earlier this week that an extension was unlikely.")
        elif kind == 5:
            text = f"{p} speaks during a visit to Dallas, Texas on {rng.choice(WEEKDAYS)}, {rng.choice(MONTHS)} 3, {year}.\n{p} | Getty Images"
        else:
            text = " ".join(rng.sample(FILLER, 2))
        paragraphs.append(text)
        words += len(text.split())
    front = (f"---\ntitle: Synthetic article {index}\npublisher: Benchmark Wire\n"
             f"published: {year}-{pub_month:02d}-{pub_day:02d}\ntimezone: America/New_York\n---\n")
    return front + "\n".join(paragraphs) + "\n"


def run(paths: list[Path], jobs: int, content: Path) -> tuple[float, float, int, float]:
    """Wall seconds, peak MB of the largest process, exit code, CPU seconds of all processes."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    before, cpu_before = usage.ru_maxrss, usage.ru_utime + usage.ru_stime
    started = time.perf_counter()
    proc = subprocess.run([str(TIMELINE), "extract", "--jobs", str(jobs), "--content", str(content),
                           *map(str, paths)], capture_output=True, text=True)
    seconds = time.perf_counter() - started
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-2000:])
    return seconds, max(usage.ru_maxrss, before) / 1024, proc.returncode, usage.ru_utime + usage.ru_stime - cpu_before


def stages(paths: list[Path], out: Path) -> str:
    """Per-article cost of each stage, in this process on one core, to show where time goes."""
    sys.path.insert(0, str(ROOT))
    from timeline.documents import read_document
    from timeline.extract import assemble
    from timeline.store import merge_events_file
    from timeline.tagger import tag

    clock = time.process_time
    t0 = clock()
    docs = [read_document(p) for p in paths]
    t1 = clock()
    tagged = [tag(d.text, d.published, d.timezone) for d in docs]
    t2 = clock()
    events = [assemble(d, t) for d, t in zip(docs, tagged, strict=True)]
    t3 = clock()
    for i, evs in enumerate(events):
        merge_events_file(out / f"{i}.yaml", evs)
    t4 = clock()
    n = len(paths)
    return (f"stages, CPU ms per article: read {1000 * (t1 - t0) / n:.1f}, tag {1000 * (t2 - t1) / n:.1f}, "
            f"assemble {1000 * (t3 - t2) / n:.1f}, merge+write (store) {1000 * (t4 - t3) / n:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--reference", type=int, default=200, help="articles for the --jobs 1 comparison (0: skip)")
    args = parser.parse_args()
    rng = random.Random(20260227)
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        sources = base / "sources"
        sources.mkdir()
        paths = []
        total_words = 0
        for i in range(args.articles):
            text = article(rng, i)
            total_words += len(text.split())
            path = sources / f"article-{i:04d}.md"
            path.write_text(text, encoding="utf-8")
            paths.append(path)
        print(f"{len(paths)} articles, {total_words / len(paths):.0f} words each on average, {os.cpu_count()} CPUs")
        print(stages(paths[:50], base / "stages"))
        if args.reference:
            ref = paths[: args.reference]
            seconds, peak, code, cpu = run(ref, 1, base / "content-ref")
            print(f"--jobs 1   : {len(ref):5d} articles in {seconds:6.1f} s = {len(ref) / seconds:6.1f} articles/s, "
                  f"peak {peak:.0f} MB, exit {code}, {1000 * cpu / len(ref):.0f} ms CPU per article")
        seconds, peak, code, cpu = run(paths, args.jobs, base / "content")
        files = list((base / "content" / "events").glob("*.yaml"))
        events = sum(f.read_text(encoding="utf-8").count("\n- id: ") + 1 for f in files)
        print(f"--jobs {args.jobs}   : {len(paths):5d} articles in {seconds:6.1f} s = {len(paths) / seconds:6.1f} "
              f"articles/s, peak {peak:.0f} MB, exit {code}, {len(files)} events files, "
              f"{events / max(1, len(files)):.1f} events per article, {1000 * cpu / len(paths):.0f} ms CPU per article "
              f"(on {args.jobs} idle cores: {cpu / args.jobs:.0f} s)")
        load = os.getloadavg()[0]
        print(f"load average during the run: {load:.1f} on {os.cpu_count()} CPUs (other work slows every number)")
        verdict = "OK" if code == 0 and seconds <= 60 * len(paths) / 1000 else "MISSED"
        print(f"target: 1,000 articles in <= 60 s with --jobs 2: {verdict}")


if __name__ == "__main__":
    main()
