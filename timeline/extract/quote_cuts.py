"""Where a quotation in a saying's title may stop.

A title of a saying ("Graber: “The leak is spreading faster”") holds as much of the quotation as fits; where the
quotation has to stop short, it stops where a phrase ends, the way a headline writer ends a quotation. Besides what
:func:`.title_ends.whole_phrase` already asks of any title's end, a quotation may not stop

- right before the verb of the clause it holds ("The best minds and the deepest expertise | are being brought"):
  what is kept is a subject waiting for its verb;
- on a verb or a copula whose complement comes next ("The May 28 deadline still leaves | ample time", "the lethal
  wave was | in the autumn"), nor on an auxiliary before its verb ("The one thing we do | know");
- on a modifier before what it modifies ("a more catastrophically | mishandled response", "certain legal | issues",
  "a strong | business performance");
- inside a reported clause that has not reached its verb ("Analysis indicates that the first signs of flow | could
  be seen").
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import DO_FORMS, HAVE_FORMS, MODAL_VERBS, auxiliary_words
from timeline.english_particles import PHRASAL_PARTICLES
from timeline.extract.count_words import ROUND_NUMBERS, numbers
from timeline.extract.title_words import AUX, DETERMINERS, PRESENT_FORMS, verbish

__all__ = ["quote_cut_open"]


def quote_cut_open(words: list[str], k: int) -> bool:
    """Whether a quotation stopped after ``words[:k]`` leaves its phrase open where ``words[k]`` goes on."""
    if k >= len(words) or k < 1:
        return False
    if words[k - 1][-1:] in ",;:—–" or re.match(r"[(\-–—]", words[k]):
        return False  # a clause mark, a dash or a bracket closes what came before
    kept = [_clean(w) for w in words[:k]]
    last, before, nxt = kept[-1], (kept[-2] if k > 1 else ""), _clean(words[k])
    if before in _PRE_VERB and k > 2 and kept[-3] in _MODALS | _AUXILIARIES | _NEGATED | _SUBJECTS:
        before = kept[-3]  # ("could further | lift": the adverb goes between the modal and its verb)
    if not nxt:
        return False
    if nxt in _VERB_NEXT and last not in _CLAUSE_LINKS:
        return True  # "every virus | has been": the subject's verb is still to come
    if last in _COPULAS | _AUXILIARIES and nxt not in _LINKS:
        return True  # "the lethal wave was | in the autumn", "The one thing we do | know"
    if last in _DEGREE_WORDS:
        return True  # "off guard, especially | for May"
    if _content(nxt, words[k]):
        if re.search(r"['’]s$", words[k - 1]) and not _possessive_ends(kept):
            return True  # "risks to both BP's | business": a possessive waits for its noun
        if last in _QUANTIFIERS or (words[k - 1][:1].isupper() and before in DETERMINERS and not verbish(nxt, last)):
            return True  # "as much | oil", "the Spanish | flu": a quantity or a name's adjective before its noun
        if _modifiers_after_determiner(kept) and not verbish(nxt, last):
            return True  # "a more spectacularly mismanaged | rollout", "the two chartered | boats"
        if re.fullmatch(r"[a-z]{3,}ly", last) and last not in _NOT_ADVERBS:
            return True  # "a more catastrophically | mishandled", "is often | compromised"
        if _adjective(last) and not verbish(last, before) and before not in _PREDICATIVE:
            return True  # "of environmental | remediation", "certain legal | issues", "a strong | business"
        if _verb_awaiting(last, before) and not _noun_after_determiner(kept):
            return True  # "still leaves | ample time", "could further bolster | pricing", "is getting | so much"
    if words[k][:1].isupper() and (last in PRESENT_FORMS or last in _TRANSITIVE) and before not in DETERMINERS:
        return True  # "the public expects | BP's claims process"
    if last in _PRE_VERB and before in _COPULAS | _AUXILIARIES and re.fullmatch(r"[a-z]+(?:ed|en)", nxt):
        return True  # "is often | compromised"
    if nxt in {"so", "too", "very"} and k + 1 < len(words) and _clean(words[k + 1]) in {"much", "many", "far", "long"}:
        return True  # "is getting | so much faster"
    if last in _GO_GET and nxt in PHRASAL_PARTICLES:
        return True  # "a lot going | on", "mud going | up the riser": a phrasal verb without its particle
    if nxt in _PREPOSITIONS and (k + 1 == len(words) or words[k][-1:] in ",;:.!?"):
        return True  # "have been looking | at,": a preposition left at the clause's end goes with its verb
    if nxt == "as" and "as" in kept[-4:-1]:
        return True  # "as much oil | as we can"
    if nxt == "that" and _verb_awaiting(last, before):
        return True  # "The fact that we see it now indicates | that ..."
    return _reported_clause_open(kept) or _subject_relative_open(kept)


def _clean(word: str) -> str:
    return word.lower().strip("“”\"‘’,;:()[]")


def _content(nxt: str, raw: str) -> bool:
    """Whether the next word is a content word that goes with what came before (not a new phrase's opener)."""
    return raw[:1].islower() and nxt.isalpha() and nxt not in _LINKS and nxt not in _PREPOSITIONS


def _adjective(word: str) -> bool:
    return word in _ADJECTIVES or (len(word) > 5 and re.search(r"(?:al|ic|ous|ive|ful|ible|able|ary|ent|ant)$", word)
                                   is not None and word not in _NOT_ADJECTIVES)


def _verb_awaiting(last: str, before: str) -> bool:
    """Whether ``last`` is a verb form that a complement follows in the sentence (not a noun such as "the cost")."""
    if before in _PREPOSITIONS and before != "to" and re.fullmatch(r"[a-z]{2,}ing", last) and last not in _INTRANSITIVE:
        return True  # "from causing | additional harm": a gerund before its object
    if before in DETERMINERS or (before in _PREPOSITIONS and before != "to") or last in _INTRANSITIVE:
        return False
    if last in PRESENT_FORMS or last in _TRANSITIVE:
        return True
    if before in _MODALS or before in _NEGATED or before in _SUBJECTS or before in DO_FORMS:
        # ("don't think | the world", "can cap | this"): after a modal or a subject a plain word is the verb ("have |
        # questions" is a verb and its object: a perfect's participle is asked of ``verbish``)
        return last.isalpha() and last not in _LINKS and last not in _PRE_VERB and last not in _COPULAS
    return verbish(last, before) and (before in AUX or before in _PRE_VERB)


def _modifiers_after_determiner(kept: list[str]) -> bool:
    """Whether the kept words end on a determiner and modifiers only ("a more spectacularly mismanaged", "the two
    chartered"): a noun phrase without its noun."""
    for modifiers, word in enumerate(reversed(kept)):
        if word in DETERMINERS and word != "that":
            return modifiers > 0
        if not (re.fullmatch(r"[a-z]{3,}(?:ly|ed)|\d[\d,.]*", word) or word in _NUMBERS or word in _QUANTIFIERS
                or word in {"most", "least"} or _adjective(word)) or word in _NOT_ADVERBS:
            return False
    return False


def _possessive_ends(kept: list[str]) -> bool:
    """ "it's", "that's", "there's": a contraction of "is", not a possessive."""
    return kept[-1].split("'")[0].split("’")[0] in _SUBJECTS | {"that", "there", "what", "who", "here", "where", "how"}


def _noun_after_determiner(kept: list[str]) -> bool:
    return len(kept) > 1 and kept[-2] in DETERMINERS



def _subject_relative_open(kept: list[str]) -> bool:
    """Whether the kept words are a subject with its relative clause and no verb of their own: "The engineers who
    inspected the viaduct over the weekend | found ..." (the relative's verb is not the sentence's)."""
    for j, word in enumerate(kept[1:], 1):
        if _finite(word, kept[j - 1]):
            return False  # a verb before any relative: the subject has its verb
        # ("the fish that we describe", "the report that was leaked"; "anticipates that its members ..." reports)
        relative_that = word == "that" and kept[j - 1] not in _REPORTING and j + 1 < len(kept) and (
            kept[j + 1] in _SUBJECTS or _finite(kept[j + 1], word))
        if word in {"who", "which"} or relative_that:
            groups, before_verb = 0, False
            for i in range(j + 1, len(kept)):
                verb = _finite(kept[i], kept[i - 1]) or kept[i] in _COPULAS
                groups += verb and not before_verb
                before_verb = verb
            return groups < 2
    return False


def _finite(word: str, before: str) -> bool:
    return word in AUX or word in PRESENT_FORMS or word in _VERB_NEXT or (
        verbish(word, before) and not word.endswith("ing") and before not in DETERMINERS)


def _reported_clause_open(kept: list[str]) -> bool:
    """Whether a clause opened by "that" after a verb ("Analysis indicates that the first signs of flow") holds no
    verb of its own yet."""
    for j in range(len(kept) - 2, 0, -1):
        if kept[j] == "that" and (kept[j - 1] in _REPORTING or kept[j - 1] in PRESENT_FORMS):
            rest = kept[j + 1:]
            return len(rest) >= 1 and not any(
                w in AUX or w in _AUXILIARIES or w in _MODALS or w in PRESENT_FORMS or re.search(r"['’](?:s|re|ve|ll|d)$", w)
                or (w.endswith("ed") and i > 0) for i, w in enumerate(rest))
    return False


#: Auxiliaries and modals that open a verb phrase: after a noun they are the subject's verb ("every virus | has").
_VERB_NEXT = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "should", "can", "may",
              "might", "must", "isn't", "isn’t", "aren't", "aren’t", "wasn't", "wasn’t", "hasn't", "hasn’t",
              "haven't", "haven’t", "won't", "won’t", "wouldn't", "wouldn’t", "couldn't", "couldn’t", "can't", "can’t"}
