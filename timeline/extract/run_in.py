"""A page's headline and a picture's caption run into its first sentence (issue 16).

A page saved without its layout runs the headline and the photo caption into the first sentence, with no stop
between them ("Jackson last topped the album chart in 2003 Michael Jackson has topped the UK album chart ...",
"... hit hard by the flu outbreak Mexico City has lifted all restrictions ..."). A caption or headline has no final
stop; where a new clause starts (a capitalised word, "A"/"An" or an acronym after a lowercase word, its verb a few
words on), what comes before it on the page's first line is furniture, and its date is the picture's, not the news.
:func:`run_in_top` finds that part; :mod:`.page_blocks` reads the other kinds of furniture that span lines.
"""

from __future__ import annotations

import re

from timeline.extract.company_kinds import BUSINESS_NOUNS
from timeline.extract.sentences import quotation_open
from timeline.extract.subordinators import SUBORDINATORS
from timeline.honorifics import HONORIFICS, honorific_pattern

__all__ = ["CALENDAR", "named_again", "pull_quote", "run_in_top"]

_FINITE = re.compile(r"^(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|says|said|[a-z]{3,}ed)$")
#: Words after which a capitalised word continues the clause, not a new one.
_CONTINUES = frozenset([
    "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "from", "into", "onto", "over", "under",
    "and", "or", "but", "nor", "as", "than", "that", "which", "who", "whom", "whose", "said", "says", "told",
    "tells", "asked", "named", "called", "dubbed", "including", "like", "about", "after", "before", "since", "until",
    "near", "between", "among", "his", "her", "its", "their", "our", "my", "your", "this", "these", "those", "mr",
    "mrs", "ms", "dr", "executive", "chief", "boss", "head", "chairman", "chairwoman", "president", "minister",
    "secretary", "spokesman", "spokeswoman", "official", "director", "expert", "analyst", "reporter",
    "correspondent", "editor", "lawyer", "attorney", "doctor", "judge", "star", "singer", "actor", "actress",
    "sister", "brother", "wife", "husband", "son", "daughter", "mother", "father", "former", "storm", "hurricane",
    "staff", "leader", "founder", "candidate", "mainland", "old", "new", "late", "struck", "hit", "mean", "means",
    "while", "whereas", "although", "though", "because", "if", "what", "how", "whatever", "why",
    # Prepositions of place take a name as their object: "rescued off Portville", "towed across Lake Ellis".
    "off", "outside", "inside", "along", "across", "through", "toward", "towards", "around", "beyond", "via",
    "against", "without", "within", "upon", "past", "beside", "behind", "below", "above", "beneath", "onto", "into",
])
#: Two words before a caption's last word: a determiner there makes it a noun phrase still running on
#: ("its huge Gulf of Mexico oil spill", "reports that rival Royal Dutch Shell"), or "to" a verb's object.
_RUNS_ON = frozenset([
    "the", "a", "an", "its", "his", "her", "their", "this", "that", "these", "those", "to", "what", "which", "whose",
    "how",
])
#: Nouns that name the kind of thing a name after them is: "the oil giant BP", "reports that rival Shell".
_CLASS_NOUNS = frozenset([*BUSINESS_NOUNS, "giant", "rival", "unit", "partner", "body", "agency", "watchdog", "regulator",
                          "party", "team", "band", "club", "network", "channel", "newspaper", "magazine", "brand",
                          "label", "subsidiary", "chain", "city", "town", "village", "state", "province", "county",
                          "country",
                          "island", "port", "river", "region", "capital", "hospital", "school", "university",
                          "colleague", "friend", "pal", "wife", "husband", "son", "daughter", "mother", "father",
                          "brother", "sister", "boss", "chief", "star", "icon", "legend", "idol", "king", "queen",
                          "prince", "princess", "lord", "lady", "pope", "general", "admiral", "senator", "governor",
                          "mayor", "judge", "officer", "doctor", "nurse", "lawyer", "attorney", "spokesman",
                          "spokeswoman", "official", "counterpart", "successor", "predecessor", "deputy", "aide"])
