"""Tense around a date, read from the words of its own clause.

Tense is read from the words of the same sentence nearest the expression, which
beats a global past/future preference (dateparser's) because one article mixes
"signed ... in July" with "will vote in July". :class:`ClauseTense` is the part of
the resolver's :class:`~timeline.tagger.context.Context` that reads it; the word
classes it reads with live in :mod:`timeline.tagger.tense_words`.
"""

from __future__ import annotations

import re

from timeline.english_verbs import s_ending
from timeline.tagger.asides import closed_aside_start
from timeline.tagger.lexicon import CONTRACTED, FUTURE, HAVE_OBJECTS, NOT_FINITE
from timeline.tagger.tense_words import (
    ASPECTUAL,
    AUXILIARIES,
    BARE_MODALS,
    CAUSED,
    CLAUSE_OPENERS,
    COMPARED,
    DASH_ASIDE,
    DAY_PARTS,
    DEADLINE,
    DETERMINERS,
    ENTRY_AFTER,
    ENTRY_BEFORE,
    FIXTURE,
    LIMIT_BEFORE,
    LIMITS,
    NEGATED_MODALS,
    NOT_A_HEAD,
    NOT_BEFORE_RELATIVE,
    OBJECT_DETERMINERS,
    OPENING_ADVERBS,
    PAST_PLAN,
    PAST_TRY,
    PERFECT_STATE,
    PLAN_ADJECTIVES,
    PLAN_BEFORE_TO,
    PLAN_NOUNS,
    PLANNED,
    PREDICTION,
    PRESENT,
    RANKS,
    RELATIVES,
    REPORTED,
    RIGHT_MODAL,
    RUN_ON_OPENERS,
    SAYS,
    SCHEDULE,
    SET_AS,
    SETTING,
    TO_PREPOSITION,
    WHEN_AFTER,
    WORD_RE,
    amount_after_to,
    classify,
    copula_plan,
    infinitive,
    modal_group,
    modal_possibility,
    perceives,
    prediction_around,
    predicts,
    sentence_start,
    set_limit_in,
    trailing_attribution,
    unabbreviate,
    verb_after_that,
    verb_before,
)

# The finite forms that put a clause in the past, and the words after a date that put it ahead
# ("said the summit scheduled for June will go ahead")
PAST_FINITE = frozenset(["was", "were", "had", "did", "wasn't", "weren't", "hadn't", "didn't", "said", "told"])
_CHANGE_FROM_TO = re.compile(r"(?i)\bfrom\s(?:about\s|around\s|some\s)?[$£€]?\d[^.!?;]{0,60}\sto\s(?:about\s|around\s)?[$£€]?\d[\d,.]*"
                             r"(?:\s?(?:%|percent|[a-z]+))?\s(?:by|until|through)\s(?:the (?:end|middle|start) of\s|early\s|late\s|mid-?)?$")
_NOT_PLURALS = frozenset(["always", "sometimes", "thus", "perhaps", "nevertheless", "less", "was", "has", "is", "its", "his", "this", "us"])


def _plural_object(word: str) -> bool:
    """Is ``word`` after "has"/"have" a plural noun ("has contracts"), no participle?"""
    return len(word) > 3 and word.isalpha() and s_ending(word) and word not in _NOT_PLURALS


# Words between a limit and its date ("until late July", "by the end of May", "until at least Friday")
_LIMIT_MODIFIERS = frozenset(["at", "least", "first", "thing", "as", "late", "early", "mid", "mid-", "the", "end",
                              "middle", "start", "beginning", "of"])
