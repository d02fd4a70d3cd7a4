"""Headline-style titles written from a sentence: who did what.

A timeline title is not the sentence cut off at 80 characters. An editor would
take the sentence's subject and main verb phrase and drop what the timeline
shows elsewhere or does not need: the date itself (it is the event's date),
attribution of quotes, appositives ("Sean Parnell, the Pentagon's top
spokesperson, said" -> "Sean Parnell says"), leading subordinate clauses, and
everything after the main clause. Verbs go to the headline present ("signed" ->
"signs") when the verb is known; unknown verbs keep their tense rather than
risk a misspelling. Long results are cut at a phrase boundary, never mid-word.

This module writes the title; word classes and verb forms live in
``title_words``, the subject (leads, appositives, pronouns) in ``title_subjects``,
and cutting and shortening in ``title_cuts`` (whether a cut ends whole, and what replaces it, in ``title_whole``).
"""

from __future__ import annotations

import re

from timeline.english_auxiliaries import BE_FINITE, HAVE_FORMS, MODAL_VERBS, WILL_WOULD, auxiliaries
from timeline.extract.agent_participles import paper_author_speaks
from timeline.extract.attribution import inverted_after_quote, opening_attribution, quote_first
from timeline.extract.copula_ends import copula_end_gone
from timeline.extract.dangling_modifiers import modifiers_closed
from timeline.extract.described_names import described_then_named
from timeline.extract.named_titles import Namer, TitleDraft, keep_draft, named_clause
from timeline.extract.relative_leads import relative_lead_gone
from timeline.extract.report_conditions import condition_gone
from timeline.extract.reported_clauses import (
    CLAUSE_BREAKS,
    UNNAMED_SUBJECT,
    named_report,
    reported_clause,
)
from timeline.extract.reported_states import kept_source
from timeline.extract.run_on_quotes import closed_quote
from timeline.extract.said_titles import said_title
from timeline.extract.saying_words import SAID_SAYS, SAY_FORMS, alternation, spoken
from timeline.extract.spaced_quotes import single_quotes_closed, spaced_quotes_joined
from timeline.extract.subject_heads import predicate_kept
from timeline.extract.title_backshift import dated_predicate, dated_report
from timeline.extract.title_bare_verbs import bare_end_mended
from timeline.extract.title_clause_edges import degree_adverb_gone
from timeline.extract.title_compress import drop_asides, make_room_for_verb
from timeline.extract.title_cuts import (
    _limit,
    balance_quotes,
    cut_main_clause,
    shorten_inner_subjects,
    shorten_subject,
)
from timeline.extract.title_dashes import one_dash_gone
from timeline.extract.title_dates import strip_spans
from timeline.extract.title_dependent_clauses import cut_dependent_gone, fronted_report_phrase_gone
from timeline.extract.title_ends import ABBREVIATION_END, COPULA_WORDS, particle_ends
from timeline.extract.title_gate import title_defect
from timeline.extract.title_headings import heading_gone
from timeline.extract.title_hedges import date_hedge_gone
from timeline.extract.title_holders import holder_kept, limits_kept
from timeline.extract.title_lead_names import lead_gone
from timeline.extract.title_longer_ends import longer_title
from timeline.extract.title_openers import dash_aside_gone, subject_first
from timeline.extract.title_past_perfect import perfect_gone
from timeline.extract.title_phrases import PRE_VERB_ADVERBS, drop_spare_times
from timeline.extract.title_quotes import speaker_ends
from timeline.extract.title_referents import (
    actor_kind,
    drop_reporting_it,
    relative_aside_gone,
    resolve_pronoun,
)
from timeline.extract.title_relatives import subject_relative_clause
from timeline.extract.title_report_gaps import report_gaps_closed
from timeline.extract.title_role_lists import roles_gone_from_list
from timeline.extract.title_room import Clause, initials_named, room_made
from timeline.extract.title_subject_relatives import subject_relatives_gone
from timeline.extract.title_subject_room import subject_gives_room
from timeline.extract.title_subjects import (
    LEAD_WORDS,
    drop_appositive,
    drop_lead,
    drop_role,
    one_news_item,
)
from timeline.extract.title_subordinate_subjects import subordinate_subject_gone
from timeline.extract.title_tense import headline_verb, plural_subject
from timeline.extract.title_verbless import sentence_shaped
from timeline.extract.title_verbs import IRREGULAR_PAST_FORMS, PARTICIPLES, PLURAL_NOUNS
from timeline.extract.title_whole import whole_cut
from timeline.extract.title_words import (
    INTRANSITIVE_ED,
    MAX_CHARS,
    MAX_WORDS,
    NAMING_WAITS,
    SPEECH_PRESENT,
    SPEECH_VERBS,
    WEAK_END,
    WH,
    main_verb_start,
    verbish,
)
from timeline.extract.torn_phrases import object_pronoun_end
from timeline.extract.truncated_teasers import cut_word_gone
from timeline.extract.writer_voice import verdict_label_gone

