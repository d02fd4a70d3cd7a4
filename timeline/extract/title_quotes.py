"""Titles of sayings: the speaker and what was said, as a headline holds them.

A saying's headline names the speaker and the content ("Graber: “The leak is spreading faster”", "Graber says
the leak is spreading"); the speaker alone, or a quotation cut inside a phrase, tells nothing. What the title
writer (:mod:`.titles`) reads as a quotation and its attribution comes here to be put together.
"""

from __future__ import annotations

import re

from timeline.extract.quote_cuts import quote_cut_open
from timeline.extract.saying_words import alternation
from timeline.extract.subordinators import ALSO_PREPOSITIONS, SUBORDINATORS
from timeline.extract.suppositions import supposes
from timeline.extract.title_ends import ABBREVIATION_END, _hangs, whole_phrase
from timeline.extract.title_grammar import holds_verb
from timeline.extract.title_referents import actor_kind
from timeline.extract.title_subjects import drop_role
from timeline.extract.title_words import (
    AUX,
    MAX_CHARS,
    SPEECH_PRESENT,
    SPEECH_VERBS,
    TAKES_INFINITIVE,
    WEAK_END,
    verbish,
)
from timeline.honorifics import OFFICE_ABBREVIATIONS, PROFESSOR_TITLES, SURNAME_TITLES, honorific_pattern

__all__ = ["NAME_BEFORE_WHERE", "WHERE_SAID", "speaker_ends", "speaker_of", "with_quote"]


