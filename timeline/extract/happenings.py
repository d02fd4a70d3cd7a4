"""Dates that belong to a happening named by a noun, not to the clause around it.

"President Obama will make his third trip on Friday since the fatal April 20 explosion",
"the album rocketed to the top after a surge in sales since the singer's death on Thursday",
"Abdel Basset al-Megrahi, convicted in the 1988 bombing of Pan Am flight 103, won early release
last year": the noun ("explosion", "death", "bombing") names something that happened, and the date
next to it says when that was. Such a date does not date the sentence's main clause; the noun
phrase is a statement of its own (:func:`happening_of`).

A date as the possessive of a noun that opens its sentence ("Tonight's announcement brought the
total to 13", "Thursday's post was quickly removed", "last year's accident") picks up a
happening told before: the noun's stem (:func:`stem`) lets the merger join the two mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.english_auxiliaries import BE_FINITE, BE_NONFINITE, HAVE_FORMS, WILL_WOULD, auxiliaries
from timeline.english_verbs import (
    IRREGULAR_PARTICIPLES,
    IRREGULAR_PAST_PAIRS,
    IRREGULAR_PAST_WORDS,
)
from timeline.extract.happening_kinds import HAPPENING_NOUNS, LONG_STEMS
from timeline.extract.sentences import quotation_open
from timeline.extract.title_participles import finite_later, finite_verb_in, past_verb_next

__all__ = ["COMPOUND_HEAD", "CONTENT_CLAUSE", "EVENT_NOUNS", "EVENT_STEMS", "EXPLOSION", "FALL_WORDS", "NOUN_COMPLEMENT", "RELATIVE_ACT", "REPORTING_PERIOD",
           "RISE_WORDS", "SAYING_NOUNS", "SCHEDULE_WORDS", "SHARE_NOUNS", "Happening", "acted_happening",
           "coordinated_news", "happening_of", "named_before", "one_disaster", "reduced_relative", "scheduled_for",
           "stem", "stems"]

#: Nouns that name a happening a date can place: disasters, crimes, votes, deaths, deals, court steps.
EVENT_NOUNS = frozenset([
    "explosion", "explosions", "blast", "blasts", "blowout", "spill", "spills", "leak", "disaster", "disasters",
    "accident", "accidents", "crash", "crashes", "collision", "collapse", "bombing", "bombings", "attack", "attacks",
    "shooting", "shootings", "killing", "killings", "murder", "murders", "assassination", "death", "deaths",
    "funeral", "election", "elections", "vote", "referendum", "earthquake", "quake", "tsunami", "hurricane", "storm",
    "flood", "floods", "fire", "fires", "blaze", "eruption", "outbreak", "invasion", "coup", "riot", "riots", "uprising",
    "protest", "protests", "strike", "strikes", "sinking", "bankruptcy", "merger", "takeover", "acquisition",
    "resignation", "arrest", "arrests", "trial", "verdict", "ruling", "hearing", "summit", "announcement", "launch",
    "massacre", "overdose", "raid", "raids", "ceasefire", "truce", "inauguration", "wedding", "birth", "landing",
    "grounding", "meltdown", "closure", "shutdown", "victory", "defeat",
]) | HAPPENING_NOUNS

#: The stems of those nouns, as a mention's ``happening`` holds them.
EVENT_STEMS = frozenset(LONG_STEMS.get(w.lower(), w.lower()[:4]) for w in EVENT_NOUNS) | {"die", "sink", "explosion"}
#: Words that open a phrase or a clause of their own, which a thing's name never holds.
_PHRASE_WORDS = (r"(?:since|after|before|following|until|till|when|while|as|and|or|but|on|in|at|of|during|from|to|by|"
                 r"with|for|that|which|who|" + auxiliaries(BE_FINITE, HAVE_FORMS) + r"|said|says)\b")
#: A word that only names the thing a long noun phrase is about ("the Deepwater Horizon oil rig disaster"): no word
#: that opens a phrase or a clause, no determiner, no past verb ("of the slick since a 28-minute blaze": the blaze's
#: phrase opens at "a"; "a lethal dose of propofol caused the star's death", "disclosure put BP under fire").
_NAMING_WORD = (r"(?!" + _PHRASE_WORDS + r"|(?:the|a|an|about|into|onto|over|under|through|across|against|among|around|"
                r"within|without|off|up|down|out|its|his|her|their|" + "|".join(sorted(IRREGULAR_PAST_WORDS)) +
                r")\b|[a-z]+ed\b)[\w'’-]+")
#: Prepositions after which a noun's date is the noun's: "since the explosion on 20 April"; and the words that
#: name an example ("past disasters, such as the Exxon Valdez oil spill in 1989").
_AFTER_PREPOSITION = re.compile(
    r"(?i)\b(?:since|after|before|following|until|till|ahead\s+of|in\s+the\s+wake\s+of|in\s+the\s+run-up\s+to|"
    r"of|from|such\s+as|including|like)\s+((?:the|a|an|his|her|its|their|this|that|[\w.'’-]+['’]s?)\s+)?"
    # up to three words before the noun, or four that only name it: "since the Deepwater Horizon oil rig disaster on
    # 20 April" (not "of dying in a car accident this weekend")
    r"(?:(?:[\w'’-]+\s+){0,3}?|(?:" + _NAMING_WORD + r"\s+){4})"
    r"(?:(?P<storm>hurricane|typhoon|cyclone|storm)\s+[A-Z][a-z]+|(?P<noun>[a-z]+))\s+"
    # where it happened, between the noun and its date: "since an explosion on a rig last month", "since the
    # explosion on the Deepwater Horizon drilling rig on 20 April"; or a place's name: "after an oil spill at Prudhoe Bay
    # in 2006", "since a blast off Texas City in 2005" (not "in": "a hearing in New Orleans this week" is where a saying
    # was made, and "after a spill in Louisiana in 2005 was" may open a gerund subject's main verb)
    r"(?:(?:on|at|aboard|off|near)\s+(?:the|a|an)\s+(?:(?:[\w'’-]+\s+){0,2}?|(?:" + _NAMING_WORD + r"\s+){3})[a-z]+\s+"
    r"|(?-i:(?:on|at|aboard|off|near)\s+(?:[A-Z][\w'’.-]*\s+){1,3}))?"
    # what it happened to or where, named: "following the outbreak of SARS in 2003", "after the election of Obama in 2008",
    # a name with its kind ("the sinking of the Lady Maud cargo ferry in 1996", "the meltdown of a nuclear plant in 1979"),
    # a noun phrase of four or five words with no clause or phrase of its own ("a surge of interest since her death")
    r"(?:of\s+(?:the\s+|an?\s+)?(?:(?:[A-Z][\w'’-]*\s+){1,3}|(?:(?!" + _PHRASE_WORDS + r")[A-Z][\w'’-]*\s+){4,5}))?"
    r"(?:(?:on|in|at|of|during)\s+)?(?:the\s+)?$")
#: An example of a kind of happening, named by its noun phrase and closed by its date: "huge tragedies have changed the
#: business before, such as the partial meltdown in a unit at the Three Mile Island plant in 1979", "disasters, including
#: the fatal Texas City refinery blast in 2005". The date is the example's, not the clause's that names the kind; the
#: phrase runs from its determiner to the date with no clause of its own ("much like hurricanes washed away marshes").
_EXAMPLE = re.compile(
    r"(?i)\b(?:such\s+as|including|notably)\s+(?P<np>(?:the|a|an|his|her|its|their|[\w.'’-]+['’]s?)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?P<noun>" + "|".join(sorted(EVENT_NOUNS, key=len, reverse=True)) + r")\b"
    r"(?:\s+(?!(?:and|or|but|that|which|who|" + auxiliaries(BE_FINITE, HAVE_FORMS, WILL_WOULD) + r"|said|says|when|while|as|"
    r"since|after|before|until|for|with|by|to)\b)(?![a-z]+ed\b)[\w'’.-]+){0,12}?)\s+(?:on|in|at|during)\s+(?:the\s+)?$")
#: A date that modifies the noun after it, whatever the caller judged: a lowercase word that is no preposition,
#: conjunction or verb.
_MODIFIES_NEXT = re.compile(
    r"(?:['’]s)?[ \t]+(?!(?:and|or|but|to|in|on|at|for|with|by|as|of|after|before|when|that|which|who|ago|later|"
    r"earlier|last|this|next|alone|" + auxiliaries(BE_FINITE, HAVE_FORMS, WILL_WOULD) + r"|said|says|from|until|into|than)\b)"
    r"[a-z][a-z-]*(?<!ed)(?<!ly)\b")
#: What stands before a date that modifies the noun after it: "the fatal April 20 explosion", "a 2005 blast".
_DETERMINER_BEFORE = re.compile(
    r"(?i).*(?:^|\s)((?:the|a|an|his|her|its|their|this|that|[\w.'’-]+['’]s?)\s+(?:[a-z-]+\s+){0,2})$", re.S)
_NOUN_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?!(?:of|the|a|an|and|or|in|on|at|to|for|with|by|from|" + auxiliaries(BE_FINITE, HAVE_FORMS, WILL_WOULD, without={"would"}) + r")\b)"
    r"[A-Za-z][\w'’-]*\s+){0,2}?(?P<noun>" + "|".join(sorted(EVENT_NOUNS, key=len, reverse=True)) + r")\b")
#: What the noun phrase may carry after its noun: "of Pan Am flight 103", "on the Deepwater Horizon rig".
#: ("aboard the ship Star at Portville harbour": a second place phrase; a preposition opens one, never ends one:
#: "the bombing of Flight 103 over Lockerbie" is cut before "over", not after it)
NOUN_COMPLEMENT = re.compile(r"(?:(?:[ \t]+|(?<=[ \t]))(?:of|on|at|in|off|near|aboard|from)[ \t]+(?:the[ \t]+|a[ \t]+|an[ \t]+)?"
                              r"(?:(?!(?:and|or|but|that|which|who|" + auxiliaries(BE_FINITE, HAVE_FORMS, WILL_WOULD, without={"would"}) + r"|[a-z]+ed|of|on|"
                              r"at|in|off|near|aboard|for|to|from|with|by|over|under|into|onto|across|through|between|"
                              r"during|after|before|against|toward|towards|around|about|since|until|as)\b)"
                              r"[\w'’-]+(?:\.(?=\w))?(?:[ \t](?=[\w'’-]))?){1,5}){1,3}")
#: A coordination that goes on inside the phrase a complement ends on: "(the explosion) on marine [and shoreline
#: environments]": the complement cut there is no whole phrase, and is most often the clause's own ("the effects of
#: the explosion on marine and shoreline environments"). Not a second happening ("and subsequent sinking"), a new
#: phrase ("and the"), a verb, or a noun with a phrase of its own ("a 2005 explosion in the refinery and problems in
#: a pipeline": two happenings). A second name goes with the first (:data:`_AND_NAME`).
_COORDINATED_ON = re.compile(r"[ \t]*(?<![\w-])(?:and|or)[ \t]+(?!(?:the|a|an|its|his|her|their|this|that|it|he|she|they|then|"
                             r"later|[a-z]+ed|" + "|".join(sorted(IRREGULAR_PAST_WORDS)) + r")\b)"
                             r"(?!(?:[\w'’-]+[ \t]+){0,2}(?:" + "|".join(sorted(EVENT_NOUNS, key=len, reverse=True))
                             + r")\b)[a-z][\w-]*[ \t]+(?!(?:in|on|at|of|for|to|from|with|by|and|or|as|that|which|who)\b)[a-z]")
#: A second name coordinated with the one a complement ends on: "(the attacks in New York) and Washington".
_AND_NAME = re.compile(r"[ \t]*(?<![\w-])and[ \t]+[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,2}(?![\w'’-])")
#: Where a happening took place, told after its date: "on the drilling rig Deepwater Horizon", "aboard the ship".
_PLACE_AFTER_DATE = re.compile(r"[ \t]+(?:on|at|aboard|off|near)[ \t]+(?:the|a|an)[ \t]+(?:(?!(?:and|or|but|that|which|who|"
                               r"was|were|is|are|has|have|had|will)\b)[\w'’-]+(?:\.(?=\w))?(?:[ \t](?=[\w'’-]))?){1,5}")
#: A date that names a reporting period, the span a company's figures cover: "the third quarter", "first-half",
#: "Q3", "H1", a year ("2010", "half-year"); the figures' own day dates their reporting (:func:`is_period_reported`
#: in .comparisons, "results for the first half on Tuesday", and :func:`happening_of`, "the half-year results
#: announcement on Tuesday").
REPORTING_PERIOD = re.compile(r"(?i)\b(?:quarter|half)\b|\bQ[1-4]\b|\bH[12]\b|\d{4}|\byear\b")
#: The figures a company reports, right after the period: "half-year results announcement", "Q3 earnings call".
_FIGURES_FIRST = re.compile(r"(?i)\s+(?:results|figures|earnings)\b")
#: A noun after a happening's noun that makes the phrase a period's, the happening's noun only sorting it: "the 2010
#: hurricane season", "the 2005 storm season", "the May storm forecast". ("the 2005 hurricane victims", "a May 11 launch
#: date" still name the hurricane and the launch of their dates.)
COMPOUND_HEAD = re.compile(r"[ \t]+(?:seasons?|forecasts?|outlooks?)\b")
#: A full date whose year news sets off by commas before the noun it modifies: "the Sept. 11, 2001, attacks".
_YEAR_SET_OFF = re.compile(r"\d,\s+\d{4}$")
_SUBJECT_POSSESSIVE = re.compile(r"(?:['’]s)\s+(?:[a-z-]+\s+){0,1}?(?P<noun>[a-z]{3,})\b")

#: Nouns and verbs of one happening that share no first letters: "death" and "died".
_IRREGULAR = {"death": "die", "deaths": "die", "died": "die", "dies": "die", "dead": "die", "die": "die",
              "sinking": "sink", "sank": "sink", "sunk": "sink", "sinks": "sink", "sink": "sink",
              "sold": "sell", "sale": "sell", "sales": "sell", "won": "win", "wins": "win", "lost": "loss",
              "fell": "fall", "fallen": "fall", "struck": "stri", "hit": "hit",
              # An explosion goes by many words: "the blast", "the rig exploded", "the rig blew up".
              "explosion": "explosion", "explosions": "explosion", "explode": "explosion", "explodes": "explosion", "exploded": "explosion",
              "exploding": "explosion", "blast": "explosion", "blasts": "explosion",
              # A well's blowout is told by its verb too: "the April 20 blowout" and "the rig blew out on April 20".
              "blew": "blow", "blown": "blow"}
#: The stem every word of an explosion shares (:func:`stem`, :func:`stems`): not "expl", which "explained",
#: "exploration" and "explores" share, and longer than any cut word, so that no other word gives it.
EXPLOSION = "explosion"
#: "blew up", "was blown up": a verb of the explosion's own stem (a phrase, so not in :data:`_IRREGULAR`).
_BLEW_UP = re.compile(r"(?<![\w'’-])(?:blew|blown|blows|blowing|blow)\s+(?:\w+\s+)?up\b")
#: A well's blowout is the rig's explosion: "the April 20 blowout" and "the rig exploded on April 20" tell one moment.
#: A "blowout preventer" is the valve that failed to stop it, no happening.
_BLOWOUT = re.compile(r"(?<![\w'’-])blow-?outs?\b(?!\s+prevent)")
#: "passed away", "passes away": a death told politely, of the stem of "died" and "death".
_PASSED_AWAY = re.compile(r"(?<![\w'’-])pass(?:ed|es|ing)?\s+away\b")


def stem(word: str) -> str:
    """A crude stem shared by a happening's noun and verb: "explosion" and "exploded", "death" and "died"."""
    w = word.lower()
    return _IRREGULAR.get(w) or LONG_STEMS.get(w) or w[:4]