__all__ = ["DATELINE", "MAX_CHARS", "write_title"]

# "Jindal, 38, was elected": a person's age after the name, not part of the headline.
_AGE = re.compile(r"(?<=[a-z]),\s+\d{1,3},(?=\s+(?!(?:of|from|in|at|and|who|a|an|the)\b)[a-z])")
# "Members of Parliament (MPs)", "Gov. Bob Riley (R)", "shares (BP. N)", "$20bn (# 13.5 bn)": a gloss in brackets
# (an abbreviation, a party, a ticker, the sum in another currency), not part of the headline.
_GLOSS = re.compile(r"\s+\((?:[A-Z]{2,6}s?|[DRI]|[A-Z]{1,5}\.\s?[A-Z]{1,2}|[#£$€]\s?[\d.,]*\d\s?(?:bn|m|k|billion|million|"
                    r"trillion)?|[\d.,]*\d\s+(?:(?:trillion|billion|million)\s+)?(?:pounds|euros|dollars)|"
                    r"[\d.,]*\d(?:\s*(?:million|billion))?\s*(?:km|kilometres|kilometers|miles|metres|meters|m|ft|feet|litres|"
                    r"liters|gallons|barrels|kg|tonnes|tons|mph|km/h|kph|sq\s+km|sq\s+miles))\)(?=[\s,.;:]|$)")
# "The roads are all made of sand Posted by madfortravel": a comment's credit run into its text.
_POSTED_BY = re.compile(r"\s+(?:Posted|Submitted|Written) by\s+\S.*$")
# "Sen. Chuck Schumer, D-N.Y., said": party and state, not part of the headline.
_PARTY = re.compile(r",\s+[DRI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?,|\s+\([DRI]-[A-Z][A-Za-z.]*(?:\s[A-Z][A-Za-z.]*)?\)")
DATELINE = re.compile(
    r"^[A-Z][A-Z .,'’-]{2,40}(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\.?)?\s*(?:\([\w. ]+\))?\s*(?:[—–_-]+|:)\s*")

_MARKDOWN = re.compile(r"\*\*|__|`|^#+\s+|^>\s+|\[([^\]]*)\]\([^)]*\)", re.M)
# ", he added," / ", Smith said," in the middle of a sentence: attribution, not content.
_PARENTHETICAL = re.compile(
    r",\s+(?:he|she|they|it|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}|(?:(?:the|some|many|local|federal|state)\s+)?"
    r"(?:officials|experts|analysts|scientists|police|witnesses|sources|residents|investigators|engineers|doctors|"
    r"authorities)|(?:the|its|his|her|their)\s+(?:[a-z]+\s+)?[a-z]+)\s+(?:" + alternation(spoken("say", "add"), {"noted", "wrote", "argued", "explained", "insisted", "warned"},
                                    spoken("believe", "think", "reckon", "suggest", base=True)) + r")\s*,\s+"
)

#: Where something was said, between the verb of saying and the quotation: "in a research note", "on Sunday's Meet the
#: Press" (a few words with no clause word or verb in them: "in the Independent their decision is" is a clause).
_VENUE = (r"\s+(?:in|on|at|during|via|through|from)\s+(?:(?!(?:that|which|who|whom|" + auxiliaries(BE_FINITE, HAVE_FORMS) + r"|reads?|" + auxiliaries(WILL_WOULD)
          + r"|" + alternation(SAY_FORMS) + r")\b)[^\s,:;“”\"]+\s*){1,12}?")

_NOT_A_VERB = re.compile(r"(?:the|an?|and|but|or|so|then|it|he|she|they|we|this|that|these|those|its|his|her|their|"
                         r"there)\b")

# "The eastern Gulf -- an area stretching from 125 to 300 miles off Florida's coast -- was singled out":
# an aside between dashes.
_DASHED = re.compile(r"\s+(?:--|—|–|-)\s+[^—–]{1,160}?\s+(?:--|—|–|-)\s+")

# "how Bonnie, which did no real damage on shore, affected the area": an aside between commas.
# "what effects, if any, the spill has had": a parenthetical between commas.
_ASIDE = re.compile(r",\s+(?:if any|if so|if ever|in turn|in fact|for example|for instance|of course|however|"
                    r"though|too|meanwhile|moreover|in part|at least|so far|for now|in all|among other things|in particular|"
                    r"in effect|as expected|as usual|by contrast|for its part|for his part|for her part|in addition|"
                    r"on average|in total|as a result|in response|in short|once again|again|also)\s*,\s+")
