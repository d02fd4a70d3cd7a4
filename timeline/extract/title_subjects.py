"""The subject of a headline title: who did it.

Leading adverbials and subordinate clauses go ("In January, Hegseth ..."),
appositives and job titles give way to the name ("Anthropic CEO Dario Amodei
writes" -> "Dario Amodei writes"), and a pronoun or role noun that opens the
sentence ("He", "The company", "The president") becomes the named actor when
the actor fits it (a person for "he", an organisation for "it").
"""

from __future__ import annotations

import functools
import re

from timeline.calendar_words import WEEKDAY_NAME_PATTERN
from timeline.extract.names import COMMON_SINGLE
from timeline.extract.state_referents import US_STATES
from timeline.extract.title_clause_edges import clause_in_list, verb_among
from timeline.extract.title_openers import demonstrative_subject, inverted, lead_debris
from timeline.extract.title_roles import and_in_role
from timeline.extract.title_verbs import IRREGULAR_PAST_FORMS
from timeline.extract.title_words import (
    AUX,
    MAX_CHARS,
    PRESENT,
    PRESENT_FORMS,
    PRONOUN_WORDS,
    finite_verb,
    main_verb_start,
    verbish,
)

LEAD_WORDS = {
    "in", "on", "at", "after", "before", "while", "when", "although", "though", "as", "since", "during",
    "despite", "amid", "amidst", "following", "earlier", "later", "meanwhile", "however", "separately", "also",
    "still", "for", "by", "under", "with", "without", "until", "once", "if", "because", "last", "this",
    "over", "within", "throughout", "across", "from", "to", "so", "then", "now",
    # Any preposition or sentence adverb can open a sentence before its subject:
    # "Against that, ...", "Through the lawsuit, ...", "According to X, ...", "Unfortunately, ...".
    "against", "through", "beyond", "besides", "unlike", "like", "according", "ahead", "apart", "along",
    "behind", "near", "outside", "inside", "upon", "toward", "towards", "given", "speaking",
    "instead", "indeed", "overall", "elsewhere", "today", "yesterday", "tonight", "again", "already",
    "initially", "eventually", "finally", "ultimately", "previously", "recently", "currently", "typically",
    "next", "back", "shortly", "soon", "asked",
    "moreover", "furthermore", "additionally", "nevertheless", "nonetheless", "likewise", "similarly",
    "off", "onto", "into", "via", "unless", "among", "amongst", "prior", "between", "around",
    "rather", "thus", "hence", "otherwise", "yet", "first", "second", "firstly", "secondly", "lastly",
    "anyway", "alternatively", "conversely", "consequently", "accordingly", "specifically", "notably",
    "importantly", "crucially", "interestingly", "ironically", "fortunately", "unfortunately", "globally",
    "regardless", "irrespective", "notwithstanding", "barring", "pending", "regarding", "concerning",
}
#: "after the blast", "later", "later that day": what follows a span of time in a lead. Only "after" and "before"
#: take a phrase of their own: "Five days later the well blew out, causing ..." has no comma after its lead, and
#: the comma after "blew out" ends the main clause, not the lead.
_AFTER_TIME = r"(?:(?:after|before)\b[^,“\"]{0,80}|(?:later|earlier|ago)\b(?:\s+(?:in|on|at|that|this|next|last|the\s+same)\b[^,“\"]{0,40})?)"
#: "The next day, ...", "Two weeks later, ...", "Hours after the blast, ...": a time phrase before the subject.
_TIME_LEAD = re.compile(
    r"^(?:(?:less\s+than|more\s+than|almost|nearly|barely|just|only|some)\s+)?"  # ("Less than two weeks after ...,")
    r"(?:(?:the|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|"
    r"a few|a couple of|\d+)\s+(?:[a-z]+\s+)?"
    r"(?:days?|weeks?|months?|years?|hours?|minutes?|morning|night|evening|afternoon|weekend)"
    r"(?:\s+" + _AFTER_TIME + r")?|(?:hours|days|weeks|months|years|minutes|moments)\s+" + _AFTER_TIME + r"),\s+", re.I)
#: "Last month Shell admitted ...": a time phrase without its comma.
_BARE_TIME_LEAD = re.compile(
    r"^(?:(?:last|this|next|earlier|later)\s+(?:week|month|year|night|morning|afternoon|evening|weekend|spring|summer|autumn|"
    r"fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    # "The next day he was found ...", "That night the crew left": a day told relative to the one before.
    r"(?:the\s+)?(?:next|following|previous|same)\s+(?:day|morning|afternoon|evening|night|week|weekend|month|year)|"
    r"that\s+(?:day|morning|afternoon|evening|night|week|weekend)|(?:(?:barely|just|only|some|about|nearly|"
    r"almost|less than|more than)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+"
    r"(?:hours|days|weeks|months|years|minutes)\s+(?:later|earlier))\s+(?=[A-Z]|(?:he|she|it|they|we|this|these|the)\b)",
    re.I)
#: "Earlier Monday, a BP executive said", "Late on Tuesday night, officials": a weekday lead with its comma.
_WEEKDAY_LEAD = re.compile(r"^(?:(?:Early|Earlier|Late|Later)\s+)?(?:on\s+)?(?:" + WEEKDAY_NAME_PATTERN + ")"
                           r"(?:\s+(?:morning|afternoon|evening|night))?,\s+(?=\S)")
#: "Late on Monday the company said", "On Tuesday night BP confirmed": a weekday lead without its comma, before a
#: subject that starts with a determiner, a pronoun or a name and its verb ("On Monday Night Football" is a name).
_BARE_WEEKDAY_LEAD = re.compile(r"^(?:(?:(?:Early|Earlier|Late|Later)\s+)?(?:on|On)\s+(?:" + WEEKDAY_NAME_PATTERN + ")"
                                r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?=[A-Z][\w.&’'-]*\s+(?:[a-z]+ly\s+)?[a-z])|"
                                r"(?:(?:Early|Earlier|Late|Later)\s+)?(?:(?:on|On)\s+)?(?:" + WEEKDAY_NAME_PATTERN + ")"
                                r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?=(?:the|a|an|he|she|it|they|we)\s))")
