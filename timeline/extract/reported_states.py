"""A reported state keeps its source: "the dead zone is one of the largest ever, scientists report" is their claim.

A news lead often ends with its attribution ("..., a WHO official said on Thursday"). When what was said is a
happening with its own past ("Eighteen people were killed in a shootout, the army said"), the happening is the
event and the attribution may go. When it is a state, a judgement, a negation, a forecast or a modal ("the strain
has not yet taken hold", "costs could top $3 billion", "the zone is one of the largest ever"), the sentence's date
is the saying's and only the speaker vouches for the claim: a title without the speaker states it as fact. The
title keeps the source in front, as a headline does ("A WHO official says the strain has not yet taken hold").
"""

from __future__ import annotations

import re

from timeline.calendar_words import MONTH_PATTERN, WEEKDAY_NAME_PATTERN
from timeline.english_auxiliaries import DO_FORMS, HAVE_FORMS, MODAL_VERBS, auxiliaries
from timeline.extract.attribution import TRAILING_ATTRIBUTION
from timeline.extract.saying_words import SAY_FORMS, alternation, spoken
from timeline.extract.title_cuts import cut_main_clause, shorten_subject
from timeline.extract.title_ends import COPULA_WORDS
from timeline.extract.title_openers import subject_first
from timeline.extract.title_subjects import drop_role
from timeline.extract.title_tense import plural_subject
from timeline.extract.title_verbs import IRREGULAR_PAST_FORMS, PARTICIPLES
from timeline.extract.title_words import DETERMINERS, MAX_CHARS, WEAK_END, main_verb_start

#: Adverbs between a subject and its verb, or an auxiliary and the next word ("will likely", "has not yet").
_ADVERBS = r"(?:(?:[a-z]+ly|still|also|already|now|yet|so\s+far|even)\s+)*"
#: Verbs whose clause is no happening of its own: a modal says what may come, a copula or "remains" what holds.
_STATE_VERB = re.compile(_ADVERBS + r"(?:" + auxiliaries(MODAL_VERBS) + r"|cannot|can['’]t|won['’]t|"
                         r"is|are|am|remains?|seems?|appears?|looks?|"
                         # ("has not yet taken hold", "do not require", "had no evidence"): a negation is a finding
                         r"(?:" + auxiliaries(HAVE_FORMS, DO_FORMS) + r")(?:n['’]t|\s+" + _ADVERBS + r"(?:not|never|no|yet\s+to))|"
                         r"(?:has|have)\s+" + _ADVERBS + r"(?:no|little|few|enough)\s)\b")
#: "was over-optimistic", "were to blame", "was a mistake": a past judgement, unlike "were killed" or "was sending".
_PAST_JUDGEMENT = re.compile(_ADVERBS + r"(?:was|were)\s+" + _ADVERBS + r"(?:not\s+)?(?!un)([a-z’'-]+)")
#: The speaker and verb of a trailing attribution: ", a World Health Organisation official said".
_TRAILING = re.compile(r",\s+(?P<speaker>[^,“”\"]{2,80}?)\s+(?:(?:has|have)\s+)?(?P<verb>" + alternation(SAY_FORMS, spoken("report", base=True), {"told", "added", "wrote"}) + r")"
                       r"(?:\s+[\w’'-]+)?\s*[.]?$")
#: Speakers that name nobody: a pronoun, or a noun phrase a pronoun owns ("its top flu expert").
_UNNAMED = re.compile(r"(?i)(?:he|she|it|they|we|i|you|one|its|his|her|their|our|my|your|this|that|who|which)\b")
#: First words a sentence capitalises that are no name: they go lowercase after the speaker's verb.
_LOWER_OPENERS = DETERMINERS | {"there", "it", "more", "most", "fewer", "few", "much", "such", "another", "other"}


def reported_state(clause: str) -> bool:
    """Whether ``clause``'s main verb says a state, a judgement, a negation, a forecast or a modal rather than a
    happening: "costs could top $3bn", "the strain has not yet taken hold", "the plan was a mistake" (but not "18
    people were killed", "the WHO was sending a team", "the virus has killed 60")."""
    verb_at = main_verb_start(clause)
    if verb_at <= 0:
        return False
    rest = clause[verb_at:]
    if _STATE_VERB.match(rest):
        return True
    owned = re.match(r"(?:has|have)\s+" + _ADVERBS + r"([a-z’'-]+)", rest)
    if owned:  # ("a town has no power": what one has holds; "has killed 60", "has so far cost" are happenings)
        return owned.group(1) in DETERMINERS | {"no", "little", "few", "much", "more", "less", "enough", "plenty"}
    judged = _PAST_JUDGEMENT.match(rest)
    if judged:
        word = judged.group(1)
        return not (word.endswith(("ed", "ing")) or word in PARTICIPLES or word == "to")
    word = re.match(r"[a-z’'-]+", rest)
    # ("requires close monitoring", "overlaps areas hit by oil"): a present of its own, no past
    return bool(word) and re.fullmatch(r"[a-z]+[^s\W]s", word.group(0)) is not None \
        and word.group(0) not in IRREGULAR_PAST_FORMS | {"has", "was", "does"}