# "said that while X was eligible, he did not think ...": the reported clause is what follows the comma; a
# clause of time or concession before it goes ("if" and "unless" stay: without them the claim is absolute), a quoted
# phrase in it too, whose comma may stand inside its closing mark ("although he is signed up “for now,” he has").
# A pronoun that opens the reported clause stands for the subordinate clause's named subject ("said that while BP had
# doubled the flow, it was now trying" -> "said BP was now trying"): the name goes where the pronoun stood.
_SUBORDINATE_IN_REPORT = re.compile(
    r"\b(" + alternation(SAID_SAYS, {"that"}) + r"|told [\w ]{1,30}?)\s+(?:while|although|though|even though|after|before|since|once|as soon as|"
    r"whereas|when)\s+([^,“”\"]{3,120}(?:[“\"][^,“”\"]{1,60},[”\"])?)(?:(?<=,[”\"])\s+|,\s+)(?:(it|he|she)\s+(?=[a-z]))?"
    r"(?=[a-z]|[A-Z][\w.&’'-]*\s+(?:is|was|has|had|will|would|could|can|may|might|must|should|said|did)\b)")
_NAMED_CLAUSE_SUBJECT = re.compile(r"((?:[A-Z][\w&.’'-]*\s+){0,3}[A-Z][\w&.’'-]*)\s+(?:(?:had|has|have|was|were|is|are|will|"
                                   r"would|could|did|does|also|still|now)\b|[a-z]{3,}ed\b)")


def _drop_subordinate(m: re.Match[str]) -> str:
    """The reporting verb without the subordinate clause after it, and the clause's named subject in place of the
    pronoun that stands for it."""
    if m.group(3) is None:
        return m.group(1) + " "
    named = _NAMED_CLAUSE_SUBJECT.match(m.group(2))
    kind = actor_kind(named.group(1)) if named else None
    personal = m.group(3) != "it"
    # The reported clause's pronoun may be the speaker's own ("Judge Berg said that while Lund was eligible, she did
    # not think ..."): it goes to the subordinate clause's name only when it cannot be the speaker ("He said that
    # while BP had doubled the flow, it was now trying": "it" is no "he").
    speaker = re.split(r"\s+(?:" + alternation(SPEECH_VERBS, SPEECH_PRESENT) + r")\b", m.string[:m.start()])[0].strip()
    speaker_kind = "person" if re.match(r"(?:He|She|I|We)\b", speaker) else "body" if re.match(
        r"(?:It|The\s+(?:company|firm|group|agency|government|ministry|council|court|board|panel|committee))\b",
        speaker) else actor_kind(speaker) if re.fullmatch(r"(?:[A-Z][\w&.’'-]*\s*){1,4}", speaker) else None
    if named and named.group(1).split()[0] not in {"The", "A", "An", "This", "That", "It", "He", "She", "They", "We",
                                                   "I"} and (kind is None or (kind == "person") == personal) \
            and speaker_kind is not None and (speaker_kind == "person") != personal:
        return f"{m.group(1)} {named.group(1)} "
    return f"{m.group(1)} {m.group(3)} "
# "told police, in an interview heard in court, that he was away": where it was said, set off by commas.
_WHERE_IT_WAS_SAID = re.compile(
    r"\b((?:" + alternation(spoken("tell", "say", "write"), {"testified", "admitted", "insisted"}) + r")\b[^,“”\"]{0,40}),\s+(?:in|at|on|during|after|"
    r"before|from|via|through)\s+[^,“”\"]{1,80},\s+(?=that\b)")
# "placed a cap, known as an LMRP cap, over the well": what a thing is called, between commas, is an aside.
# ("Tony Hayward, variously dubbed “toxic Tony” and “wayward Hayward”, is likely": with its adverb and its quoted names;
# the name opens with a quote, a capital or an article: ", called on Salazar to ..." is no naming)
_NAMING_ASIDE = re.compile(r",\s+(?:[a-z]{3,}ly\s+)?(?:known|called|dubbed|nicknamed|named|billed|described|termed)\s+"
                           r"(?:as\s+)?(?=[“\"A-Z]|(?:an?|the)\s)(?:[^,;“”\"]|“[^“”]{1,30}”|\"[^\"]{1,30}\"){1,40}?,(?=\s+[a-z])")
# "learned [the next afternoon], April 16, that his engineers had decided": an aside (often what is left of a
# date) between a verb and the "that" of its complement; cutting at its comma would leave the verb bare.
_VERB_ASIDE = re.compile(r"\b([a-z]{3,})\s*,\s+(?:[^,“”\"]{1,40}?,\s+)?(?=that\s)")
_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whose)\s+[^,;“”\"]{1,120},\s+(?=[a-z])")
# "Obama, who has told aides to “plug the damn hole,” will head": the aside's comma can stand inside its quote.
_QUOTED_RELATIVE_ASIDE = re.compile(r",\s+(?:which|who|whose)\s+[^,“”\"]{1,100}[“\"][^“”\"]{1,60},[”\"]\s+(?=[a-z])")
# "The official estimate, based on several methods that include ..., is 35,000 barrels": a participle
# phrase between the subject and its verb ("its figures, normally reported on the last Tuesday, would": with its adverb).
_PARTICIPLE_ASIDE = re.compile(  # ("has evaporated, dissolved or been dispersed, skimmed": a list of verbs, no aside)
    r"(?<![a-z]ed),\s+(?:[a-z]{3,}ly\s+)?(?:[a-z]{3,}(?:ed|en)|known|led|run|held|made|built|set|put|done)\s+(?:(?:in|on|at|by|with|for|from|as|to|"
    r"under|over|after|before|during|between|through)\b[^,“”\"]{1,160}|[^,“”\"A-Z]{1,120}),\s+"
    r"(?=(?:" + auxiliaries(BE_FINITE, HAVE_FORMS, MODAL_VERBS, without={"shall"}) + r"|remains?|[a-z]{3,}ed|"
    + "|".join(sorted(IRREGULAR_PAST_FORMS - {"set", "put", "cut", "hit", "quit", "shut"})) + r")\b)")


