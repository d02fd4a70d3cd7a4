"""Score extraction by dated statements on TimeBank, against the tagger-only baseline.

Definition (/work/shared/data/timebank/README.md, "Scoring extraction"):
the plain text of each article's <TEXT> is split into sentences (our splitter,
the same for both systems). A gold dated statement is a sentence holding at
least one DATE or TIME TIMEX3 whose value starts with a year; its acceptable
dates are those values. Extraction runs with the DCT as publication date. An
extracted statement is correct when its verbatim quote lies inside a gold
sentence and its date equals one of that sentence's values at the gold value's
precision (UTC offsets are not part of TimeBank values and are ignored).
Recall = gold sentences covered; precision = correct statements / all.

A lead event whose sentence states no date (dated by the publication day, confidence
LEAD_CONFIDENCE; issue 16) is not a dated statement in this sense and is left out.

An event that merged several mentions carries one quote per mention; each
(event, quote) pair is scored as one extracted statement, so merging neither
helps nor hurts the score.

Baseline, in the same run: the tagger's raw output turned into one event per
sentence and date value (quote = the sentence), which is what the README's
HeidelTime reference (F1 0.84) does.

    .venv/bin/python benchmarks/statements.py [--data DIR] [--errors N]
"""

from __future__ import annotations

import argparse
import datetime as dt
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# After PYTHONPATH, so that another tree's code can be scored with this script
# (`PYTHONPATH=/tmp/old python benchmarks/statements.py`); this checkout otherwise.
sys.path.append(str(ROOT))

from timeline.extract import LEAD_CONFIDENCE, assemble, extract  # noqa: E402
from timeline.extract.sentences import split_sentences  # noqa: E402
from timeline.model import Document  # noqa: E402
from timeline.tagger import Timex  # noqa: E402

DATA = Path("/work/shared/data/timebank")
_TAG = re.compile(r"<[^>]+>")
_TIMEX = re.compile(r"<TIMEX3\b([^>]*)>(.*?)</TIMEX3>", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_YEAR_VALUE = re.compile(r"^\d{4}")


@dataclass
class Article:
    name: str
    text: str
    dct: dt.date
    gold: list[tuple[int, int, set[str]]]  # sentence span -> acceptable values
    timexes: list[Timex]


def load(path: Path) -> Article:
    raw = path.read_text(encoding="utf-8")
    dct_value = re.search(r"<DCT>.*?value=\"([^\"]+)\"", raw, re.S).group(1)
    body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S).group(1)
    text_parts: list[str] = []
    timexes: list[tuple[int, str, str]] = []
    opened: list[tuple[int, dict[str, str]]] = []
    spans: list[tuple[int, int, dict[str, str]]] = []
    pos = 0
    length = 0
    for m in re.finditer(r"<[^>]+>", body):
        chunk = body[pos:m.start()]
        text_parts.append(chunk)
        length += len(chunk)
        if m.group(0).startswith("<TIMEX3"):
            attrs = dict(_ATTR.findall(m.group(0)))
            timexes.append((length, attrs.get("type", ""), attrs.get("value", "")))
            opened.append((length, attrs))
        elif m.group(0).startswith("</TIMEX3") and opened:
            start, attrs = opened.pop()
            spans.append((start, length, attrs))
        pos = m.end()
    text_parts.append(body[pos:])
    text = "".join(text_parts)
    gold_timexes = [Timex(a, b, text[a:b], at.get("type", ""), at.get("value", ""), at.get("mod"))
                    for a, b, at in sorted(spans, key=lambda x: x[0])]
    sentences = split_sentences(text)
    gold = []
    for s in sentences:
        values = {v for start, kind, v in timexes
                  if s.start <= start < s.end and kind in ("DATE", "TIME") and _YEAR_VALUE.match(v)}
        if values:
            gold.append((s.start, s.end, values))
    return Article(path.stem, text, dt.date.fromisoformat(dct_value[:10]), gold, gold_timexes)


def _norm(value: str) -> str:
    """A value at its own precision, without a UTC offset (TimeBank values have none); a weekend
    ("1990-W32-WE") as its Saturday, the start of the two days' span extraction places it on."""
    weekend = re.fullmatch(r"(\d{4})-W(\d\d)-WE", value)
    if weekend:
        return dt.date.fromisocalendar(int(weekend[1]), int(weekend[2]), 6).isoformat()
    return re.sub(r"(T\d\d(?::\d\d){0,2})(?:Z|[+-]\d\d(?::?\d\d)?)$", r"\1", value)