_CONJUNCTIONS = {"but", "and", "so", "yet", "or", "meanwhile", "however", "still", "also"}
_COUNT = re.compile(r"(?!(?:1[89]|20)\d\d\b)\d[\d,.]*")  # (a year opens a caption's lead: "2010 photo, ...")
_AMOUNT_LEADS = {"between", "about", "around", "some", "nearly", "almost", "up", "over", "more", "less", "under"}
_PRONOUNS = {"he", "she", "they"}


_BARE_ADVERB_LEAD = re.compile(
    r"^(?:[A-Z][a-z]+(?:ally|ately|ously|ingly|edly|ently|antly|ively|ually|fully|bly|tly)|Yesterday|"
    r"Today|Tonight|Now|Then|Meanwhile|Also|Still|Separately|Earlier|Later|Instead|Clearly)\s+(?=[A-Z]|(?:he|she|it|they|we|I)\b)"
    r"|^(?:Yesterday|Today|Tonight|Meanwhile|Separately|Earlier|Later|Finally|Eventually|Initially|Ultimately|"
    r"Previously|Subsequently|Additionally|Consequently|Originally|Then|Now|Instead|Afterwards)\s+(?=(?:the|a|an|this|these|those|its|his|her|"
    r"their|some|many|most|all|two|three|several)\s)")
_PARTICIPLE_LEAD = re.compile(r"^[A-Z][a-z]+ing\b[^,“\"]{0,80}?\s(?=(?:he|she|they|we)\s)")
_ADVERB_LEAD = re.compile(r"^[A-Z][a-z]+(?:ally|ately|ously|ingly|edly|ently|antly|ively|ually|fully|ssly|bly|tly),\s+")
_UP_TO_COMMA = re.compile(r"^(?:[^,“\"]{0,160}?|(?!(?:If|Unless)\b)(?:(?!that\b)[^,“\"]|(?<=\d),(?=\d{3})){0,160}?),\s+")  # ("With 30,000 ill,": a number's comma ends no lead; one holding a condition or a "that" clause may be the news)
#: A prepositional lead up to its comma with a short quotation closed inside ("During the “Lost” finale, ...", 'with
#: NBC's "Today Show," ...': a show's, a book's or a ship's title), where an open quotation would be speech and no lead.
_UP_TO_COMMA_QUOTED = re.compile(r"^(?:[^,“”\"]|“[^,“”\"]{1,60}”|\"[^,“”\"]{1,60}\"){0,160}?(?:,|“[^,“”\"]{1,60},”|\"[^,“”\"]{1,60},\")\s+")
_QUOTED_LEAD_WORDS = {"during", "in", "on", "at", "after", "before", "since", "following", "amid", "despite", "with",
                      "without", "for", "by", "under", "over", "from", "like", "unlike", "throughout", "ahead"}
#: Fixed sentence adverbials whose first word is no preposition: "All told, ...", "That said, ...".
_FIXED_LEAD = re.compile(r"^(?:All told|All in all|That said|Having said that|Even so|Put simply|Simply put|To be sure|"
                         r"Sure enough|What is more|What's more|What’s more|Above all|After all|First of all|As such|"
                         r"No doubt|By and large|In all|On balance|So far|Thus far|Until now|For now|"
                         # "Early in the day, ...", "Late on Tuesday, ...", "Later that night, ...": a time of the day.
                         r"(?:Early|Late|Earlier|Later)\s+(?:in|on|at|that|this|the|last|next)\b[^,“\"]{0,30}|"
                         r"(?:(?:Almost|Nearly|About|Some|More than|Less than|Just|Only)\s+)?"
                         r"(?:[A-Z][a-z]+|\d+|A|One)\s+(?:years?|months?|weeks?|days?|decades?)\s+(?:ago|earlier|later)),\s+(?=\S)",
                         re.I)
#: "Some 50 miles off the coast, crews ...", "More than 2,000 miles from the shore, a panel ...": a distance lead.
_DISTANCE_LEAD = re.compile(r"^(?:(?:More than|Less than|Some|About|Nearly|Almost|Roughly|Just)\s+)?[\d,.]+\s*(?:miles|"
                            r"kilometres|kilometers|km|feet|metres|meters|yards)\b[^,“\"]{0,80}?\b(?:from|off|away|"
                            r"south|north|east|west|below|beneath|under|above|inland|offshore)\b[^,“\"]{0,80},\s+(?=[A-Za-z])")
#: A section label or agency tag run into the sentence: "Features A commission ...", "AFP In an effort ...".
_SECTION_LEAD = re.compile(r"^(?:Features?|AFP|Updated?|Help|Video|Photos?|Advertisement|Related|Exclusive|"
                           r"Breaking|Analysis|Opinion)\s+(?=[A-Z][a-z]*\s)")
#: The rest of a place after a lead that ended on its first part: "At a command centre in Robert, | La., Suttles
#: said", "In Mobile, | Alabama, officials ...": a state, by name or abbreviation, set off by commas.
PLACE_REST = re.compile(r"(?:[A-Z][a-z]{1,5}\.|[A-Z]\.[A-Z]\.|" + "|".join(US_STATES) + r"),\s+(?=\S)")
#: A finite verb in a phrase after "and": a clause of its own, not a second lead ("and officials said, ...").
_PRE_VERB_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|said|says|did|does)\b")
#: "Interviewed on US television, Obama ...", "Elected in 2008, she ...": a participle phrase before the subject.
_PAST_PARTICIPLE_LEAD = re.compile(
    r"^[A-Z][a-z]{3,}ed\s+(?:[a-z]+\s+)?(?:on|in|at|by|with|for|from|after|before|during|over|as|to|under)\b"
    r"[^,“\"]{1,80},\s+(?=[A-Za-z])")