#: How many words a headline and a caption run to before the lead, at most.
_HEADLINE_WORDS = 20
#: Verbs whose object is a clause: a name after them opens that clause, not a new sentence.
_COMPLEMENT_VERBS = frozenset([
    "believe", "believes", "think", "thinks", "argue", "argues", "claim", "claims", "report", "reports", "warn",
    "warns", "expect", "expects", "hope", "hopes", "fear", "fears", "know", "knows", "suggest", "suggests", "insist",
    "insists", "deny", "denies", "show", "shows", "confirm", "confirms", "estimate", "estimates", "say", "feel",
    "feels", "guess", "assume", "assumes", "suspect", "suspects", "predict", "predicts", "ensure", "ensures",
    "announce", "announces", "reveal", "reveals", "admit", "admits", "add", "adds", "note", "notes", "find", "finds",
])
_DETERMINERS = frozenset(["the", "a", "an", "its", "his", "her", "their", "this", "that", "these", "those"])
#: Words that modify a noun after them rather than end a noun phrase: "the last cataclysmic American oil spill".
_MODIFIERS = frozenset(["last", "first", "next", "new", "old", "big", "small", "great", "huge", "major", "top", "former",
                        "latest", "same", "other", "own", "only", "whole", "entire", "main", "key", "late", "early"])
_PREPOSITIONS = frozenset(["at", "in", "on", "near", "outside", "inside", "off", "along", "during", "from", "across",
                           "through", "toward", "towards", "around", "beyond", "via", "per", "against", "without",
                           "within", "upon", "past", "beside", "behind", "below", "above", "beneath", "of", "to", "by",
                           "for", "with", "into", "onto", "over", "under", "about", "after", "before", "since"])
_ADJECTIVE_END = re.compile(r"[a-z]+(?:ic|al|ous|ive|ful|less|able|ible|ary|ern|ese|ish|ian|ed|ing)")


def _plain_noun(word: str) -> bool:
    """Whether ``word`` reads as a plain common noun: lowercase, no preposition, modifier, adjective or kind of name."""
    return (re.fullmatch(r"[a-z][a-z-]*", word) is not None and word not in _PREPOSITIONS and word not in _MODIFIERS
            and word not in _CLASS_NOUNS and _ADJECTIVE_END.fullmatch(word) is None)


#: Prepositions of place and time that close a caption's last phrase: "at a pig farm", "on the beach".
_PLACE_PREPOSITIONS = frozenset(["at", "in", "on", "near", "outside", "inside", "off", "along", "during"])
#: A person's role before a name, after a capitalised modifier: "Texas biologist", "BP researcher".
_ROLE_NOUN = re.compile(r"[a-z]+(?:ist|er|or|ian|ant|ent)")
_SUBORDINATORS = SUBORDINATORS | {"where"}
_WORD = re.compile(r"\S+")
#: Nouns a capital letter names a kind of: "Plan A", "Grade A students", "Type A personality".
_LETTER_KINDS = frozenset(["plan", "type", "grade", "class", "vitamin", "exhibit", "group", "category", "division",
                           "series", "section", "article", "phase", "level", "part", "model", "schedule", "appendix",
                           "block", "gate", "wing", "row", "terminal", "platform", "formula", "league", "tier",
                           "zone", "route", "area", "building", "hall", "room", "channel", "round", "stage", "list",
                           "influenza", "hepatitis"])
CALENDAR = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?$")