_COPULAS = {"is", "are", "was", "were", "be", "been", "being", "am"}
_AUXILIARIES = auxiliary_words(DO_FORMS, HAVE_FORMS, MODAL_VERBS)
_MODALS = {"will", "would", "could", "should", "can", "may", "might", "must", "shall", "to"}
_SUBJECTS = {"i", "we", "you", "they", "he", "she", "it"}
_NUMBERS = {*numbers(2), *ROUND_NUMBERS}
_QUANTIFIERS = {"much", "many", "more", "less", "fewer", "few", "several", "enough", "little"}
_GO_GET = {"go", "goes", "going", "went", "gone", "get", "gets", "getting", "got", "come", "comes", "coming", "came"}
_NEGATED = {"don't", "don’t", "doesn't", "doesn’t", "didn't", "didn’t", "never", "won't", "won’t", "can't", "can’t"}
#: Adverbs that go between an auxiliary or subject and its verb ("still leaves", "could further bolster").
_PRE_VERB = {"still", "also", "further", "now", "already", "just", "never", "often", "always", "really", "probably",
             "actually", "clearly", "not", "then", "only", "even", "likely", "certainly", "don't", "don’t", "doesn't",
             "doesn’t", "didn't", "didn’t"}
#: Words after which a following word begins a new phrase of its own: conjunctions, relatives and time words.
_LINKS = {"and", "or", "but", "nor", "so", "yet", "because", "as", "when", "while", "where", "which", "who", "whom",
          "whose", "if", "unless", "until", "since", "before", "after", "than", "though", "although", "whether",
          "today", "tonight", "yesterday", "tomorrow", "now", "then", "here", "there", "again", "too", "also", "ago",
          "already", "anymore", "either", "not", "overnight", "earlier", "later", "soon", "once", "this", "last",
          "next", "every", "each", "what", "how", "why"}