def with_quote(attribution: str, quote: str) -> str:
    """ "Berg says: “...”" with as much of the quote as a headline holds: the whole quote, else its first
    main clause (a leading "As our review expands," is not one), else the speaker's name and that
    clause ("Holder: “We will be meticulous”"); the attribution alone says nothing."""
    attribution = re.sub(r"^(?:[Aa]n?|[Tt]he)\s+[a-z]+\s+(?=[A-Z][a-z]+\s+[a-z])", "", attribution.rstrip(" .,;:"))
    quote = quote.strip()
    if len(attribution) + len(quote) + 4 > MAX_CHARS:
        # "Apollo 13 (the third mission to the moon) did not stop ...": a bracket in a quote is the writer's
        # gloss, not the speaker's words; a headline without room drops it.
        quote = re.sub(r"\s*\([^()“”\"]{2,80}\)", "", quote).strip()
    adverb = re.match(r"^(?:[A-Z][a-z]+ly|Rather|However|Indeed|Instead|Still|Yet|Again|Thus|Also|So|But|And|Now|Then|"
                      r"Meanwhile|Overall),\s+(?=\w)|^(?:[Aa]nd|[Bb]ut|[Oo]r|So)\s+(?=[a-z]|I\b)(?!(?:far|much|many|few|little|long)\b)",
                      quote)  # "So far it's working": a degree of the words after it, not a conjunction to drop
    if adverb and len(quote) - adverb.end() > 10:  # "Rather, a chain of failures led ...": the sentence adverb goes
        quote = quote[adverb.end()].upper() + quote[adverb.end() + 1:]
    conditional = re.match(r"(?i)(?:even\s+)?(?:if|unless)\b", quote) is not None
    if conditional:
        # "If the cap works and they shut the well in, part of it could rupture": the quote goes whole when it fits;
        # else its main clause does (below), which says more than the speaker alone.
        for head in (attribution, speaker_of(attribution)):
            if len(quote.split()) <= 16 and len(head) + len(quote) + 4 <= MAX_CHARS:
                return f"{head}: “{_quoted(quote)}”"
        if supposes(quote):
            # ("If we decide to open the well, oil will flow again": without its condition the outcome reads as a
            # prediction; a plan on its own success, "If all goes well, we could have it contained", may lose it)
            return attribution
    # A conditional's main clause starts after the comma that closes its condition ("If the gate holds and they
    # close the sluice, | part of the wall could crack"): no piece of the condition stands as what was said.
    main = re.split(r",\s+", quote, maxsplit=1)[-1] if conditional else quote
    if conditional and re.match(r"(?i)(?:then|that|this|it|so)\b", main):
        return attribution  # ("If you exhaust all means, then that puts you into ...": it points back at the condition)
    clauses = _clauses(main)
    # A clause that opens with a subordinating word or a participle, or has no verb at all ("the casing", "or
    # both"), is no main clause of its own.
    while len(clauses) > 1 and (re.match(r"(?i)(?:even\s+)?(?:as|when|if|while|although|though|because|since|after|"
                                         r"before|once|unless|until|in|on|at|for|with|by|whether|depending|given|"
                                         r"assuming|including|considering|provided|based|according|following|judging|speaking|compared|barring|"
                                         r"or|and|but|which|who|whose)\b", clauses[0])
                                or (not holds_verb(clauses[0]) and re.search(re.escape(clauses[0]) + r"\s*[,;:—–]", quote))):
        clauses.pop(0)  # ("The spill and the spreading is getting": a subject joined by "and" stays)
    if clauses and re.match(r"[a-z]+ly\b|[a-z]+(?:ed|ing)\b", clauses[0]):
        return attribution  # "tragically passed away": what is left has no subject
    first = clauses[0] if clauses else quote
    speaker = speaker_of(attribution)
    if len(speaker) > 25 and re.search(r"\s(?:of|at|from)\s", speaker):
        # "Dr. Daniel Jernigan of the U.S. Centers for Disease Control": the person's name is the headline's speaker
        named = NAME_BEFORE_WHERE.match(speaker)
        speaker = named.group(1) if named and actor_kind(named.group(1)) == "person" else speaker
    # The whole quote before a part of it: what was said beats where and to whom it was said.
    heads = ((attribution, quote), (speaker, quote), (attribution, first), (speaker, first))
    body = _SPOKESPERSON.fullmatch(speaker)
    if body is not None:  # ("A BP spokesman" -> "BP": a body's spokesman speaks for it, as a headline has it)
        heads += ((body.group(1), quote), (body.group(1), first))
    shorter = _shorter_speakers(speaker)
    for head in shorter:
        # ("Tony Hayward: “It is impossible to predict ...”" runs over by a few letters): a headline names a person
        # again by the surname, and makes room for what was said
        heads += ((head, quote), (head, first))
    for head, said in heads[2:] if conditional else heads:
        if len(said.split()) <= 14 and (said is quote or len(said.split()) >= 3) and len(head) + len(said) + 4 <= MAX_CHARS \
                and not _first_clause_open(said, main):
            return f"{head}: “{_quoted(said)}”"
    words = first.split()
    going_on = main.split() if main.startswith(first) else words  # (a clause's end may be where its sentence goes on)
    # (a shorter name too, when no whole phrase of what was said fits beside the speaker as described: "Evolution
    # Securities: “We believe BP will bow to political pressure in the U.S.”" says what "London-based investment bank
    # Evolution Securities says" does not)
    # (the fullest name that keeps the most of what was said)
    cuts = [(k, -i, head) for i, head in enumerate((speaker, *shorter)) if (k := _whole_quote_cut(words, going_on, head))]
    if cuts:
        k, _, head = max(cuts)
        return f"{head}: “{_quoted(' '.join(words[:k]))}”"
    room = MAX_CHARS - len(speaker) - 4
    # No whole phrase fits: what was said still beats "X says" alone, cut where nothing hangs if it can be.
    k = min(len(words), 14)
    while k > 3 and (len(" ".join(words[:k])) > room or words[k - 1].lower().strip(",;:") in WEAK_END):
        k -= 1
    whole = k
    while whole > 2 and whole < len(going_on) and (_hangs(words[:whole], going_on[whole]) or not _verb_kept(words, whole)
                                                   or not _predicate_reached(going_on, whole)
                                                   or quote_cut_open(going_on, whole)):
        whole -= 1
    if whole == 3 and len(" ".join(words[:3])) <= room and words[2].lower().strip(",;:") not in _FRAME_ENDS \
            and whole_phrase(words[:3], going_on[3] if len(going_on) > 3 else None) \
            and not _noun_awaited(" ".join(words[:3])) \
            and not quote_cut_open(going_on, 3):
        return f"{speaker}: “{_quoted(' '.join(words[:3]))}”"  # ("I remain optimistic | that ...")
    if whole <= 3 and len(first) <= room and 3 <= len(words) <= 20 and holds_verb(first) and not _first_clause_open(first, main):
        return f"{speaker}: “{_quoted(first)}”"  # no cut ends a phrase: the whole first clause, when it fits
    if whole <= 3 and (conditional or quote_cut_open(going_on, k) or not _verb_kept(words, k)
                       or (k < len(going_on) and going_on[k].lower() == "to"
                           and words[k - 1].lower() in TAKES_INFINITIVE)):  # ("is likely | to have been very modest")
        # (a conditional's main clause cut inside a phrase may turn its meaning; a quote cut inside a phrase, or
        # before its verb, says less than none)
        return attribution
    k = whole if whole > 3 else k
    if k > 3:
        return f"{speaker}: “{_quoted(' '.join(words[:k]))}”"
    return attribution