def run_in_top(text: str, first: tuple[int, int]) -> tuple[int, int] | None:
    """The headline or caption run into the first sentence of the page's first line, as a span, or None.

    ``first`` is the first non-empty line. The run-in part ends where the last new clause before the
    line's first sentence end begins; the sentence left must be a full one (eight words or more).
    """
    start, end = first
    line = text[start:end]
    head = first_sentence(line)
    if not _SENTENCE_END.search(head):
        return named_again(text, first)  # a page's first line with no stop: a headline run into its lead all the same
    words = list(_WORD.finditer(head))
    cut = None
    cut_at = -10
    named_from = 0  # where the headline or standfirst whose name may come again opens
    for i in range(3, len(words) - 7):  # the sentence left keeps eight words or more
        prev, word = words[i - 1].group(0), words[i].group(0)
        # A noun ends a caption ("... in his rented home"); an adjective ("blown-out", "leaking") or a
        # number before a month ("8 October") runs on into the next word.
        # A caption ending in a name runs into a sentence opening with "The" ("... at London's O2 Arena The
        # release of ..."): mid-sentence, a capitalised "The" before a lowercase word starts a sentence.
        # So does "A" or "An" ("... manslaughter of Jackson A recording of ..."), but for a letter naming a kind
        # ("Plan A", "Grade A") and after a date's month or weekday ("on 8 October A judge ...", left whole).
        after_name = (word in ("The", "This", "These", "A", "An") and re.fullmatch(r"[A-Z][\w'’-]*", prev) is not None
                      and i + 1 < len(words) and re.fullmatch(r"[a-z][\w'’-]*", words[i + 1].group(0)) is not None
                      and prev.lower() not in _CONTINUES and not (word in ("A", "An") and (prev.lower() in _LETTER_KINDS or CALENDAR.match(prev))))
        # A headline closing on a quote runs into a sentence: "Jackson death was ` not suspicious ' Medical experts
        # say ...", 'Mayor: "This is good news" The council says ...'. In prose a closed quote is followed by
        # punctuation or a lowercase word, and a quote's own end ('... suspicious," Smith said') is punctuated.
        closed_quote = (re.fullmatch(r"[A-Z][\w'’-]*", word) is not None and not CALENDAR.match(word)
                        and _closes_quote(prev, head[:words[i].start()]))
        # After a caption's last noun, "A" or "An" opens the lead ("... on a large scale A viral strain ..."), but for a
        # letter naming a kind ("Plan A").
        article = (word in ("A", "An") and prev.lower() not in _LETTER_KINDS and i + 1 < len(words)
                   and re.fullmatch(r"[a-z][\w'’-]*", words[i + 1].group(0)) is not None)
        # An acronym straight before its verb opens the lead too ("... oil leak video BP has come under fire"), within a
        # headline's and a caption's length; not as a verb's complement clause ("analysts believe BP has ..."), after
        # the kind of thing it names ("oil giant BP has"), or in a relative clause on a noun ("the fines BP will pay").
        article = article or (i <= _HEADLINE_WORDS and re.fullmatch(r"[A-Z]{2,5}", word) is not None and i + 1 < len(words)
                              and _FINITE.match(words[i + 1].group(0)) is not None and prev not in _COMPLEMENT_VERBS
                              and prev not in _CLASS_NOUNS and not _ROLE_NOUN.fullmatch(prev)
                              and not prev.endswith(("ed", "s")))
        if i <= _HEADLINE_WORDS + 10 and _fronted_adverbial(words, i):
            # "The rise and fall of BP In its 100-year history, BP has been dogged ...": in sentence case a preposition
            # is capitalised only where a sentence opens, and a phrase closed by a comma fronts that sentence's clause.
            # A headline and its standfirst may both come before it.
            if i - cut_at > 4:
                cut = words[i].start()
            cut_at = i
            continue
        if i - max(cut_at, 0) <= _HEADLINE_WORDS and _acronym_again(head, words, i):
            # "... sealed with a cap for just over two weeks BP has started ...": a caption after the headline, its
            # last word before the company the line named already, and that name's verb (:func:`_acronym_again`).
            if i - cut_at > 4:
                cut = words[i].start()
            cut_at = named_from = i
            continue
        if i - named_from <= _HEADLINE_WORDS and _name_repeated(words, i, named_from):
            # "BP links staff bonuses to safety performance BP is taking steps ...": the headline names its subject
            # first and the next clause names it again; prose joins a name's second mention with a stop, a
            # conjunction or a pronoun, so the repeated name opens a new sentence.
            if i - cut_at > 4:
                cut = words[i].start()
            cut_at = named_from = i
            continue
        if i <= _HEADLINE_WORDS and _common_word_opens(text, head, words, i):
            # "... Jackson's doctor People who could become panel members ... are being asked", "... applied off
            # Shetland Calls to halt BP's plans ... have been rejected": the lead opens on a common word, which the
            # page writes lowercase elsewhere and never capitalises inside a sentence. Its verb may come after a
            # relative clause or an infinitive, so it is looked for further on.
            ahead = [w.group(0).strip(",;:\"“”'’").lower() for w in words[i + 1:i + 25]]
            if any(_FINITE.match(w) for w in ahead) and not quotation_open(head[:words[i].start()]):
                if i - cut_at > 4:
                    cut = words[i].start()
                cut_at = i
            continue
        if not after_name and not closed_quote and (not re.fullmatch(r"[a-z0-9][a-z0-9]*", prev) or prev in _CONTINUES or prev.endswith(
                "ing") or not (article or re.fullmatch(r"[A-Z][a-z][\w'’-]*", word)) or CALENDAR.match(word)):
            continue  # "Lebanon," goes on
        if _ROLE_NOUN.fullmatch(prev) and any(w.group(0).endswith(",") for w in words[max(0, i - 3):i - 1]) and (
                i + 1 < len(words) and re.fullmatch(r"[A-Z][\w'’-]*", words[i + 1].group(0))):
            continue  # "..., in 2002, Texas biologist Wes Tunnell spotted": after a comma, a role before a full name
        ahead = []
        if re.fullmatch(r"[A-Z][a-z]{2,}ing", word) and word not in ("During", "Including", "According", "Regarding"):
            # "... could last decades Snorkeling along a reef near Veracruz, Mexico, in 2002, Texas biologist Wes
            # Tunnell spotted": an opening participle's phrase, commas and all, before its clause's verb.
            ahead = [w.group(0).strip(",;:\"“”'’").lower() for w in words[i + 1:i + 25]]
        if article and word in ("A", "An") and re.fullmatch(r"[a-z][a-z'’-]*", prev):
            # "... wearing masks as a precaution A third of the world's population could be infected", "... on a large
            # scale A viral strain which can be used ... has been produced": an article never follows a common noun
            # inside a clause, so the lead opens here whatever runs before it; its verb may come after a relative clause.
            ahead = [w.group(0).strip(",;:\"“”'’").lower() for w in words[i + 1:i + 25]]
        for j, w in enumerate(words[i + 1:i + 12] if not ahead else [], start=i + 1):  # "Jurors at the trial of ... Murray have been told"
            token = w.group(0)
            ahead.append(token.strip(",;:\"“”'’").lower())
            if token.endswith((",", ";", ":")) or ahead[-1] in ("which", "who", "that", "whose", "where", "when"):
                # "... which aired on Thursday night Dr Conrad Murray, who was convicted ..., has defended": a
                # name's apposition between commas, and the clause's verb after it.
                ahead.extend(_after_apposition(words, j) if token.endswith(",") and token[:1].isupper() else [])
                break  # "... the leaking Gulf of Mexico oil well, which delayed": no clause of its own
        opens_lead = bool(ahead) and word in ("A", "An")  # (an article after a noun: no conjunction's clause runs on)
        if not closed_quote and not opens_lead and any(w.group(0).lower() in _SUBORDINATORS for w in words[max(0, i - 6):i]):
            continue  # "... rose as ferry operator Northwind Lines said ...": the conjunction's own clause
        before = [] if opens_lead else [w.group(0).lower() for w in words[max(0, i - 3):i - 1]]
        if len(before) == 2 and i >= 4 and words[i - 4].group(0).lower() in _PLACE_PREPOSITIONS and before[0] in _RUNS_ON:
            before = before[1:]  # "... at a pig farm Egypt has begun": a place's noun phrase is whole, a name starts anew
        elif (len(before) == 2 and before[0] in _DETERMINERS and _plain_noun(before[1]) and _plain_noun(prev)
              and not _ROLE_NOUN.fullmatch(prev)):
            # "... hit hard by the flu outbreak Mexico City has lifted": a noun phrase of two nouns is whole, and a
            # name after it starts anew, unless its last noun names the kind of thing the name is ("the oil giant BP").
            before = before[1:]
        if (not after_name and not closed_quote and any(w in _RUNS_ON or w.endswith(("'s", "’s")) for w in before)) or _STORY_BEGUN.search(
                head, 0, words[i].start()):
            continue
        if any(_FINITE.match(w) for w in ahead) and not _FINITE.match(prev) and not quotation_open(head[:words[i].start()]):
            if i - cut_at > 4:  # "... spill Hollywood star Kevin Costner unveiled": the first of a close pair
                cut = words[i].start()
            cut_at = i
    if cut is None or len(head[cut:].split()) < 8:
        return None
    return start, start + len(head[:cut].rstrip())


