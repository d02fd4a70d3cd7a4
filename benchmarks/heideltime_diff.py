"""Where the tagger and HeidelTime disagree on the Timeline17 dev articles.

HeidelTime's annotations of the T17 articles (``../shared/data/t17-dev/heideltime``)
are machine output, not gold: this script lists the expressions on which the
two taggers differ, so that a person can read the sentence and decide which one
is right. It prints four counts (same span and value, same span but another
value, found only by us, found only by HeidelTime; overlapping spans are
counted apart) and can dump every disagreement with its sentence to a file
outside the repository (the articles are third-party text).

Usage::

    .venv/bin/python benchmarks/heideltime_diff.py [--data DIR] [--dump /tmp/t17-diff.txt] [--topic mj]

To judge a change to the tagger, list every expression whose span, type or value it
changed: save a run of the old code, then compare the new one with it::

    PYTHONPATH=/tmp/old .venv/bin/python benchmarks/heideltime_diff.py --save /tmp/t17-old.json
    .venv/bin/python benchmarks/heideltime_diff.py --changes /tmp/t17-old.json --dump /tmp/t17-changes.txt

(``git archive REV timeline | tar -x -C /tmp/old`` gives the old code.)

The data folder is looked up as ``--data``, then ``$TIMELINE_SHARED/data/t17-dev``,
then ``../shared/data/t17-dev`` next to the repository. When it is missing the
script says so and exits 0: the data is not part of a user's clone.

HeidelTime ran on the PTB-tokenized text ("do n't", "-LRB-"), the articles are
detokenized, and the two do not even agree on line breaks, so spans are compared
on the stream of letters and digits of each document, which both share.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import json
import os
import random
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
_PTB = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}"}
_TAG_RE = re.compile(r"<TIMEX3\b([^>]*)>|</TIMEX3>|<[^>]*>")
_ATTR_RE = re.compile(r'(\w+)="([^"]*)"')
_PUBLISHED = re.compile(r"^published:\s*['\"]?(\d{4}-\d\d-\d\d)", re.M)


@dataclass(frozen=True)
class Span:
    start: int  # offsets into the document's letters-and-digits stream
    end: int
    text: str
    type: str
    value: str
    line: str  # the sentence (line of the article) it is in


def find_data(option: Path | None) -> Path | None:
    """The t17-dev folder: the one given, else $TIMELINE_SHARED's, else ../shared's; None if absent."""
    if option is not None:
        candidate = option
    elif os.environ.get("TIMELINE_SHARED"):
        candidate = Path(os.environ["TIMELINE_SHARED"]) / "data" / "t17-dev"
    else:
        candidate = REPO.parent / "shared" / "data" / "t17-dev"
    return candidate if (candidate / "articles").is_dir() and (candidate / "heideltime").is_dir() else None


def _alnum_index(text: str) -> tuple[str, list[int]]:
    """The letters and digits of ``text`` and, for each, its offset in ``text``."""
    chars, where = [], []
    for i, ch in enumerate(text):
        if ch.isalnum():
            chars.append(ch)
            where.append(i)
    return "".join(chars), where


def _line_at(text: str, pos: int) -> str:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return text[start:end if end >= 0 else len(text)]


def read_heideltime(path: Path) -> tuple[str, list[tuple[int, int, dict[str, str]]]]:
    """Plain text of a .timeml file and its TIMEX3s as (start, end, attributes)."""
    src = path.read_text(encoding="utf-8")
    src = src.split("<TimeML>", 1)[-1].rsplit("</TimeML>", 1)[0]
    out: list[str] = []
    spans = []
    length, pos = 0, 0
    open_attrs: tuple[int, dict[str, str]] | None = None
    for m in _TAG_RE.finditer(src):
        chunk = src[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        if m.group(1) is not None:
            open_attrs = (length, dict(_ATTR_RE.findall(m.group(1))))
        elif m.group(0) == "</TIMEX3>" and open_attrs is not None:
            spans.append((open_attrs[0], length, open_attrs[1]))
            open_attrs = None
        pos = m.end()
    out.append(src[pos:])
    text = "".join(out)
    for token, ch in _PTB.items():  # keeps offsets: replace by same-length padding
        text = text.replace(token, ch + " " * (len(token) - 1))
    return text, spans


def _mapper(a: str, b: str):
    """Map offsets of stream ``a`` to stream ``b`` (identity when equal, else difflib blocks)."""
    if a == b:
        return lambda i: i
    blocks = difflib.SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks()
    table: dict[int, int] = {}
    for blk in blocks:
        for k in range(blk.size):
            table[blk.a + k] = blk.b + k
    return table.get


def compare_article(md: Path, timeml: Path, tag) -> tuple[list[Span], list[Span]]:
    raw = md.read_text(encoding="utf-8")
    dct = dt.date.fromisoformat(_PUBLISHED.search(raw).group(1))
    body = raw.split("\n---\n", 1)[1] if raw.startswith("---") else raw
    ours_stream, ours_where = _alnum_index(body)
    ht_text, ht_raw = read_heideltime(timeml)
    ht_stream, ht_where = _alnum_index(ht_text)
    ht_pos = {off: i for i, off in enumerate(ht_where)}
    to_ours = _mapper(ht_stream, ours_stream)
    ours_pos = {off: i for i, off in enumerate(ours_where)}

    def stream_range(where: dict[int, int], text: str, start: int, end: int) -> tuple[int, int] | None:
        idx = [where[k] for k in range(start, end) if k in where]
        return (idx[0], idx[-1] + 1) if idx else None

    ours = []
    for t in tag(body, dct):
        r = stream_range(ours_pos, body, t.start, t.end)
        if r:
            ours.append(Span(r[0], r[1], t.text, t.type, t.value, _line_at(body, t.start)))
    theirs = []
    for start, end, attrs in ht_raw:
        r = stream_range(ht_pos, ht_text, start, end)
        if not r:
            continue
        s, e = to_ours(r[0]), to_ours(r[1] - 1)
        if s is None or e is None:
            continue
        line = _line_at(body, ours_where[s]) if s < len(ours_where) else ""
        theirs.append(Span(s, e + 1, " ".join(ht_text[start:end].split()), attrs.get("type", ""),
                           attrs.get("value", ""), line))
    return ours, theirs


def classify(ours: list[Span], theirs: list[Span]) -> list[tuple[str, Span | None, Span | None]]:
    """Pair spans one to one (identical first, then overlapping) and name each outcome."""
    out: list[tuple[str, Span | None, Span | None]] = []
    used: set[int] = set()
    exact = {(s.start, s.end): i for i, s in enumerate(theirs)}
    pending = []
    for o in ours:
        i = exact.get((o.start, o.end))
        if i is not None and i not in used:
            used.add(i)
            h = theirs[i]
            out.append(("same" if o.value == h.value else "value", o, h))
        else:
            pending.append(o)
    for o in pending:
        hit = next((i for i, h in enumerate(theirs) if i not in used and h.start < o.end and o.start < h.end), None)
        if hit is None:
            # one expression of the other tagger already paired covers it: a joined span
            # ("12:42 pm on 16 Jun 2010" against "12:42 pm" and "16 Jun 2010"), not a miss
            inside = any(h.start <= o.start and o.end <= h.end for h in theirs)
            out.append(("ours-inside" if inside else "ours", o, None))
            continue
        used.add(hit)
        h = theirs[hit]
        out.append(("overlap-same" if o.value == h.value else "overlap-value", o, h))
    for i, h in enumerate(theirs):
        if i not in used:
            inside = any(o.start <= h.start and h.end <= o.end for o in ours)
            out.append(("theirs-inside" if inside else "theirs", None, h))
    return out


def _changes(old: dict[str, list[list]], new: dict[str, list[list]], bodies: dict[str, str]) -> list[str]:
    """Every expression of ``old`` not in ``new`` with what overlaps it there, then every new
    one that overlaps none, each with its line: the list a person reads to judge a change."""
    out = []
    for name in sorted(new):
        before, after = {tuple(t) for t in old.get(name, [])}, {tuple(t) for t in new[name]}
        if before == after:
            continue
        gone, came = sorted(before - after), sorted(after - before)
        paired = set()
        for t in gone:
            hits = [n for n in came if n[0] < t[1] and t[0] < n[1]]
            paired.update(hits)
            now = "; ".join(f"{n[2]!r} {n[3]} {n[4]}" + (f" {n[5]}" if n[5] else "") for n in hits) or "-"
            out.append(f"{name}\told {t[2]!r} {t[3]} {t[4]}{f' {t[5]}' if t[5] else ''}\tnew {now}\n"
                       f"    {_line_at(bodies[name], t[0])}\n")
        for n in came:
            if n not in paired:
                out.append(f"{name}\told -\tnew {n[2]!r} {n[3]} {n[4]}{f' {n[5]}' if n[5] else ''}\n"
                           f"    {_line_at(bodies[name], n[0])}\n")
    return out


LABELS = {"same": "same span, same value", "value": "same span, other value",
          "overlap-same": "overlapping span, same value", "overlap-value": "overlapping span, other value",
          "ours": "only ours", "theirs": "only HeidelTime's",
          "ours-inside": "ours, inside a longer one of HT", "theirs-inside": "HT's, inside a longer one of ours"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, help="the t17-dev folder (default: $TIMELINE_SHARED or ../shared)")
    parser.add_argument("--topic", help="only this topic (bpoil, h1n1, mj)")
    parser.add_argument("--dump", type=Path, help="write every disagreement with its sentence to this file "
                                                   "(keep it outside the repository: third-party text)")
    parser.add_argument("--sample", type=int, default=0, help="with --dump, only a random sample of this many")
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--save", type=Path, help="write our expressions of every article to this JSON file "
                                                   "(outside the repository), to compare a later version with")
    parser.add_argument("--changes", type=Path, help="a file written by --save: list into --dump every expression "
                                                      "whose span, type or value changed since")
    args = parser.parse_args(argv)
    if args.changes is not None and args.dump is None:
        parser.error("--changes needs --dump, the file to list the changes in")
    data = find_data(args.data)
    if data is None:
        print("heideltime_diff: t17-dev data not found (../shared/data/t17-dev, $TIMELINE_SHARED or --data); "
              "nothing to compare")
        return 0
    for option in (args.dump, args.save):
        if option is not None and REPO in option.resolve().parents:
            parser.error("--dump and --save must be outside the repository: they hold third-party text")

    from timeline.tagger import tag as tagger

    saved: dict[str, list[list]] = {}
    bodies: dict[str, str] = {}
    current = [""]

    def tag(body: str, dct: dt.date):  # records what compare_article tags, for --save and --changes
        found = tagger(body, dct)
        saved[current[0]] = [[t.start, t.end, t.text, t.type, t.value, t.mod] for t in found]
        bodies[current[0]] = body
        return found

    counts: Counter[str] = Counter()
    rows: list[tuple[str, str, Span | None, Span | None]] = []
    pairs = 0
    started = time.perf_counter()
    for timeml in sorted((data / "heideltime").glob(f"{args.topic or '*'}/*/*.timeml")):
        md = data / "articles" / timeml.relative_to(data / "heideltime").with_suffix(".md")
        if not md.exists():
            continue
        pairs += 1
        current[0] = f"{md.parent.parent.name}/{md.parent.name}/{md.stem}"
        for kind, o, h in classify(*compare_article(md, timeml, tag)):
            counts[kind] += 1
            if kind not in ("same", "ours-inside", "theirs-inside"):
                rows.append((kind, f"{md.parent.name} {md.stem}", o, h))
    seconds = time.perf_counter() - started
    total_ours = sum(v for k, v in counts.items() if not k.startswith("theirs"))
    total_theirs = sum(v for k, v in counts.items() if not k.startswith("ours"))
    print(f"t17-dev: {pairs} articles with HeidelTime annotations ({seconds:.1f} s); "
          f"ours {total_ours} timexes, HeidelTime {total_theirs}")
    for kind, label in LABELS.items():
        print(f"  {label:<32} {counts[kind]:6d}")
    joined = counts["ours-inside"] + counts["theirs-inside"]
    print(f"  {'disagreements (all but the first)':<32} {sum(counts.values()) - counts['same'] - joined:6d}"
          f"   (not counting {joined} parts of joined spans)")
    if args.save is not None:
        args.save.write_text(json.dumps(saved, ensure_ascii=False), encoding="utf-8")
        print(f"saved the expressions of {len(saved)} articles to {args.save}")
    if args.changes is not None:
        changes = _changes(json.loads(args.changes.read_text(encoding="utf-8")), saved, bodies)
        args.dump.write_text("".join(changes), encoding="utf-8")
        print(f"wrote {len(changes)} changed expressions since {args.changes} to {args.dump}")
        return 0
    if args.dump is not None:
        if args.sample:
            rows = random.Random(args.seed).sample(rows, min(args.sample, len(rows)))
        with args.dump.open("w", encoding="utf-8") as f:
            for kind, name, o, h in rows:
                ours = f"{o.text!r} {o.type} {o.value}" if o else "-"
                theirs = f"{h.text!r} {h.type} {h.value}" if h else "-"
                f.write(f"{kind}\t{name}\tours {ours}\tHT {theirs}\n    {(o or h).line}\n")
        print(f"wrote {len(rows)} disagreements to {args.dump}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