#: A link before a verb form: "said that | would", "and | will" leave no subject behind.
_CLAUSE_LINKS = {"and", "or", "but", "that", "which", "who", "what", "it", "there", "this", "he", "she", "they", "we",
                 "i", "you"}
_PREPOSITIONS = {"in", "on", "at", "to", "for", "with", "from", "by", "about", "into", "of", "over", "onto", "under",
                 "through", "across", "against", "between", "during", "without", "within", "upon", "toward",
                 "towards", "around", "off", "out", "up", "down", "beyond", "near", "via", "like", "per", "despite"}
_DEGREE_WORDS = {"especially", "particularly", "notably", "including", "such", "very", "rather", "quite", "most",
                 "mainly", "largely"}
_NOT_ADVERBS = {"only", "early", "daily", "weekly", "monthly", "yearly", "family", "likely", "unlikely", "july",
                "italy", "supply", "apply", "reply", "rally", "ally", "fly", "holy", "hourly", "quarterly", "friendly",
                "elderly", "lonely", "assembly", "anomaly", "bully", "belly", "lily", "jelly", "rely", "imply",
                "comply", "multiply"}
_ADJECTIVES = {"good", "bad", "strong", "weak", "big", "small", "new", "old", "ample", "major", "minor", "key", "top",
               "great", "huge", "large", "long", "short", "high", "low", "full", "real", "true", "hard", "legal",
               "certain", "serious", "heavy", "light", "deep", "wide", "broad", "clear", "fresh", "further",
               "extra", "main", "chief", "prime", "senior", "junior", "local", "federal", "corporate", "environmental",
               "financial", "economic", "political", "technical", "public", "private", "national", "international",
               "additional", "potential", "significant", "substantial", "massive", "enormous", "tremendous",
               "positive", "negative", "critical", "crucial", "important"}