#: Words between a body's acronym and its verb, in a subject: "BP shares are", "BP chief executive Tony Hayward will".
_SUBJECT_NOUNS = frozenset(["shares", "executives", "officials", "engineers", "staff", "workers", "investors",
                            "shareholders", "chief", "executive", "boss", "spokesman", "spokeswoman", "chairman", "head"])


def _acronym_again(head: str, words: list[re.Match[str]], i: int) -> bool:
    """Whether ``words[i]``, an acronym the line named before, opens the lead after a caption's last word: "... for
    just over two weeks BP has started", "... the oil slick BP shares are expected", "... and BP BP executives have
    met". Prose names a body again after a content word only in a relative clause on a noun phrase ("the fines BP
    will pay") or as a verb's object: after a determiner's noun phrase only a subject's own noun ("BP shares")
    and its verb read as a new sentence."""
    word, prev = words[i].group(0), words[i - 1].group(0)
    if re.fullmatch(r"[A-Z]{2,5}", word) is None or (
            prev != word and not re.search(rf"(?<![\w'’-]){word}(?![\w-])", head[:words[i - 1].start()])):
        return False
    if prev != word and (re.fullmatch(r"[a-z][a-z'’-]*", prev) is None or prev in _CONTINUES or prev in _FUNCTION_WORDS
                         or prev in _COMPLEMENT_VERBS or prev in _CLASS_NOUNS or _FINITE.match(prev)
                         or prev.endswith("ly")):
        return False
    ahead = [w.group(0).strip(",;:\"“”'’()") for w in words[i + 1:i + 7]]
    nouns = 0
    while nouns < min(len(ahead), 5) and (ahead[nouns] in _SUBJECT_NOUNS or re.fullmatch(r"[A-Z][a-z]+", ahead[nouns])):
        nouns += 1
    if nouns >= len(ahead) or _FINITE.match(ahead[nouns]) is None:
        return False
    noun_phrase = any(w.group(0).lower() in _DETERMINERS for w in words[max(0, i - 3):i])
    return nouns > 0 or not noun_phrase or prev == word


