"""Score timeline.tagger and HeidelTime against our hand-made news gold (tagger_gold.yaml).

TimeBank is the tagger's dev set and HeidelTime disagreement lists only show where two
machines differ; this gold, annotated by hand on fresh t17-dev articles, shows the errors
both make. Scoring is TempEval-3's (see tempeval.py): strict and relaxed span F1, value and
type F1 on relaxed matches, over the annotated first lines of each body, on dev, test, test2 (a
second held-out batch), dev2 (a second batch to read errors on), test3 (a third held-out
batch), dev3 (a third batch to read errors on), test4 (a fourth held-out batch), dev4 (a fourth
batch to read errors on), test5 (a fifth held-out batch), dev5 (a fifth batch to read errors
on), test6 (a sixth held-out batch), dev6 (a sixth batch to read errors on), test7 (a seventh
held-out batch), dev7 (a seventh batch to read errors on), test8 (an eighth held-out batch), dev8 (an eighth
batch to read errors on), test9 (a ninth held-out batch), dev9 (a ninth batch to read errors
on), test10 (a tenth held-out batch), dev10 (a tenth batch to read errors on), test11 (an
eleventh held-out batch), dev11 (an eleventh batch to read errors on), test12 (a twelfth
held-out batch), dev12 (a twelfth batch to read errors on), test13 (a thirteenth held-out
batch), dev13 (a thirteenth batch to read errors on), test14 (a fourteenth held-out batch),
dev14 (a fourteenth batch to read errors on), test15 (a fifteenth held-out batch), dev15 (a
fifteenth batch to read errors on), test16 (a sixteenth held-out batch), dev16 (a sixteenth
batch to read errors on), test17 (a seventeenth held-out batch), dev17 (a seventeenth batch to
read errors on), test18 (an eighteenth held-out batch), dev18 (an eighteenth batch to read
errors on), test19 (a nineteenth held-out batch), dev19 (a nineteenth batch to read errors on),
test20 (a twentieth held-out batch), dev20 (a twentieth batch to read errors on), test21 (a
twenty-first held-out batch), dev21 (a twenty-first batch to read errors on), test22 (a
twenty-second held-out batch) and all.

Usage::

    .venv/bin/python benchmarks/tagger_gold.py [--data DIR] [-v] [--split dev]

``-v`` lists every error of both systems (of ``--split`` only, when given): keep the test
splits unread while writing rules. Spans are compared on the stream of letters and digits, as
in heideltime_diff.py, since HeidelTime ran on tokenized text. A clock time's zone offset
("2010-06-25T23:16+01:00"), which TimeBank's values never carry, is not compared.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml
from heideltime_diff import _PUBLISHED, _alnum_index, compare_article, find_data
from tempeval import Counts, _pair, f1, score

GOLD = Path(__file__).resolve().with_name("tagger_gold.yaml")
SPLITS = ("dev", "test", "test2", "dev2", "test3", "dev3", "test4", "dev4", "test5", "dev5", "test6", "dev6", "test7", "dev7", "test8", "dev8", "test9", "dev9", "test10", "dev10", "test11", "dev11", "test12", "dev12", "test13", "dev13", "test14", "dev14", "test15", "dev15", "test16", "dev16", "test17", "dev17", "test18", "dev18", "test19", "dev19", "test20", "dev20", "test21", "dev21", "test22")
_ZONE = re.compile(r"(?<=T\d\d:\d\d)(?::\d\d)?(?:[+-]\d\d:\d\d|Z)$")


@dataclass(frozen=True)
class Span:
    start: int  # offsets into the body's letters-and-digits stream
    end: int
    text: str
    type: str
    value: str


@dataclass
class Scored:
    name: str
    split: str
    dct: str
    body: str
    where: list[int]  # body offset of each stream position
    gold: list[Span]
    systems: dict[str, list[Span]]


def gold_spans(body: str, timexes: list[list], where: list[int]) -> list[Span]:
    """Each [line, text, type, value] located in its line: whole words, the first occurrence
    no earlier expression of the line holds ("Sunday" after "Sunday, May 16, 2010; 4:43 PM")."""
    starts = [0] + [m.end() for m in re.finditer("\n", body)]
    stream_at = {off: i for i, off in enumerate(where)}
    taken: list[tuple[int, int]] = []
    out = []
    for line, text, kind, value in timexes:
        begin = starts[line - 1]
        end_of_line = body.find("\n", begin)
        pattern = (r"\b" if text[0].isalnum() else "") + re.escape(text) + (r"\b" if text[-1].isalnum() else "")
        found = next((f for f in re.compile(pattern).finditer(body, begin, end_of_line if end_of_line >= 0 else len(body))
                      if not any(a < f.end() and f.start() < b for a, b in taken)), None)
        if found is None:
            raise SystemExit(f"tagger_gold: {text!r} not found in line {line}")
        taken.append((found.start(), found.end()))
        idx = [stream_at[k] for k in range(found.start(), found.end()) if k in stream_at]
        out.append(Span(idx[0], idx[-1] + 1, text, kind, str(value)))
    return out


def load(data: Path, tag) -> list[Scored]:
    spec = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    out = []
    for art in spec["articles"]:
        md = data / "articles" / art["path"]
        raw = md.read_text(encoding="utf-8")
        body = raw.split("\n---\n", 1)[1]
        _, where = _alnum_index(body)
        cut = len("\n".join(body.split("\n")[:spec["lines"]]))  # the annotated lines end here
        limit = sum(1 for off in where if off < cut)
        ours, theirs = compare_article(md, (data / "heideltime" / art["path"]).with_suffix(".timeml"), tag)
        systems = {name: [Span(s.start, s.end, s.text, s.type, _ZONE.sub("", s.value)) for s in found if s.start < limit]
                   for name, found in (("timeline.tagger", ours), ("HeidelTime", theirs))}
        out.append(Scored(art["path"], art["split"], _PUBLISHED.search(raw).group(1), body, where,
                          gold_spans(body, art["timexes"], where), systems))
    return out


def errors(art: Scored, system: str) -> list[str]:
    found = art.systems[system]
    pairs = _pair(art.gold, found)

    def line(s: Span) -> int:
        return art.body.count("\n", 0, art.where[s.start]) + 1

    out = [f"  WRONG line {line(g)}: gold {g.text!r} {g.type} {g.value} | {s.text!r} {s.type} {s.value}"
           for g, s in pairs if (g.value, g.type, g.start, g.end) != (s.value, s.type, s.start, s.end)]
    hit_g, hit_s = {id(g) for g, _ in pairs}, {id(s) for _, s in pairs}
    out += [f"  MISS  line {line(g)}: {g.text!r} {g.type} {g.value}" for g in art.gold if id(g) not in hit_g]
    out += [f"  FALSE line {line(s)}: {s.text!r} {s.type} {s.value}" for s in found if id(s) not in hit_s]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, help="the t17-dev folder (default: $TIMELINE_SHARED or ../shared)")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every error")
    parser.add_argument("--split", choices=SPLITS, help="with -v, only this split")
    args = parser.parse_args(argv)
    data = find_data(args.data)
    if data is None:
        print("tagger_gold: t17-dev data not found (../shared/data/t17-dev, $TIMELINE_SHARED or --data); "
              "nothing to score")
        return 0
    from timeline.tagger import tag

    articles = load(data, tag)
    for system in ("timeline.tagger", "HeidelTime"):
        for subset in (*SPLITS, "all"):
            c = Counts()
            for art in articles:
                if subset in ("all", art.split):
                    c.add(score(art.gold, art.systems[system]))
            print(f"{system:<16} {subset:<5} strict {f1(c, 'strict'):5.1f}  relaxed {f1(c, 'relaxed'):5.1f}  "
                  f"value {f1(c, 'value'):5.1f}  type {f1(c, 'type'):5.1f}   (gold {c.gold}, system {c.system})")
    if args.verbose:
        for art in articles:
            if args.split in (None, art.split):
                for system in art.systems:
                    lines = errors(art, system)
                    if lines:
                        print(f"{art.name} ({art.split}, DCT {art.dct}) {system}")
                        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
