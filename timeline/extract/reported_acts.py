"""Acts a named newsmaker reports on the story's day, told with no date (issue 16: recall).

A report tells its day's news again and again through who made it, each time in indirect speech and with no date:

    BP said it would donate revenues from the oil it recovers to restore wildlife habitats.
    The Coast Guard said it had suspended the search for the missing workers.
    The council announced that the school would be closed for a week.

:mod:`.day_sayings` dates the first saying of each new speaker after a news-day lead; a speaker told already goes on
with its statement there. But when what the speaker reports is an act or a decision of its own kind (it pays, closes,
suspends, sells, files, deploys ...) the saying is the news of another act, and the story's day dates it as it dates
the first. It counts, in the same sentences after the same lead as :mod:`.day_sayings`' (:func:`.day_sayings.news_lead`,
:mod:`.saying_sentences`), when (the session-30 convention: a dated news act or plan of the story, titled as the act
or the plan, is an event):

- the sentence opens with a named speaker (an organisation, or a person whose office the story tells), perhaps after
  an opener ("Hoping to calm passions,", "In a statement,"), and "say", "announce", "confirm" or "tell" in the past,
  the present or the perfect ("said", "says", "has announced": :func:`.day_sayings.saying_speaker`: no pronoun, no
  commentator);
- the reported clause, right after the verb ("said it would ...", "announced that the school would ...", "told
  reporters he had ordered ..."), has a subject and, as its own verb, a news act (:data:`NEWS_ACTS`) told as done
  ("had suspended", "was closed"), decided or planned ("would pay", "will boost", "was going to call out", "plans to
  sell"), never hedged ("may", "could", "might"), believed, felt or described ("is confident", "was relying on");
- no quotation opens before the act (a quotation's frame; quoted words after it stay in the title, unmarked), no date
  of its own, nothing that reaches back ("earlier", "before the", "since") or keeps a running total ("so far");
- no event of the story's day by the same speaker tells the same act already (one event per speaker and act). The
  mention is an act, not a statement: :mod:`.merge` keeps one statement per speaker and day, and would fold the
  speaker's other act into its first saying; the same act told twice still joins by its words.

The title is the reported clause with its speaker for the pronoun ("BP will donate revenues ..."), in the headline
present; the date is the story's day, with the confidence of a day read from where the sentence stands
(:data:`.day_statements.DAY_CONFIDENCE`), as the lead's own when the publication dates it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from timeline.english_auxiliaries import BE_FINITE, HAVE_FORMS, auxiliaries
from timeline.english_verbs import verb_forms
from timeline.extract.actors import short
from timeline.extract.continued import occasion_tie
from timeline.extract.day_sayings import NOT_TODAY, news_lead, saying_speaker
from timeline.extract.day_speakers import holds_office
from timeline.extract.day_statements import DAY_CONFIDENCE
from timeline.extract.happenings import stems
from timeline.extract.mention_groups import mentions_by_sentence
from timeline.extract.merge import Mention, content_words, past_verbs
from timeline.extract.names import NameIndex, looks_personal
from timeline.extract.saying_sentences import saying_sentences
from timeline.extract.saying_words import alternation, spoken
from timeline.extract.sentences import Sentence
from timeline.extract.speakers_apart import speaker_bodies
from timeline.extract.title_backshift import present_report
from timeline.extract.title_gate import title_defect
from timeline.extract.title_tense import plural_subject
from timeline.extract.title_words import MAX_CHARS
from timeline.extract.titles import write_title
from timeline.extract.told_clauses import OPEN_END
from timeline.model import Document, When

#: Verbs of a news act or decision, by their base (their pasts and participles are :func:`.verb_forms`'): what an
#: organisation or an office holder does that makes news, not what it thinks, feels, hopes or describes.
_ACT_VERBS = ("pay", "seek", "build", "meet", "freeze", "break up", "set aside", "hand over", "uphold", "sentence",
              "shut in", "sell", "buy", "send", "shut", "cut", "set up", "begin", "give", "withdraw", "bring in",
              "take over", "call out", "step down", "lay off", "hold", "put off",
              "suspend", "halt", "stop", "close", "reopen", "open", "donate", "fund", "acquire", "sign", "file", "sue",
              "launch", "start", "complete", "finish", "cap", "seal", "plug", "hire", "fire", "appoint", "resign",
              "cancel", "postpone", "delay", "approve", "ban", "lift", "order", "arrest", "charge", "release", "recall",
              "deploy", "dispatch", "evacuate", "install", "drill", "collect", "raise", "award", "grant", "offer",
              "settle", "submit", "extend", "expand", "boost", "increase", "reduce", "resume", "restart", "recover",
              "rescue", "establish", "create", "introduce", "impose", "remove", "replace", "vaccinate", "quarantine",
              "test", "inspect", "investigate", "probe", "block", "restrict", "destroy", "cull", "import", "export",
              "reject", "veto", "pass", "adopt", "sack", "dismiss", "compensate", "reimburse", "allocate", "commit",
              "pledge", "step up", "scale back", "shut down", "close down", "pull out", "move", "deliver", "ship",
              "upgrade", "downgrade", "exclude", "expel", "deport", "confiscate", "seize", "kill", "detain",
              "look into", "repatriate", "provide", "visit", "vote", "reform", "refund", "distribute", "supply",
              "stockpile", "contract", "merge", "float", "list", "delist", "contain", "bar", "prosecute", "indict",
              "convict", "turn over", "appeal", "overturn", "announce", "unveil", "publish", "idle", "lodge",
              "activate", "post", "split", "join")
_FORMS = [verb_forms(v) for v in _ACT_VERBS]
_BASES = [f.base for f in _FORMS]
_PASTS = [f.past for f in _FORMS] + [v for f in _FORMS for v in f.variants]
_PARTICIPLES = [f.participle for f in _FORMS] + [v for f in _FORMS for v in f.variants]
#: The verbs of a news act, in every form a reported clause tells them in.
NEWS_ACTS = frozenset(_BASES) | frozenset(_PASTS) | frozenset(_PARTICIPLES)


def _words(forms: list[str]) -> str:
    return r"(?:" + "|".join(sorted({re.escape(f).replace(r"\ ", r"\s+") for f in forms}, key=len, reverse=True)) + r")"


#: The saying verbs a reported act follows: announcement and statement, not a view ("warned", "urged", "argued").
_REPORTING = alternation(spoken("say", "announce", "confirm"))
#: After the verb: its object ("told reporters", "told the BBC") and its channel ("in a statement", "on its website"),
#: then "that" or nothing before the reported clause's subject.
_AFTER_VERB = (r"(?:\s+(?:reporters|journalists|(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}))?"
               r"(?:\s+(?:in|on|at|through)\s+(?:a|an|its|the|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
               r"(?:statement|release|website|conference|briefing|letter|filing))?,?\s+(?:that\s+)?")
#: The reported clause's subject: a pronoun for the speaker, the body it heads, or a name.
_SUBJECT = (r"(?P<subject>it|he|she|they|we|(?:the|its|his|her|their)\s+(?:[a-z-]+\s+){0,2}(?:company|firm|agency|"
            r"government|ministry|department|council|school|board|administration|group|authority|authorities|state|city|"
            r"officials|workers|crews|engineers|team|coastguard|police|army|navy)|(?:the\s+)?[A-Z][\w.'’&-]*"
            r"(?:\s+(?:of\s+)?[A-Z][\w.'’&-]*){0,4})")
#: The reported clause's verb: an act done ("had suspended", "collected"), decided or planned ("would pay", "was
#: going to call out", "plans to sell", "will be closed").
_ACT = (r"\s+(?:also\s+|now\s+|soon\s+)?(?:"
        r"(?:would|will|was\s+to|were\s+to|is\s+to|are\s+to|(?:" + auxiliaries(BE_FINITE) + r")\s+going\s+to|plans?\s+to|planned\s+to|"
        r"(?:had\s+)?(?:decided|agreed)\s+to)\s+(?:also\s+|now\s+|soon\s+|immediately\s+)?(?:be\s+)?"
        r"(?P<planned>" + _words(_BASES + _PARTICIPLES) + r")"
        r"|(?:" + auxiliaries(HAVE_FORMS) + r")\s+(?:also\s+|now\s+)?(?:been\s+)?(?P<done>" + _words(_PARTICIPLES) + r")"
        r"|(?:was|were)\s+(?!committed\b)(?P<passive>" + _words(_PARTICIPLES) + r")"
        r"|(?:plans?|a\s+plan)\s+to\s+(?P<plan>" + _words(_BASES) + r"))\b")
_REPORTED = re.compile(r"\s+(?:(?:has|have)\s+)?(?P<verb>" + _REPORTING + r"|told)\b" + _AFTER_VERB + _SUBJECT + _ACT)
#: "announced plans to sell ...": the plan announced, with no clause of its own; its subject is the speaker.
_ANNOUNCED_PLAN = re.compile(r"\s+(?:(?:has|have)\s+)?(?P<verb>announced|unveiled)\s+(?P<subject>)(?:(?:a\s+)?plans?\s+to|"
                             r"that\s+it\s+(?:would|will))\s+(?P<plan>" + _words(_BASES) + r")\b")
#: Words that hedge the act, quote it, or reach back from the news day.
_HEDGED = re.compile(r"\b(?:may|might|could|should|possibly|perhaps|if|unless|whether|considering|earlier|previously|"
                     r"last\s+(?:week|month|year)|price|so\s+far|to\s+date|in\s+total|a\s+total|before\s+the|since)\b", re.IGNORECASE)


#: A saying in the present perfect, news of the day as the past is ("The US has announced that it will buy ..."),
#: read as the past where the speaker is sought.
_PERFECT = re.compile(r"\s+(?:has|have)\s+(?=(?:announced|confirmed)\b)")
#: A saying in the present, as a report tells its own day's ("BP says it has begun using dispersants ..."), read as
#: the past where the speaker is sought.
_PAST = {forms.present: forms.past for forms in map(verb_forms, ("say", "announce", "confirm"))}
_PRESENT = re.compile(r"\b(?:" + alternation(_PAST) + r")\b")
#: An opener that tells why or how the speaker spoke, before its name: "Hoping to calm rising passions, BP said ...".
_OPENER = re.compile(r"\s*(?:[A-Z][a-z]+ing|In\s+(?:a|an|its)\s+(?:\w+\s+)?(?:statement|release))\b[^,;“”\"]{0,80},\s+"
                     r"(?=[A-Z]|the\s+[A-Z])")


#: A title cut right after an amount ("BP has given $25 million" of "... to each of four states"): whom or what for
#: the amount went is the news, and the cut leaves it out.
_AMOUNT_CUT = re.compile(r"(?:\d|\bmillion|\bbillion|\d\s*bn|\d\s*m)(?:\s+(?:euros|pounds|dollars|yen|francs))?$")


@dataclass(frozen=True, slots=True)
class ReportedAct:
    """A named speaker's report of an act: who, and the reported clause where it starts in the sentence."""

    speaker: str
    clause_start: int
    announced: bool = False  # a plan announced with no clause of its own ("announced plans to sell ...")


