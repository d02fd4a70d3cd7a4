"""Titles from relative clauses: a noun phrase whose relative pronoun is its clause's subject ("the rig that
exploded April 20") told as that clause ("The rig explodes"), up to the main clause's verb after it."""

from __future__ import annotations

import re

from timeline.calendar_words import MONTH_NAME_PATTERN, WEEKDAY_NAME_PATTERN
from timeline.english_auxiliaries import BE_FINITE, DO_FORMS, HAVE_FORMS, MODAL_VERBS, auxiliaries
from timeline.extract.title_open import CLAUSE_NOUNS
from timeline.extract.title_verbs import IRREGULAR_PAST_FORMS
from timeline.extract.title_words import AUX, SPEECH_VERBS, verbish

#: "the rig that exploded", "the tests which began": a noun phrase whose relative pronoun is its clause's subject
#: (a past verb follows it at once) says a whole clause, the noun's; "the estimate that BP made" names its own subject.
_SUBJECT_RELATIVE = re.compile(r"^((?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w'’-]+\s+){0,4}?[a-z][\w'’-]*)"
                               r"\s+(?:that|which|who)\s+(?=(?:[a-z]{3,}ed|" + "|".join(sorted(IRREGULAR_PAST_FORMS)) +
                               r"|was|were|had)\b)")


# "the drought which began in 2004 | now appears to be over": a finite verb after the relative clause is the main
# clause's, whose subject the noun phrase was; the dated event is the relative clause's (a verb after "and" is the
# relative clause's own, one after a pronoun that of a clause inside it: "that said it would pay").
_MAIN_VERB_AFTER_RELATIVE = re.compile(
    r"(?<!\band)(?<!\bor)(?<!\bbut)(?<!\bit)(?<!\bhe)(?<!\bshe)(?<!\bthey)(?<!\bwe)(?<!\bthat)(?<!\bwhich)"
    r"(?<!\bwho)(?<!\bI)(?<!\bto)(?<!\bnot)(?<!\bnever)(?<!,)\s+(?:(?:now|still|also|already|no\s+longer)\s+)?"
    r"(?:" + auxiliaries(BE_FINITE, HAVE_FORMS, MODAL_VERBS, without={"shall"}) + r"|seems|appears|remains|continues)\b")


def relative_only(clause: str) -> str:
    """A subject relative clause ("began in 2004 now appears to be over") up to the main clause's verb after it."""
    first = clause.split(" ", 1)[0].lower()
    if first in SPEECH_VERBS or first in {"was", "were", "had"}:
        return clause  # ("that said it would", "that was ... is"): the clause's own verbs may follow
    main = _MAIN_VERB_AFTER_RELATIVE.search(clause, len(first))
    before = [w.lower().strip(",“”\"") for w in clause[:main.start()].split()] if main else []
    if main is None or any(w in SPEECH_VERBS or w in _THINKING or w in _OPENS_CLAUSE for w in before) \
            or before[-1] in AUX or not any(w in AUX or verbish(w, "") for w in before):
        # ("which last year was calculated": the first finite verb is the relative clause's own)
        # ("that has told you BP is responsible", "which staged an event to announce that the well had stopped",
        # "who canceled what would have been"): a clause of its own inside the relative clause has that verb
        return clause
    return clause[:main.start()]


_OPENS_CLAUSE = {"that", "than", "what", "which", "who", "whom", "whose", "where", "when", "if", "whether", "because",
                 "as", "while", "since", "until", "after", "before", "once", "how", "why", "it", "he", "she", "they",
                 "we", "i", "you", "and", "or", "but", "there"}


_THINKING = {"think", "thinks", "thought", "believe", "believes", "believed", "know", "knows", "knew", "feel",
             "feels", "felt", "hope", "hoped", "hopes", "expect", "expected", "expects", "fear", "feared", "fears"}


def subject_relative_clause(text: str) -> str | None:
    """ "the rig that exploded April 20 off the coast" -> "the rig exploded April 20 off the coast": a noun phrase
    whose relative pronoun is its clause's subject, read as that clause; one whose relative pronoun is the clause's
    object ("the report, which the panel released Tuesday") as its clause with the noun put back as the object ("the
    panel released the report Tuesday"); None for any other text."""
    relative = _SUBJECT_RELATIVE.match(text)
    if relative:
        return f"{relative.group(1)} {relative_only(text[relative.end():])}"
    relative = _OBJECT_RELATIVE.match(text)
    if relative is None or (relative.group("pronoun") == "that" and relative.group("noun").split()[-1] in CLAUSE_NOUNS):
        return None  # ("the news that the pier sank": "that" opens the noun's content, a whole clause of its own)
    noun = relative.group("noun")
    noun = noun[0].lower() + noun[1:]
    rest = re.split(r",", text[relative.end():], maxsplit=1)[0]
    return f"{relative.group('subject')} {relative.group('verb')} {noun}{rest}"


#: "the report, which the panel released", "the plan that Obama will outline": the relative pronoun is the object
#: of the verb after the clause's own subject (a name, a pronoun or a noun with its determiner); read in clause order
#: the subject comes first, or the title inverts it ("Obama will the commission outline").
_OBJECT_RELATIVE = re.compile(
    r"^(?P<noun>(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\w'’-]+\s+){0,4}?[a-z][\w'’-]*),?\s+"
    r"(?P<pronoun>that|which|whom)\s+(?P<subject>(?:[A-Z][\w.&'’-]*\s+){0,3}[A-Z][\w.&'’-]*|(?:the|its|his|her|their)\s+"
    r"(?:[\w'’-]+\s+){0,3}?[a-z][\w'’-]*|he|she|they|it|we)\s+(?P<verb>(?:(?:" + auxiliaries(HAVE_FORMS, DO_FORMS, MODAL_VERBS, without={"shall"})
    + r")\s+(?:(?:not|also|later|then|just|first|[a-z]+ly)\s+)?[a-z]{2,}|(?:(?:also|"
    r"later|then|just|first|[a-z]+ly)\s+)?(?:[a-z]{3,}ed|" + "|".join(sorted(IRREGULAR_PAST_FORMS)) + r")))\b"
    # The verb has no object of its own, or "that" opens a noun's content ("the fear that the oil reached the coast").
    r"(?=\s*$|\s*[,.;:]|\s+(?:in|on|at|during|for|from|to|with|by|after|before|last|this|next|yesterday|today|"
    r"tomorrow|earlier|later|over|under|into|up|out|off|down|back|[a-z]+ly|" + WEEKDAY_NAME_PATTERN + "|"
    + MONTH_NAME_PATTERN + r")\b)")

