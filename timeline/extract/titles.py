"""Headline-style titles written from a sentence: who did what.

A timeline title is not the sentence cut off at 80 characters. An editor would
take the sentence's subject and main verb phrase and drop what the timeline
shows elsewhere or does not need: the date itself (it is the event's date),
attribution of quotes, appositives ("Sean Parnell, the Pentagon's top
spokesperson, said" -> "Sean Parnell says"), leading subordinate clauses, and
everything after the main clause. Verbs go to the headline present ("signed" ->
"signs") when the verb is known; unknown verbs keep their tense rather than
risk a misspelling. Long results are cut at a phrase boundary, never mid-word.
"""

from __future__ import annotations

import functools
import re

MAX_WORDS = 16

#: Simple past -> headline present, for verbs common in news.
_PRESENT = {
    "said": "says", "wrote": "writes", "told": "tells", "set": "sets", "signed": "signs", "published": "publishes",
    "accused": "accuses", "announced": "announces", "met": "meets", "made": "makes", "took": "takes",
    "gave": "gives", "went": "goes", "came": "comes", "became": "becomes", "began": "begins",
    "won": "wins", "lost": "loses", "left": "leaves", "sold": "sells", "bought": "buys", "paid": "pays",
    "spoke": "speaks", "held": "holds", "led": "leads", "ran": "runs", "saw": "sees", "found": "finds",
    "kept": "keeps", "put": "puts", "cut": "cuts", "hit": "hits", "quit": "quits", "rose": "rises",
    "fell": "falls", "grew": "grows", "struck": "strikes", "sent": "sends", "brought": "brings",
    "thought": "thinks", "sought": "seeks", "fought": "fights", "built": "builds", "chose": "chooses",
    "drew": "draws", "drove": "drives", "flew": "flies", "froze": "freezes", "hid": "hides",
    "knew": "knows", "laid": "lays", "meant": "means", "rang": "rings", "shot": "shoots", "shut": "shuts",
    "stood": "stands", "swore": "swears", "threw": "throws", "understood": "understands", "withdrew": "withdraws",
    "agreed": "agrees", "approved": "approves", "arrested": "arrests", "asked": "asks", "attacked": "attacks",
    "blocked": "blocks", "called": "calls", "charged": "charges", "claimed": "claims", "closed": "closes",
    "completed": "completes", "confirmed": "confirms", "criticized": "criticizes", "declared": "declares",
    "declined": "declines", "denied": "denies", "died": "dies", "dropped": "drops", "elected": "elects",
    "ended": "ends", "expanded": "expands", "filed": "files", "fired": "fires", "hired": "hires",
    "introduced": "introduces", "joined": "joins", "killed": "kills", "launched": "launches",
    "moved": "moves", "named": "names", "opened": "opens", "ordered": "orders", "passed": "passes",
    "planned": "plans", "posted": "posts", "promised": "promises", "proposed": "proposes",
    "raised": "raises", "rejected": "rejects", "released": "releases", "reported": "reports",
    "resigned": "resigns", "returned": "returns", "ruled": "rules", "sued": "sues", "started": "starts",
    "stated": "states", "stopped": "stops", "suspended": "suspends", "threatened": "threatens",
    "tweeted": "tweets", "urged": "urges", "visited": "visits", "voted": "votes", "warned": "warns",
    "added": "adds", "acquired": "acquires", "agreed to": "agrees to", "appointed": "appoints",
    "awarded": "awards", "banned": "bans", "canceled": "cancels", "cancelled": "cancels",
    "co-founded": "co-founds", "founded": "founds", "created": "creates", "delayed": "delays",
    "discovered": "discovers", "doubled": "doubles", "estimated": "estimates", "explained": "explains",
    "formed": "forms", "imposed": "imposes", "increased": "increases", "invaded": "invades",
    "issued": "issues", "lifted": "lifts", "listed": "lists", "noted": "notes", "offered": "offers",
    "predicted": "predicts", "reached": "reaches", "received": "receives", "refused": "refuses",
    "removed": "removes", "replaced": "replaces", "revealed": "reveals", "signaled": "signals",
    "submitted": "submits", "succeeded": "succeeds", "testified": "testifies", "unveiled": "unveils",
    "was": "is", "were": "are", "had": "has", "did": "does", "attended": "attends", "reported that": "reports",
    "responded": "responds", "argued": "argues", "insisted": "insists", "admitted": "admits",
    "endorsed": "endorses", "nominated": "nominates", "pledged": "pledges", "vowed": "vows",
    "slammed": "slams", "praised": "praises", "welcomed": "welcomes", "condemned": "condemns",
    "used": "uses", "owed": "owes", "eyed": "eyes", "tied": "ties", "lied": "lies", "dyed": "dyes",
}
SPEECH_VERBS = {
    "said", "says", "wrote", "writes", "told", "tells", "added", "adds", "stated", "states", "announced",
    "announces", "tweeted", "posted", "noted", "argued", "claimed", "insisted", "warned", "explained",
    "testified", "declared", "responded", "replied", "asked", "acknowledged", "confirmed", "according",
}
_LEAD_WORDS = {
    "in", "on", "at", "after", "before", "while", "when", "although", "though", "as", "since", "during",
    "despite", "amid", "following", "earlier", "later", "meanwhile", "however", "separately", "also",
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
    "off", "onto", "into", "via", "unless",
}
#: "The next day, ...", "Two weeks later, ...", "Hours after the blast, ...": a time phrase before the subject.
_TIME_LEAD = re.compile(
    r"^(?:(?:the|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|\d+)\s+(?:[a-z]+\s+)?"
    r"(?:days?|weeks?|months?|years?|hours?|minutes?|morning|night|evening|afternoon|weekend)"
    r"(?:\s+(?:later|earlier|before|after|ago)\b[^,“\"]{0,50})?|"
    r"(?:hours|days|weeks|months|years|minutes|moments)\s+(?:later|earlier|after|before)\b[^,“\"]{0,50}),\s+", re.I)