#: "In the Gulf: Coast Guard ...", "Elsewhere: ...": a label before the sentence.
_LABEL_LEAD = re.compile(r"^(?:(?:In|On|At|Across|Inside|Outside|Elsewhere|Meanwhile)\b[^:;,“\"]{0,30}|[A-Z]{2,}"
                         r"(?:\s+[A-Z]{2,}){0,3}):\s+(?=[A-Z])")


@functools.lru_cache(maxsize=1024)  # the actor finder asks about each sentence several times
def drop_lead(text: str) -> str:
    """Drop leading adverbials and subordinate clauses: "In January, Hegseth ..."."""
    dropped = False
    for _ in range(3):
        timed = _TIME_LEAD.match(text) or _BARE_TIME_LEAD.match(text)
        after = text[timed.end():].split(" ", 2)[:2] if timed else []
        if timed and _enough(text[timed.end():]) and not _verb_of_time(after):
            # ("Last week saw the first frost": the time is the subject of "saw")
            text = text[timed.end():]
            continue
        weekday = _WEEKDAY_LEAD.match(text) or _BARE_WEEKDAY_LEAD.match(text)
        if weekday and len(text) - weekday.end() > 15:
            text = text[weekday.end():]
            continue
        bare = _BARE_ADVERB_LEAD.match(text)
        if bare and len(text) - bare.end() > 15:  # "Initially BP tried ...", "Yesterday we learned ..."
            text = text[bare.end():]
            continue
        label = _LABEL_LEAD.match(text) or _PAST_PARTICIPLE_LEAD.match(text)
        label_end = _lead_end(text, label.end()) if label else 0
        if label and len(text) - label_end > 15:
            text = text[label_end:]
            continue
        participle = _PARTICIPLE_LEAD.match(text)
        if participle:  # "Facing the committee last week he was ...": the participle phrase goes
            text = text[participle.end():]
            continue
        bare_pronoun = _BARE_LEAD_BEFORE_PRONOUN.match(text)
        if bare_pronoun:  # "In 2003 it paid ...", "By 2013 they will ...": a pronoun marks where the subject starts
            text = text[bare_pronoun.end():]
            continue
        phrase = _phrase_lead(text)
        if phrase:  # "Seemingly aware of its image, BP hired ...", "Helmed by two consultants, the firm is ..."
            text = text[phrase:]
            continue
        # "Just as the list was finished, ...", "But even after the well was capped, BP ...": the focus word opens the
        # lead clause.
        focus = re.match(r"^(?i:just|right|even|only|long|shortly|soon|well|immediately)\s+(?=(?:as|when|after|before|"
                         r"though|while|since|once|until)\s|(?:this|last)\s+(?:week|month|year|weekend)\b)", text)  # ("Even if" stays: a condition keeps its claim)
        if focus:
            text = text[focus.end():]
            continue
        section = _SECTION_LEAD.match(text) or _DISTANCE_LEAD.match(text)
        if section and len(text) - section.end() > 15:
            text = text[section.end():]
            continue
        debris = lead_debris(text)  # "[Even] now, BP ...", "By contrast the firm ...", "PIPELINE RUPTURE, A gas line ..."
        if debris and _enough(text[debris.end:]) and (not debris.needs_subject or _SUBJECT_START.match(text, debris.end)):
            text = text[debris.end:]
            continue
        fixed = _FIXED_LEAD.match(text)
        if fixed and len(text) - fixed.end() > 15:  # "All told, the members had ..."
            text = text[fixed.end():]
            continue
        sentence_adverb = _ADVERB_LEAD.match(text)  # "Unfortunately, ...", not "Italy, ..." or "Kelly, ..."
        if sentence_adverb:
            text = text[sentence_adverb.end():]
            continue
        first = text.split(" ", 1)[0].lower().strip(",")
        if first in _CONJUNCTIONS and " " in text:
            text = re.sub(r"^far\s+(?=\S)", "", text.split(" ", 1)[1].lstrip(", ")) if first == "so" else text.split(" ", 1)[1].lstrip(", ")  # ("so far": both go)
            # "With the spill reaching the coast, and bad weather triggering a warning, the crisis ...": after a
            # dropped lead, "and" opens a second one that ends at its own comma.
            second = _UP_TO_COMMA.match(text) if dropped and first == "and" else None
            if second and len(text) - second.end() > 15 and not _PRE_VERB_FINITE.search(text[:second.end()]):
                text = text[second.end():]
            continue
        if (first in LEAD_WORDS or not text[:1].isalpha() or (first.endswith("ing") and text[:1].isupper())
                or re.match(r"[A-Z][a-z]+ly\s+[a-z]+ing\s", text)) \
                and not inverted(text) and not demonstrative_subject(text):  # ("At issue were ...": a predicate)
            m = _UP_TO_COMMA.match(text)
            quoted = _UP_TO_COMMA_QUOTED.match(text) if m is None and first in _QUOTED_LEAD_WORDS else None
            if quoted and not any(w in AUX or w in {"said", "says"} for w in quoted.group(0).lower().split()):
                m = quoted  # ("In the “dead zone” report, ..."; not "In “Jaws” is a shark, ...": a clause)
            end = _lead_end(text, m.end()) if m else 0
            if m and end != m.end():  # the comma was inside the lead: its bracket or its subject's appositive
                m = re.match("^.{" + str(end) + "}", text, re.S)
            # ("Before the storm the town had been hit by floods, | leaving ...": no comma ended the lead, and a
            # participle after the first one opens no main clause.)
            # ("between 89m and 176m gallons had leaked,", "550 skimmers were at work,": an amount and its verb, no lead)
            if m and _enough(text[m.end():]) and not _participle_only(text[m.end():]) and not (
                    (first in _AMOUNT_LEADS or _COUNT.fullmatch(first)) and _PRE_VERB_FINITE.search(m.group(0))):
                place = PLACE_REST.match(text, m.end()) if re.search(r"\b[A-Z][\w.’'-]*,\s+$", m.group(0)) else None
                text = text[place.end() if place and len(text) - place.end() > 15 else m.end():]
                dropped = True
                continue
            # A bare lead word before the subject ("In January Hegseth ...") stays.
        if text.startswith(",") or text.startswith(" "):
            text = text.lstrip(", ")
            continue
        break
    return text


