"""What the second pass knows while resolving: the reference time, the last
date mentioned, and the tense around an expression.

Deictic expressions ("yesterday", "last year") anchor on the document creation
time; anaphoric ones ("the next day", "a year earlier") on the most recently
mentioned date. Tense is read from the words of the same sentence nearest the
expression, which beats a global past/future preference (dateparser's) because
one article mixes "signed ... in July" with "will vote in July".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from timeline.tagger.lexicon import ADJECTIVE_ENDINGS as _ADJECTIVE_ENDINGS
from timeline.tagger.lexicon import ADJECTIVES as _ADJECTIVES
from timeline.tagger.lexicon import CONTRACTED, FUTURE, HAVE_OBJECTS, NOT_FINITE, PAST
from timeline.tagger.lexicon import DESTINATIONS as _DESTINATIONS
from timeline.tagger.lexicon import NOUN_ENDINGS as _NOUN_ENDINGS
from timeline.tagger.lexicon import NUMBER_WORDS as _NUMBER_WORDS
from timeline.tagger.lexicon import SET_LIMIT as _SET_LIMIT
from timeline.tagger.lexicon import UN_VERBS as _UN_VERBS
from timeline.tagger.lexicon import VERBS_LIKE_NOUNS as _VERBS_LIKE_NOUNS

# Hyphenated words are one token: "blown-out", "long-awaited" are adjectives, not past verbs.
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'-]{0,30}|\d[\d.,]{0,20}|[.!?;\n,]|:(?=\s)")
_DETERMINERS = frozenset(["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your"])

# Words of planning that are also nouns, and the adjectives that show them to be nouns.
_PLAN_NOUNS = frozenset(["plans", "hopes", "hope", "aims", "aim", "forecast", "forecasts", "schedule", "intend"])
_PLAN_ADJECTIVES = frozenset(["best", "high", "higher", "new", "great", "big", "early", "initial", "original",
                              "future", "long-term", "current", "last", "latest", "earlier", "official", "our",
                              "false", "faint", "slim", "little", "any", "no", "some", "of"])
_NOT_PAST_ED = frozenset(["need", "speed", "seed", "feed", "bed", "red", "shed", "bleed", "breed", "proceed", "succeed", "exceed", "indeed", "based", "related", "limited", "united", "interested", "concerned", "expected", "scheduled", "planned", "proposed"])


@dataclass
class Anchor:
    """The last absolute date mentioned, at its precision."""

    value: str
    date: dt.date
    precision: str  # year, quarter, month, week, day, season, half, decade


@dataclass
class Context:
    text: str
    dct: dt.date
    dct_time: dt.datetime | None
    timezone: str | None
    anchor: Anchor | None = None
    anchor_pos: int = -1
    #: the last quarter mentioned and where: the topic of an earnings report,
    #: which "a year ago" and "the year-earlier period" compare with
    quarter: tuple[int, int] | None = None
    quarter_pos: int = -1
    #: set by a resolver whose value is a comparison ("the year-ago quarter"),
    #: which must not become the anchor or topic of what follows
    comparison: bool = False
    #: where the last other reporting period was named ("the first nine months"):
    #: after it, "a year earlier" compares with that period, not the quarter
    period_pos: int = -1
    #: set by :meth:`tense`: its last "past" came from the expression's own relative clause
    #: ("the towns where the May 3 floods killed 40"), an event told as done, not a plan
    relative_past: bool = False
    #: the last date mentioned at day precision, and where
    day_anchor: Anchor | None = None
    day_anchor_pos: int = -1
    #: set by :meth:`tense`: the walk stopped at a modal of possibility ("may take all of
    #: Tuesday"), which says nothing of the year but looks ahead for a day of this week
    possible: bool = False
    #: set by :meth:`tense`: its "past" is a plan told in the past ("was asked to speak on
    #: Sept. 4"): the plan was made then, its date lies after that, most often near the DCT
    past_plan: bool = False

    def topic_quarter(self, pos: int, reach: int = 1500) -> tuple[int, int] | None:
        if self.quarter is not None and 0 <= pos - self.quarter_pos <= reach and self.period_pos < self.quarter_pos:
            return self.quarter
        return None

    def anchor_or_dct(self) -> Anchor:
        if self.anchor is not None:
            return self.anchor
        return Anchor(self.dct.isoformat(), self.dct, "day")

    def day_anchor_or_anchor(self, pos: int, reach: int = 2000) -> Anchor:
        """The anchor of "that day", "that evening": the last day mentioned, when a coarser date
        of the same year came after it ("BP spoke in May of that night", after "April 20"); else
        the last date mentioned, else the DCT."""
        a = self.anchor_or_dct()
        d = self.day_anchor
        if a.precision != "day" and d is not None and 0 <= pos - self.day_anchor_pos <= reach \
                and d.date.year == a.date.year:
            return d
        return a

    def toward(self, start: int, end: int, reach: int = 14) -> str | None:
        """Tense for a date after "by"/"until"/"through": such a limit lies ahead
        ("snow by Tuesday", "good through Dec. 31") unless its clause is past
        ("had until Friday"); other dates get :meth:`tense`."""
        if _LIMIT_BEFORE.search(self.text, max(0, start - 27), start):
            # the clause before the limit decides ("had until Friday"); a reporting verb after
            # it does not ("could gush until August, officials warned"); a limit opening its
            # sentence takes the verb that follows ("Until Thursday, they had not spoken")
            before = re.split(r"[.!?;\n]", _unabbreviate(self.text[max(0, start - 120):start]))[-1]
            opening = not re.search(r"[^\W\d_]", _OPENING_ADVERBS.sub("", _LIMIT_BEFORE.sub("", before)))
            if self.tense(start, end, deadline=False, right=opening, reach=reach) != "past" and not (
                    (when := _WHEN_AFTER.match(self.text, end)) and self._right_tense(when.end(), clause_only=True) == "past"):
                # ("spewed for 87 days until July 15, when engineers sealed it": the clause on the date is past)
                return "future"
            clause = re.split(r"[.!?;\n]|,\s(?:and|but)\s", _unabbreviate(self.text[max(0, start - 120):start]))[-1].lower().split()
            if (len(clause) > 1 and clause[-2] in ("has", "have")) or (len(clause) > 2 and clause[-3] in ("has", "have")
                                                                      and (clause[-2].endswith("ly") or clause[-2] in ("only", "just", "about"))):
                return "future"  # "has until Friday to respond": time left, ahead
            if not clause:  # "Until Thursday, they had not spoken": the clause follows
                clause = re.split(r"[.!?;\n]", self.text[end:end + 120])[0].lower().split()
            words = set(clause)
            if not {"was", "were", "had", "did", "didn't", "wasn't", "weren't", "hadn't"} & words and (
                    _set_limit_in(clause) or _PERFECT_STATE.search(" ".join(clause))):
                # ("has been shut until Friday": a present perfect state lasts up to a limit still ahead)
                # "extended the offer until Nov. 9", "has extended loans through January": a past
                # decision about a limit still ahead; a past state ("had until Friday") has ended
                return "future"
            return "past"
        return self.tense(start, end, reach=reach)

    def tense(self, start: int, end: int, deadline: bool = True, right: bool = True, reach: int = 14) -> str | None:
        """'past', 'future' or None from the verbs of the expression's own clause.

        The governing verb usually precedes a time adverbial in English news, so
        the words to the left are read first, nearest first. When that walk
        leaves the expression's clause (a relative or adverbial clause opened by
        "where", "which", "when", "after" ...) before finding a verb, the rest of
        that clause to the right decides first: in "will send aid to the towns
        where the May 3 floods killed 40" the date belongs to "killed", not to
        "will send". Only then does the rest of the sentence count. Some words
        end the search without a tense: a modal ("could reach Florida by
        Friday"), a copula of another clause; an infinitive between the date and
        a past verb ("was called to testify on June 17") keeps the past verb
        from pulling the date back. Chronology entries and datelines ("May 1 -
        ...") are past whatever their historical present says. With
        ``deadline=False`` a date right after "by"/"to"/"through" still gets the
        clause's tense (callers that pick a direction for it). ``reach`` is how many
        words to the left may hold the verb: news names a weekday only for the news
        itself, so its main verb decides however far it stands ("He meets ... with BP
        executives, including the chairman, on Wednesday"); a month date is as often a
        background event named in a noun phrase ("the April 20 explosion").
        """
        self.relative_past = False
        self.possible = False
        self.past_plan = False
        if _ENTRY_AFTER.match(self.text, end) and _ENTRY_BEFORE.search(self.text, max(0, start - 40), start):
            # a chronology entry or dateline ("* May 1 - The Coast Guard says ...", "HOUSTON,
            # April 29 (Reuters) -"): what happened up to the report, whatever its verbs say
            return "past"
        left = _unabbreviate(self.text[max(0, start - 12 * reach):start])
        raw = _WORD_RE.findall(left)[-reach:]
        tokens = [t.lower() for t in raw]
        if deadline and tokens and tokens[-1] in _DEADLINE:
            # "extended to Nov. 20", "payable Jan. 2": a deadline, take the nearest date; but the
            # run-up to a date in a past clause is past ("were violated in the period up to April 20")
            if tokens[-2:-1] in (["up"], ["prior"]) and {"was", "were", "had"} & set(tokens[_sentence_start(tokens):]):
                return "past"
            return None
        if not deadline and tokens and tokens[-1] in _LIMITS:
            raw, tokens = raw[:-1], tokens[:-1]  # "until Friday": the limit word is no tense of its own
        weak: tuple[int, str] | None = None  # an -ed word may be an adjective ("preferred shares")
        n = len(tokens)
        own_clause_read = False
        plan = False  # an infinitive between the date and a past verb: "was called to testify on June 17"
        for i in range(n - 1, -1, -1):
            t = tokens[i]
            if t in ".!?;\n:":
                break  # (a colon before a space ends a label or opens a quotation: "said: ...")
            if t == "," or (t in ("earlier", "later", "sooner") and i + 1 < n and (tokens[i + 1] == "than" or (
                    tokens[i + 1] in ("and", "or") and i + 3 < n and tokens[i + 3] == "than"))):
                continue  # "no earlier than March 15", "earlier or later than August": a bound, not a tense
            if t == "earlier" and i > 0 and (tokens[i - 1] in _SCHEDULE or tokens[i - 1] in ("is", "are", "be")):
                continue  # "if it returns earlier in the year", "is earlier this year": a comparison, no past
            if i > 0 and tokens[i - 1] in ("than", "as") and t in _COMPARED:
                continue  # "better than expected", "as planned": a comparison, not a plan
            if (t in _CLAUSE_OPENERS or (t == "and" and i > 0 and tokens[i - 1] == ",")) \
                    and not own_clause_read and i < n - 1 \
                    and not (t == "that" and (i == 0 or tokens[i - 1] in _NOT_BEFORE_RELATIVE)):
                # ("sank after March 6": a preposition; "then that puts you into August": a pronoun)
                # (", and on Wednesday, the White House called ...": a clause of its own)
                # the expression sits in a clause that starts here: its own verb, if any,
                # is to the right ("where the May 3 floods killed 40")
                own_clause_read = True
                if weak:
                    return weak[1]
                verdict = self._right_tense(end, clause_only=True, noun_head=tokens[-1] in _DETERMINERS)
                if verdict:
                    self.relative_past = verdict == "past" and t in _RELATIVES
                    return verdict
                if _RIGHT_MODAL.match(_unabbreviate(self.text[end:end + 120])):
                    return None  # "and that a second wave in the autumn could be worse": its own modal, no tense
                continue
            if t == "to" and any(b in _RANKS for b in tokens[max(0, i - 4):i]) and i + 1 < n and _infinitive(raw[i + 1]):
                continue  # "the first birds to be released in May were ...": the main verb decides
            if t == "to" and i > 0 and tokens[i - 1] in _TO_PREPOSITION:
                continue  # "resorted to giant shears Thursday", "according to", "due to": a preposition
            if t == "to" and i + 1 < n and (i >= n - 3 or (i >= n - 5 and tokens[i + 1] == "be")
                                            or (i > 0 and tokens[i - 1] in ("is", "are"))) \
                    and _infinitive(raw[i + 1]):
                # an infinitive right before the date: "set to resume Monday", unless a past plan
                # or a past verb of seeming or trying ("appeared to be easing on Saturday")
                if _predicts(tokens, i):
                    return "future"  # a prediction, even reported in the past: "was likely to be Saturday"
                past = any(b in _PAST_PLAN for b in tokens[max(0, i - 3):i]) or (i > 0 and tokens[i - 1] in _PAST_TRY) \
                    or bool(_CAUSED & set(tokens[max(0, i - 5):i]))
                self.past_plan = past and i > 0 and tokens[i - 1] in _PLAN_BEFORE_TO \
                    and not _CAUSED & set(tokens[max(0, i - 5):i])
                return "past" if past else "future"
            if t == "to" and n - 7 < i < n - 1 and _infinitive(raw[i + 1]) and _predicts(tokens, i) \
                    and "," not in tokens[i:]:
                return "future"  # "were poised to sign the accord Friday"
            if t == "to" and i + 1 < n and _infinitive(raw[i + 1]) and not (i > 0 and tokens[i - 1] in _PAST_TRY) \
                    and not _CAUSED & set(tokens[max(0, i - 5):i]):
                # ("caused the rig to explode April 20": what a past verb made happen happened then)
                plan = True  # the date belongs to the infinitive: after the past verb, maybe after the DCT
                continue
            if t in _BARE_MODALS or (t == "would" and tokens[i + 1:i + 2] == ["have"]):
                # "could reach Florida by Friday": a modal clause has no tense of its own, nor a
                # counterfactual ("would have damaged")
                self.possible = t in ("may", "might", "should") and tokens[i + 1:i + 2] not in (["have"], ["not"])
                return None
            if (t in _SCHEDULE or t == "schedule") and raw[i][:1].isupper() and i > 0 and tokens[i - 1] not in ".!?;\n":
                continue  # a capitalized word mid-sentence is a name: "Meet The Press", "Schedule change"
            if t in _FIXTURE:
                if raw[i].islower() and i > 0 and not tokens[i - 1].endswith(("'s", "’s")) \
                        and (raw[i - 1][:1].isupper() or tokens[i - 1] in ("they", "we", "he", "she", "it", "who")):
                    # (after a possessive it is a noun: "Obama's visit to Louisiana on May 2")
                    return "future"  # a team or a pronoun before it: the verb
                continue
            if t == "go" and not (tokens[i + 1:i + 3] in (["to", "the"], ["to", "court"], ["to", "trial"], ["on", "sale"],
                                                         ["on", "strike"], ["on", "air"], ["into", "effect"])
                                  or tokens[i + 1:i + 2] in (["ahead"], ["live"])):
                continue  # only a timetable's "go" ("voters go to the polls", "go on sale"), not "let go", "did you go"
            if t in ("remains", "remain") and tokens[i + 1:i + 2] in (["that"], ["unclear"], ["uncertain"], ["whether"]):
                continue  # "the fact remains that ...", "it remains unclear whether ...": a judgement, not a timetable
            if t in _ASPECTUAL and i + 1 < n and (tokens[i + 1] == "to" or tokens[i + 1].endswith("ing")):
                continue  # "on Tuesday the water starts to rise": the narrative present, not a timetable
            before = _verb_before(tokens, i)
            if "to" in before and any(b in _RANKS for b in tokens[max(0, i - 7):i]):
                before = before[before.index("to") + 1:]  # "the first birds to be released": no plan
            if t in _PLANNED and before and before[-1].isalpha() and before[-1] not in _NOT_A_HEAD \
                    and (i == n - 1 or tokens[i + 1] in _PLANNED[t]):
                # a reduced relative: "a summit scheduled for Vienna in June", "talks planned in
                # Oslo": what is planned lies ahead, whatever the main clause's tense
                return "future"
            if t in _PLANNED and i + 1 < n and tokens[i + 1] == "for" and before and before[-1] in ("was", "were", "been"):
                return None  # "the vote that was planned for June": a past plan, its date either side of the DCT
            if i == n - 1 and t in _SETTING and not (before and before[-1] in _PAST_PLAN | _PRESENT) \
                    and _SET_AS.match(self.text, end):
                return None  # "has set Nov. 10 as the deadline": a date chosen, not a date past
            if before and before[-1] == "that" and _verb_after_that(tokens, i):
                # "the inquiry that opened on March 6": "that" is a relative pronoun, not a determiner
                before = [*before[:-1], "who"]
            if t in _PLAN_NOUNS and before and (before[-1] in _DETERMINERS or before[-1].endswith(("'s", "’s"))
                                                or before[-1] in _PLAN_ADJECTIVES):
                return None  # the date of a plan ("ahead of the original schedule of completion in August")
            if t in ("has", "have") and tokens[i + 1:i + 2] and tokens[i + 1] in HAVE_OBJECTS and not NOT_FINITE & set(tokens[i - 1:i]):
                return None if i < n - 5 else "present"  # "who have it going into autumn": no perfect, a possession
            if t == "going" and tokens[i + 1:i + 2] != ["to"]:
                continue  # "going yachting at the weekend": a gerund, not "going to"
            if (t == "schedule" and i > 0 and tokens[i - 1] in ("on", "behind")) \
                    or (t == "next" and i > 0 and tokens[i - 1] == "the" and tokens[i + 1:i + 2] and tokens[i + 1] in _DAY_PARTS):
                continue  # "opened on schedule", "learned the next afternoon": no plan
            if not deadline and t in ("until", "till"):
                continue  # "continued until first thing Tuesday": the limit's own clause decides
            verdict = _classify(CONTRACTED.get(t, t) if raw[i][1:].islower() else t, before)  # ("It's": "is"; "WHO's": a name)
            if verdict == "weak-past":
                if i >= n - 2:
                    return "past"
                if i > 0 and tokens[i + 1] in _OBJECT_DETERMINERS and before[-1] not in _AUXILIARIES:
                    # ("suffered a surprise defeat in the Commons on Wednesday": an -ed word with an
                    # object is a finite verb, not an adjective, and the nearest verb decides)
                    return None if plan else "past"
                weak = weak or (i, "past")
                continue
            if verdict == "future" and tokens[i - 2:i] == ["to", "be"] and _CAUSED & set(tokens[max(0, i - 6):i - 2]):
                return "past"  # "caused flights to be suspended over the weekend": made to happen then
            if verdict == "future" and any(b in _PAST_PLAN for b in tokens[max(0, i - 4):i - 2]) \
                    and not any(b in _PREDICTION for b in tokens[max(0, i - 4):i - 2]):
                self.past_plan = bool(_PLAN_BEFORE_TO & set(tokens[max(0, i - 4):i])) \
                    and not {"had", "hadn't"} & set(tokens[max(0, i - 4):i])
                return "past"  # "had to be moved on Saturday", "was expected to be named Monday"
            if verdict == "present" and (i < n - 5 or self.text[end:end + 2] in ("'s", "’s")):
                # ... or a possessive date ("residual oil from Tuesday night's explosion"): the
                # copula is about something else than the dated event
                # a copula far to the left ("... is either gone -- with one group Thursday
                # announcing"): another clause's; say nothing rather than point ahead
                return None
            if verdict == "past" and t in FUTURE and t in _PLAN_BEFORE_TO and not {"had", "hadn't"} & set(before):
                self.past_plan = True  # "was due to appear in court on Sept. 4": a plan told in the past
            if verdict:
                return None if plan and verdict == "past" else verdict
        if weak:
            return None if plan else weak[1]
        if self.text[end:end + 2] == "'s" or not right:
            return None  # "Friday's session": a noun modifier, say nothing
        verdict = self._right_tense(end, noun_head=bool(tokens) and tokens[-1] in _DETERMINERS)
        return None if plan and verdict == "past" else verdict

    def reported_future(self, start: int) -> bool:
        """Is the expression in a future seen from a past report ("said in July that he would
        take over on October 1")? Such a date lies after the report, not after the DCT."""
        before = re.split(r"[.!?;\n]", _unabbreviate(self.text[max(0, start - 200):start]))[-1].lower()
        tokens = _WORD_RE.findall(before)
        if "would" not in tokens:
            return False
        return any(t in _REPORTED for t in tokens[:len(tokens) - tokens[::-1].index("would") - 1])

    def _right_tense(self, end: int, clause_only: bool = False, noun_head: bool = False) -> str | None:
        """Tense from the words after the expression, up to the end of the sentence
        (``clause_only``: up to the end of its clause). ``noun_head``: a determiner stands
        before the expression, so the word after it is the noun it modifies ("the June 3
        vote", "the May 1 meeting"), not a verb."""
        right = _unabbreviate(self.text[end:end + 160])
        raw = _WORD_RE.findall(right)[:20]
        tokens = [t.lower() for t in raw]
        for i, t in enumerate(tokens):
            if t in ".!?;\n":
                break
            if i == 0 and noun_head and t.isalpha():
                continue
            if (t in _SCHEDULE or t == "schedule") and raw[i][:1].isupper() and i > 0 and tokens[i - 1] not in ".!?;\n":
                continue
            if clause_only and i > 0 and (t == "," or t in _CLAUSE_OPENERS or t in ("and", "but")):
                break
            if t == "earlier" and i > 0 and (tokens[i - 1] in _SCHEDULE or tokens[i - 1] in ("is", "are", "be")):
                continue  # "if it returns earlier in the year", "is earlier this year": a comparison, no past
            if i > 0 and tokens[i - 1] in ("than", "as") and t in _COMPARED:
                continue
            if t in _BARE_MODALS or (t == "would" and tokens[i + 1:i + 2] == ["have"]):
                return None  # "the strain could spread north, he told reporters": not the report's tense
            if (t in _SAYS or t == "said") and i + 1 < len(tokens) and tokens[i + 1] == "," and i > 0 \
                    and tokens[i - 1] not in ".!?;\n,":
                continue  # "In October, the agency says, the leak will be capped": a parenthesis
            if t in _ASPECTUAL and i + 1 < len(tokens) and (tokens[i + 1] == "to" or tokens[i + 1].endswith("ing")):
                continue  # "the mud begins to slide": the narrative present, not a timetable
            if t == "going" and tokens[i + 1:i + 2] != ["to"]:
                continue
            verdict = _classify(t, _verb_before(tokens, i))
            if verdict:
                return None if verdict == "present" else verdict.removeprefix("weak-")
        return None


# Reporting verbs in the narrative present of news ("the agency warns Thursday that ...").
# Not "announces" (also a timetable: "when BP announces results on 27 July") nor words that are
# also plural nouns ("claims", "vows", "pledges").
_SAYS = frozenset(["says", "tells", "warns", "confirms", "insists", "admits", "denies", "adds", "acknowledges",
                   "urges", "concedes", "reveals", "asserts", "declares", "stresses", "maintains", "explains"])
# Words that open a relative or adverbial clause: a date after one belongs to that clause's verb.
_CLAUSE_OPENERS = frozenset(["where", "which", "who", "whom", "whose", "when", "while", "because", "although",
                             "though", "whereas", "after", "once", "if", "unless", "but", "that"])
# Participles of planning after a noun ("a summit scheduled for June") and the words that may
# follow them there; "set" and "timed" only before "for"/"to" ("a record set in June" is past).
_PLAN_AFTER = frozenset(["for", "to", "in", "on", "at", "around", "between", "from"])
_PLANNED = {"planned": _PLAN_AFTER, "scheduled": _PLAN_AFTER, "slated": _PLAN_AFTER, "rescheduled": _PLAN_AFTER,
            "penciled": _PLAN_AFTER, "pencilled": _PLAN_AFTER, "billed": frozenset(["for"]),
            "set": frozenset(["for", "to"]), "timed": frozenset(["for", "to"]),
            # "an outbreak predicted for the autumn": a forecast lies ahead
            "predicted": frozenset(["for"]), "forecast": frozenset(["for"]), "projected": frozenset(["for"])}
# Words before such a participle that make it a finite verb or a passive, not a reduced relative.
_NOT_A_HEAD = frozenset(["was", "were", "had", "has", "have", "is", "are", "be", "been", "being", "am", "i", "we",
                         "they", "he", "she", "it", "you", "who", "that", "which", "not", "also", "originally",
                         "initially", "previously", "first", "and", "or", "as", "than", "then", "never", "already"])
# Verbs that choose a date ("has set Nov. 10 as the deadline", "named June 3 for the vote"): the
# choice is past, the date chosen may lie either side of the DCT.
_SETTING = frozenset(["set", "fixed", "named", "picked", "chose", "chosen", "scheduled", "rescheduled", "targeted",
                      "earmarked", "designated", "proposed", "suggested"])
_SET_AS = re.compile(r"\s{1,3}(?:as|for)\b")
# Past forms that also modify nouns: "that last day", "that lost decade", "that set piece".
_PAST_ADJECTIVES = frozenset(["last", "lost", "left", "set", "hit", "cut", "shut", "put", "quit", "read", "earlier",
                              "previously", "ago", "since", "taken", "given", "seen", "shown", "done", "known",
                              "broken", "held", "laid", "lay", "struck"])
# Words after which "that" is a pronoun, not a relative or a complementizer: "after that", "then that".
_NOT_BEFORE_RELATIVE = frozenset(["then", "and", "but", "or", "of", "in", "at", "on", "for", "after", "before",
                                  "like", "with", "from", "by", "about", "is", "was", "all", "just"])
_RELATIVES = frozenset(["where", "which", "who", "whom", "whose", "when", "that"])
# Words that follow a verb rather than an adjective: after "that", "opened on", "killed 40", "hit
# the" make "that" a relative pronoun; "that revised plan" keeps it a determiner.
_AFTER_VERB = frozenset(["on", "in", "at", "by", "for", "from", "to", "with", "during", "since", "until", "through",
                         "into", "over", "after", "before", "last", "this", "early", "late", "earlier", "later",
                         "the", "a", "an", "its", "his", "her", "their", "up", "out", "off", "down", "about",
                         "there", "here", "and", ","])


def _verb_after_that(tokens: list[str], i: int) -> bool:
    """Is ``tokens[i]``, right after "that", a verb (a simple past form, or the date or a
    preposition follows)?"""
    word = tokens[i]
    if word in PAST and word not in _PAST_ADJECTIVES and not word.endswith(("en", "wn", "ne")):
        return True  # "that began work", "that struck the coast": no adjective has these forms
    if i + 1 >= len(tokens):
        return True  # "the storm that struck Friday"
    nxt = tokens[i + 1]
    return nxt in _AFTER_VERB or nxt[:1].isdigit()
_DAY_PARTS = frozenset(["day", "morning", "afternoon", "evening", "night", "week", "month", "year", "weekend"])
_RANKS = frozenset(["first", "last", "only", "second", "third", "latest", "earliest"])
_OBJECT_DETERMINERS = frozenset(["a", "an", "the", "its", "his", "her", "their"])
_AUXILIARIES = frozenset(["has", "have", "had", "was", "were", "been", "be", "is", "are", "being"])


def _set_limit_in(clause: list[str]) -> bool:
    """Does the clause set a limit ("extended the offer until", "has given BP until")? "given" with no
    auxiliary before it is a preposition ("striking given BP knew by 20 April"); "kept" before a
    gerund is "went on" ("kept raising its estimate by late May"), no limit set."""
    return any(w in _SET_LIMIT and not (w == "given" and (i == 0 or clause[i - 1] not in _AUXILIARIES))
               and not (w == "kept" and clause[i + 1:i + 2] and clause[i + 1].endswith("ing"))
               for i, w in enumerate(clause))


_OPENING_ADVERBS = re.compile(r"(?i)\b(?:not|only|and|but|even|just)\b")
_REPORTED = frozenset(["said", "told", "announced", "reported", "stated", "wrote", "confirmed", "promised",
                       "indicated", "agreed", "decided", "planned", "predicted", "insisted", "added", "disclosed"])
_ENTRY_AFTER = re.compile(r"(?:/\d{1,2})?\s{0,3}(?:\([^)\n]{1,24}\)\s{0,3})?(?:-|–|—|:)(?!\d)")  # ("May 11/12 - ...")
_ENTRY_BEFORE = re.compile(r"(?:^|\n)[ \t*•·-]{0,4}(?:[A-Z][A-Z./ ]{1,30},[ \t]{1,3})?$")
# Words after which "to" is a preposition, not the sign of an infinitive.
_TO_PREPOSITION = frozenset(["according", "due", "next", "close", "prior", "similar", "equal", "up", "down", "back",
                             "resorted", "turned", "returned", "moved", "went", "came", "switched", "compared",
                             "referred", "listened", "contributed", "spoke", "talked", "wrote", "sent", "sold",
                             "traveled", "travelled", "flew", "headed", "fell", "rose", "dropped", "climbed",
                             "jumped", "slipped", "shifted", "added", "belonged", "objected", "reacted",
                             "responded", "testified", "apologised", "apologized", "related", "linked"])
_BARE_MODALS = frozenset(["may", "might", "could", "should", "can", "must"])
_LIMITS = frozenset(["by", "until", "till", "through", "thru"])
# Participles that follow "than"/"as" in comparisons: "better than expected", "as planned".
_COMPARED = frozenset(["expected", "planned", "scheduled", "forecast", "projected", "predicted", "anticipated",
                       "proposed", "intended", "hoped", "feared", "thought", "estimated", "usual", "before"])
# Words of prediction before an infinitive: what they forecast lies ahead of the report, which
# in news is hours or days old ("the peak was likely to be Saturday", "were poised to vote Monday");
# a schedule ("was set to", "was expected to") may have run its course by then.
_PREDICTION = frozenset(["likely", "unlikely", "certain", "sure", "bound", "poised", "going", "about"])


def _predicts(tokens: list[str], i: int) -> bool:
    """Is the "to" at ``tokens[i]`` the infinitive of a prediction ("likely to", "poised to"), not a
    general tendency ("more likely to spread in winter")?"""
    return i > 0 and tokens[i - 1] in _PREDICTION and not (i > 1 and tokens[i - 2] in ("more", "less", "most", "least"))


# Past verbs before an infinitive that do not make a plan: "appeared to be easing on Saturday".
# Implicative verbs: "caused/forced/led the rig to explode" entails that it exploded, at that time.
_CAUSED = frozenset(["caused", "forced", "compelled", "led", "prompted", "helped", "drove", "got", "made"])
_PAST_TRY = frozenset(["reached", "appeared", "seemed", "tried", "attempted", "managed", "failed", "continued", "began",
                       "started", "refused", "declined", "did", "used", "wanted", "sought", "struggled", "rushed"])
_ABBREV_DOT = re.compile(r"\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Gen|Gov|Sen|Rep|Lt|Col|Sgt|Capt|Sgt|Jan|Feb|Mar|Apr|Aug|Sept|Sep|"
                         r"Oct|Nov|Dec|Inc|Corp|Co|Ltd|No|vs|[ap]\.m|"
                         # AP-style state abbreviations after a place: "in Mobile, Ala., on Tuesday"
                         r"Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|"
                         r"Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)\.(?!\s+[A-Z][a-z]+\s[a-z])")
_CLOCK_DOTS = re.compile(r"\b([ap])\.m\.(?=\s|$)")  # "9 a.m. and noon": same length, no period left


# Words ending in "-ly" that are not manner adverbs.
_NOT_ADVERBS = frozenset(["early", "july", "daily", "weekly", "monthly", "yearly", "hourly", "nightly", "quarterly",
                          "family", "supply", "apply", "reply", "rally", "ally", "italy", "holly", "only"])


def _verb_before(tokens: list[str], i: int) -> list[str]:
    """The (up to two) words before ``tokens[i]`` that tell its form, past adverbs in "-ly": "could be
    permanently sealed by Sunday" is "could be sealed", a passive ahead, not a past verb."""
    out: list[str] = []
    j = i - 1
    while j >= 0 and len(out) < 2 and i - j <= 4:
        w = tokens[j]
        if not (len(w) > 4 and w.endswith("ly") and w not in _NOT_ADVERBS and w.isalpha()) or out:
            out.insert(0, w)
        j -= 1
    return out


def _sentence_start(tokens: list[str]) -> int:
    """Index of the first token of the last sentence in ``tokens``."""
    for i in range(len(tokens) - 1, -1, -1):
        if tokens[i] in ".!?;\n":
            return i + 1
    return 0


def _unabbreviate(text: str) -> str:
    """Periods of abbreviations ("U.S.", "Mr.", "Sept.", "a.m.") are no sentence ends."""
    if "." not in text:
        return text
    return _ABBREV_DOT.sub(lambda m: m.group(0)[:-1] + " ", _CLOCK_DOTS.sub(r"\1m  ", text))


def _infinitive(word: str) -> bool:
    """Could ``word`` after "to" be a verb ("to resume"), rather than the object of the
    preposition ("to foreclosure", "to five", "to surface")?"""
    if not word.isalpha() or not word.islower() or word in _DETERMINERS or word in _NUMBER_WORDS:
        return False
    if word in _VERBS_LIKE_NOUNS:
        return True
    if word in _DESTINATIONS:
        return False  # "moved to safety", "taken to hospital": where to, not what to do
    if word in _ADJECTIVES or (len(word) > 5 and word.endswith(_ADJECTIVE_ENDINGS)) \
            or (len(word) > 6 and word.endswith("al") and not word.endswith("eal")):  # "coastal", not "reveal"
        return False  # "spread to vast areas Friday", "moved to nearby towns": a noun phrase
    if word.endswith(("ed", "ing")) or (word.endswith("s") and not word.endswith(("ss", "us"))):
        return False  # base forms do not end like past forms, gerunds or plurals
    return not word.endswith(_NOUN_ENDINGS)


_PERFECT_STATE = re.compile(r"(?<!\bto )\b(?:has|have) been\b")  # "has been shut", not "hoped to have"
_RIGHT_MODAL = re.compile(r"[^,;:.!?\n]{0,80}?\b(?:may|might|could|should|can|must|would)\b")
_WHEN_AFTER = re.compile(r",\s(?:when|as)\s")
_LIMIT_BEFORE = re.compile(r"(?i)\b(?:by|until|till|through|thru)\s(?:at least\s|first thing\s|as (?:late|early) as\s|mid-?|"
                           r"(?:early|late|the (?:end|middle|start|beginning) of)\s)?$")
_DEADLINE = frozenset(["to", "by", "through", "effective", "payable", "expire", "expires", "expiring", "record"])
_PAST_AUX = frozenset(["was", "were", "had", "been", "has", "have"])
_PAST_PLAN = frozenset(["was", "were", "had", "been", "wasn't", "weren't", "hadn't"])
# The word before "to" in a plan told in the past ("was asked to speak", "were due to vote"),
# not an obligation met or an attempt ("had to close", "were able to reopen").
_PLAN_BEFORE_TO = frozenset(["asked", "invited", "due", "expected", "scheduled", "set", "slated", "supposed", "planned",
                             "planning", "going", "meant", "ordered", "called", "summoned", "required", "told",
                             "hoping", "preparing", "poised", "about", "intended", "intending", "booked", "billed",
                             "tipped", "likely", "scheduling", "urged", "invited", "allowed", "cleared"])
_STRONG_PAST = frozenset(["was", "were", "had", "did", "said", "ago", "last", "since", "earlier"])
# Present-tense verbs of schedules: "the trial starts March 3" is ahead.
_SCHEDULE = frozenset(["lasts", "remains", "stays", "starts", "begins", "opens", "ends", "closes", "expires", "meets", "runs", "resumes", "arrives", "leaves", "returns", "launches", "airs", "kicks", "takes", "goes", "comes", "meet", "begin", "resume", "vote", "arrive", "go"])
# Timetable verbs that also begin an action: before "to" or a gerund ("begins to slide", "starts
# falling") they tell a story in the present, not a schedule.
_ASPECTUAL = frozenset(["begins", "starts", "continues", "resumes"])
# Fixtures in sports news ("the Chiefs play the Bills on Sunday"): verbs after a team's name or
# a pronoun; after other words mostly nouns ("foul play after an autopsy on Friday").
_FIXTURE = frozenset(["play", "plays", "host", "hosts", "face", "faces", "visit", "visits"])
_MODALS = frozenset(["will", "would", "to", "shall", "'ll", "could", "may", "might", "must", "should", "can"])
_PRESENT = frozenset(["is", "are", "am", "be", "being"])


def _un_adjective(word: str) -> bool:
    """Is an "un...ed" word an adjective ("unabated", "unopposed"), not a past verb?"""
    return word.startswith("un") and not word.startswith(("under", "unit")) and word not in _UN_VERBS


def _classify(word: str, before: list[str]) -> str | None:
    """Tense signalled by one word, given the (up to two) words before it."""
    if word in _PLAN_NOUNS and before and (before[-1] in _DETERMINERS or before[-1].endswith(("'s", "’s"))
                                           or before[-1] in _PLAN_ADJECTIVES):
        return None  # a noun: "the company's best hopes", "its plans", "new forecasts"
    if word in FUTURE or word.endswith("'ll"):
        # "was expected to", "had been due": a past plan
        return "past" if any(b in _PAST_PLAN for b in before) else "future"
    if word in PAST:
        if before and before[-1] in _DETERMINERS:
            return None  # an adjective or noun: "a lost tune", "the broken pipe", "the last time"
        if before and before[-1] in ("will", "'ll", "shall", "to", "would"):
            return "future"  # a base form that looks past: "will last", "to set", "will hit"
        if before and before[-1] in _MODALS:
            return None  # "could hit", "may cut": no tense of its own
        if len(before) == 2 and before[-1] == "be" and before[0] in _MODALS and word not in _STRONG_PAST:
            return "future"  # "will be paid Dec. 14"
        if before and before[-1] in _PRESENT and word not in _STRONG_PAST:
            return "present"  # a participle: "will be paid", "is held"
        return "past"
    if len(word) > 4 and word.endswith("ed") and word not in _NOT_PAST_ED and not _un_adjective(word):
        if before and before[-1] in _DETERMINERS:
            return None  # an adjective: "the mutated form", "its revised plan"
        if len(before) == 2 and before[-1] == "be" and before[0] in _MODALS:
            return "future"  # "will be named", "to be held"
        if before and before[-1] == "being":
            return None  # "after being lowered late Tuesday": the clause's other verbs decide
        if before and (before[-1] in _PRESENT or before[-1] == "will"):
            return "present"  # passive present: "is expected"
        return "weak-past"
    if word in _SCHEDULE:
        if before and (before[-1] in _MODALS or before[-1] in ("did", "not", "didn't")):
            return None  # "to meet demand", "did not meet": the verb's tense is elsewhere
        if before and (before[-1] in _DETERMINERS or before[-1][0].isdigit()):
            return None  # a noun: "in a 51-49 vote", "the opens", "its returns"
        return "future"  # a timetable in the present tense: "the law takes effect in January"
    if word in _PRESENT:
        if word == "being":
            return None  # "after being lowered", "is being built": the finite verb decides
        if word == "am" and before and before[-1][:1].isdigit():
            return None  # "12:00 AM": the clock, not the verb
        if word == "be" and before and before[-1] == "to":
            return None  # "appeared to be easing": the verb before "to" decides
        if word == "be" and before and (before[-1] in ("will", "shall") or before[-1].endswith("'ll")):
            return "future"  # "I'll be turning you on, Friday night"
        if word == "be" and before and before[-1] in _MODALS:
            return None  # "could be", "would be": no tense of its own
        return "present"
    if word in ("has", "have"):
        if word == "have" and before and before[-1] in _MODALS:
            return None  # "planning to have a supper in October", "will have": no perfect
        return "past"  # present perfect: the event lies before the reference time
    if word in _SAYS and not (before and before[-1] in _DETERMINERS):
        # the narrative present of reporting ("Obama says Monday he will act"): what was said
        # is told as done, however the reported clause points ahead
        return "past"
    return None
