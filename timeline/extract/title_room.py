"""Room for the whole clause: words of a title's main clause that go when that lets the clause end where it ends.

A main clause that runs past a title's limit is cut, and what a cut loses is mostly the clause's point: what was said,
to whom, how much ("Charlie Kronick of Greenpeace says Hayward is rubbing salt into the wounds of | Gulf residents").
:func:`.title_compress.drop_asides` first drops what costs nothing (brackets, where and when a statement was made, a
span of time put before what was said), and the subject gives up its modifiers (:mod:`.title_cuts`). Here are the
words whose loss costs a little, dropped one kind at a time and only when the clause then ends whole in a title
(:func:`ends_whole`) and did not before, so that a title never loses them and its end too:

- the "that" after a verb of saying ("admits that the company had been unprepared" -> "admits the company ..."): a
  headline leaves it out, but it tells where what was said starts, and a cut after it would not see that;
- a speaker's affiliation after the name ("Charlie Kronick of Greenpeace says" -> "Charlie Kronick says"): the name
  stays, the statement is the news;
- a body's full name when the sentence also gives its initials ("the Centers for Disease Control and Prevention
  (CDC)" -> "the CDC"), as a headline names it;
- "what she called" before words the speaker is the one who says ("says the government is responding with what she
  called the largest effort ever" -> "... with the largest effort ever"): in a title told as her saying the words
  are hers already;
- a description before a name the subject is ("Energy giant BP PLC" -> "BP PLC", "Lead prosecutor David Walgren"
  -> "David Walgren"): the name says who;
- "he believes" after "says" ("says he believes the spill will" -> "says the spill will");
- a time in the predicate that the timeline's date tells ("shows up at a clinic over the weekend complaining of ..."),
  unless it bounds what was done ("by last week");
- a participle phrase after the subject's head ("rigs [responding to the spill] are preparing to move to safety":
  :mod:`.subject_participles`).

Negation, numbers and the agent are never among them, and a trim that would not make the clause end whole is not made.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.calendar_words import WEEKDAY_NAME_PATTERN
from timeline.extract.company_kinds import BUSINESS_NOUNS, SORTED_ONLY
from timeline.extract.saying_words import SAID_SAYS, SAY_THAT, VERB_NOT_NOUN, alternation, spoken
from timeline.extract.subject_participles import subject_participle_phrase
from timeline.extract.title_cuts import _limit, title_length
from timeline.extract.title_quotes import NAME_BEFORE_WHERE
from timeline.extract.title_referents import actor_kind
from timeline.extract.title_words import AUX, MAX_CHARS, verbish
from timeline.honorifics import PROFESSOR_TITLES, SURNAME_TITLES, honorific_pattern

__all__ = ["Clause", "Initials", "ends_whole", "initials_named", "room_made"]


@dataclass(frozen=True)
class Clause:
    """A title's text and where its main verb starts (0 when unknown)."""

    text: str
    verb_at: int


@dataclass(frozen=True)
class Initials:
    """A body's name and the initials the sentence gives it in brackets: "Centers for Disease Control and Prevention",
    "CDC"."""

    name: str
    letters: str


#: "the Centers for Disease Control and Prevention (CDC)": capitalised words (with the small words inside a name)
#: and the initials in brackets right after them.
_NAMED_INITIALS = re.compile(r"((?:[A-Z][\w'’.-]*\s+(?:(?:and|for|of|on|the|&)\s+)*){1,8}[A-Z][\w'’.-]*)\s+\(([A-Z]{2,6})\)")
_SMALL_WORDS = {"and", "for", "of", "on", "the", "&"}


def initials_named(sentence: str) -> tuple[Initials, ...]:
    """The bodies ``sentence`` names with their initials in brackets, when the initials are those of the name's
    words ("World Health Organization (WHO)", "US Centers for Disease Control and Prevention (CDC)": a leading word
    the initials leave out, a country's, stays before them)."""
    found = []
    for m in _NAMED_INITIALS.finditer(sentence):
        words = m.group(1).split()
        letters = m.group(2)
        # The name is the shortest tail of the capitalised words whose initials spell the letters ("the US Centers
        # for ...": "Centers for Disease Control and Prevention").
        for start in range(len(words)):
            tail = words[start:]
            if tail[0].lower() in _SMALL_WORDS:
                continue
            spelled = "".join(w[0] for w in tail if w.lower() not in _SMALL_WORDS).upper()
            # ("Centers for Disease Control and Prevention (CDC)": a word the body's name took on later may be missing)
            if spelled == letters or (spelled.startswith(letters) and len(spelled) == len(letters) + 1
                                      and tail[-2].lower() == "and"):
                found.append(Initials(" ".join(tail), letters))
                break
    return tuple(found)