def stems(text: str) -> frozenset[str]:
    """The stems of the common words of ``text`` (of four letters or more, and the irregular ones); names
    ("Integrity") are left out, as one name takes part in many happenings."""
    found = {stem(w) for w in re.findall(r"(?<![\w'’-])[a-z][a-z'’-]+", text) if len(w) >= 4 or w in _IRREGULAR}
    if _BLEW_UP.search(text) or _BLOWOUT.search(text):
        found.add(EXPLOSION)
    if _PASSED_AWAY.search(text):
        found.add(_IRREGULAR["died"])
    for move, pattern in _SHARE_MOVES:
        if pattern.search(text):
            found.add(move)
    return frozenset(found)


#: Pseudo-stems for a share price told moving up or down: "Shares in BP rose on Thursday" and "BP's London-listed
#: shares were up 1 percent at 504 pence at 1449 GMT" tell one move of the day, the second a reading of it.
SHARES_UP, SHARES_DOWN = "#shares-up", "#shares-down"
#: What a price move is told of: "shares", "stock", "the share price".
SHARE_NOUNS = r"(?:shares?|stocks?|stock\s+price|share\s+price)"
#: The verbs (and "up", "down") of a price told moving, up and down.
RISE_WORDS = (r"rose|rise|rises|rising|gained|gains?|up|higher|climbed|jumped|rallied|advanced|soared|surged|leapt|leaped|"
              r"rebounded")