def reported_act(sentence: str) -> ReportedAct | None:
    """The named speaker and the reported clause of ``sentence`` when it opens with a speaker saying that an act was
    done, decided or planned ("BP said it would donate ..."), or None."""
    opener = _OPENER.match(sentence)
    rest = sentence[opener.end():] if opener else sentence
    rest = rest[:1].upper() + rest[1:]  # ("Hoping to reassure shippers, the port authority said ...")
    said = _PRESENT.sub(lambda m: _PAST[m.group()], _PERFECT.sub(" ", rest, 1), 1)
    speaker = saying_speaker(said)
    if not speaker or _HEDGED.search(sentence):
        return None
    text = sentence.lstrip()
    at = text.lower().find(speaker.lower()) + len(speaker)
    m = _REPORTED.search(text, at) or _ANNOUNCED_PLAN.search(text, at)
    if m is None or m.start() - at > 90 or re.search(r"[“”\"]", text[:m.end()]):
        return None  # (the act far from its saying verb, or quoted words before it: a quotation's frame)
    if m.group("verb") == "told" and not re.match(r"\s+told\s+\S+", m.group()):
        return None
    return ReportedAct(speaker, len(sentence) - len(text) + m.start("subject"), announced=not m.group("subject"))


def _title(sentence: str, act: ReportedAct, speaker: str) -> str:
    """The reported clause as a headline, its speaker for a leading pronoun, in the headline present."""
    # (quoted words in the clause are the reporter's quoting of the speaker's own: the clause keeps them, unmarked)
    clause = re.split(r"[;:(]|\s-{1,2}\s|—", re.sub(r"[“”\"]", "", sentence[act.clause_start:]))[0].rstrip(" .,")
    clause = re.sub(r"^(\S+(?:\s+[A-Z]\S*)*)\s+also\s+", r"\1 ", clause)  # ("it also would" -> "it would")
    if act.announced:  # "announced plans to sell ..." -> "BP plans to sell ..."; "that it would sell" -> "will sell"
        clause = speaker + " " + re.sub(r"^(?:a\s+)?plans?\s+to\b", "plans to", re.sub(r"^that\s+it\s+", "", clause))
    elif re.match(r"(?:[Tt]he|[Ii]ts)\s+(?:company|firm|group|agency)\b", clause):  # the speaker named again
        clause = speaker + clause[clause.find(" ", clause.find(" ") + 1):]
    elif re.match(r"the\s+(?:government|administration)\b", clause):  # a headline's own subject, capitalised
        clause = "T" + clause[1:]
    elif re.match(r"(?:the|its|his|her|their)\s", clause):
        return ""  # a thing named by what it is to the speaker ("the state has begun ..."): no headline's subject
    elif re.match(r"(?i)(?:it|he|she|they|we)\b", clause):
        clause = speaker + clause[clause.find(" "):]
    elif re.match(r"(?i)(?:its|his|her|their)\b", clause):
        clause = speaker + "'s" + clause[clause.find(" "):]
    clause = present_report(" " + clause, "said", plural_subject)[1:]
    return write_title(clause, [], None)