#: "says | that | the cap is holding": a headline leaves out the "that" of a reported clause (only before a word that
#: opens a clause: in "said that plan would fail" it names the plan).
_THAT_AFTER_SAYING = re.compile(VERB_NOT_NOUN + r"\b(?P<verb>" + alternation(SAY_THAT) + r")\s+that\s+(?=(?:the|an?|its|his|"
                                r"her|their|this|these|those|some|many|most|all|no|he|she|it|they|we|I|there|"
                                r"[A-Z][\w'’.&-]*|\d)\b)")
#: The verbs of saying a title told as someone's saying opens its predicate with.
_SAYS = alternation(SAID_SAYS, spoken("tell", "add", "warn", "write", "insist", "argue", "claim", "admit"))
#: "shows up at a clinic | over the weekend | complaining of symptoms": a time the timeline's date tells (a date the
#: event took was taken out of the title before; one left is a neighbour's, and the title is no place to tell it). A
#: time after a word that makes it a bound ("by last week", "until this month", "since Monday") says more, and one that
#: is a verb's object ("spent Saturday doing repairs"), a name's part ("Sunday Sequence") or one of a list ("Thursday
#: and Friday") is no adverb: they stay.
_TIME_PHRASE = re.compile(r"(?<!\bby)(?<!\buntil)(?<!\btill)(?<!\bsince)(?<!\bbefore)(?<!\bafter)(?<!\bwithin)"
                          r"(?<!\bfrom)(?<!\bthan)(?<!\bof)(?<!\bthe)(?<!\bto)(?<!\bfor)(?<!\band)(?<!\bor)"
                          r"(?<!\bearlier)(?<!\blater)(?<!\bspend)(?<!\bspends)(?<!\bspent)(?<!\bspending)"
                          r"\s+(?:over\s+the\s+weekend|(?:last|this|earlier\s+this|later\s+this)\s+(?:week|weekend|month|"
                          r"year|morning|afternoon|evening)|last\s+night|in\s+recent\s+(?:days|weeks|months)|(?:(?:late|early)\s+)?"
                          r"(?:on\s+)?(?:" + WEEKDAY_NAME_PATTERN + r")(?:\s+(?:morning|afternoon|evening|night))?)"
                          r"(?=[,.;]|\s+(?!(?:and|or|through)\b)(?!to\s+(?:" + WEEKDAY_NAME_PATTERN + r"|\d))[a-z“\"]|$)")
#: "with what she called the largest": the speaker's naming of the words that follow.
_WHAT_CALLED = re.compile(r"\bwhat\s+(?:he|she|they|it)\s+(?:called|calls|described\s+as|describes\s+as|termed|terms)\s+"
                          r"(?=\S)")
#: "says he believes | the spill": the speaker's belief told as their saying.
_SAYS_BELIEVES = re.compile(r"\b(?P<verb>" + alternation(SAID_SAYS) + r")\s+(?:he|she|they|we)\s+(?:believes?|thinks?|"
                            r"believed|thought)\s+(?:that\s+)?(?=(?:the|an?|its|his|her|their|this|these|[A-Z][\w'’.-]*)\b)")


def room_made(clause: Clause, initials: tuple[Initials, ...] = ()) -> Clause:
    """``clause`` with the words above gone, when without them the clause ends whole in a title and with them it
    does not; else ``clause``."""
    if title_length(clause.text) <= MAX_CHARS or ends_whole(clause):
        return clause
    trimmed = clause
    for trim in (_that_gone, _time_gone, _initials_used, _affiliation_gone, _descriptor_gone, _speakers_naming_gone,
                 _belief_gone, _participle_phrase_gone):
        trimmed = trim(trimmed, initials)
        if trimmed != clause and ends_whole(trimmed):
            return trimmed
    # No trim lets the clause end whole: the name alone still leaves the predicate more room ("Japanese firm Mitsui
    # says ..." -> "Mitsui says one of its subsidiaries had been billed $1.9 bn by BP"), when the cut then keeps more
    # of what was done.
    named = _descriptor_gone(clause, initials)
    if named != clause and _predicate_kept(named) >= _predicate_kept(clause) + 2:
        return named
    # (a body's initials when the cut ends inside a phrase without them: "The WHO says its laboratories have identified a
    # total of 985 H1N1 flu infections", not "... have identified")
    named = _initials_used(clause, initials)
    return named if named != clause and _cut_open(clause) and not _cut_open(named) and _predicate_kept(named) > 0 else clause