FALL_WORDS = (r"fell|falls?|falling|down|lower|dropped|slid|declined|slumped|tumbled|lost|sank|plunged|plummeted|"
              r"nose-?dived|dived|slipped|skidded")
_SHARES = r"(?i)\b" + SHARE_NOUNS + r"\b[^.;!?]{0,80}?\b(?:"
#: A price that reaches a high has risen to it, one that reaches a low has fallen: "shares hit a six-month high",
#: "stock touched a record low", "shares reached their highest level since May".
_REACHED = r"(?:hit|hits|hitting|touched|touches|reached|reaches|struck|set|sets|marked)\s+(?:(?:a|an|its|their|fresh|new|" \
    r"record|[\w-]+-(?:month|year|week|day))\s+){0,3}"
_SHARE_MOVES = (
    (SHARES_UP, re.compile(_SHARES + RISE_WORDS + "|" + _REACHED + r"(?:high|highest|peak))\b")),
    (SHARES_DOWN, re.compile(_SHARES + FALL_WORDS + "|" + _REACHED + r"(?:low|lowest))\b")),
)


@dataclass(frozen=True, slots=True)
class Happening:
    """The noun phrase a date belongs to, as a span of the text, and its noun's stem.

    ``own`` is False when the phrase opens the sentence: the sentence is then about the happening
    ("The April 20 explosion killed 11 workers"), and stays whole.
    """

    start: int
    end: int
    stem: str
    own: bool


