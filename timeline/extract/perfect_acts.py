"""News acts of the story's day told in the present perfect, with no date (issue 16: recall).

A report tells its day's other news acts after its lead in the present perfect, the tense of news just done, and
names no day for them:

    China has now confirmed its first case of the virus.
    The ministry has banned imports of pork and pork products.
    The mayor has asked the state for more boats.

:mod:`.day_statements` dates an undated act told in the simple past where it stands; a perfect it leaves alone, as
it is as often a lasting state or a running total ("has pleaded not guilty", "has already paid out $200m", "has
sprayed 800,000 gallons since April"). A perfect is the day's news when (:func:`perfect_act`):

- its subject opens the sentence (perhaps after "But", "Meanwhile,") and is a name the story knows, not a pronoun, a
  commentator or a thing, and it is an organisation or a person whose office the story tells (as
  :mod:`.reported_acts`' speakers);
- its verb, right after "has"/"have" (perhaps with "also" or "now"), is a news act or decision
  (:data:`.reported_acts.NEWS_ACTS`, and confirming, reporting, declaring, requesting, asking, agreeing, inviting),
  not a saying of a view, a state, a plea or a feeling;
- nothing hedges it or reaches back or keeps a running total ("may", "already", "since", "so far", "repeatedly"),
  no quotation opens before its verb, and it has no date of its own;

and it stands in the first sentences after a lead of the news day, with no sentence dated to another day between
them (:func:`.day_statements.news_sentences`: further down a report gives its background, where a perfect is as
often a standing fact); not by the lead's own doer, whose news the lead tells and whose milestones later reports
tell again in the perfect ("BP has agreed to put aside $20bn" days after it did).

The same act told in the passive perfect of what it was done to counts as well (:func:`passive_act`: "Five schools
have been closed", "Drilling on the relief well has been suspended", "Another 25 cases have been confirmed"): new
cases only, not a running count, nor a thing named before ("The school has been closed"), nor a share that stands
so ("About a third of the sea has been closed").

One event per actor and act: an act an event of that day tells already is not told again. The title is the act's
own clause, the perfect kept ("Canada has confirmed six cases"), cut before a phrase of place or time when too long
(:func:`act_title`); it is dated by the story's day with the confidence of a day read from where the sentence stands.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from timeline.extract.day_sayings import news_lead
from timeline.extract.day_statements import DAY_CONFIDENCE, news_sentences
from timeline.extract.happenings import stems
from timeline.extract.mention_groups import mentions_by_sentence
from timeline.extract.merge import Mention, content_words, past_verbs
from timeline.extract.names import NameIndex, looks_personal
from timeline.extract.reported_acts import AMOUNT_CUT, NEWS_ACTS, office_told, same_act
from timeline.extract.saying_news import comments_on_news
from timeline.extract.saying_words import alternation, spoken
from timeline.extract.sentences import Sentence
from timeline.extract.title_gate import title_defect
from timeline.extract.title_words import MAX_CHARS, WEAK_END
from timeline.model import Document, When

__all__ = ["PerfectAct", "act_title", "passive_act", "perfect_act", "perfect_acts"]

#: The sentences after the lead a news act of the day may stand in: the story's first paragraphs.
PERFECT_SENTENCES = 10

#: Acts of a body's will or report besides :data:`.reported_acts.NEWS_ACTS`: confirming a case, reporting a count,
#: declaring an emergency, requesting or asking for help, agreeing to a demand, inviting bids.
_ALSO_ACTS = frozenset({"confirmed", "reported", "requested", "asked", "agreed", "invited", "called"})
#: Perfects that tell a standing commitment or a running total as often as the day's act ("BP has pledged to meet
#: all claims", "has committed to a $20 billion fund", "has paid out more than $128m"), and announcing, which the
#: title would tell as a saying ("has announced that ...": :mod:`.reported_acts`'), unless what is announced is named
#: ("has announced emergency measures").
_STANDING_ACTS = frozenset({"pledged", "committed", "paid", "announced", "published", "posted"})
_ACTS = "|".join(sorted(re.escape(v) for v in (NEWS_ACTS | _ALSO_ACTS) - _STANDING_ACTS if " " not in v)
                 ) + r"|declared\s+(?:a\s+|an\s+)?(?:\w+\s+){0,2}emergency|announced(?!\s+(?:that|it|plans?)\b)"

#: The sentence's opening subject, a name (perhaps "The World Health Organization", "Louisiana Governor Bobby
#: Jindal", "Mr Nungesser"), then the perfect of a news act.
_PERFECT_ACT = re.compile(
    r"(?:(?:But|And|Meanwhile|Separately|Now),?\s+)?"
    r"(?P<subject>(?:The\s+)?(?:[A-Z][\w.'’&-]*(?:\s+(?:of|for|and|de)\s+(?:the\s+)?|\s+)){0,5}[A-Z][\w.'’&-]*)"
    r"\s+(?:also\s+|now\s+)?(?:has|have)\s+(?:also\s+|now\s+)?(?P<verb>" + _ACTS + r")\b")
#: Words that hedge the act, reach back from the news day or keep a running total.
_NOT_NEWS = re.compile(
    r"\b(?:may|might|could|should|would)\b|(?i:\b(?:possibly|perhaps|if|unless|whether|already|since|ever|never|"
    r"repeatedly|previously|earlier|before|once|so\s+far|to\s+date|in\s+total|a\s+total|last\s+(?:week|month|year)|"
    r"for\s+(?:years|months|weeks|decades)|years?\s+ago|in\s+the\s+past|(?:records|documents|data|figures)\s+show)\b)")
#: Where a phrase a long title may end before opens: a place, a time, a circumstance, not the act's complement
#: ("asked the agency | for tests", "agreed | to pay") nor a conjunct ("a TV | and radio campaign").
_PHRASE_START = re.compile(r"\s(?=(?:in|on|at|after|while|over|during|which|who|when|where|before|under|until|"
                           r"despite|including|following|through|across|amid|because|although|though|whereas|"
                           r"without)\s)")
#: Where the clause of the act ends: a clause or an aside after it, a trailing speaker, a dash or a bracket.
_CLAUSE_END = re.compile(r"\s*(?:[;:]|\s-{1,2}\s|—|,\s+(?:which|who|but|while|as|after|although|though|and|saying|"
                         r"adding|according|including|bringing|taking|leaving|said|says|told|(?:\d|one|two|three|four|"
                         r"five|six|seven|eight|nine|ten)\b)\b|,\s+[^,;]{1,60}?\s+(?:" + alternation(spoken("say", "report", "tell"))
                         + r")[.!]?\s*$)|[.!?]?\s*$")
#: Subjects that are no actor of the news: pronouns, openers, unnamed groups.
_NOT_ACTORS = frozenset({"He", "She", "It", "They", "We", "I", "You", "This", "That", "These", "Those", "There",
                         "Officials", "Analysts", "Experts", "Scientists", "Researchers", "Doctors", "Some", "Many"})


@dataclass(frozen=True, slots=True)
class PerfectAct:
    """A news act told in the present perfect: its subject as the sentence names it, and its verb."""

    subject: str
    verb: str
    verb_start: int  # where "has"/"have" stands in the stripped sentence


def perfect_act(sentence: str) -> PerfectAct | None:
    """The subject and verb of ``sentence`` when it opens with a named subject and the present perfect of a news act
    ("China has now confirmed its first case"), unhedged and of the news day, or None."""
    text = sentence.strip()
    m = _PERFECT_ACT.match(text)
    if m is None or _NOT_NEWS.search(text) or re.search(r"[“”\"]", text[:m.end()]):
        return None
    subject = m.group("subject")
    first = subject.split()[0]
    if first in _NOT_ACTORS or subject.split()[-1] in _NOT_ACTORS or comments_on_news(subject):
        return None
    return PerfectAct(subject, m.group("verb"), m.end("subject"))


#: A news act of the day told in the passive perfect of what it was done to: a place closed or evacuated, a service
#: suspended, an event cancelled, an emergency declared, new cases confirmed ("Five schools have been closed",
#: "A nearby platform has been evacuated", "Another 25 cases have been confirmed in England"), perhaps after an
#: opener naming where ("In Italy, two schools in Rome have been ordered to close").
_PASSIVE_ACT = re.compile(
    r"(?P<opener>In\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2},\s+)?"
    r"(?P<subject>[A-Z0-9][\w.'’,-]*(?:\s+[\w.'’-]+){0,9}?)"
    r"\s+(?:also\s+|now\s+)?(?:has|have)\s+(?:also\s+|now\s+)?been\s+(?P<verb>closed|evacuated|suspended|cancell?ed|"
    r"postponed|ordered\s+to|declared|banned|shut|halted|grounded|lifted|recalled|confirmed|reported)\b")
#: What a count of cases must say to be the day's news, not a running total: new ones.
_NEW_COUNT = re.compile(r"\b(?:new|more|another|further|first)\b", re.IGNORECASE)
#: Subjects of a passive that tell nothing done to something named (no case, cases anywhere, a pronoun), or a share
#: of something that stands so ("About 34 percent of the sea has been closed to fishing": a running state).
_VAGUE_SUBJECT = re.compile(r"(?:No|Cases|It|They|This|These|That|Those|There|Some|Many|Most|All|He|She)\b"
                            r"|(?:About|Around|Roughly|Nearly|Almost|Some)\s+\d[\d.,]*\s*(?:%|percent|per\s+cent)")

#: "The school", "The ban": a thing the story named before, which a title alone leaves unknown.
_REFERS_BACK = re.compile(r"(?:The|This|That|These|Those|Its|Their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)*")


def passive_act(sentence: str) -> PerfectAct | None:
    """The subject and verb of ``sentence`` when it tells, unhedged and of the news day, a news act in the passive
    perfect of what it was done to ("Five schools have been closed", "Nine new cases have been confirmed"), or None."""
    text = sentence.strip()
    m = _PASSIVE_ACT.match(text)
    if m is None or _NOT_NEWS.search(text) or re.search(r"[“”\"]", text[:m.end()]):
        return None
    subject = m.group("subject")
    if _VAGUE_SUBJECT.match(subject) or "," in subject or _REFERS_BACK.fullmatch(subject) or (
            m.group("verb") in ("confirmed", "reported") and not _NEW_COUNT.search(subject)):
        return None
    return PerfectAct(subject, m.group("verb"), m.end("subject"))


def act_title(sentence: str, act: PerfectAct, name: str) -> str:
    """The act's clause as a title with the actor's ``name`` as its subject ("Canada has confirmed six cases"): the
    sentence's own words from "has" to where the clause ends, its asides in brackets left out; a clause too long for
    a title ends before its last phrase that fits ("... has met relatives of the workers killed in the explosion" of
    "... on the platform"), never inside the act's complement nor right after an amount; "" when none fits."""
    rest = re.sub(r"\s*\([^()]*\)", "", sentence.strip()[act.verb_start:])
    clause = rest[:_CLAUSE_END.search(rest).start()]
    clause = re.sub(r"^\s+(?:also\s+|now\s+)?((?:has|have))\s+(?:also\s+|now\s+)?", r" \1 ", clause)
    title = whole = (name + clause).strip()
    verb_end = len(name) + len(re.match(r"\s*\S+\s+\S+", clause).group())  # ("has sent": no cut before it ends)
    while len(title) > MAX_CHARS and not re.search(r"\bthat\b", clause):  # (a reported clause is whole or none)
        cuts = [m.start() for m in _PHRASE_START.finditer(title) if verb_end < m.start() <= MAX_CHARS]
        if not cuts:
            return ""
        title = title[:cuts[-1]].rstrip(" ,")
    words = title.split()
    if len(title) > MAX_CHARS or len(words) < 4 or words[-1].lower() in WEAK_END or (title != whole and AMOUNT_CUT.search(title)) \
            or title.count("“") != title.count("”") or title.count('"') % 2:
        return ""
    return title


