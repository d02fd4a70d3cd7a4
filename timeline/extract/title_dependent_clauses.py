"""Dependent clauses in titles: whole, or not at all.

A headline may carry a clause of time or reason after its main clause ("Shares rise after the firm agrees to sell
its stake"), but a cut inside that clause leaves it saying less than nothing: "80m gallons leak into the bay after a
tanker collides" (with what?), "Canada asks China for an explanation after it quarantined a group of at least" (at
least what?). An editor short of room drops the whole dependent clause and keeps the main one whole, as long as
the main clause still tells something past its verb; a condition ("if", "unless") or a limit ("until") stays,
for without it the main clause claims something else.

A reported clause that opens with a phrase of its own ("Mayor Dunne said that until the audit is finished, the
council should freeze all spending") is cut by the main-clause rule at that phrase's comma, leaving "Mayor Dunne
says until the audit is finished". The headline reports what was said: the fronted phrase goes ("Mayor Dunne says
the council should freeze all spending"); a condition goes after the clause it limits when both fit the title, and
otherwise stays where it was.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline.english_auxiliaries import BE_FINITE, BE_NONFINITE, auxiliaries
from timeline.extract.count_words import numbers_pattern
from timeline.extract.subordinators import BACKGROUND
from timeline.extract.title_complements import complement_missing
from timeline.extract.title_open import STRICT_FINITE
from timeline.extract.title_words import (
    BREAK_WORDS,
    DETERMINERS,
    MAX_CHARS,
    NEGATIONS,
    SPEECH_PRESENT,
    SPEECH_VERBS,
    WEAK_END,
    verbish,
)

__all__ = ["cut_dependent_gone", "fronted_report_phrase_gone"]

#: Conjunctions that open a clause of time, reason or concession, which a headline can do without.
_DROPPABLE = BACKGROUND
#: Main verbs whose news is the clause after them ("The move comes as ...", "It follows ..."): without that clause
#: the main one says nothing.
_EMPTY_MAIN = {"comes", "came", "come", "follows", "followed", "is", "are", "was", "were", "be", "been", "warn",
               "warns", "says", "say", "said"}
#: The fewest words the main clause keeps after its verb when the dependent clause goes.
_PAST_VERB = 2
#: Words that open an amount, and are nothing without its number: "at least | 20", "more than | half".
_BEFORE_AMOUNT = {"least", "most", "than", "about", "nearly", "almost", "around", "roughly", "some", "over", "under",
                  "up", "to", "just", "only", "of"}
#: Words of time before a conjunction that is bound to them ("two days | after", "soon | after").
_BOUND_BEFORE = {"even", "just", "only", "shortly", "soon", "long", "not", "right", "and", "or", "but"}
_TIME_UNITS = {"days", "hours", "weeks", "months", "years", "day", "week", "month", "year", "minutes", "moments"}
#: Prepositions that make a time unit a duration of its own ("over several months | after the collision").
_DURATION = {"over", "for", "within", "during", "in", "throughout"}
#: Words "as" completes as a comparison or a role, not as a conjunction: "as much as", "the same as", "starts as".
_AS_BOUND = {"much", "many", "well", "soon", "far", "long", "such", "same", "just", "early", "late", "high", "low",
             "little", "few", "big", "large", "good", "bad", "often", "quickly", "fast", "known", "seen", "regarded",
             "described", "start", "starts", "serve", "serves", "serving", "served", "replace", "replaces", "named",
             "appointed", "elected", "act", "acts", "work", "works", "remain", "remains", "return", "returns", "over",
             "down", "resigns", "quits", "hired", "chosen", "sworn", "confirmed", "installed", "listed", "classed",
             "treated", "used", "identified", "stays", "continue", "continues", "job", "role", "post", "him", "her",
             "them", "it", "itself", "himself", "herself", "themselves"}
#: Prepositions and particles that open what a verb needs: "collides | with a platform", "prepares | to sell".
_VERB_COMPLEMENT = {"with", "to", "into", "onto", "of", "about", "against", "that", "the", "a", "an", "its", "his", "her",
                    "their"}


def _clean(word: str) -> str:
    return word.lower().strip("“”\"‘’,;:()")


def _dependent_open(clause: list[str], rest: list[str]) -> bool:
    """Whether the dependent clause ``clause`` (the words after its conjunction) is cut short by a title ending
    before ``rest``: its subject has no verb yet, or its verb no complement, or an amount no number."""
    if not rest:
        return False
    if rest[0][:1] in ",;:.!?—–-" or clause[-1][-1:] in ",;:.!?":
        return False  # the clause ends where the title does
    last, nxt = _clean(clause[-1]), _clean(rest[0])
    if last in _BEFORE_AMOUNT and re.match(r"[$£€#]?\d|(?:" + numbers_pattern(1) + r"|a|an|half)\b",
                                           nxt):
        return True  # "quarantined a group of at least | 20 students": an amount without its number
    if last in WEAK_END:
        return True
    verbs = [i for i, w in enumerate(clause) if i and _clean(clause[i - 1]) not in DETERMINERS | BREAK_WORDS and (
        verbish(_clean(w), _clean(clause[i - 1])) or _present_after_subject(clause, i))]
    if not verbs:
        # "as executives | from BP ... appear": a subject whose verb is cut; "after reporting nausea", "as a
        # precaution | against ...": a participle's clause or a noun phrase, whole
        return not _clean(clause[0]).endswith("ing") and _verb_ahead(rest)
    if complement_missing(clause, rest[0], rest[1:6]):
        return True
    # "after a tanker collides | with a drilling platform", "as Repsol prepares | to drill": the clause's verb is
    # its last word and what it needs follows
    return verbs[-1] == len(clause) - 1 and nxt in _VERB_COMPLEMENT and last not in _VERB_COMPLEMENT


#: Where a clause's subject that waits for its verb ends at the latest: a conjunction or a word that opens a clause.
_SUBJECT_ENDS = {"and", "but", "or", "that", "which", "who", "when", "where", "to", "because", "while", "although",
                 "though", "as", "after", "before", "since", "until", "once", "unless", "if", "whether", "than"}


def _verb_ahead(rest: list[str]) -> bool:
    """Whether the words after a cut go on to a finite verb before the phrase ends: the words before the cut were a
    clause's subject ("as executives | from BP ... appear"); "and" goes on with the subject only before a noun
    ("as shrimpers | and fishermen ... flooded"), not before a verb or a new subject ("after a stopover | and was
    said", "after the spill | and confirmed")."""
    for k, word in enumerate(rest[:10]):
        clean = _clean(word)
        following = _clean(rest[k + 1]) if k + 1 < len(rest) else ""
        joins_nouns = clean in {"and", "or"} and following.isalpha() and following not in DETERMINERS | STRICT_FINITE \
            | {"it", "he", "she", "they", "we"} and not verbish(following, clean) and not following.endswith("ed")
        if (clean in _SUBJECT_ENDS and not joins_nouns) or word[:1] in "“\"(" or (k and rest[k - 1][-1:] in ",;:"):
            return False  # ("as a precaution | against flu, a step", "after a hurricane | and the company said")
        if clean in STRICT_FINITE or (re.fullmatch(r"[a-z]{3,}ed", clean) and k and _clean(rest[k - 1]) not in DETERMINERS):
            return True
    return False


def _present_after_subject(clause: list[str], i: int) -> bool:
    """ "after a tanker | collides", "as Repsol | prepares": a word in "-s" right after a clause's subject, a noun
    after its determiner or a name, is the clause's verb in the headline present ("two Senate | committees" is no
    subject and its verb)."""
    word, before = clause[i], clause[i - 1]
    subject = clause[:i]
    plain = (subject[0].lower() in DETERMINERS and len(subject) <= 2) or all(w[:1].isupper() for w in subject)
    return plain and re.fullmatch(r"[a-z]{3,}s", word) is not None and not word.endswith(("ss", "us", "is")) \
        and (before[:1].isupper() or (re.fullmatch(r"[a-z]{3,}", before) is not None and not before.endswith("s")))


def cut_dependent_gone(full: str, verb_at: int, cut: str) -> str:
    """``cut`` (``full`` cut to a title's length) without the dependent clause it ends inside, when the main clause
    before it tells something past its verb at ``verb_at``; else ``cut``."""
    if not verb_at or not full.startswith(cut.rstrip(" ,;:")) or len(cut) >= len(full.rstrip(" .")):
        return cut
    kept = cut.rstrip(" ,;:").split()
    rest = full[len(cut.rstrip(" ,;:")):].split()
    verb_word = len(full[:verb_at].split())
    at = next((i for i in range(len(kept) - 1, verb_word, -1) if _clean(kept[i]) in _DROPPABLE
               and kept[i - 1][-1:] not in "“\"" and not kept[i][:1].isupper()), None)
    if at is None or at >= len(kept) - 1:
        return cut
    if _clean(kept[at]) == "as" and (_clean(kept[at - 1]) in _AS_BOUND or "as" in (_clean(w) for w in kept[max(0, at - 6):at])):
        return cut  # ("as much | as $30 billion", "will start | as information commissioner": a comparison or a role)
    clause = kept[at + 1:]
    if _clean(kept[at]) == "as" and _clean(clause[0]) in _AS_BOUND:
        return cut  # ("raising as much | as $40 million": the first "as" of a comparison)
    if re.search(r"[“”\"]", " ".join(clause)) or not _dependent_open(clause, rest):
        return cut
    main = kept[:at]
    if main[-1][-1:] in ",;:" or _clean(main[-1]) in _DROPPABLE:
        return cut  # ("twice delayed before starting, once | while ...": a list of clauses)
    duration = len(main) > 2 and _clean(main[-1]) in _TIME_UNITS and (_clean(main[-2]) in _DURATION or _clean(
        main[-3]) in _DURATION)
    if _clean(main[-1]) in _BOUND_BEFORE or (_clean(main[-1]) in _TIME_UNITS and not duration):
        return cut  # ("two days | after", "even | as", "not long | before": the clause is bound to the words before it)
    if _clean(main[verb_word]) in _EMPTY_MAIN and len(main) - verb_word <= _PAST_VERB:
        return cut  # ("The new offer comes | as union leaders meet": the news is the clause)
    if len(main) - verb_word < _PAST_VERB or any(_clean(w) in NEGATIONS or _clean(w).endswith("n't")
                                                 for w in main[verb_word:]):
        return cut  # ("will not be stopped | before August": the clause is what the negation limits)
    if _clean(main[-1]) in WEAK_END or re.fullmatch(r"[$£€#]?\d[\d.,]*", _clean(main[-1])):
        return cut  # ("... rose to 5 | as ...": the main clause must end whole on its own)
    return " ".join(main).rstrip(" ,;:")


#: Forms of reporting verbs that are as often nouns: "one of four coastal states | at risk", "reports | on".
_NOUN_FORMS = {"states", "reports", "report", "notes", "posted", "posts", "shows", "claims", "according", "replied"}
#: Verbs that report a clause: "said that", "told reporters", "warned".
_REPORTING = "|".join(sorted((SPEECH_VERBS | SPEECH_PRESENT | {"say", "tell", "reported", "warn", "testify", "testifies"})
                             - _NOUN_FORMS, key=len, reverse=True))
#: A reported clause that opens with a phrase of its own, set off by a comma: "said [that] until the audit is
#: finished, the council should ...", "reported that on Elmers Island, La., “Hundreds of crabs ...”". The phrase is
#: a clause of time, a limit, a condition or a prepositional phrase; the reported clause after it starts with a
#: lowercase word, a name, or a quotation.
_FRONTED_IN_REPORT = re.compile(
    r"\b(?P<frame>(?:" + _REPORTING + r")(?:\s+(?:[A-Z][\w.’'-]*|the|a|an|reporters|investors|analysts|lawmakers|"
    r"officials)){0,4}?)\s+(?:that\s+)?(?P<mark>[“\"](?=[a-z]))?"
    r"(?P<fronted>(?P<opener>until|till|if|unless|with|on|in|at|during|within|despite|even\s+though|even\s+if|under|"
    r"to\s+date|so\s+far|amid|while|although|though|whereas|"
    r"(?:about|some|nearly|almost|just)\s+\S+\s+(?:minutes|hours|days|weeks|months)\s+(?:after|before))\s+"
    r"(?:[^,;:“”\"]|“[^“”]{1,60}”|\"[^\"]{1,60}\"){3,120}?)(?:,\s+[A-Z][a-z]+\.?)?,\s+"
    r"(?P<clause>(?:[“\"](?!(?:I|We|You|My|Our|Your)\b)|(?:the|a|an|its|his|her|their|our|this|these|those|some|many|"
    r"most|all|no|every|each|several|both|about|more|nearly|almost|only|\d[\d,.]*)\s|[A-Z][\w’'.-]*\s+(?:[A-Z][\w’'.-]*\s+){0,3}(?:is|was|are|"
    r"were|has|had|have|will|would|could|can|may|might|must|should|did|does|[a-z]{3,}(?:ed|s))\b|(?:The|A|An)\s).*)$")
_CONDITIONS = {"if", "unless", "until", "till", "even if"}
#: Openers whose phrase may open a quotation ("said that “under anyone's most optimistic scenario, our nation will
#: ..."): a scene or a concession, which goes and leaves the quotation to open at the clause.
_QUOTED_OPENERS = {"under", "to date", "so far", "amid", "despite", "while", "although", "though", "whereas", "even though"}
#: Openers of a fronted phrase that take a noun phrase, not a clause: a finite verb in the phrase is the reported
#: clause's own ("said in H1N1 the company had detected ...").
_PREPOSITIONS = {"with", "on", "in", "at", "during", "within", "despite"}


def fronted_report_phrase_gone(text: str, cut_main: Callable[[str], str]) -> str:
    """``text`` with the phrase that opens its reported clause gone, or put after the clause when it is a condition
    or a limit and the sentence then fits a title, when ``cut_main`` (the main-clause cut) would end the title at
    that phrase; else ``text``."""
    found = _FRONTED_IN_REPORT.search(text)
    if found is None or found.start("fronted") > 160:
        return text
    if len(text) <= MAX_CHARS and len(cut_main(text).rstrip(" ,;:")) > found.end("fronted") + 8:
        return text  # the title goes on past the phrase: it stands as the sentence has it
    opener = re.sub(r"\s+", " ", found.group("opener").lower())
    fronted, clause = found.group("fronted"), found.group("clause")
    mark = found.group("mark") or ""
    if mark and (opener not in _QUOTED_OPENERS or not re.search(r"[”\"]", clause)):
        return text  # (a quoted condition or limit stays the speaker's, as said)
    if re.search(r"(?:\b(?:" + auxiliaries(BE_FINITE, BE_NONFINITE) + r")|,)\s+$", text[:found.start("frame")]) or re.search(
            r"\bthat\b", fronted) or (opener in _PREPOSITIONS and re.search(
                r"\b(?:" + "|".join(sorted(STRICT_FINITE)) + r")\b", fronted)):
        return text  # ("will be announced in Oslo", "said in June the firm had ...": no frame, or no phrase of its own)
    if opener in _CONDITIONS:
        # the condition goes after the clause it limits, before whatever the sentence adds to it
        parts = re.split(r"(?=[,;:]\s|\s[—–-]+\s)", clause.rstrip(" ."), maxsplit=1)
        moved = f"{text[:found.start('fronted')]}{parts[0]} {fronted}{parts[1] if len(parts) > 1 else ''}"
        if opener in {"until", "till"}:
            return moved  # (a cut may drop the limit, as a headline short of room does)
        return moved if len(moved) <= MAX_CHARS else text
    if opener in _PREPOSITIONS and len(fronted.split()) < 2:
        return text
    return text[:found.start("mark") if mark else found.start("fronted")] + mark + _lower_common(clause)


#: Words that open a quoted sentence with a capital only because it opens the quotation ("“Hundreds of crabs ...").
_COMMON_OPENERS = DETERMINERS | {"hundreds", "thousands", "dozens", "millions", "scores", "most", "more", "several",
                                 "few", "there"}


def _lower_common(clause: str) -> str:
    """A reported clause after "says" starts lowercase when its first word is common, as in the sentence it joins."""
    opening = re.match(r"([“\"]?)([A-Z][a-z]+)\b", clause)
    if opening is None or opening.group(2).lower() not in _COMMON_OPENERS:
        return clause
    return opening.group(1) + opening.group(2).lower() + clause[opening.end():]