#: "Last month Shell admitted ...": a time phrase without its comma.
_BARE_TIME_LEAD = re.compile(
    r"^(?:last|this|next|earlier|later)\s+(?:week|month|year|night|morning|evening|weekend|spring|summer|autumn|"
    r"fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?=[A-Z]|(?:he|she|it|they|we)\b)",
    re.I)
_CONJUNCTIONS = {"but", "and", "so", "yet", "or", "meanwhile", "however", "still", "also"}
_PRONOUNS = {"he", "she", "they"}
_PREPOSITIONS = ("on", "in", "at", "by", "during", "since", "until", "till", "from", "as of", "through", "for",
                 "early", "late", "earlier", "later")
_BREAK_WORDS = {
    "that", "to", "in", "for", "with", "on", "at", "by", "from", "as", "after", "because", "if", "whether",
    "while", "about", "over", "into", "against", "amid", "during", "which", "who", "and", "or", "but",
    "than", "when", "where", "before", "since", "under", "without",
}
_WEAK_END = _BREAK_WORDS | {"doesn’t", "don’t", "didn’t", "isn’t", "wasn’t", "won’t", "can’t", "doesn't",
                            "don't", "didn't", "isn't", "wasn't", "won't", "can't", "aren’t", "aren't","the", "a", "an", "its", "his", "her", "their", "our", "of", "is", "are", "was",
                            "were", "be", "been", "has", "have", "had", "will", "would", "could", "should",
                            "can", "may", "might", "must", "not", "this", "these", "those", "it", "they",
                            "more", "less", "fewer", "than", "nearly", "almost", "some", "just", "only", "very",
                            "along", "including", "such", "like", "both", "either", "neither", "whose",
                            "other", "another", "any", "each", "every", "all", "former", "own"}
# "Sen. Chuck Schumer, D-N.Y., said": party and state, not part of the headline.
_PARTY = re.compile(r",\s+[DRI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?,")
# "..., White House press secretary Karoline Leavitt told reporters." at the end of a sentence.
_TRAILING_ATTRIBUTION = re.compile(
    r",\s+[^,“”\"]{1,80}?\s(?:said|says|told(?:\s+\w+)?|added|wrote|reported|according to [^,]{1,60})\s*[.]?$")
_CLAUSE_CUT = re.compile(r";\s+|\s+[—–]\s+|\s+--\s+|:\s+|\s+and\s+(?=(?:said|says|added|told|warned|wrote)\b)")
#: A comma ends the main clause when a new clause or modifier starts after it
#: (not in lists of adjectives or places: "a new, $10-a-share offer", "Loudon County, Virginia").
_COMMA_CUT = re.compile(
    r",\s+(?:and|but|or|which|who|whom|whose|where|while|whereas|saying|adding|noting|according|as|after|"
    r"before|because|although|though|when|with|including|despite|amid|in|a|an|the|up|down|than|so|then|it|"
    r"he|she|they|its|his|her|their|prompting|making|leaving|sending|bringing|citing|following|even|not|"
    r"if|unless|until|since|from|for|on|at|by|to|more|most|sources|officials|analysts)\b"
)
DATELINE = re.compile(
    r"^[A-Z][A-Z .,'’-]{2,40}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\.?)?\s*(?:\([\w. ]+\))?\s*(?:[—–_-]+|:)\s*")
_QUOTE_OPEN = "“‘\""
_MARKDOWN = re.compile(r"\*\*|__|`|^#+\s+|^>\s+|\[([^\]]*)\]\([^)]*\)", re.M)
# ", he added," / ", Smith said," in the middle of a sentence: attribution, not content.
_PARENTHETICAL = re.compile(
    r",\s+(?:he|she|they|it|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+(?:said|says|added|adds|noted|wrote|"
    r"argued|explained|insisted|warned)\s*,\s+"
)


#: Roles a story names once ("President Barack Obama") and then uses alone ("the president").
ROLE_NOUNS = (r"president|prime minister|chancellor|governor|mayor|senator|minister|secretary|chairman|"
              r"chairwoman|chief executive|chief|judge|commissioner|director|ambassador|general|admiral|"
              r"spokesman|spokeswoman|pope|king|queen")
# "The eastern Gulf -- an area stretching from 125 to 300 miles off Florida's coast -- was singled out":
# an aside between dashes.
_DASHED = re.compile(r"\s+(?:--|—|–|-)\s+[^—–]{1,160}?\s+(?:--|—|–|-)\s+")
MAX_CHARS = 90
# "how Bonnie, which did no real damage on shore, affected the area": an aside between commas.
# "what effects, if any, the spill has had": a parenthetical between commas.
_ASIDE = re.compile(r",\s+(?:if any|if so|if ever|in turn|in fact|for example|for instance|of course|however|"
                    r"though|too|meanwhile|moreover|in part|at least|so far|for now|in all)\s*,\s+")
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whose)\s+[^,“”\"]{1,120},\s+(?=[a-z])")


