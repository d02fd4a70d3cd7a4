"""Sayings of the story's news day told with no date (issue 16: recall).

A news report tells its day's statements after its lead without naming the day again:

    Health officials announced the country's third death from the disease on Sunday. The Centre for Disease
    Control reported 2,254 confirmed cases across the country, ...

The saying is the news, made on the news day: where it stands dates it, as :mod:`.day_statements` dates the day's
undated acts. It counts when, after the first sentence near the top that states the news day as its own (or, with
none, after a news lead dated only by its publication, which then is the day), down the story to its footer with no
sentence dated to another day between them (:mod:`.saying_sentences`: a report tells its day's reactions all down its
length), its main clause opens with a named speaker (an organisation or a person named, not a pronoun, "officials",
"a spokesman"), perhaps after an opener ("But", "In Alabama,", "Asked about the delay,") and with its appositions,
and the past of a saying verb ("said", "warned", "denied", "urged", "criticised", ...); or with a named body's
spokesman or officials (:mod:`.described_speakers`: "A BP spokesman said ..."); or with a speaker named with its office
in lower case, the office first, after an opening clause, or opening a quotation (:mod:`.day_speakers`: "BP chairman
Lamar McKay said ...", "The administration's spokesman, Robert Gibbs, said: “...”"):

- not a speaker told already: the same speaker goes on with the statement told (a body merely named before has not
  spoken yet: only its saying told before counts);
- not a saying that reaches back ("had earlier said", "previously"), a refusal ("declined to comment"), a belief or
  a feeling ("said he was amazed"), a state of long standing ("were already suffering"), the weather's forecast;
- not a quotation's introduction ("Donaldson said: “...”": the words of a statement told already), nor its credit
  split from it ("Allen said at a White House news conference."), nor one tied to an occasion of its own
  (:mod:`.continued` dates those);
- not a commentator's view ("an oil analyst at ING"), nor the news agency the story comes from, nor another outlet,
  nor a forecaster ("The National Hurricane Center said a tropical wave could ...": the weather's forecast).

A saying whose speaker is named at its end ("Crews stopped the controlled burns, said Petty Officer Kelly Parker.",
"..., BP said.") counts in the same sentences when what it tells is an act in the simple past
(:func:`.continued.narrated_past`) or a recent one in the perfect ("has been taken to hospital"): told last, the
speaker is a source of the news, and the news is the act, not a view ("The placement was a positive step, said ..."),
a state ("There were no injuries"), a plan or a forecast; nor one that opens on the happening told before it ("The
shutdown followed ...", "This includes ...", "He also adjusted ...": a detail of it, its doer unnamed), nor the
weather (an act it caused counts), nor a quotation's credit ('“...,” Egan said': the words quoted, which the opening
sayings leave out too).

Such a mention's confidence is :data:`.day_statements.DAY_CONFIDENCE`: its day is read from where it stands.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from timeline.english_auxiliaries import BE_FINITE, HAVE_FORMS, auxiliaries
from timeline.extract.actors import short
from timeline.extract.continued import narrated_past, occasion_tie
from timeline.extract.day_return import background_over, returns_to_day
from timeline.extract.day_speakers import CREDIT_ONLY, holds_office, opening_speaker
from timeline.extract.day_statements import DAY_CONFIDENCE, LEAD_SENTENCES
from timeline.extract.described_speakers import KIND_NOUNS, described_speaker, spoke_before
from timeline.extract.formal_responses import answer_opener, first_case_speaker, new_answer
from timeline.extract.happenings import stems
from timeline.extract.mention_groups import mentions_by_sentence
from timeline.extract.merge import Mention, content_words, past_verbs, speaker_words
from timeline.extract.names import NameIndex, looks_personal
from timeline.extract.saying_news import comments_on_news, tells_no_news
from timeline.extract.saying_sentences import saying_sentences
from timeline.extract.saying_words import NEWS_SAYING_PAST, alternation
from timeline.extract.sentences import Sentence
from timeline.extract.speakers_apart import speaker_bodies
from timeline.extract.title_open import SUBORDINATORS
from timeline.extract.titles import write_title
from timeline.model import Document, Precision, When

#: A named speaker, then the past of a saying verb: "The Centre for Disease Control and Prevention (CDC) reported",
#: "Steven Newman, chief executive of Transocean, said", "BP also announced".
_SPEAKER_SAID = re.compile(
    r"(?:(?:But|And|However|Meanwhile|Separately|Still),?\s+|(?:In|On|At)\s+(?:an?\s+|the\s+)?[\w'’. -]{2,40},\s+"
    r"|Asked\s+[^,;“”\"]{3,120},\s+)?"
    r"(?P<speaker>(?:The\s+)?(?:[A-Z][\w.'’&-]*(?:\s+(?:of|and|for|the|de)\s+|\s+)){0,7}[A-Z][\w.'’&-]*"
    r"(?:\s+\([A-Z][\w.&-]*\))?)"
    r"(?:(?:,[^,;“”\"]{2,80}){1,2},)?\s+(?:also\s+|then\s+)?"
    r"(?P<verb>" + alternation(NEWS_SAYING_PAST) + r")\b")
#: A saying that reaches back from the news day ("said recently") or tells nothing that happened: a refusal, a speaker's
#: feeling ("said he was amazed"), a state of long standing ("were already suffering"); and the weather, whose forecasts
#: are no news of the day's. (A belief told as what was said, "told the BBC he believed she had been admitted", is a
#: view :func:`.saying_news.tells_no_news` reads at the head of the reported clause: further on, "would only call for
#: production if it strongly believed ...", it is a condition of what was said.)
NOT_TODAY = re.compile(r"\b(?:" + auxiliaries(HAVE_FORMS) + r")\s+(?:\w+\s+)?(?:said|told|announced|reported)\b|\b(?:declined|refused)\b"
                        r"|\b(?:previously|earlier\s+this\s+(?:year|month)|last\s+(?:year|month|week))\b"
                        r"|\b(?:(?:said|told|spoke|[Ss]peaking)\s+recently|recently\s+(?:said|told))\b"
                        r"|\b(?:amazed|already|weather|hurricane|tropical\s+storm)\b")
#: A saying that tells no happening: "had no immediate comment", "does not comment on litigation".
_NO_NEWS = re.compile(r"\bno\s+(?:immediate\s+)?comment\b|\b(?:could\s+not|would\s+not|did\s+not|does\s+not|do\s+not)"
                      r"\s+(?:say|confirm|comment)\b")
#: Who comments on the news rather than makes it ("Jo Kent, an oil analyst at ING, said ..."), or reports it: a news
#: agency or another outlet is the story's source, not its newsmaker ("The Associated Press said the beach looked ...").
_COMMENTATOR = re.compile(r"\b(?:analysts?|economists?|strategists?|professor|experts?|commentator|historian|"
                          r"columnist|researchers?|scientists?|virologist|epidemiologist|biologist|University|Institute|"
                          r"Associated\s+Press|Reuters|Agence\s+France|AFP|news\s+agency|newspaper|television)\b"
                          r"|\b(?-i:CNBC|CNN|Bloomberg|Times|Journal|Post|Telegraph)\b", re.IGNORECASE)
#: Capitalised words that name no speaker: pronouns, openers.
_NOT_NAMES = frozenset(["He", "She", "It", "They", "We", "I", "You", "This", "That", "But", "And", "In", "On", "At",
                        "After", "Meanwhile", "However", "Also", "Officials", "Analysts", "Experts", "Police"])


def saying_speaker(sentence: str) -> str:
    """The named speaker who opens ``sentence`` with the past of a saying verb, or ""."""
    m = _SPEAKER_SAID.match(sentence.lstrip())
    if m is None:
        return ""
    said = sentence.lstrip()[m.end():]
    if re.match(r"\s*[:,]?\s*[“\"]", said):
        return ""  # ("Donaldson said: “...”": the words of a statement told already, quoted)
    if CREDIT_ONLY.fullmatch(said):
        return ""  # a quotation's credit split from it ("Allen said at a news conference."): no words of its own
    speaker = m.group("speaker")
    if speaker.split()[0] in _NOT_NAMES or speaker.split()[-1] in _NOT_NAMES or _COMMENTATOR.search(m.group()) \
            or _WEATHER.search(speaker):
        return ""  # a pronoun, an opener; a commentator's view ("Jo Kent, an oil analyst at ING, said"); a forecaster
    if comments_on_news(m.group()) or tells_no_news(said):
        return ""  # a bystander's colour, a view, a feeling or a non-answer: no news (:mod:`.saying_news`)
    return speaker


#: A saying whose speaker is named at its end: "..., BP said.", "..., Alyeska spokeswoman Michele Egan said in a
#: statement.", "..., a BP spokesman told Reuters.", "..., said Thad Allen, the national incident commander." The
#: speaker is the words after the last comma before the verb (a name among them), or the name after a fronted "said"
#: with its apposition.
_TRAILING_SAID = re.compile(
    r",\s+(?:(?P<speaker>(?:[\w.'’&()-]+\s+){0,6}?(?:[A-Z][\w.'’&()-]*|spokes(?:man|woman|person)))\s+(?:also\s+)?"
    r"(?:said|announced|confirmed|reported|told\s+(?:reporters|(?:the\s+)?[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*)*))"
    r"(?:\s+(?:in|on|at|during)\s+[^,.;“”\"]{2,50})?"
    r"|said\s+(?P<fronted>(?:[a-z-]+\s+){0,3}(?:[A-Z][\w.'’&-]*\s+){0,5}[A-Z][\w.'’&-]*)(?:,?\s+[^,;“”\"]{3,120})?)"
    r"\s*[.!]?\s*$")
#: What a saying opens with when it tells on about the happening told before it, not a new one: a pronoun ("This
#: includes ..."), a noun naming that happening again ("The decision stems from ...", "The shutdown followed ..."), a
#: state ("There were no injuries"); a pronoun for a doer told before ("He also adjusted ..., Dean said").
_TOLD_ON = re.compile(r"(?:(?:This|That|These|Those|It|Its|They|Their|Such|He|She|His|Her)\b|(?:The|That|This)\s+(?:\w+\s+)?(?:decision|"
                      r"move|moves|shutdown|closure|accident|incident|suit|lawsuit|case|announcement|ruling|step|deal|"
                      r"action|attack|plan|proposal|vote|order|request|agreement|leak|spill|outbreak|death|crash|fire|"
                      r"explosion|blast|news|report|statement|change|cut|delay|cause|problem)\b|There\s+(?:" + auxiliaries(BE_FINITE)
                      + r"|had\s+been|have\s+been)\b)")
#: The weather and its forecasters, a speaker or a subject: no news of the day's ("..., the National Weather Service
#: said", "The storm has a 50 percent chance ..."), where an act the weather caused is ("Clean-up work was halted
#: because of severe weather, the Coast Guard said").
_WEATHER = re.compile(r"(?i)(?:[\w.'’-]+\s+){0,3}?(?:weather|hurricane|storms?|waves|gusts|winds?|forecast\w*)\b")
#: An act told in the perfect in its first clause, as news of the day is: "The Justice Department has launched an
#: inquiry, BP said", "The employee has been taken to hospital, a spokesman said". Not negated, not reaching back.
_RECENT_PERFECT = re.compile(
    r"(?!.*\b(?:not|never|since|ever|already|ago|before|each|every|years?)\b)(?:(?!\b(?:who|which|that|whose|if|when)\b)"
    r"[^,;:“”\"])*?\b(?:has|have)\s+(?:been\s+)?(?:[a-z]+ly\s+)?(?:[a-z]+ed|taken|given|begun|shown|written|sent|made|"
    r"found|brought|bought|sold|won|lost|held|put|set|cut|shut|told|paid|built)\b")
#: A verb in the present that tells how things stand, before the past a saying's words seem to tell: "One option
#: includes ...", "The plan is ...".
_STANDS = re.compile(r"\b(?:is|are|remains?|includes?|involves?|means?|requires?|contains?|seems?|appears?)\b")
#: Who speaks for no one named: unnamed officials, sources, witnesses, reports.
_UNNAMED = re.compile(r"\b(?:officials?|sources?|witnesses|authorities|reports?|media|people|residents|police)\b",
                      re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class TrailingSpeaker:
    """A speaker named at the end of a saying: the words naming it, where they stand in the sentence."""

    name: str
    start: int
    end: int


def trailing_speaker(sentence: str) -> TrailingSpeaker | None:
    """The speaker named at the end of ``sentence`` after the words it said ("..., BP said."), or None: not a
    quotation's credit ('“...,” Egan said': words quoted, not news told), an unnamed speaker or a commentator."""
    text = sentence.rstrip()
    if text[:1] in "“\"‘'`" or re.search(r"[”\"`]|‘\w", text):
        return None
    m = _TRAILING_SAID.search(text)
    if m is None:
        return None
    if _TOLD_ON.match(text):
        return None  # the lead's happening told on, or a state: "The shutdown followed ...", "There were no injuries"
    group = "speaker" if m.group("speaker") else "fronted"
    name = m.group(group)
    who = name if group == "speaker" else text[m.start(group):m.end()]  # (with the apposition after a fronted "said")
    if name.split()[0] in _NOT_NAMES or _UNNAMED.search(name) or _COMMENTATOR.search(who) \
            or _WEATHER.search(who) or len(text[:m.start()].split()) < 5 or comments_on_news(who):
        return None  # a pronoun; officials or witnesses; a commentator's view or a forecaster's; a fragment
    told = text[:m.start()]
    if tells_no_news(told):
        return None  # a view, a feeling or a non-answer (:mod:`.saying_news`)
    if told.split()[0].lower() in SUBORDINATORS:  # "As the company pushed ahead, Apache was moving ...": the main clause
        told = told[told.find(",") + 1:] if "," in told else ""
    past = narrated_past(told) if told else None
    if not told or (past is None and not _RECENT_PERFECT.match(told)) or _WEATHER.match(told.lstrip()) or (
            past is not None and _STANDS.search(told, 0, told.find(past.group()))):
        return None  # a view, a state, a plan or a forecast told ("The placement was a positive step, said ..."); the
        # weather ("The storm has a 50 percent chance ..."); a state whose words hold a past participle ("One option
        # includes injecting methanol, a chemical used as antifreeze, ...")
    return TrailingSpeaker(name, m.start(group), m.end(group))