_RELATIVE_ASIDE = re.compile(r",\s(?:who|which)\s[^,.;:!?\n]{1,100},")
# A subject relative clause with no comma right after a date ("the crash in December that killed 40"):
# its verb comes first, so "that" is no complementizer ("will announce on Monday that it has sold")
_SUBJECT_RELATIVE_AFTER = re.compile(r"\s(?:that|which|who)\s(?P<verb>[a-z]+)\b")
# ... or after the noun a date premodifies ("the December meeting that ended without a deal", "the
# December 12 vote, which passed"): the clause tells of the noun the date dates just the same
_PREMODIFIER_BEFORE = re.compile(r"(?i)\b(?:the|a|an|its|their|his|her|our|[A-Z][\w.-]*['’]s)\s$")
# ("its March meeting that was planned last year": a plan told in the past, its date still ahead)
_NOUN_RELATIVE_AFTER = re.compile(r"(?:\s[a-z][a-z-]+){1,2}(?:,\s(?:which|who)|\s(?:that|which|who))\s(?P<verb>[a-z]+)\b"
                                  r"(?!\s(?:planned|scheduled|set|due|expected|slated|supposed|meant|called|to)\b)")
_FUTURE_RIGHT = re.compile(r"\b(?:will|would|shall|['’]ll|is to|are to|going to)\b")



def _noun_head(before: list[str], after: list[str]) -> bool:
    """Is the word before a planning participle the noun it modifies? Also across the comma of an
    appositive with "for" ("the hearing, set for Thursday, was delayed"): a plan either way, ahead
    of the main clause's time, never a past verb ("the attack, planned in Pakistan" may be past)."""
    if before and before[-1] == "," and after == ["for"]:
        before = before[:-1]
    return bool(before) and before[-1].isalpha() and before[-1] not in NOT_A_HEAD

_DASHED_ASIDE = re.compile(r"\s(?:--|—|–)\s[^-—–.;!?\n]{1,60}?\s(?:--|—|–)(?=\s(?i:by|on|in|until|till|before|after|from|at|through)\s$)")