def _whole_quote_cut(words: list[str], going_on: list[str], head: str) -> int:
    """How many of the quoted clause's ``words`` (at most 14) a title beside ``head`` keeps where a whole phrase ends
    with its verb and predicate; 0 when no such cut fits."""
    room = MAX_CHARS - len(head) - 4
    for k in range(min(len(words), 14), 3, -1):
        part = " ".join(words[:k])
        if len(part) <= room and whole_phrase(words[:k], words[k] if k < len(words) else None) and not _noun_awaited(part) \
                and not quote_cut_open(going_on, k) \
                and (k == len(words) or (_verb_kept(words, k)  # a cut quote keeps its verb
                                         and _predicate_reached(words, k))):
            return k
    return 0


#: A name after the words that describe it: "investment bank | Evolution Securities", "The Daily Telegraph's | Jeremy
#: Warner" (a describing word or an owner's "'s" before it; a word that joins or places names, "Fish and | Wildlife
#: Service", "in the Journal of the | American Medical Association", is inside the name or a phrase, no description).
_NAME_AFTER_DESCRIPTION = re.compile(r"(?:\s(?!(?:and|or|of|the|an?|in|at|on|for|from|to|with|by|de|du|del|la|le|van|von|"
                                     r"der|den|al|el|bin|ibn)\s)[a-z][\w-]*|[’']s)\s+((?:[A-Z][\w'’.&-]+\s+){0,3}"
                                     r"[A-Z][\w'’.&-]*)$")


def _shorter_speakers(speaker: str) -> list[str]:
    """Shorter ways a headline names ``speaker``: the name without the words that describe it ("London-based investment
    bank Evolution Securities" -> "Evolution Securities", "The Daily Telegraph's Jeremy Warner" -> "Jeremy Warner"), and
    a speaker named as a person by the surname ("Tony Hayward" -> "Hayward"; a described name keeps its first name, as
    "research firm Raymond James" is no person), the longest first."""
    named = _NAME_AFTER_DESCRIPTION.search(speaker)
    if named is not None and len(named.group(1).split()) < len(speaker.split()):
        return [named.group(1)]
    if actor_kind(speaker) == "person" and len(speaker.split()) > 1 and not re.search(r"\b(?:Jr|Sr|II|III)\.?$", speaker):
        return [speaker.split()[-1]]
    return []


#: Ends of a frame that only announces what follows ("It turns out | that ...", "I think | ..."): no saying alone.
_FRAME_ENDS = {"out", "think", "believe", "seems", "appears", "say", "know", "hope", "guess", "mean", "feel", "said"}


