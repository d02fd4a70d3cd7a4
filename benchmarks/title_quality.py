"""Title and tag quality of `timeline extract` over many real articles, without gold (issue 16).

The gold in extract_quality.py covers 14 articles; a title rule shaped there can look right
and fail everywhere else. This script extracts a seeded random sample of articles from every
outlet in ../shared/data/t17-dev/articles (the texts stay there; the repository holds none)
and runs a detector for each kind of title defect the issue lists, on every title:

  cut      ends inside a phrase: on a preposition ("'til" too; a particle after its verb with no object
           after it, "oil coming up", ends), article, conjunction, auxiliary, possessive or determiner, a comma or an open quote, a number whose unit the quote gives
           right after it ("... billed $1.9" where the quote says "$1.9bn"), a question word
           in its last two words ("... studying what effects"), or just before the quote goes
           on with "of" ("the rest" before "of the year") or with the complement of a verb
           or adjective ("declined" before "to say", "impossible" before "to know");
  subject  opens with a pronoun or a role noun the story named before ("He", "His",
           "The company", "The minister") instead of the named entity;
  foreign  holds a word that is neither in the quote nor a tense change of a quote word,
           nor part of a name the article uses (a resolved subject);
  negation the quote's clause the title was drawn from says "not", "never", "no", "without",
           "wrong", "denied"... and the title does not;
  long     over 90 characters;
  furn     carries page furniture: bylines, captions, credits, datelines with a clock time,
           "Sign up", links, agency tags, or comes from a reader's comment under the article;
  lead     opens with a sentence adverbial left in place ("However,", "Meanwhile", "In a
           statement,", "On Monday ...", "According to ...");
  frame    stops on a frame or inside the clause a frame opens, before that clause's verb ("Two singers
           claim" before "they were tricked", "the government's assertion" before "that ...", "issued a
           statement saying", "says its figures, normally reported on Friday" before "will be late"): the
           predicate is title_open.left_open, the one the title writer cuts by;
  stub     fewer than three words;
  tense    put a verb in the present that is no main verb: a participle after "had"/"has"/"have" or a
           relative pronoun ("who had recently returns"), one before the real verb ("The study publishes
           also indicates"), or a past state over a period with both ends ("between 2005 and 2009, there
           were 12 cases" -> "There are 12 cases").

A title with none of these is "clean"; the share of clean titles is an automatic lower bound
on the judgement "publishable without rewriting", which the detectors cannot make (a clean
title can still name the wrong actor). --judge N FILE writes N random titles with their
quotes to FILE for a person to judge; --tags N FILE does the same for tags with the
sentence that names them. Those files hold article text: keep them out of the repository.

    .venv/bin/python benchmarks/title_quality.py [--per-outlet 35] [--seed 16] [--show KIND]
        [--judge 60 /tmp/titles.tsv] [--tags 100 /tmp/tags.tsv] [--shared DIR]

The shared data folder is ../shared relative to the repository root, or $TIMELINE_SHARED, or
--shared; when it is missing the script says so and exits 0.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract_quality import GOLD, OUTLETS, shared_dir

KINDS = ("cut", "frame", "subject", "foreign", "negation", "long", "furn", "lead", "stub", "tense")

_PREPOSITIONS = {"of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "onto", "about", "over",
                 "under", "after", "before", "since", "until", "between", "among", "against", "through",
                 "during", "without", "within", "toward", "towards", "across", "per", "via", "amid", "like",
                 "including", "than", "as", "near", "off", "up", "along", "around", "behind", "beyond"}
_ARTICLES = {"a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my",
             "your", "some", "any", "each", "every", "another", "other", "such", "no", "whose", "both",
             "either", "neither", "more", "most", "less", "fewer", "several", "many", "much", "all"}
_CONJUNCTIONS = {"and", "or", "but", "nor", "yet", "so", "because", "although", "though", "while", "whereas",
                 "if", "unless", "whether", "when", "where", "which", "who", "whom", "that", "once"}
_AUXILIARIES = {"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
                "could", "should", "can", "may", "might", "must", "shall", "do", "does", "did", "not",
                "very", "just", "only", "also", "said", "says", "told", "tells"}
_CUT_WORDS = _PREPOSITIONS | _ARTICLES | _CONJUNCTIONS | _AUXILIARIES
_SUBJECT = re.compile(
    r"^(?:He|She|It|They|We|I|His|Her|Its|Their|Our|This|These|Those|The (?:company|firm|group|bank|agency|"
    r"minister|president|prime minister|secretary|chairman|chief executive|chief|official|spokesman|"
    r"spokeswoman|spokesperson|governor|senator|mayor|judge|general|commander|singer|star|actor|doctor|"
    r"man|woman|boy|girl|victim|suspect|couple|pair|player|driver|patient))\b")
_FURNITURE = re.compile(
    r"(?i)photograph:|\bcredit:|\bphoto(?:graph)?s?\b:|\bpicture:|\bimage(?:s)?\s+(?:copyright|caption)|"
    r"last updated|\bsign up\b|continue reading|\(reuters\)|\(ap\)|\(afp\)|\bgetty\b|\bap photo\b|"
    r"\b\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?\s*(?:edt|est|bst|gmt|et|utc)\b|\|\s*(?:mon|tue|wed|thu|fri|"
    r"sat|sun)\b|\breports from\b|\bclick here\b|\bread more\b|\breporting by\b|\bediting by\b|^by\s+[A-Z]|"
    r"https?://|www\.|\S+@\S+\.\w+|\bfollow us\b|\ball rights reserved\b|\bcopyright\b|^(?:new|update|watch|"
    r"video|live|breaking)\s*:")
#: A reader's comment under an article ("At 15:31 26th Apr 2009, reader wrote: ..."): page furniture.
_COMMENT = re.compile(r"^\W*(?:At\s+)?\d{1,2}[:.]\d{2}\s+\d{1,2}(?:st|nd|rd|th)?\s+\w+\s+\d{4},\s+\S+\s+wrote:")
_LEAD = re.compile(
    r"^(?:However|Meanwhile|But|And|So|Yet|Also|Still|Earlier|Later|Separately|Instead|Indeed|Additionally|"
    r"Moreover|Furthermore|Nonetheless|Nevertheless|Overall|Finally|Then|Now|Today|Yesterday|Tonight|"
    r"According|Meanwhile|Elsewhere|Previously|Initially|Eventually|Ultimately|Similarly|Likewise|"
    r"Last|Next|While|When|Although|Though|Whereas|Since|After|Before|During|Despite|Amid|Following|"
    r"Until|Once|Because|If|Unless)\b|^(?:In|On|At|For|By|With|Under|Over|From|As)\b[^,]{0,50},")
_NEGATION = re.compile(r"(?i)\b(?:not|never|no|nobody|nothing|none|neither|nor|without|wrong|false|untrue|"
                       r"denied|denies|deny|refused|refuses|failed|fails|unable|cannot)\b|n['’]t\b")
_UNIT_AFTER = re.compile(r"\s*(?:bn|m|k|tn|%|billion|million|trillion|thousand|percent|per cent|pounds?|"
                         r"dollars?|euros?|barrels?|gallons?|tons?|tonnes?|miles?|km|kilometres?|kilometers?|"
                         r"feet|metres?|meters?|people|years?|months?|weeks?|days?|hours?|minutes?|cases|deaths|"
                         r"points?|a\s+share|a\s+barrel|pence|cents?)\b", re.I)
#: Headline forms of irregular verbs: a tense change, not a new word.
_IRREGULAR = {
    "says": "said", "tells": "told", "writes": "wrote", "makes": "made", "takes": "took", "gives": "gave",
    "goes": "went", "comes": "came", "becomes": "became", "begins": "began", "wins": "won", "loses": "lost",
    "leaves": "left", "sells": "sold", "buys": "bought", "pays": "paid", "speaks": "spoke", "holds": "held",
    "leads": "led", "runs": "ran", "sees": "saw", "finds": "found", "keeps": "kept", "rises": "rose",
    "falls": "fell", "grows": "grew", "strikes": "struck", "sends": "sent", "brings": "brought",
    "thinks": "thought", "seeks": "sought", "fights": "fought", "builds": "built", "chooses": "chose",
    "draws": "drew", "drives": "drove", "flies": "flew", "freezes": "froze", "knows": "knew", "lays": "laid",
    "means": "meant", "shoots": "shot", "stands": "stood", "swears": "swore", "throws": "threw",
    "withdraws": "withdrew", "meets": "met", "is": "was", "are": "were", "has": "had", "have": "had",
    "does": "did", "do": "did", "dies": "died", "lies": "lay", "feels": "felt", "hears": "heard",
    "teaches": "taught", "catches": "caught", "sleeps": "slept", "spends": "spent", "wears": "wore",
    "breaks": "broke", "forgets": "forgot", "gets": "got", "hides": "hid", "rings": "rang", "sinks": "sank",
    "sings": "sang", "shakes": "shook", "tears": "tore", "wakes": "woke", "understands": "understood",
    "overturns": "overturned", "undergoes": "underwent", "forecasts": "forecast", "quits": "quit",
    "sets": "set", "puts": "put", "cuts": "cut", "hits": "hit", "shuts": "shut", "lets": "let",
    "spreads": "spread", "bids": "bid", "costs": "cost", "hurts": "hurt", "casts": "cast",
}


@dataclass
class Judged:
    path: str
    outlet: str
    title: str
    quote: str
    defects: list[str]


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9][A-Za-z0-9'’.-]*[A-Za-z0-9]|[A-Za-z0-9]", text)


def _stem(word: str) -> str:
    w = word.lower().replace("’", "'")
    w = re.sub(r"'s?$", "", w)
    w = _IRREGULAR.get(w, _IRREGULAR.get(w + "s", w))  # "say" (plural headline verb) is "said" too
    for end, sub in (("ies", "y"), ("ied", "y"), ("es", ""), ("ed", ""), ("s", ""), ("e", "")):
        if w.endswith(end) and len(w) - len(end) >= 3:
            w = w[: len(w) - len(end)] + sub
            if end == "ed" and len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiousl":
                w = w[:-1]  # "admitted" -> "admit", "capped" -> "cap"
            return w
    return w


def defects(title: str, quote: str, article: str) -> list[str]:
    """The defect kinds ``title`` shows, judged against its ``quote`` and the ``article`` text."""
    found = []
    words = _words(title)
    last = words[-1].lower() if words else ""
    tail = title.rstrip()
    number_end = re.search(r"([$£€]?\d[\d.,]*)[”\"']?$", tail)
    unit_cut = False
    if number_end:
        pos = quote.find(number_end.group(1))
        unit_cut = pos >= 0 and _UNIT_AFTER.match(quote, pos + len(number_end.group(1))) is not None
    if ((last in _CUT_WORDS and not _particle_ends(words, _rest_of(title, quote))) or last in {"til", "'til", "’til"}
            or tail.endswith((",", ";", ":", "(", "-", "“", "‘")) or unit_cut
            or title.count("“") > title.count("”") or title.count('"') % 2 or _complement_follows(title, quote)):
        found.append("cut")
    if _left_open(title, quote):
        found.append("frame")
    if _SUBJECT.match(title):
        found.append("subject")
    quote_stems = {_stem(w) for w in _words(quote)}
    if "told" in quote_stems:  # "told the hearing that X" -> "says X": the listener went, "tell" became "say"
        quote_stems.add("said")
    names = {_stem(w) for w in re.findall(r"\b[A-Z][\w'’-]*", article)}
    extra = [w for w in words if _stem(w) not in quote_stems and _stem(w) not in names
             and not (w[:1].isupper() and w in article)]
    if extra:
        found.append("foreign")
    if not _NEGATION.search(title) and _dropped_negation(title, quote):
        found.append("negation")
    if len(title) > 90:
        found.append("long")
    if _FURNITURE.search(title) or _COMMENT.match(quote):
        found.append("furn")
    if _LEAD.match(title):
        found.append("lead")
    if len(words) < 3:
        found.append("stub")
    if _wrong_tense(words, quote):
        found.append("tense")
    return found


#: Words after which a past form stays past: a perfect's auxiliary or a relative pronoun.
_KEEPS_PAST = {"had", "has", "have", "having", "who", "which", "that", "whom"}
_SKIPPED_ADVERBS = re.compile(r"(?:\s+(?:[a-z]+ly|also|just|already|still|never|not|since|then|now|once))*")
_FINITE_AFTER = re.compile(r"(?:\s+(?:on\s+)?[A-Z][a-z]+)?(?:\s+(?:[a-z]+ly|also|still|now|already))+\s+(?:is|are|was|were|"
                           r"has|have|had|will|would|"
                           r"says|said|shows|showed|indicated|[a-z]{3,}es)\b")


def _wrong_tense(words: list[str], quote: str) -> bool:
    """Whether the title puts into the present a quote verb that is no finite main verb (see ``tense``)."""
    low = [w.lower() for w in words]
    if low[:2] in (["there", "are"], ["there", "is"]) and re.search(r"(?i)\bthere\s+(?:were|was)\b", quote) \
            and re.search(r"(?i)\b(?:between\s+[^,;]{1,40}\s+and|from\s+[^,;]{1,40}\s+(?:to|until|through))\s", quote):
        return True
    for word in low[1:]:
        if not word.endswith("s") or word in _AUXILIARIES or re.search(r"(?i)\b" + re.escape(word) + r"\b", quote):
            continue  # the quote has the word itself: no tense change
        stem = _stem(word)
        pasts = [m for m in re.finditer(r"\b([a-z]+ed|[a-z]+)\b", quote) if m.group(1) != word and
                 (m.group(1).endswith("ed") or m.group(1) in _IRREGULAR.values()) and _stem(m.group(1)) == stem]
        if pasts and all(_kept_past(quote, m) for m in pasts):
            return True
    return False


def _kept_past(quote: str, m: re.Match[str]) -> bool:
    """Whether the past form at ``m`` must stay past: after a perfect or a relative pronoun (adverbs between),
    or a participle with an adverb and the finite verb after it."""
    before = re.sub(_SKIPPED_ADVERBS.pattern + r"\s*$", "", quote[:m.start()].rstrip() + " ").split()
    # ("Tony Hayward, who succeeded Lord Browne": a clause after a comma is an event of its own, which the
    # extractor titles with its antecedent as subject; only a relative inside a noun phrase counts)
    relative = len(before) > 1 and before[-1].lower() in {"who", "which", "that", "whom"} and not before[-2].endswith(",")
    return bool(before and before[-1].lower() in _KEEPS_PAST - {"who", "which", "that", "whom"}) or relative \
        or _FINITE_AFTER.match(quote, m.end()) is not None


_WH = {"what", "how", "why", "whether", "where", "who", "whom"}
#: Words that open a verb's or an adjective's complement: a title that stops right before one
#: in the quote ("declined | to say", "emphasized | that ...") is cut inside a phrase.
_COMPLEMENT = re.compile(r"\s+[“\"]?(?:to|that|than|whether|what|how|why)\b", re.I)
#: Verbs and adjectives that take a complement; -ed and -ing forms count too.
_TAKES_COMPLEMENT = {
    "is", "are", "was", "were", "be", "been", "due", "able", "unable", "likely", "unlikely", "set", "expected",
    "ready", "about", "going", "trying", "says", "said", "tells", "told", "believes", "hopes", "wants", "plans",
    "seeks", "agrees", "decides", "refuses", "fails", "expects", "vows", "pledges", "promises", "threatens",
    "warns", "suggests", "shows", "thinks", "knows", "needs", "has", "have", "had", "impossible",
    "possible", "aims", "intends", "urges", "asks", "orders", "allows", "helps", "tries", "seems", "appears",
}


def _complement_follows(title: str, quote: str) -> bool:
    """A question word in the last two words, or a stop right where the quote goes on with "of" (inside a
    noun phrase) or with the complement of a verb or adjective ("declined | to say")."""
    words = _words(title)
    if any(w.lower() in _WH for w in words[-2:]):
        return True
    if len(words) < 3:
        return False
    tail = " ".join(words[-3:])
    m = re.search(re.escape(tail).replace("\\ ", r"\s+") + r"(?![\w'’])", quote)
    if m is None:
        return False
    if re.match(r"\s+of\b", quote[m.end():]):
        return True
    last = words[-1].lower()
    verbal = last in _TAKES_COMPLEMENT or last.endswith(("ed", "ing")) or words[-2].lower() in (
        "will", "would", "could", "should", "can", "may", "might", "must", "to")
    return verbal and _COMPLEMENT.match(quote, m.end()) is not None


def _rest_of(title: str, quote: str) -> list[str]:
    """The words the quote goes on with after the title's last two words (matched by stem: the title may change a
    tense); empty when they are not in the quote."""
    kept = title.split()
    quote_words = quote.split()
    ends = [_stem(_words(w)[-1]) if _words(w) else w for w in kept[-2:]]
    stems = [_stem(_words(w)[-1]) if _words(w) else w for w in quote_words]
    for i in range(len(stems) - len(ends), -1, -1):
        if stems[i:i + len(ends)] == ends:
            return quote_words[i + len(ends):]
    return []


#: Adverb particles of phrasal verbs: "coming up", "closed it off" end a phrase unless an object follows.
_PARTICLES = {"up", "off", "out", "down", "over", "back", "away", "along", "around", "through", "in", "on"}


def _particle_ends(words: list[str], rest: list[str]) -> bool:
    """ "oil coming up" before "since ...": a particle after its verb (or the verb's pronoun object) ends the phrase
    when no object follows it (a determiner, a number or a name would be one)."""
    if len(words) < 2 or words[-1].lower() not in _PARTICLES:
        return False
    before = words[-2].lower()
    verb = before.endswith(("ing", "ed")) or before in {"it", "them", "him", "her", "up"} or before in _IRREGULAR.values()
    nxt = rest[0].strip("“”\"‘’,;:()") if rest else ""
    obj = nxt.lower() in _ARTICLES or nxt[:1].isdigit() or nxt[:1] in "$£€" or (nxt[:1].isupper() and nxt != "I")
    return verb and not obj and not (rest and rest[0][:1].isalpha() and rest[0].lower() in {"of", "to"})


def _left_open(title: str, quote: str) -> bool:
    """Whether the title stops on a frame or inside its clause (see ``frame``), judged on what the quote goes on
    with after the title (:func:`_rest_of`)."""
    from timeline.extract.title_open import left_open

    kept = title.split()
    return bool(kept) and left_open(kept, _rest_of(title, quote))


def _dropped_negation(title: str, quote: str) -> bool:
    """Whether the quote's clause that the title covers says something negative the title leaves out.

    The covered span runs from the quote's first occurrence of the title's first content word to
    the end of the clause (next comma, semicolon, dash or sentence end) of its last content word.
    """
    content = [w for w in _words(title) if w.lower() not in _CUT_WORDS and len(w) > 2]
    if len(content) < 2:
        return False
    low = quote.lower()
    stems = [_stem(w) for w in content]
    positions = []
    for m in re.finditer(r"[A-Za-z0-9][A-Za-z0-9'’.-]*", quote):
        if _stem(m.group(0)) in stems:
            positions.append(m)
    if not positions:
        return False
    start = positions[0].start()
    last_end = positions[-1].end()
    stop = re.search(r"[,;:.!?]\s|\s[—–]\s|\s--\s|$", low[last_end:])
    end = last_end + (stop.start() if stop else 0)
    return _NEGATION.search(quote[start:end]) is not None


def collect(articles: Path, per_outlet: int, seed: int, exclude: set[str]) -> tuple[list[Judged], list[tuple]]:
    from timeline.documents import read_document
    from timeline.extract.run import extract_file

    rng = random.Random(seed)
    judged: list[Judged] = []
    tags: list[tuple] = []
    for outlet in OUTLETS:
        paths = sorted(p for p in articles.glob(f"*/*/*_{outlet}-*.md") if str(p.relative_to(articles)) not in exclude)
        for path in rng.sample(paths, min(per_outlet, len(paths))):
            result = extract_file(path)
            text = read_document(path).text
            seen: set[str] = set()
            for event in result.events:
                quote = " … ".join(s.quote or "" for s in event.sources)
                judged.append(Judged(str(path.relative_to(articles)), outlet, event.title, quote,
                                     defects(event.title, quote, text)))
                for tag in event.tags:
                    if tag not in seen:
                        seen.add(tag)
                        tags.append((str(path.relative_to(articles)), outlet, tag, quote, text))
    return judged, tags


def report(judged: list[Judged]) -> None:
    print(f"{'outlet':<16} {'titles':>6} {'clean':>6} " + " ".join(f"{k:>8}" for k in KINDS))
    for outlet in (*OUTLETS, "total"):
        rows = [j for j in judged if outlet in ("total", j.outlet)]
        if not rows:
            continue
        counts = Counter(k for j in rows for k in j.defects)
        clean = sum(1 for j in rows if not j.defects) / len(rows)
        print(f"{outlet:<16} {len(rows):>6} {clean:>6.2f} " + " ".join(f"{counts[k] / len(rows):>8.3f}" for k in KINDS))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", help="the shared data folder (default: ../shared next to the repository)")
    parser.add_argument("--per-outlet", type=int, default=35, help="articles per outlet (default 35)")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--show", action="append", default=[], choices=KINDS, help="print the titles with this defect")
    parser.add_argument("--judge", nargs=2, metavar=("N", "FILE"), help="write N random titles with quotes to FILE")
    parser.add_argument("--tags", nargs=2, metavar=("N", "FILE"), help="write N random tags with context to FILE")
    args = parser.parse_args()
    shared = shared_dir(args.shared)
    if shared is None:
        print("title_quality: ../shared/data/t17-dev/articles not found (set --shared or TIMELINE_SHARED); "
              "nothing measured.")
        return 0
    articles = shared / "data" / "t17-dev" / "articles"
    exclude = {a["path"] for a in yaml.safe_load(GOLD.read_text(encoding="utf-8"))["articles"]}
    judged, tags = collect(articles, args.per_outlet, args.seed, exclude)
    print(f"{len({j.path for j in judged})} articles, {len(judged)} titles, {len(tags)} tags "
          f"(share of titles per defect kind; clean = no defect found)")
    report(judged)
    for kind in args.show:
        print(f"\n{kind}:")
        for j in judged:
            if kind in j.defects:
                print(f"  {j.title}\n      <- {j.quote[:300]}")
    rng = random.Random(args.seed)
    if args.judge:
        n, out = int(args.judge[0]), Path(args.judge[1])
        pick = rng.sample(judged, min(n, len(judged)))
        out.write_text("".join(f"{i}\t{j.path}\t{j.title}\t{'/'.join(j.defects)}\t{j.quote}\n"
                               for i, j in enumerate(pick)), encoding="utf-8")
        print(f"wrote {len(pick)} titles to {out}")
    if args.tags:
        n, out = int(args.tags[0]), Path(args.tags[1])
        pick = rng.sample(tags, min(n, len(tags)))
        lines = []
        for i, (path, _, tag, quote, text) in enumerate(pick):
            pos = text.find(tag)
            context = text[max(0, pos - 80): pos + len(tag) + 80].replace("\n", " / ") if pos >= 0 else quote[:160]
            lines.append(f"{i}\t{path}\t{tag}\t{context}\n")
        out.write_text("".join(lines), encoding="utf-8")
        print(f"wrote {len(pick)} tags to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
