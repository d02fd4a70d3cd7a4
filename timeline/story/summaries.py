"""Choosing the sentences that say what happened on a key date.

Extractive, as in the timeline summarization literature (Chieu & Lee 2004;
Martschat & Markert 2018; the DATEWISE system of Ghalandari & Ifrim 2020): the
candidates for a day are the sentences that name that day ("on April 20",
"Tuesday's blast", resolved against each article's publication date) in
articles published that day or later (earlier ones can only announce it) and the
undated sentences of the articles published that day or the next, which report
the day's news. Among them, the sentences closest to what they have in
common (the TF-IDF centroid of the day's candidates) are chosen, as a set: each
one added is the one that brings the set nearest the centroid, so a repeat of a
sentence already chosen loses to one that adds what the day's reports share,
and a near-copy of one is never chosen.
Background (a sentence naming some other date) is never a candidate for this day.

An outlet's own chronology of the story ("April 22 - The rig sinks.", the factboxes
and "Timeline:" pieces of long-running stories) says in one line what its
journalists judged to have happened on a day: where the articles hold such an
entry for the day, the entries are chosen first (by the same centroid rule, so
copies of one factbox in many articles count once), and the other candidates
fill the rest.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from timeline.story.articles import MAX_WORDS, MIN_WORDS, ArticleFacts

__all__ = ["Quote", "SentencePicker"]

#: A sentence this similar (cosine of TF-IDF vectors) to one already chosen for the
#: same day says the same thing again: a digest shows it once. Lower than the usual
#: threshold of redundancy filters (MEAD and its successors use 0.5-0.7 on vectors of
#: every word) because these vectors hold content words only, and two reports of one
#: event share their few names and nouns ("BP", "cap", "well") rather than their
#: wording; a journalist's sentences for one day each tell a different fact. On
#: Timeline17's dev stories 0.25 gives each story at least the AR2 of 0.5 and is the
#: value left-one-story-out chooses for each held-out story; its neighbours (0.2-0.4)
#: score within noise of 0.5, so the evidence is that a low threshold does no harm and
#: says each fact once (``benchmarks/story.py --loso 0.5,0.2,0.25,0.3,0.35,0.4 --loso-param redundant``).
REDUNDANT = 0.25

#: A day's own reports tell its news without a date ("BP has capped the well"): the
#: publication date says when. A sentence that names the day is as often a later
#: article's background ("since the April 20 explosion") or one item of a list of days,
#: so between two candidates about as close to what the day's reports share, the undated
#: report wins: a sentence naming the day has this much taken off its score (a cosine
#: with the centroid). Small beside the cosines it corrects, so that a clearly more
#: central dated sentence still wins; on Timeline17's dev stories every value from
#: 0.01 to 0.06 raises each story's AR2 over 0; chosen on two stories' AR2, the value
#: (0.02-0.045) raises the third's over 0 for each story held out, and 0.03 is
#: the middle of those choices
#: (``benchmarks/story.py --loso 0,0.01,0.02,0.03,0.045,0.06,0.1 --loso-param dated``).
DATED_HANDICAP = 0.03

#: A question asks; it does not report what happened.
_QUESTION = re.compile(r"\?[\"'”’)]*$")
#: News is reported in the third person: "I" or "my" outside any quotation is a reader's
#: comment, a blog or a column, not a report of the day.
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|my|me)\b")
_QUOTATION = re.compile(r"[\"“”‘]")


@dataclass(frozen=True, slots=True)
class Quote:
    """A verbatim sentence chosen for a day, with the article it comes from."""

    text: str
    article: int  # index into the story's articles
    sentence: int  # index into that article's sentences
    names_day: bool  # the sentence names the day (rather than being that day's news)
    entry: bool = False  # the sentence is a chronology's entry for the day


class SentencePicker:
    """Sentence selection for any day of one story (indexes built once, reused per day)."""

    def __init__(self, articles: Sequence[ArticleFacts]) -> None:
        self.articles = articles
        self._naming: dict[str, list[tuple[int, int]]] = defaultdict(list)
        self._published: dict[str, list[int]] = defaultdict(list)
        df: Counter[str] = Counter()
        sentences = 0
        for a, article in enumerate(articles):
            self._published[article.published].append(a)
            for s, sentence in enumerate(article.sentences):
                for day in sentence.days:
                    self._naming[day].append((a, s))
                df.update(set(sentence.words))
                sentences += 1
        self._idf = {w: math.log((sentences + 1) / (n + 1)) + 1.0 for w, n in df.items()}

    def candidates(self, day: dt.date) -> list[Quote]:
        """The sentences that may tell what happened on ``day``, in a deterministic order."""
        key = day.isoformat()
        # An article published before the day can only announce it ("the vote on June 9"):
        # what happened that day is told by articles published on it or later.
        found = [Quote(self.articles[a].sentences[s].text, a, s, True, self.articles[a].sentences[s].entry == key)
                 for a, s in self._naming.get(key, ()) if self.articles[a].published >= key]
        # The day's news is also told, undated, the next day: evening events and the
        # next morning's papers.
        next_day = (day + dt.timedelta(days=1)).isoformat()
        for a in (*self._published.get(key, ()), *self._published.get(next_day, ())):
            for s, sentence in enumerate(self.articles[a].sentences):
                if not sentence.dated:
                    found.append(Quote(sentence.text, a, s, False))
        seen: set[str] = set()
        out = []
        for quote in found:
            n = len(quote.text.split())
            if MIN_WORDS <= n <= MAX_WORDS and quote.text not in seen and _reports(quote.text):
                seen.add(quote.text)
                out.append(quote)
        return out

    def _vector(self, quote: Quote) -> dict[str, float]:
        counts = Counter(self.articles[quote.article].sentences[quote.sentence].words)
        vec = {w: c * self._idf.get(w, 1.0) for w, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        return {w: v / norm for w, v in vec.items()}

    def pick(self, day: dt.date, count: int, taken: frozenset[str] | set[str] = frozenset()) -> list[Quote]:
        """Up to ``count`` sentences for ``day`` that together are closest to the day's centroid.

        Greedy, as the centroid-optimisation summarizer of news-tls: each step adds
        the sentence that brings the chosen set's summed vector nearest (cosine) to
        the centroid of all the day's candidates. A sentence that repeats one already
        chosen moves the sum little, so repeats lose without a threshold to tune.
        Chronology entries for the day go first, while any that is not a repeat is left.
        A sentence that names the day starts :data:`DATED_HANDICAP` behind an undated
        report of it. A sentence in ``taken`` (told on another day) is never chosen; it still counts in
        the centroid, as part of what the day's reports share.
        """
        found = self.candidates(day)
        if not found or count <= 0:
            return []
        vectors = [self._vector(q) for q in found]
        centroid: dict[str, float] = defaultdict(float)
        for vec in vectors:
            for w, v in vec.items():
                centroid[w] += v / len(vectors)
        to_centroid = [sum(v * centroid[w] for w, v in vec.items()) for vec in vectors]
        handicap = [DATED_HANDICAP if q.names_day else 0.0 for q in found]
        summary: dict[str, float] = {}
        summary_dot = summary_norm2 = 0.0  # the sum's dot product with the centroid, its squared norm
        chosen: list[int] = []
        entries_first = any(q.entry for q in found)
        while len(chosen) < min(count, len(found)):
            best, best_score = -1, -1.0
            for i, vec in enumerate(vectors):
                if (entries_first and not found[i].entry) or found[i].text in taken:
                    continue
                if i in chosen or any(_cosine(vec, vectors[j]) >= REDUNDANT for j in chosen):
                    continue
                overlap = sum(v * summary.get(w, 0.0) for w, v in vec.items()) if summary else 0.0
                norm2 = summary_norm2 + 2 * overlap + 1.0  # every vector has norm 1
                score = (summary_dot + to_centroid[i]) / math.sqrt(norm2) - handicap[i]
                if score > best_score:
                    best, best_score = i, score
            if best < 0 and entries_first:  # every entry is chosen or a repeat: on to the rest
                entries_first = False
                continue
            if best < 0:
                break
            chosen.append(best)
            vec = vectors[best]
            summary_norm2 += 2 * sum(v * summary.get(w, 0.0) for w, v in vec.items()) + 1.0
            summary_dot += to_centroid[best]
            for w, v in vec.items():
                summary[w] = summary.get(w, 0.0) + v
        return [found[i] for i in chosen]


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(w, 0.0) for w, v in a.items())


def _reports(sentence: str) -> bool:
    """Whether a sentence can report news: not a question, not a first-person comment."""
    if _QUESTION.search(sentence):
        return False
    return not (_FIRST_PERSON.search(sentence) and not _QUOTATION.search(sentence))