#: Conjunctions whose clause may name the subject again ("BP shares fell as BP faced ...").
_CONJUNCTIONS = frozenset(["as", "when", "while", "because", "if", "though", "although", "whereas", "once", "unless",
                           "and", "but", "or", "so", "that"])
_NAME_WORD = re.compile(r"[A-Z][\w&.-]*")
#: Capitalised openers that name nothing: a clause may open with them again ("I thought I would ...").
_NOT_NAMES = frozenset(["the", "a", "an", "i", "it", "this", "that", "these", "those", "there", "here", "we", "he",
                        "she", "they", "you", "my", "our", "his", "her", "its", "their", "your", "what", "when",
                        "where", "who", "how", "why", "if", "in", "on", "at", "as", "but", "and", "so", "some", "all"])


def _opening_name(words: list[re.Match[str]]) -> list[str]:
    """The name a line opens with, word by word ("Foreign and Commonwealth Office"; "BP" of "BP's"), or none."""
    name: list[str] = []
    for k, w in enumerate(words[:6]):
        token = w.group(0)
        bare = re.sub(r"['’]s$", "", token)
        if bare in name:
            break  # "BP BP's mile-long tube": the name again
        if _NAME_WORD.fullmatch(bare) and bare.lower() not in _NOT_NAMES and not CALENDAR.match(bare):
            name.append(bare)
            if bare != token:
                break
        elif token in ("of", "and", "&") and name and k + 1 < len(words) and words[k + 1].group(0)[:1].isupper():
            name.append(token)
        else:
            break
    while name and not name[-1][:1].isupper():
        name.pop()
    return name


def _name_repeated(words: list[re.Match[str]], i: int, first: int = 0) -> bool:
    """Whether ``words[i]`` (or "The" and the words after it) names again the subject the part from ``words[first]``
    opened with, after a word that closes a headline ("... performance BP is taking", "BP BP's mile-long tube is",
    "Office advice The Foreign and Commonwealth Office (FCO) changed"), and a verb follows: the second mention opens
    the lead. A standfirst under the headline opens ``first`` anew ("... clean-up BP is likely to ... the US BP is")."""
    # A kicker before the headline names the story, not the subject: "Gulf oil spill: BP's great asset sale BP has".
    kicker = next((k + 1 for k in range(first, min(first + 6, i - 1)) if words[k].group(0).endswith(":")), first)
    return any(_named_again_at(words, i, start) for start in {first, kicker})


def _named_again_at(words: list[re.Match[str]], i: int, first: int) -> bool:
    name = _opening_name(words[first:])
    at = i + 1 if words[i].group(0) == "The" else i
    opened = first + len(name)
    if not name or at + len(name) > len(words) or i < opened:
        return False
    prev = words[i - 1].group(0)
    # A clause may close on a name after its preposition ("a visit to the US BP is to sell"): no relative clause
    # follows a name without "which" or "who".
    # Not after a date ("In May BP began ..." opens with its time) or a name's first word ("in June Michael Jackson's").
    object_at = i - 3 if i - 3 >= opened and words[i - 2].group(0) in _DETERMINERS else i - 2
    named_place = (re.fullmatch(r"[A-Z][\w'’-]*", prev) is not None and prev not in name and object_at >= opened
                   and words[object_at].group(0) in _PREPOSITIONS and not CALENDAR.match(prev))
    if i == opened:  # the headline is the name alone ("BP BP's ...")
        if words[i - 1].group(0) != name[-1]:
            return False
    elif not named_place and (
            re.fullmatch(r"[a-z0-9][\w'’-]*", prev) is None or prev in _CONTINUES or prev in _FUNCTION_WORDS
            or prev in _COMPLEMENT_VERBS or prev in _CLASS_NOUNS or _FINITE.match(prev)):
        return False
    if any(w.group(0).lower() in _CONJUNCTIONS for w in words[opened:i]):
        return False
    said = [re.sub(r"['’]s$", "", w.group(0)) for w in words[at:at + len(name)]]
    if said != name:
        return False
    last = words[at + len(name) - 1].group(0)
    possessive = last.endswith(("'s", "’s"))
    k = i - 1  # back over the noun phrase the words before close ("the high repair costs")
    while k > opened and re.fullmatch(r"[a-z0-9][\w'’-]*", words[k].group(0)) and words[k].group(0) not in _FUNCTION_WORDS:
        k -= 1
    if not possessive and not named_place and (words[i - 2].group(0).lower() == "to" or words[k].group(0).lower() in _DETERMINERS):
        return False  # "the high costs BP may face", "calls to halt BP": a relative clause or a verb's object
    ahead = [w.group(0).strip(",;:\"“”'’()").lower() for w in words[at + len(name):at + len(name) + 12]]
    return (possessive or bool(ahead and _FINITE.match(ahead[0]))
            or (len(ahead) > 1 and words[at + len(name)].group(0).startswith("(") and _FINITE.match(ahead[1]) is not None))