#: "In 2003 it paid ...", "On Monday they agreed ...", "By 2013 it will ...": a short lead without its comma; the
#: pronoun after it is the subject, so the lead ends there. "In Guernsey the authorities are ...": a determiner after a
#: place's name opens a new phrase, the subject.
_BARE_LEAD_BEFORE_PRONOUN = re.compile(
    # "On Tuesday his brothers ...": a possessive cannot go on a time word's phrase, so the lead ends before it.
    r"^(?:On|Last|This|Earlier|Later|By)\s+(?:" + WEEKDAY_NAME_PATTERN + r"|week|month|year|night|morning|evening|"
    r"afternoon|weekend)\s+(?=(?:his|her|their|its)\s+[a-z])|"
    r"^(?:In|At|From|Near|Across|Throughout|Outside|Inside)\s+(?:[A-Z][\w.’'-]*\s+){1,3}(?=(?:the|a|an|some|many|most|"
    r"several|two|three|local|federal|state)\s+[a-z][\w-]*\s+[a-z])|"
    r"^(?:In|On|At|By|During|Since|Until|Last|This|Earlier|Later|Then|Now|From|After|Before|Within|Over|Throughout)"
    r"(?:\s+(?!(?:he|she|it|they|we|and|or|but|that|which|who)\b)[\w’'.-]+){1,3}\s+(?=(?:he|she|it|they|we)\s+[a-z])|"
    # "On Wednesday the company said": a time lead before "the company" (not "In a sign the company feels ...,").
    r"^(?:On|In|By|Last|This|Earlier|Later|During)\s+(?:(?:the\s+)?(?:[A-Z][a-z]+|\d{1,4}|week|month|year|weekend|"
    r"morning|afternoon|evening|night)\s+){1,3}(?=the\s+(?:[a-z-]+\s+){0,2}(?:company|firm|oil giant|oil major|group|bank)"
    r"\s+[a-z])")
#: Predicative adjectives that open a sentence with their complement: "Aware of the risk, ...", "Keen to settle, ...".
_LEAD_ADJECTIVES = {"aware", "unaware", "able", "unable", "keen", "eager", "anxious", "desperate", "determined",
                    "reluctant", "unwilling", "willing", "fresh", "mindful", "conscious", "confident", "wary", "fearful",
                    "free", "ready", "quick", "hungry", "short", "flush", "sure", "unsure", "intent", "true"}
_LEAD_PREPOSITIONS = {"of", "to", "by", "with", "from", "in", "on", "about", "over", "as", "at", "for", "after",
                      "under", "into", "that"}
_LY_ADVERB = re.compile(r"[A-Z][a-z]+(?:ally|ately|ously|ingly|edly|ently|antly|ively|ually|fully|ssly|bly|tly|ly)")
#: The start of a subject after a lead's comma: a name, a determiner or a pronoun.
_SUBJECT_START = re.compile(r"(?:[A-Z][\w’'.&-]*|(?:the|a|an|its|his|her|their|our|this|these|those|some|many|most|"
                            r"two|three|several|he|she|it|they|we|i)\b)")


def _enough(rest: str) -> bool:
    """Whether what follows a lead can stand as the sentence: more than a few words, or a short clause with its
    subject and verb ("The night before his death, | he worked.")."""
    return len(rest) > 15 or re.match(r"(?:he|she|it|they|we|I|[A-Z][\w'’-]+)\s+[a-z]{3,}\b", rest) is not None


def _phrase_lead(text: str) -> int:
    """Where a leading adjective or participle phrase ends, or 0: "Seemingly aware of its image, | BP hired",
    "Helmed by a former strategist (whom ...), | the firm is", "Keen to settle, | the board offered". The phrase
    holds no verb of its own outside brackets, and a subject follows its comma."""
    words = text.split(" ", 3)
    if len(words) < 3:
        return 0
    first, second = words[0], words[1].lower()
    if _LY_ADVERB.fullmatch(first) and words[1][:1].islower() and not finite_verb(second, ""):
        first, second = words[1].lower(), words[2].lower()  # "Seemingly aware of ...": the adverb before its phrase
    first = first.lower()
    if not ((first in _LEAD_ADJECTIVES or (first.endswith("ed") and len(first) > 4)) and second in _LEAD_PREPOSITIONS):
        return 0
    m = re.match(r"^[^,“\"]{0,240}?,\s+", text)
    if m is None or len(text) - m.end() <= 15:
        return 0
    end = _lead_end(text, m.end())
    if re.search(r"\b[A-Z][\w.’'-]*,\s+$", text[:end]):  # "Based in Durham, | North Carolina, the band ...": the place
        place = PLACE_REST.match(text, end)
        end = place.end() if place and len(text) - place.end() > 15 else end
    lead = re.sub(r"\([^()]*\)", " ", text[:end])
    lead_words = [w.lower().strip(",;:()") for w in lead.split()[2:]]
    if any(w in AUX or w in PRESENT or w in {"said", "says"} for w in lead_words):
        return 0  # "Aware of the risk he took, ...": a clause, not a phrase; better kept than cut wrong
    if _SUBJECT_START.match(text, end):
        return end
    # "Unable to reach the site, rescuers waited": a plural noun and its verb.
    after = text[end:].split(" ", 2)
    plural = len(after) > 2 and re.fullmatch(r"[a-z]{3,}s", after[0]) is not None
    return end if plural and verbish(after[1].lower().strip(",;:"), after[0]) else 0