def _quoted(text: str) -> bool:
    """Whether ``text`` quotes more than a term's few words ("a “dead zone”" is the writer's term, not what was
    said), or opens a quotation it does not close."""
    return text.count('"') % 2 == 1 or text.count("“") != text.count("”") \
        or any(len(q) >= 30 for q in re.findall(r'[“"]([^“”"]*)[”"]', text))


def kept_source(text: str, sentence: str, remove: list[tuple[int, int]]) -> str:
    """``text`` without its trailing attribution ("..., the army said"), or, when what was said is a reported state
    and no removed date stood inside it, with the speaker as the title's frame ("The army says ...")."""
    attribution = TRAILING_ATTRIBUTION.search(text)
    frame = _TRAILING.search(text)
    if attribution is None and (frame is None or frame.group("verb") not in ("report", "reports")):
        return text
    bare = text[:frame.start()] if attribution is None else text[:attribution.start()] + text[attribution.end():]
    if frame is None or (attribution and frame.start() != attribution.start()) or not reported_state(bare):
        return text if attribution is None else bare  # (", ABC reports" after a happening: as it was)
    kept = bare  # (", biologists report" after a state: what was said, not "Biologists report" alone)
    speaker, verb = frame.group("speaker"), frame.group("verb")
    said_at = sentence.rfind(f"{speaker} ")
    if said_at < 0 or "according" in speaker.lower() or speaker.split()[-1].lower() in _NO_HEADS \
            or (any(start < said_at for start, _ in remove) and not _SAYING_DAY.search(sentence, said_at)):
        # ("the cap will be fitted [on Friday], BP said": the date is what was said; when the saying has a day of its
        # own, the sentence's every mention is the saying's, and one title keeps them one event)
        return kept
    plural = verb in ("say", "report") or (verb not in ("says", "reports") and plural_subject(speaker))
    present = {"wrote": "writes"}.get(verb) or (("report" if plural else "reports") if verb.startswith("report")
                                                else "say" if plural else "says")
    if framed(speaker, present, bare):
        return framed(speaker, present, bare)
    # ("This winter's ice cover on the lake is one of the thinnest on record, biologists report"): no room for the
    # speaker in front; after the clause, when both fit
    said = cut_main_clause(subject_first(bare)).rstrip(" ,.;:")
    if _SUBORDINATE_FIRST.match(said):
        return kept
    after = f"{said}, {speaker[0].lower() + speaker[1:] if re.match(r'(?:The|An?) [a-z]', speaker) else speaker} {present}"
    return after if len(after) <= MAX_CHARS and _named(speaker) and not _quoted(said) else kept


def _named(speaker: str) -> bool:
    """Whether ``speaker`` names who spoke: no pronoun, no clause of its own, a name's or a role's few words."""
    return not (_UNNAMED.match(speaker) or len(speaker.split()) > 6 or re.search(r"[,;:()“”\"]", speaker)
                or re.search(r"\s(?:who|which|that|and|with|in|on|to|for|says?|reports?)\b", speaker))