def score(article: Article, statements: list[tuple[str, str]], misses: list[str] | None = None) -> tuple[int, int, int]:
    """(correct statements, all statements, gold sentences covered)."""
    covered: set[int] = set()
    correct = 0
    search_from: dict[str, int] = {}
    for quote, value in statements:
        start = article.text.find(quote, search_from.get(quote, 0))
        if start == -1:
            start = article.text.find(quote)
        else:
            search_from[quote] = start + 1
        end = start + len(quote)
        hit = False
        for i, (gs, ge, values) in enumerate(article.gold):
            if start >= gs and end <= ge and _norm(value) in {_norm(v) for v in values}:
                covered.add(i)
                hit = True
                break
        correct += hit
        if not hit and misses is not None:
            misses.append(f"{article.name}: wrong {value!r} <- {quote[:110]!r}")
    if misses is not None:
        for i, (gs, ge, values) in enumerate(article.gold):
            if i not in covered:
                misses.append(f"{article.name}: missed {sorted(values)} in {article.text[gs:ge][:110]!r}")
    return correct, len(statements), len(covered)


def tag(text: str, dct: dt.date) -> list:
    from timeline.tagger import tag as run_tagger

    return run_tagger(text, dct)


def extracted(article: Article) -> list[tuple[str, str]]:
    doc = Document(path=article.name, text=article.text, published=article.dct)
    return [(src.quote or "", event.when.value()) for event in extract(doc) for src in event.sources
            if event.confidence != LEAD_CONFIDENCE]


def oracle(article: Article) -> list[tuple[str, str]]:
    """Extraction fed the gold expressions: what the extraction stage loses on its own."""
    doc = Document(path=article.name, text=article.text, published=article.dct)
    return [(src.quote or "", event.when.value()) for event in assemble(doc, article.timexes)
            if event.confidence != LEAD_CONFIDENCE
            for src in event.sources]


def baseline(article: Article) -> list[tuple[str, str]]:
    out = []
    timexes = [t for t in tag(article.text, article.dct) if t.type in ("DATE", "TIME") and t.when is not None]
    for s in split_sentences(article.text):
        values = []
        for t in timexes:
            if s.start <= t.start < s.end and t.value not in values:
                values.append(t.value)
        out.extend((s.text, v) for v in values)
    return out


def report(name: str, totals: list[int], gold: int, seconds: float, articles: int) -> float:
    correct, produced, covered = totals
    p = correct / produced if produced else 0.0
    r = covered / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    print(f"{name:<34} P {p:.3f}  R {r:.3f}  F1 {f:.3f}   ({correct}/{produced} statements correct, "
          f"{covered}/{gold} gold sentences, {articles / seconds:.0f} articles/s)")
    return f


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--errors", type=int, default=0, help="print this many misses of the extractor")
    parser.add_argument("--oracle", action="store_true",
                        help="also score extraction fed the gold expressions (isolates the extraction stage)")
    parser.add_argument("--oracle-only", action="store_true", help="only the gold-expression diagnostic")
    args = parser.parse_args()
    articles = [load(p) for p in sorted(args.data.glob("*.tml"))]
    gold = sum(len(a.gold) for a in articles)
    print(f"{len(articles)} articles, {gold} gold dated statements (sentences)")
    misses: list[str] = []
    scores = {}
    systems = [("extraction (timeline extract)", extracted), ("baseline: tagger, 1/sentence+date", baseline)]
    if args.oracle or args.oracle_only:
        systems.append(("diagnostic: extraction on gold timexes", oracle))
    if args.oracle_only:
        systems = systems[2:]
    for name, system in systems:
        totals = [0, 0, 0]
        started = time.perf_counter()
        for a in articles:
            result = score(a, system(a), misses if system in (extracted, oracle) else None)
            totals = [x + y for x, y in zip(totals, result, strict=True)]
        scores[name] = report(name, totals, gold, time.perf_counter() - started, len(articles))
    print("target: extraction F1 >= 0.88 (HeidelTime turned into events: 0.84)")
    for line in misses[: args.errors]:
        print("  " + line)


if __name__ == "__main__":
    main()