#: Words on the adjective suffixes that are nouns or verbs in a quote's end ("the agent", "an accident").
_NOT_ADJECTIVES = {"government", "agent", "accident", "incident", "president", "resident", "student", "patient",
                   "client", "percent", "event", "moment", "statement", "agreement", "management", "equipment",
                   "department", "environment", "assessment", "investment", "development", "treatment",
                   "settlement", "payment", "amount", "account", "plant", "tenant", "giant", "merchant", "servant",
                   "consultant", "assistant", "restaurant", "lieutenant", "sergeant", "parent", "talent", "content",
                   "extent", "intent", "spent", "meant", "went", "sent", "lent", "bent", "rent", "want", "grant",
                   "summary", "secretary", "library", "dictionary", "salary", "boundary", "commentary", "anniversary",
                   "capital", "hospital", "festival", "arrival", "approval", "proposal", "removal", "renewal",
                   "survival", "disposal", "referral", "rival", "signal", "animal", "official", "material", "general",
                   "journal", "terminal", "individual", "criminal", "chemical", "clinical", "musical", "table",
                   "vegetable", "cable", "fable", "bible", "objective", "executive", "representative", "initiative",
                   "detective", "relative", "alternative", "incentive", "perspective", "native", "motive",
                   "explosive", "ful", "handful", "lawful", "arsenic", "clinic", "public", "republic", "traffic",
                   "panic", "topic", "mechanic", "graphic", "logic", "music", "critic", "epidemic", "pandemic",
                   "basic", "cleric", "fabric", "rubric", "tunic", "tactic", "magic", "plastic", "mosaic", "rhetoric"}
_INTRANSITIVE = {"happened", "occurred", "died", "arrived", "exploded", "sank", "began", "ended", "stopped", "worked",
                 "failed", "rose", "fell", "grew", "came", "went", "left", "stayed", "waited", "lived", "continued",
                 "started", "finished", "closed", "opened", "remained", "returned", "moved", "collapsed", "spread",
                 "spreading", "working", "coming", "going", "leaving", "waiting", "looking", "flowing", "leaking",
                 "happening", "moving"}
#: Verbs that do not end a clause without their object or complement.
_TRANSITIVE = {"leaves", "expects", "indicates", "bolster", "cause", "proved", "suggests", "shows", "means",
               "requires", "needs", "includes", "reflects", "creates", "makes", "gives", "takes", "brings", "puts",
               "involves", "represents", "raises", "poses", "allows", "demands", "ensures"}
#: Verbs that report: "that" after them opens a reported clause.
_REPORTING = {"say", "says", "said", "think", "thinks", "thought", "know", "knows", "knew", "confirm", "confirms",
              "confirmed", "indicate", "indicates", "indicated", "suggest", "suggests", "suggested", "show", "shows",
              "showed", "believe", "believes", "believed", "hope", "hopes", "fear", "fears", "found", "find", "finds",
              "clear", "true", "sure", "aware", "promise", "expect", "expects", "means", "mean", "is", "was"}
#: Words after which an adjective is the complement, not a noun's modifier ("is | important").
_PREDICATIVE = _COPULAS | {"seems", "seemed", "remains", "remained", "looks", "looked", "became", "becomes", "feel",
                           "feels", "felt", "so", "too", "as", "how", "not", "remain", "seem", "become", "stay"}