def _participle_only(rest: str) -> bool:
    """ "shrinking the economy by 7%": what follows a comma is a participle phrase with no verb of its own, so the
    comma ended a main clause ("Cleaning up spilled oil requires ..." has its verb: a gerund subject)."""
    clause = re.split(r"[,;:]|\s(?:that|which|who|where|when)\s", rest, maxsplit=1)[0].split()
    if not clause or not re.fullmatch(r"[a-z]+ing", clause[0]):
        return False
    if clause[0] in {"saying", "adding", "noting", "claiming", "arguing", "warning", "insisting", "stating"}:
        return True  # "saying the policy covers ...": the clause it reports is no main clause
    # A finite verb: an auxiliary, or a present form after a noun ("oil requires"); an "-ed" form after the
    # participle is its complement ("leaving the road closed").
    words = [x.lower().strip(".") for x in clause]
    # (A plural noun looks the same: "boosting oil prices" keeps the old reading, a lead up to the comma.)
    return not any(w in AUX or w in PRESENT_FORMS or (
        i > 1 and re.fullmatch(r"[a-z]{3,}[^siu\W]s", w) is not None
        and words[i - 1] not in {"the", "a", "an", "its", "his", "her", "their", "of", "to", "and", "or", "by", "with"})
        for i, w in enumerate(words) if i)


def _lead_end(text: str, end: int) -> int:
    """Where a leading clause cut at its first comma really ends: "Formed after Roxanne (vocals, | guitar) and
    ..." is inside a bracket; "While the Act, | enacted in 1990, makes BP responsible, | the law caps ..." goes on
    with its subject's participle and its verb. The lead runs on to a comma that a subject follows."""
    for _ in range(3):
        rest, _, after = text[end:].partition(" ")
        rest = rest.strip(",;:()")
        inside = text[:end].count("(") > text[:end].count(")")
        # ("retired Coast Guard Adm. Thad Allen gave": a participle before a name is the name's adjective)
        # ("by blasting tyres, | golf balls and other debris at it, BP admitted": a list runs on to its last item)
        item = re.match(r"[a-z][^,“\"]{0,60}?\s(?:and|or)\s[^,“\"]{1,60},\s+", text[end:])
        item = item if item and _SUBJECT_START.match(text, end + item.end()) else None
        listed = item is not None and rest not in {"he", "she", "it", "they", "we", "i", "you"} and not any(
            w in AUX or (w.endswith("ed") and len(w) > 4) for w in item.group(0).lower().replace(",", " ").split())
        if not inside and not listed and not (rest[:1].islower() and rest not in PRONOUN_WORDS and verbish(rest, "")
                                              and not after[:1].isupper()
                                              and not (rest.endswith("ing") and after.split(" ", 1)[0] in AUX)):  # ("cementing was")
            return end
        nxt = _UP_TO_COMMA.match(text[end:])
        if nxt is None:
            return end
        end += nxt.end()
    return end


def _verb_of_time(after: list[str]) -> bool:
    """ "Last week | saw the first frost", "This month | marked the start": the words after a time phrase are
    its verb (a known verb form, or an -ed form before a determiner), not "This week | retired admiral X"."""
    if not after or not after[0].islower():
        return False
    word, nxt = after[0], (after[1].lower() if len(after) > 1 else "")
    if word.endswith("ed") and word not in PRESENT:
        return nxt in {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "another"}
    return finite_verb(word, "")


#: A name's possessive that opens a noun phrase as its determiner: "Barack Obama's point man", "BP's chief".
_OWNER = r"(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s"


def _holds_verb(phrase: str) -> bool:
    """Whether the words before an appositive hold a verb ("Cameron told the BP chairman, X, that"): then they are a
    clause, the appositive names its object, and the name is no subject ("BP's beleaguered chief" holds an adjective)."""
    return verb_among(phrase.split())


