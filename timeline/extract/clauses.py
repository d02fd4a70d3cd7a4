"""Embedded clauses and coordinated segments as sentences of their own, for titles.

A date in a relative or adverbial clause is that clause's statement (:mod:`.anchors`), and a
sentence of several dates is cut into its coordinated segments (:func:`.segments.segment`). Each piece becomes
a headline only when it reads as a sentence: its own subject, its own finite verb, nothing of the
clause around it. This module holds the grammar that makes sure of it:

- :func:`noun_phrase_start`: the antecedent of ", which ..." or ", who ..." is the noun phrase
  right before the comma ("to show his disdain for the firm's head, who ..." is about the head),
  not the words of the enclosing clause;
- :func:`relative_sentence`: the clause with its antecedent put where the relative pronoun
  stood ("the report, which the agency released" -> "the agency released the report"; "a
  city, where the storm made landfall" -> "the storm made landfall");
- :func:`clause_stop`: where a clause without its closing comma runs into the enclosing
  clause's verb ("since the rig sank on May 2 found the rate": the clause ends before "found");
- :func:`sentence_like`: whether a piece has a subject and a finite verb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.english_auxiliaries import BE_NONFINITE, MODAL_VERBS, auxiliaries, auxiliary_words
from timeline.english_verbs import irregular_past
from timeline.extract.count_words import numbers
from timeline.extract.relative_openings import DASH_OPEN, PARTITIVE
from timeline.extract.title_referents import ROLE_NOUNS
from timeline.extract.title_words import AUX, PRESENT, PRESENT_FORMS, SPEECH_VERBS, main_verb_start


@dataclass(frozen=True, slots=True)
class Embedding:
    """Where a date belongs when not to the sentence's main clause: a subordinate clause or a happening's noun phrase.

    ``kind`` is "relative" ("<Name>, who co-founded Anthropic in 2021": the span starts at the name the clause
    describes), "adverbial" ("after an executive published an essay in October": from the conjunction) or
    "happening" ("the fatal April 20 explosion": the noun phrase).
    """

    start: int
    end: int
    kind: str

__all__ = [
    "RelativeSentence",
    "clause_stop",
    "controlled",
    "noun_phrase_start",
    "past_of_participle",
    "predicate_only",
    "relative_sentence",
    "role_person",
    "second_verb",
    "sentence_like",
    "shared_subject",
    "whole_noun_phrase_start",
]

_DETERMINERS = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that", "these", "those",
                "some", "every", "each", "another", *numbers(2, 5), "several", "many"}
#: (Only "two" to "five": a wider count takes the "Seven" of "five Year Seven pupils", a school year's name, for a
#: determiner opening the phrase.)
_COUNTS = {*numbers(2, 5), "several", "many"}
_PREPOSITIONS = {"in", "on", "at", "for", "to", "with", "by", "from", "into", "onto", "about", "after", "before",
                 "since", "during", "under", "over", "than", "as", "against", "between", "through", "across",
                 "toward", "towards", "near", "among", "amid", "like", "via", "off", "until"}
#: Prepositions that open a clause's adverbial, never a noun's complement: "leak into the Gulf until relief wells".
_NO_PHRASE_INSIDE = {"until", "after", "before", "since", "as", "than", "during", "like", "via", "amid"}
_CONJUNCTIONS = {"and", "or", "but", "nor", "that", "which", "who", "whom", "whose", "when", "where", "while",
                 "because", "if", "although", "though", "whether", "said", "says", "be", "been", "being"}
_ADVERBS = {"also", "only", "still", "just", "already", "later", "then", "now", "once", "never", "not", "first",
            "ever", "even", "again", "recently", "previously", "initially", "subsequently", "eventually", "finally"}
_PERSONAL = {"he", "she", "it", "they", "we", "i", "you"}
#: Words that stand for a noun rather than name one ("those who", "anyone who").
PRONOUN_HEADS = frozenset(["those", "these", "anyone", "anybody", "someone", "somebody", "everyone", "everybody",
                           "others", "all", "many", "some", "few", "one", "none", "any", "each", "both"])
_OPENERS = {"and", "but", "so", "yet", "also", "then", "meanwhile", "however", "still", "now"}
_POSSESSIVE = re.compile(r"^[\w.&-]+['’]s?$")


def _bare(token: str) -> str:
    return token.strip("“”\"‘’'()[]").lower()


def noun_phrase_start(text: str, lo: int, end: int, person: bool = True) -> int:
    """Where the noun phrase that ends at ``end`` begins (``lo`` at the latest): a relative clause's antecedent.

    "show his disdain for the firm's head" -> "the firm's head"; "In the test" -> "the test"; "a pressure test at
    the well" -> "the well" (the nearest noun phrase); "the worst spill in U.S. history" and "a spokesman for BP"
    stay whole (a bare noun after a preposition completes the phrase before it); "the head of the agency" stays
    whole ("of" joins two nouns of one phrase: "the head of the agency, who ...", "the cost of the cleanup, which
    ..."); without ``person`` (a participle) the nearest noun is the antecedent ("the magnitude of the spill,
    triggered by ..." is about the spill). Returns ``end`` when no noun phrase ends there.
    """
    tokens = [(m.start() + lo, m.group(0)) for m in re.finditer(r"\S+", text[lo:end])]
    start = end
    determined = False  # a determiner or a possessive opens the phrase collected so far
    committed: int | None = None  # the phrase after an "of", kept when no determiner opens the one before it
    i = len(tokens) - 1
    while i >= 0:
        at, token = tokens[i]
        word = _bare(token)
        if i < len(tokens) - 1 and re.search(r"[,;:!?—–]$|[a-z]{3}\.$", token):  # ("U.S." is one word)
            break  # the end of another clause or phrase
        if word in _DETERMINERS or (_POSSESSIVE.match(word) and word.endswith(("'s", "’s"))):
            start, determined = at, True
            if word in _DETERMINERS:
                if word in _COUNTS and i >= 1 and _bare(tokens[i - 1][1]) in _DETERMINERS:
                    i -= 1  # "the two engineers": a count after its article, which opens the phrase
                    continue
                if i >= 2 and _bare(tokens[i - 1][1]) == "of" and person:
                    i -= 2  # "the head of the agency": the phrase goes on before "of"
                    committed, determined = start, False
                    continue
                break
            i -= 1
            continue
        if word in _PREPOSITIONS or word in _CONJUNCTIONS or word == "of":
            before = [_bare(t) for _, t in tokens[max(0, i - 5):i]]
            if not determined and start != end and word not in _NO_PHRASE_INSIDE and _phrase_before(before):
                i -= 1  # "the worst spill in U.S. history": a bare noun after a preposition ends the phrase before
                continue
            break
        previous = _bare(tokens[i - 1][1]) if i else ""
        if token[:1].islower() and word not in _DETERMINERS and is_finite_verb(word, previous):
            break  # a verb: the phrase starts after it
        start = at
        i -= 1
    # "increase scrutiny of the British firm": no determiner before "of", so the phrase is the one after it.
    return committed if committed is not None and not determined and i >= 0 else start


def _phrase_before(words: list[str]) -> bool:
    """Whether ``words`` end in a noun phrase opened by a determiner ("the worst oil spill")."""
    last = max((i for i, w in enumerate(words) if w in _DETERMINERS), default=None)
    return last is not None and not any(w in _PREPOSITIONS or w in _CONJUNCTIONS or w == "of" for w in words[last + 1:])


@dataclass(frozen=True)
class RelativeSentence:
    """A relative clause told as a sentence: its text, and where each character of the clause went."""

    text: str
    #: (clause offset, sentence offset, length): pieces of the clause, in order, copied into ``text``
    pieces: tuple[tuple[int, int, int], ...]
    #: the clause has a subject of its own ("where he employs ...", "which he introduced ..."): its pronouns are
    #: not the antecedent
    own_subject: bool = False

    def moved(self, start: int, end: int) -> tuple[int, int] | None:
        """Where the clause's ``start:end`` went in :attr:`text` (None when it is not copied whole)."""
        for origin, target, length in self.pieces:
            if origin <= start and end <= origin + length:
                return target + start - origin, target + end - origin
        return None


#: The relative pronoun opening a clause after its antecedent ("the share of which", "who's").
_PRONOUN = re.compile(r"(?i)(?:,\s+|(?:" + DASH_OPEN + r")\s+|\s+|^)(?:(" + PARTITIVE + r"\s+of)\s+)?"
                      r"(who(?:['’](?:s|d|ve))?|whom|which|whose|where|when|that)\s+")
_PARTICIPLE = re.compile(r",\s+(?=[a-z]+\s)")


def relative_sentence(clause: str, antecedent_end: int, antecedent: str,
                      dates: list[tuple[int, int]] | None = None) -> RelativeSentence | None:
    """``clause`` ("<antecedent>, which <rest>") as a sentence of its own, ``antecedent`` standing for the pronoun.

    A subject relative ("the rig, which sank") puts the antecedent before the rest; an object relative ("the report,
    which the agency released on Monday") after the clause's verb; "whose" makes a possessive; "much of which" keeps
    its quantity; "where" and "when" clauses have their own subject and leave the antecedent out; a participle
    ("Public Citizen, founded in 1971") is passive. None when no pronoun follows the antecedent.
    """
    rel = _PRONOUN.match(clause, antecedent_end)
    if rel is None:
        participle = _PARTICIPLE.match(clause, antecedent_end)
        last = antecedent.split()[-1].lower() if antecedent.split() else ""
        if participle is None or last in _PREPOSITIONS or last in _CONJUNCTIONS or last in ("like", "to", "of"):
            return None  # "it looks to me like, based on ...": no noun phrase for the participle to describe
        return _joined(f"{antecedent} {'were' if _plural_head(antecedent) else 'was'} ", clause, participle.end())
    if not antecedent.strip():
        return None  # "who lost relatives ...": its antecedent is not in the span
    quantity, pronoun = rel.group(1), rel.group(2).lower().replace("’", "'")
    body = rel.end()
    # "Reyes, who himself faces an inquiry": an emphatic reflexive after the pronoun is no subject of its own.
    body += len(reflexive.group(0)) if (reflexive := re.match(r"(?:himself|herself|itself|themselves)\s+", clause[body:])) else 0
    if pronoun in ("where", "when"):
        return RelativeSentence(clause[body:], ((body, 0, len(clause) - body),), own_subject=True)
    if quantity:  # "much of which reached the coast" -> "Much of the oil reached the coast"
        return _joined(f"{quantity} {_lower_determiner(antecedent)} ", clause, body)
    if pronoun == "whose":  # ("the 33 rigs whose work": the rigs' work)
        return _joined(f"{antecedent}'" + ("" if re.search(r"[^s]s$", antecedent) else "s") + " ", clause, body)
    if pronoun in ("who's", "who'd", "who've"):
        contraction = {"who's": "has" if re.match(r"been\b|[a-z]+ed\b", clause[body:]) else "is", "who'd": "had",
                       "who've": "have"}[pronoun]
        return _joined(f"{antecedent} {contraction} ", clause, body)
    masked = clause
    for b, e in dates or []:  # "which on May 7 revised ...": the date is no subject
        masked = masked[:b] + " " * (e - b) + masked[e:]
    # ("who earlier in the week described ...": the tagger leaves "earlier in" outside "the week")
    masked = re.sub(r"\b(?:(?:early|late|earlier|later)\s+in|on|in|at|by|last|this|next|early|late|earlier|later)(?=\s+$|\s{2})",
                    lambda m: " " * len(m.group(0)),
                    masked)
    gap = _object_gap(masked, body) if pronoun in ("which", "that", "whom", "who") else None
    if gap is None:
        return _joined(f"{antecedent} ", clause, body)
    # "which federal officials said could touch shore" -> "federal officials said <antecedent> could touch shore"
    head = clause[body:gap]
    inserted = f" {_lower_determiner(antecedent)}"
    text = head + inserted + clause[gap:]
    return RelativeSentence(text, ((body, 0, len(head)), (gap, len(head) + len(inserted), len(clause) - gap)),
                            own_subject=True)


def _plural_head(phrase: str) -> bool:
    """Whether a noun phrase's head, its last word before a complement ("plans to expand drilling", "the cost of
    the leaks"), is a plural."""
    head = re.split(r"\s+(?:to|of|for|from|with|in|on|at|by)\s+", phrase.strip(), maxsplit=1)[0].split()
    return bool(head) and re.fullmatch(r"[a-z]+[^su's]s", head[-1].lower()) is not None


def _joined(prefix: str, clause: str, body: int) -> RelativeSentence:
    return RelativeSentence(prefix + clause[body:], ((body, len(prefix), len(clause) - body),))


def _lower_determiner(phrase: str) -> str:
    first = phrase.split(" ", 1)[0]
    return phrase[0].lower() + phrase[1:] if first.lower() in _DETERMINERS else phrase


def _object_gap(clause: str, body: int) -> int | None:
    """Where the antecedent goes in an object relative ("which the agency released ..."): after the verb group of
    the clause's own subject; None when the pronoun is the clause's subject ("which sank", "who also said")."""
    tokens = [(m.start() + body, m.end() + body, m.group(0)) for m in re.finditer(r"[^\s,;]+", clause[body:])]
    if not tokens:
        return None
    first = _bare(tokens[0][2])
    previous = ""
    opens_subject = first in _DETERMINERS - {"that"} or first in _PERSONAL or (
        tokens[0][2][:1].isupper() and first not in _ADVERBS) or first[:1].isdigit()
    second = _bare(tokens[1][2]) if len(tokens) > 1 else ""
    if not opens_subject and (first in _ADVERBS or first.endswith("ly") or is_finite_verb(first, "") or first in _PREPOSITIONS
                              or second in _DETERMINERS or second in _PERSONAL):
        return None  # "which also said", "which on Tuesday revised", "which means it ...": the pronoun is the subject
    for i, (_, _, token) in enumerate(tokens[:6]):
        word = _bare(token)
        if i and token[:1].islower() and is_finite_verb(word, previous):
            # the verb group: "has owned", "said", "had been told"
            j = i
            while j + 1 < len(tokens) and re.fullmatch(auxiliaries(BE_NONFINITE) + r"|[a-z]+ed|[a-z]+en|told|made|bought|sold|"
                                                       r"said|found|kept|held|built|sent|left|set|put|"
                                                       r"back|up|out|off|down|over|away",  # "which it bought back"
                                                       _bare(tokens[j + 1][2])) and not (
                    # "the cap that BP clamped over the leak": before a noun phrase the word is its preposition
                    re.fullmatch(r"up|out|off|down|over|away", _bare(tokens[j + 1][2]))
                    and j + 2 < len(tokens) and _bare(tokens[j + 2][2]) in _DETERMINERS):
                j += 1
            return tokens[j][1]
        if i == 0 and not opens_subject and i + 1 < len(tokens) and token[:1].islower() and not word.endswith("s") \
                and _bare(tokens[1][2]) in _PREPOSITIONS:
            return None
        previous = word
    return None


_MODALS = auxiliary_words(MODAL_VERBS, without={"shall"})


def is_finite_verb(word: str, previous: str, present: bool = True) -> bool:
    """Whether lowercase ``word`` is a finite verb form (or one after a modal): "sank", "has", "collapsed".
    Without ``present``, a present form in "-s" ("attacks", "plans") is taken for the plural noun it also is."""
    if "-" in word or word in ("need", "speed", "seed", "feed", "bed", "red", "hundred", "indeed"):
        return False
    return word in AUX or word in PRESENT or (present and word in PRESENT_FORMS) or previous in _MODALS or (
        word.endswith("ed") and len(word) >= 4 and previous not in _DETERMINERS)


_TOP_ROLES = r"(?:chief executive|chief|head|boss|chairman|chairwoman|president|director|leader|founder)"
_ROLE_PHRASE = re.compile(r"(?i)^(?:the\s+(?:[a-z-]+\s+){0,2}(" + ROLE_NOUNS + r")|"
                          r"([A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?)['’]s?\s+(?:[a-z-]+\s+){0,2}?(" + _TOP_ROLES + r"))$")


def holds_role(title: str, role: str) -> bool:
    """Whether someone named with ``title`` ("interior minister") holds ``role`` ("minister", "interior
    minister", never "ister"): the role is the title's last words. One test for "the <role>" everywhere
    (:func:`role_person`, :func:`timeline.extract.actors.holder`)."""
    return title == role or title.endswith(" " + role)


def role_person(phrase: str, roles: list[tuple[int, str, str]], pos: int, sole: bool = False) -> str | None:
    """The person a role phrase stands for: "the president" (the last president named before ``pos``, else the
    first after), "BP's head" (a chief executive, chairman or head of BP the story names). With ``sole``, only when
    every holder ``roles`` names for it is one person (a title names no one the story left open)."""
    m = _ROLE_PHRASE.match(phrase.strip())
    if m is None:
        return None
    if m.group(1):
        role = m.group(1).lower()
        matching = [(at, name) for at, r, name in roles if holds_role(r, role)]
    else:
        body = m.group(2).lower()
        matching = [(at, name) for at, r, name in roles
                    if re.search(r"(?:^|\s)" + re.escape(body) + r"\s", r) and re.search(_TOP_ROLES + r"$", r)]
    if sole and len({name for _, name in matching}) != 1:
        return None
    before = [name for at, name in matching if at < pos]
    if before:
        return before[-1]
    return matching[0][1] if matching else None


_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
_ARTICLES = {"the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those"}


def clause_stop(text: str, body: int, date_end: int, end: int, date_start: int | None = None) -> int:
    """The end of an embedded clause that runs on, without a comma, into the enclosing clause.

    "since the rig exploded April 20 and sank two days later found the rate": the clause has its verb
    ("exploded") before its date; a finite verb after the date that no "and" or "or" joins to it ("found")
    is the enclosing clause's, and the clause ends before it (or before that verb's subject right after the
    date: "Since the poster began writing on 19 May the account has attracted ..."). A clause whose verb comes
    after its date ("when in 1989 the tanker hit a reef") or reports speech ("after officials said on Monday
    the well was capped") is left whole.
    """
    own = re.findall(r"[A-Za-z’'-]+", text[body:date_end if date_start is None else date_start])  # ("that night")
    words = [w.lower() for w in own]
    if not any(own[i][:1].islower() and is_finite_verb(w, words[i - 1] if i else "") for i, w in enumerate(words)):
        return end
    if set(words) & (SPEECH_VERBS | {"announced", "reported", "believed", "thought", "estimated", "knew", "learned",
                                     "that", "whether", "who", "which", "whom"}):
        # "after officials said on Monday the dam was safe", "showed that pre-2007 premiums were low", "when a man
        # who flew in last week was found ...": the verb after the date is a content or host clause's own
        return end
    tokens = list(re.finditer(r"\S+", text[date_end:end]))
    previous = ""  # the date
    noun_start: int | None = None  # the enclosing clause's subject, right after the date
    joined = False  # "and" or "or" just before: a verb then is the clause's own second verb
    for i, m in enumerate(tokens):
        word = _bare(m.group(0).rstrip(",;:"))  # ("service last year said: ...": the verb before its colon)
        if word in ("that", "which", "who", "whom", "whose", "when", "where", "because", "if", "while"):
            return end  # another clause opens: its verbs are its own
        if word in ("and", "or", "but", "then"):
            joined = True
            previous = word
            continue
        if i == 0 and (word in _ARTICLES or (m.group(0)[:1].isupper() and word not in _MONTHS)):
            noun_start = m.start()  # "on 19 May the account has ...", "died 25 June Dr Murray finds ..."
        # A present form in "-s" is a verb after an adverb or a name ("now appears", "Murray finds"), else a plural.
        present = previous in _ADVERBS or (i > 0 and tokens[i - 1].group(0)[:1].isupper())
        if m.group(0)[:1].islower() and is_finite_verb(word, previous, present=present) \
                and previous not in _PREPOSITIONS | {"of", "to"}:
            if joined:
                joined = False
            else:
                cut = date_end + (noun_start if noun_start is not None else m.start())
                return len(text[:cut].rstrip()) if text[body:cut].strip() else end
        elif word not in _ADVERBS:
            joined = False
        if re.search(r"[,;:]$", m.group(0)):
            return end
        previous = word
    return end


def sentence_like(piece: str) -> bool:
    """Whether ``piece`` has a subject and, after it, a finite verb: "crews started pumping" does, "start the next
    phase" (no subject), "being capped" and "a stopover in Shanghai and was said to be" (a predicate of
    someone else's) do not."""
    tokens = [t for t in re.findall(r"[^\s,;:]+", piece)]
    while tokens and (_bare(tokens[0]) in _OPENERS or _bare(tokens[0]) in _ADVERBS
                      or (tokens[0][:1].islower() and _bare(tokens[0]).endswith("ly"))):
        tokens = tokens[1:]  # "only joined the board": an adverb is no subject
    if len(tokens) < 2:
        return False
    first = _bare(tokens[0])
    if first in ("that", "which", "who", "whom", "whose", "to") or (first.endswith("ing") and tokens[0][:1].islower()):
        return False
    if tokens[0][:1].islower() and first not in _DETERMINERS and first not in _PERSONAL and is_finite_verb(first, ""):
        return False
    previous = first
    for token in tokens[1:]:
        word = _bare(token)
        if token[:1].islower() and is_finite_verb(word, previous) and previous not in _DETERMINERS:
            return previous not in ("and", "or", "but")
        previous = word
    return False


_NON_FINITE = re.compile(r"(?i)(having\s+been|having|being|[a-z]{2,}ing)\s+")


@dataclass(frozen=True, slots=True)
class FiniteClause:
    """A clause without a finite verb told as a sentence ("being capped" -> "The well was capped"): its words, and
    how far the words after its verb moved (to shift a span found in the clause onto the sentence)."""

    text: str
    shift: int


def controlled(clause: str, subject: str) -> FiniteClause | None:
    """A clause with no subject of its own told of ``subject``, the enclosing clause's: "being capped" -> "<subject>
    was capped", "having left" -> "<subject> had left", "suffering a cardiac arrest" -> "<subject> suffered a cardiac
    arrest". Returns the sentence and how far the clause's words after the verb moved; None when the clause does not
    open with such a verb form."""
    m = _NON_FINITE.match(clause)
    if m is None or not subject:
        return None
    verb = m.group(1).lower()
    if verb.startswith("having") and "been" in verb:
        finite = "had been"
    elif verb == "having":
        finite = "had"
    elif verb == "being":
        finite = "was"
    else:
        finite = past_of_participle(verb)
        if finite is None:
            return None
    head = f"{subject} {finite} "
    return FiniteClause(head + clause[m.end():], len(head) - m.end())


def past_of_participle(gerund: str) -> str | None:
    """"suffering" -> "suffered", "stopping" -> "stopped", "making" -> "made", "using" -> "used"."""
    stem = gerund[:-3]
    doubled = len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiouslz"
    for base in ((stem[:-1],) if doubled else ()) + (stem, stem + "e"):
        if (past := irregular_past(base)) is not None:
            return past  # ("making" -> "made", "cutting" -> "cut", "saying" -> "said")
    if gerund in ("during", "including", "according", "following", "regarding", "concerning", "nothing", "something",
                  "morning", "evening", "spring", "string", "thing", "king", "ring", "wing", "ceiling", "building"):
        return None
    if len(stem) < 2 or not re.search(r"[aeiouy]", stem):
        return None
    if doubled:
        return stem + "ed"
    if len(stem) == 2 and stem.endswith("y"):
        return stem[0] + "ied"  # "dying"
    return stem + ("d" if stem.endswith("e") else "ed")


def shared_subject(first_clause: str) -> str:
    """The subject (with its modal) that a clause's coordinated predicate shares: "The council will close the old
    bridge on Monday, and" -> "The council will"; "" when the first clause has none a title could use."""
    at = main_verb_start(first_clause)
    subject = first_clause[:at].strip(" ,")
    if not subject or len(subject.split()) > 8 or not sentence_like(first_clause) or subject.lower() in _PERSONAL \
            or re.search(r"[,;:“”\"(]|\b(?:that|which|who|whom|whose|when|where|if|because)\b", subject):
        return ""  # "Her supporters point out that he ...": no one subject to share
    modal = re.match(r"\s*((?:" + auxiliaries(MODAL_VERBS, without={"shall"}) + r")(?:\s+not)?)\b", first_clause[at:])
    return f"{subject} {modal.group(1)}" if modal else subject


def predicate_only(piece: str, shared: str) -> bool:
    """Whether ``piece`` is a verb phrase that shares ``shared``, the subject of the clause before it ("start the next
    phase of the repairs", "only joined the board"), not a clause of its own ("controlled burns ... were halted")."""
    if not shared:
        return False
    tokens = re.findall(r"[^\s,;:]+", piece)
    while tokens and (_bare(tokens[0]) in _ADVERBS or (tokens[0][:1].islower() and _bare(tokens[0]).endswith("ly"))):
        tokens = tokens[1:]
    if len(tokens) < 2 or not tokens[0][:1].islower():
        return False
    first = _bare(tokens[0])
    if first in _DETERMINERS or first in _PERSONAL or first in _PREPOSITIONS or first in _CONJUNCTIONS \
            or first in ("of", "to", "there", "it", "this") or first.endswith("ing"):
        return False
    if not is_finite_verb(first, "") and not re.search(r"\b(?:" + "|".join(_MODALS) + r")(?:\s+not)?$", shared):
        return False  # a base form ("start the repairs") needs the first clause's modal: "The council will"
    for token in tokens[1:]:  # a noun phrase's own verb later: "controlled burns of crude were halted"
        word = _bare(token)
        if word in ("and", "or", "but", "that", "which", "who", "as", "when", "because"):
            break
        if word in AUX:
            return False
    return True


def second_verb(text: str, start: int, pos: int) -> bool:
    """Whether ``text[start:pos]``, a relative clause's words up to a date, holds a second finite verb that no "and"
    or "or" joins to the first: "(who) inspected the dam in 2019 warned of cracks on" -- the clause ended before
    "warned", and the date is the enclosing clause's."""
    previous, seen, joined, grouped = "", False, False, False
    for m in re.finditer(r"[^\s]+", text[start:pos]):
        token, word = m.group(0), _bare(m.group(0))
        if word in ("and", "or", "but", "that", "which", "who", "whom", "when", "where", "because", "if", "while") \
                or re.search(r"[,;:]$", token):
            joined = True
        present = previous in _ADVERBS or previous[:1].isupper()
        if token[:1].islower() and is_finite_verb(word, previous, present=present):
            if seen and not joined and not grouped:
                return True
            seen, joined, grouped = True, False, True
        else:
            grouped = grouped and (word in _ADVERBS or word in ("not", "never", "be", "been", "being", "to")
                                   or word.endswith("ly"))
        previous = token if token[:1].isupper() else word
    return False


#: Prepositions that join a noun to its complement inside one noun phrase ("a hearing on the matter", "the trial of
#: the two engineers", "a vote over the bill").
_COMPLEMENT = {"of", "on", "into", "about", "over", "for", "with", "against", "in"}
#: Nouns that stand for another thing, named in their complement: "a preview of its final report, due next week" is
#: the report's schedule, as "a copy of the ruling" is the ruling's.
_STANDING_FOR = {"preview", "copy", "draft", "summary", "details", "version", "outline", "text", "part", "parts",
                 "rest", "most", "much", "some", "half", "excerpts", "extracts", "publication", "release"}


def whole_noun_phrase_start(text: str, lo: int, end: int) -> int:
    """Where the whole noun phrase ending at ``end`` begins, its complements included ("a hearing on the matter",
    "the trial of the two engineers"): what a comma-set aside after it describes. A head that stands for its
    complement ("a preview of its final report") leaves the complement as the phrase. ``end`` when none ends there."""
    start = noun_phrase_start(text, lo, end)
    while start < end:
        m = re.search(r"(\S+)\s+$", text[lo:start])
        if m is None or _bare(m.group(1)) not in _COMPLEMENT:
            break
        before_end = len(text[:lo + m.start(1)].rstrip())
        outer = noun_phrase_start(text, lo, before_end)
        head = [_bare(w) for w in text[outer:before_end].split()]
        opened = bool(head) and (head[0] in _DETERMINERS or head[0].endswith(("'s", "’s")))
        if outer >= before_end or not opened or head[-1] in _STANDING_FOR:
            break
        start = outer
    for m in re.finditer(r"([\w'’-]+)\s+of\s+", text[start:end]):
        if _bare(m.group(1)) in _STANDING_FOR:
            return start + m.end()  # "a preview of its final report": the report
    return start