@dataclass(frozen=True, slots=True)
class NewsLead:
    """The sentence near the top that states the story's news day, and that day."""

    index: int
    day: dt.date


def news_lead(by_sentence: dict[int, list[Mention]], story_day: dt.date) -> NewsLead | None:
    """The news day stated near the top: the lead's own date (``story_day``), or the sentence after a lead dated only
    by its publication ("A House panel has found ... Stupak said Wednesday that ..."), which then is the day."""
    lead = min((i for i, ms in by_sentence.items() if i < LEAD_SENTENCES and any(
        m.main and not m.lead and m.when.precision.rank >= Precision.DAY.rank and m.when.start.date() == story_day
        for m in ms)), default=None)
    if lead is not None:
        return NewsLead(lead, story_day)
    lead = min((i for i, ms in by_sentence.items() if i < LEAD_SENTENCES and any(m.lead for m in ms)), default=None)
    if lead is None:
        return None
    return NewsLead(lead, next(m for m in by_sentence[lead] if m.lead).when.start.date())


def day_sayings(doc: Document, names: NameIndex, sentences: list[Sentence], found: list[Mention],
                actors: list[str | None], story_day: dt.date) -> list[Mention]:
    """``found`` with the sayings of named speakers told right after a lead dated to the news day ``story_day``."""
    by_sentence = mentions_by_sentence(found)
    news = news_lead(by_sentence, story_day)
    if news is None:
        return found
    lead, story_day = news.index, news.day
    told = max(by_sentence[lead], key=lambda m: m.when.precision.rank)
    lead_speakers = {n.split()[-1] for n in (told.actor, told.source) if n}
    added: list[Mention] = []
    for after in saying_sentences(doc, sentences, by_sentence, lead, story_day):
        index, s = after.index, after.sentence
        if after.own or NOT_TODAY.search(s.text) or (occasion_tie(s.text) and not answer_opener(s.text)):
            continue  # (an occasion the sentence ties to, "told another committee", is :mod:`.continued`'s to date)
        if after.day != story_day and not (background_over(by_sentence, index, lead) and returns_to_day(
                s.text, doc.text[:s.start])):
            continue  # background of another time, unless the story has come back to its day
        milestone = first_case_speaker(s.text)  # (a country is a speaker the name index may not hold)
        speaker = saying_speaker(s.text) or milestone
        opening = bool(speaker)
        body = "" if speaker else described_speaker(s.text)
        trailing = None if speaker or body else trailing_speaker(s.text)
        # A new speaker named in another way: an office before the name, an opening clause (:mod:`.day_speakers`)
        other = None if speaker or body or trailing else opening_speaker(s.text)
        before = doc.text[sentences[lead].start:s.start]  # the story since its lead
        if body:  # "A BP spokesman said ...": the body's saying, unless it spoke already (named, it may not have)
            at = s.text.find(body)
            # (a body named by its kind needs no name the index holds: "the Estonian government", "the US coastguard")
            named = bool(names.between(s.start + at, s.start + at + len(body))) or body.split()[-1] in KIND_NOUNS
            if index == lead + 1 or not named or _NO_NEWS.search(s.text) or tells_no_news(
                    s.text[at + len(body):]) or (spoke_before(body, before) and not new_answer(
                        s.text, at + len(body), body.split()[-1], before)) or body.split()[-1] in lead_speakers:
                continue
            speaker = body
        elif trailing is not None:  # "..., BP said.": the same saying with its speaker told last
            named = names.between(s.start + trailing.start, s.start + trailing.end)
            if not named or _NO_NEWS.search(s.text):
                continue
            speaker = named[-1].text
        elif other is not None:
            named = names.between(s.start + other.start, s.start + other.end)
            if index == lead + 1 or not named or _NO_NEWS.search(s.text) or tells_no_news(other.said) \
                    or _COMMENTATOR.search(other.who) or comments_on_news(other.who) or _WEATHER.search(other.who):
                continue  # no name; no news; a commentator's view or a bystander's colour (:mod:`.saying_news`)
            if other.quoted and not holds_office(other.who) and looks_personal(named[-1].text):
                continue  # a quotation opened by a new person with no office told: as often a bystander's colour
            speaker = named[-1].text
        elif not speaker or (not milestone and not (names.between(s.start + s.text.find(speaker), s.start + s.text.find(speaker) + len(
                speaker)) or len(re.findall(r"\b[A-Z]", speaker.removeprefix("The "))) > 1)):
            continue  # a capitalised word that names no one ("Tests confirmed ...", "Authorities said ...")
        head = speaker.split()[-1].strip("()")
        if not body and (head in lead_speakers or (re.search(rf"\b{re.escape(head)}\b", before) and not (
                opening and new_answer(s.text, s.text.find(speaker) + len(speaker), head, before)))):
            continue  # a speaker told already: the statement told on, unless a formal answer (:mod:`.formal_responses`)
        added.append(_day_saying(doc, names, s, index, actors, story_day, speaker))
    return sorted(found + added, key=lambda m: m.sentence) if added else found


def _day_saying(doc: Document, names: NameIndex, s: Sentence, index: int, actors: list[str | None],
                story_day: dt.date, speaker: str) -> Mention:
    """The mention of the saying ``s`` by ``speaker``, dated to the news day by where it stands."""
    actor = actors[index] if index < len(actors) else None
    return Mention(
        when=When.parse(story_day.isoformat()), start=s.start, end=s.end, sentence=index, actor=actor,
        title=write_title(s.text, [], short(actor)), tags=names.names_in(doc.text, s.start, s.end)[:8],
        confidence=DAY_CONFIDENCE, is_statement=True, sentences=[index], words=content_words(s.text),
        verbs=past_verbs(s.text), stems=stems(s.text), speaker=speaker_words(s.text),
        bodies=speaker_bodies(s.text),
        source=names.resolve(speaker), continued="day")
