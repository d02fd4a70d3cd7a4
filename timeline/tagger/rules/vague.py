"""Vague references: "now", "recently", "the past", "the future", "soon", "a while", "until
then".
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import BE_FINITE, BE_NONFINITE, auxiliaries
from timeline.honorifics import HONORIFICS, honorific_pattern
from timeline.tagger.context import Context
from timeline.tagger.lexicon import MONTH_FULL, WEEKDAY_FULL
from timeline.tagger.rules.fragments import B
from timeline.tagger.rules.recognizer import Result, Rule, registrar

RULES: list[Rule] = []
rule = registrar(RULES)


# Not here: "to date" and "at the moment", which say "so far" and "for now" as TimeBank leaves
# them untagged (it never tags "to date"; its one "at the moment" is bare), as the news gold does.
REFS = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "nowadays": "PRESENT_REF", "currently": "PRESENT_REF",
    "these days": "PRESENT_REF", "at present": "PRESENT_REF", "presently": "PRESENT_REF",
    "the present": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF",
    "more recently": "PAST_REF", "most recently": "PAST_REF", "the past": "PAST_REF",
    "current": "PRESENT_REF", "future quarters": "FUTURE_REF", "future years": "FUTURE_REF",
    "the future": "FUTURE_REF", "the near future": "FUTURE_REF", "the near term": "FUTURE_REF",
    "the short term": "FUTURE_REF", "the long term": "FUTURE_REF", "soon": "FUTURE_REF",
    "the short-term": "FUTURE_REF", "the long-term": "FUTURE_REF", "the near-term": "FUTURE_REF",
"the distant future": "FUTURE_REF", "the distant past": "PAST_REF",
    "the recent past": "PAST_REF", "recent": "PAST_REF", "this day": "PRESENT_REF", "future": "FUTURE_REF", "a later date": "FUTURE_REF",
    "as soon as possible": "FUTURE_REF", "the coming days": "FUTURE_REF",
}


def _ref_ok(m: re.Match[str], text: str) -> bool:
    w = m["r"].lower()
    after = text[m.end():m.end() + 24]
    words = m["r"].split()
    if len(words) > 1 and all(x[0].isupper() for x in words) and not re.search(r"(?:^|[.!?:\n]\s{0,3}|\")$", text[max(0, m.start() - 4):m.start()]):
        return False  # a title mid-sentence: "Myths Of The Near Future"
    if m["r"] == "Now" and re.search(r"\b(?!(?:What|So|And|But|Even|Just|Only|Not|Until|Till|Since|Why|How|Where|Who)\b)"
                                     r"[A-Z][\w'’-]* $", text[max(0, m.start() - 30):m.start()]) \
            and not re.match(r"\s[A-Z]", after):
        return False  # "Democracy Now reports", "Apocalypse Now": a capitalised word of a name ("Spill Now Threatens Coast" is a headline's)
    if w == "future":  # "future earnings": an adjective, rarely annotated; "barred in future.", "In future, we ...":
        # British "in future" without its article is "in the future"
        return bool(re.search(r"(?i)\bin\s$", text[max(0, m.start() - 4):m.start()])) and bool(
            re.match(r"\s?(?:$|[.,;:!?)\"”’—–]|\s(?:and|or|but|nor|as|if|when|unless|than|so|the|a|an|this|that|these|those|"
                     r"it|he|she|we|they|I|you|there|all|any|no|such)\b)", after))
    if w == "the present" and re.match(
            r"\s(?!(?:day|days|time|times|moment|era|age|and|or|but|nor|is|was|are|were|has|had|will|would|can|could|may|"
            r"might|should|must|to|in|on|at|of|for|with|from|by|as|than|that|which|who|when|where|while|because|if)\b)[A-Za-z]",
            after):
        return False  # "the present crisis", "the present value": an adjective ("focus on the present", "to the present day")
    if w in ("the long-term", "the short-term", "the near-term") and (
            re.match(r"\s(?!and\b|or\b|is\b|was\b|will\b)[a-z]", after)
            or not re.search(r"(?i)\b(?:in|over|for|during|into|through|throughout|beyond)\s$", text[max(0, m.start() - 12):m.start()])):
        # ("in the long-term interests", "comparable to the long-term, massive impacts", "The
        # Long-Term Restoration Plan": the hyphen's usual adjective; only "in the short-term" is a time)
        return False
    if w.replace("-", " ") in ("the long term", "the short term", "the near term") and re.match(r"\s(?!and\b|or\b|is\b|was\b|will\b|yet\b)[a-z]+", after) \
            and not re.search(r"(?i)\b(?:in|over|for|during|into|through|throughout|beyond)\s$", text[max(0, m.start() - 12):m.start()]):
        return False  # "the long term damage", "the short term outlook": an adjective ("in the long term they ..." is a time)
    if w == "this day":  # "injured to this day": until now; "this day last year" is another day
        return bool(re.search(r"(?i)\b(?:to|until|till)\s$", text[max(0, m.start() - 6):m.start()]))
    if w == "recent":  # "the recent surge", "a recent hearing": a time just past, as "current" is the present one
        return bool(re.match(r"\s[\w$]", after))
    if w == "current" and re.match(rf"\s(?:{MONTH_FULL}|{WEEKDAY_FULL}|(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.)", after):
        return False  # "ahead of the current November 30 deadline": the date is the time, "current" its adjective
    if w == "current" and (nxt := re.match(r"\s([a-z]+)", after)) and nxt[1] in _STANDING_NOUNS:
        return False  # "under current law", "the current system", "its current owner": the one in place, no time
    if w == "current" and m["r"] == "current" and re.match(r"\s(?:[A-Z][\w.]|[$£€]\d)", after) \
            and re.search(r"(?i)\b(?:the|its|their|his|her|our|this)\s$", text[max(0, m.start() - 6):m.start()]):
        return True  # "the current BP oil spill", "the current $75m cap": the present one (not "the Loop Current")
    if w == "current":
        return bool(re.match(r"\s[a-z]", after)) and not re.match(
            r"\s(?:account|accounts|affairs|flows?|of|and|is|was|through|from|in|to|at)\b", after) and \
            not re.search(r"(?i)\b(?:then|electric|electrical|ocean|strong|alternating|direct)\s$", text[max(0, m.start() - 14):m.start()]) \
            and not _WATER_CURRENT_BEFORE.search(text, max(0, m.start() - 24), m.start()) \
            and not (re.match(r"\s(?:that|which|could|would|will|may|might|can|carries|carried|continues|continued|runs|ran|"
                              r"moves|moved|pushes|pushed|brings|brought|sweeps|swept|takes|took)\b", after)
                     and re.search(r"(?i)\b(?:the|a|this|that)\s$", text[max(0, m.start() - 6):m.start()]))
    if w == "soon":  # "as soon as", "too soon to tell", "how soon BP plugs the well": a degree, not a time
        # ("not back any time soon", "cannot come soon enough": idioms of degree, which the news
        # gold leaves untagged; its "soon" of a time ahead is FUTURE_REF, as TimeBank's)
        if re.search(r"(?i)\bany\s?time\s$", text[max(0, m.start() - 10):m.start()]) or (
                re.match(r"\senough\b", after) and re.search(r"(?i)\bcome\s$", text[max(0, m.start() - 6):m.start()])):
            return False
        # ("not this soon or this fast" is a degree; "but that soon becomes" a pronoun and its adverb)
        if re.search(r"(?i)\b(?:this|that)\s$", text[max(0, m.start() - 6):m.start()]) and re.match(r"\s?(?:[,.;:!?]|or\b|and\b)", after):
            return False
        return not re.search(r"(?i)\b(?:as|too|so|how)\s$", text[max(0, m.start() - 5):m.start()]) and not re.match(r"\s(?:after|as)\b", after)
    if w == "these days" and re.search(r"(?i)\b(?:one|some|any) of\s$", text[max(0, m.start() - 8):m.start()]):
        return False  # "one of these days something will break": some day ahead, not the present
    if w == "the past":
        return not re.match(r"\s(?:\w+ )?(?:years?|months?|weeks?|days?|decades?|quarters?|hours?|summers?|winters?|springs?|falls?|centur\w+)\b", after) \
            and not (re.match(r"\s(?!(?:and|or|but|as|is|was|were|has|have|had|will|to|for|in|on|at|by|with|when|because|that|"
                              r"which|who|they|we|he|she|it|i|you|there|this|these|of|from|than|so|few|several|two|three|"
                              r"here|where|now|then|before|instead)\b)[a-z]{2,}(?<!ly)(?<!ed)(?<!s)\s", after)
                     and not re.search(r"(?i)\bin\s$", text[max(0, m.start() - 3):m.start()]))
    # ("during the past campaign cycle", "given the past relationship": an adjective; "in the past" is a time)
    if w == "now":
        # "now-defunct" is an adjective; a sentence-initial "Now," is a discourse marker
        # unless the clause it opens tells what is happening now ("Now, crews are drilling")
        return not re.match(r"-|,|\sfor\b", after) or m["r"] == "now" or (
            after[:1] == "," and _now_in_story(text, m.end() + 1))
    if w == "the future":
        nxt = re.match(r"\s([a-z]+)\b", after)
        if nxt and nxt[1] not in _AFTER_THE_FUTURE and not nxt[1].endswith(("s", "ed")):
            return False  # "the future king", "the future climate": an adjective
        if re.match(r"\s(?:Prime Minister|President|King|Queen|Prince|Princess|Duke|Duchess|Pope|Emperor|Empress|"
                    r"Chancellor|Secretary|Senator|Governor|Mayor|" + honorific_pattern(HONORIFICS) + r"|Chief)\b", after):
            return False  # "marriage to the future Prime Minister": a title's adjective
    # "the future of our peoples": a noun, not a time
    return not (w in ("the future", "the past") and re.match(r"\sof\b", after))


# Institutions, rules and holders that "current" picks out as the ones in place ("under current law",
# "the current system", "the current owner", "their current names"): an identity, not a time, as
# TimeBank leaves "the current system", "its current source", "their current names" untagged while it
# tags "current" of a state or an amount ("the current weakness", "the current number of shares").
_STANDING_NOUNS = frozenset([
    "law", "laws", "legislation", "rule", "rules", "rulebook", "regulation", "regulations", "regulatory", "provision",
    "provisions", "statute", "statutes", "code", "system", "systems", "policy", "policies", "administration",
    "government", "regime", "leadership", "management", "president", "chairman", "chief", "leader", "leaders", "owner",
    "owners", "holder", "holders", "name", "names", "source", "sources", "model", "models", "version", "versions",
    "lawsuit", "lawsuits", "contract", "contracts", "members", "board", "team", "staff", "employees", "residents",
    "generation", "design", "designs", "technology", "technologies", "setup", "structure", "framework", "format"])


# The stream of water, not the present: "the Gulf Stream current", "the LOOP current", "the warm-water current",
# "the westerly current" (a compass direction or a coast moves water, not time)
# (a name or a kind of water before it; "BP's current plans", "The current spill" stay the present)
_WATER_CURRENT_BEFORE = re.compile(r"(?:(?<![.!?\n]\s)(?<![\"“(\[])\b(?!(?:The|A|An|This|That|At|In|On|Its|Their|Our|His|Her|My|"
                                   r"Your|One|Some|Any|Each|Every|No|Under|With|By|For|From|Of|To|Given|Despite|Unlike|Like)\b)[A-Z][A-Za-z]+|"
                                   r"\b(?:[a-z]+-water|water|stream|tidal|rip|sea|loop|eddy|jet|underwater|coastal|prevailing|"
                                   r"(?:north|south|east|west)(?:erly|ward)|(?:north|south)-?(?:east|west)(?:erly|ward)))\s$")


# "Now, the oil is washing ashore" / "Now, he will face questions": the present set against
# the past. "Now, how much do we know?", "Now, if we take over", "Now, this is a good idea",
# "Now, he would have": a discourse marker that opens an argument, not a time.
_NOW_CLAUSE = re.compile(r"[^.?!;:\n\"“”]{0,200}[.?!;:\n\"“”]?")
_NOW_DISCOURSE = re.compile(r"(?i)\s*(?:how|what|why|who|where|when|whether|if|as|here|there|let|imagine|look|"
                            r"try|consider|remember|mind|okay|ok|well|yes|no|so|of course|again|then|i|you|we|every)\b"
                            r"|\s*(?-i:[A-Z][a-z]+),")  # "Now, Rachel, ...": a name called, not a time
_NOW_STORY = re.compile(r"\b(?:(?:" + auxiliaries(BE_FINITE, BE_NONFINITE, without={"being"}) + r"|['’]s|['’]re)\s(?:now\s|still\s|also\s|being\s)?[a-z]{2,}ing"
                        r"|(?<!would )(?<!could )(?<!should )(?<!might )(?<!must )(?<!may )(?:has|have)\s(?:just\s|now\s|also\s|[a-z]{3,}ly\s)?"
                        r"(?:been|[a-z]{2,}ed|shown|taken|given|begun|become|gone|grown|risen|fallen)"
                        r"|(?:will|['’]ll)\s(?!never\b|always\b)[a-z]+|no longer|plans?\sto"
                        r"|(?:is|are)\s(?:now\s|being\s)?(?!(?:based|concerned|interested|supposed|used|related)\b)[a-z]{3,}ed)\b"
                        r"|^\s*it(?:['’]s| is) time\b"
                        # "Now, nearly four months after the spill, ...": the present measured from a past event
                        r"|^\s*(?:[a-z]+\s){0,2}(?:\d+|[a-z]+)\s(?:days?|weeks?|months?|years?|decades?)\s(?:after|later|on|since|into)\b"
                        # "Now, 53% of voters say ...": a reading taken now, set against an earlier one
                        r"|^\s*(?:only\s|just\s|about\s|some\s|nearly\s)?\d[\d.,]*\s?(?:%|percent\b|per cent\b)")


def _now_in_story(text: str, start: int) -> bool:
    if _NOW_DISCOURSE.match(text, start):
        return False
    clause = _NOW_CLAUSE.match(text, start)
    return clause is not None and not clause.group().endswith("?") and bool(_NOW_STORY.search(clause.group()))


# Words that follow "the future" as a noun ("the future is", "in the future they"); another
# lower-case word after it is the noun it modifies ("the future king").
_AFTER_THE_FUTURE = frozenset(["is", "was", "will", "would", "may", "might", "could", "can", "must", "should", "remains",
                               "of", "for", "and", "or", "but", "as", "at", "in", "on", "to", "with", "by", "from", "if",
                               "when", "that", "which", "who", "where", "than", "so", "too", "it", "they", "we", "he",
                               "she", "i", "you", "there", "this", "the", "a", "an", "not", "looked", "holds", "lies"])


# ("for a limited period", "in a short period of time": a length left untold, as TimeBank's "a
# fairly lengthy period")
# "on a recent afternoon", "one recent night": one day (or part of one) just past that the text does
# not date; the news gold tags "one recent night" whole, a TIME for a part of the day, as TimeBank's
# "recent days" is PAST_REF. ("On a recent Wednesday morning ... later that afternoon": a weekday
# keeps its own rule, the most recent such day, which the story's later times count from.)
@rule("recent_day", rf"{B}(?:(?i:a|one)\s)?(?i:recent)\s(?P<unit>(?i:morning|afternoon|evening|night|day))(?![\w-])")
def _recent_day(m: re.Match[str], cx: Context) -> Result | None:
    return ("TIME" if m["unit"].lower() in ("morning", "afternoon", "evening", "night") else "DATE"), "PAST_REF", None


@rule("while", rf"{B}(?P<w>(?i:a while|some time|a long time|a short time|a (?:fairly )?lengthy period"
               rf"|a (?:(?:very|fairly|relatively) )?(?:limited|short|brief) period(?: of time)?))(?![\w-])",
      # ("could take a while", "spent a long time working there": the length a verb of taking or spending
      # time measures, as "for a while" is)
      accept=lambda m, text: (bool(re.search(r"(?i)\b(?:for|after|in|within|take|takes|taking|taken|took|spend|spends|spending|"
                                             r"spent)\s$", text[max(0, m.start() - 9):m.start()]))
                              # ("it may be some time before BP pays", "It'll be a while before we know": the wait's length)
                              or bool(re.search(r"(?i)\b(?:be|been|is|was|['’]s)\s$", text[max(0, m.start() - 6):m.start()])
                                      and re.match(r"\s(?:yet\s)?(?:before|until|till)\b", text[m.end():m.end() + 12])))
      and not re.search(r"(?i)\bonce in\s$", text[max(0, m.start() - 8):m.start()]))  # "once in a while": now and then
def _while(m: re.Match[str], cx: Context) -> Result | None:
    return "DURATION", "PXX", None


# Not "since then": the stretch from that date to now, which TimeBank leaves untagged (its one
# "Since then") as the news gold does; "until then" ends at the date, which TimeBank tags.
@rule("then", r"(?:(?<=(?i:until) )|(?<=(?i:till) ))(?P<then>then)(?![\w-])")
def _then(m: re.Match[str], cx: Context) -> Result | None:
    """ "Until then": the date just mentioned."""
    a = cx.anchor
    if a is None or m.start() - cx.anchor_pos > 400:
        return None
    return "DATE", a.value, None


# "Soon" opening a past clause: "Soon we were swimming", "soon after, he left".
_SOON_IN_STORY = re.compile(r"(?:,?\s(?:after|afterwards?|thereafter)\b|\s(?:(?!(?:need|feed|speed|proceed|succeed|exceed|embed)\b)[a-z]{2,}ed|found|became|came|began|saw|left|went|took|made|got|fell|rose)\b|,?\s(?:[A-Za-z]+\s){0,3}(?:was|were|had|did|became|came|began|found|saw)\b)")
# "A cloud of gas was soon all over the ship": a past verb right before it
_SOON_AFTER_PAST = re.compile(r"(?i)\b(?:was|were|had|became|got)\s$")


@rule("ref", rf"{B}(?P<r>(?i:{'|'.join(sorted(REFS, key=len, reverse=True))}))(?![\w-])", accept=_ref_ok)
def _ref(m: re.Match[str], cx: Context) -> Result | None:
    if m["r"].lower() == "soon" and (_SOON_IN_STORY.match(cx.text, m.end(), m.end() + 40)
                                     or _SOON_AFTER_PAST.search(cx.text, max(0, m.start() - 8), m.start()) or (
            cx.text[m.end():m.end() + 1] == "," and re.search(r"(?:^|[.!?\"”]\s+|\n)(?:(?:And|But|Then|Very)\s)?$",
                                                               cx.text[max(0, m.start() - 12):m.start()])
            and cx._right_tense(m.end()) == "past")) \
            and not re.search(r"(?i)\b(?:will|would|'ll|shall|to|should|may|might|could|must|can)\s$", cx.text[max(0, m.start() - 8):m.start()]):
        return None  # "Soon we were swimming": soon after the story's moment, not after the report
    return "DATE", REFS[m["r"].lower()], None
