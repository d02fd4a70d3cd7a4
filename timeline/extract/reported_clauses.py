"""A reported clause standing for its frame: "X says Y" written as "Y".

A title that is the saying ("BP says the cap was removed") gives way to what was said when only that fits the
limit, when the speaker names nobody ("He said Dudley would meet the families"), or when the event's date is the
reported happening's own ("a spokesman said the cap was removed [on Friday]"): a timeline entry at Friday is the
removal, not the saying, which may have come days later.
"""

from __future__ import annotations

import re

from timeline.calendar_words import MONTH_PATTERN, WEEKDAY_NAME_PATTERN
from timeline.english_auxiliaries import BE_FINITE, auxiliaries
from timeline.english_verbs import IRREGULAR_PAST_PATTERN
from timeline.extract.reported_states import framed, reported_state
from timeline.extract.saying_times import after_saying_time
from timeline.extract.speaker_pronouns import speaker_subject
from timeline.extract.title_backshift import LISTENER
from timeline.extract.title_compress import said_alone
from timeline.extract.title_cuts import _limit, cut_main_clause
from timeline.extract.title_grammar import open_question
from timeline.extract.title_referents import actor_kind
from timeline.extract.title_subjects import drop_lead
from timeline.extract.title_tense import headline_verb
from timeline.extract.title_words import BREAK_WORDS, MAX_CHARS, main_verb_start, verbish

CLAUSE_BREAKS = {"as", "because", "after", "before", "while", "when", "until", "since", "although", "though",
                  "but", "and", "despite", "amid", "following", "including", "with", "whereas", "unless", "if"}

#: Verbs that report without judging: "X says Y" may become "Y" when only Y fits. ("claims", "insists",
#: "denies", "suspects" judge what follows, so their clause never stands alone.)
_NEUTRAL_REPORT = re.compile(
    r"(?:(?:tells|tell|told)\s+[^,“”\"]{1,40}?\s+that\b|(?:says|say|said|adds|add|added|states|stated|writes|wrote|"
    r"confirms|confirm|confirmed|announces|announce|announced|notes|noted|reports|report|reported)\b(?:\s+that\b|"
    r"(?!\s+(?:in|on|at|to|by|for|with|from)\b)))\s*")
#: "They are forecasting that BP will report ...": a forecast, whose clause keeps its "will" when the frame goes.
#: "told reporters the bridge would open": a telling whose "that" the title dropped, its listener before the clause.
#: Only a dated clause stands for it (the date is the told happening's own, :func:`.title_backshift.dated_report`).
_TOLD_LISTENER = re.compile(r"(?:tells|tell|told)\s+" + LISTENER.pattern)
_FORECAST_REPORT = re.compile(r"(?:(?:" + auxiliaries(BE_FINITE) + r")\s+)?(?:forecasts?|forecasting|predicts?|predicting|predicted|expects?|"
                              r"expecting|expected|estimates?|estimated|estimating)\s+that\s+")
UNNAMED_SUBJECT = re.compile(
    r"(?i)^(?:he|she|it|they|we|i|you|this|that|these|those|there|his|her|its|their|our|the (?:company|firm|group|"
    r"agency|government|president|minister|official|spokesman|spokeswoman)\b)\b")


#: What opens a time phrase of the saying, left when part of it went with the event's date ("late [Monday] that").
_SAYING_TIME = re.compile(r"(?i)(?:late|early|earlier|later|last|this|next|on|in|at|by|during|yesterday|today|tonight|"
                          + WEEKDAY_NAME_PATTERN + "|" + MONTH_PATTERN + r")\b")


