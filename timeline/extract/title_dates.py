"""What a title keeps and loses when the event's date is taken out of its sentence.

The date stands beside the title, so the words that say it go: "signed a contract [with the DoD] in July"
-> "signs a contract with the DoD". Its preposition and modifiers go with it ("as early as", "at least
until"), and so do the words it alone held (a participle, the period it closed, the zone of a clock time).
A date that carries the grammar stays: the object of "took", the head noun of "a quiet Sunday", part of a
name ("Operation Easter"), the noun phrase a date modifies ("the 1989 oil spill"), a negated "since".
"""

from __future__ import annotations

import re

from timeline.calendar_words import FIXED_ZONES, LOCAL_ZONES, MONTH_NAME_PATTERN, WEEKDAY_NAME_PATTERN
from timeline.english_auxiliaries import (
    BE_FINITE,
    BE_NONFINITE,
    HAVE_FORMS,
    MODAL_VERBS,
    WILL_WOULD,
    auxiliaries,
)
from timeline.english_particles import TIME_PARTICLES
from timeline.english_verbs import IRREGULAR_PARTICIPLES
from timeline.extract.title_participles import date_only_participle
from timeline.extract.title_phrases import describes_day
from timeline.extract.title_verbs import IRREGULAR_PAST_FORMS, PARTICIPLES
from timeline.extract.title_words import (
    AUX,
    BREAK_WORDS,
    LIMIT_NEGATIONS,
    SPEECH_PRESENT,
    WEAK_END,
    WH,
    finite_verb,
    participle_before_verb,
    verbish,
)
from timeline.tagger.lexicon import SESSION_NOUNS

#: A negation before a limit's preposition (see LIMIT_NEGATIONS).
_LIMIT_NEGATION = r"(?:\b(?:" + "|".join(sorted(LIMIT_NEGATIONS)) + r")\b|n['’]t\b)"

__all__ = ["DATE_PREPOSITIONS", "strip_spans"]

#: The zone abbreviations a clock time in a story carries ("(0000 GMT)", "12:30 p.m. ET"), as a regex alternation.
_ZONE = "|".join(sorted({*FIXED_ZONES, *LOCAL_ZONES}))
_PREPOSITIONS = ("on", "in", "at", "by", "during", "since", "until", "till", "from", "as of", "through", "for",
                 "early", "late", "earlier", "later", "over", "within", "throughout", "back in", "back on", "into",
                 "well into", "well before", "well after")

#: Verbs whose "back" is a particle of return, reply or cut ("came back in August", "was back on Monday", "fired back on
#: Thursday", "scaled back in June"), not "back in 2007"'s
#: "as long ago as".
_BACK_VERB = re.compile(r"\b(?:c[oa]mes?|coming|went|go|goes|going|gone|g[eo]ts?|getting|bounc(?:e|es|ed)|roar(?:s|ed)?|"
                        r"f(?:ight|ights|ought)|h(?:it|its)|str(?:ike|ikes|uck)|br(?:ing|ings|ought)|mov(?:e|es|ed)|"
                        r"fl(?:y|ies|ew)|head(?:s|ed)?|sen[dt]s?|turn(?:s|ed)?|spr(?:ing|ings|ang)|switch(?:es|ed)?|"
                        # a reply ("fired back", "hit back", "wrote back") and a cut ("scaled back", "pared back")
                        r"fir(?:e|es|ed)|sh(?:oot|oots|ot)|call(?:s|ed)?|writ(?:e|es)|wrote|answer(?:s|ed)?|"
                        r"scal(?:e|es|ed)|par(?:e|es|ed)|cut(?:s)?|roll(?:s|ed)?|pull(?:s|ed)?|push(?:es|ed)?|"
                        r"" + auxiliaries(BE_FINITE, BE_NONFINITE) + r")\s+$")
_DAY_WORD = "(?:" + WEEKDAY_NAME_PATTERN + "|" + MONTH_NAME_PATTERN + r")\b"


_OTHER_DAY = re.compile(r"\s+(?:or|and)\s+(?:on\s+)?(?:(?:early|late|mid)\s+)?" + _DAY_WORD + r"(?:\s+(?:morning|"
                        r"afternoon|evening|night|\d{1,2}(?!\d)))?")
