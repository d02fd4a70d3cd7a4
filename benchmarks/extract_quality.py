"""Quality of `timeline extract` on real articles, judged against our own dev gold (issue 16).

Reads the annotations in benchmarks/extract_gold.yaml, extracts each article (the texts stay
in ../shared/data/t17-dev/articles; the repository holds no third-party text) through the
library, and prints per article, per outlet and in total:

- recall: gold events found (an extracted event on one of the gold lines, at the gold date;
  a gold day also accepts a time or part of that day);
- precision: extracted events that are a gold event's first match; duplicates (a second event
  for one gold event) and wrong dates (an event on a gold line at another date) count against it;
- dup: extracted events beyond the first for one gold event;
- title defects, judged by simple rules on each extracted title:
  cut   ends inside a phrase (a preposition, article, conjunction, auxiliary, a comma, a
        currency amount without its unit word, an open quote or bracket), or is a speaker with
        nothing said ("Mr Morley says");
  pron  opens with a pronoun or an unresolved "the company"-style subject, or with a relative
        pronoun whose noun was left behind ("Who are off sick");
  furn  carries page furniture (caption credits, bylines, datelines with a clock time,
        "Photograph:", "Last updated", "Sign up", "(Reuters)");
  long  over 90 characters (the two marks of a title wholly inside one quotation not counted);
- tag precision: a tag counts as a real whole name when (1) it occurs in the article as whole
  words, (2) it is not a common word (a one-word tag whose lowercase form also occurs in the
  text, or a number word, fails), (3) some occurrence stands alone, not inside a longer run of
  capitalised words or joined to one by "of", "and", "&" (so "Bir" out of "Bir Ghanam" and
  "Food" out of "Food & Water Watch" fail; role words such as "Secretary" or "Dr" and sentence
  starts are not counted as capitalised neighbours, and a one-word tag seen only at sentence
  starts fails, since "Twelve" or "Follow" there proves nothing), (4) it is not only seen in furniture (after "Photograph:",
  "Credit:", "By", before "reports from"), and (5) no other tag of the same article contains it
  as whole words (one tag per entity: "Hayward" beside "Tony Hayward" fails).

    .venv/bin/python benchmarks/extract_quality.py [--shared DIR] [--gold FILE] [-v] [--sample N] [--batch N]

--batch N scores only the gold's batch N (an article without `batch:` is batch 1): batches 2 to 5 were
each drawn at random and annotated before the rules were changed for them, so each was a held-out check
of the rules written before it (batch 4 of round 3's rules before they were written, batch 5 after;
batch 6, drawn and annotated before round 4's extraction of it was run, is round 4's held-out check;
batch 7, drawn and annotated the same way before round 5's merging rules, is round 5's; batch 8, drawn
and annotated the same way before round 6's recall rules, is round 6's; batch 9, drawn and annotated the same way
before round 7's date rules, is round 7's; batch 10, drawn and annotated the same way before round 8, is
round 8's; batch 11, drawn and annotated the same way before round 9, is round 9's; batches 12, 13 and 14 the same before rounds 10, 11 and 12;
batches 15-37 the same, each a held-out check of main as it then stood).

--sample N adds the gold-free half on N further articles per outlet (seeded, the gold's left
out): events per article and the rates of title defects and of tags that are not real whole
names, by the same rules, so the rules are checked on far more text than the gold covers.

The shared data folder is ../shared relative to the repository root, or $TIMELINE_SHARED, or
--shared; when it is missing the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "benchmarks" / "extract_gold.yaml"
OUTLETS = ("bbc", "guardian", "reuters", "foxnews", "washingtonpost")

_CUT_WORDS = {
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "and", "or", "but",
    "as", "than", "that", "which", "who", "whose", "is", "are", "was", "were", "be", "been", "has", "have",
    "had", "will", "would", "could", "should", "can", "may", "its", "their", "his", "her", "our", "this",
    "these", "those", "about", "over", "under", "after", "before", "since", "until", "while", "if", "not",
    "said", "says", "very", "more", "most", "such", "between", "among", "including", "like", "per", "up",
    "along", "other", "another", "each", "every", "any",
}
_CUT_END = re.compile(r"(?:[,;:(\[“‘-]|[$£€]\s?\d[\d.,]*|\b\d+(?:\.\d+)?\s*(?:percent)?\s+(?:of|to))\s*$")
_PRONOUN_START = re.compile(
    r"^(?:He|She|It|They|We|I|His|Her|Its|Their|This|That|These|Those|The (?:company|firm|group|minister|"
    r"president|official|agency|spokesman|spokeswoman))\b")
#: "Mr Morley says", "The council adds": a speaker with nothing said (the saying was cut away whole).
_SPEAKER_ALONE = re.compile(r"^(?!.*[,:“”\"])(?:\S+\s+){0,4}(?:says|say|adds|add)$")
#: "Who are off sick", "Which is dealt with by law": a relative clause told without the noun it describes ("WHO",
#: the agency, is capitalised whole; "Who knows ..." asks).
_RELATIVE_START = re.compile(r"^(?:Who|Which|Whose|Whom)\s+(?!knows\b)")
_FURNITURE = re.compile(
    r"(?i)photograph:|\bcredit:|\bphoto:|\bpicture:|last updated|\bsign up\b|continue reading|\(reuters\)|"
    r"\(ap\)|\bgetty images\b|\b\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:edt|est|bst|gmt|et)\b|"
    r"\|\s*(?:mon|tue|wed|thu|fri|sat|sun)\b|\breports from\b|\bclick here\b|\bread more\b")
_NUMBER_WORDS = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "twenty", "thirty", "hundred", "thousand", "million", "dozens", "scores", "hundreds", "thousands",
}
#: Capitalised words that stand before a name without being part of it.
_ROLE_WORDS = {
    "the", "mr", "mrs", "ms", "dr", "prof", "sir", "lord", "lady", "president", "secretary", "minister",
    "chancellor", "governor", "gov", "senator", "sen", "rep", "representative", "general", "gen", "judge",
    "justice", "director", "chief", "executive", "officer", "chairman", "chairwoman", "spokesman",
    "spokeswoman", "commissioner", "admiral", "adm", "mayor", "king", "queen", "prince", "princess", "pope",
    "ceo", "attorney", "analyst", "professor", "captain", "capt", "officials", "official",
    "gmt", "bst", "edt", "est", "et", "utc", "cet",  # a dateline's clock time before the first sentence
}
_FURNITURE_BEFORE = re.compile(r"(?i:photograph|credit|photo|picture)\s*:\s*(?:\S+\s+){0,3}$|(?:^|\n)\s*By\s+(?:\S+\s+){0,3}$")
#: "Food" out of "Food & Water Watch", "National Oceanic" out of "... and Atmospheric Administration".
_JOINED_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+(?:of|&|for|de|al|la|du|von|van)\s+$")
_JOINED_AFTER = re.compile(r"\s+(?:of|&|for|de|al|la|du|von|van)\s+(?:the\s+)?[A-Z]")
# "and" joins two names only inside an organisation's name; elsewhere it lists two ("Vietnam and Venezuela").
_ORG_WORDS = (r"(?:Administration|Association|Commission|Agency|Institute|Department|Board|Committee|Council|"
              r"Service|Services|Watch|Company|Corporation|Group|Society|Trust|Foundation|Bank|Fund|Office|"
              r"Authority|Union|Organisation|Organization|Centers?|Centres?|Industries|Affairs|Prevention)")
_AND_AFTER = re.compile(r"\s+and\s+(?:[A-Z][\w'’-]*\s+){0,3}" + _ORG_WORDS + r"\b")
_AND_BEFORE = re.compile(r"[A-Z][\w'’-]*\s+and\s+$")
_ORG_END = re.compile(_ORG_WORDS + r"$")


def shared_dir(option: str | None) -> Path | None:
    """The shared data folder: --shared if given, else $TIMELINE_SHARED, else ../shared next to the repository."""
    candidates = [option] if option else [os.environ.get("TIMELINE_SHARED"), ROOT.parent / "shared"]
    for candidate in candidates:
        if candidate and (Path(candidate) / "data" / "t17-dev" / "articles").is_dir():
            return Path(candidate)
    return None


def outlet_of(path: str) -> str:
    name = Path(path).name.lower()
    return next((o for o in OUTLETS if f"_{o}-" in name), "other")


def date_ok(value: str, gold: list[str]) -> bool:
    """Whether an extracted date ``value`` is one the gold accepts: the same value; a time or part of a gold
    day; for a gold weekend ("2009-W18-WE"), its Saturday, where the span of its two days starts."""
    return any(value == g or (len(g) == 10 and value.startswith(g) and value[10:11] in ("T", ""))
               or value == _saturday(g) for g in gold)


def _saturday(value: str) -> str | None:
    import datetime as dt

    m = re.fullmatch(r"(\d{4})-W(\d{2})-WE", value)
    return dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 6).isoformat() if m else None


@dataclass
class Score:
    gold: int = 0
    found: int = 0
    events: int = 0
    correct: int = 0
    dup: int = 0
    wrong_date: int = 0
    cut: int = 0
    pron: int = 0
    furn: int = 0
    long: int = 0
    tags: int = 0
    good_tags: int = 0
    notes: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("gold", "found", "events", "correct", "dup", "wrong_date", "cut", "pron", "furn", "long",
                     "tags", "good_tags"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def row(self, label: str, articles: int = 1) -> str:
        recall = self.found / self.gold if self.gold else 1.0
        precision = self.correct / self.events if self.events else 1.0
        tagp = self.good_tags / self.tags if self.tags else 1.0
        defects = self.cut + self.pron + self.furn + self.long
        return (f"{label:<44} {self.gold:>4} {self.events:>4} {recall:>6.2f} {precision:>6.2f} {self.dup:>4} "
                f"{self.wrong_date:>4} {self.cut:>4} {self.pron:>4} {self.furn:>4} {self.long:>4} {defects:>5} "
                f"{tagp:>6.2f}")


HEADER = (f"{'article':<44} {'gold':>4} {'evts':>4} {'recall':>6} {'prec':>6} {'dup':>4} {'date':>4} "
          f"{'cut':>4} {'pron':>4} {'furn':>4} {'long':>4} {'defct':>5} {'tag_p':>6}")


def line_spans(text: str) -> tuple[int, list[int]]:
    """Offset of the first non-empty line and the start offset of each body line after it."""
    first = len(text) - len(text.lstrip("\n"))
    starts = [first]
    for m in re.finditer("\n", text[first:]):
        starts.append(first + m.end())
    return first, starts


def lines_of(quote: str, text: str, starts: list[int]) -> set[int]:
    pos = text.find(quote)
    if pos < 0:
        return set()
    end = pos + len(quote)
    return {i + 1 for i, s in enumerate(starts) if s < end and (i + 1 == len(starts) or starts[i + 1] > pos)}


def title_defects(title: str) -> list[str]:
    found = []
    last = title.split()[-1:] if title.split() else []
    last = [re.sub(r"^\W+|\W+$", "", last[0])] if last else []
    if _CUT_END.search(title) or (last and last[-1].lower() in _CUT_WORDS) or title.count("“") > title.count("”") \
            or title.count('"') % 2 or _SPEAKER_ALONE.match(title):
        found.append("cut")
    if _PRONOUN_START.match(title) or _RELATIVE_START.match(title):
        found.append("pron")
    if _FURNITURE.search(title):
        found.append("furn")
    if len(title) - (2 if re.fullmatch(r"[“\"][^“”\"]+[”\"]", title) else 0) > 90:
        found.append("long")
    return found


def tag_ok(tag: str, text: str, others: set[str]) -> bool:
    hits = list(re.finditer(r"(?<![\w-])" + re.escape(tag) + r"(?![\w-])", text))
    if not hits:
        return False
    words = tag.split()
    if tag.lower() in _NUMBER_WORDS or (len(words) == 1 and re.search(
            r"(?<![\w-])" + re.escape(tag.lower()) + r"(?![\w-])", text)):
        return False
    if any(o != tag and re.search(r"(?<!\w)" + re.escape(tag) + r"(?!\w)", o) for o in others):
        return False
    alone = False
    for m in hits:
        before = text[max(0, m.start() - 40):m.start()]
        after = text[m.end():m.end() + 30]
        if _FURNITURE_BEFORE.search(before) or re.match(r"\s+reports from\b", after):
            continue
        prev = re.search(r"([A-Z][\w'’-]*)\s$", before)
        if prev is not None and (prev.group(1).lower().rstrip(".") in _ROLE_WORDS or re.search(r"['’]s$", prev.group(1))):
            prev = None  # "Dr Conrad Murray", "Interior Secretary Ken Salazar", "Britain's Ricky Hatton"
        sentence_start = prev is not None and re.search(r"(?:^|[.!?\n]\s*)[\"“]?[A-Z][\w'’-]*\s$", before)
        nxt = re.match(r"\s([A-Z][\w'’-]*)", after)
        if nxt is not None and nxt.group(1).lower() in _ROLE_WORDS - {"the"}:
            nxt = None  # "Alabama Attorney General Troy King"
        if _JOINED_BEFORE.search(before) or _JOINED_AFTER.match(after) or _AND_AFTER.match(after) or (
                _AND_BEFORE.search(before) and _ORG_END.search(tag) and " and " not in tag):
            continue
        if len(words) == 1 and (m.start() == 0 or re.search(r"(?:^|[.!?:]\s|\n)[\"“‘]?$", before)):
            continue  # a capitalised word at a sentence start proves nothing
        if (prev is None or sentence_start) and nxt is None:
            alone = True
            break
        if (prev is None or sentence_start) and nxt is not None and nxt.group(1) in ("I", "A"):
            alone = True
            break
    return alone


def score_article(entry: dict, articles: Path, verbose: bool) -> Score:
    from timeline.documents import read_document
    from timeline.extract.run import extract_file

    path = articles / entry["path"]
    doc = read_document(path)
    text = doc.text
    _, starts = line_spans(text)
    result = extract_file(path)
    score = Score()
    if result.error:
        score.notes.append(f"error: {result.error}")
    gold = [dict(g, date=[g["date"]] if isinstance(g["date"], str) else list(g["date"])) for g in entry["events"]]
    score.gold = len(gold)
    matched: dict[int, int] = {}
    for event in result.events:
        score.events += 1
        value = event.when.value()
        lines: set[int] = set()
        for source in event.sources:
            lines |= lines_of(source.quote or "", text, starts)
        on_line = [i for i, g in enumerate(gold) if lines & set(g["lines"])]
        hits = [i for i in on_line if date_ok(value, gold[i]["date"])]
        fresh = [i for i in hits if i not in matched]
        verdict = ""
        if fresh:
            matched[fresh[0]] = 1
            score.correct += 1
            verdict = "ok"
        elif hits:
            matched[hits[0]] += 1
            score.dup += 1
            verdict = "DUP"
        elif on_line:
            score.wrong_date += 1
            verdict = f"DATE (gold {gold[on_line[0]]['date'][0]})"
        else:
            verdict = "extra"
        defects = title_defects(event.title)
        for d in defects:
            setattr(score, d, getattr(score, d) + 1)
        if verbose:
            score.notes.append(f"  {value:<18} L{sorted(lines)} {verdict:<20} {'/'.join(defects):<10} {event.title}")
    score.found = len(matched)
    if verbose:
        for i, g in enumerate(gold):
            if i not in matched:
                score.notes.append(f"  MISSED {g['date'][0]:<11} L{g['lines']} {g['key']}")
    tags = {t for e in result.events for t in e.tags}
    score.tags = len(tags)
    bad = sorted(t for t in tags if not tag_ok(t, text, tags))
    score.good_tags = score.tags - len(bad)
    if verbose and bad:
        score.notes.append(f"  bad tags: {', '.join(bad)}")
    return score


def sample(articles: Path, gold_paths: set[str], per_outlet: int) -> None:
    import random

    from timeline.documents import read_document
    from timeline.extract.run import extract_file

    rng = random.Random(16)
    print(f"\ngold-free sample: {per_outlet} articles per outlet")
    print(f"{'outlet':<16} {'articles':>8} {'events':>7} {'ev/art':>7} {'defect':>7} {'cut':>5} {'pron':>5} "
          f"{'furn':>5} {'long':>5} {'tag_p':>6}")
    total = Score()
    count = 0
    for outlet in OUTLETS:
        paths = sorted(p for p in articles.glob(f"*/*/*_{outlet}-*.md")
                       if str(p.relative_to(articles)) not in gold_paths)
        chosen = rng.sample(paths, min(per_outlet, len(paths)))
        s = Score()
        for path in chosen:
            result = extract_file(path)
            text = read_document(path).text
            for event in result.events:
                s.events += 1
                for d in title_defects(event.title):
                    setattr(s, d, getattr(s, d) + 1)
            tags = {t for e in result.events for t in e.tags}
            s.tags += len(tags)
            s.good_tags += sum(1 for t in tags if tag_ok(t, text, tags))
        defects = s.cut + s.pron + s.furn + s.long
        print(f"{outlet:<16} {len(chosen):>8} {s.events:>7} {s.events / max(1, len(chosen)):>7.1f} "
              f"{defects / max(1, s.events):>7.2f} {s.cut:>5} {s.pron:>5} {s.furn:>5} {s.long:>5} "
              f"{s.good_tags / max(1, s.tags):>6.2f}")
        total.add(s)
        count += len(chosen)
    defects = total.cut + total.pron + total.furn + total.long
    print(f"{'total':<16} {count:>8} {total.events:>7} {total.events / max(1, count):>7.1f} "
          f"{defects / max(1, total.events):>7.2f} {total.cut:>5} {total.pron:>5} {total.furn:>5} {total.long:>5} "
          f"{total.good_tags / max(1, total.tags):>6.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", help="the shared data folder (default: ../shared next to the repository)")
    parser.add_argument("--gold", default=str(GOLD))
    parser.add_argument("-v", "--verbose", action="store_true", help="list every event, miss and bad tag")
    parser.add_argument("--sample", type=int, default=0, metavar="N",
                        help="also judge titles and tags on N more articles per outlet (no gold needed)")
    parser.add_argument("--batch", type=int, default=0, metavar="N",
                        help="score only the gold's batch N (default: all; an article without `batch:` is batch 1)")
    args = parser.parse_args()
    shared = shared_dir(args.shared)
    if shared is None:
        print("extract_quality: ../shared/data/t17-dev/articles not found (set --shared or TIMELINE_SHARED); "
              "nothing measured.")
        return 0
    articles = shared / "data" / "t17-dev" / "articles"
    gold = yaml.safe_load(Path(args.gold).read_text(encoding="utf-8"))["articles"]
    if args.batch:
        gold = [entry for entry in gold if entry.get("batch", 1) == args.batch]
    print(HEADER)
    by_outlet: dict[str, Score] = defaultdict(Score)
    counts: dict[str, int] = defaultdict(int)
    total = Score()
    for entry in gold:
        s = score_article(entry, articles, args.verbose)
        print(s.row(Path(entry["path"]).stem))
        for note in s.notes:
            print(note)
        outlet = outlet_of(entry["path"])
        by_outlet[outlet].add(s)
        counts[outlet] += 1
        total.add(s)
    print("-" * len(HEADER))
    for outlet in OUTLETS:
        if outlet in by_outlet:
            print(by_outlet[outlet].row(f"{outlet} ({counts[outlet]} articles)"))
    print(total.row(f"total ({len(gold)} articles)"))
    defects = total.cut + total.pron + total.furn + total.long
    print(f"\nrecall {total.found}/{total.gold}, precision {total.correct}/{total.events}, "
          f"duplicates {total.dup} ({total.dup / max(1, len(gold)):.2f} per article), wrong dates "
          f"{total.wrong_date}, titles with a defect {defects}/{total.events}, "
          f"tags real whole names {total.good_tags}/{total.tags}")
    if args.sample:
        sample(articles, {entry["path"] for entry in gold}, args.sample)
    return 0


if __name__ == "__main__":
    sys.exit(main())