def write_title(
    sentence: str,
    remove: list[tuple[int, int]],
    actor: str | None = None,
) -> str:
    """A headline for the statement in ``sentence``.

    ``remove`` lists spans (relative to ``sentence``) of the date expressions
    to leave out; ``actor`` is the named subject a leading pronoun stands for.
    """
    deadline = _deadline(sentence, remove)
    text = _strip_spans(sentence, remove)
    text = _MARKDOWN.sub(lambda m: m.group(1) or "", text)
    text = re.sub(r"\s+", " ", text).strip()
    if deadline is not None:
        text = deadline
    text = _DASHED.sub(" ", text)
    text = _RELATIVE_ASIDE.sub(" ", text)
    text = _ASIDE.sub(" ", text)
    text = _PARENTHETICAL.sub(", ", text)
    text = _PARTY.sub("", text)
    text = _TRAILING_ATTRIBUTION.sub("", text)
    text = DATELINE.sub("", text)
    quote_lead = None
    m = re.match(r"^[“\"‘'](.+?)[,.?!]?[”\"’']\s*,?\s+(.+)$", text)
    if m and re.search(r"\b(" + "|".join(SPEECH_VERBS) + r")\b", m.group(2)):
        quote_lead, text = m.group(1), m.group(2)
    if quote_lead is None:
        # "Hunt said: “I'm excited about tomorrow's event, ...”" -> the speaker and the quote.
        colon = re.match(r"^(.{2,80}?\b(?:said|says|added|adds|told [\w ]{1,30}?|wrote|writes))\s*:\s*[“\"](.+?)[”\"]?$",
                         text)
        if colon:
            text, quote_lead = colon.group(1), colon.group(2)
    if text[:1] in "“\"" and text.count("“") + text.count('"') == 1 + text.count("”"):
        text = text[1:]  # a quoted paragraph that runs on: its opening mark is not part of the headline
    text = _drop_lead(text)
    text = _drop_appositive(text)
    text = _drop_role(text)
    text = _resolve_pronoun(text, actor)
    text = _cut_main_clause(text)
    verb_at = _subject_end(text)  # before the verb changes: past forms are the surer sign of a verb
    if deadline is not None and text.startswith("Deadline for ") and " to " in text:
        verb_at = text.index(" to ") + 4  # "Deadline for X to decide ...": the infinitive is the verb
    text = _headline_verb(text)
    if quote_lead is not None:
        text = _with_quote(text, quote_lead)
    if len(text) > MAX_CHARS and verb_at:
        text, verb_at = _shorten_subject(text, verb_at)
    if len(text) > MAX_CHARS:
        text = _shorten_inner_subjects(text)
    text = _limit(text, verb_at)
    text = text.strip(" ,;:—–-")
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    text = re.sub(r"[.,;:]([”’\"])$", r"\1", text)
    if text and text[-1] == "." and not re.search(r"\b(?:[A-Z]\.)+$|\b(?:Inc|Co|Corp|Jr|Sr|Ltd)\.$", text):
        text = text[:-1]
    if not re.search(r"\w", text):
        # Nothing but the date was said: fall back to the sentence's first words.
        words = sentence.split()
        text = " ".join(words[:MAX_WORDS]) if words else "Untitled"
    # A removed date can leave its conjunction or preposition behind ("usable by Thursday or",
    # "worked until after").
    # The sentence's own last word ("took over.") is a particle, not a leftover.
    sentence_end = re.sub(r"^\W+|\W+$", "", sentence.split()[-1]).lower() if sentence.split() else ""
    while len(text.split()) > 4 and text.split()[-1].lower().strip("“”\"‘’") in _WEAK_END | _WH \
            and not (text.split()[-1].lower().strip("“”\"‘’.") == sentence_end and text.endswith(
                sentence.rstrip(" .!?”\"’").split()[-1])):
        text = text.rsplit(" ", 1)[0].rstrip(" ,;:")
    text = _balance_quotes(text.strip())
    return text[0].upper() + text[1:] if text else "Untitled"


_SUBJECT_PREPOSITIONS = {"of", "on", "in", "at", "for", "from", "with", "near", "off", "over", "about", "into",
                         "behind", "between", "among", "across", "under", "after", "before"}


_TAKES_LISTENER = {"tells", "told", "asks", "asked", "replied", "responded", "testified", "according"}


def _with_quote(attribution: str, quote: str) -> str:
    """ "Berg says: “...”" with as much of the quote as a headline holds: the whole quote, else its first
    main clause (a leading "As our review expands," is not one), else the speaker's name and that
    clause ("Holder: “We will be meticulous”"); the attribution alone says nothing."""
    attribution = attribution.rstrip(" .,;:")
    quote = quote.strip()
    clauses = [c for c in re.split(r"\s*[,;:—–]\s+|\s+(?:and|but|because|so)\s+|[.!?]\s", quote) if c]
    while len(clauses) > 1 and re.match(r"(?i)(?:as|when|if|while|although|though|because|since|after|before|"
                                        r"once|unless|until|in|on|at|for|with|by)\b", clauses[0]):
        clauses.pop(0)
    first = clauses[0] if clauses else quote
    speaker = re.sub(r"\s+(?:" + "|".join(sorted(_SPEECH_PRESENT | SPEECH_VERBS)) + r")\b.*$", "", attribution)
    speaker = _drop_role(speaker + " says")[: -len(" says")].strip() or speaker
    for head, said in ((attribution, quote), (attribution, first), (speaker, first)):
        if len(said.split()) <= 14 and (said is quote or len(said.split()) >= 3) and len(head) + len(said) + 4 <= MAX_CHARS:
            return f"{head}: “{said.strip(' .,;:')}”"
    room = MAX_CHARS - len(speaker) - 4
    words = first.split()
    for k in range(min(len(words), 14), 3, -1):
        part = " ".join(words[:k])
        if len(part) <= room and _whole_phrase(words[:k], words[k] if k < len(words) else None):
            return f"{speaker}: “{part.strip(' .,;:')}”"
    # No whole phrase fits: what was said still beats "X says" alone.
    k = min(len(words), 14)
    while k > 3 and (len(" ".join(words[:k])) > room or words[k - 1].lower().strip(",;:") in _WEAK_END):
        k -= 1
    if k > 3:
        return f"{speaker}: “{' '.join(words[:k]).strip(' .,;:')}”"
    return attribution