def _first_clause_open(clause: str, main: str) -> bool:
    """Whether a clause that opens the quote stops where its sentence is still open: "Some of the same folks who have
    been hollering | and saying ... are the same folks" is a subject split at its "and", not a clause."""
    return main.startswith(clause) and quote_cut_open(main.split(), len(clause.split()))


def _unpaired_mark_gone(clause: str) -> str:
    """ "the deepest expertise are being brought to bear\"": a mark closing a quotation opened before the clause goes."""
    return re.sub(r"[\"”’]$", "", clause) if clause.count('"') % 2 or clause.count("”") > clause.count("“") else clause


def _verb_kept(words: list[str], k: int) -> bool:
    """Whether the quote's first ``k`` words hold a verb ("many of the vessels and rigs" holds none: a subject waiting
    for its verb): a pronoun subject's ("We look at"), a verb form, or a noun's present verb before its object ("The
    downgrade reflects Fitch's opinion"); an infinitive is none ("the ability to contain"). A capitalised word is a
    name's ("The May 28 deadline" has no modal)."""
    if words[0].lower() in {"i", "we", "you", "they", "he", "she", "it", "there"} or any(
            re.fullmatch(r"(?:i|we|you|they|he|she|it|there|that)['’](?:s|re|ve|ll|d|m)", w.lower()) for w in words[:k]):
        return True  # ("we'll probably be able", "it's possible")
    for j, w in enumerate(words[1:k], 1):
        word, before = w.lower().strip(",;:"), words[j - 1].lower() if words[j - 1][:1].islower() else ""
        if w[:1].islower() and before != "to" and (verbish(word, before) or (re.fullmatch(r"[a-z]{3,}[^s']s", word) and j + 1 < len(words)
                                                          and before and not before.endswith(("'s", "’s"))
                                                          and before not in _DETERMINERS | _PREPOSITIONS
                                                          and _OBJECT_START.match(words[j + 1]))):
            return True
    return False


#: What opens a verb's object: an article, a possessive, a name, a number ("reflects | Fitch's opinion").
_OBJECT_START = re.compile(r"(?:the|a|an|its|their|his|her|our|this|these|those|that|no|some|any|more|[A-Z\d][\w'’.-]*)$")


def _noun_awaited(quote: str) -> bool:
    """Whether the quote ends on a determiner and a word that there only modifies a noun after it: "this coming",
    "the coming", "this past" ("the past" is a noun of its own)."""
    words = quote.lower().rstrip(",;:. ").split()
    return len(words) > 1 and ((words[-1] == "coming" and words[-2] in _DETERMINERS)
                               or (words[-1] in {"past", "next"} and words[-2] in {"this", "that", "these", "those"}))


_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your"}


def _predicate_reached(words: list[str], k: int) -> bool:
    """Whether the quote's first ``k`` words reach its main verb and do not stop before what that verb says:
    "What they are requesting" is a subject still waiting for its verb ("... is absolutely consistent"), and
    "The data now indicates | that ..." a verb waiting for its clause."""
    groups, before, clause_open = 0, False, False  # (verb groups, counted where a subject clause needs two)
    for j, word in enumerate(words[1:k], 1):
        verb = verbish(word.lower().strip(",;:"), words[j - 1].lower())
        groups += verb and not before
        before = verb
        # "could crack if the pressure | behind it builds": a clause opened after the verb waits for its own verb
        clause_open = word.lower() in _SUBORDINATORS or (clause_open and not verb)
    # ("Limiting travel and imposing curbs | would have little effect": a gerund's phrase is a subject as well)
    opens_subject = words[0].lower() in _SUBJECT_CLAUSE_WORDS or [w.lower() for w in words[:3]] == ["the", "fact", "that"] \
        or re.fullmatch(r"[A-Z][a-z]{2,}ing", words[0]) is not None
    waits = k < len(words) and words[k].lower() == "that" and before
    # ("between July 20 and July | 27": a name and its number are one phrase)
    waits = waits or (k < len(words) and words[k - 1][:1].isupper() and words[k][:1].isdigit())
    return (groups >= 2 or not opens_subject) and not waits and not clause_open