def perfect_acts(doc: Document, names: NameIndex, sentences: list[Sentence], found: list[Mention],
                 actors: list[str | None], story_day: dt.date) -> list[Mention]:
    """``found`` with the news acts named actors did, told in the present perfect and undated, in the first
    sentences after a lead of the news day ``story_day``."""
    by_sentence = mentions_by_sentence(found)
    lead = news_lead(by_sentence, story_day)
    if lead is None:
        return found
    told = max(by_sentence[lead.index], key=lambda m: m.when.precision.rank)
    lead_doer = told.actor.split()[-1] if told.actor else ""
    added: list[Mention] = []
    for after in news_sentences(doc, sentences, by_sentence, lead.index, lead.day, PERFECT_SENTENCES,
                                vaguer_holds_day=True, later_holds_day=True):
        index, s = after.index, after.sentence
        if after.own or index in by_sentence or after.day != lead.day:
            continue
        act = perfect_act(s.text)
        if act is None:
            added += _passive_mention(doc, names, s, index, lead.day, found + added)
            continue
        at = s.start + s.text.find(act.subject)
        named = names.between(at, at + len(act.subject))
        if not named:
            continue  # capitalised words that name no one
        full = names.resolve(named[-1].text)
        if looks_personal(full) and not office_told(doc, full):
            continue  # a person whose office the story never tells: a bystander as often as a newsmaker
        if full.split()[-1] == lead_doer:
            continue  # the lead's doer again: its news told on, or its milestones told again as the background
        actor = actors[index] if index < len(actors) else None
        title = act_title(s.text, act, _name(act.subject, full))
        if not title or title_defect(title) is not None:
            continue
        mention = Mention(
            when=When.parse(lead.day.isoformat()), start=s.start, end=s.end, sentence=index, actor=actor,
            title=title, tags=names.names_in(doc.text, s.start, s.end)[:8], confidence=DAY_CONFIDENCE,
            is_statement=False, sentences=[index], words=content_words(s.text), verbs=past_verbs(s.text),
            stems=stems(s.text), continued="day")
        if any(same_act(mention, full, m) for m in found + added):
            continue
        added.append(mention)
    return sorted(found + added, key=lambda m: m.sentence) if added else found