def _shorten_inner_subjects(text: str) -> str:
    """The subject of a reported clause keeps its head when the title is too long: "says the system for
    preventing accidents like the spill failed" -> "says the system failed"."""
    words = text.split(" ")
    for i, word in enumerate(words[:-2]):
        low = word.lower().strip("“”\"‘’,")
        # After "tells X" or "asked X" the first noun phrase is the listener, not the clause's subject.
        if low != "that" and ((low not in _SPEECH_PRESENT and low not in SPEECH_VERBS) or low in _TAKES_LISTENER):
            continue
        start = i + 1
        verb = next((j for j in range(start + 1, min(len(words), start + 25))
                     if _verbish(words[j].lower().strip("“”\"‘’,"), words[j - 1].lower())), None)
        if verb is None or verb - start <= 4:
            continue
        for k in range(start + 2, verb):
            dropped = " ".join(words[k:verb])
            if words[k].lower() in _SUBJECT_PREPOSITIONS and verb - k <= 10 and not re.search(
                    r"[“”\"(),;]|\s[-—–]+\s|\b(?:and|but|or|that|which|who|where|when|because|while|he|she|it|they|we|I)\b",
                    dropped):
                return " ".join(words[:k] + words[verb:])
    return text


def _finite(word: str, before: str) -> bool:
    """A verb form that can head a clause (not an -ing noun such as "the flooding")."""
    return word in _PRESENT or word in _AUX or before in _MODALS or (
        word.endswith("ed") and len(word) >= 4 and before not in _PRONOUN_WORDS)


def _shorten_subject(text: str, verb_at: int) -> tuple[str, int]:
    """A subject too long for a headline keeps its head: "BP's report on the causes of the explosion in
    the Gulf does not include" -> "BP's report does not include"; "Members of Congress" stays whole."""
    subject = text[:verb_at].split()
    if len(subject) <= 8 or "(" in text[:verb_at] or any(
            _verbish(w.lower(), subject[j - 1].lower() if j else "") for j, w in enumerate(subject)):
        return text, verb_at  # "to tell the Department of Defense (DoD) whether ...": not a plain noun phrase
    for i in range(3, len(subject) - 1):
        dropped = " ".join(subject[i:])
        head = " ".join(subject[:i])
        if subject[i].lower() in _SUBJECT_PREPOSITIONS and not any(q in head for q in "“\"(") \
                and not re.search(r"\b(?:which|who|whom|whose|that)\b|\s[-—–]+\s|,", head) \
                and not re.search(r"[“”\",;()]|\s[-—–]+\s|\b(?:and|but|or|that|which|who|where|when|because|while|"
                                  r"whether|if|what|how|why)\b", dropped) \
                and not any(_finite(w.lower(), subject[j - 1].lower()) for j, w in enumerate(subject[i:], i)):
            head = " ".join(subject[:i]).rstrip(",")
            return head + " " + text[verb_at:], len(head) + 1
    return text, verb_at


def _deadline(sentence: str, spans: list[tuple[int, int]]) -> str | None:
    """ "X has until noon Friday to decide ..." is a deadline: "Deadline for X to decide ..."."""
    for start, end in spans:
        before = re.search(r"^(.*?)\s+(?:has|have|had|was given|were given|is given|are given)\s+until\s+$",
                           sentence[:start])
        after = re.match(r"\s+to\s+(.+)$", sentence[end:])
        if before and after:
            subject = _drop_lead(before.group(1).strip())
            subject = subject[0].lower() + subject[1:] if re.match(r"The\b|A\b|An\b", subject) else subject
            return f"Deadline for {subject} to {after.group(1)}"
    return None


def _strip_spans(sentence: str, spans: list[tuple[int, int]]) -> str:
    out = sentence
    for start, end in sorted(spans, reverse=True):
        before = out[:start]
        # A date that completes a noun or a comparison stays: "the rest of this year", "between 1970
        # and 2000", "worse than 30 years ago", "Tuesday's statement".
        if re.search(r"\b(?:of|between|than|and)\s+(?:the\s+)?$", before, flags=re.I) \
                or re.match(r"['’]s\b", out[end:]):
            continue
        # Take the preposition that introduces the date with it ("on Thursday", "until after midnight").
        m = re.search(r"(?:\b(?:" + "|".join(_PREPOSITIONS) + r")\s+){0,2}(?:(?:after|before|around|about)\s+)?"
                      r"(?:(?:the|this|last|next)\s+)?$", before, flags=re.I)
        cut_from = m.start() if m and m.group(0).strip() else start
        # "June 3 to 6": the rest of a range the tagger read as one day goes with it.
        rest = re.match(r"\s*(?:to|through|and|-|–)\s*\d{1,2}\b(?!\d|[.,]\d|\s*(?:%|percent|per\s+cent|million|billion|"
                        r"people|points?|years?|months?|weeks?|days?|hours?|[ap]\.?m\b))", out[end:])
        end = end + rest.end() if rest else end
        out = out[:cut_from].rstrip() + " " + out[end:].lstrip()
    out = re.sub(r",\s*,", "", out)  # "The last shutdown, in December 2018, lasted" -> no commas left
    return re.sub(r"\s+([,.;:])", r"\1", out).strip()


_BARE_ADVERB_LEAD = re.compile(
    r"^(?:[A-Z][a-z]+(?:ally|ately|ously|ingly|edly|ently|antly|ively|ually|fully|bly|tly)|Yesterday|"
    r"Today|Tonight|Now|Then|Meanwhile|Also|Still|Separately|Earlier|Later|Instead)\s+(?=[A-Z]|(?:he|she|it|they|we|I)\b)")
_PARTICIPLE_LEAD = re.compile(r"^[A-Z][a-z]+ing\b[^,“\"]{0,80}?\s(?=(?:he|she|they|we)\s)")
_ADVERB_LEAD = re.compile(r"^[A-Z][a-z]+(?:ally|ately|ously|ingly|edly|ently|antly|ively|ually|fully|ssly|bly|tly),\s+")
_UP_TO_COMMA = re.compile(r"^[^,“\"]{0,160}?,\s+")