def write_title(
    sentence: str,
    remove: list[tuple[int, int]],
    actor: str | None = None,
    noun_phrase: bool = False,
    namer: Namer | None = None,
) -> str:
    """A headline for the statement in ``sentence``.

    ``remove`` lists spans (relative to ``sentence``) of the date expressions
    to leave out; ``actor`` is the named subject a leading pronoun stands for.
    ``noun_phrase`` says the text is a noun phrase naming a happening ("the cap
    removed on Saturday"): a participle in it is passive ("The cap is removed").
    ``namer`` puts the story's names in the clause before it is fitted to the
    limit (:mod:`.named_titles`).
    """
    whole_sentence, remove_given, noun_phrase_given = sentence, remove, noun_phrase
    whole, (sentence, remove) = sentence, cut_word_gone(*one_news_item(sentence, remove))  # (:mod:`.truncated_teasers`)
    remove = limits_kept(sentence, remove)  # ("suspends dividends for the rest of the year": :mod:`.title_holders`)
    own_actor = whole.lstrip().startswith(sentence)  # ("Hunt's reply to fans The singer was ...": not Hunt's item)
    deadline = _deadline(sentence, remove)
    text = spaced_quotes_joined(strip_spans(sentence, remove))  # ("` top kill '": :mod:`.spaced_quotes`)
    text = re.sub(r"\s+", " ", _MARKDOWN.sub(lambda m: m.group(1) or "", text)).strip()
    # "by 1351 GMT (8:51 EST)": a bracket that held only the removed date or time says nothing; it goes with it.
    text = re.sub(r"\s*\((?:\s|[,;:/–—-])*\)", "", text)
    if remove:  # a day word the event's date did not take is another day's: it goes (none does when undated)
        text = drop_spare_times(text)
    text = deadline if deadline is not None else text
    relative_clause = subject_relative_clause(text) if noun_phrase else None
    if relative_clause is not None:  # "the rig that exploded": the noun is what the relative clause's verb tells of
        text, noun_phrase = relative_clause, False
    text = _DASHED.sub(dash_aside_gone, text)
    text = report_gaps_closed(text)  # ("said that, weather permitting, the crew", "learned the next afternoon that")
    text = _RELATIVE_ASIDE.sub(relative_aside_gone, text)
    text = _QUOTED_RELATIVE_ASIDE.sub(" ", text)
    text = _PARTICIPLE_ASIDE.sub(" ", text)
    text = _ASIDE.sub(" ", text)
    text = _NAMING_ASIDE.sub("", text)
    text = _VERB_ASIDE.sub(lambda m: m.group(1) + " " if verbish(m.group(1).lower(), "") else m.group(0), text)
    # Between a subject and its verb the comment goes with both its commas ("Most findings, the panel believes, show");
    # before a clause's subject or a conjunction its place keeps a comma ("So far, officials said, the oil has"), and
    # before a participle, which opens an adjunct after a whole clause ("could reach its target, BP said, keeping it").
    text = _PARENTHETICAL.sub(lambda m: " " if "," not in m.string[:m.start()] and m.string.split(" ", 1)[0].lower()
                              not in LEAD_WORDS and re.match(r"[a-z]", m.string[m.end():]) and not _NOT_A_VERB.match(
                                  m.string, m.end()) and not re.match(r"[a-z]{3,}ing\b", m.string[m.end():])
                              else ", ", text)
    text = _PARTY.sub("", text)
    initials = initials_named(text)  # ("the Centers for Disease Control and Prevention (CDC)": the CDC when room is short)
    text = _GLOSS.sub("", text)
    text = _AGE.sub("", text)
    opening_quote = quote_first(text)
    if not (opening_quote and re.search(r"\b(" + alternation(SPEECH_VERBS) + r")\b", opening_quote[1])):
        text = kept_source(text, sentence, remove)  # after a closed quotation the attribution is its speaker
    text = condition_gone(_SUBORDINATE_IN_REPORT.sub(_drop_subordinate, text))  # (:mod:`.report_conditions`)
    text = _WHERE_IT_WAS_SAID.sub(r"\1 ", text)
    text = heading_gone(DATELINE.sub("", text))  # ("THE BIG EXPLOSION The explosion at ...": :mod:`.title_headings`)
    text = _POSTED_BY.sub("", text)
    text = re.sub(r"^\([^()]{1,60}\)\s+(?=[A-Z])", "", text)  # "(Jane Doe - AP) Workers ...": a credit, not news
    quote_lead = None
    opened = opening_attribution(text)
    if opened is not None and opened.said:  # "Said the committee in a letter: “...”": the speaker is the subject
        if opened.quoted:
            quote_lead, text = opened.said, opened.headline()
        else:
            text = f"{opened.headline()} {opened.said}"
    opening_quote = quote_first(text)
    if opening_quote and re.search(r"\b(" + alternation(SPEECH_VERBS) + r")\b", opening_quote[1]):
        quote_lead, text = opening_quote
        # "Simon Hawkins, oil analyst at Ambrian, said": the speaker's name and the verb.
        named = re.match(r"^([A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}),\s+[^“”\"]{2,80}?,?\s+(" +
                         alternation(SPEECH_VERBS) + r")\b", text)
        if named:
            text = named.group(1) + " " + named.group(2) + text[named.end():]
    if quote_lead is None and "“" not in text and (text.count("”") + text.count('"')) == 1:
        # "I need somebody to put the fire out,” Gov. Bob Riley told Fox News": a quoted paragraph whose
        # opening mark stands in the paragraph before; "…lost,” said Michael Ballay, the marina's manager".
        # ("...," deputy health minister Ana Vell told: :mod:`.run_on_quotes`)
        closing = closed_quote(text, alternation(SPEECH_VERBS))
        if closing is not None:
            quote_lead, text = closing.said, closing.credit
    if quote_lead is not None:
        # “When this thing happened,” Beach said, “I had every day booked”: a quote split by its attribution goes on
        # after it; the two halves are one quote.
        split = re.match(r"^([^“”\"]{2,120}?),\s*[“\"]([^“”\"]{3,})[”\"]?\s*[.]?$", text)
        if split and re.search(r"\b(?:" + alternation(SPEECH_VERBS) + r")\b", split.group(1)):
            text, quote_lead = split.group(1), f"{quote_lead}, {split.group(2)}"
        # "said Michael Ballay, the manager" -> "Michael Ballay said"; "said the mayor" -> "the mayor said" (a role
        # the story may name)
        inverted = inverted_after_quote(text)
        text = f"{inverted.speaker} {inverted.verb}" if inverted else text
    if quote_lead is None:
        # "Hunt said: “I'm excited about tomorrow's event, ...”" -> the speaker and the quote.
        # ("said in a research note: “...”", "said in a television interview, “...”": where it was said goes)
        # ("told Britain's Sky News: “...”", "told the BBC, in a documentary to be broadcast: “...”", "told Reuters, “...”":
        # whom it was told, a name that may own, and where, go with the saying)
        said, told = alternation(spoken("say", "add", "write")), r"told (?:[A-Z][\w'’.-]*|the|[a-z]+)(?: [A-Z][\w'’.-]*){0,4}"
        colon = re.match(r"^(.{2,80}?\b(?:" + said + r"|told [\w ]{1,30}?|" + told + r"))(?:" + _VENUE + r"|,\s+(?:in|on|at|during)\s+"
                         r"[^,:;“”\"]{2,60}?)?\s*:\s*[“\"](.+?)[”\"]?$|^(.{2,80}?\b(?:" + said + r"))" + _VENUE
                         + r",\s*[“\"](.+?)[”\"]?$|^(.{2,80}?\b" + told + r"),\s*[“\"]([^“”\"]{10,}?)[,.]?(?:[”\"](?:,?\s+[^“”\"]*)?)?$", text)
        colon = None if colon and re.search(r",\s+(?:who|which)\s", colon.group(1) or colon.group(3) or colon.group(5)) else colon
        if colon:
            text, quote_lead = colon.group(1) or colon.group(3) or colon.group(5), colon.group(2) or colon.group(4) or colon.group(6)
    if text[:1] in "“\"" and text.count("“") + text.count('"') == 1 + text.count("”"):
        text = text[1:]  # a quoted paragraph that runs on: its opening mark is not part of the headline
    text = relative_lead_gone(text, subject_first(lead_gone(subject_first(verdict_label_gone(text)))))  # ("Of concern is X", "It was X who")
    text = drop_reporting_it(text)
    text = described_then_named(drop_appositive(roles_gone_from_list(text)))  # ("The man expected to ..., Bob Dudley, took")
    text = drop_role(text)
    text = resolve_pronoun(text, actor, by_noun=own_actor)
    sequel = _SEQUEL.match(text)
    told_at = _SEQUEL.search(sentence) if sequel else None
    if sequel and told_at and remove and min(b for b, _ in remove) >= told_at.end() and len(text[sequel.end():].split()) >= 3:
        # "That followed another fatal accident at the refinery in 2005": what "that" stands for is in another
        # sentence, and the date is the earlier happening's; the headline is that happening ("Fatal accident at ...").
        text, noun_phrase = text[sequel.end():], True
        relative = re.search(r"\s+(?:that|which|who)\s", text)
        if relative and not verbish(text[:relative.start()].split()[-1].lower(), ""):
            text = text[:relative.start()]  # "findings released by the commission [that said ...]": the happening
    if quote_lead is None and UNNAMED_SUBJECT.match(text):
        text = named_report(text) or text
    text = subject_relatives_gone(cut_main_clause(fronted_report_phrase_gone(text, cut_main_clause)), sentence, tuple(remove))  # (a long subject's relative clause: title_subject_relatives)
    verb_at = main_verb_start(text)  # before the verb changes: past forms are the surer sign of a verb
    if deadline is not None and text.startswith("Deadline for ") and " to " in text:
        verb_at = text.index(" to ") + 4  # "Deadline for X to decide ...": the infinitive is the verb
    # Only after a common noun ("The cap removed", not "a test Halliburton performed") and before no object ("the
    # damage caused to the coast", not "the spill caused further falls").
    # ("the region hit hardest by the floods": a participle the same as its past is passive before its agent)
    passive = re.match(r"([a-z]{3,}ed|" + "|".join(sorted(_PASSIVE_PARTICIPLES)) + r")\b(?=\s*[.,;:]?\s*$|\s+(?:to|in|on|at|by|"
                       r"from|for|with|into|over|after|during|off|near|across|along)\b)|([a-z]{3,}ed|" + "|".join(
                           sorted(PARTICIPLES | _PASSIVE_PARTICIPLES | {"hit", "hurt", "cut", "shut", "set", "put"})) + r")\b(?=\s+(?:(?:hardest|worst|most|hard|badly|"
                       r"[a-z]{3,}ly)\s+)?by\b)", text[verb_at:]) \
        if noun_phrase and verb_at and re.search(r"(?<![\w'’-])[a-z][a-z-]{2,}\s+$", text[:verb_at]) \
        and not verbish(text[:verb_at].split()[-1], "") \
        and text[:verb_at].split()[-1] not in {"and", "or", "but", "that", "which", "who", "remains"} else None
    if passive is not None and passive.group(1) and (passive.group(1) in INTRANSITIVE_ED
                                                     or passive.group(1) in _INTRANSITIVE_MORE):
        passive = None  # "the rig exploded": a verb without an object is no passive
    if passive is not None:  # "The cap removed" -> "The cap is removed", not "The cap removes"; "is already damaged"
        at = text.rfind(" ", 0, verb_at - 1) + 1 if text[:verb_at].split()[-1].lower() in PRE_VERB_ADVERBS else verb_at
        text = text[:at] + ("are " if plural_subject(text[:at]) else "is ") + text[at:]
    elif noun_phrase and re.fullmatch(r"\s*[a-z]+[.,;:]?\s*", text[verb_at:]):
        pass  # "a flu shot": the last word of a noun phrase is its noun, not a verb to put in the present
    else:
        past_period = _ended_period(sentence, remove)  # (a perfect: :mod:`.title_past_perfect`)
        text = headline_verb(perfect_gone(text, sentence, remove, past_period), past_period=past_period, dated=dated_report(sentence, remove))
    text, verb_at = paper_author_speaks(text, verb_at, SPEECH_VERBS)  # ("A statement posted by X, Y, says": Y says)
    if quote_lead is None and verb_at and (len(text) > MAX_CHARS or dated_report(sentence, remove)):
        reported = reported_clause(text, verb_at, dated_report(sentence, remove), dated_predicate(sentence, remove))
        if reported is not None:
            text, verb_at = reported, main_verb_start(reported)
    if quote_lead is not None:
        text = said_title(text, quote_lead)  # (what was said, past the speaker's description: :mod:`.said_titles`)
    else:
        text, verb_at = drop_asides(text, verb_at)
    if namer is not None:  # the story's name first, then room and a cut only if still needed (:mod:`.named_titles`)
        clause = named_clause(Clause(text, verb_at), namer)
        text, verb_at = clause.text, clause.verb_at
    long = len(text) > MAX_CHARS
    if len(text) > MAX_CHARS and verb_at and not _whole_clause_fits(text, verb_at):
        text, verb_at = shorten_subject(text, verb_at)
    if len(text) > MAX_CHARS:
        text = shorten_inner_subjects(text)
    if quote_lead is None:
        room = room_made(Clause(text, verb_at), initials)  # (words whose loss lets the clause end whole: :mod:`.title_room`)
        text, verb_at = make_room_for_verb(room.text, room.verb_at)
    fitting = text.rstrip(" ,;:—–-.")
    text = bare_end_mended(longer_title(text, verb_at, cut_dependent_gone(text, verb_at, subject_gives_room(text, verb_at, predicate_kept(text, verb_at, whole_cut(text, verb_at), whole_cut), whole_cut))), text, verb_at)  # (a cut inside the subject keeps its head; :mod:`.title_longer_ends`)
    uncut = text.rstrip(" ,;:—–-.") == fitting
    text = text.strip(" ,;:—–-")
    text = re.sub(r"\s+([,.;:!?])", r"\1", text)
    if not ABBREVIATION_END.search(text[:-1]):  # ('from Washington, D.C.”' keeps the abbreviation's stop)
        text = re.sub(r"[.,;:]([”’\"])$", r"\1", text)
    if text and text[-1] == "." and not ABBREVIATION_END.search(text):
        text = text[:-1].rstrip(" ,;:")  # "a stop in Guam, [later this month]." ends at "Guam"
    if not re.search(r"\w", text):
        # Nothing but the date was said: fall back to the sentence's first words.
        words = sentence.split()
        text = " ".join(words[:MAX_WORDS]) if words else "Untitled"
    # A quote that ends where a second coordinated clause begins ("has been on patrol since March and was | scheduled
    # to ...") leaves its conjunction and auxiliary behind: the first clause is the title.
    text = re.sub(r"(?<=\w)\s+(?:and|or|but)\s+(?:is|are|was|were|has|have|had|will|would|could|can)$", "", text) \
        if len(text.split()) > 5 else text
    # "... destroyed the rig[,] saying": a participle of saying with nothing said after it is no part of the headline.
    text = re.sub(r"(?<!\bas)(?<!\bby)(?<!\bthe)(?<!\bits)(?<!\bhis)(?<!\bher),?\s+(?:saying|adding|noting|insisting|stating)$",
                  "", text) \
        if len(text.split()) > 4 else text
    text = date_hedge_gone(subordinate_subject_gone(degree_adverb_gone(text, sentence), sentence), sentence)  # ("long | after", "as officials | said", ", perhaps | on Tuesday")
    text = copula_end_gone(text)  # ("a positive sign but noted that BP was still | in the testing phase")
    # A removed date can leave its conjunction or preposition behind ("usable by Thursday or",
    # "worked until after").
    # The sentence's own last word ("took over.") is a particle, not a leftover.
    sentence_end = re.sub(r"^\W+|\W+$", "", sentence.split()[-1]).lower() if sentence.split() else ""
    while len(text.split()) > 4 and text.split()[-1].lower().strip("“”\"‘’") in WEAK_END | WH | NAMING_WAITS \
            and not (text.split()[-1].lower() == "over" and text.split()[-2].lower() in {"is", "was", "be", "but", "now"}) \
            and not (text.split()[-1].lower() in {"other", "another"} and text.split()[-2].lower() in {"each", "one"}) \
            and not (text.split()[-1].lower() in {"more", "less", "fewer"} and text.split()[-2].lower() in COPULA_WORDS) \
            and not (text.split()[-1].lower().strip("“”\"‘’.") == sentence_end and text.endswith(
                sentence.rstrip(" .!?”\"’").split()[-1])) and not speaker_ends(text) \
            and not particle_ends(text, sentence) and not object_pronoun_end(text, sentence):
        text = text.rsplit(" ", 1)[0].rstrip(" ,;:")
    text = balance_quotes(text.strip().rstrip(" -–—")).rstrip()  # ("until more than a year later -- [April 1970]")
    text = modifiers_closed(single_quotes_closed(text), sentence)  # ("a cap placed [on the well last week] collected": :mod:`.dangling_modifiers`)
    if noun_phrase and _NAMED_HAPPENING.match(text) and title_defect(text[:1].upper() + text[1:]) == "stub":
        # "the April 20 explosion aboard the rig": a timeline names such a happening as a headline does, without
        # its article ("Explosion aboard the rig"); a bare "the explosion" says too little to stand so.
        text = text.split(" ", 1)[1]
    title = holder_kept(sentence_shaped(one_dash_gone(text[0].upper() + text[1:]) if text else "Untitled", sentence, remove, actor, write_title), sentence) if not noun_phrase else one_dash_gone(text[0].upper() + text[1:]) if text else "Untitled"  # (:mod:`.title_dashes`, :mod:`.title_verbless`)
    keep_draft(title, TitleDraft(whole_sentence, tuple(remove_given), actor, noun_phrase_given, long, uncut,
                                 namer is not None))
    return title


