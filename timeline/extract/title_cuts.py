"""Cutting and shortening headline titles, never inside a phrase.

The main clause ends at the first clause break after its verb; a title still too
long loses the tail of a long subject ("BP's report on the causes of ... does not
include" -> "BP's report does not include"), and is then cut before a phrase
starts, never leaving a preposition, article, question word, or a number or hyphenated
modifier without its unit or noun hanging.
"""

from __future__ import annotations

import re

from timeline.extract.title_words import (
    _AUX,
    _BREAK_WORDS,
    _CLAUSE_OPENERS,
    _COMPLEMENT_OPENERS,
    _DETERMINERS,
    _ING_PREPOSITIONS,
    _IRREGULAR_PARTICIPLES,
    _LINKING,
    _NEGATIONS,
    _NOUN_LIKE,
    _OBJECT_OPENERS,
    _ORDINALS,
    _PART_WORDS,
    _PASSIVE_BEFORE,
    _PRESENT,
    _PRESENT_FORMS,
    _SPEECH_PRESENT,
    _TAKES_INFINITIVE,
    _UNITS,
    _VERB_PARTICLES,
    _WEAK_END,
    _WH,
    MAX_CHARS,
    MAX_WORDS,
    SPEECH_VERBS,
    _finite,
    _subject_end,
    _unfinished_clause,
    _verbish,
)

_CLAUSE_CUT = re.compile(r";\s+|\s+[—–]\s+|\s+--\s+|:\s+|\s+and\s+(?=(?:said|says|added|told|warned|wrote)\b)")
#: A comma ends the main clause when a new clause or modifier starts after it
#: (not in lists of adjectives or places: "a new, $10-a-share offer", "Loudon County, Virginia").
_COMMA_CUT = re.compile(
    r",\s+(?:and|but|or|which|who|whom|whose|where|while|whereas|saying|adding|noting|according|as|after|"
    r"before|because|although|though|when|with|including|despite|amid|in|a|an|the|up|down|than|so|then|it|"
    r"he|she|they|its|his|her|their|prompting|making|leaving|sending|bringing|citing|following|even|not|"
    r"if|unless|until|since|from|for|on|at|by|to|more|most|sources|officials|analysts)\b"
)

_QUOTE_OPEN = "“‘\""
#: A number or a lowercase hyphenated compound ("985", "loss-of-income", "first-time"): a word
#: that, when a content word follows it, modifies that word's noun phrase.
_PREMODIFIER = re.compile(r"[$£€#]?\d(?:[\d.,]*\d)?|[a-z0-9$£€][\w$£€.,]*(?:-[a-z0-9]+)+")


#: Reporting verbs as often followed by a noun phrase as by a clause ("confirmed two cases",
#: "announced a recall"); "says", "tells", "warns" introduce a clause.
#: ("claims", "reports", "shows" are left out: as plural nouns they still open nothing.)
_TAKES_OBJECT = {"confirms", "confirmed", "announces", "announced", "declares", "declared", "acknowledges",
                 "acknowledged", "reported", "claimed", "posted", "tweeted", "found", "showed"}

_IRREGULAR_PARTICIPLE_FORMS = _IRREGULAR_PARTICIPLES | {p for p in _PRESENT if not p.endswith("ed")}
_CLOCK = {"am", "pm", "a.m", "p.m", "a.m.", "p.m."}  # "at 11" before "pm" is a time, not a count


def _premodifier(word: str) -> bool:
    return _PREMODIFIER.fullmatch(word.strip("“”\"‘’")) is not None  # "2009," ends a phrase


def _head_noun(nxt: str) -> bool:
    """Whether ``nxt`` (lowercase) can be the noun a modifier before it belongs to: a content word,
    not a function word, auxiliary, negation or verb ending."""
    return bool(nxt[:1].isalnum()) and nxt not in _CLOCK and nxt not in _WEAK_END and nxt not in _COMPLEMENT_OPENERS \
        and nxt not in _NEGATIONS and nxt not in _AUX and not nxt.endswith(("ed", "ing"))


_COUNTS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"}
_NUMBER_WORDS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                 "dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "million", "billion", "several",
                 "many", "few"}