@functools.lru_cache(maxsize=1024)  # the actor finder asks about each sentence several times
def _drop_lead(text: str) -> str:
    """Drop leading adverbials and subordinate clauses: "In January, Hegseth ..."."""
    for _ in range(3):
        timed = _TIME_LEAD.match(text) or _BARE_TIME_LEAD.match(text)
        if timed and len(text) - timed.end() > 15:
            text = text[timed.end():]
            continue
        bare = _BARE_ADVERB_LEAD.match(text)
        if bare and len(text) - bare.end() > 15:  # "Initially BP tried ...", "Yesterday we learned ..."
            text = text[bare.end():]
            continue
        participle = _PARTICIPLE_LEAD.match(text)
        if participle:  # "Facing the committee last week he was ...": the participle phrase goes
            text = text[participle.end():]
            continue
        sentence_adverb = _ADVERB_LEAD.match(text)  # "Unfortunately, ...", not "Italy, ..." or "Kelly, ..."
        if sentence_adverb:
            text = text[sentence_adverb.end():]
            continue
        first = text.split(" ", 1)[0].lower().strip(",")
        if first in _CONJUNCTIONS and " " in text:
            text = text.split(" ", 1)[1].lstrip(", ")
            continue
        if first in _LEAD_WORDS or not text[:1].isalpha() or (first.endswith("ing") and text[:1].isupper()):
            m = _UP_TO_COMMA.match(text)
            if m and len(text) - m.end() > 15:
                text = text[m.end():]
                continue
            # A bare lead word before the subject ("In January Hegseth ...") stays.
        if text.startswith(",") or text.startswith(" "):
            text = text.lstrip(", ")
            continue
        break
    return text


def _drop_appositive(text: str) -> str:
    """ "Sean Parnell, the Pentagon's top spokesperson, said" -> "Sean Parnell said"; "The chief executive
    of the company, Tony Hayward, said" -> "Tony Hayward said" (the name is the headline's subject)."""
    named = re.match(r"^(?:The|A|An|Its|His|Her|Their)\s[^,“\"]{2,80}?,\s+([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,2}),"
                     r"\s+(?=[a-z])", text)
    if named:
        return named.group(1) + " " + text[named.end():]
    m = re.match(r"^([^,“\"]{2,80}?),\s+((?:the|a|an|who|which|whose|its|his|her|their|now|then|also|"
                 r"[a-z])[^“”\"]{0,200}?),\s+(?=[a-z])", text)
    # What stands before an appositive is a name or a short noun phrase ("The company"), not a clause
    # ("Tourists spent $2.3 billion on the beaches, supporting 41,000 workers, ...").
    content = [w for w in (m.group(1).split() if m else []) if w[:1].islower() and w not in _PRONOUN_WORDS
               and w not in ("of", "for", "and", "de", "al")]
    if m and len(m.group(1).split()) <= 8 and len(content) <= 2:
        return m.group(1) + " " + text[m.end():]
    return text


_ROLE_WORDS = {
    "ceo", "president", "secretary", "minister", "governor", "gov.", "senator", "sen.", "rep.", "representative",
    "leader", "chairman", "chairwoman", "chair", "director", "spokesman", "spokeswoman", "spokesperson", "mayor",
    "chief", "commander", "general", "gen.", "judge", "justice", "ambassador", "founder", "co-founder", "executive",
    "officer", "analyst", "staffer", "czar", "attorney", "king", "queen", "prince", "premier", "chancellor",
    "speaker",
}


def _drop_role(text: str) -> str:
    """ "Anthropic CEO Dario Amodei writes" -> "Dario Amodei writes": the person, without the job title."""
    end = _subject_end(text)
    words = text[:end].split()
    roles = [i for i, w in enumerate(words) if w.lower() in _ROLE_WORDS]
    if not roles or len(words) > 9:
        return text
    name = words[roles[-1] + 1:]
    if name[:1] == ["of"]:
        name = name[2:]  # "Secretary of War Pete Hegseth"
    if 2 <= len(name) <= 3 and all(w[:1].isupper() for w in name):
        return " ".join(name) + " " + text[end:]
    return text


def _resolve_pronoun(text: str, actor: str | None) -> str:
    """ "He said" -> "Amodei says"; "It lost its rig", "The company said" -> the organisation named before;
    "The president cancelled" -> the president named before; "His appointment" -> "Svanberg's appointment".

    The actor must fit the word it replaces: a person for "he", "she" and a role, an organisation
    for "it" and "the company"; "It" that introduces a clause ("It is believed", "It emerged")
    stands for nobody.
    """
    if not actor or not actor[:1].isupper() or actor.lower().split()[0] in _PRONOUN_WORDS:
        return text
    kind = _actor_kind(actor)
    possessive = re.match(r"^(His|Her|Its|his|her|its)\s+[a-z]", text)
    if possessive:
        personal = possessive.group(1).lower() != "its"
        if _fits(kind, personal):
            return f"{actor}’s{text[len(possessive.group(1)):]}"
        return text
    if _EXPLETIVE_IT.match(text):
        return text
    m = re.match(r"^(?:(He|She|he|she)|They|they|It|it|[Tt]he (?:company|firm|group|oil major|oil giant|bank|agency|"
                 r"carrier|airline|insurer|lender|retailer|manufacturer|operator|contractor|ministry)|[Tt]he ("
                 + ROLE_NOUNS + r"))\b", text)
    if m and (m.group(1) or m.group(2)) and not _fits(kind, True):
        return text
    if m and not (m.group(1) or m.group(2)) and not _fits(kind, False):
        return text
    if m:
        return actor + text[m.end():]
    return text


_PRONOUN_WORDS = {"he", "she", "it", "they", "we", "i", "you", "his", "her", "its", "their", "our", "we're",
                  "it's", "this", "that", "these", "those", "the", "a", "an"}