def happening_of(text: str, sentence_start: int, start: int, end: int, modifier: bool) -> Happening | None:
    """The happening the date at ``text[start:end]`` belongs to, when a noun names one."""
    before = text[max(sentence_start, start - 80):start]
    after = text[end:end + 80]
    # "Tonight's announcement brought ...", "Thursday's post ...": the date opens the sentence.
    opening = re.fullmatch(r"[\s“\"‘'(]*(?:(?:the|a|an)\s+)?", text[sentence_start:start], re.I) is not None
    if modifier and opening:
        m = _SUBJECT_POSSESSIVE.match(after) or _NOUN_AFTER.match(after)
        if m is not None:
            return Happening(sentence_start, end + m.end(), stem(m.group("noun")), own=False)
    m = _NOUN_AFTER.match(after)
    if m is None and _YEAR_SET_OFF.search(text, start, end) and after.startswith(","):
        m = _NOUN_AFTER.match(after, 1)  # "since the April 20, 2010, explosion": the year set off by commas
    det = _DETERMINER_BEFORE.search(before)
    possessive = re.match(r"['’]s\b", after) is not None
    # "the company's half-year results announcement on Tuesday": a period before a company's figures is the span
    # they report on (as "third-quarter results" is dated), which sorts the figures; when they are announced or
    # met over is the clause's own date.
    if m is not None and REPORTING_PERIOD.search(text, start, end) and _FIGURES_FIRST.match(text, end):
        m = None
    if m is not None and COMPOUND_HEAD.match(text, end + m.end()):
        m = None  # "the 2010 Atlantic hurricane season": the noun sorts the season; the date is the season's
    # "the April 20 Deepwater Horizon blowout": a name between the date and its noun still makes it a modifier.
    if m is not None and (det is not None or possessive):
        # "the cause of last week's blast": a possessive date is the phrase's own determiner.
        np_start = start if possessive or det is None else start - (len(before) - det.start(1))
        np_end = end + m.end()
        # "Tuesday's announcement that the port will close": what was announced is the happening's content.
        content = CONTENT_CLAUSE.match(text, np_end) if m.group("noun") in SAYING_NOUNS else None
        if content is not None:
            return Happening(np_start, _trim(text, np_start, content.end()), stem(m.group("noun")),
                             own=np_start > sentence_start + 2)
        # "the April 20 explosion and fire": two names of one happening, the phrase goes on after the second.
        coordinated = _AND_NOUN.match(text, np_end)
        if coordinated is not None:
            np_end = coordinated.end()
        tail = NOUN_COMPLEMENT.match(text, np_end)
        named = _AND_NAME.match(text, tail.end()) if tail is not None else None
        if named is not None:
            np_end = named.end()  # "the 2001 attacks in New York and Washington": one place phrase, two names
        elif tail is not None and not _COORDINATED_ON.match(text, tail.end()):
            np_end = tail.end()
        # "the April 20 explosion that sank the rig": what the happening did belongs to it, and says what it was.
        relative = RELATIVE_ACT.match(text, np_end)
        # "since an April 20 blast killed 11 workers": after a conjunction the phrase is its clause's subject, and
        # the clause's verb tells what the happening did.
        if relative is None and _CONJUNCTION_BEFORE.search(text, sentence_start, np_start):
            relative = DIRECT_ACT.match(text, np_end)
        if relative is not None:
            np_end = relative.end()
        return Happening(np_start, _trim(text, np_start, np_end), stem(m.group("noun")), own=np_start > sentence_start + 2)
    if modifier or possessive:
        return None
    # "since the singer's death on Thursday", "the cause of the disaster on 20 April", "still recovering from
    # Hurricane Katrina in 2005": the noun phrase of a preposition, closed by the date.
    if _MODIFIES_NEXT.match(after):
        return None  # "the impact of the earthquake on fourth-quarter results": the date is the results'
    example = _EXAMPLE.search(text, max(sentence_start, start - 200), start)
    if example is not None:  # "such as the partial meltdown in a unit at the Three Mile Island plant in 1979"
        return Happening(example.start("np"), end, stem(example.group("noun").lower()), own=True)
    m = _AFTER_PREPOSITION.search(before)
    if m is not None and (m.group("storm") or m.group("noun") in EVENT_NOUNS):
        noun = m.group("storm") or m.group("noun")
        np_start = start - len(before) + (m.start(1) if m.group(1) else m.start("storm" if m.group("storm") else "noun"))
        # "after a lightning strike Tuesday started a fire": the phrase is its clause's subject; the clause goes on.
        verb = re.match(r"[ \t]+(?:[a-z]{3,}ed|was|were|has|had|is|are|will|sank|began|hit|left|struck)\b", after)
        stop = re.search(r"[,;.!?]|$", text[end:end + 200]) if verb else None
        # "an explosion and fire on April 20 on the drilling rig Deepwater Horizon": where it happened, after its date.
        place = None if verb else _PLACE_AFTER_DATE.match(text, end)
        np_end = end + stop.start() if stop else place.end() if place else end
        # "since the explosion on the rig on 20 April, which killed 11 workers": what it did says what it was.
        relative = None if verb else RELATIVE_ACT.match(text, np_end)
        return Happening(np_start, relative.end() if relative else np_end, stem(noun.lower()), own=True)
    return None