def _adjective_before_noun(clean: list[str], last_word: str, nxt: str) -> bool:
    """ "a tropical | depression", "the federal | government": an article, one word, then a lowercase
    content word that is no verb, function word or plural-looking verb form: the phrase's head."""
    if len(clean) < 2 or clean[-2] not in {"a", "an", "the"} or last_word[-1:] in ",;:" or not last_word.islower():
        return False
    if not nxt.isalpha() or not nxt.islower():
        return False
    return clean[-1].endswith(("al", "ic", "ive", "ous", "ary", "ern", "ful", "ble", "ian", "ent", "ant")) \
        and nxt not in _WEAK_END and nxt not in _COMPLEMENT_OPENERS and nxt not in _AUX and nxt not in _NEGATIONS \
        and not _verbish(nxt, clean[-1]) and nxt not in _PRESENT_FORMS


def _counted_noun_follows(clean: list[str], last_word: str, nxt: str) -> bool:
    """Whether a count's noun phrase goes on past the cut: "412 measles | cases", "two new | cases"
    (a number one or two words back, and a plural noun next that is no verb)."""
    if len(clean) < 2 or last_word[-1:] in ",;:" or not nxt.endswith("s") or nxt.endswith("ss") or len(nxt) < 4:
        return False
    counted = any(re.fullmatch(r"[$£€]?\d[\d.,]*", w) or w in _NUMBER_WORDS for w in clean[-3:-1])
    return counted and clean[-1] not in _WEAK_END and nxt not in _PRESENT_FORMS and nxt not in _AUX \
        and nxt not in _WEAK_END and nxt not in _COMPLEMENT_OPENERS and nxt not in _SPEECH_PRESENT \
        and not re.fullmatch(r"[$£€]?\d[\d.,]*", clean[-1])


_CONTRACTED = re.compile(r"(?:i|you|he|she|it|we|they|there|that|who)['’](?:ve|re|d|ll|s|m)")


def _whole_phrase(words: list[str], nxt: str | None, rest: list[str] | None = None) -> bool:
    """Whether ``words`` end a phrase when the sentence goes on with ``nxt``: the cut leaves no
    preposition, article or auxiliary hanging, no verb or adjective without the complement that
    follows ("declined" before "to say"), no open question word ("studying what effects") and no
    number without its unit."""
    if len(words) < 3:
        return False
    clean = [w.lower().strip("“”\"‘’,;:()") for w in words]
    last, before = clean[-1], (clean[-2] if len(clean) > 1 else "")
    # The word right after a number or a hyphenated modifier is its noun ("loss-of-income claims"),
    # not a verb waiting for its complement.
    noun_last = len(words) > 1 and _premodifier(words[-2])
    quoted_next = (nxt or "")[:1] in "“\"‘"
    raw = (nxt or "").strip("“”\"‘’,;:()")
    if raw[:1].isupper() and words[-1][:1].isupper() and words[-1][-1:] not in ",;:.)" and len(words) > 1 \
            and raw != "I" and words[-1].strip("“”\"‘’") not in {"I", "The", "A", "An"}:
        return False  # "the Institute of Undersea | Research": inside a name
    nxt = (nxt or "").lower().strip("“”\"‘’,;:()")
    over = last in {"over", "out", "up", "down", "off", "on"} and before in {"is", "are", "was", "were", "be", "been", "but",
                                                                         "now", "not", "all"}
    if nxt and _CONTRACTED.fullmatch(last):
        return False  # "they've" before "agreed": a subject and its auxiliary
    over = over or (last in {"other", "another"} and before in {"each", "one"})  # "blamed each other" ends
    if (last in _WEAK_END and not over) or last in {"no", "some", "any"} or not last or any(w in _WH for w in clean[-2:]):
        return False  # ("the fighting is over" ends a phrase)
    if quoted_next and not noun_last and _verbish(last, before) and words[-1][-1:] not in ",;:":
        return False  # "fluid called" before “mud”
    # "two central states" is a noun phrase: a speech verb's form after an adjective or number names things.
    noun_form = last in _NOUN_LIKE and (before in _DETERMINERS or before in _NUMBER_WORDS or before.endswith(
        ("al", "ern", "ic", "ous", "ive", "ish", "ian")) or bool(re.fullmatch(r"\d[\d,.]*", before)))
    if nxt and ((not noun_last and not noun_form and (last in SPEECH_VERBS or last in _SPEECH_PRESENT)) or (nxt == "that" and any(
            w in SPEECH_VERBS or w in _SPEECH_PRESENT for w in clean[-4:]))):
        return False  # "A statement says", "Chernoff says in a statement": what was said is the news
    if (last in _OPEN_ENDS and not over) or _waits_for(last, nxt) or (last == "up" and nxt == "to"):
        return False  # "for up" before "to 90m doses", "oil per" before "day", "also" before "came"
    if nxt and last in _CLAUSE_OPENERS and words[-1][-1:] not in ",;:" and not noun_last and not noun_form:
        return False  # "after tests showed" before what they showed: the clause has no content yet
    if re.fullmatch(r"[$£€#]?\d[\d.,]*", last) and _UNITS.match(nxt):
        return False
    if _premodifier(words[-1]) and nxt and _head_noun(nxt):
        return False  # "a total of 985" before "infections", "loss-of-income" before "claims"
    if nxt == "of" and words[-1][-1:] not in ",;:":
        return False  # "the bottom" before "of the well": one noun phrase
    if _modifier_before_noun(before, last, words[-1], nxt):
        return False  # "for the widening" before "rift", "the first" before "signs": a modifier before its noun
    if _adjective_before_noun(clean, words[-1], nxt):
        return False  # "formed into a tropical" before "depression": the noun phrase has no head yet
    if _counted_noun_follows(clean, words[-1], nxt):
        return False  # "412 measles" before "cases": the count's noun phrase ends at its head
    if nxt in _NEGATIONS or nxt.endswith(("n't", "n’t")):
        return False  # "was probably" before "not what he had in mind": the negation is the meaning
    if _clause_without_verb(clean):
        return False
    if nxt and words[-1][-1:] not in ",;:" and _object_missing(last, before, nxt):
        return False  # "the Philippines recorded" before "its first case": the verb's object is the news
    if nxt and _left_open(words, clean, nxt):
        return False
    if nxt and re.search(r"['’]s$", words[-1]) and _head_noun(nxt):
        return False  # "related to BP's" before "Gulf oil spill": a possessive waits for its noun
    if nxt in {"and", "or"} and rest is not None and _coordinated_noun(words, rest):
        return False
    # A closed quotation ends a phrase: "is doing “everything possible”" before "to respond".
    open_complement = nxt in _COMPLEMENT_OPENERS and words[-1][-1:] not in ",;:”" and not (
        words[-1].endswith('"') and text_quotes_closed(words)) and (
        (not noun_last and _verbish(last, before)) or (nxt == "to" and last in _TAKES_INFINITIVE))
    return not open_complement