#: "That followed", "It came after", "This echoed": an unnamed subject put after a happening that the rest names (the
#: article that opens it goes too: "another fatal accident" is the accident). "It follows that ..." is a conclusion.
_SEQUEL = re.compile(r"(?:^|(?<=^But\s)|(?<=^And\s))(?:That|This|It|that|this|it)\s+(?:also\s+|had\s+|has\s+)?(?:followed|follows|"
                     r"came\s+after|comes\s+after|come\s+after|preceded|precedes|echoed|echoes)\s+(?!that\b)"
                     r"(?:(?:another|an?)\s+)?(?=[a-z\d]|[A-Z][a-z]*\s|The\s)")


#: Words before a date that make it a period with both ends: "between 2005 and [2009]", "from May to [July]",
#: "during [the 1990s]".
_PERIOD_BEFORE = re.compile(r"(?i)(?:\b(?:between|from|during|throughout)\s+(?:the\s+)?|\bbetween\s+[^,;]{1,40}?\s+and\s+"
                            r"|\bfrom\s+[^,;]{1,40}?\s+(?:to|until|till|through)\s+)$")


def _ended_period(sentence: str, remove: list[tuple[int, int]]) -> bool:
    """Whether the statement's date is a period with both ends ("between 2005 and January 2009")."""
    return any(_PERIOD_BEFORE.search(sentence[max(0, start - 60):start]) or _PERIOD_SPAN.match(sentence, start, end)
               for start, end in remove)