#: Prepositions that front a sentence's clause with their phrase ("In its 100-year history, BP has ...").
_FRONTING = frozenset(["In", "On", "At", "For", "After", "Since", "During", "With", "From", "Over", "Under", "Despite",
                       "Amid", "Following", "Before", "Throughout", "Across", "Unlike", "Like", "Within"])


def _fronted_adverbial(words: list[re.Match[str]], i: int) -> bool:
    """Whether ``words[i]`` is a capitalised preposition opening a sentence after a word with no stop: a lowercase
    word or a number follows it (title case would go on with a capital: "BP In Talks"), its phrase closes with a
    comma within ten words, and a clause follows the comma."""
    if words[i].group(0) not in _FRONTING or i + 3 >= len(words):
        return False
    prev = words[i - 1].group(0)
    if (re.fullmatch(r"[\w'’-]*[a-zA-Z0-9'’]", prev) is None or prev.lower() in _FUNCTION_WORDS or prev.lower() in _CONTINUES
            or not re.fullmatch(r"[a-z0-9][\w'’.-]*,?", words[i + 1].group(0))):
        return False
    if any(re.fullmatch(r"\d{1,2}[.:]\d{2}", w.group(0)) for w in words[:i]):
        return False  # a page's stamp before it is read as a stamp ("Friday 8 May 2009 21.08 BST")
    close = next((k for k in range(i + 1, min(i + 11, len(words))) if words[k].group(0).endswith(",")), None)
    return close is not None and close + 2 < len(words) and not words[close + 1].group(0)[:1].isdigit()


#: A sentence's end in a line: its stop, a closing quotation mark, then a space or the line's end.
_SENTENCE_END = re.compile(r"[.!?][\"”’']?(?:\s|$)")


def first_sentence(line: str) -> str:
    """``line`` up to its first sentence's end (the stop and its space), or whole when no sentence ends in it."""
    stop = _SENTENCE_END.search(line)
    return line[:stop.end()] if stop else line


def named_again(text: str, line: tuple[int, int]) -> tuple[int, int] | None:
    """A crosshead or caption run into the paragraph under it, further down the page, as a span, or None: the line
    opens with a name, and the paragraph names it again with no stop between ("Consular advice The Foreign Office
    (FCO) changed ...", "Jane Doe at the premiere Jane Doe's new film ..."). The first line is :func:`run_in_top`'s."""
    start, end = line
    part = text[start:end]
    head = first_sentence(part)
    words = list(_WORD.finditer(head))
    lead = start + len(part) - len(part.lstrip())
    for i in range(1, min(len(words) - 7, _HEADLINE_WORDS + 1)):
        if _name_repeated(words, i):
            return lead, start + len(head[:words[i].start()].rstrip())
    return None


_HONORIFIC = re.compile(r"(?:" + honorific_pattern(HONORIFICS) + r")\.?")
_SPEECH = frozenset(["said", "says", "told", "added", "adds", "explained", "explains", "warned", "warns"])
#: A clause's verb: an auxiliary, a past form, a contraction ("it's", "don't").
_CLAUSE_VERB = re.compile(r"(?:(?:it|that|there|he|she|what)['’]s|\w+n['’]t|\w+['’](?:re|ve|ll))$", re.I)