_CLAUSE_SCAN_CHARS = 400


def _cut_main_clause(text: str) -> str:
    """Keep the main clause: cut at the first clause break after the verb, outside quotes."""
    depth = 0
    subject_end = _subject_end(text)
    i = 0
    # A headline is a dozen words: a clause break further in than this cannot
    # shape it, and scanning further makes many dates in one long sentence slow.
    limit = min(len(text), _CLAUSE_SCAN_CHARS)
    while i < limit:
        ch = text[i]
        if ch in "“":
            depth += 1
        elif ch in "”":
            depth = max(0, depth - 1)
        elif ch == '"':
            depth = 0 if depth else 1
        elif depth == 0 and i > subject_end and (_CLAUSE_CUT.match(text, i) or _COMMA_CUT.match(text, i)):
            following = re.match(r"[\s,;:—–-]*(\S+)", text[i:])
            if _whole_phrase(text[:i].split(), following.group(1) if following else None):
                return text[:i]
        i += 1
    return text

_SUBJECT_PREPOSITIONS = {"of", "on", "in", "at", "for", "from", "with", "near", "off", "over", "about", "into",
                         "behind", "between", "among", "across", "under", "after", "before"}


_TAKES_LISTENER = {"tells", "told", "asks", "asked", "replied", "responded", "testified", "according"}