_OF_YEAR = re.compile(r"\s+of\s+(?:last|this|next|that)\s+year\b")
#: "next year and the year after", "on Monday or the day after": the period counted from the date goes with it.
_FOLLOWING_PERIOD = re.compile(r"\s+(?:or|and)\s+(?:(?:in|on|during)\s+)?the\s+(?:(?:year|month|week|day|night|morning)\s+"
                               r"(?:after|before)(?:\s+that)?|(?:following|next|previous|preceding)\s+(?:year|month|week|"
                               r"day|night|morning|weekend))\b")
#: "began drilling the first well [on 2 May] and the second on 16 May": the other item and its own date belong to
#: another event; with the date gone, the title would give this one the other's.
_OTHER_ITEM_DATE = re.compile(r"\s+and\s+(?:the\s+)?(?:second|other|third|fourth|latter|last|rest|next\s+one)\b"
                              r"[^,.;:]{0,40}?\s+(?:on|in|at|by)\s+(?:(?:early|late|mid)\s+)?(?:\d{1,4}\b|" + _DAY_WORD +
                              r")(?:\s+(?:\d{1,4}\b|" + _DAY_WORD + r"))?(?=\s*(?:[,.;:]|$))")
_EARLIER_DAY = re.compile(r"(?:\b(?:on|in|by|from|until)\s+)?(?:(?:early|late|mid)\s+)?" + _DAY_WORD + r"(?:\s+\d{1,2})?"
                          r"\s+(?:or|and)\s+(?:(?:early|late|mid)\s+)?$")


#: What joins the two ends of a range of dates: "from March 3 to April 10", "2005-2009", "Monday through Friday".
_RANGE_JOIN = re.compile(r"\s*(?:to|until|till|through|thru|-|–|—)\s*")