_PERIOD_SPAN = re.compile(r"(?i)(?:between|from)\s+[^,;]{1,40}?\s+(?:and|to|until|till|through)\s|(?:during|throughout)\s")


#: "the explosion aboard the rig", "the grounding of the tanker": a happening's noun with the phrase that says which
#: one ("a week after the blast" names a time, not a happening).
_NAMED_HAPPENING = re.compile(r"(?:[Tt]he|[Aa]n?)\s+(?!(?:week|weeks|day|days|hours?|months?|years?|start|end|beginning|"
                              r"time|night|morning|evening|afternoon|moment|run-up|eve|wake)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*)?"
                              r"\s+(?:of|on|in|at|aboard|near|off|inside|against|over|into|from|to|by)\s+\S")


#: Verbs often used without an object, beside those the verb tables list: "the well ruptured", "the ship docked".
_INTRANSITIVE_MORE = {"ruptured", "leaked", "burned", "landed", "dimmed", "convened", "spilled", "started", "opened",
                      "closed", "docked", "flooded", "drowned", "escaped", "survived", "recovered", "returned",
                      "departed", "evolved", "occurred", "peaked", "stabilized", "stabilised", "dropped", "jumped",
                      "climbed", "declined", "increased", "decreased", "grown", "risen", "fallen", "sunk", "begun"}