def _office_told(doc: Document, full: str) -> bool:
    """Whether the story tells the office of the person ``full`` somewhere it names them."""
    return any(holds_office(doc.text[max(0, m.start() - 60):m.end() + 80]) for m in re.finditer(re.escape(full), doc.text))


def reported_acts(doc: Document, names: NameIndex, sentences: list[Sentence], found: list[Mention],
                  actors: list[str | None], story_day: dt.date) -> list[Mention]:
    """``found`` with the acts named speakers report, undated, after a lead dated to the news day ``story_day``."""
    by_sentence = mentions_by_sentence(found)
    lead = news_lead(by_sentence, story_day)
    if lead is None:
        return found
    added: list[Mention] = []
    for after in saying_sentences(doc, sentences, by_sentence, lead.index, lead.day):
        index, s = after.index, after.sentence
        if after.own or index in by_sentence or after.day != lead.day or NOT_TODAY.search(_PERFECT.sub(" ", s.text, 1)) \
                or occasion_tie(s.text):
            continue
        act = reported_act(s.text)
        if act is None:
            continue
        at = s.start + s.text.lower().find(act.speaker.lower())
        named = names.between(at, at + len(act.speaker))
        if not named:
            continue  # a capitalised word that names no one
        full = names.resolve(named[-1].text)
        if looks_personal(full) and not _office_told(doc, full):
            continue  # a person whose office the story never tells: a bystander as often as a newsmaker
        speaker = re.sub(r"\s*\([^)]*\)", "", act.speaker)
        title = _title(s.text, act, short(speaker) or speaker)
        if title_defect(title) is not None or len(title) > MAX_CHARS or len(title.split()) < 4 or OPEN_END.search(title) \
                or (_AMOUNT_CUT.search(title) and not re.search(re.escape(title.split()[-1]) + r"\s*[.]?$", s.text)):
            continue
        mention = _mention(doc, names, s, index, actors, lead.day, title)
        if any(_same_act(mention, full, m) for m in found + added):
            continue
        added.append(mention)
    return sorted(found + added, key=lambda m: m.sentence) if added else found


def _same_act(new: Mention, speaker: str, old: Mention) -> bool:
    """Whether ``old`` is ``speaker``'s telling of the act ``new`` tells, that day: one event per speaker and act."""
    if old.when.start.date() != new.when.start.date():
        return False
    head = speaker.split()[-1]
    return any(n and n.split()[-1] == head for n in (old.source, old.actor)) and len(new.words & old.words) >= 2


def _mention(doc: Document, names: NameIndex, s: Sentence, index: int, actors: list[str | None], day: dt.date,
             title: str) -> Mention:
    """The mention of the reported act in ``s``, dated to the news day by where it stands."""
    actor = actors[index] if index < len(actors) else None
    return Mention(
        when=When.parse(day.isoformat()), start=s.start, end=s.end, sentence=index, actor=actor, title=title,
        tags=names.names_in(doc.text, s.start, s.end)[:8], confidence=DAY_CONFIDENCE, is_statement=False,
        sentences=[index], words=content_words(s.text), verbs=past_verbs(s.text), stems=stems(s.text),
        bodies=speaker_bodies(s.text), continued="day")