#: "It is believed", "It emerged", "It was a hot day": "it" introduces the clause and names nobody.
_EXPLETIVE_IT = re.compile(r"^(?:It|it)(?:['’]s\b|\s+(?:is|was|seems|seemed|appears|appeared|emerged|remains|"
                           r"remained|has been|had been|will be|would be|could be|may be|might be|became|becomes)\b)")
_ORG_END = re.compile(r"(?:\b[A-Z]{2,}s?|Inc|Corp|Co|Ltd|Plc|PLC|Group|Company|Bank|Agency|Department|Ministry|"
                      r"Council|Committee|Commission|Administration|Service|Institute|University|Association|"
                      r"Party|Government|Court|Congress|Senate|House|Office|Board|Authority|Union|Force|Army|"
                      r"Navy|Police|Energy|Petroleum|Oil|Airlines|Motors|Holdings|Foundation|Organi[sz]ation)\.?$")


def _actor_kind(actor: str) -> str | None:
    """ "person", "body" or None (a single surname or word: either)."""
    if _ORG_END.search(actor):
        return "body"
    words = actor.split()
    if 2 <= len(words) <= 4 and all(w[:1].isupper() and w[1:2].islower() for w in words if w not in ("de", "al")):
        return "person"
    return None


def _fits(kind: str | None, personal: bool) -> bool:
    return kind is None or (kind == "person") == personal


#: Words that open a complement: a verb or adjective right before one needs it ("declined | to say",
#: "emphasized | that", "focused | on", "determining | how").
_COMPLEMENT_OPENERS = {"to", "that", "of", "on", "for", "from", "with", "into", "about", "by", "over", "against",
                       "what", "how", "whether", "why", "who", "where", "if", "than", "as", "onto", "toward",
                       "towards", "upon", "like"}
_WH = {"what", "how", "why", "whether", "where", "which", "who", "whom"}
#: Adjectives and participles that take an infinitive: "is due | to begin", "is unable | to stop".
_TAKES_INFINITIVE = {"due", "able", "unable", "likely", "unlikely", "set", "ready", "expected", "impossible",
                     "possible", "poised", "about", "enough", "eager", "keen", "willing", "unwilling", "forced",
                     "bound", "scheduled", "going", "trying", "planning", "hoping", "allowed", "supposed", "used",
                     "difficult", "hard", "easy", "necessary", "reluctant", "determined", "prepared", "free",
                     "want", "plan", "try", "need", "hope", "agree", "decide", "refuse", "fail", "seem", "appear",
                     "continue", "begin", "start", "expect", "intend", "aim", "seek", "vow", "pledge", "promise",
                     "threaten", "help", "have", "has", "had", "order", "allow", "urge", "ask", "tell", "wants",
                     "plans", "tries", "needs", "hopes", "seeks", "aims", "vows", "pledges", "seems", "appears",
                     "continues", "begins", "starts", "expects", "intends", "threatens", "helps", "refuses",
                     "fails", "agrees", "decides", "promises", "urges", "asks", "tells", "orders", "allows"}
_MODALS = {"will", "would", "could", "should", "can", "may", "might", "must", "to", "not", "didn't", "didn’t",
           "won't", "won’t", "can't", "can’t", "did", "does", "do"}
_UNITS = re.compile(r"(?:bn|m|tn|k|%|billion|million|trillion|thousand|percent|per|pounds?|dollars?|euros?|"
                    r"barrels?|gallons?|tons?|tonnes?|miles?|km|feet|metres?|meters?|pence|cents?)$", re.I)


_SPEECH_PRESENT = {_PRESENT.get(w, w) for w in SPEECH_VERBS} | {"suggests", "shows", "believes", "thinks"}
_NEGATIONS = {"not", "never", "no", "nor", "neither", "without"}
_ING_PREPOSITIONS = {"during", "including", "according", "following", "regarding", "concerning", "excluding",
                     "notwithstanding", "pending", "barring", "considering", "something", "nothing", "anything",
                     "everything", "morning", "evening", "spring", "thing", "king", "ring", "wing", "building",
                     "meeting", "hearing", "ceiling"}
_DETERMINERS = {"the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that", "these",
                "those", "every", "each", "some", "any", "no", "many", "several", "all", "both"}
#: Words after which a clause with its own verb follows.
_CLAUSE_OPENERS = (SPEECH_VERBS | _SPEECH_PRESENT | {"that", "whether", "while", "although", "because", "if", "what",
                                                      "how", "why", "where", "who",
                                                      "when", "showed", "shows", "found", "finds", "believes",
                                                      "believed", "suggested", "suggests"}) - {"according"}


def _verbish(word: str, before: str) -> bool:
    """Whether ``word`` (lowercase) is a verb form: a known one, an -ed or -ing form, or a word after a modal."""
    if word in _ING_PREPOSITIONS:
        return False
    if word.endswith(("ed", "ing")) and (before in _DETERMINERS or before.endswith(("'s", "’s"))):
        return False  # "the planning committee", "a jagged pipe", "the council's revised plan"
    return (word in _PRESENT or word in _PRESENT_FORMS or word in _AUX or before in _MODALS
            or (word.endswith("ed") and len(word) >= 4) or (word.endswith("ing") and len(word) >= 5))