class ClauseTense:
    """Reads the tense of a date's clause in ``text``, and leaves what it saw on the way
    in ``relative_past``, ``possible`` and ``past_plan`` (fields of the context)."""

    text: str
    relative_past: bool
    possible: bool
    past_plan: bool

    def toward(self, start: int, end: int, reach: int = 14) -> str | None:
        """Tense for a date after "by"/"until"/"through": such a limit lies ahead
        ("snow by Tuesday", "good through Dec. 31") unless its clause is past
        ("had until Friday"); other dates get :meth:`tense`."""
        if LIMIT_BEFORE.search(self.text, max(0, start - 27), start):
            # the clause before the limit decides ("had until Friday"); a reporting verb after
            # it does not ("could gush until August, officials warned"); a limit opening its
            # sentence takes the verb that follows ("Until Thursday, they had not spoken")
            before = re.split(r"[.!?;\n]", unabbreviate(self.text[max(0, start - 120):start]))[-1]
            opening = not re.search(r"[^\W\d_]", OPENING_ADVERBS.sub("", LIMIT_BEFORE.sub("", before)))
            verdict = self.tense(start, end, deadline=False, right=opening, reach=reach)
            if verdict is None and reach < 30 and not self.possible and _CHANGE_FROM_TO.search(before):
                # "raised their estimates of the flow rate from 1,000 barrels a day to 19,000 by late
                # May": a change from one amount to another pushes its verb far from the limit,
                # which is when the change was reached; the verb still decides
                verdict = self.tense(start, end, deadline=False, right=opening, reach=30)
            if verdict != "past" and not (
                    (when := WHEN_AFTER.match(self.text, end)) and self._right_tense(when.end(), clause_only=True) == "past"):
                # ("spewed for 87 days until July 15, when engineers sealed it": the clause on the date is past)
                return "future"
            clause = re.split(r"[.!?;\n]|,\s(?:and|but)\s", unabbreviate(self.text[max(0, start - 120):start]))[-1].lower().split()
            while len(clause) > 1 and clause[-1] in _LIMIT_MODIFIERS and clause[-2] not in (".", ","):
                clause.pop()  # "has until late July": the words before the limit decide, not "late"
            if (len(clause) > 1 and clause[-2] in ("has", "have")) or (len(clause) > 2 and clause[-3] in ("has", "have")
                                                                      and (clause[-2].endswith("ly") or clause[-2] in ("only", "just", "about"))):
                return "future"  # "has until Friday to respond": time left, ahead
            if len(clause) > 2 and clause[-2] == "got" and (clause[-3] in ("has", "have") or clause[-3].endswith(("'s", "'ve"))):
                return "future"  # "he's got until late July": "has got" is "has", time left
            if not clause:  # "Until Thursday, they had not spoken": the clause follows
                clause = re.split(r"[.!?;\n]", self.text[end:end + 120])[0].lower().split()
            words = set(clause)
            if not {"was", "were", "had", "did", "didn't", "wasn't", "weren't", "hadn't"} & words and (
                    set_limit_in(clause) or PERFECT_STATE.search(" ".join(clause))):
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
        if ENTRY_AFTER.match(self.text, end) and ENTRY_BEFORE.search(self.text, max(0, start - 40), start):
            # a chronology entry or dateline ("* May 1 - The Coast Guard says ...", "HOUSTON,
            # April 29 (Reuters) -"): what happened up to the report, whatever its verbs say
            return "past"
        if ((rel := _SUBJECT_RELATIVE_AFTER.match(self.text, end)) or (
                _PREMODIFIER_BEFORE.search(self.text, max(0, start - 16), start)
                and (rel := _NOUN_RELATIVE_AFTER.match(self.text, end)))) \
                and classify(rel["verb"].lower(), ["who"]) in ("past", "weak-past"):
            # "will examine the crash in December that killed 40": a relative clause right after the
            # date tells of the noun the date dates, as done, whatever the main verb says
            self.relative_past = True
            return "past"
        # an aside set off by dashes just before the date is not its clause ("could be contained --
        # but not plugged -- by Sunday"): the words around the aside decide
        left = _DASHED_ASIDE.sub("", unabbreviate(self.text[max(0, start - 12 * reach):start]))
        raw = WORD_RE.findall(left)[-reach:]
        tokens = [t.lower() for t in raw]
        if deadline and tokens and tokens[-1] in DEADLINE:
            # "extended to Nov. 20", "payable Jan. 2": a deadline, take the nearest date; but the
            # run-up to a date in a past clause is past ("were violated in the period up to April 20")
            if tokens[-2:-1] in (["up"], ["prior"]) and {"was", "were", "had"} & set(tokens[sentence_start(tokens):]):
                return "past"
            return None
        if not deadline and tokens and tokens[-1] in LIMITS:
            raw, tokens = raw[:-1], tokens[:-1]  # "until Friday": the limit word is no tense of its own
        if prediction_around(tokens, self.text, end):
            return "future"  # "was likely on Monday to regain storm status": the date is inside the prediction
        weak: tuple[int, str] | None = None  # an -ed word may be an adjective ("preferred shares")
        n = len(tokens)
        own_clause_read = coordinated = False
        plan = False  # an infinitive between the date and a past verb: "was called to testify on June 17"
        aside_from = n  # tokens of an aside closed before the expression, which are not its clause
        for i in range(n - 1, -1, -1):
            t = tokens[i]
            if i > aside_from:
                continue
            if t in ".!?;\n:":
                break  # (a colon before a space ends a label or opens a quotation: "said: ...")
            if t.endswith(",") and (k := closed_aside_start(tokens, i)) is not None:  # ("20,": a number takes its comma)
                aside_from = k  # "will testify about the leak, which began on April 20, at a hearing on Thursday"
                continue
            if i + 1 < n and raw[i + 1] in RUN_ON_OPENERS and raw[i][0].islower():
                break
            if t == "," or (t in ("earlier", "later", "sooner") and i + 1 < n and (tokens[i + 1] == "than" or (
                    tokens[i + 1] in ("and", "or") and i + 3 < n and tokens[i + 3] == "than"))):
                continue  # "no earlier than March 15", "earlier or later than August": a bound, not a tense
            if t == "earlier" and i > 0 and (tokens[i - 1] in SCHEDULE or tokens[i - 1] in ("is", "are", "be")):
                continue  # "if it returns earlier in the year", "is earlier this year": a comparison, no past
            if i > 0 and tokens[i - 1] in ("than", "as") and t in COMPARED:
                continue  # "better than expected", "as planned": a comparison, not a plan
            if (t in CLAUSE_OPENERS or (t == "and" and i > 0 and tokens[i - 1] == ",")) \
                    and not own_clause_read and i < n - 1 \
                    and not (t == "that" and (i == 0 or tokens[i - 1] in NOT_BEFORE_RELATIVE)):
                # ("sank after March 6": a preposition; "then that puts you into August": a pronoun)
                # (", and on Wednesday, the White House called ...": a clause of its own)
                # the expression sits in a clause that starts here: its own verb, if any,
                # is to the right ("where the May 3 floods killed 40")
                own_clause_read = True
                coordinated = t == "and"
                if weak:
                    return weak[1]
                verdict = self._right_tense(end, clause_only=True, noun_head=tokens[-1] in DETERMINERS, present=True)
                if verdict:
                    self.relative_past = verdict == "past" and t in RELATIVES
                    return verdict
                if RIGHT_MODAL.match(unabbreviate(self.text[end:end + 120])):
                    return None  # "and that a second wave in the autumn could be worse": its own modal, no tense
                continue
            if t == "to" and amount_after_to(tokens, i):
                continue  # "had grown to around 3,850 square miles by Friday": a preposition, no plan
            if t == "to" and any(b in RANKS for b in tokens[max(0, i - 4):i]) and i + 1 < n and infinitive(raw[i + 1]):
                continue  # "the first birds to be released in May were ...": the main verb decides
            if t == "to" and i > 0 and tokens[i - 1] in TO_PREPOSITION:
                continue  # "resorted to giant shears Thursday", "according to", "due to": a preposition
            if t == "to" and i + 1 < n and (i >= n - 3 or (i >= n - 5 and tokens[i + 1] == "be")
                                            or (i > 0 and tokens[i - 1] in ("is", "are"))) \
                    and infinitive(raw[i + 1]):
                # an infinitive right before the date: "set to resume Monday", unless a past plan
                # or a past verb of seeming or trying ("appeared to be easing on Saturday")
                if predicts(tokens, i):
                    return "future"  # a prediction, even reported in the past: "was likely to be Saturday"
                past = any(b in PAST_PLAN for b in tokens[max(0, i - 3):i]) or (i > 0 and tokens[i - 1] in PAST_TRY) \
                    or bool(CAUSED & set(tokens[max(0, i - 5):i]))
                self.past_plan = past and i > 0 and tokens[i - 1] in PLAN_BEFORE_TO \
                    and not CAUSED & set(tokens[max(0, i - 5):i])
                return "past" if past else "future"
            if t == "to" and n - 7 < i < n - 1 and infinitive(raw[i + 1]) and predicts(tokens, i) \
                    and "," not in tokens[i:]:
                return "future"  # "were poised to sign the accord Friday"
            if t == "to" and i + 1 < n and infinitive(raw[i + 1]) and not (i > 0 and tokens[i - 1] in PAST_TRY) \
                    and not CAUSED & set(tokens[max(0, i - 5):i]):
                # ("caused the rig to explode April 20": what a past verb made happen happened then)
                plan = True  # the date belongs to the infinitive: after the past verb, maybe after the DCT
                continue
            at = i if t in BARE_MODALS or (t == "would" and tokens[i + 1:i + 2] == ["have"]) else -1
            if at < 0 and t.isalpha() and (modal := modal_group(tokens, i)) >= 0 and not modal_possibility(tokens, modal) \
                    and classify(t, verb_before(tokens, i)) in ("future", "present"):
                at = modal  # "could not be reached Thursday": the negated modal, not "be", rules the group
            if at >= 0 and perceives(tokens, at):
                # "could be seen on Monday as smoke rose": what was perceptible in a past scene; with
                # no past around it ("could be seen again at Christmas") the verb's own form decides
                if self._right_tense(end) == "past":
                    return "past"
                at = -1 if at != i else at
            if t in NEGATED_MODALS:
                return None  # "why couldn't you do this before Saturday": a negated modal rules the clause
            if at >= 0:
                # "could reach Florida by Friday", "could not be reached Thursday": a modal clause has no
                # tense of its own, nor a counterfactual ("would have damaged"); what it says is possible
                # lies ahead
                # (not across a coordination: "the test was delayed, once while it could make the leak
                # worse, and on Wednesday by a leak")
                self.possible = tokens[at] in BARE_MODALS and modal_possibility(tokens, at) and not coordinated
                return None
            if (t in SCHEDULE or t == "schedule") and raw[i][:1].isupper() and i > 0 and tokens[i - 1] not in ".!?;\n":
                continue  # a capitalized word mid-sentence is a name: "Meet The Press", "Schedule change"
            if t in FIXTURE:
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
            if t in ASPECTUAL and i + 1 < n and (tokens[i + 1] == "to" or tokens[i + 1].endswith("ing")):
                continue  # "on Tuesday the water starts to rise": the narrative present, not a timetable
            before = verb_before(tokens, i)
            if "to" in before and any(b in RANKS for b in tokens[max(0, i - 7):i]):
                before = before[before.index("to") + 1:]  # "the first birds to be released": no plan
            if t in PLANNED and _noun_head(before, tokens[i + 1:i + 2]) \
                    and (i == n - 1 or tokens[i + 1] in PLANNED[t]):
                # a reduced relative: "a summit scheduled for Vienna in June", "talks planned in
                # Oslo": what is planned lies ahead of the main clause's time; told in the past
                # ("was hired for concerts scheduled for July"), that plan was made then and its
                # date lies either side of the DCT, as "the vote that was planned for June"
                return None if self._plan_told_in_past(t, start, end) else "future"
            if t in PLANNED and i + 1 < n and tokens[i + 1] == "for" and before and before[-1] in ("was", "were", "been"):
                return None  # "the vote that was planned for June": a past plan, its date either side of the DCT
            if i == n - 1 and t in SETTING and not (before and before[-1] in PAST_PLAN | PRESENT) \
                    and SET_AS.match(self.text, end):
                return None  # "has set Nov. 10 as the deadline": a date chosen, not a date past
            if before and before[-1] == "that" and verb_after_that(tokens, i):
                # "the inquiry that opened on March 6": "that" is a relative pronoun, not a determiner
                before = [*before[:-1], "who"]
            if t in PLAN_NOUNS and before and (before[-1] in DETERMINERS or before[-1].endswith(("'s", "’s"))
                                                or before[-1] in PLAN_ADJECTIVES):
                return None  # the date of a plan ("ahead of the original schedule of completion in August")
            if t in ("has", "have") and tokens[i + 1:i + 2] and (tokens[i + 1] in HAVE_OBJECTS or _plural_object(tokens[i + 1])) \
                    and not NOT_FINITE & set(tokens[i - 1:i]):
                # ("has contracts in place for 900 homes by December": a perfect needs a participle;
                # a plural noun after "has" is what it has)
                return None if i < n - 5 else "present"  # "who have it going into autumn": no perfect, a possession
            if t == "going" and tokens[i + 1:i + 2] != ["to"]:
                continue  # "going yachting at the weekend": a gerund, not "going to"
            if t == "since" and tokens[i + 1:i + 2] == ["then"]:
                continue  # "will stay for the first time since then and return on Tuesday": a closed phrase, no past
            if (t == "schedule" and i > 0 and tokens[i - 1] in ("on", "behind")) \
                    or (t == "next" and i > 0 and tokens[i - 1] == "the" and tokens[i + 1:i + 2] and tokens[i + 1] in DAY_PARTS):
                continue  # "opened on schedule", "learned the next afternoon": no plan
            if not deadline and t in ("until", "till"):
                continue  # "continued until first thing Tuesday": the limit's own clause decides
            if t == "proposed" and tokens[i + 1:i + 2] and tokens[i + 1] in OBJECT_DETERMINERS and before \
                    and before[-1] not in AUXILIARIES and before[-1] not in DETERMINERS:
                # "the proposed closures in June" looks ahead; "the district proposed the closures in October" is the
                # act of proposing, a finite verb with its object, dated as any past verb is
                return None if plan else "past"
            verdict = classify(CONTRACTED.get(t, t) if raw[i][1:].islower() else t, before)  # ("It's": "is"; "WHO's": a name)
            if verdict is None and i > 1 and tokens[i - 2] == "," and tokens[i - 1] in ("who", "which") \
                    and "," not in tokens[i:] and classify(t, ["he"]) == "present":
                # "Smith, who testifies on Tuesday, said ...": an aside's own present with a date is a
                # timetable, whatever the main verb; ("Smith, who leads the party, on Tuesday said": the
                # aside closed before the date, the main verb decides)
                return "present"
            if verdict == "weak-past":
                if i >= n - 2:
                    return "past"
                if i > 0 and tokens[i + 1] in OBJECT_DETERMINERS and before[-1] not in AUXILIARIES:
                    # ("suffered a surprise defeat in the Commons on Wednesday": an -ed word with an
                    # object is a finite verb, not an adjective, and the nearest verb decides)
                    return None if plan else "past"
                weak = weak or (i, "past")
                continue
            if verdict == "future" and tokens[i - 2:i] == ["to", "be"] and CAUSED & set(tokens[max(0, i - 6):i - 2]):
                return "past"  # "caused flights to be suspended over the weekend": made to happen then
            if verdict == "future" and any(b in PAST_PLAN for b in tokens[max(0, i - 4):i - 2]) \
                    and not any(b in PREDICTION for b in tokens[max(0, i - 4):i - 2]):
                self.past_plan = bool(PLAN_BEFORE_TO & set(tokens[max(0, i - 4):i])) \
                    and not {"had", "hadn't"} & set(tokens[max(0, i - 4):i])
                return "past"  # "had to be moved on Saturday", "was expected to be named Monday"
            if verdict == "present" and (i < n - 5 or self.text[end:end + 2] in ("'s", "’s")):
                # ... or a possessive date ("residual oil from Tuesday night's explosion"): the
                # copula is about something else than the dated event
                # a copula far to the left ("... is either gone -- with one group Thursday
                # announcing"): another clause's; say nothing rather than point ahead
                return None
            if verdict == "past" and t in FUTURE and t in PLAN_BEFORE_TO and not {"had", "hadn't"} & set(before):
                self.past_plan = True  # "was due to appear in court on Sept. 4": a plan told in the past
            if verdict:
                return None if plan and verdict == "past" else verdict
        if weak:
            return None if plan else weak[1]
        if self.text[end:end + 2] == "'s" or not right:
            return None  # "Friday's session": a noun modifier, say nothing
        verdict = self._right_tense(end, noun_head=bool(tokens) and tokens[-1] in DETERMINERS)
        return None if plan and verdict == "past" else verdict

    def _plan_told_in_past(self, participle: str, start: int, end: int) -> bool:
        """Is the clause that holds the reduced relative ("concerts scheduled for July") past,
        with no future on either side of the date?"""
        left = re.split(r"[.!?;\n]\s", unabbreviate(self.text[max(0, start - 300):start]))[-1].lower()
        words = WORD_RE.findall(left)
        if participle not in words:
            return False
        words = words[:len(words) - 1 - words[::-1].index(participle)]
        right = re.split(r"[.!?;\n]\s", self.text[end:end + 200])[0].lower()
        return any(w in PAST_FINITE for w in words) and not any(w in FUTURE or w in BARE_MODALS for w in words) \
            and not _FUTURE_RIGHT.search(right)

    def reported_future(self, start: int) -> bool:
        """Is the expression in a future seen from a past report ("said in July that he would
        take over on October 1")? Such a date lies after the report, not after the DCT."""
        before = re.split(r"[.!?;\n]", unabbreviate(self.text[max(0, start - 200):start]))[-1].lower()
        tokens = WORD_RE.findall(before)
        if "would" not in tokens:
            return False
        return any(t in REPORTED for t in tokens[:len(tokens) - tokens[::-1].index("would") - 1])

    def _right_tense(self, end: int, clause_only: bool = False, noun_head: bool = False,
                     present: bool = False) -> str | None:
        """Tense from the words after the expression, up to the end of the sentence
        (``clause_only``: up to the end of its clause). ``noun_head``: a determiner stands
        before the expression, so the word after it is the noun it modifies ("the June 3
        vote", "the May 1 meeting"), not a verb."""
        # an aside between dashes is another clause: "On a stormy Sunday, the one good news -- the
        # slick remains offshore -- was framed by ..." takes "was framed", not "remains"
        # and so is a relative clause between commas ("On Tuesday his brothers, who will perform at
        # the concert, visited the grave" takes "visited")
        right = _RELATIVE_ASIDE.sub(" ", DASH_ASIDE.sub(" ", unabbreviate(self.text[end:end + 240])))[:160]
        raw = WORD_RE.findall(right)[:20]
        tokens = [t.lower() for t in raw]
        for i, t in enumerate(tokens):
            if t in ".!?;\n":
                break
            if i == 0 and noun_head and t.isalpha():
                continue
            if (t in SCHEDULE or t == "schedule") and raw[i][:1].isupper() and i > 0 and tokens[i - 1] not in ".!?;\n":
                continue
            if clause_only and i > 0 and (t == "," or t in CLAUSE_OPENERS or t in ("and", "but")):
                break
            if t == "earlier" and i > 0 and (tokens[i - 1] in SCHEDULE or tokens[i - 1] in ("is", "are", "be")):
                continue  # "if it returns earlier in the year", "is earlier this year": a comparison, no past
            if i > 0 and tokens[i - 1] in ("than", "as") and t in COMPARED:
                continue
            if t in BARE_MODALS or (t == "would" and tokens[i + 1:i + 2] == ["have"]):
                return None  # "the strain could spread north, he told reporters": not the report's tense
            if (t in SAYS or t == "said") and i + 1 < len(tokens) and tokens[i + 1] == "," and i > 0 \
                    and tokens[i - 1] not in ".!?;\n,":
                continue  # "In October, the agency says, the leak will be capped": a parenthesis
            if not clause_only and t in REPORTED and trailing_attribution(tokens, i):
                # "... to have a vaccine ready for the northern hemisphere autumn, officials said on Wednesday": the
                # report's past closing the sentence is when it was said, not a tense of what it reports
                return None
            if t in ASPECTUAL and i + 1 < len(tokens) and (tokens[i + 1] == "to" or tokens[i + 1].endswith("ing")):
                continue  # "the mud begins to slide": the narrative present, not a timetable
            if t == "going" and tokens[i + 1:i + 2] != ["to"]:
                continue
            verdict = classify(t, verb_before(tokens, i))
            if verdict == "present" and not noun_head and copula_plan(tokens, i):
                # "On Wednesday, he is due to meet ...": the plan is the date's own verb; a date that
                # names a noun ("its April report is expected to show") may be the period it covers
                return "future"
            if verdict:
                if verdict == "present":
                    return "present" if present else None
                return verdict.removeprefix("weak-")
        return None