def _passive_mention(doc: Document, names: NameIndex, s: Sentence, index: int, day: dt.date,
                     told: list[Mention]) -> list[Mention]:
    """The news act ``s`` tells in the passive perfect, as a mention of ``day``, unless an event of that day tells its
    words already: [] or [the mention]."""
    act = passive_act(s.text)
    if act is None:
        return []
    title = act_title(s.text, act, act.subject[:1].upper() + act.subject[1:])
    if not title or title_defect(title) is not None:
        return []
    mention = Mention(
        when=When.parse(day.isoformat()), start=s.start, end=s.end, sentence=index, actor=None, title=title,
        tags=names.names_in(doc.text, s.start, s.end)[:8], confidence=DAY_CONFIDENCE, is_statement=False,
        sentences=[index], words=content_words(s.text), verbs=past_verbs(s.text), stems=stems(s.text),
        continued="day")
    if any(m.when.start.date() == day and len(mention.words & m.words) >= 3 for m in told):
        return []
    return [mention]


def _name(subject: str, full: str) -> str:
    """The actor as a title names it: the sentence's subject ("The World Health Organization", "Canada"), or the
    full name the story gives one named by surname only ("Salazar" -> "Ken Salazar")."""
    subject = re.sub(r"^(?:But|And|Meanwhile|Separately|Now),?\s+", "", subject)
    if len(subject.split()) == 1 and subject != full and full.endswith(" " + subject) and len(full.split()) <= 4:
        return full
    return subject