def _whole_phrase(words: list[str], nxt: str | None) -> bool:
    """Whether ``words`` end a phrase when the sentence goes on with ``nxt``: the cut leaves no
    preposition, article or auxiliary hanging, no verb or adjective without the complement that
    follows ("declined" before "to say"), no open question word ("studying what effects") and no
    number without its unit."""
    if len(words) < 3:
        return False
    clean = [w.lower().strip("“”\"‘’,;:()") for w in words]
    last, before = clean[-1], (clean[-2] if len(clean) > 1 else "")
    quoted_next = (nxt or "")[:1] in "“\"‘"
    nxt = (nxt or "").lower().strip("“”\"‘’,;:()")
    if last in _WEAK_END or last in {"no", "some", "any"} or not last or any(w in _WH for w in clean[-2:]):
        return False
    if quoted_next and _verbish(last, before) and words[-1][-1:] not in ",;:":
        return False  # "fluid called" before “mud”
    if nxt and (last in SPEECH_VERBS or last in _SPEECH_PRESENT or (nxt == "that" and any(
            w in SPEECH_VERBS or w in _SPEECH_PRESENT for w in clean))):
        return False  # "A statement says", "Chernoff says in a statement": what was said is the news
    if re.fullmatch(r"[$£€#]?\d[\d.,]*", last) and _UNITS.match(nxt):
        return False
    if nxt == "of" and words[-1][-1:] not in ",;:":
        return False  # "the bottom" before "of the well": one noun phrase
    if nxt in _NEGATIONS or nxt.endswith(("n't", "n’t")):
        return False  # "was probably" before "not what he had in mind": the negation is the meaning
    # A clause that was started must reach its verb: "reassured Cameron that his frustration",
    # "says the system" (before "failed badly"), "showed that while minor portions".
    opener = max((i for i, w in enumerate(clean) if w in _CLAUSE_OPENERS), default=-1)
    if opener >= 0 and opener < len(clean) - 1 and not any(
            _verbish(w, clean[i - 1] if i else "") for i, w in enumerate(clean[opener + 1:], opener + 1)):
        return False
    open_complement = nxt in _COMPLEMENT_OPENERS and words[-1][-1:] not in ",;:" and (
        _verbish(last, before) or (nxt == "to" and last in _TAKES_INFINITIVE))
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


_AUX = {"is", "are", "was", "were", "has", "have", "had", "will", "would", "could", "should", "can", "may",
        "might", "must", "did", "does", "do", "didn’t", "didn't", "doesn’t", "doesn't", "won’t", "won't",
        "speaks", "says", "writes", "plans", "wants", "faces"}


_NO_TENSE = {"to", "will", "would", "could", "should", "can", "may", "might", "must", "did", "does", "do", "not",
             "didn’t", "didn't", "won’t", "won't", "can’t", "can't", "never"}
_PRESENT_FORMS = set(_PRESENT.values())
#: Present forms that are more often plural nouns in a subject ("member states").
_NOUN_LIKE = {"states", "plans", "claims", "posts", "notes", "lists", "names", "orders", "reports", "calls",
              "votes", "rules", "signals", "issues", "offers", "forms", "files", "cuts", "hits", "lifts",
              "fires", "ends", "returns", "drops", "starts", "opens", "attacks", "launches", "releases",
              "increases", "estimates", "charges", "moves", "sales", "leads", "falls", "pays"}


#: A participle after a determiner or possessive is an adjective: "the newly named chief", "a jagged pipe".
_ADJECTIVE_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|his|her|their|our|this|that|these|those)|['’]s)"
                               r"(?:\s+[a-z]+ly)?\s+$", re.I)
#: A participle followed by its modifier and then the finite verb is a reduced relative in the
#: subject: "The plan announced last year was dropped", "A statement issued on behalf of X, said".
_REDUCED_RELATIVE = re.compile(
    r"\s+(?:in|on|at|by|for|from|to|with|last|this|after|during|under|over|into|through|as|earlier|since)\b"
    r"(?:(?!\b(?:that|he|she|it|they|we|I|which|who|and|but|or|after|before|when|while|because|as|since|until|"
    r"if)\b)[^“\".;:—–])*?"
    r"\b(?:is|was|were|are|has|have|had|will|would|may|might|could|can|should|must|said|says)\b")


def _subject_end(text: str) -> int:
    """Position of the main verb: the first lowercase word that looks like one.

    Known verb forms and auxiliaries count, as do "-ed" words; otherwise the
    first lowercase content word is taken ("Hegseth speaks").
    """
    fallback = None
    previous = ""
    for m in re.finditer(r"\b[a-z][a-z’'-]*\b", text):
        word = m.group(0)
        after_relative = previous in ("that", "which", "who")
        previous = word
        if after_relative:
            continue  # the verb of a relative clause inside the subject
        # Present forms such as "states" or "plans" are nouns as often as verbs: only past forms count.
        speech_past = word in SPEECH_VERBS and not word.endswith("s")
        present = word in _PRESENT_FORMS and word not in _NOUN_LIKE
        if word in _PRESENT or speech_past or present or word in _AUX or (word.endswith("ed") and len(word) > 4):
            if word not in _AUX and (_ADJECTIVE_BEFORE.search(text, 0, m.start()) or (
                    word not in SPEECH_VERBS and word.endswith("ed") and _REDUCED_RELATIVE.match(text, m.end()))):
                continue  # "BP's newly named chief", "a jagged pipe", "The plan announced last year was"
            return m.start()
        if fallback is None and word not in ("of", "for", "and", "the", "a", "an", "de", "to"):
            fallback = m.start()
        if m.start() > 200:
            break
    return fallback or 0


def _headline_verb(text: str) -> str:
    start = _subject_end(text)
    m = re.match(r"([a-z][a-z’'-]*)(\s+(?:that\s+)?)?", text[start:])
    if not m:
        return text
    word = m.group(1)
    present = _PRESENT.get(word) or _regular_present(word)
    if present is None:
        return text
    if _plural_subject(text[:start]):
        present = _plural(present)
    rest = text[start + m.end(1):]
    before = text[:start].split()
    if before and (before[-1].lower() in _NO_TENSE or before[-1].lower() in {"being", "been", "be", "get", "gets",
                                                                           "got", "is", "are", "was", "were"}):
        return text  # "expect to cut", "will cut": an infinitive, not the past tense
    if word in SPEECH_VERBS:
        # "told CNBC that he ..." -> "tells CNBC he ...": the object stays, "that" goes.
        rest = re.sub(r"^(\s+(?:[A-Z][\w.&’'-]*\s+){0,3}|\s+(?:reporters|journalists|lawmakers)\s+)that\s+", r"\1", rest)
        # "said in a statement that ...", "told a news conference in Houston that ...": where it was said goes.
        if len(text) > MAX_CHARS:  # only to make room: "posted on X that" says where
            rest = re.sub(r"^\s+(?:in|on|at|during|to|after|before)\s+[^,“”\"]{1,50}?\s+that\s+", " ", rest)
    rest = re.sub(r"^\s+an?\s+(?=\S+\s)", " ", rest)  # headlines drop the indefinite article
    return text[:start] + present + rest