#: Irregular participles that are no noun as well ("a flu shot", "a new set" are nouns, not "is shot", "is set").
_PASSIVE_PARTICIPLES = {"taken", "given", "written", "shown", "seen", "done", "drawn", "driven", "fallen", "frozen",
                        "stolen", "thrown", "torn", "begun", "broken", "chosen", "forgotten", "hidden", "known", "risen",
                        "shaken", "spoken", "sunk", "built", "made", "sold", "bought", "brought", "caught", "taught",
                        "paid", "sent", "spent", "laid", "told", "struck", "sworn", "withdrawn", "overturned"}


def _whole_clause_fits(text: str, verb_at: int) -> bool:
    """Whether the title can keep its whole subject: a cut within the limit still reaches three words past
    the verb and stops where a phrase of time, reason or manner starts ("became apparent on Monday | as
    scientists released ..."), so nothing is lost that shortening the subject would keep."""
    cut = _limit(text, verb_at)
    rest = text[len(cut):].lstrip(" ,;:").split(" ", 1)[0].lower()
    return len(cut.split()) - len(text[:verb_at].split()) >= 3 and (rest in CLAUSE_BREAKS or text[len(cut):][:1] == ",")


def _deadline(sentence: str, spans: list[tuple[int, int]]) -> str | None:
    """ "X has until noon Friday to decide ..." is a deadline: "Deadline for X to decide ..."."""
    for start, end in spans:
        # "have roughly until Friday": an approximator before "until" keeps the deadline; the date's span may hold
        # the "until" itself.
        until = "" if re.match(r"until\s", sentence[start:end]) else r"until\s+"
        before = re.search(r"^(.*?)\s+(?:" + auxiliaries(HAVE_FORMS) + r"|was given|were given|is given|are given)\s+(?:(?:roughly|"
                           r"about|around|nearly|almost|only|just)\s+)?" + until + "$", sentence[:start])
        after = re.match(r"\s+to\s+(.+)$", sentence[end:])
        if before and after:
            # ("..., meaning that the two companies have until"): the subject is the clause's own, after the last
            # comma or "that" before it
            subject = drop_lead(re.split(r"[,;:]\s+|\bthat\s+", before.group(1))[-1].strip())
            # "Deadline for victims to file", "Deadline for them to show": a common word or a pronoun after
            # "for" loses the capital it had only at the start of the sentence.
            subject = _OBJECT_PRONOUN.get(subject, subject)
            first = subject.split(" ", 1)[0]
            if re.match(r"The\b|A\b|An\b", subject) or first.lower() in PLURAL_NOUNS:
                subject = subject[0].lower() + subject[1:]
            return f"Deadline for {subject} to {after.group(1)}"
    return None


_OBJECT_PRONOUN = {"They": "them", "He": "him", "She": "her", "We": "us", "I": "me", "It": "it", "You": "you"}