def pull_quote(text: str, line: tuple[int, int]) -> tuple[int, int] | None:
    """A pull quote run into the sentence its speaker opens, as a span, or None: "... there are several teams working
    on it Dr Jane Doe, director of the lab, said their staff ...". A clause ends on a lowercase word and a titled name
    follows with no stop, then the name's speech verb, straight or after an apposition between commas; in prose that
    name would follow a comma, a conjunction or a verb. The clause before must be a main clause (its own verb, no
    opening preposition, conjunction or participle) and not close on a noun phrase a relative clause may follow
    ("the dose Dr Doe said")."""
    start, end = line
    part = text[start:end]
    head = first_sentence(part)
    words = list(_WORD.finditer(head))
    for i in range(3, min(len(words) - 6, 60)):
        if not _HONORIFIC.fullmatch(words[i].group(0)) or not re.fullmatch(r"[A-Z][a-z'’-]+,?", words[i + 1].group(0)):
            continue
        prev = words[i - 1].group(0)
        if (re.fullmatch(r"[a-z0-9][\w'’-]*", prev) is None or prev in _CONTINUES or prev in _FUNCTION_WORDS
                or prev in _COMPLEMENT_VERBS or prev in _CLASS_NOUNS or _ROLE_NOUN.fullmatch(prev) or _FINITE.match(prev)):
            continue
        opens = max((k + 1 for k in range(i) if words[k].group(0).endswith((",", ";", ":"))), default=0)
        first = words[opens].group(0).strip("\"“‘'").lower() if opens < i else ""
        clause = [w.group(0).lower() for w in words[opens:i]]
        if (first in _PREPOSITIONS or first in _SUBORDINATORS or first.endswith("ing") or first in _CONJUNCTIONS
                or not any(_FINITE.match(w) or _CLAUSE_VERB.match(w) for w in clause)):
            continue
        k = i - 1
        while k > opens and re.fullmatch(r"[a-z0-9][\w'’-]*", words[k].group(0)) and words[k].group(0) not in _FUNCTION_WORDS:
            k -= 1
        if words[k].group(0).lower() in _DETERMINERS:
            continue
        j = i + 1  # past the name's words to its speech verb, or to its apposition's closing comma
        while j < len(words) and re.fullmatch(r"[A-Z][a-z'’-]+,?", words[j].group(0)):
            j += 1
            if words[j - 1].group(0).endswith(","):
                break
        if j < len(words) and words[j - 1].group(0).endswith(","):
            close = next((m for m in range(j, min(j + 8, len(words))) if words[m].group(0).endswith(",")), None)
            j = close + 1 if close is not None else len(words)
        if j < len(words) and words[j].group(0) in ("from", "of", "at"):  # "Dr Jane Doe from the HPA said"
            j += 1 + (j + 1 < len(words) and words[j + 1].group(0) == "the")
            while j < len(words) and re.fullmatch(r"[A-Z][\w'’&-]*", words[j].group(0)):
                j += 1
        if j < len(words) and words[j].group(0) in _SPEECH:
            lead = start + len(part) - len(part.lstrip())
            return lead, start + len(head[:words[i].start()].rstrip())
    return None


#: Words after which a capital continues a noun phrase or a clause: determiners, prepositions, conjunctions.
_FUNCTION_WORDS = _PREPOSITIONS | _DETERMINERS | _SUBORDINATORS | _RUNS_ON | frozenset(
    ["and", "or", "but", "nor", "than", "who", "whom", "whose", "which", "named", "called", "dubbed", "said", "says",
     "told", "tells", "like", "including", "mr", "mrs", "ms", "dr"])
#: Capitalised openers that are no nouns: determiners and pronouns.
_NOT_NOUNS = frozenset(["the", "this", "these", "those", "that", "its", "his", "her", "their", "our", "some", "any", "all",
                        "each", "every", "both", "many", "most", "more", "few", "several", "she", "they", "you", "one",
                        "there", "here", "what", "who", "how", "why", "when", "where", "with", "for", "from", "after",
                        "before", "but", "and", "while", "yet", "not", "now", "then", "also", "even", "only"])