#: Plural nouns that often open news sentences, capitalised there ("Stocks rose").
_PLURAL_NOUNS = {
    "stocks", "officials", "analysts", "investors", "shares", "prices", "sales", "police", "people", "residents",
    "lawmakers", "democrats", "republicans", "workers", "employees", "troops", "forces", "rebels", "protesters",
    "authorities", "scientists", "researchers", "experts", "voters", "markets", "bonds", "earnings", "profits",
    "revenues", "negotiators", "prosecutors", "investigators", "doctors", "students", "teachers", "parents",
}


def _regular_present(word: str) -> str | None:
    """ "extended" -> "extends", "pushed" -> "pushes", "planned" -> "plans"; None when unsure.

    English spelling hides whether a base form ends in a silent e ("released"
    from "release", "listed" from "list"); only the endings that tell are
    converted, the rest keep their past tense rather than risk "releas".
    """
    if not word.endswith("ed") or len(word) < 5:
        return None
    stem = word[:-2]
    if word.endswith("ied"):
        return word[:-3] + "ies"
    if stem.endswith(("ss", "sh", "ch", "x")):
        return stem + "es"
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] in "bgmnprt":
        return stem[:-1] + "s"  # planned, stopped, committed
    if re.search(r"(?:[^aeiou][^aeiouy]|ll|dd|ff|ck)$", stem) and not re.search(r"(?:[nrdl]g|[rnlp]s|[rnl]c|[rl]v|th|dl|bl|pl|tl|gl|kl|fl|cl|zl)$", stem):
        return stem + "s"  # extended, reported, signed, helped, called, added
    if re.search(r"[aeiou][aeiou][^aeiouwxyszcvg]$", stem):
        return stem + "s"  # rained, looked, sailed (two vowels before one consonant: no silent e)
    if re.search(r"[^aeiou](?:er|en|on|el)$", stem) or (len(stem) >= 5 and re.search(r"[^aeiou]it$", stem)):
        return stem + "s"  # ordered, opened, questioned, traveled, visited (unstressed last syllable)
    return None


def _plural_subject(subject: str) -> bool:
    """ "The thrifts", "They", "Orkem and Coates": the verb takes its plural form."""
    if re.search(r"\b(?:he|she|it)\s*$", subject, flags=re.I):
        return False  # "Facing the committee he was": the pronoun is the subject
    # The head noun comes before any prepositional phrase: "Foreign ministers of member-states ...".
    subject = re.split(r"\s+(?:of|in|at|for|from|with|on|under|near|across|meeting|who|which|that|to)\s+", subject)[0]
    words = re.findall(r"[A-Za-z][\w’'-]*", subject)
    if not words:
        return False
    head = words[-1]
    if head.lower() in {"series", "news", "species", "means", "headquarters", "politics", "economics", "physics"}:
        return False
    if head[:1].isupper() and re.search(r"(?:Committee|Department|Council|Commission|Agency|Administration|Bureau|"
                                        r"Authority|Service|Board|Institute|Association|Company|Group)$", head):
        return False  # "The Transportation and Infrastructure Committee is": one body
    if head.lower() in _PLURAL_NOUNS:
        return True
    if head.lower() in {"they", "we", "i", "you", "both", "each"} or (head.lower() == "each" and len(words) > 1):
        return True
    if len(words) >= 3 and "and" in words[:-1] and words[0][0].isupper():
        return True
    return (head[0].islower() and head.endswith("s") and not head.endswith(("ss", "us", "is", "ics"))
            and len(head) > 3)


def _plural(verb: str) -> str:
    irregular = {"is": "are", "has": "have", "does": "do", "goes": "go", "was": "were"}
    if verb in irregular:
        return irregular[verb]
    if verb.endswith("ies"):
        return verb[:-1] if len(verb) <= 5 else verb[:-3] + "y"  # "dies" -> "die", "carries" -> "carry"
    if verb.endswith(("ches", "shes", "sses", "xes", "zzes", "oes")):
        return verb[:-2]
    return verb[:-1] if verb.endswith("s") else verb


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
    words = text.split(" ")
    if len(words) <= max_words:
        return text
    best = None
    # Never cut before the main verb and the first word after it.
    lowest = max(3, len(text[:verb_at].split()) + 1) if verb_at else 3
    for k in range(min(len(words), max_words + 1) - 1, lowest, -1):
        nxt = words[k].lower().strip("“”\"‘’,")
        if (nxt in _BREAK_WORDS or words[k][:1] in _QUOTE_OPEN or words[k - 1][-1:] in ",;:") \
                and _whole_phrase(words[:k], words[k]):
            best = k
            break
    if best is None:
        best = max_words
        floor = max(4, lowest + 1)
        while best > floor and not _whole_phrase(words[:best], words[best] if best < len(words) else None):
            best -= 1
        if best == floor and not _whole_phrase(words[:best], words[best]):
            best = max_words
            while best > 4 and words[best - 1].lower().strip("“”\"‘’,") in _WEAK_END:
                best -= 1
    return " ".join(words[:best]).rstrip(",;:")


def _balance_quotes(text: str) -> str:
    while text.count("“") > text.count("”"):
        text = text.rstrip(" ,;:") + "”"
    if text.count("”") > text.count("“"):
        text = text.replace("”", "", text.count("”") - text.count("“"))
    if text.count('"') % 2:
        text = text.replace('"', "")
    return text
