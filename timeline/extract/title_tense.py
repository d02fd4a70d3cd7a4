"""The headline present: how a title's past-tense verbs become present for its subject.

Only the clause's finite main verb changes ("BP said" -> "BP says"); a clause of time or
reason after it follows it ("halts pumping while it ponders"), so does a second verb of the
same subject; participles, relative clauses, past perfects and states over an ended period
keep their tense. The word classes these rules read are in :mod:`timeline.extract.title_words`.
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import BE_FINITE, HAVE_FORMS, auxiliaries
from timeline.english_verbs import IRREGULAR_PARTICIPLES, s_ending
from timeline.extract.count_words import numbers
from timeline.extract.happenings import EVENT_NOUNS
from timeline.extract.second_tenses import second_present
from timeline.extract.sentences import quotation_open
from timeline.extract.title_backshift import present_report, saying_verb
from timeline.extract.title_verbs import (
    IRREGULAR_PAST_FORMS,
    PARTICIPLES,
    PLURAL_NOUNS,
    headline_present,
    regular_present,
)
from timeline.extract.title_words import (
    AUX,
    DETERMINERS,
    ED_WORDS,
    ING_PREPOSITIONS,
    INVERTED_SPEECH,
    MAX_CHARS,
    NO_TENSE,
    PRESENT,
    PRESENT_FORMS,
    PRONOUN_WORDS,
    SPEECH_VERBS,
    contact_relative,
    finite_verb,
    main_verb_start,
    participle_only,
    reported_clause,
    verbish,
)
from timeline.extract.unfinished_clauses import inside_complement


def headline_verb(text: str, past_period: bool = False, dated: bool = False) -> str:
    """The main verb in the headline present ("BP said" -> "BP says"). ``past_period`` says the statement's date
    is a period that has ended ("between 2005 and 2009"): a state over it ("there were 12 cases", "had 40
    staff") stays past, since in the present it would claim the state holds now. ``dated`` says a removed date
    stood in a reported clause (:func:`timeline.extract.title_backshift.dated_report`)."""
    start = main_verb_start(text)
    m = re.match(r"([a-z][a-z’'-]*)(\s+(?:that\s+)?)?", text[start:])
    if not m:
        return text
    word = m.group(1)
    if quotation_open(text[:start]):
        return text  # 'Dr Lee "grabbed a handful of vials"': words inside quotation marks are the source's own
    if past_period and word in {"was", "were", "had"} and not re.match(
            r"\s+(?:[a-z]+ly\s+|not\s+|never\s+|still\s+|also\s+)*(?:been|being|[a-z]{3,}(?:ed|ing)|"
            + "|".join(sorted(IRREGULAR_PARTICIPLES)) + r")\b", text[start + m.end(1):]):
        return text
    present = _headline_present(word)
    if present is None and word in SPEECH_VERBS:
        present = word  # "acknowledged" keeps its tense, and what was said still loses its "that" and venue
    if present is None:
        return text
    # A lone word in "-s" is a plural of people when its ending says so ("Scientists", "Residents", "Europeans",
    # "Veterans", "Trainees"); otherwise it may be a name ("Hughes") or a plural ("Managers"): a speech verb takes
    # takes the singular, as names speak more often; any other verb keeps its past.
    lone = re.fullmatch(r"\s*([A-Z][a-z]{2,}(?:ists|ants|ents|ians|eans|cans|rans|ees))\s*", text[:start])
    reporting = word in SPEECH_VERBS or word == "reported"  # (what "showed" or "found" is as often a plural: "Forecasts")
    if not lone and not reporting and re.fullmatch(r"\s*([A-Z][a-z]{2,}[^su\W']s)\s*", text[:start]) \
            and text[:start].strip().lower() not in PLURAL_NOUNS:
        return text
    if start == 0 or re.fullmatch(r"\s*(?:Who|Which|That|What|Whom|Whose)\s*", text[:start]):
        return text  # "Lived in Machynlleth", "Who lived in Virginia", "What changed?": no subject for the present
    if word in STATES and _PAST_YEAR.search(text, start):
        return text  # "served as press secretary during the 2004 campaign": a state over a named past period
    if plural_subject(text[:start]) or lone:
        present = _plural(present)
    if present in IRREGULAR_PAST_FORMS:
        return text  # "Investors sawed off" -> "saw off", "founded" -> "found": a present that reads as another past
    rest = text[start + m.end(1):]
    measured = _MEASURED_SUBJECT.search(text[:start])
    if measured and word in _DONE_TO_AMOUNTS and re.match(r"\s+(?:from|into|in|on|at|off|over|across|during|by)\s", rest):
        # "520m gallons deliberately released from tankers": an amount is what was released, a passive whose
        # auxiliary the headline left out ("release from tankers" would make the gallons the actor)
        verb = "is" if re.match(r"[$£€]", measured.group(1)) else "are"  # ("$2bn is raised": a sum is one amount)
        return f"{text[:measured.end(1)]} {verb}{text[measured.end(1):]}"
    if re.search(r"[,;]\s+(?:but|and|while|yet|so|whereas)\s|;|\s[-—–]\s|\s--\s", text[:start]):
        return text  # "BP tries to lower a dome, but the device was", "X mutates - it mutated": another clause's verb
    before = text[:start].split()
    while len(before) > 1 and before[-1].islower() and ((before[-1].lower().endswith("ly")
                                                        and before[-1].lower() not in {"family", "supply", "ally",
                                                                                       "rally", "assembly", "only"})
                                                       or before[-1] in {"still", "also", "just", "already", "never",
                                                                         "once", "first", "later", "then", "even"}):
        before = before[:-1]  # "not temporarily abandoned": the word before the adverb decides
    if before and before[-1].lower() in _PRESENT_BEFORE_OBJECT and (word.endswith("ed") or word in PARTICIPLES):
        return text  # "Analysts expect limited growth": no past follows a present verb; it is its object's adjective
    if (word.endswith("ed") or word in PARTICIPLES) and re.match(r"\s+by\s", rest) \
            and (not before or before[-1][:1].islower() or (len(before) == 1 and re.fullmatch(
                r"[A-Z][A-Za-z-]{2,}[^sS\W]s", before[0]) and (re.match(r"\s+by\s+(?:the\s+)?[A-Z]", rest)
                                                                  or _main_verb_after_agent(rest)))):
        return text  # "introduced by his biographer", "Memos obtained by the Gazette": a passive participle
    if (word.endswith("ed") or word in PARTICIPLES) and word not in INVERTED_SPEECH \
            and re.search(r"[^,]+,\s+$", text[:start]) and text[:start].count(",") == 1:
        return text  # "An explosion at the platform, located 80km off the coast": a subject takes no comma
    if participle_only(word, rest) or (word == "used" and re.match(r"\s+to\s", rest)):
        return text  # "the doctor accused of giving", "used to be" (a past with no present)
    if before and (text[:start].count("(") > text[:start].count(")") or contact_relative(before)
                   or reported_clause(before)):
        return text  # "(nicknamed Flash)", "The grants we received", "Residents say the flood destroyed"
    if re.match(r"(?:Out\s+of|Based\s+on|Compared\s+(?:with|to)|Thanks\s+to|Due\s+to|Ahead\s+of|Given|Following|Amid|"
                r"In|On|At|Of|With|Without|Among|From|For|Despite|Unlike|Under|Over|After|Before|When|"
                r"While|As|Since|Because|Although|Though|If|Once|Until|Unless)\s", text) \
            and "," not in text[:start] and "," in rest:
        return text  # "Out of 40 schools inspected, 12 failed", "Based on a plan Hale released, the crane could": a fronted
        # phrase's verb, not the main clause's
    if before and (before[-1].lower() in NO_TENSE or before[-1].lower() in {"being", "been", "be", "get", "gets",
                                                                           "got", "is", "are", "was", "were", "am",
                                                                           "i'm", "i’m"}):
        return text  # "expect to cut", "will cut": an infinitive, not the past tense
    if before and (before[-1].lower() in {"had", "has", "have", "having"} or (
            len(before) > 1 and before[-1].lower() in {"who", "which", "that", "whom"})):
        return text  # "who had recently returned": a perfect's participle, a relative clause's verb; not the main one
    if len(before) > 1 and before[-1].lower() in {"and", "or", "but"}:
        return text  # "The pipes burst and leaked": a second verb; the first, which no table knows, is the main one
    if "whose" in (w.lower() for w in before[-3:]) or inside_complement(before):
        return text  # "a corporation whose name was changed", "Reports suggest that an executive lobbied"
    if word == "had" and re.match(r"\s+(?:[a-z]+ly\s+|not\s+|never\s+|already\s+|just\s+|also\s+)*(?:been|[a-z]{3,}ed|"
                                  + "|".join(sorted(IRREGULAR_PARTICIPLES)) + r")\b", rest):
        return text  # "Officials had warned": a past perfect stays past; it says what came before
    if before and re.search(r"['’](?:ve|d|ll|s|re|m)$", before[-1].lower()):
        return text  # "I've lost", "he'd left": the contraction holds the auxiliary
    if before and before[-1].lower() in {"when", "while", "if", "once", "though", "although", "until", "unless",
                                         "whether", "than", "as"}:
        return text  # "laughs when asked about": a participle after a conjunction, not the main verb
    if before and before[-1] == "I" and word in ("was", "were"):
        return text  # "I was": not "I is"
    if word in ("was", "were") and re.match(r"[^,;:]*\bago\b", rest):
        return text  # "That was 40 years ago": a past the headline present cannot carry
    if word in SPEECH_VERBS:
        if len(text) > MAX_CHARS and word in ("told", "tells"):
            # "told a news conference in Geneva that X", "told The Associated Press that X" -> "says X": the audience
            # goes before the news. A pronoun that opens the clause may stand for the listener ("told BP that it had
            # 24 hours"): there only a long audience goes ("a news conference in Geneva").
            told = re.match(r"^\s+[^,;:“”\"]{1,60}?\s+that\s+(?!(?:is|was|will|would|could|has|had)\b)", rest)
            if told and (len(told.group(0).split()) >= 6 or not _LISTENERS_PRONOUN.match(rest, told.end())):
                present = "say" if present == "tell" else "says"
                rest, word = " " + rest[told.end():], "said"  # (the clause follows as it follows "said")
        # "told CNBC that he ..." -> "tells CNBC he ...": the object stays, "that" goes.
        # ("said that could last" keeps it: there "that" is the subject.)
        rest = re.sub(r"^(\s+(?:[A-Z][\w.&’'-]*\s+){0,3}|\s+(?:reporters|journalists|lawmakers)\s+)that\s+"
                      r"(?!(?:is|was|will|would|could|can|may|might|should|must|has|had|does|did)\b)", r"\1", rest)
        # "said in a statement that ...", "told a news conference in Houston that ...": where it was said goes.
        if len(text) > MAX_CHARS:  # only to make room: "posted on X that" says where
            rest = re.sub(r"^\s+(?:in|on|at|during|to|after|before)\s+[^,“”\"]{1,90}?\s+that\s+", " ", rest)
    # The indefinite article stays after the verb: without it ("gives taste of the fury", "approves proposal from a
    # senator") the clause reads as broken English, not as a headline. Before a person's name alone it means "a
    # certain" ("married a Jane Fletcher"), which a headline leaves out.
    rest = _A_CERTAIN.sub(" ", rest) if word not in SPEECH_VERBS else rest
    if present != word and word not in SPEECH_VERBS:
        if word not in AUX and word not in {"was", "were", "had", "been"} and _past_second_verb(rest):
            return text
        rest = _coordinated_present(rest, word, plural_subject(text[:start]))
        rest = _subordinate_present(rest)
    if saying_verb(word) and not re.search(r"\b(?:1[89]|20)\d\d\b", text[:start]):
        # "BP said it was proceeding" -> "BP says it is proceeding" ("A 2001 report noted": the saying is old news)
        rest = present_report(rest, word, plural_subject, dated)
    return text[:start] + present + rest


#: "a" before a name that ends its phrase ("married a Jane Fletcher in Brecon", "a David Ayers"): "a certain", not an
#: article of a noun the name describes ("a Reuters TV crew", "a Gulf of Mexico rig").
_A_CERTAIN = re.compile(r"^\s+an?\s+(?=[A-Z][a-z]+(?:\s+[A-Z]\.)?\s+[A-Z][a-z]+(?:\s*$|\s*[.,;:(]|\s+(?:" + auxiliaries(BE_FINITE) + r"|in|on|"
                        r"at|and|who|from|to|with|for|after|before|when)\b))")


#: Pronouns that may stand for the one told rather than the teller ("told BP that it had 24 hours").
_LISTENERS_PRONOUN = re.compile(r"(?:it|they|he|she|him|her|them|you)\b", re.I)
#: Present verbs of expecting and seeing that are no subject's noun: a past form right after one ("expect limited
#: growth", "see reduced fares", "say damaged homes were") opens their object, and the main verb is already present.
_PRESENT_BEFORE_OBJECT = {"expect", "expects", "predict", "predicts", "anticipate", "anticipates", "foresee",
                          "foresees", "see", "sees", "say", "says", "think", "thinks", "believe", "believes",
                          "want", "wants", "envisage", "envisages", "promise", "promises"}


#: Verbs of a state that lasts: over a period the title names by its year, the present would claim it still holds.
STATES = {"served", "lived", "worked", "remained", "stayed", "owned", "ran", "led", "headed", "chaired", "taught",
           "studied", "played", "belonged", "resided", "reigned", "ruled", "governed", "presided"}
_PAST_YEAR = re.compile(r"\b(?:during|in|from|between|until|till|through|throughout|since)\s+(?:the\s+)?(?:early\s+|late\s+|"
                        r"mid-?)?(?:1[5-9]\d\d|20\d\d)s?\b")


#: Conjunctions that open a clause of time or reason after the main one: in a headline its verb takes the same
#: present ("BP halts pumping while it ponders the results", not "while it pondered").
_TIME_CLAUSE = re.compile(r"\s(?:when|while|after|before|because|until|once|as(?=\s+(?:it|he|she|they|we|the|its|his|her|"
                          r"their)\s))\s+")


def _subordinate_present(rest: str) -> str:
    """ "is forced to call it off when it failed" -> "when it fails": a clause of time or reason inside the main
    clause follows the main verb into the present. A state ("when he was 19"), a perfect ("after it had
    failed"), a verb after a modal or one no table knows keeps its form; so does any clause after a comma or a
    quote, and a clause without its own subject ("after giving", "when asked")."""
    m = _TIME_CLAUSE.search(rest)
    if m is None or re.search(r"[,;:“”\"(—–]", rest[:m.start()]):
        return rest
    clause = rest[m.end():]
    at = main_verb_start(clause)
    subject = clause[:at].split()
    if at <= 0 or not subject or len(subject) > 6 or re.search(r"[,;:“”\"]", clause[:at]) \
            or subject[0].lower().endswith(("ing", "ed")) or re.search(r",\s+[a-z]{3,}ed\b", clause) \
            or subject[-1].lower() in NO_TENSE | AUX | {"been", "being", "be", "that", "which", "who"}:
        return rest
    verb = re.match(r"[a-z]+\b", clause[at:])
    word = verb.group(0) if verb else ""
    passive = word in {"was", "were"} and re.match(r"\s+(?:[a-z]{3,}ed|" + "|".join(sorted(IRREGULAR_PARTICIPLES))
                                                   + r"|hit|hurt|struck|shut)\b", clause[at + len(word):])
    if not word or (word in {"was", "were", "had", "did"} and not passive) or word in ED_WORDS or (
            word.endswith("ed") and re.match(r"\s+by\b", clause[at + len(word):])):
        return rest  # ("when he was 19": a state keeps its past; "when it was hit": its auxiliary takes the present)
    present = _headline_present(word)
    if present is None or " " in present or any(verbish(w.lower(), "") and w.lower() not in PRESENT_FORMS
                                                for w in subject[1:] if w.islower()):
        return rest
    # "after an explosion in which 11 workers lost their lives": the verb is the relative clause's, whose own
    # subject follows the relative word; a relative word right before the verb stands for the noun before it
    relative = list(re.finditer(r"\b(?:which|who|whom|whose|where)\s+", clause[:at]))
    own = clause[relative[-1].end():at] if relative else ""
    plural = plural_subject(own if own.strip() else clause[:at])
    present = _plural(present) if plural else present
    tail = _coordinated_present(clause[at + len(word):], word, plural)
    return rest[:m.end()] + clause[:at] + present + tail


#: "and" opening a second verb phrase of the same subject, or a second clause of its own ("and production
#: was shut down"): a noun phrase of up to three lowercase words before its verb.
_SECOND_VERB = re.compile(r"\s+(?:and|or|but|then)\s+(?:(?:also|then|later|eventually|quickly|finally)\s+)?"
                          r"([a-z][a-z’'-]+)\b")
_SECOND_CLAUSE = re.compile(r"\s+and\s+((?:(?:the|its|his|her|their|this|some|many|most|all|\d[\d,.]*)\s+"
                            r"(?:[A-Z][\w-]*\s+){0,2})?(?:[a-z][a-z-]*\s+){0,2}?"
                            r"[a-z][a-z-]*)\s+([a-z]+)\b(?!\s+(?:to|not|never|by|will|would|could|can|may|might|must|should|"
                            r"" + auxiliaries(BE_FINITE, HAVE_FORMS) + r")\b)")


def _clause_head(rest: str) -> str:
    """What follows the main verb up to where another clause begins (a comma, a relative or subordinating word)."""
    return re.split(r",(?!\d)|[;:—–(]|\s--\s|\s(?:which|who|that|when|while|after|before|because|as|since|until|"
                    r"although|though|if|where)\s|\sbut\s(?!(?:also\s+|then\s+|later\s+)?(?:[a-z]{3,}ed|was|were)\b)", rest,
                    maxsplit=1)[0]  # ("formed but dissipated", "but was": "but" before a past joins two verbs of one
    # subject; "6,700 psi": a comma inside a number ends nothing)


def _past_second_verb(rest: str) -> bool:
    """ "killed 11 workers and ruptured the wellhead": a second verb of the same subject whose present no rule
    can spell; the headline keeps both in the past rather than mix "kills ... and ruptured"."""
    clause = _clause_head(rest)
    if _listed_past(rest):
        return True
    second = _SECOND_VERB.search(clause)
    if second is None:
        return False
    between = clause[:second.start()].split()
    if any(finite_verb(w.lower(), between[i - 1].lower() if i else "") or w.lower() in AUX
           for i, w in enumerate(between) if w.isalpha()):
        return False  # the "and" joins a clause of its own
    verb = second.group(1)
    if verb in {"was", "were"} and second.group(0).split()[0] == "or":
        # "No one died or was even hurt": "dies or was" mixes tenses in one alternative; the headline keeps both past
        # ("formed and was set to": a second predicate a title seldom reaches keeps the first in the present)
        return True
    return verb.endswith("ed") and verb not in ED_WORDS and verb not in PRESENT and _regular_present(verb) is None \
        and not re.match(r"\s+by\b", clause[second.end():])


#: Irregular pasts unlike their participles ("drove", "went", "took"): after a comma they can only be a listed verb.
_FINITE_PASTS = frozenset(p for p in IRREGULAR_PAST_FORMS if p not in IRREGULAR_PARTICIPLES and " " not in p) \
    - {"had", "did", "was", "were", "said", "told", "set", "cut", "put", "hit", "quit", "shut", "cost", "let", "read"}


_LIST_CLOSE = re.compile(r"\s(?:and|then)\s+(?:[a-z]{3,}ed|" + "|".join(sorted(_FINITE_PASTS)) + r")\b")


def _listed_past(rest: str) -> bool:
    """ "visited Mexico City, praised Calderon and offered help": a list of the subject's verb phrases after the
    main one; the headline keeps the list in one tense, the past, rather than put only its first verb in the
    present. A comma before an irregular past ("flew in, drove two hours"), or before a past in "-ed" in a list
    that "and" and another past close, opens such an item; "..., hit by the storm" is a participle's phrase."""
    head = re.split(r"[;:—–(“”\"]|\s--\s", rest, maxsplit=1)[0]
    for item in re.finditer(r",\s+(?:and\s+|then\s+)?([a-z]+)\b(?!\s+by\b)", head):
        verb = item.group(1)
        if verb in _FINITE_PASTS or (verb.endswith("ed") and verb not in ED_WORDS
                                     and _LIST_CLOSE.search(head, item.start())):
            return True
    return False


#: A past the same as its base that only a second verb's place shows to be a past ("got stuck and let gas leak"):
#: opening a clause or a quote, "let" is as often the imperative ("Let me be clear").
_SECOND_ONLY = {"let": "lets"}
#: Linking verbs whose complement may look like a past ("got stuck", "went missing", "fell ill").
_GETTING = {"got", "gets", "became", "becomes", "went", "goes", "fell", "falls", "grew", "grows", "turned", "turns"}


def _coordinated_present(rest: str, main: str, plural: bool) -> str:
    """ "killed 11 workers and led to ..." -> "kills 11 workers and leads to ...": a headline does not change
    tense inside its main clause. After a passive or a perfect ("was arrested and charged", "had left and
    gone") the second participle shares the auxiliary and stays; a clause of its own ("and traffic was
    diverted") takes the present of its "was" or "were". Only the first "and" inside the main clause
    counts: after a comma, a relative pronoun or a subordinating word another clause has begun."""
    clause = _clause_head(rest)
    second = _SECOND_VERB.search(clause)
    # "found some employees had taken drugs and had sex": a verb between the main one and "and" heads a clause
    # of its own, and the second verb may be that clause's.
    between = clause[:second.start()].split() if second else []
    # ("got stuck and let", "fell ill and died": a linking verb's complement is no verb of a clause of its own)
    # ("came to Congress and declared", "admitted to hospital and gave": a capitalised word is a name, a word after
    # "to" an infinitive or a place, no verb of a clause of its own; a participle after "was" is its passive)
    own_clause = any(finite_verb(w.lower(), between[i - 1].lower() if i else "") or w.lower() in AUX
                     for i, w in enumerate(between) if w.isalpha() and not (i == 0 and main in _GETTING | {"was", "were"})
                     and not (i and (w[:1].isupper() or between[i - 1].lower() == "to")))
    if second and not own_clause:
        verb = second.group(1)
        present = second_present(verb, main, _FINITE_PASTS)  # ("was admitted and gave birth": :mod:`.second_tenses`)
        if present is None and main not in AUX and main not in {"was", "were", "had", "been"} and verb not in AUX:
            present = _headline_present(verb) or _SECOND_ONLY.get(verb)
            present = None if verb in ED_WORDS else present
        if present is not None:
            present = present if verb in {"was", "were"} else _plural(present) if plural else present
            # ("blew up and sank and killed 11": a third verb of the same subject follows the second)
            after = rest[second.end(1):]
            return rest[:second.start(1)] + present + (_coordinated_present(after, verb, plural) if verb not in {
                "was", "were"} else after)
    clause_two = _SECOND_CLAUSE.search(clause)
    if clause_two and not (second and second.start() < clause_two.start() and second.group(1) not in DETERMINERS
                           and second.group(1) != clause_two.group(1).split()[0]):
        noun, verb = clause_two.group(1).split()[-1], clause_two.group(2)
        determined = clause_two.group(1).split()[0] in DETERMINERS | {"some", "many", "most", "all"}
        if noun in PRONOUN_WORDS or verbish(noun, "") or noun in DETERMINERS:
            return rest
        if verb in ("was", "were"):
            present = "is" if verb == "was" else "are"
        elif (determined or clause_two.group(1)[:1].isdigit()) and verb not in ED_WORDS:  # "and the mayor signed it"
            present = _headline_present(verb)
            if present is not None and plural_subject(clause_two.group(1)):
                present = _plural(present)
        else:
            present = None
        if present is not None and (verb in ("was", "were") or present not in {"has", "have"}):
            return rest[:clause_two.start(2)] + present + rest[clause_two.end(2):]
    return rest

#: Adverbs between a subject and its verb ("Officials drastically increased", "Forecasters also warned").
_PRE_VERB = re.compile(r"(?:\s+(?:(?!(?:family|supply|ally|assembly|rally|monopoly|anomaly|belly|reply)\b)[a-z]{2,}ly|also|still|now|then|later|already|just|even|once|again|too|jointly|"
                       r"reportedly|allegedly|never|often|first|no longer|not|n[o']t yet|together|collectively|further|"
                       # "Government scientists last night put out": British news puts the time between subject and verb
                       r"yesterday|today|tonight|(?:last|this|late|early)\s+(?:night|week|month|year|morning|afternoon|"
                       r"evening)|(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:night|morning|afternoon|"
                       r"evening))?))+\s*$")


#: An amount of a substance or of money as a clause's whole subject ("520m gallons (of oil)", "$2bn"), its adverbs after it.
_MEASURED_SUBJECT = re.compile(r"(?:^|\s)((?:[$£€]\s?)?\d[\d,.]*\s*(?:m|bn|k|million|billion|thousand)?(?:\s+(?:gallons|barrels|"
                               r"litres|liters|tonnes|tons|pounds|dollars|euros)(?:\s+of\s+[a-z]+)?)?)(?:\s+[a-z]+ly)*\s*$")
#: Verbs that are done to an amount, never done by one: after an amount with no auxiliary, their past is a passive.
_DONE_TO_AMOUNTS = {"released", "dumped", "discharged", "collected", "skimmed", "siphoned", "captured", "removed",
                    "sprayed", "injected", "shipped", "imported", "exported", "stored", "seized", "donated", "pledged",
                    "allocated", "raised", "spent", "paid", "sold", "bought", "stolen", "recovered", "set"}


def _main_verb_after_agent(rest: str) -> bool:
    """ "(E-mails discussed) by attorneys this week showed that": a past verb after the agent, in the same clause, is
    the main verb, so the participle before "by" describes the subject ("discusses by attorneys" is no English)."""
    agent = re.match(r"\s+by\s+([^,;:“”\"()]{1,80})", rest)
    words = agent.group(1).split()[1:8] if agent else []
    return any(n and words[n - 1] not in AUX | DETERMINERS | {"to", "and", "or", "who", "which", "that"}
               and (word in PRESENT or (word.endswith("ed") and _regular_present(word)))
               and not word.endswith("s") for n, word in enumerate(words))


def _no_verb_past(word: str) -> bool:
    """Words in "-ed" that are no verb's past ("hundred", "unheeded") or only a participle: the spelling rules of
    :func:`timeline.extract.title_verbs.regular_present` must not give them a present."""
    return word in ED_WORDS or participle_only(word, "")


def _regular_present(word: str) -> str | None:
    """The headline present of a regular past ("extended" -> "extends"), None when unsure (the spelling rules
    are :func:`timeline.extract.title_verbs.regular_present`) or when it is no verb's past (:func:`_no_verb_past`)."""
    return None if _no_verb_past(word) else regular_present(word)


def _headline_present(word: str) -> str | None:
    """The headline present of a past (:func:`timeline.extract.title_verbs.headline_present`); a word that is no
    verb's past by :func:`_no_verb_past` has only the table's ("fed" -> "feeds", "hundred" none)."""
    return PRESENT.get(word) if _no_verb_past(word) else headline_present(word)


#: "the" and an adjective with no noun after it stands for the people it describes, a plural ("the poor").
_PEOPLE_ADJECTIVE = re.compile(r"[Tt]he\s+(?:very\s+)?(?:poor|rich|wealthy|elderly|young|old|sick|dead|wounded|injured|"
                               r"homeless|unemployed|disabled|displaced|missing|living|hungry|faithful)")


#: Participles at the end of a subject ("Gulls coated", "The talks held"): no head noun.
_TRAILING_PARTICIPLES = re.compile(r"(?:\s+(?:[a-z]{3,}ed|" + "|".join(sorted(PARTICIPLES)) + r"))+$")
#: A plural noun heading the subject and an "-ing" phrase describing it ("Executives taking part in ...", "Crews
#: working on the well", "2,012 ships weighing 52m tonnes": a count's comma is no clause's); group 2 is the head,
#: group 3 the "-ing" word.
_HEAD_THEN_ING = re.compile(r"^((?:(?:[\w’'-]+|\d[\d,.]*\d)\s+){0,3}?)([A-Za-z][a-z]{2,}[^su\W’']s|[Pp]eople|[Mm]en|[Ww]omen|[Cc]hildren)\s+"
                            r"([a-z]{3,}ing)\b")
#: A number standing alone as a subject, with a word that bounds or hedges it ("only 145", "more than 300").
_BARE_COUNT = re.compile(r"\s*(?:(?:[Oo]nly|[Jj]ust|[Aa]bout|[Aa]round|[Nn]early|[Aa]lmost|[Rr]oughly|[Ss]ome|[Oo]ver|"
                         r"(?:[Mm]ore|[Ff]ewer|[Ll]ess)\s+than|[Aa]t\s+least|[Uu]p\s+to)\s+)?(\d[\d,.]*)\s*")
_PREPOSITION_IN = re.compile(r"\b(?:of|in|at|for|from|with|on|by|to|about)\s")


def plural_subject(subject: str) -> bool:
    """ "The thrifts", "They", "Orkem and Coates": the verb takes its plural form."""
    if re.search(r"\b(?:he|she|it)\s*$", subject, flags=re.I):
        return False  # "Facing the committee he was": the pronoun is the subject
    if re.fullmatch(r"\s*(?:These|Those|these|those)\s*", subject):
        return True  # "These failed to open": a plural demonstrative standing alone
    if re.fullmatch(r"\s*(?:[Tt]he|\d[\d,.]*)\s+[A-Z][a-z]+(?:ans|ets|ats|ists|ites|ies|ers|ons)\s*", _PRE_VERB.sub("", subject)):
        return True  # "The Soviets first used", "the Democrats", "2,000 Britons": a people or a party named by its plural
    if _PEOPLE_ADJECTIVE.fullmatch(_PRE_VERB.sub("", subject).strip()) or _PEOPLE_ADJECTIVE.fullmatch(subject.strip()):
        return True  # "The poor took", "the elderly were": an adjective standing for its people is plural
    subject = _PRE_VERB.sub("", subject)
    # 'The words “top kill”': a quoted term after a noun names it; the noun before it is the head.
    unquoted = re.sub(r"\s*[“\"][^“”\"]{1,40}[”\"](?:\s+(?:and|or)\s+[“\"][^“”\"]{1,40}[”\"])*\s*$", " ", subject)
    subject = unquoted if unquoted.strip() else subject
    if "," not in subject and _OPENING_PHRASE.match(subject):
        # "Of course in retrospect these events": without a comma the subject starts at its determiner.
        inner = list(re.finditer(r"\b(?:the|these|those|this|its|their|his|her|our|an?)\s", subject))
        subject = subject[inner[-1].start():] if inner else subject
    parts = [part.strip() for part in re.split(r",(?!\d{3}\b)", subject)]  # ("4,500 fans": no comma of a clause)
    if len(parts) > 1:
        # "Several weeks into the strike, the union": an opening phrase before a comma is no subject.
        while len(parts) > 1 and _OPENING_PHRASE.match(parts[0]) and any(parts[1:]):
            parts = parts[1:]
        if re.fullmatch(r"(?:I|we|they|you)", parts[-1]):
            return True  # "Very, I"
        bare = len(parts) > 1 and not any(w.lower() in _LIST_BREAKS or w.endswith(("ing", "ed"))
                                          for w in parts[0].split()[1:])
        if any(re.match(r"(?:and|&)\s", part) for part in parts[1:]) or (bare and " and " in parts[-1]):
            return True  # "Lamar McKay, president of the firm, and Tony Hayward", "Anger, doubt and fear" (a list)
        # "The pumps, seemingly unharmed,", "Tony Hayward, the chief executive,": an aside after the head;
        # "a pipe carrying oil, gas and water": a list inside the subject's modifier.
        subject = parts[0] or subject
    if re.match(r"(?:[Ee]ach|[Oo]ne|[Nn]either|[Ee]ither|[Ee]very\s+one)\s+of\s", subject):
        return False  # "Each of the firms reports": one of them
    share = re.match(r"(?:[Aa]\s+(?:number|handful|couple|lot|host|dozen|majority|minority|third|quarter|fraction|"
                     r"proportion)|[Ll]ots|[Hh]alf|[Mm]ost|[Ss]ome|[Aa]ll|[Mm]any|[Nn]one|[Pp]lenty|[Tt]he\s+rest|"
                     r"[Tt]he\s+majority)\s+of\s+(.+)$", subject.strip())
    if share:
        return plural_subject(share.group(1))  # "A number of residents complain", "Most of the oil is": the noun decides
    counted = _BARE_COUNT.fullmatch(subject)
    if counted and counted.group(1) != "1":
        return True  # "Of the 40 schools, 12 failed", "only 145 have died", "more than 300 were"
    modified = _HEAD_THEN_ING.match(subject.strip())
    if modified and modified.group(3) not in ING_PREPOSITIONS and not _PREPOSITION_IN.search(modified.group(1)) and (
            modified.group(2)[:1].islower() or modified.group(2).lower() in PLURAL_NOUNS):
        return True  # "Pharmaceutical executives taking part in the meeting": a plural head, then its "-ing" phrase
    whole = re.findall(r"[A-Za-z][\w’'-]*", subject)
    opening = subject
    if len(whole) >= 3 and whole[-1].islower() and whole[-2][:1].isupper() and whole[-1].lower() in PLURAL_NOUNS \
            and not re.match(r"(?:[Aa]n?|[Oo]ne|[Ee]ach|[Ee]very|[Tt]his|[Tt]hat|[Tt]he)\s+[a-z]+\s+of\s", subject):
        # ("A panel of U.S. judges": the head is "panel")
        return True  # "University of South Florida scientists": a name, then the head noun    # The head noun comes before any prepositional phrase: "Foreign ministers of member-states ...".
    # ("The mayor's meeting with": after a possessive "meeting" is the head noun, no participle opening a phrase)
    subject = re.split(r"\s+(?:of|in|at|for|from|with|on|under|near|across|along|off|through|throughout|toward|towards|beyond|aboard|inside|outside|(?<!['’]s\s)meeting|who|which|that|to|by|over|about|"
                       r"against|during|among|between|behind|around|into|without|within|we|I|they|you|it|he|she)\s+(?=\S)",
                       subject)[0]
    # ("The grants we received": a subject pronoun after the head opens a relative clause without "that")
    # "Gulls coated" (in oil), "The talks held" (in Geneva): the participle is no head.
    subject = _TRAILING_PARTICIPLES.sub("", subject.rstrip())
    # "Fishermen eager (to help)", "Residents unable (to leave)": an adjective after the head, before its "to".
    subject = re.sub(r"(?<!miles)(?<!mile)(?<!km)(?<!feet)(?<!metres)(?<!meters)\s+(?:eager|ready|able|unable|keen|willing|unwilling|anxious|determined|desperate|quick|"
                     r"slow|likely|unlikely|due|set|about|hoping|trying|seeking|waiting|struggling|"
                     r"(?:(?:directly|due|just|immediately|further|farther)\s+)?(?:north|south|east|west)(?:east|west)?)$", "", subject)  # ("parishes directly west")
    words = re.findall(r"[A-Za-z][\w’'-]*", subject)
    if not words:
        return False
    both = re.search(r"\b([a-z]{3,})\s+and\s+(?:the\s+|an?\s+)?(?:[a-z-]+\s+){0,2}?([a-z]{3,})$", subject.strip())
    if both and both.group(1) in EVENT_NOUNS and both.group(2) in EVENT_NOUNS:
        return True  # "The explosion and fire", "an explosion and an oil spill": two happenings ("an oil and gas rig": one rig)
    if re.fullmatch(r"[A-Z][a-z]{2,}ing", words[0]) and len(words) > 1 and words[1] in _GERUND_OBJECT_OPENERS \
            and words[0].lower() not in ING_PREPOSITIONS:
        return False  # "Cleaning up the chicks is": a gerund's clause is one thing
    head = words[-1]
    if head.lower() in {"series", "news", "species", "means", "headquarters", "politics", "economics", "physics"}:
        return False
    if head[:1].isupper() and re.search(r"(?:Committee|Department|Council|Commission|Agency|Administration|Bureau|"
                                        r"Authority|Service|Board|Institute|Association|Company|Group|Executive|"
                                        r"Organi[sz]ation|Ministry|Office|Corporation|Federation|Foundation)$", head) \
            and (" and " not in subject or re.match(r"[Tt]he\s+(?:[A-Z][\w.’'-]*\s+){1,3}and\s+[A-Z]", subject)):
        return False  # "The Transportation and Infrastructure Committee is": one body ("BP and the Coast Guard" two)
    if re.fullmatch(r"[A-Z]{2,}s", head) or head.lower() in {"bacteria", "criteria", "phenomena", "police"}:
        return True  # "ADRs", "NGOs", "CEOs": an acronym's plural; Latin and collective plurals without "-s"
    if head.lower() in PLURAL_NOUNS:
        return True  # "Officials", "Hundreds", "House Republicans"
    if head == words[0] and len(whole) > 1 and len(head) > 4 and re.search(r"[^su'’]s$", head) and whole[1][:1].islower() \
            and whole[1] not in {"a", "an", "the"} and re.match(re.escape(head) + r"\s", opening):
        return True  # "Inhabitants of the capital": a plural noun opening the sentence, not a name
    if head.lower().endswith("men") and len(head) > 4 and head.lower() not in {"specimen", "abdomen", "regimen"}:
        return True  # "The two chairmen", "fishermen"
    if head.lower() in {"many", "most", "some", "several", "few", "others", "all", *numbers(2), "twenty"} \
            and (head == words[0] or (len(words) == 2 and words[0].lower() in {"the", "these", "those", "all"})):
        return True  # "Many no longer wear", "Some fled", "Two remain missing"
    if head.lower() in {"they", "we", "i", "you", "both", "each"} or (head.lower() == "each" and len(words) > 1):
        return True
    if re.match(r"[Aa]n?\s+(?:few|dozen|hundred|thousand|million|billion|couple\s+(?:of\s+)?)\s", subject.strip()) \
            and head.islower() and s_ending(head):
        return True  # "a million homes", "a dozen workers": a number with "a", then the plural head
    if re.match(r"[Aa]n?\s+(?:estimated|further|extra|additional|record|reported|total\s+of|average\s+of)\s+\d", subject) \
            and head.islower() and s_ending(head):
        return True  # "An estimated 4.9 million barrels", "a further 300 workers": the count's "a" is no singular's
    if words[0].lower() in {"a", "an", "one", "each", "every", "this", "that"}:
        return False  # "An oil and gas platform": one thing, whatever its modifiers join
    if re.fullmatch(r"[Tt]he\s+[a-z]+\s+and\s+(?:[a-z-]+\s+){1,3}(?:committee|commission|department|ministry|agency|"
                    r"industry|industries|sector|business|company|group|panel|board|office|service|bill|act|law|"
                    r"programme|program|plan|policy|market|team|division|unit|subcommittee)", subject.strip()) \
            and not re.search(r"\band\s+(?:the|a|an|its|his|her|their)\b", subject):
        return False  # "The energy and climate change committee", "the oil and gas industry": one body, its topics
    if len(words) >= 3 and "and" in words[:-1] and (words[0][0].isupper() or words[0] == "both"):
        return True
    # ("politics", "economics": a field's name in "-ics" is one thing; "pandemics", "critics", "clinics" are plurals)
    return (head[0].islower() and s_ending(head) and head.lower() not in _ICS_FIELDS
            and len(head) > 3)


#: Names of fields and activities in "-ics" that take a singular verb.
_ICS_FIELDS = {"politics", "economics", "physics", "mathematics", "ethics", "logistics", "athletics", "gymnastics",
               "genetics", "electronics", "linguistics", "aesthetics", "acoustics", "optics", "aerobics", "robotics",
               "informatics", "geopolitics", "semantics", "forensics", "metrics", "analytics", "dynamics"}


#: Words that show the first item before a comma is more than a noun phrase, so what follows is no list of subjects.
_LIST_BREAKS = {"of", "in", "on", "at", "for", "with", "from", "by", "to", "into", "about", "who", "which", "that"}
#: An opening phrase before the subject: a preposition or conjunction, an adverb, a span of time ("Two weeks into
#: the strike", "More than a year after the spill").
_OPENING_PHRASE = re.compile(
    r"(?i:in|on|at|of|after|before|since|during|following|despite|with|without|for|from|by|under|over|amid|among|as|"
    r"when|while|once|until|although|though|because|if|more|less|nearly|almost|earlier|later|meanwhile|however|"
    r"yesterday|today|separately|instead|still|now|then|[a-z]+ly)\b(?!['’])"  # ("Today's meeting" is a subject)
    r"|.*\b(?:hours?|days?|weeks?|months?|years?)\s+(?:into|after|before|later|earlier|ago|on)\b")

#: Words after an opening "-ing" word that make it a gerund with its object ("Cleaning up the birds", "Raising
#: the wall"), not an adjective before its noun ("Rising prices").
_GERUND_OBJECT_OPENERS = {"up", "down", "out", "off", "the", "a", "an", "its", "his", "her", "their", "this", "these",
                          "those", "our", "them", "it"}


def _plural(verb: str) -> str:
    irregular = {"is": "are", "has": "have", "does": "do", "goes": "go", "was": "were"}
    if verb in irregular:
        return irregular[verb]
    if verb.endswith("ies"):
        # ("unties", "belies": the few verbs in "-ie" keep it)
        return verb[:-1] if verb in ("dies", "lies", "ties", "vies", "unties", "belies") else verb[:-3] + "y"  # "carries" -> "carry"
    if verb.endswith(("ches", "shes", "sses", "xes", "zzes", "oes")):
        return verb[:-2]
    return verb[:-1] if verb.endswith("s") else verb