def _shorten_inner_subjects(text: str) -> str:
    """The subject of a reported clause keeps its head when the title is too long: "says the system for
    preventing accidents like the spill failed" -> "says the system failed"."""
    words = text.split(" ")
    for i, word in enumerate(words[:-2]):
        low = word.lower().strip("“”\"‘’,")
        # After "tells X" or "asked X" the first noun phrase is the listener, not the clause's subject.
        if low != "that" and ((low not in _SPEECH_PRESENT and low not in SPEECH_VERBS) or low in _TAKES_LISTENER
                              or low in _NOUN_LIKE):
            continue  # ("member states" is a noun phrase, not a report)
        start = i + 1
        verb = next((j for j in range(start + 1, min(len(words), start + 25))
                     if _verbish(words[j].lower().strip("“”\"‘’,"), words[j - 1].lower())
                     and "-" not in words[j] and not (words[j].lower().endswith("ing") and words[j - 1].lower() not in _AUX | {
                         "be", "been", "being", "am"}) and words[j - 1].lower() != "to"),
                    None)  # "the era of thousands of oil-skimming boats": "oil-skimming" is no verb
        # "confirmed its first two cases of flu after tests showed ...": "showed" belongs to the
        # "after" clause, so "cases" ... "showed" is no subject and its verb.
        if verb is None or verb - start <= 4:
            continue
        for k in range(start + 2, verb):
            dropped = " ".join(words[k:verb])
            if words[k].lower() in _SUBJECT_PREPOSITIONS and verb - k <= 10 and not re.search(
                    r"[“”\"(),;]|\s[-—–]+\s|\b(?:and|but|or|that|which|who|where|when|because|while|he|she|it|they|we|I|"
                    r"after|before|since|until|once|unless|although|though|as|if|so|whether)\b",
                    dropped):
                return " ".join(words[:k] + words[verb:])
    return text

def _shorten_subject(text: str, verb_at: int) -> tuple[str, int]:
    """A subject too long for a headline keeps its head: "BP's report on the causes of the explosion in
    the Gulf does not include" -> "BP's report does not include"; "Members of Congress" stays whole."""
    subject = text[:verb_at].split()
    relative = next((i for i, w in enumerate(subject) if w in ("who", "which", "that") and i >= 2), None)  # not "WHO"
    # A relative clause, not a reported one: "that" opens it only right before its verb ("the rig that sank",
    # not "reports that the victims"), and the words before it are a plain noun phrase.
    if relative is not None and subject[relative].lower() == "that" and (relative + 1 >= len(subject) or not _verbish(
            subject[relative + 1].lower(), "")):
        relative = None
    if relative is not None and any(_verbish(w.lower(), subject[j - 1].lower() if j else "") or w.lower() in SPEECH_VERBS
                                    for j, w in enumerate(subject[:relative])):
        relative = None
    # Only right after a short head ("U.S. experts | investigating"): further in, a wrong verb guess would
    # make the rest of the sentence look like a subject.
    participle = next((i for i, w in enumerate(subject[:5]) if i >= 1 and (re.fullmatch(r"[a-z]{3,}(?:ing|ed)", w) or (
                       w in _IRREGULAR_PARTICIPLE_FORMS and subject[i + 1:i + 2] == ["by"]))
                       and w not in _ING_NOUNS and w not in _ING_PREPOSITIONS and subject[i - 1].lower() not in _DETERMINERS | _AUX | _SUBJECT_PREPOSITIONS
                       and subject[i - 1][-1:].isalpha() and not subject[i - 1].lower().endswith("ly")
                       and (w.endswith("ing") or subject[i - 1].endswith("s") or subject[i + 1:i + 2] == ["by"])
                       and (subject[i - 1][:1].islower() or (i == 1 and re.fullmatch(r"[A-Z][a-z]+s", subject[0])))), None)
    if relative is None and participle is not None and len(subject) > 5 \
            and not re.search(r"[“”\",;()]|\s[-—–]+\s", text[:verb_at]):
        # "U.S. experts investigating reports of oil plumes emanating from the well confirmed ...": the
        # participle phrase describes the subject; the headline needs its head.
        head = " ".join(subject[:participle])
        return head + " " + text[verb_at:], len(head) + 1
    if relative is not None and (subject[relative - 1].lower() in {
            "people", "those", "anyone", "others", "one", "some", "all", "many", "everyone", "someone", "anybody",
            "everybody", "somebody", "few", "most", "men", "women", "children"}):
        relative = None  # "people who had been in contact with them": the clause says which people
    if relative is not None and (relative > 7 or any(w.lower() in _NEGATIONS | {"longer"} for w in subject[:relative])):
        relative = None  # "Many no longer wore the masks that ...": a clause of its own, not a subject's head
    if relative is not None and len(subject) > 5 and not re.search(r"[“”\",;()]", text[:verb_at]):
        # "A pupil at the school who visited the coast during the holidays had been diagnosed": the
        # relative clause describes the subject; the headline needs its head.
        head = " ".join(subject[:relative])
        return head + " " + text[verb_at:], len(head) + 1
    if len(subject) <= 5 or "(" in text[:verb_at] or any(
            _verbish(w.lower(), subject[j - 1].lower() if j else "") for j, w in enumerate(subject)):
        return text, verb_at  # "to tell the Department of Defense (DoD) whether ...": not a plain noun phrase
    for i in range(3, len(subject) - 1):
        dropped = " ".join(subject[i:])
        head = " ".join(subject[:i])
        if subject[i].lower() in _SUBJECT_PREPOSITIONS and not any(q in head for q in "“\"(") \
                and not (subject[i - 1][:1].isupper() and subject[i + 1][:1].isupper()) \
                and not re.search(r"\b(?:which|who|whom|whose|that)\b|\s[-—–]+\s|,", head) \
                and not re.search(r"[“”\",;()]|\s[-—–]+\s|\b(?:and|but|or|that|which|who|where|when|because|while|"
                                  r"whether|if|what|how|why|not|never|no)\b|n['’]t\b", dropped) \
                and not any(_finite(w.lower(), subject[j - 1].lower()) for j, w in enumerate(subject[i:], i)):
            head = " ".join(subject[:i]).rstrip(",")
            return head + " " + text[verb_at:], len(head) + 1
    return text, verb_at