def reported_clause(text: str, verb_at: int, dated: bool = False, predicate: bool = False) -> str | None:
    """ "The Scottish government confirms further analysis of these results suggested a large majority were wrong":
    a title too long for the frame keeps what was said, when that is a whole clause that fits, names its own
    subject and is reported by a verb that does not judge it (the meaning stays; a cut would lose it). ``dated``
    says the event's date stood in the reported clause: the clause is the event, whatever the frame's length;
    ``predicate`` that it stood after the clause's verb, where it dates nothing but the reported happening."""
    frame = _NEUTRAL_REPORT.match(text, verb_at) or (_CONCEDED_REPORT.match(text, verb_at) if predicate else None) \
        or (_TOLD_LISTENER.match(text, verb_at) if dated else None)
    if frame is None or text[:verb_at].count("“") or text[:verb_at].count('"'):
        return None
    said = text[frame.end():].strip()
    # ("report late on Wednesday that a depression had formed": the saying's own time goes with its frame)
    timed = re.match(r"[^,;:“”\"]{0,40}?\bthat\s+", said) if _SAYING_TIME.match(said) else None
    said = said[timed.end():] if timed else said
    if not timed and (told_at := after_saying_time(" " + said, 0)):  # ("said on Saturday a man died last week")
        said = said[told_at - 1:].lstrip(" ,")
    speaker = text[:verb_at].strip()
    told_by = predicate and re.match(r"(?:he|she)\s", said) is not None and _person_named(speaker)
    if told_by:  # "Reed said he had decided in 2007 to ...": the speaker's own past act ("Reed decides to ...")
        said = speaker + said[said.index(" "):]
    elif predicate and dated and (named := speaker_subject(speaker, said)):  # ("official Dan Hollis said he would")
        said, told_by = named
    if dated and _SAYING_TIME.match(said):
        return None  # ("announces late Monday the procedure ...": no clause to tell where the time ends)
    if not said or not said[0].isalpha() or UNNAMED_SUBJECT.match(said) or re.match(r"(?i)(?:how|what|why|whether|"
                                                                                    r"if|when|where|who)\b", said):
        return None
    # The frame stays when the cut still reaches two words past the reported verb at a phrase boundary.
    inner = len(text) - len(said) + main_verb_start(said)
    cut = _limit(text, verb_at)
    after = text[len(cut):].lstrip(" ,;:").split(" ", 1)[0].lower()
    if not dated and len(text[inner:len(cut)].split()) >= 3 and (after in CLAUSE_BREAKS or after in BREAK_WORDS
                                                    or text[len(cut):][:1] in ",;:"):
        return None
    said = drop_lead(said[0].upper() + said[1:])  # ("until questions are answered, | the government should ...")
    if not said or UNNAMED_SUBJECT.match(said) or re.match(r"(?i)(?:until|when|while|after|before|as|since|once|if|"
                                                            r"unless|although|though|because)\b", said):
        return None
    said = cut_main_clause(said[0].upper() + said[1:])
    verb = main_verb_start(said)
    if re.search(r"[“”\"]", said.rstrip(" .”\"")):
        return None  # a quoted characterisation ("gross negligence") is the speaker's word: it keeps its speaker
    if re.search(r"[,;:]", said[:verb]) or open_question(said[:verb]) or re.search(r"\b(?:and|or|but)\s*$", said[:verb]):
        # "reports record loss, having set aside", "writes an analysis of how the spill had", "reported an
        # 11bn loss and confirmed": an object, not a clause with its own subject
        return None
    # ("cameras detect the well ...": a word no table knows is a verb when its object follows)
    if verb <= 0 or not (verbish(said[verb:].split(" ", 1)[0].lower(), said[:verb].split()[-1].lower()
                                  if said[:verb].split() else "")
                         or re.match(r"[a-z]+\s+(?:the|an?|its|their|his|her|this|these|those|our)\s", said[verb:])):
        return None
    if dated and len(text) <= MAX_CHARS and re.match(r"\s*had\b", said[verb:]) and not (predicate and re.match(
            r"\s*had\s+(?:[a-z]+ly\s+|already\s+|also\s+)*(?:been|[a-z]{3,}ed|" + IRREGULAR_PAST_PATTERN + r")\b", said[verb:])):
        return None  # ("said the 1987 strike had cost the town dearly": a past before the saying, not at the date)
    if dated and re.match(r"would\s+(?!have\b)", said[verb:]):  # the backshift's "would" is the happening's "will"
        said = said[:verb] + "will" + said[verb + len("would"):]
    if predicate:  # "the depot had passed its inspection [in May]": at its own date the perfect is a simple past
        said = said[:verb] + re.sub(r"^had\s+((?:[a-z]+ly\s+|already\s+|also\s+)*)(?:been\b|(?=(?:[a-z]{3,}ed|"
                                    + IRREGULAR_PAST_PATTERN + r")\b))",
                                    lambda m: m.group(1) + ("was" if m.group(0).endswith("been") else ""), said[verb:])
    if dated:  # ("said BP would be dropped from the index, citing its committee": the citing is the speaker's)
        said = _SPEAKERS_ASIDE.sub("", said)
    said = headline_verb(said).rstrip(" .,;:")
    said = said_alone(text, verb_at, frame.end(), said, verb)
    if len(said) > MAX_CHARS or len(said.split()) < 4:
        return None
    if dated:  # the happening's headline: its speaker is in the quote the event keeps
        # ("responding to its order": a pronoun may stand for the speaker, who goes with the frame)
        unresolved = r"\b(?:its|their|him|them|he|she|it|they)\b" if told_by else r"\b(?:its|his|her|their|him|them|he|she|it|they)\b"
        if not re.search(unresolved, said, flags=re.I):
            return said
        if (not predicate or len(said) + len(text[:verb_at].strip()) + 7 > MAX_CHARS) and (
                len(text) <= MAX_CHARS or _THINKING.match(said, verb)):
            # (with no room for its speaker after it, the saying stays first, unless it fits no better; "said BP
            # thought it unlikely that ... before 2007": a belief is no happening of the date, and keeps its frame)
            return None
        # ("said the depot had passed its inspection in May": whose "its" is, only the speaker's words tell; the
        # happening goes first, with its speaker after it)
    # "Officials were too optimistic, the commission says": the speaker follows when there is room.
    # ("..., the Coast Guard confirms", "..., he says", "..., the Obama administration says": a speaker after the
    # clause loses the sentence's capital)
    speaker = speaker[0].lower() + speaker[1:] if re.fullmatch(r"The\s+[a-z].*|The\s.*\s[a-z][\w-]*|An?\s.+|He|She|It|They|We|"
                                                              r"(?:Analysts|Officials|Experts|Scientists|Residents|"
                                                              r"Investigators|Authorities|Police|Researchers|Critics|"
                                                              r"Doctors|Economists|Traders|Sources)", speaker) else speaker
    verb = frame.group(0).split()[0]
    verb = {"tells": "says", "tell": "say", "told": "said"}.get(verb, verb)
    attributed = f"{said}, {speaker} {verb}"
    if len(attributed) > MAX_CHARS and reported_state(said):  # ("the strain has not yet taken hold": a claim
        return framed(text[:verb_at].strip(), verb, said) or said  # without its speaker would read as fact)
    return attributed if len(attributed) <= MAX_CHARS else said