#: Words that open a subordinate clause (and are no preposition as well, nor an adverb as "once" is so often).
_SUBORDINATORS = SUBORDINATORS - ALSO_PREPOSITIONS - {"once"} | {"whether"}
#: Words that open a clause standing as the subject of the sentence ("What we found is ...", "Whether it holds is ...").
_SUBJECT_CLAUSE_WORDS = {"what", "whatever", "whether", "how", "why", "that"}


#: "A BP spokesman", "the agency's spokeswoman": a named body's spokesperson; the body is the shorter speaker.
_SPOKESPERSON = re.compile(r"(?:[Aa]n?|[Tt]he)\s+((?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*?)(?:['’]s)?\s+"
                           r"(?:spokesman|spokeswoman|spokesperson|press officer)")


#: "in a statement", "in an e-mail to staff", "at a news conference": where a speaker said it, after the name when a
#: quote's attribution was inverted ("..., said the mayor in a statement"); the speaker is the name before it.
WHERE_SAID = re.compile(r"(?<=[A-Za-z.])\s+(?:in|at|during)\s+(?:an?|the|his|her|its|their)\s+(?:[\w'’-]+\s+){0,2}?"
                         r"(?:statement|interview|e-?mail|letter|briefing|conference|call|hearing|blog|post|release|"
                         r"memo|speech|address)(?:\s+(?:to|with|on)\s+[^,“”\"]{1,40})?$")


#: "One fisherman, Adrian Ruttley, who's working on the effort": a role, then the person's name between commas.
_NAME_IN_APPOSITION = re.compile(r"^(?:[Aa]n?|[Oo]ne|[Tt]he|[Aa]nother)\s[^,“”\"]{2,40},\s+([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})(?:,|$)")


#: "Dr. Daniel Jernigan of the U.S. Centers for Disease Control": a name, then where the person works or lives.
NAME_BEFORE_WHERE = re.compile(r"^(?:(?:" + honorific_pattern(SURNAME_TITLES, PROFESSOR_TITLES, OFFICE_ABBREVIATIONS) + r")\.?\s+)?([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)"
                                r"{1,3})\s+(?:of|at|from)\s+\S.*$")


#: "so" of degree, before an adjective or adverb ("are so minuscule"), links no clause; nor does the stop of "U.S.".
_NO_DEGREE = (r"(?!\s+(?:much|many|[a-z]+(?:ly|ful|ous|al|ble|ive|ic|ent|ant|ile)|big|small|bad|good|great|low|high|few|"
              r"little|far|long|fast|slow|hard|easy|large|minuscule|tiny|huge)\b)")


#: A comma between a word and itself ("very, very modest", "many, many more"): one stress, no clause mark.
_STRESS_REPEATED = "".join(rf"(?!(?<=\b{w})\s*,\s*{w}\b)" for w in ("very", "many", "much", "far", "long", "really"))


def _clauses(quote: str) -> list[str]:
    """The quote's pieces between clause marks: a comma, a colon, a dash, a sentence's end, and "and", "but",
    "because", "so" or "yet" before a clause; "oil and gas here" and "Limiting travel and imposing curbs would
    help" are one phrase each, so an "and" before a short piece without a verb, or after a piece without one, joins
    the pieces again."""
    # (a word said twice, "very, very modest", "many, many more", is one stress: its comma marks no clause)
    pieces = re.split(r"(" + _STRESS_REPEATED + r"\s*[,;:—–]\s+|\s+(?:and|but|because|so" + _NO_DEGREE + r")\s+|(?<!\.\.)(?<!\.[A-Z])[.!?]\s|\s+yet\s+(?=(?:the|a|an|this|that|"
                      r"it|he|she|they|we|I|there)\b))", quote)
    clauses = [pieces[0]]
    for mark, piece in zip(pieces[1::2], pieces[2::2], strict=True):
        if mark.strip() == "and" and ((not holds_verb(piece) and len(piece.split()) <= 3) or not holds_verb(clauses[-1])):
            clauses[-1] += mark + piece
        else:
            clauses.append(piece)
    return [c for c in clauses if c]