def _common_word_opens(text: str, head: str, words: list[re.Match[str]], i: int) -> bool:
    """Whether ``words[i]``, capitalised after a word with no stop ("doctor People who"), is a common word opening a
    sentence: a lowercase word follows it, the page writes it lowercase elsewhere, and nowhere else capitalises it
    inside a sentence (a name's word, "Brown" or "Navy", is capitalised wherever it stands)."""
    word, prev = words[i].group(0), words[i - 1].group(0)
    place = False
    # After a function word a capital starts a name ("in the Gulf"); after a name it may go on with it ("Russell
    # Hotten Business reporter"); "The", "A" and pronouns are read by :func:`run_in_top` itself.
    if (re.fullmatch(r"[A-Z][a-z]{2,}", word) is None or word.lower() in _NOT_NOUNS or CALENDAR.match(word)
            or (re.fullmatch(r"[a-z0-9][\w'’-]*[a-z0-9]", prev) is None and not (place := _clause_ends_on_place(text, head, words, i)))
            or prev in _FUNCTION_WORDS
            or i + 1 >= len(words) or re.fullmatch(r"[a-z][\w'’-]*,?", words[i + 1].group(0)) is None
            or (words[i + 1].group(0) == "of" and i + 2 < len(words) and words[i + 2].group(0)[:1].isupper())):
        return False  # "the vast Gulf of Mexico", "founding Editor of The Lancet": a name's first word
    low = word.lower()
    # After a clause closing on its place, the capital itself is the signal: a name's word after a one-word place
    # name goes on with a capital ("off Shetland Islands Council"), a new sentence with a lowercase word.
    if not (place and prev[:1].isupper()) and re.search(rf"(?<![\w'’-]){low}(?![\w'’-])", text) is None:
        return False
    at = words[i].start()
    return not any(m.start() != at for m in re.finditer(rf"(?<=[a-z0-9,;] ){word}(?![\w'’-])", head)) and re.search(
        rf"(?<=[a-z0-9,;] ){word}(?![\w'’-])", text[len(head):]) is None


def _clause_ends_on_place(text: str, head: str, words: list[re.Match[str]], i: int) -> bool:
    """Whether the words before ``words[i]`` are a full clause closing on a preposition and a one-word name ("BP said
    lessons would be applied off Shetland"): a caption written as a sentence, whose place ends it. The page must use
    the name alone elsewhere ("off Shetland,"): "in New Orleans", "in Los Angeles" name a place in two words. A name
    with no clause before it ("Russell Hotten Business reporter") goes on with its next word."""
    name = words[i - 1].group(0)
    if i < 4 or re.fullmatch(r"[A-Z][a-z]{2,}", name) is None or CALENDAR.match(name) or name.lower() in _MODIFIERS:
        return False
    if words[i - 2].group(0) not in _PLACE_PREPOSITIONS or words[i - 2].group(0) == "on":
        return False
    rest = text.replace(head[:words[i].start()], "", 1)  # the page after the name, this line's rest too
    alone = re.search(r"(?<![\w'’-])" + name + r"(?![\w'’-])(?!\s+[A-Z])", rest)
    return alone is not None and any(_FINITE.match(w.group(0)) for w in words[max(0, i - _HEADLINE_WORDS):i - 2])


def _after_apposition(words: list[re.Match[str]], comma: int) -> list[str]:
    """The three words after a name's apposition that opens after ``words[comma]`` ("Murray, who was ..., has
    defended" -> "has defended his"), or none when no apposition closes within twenty words."""
    following = [w.group(0) for w in words[comma + 1:comma + 22]]
    # A name in apposition closes within four words: "the World Health Organization, Margaret Chan, has declared".
    named = re.fullmatch(r"[A-Z][\w.'’-]*", following[0]) is not None if following else False
    if not following or (following[0].lower() not in ("who", "whose", "a", "an", "the", "its", "his", "her") and not named):
        return []
    close = next((k for k, token in enumerate(following[:4] if named else following) if token.endswith(",")), None)
    if close is None:
        return []
    return [token.strip(",;:\"“”'’").lower() for token in following[close + 1:close + 4]]


#: A wire dateline: the story has begun ("HOUSTON (Reuters) - BP Plc's stricken Gulf of Mexico well ...").
_STORY_BEGUN = re.compile(r"\((?:Reuters|AP|AFP|Bloomberg|CNN|UPI)[^)]{0,20}\)\s*(?:--|[-—–_])|\s(?:--|[—–])\s")


def _closes_quote(prev: str, before: str) -> bool:
    """Whether ``prev`` closes a quotation unpunctuated: a lone closing mark (a tokenized page's "` not
    suspicious '") or a word ending in a double quote the text before has opened.

    A speaker's caption ('Tom Fisk of Rivergas: "We have been unable ..."') is left whole: the merge of one
    speaker's statement told in caption, lead and body reads its speaker there (:mod:`.merge`).
    """
    if prev in ("'", "’"):
        opener = max(before.rfind("`"), before.rfind("‘"), before.rfind(" '"))
    elif len(prev) > 1 and prev[-1] in "\"”" and prev[-2].isalnum() and not quotation_open(before):
        opener = max(before.rfind("“"), before.rfind('"', 0, len(before) - len(prev)))
    else:
        return False
    return opener >= 0 and not before[:opener].rstrip().endswith(":")