def drop_appositive(text: str) -> str:
    """ "Sean Parnell, the Pentagon's top spokesperson, said" -> "Sean Parnell said"; "The chief executive
    of the company, Tony Hayward, said" -> "Tony Hayward said" (the name is the headline's subject)."""
    # ("Its second ferry, the Northern Star, sank": a name with its article names the subject too; "The oil company,
    # BP, said": a one-word name as well, after a common noun: "A school in San Jose, California, is closed" is a place)
    named = re.match(r"^(?:[Tt]he|An?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|" + _OWNER + r")\s[^,“\"]{2,80}?,\s+((?:the\s+)?[A-Z][\w'’.-]+(?:\s+"
                     r"(?:(?:of|de|van|von|al|bin)\s+)?[A-Z][\w'’.-]+){0,3}),"
                     r"\s+(?=[a-z])", text)
    if named and not (named.group(1).startswith("the ") and named.group(1).split()[1].lower() in _ROLE_WORDS) \
            and not _holds_verb(text[:named.start(1)]) and (" " in named.group(1) or re.search(r"\b[a-z]+,\s+$", text[:named.start(1)])):
        name = named.group(1)
        return name[0].upper() + name[1:] + " " + text[named.end():]
    # "The federal official in charge, retired Coast Guard Adm. Thad W. Allen, said": a role, then the name.
    # ("The lead official on the crisis, Coast Guard commander Thad Allen, directed": capitals before the role too)
    titled = re.match(r"^(?:The|A|An|Its|His|Her|Their|" + _OWNER + r")\s[^,“\"]{2,80}?,\s+((?:(?:[a-z]+|[A-Z][\w'’.-]*)\s+){0,5})"
                      r"([A-Z][a-z][\w'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z][\w'’-]+){1,2}),\s+(?=[a-z])", text)
    title_word = titled.group(1).split()[-1].lower() if titled and titled.group(1).split() else ""
    # A job the role table does not list ("harbour master", "incident commander") is as much a role before a name:
    # lowercase nouns, no preposition or participle ("backed by Sen. Kerry" is no role of his).
    plain_role = titled is not None and bool(title_word) and titled.group(1).split()[-1][:1].islower() and not any(
        w in _NOT_ROLE_WORDS or w.endswith(("ed", "ing", "ly")) for w in titled.group(1).lower().split())
    # ("Coast Guard Adm Thad Allen": an abbreviated rank may come without its full stop)
    if titled and (title_word in _ROLE_WORDS or title_word + "." in _ROLE_WORDS or title_word in _RANKS
                   or title_word.endswith(".") or plain_role) \
            and verbish(text[titled.end():].split(" ", 1)[0].lower(), ""):
        return titled.group(2) + " " + text[titled.end():]
    # "BP chairman, Carl Svanberg, has been invited": the role before the name, set off by commas.
    role = _ROLE_APPOSITIVE.match(text)
    # Only when the role is the subject: "Cameron told the BP chairman, Carl Svanberg, that" has its verb before it.
    if role and not _holds_verb(text[:role.start(1)]):
        return role.group(1) + " " + text[role.end():]
    # ("Jacqui Fleming, 38, from Carnwadric, was named": an age opens the appositive as well)
    m = re.match(r"^([^,“\"]{2,80}?),\s+((?:the|a|an|who|which|whose|its|his|her|their|now|then|also|\d{1,3}(?=,)|"
                 r"[A-Z][\w.&-]*['’]s\s|[a-z])[^“”\"]{0,200}?),\s+(?=[a-z])", text)
    end = m.end() if m else 0
    if m and not verbish(text[end:].split(" ", 1)[0].lower(), "") and not any(
            verbish(w.lower().strip(",;:.()"), "") for w in m.group(2).split()):
        # "Wayne Pisano, head of vaccines at Sanofi, the world's largest supplier, said": the appositive runs
        # on to the comma after which the verb comes.
        for later in re.finditer(r",\s+([a-z][\w’'-]*)(\s+[A-Z])?", text[end:end + 160]):
            between = text[end:end + later.start()].split()
            if re.search(r"[“”\"]", text[end:end + later.start()]) or any(
                    verbish(w.lower().strip(",;:.()"), "") or w.lower() in {"that", "who", "which", "whose"}
                    for w in between):
                break  # the words between hold a clause of their own: not an appositive
            word = later.group(1)
            if verbish(word, "") and not word.endswith("ing") and not (later.group(2) and word in {"said", "says"}):
                end += later.start(1)
                break
    # What stands before an appositive is a name or a short noun phrase ("The company"), not a clause
    # ("Tourists spent $2.3 billion on the beaches, supporting 41,000 workers, ...").
    content = [w for w in (m.group(1).split() if m else []) if w[:1].islower() and w not in PRONOUN_WORDS
               and w not in ("of", "for", "and", "de", "al")]
    # "The firm said that, if the weather holds, the crew ...": a condition after a verb is no appositive.
    clause = m and (re.match(r"(?:if|unless|when|while|although|though|because|until)\b", m.group(2))
                    or any(w.lower() in SPEECH_WORDS for w in m.group(1).split()[1:]))
    # ("Judge Feldman overturned the ban, saying ...": a finite verb before the comma makes it a clause)
    head_words = m.group(1).split() if m else []
    finite = any(finite_verb(w.lower(), head_words[j - 1].lower()) for j, w in enumerate(head_words) if j and w[:1].islower())
    # (an age and a home town stay while the whole sentence fits: "Smith, 45, of Leeds, was charged"; they go when
    # the verb needs their room)
    crowded = not m or not m.group(2)[:1].isdigit() or len(text) > MAX_CHARS
    if m and crowded and not clause and not finite and len(head_words) <= 8 and len(content) <= 2 and not clause_in_list(m.group(2)):
        return m.group(1) + " " + text[end:]
    return text


_NOT_ROLE_WORDS = {"by", "of", "with", "for", "from", "to", "in", "on", "at", "and", "or", "but", "as", "like", "than",
                   "the", "a", "an", "who", "which", "whose", "that", "now", "then", "also", "not", "no"}
SPEECH_WORDS = {"said", "says", "say", "told", "tells", "added", "adds", "warned", "warns", "wrote", "writes", "that"}

_ROLE_WORDS = {
    "ceo", "president", "secretary", "minister", "governor", "gov.", "senator", "sen.", "rep.", "representative",
    "leader", "chairman", "chairwoman", "chair", "director", "spokesman", "spokeswoman", "spokesperson", "mayor",
    "chief", "commander", "general", "gen.", "judge", "justice", "ambassador", "founder", "co-founder", "executive",
    "officer", "analyst", "staffer", "czar", "attorney", "king", "queen", "prince", "premier", "chancellor",
    "speaker", "congressman", "congresswoman", "lawmaker", "councillor", "councilman", "councilwoman", "adviser",
    "advisor", "aide", "economist", "professor", "commissioner", "administrator", "superintendent", "sheriff",
    # Abbreviated ranks only: a bare "Major" or "Admiral" also opens names ("Major League Baseball").
    "adm.", "capt.", "col.", "lt.", "maj.", "sgt.", "cmdr.", "brig.", "cpl.", "dr.", "prof.",
}
#: Ranks in full: before a name set off by commas after a role ("the response chief, Coast Guard Admiral Thad Allen,")
#: they title the person, though alone they may open other names ("Major League Baseball").
_RANKS = {"admiral", "major", "captain", "colonel", "lieutenant", "sergeant", "corporal", "brigadier", "commodore",
          "marshal", "private", "detective", "inspector", "constable", "superintendent"}
_ROLE_APPOSITIVE = re.compile(
    r"^[A-Z][^,“\"]{0,40}?\b(?i:" + "|".join(sorted((re.escape(w) for w in _ROLE_WORDS), key=len, reverse=True))
    + r"),\s+([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2}),\s+(?=[a-z])")