def speaker_ends(title: str) -> bool:
    """Whether ``title`` ends with a closed quotation whose last word ends a clause the way speech does: "I'm doing
    the best I can”", "the way it should be but hasn't been”". An auxiliary that closes a quotation is the
    speaker's own end, not a leftover of a cut (a preposition or an article there still is one)."""
    m = re.search(r"(\S+)\s+(\S+)[”\"]$", title)
    if m is None or title.count("“") != title.count("”"):
        return False
    before, last = m.group(1).lower().strip("“"), m.group(2).lower()
    # ("don't know how to fix it": a verb's object pronoun ends the clause; "a dent in it" goes back to "a dent")
    return last in _SPEECH_ENDS or (last in _OBJECT_PRONOUNS and before not in _PREPOSITIONS and before.isalpha())


#: Auxiliaries that end a spoken clause ("the best I can", "as it was"), and a verb's object pronoun ("how to fix
#: it"); a preposition's pronoun ("a dent in it") goes with its preposition as at any title's end.
_SPEECH_ENDS = (AUX - {"speaks", "says", "writes", "plans", "wants", "faces"}) | {"be", "been", "being", "not"}
_OBJECT_PRONOUNS = {"it", "them", "him", "her", "me", "us", "you"}
_PREPOSITIONS = {"in", "on", "at", "to", "for", "with", "from", "by", "about", "into", "of", "over", "onto", "under"}


def _quoted(words: str) -> str:
    """What a headline puts between its quotation marks: the words without the punctuation that ended their
    clause, nor a lone mark left where a quotation inside them was cut ("this ‘mission accomplished’ | moment")."""
    quoted = re.sub(r"\s+[‘’'`]+$", "", _unpaired_mark_gone(words.strip(" .,;:"))).strip(" .,;:")
    return quoted + "." if ABBREVIATION_END.search(quoted + ".") and words.rstrip(" ,;:").endswith(".") else quoted




def speaker_of(attribution: str) -> str:
    """ "Fred Hartley, the head of Union Oil Co., told a hearing" -> "Fred Hartley": who spoke, by name."""
    speaker = re.sub(r"\s+(?:" + alternation(SPEECH_PRESENT, SPEECH_VERBS) + r")\b.*$", "", attribution)
    speaker = re.sub(r"^(?:[Aa]n?|[Tt]he)\s+[a-z]+\s+(?=[A-Z][a-z])", "", speaker)  # "an angry Markey" -> "Markey"
    # "In a statement, the WHO": where it was said goes, and an acronym's article with it ("WHO: ...")
    speaker = re.sub(r"^(?:In|At|During|Speaking\s+(?:at|to|on))\s[^,“”\"]{2,60},\s+(?=\S)", "", speaker)
    speaker = re.sub(r"^[Tt]he\s+(?=[A-Z]{2,6}$)", "", speaker)
    speaker = re.sub(r"\s+(?:also|again|later|then|now|further|once more)$", "", speaker)  # "Hayward also said"
    speaker = WHERE_SAID.sub("", speaker)  # ("said BP chief executive Tony Hayward in a statement": where, not who)
    speaker = re.sub(r"^([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}),\s.*$", r"\1", speaker)
    named = _NAME_IN_APPOSITION.match(speaker)
    if named and actor_kind(named.group(1)) == "person":  # "One fisherman, Adrian Ruttley, who's working ..."
        speaker = named.group(1)
    return drop_role(speaker + " says")[: -len(" says")].strip() or speaker