#: Nouns of saying whose "that" clause tells what was said: "Tuesday's announcement that the port will close".
SAYING_NOUNS = frozenset(["announcement", "decision", "ruling", "verdict"])
#: That clause, up to the first clause break; it needs a subject and a verb of its own ("that the port will close").
CONTENT_CLAUSE = re.compile(
    r"[ \t]+that[ \t]+(?P<clause>(?:the[ \t]+|a[ \t]+|an[ \t]+)?(?:[A-Z][\w.'’-]*|[a-z][\w'’-]*)(?:[ \t]+(?!(?:and|but|"
    r"while|because|which|who)\b)[\w$%'’.-]*[\w$%])+)")
#: A past verb and what follows it up to the first clause break: "killed 11 workers", "sank two days later".
_ACT = (r"(?:[a-z]+ly[ \t]+)?(?P<verb>[a-z]{3,}ed|" + "|".join(sorted(pair.split(":")[0] for pair in IRREGULAR_PAST_PAIRS.split()))
        + r")\b(?:[ \t]+(?!(?:and|but|as|while|because|when|after|before|since|which|who)\b)[\w$%'’.-]*[\w$%])*")
#: A relative clause telling what a happening did, closed at the first clause break: "that killed 11 workers",
#: ", which sank two days later". Its verb is past: the happening's own act.
RELATIVE_ACT = re.compile(r"(?P<link>(?:[ \t]+|(?<=[ \t]))that|,[ \t]*which)[ \t]+" + _ACT)
#: The same act told by the happening as its clause's subject: "(since an April 20 blast) killed 11 workers" (a
#: lexical verb: "Not since the 1985 earthquake was it like this" is an inverted clause, no act of the quake).
DIRECT_ACT = re.compile(r"(?P<link>)(?:[ \t]+|(?<=[ \t]))(?!(?:was|were|had|did)\b)" + _ACT)
#: A conjunction that opens a clause whose subject follows it: "since", "after", "until", "when".
_CONJUNCTION_BEFORE = re.compile(r"(?i)\b(?:since|after|before|until|till|when|once|because)\s+$")
#: A second name of the same happening joined to the first: "the April 20 explosion and fire", "the explosion and
#: subsequent sinking", "the Deepwater Horizon explosion and oil spill".
_AND_NOUN = re.compile(r"[ \t]+and[ \t]+(?:the[ \t]+)?(?:[a-z-]+[ \t]+){0,2}?(?:" + "|".join(
    sorted(EVENT_NOUNS, key=len, reverse=True)) + r")\b")


