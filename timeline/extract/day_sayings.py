"""Sayings of the story's news day told with no date (issue 16: recall).

A news report tells its day's statements after its lead without naming the day again:

    Health officials announced the country's third death from the disease on Sunday. The Centre for Disease
    Control reported 2,254 confirmed cases across the country, ...

The saying is the news, made on the news day: where it stands dates it, as :mod:`.day_statements` dates the day's
undated acts. It counts when, in the few sentences after the first sentence near the top that states the news day as
its own (a lead dated only by its publication, a feature's or an analysis's opening, states none), with no sentence
dated to another day between them, before the story's footer, its main clause opens with a named speaker (an
organisation or a person named, not a pronoun, "officials", "a spokesman") and the past of a saying verb:

- not a speaker told already: the same speaker goes on with the statement told;
- not a saying that reaches back ("had earlier said", "previously"), a refusal ("declined to comment"), a belief or
  a feeling ("said he was amazed"), a state of long standing ("were already suffering"), the weather's forecast;
- not a quotation's introduction ("Donaldson said: “...”": the words of a statement told already), nor a saying
  someone reports ("..., Allen said"), nor one tied to an occasion of its own (:mod:`.continued` dates those);
- not a commentator's view ("an oil analyst at ING"), nor the news agency the story comes from.

Such a mention's confidence is :data:`.day_statements.DAY_CONFIDENCE`: its day is read from where it stands.
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.extract.actors import short
from timeline.extract.continued import occasion_tie
from timeline.extract.day_statements import DAY_CONFIDENCE, LEAD_SENTENCES, news_sentences
from timeline.extract.happenings import stems
from timeline.extract.merge import Mention, content_words, past_verbs, speaker_words
from timeline.extract.names import NameIndex
from timeline.extract.sentences import Sentence
from timeline.extract.titles import write_title
from timeline.model import Document, Precision, When

#: A named speaker, then the past of a saying verb: "The Centre for Disease Control and Prevention (CDC) reported",
#: "Steven Newman, chief executive of Transocean, said", "BP also announced".
_SPEAKER_SAID = re.compile(
    r"(?P<speaker>(?:The\s+)?(?:[A-Z][\w.'’&-]*(?:\s+(?:of|and|for|the|de)\s+|\s+)){0,7}[A-Z][\w.'’&-]*"
    r"(?:\s+\([A-Z][\w.&-]*\))?)"
    r"(?:,[^,;“”\"]{3,80},)?\s+(?:also\s+|then\s+)?"
    r"(?P<verb>said|told|announced|reported|confirmed|disclosed|unveiled)\b")
#: A saying that reaches back from the news day or tells nothing that happened: a refusal, a speaker's belief or feeling
#: ("told the BBC he believed she had been admitted", "said he was amazed"), a state of long standing ("were already
#: suffering"); and the weather, whose forecasts are no news of the day's.
_NOT_TODAY = re.compile(r"\b(?:had|has|have)\s+(?:\w+\s+)?(?:said|told|announced|reported)\b|\b(?:declined|refused)\b"
                        r"|\b(?:previously|earlier\s+this\s+(?:year|month)|last\s+(?:year|month|week))\b"
                        r"|\b(?:believed|thought|felt|amazed|already|weather|hurricane|tropical\s+storm)\b")
#: Who comments on the news rather than makes it ("Jo Kent, an oil analyst at ING, said ..."), or reports it: a news
#: agency is the story's source, not its newsmaker ("The Associated Press said the beach looked ...").
_COMMENTATOR = re.compile(r"\b(?:analysts?|economists?|strategists?|professor|expert|commentator|historian|"
                          r"columnist|researcher|Associated\s+Press|Reuters|Agence\s+France|AFP|news\s+agency)\b",
                          re.IGNORECASE)
#: Capitalised words that name no speaker: pronouns, openers.
_NOT_NAMES = frozenset(["He", "She", "It", "They", "We", "I", "You", "This", "That", "But", "And", "In", "On", "At",
                        "After", "Meanwhile", "However", "Also", "Officials", "Analysts", "Experts", "Police"])


def saying_speaker(sentence: str) -> str:
    """The named speaker who opens ``sentence`` with the past of a saying verb, or ""."""
    m = _SPEAKER_SAID.match(sentence.lstrip())
    if m is None:
        return ""
    if re.match(r"\s*[:,]?\s*[“\"]", sentence.lstrip()[m.end():]):
        return ""  # ("Donaldson said: “...”": the words of a statement told already, quoted)
    speaker = m.group("speaker")
    if speaker.split()[0] in _NOT_NAMES or speaker.split()[-1] in _NOT_NAMES or _COMMENTATOR.search(m.group()):
        return ""  # a pronoun, an opener; or a commentator's view ("Jo Kent, an oil analyst at ING, said")
    return speaker


def day_sayings(doc: Document, names: NameIndex, sentences: list[Sentence], found: list[Mention],
                actors: list[str | None], story_day: dt.date) -> list[Mention]:
    """``found`` with the sayings of named speakers told right after a lead dated to the news day ``story_day``."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in found:
        by_sentence.setdefault(m.sentence, []).append(m)
    # The news day stated near the top: the lead's own date, or the sentence after a lead dated only by its
    # publication ("A House panel has found ... Stupak said Wednesday that ...").
    lead = min((i for i, ms in by_sentence.items() if i < LEAD_SENTENCES and any(
        m.main and not m.lead and m.when.precision.rank >= Precision.DAY.rank and m.when.start.date() == story_day for m in ms)),
        default=None)
    if lead is None:
        return found
    told = max(by_sentence[lead], key=lambda m: m.when.precision.rank)
    lead_speakers = {n.split()[-1] for n in (told.actor, told.source) if n}
    added: list[Mention] = []
    for after in news_sentences(doc, sentences, by_sentence, lead, story_day):
        index, s = after.index, after.sentence
        if after.own or after.day != story_day or _NOT_TODAY.search(s.text) or occasion_tie(s.text):
            continue  # (an occasion the sentence ties to, "told another committee", is :mod:`.continued`'s to date)
        speaker = saying_speaker(s.text)
        if not speaker or not (names.between(s.start, s.start + len(s.text) - len(s.text.lstrip()) + len(speaker))
                               or len(re.findall(r"\b[A-Z]", speaker.removeprefix("The "))) > 1):
            continue  # a capitalised word that names no one ("Tests confirmed ...", "Authorities said ...")
        head = speaker.split()[-1].strip("()")
        if head in lead_speakers or re.search(
                rf"\b{re.escape(head)}\b", doc.text[sentences[lead].start:s.start]):
            continue  # a speaker told already: the statement told on
        actor = actors[index] if index < len(actors) else None
        added.append(Mention(
            when=When.parse(story_day.isoformat()), start=s.start, end=s.end, sentence=index, actor=actor,
            title=write_title(s.text, [], short(actor)), tags=names.names_in(doc.text, s.start, s.end)[:8],
            confidence=DAY_CONFIDENCE, is_statement=True, sentences=[index], words=content_words(s.text),
            verbs=past_verbs(s.text), stems=stems(s.text), speaker=speaker_words(s.text),
            source=names.resolve(speaker), continued="day"))
    return sorted(found + added, key=lambda m: m.sentence) if added else found