def _join_ranges(sentence: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Two dates joined by "to", "until" or a dash are one period: it goes whole with its "from", never leaving
    "from ... to" half empty ("closed to visitors to while ..."). ("between 1970 and 2000" is a comparison's
    range, which stays: see :func:`strip_spans`.)"""
    joined: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if joined and joined[-1][1] <= start and _RANGE_JOIN.fullmatch(sentence[joined[-1][1]:start]):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


#: "has until Friday to decide", "gave the airline until 5 p.m. to explain": a deadline is the object of "have" or
#: "give"; without it the title says the thing must be done ("have to pay up").
#: (Only a finite verb's: a participle clause "giving it until July to repay" is a side clause a title drops whole.)
#: So is the limit a doing takes, needs or waits for: "expects to take [until next month] to deliver" is not "take to
#: deliver", "will wait [until June] to decide" is not "wait to decide".
_DEADLINE_HOLDER = re.compile(r"(?i)\b(?:" + auxiliaries(HAVE_FORMS) + r"|give|gives|gave|given|get|gets|got|grant|grants|granted|"
                              r"take|takes|took|need|needs|needed|wait|waits|waited)\b"
                              r"(?:\s+[\w'’-]+){0,4}\s+$")


#: Irregular participles that are no past form: "the commitment the president made [yesterday] is" keeps "made".
_IRREGULAR = "|".join(sorted(IRREGULAR_PARTICIPLES - IRREGULAR_PAST_FORMS))


#: The event a day phrase is counted or named by: "of the disaster", "of the hearing into the spill" (to a clause mark).
_DASHED_AFTER = re.compile(r"\s*(?:--|—|–)\s+[^—–]{1,160}?\s+(?:--|—|–)(?=\s)")
_OF_EVENT = re.compile(r"\s+of\s+(?:(?:the|a|an|this|that|its|his|her|their)\s+|(?=[a-z]{3,}s\b))[^,;:.!?()]{1,100}?(?=\s*(?:[,;:.!?()]|--|[-–—]\s)|$)")


#: The one-word prepositions of a date ("in 2007", "until after midnight"): after a particle they open the date, and the
#: particle before them is the verb's (:func:`.title_ends.particle_ends` too).
DATE_PREPOSITIONS = frozenset(p for p in _PREPOSITIONS if " " not in p and p not in {"early", "late", "earlier", "later"})
_PARTICLE_THEN_DATE = re.compile(r"(?i)(" + "|".join(sorted(TIME_PARTICLES)) + r")\s+(?=(?:" + "|".join(sorted(DATE_PREPOSITIONS))
                                 + r")\s)")


def _particle_kept(out: str, cut_from: int, start: int) -> int:
    """Where the words taken with a date begin once a phrasal verb's particle stays: of two prepositions before a date
    ("took over in 2007", "went on until after midnight", "was sworn in on Tuesday"), the first right after a verb is
    the verb's own; without it the verb says something else ("takes", "goes") or waits for its object."""
    particle = _PARTICLE_THEN_DATE.match(out, cut_from)
    words = out[:cut_from].split()
    if particle is None or particle.end() > start or not words or not words[-1].isalpha():
        return cut_from
    verb, before = words[-1].lower(), words[-2].lower() if len(words) > 1 else ""
    if verb in AUX or not (verbish(verb, before) or verb in PARTICIPLES):
        return cut_from
    return particle.end()


def strip_spans(sentence: str, spans: list[tuple[int, int]]) -> str:
    out = sentence
    for start, end in sorted(_join_ranges(sentence, spans), reverse=True):
        before = out[:start]
        # A date that completes a noun or a comparison stays: "the rest of this year", "between 1970
        # and 2000", "worse than 30 years ago", "Tuesday's statement" ("as of June 30" is a preposition).
        if (re.search(r"\b(?:of|between|than|and)\s+(?:the\s+)?$", before, flags=re.I)
                and not re.search(r"\bas\s+of\s+(?:the\s+)?$", before, flags=re.I)) \
                or re.match(r"['’]s\b", out[end:]):
            continue
        # "Wednesday served as disclosure day", "Last week saw the first ...": a date that is the subject of
        # its verb stays; without it the title has no subject.
        # ("July and August will be the peak season": two dates joined by "and" are the subject together)
        verb_after = re.match(r"(?:\s+(?:and|or)\s+" + _DAY_WORD + r")?\s+([a-z]+)\b", out[end:])
        if re.fullmatch(r"\s*(?:(?:the|this|last|next|early|late)\s+)?", before, flags=re.I) and verb_after \
                and finite_verb(verb_after.group(1), "") and verb_after.group(1) not in _DATE_NOUN_FOLLOWERS \
                and re.fullmatch(r"(?i)\W*(?:(?:this|last|next)\s+(?:week|weekend|month|year|spring|summer|autumn|fall|"
                                 r"winter)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|"
                                 r"june|july|august|september|october|november|december|\d{4})\W*", out[start:end]):
            continue  # ("Yesterday officials said": an adverb, not the subject)
        # "in Operation Easter", "after Storm Ciara": a one-word day after a capitalised word is part of a name.
        if re.fullmatch(r"[A-Z][a-z]+", out[start:end]) and re.search(r"(?<![.!?]\s)\b[A-Z][a-z]+\s+$", before) \
                and not re.search(r"\b(?:On|In|At|By|Since|Until|Last|Next|This|Early|Late|Mid|Before|After|During|From|"
                                  r"Through|Every|Each|" + WEEKDAY_NAME_PATTERN + "|" + MONTH_NAME_PATTERN +
                                  r"|The|A|An)\s+$", before) \
                and not re.fullmatch(WEEKDAY_NAME_PATTERN + "|" + MONTH_NAME_PATTERN + "|Today|Tonight|Yesterday|Tomorrow",
                                     out[start:end]):
            continue
        # 'told "Fox News Sunday" that': a day closing a quoted name is the name's last word (the tagger still
        # dates the saying by it, as a weekly show is on air that day).
        if re.match(r"[\"”]", out[end:]) and re.search(r"[\"“](?:[A-Z][\w'’.&-]*\s+){1,5}$", before):
            continue
        # "spends a relaxing Saturday on board", "after a quiet weekend": a day after an article and its adjective is
        # the phrase's noun; without it the phrase has no head.
        if re.search(r"\b(?:a|an|another|one)\s+[a-z]+\s+$", before, flags=re.I) and describes_day(
                before.split()[-1]) and re.fullmatch(r"(?i)(?:" + WEEKDAY_NAME_PATTERN + r"|weekend)"
                                                             r"(?:\s+(?:morning|afternoon|evening|night))?", out[start:end]):
            continue
        # "rose 442 percent in the week ending [April 26]": the period the date closes goes with it.
        period = re.search(r"(?i)\s(?:in|for|during|over|of)\s+the\s+(?:\w+\s+)?(?:week|weeks|month|months|quarter|"
                           r"period|year|days?|session)\s+(?:ending|ended|beginning|starting|to|through)\s+$", before)
        if period is not None:
            out = before[:period.start()].rstrip() + " " + out[end:].lstrip()
            continue
        # A date between a determiner and its noun modifies the noun ("the 1989 oil spill", "since the
        # 2008 crisis"): only the date goes, the noun phrase stays whole.
        if re.search(r"(?:\b(?:the|a|an|its|his|her|their|this|that)|['’]s)\s+$", before, flags=re.I) \
                and re.match(r"\s+(?!(?:and|or|but|to|in|on|at|of|by|for|from|with|" + auxiliaries(BE_FINITE, HAVE_FORMS, WILL_WOULD, without={"have"})
                             + r"|when|which|who|that)\b)[A-Za-z]", out[end:]):
            out = before.rstrip() + " " + out[end:].lstrip()
            continue
        # "fell 9% in afternoon trading": the part of the day names the market's session, which stays whole
        # ("in trading" alone reads as a slip)
        if re.search(r"\b(?:in|during)\s+(?:the\s+)?$", before, flags=re.I) and re.match(r"\s+" + SESSION_NOUNS + r"\b", out[end:]):
            continue
        # "get ready for July Fourth celebrations", "ahead of November elections": after a preposition, a date
        # followed by its noun modifies that noun; removing it would leave "for celebrations".
        if re.search(r"\b(?:for|during|ahead of|before|after|since|until|of|by|in)\s+(?:the\s+)?$", before, flags=re.I) \
                and re.match(r"\s+[a-z]{3,}s?\b(?!\s+(?:" + auxiliaries(BE_FINITE, HAVE_FORMS, WILL_WOULD) + r"|said|says)\b)",
                             out[end:]) and _noun_after_date(out[end:]) and not (
                    re.search(r"\bin\s+(?:the\s+)?$", before, flags=re.I)
                    and not re.match(r"\s+(?:[a-z]+\s+)?[a-z]+(?:s|ion|ment)\b", out[end:])):
            continue
        # Take the preposition that introduces the date with it ("on Thursday", "until after midnight").
        # A modifier of the date goes with it too ("as early as", "at least until", "sometime in").
        m = re.search(r"(?:\b(?:as early as|as late as|no later than|no earlier than|at least|at the earliest|sometime|"
                      r"some time|just|only|virtually|nearly|almost|as recently as|as long ago as|as far back as|"
                      r"right|shortly|barely|roughly|approximately|exactly|precisely)\s+)?"
                      # "starting Monday", "effective from June": a participle used as a preposition goes too
                      r"(?:\b(?:starting|beginning|effective|commencing)\s+)?"
                      r"(?:(?:\b(?:" + "|".join(_PREPOSITIONS) + r")|(?<!\S)['’]?til)\s+){0,2}(?:(?:after|before|around|"
                      r"about)\s+)?(?:(?:the|this|last|next)\s+)?"
                      # "by mid - August" (a tokenized "mid-August" whose date the tagger took without its part)
                      r"(?:\b(?:early|mid|late)\s*[-–]\s*)?$", before, flags=re.I)
        cut_from = m.start() if m and m.group(0).strip() else start
        cut_from = _particle_kept(out, cut_from, start)
        # "came back in August": after a verb "back" is its particle, and stays; "Back in 2007, ..." dates the clause.
        back = re.match(r"(?i)back\s+", out[cut_from:start])
        if back and _BACK_VERB.search(out[:cut_from]):
            cut_from += back.end()
        # "by mid - to late August", "in early or mid-May": the other part of the month goes with the date.
        part = re.search(r"(?i)(?:\b(?:by|in|from|until|till|through|during|around|since)\s+)?\b(?:early|mid|late)\s*"
                         r"[-–]?\s*(?:to|or|and)\s+(?:(?:early|mid|late)\s*[-–]?\s*)?$", out[:cut_from])
        cut_from = part.start() if part else cut_from
        # "has not posted a profit since 1998", "won't be finished until August": under a negation the date
        # is the meaning; without it the title says "never".
        # ("It was not until 1981 that Congress imposed a ban" is a cleft: the clause after "that" is the news; so is
        # "It wasn't until late May before the firm hired a spokesman", where speech puts "before" for "that")
        frame = re.fullmatch(r"(?i)\s*(?:(?:and|but|yet|so)\s+)?it\s+(?:is|was)(?P<focus>n['’]t\s+|\s+not\s+|\s+only\s+|\s+)",
                             out[:cut_from])
        joined = r"that|when|before" if frame and frame.group("focus").strip() else r"that|when"
        cleft = frame and re.match(r"\s*,?\s*(?:" + joined + r")\s+\S", out[end:])
        if m and re.search(r"\b(?:until|till)\b|['’]til\b", m.group(0), flags=re.I) and re.match(r"\s*to\s+[a-z]", out[end:]) \
                and _DEADLINE_HOLDER.search(out[:m.start()]):
            continue  # a deadline given or had: "have [until the weekend] to pay up" is not "have to pay up"
        if m and re.search(r"\b(?:since|until|till|before|for)\b", m.group(0), flags=re.I) and re.search(
                _LIMIT_NEGATION + r"[^,;:.!?]{0,80}$", before, flags=re.I) and not cleft:
            continue
        if cleft:  # "It was on 18 March, 1967 that the tanker struck": the clause after "that" is the news
            out = re.sub(r"^\s*,?\s*(?:that|when|before)\s+", "", out[end:])
            out = out[:1].upper() + out[1:]
            continue
        if _leaves_dangling(out[:cut_from], out[end:], bool(m and re.search(
                r"\b(?:" + "|".join(_PREPOSITIONS) + r")\s", m.group(0), flags=re.I)), out[start:end]):
            continue
        # "June 3 to 6": the rest of a range the tagger read as one day goes with it.
        rest = re.match(r"\s*(?:to|through|and|-|–)\s*\d{1,2}\b(?!\d|[.,]\d|\s*(?:%|percent|per\s+cent|million|billion|"
                        r"people|points?|years?|months?|weeks?|days?|hours?|[ap]\.?m\b))", out[end:])
        end = end + rest.end() if rest else end
        # "for 2007 [through 2009]": the other end of a range of years goes with it.
        years = re.match(r"\s*(?:to|through|until|till|and|-|–)\s*(?:\d{4}|'\d{2})\b", out[end:]) \
            if re.search(r"\b\d{4}$", out[start:end]) else None
        end = end + years.end() if years else end
        # "on Monday or Tuesday", "in late April or early May": the other day of a choice goes with it, so that no
        # "or" is left hanging ("beginning or Tuesday").
        # ("On April 20 [of last year], the rig exploded": the year the tagger left after the day goes with it)
        other = _OTHER_DAY.match(out, end) or _FOLLOWING_PERIOD.match(out, end) or _OTHER_ITEM_DATE.match(out, end) \
            or _OF_YEAR.match(out, end)
        end = other.end() if other else end
        # "have acknowledged [this week] and in previous hearings": a date joined to another occasion of the same verb
        # takes its "and" with it, and the occasion stays ("have acknowledged in previous hearings"); another day
        # after the "and" opens a clause of its own ("and on Friday it began").
        joined = re.match(r"\s+(?:and|or)(?=\s+(?:in|at|during|over|before|after)\s+(?!(?:the\s+)?(?:" + _DAY_WORD
                          + r"|\d|early|mid|late|morning|afternoon|evening|night|weekend|week|month|year)\b)[a-z])",
                          out[end:]) if re.search(r"[a-z]$", out[:cut_from].rstrip()) else None
        end = end + joined.end() if joined else end
        window = max(0, cut_from - 50)
        earlier = _EARLIER_DAY.search(out[window:cut_from]) if re.search(r"\b(?:or|and)\s+\S*\s*$",
                                                                          out[window:cut_from]) else None
        cut_from = window + earlier.start() if earlier else cut_from
        # "the 85th day of the spill", "the day of the vote": a day counted or named by an event takes that
        # event with it; left behind, "of the spill" opens the title.
        # ("Day one of the hearings", "On Day 100 of the flood": the count after "day" as well)
        if re.search(r"(?i)\bday(?:\s(?:\d{1,3}|[a-z]+(?:-[a-z]+)?))?$", out[start:end]) and (of_event := _OF_EVENT.match(out, end)):
            end = of_event.end()
            # ("On Day 100 of the flood -- and a week after the levee broke again -- the mayor said": an aside
            # between dashes that goes on dating the day goes with it)
            end = aside.end() if (aside := _DASHED_AFTER.match(out, end)) else end
        # "at 2000 (0000 GMT)": the same time in another zone goes with it.
        zone = re.match(r"\s*\([^()]{1,25}\b(?:" + _ZONE + r"|local time)\)", out[end:])
        end = end + zone.end() if zone else end
        # "a relief well begun May 2 intended to": a participle that held only the date goes with it.
        held = re.search(r"(?<!\bwhich )(?<!\bthat )(?<!\bwho )(?<!\bwas )(?<!\bwere )(?<!\bhas )(?<!\bhad )(?<!\bhave )"
                         r"\b(?:begun|launched|founded|established)\s+$", out[:cut_from])
        if held and re.match(r"\s*(?:[a-z]+ed|[a-z]+ing|to)\b", out[end:]):
            cut_from = held.start()
        # "the decision announced [Thursday] is stirring passions": a participle that held only the date, before
        # the main verb, goes with it.
        # ("The process begun [Saturday] has two phases": an irregular participle as well)
        held = re.search(r"(?<=[a-z] )(?:[a-z]{3,}ed|" + _IRREGULAR + r")\s+$", out[:cut_from])
        held = None if held and re.search(r"\b(?:that|which|who|whom)\s+(?:\S+\s+){0,3}$", out[:held.start()]) else held
        if held and held.group(0).split()[0] not in {"said", "told", "added", "warned", "stated"} and (re.match(
                r"\s*(?:" + auxiliaries(BE_FINITE, HAVE_FORMS, MODAL_VERBS, without={"shall"}) + r")\s", out[end:])
                or participle_before_verb(" " + out[end:].lstrip(), 0)) \
                and not re.search(r"\b(?:" + auxiliaries(BE_FINITE, BE_NONFINITE, HAVE_FORMS) + r")\s+(?:[a-z]{3,}ed|" + _IRREGULAR + r")\s+$",
                                  out[:cut_from]):
            cut_from = held.start()
        of_phrase = date_only_participle(out[:cut_from], out[end:])  # ("a poll released [Monday] of 900 voters")
        cut_from = of_phrase if of_phrase is not None else cut_from
        # "took the blame in an internal report issued [this month], acknowledging ...": a participle inside a
        # prepositional phrase that held only the date goes with it.
        emptied = re.search(r"\b(?:in|on|at|of|for|with|from|by|about|to|into|under|after|before)\s+(?:the|a|an|its|his|"
                            r"her|their|this|that)\s+(?:[\w'’-]+\s+){0,3}?(?!(?:" + auxiliaries(BE_FINITE, BE_NONFINITE) + r"|get|got|gets)\b)"
                            r"[a-z]{3,}(?P<p>\s+[a-z]{3,}ed)\s*$", out[:cut_from])  # ("of the virus being confirmed" keeps it)
        # (Only when the clause has its verb before the phrase: in "the number of homes in the county doubled [on
        # Monday]" the participle is the verb.)
        head_words = re.findall(r"[A-Za-z][a-z’'-]*", out[:emptied.start()]) if emptied else []
        if emptied and re.match(r"\s*(?:[,.;:!?]|$)", out[end:]) and any(
                w[:1].islower() and finite_verb(w, head_words[i - 1].lower()) for i, w in enumerate(head_words) if i):
            cut_from = emptied.start("p")
        # "flight BA242 which landed [at 2pm today]": a relative clause whose verb held only the date says nothing
        # without it ("the ship, which sank [in 1990]"); it goes with the date.
        relative = re.search(r",?\s*\bwhich\s+([a-z]{3,})(?:\s+(?:out|up|off|down|open))?\s*$", out[:cut_from])
        if relative and re.match(r"\s*(?:[,.;:!?]|$)", out[end:]) and (
                relative.group(1).endswith("ed") or finite_verb(relative.group(1), "which")) \
                and relative.group(1) not in _COPULAS and relative.group(1) not in {"has", "have", "had", "did"}:
            cut_from = relative.start()
        after = out[end:]
        if re.search(r"\bthat\s*$", out[:cut_from]) and re.match(r"\s*,\s+(?=[a-z])", after):
            after = re.sub(r"^\s*,\s+", "", after)  # "expects that by May, laboratories will": the comma goes too
        out = out[:cut_from].rstrip() + " " + after.lstrip()
    # "June 14 - Obama says", "* May 7 - Engineers use": the date's dash goes with it, and a list's mark before it.
    out = re.sub(r"^\s*(?:[*•·▪►]\s*)?(?:[-–—:|]+|--)\s+", "", out)
    out = re.sub(r",\s*,", _comma_pair, out)  # "The last shutdown, in December 2018, lasted" -> no commas left
    # 'will hit the coast "sometime tomorrow," Reyes said': a quotation that held only the date goes with its marks,
    # its punctuation staying with the clause it ended.
    out = re.sub(r"\s*(?:“\s*([,.;:!?]?)\s*”|(?<!\S)\"\s*([,.;:!?]?)\s*\"(?!\S))", lambda m: (m.group(1) or m.group(2) or "")
                 + " ", out)
    # "removed [at 12:30 p.m.] local time [Saturday]": the zone words of a removed clock time go with it.
    out = re.sub(r"(?<=[a-z])\s+\(?(?:local time|" + _ZONE + r")\)?(?=\s*(?:[,.;:]|$))", "", out)
    out = re.sub(r"\s+(?:--|—|–)\s*,", ",", out)
    # "another effort beginning [on Monday]": a participle that held nothing but the date goes with it.
    out = re.sub(r"(?<!\bthe)(?<!\ba)(?<!\bnew)(?<!\bits)\s+(?:beginning|starting|ending)\s*(?=[.;]|$)", "", out)  # "Exxon Valdez -- 20 years later, the costs": the dash goes too
    # "its results, due in July, ...": an aside that held nothing but the date goes with it.
    out = re.sub(r",\s+(?:due|scheduled|slated|expected|set|planned|starting|beginning|ending)\s*(?=[,.;]|$)", "", out)
    # ("a previous cap, fitted [last month], which managed": only before a relative clause, so that a main
    # verb at the end, "... Petroleum, two firms ..., rallied [on Wednesday]", stays)
    out = re.sub(r",\s+[a-z]{3,}ed(?=\s*,\s+(?:which|who|that)\b)", "", out)
    return re.sub(r"\s+([,.;:])", r"\1", out).strip()


#: Words that open an aside set off by commas: a participle phrase or a clause of time or relation.
_ASIDE_OPENER = re.compile(r"(?i)\s*(?:[a-z]{3,}ing|when|which|who|where|while|although|though|after|before|because|"
                           r"including|as)\b")


def _comma_pair(m: re.Match[str]) -> str:
    """The two commas a removed date stood between: both go when the date was the aside ("The last shutdown, [in
    December 2018,] lasted"); one stays when the first closed an aside opened before it ("the rig, killing 11
    workers, [until Thursday,] the well defied": the comma is what ends the participle phrase)."""
    before = m.string[:m.start()]
    opened = before.rfind(",")
    # ("Mike Utsler, a vice president who runs the post in Houma, La., [since April,] will replace him": the comma
    # closes a name's appositive, whose own words held commas, before the verb)
    closes = re.search(r"[A-Z][\w.'’-]*,\s+(?:a|an|the)\s", before) is not None and re.match(
        r"\s*(?:" + auxiliaries(BE_FINITE, HAVE_FORMS, MODAL_VERBS, without={"shall"}) + r")\b", m.string[m.end():]) is not None
    return ", " if closes or (opened >= 0 and _ASIDE_OPENER.match(before[opened + 1:])) else ""


#: Words after a sentence-opening date that are no verb of which it is the subject ("Friday marked" is one;
#: "Monday morning", "June rains" are not).
_DATE_NOUN_FOLLOWERS = {"morning", "afternoon", "evening", "night", "last", "next", "this", "and", "or", "to", "through"}

#: Verbs whose object or complement can be a time: "took three days to deliver", "is dated 3 June and".
_TIME_OBJECT_VERBS = {"take", "takes", "took", "taken", "taking", "spend", "spends", "spent", "spending", "last",
                      "lasts", "lasted", "date", "dates", "dated", "mark", "marks", "marked", "set", "sets", "fixed",
                      "scheduled", "need", "needs", "needed", "wait", "waits", "waited", "give", "gives", "gave",
                      "given", "allow", "allows", "allowed", "require", "requires", "required", "name", "named",
                      "pick", "picked", "chose", "chosen", "choose", "declare", "declared", "designate", "designated"}
#: Forms of "spend", whose object is the time spent whatever follows it ("spent Monday in talks with officials").
_SPEND = {"spend", "spends", "spent", "spending"}
#: Verbs whose complement is the period they last: "lasts until Tuesday", "runs through June".
_DURATION_VERBS = {"last", "lasts", "lasted", "run", "runs", "ran", "extend", "extends", "extended", "stretch",
                   "stretches", "stretched", "continue", "continues", "continued", "remain", "remains", "remained"}
_COPULAS = {"is", "are", "was", "were", "be", "been", "being", "will", "would", "remains", "remained", "'s", "’s"}


def _leaves_dangling(before: str, after: str, with_preposition: bool, span: str = "") -> bool:
    """Whether removing a date between ``before`` and ``after`` would break the wording: a date that is
    a verb's object or complement ("took two weeks | to deliver", "is dated 3 June | and released",
    "the vote is | Tuesday.") carries the grammar, so it stays."""
    prev = before.split()[-1].lower().strip("“”\"‘’") if before.split() else ""
    nxt = after.split()[0].lower().strip("“”\"‘’") if after.split() else ""
    ends = not nxt or not nxt[:1].isalnum()
    if prev in _DURATION_VERBS and (with_preposition or re.match(r"(?i)(?:until|till|through|into)\b", span)):
        # "The extension lasts [until Tuesday]": a verb of duration has the period as its complement.
        return ends or nxt in {"and", "but", "when", "after"}
    if with_preposition:
        return False
    if prev in _SPEND:
        return True  # "spent [today] on a charm offensive": spending always takes its time as the object
    if prev in _COPULAS and (ends or nxt in {"and", "or", "but", "before", "after", "when", "until", "that", "because"}):
        return True
    # ("spent the weekend | watching": "spend" and "take" have the time as object before what was done in it)
    return prev in _TIME_OBJECT_VERBS and (ends or nxt in {"to", "and", "or", "but", "before", "after", "until"}
                                           or (nxt.endswith("ing") and nxt.isalpha() and len(nxt) > 4))


#: "-ing" nouns a day commonly dates: "during Tuesday trading", "at Monday's hearing", "ahead of Friday meetings".
_ING_DATED_NOUNS = {"trading", "meeting", "meetings", "hearing", "hearings", "briefing", "session", "ruling",
                    "bombing", "shooting", "opening", "filing", "offering", "sitting", "signing", "launching"}


def _noun_after_date(after: str) -> bool:
    """Whether the word after a date is a noun it modifies ("celebrations", "elections"), not a function word,
    adverb or verb ("to", "when", "officials said")."""
    word = after.split()[0].strip(",.;:").lower() if after.split() else ""
    second = after.split()[1].strip(",.;:").lower() if len(after.split()) > 1 else ""
    if second and (verbish(second, word) or second in {"said", "says", "rose", "fell", "grew"}) \
            and not second.endswith("ing"):
        return False  # "in May prices rose": the word after the date opens the clause
    if second in {"a", "an", "the", "its", "his", "her", "their", "that", "this", "these", "those", "no"} \
            or word in SPEECH_PRESENT:
        return False  # "in the summer of 1929 shows a group": a verb before its object, not a noun
    return bool(word) and word not in WEAK_END and word not in WH and word not in BREAK_WORDS \
        and word not in {"alone", "still", "also", "only", "even", "just", "too", "none", "nobody", "nothing", "everyone", "everything", "someone", "something", "one",
                         "many", "most", "several", "some", "few", "there", "officials", "police", "people"} \
        and (word in _ING_DATED_NOUNS or (not word.endswith(("ly", "ed", "ing")) and not verbish(word, ""))) \
        and word not in {
            "when", "then", "so", "too", "also", "again", "there", "here", "now", "yet", "already", "ago", "later",
            "earlier", "morning", "afternoon", "evening", "night"}