#: A verb of thinking or expecting opening the reported clause's predicate.
_THINKING = re.compile(r"\s*(?:thought|thinks|think|believed|believes|believe|expected|expects|expect|feared|fears|"
                       r"hoped|hopes|doubted|doubts)\b")
#: A participle that goes on with the speaker's act after the reported clause: "..., citing its policy committee".
_SPEAKERS_ASIDE = re.compile(r",?\s+(?:citing|adding|saying|noting|quoting)\s.*$")


#: A verb that grants the clause it reports, and the occasion of granting it before the clause's "that" ("admitted
#: in an interview that"): the clause then stands as the event when its date is the clause's own.
_CONCEDED_REPORT = re.compile(
    r"(?:admits|admit|admitted|accepts|accept|accepted|acknowledges|acknowledge|acknowledged|concedes|concede|"
    r"conceded|recalls|recall|recalled|says|say|said|adds|add|added|confirms|confirm|confirmed)"
    r"(?:\s+(?:in|on|at|during|to)\s+[^,;:“”\"]{1,40}?)?\s+that\s+")


def _person_named(speaker: str) -> bool:
    """Whether ``speaker`` is a person's name, whom a reported "he" or "she" stands for: "Reed", "Paul Dean"."""
    return re.fullmatch(r"(?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][a-z][\w'’-]*", speaker) is not None \
        and speaker.split()[0] not in _NOT_A_NAME and actor_kind(speaker) != "body"


_NOT_A_NAME = {"The", "A", "An", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "You",
               "There", "His", "Her", "Its", "Their", "Our", "My", "Your", "Some", "Many", "Most", "All", "No"}


def named_report(text: str) -> str | None:
    """ "He said Dudley would meet the families": when "he" names nobody, the reported clause whose subject
    is a name ("Dudley would meet the families") says who did what; a clause without a name does not."""
    verb_at = main_verb_start(text)
    frame = _NEUTRAL_REPORT.match(text, verb_at) if verb_at else None
    forecast = None if frame or not verb_at else _FORECAST_REPORT.match(text, verb_at)
    frame = frame or forecast
    if frame is None or re.search(r"[“”\",]", text[:frame.end()]):
        return None
    said = text[frame.end():].strip()
    if forecast and not re.match(r"(?:[A-Z][\w.'’&-]*\s+){1,4}(?:will|would|could|may|might|is\s+set\s+to|is\s+expected\s+to)\s", said):
        return None  # a forecast stays one only when what is forecast says "will" or "may" itself
    first = said.split(" ", 1)[0]
    if not re.fullmatch(r"[A-Z][\w.'’&-]+", first) or first in _NOT_A_NAME or len(said.split()) < 4:
        return None
    verb = main_verb_start(said)
    words = said[:verb].split()
    if verb <= 0 or not words or not all(w[:1].isupper() or w in {"of", "and", "de"} for w in words) or not verbish(
            said[verb:].split(" ", 1)[0].lower(), words[-1].lower()):
        return None
    return said