#: A happening's noun phrase that opens a clause of a preposition: "(after) an explosion that destroyed the rig".
_HAPPENING_OPENS = re.compile(r"(?i)(?:the|an?|his|her|its|their|[\w.'’-]+['’]s)\s+(?:[\w'’-]+\s+){0,3}?(?-i:"
                              + "|".join(sorted(EVENT_NOUNS, key=len, reverse=True)) + r")\b")


def acted_happening(clause: str) -> bool:
    """Whether ``clause`` is a happening's noun phrase whose relative clause tells what it did: "an explosion that
    destroyed the rig off Louisiana in April" is the explosion's act ("An explosion destroys the rig"), not a
    clause whose own subject and verb a title keeps as they stand."""
    m = _HAPPENING_OPENS.match(clause)
    if m is None:
        return False
    tail = NOUN_COMPLEMENT.match(clause, m.end())
    return RELATIVE_ACT.match(clause, tail.end() if tail else m.end()) is not None


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " ,;:.":
        end -= 1
    return end


#: A happening's noun phrase the date follows: "the massive BP oil spill in the Gulf of Mexico last year",
#: "the explosion and subsequent sinking of the Deepwater Horizon drilling rig in April".
_NOUN_BEFORE = re.compile(
    r"(?i).*(?:^|\s)(?P<np>(?:the|a|an|his|her|its|their|this|that|[\w.'’-]+['’]s?)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?P<noun>" + "|".join(sorted(EVENT_NOUNS, key=len, reverse=True)) + r")\s+"
    r"(?:(?:of|in|at|off|on|near)\s+(?:the\s+)?(?:[\w'’.-]+\s+){0,5}?)?)(?:(?:on|in|at|during)\s+)?(?:the\s+)?$", re.S)