def framed(speaker: str, verb: str, said: str) -> str | None:
    """ "Officials say the strain has not yet taken hold": the speaker, the verb of saying in the headline present
    and the main clause of what was said, when the speaker names someone, is not what was said's own subject (BP
    telling what BP did is BP's act), and the whole fits a headline, cut if need be before a phrase of place or
    time. None when it does not."""
    said = cut_main_clause(subject_first(said)).rstrip(" ,.;:")  # ("Of concern is the cost": the cost first)
    if _SUBORDINATE_FIRST.match(said):
        return None  # ("If the levee fails, the town will flood": the condition and its clause go together)
    verb_at = main_verb_start(said)
    second = _SECOND_CLAUSE.search(said, max(verb_at, 0))  # ("is not easy | and it can take days")
    said = said[:second.start()] if second and verb_at > 0 else said
    if verb_at <= 0 or _quoted(said) or not _named(speaker):
        return None
    subject = re.sub(r"\s+(?:Inc|Plc|Corp|Co|Ltd|LLC)\.?$", "", re.split(r"\s(?:of|in|on|at|from|for|with|near)\s",
                                                                      said[:verb_at].strip())[0]).split()
    if subject and (subject[-1] in speaker.split() or (subject[-1][:1].isupper() and re.fullmatch(
            r"(?i)the\s+[a-z]+", speaker))):
        return None  # ("BP has finished pumping cement, BP said", "Trustcorp will merge, the bank said": its own act)
    first = said.split(" ", 1)[0]
    lower = first.lower() in _LOWER_OPENERS or _COMMON_FIRST.match(said) is not None
    if not lower and not (re.fullmatch(r"[A-Z]{2,}|[A-Z][\w.-]*['’]s", first) or re.match(
            r"[A-Z][\w.-]*[^s\W]\s+(?:[A-Z]|is\b|has\b|will\b|could\b|may\b)", said)):
        return None  # ("Global trade ...": a capital that may be a name's or the sentence's)
    head = drop_role(f"{speaker[0].upper()}{speaker[1:]} {verb} ")  # ("Finance Minister Agustin Carstens")
    if len(head) + len(said) > MAX_CHARS:  # ("an 87-foot cutter [patrolling the area] has not reported")
        shorter, at = shorten_subject(said, verb_at)
        kept_words = shorter[:at].split()
        if not (kept_words and kept_words[-1].lower() in _PARTITIVES
                and re.match(r"\s*of\s", said[len(shorter[:at].rstrip()):verb_at])):  # ("a new kind | of influenza")
            said, verb_at = shorter, at
    reduced = _REDUCED_RELATIVE.search(said[:verb_at]) if len(head) + len(said) > MAX_CHARS else None
    if reduced:  # ("an 87-foot cutter [patrolling the area] has not reported": the head noun is the subject)
        said, verb_at = said[:reduced.start()] + said[reduced.end():], verb_at - (reduced.end() - reduced.start())
    said = said[0].lower() + said[1:] if lower else said
    if len(head) + len(said) <= MAX_CHARS:
        return head + said
    # ("... has not yet taken hold | outside the Americas region"): a phrase of place or time may go, past the verb
    cuts = [m.start() for m in _ADJUNCT.finditer(said, verb_at) if len(head) + m.start() <= MAX_CHARS
            and not re.search(r"\b(?:[a-z]+(?:ed|ing)|look|aim|arrive|stand|stay|point|work|" + "|".join(
                sorted(WEAK_END | COPULA_WORDS)) + r")$", said[:m.start()], flags=re.I)]  # ("will likely be | in")
    negated = re.match(r"\S+\s+" + _ADVERBS + r"(?:not|never|no)\b|\S+n['’]t\b", said[verb_at:])
    if cuts and len(said[verb_at:cuts[-1]].split()) >= 3 and not negated:  # ("has not taken hold | outside X")
        return head + said[:cuts[-1]]
    return None


#: A second clause with its own subject: "..., and it can take days" ("but" turns what came before: it stays).
_SECOND_CLAUSE = re.compile(r",?\s+(?:and|while|whereas)\s+(?=(?:it|they|he|she|there|we|the|its|their|"
                            r"this|that|these|those)\s)")
#: Words that end no speaker's name: "..., the latest reported yesterday" is an absolute phrase, no attribution.
_NO_HEADS = {"latest", "first", "last", "second", "third", "most", "many", "some", "other", "others", "one"}
#: A day the saying names for itself ("said on Thursday", "told reporters yesterday").
_SAYING_DAY = re.compile(r"\b(?:" + WEEKDAY_NAME_PATTERN + r"|yesterday|today|tonight|(?:" + MONTH_PATTERN + r")\.?\s+\d+)\b")
#: Nouns that say nothing without their "of" phrase.
_PARTITIVES = {"kind", "type", "sort", "form", "strain", "number", "lot", "group", "series", "part", "piece", "amount",
               "one", "some", "most", "many", "all", "each", "any", "none", "few", "majority", "percent", "half",
               "third", "quarter", "rest", "version", "dozens", "hundreds", "thousands", "millions"}
#: A subordinate clause before the main one.
_SUBORDINATE_FIRST = re.compile(r"(?i)(?:if|unless|when|whenever|while|as|although|though|because|since|once|until|"
                                r"after|before|even)\b")
#: A participle's phrase after the subject's noun, right before its verb: "a cutter [patrolling the area] has".
_REDUCED_RELATIVE = re.compile(r"(?<=[a-z])\s+[a-z]{3,}ing\s+(?:the|a|an|its|their)\s+[a-z-]+(?:\s+[a-z-]+)?(?=\s*$)")
#: Where a phrase of place or time opens, which a headline may leave out.
_ADJUNCT = re.compile(r"\s(?=(?:in|at|outside|inside|across|during|after|before|since|until|near|around|amid|despite|"
                      r"because|while|when|following|ahead|throughout)\s)")


#: A first word capitalised only as the sentence's first ("Leaflets giving advice", "Containment and cleanup
#: costs", "Testing whether"): a plural, an abstract noun or a gerund before a lowercase word that is no verb of its.
_COMMON_FIRST = re.compile(r"[A-Z][a-z]+(?:ment|ments|tion|tions|sion|ness|ity|ers|ists|ants|ents|ts|ns|ls|ks|ps|gs|ing)"
                           r"\s+(?!(?:is|was|has|had|will|would|could|may|said|says)\b)[a-z]")