def drop_role(text: str) -> str:
    """ "Anthropic CEO Dario Amodei writes" -> "Dario Amodei writes": the person, without the job title."""
    end = main_verb_start(text)
    words = text[:end].split()
    at = words.index("and") if "and" in words else -1  # ("committee on energy and commerce chairman X": one role)
    if at >= 0 and len(words) <= 14 and not and_in_role(words, at, _ROLE_WORDS):  # "Homeland Security Secretary Janet Napolitano
        # and Alabama Gov. Bob Riley will tour": each person without the job title, when both halves are a role and a name.
        first, second = _person_of(words[:at]), _person_of(words[at + 1:])
        if first and second:
            return f"{first} and {second} {text[end:]}"
        return text  # ("The mayor and Gov. Bob Riley": dropping a role would drop the mayor)
    name = _person_of(words) if len(words) <= 9 else None
    return name + " " + text[end:] if name else text


_RANKS = {"admiral", "captain", "colonel", "major", "sergeant", "lieutenant", "rear-admiral", "vice-admiral"}


def _person_of(words: list[str]) -> str | None:
    """ "Alabama Gov. Bob Riley" -> "Bob Riley": the name after the last job title, or None."""
    # A spelled-out rank counts after another word ("Coast Guard Admiral Thad Allen"); first, it may open a
    # name ("Major League Baseball").
    roles = [i for i, w in enumerate(words) if w.lower() in _ROLE_WORDS or (i > 0 and w.lower() in _RANKS and w[:1].isupper())]
    if not roles:
        return None
    name = words[roles[-1] + 1:]
    if name[:1] == ["of"]:
        # "Secretary of War Pete Hegseth", "Secretary of the Interior Ken Salazar", "Secretary of Homeland
        # Security Janet Napolitano": the department goes, the person's two last words stay.
        name = [w for w in name[1:] if w != "the"]
        name = name[-3:] if len(name) > 3 and re.fullmatch(r"[A-Z]\.", name[-2]) else name[-2:] if len(name) > 2 else []
    return " ".join(name) if 2 <= len(name) <= 3 and all(w[:1].isupper() for w in name) else None


#: "... faces four years in prison if convicted The doctor present at ...": a caption or headline run into
#: the story's sentence without its full stop; a capitalised "The" or "An" before a lowercase word opens a
#: sentence ("reported by The New York Times" keeps its name; "A" is left out: "type A flu", "plan A").
#: A group named by a plural common noun ("Analysts", "Officials") is capitalised only where a sentence starts: after
#: a lowercase word on the same line, with its verb after it, it opens the next item ("... of the spill Analysts expect").
_GROUPS_OPENING = r"(?:" + "|".join(w.capitalize() for w in sorted(COMMON_SINGLE) if w.endswith("s") and w != "sales") + r")"
_RUN_ON = re.compile(r"(?<=[a-z0-9%’'])\s+(?=(?:The|An)\s+[a-z]|" + _GROUPS_OPENING + r"\s+(?:[a-z]+ly\s+)?(?:expect|say|said|"
                     r"believe|warn|warned|fear|predict|forecast|estimate|report|reported|are|were|have|had|will|"
                     r"would|could|may|[a-z]{3,}ed)\b|(?:However|Meanwhile|Separately|Still|Instead|"
                     r"Nevertheless|Nonetheless|Moreover|Elsewhere|By comparison|In comparison|By contrast|In contrast|"
                     r"In addition|For example|For instance|At the same time|In the meantime|On the other hand),\s)")


#: "... a fresh wave of grief The Health Protection Agency confirmed ...": a name opened by a capitalised "The"
#: and followed by its verb, straight after a lowercase word that takes no object of its own: a new sentence.
_RUN_ON_NAME = re.compile(r"\b([a-z]{3,})(?=\s+The\s+(?:[A-Z][\w'’&.-]*\s+){1,6}(?:[a-z]+\s+){0,2}(?:has|have|had|is|are|was|were|"
                          r"will|said|says|confirmed|announced|[a-z]+ed)\b)")
_TAKES_A_NAME = {"told", "tells", "tell", "telling", "from", "with", "for", "and", "or", "nor", "but", "than", "into",
                 "onto", "about", "said", "says", "according", "reported", "read", "reads", "wrote", "writes", "via",
                 "like", "called", "named", "dubbed", "titled", "joined", "joins", "sent", "sends", "informed",
                 "asked", "asks", "contacted", "quoted", "cited", "cites", "watched", "hosted", "bought", "sold",
                 "owns", "owned", "left", "leaves", "sued", "sues", "warned", "urged", "thanked", "blamed",
                 "accused", "met", "meets", "visited", "visits", "replaced", "hired", "led", "leads", "runs", "ran",
                 "heads", "headed", "founded", "edits", "edited", "whom", "that", "which", "where", "when",
                 "while", "because", "what", "who", "against", "under", "over", "after", "before", "since", "until",
                 "upon", "within", "without", "through", "toward", "towards", "across", "behind", "beyond",
                 "among", "amid", "despite", "during", "including", "between", "near", "off", "per", "out",
                 "the", "its", "his", "her", "their", "our", "this", "these", "those", "join", "leave",
                 "saw", "see", "sees", "seen", "praised", "criticised", "criticized", "attacked", "beat", "beats",
                 "defeated", "appointed", "selected", "chose", "picked", "as", "are", "was", "were", "has", "have",
                 "had", "been", "being", "become", "became", "becomes", "unlike", "whose", "whether", "if", "both",
                 "either", "neither", "also", "not", "then"}