def _cut_open(clause: Clause) -> bool:
    """Whether the title's cut of ``clause`` ends inside a phrase (:func:`.title_whole.ends_open`)."""
    from timeline.extract.title_whole import ends_open, whole_cut

    cut = whole_cut(clause.text, clause.verb_at)
    return clause.text.startswith(cut) and ends_open(cut.split(), clause.text[len(cut):].split())


def _predicate_kept(clause: Clause) -> int:
    """How many words past the verb the title's cut of ``clause`` keeps, when the cut ends whole and outside a quotation
    (0 else: '... will show “Conrad Murray repeatedly acted with gross' keeps nothing worth its words)."""
    # (imported here: title_whole builds on the title modules that use this one)
    from timeline.extract.title_whole import whole_cut

    cut = _limit(clause.text, clause.verb_at)
    if whole_cut(clause.text, clause.verb_at) != cut or not _outside_quotes(clause.text, min(len(cut) + 1, len(clause.text))):
        return 0
    return len(cut[clause.verb_at:].split())


#: Words that open a relative clause, beside those that open a clause of their own (``CLAUSE_BREAKS``): a title that
#: ends before one has said its clause whole ("... of Gulf residents | whose livelihoods have been wrecked").
_RELATIVE_OPENERS = {"who", "whose", "which", "where", "so", "or"}


def ends_whole(clause: Clause) -> bool:
    """Whether the title's cut of ``clause`` keeps the whole clause: all of it fits, or the cut stops before a comma
    or a word that opens a clause of its own."""
    # (imported here: reported_clauses builds on the title modules that use this one)
    from timeline.extract.reported_clauses import CLAUSE_BREAKS

    cut = _limit(clause.text, clause.verb_at)
    rest = clause.text[len(cut):]
    if not rest.strip(" .”\"’"):
        return True
    opener, _, after = rest.lstrip().partition(" ")
    opener = opener.lower()
    if opener == "as" and re.match(r"[$£€\d]|(?:many|much|high|low|well|a|an)\b", after):
        return False  # ("the number of cases | as 70,893", "as well as": a comparison or a measure, no clause)
    last = cut.split()[-1].lower() if cut.split() else ""
    # ("the recommendation | that citizens avoid ...": a clause on a noun; after a verb, "says | that", what was said)
    return rest[:1] in ",;:" or opener in CLAUSE_BREAKS | _RELATIVE_OPENERS or (opener == "that" and not verbish(last, ""))


def _spliced(clause: Clause, start: int, end: int, replacement: str) -> Clause:
    """``clause`` with ``text[start:end]`` replaced; its verb moves with the words before it."""
    text = clause.text[:start] + replacement + clause.text[end:]
    verb_at = clause.verb_at
    if verb_at and start < verb_at:
        verb_at = max(start + len(replacement), verb_at - (end - start) + len(replacement))
    return Clause(text, verb_at)


def _that_gone(clause: Clause, _: tuple[Initials, ...]) -> Clause:
    for m in reversed(list(_THAT_AFTER_SAYING.finditer(clause.text))):
        before = clause.text[:m.start("verb")].split()
        if not _outside_quotes(clause.text, m.start()) or (before and before[-1].lower() not in AUX and verbish(
                before[-1].lower(), before[-2].lower() if len(before) > 1 else "")):
            continue  # ("rejected claims that it cut ...", "follow reports that": after a verb the form is its object)
        trimmed = _spliced(clause, m.end("verb"), m.end(), " ")
        # Without its "that" the clause shows where it starts only by its verb: the cut must keep that verb ("reports a
        # $23 billion slide in BP's market value | and a surge ... were due" would read as the report of a slide).
        said = _limit(trimmed.text, trimmed.verb_at)[m.end("verb"):].split()
        if any(verbish(w.lower().strip(",;:"), said[j - 1].lower()) for j, w in enumerate(said[1:], 1)):
            clause = trimmed
    return clause


def _time_gone(clause: Clause, _: tuple[Initials, ...]) -> Clause:
    m = _TIME_PHRASE.search(clause.text, clause.verb_at)  # (in the predicate: "Monday's" or a subject's day stays)
    if m is None or not _outside_quotes(clause.text, m.start()) or clause.text[m.end():m.end() + 2] in {"'s", "’s"}:
        return clause
    return _spliced(clause, m.start(), m.end(), "")


def _initials_used(clause: Clause, initials: tuple[Initials, ...]) -> Clause:
    for named in initials:
        at = clause.text.find(named.name)
        # ("the Centers for Disease Control (CDC) CDC website": the sentence already goes on with the initials)
        if at >= 0 and _outside_quotes(clause.text, at) and not clause.text.startswith(named.letters, at + len(named.name) + 1):
            clause = _spliced(clause, at, at + len(named.name), named.letters)
    return clause