def named_before(text: str, sentence_start: int, start: int, end: int) -> Happening | None:
    """The happening whose noun phrase the date at ``text[start:end]`` closes, or None.

    Used where a sentence states two dates: "the commission said Tuesday ... to prevent a repeat of the
    massive BP oil spill in the Gulf of Mexico last year" is one statement of Tuesday, and the spill's date.
    """
    before = text[max(sentence_start, start - 120):start]
    m = _NOUN_BEFORE.match(before)
    if m is None or re.search(r"[,;:]", m.group("np")):
        return None
    if not re.search(r"(?i)\b(?:on|in|at|during)\s+(?:the\s+)?$", before) and not re.match(
            r"(?i)(?:last|this|next|yesterday|today|tonight|earlier|later)\b", text[start:end]):
        return None  # "to impede the US invasion 1979: 140m gallons ...": a chronology's label, not the noun's date
    np_start = start - len(before) + m.start("np")
    return Happening(np_start, end, stem(m.group("noun")), own=np_start > sentence_start + 2)


#: The names one disaster goes by in one article: "the explosion", "the spill", "last year's accident".
_DISASTER_STEMS = frozenset(stem(w) for w in (
    "explosion", "blast", "blowout", "spill", "leak", "disaster", "accident", "crash", "collapse", "sinking", "fire",
    "eruption", "meltdown", "catastrophe", "tragedy"))


def one_disaster(a: str, b: str) -> bool:
    """Whether two happening nouns' stems may name one disaster ("spill" and "accident" of one date)."""
    return a in _DISASTER_STEMS and b in _DISASTER_STEMS


#: The irregular participles as a regex alternation (a regular one is matched by "-ed"), less those as often
#: nouns after an article: "took a further hit early last week" is no hit that happened last week.
PARTICIPLE_WORDS = "|".join(sorted(IRREGULAR_PARTICIPLES - {"hit", "cut", "put"}))
#: An object's reduced relative closed by the date: "(had uncovered) a document prepared in 2001 by Transocean",
#: "(cited) a report published on Monday".
_REDUCED_RELATIVE = re.compile(
    r"(?i).*(?:^|\s)(?P<np>(?:a|an|the|this|that|these|those|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}?"
    # the noun the participle follows: no determiner or preposition ("fitted a cap to its damaged oil well on
    # Friday": "damaged" there is the well's adjective, and the date the fitting's). ("a schedule that included
    # trials in March": "that" there is a relative pronoun, and the date the clause's.)
    r"(?!(?:" + auxiliaries(BE_FINITE, BE_NONFINITE, HAVE_FORMS) + r"|a|an|the|its|their|his|her|our|my|your|this|these|"
    r"those|to|of|in|on|at|for|with|by|from|into|onto)\b)[a-z]+\s+"
    r"(?:[a-z]{3,}ed|" + PARTICIPLE_WORDS + r")\s+(?:(?!(?:and|but|that|which|who|it|he|she|they)\b)"
    r"[\w'’-]+\s+){0,4}?)(?:(?:in|on|at|during)\s+)?$", re.S)
_PERIOD_HEAD = re.compile(r"(?i)\b(?:days?|weeks?|months?|quarters?|years?|period|half|session|term)\s+\S+\s+$")
#: What stands before an object: a verb or a preposition ("in an interview published Thursday" and "according
#: to a poll released Tuesday" are where the sentence's own statement was made, and keep its date).
_OBJECT_OF = re.compile(r"(?i)(?:\b(?:of|for|with|from|(?<!according )to|by|about|into|over|under)|[a-z]{3,}(?:ed|ing)|found|saw|got|"
                        r"made|gave|took|" + auxiliaries(HAVE_FORMS) + r"|cites?|shows?|releases?|publish(?:es)?)\s+$")


def reduced_relative(text: str, sentence_start: int, start: int, end: int) -> Happening | None:
    """The object's reduced relative clause the date at ``start`` closes, or None: "a document prepared in 2001"
    dates the document's preparing, not the saying or finding of the sentence's main clause."""
    before = text[max(sentence_start, start - 100):start]
    m = _REDUCED_RELATIVE.match(before)
    if m is None or re.search(r"[,;:]", m.group("np")) or _PERIOD_HEAD.search(m.group("np")):
        return None  # "for the six months ended Aug. 12": the period's end, the date of the figures
    np_start = start - len(before) + m.start("np")
    if not _OBJECT_OF.search(text[max(sentence_start, np_start - 30):np_start]):
        return None
    # "A fund for victims of the spill opened on Monday": with no other verb before or after, the participle is the
    # clause's own. Any "-ed" word before the noun phrase may be that verb ("attention shifted ... over the agreement
    # Obama announced on Wednesday"), so the phrase stays a happening then.
    if not finite_verb_in(text[sentence_start:start]) and not re.search(r"\b[a-z]{3,}ed\b", text[sentence_start:np_start]) \
            and not finite_later(text[end:end + 200]) and not past_verb_next(text, end):
        return None
    head = re.match(r"\S+\s+(?:\S+\s+){0,2}?(\S+)\s+\S+\s", text[np_start:start])
    agent = re.match(r"[ \t]+by[ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’.&-]*[ \t]?){1,4}", text[end:end + 60])
    return Happening(np_start, _trim(text, np_start, end + (agent.end() if agent else 0)),
                     stem(head.group(1)) if head else "", own=True)