def _limit(text: str, verb_at: int = 0) -> str:
    """At most MAX_WORDS words and MAX_CHARS characters, cut before a phrase starts, never inside one."""
    full = text
    # The most words whose text fits in MAX_CHARS, then the phrase-respecting cut within them.
    fit, length = 0, -1
    for word in text.split(" ")[:MAX_WORDS]:
        length += len(word) + 1
        if length > MAX_CHARS:
            break
        fit += 1
    text = _limit_words(text, max(4, fit), verb_at)
    words = len(text.split(" "))
    while len(text) > MAX_CHARS and words > 4:
        words -= 1
        text = _limit_words(text, words, verb_at)
    if text != full:
        # A phrase the cut left hanging after a comma ("..., along") goes with the rest of it.
        text = re.sub(r",\s+\S+(?:\s+\S+)?$", "", text) if re.search(r",\s+\S+(?:\s+\S+)?$", text) and \
            len(re.sub(r",\s+\S+(?:\s+\S+)?$", "", text).split()) >= 4 else text
    return text


def _limit_words(text: str, max_words: int, verb_at: int = 0) -> str:
    strict, at_boundary = _limit_words_once(text, max_words, verb_at, True)
    words = strict.split(" ")
    if (not at_boundary or (len(words) > 1 and _verbish(words[-1].lower().strip("“”\"‘’"), words[-2].lower()))) \
            and len(words) < len(text.split(" ")):
        # Keeping a coordinated object whole left no phrase boundary, or the verb without any object ("accuses"
        # before "BP and the other companies"): its first noun phrase says more than none.
        loose, loose_at_boundary = _limit_words_once(text, max_words, verb_at, False)
        if loose_at_boundary and len(loose) > len(strict):
            return loose
    return strict




_ING_NOUNS = {"morning", "evening", "spring", "thing", "something", "nothing", "anything", "everything", "building",
              "meeting", "hearing", "ceiling", "king", "ring", "wing", "funding", "spending", "training", "warning",
              "bombing", "shooting", "fighting", "killing", "drilling", "flooding", "offering", "housing", "ruling",
              "opening", "finding", "earnings", "savings", "briefing", "filing", "listing", "rating", "setting"}


def _limit_words_once(text: str, max_words: int, verb_at: int, coordination: bool) -> tuple[str, bool]:
    """The cut and whether it falls at a phrase boundary (before a preposition, conjunction or quote)."""
    words = text.split(" ")
    if len(words) <= max_words:
        return text, True
    best = None
    # Never cut before the main verb and the first word after it.
    lowest = max(3, len(text[:verb_at].split()) + 1) if verb_at else 3
    for k in range(min(len(words), max_words + 1) - 1, lowest, -1):
        nxt = words[k].lower().strip("“”\"‘’,")
        # A participle clause after a noun opens a phrase too: "a bill for $69 million | giving it until July".
        participle = nxt.endswith("ing") and len(nxt) > 4 and nxt not in _ING_NOUNS \
            and words[k - 1].lower() not in _AUX | _DETERMINERS and not _verbish(words[k - 1].lower(), words[k - 2].lower())
        # "the next steps | his administration will take": a possessive after a noun opens a new phrase.
        possessive = nxt in {"his", "her", "its", "their", "our"} and not _verbish(
            words[k - 1].lower(), words[k - 2].lower()) and words[k - 1].lower() not in _WEAK_END
        if (nxt in _BREAK_WORDS or participle or possessive or words[k][:1] in _QUOTE_OPEN or words[k - 1][-1:] in ",;:"
                or nxt in {"--", "—", "–", "-"}) \
                and _whole_phrase(words[:k], words[k], words[k + 1:k + 6] if coordination else None):
            best = k
            break
    at_boundary = best is not None
    if best is None:
        best = max_words
        floor = max(4, lowest + 1)
        while best > floor and not _whole_phrase(words[:best], words[best] if best < len(words) else None,
                                                 words[best + 1:best + 6] if coordination else None):
            best -= 1
        if best == floor and not _whole_phrase(words[:best], words[best]):
            best = _phrase_boundary(words, max_words, lowest)
        opened = _unfinished_clause(words, best, lowest)
        if opened is not None:
            best = opened  # "showed no signs of slowing | as the Philippines": the earlier whole clause
    return " ".join(words[:best]).rstrip(",;:"), at_boundary