def _affiliation_gone(clause: Clause, _: tuple[Initials, ...]) -> Clause:
    named = NAME_BEFORE_WHERE.match(clause.text[:clause.verb_at].strip()) if clause.verb_at else None
    if named is None or actor_kind(named.group(1)) != "person" or not re.match(r"(?:" + _SAYS + r")\b",
                                                                               clause.text[clause.verb_at:]):
        return clause  # ("The Department of Health says": a body's own name, not a person's affiliation)
    return _spliced(clause, named.end(1), clause.verb_at, " ")


#: "Energy giant BP PLC", "Lead prosecutor David Walgren", "Japanese firm Mitsui", "The oil major Shell": a common
#: description before the name the subject is (a capitalised title, "Health Minister X", is :func:`.drop_role`'s).
_DESCRIBED_NAME = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][a-z][\w'’-]*\s+)?[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}\s+"
                             r"(?P<name>(?:(?:" + honorific_pattern(SURNAME_TITLES, PROFESSOR_TITLES) + r")\.?\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3})\s*$")


_NOT_DESCRIPTION = {"of", "in", "for", "at", "on", "by", "from", "with", "and", "or", "to", "the", "a", "an", "its", "their",
                    "his", "her", "this", "that", "these", "those", "shares", "stocks", "prices"}
#: The endings of the nouns a description of a person or a body ends on: "prosecutor", "drugmaker", "giant", "official".
_ROLE_ENDS = ("er", "or", "ist", "ian", "ant", "ent", "ive", "al", "ief", "oss", "ar", "firm", "company", "giant", "major",
              "group", "bank", "airline", "agency", "body", "chain", "network", "union")
_FIRM_NOUNS = (*BUSINESS_NOUNS, *SORTED_ONLY, "maker", "supplier", "producer", "partner", "owner")


def _descriptor_gone(clause: Clause, _: tuple[Initials, ...]) -> Clause:
    subject = clause.text[:clause.verb_at] if clause.verb_at else ""
    m = _DESCRIBED_NAME.fullmatch(subject.rstrip() + " ") if subject else None
    described = re.sub(r"^[Tt]he\s+", "", subject[:m.start("name")]).split() if m else []
    # The description ends on its noun ("Japanese firm | Mitsui"; "Shares of | BP" is no description), names a kind
    # of the one named (a person or a body, or a firm whose name the tables do not know), and owns no one ("Britain's
    # biggest bank HSBC" tells whose).
    if m is None or not described or any(w.lower() in _NOT_DESCRIPTION or (j and verbish(w.lower(), described[j - 1].lower()))
                                         for j, w in enumerate(described)) \
            or re.search(r"['’]s\b", subject[:m.start("name")]) or not described[-1].lower().endswith(_ROLE_ENDS) \
            or (actor_kind(m.group("name")) is None and not described[-1].lower().endswith(_FIRM_NOUNS)):
        return clause  # ("The purple bracelet Mr Gibbs | is wearing": no role, a noun and its relative clause's subject)
    return _spliced(clause, 0, m.start("name"), "")


def _speakers_naming_gone(clause: Clause, _: tuple[Initials, ...]) -> Clause:
    # Only in a title that tells a saying, where the words are the speaker's; "Obama faces what critics called a
    # disaster" would become the title's own verdict.
    if not clause.verb_at or not re.match(r"(?:" + _SAYS + r")\b", clause.text[clause.verb_at:]):
        return clause
    m = _WHAT_CALLED.search(clause.text, clause.verb_at)
    return _spliced(clause, m.start(), m.end(), "") if m is not None and _outside_quotes(clause.text, m.start()) else clause


def _belief_gone(clause: Clause, _: tuple[Initials, ...]) -> Clause:
    m = _SAYS_BELIEVES.search(clause.text)
    if m is None or not _outside_quotes(clause.text, m.start()):
        return clause
    return _spliced(clause, m.end("verb"), m.end(), " ")


def _participle_phrase_gone(clause: Clause, _: tuple[Initials, ...]) -> Clause:
    span = subject_participle_phrase(clause.text, clause.verb_at)  # (:mod:`.subject_participles`)
    return _spliced(clause, span[0], span[1], "") if span is not None else clause


def _outside_quotes(text: str, at: int) -> bool:
    """Whether ``at`` lies outside a quotation (the speaker's words stay as they were said)."""
    before = text[:at]
    return before.count("“") <= before.count("”") and before.count('"') % 2 == 0