#: The participles (and "due") that give the day a named happening is to take place: "a hearing set for Friday".
SCHEDULE_WORDS = "scheduled|planned|slated|set|due|expected"
#: A noun, then a participle or "due" that says when it is to happen: "a call with analysts planned for Friday",
#: "thunderstorms expected Friday". Not after a form of "be" ("the tests were due on Monday" is the clause's own
#: statement). A participle set off by commas ("a hearing, scheduled for Thursday, ...") and an absolute "with
#: results expected later today" are left to the clause: the noun alone would make no title.
_SCHEDULED = re.compile(
    r"(?i).*?(?:^|\s)(?P<np>(?:a|an|the|this|its|their|his|her|(?:the\s+)?[\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+|[a-z]{3,}s)"
    r"(?<!\bare)(?<!\bis)(?<!\bwas)(?<!\bwere)(?<!\bbe)(?<!\bbeen)(?<!\bbeing)"
    r"\s+(?:" + SCHEDULE_WORDS + r")\s+(?:(?:for|on)\s+)?$", re.S)


def scheduled_for(text: str, sentence_start: int, start: int, end: int) -> Happening | None:
    """The noun whose schedule the date at ``start`` gives ("postponed a hearing, scheduled for Thursday"): the
    hearing is Thursday's, not the postponing."""
    before = text[max(sentence_start, start - 100):start]
    m = _SCHEDULED.match(before)
    if m is None or re.search(r"[,;:]", m.group("np")) or re.search(r"(?i)\bwith\s+$", before[:m.start("np")]) or \
            m.group("np").split()[-1].lower() in (
            "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would"):
        return None
    np_start = start - len(before) + m.start("np")
    head = re.search(r"(\w+)$", m.group("np"))
    return Happening(np_start, _trim(text, np_start, end), stem(head.group(1)) if head else "", own=True)


#: A second main clause joined by "and" to the first, its own subject left out or named again, its verb
#: finite and reported ("..., and has been forced to delay its results", "and the company will close ...").
_SECOND_CLAUSE = re.compile(
    r",?\s+and\s+(?:(?:the\s+(?:company|firm|group|government|agency|bank)|it|he|she|they)\s+)?"
    r"(?P<aux>" + auxiliaries(BE_FINITE, HAVE_FORMS, WILL_WOULD, without={"would"}) + r")\s+(?:also\s+|now\s+|since\s+|already\s+)?"
    r"(?:been\s+)?(?P<verb>[a-z]{3,})\b")
#: Words after the auxiliary that make no report of their own ("and is expected", "and was still").
_NO_NEWS = frozenset(["expected", "likely", "still", "due", "set", "thought", "believed", "said", "reported",
                      "not", "never", "going", "able", "unable", "a", "an", "the", "one", "in", "on", "at"])
#: A verb of the first clause: finite, so the part before "and" is a clause, not a noun list.
_FIRST_VERB = re.compile(r"\b(?:" + auxiliaries(BE_FINITE, HAVE_FORMS, WILL_WOULD) + r")\s+(?:been\s+|be\s+|to\s+be\s+)?"
                         r"[a-z]{3,}|\b[a-z]{3,}ed\b|\bis\s+to\b")


def coordinated_news(sentence: str) -> tuple[int, int] | None:
    """Where a lead's second main clause starts and its words begin, when it reports news of its own.

    "BP is to be thrown out of the index, and has been forced to delay its results" is two reports:
    two coordinated main clauses with different verbs. Returns (end of the first clause, start of the
    second's words after "and"), or None when there is no such clause, it is too short to say
    anything (five words at least, the first clause too), it is inside a quotation or a relative
    clause, or its verb only hedges ("and is expected to ...").
    """
    for m in _SECOND_CLAUSE.finditer(sentence):
        head = sentence[:m.start()]
        if m.group("verb") in _NO_NEWS or len(head.split()) < 5 or len(sentence[m.end():].split()) < 3:
            continue
        if m.group("aux") in ("is", "are") and m.group("verb").endswith("ing"):
            continue  # "appears to have had enough of its chief and is sending him away": one story, told on
        if quotation_open(head) or re.search(
                r"\b(?:which|who|whose|where|if|because(?!\s+of)|while|although|though|unless)\b[^,]*$", head):
            continue  # a quotation's words, or "..., which rose and has ...": not the lead's own clause
        if not _FIRST_VERB.search(head):
            continue
        return m.start(), sentence.index("and", m.start()) + 4
    return None