#: Words that cannot end a title even at a phrase boundary: they open a quantity or a phrase
#: ("up" before "to 90m doses", "tens" before "of thousands", "per" before "day").
_OPEN_ENDS = _WEAK_END | _DETERMINERS | {"per", "so", "nor", "until", "till", "unless", "although", "though",
                                         "once", "between", "around", "toward", "towards", "via", "within"}


_PRE_VERB_ADVERBS = {"also", "still", "yet", "already", "just", "now", "then", "never", "ever", "only", "even",
                     "finally", "probably", "possibly", "reportedly", "allegedly", "further", "since", "recently",
                     "officially", "formally", "quickly", "repeatedly", "initially", "previously"}
_PARTICLES = {"up", "down", "off", "out"}


def _waits_for(last: str, nxt: str) -> bool:
    """ "have not yet" before "announced", "the strain also" before "came": an adverb before its verb;
    "to build up" before "about 50 miles": a phrasal verb before its object."""
    if not nxt:
        return False
    if last in _PRE_VERB_ADVERBS and (_verbish(nxt, last) or nxt in _AUX):
        return True
    if last in _COUNTS and nxt[:1].isalpha():
        return True  # "recorded two" before "new cases"
    return last in _PARTICLES and (nxt in _DETERMINERS or nxt in {"about", "around", "nearly", "almost", "some"}
                                   or bool(_PREMODIFIER.fullmatch(nxt)))


def _hangs(words: list[str], nxt: str) -> bool:
    """Whether the cut after ``words`` leaves something waiting for ``nxt``: a function word, a
    quantity or modifier before its noun, a verb or adjective before its complement."""
    last = words[-1].lower().strip("“”\"‘’,;:()")
    nxt_clean = nxt.lower().strip("“”\"‘’,;:()")
    reciprocal = len(words) > 1 and last in {"other", "another"} and words[-2].lower() in {"each", "one"}
    if not last or (last in _OPEN_ENDS and not reciprocal) or last in _WH or last in _CLAUSE_OPENERS \
            or _waits_for(last, nxt_clean) \
            or (last == "up" and nxt_clean == "to"):
        return True
    if nxt_clean == "of" and words[-1][-1:] not in ",;:" and (last in _PART_WORDS or not last.endswith("s")
                                                               or _premodifier(words[-1])):
        return True  # "the pumping of tens" before "of thousands of litres" ("the first signs | of" may end)
    if nxt_clean in _NEGATIONS or nxt_clean.endswith(("n't", "n’t")):
        return True  # "is probably" before "not what he had in mind"
    if len(words) > 1 and _modifier_before_noun(words[-2].lower().strip("“”\"‘’,;:()"), last, words[-1], nxt_clean):
        return True
    if words[-1][-1:] in ",;:":
        return False
    if _premodifier(words[-1]) and (_head_noun(nxt_clean) or _UNITS.match(nxt_clean)):
        return True
    before = words[-2].lower().strip("“”\"‘’,;:()") if len(words) > 1 else ""
    noun = before in _DETERMINERS or before in _ORDINALS  # "the first signs" before "of": a noun, no verb
    return nxt_clean in _COMPLEMENT_OPENERS and ((_verbish(last, before) and not noun) or last in _TAKES_INFINITIVE)




def _modifier_before_noun(before: str, last: str, word: str, nxt: str) -> bool:
    """ "the widening" before "rift", "the first" before "signs": after an article, a participle or ordinal
    waits for the noun it modifies."""
    return before in {"the", "a", "an", "its", "his", "her", "their"} and (last.endswith("ing") or last in _ORDINALS) \
        and word[-1:] not in ",;:" and nxt.isalpha() and _head_noun(nxt) and nxt not in _BREAK_WORDS