def one_news_item(sentence: str, remove: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """The part of a run-on line that holds the event's date: a title states one news item, not a caption
    or headline and the story's sentence at once."""
    sentence, remove = _dated_coordinate(sentence, remove)
    cuts = sorted({m.start() for m in _RUN_ON.finditer(sentence)} | {
        m.end() for m in (_RUN_ON_NAME.finditer(sentence) if " The " in sentence else ())
        if m.group(1).lower() not in _TAKES_A_NAME and not m.group(1).lower().endswith("ly")})
    if not cuts:
        return sentence, remove
    bounds = [0, *cuts, len(sentence)]
    parts = [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]
    # Without a date, the longest part: a caption or headline before the story's sentence is the shorter.
    longest = max(parts, key=lambda p: p[1] - p[0])
    anchor = min((b for b, _ in remove), default=None)
    start, end = next(((a, b) for a, b in parts if anchor is not None and a <= anchor < b), longest)
    if len(sentence[start:end].split()) < 4:
        return sentence, remove  # too short to be a news item of its own
    spans = [(b - start, e - start) for b, e in remove if start <= b and e <= end]
    piece = sentence[start:end].strip()
    shift = len(sentence[start:end]) - len(sentence[start:end].lstrip())
    return piece, [(b - shift, e - shift) for b, e in spans]


def _dated_coordinate(sentence: str, remove: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """ "This involves drilling ..., and BP estimated today that ...": a clause joined by ", and" with a named
    subject and verb of its own is a sentence of its own; a date only inside it is its event, and it is the title."""
    # (Not in a quotation, whose speaker is named apart; not for a date of the attribution after it, "..., a WHO
    # official said on Tuesday"; not for a part of the subject, ", and its dispersal last Saturday, has prompted".)
    dated = min((b for b, _ in remove), default=0)
    for m in re.finditer(r",\s+(?:and|but)\s+(?=[A-Z]|the\s)", sentence if not re.search(r"[“”\"]", sentence) else ""):
        rest, at = sentence[m.end():], main_verb_start(sentence[m.end():])
        if remove and dated >= m.end() and at > 0 and len(rest[:at].split()) <= 5 and "," not in rest[:at] \
                and not re.search(r",\s+[^,]{1,60}\b(?:said|says|told|added)\b", sentence[m.end():dated]) and (
                verbish(rest[at:].split()[0], "") or rest[at:].split()[0] in AUX) and rest.split()[0].lower() \
                not in {"he", "she", "it", "they", "we", "i", "you", "this", "that", "there", "then", "now"}:
            return rest[0].upper() + rest[1:], [(b - m.end(), e - m.end()) for b, e in remove]
    return sentence, remove


#: A sentence whose subject is a group named by a plural common noun, and its verb: "Analysts expect ...",
#: "Federal scientists said ...", "The workers were ...".
_PLURAL_GROUP = re.compile(
    r"^(?:(?:The|Some|Many|Most|Several|Other|Two|Three|Four|Five|Local|Federal|State|Senior|Independent|Angry|"
    r"US|U\.S\.|British|European|Chinese)\s+)?("
    # ("BP's U.S.-listed shares jumped": an owner's name before the group says whose)
    r"(?:[A-Z][\w.&-]*['’]s\s+)?(?:[A-Za-z][\w.-]*[a-z-]\s+){0,2}?(?!(?i:news|series|species|means|"
    r"this|his|its|us|was|has|is|as|thus|plus|less|unless|across|always|perhaps)\b)[A-Za-z][a-z]{2,}[^su\W]s)\s+"
    # ("The marshes of south Louisiana are ...", "Lawyers for the families of the victims filed ...": a phrase or two
    # that say which ones, between the group and its verb)
    r"(?P<which>(?:(?:of|for|in|on|at|from|along|near)\s+(?:the\s+)?(?:[A-Za-z][\w-]*\s+){0,2}?[A-Za-z][\w-]*\s+){0,2})"
    # ("Lawyers who have filed 300 lawsuits say ...": a relative clause between the group and a verb of saying)
    r"(?:who\s+[^,;:.“”\"]{3,120}?\s+(?:say|said|argue|argued|claim|claimed|contend|contended|insist|insisted)\b|"
    r"(?:also\s+|have\s+|had\s+|are\s+|were\s+|will\s+|would\s+|could\s+|may\s+|(?!only\b)[a-z]{3,}ly\s+)?"
    r"(?:said|say|expect|expected|believe|believed|warned|warn|told|found|reported|estimated|estimate|predicted|"
    # ("Crews put out more booms": an irregular past as much as one in -ed)
    r"forecast|have|had|are|were|will|would|could|may|[a-z]{3,}ed|" + "|".join(sorted(IRREGULAR_PAST_FORMS)) + "|"
    # a modal's verb is bare, whatever it is ("Engineers must probe the well")
    r"(?:must|should|can|might|cannot)\s+(?:not\s+|also\s+|first\s+|still\s+)?[a-z]{2,}))\b")


#: A group named by a plural noun as the speaker after a quotation: "... ,” the senators wrote", "...," the two
#: lawyers said".
_PLURAL_SPEAKERS = re.compile(r"[”\"]\s*,?\s+([Tt]he\s+(?:[a-z-]+\s+){0,2}?[a-z]{3,}[^su\W’']s)\s+(?:said|say|wrote|write|"
                              r"told|added|warned|argued|insisted|stated|declared)\b")


def plural_antecedent(previous: str) -> str | None:
    """ "Analysts expect a loss. They are forecasting ...": the group the sentence before named as its subject,
    for a "They" that opens the next one ("Analysts"), or None when that sentence's subject is no such group."""
    previous = previous.strip()
    spoke = _PLURAL_SPEAKERS.search(previous)
    if spoke:  # "“... in good faith,” the senators wrote in a letter. They demanded ...": the group that spoke
        return spoke.group(1)[0].upper() + spoke.group(1)[1:]
    m = _PLURAL_GROUP.match(previous)
    if m is None or re.fullmatch(r"named|identified|described|called|dubbed|labell?ed|listed",
                                 (previous[m.end(1):m.end()].split() or [""])[-1]):
        # ("Newspapers named the couple as ... They flew back"): a verb of naming brings in its object as the
        # topic, and "They" is likelier that object than the group that named it
        return None
    group = previous[:m.end(1)]
    which = previous[:m.end("which")].rstrip()
    if m.group("which") and len(which.split()) <= 6:
        group = which  # "Lawyers for the families ask ...": who they are is part of the subject
    return group[0].upper() + group[1:]