def _object_missing(last: str, before: str, nxt: str) -> bool:
    """Whether a cut after ``last`` leaves a verb without what it needs: "the Philippines recorded" before
    "its first case", "the blast killed" before "11 workers", "they look" before "like", "to slice"
    before "through the pipe", "a machine sliced" before "off". A passive ("was recorded", "has been
    sealed") is whole without it."""
    if not nxt or not last.isalpha() or last in _AUX:
        return False
    if last in _LINKING and not nxt.endswith(("ly",)) and nxt not in _BREAK_WORDS - {"like", "as"}:
        return True
    if before == "a" and last in {"few", "handful", "couple", "number", "series", "dozen", "total"}:
        return True  # "and a few" before "“football aficionados”"
    verb = _verbish(last, before) and not last.endswith("ing") and last not in _ING_PREPOSITIONS
    if not verb or before in _DETERMINERS:
        return False
    if before in _PASSIVE_BEFORE and (last.endswith(("ed", "en")) or last in _IRREGULAR_PARTICIPLE_FORMS):
        return False  # "has been released", "were found": nothing owed
    if nxt in _VERB_PARTICLES:
        return True
    if nxt in {"by", "under"} and (last.endswith(("ed", "en")) or last in _IRREGULAR_PARTICIPLE_FORMS) \
            and before not in _PASSIVE_BEFORE and before.isalpha():
        return True  # "the policy taken" before "by the oil companies": a reduced relative without its agent
    return nxt in _OBJECT_OPENERS or bool(re.fullmatch(r"[$£€]?\d[\d.,]*%?", nxt))


_GERUND_PREPOSITIONS = {"of", "for", "by", "in", "on", "after", "before", "without", "about", "from", "to", "at"}
_RELATIVES = {"that", "which", "who", "whom"}
_BARE_NUMBER = re.compile(r"[$£€]?\d[\d.,]*")


def _coordinated_noun(words: list[str], rest: list[str]) -> bool:
    """ "closed all schools in the capital | and two central states", "threaten the Ostvik | and Marren
    coasts": "and" joins a second noun phrase (a determiner, a number, a name or an adjective opens it),
    and a title without it says less than the sentence. Before a verb or a clause the cut is whole."""
    if not rest or words[-1][-1:] in ",;:" or _verbish(words[-1].lower().strip("“”\"‘’"),
                                                        words[-2].lower() if len(words) > 1 else ""):
        return False
    first = rest[0].strip("“”\"‘’,;:()")
    low = first.lower()
    if low in _PRONOUNS or low in _AUX or low in {"that", "then", "so", "yet"} or _verbish(low, "and"):
        return False
    if len(rest) > 1 and (_finite(rest[1].lower().strip(",;:"), low) or rest[1].lower() in _AUX):
        return False  # "and BP said", "and the ..." is checked below
    if low in {"the", "a", "an", "this", "these", "those"}:
        # "and the company said": a clause; "and the two central states": a noun phrase.
        return not any(_finite(w.lower().strip(",;:"), rest[k].lower()) or w.lower() in _AUX
                       for k, w in enumerate(rest[1:4]))
    return bool(_BARE_NUMBER.fullmatch(low)) or low in _NUMBER_WORDS or low in _DETERMINERS \
        or (first[:1].isupper() and first != "I") or low in {"other", "more", "several"} \
        or low.endswith(("al", "ic", "ous", "ive", "ern", "ish", "ese", "ian"))


_PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "there"}


def _left_open(words: list[str], clean: list[str], nxt: str) -> bool:
    """A cut that leaves a phrase open though its last word could end one: inside a quotation ("is
    doing “everything" before "possible”"), in a range ("for 150" before "to 180 million doses"), on a
    gerund or an infinitive before its object ("the cost of building" before "six barriers", "to contain"
    before "and clean up"), or inside a relative clause that has only just reached its verb ("a pipe that
    rises" before "out of the riser")."""
    text = " ".join(words)
    if text.count("“") > text.count("”") or text.count('"') % 2:
        return True
    last, before = clean[-1], clean[-2]
    ended = words[-1][-1:] in ",;:"
    if ended:
        return False
    if _BARE_NUMBER.fullmatch(last) and not re.fullmatch(r"(?:1[89]|20)\d\d", last) and nxt in {"to", "-", "–"}:
        return True
    if last.endswith("ing") and len(last) > 4 and before in _GERUND_PREPOSITIONS and _head_noun(nxt) \
            and nxt not in _BREAK_WORDS:
        return True
    if before == "as" and nxt == "as" and last in {"soon", "long", "well", "far", "much", "many", "quickly"}:
        return True  # "as soon" before "as the first well was finished"
    if before == "to" and (nxt in {"and", "or"} or nxt in _DETERMINERS) and _verbish(last, "to"):
        return True  # "designed to hold" before "the massive device"
    relative = max((i for i, w in enumerate(clean[:-1]) if w in _RELATIVES and i > 1), default=-1)
    if relative < 0 or words[relative - 1][-1:] in ",;:":
        return False
    noun_before = not _verbish(clean[relative - 1], clean[relative - 2]) and clean[relative - 1] not in _WEAK_END \
        and not any(w in _AUX or w in {"to", "will", "would", "can", "could", "may", "might", "must", "should"}
                    for w in clean[max(0, relative - 4):relative - 1]) \
        and not any(w in _CLAUSE_OPENERS or w in {"tells", "told", "asks", "asked"} for w in clean[max(0, relative - 5):relative])
    if not noun_before or (clean[relative] == "that" and not any(
            w in _DETERMINERS for w in clean[max(0, relative - 4):relative])):
        return False
    groups, in_group = 0, False
    for i in range(relative + 1, len(clean)):
        verb = _finite(clean[i], clean[i - 1]) or clean[i] in _PRESENT_FORMS
        if verb and not in_group:
            groups += 1
        in_group = verb or (in_group and clean[i] in _NEGATIONS | _PRE_VERB_ADVERBS)
    return groups == 1


def text_quotes_closed(words: list[str]) -> bool:
    return " ".join(words).count('"') % 2 == 0


def _clause_without_verb(clean: list[str]) -> bool:
    """A clause that was started must reach its verb: "reassured Cameron that his frustration",
    "says the system" (before "failed badly"), "showed that while minor portions"."""
    opener = max((i for i, w in enumerate(clean) if w in _CLAUSE_OPENERS or (
        w == "but" and i > 2 and clean[i - 1] not in {"all", "nothing", "anything", "everything", "not", "none"})),
        default=-1)
    if opener >= 0 and clean[opener] in _TAKES_OBJECT and "that" not in clean[opener + 1:]:
        opener = -1  # "confirms its first four cases": what was confirmed is a noun phrase, complete
    return opener >= 0 and opener < len(clean) - 1 and not any(
        _verbish(w, clean[i - 1] if i else "") for i, w in enumerate(clean[opener + 1:], opener + 1))


def _phrase_boundary(words: list[str], max_words: int, lowest: int) -> int:
    """No whole phrase fits: the longest cut after the main verb that still ends at a phrase
    boundary (before a preposition, conjunction, question word or quote, or after a comma) with
    nothing left hanging; else the longest cut that leaves nothing hanging; else the word limit."""
    top = min(len(words) - 1, max_words)
    # When the main verb lies beyond the word limit, no cut reaches it: the first phrase must do.
    lowest = lowest if lowest < top else 4
    for k in range(top, max(4, lowest) - 1, -1):
        nxt = words[k].lower().strip("“”\"‘’,;:()")
        boundary = nxt in _BREAK_WORDS or nxt in _WH or words[k][:1] in _QUOTE_OPEN or words[k - 1][-1:] in ",;:"
        if boundary and not _hangs(words[:k], words[k]):
            return k
    for k in range(top, max(4, lowest) - 1, -1):
        # Any cut without a boundary must at least leave each started clause its verb: not "says the
        # government" before "failed".
        if not _hangs(words[:k], words[k]) and not _clause_without_verb(
                [w.lower().strip("“”\"‘’,;:()") for w in words[:k]]):
            return k
    best = max_words
    # Nothing is whole: at least no function word, count or "up to" is left open.
    while best > 4 and (words[best - 1].lower().strip("“”\"‘’,") in _OPEN_ENDS | {"up"}
                        or (_premodifier(words[best - 1]) and words[best - 1][-1:] not in ",;:")):
        best -= 1
    return best


def _balance_quotes(text: str) -> str:
    while text.count("“") > text.count("”"):
        text = text.rstrip(" ,;:") + "”"
    if text.count("”") > text.count("“"):
        text = text.replace("”", "", text.count("”") - text.count("“"))
    if text.count('"') % 2:
        text = text.replace('"', "")
    return text
