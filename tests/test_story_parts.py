"""The story stages on their own: the per-article step, date votes, sentence picking."""

from __future__ import annotations

import dataclasses
import datetime as dt

from timeline.story.articles import ArticleFacts, SentenceFacts, analyse_article, content_words
from timeline.story.dates import DateScore, rank_dates, select_dates
from timeline.story.digest import DigestDay, SourcedSentence, make_digest
from timeline.story.summaries import SentencePicker

TEXT = ("PORT CALDER (Coastal Wire) - The harbour master resigned on Monday after the ferry crash.\n"
        "The ferry hit the quay on March 1, the port authority said.\n"
        "Divers inspected the damaged quay all afternoon.\n")


def test_per_article_step_resolves_days_against_the_publication_date() -> None:
    facts = analyse_article(TEXT, dt.date(2031, 3, 5), path="a.md", publisher="Coastal Wire")
    assert facts == analyse_article(TEXT, dt.date(2031, 3, 5), path="a.md", publisher="Coastal Wire")
    first, second, third = facts.sentences
    assert first.days == ("2031-03-03",) and first.dated
    assert first.text.startswith("The harbour master")  # the dateline is not part of the quote
    assert second.days == ("2031-03-01",)
    assert third.days == () and not third.dated
    later = analyse_article(TEXT, dt.date(2031, 3, 12))
    assert later.sentences[0].days == ("2031-03-10",)
    assert "harbour" in first.words and "the" not in first.words


def test_an_aware_publication_time_is_read_in_the_article_zone() -> None:
    stamped = dt.datetime(2031, 3, 5, 3, 0, tzinfo=dt.UTC)  # the evening of March 4 in New York
    facts = analyse_article("The mayor resigned yesterday after the vote.", stamped, timezone="America/New_York")
    assert facts.published == "2031-03-04" and facts.sentences[0].days == ("2031-03-03",)


def sentence(text: str, *days: str) -> SentenceFacts:
    return SentenceFacts(text, tuple(days), content_words(text), bool(days))


def article(published: str, *sentences: SentenceFacts) -> ArticleFacts:
    return ArticleFacts(published, tuple(sentences), path=f"{published}.md")


STORY = [
    article("2031-03-01", sentence("The ferry Aurora crashed into the harbour quay in thick fog this morning."),
            sentence("Passengers waited on the ferry deck for the rescue boats to arrive.")),
    article("2031-03-02", sentence("The ferry Aurora crashed into the quay on Saturday in thick fog.", "2031-03-01"),
            sentence("An inquiry into the ferry crash will open on March 9 at the town hall.", "2031-03-09")),
    article("2031-03-10", sentence("The inquiry into the ferry crash opened at the town hall on Monday.", "2031-03-09"),
            sentence("The ferry Aurora crashed into the quay on March 1 in thick fog.", "2031-03-01")),
    article("2031-03-11", sentence("Witnesses told the ferry inquiry, which opened on March 9, about the fog.",
                                   "2031-03-09")),
]


def test_days_are_ranked_by_articles_reporting_or_published_on_them() -> None:
    ranked = rank_dates(STORY)
    # March 9 is named by three articles, but the one published before it only announces it.
    assert [(s.day.isoformat(), s.named_by, s.published_on) for s in ranked[:2]] == [
        ("2031-03-01", 2, 1), ("2031-03-09", 2, 0)]
    assert [s.day for s in select_dates(STORY, 2)] == [dt.date(2031, 3, 1), dt.date(2031, 3, 9)]
    assert [s.day for s in rank_dates(STORY, start=dt.date(2031, 3, 2), end=dt.date(2031, 3, 9))] == [
        dt.date(2031, 3, 9), dt.date(2031, 3, 2)]


def test_a_day_still_named_a_week_later_gets_a_second_vote() -> None:
    # The march of May 5 is the news of its day and the next; the council's vote of May 3
    # went unreported at first, but a week on two articles still name it.
    story = [
        article("2031-05-05", sentence("Crowds marched across the harbour bridge in protest on Monday.",
                                       "2031-05-05")),
        article("2031-05-06", sentence("Hundreds marched over the bridge on Monday against its closing.",
                                       "2031-05-05")),
        article("2031-05-10", sentence("Since the vote on May 3 the ferry has carried twice its usual load.",
                                       "2031-05-03")),
        article("2031-05-11", sentence("The bridge has stood empty since the council vote of May 3.", "2031-05-03")),
    ]
    ranked = rank_dates(story)
    vote, march = ranked[0], ranked[1]
    assert (vote.day.isoformat(), vote.named_by, vote.published_on, vote.remembered_by) == ("2031-05-03", 2, 0, 2)
    # Named the day after is the day's news, not remembering.
    assert (march.day.isoformat(), march.named_by, march.published_on, march.remembered_by) == (
        "2031-05-05", 2, 1, 0)
    assert vote.votes == 4 and march.votes == 3
    # Named exactly a week later counts; six days later does not.
    six_days = [article("2031-05-09", sentence("The council vote of May 3 still divides the town.", "2031-05-03"))]
    assert rank_dates(six_days)[0].remembered_by == 0
    assert rank_dates([story[2]])[0].remembered_by == 1


def test_of_days_with_as_many_votes_the_one_with_its_own_coverage_comes_first() -> None:
    story = [
        # May 2 is named by two later articles and no article was published on it ...
        article("2031-05-04", sentence("The lock gates jammed on Friday and stopped every barge.", "2031-05-02")),
        article("2031-05-05", sentence("Since the gates jammed on Friday no barge has moved.", "2031-05-02")),
        # ... May 3 is named once and has an article of its own: two votes each.
        article("2031-05-03", sentence("Engineers worked through the night at the jammed lock gates.")),
        article("2031-05-06", sentence("Engineers freed the lock gates on Saturday after a long night.", "2031-05-03")),
    ]
    ranked = rank_dates(story)
    assert [(s.day.isoformat(), s.votes) for s in ranked[:2]] == [("2031-05-03", 2), ("2031-05-02", 2)]
    assert [s.day.isoformat() for s in select_dates(story, 1)] == ["2031-05-03"]


def test_of_days_equal_in_votes_and_coverage_the_one_named_on_more_later_days_comes_first() -> None:
    story = [
        # May 2 is named by two articles of the same later day ...
        article("2031-05-04", sentence("The lock gates jammed on Friday and stopped every barge.", "2031-05-02")),
        article("2031-05-04", sentence("Barge crews waited since the gates jammed on Friday.", "2031-05-02")),
        # ... May 3 by two articles of two later days: still named after a day has passed.
        article("2031-05-04", sentence("Engineers worked on the lock gates through the night of May 3.", "2031-05-03")),
        article("2031-05-05", sentence("The night of May 3 at the lock gates is remembered by the crews.",
                                       "2031-05-03")),
    ]
    ranked = rank_dates(story)
    assert [(s.day.isoformat(), s.votes, s.published_on, s.named_on_days) for s in ranked[:3]] == [
        ("2031-05-04", 3, 3, 0), ("2031-05-03", 2, 0, 2), ("2031-05-02", 2, 0, 1)]


def test_a_day_is_told_by_reports_not_announcements_nor_repeats() -> None:
    picker = SentencePicker(STORY)
    inquiry = [q.text for q in picker.pick(dt.date(2031, 3, 9), 3)]
    assert "The inquiry into the ferry crash opened at the town hall on Monday." in inquiry
    assert not any("will open" in t for t in inquiry)
    crash = [q.text for q in picker.pick(dt.date(2031, 3, 1), 3)]
    # Three reports of the crash say the same: one is enough; the deck is the day's other news.
    assert sum("crashed" in t for t in crash) == 1
    assert "Passengers waited on the ferry deck for the rescue boats to arrive." in crash


def test_digest_keeps_each_sentence_source() -> None:
    days = make_digest(STORY, 2, 1)
    assert [d.day.isoformat() for d in days] == ["2031-03-01", "2031-03-09"]
    told = days[1].sentences[0]
    assert told.path in ("2031-03-10.md", "2031-03-11.md") and told.path == f"{told.published}.md"


def test_questions_and_first_person_comments_are_not_reports() -> None:
    story = [article("2031-03-01",
                     sentence("The harbour ferry crashed into the quay in thick fog this morning."),
                     sentence("I think the harbour ferry should never have sailed in this fog."),
                     sentence("Why did the harbour ferry sail in such thick fog this morning?"),
                     sentence("\u201cI pulled two passengers out of the water,\u201d said a fisherman on the pier."))]
    chosen = [q.text for q in SentencePicker(story).pick(dt.date(2031, 3, 1), 4)]
    assert sorted(chosen) == sorted([story[0].sentences[0].text, story[0].sentences[3].text])


CHRONOLOGY = ("PORT CALDER (Coastal Wire) - The harbour inquiry published its report on Friday.\n"
              "Below is how the ferry crisis unfolded.\n"
              "* March 1 - The ferry Aurora hits the harbour quay in thick fog.\n"
              "March 9: The inquiry into the crash opens at the town hall.\n"
              "March 10 (Coastal Wire) - The harbour master resigns.\n")


def test_a_chronology_entry_is_known_by_the_day_it_opens_with() -> None:
    facts = analyse_article(CHRONOLOGY, dt.date(2031, 4, 2))
    assert [s.entry for s in facts.sentences] == [None, None, "2031-03-01", "2031-03-09", None]
    # One dated line alone is a caption or a lead, not a chronology.
    caption = analyse_article("March 9: Divers inspect the damaged quay after the ferry crash.\n"
                              "The harbour stayed closed all week after the crash.", dt.date(2031, 3, 12))
    assert [s.entry for s in caption.sentences] == [None, None]
    assert caption.sentences[0].days == ("2031-03-09",)


def test_a_chronology_entry_over_two_days_is_read_as_extraction_reads_it() -> None:
    # "March 4/5 - ...": the tagger takes "March 4"; the second day before the dash is the entry's too, and the
    # digest and extraction read one separator (timeline.extract.chronologies.ENTRY_SEPARATOR).
    text = ("How the ferry inquiry unfolded.\n"
            "March 1 - The ferry Aurora hits the harbour quay in thick fog.\n"
            "March 4/5 - Divers survey the hull over two days.\n"
            "March 9 - The inquiry into the crash opens at the town hall.\n")
    facts = analyse_article(text, dt.date(2031, 4, 2))
    assert [s.entry for s in facts.sentences] == [None, "2031-03-01", "2031-03-04", "2031-03-09"]


def test_a_chronology_whose_dates_were_headings_has_entries() -> None:
    # Plain text keeps a heading's date and runs on into the entry, without a dash or colon.
    text = ("How the ferry inquiry unfolded.\n"
            "1 March 2031 The ferry Aurora hits the harbour quay in thick fog.\n"
            "Two crew members are hurt.\n"
            "March 9, 2031 The inquiry into the crash opens at the town hall.\n"
            "March 10 The harbour master resigns, it was reported.\n")
    facts = analyse_article(text, dt.date(2031, 4, 2))
    assert [s.entry for s in facts.sentences] == [None, "2031-03-01", None, "2031-03-09", None]
    # In prose a date with its year opening a sentence is followed by a comma, not the news.
    prose = analyse_article("1 March 2031, the ferry hit the quay.\n9 March 2031, the inquiry opened.\n",
                            dt.date(2031, 4, 2))
    assert [s.entry for s in prose.sentences] == [None, None]


def test_a_chronology_entry_for_the_day_is_chosen_first() -> None:
    story = [*STORY, article("2031-03-09", sentence("Divers raised the damaged rudder from the harbour floor.")),
             article("2031-04-02",
                     sentence("* March 1 - The ferry Aurora hits the harbour quay in thick fog.", "2031-03-01"),
                     sentence("* March 9 - The inquiry into the ferry crash opens.", "2031-03-09"))]
    entries = [dataclasses.replace(s, entry=s.days[0]) for s in story[-1].sentences]
    story[-1] = ArticleFacts("2031-04-02", tuple(entries), path="2031-04-02.md")
    chosen = SentencePicker(story).pick(dt.date(2031, 3, 9), 2)
    assert chosen[0].text == "* March 9 - The inquiry into the ferry crash opens." and chosen[0].entry
    assert not chosen[1].entry and "will open" not in chosen[1].text


def test_a_chronology_entry_titles_its_event_without_its_date() -> None:
    from timeline.story.output import digest_events

    for text in ("* March 9 - The inquiry into the ferry crash opens at the town hall.",
                 "9 March 2031 The inquiry into the ferry crash opens at the town hall."):
        day = DigestDay(dt.date(2031, 3, 9), DateScore(dt.date(2031, 3, 9), 1, 0),
                        (SourcedSentence(text, "a.md", "2031-04-02", entry=True),))
        (event,) = digest_events([day])
        assert event.title.startswith("The inquiry into the ferry crash opens") and "March" not in event.title
        assert event.sources[0].quote == text  # the quote stays verbatim


def test_a_fact_told_again_in_other_words_is_not_chosen_twice() -> None:
    story = [article("2031-03-09",
                     sentence("Divers raised the damaged rudder of the ferry Aurora from the harbour floor."),
                     sentence("The ferry's rudder, which divers brought up on Monday, was badly damaged by the crash."),
                     sentence("The town council voted to close the quay to visitors for a month.")),
             article("2031-03-08", sentence("Fishing boats stayed in port as the fog lifted slowly over the bay.")),
             article("2031-03-07", sentence("The harbour master said the quay would reopen once repairs are finished."))]
    chosen = [q.text for q in SentencePicker(story).pick(dt.date(2031, 3, 9), 3)]
    # The two rudder sentences share few words ("rudder", "divers", "damaged", "ferry") but
    # tell one fact: the day has two things to say, not three.
    assert chosen == [story[0].sentences[0].text, story[0].sentences[2].text]


def test_a_sentences_words_say_what_happened_not_when() -> None:
    facts = analyse_article("The ferry may have hit the quay on March 1, 2031, with 12 crew aboard.\n"
                            "Divers will inspect the quay in March.\n", dt.date(2031, 3, 5))
    first, second = facts.sentences
    assert first.words == ("ferry", "hit", "quay", "12", "crew", "aboard")
    assert second.words == ("divers", "inspect", "quay")
    assert first.days == ("2031-03-01",)  # the date is still known, as the day named


def test_a_sentence_is_told_on_one_day_only() -> None:
    # The undated report of March 2 is a candidate for March 1 (the next day's news of it)
    # and for March 2 (its own day): a digest tells it once, on the day it was published.
    story = [
        article("2031-03-01", sentence("Flood water rose over the river wall in the old town this evening.")),
        article("2031-03-02",
                sentence("The flood water rose over the river wall in the old town on Saturday.", "2031-03-01"),
                sentence("Army trucks carried sandbags to the flooded old town through the night."),
                sentence("Shopkeepers in the old town counted the cost of the flood water.")),
        article("2031-03-02", sentence("Army trucks carried sandbags to the flooded old town through the night.")),
    ]
    digest = {d.day.isoformat(): [s.text for s in d.sentences] for d in make_digest(story, 2, 2)}
    assert len(digest["2031-03-01"]) == 1 and "Army trucks" not in digest["2031-03-01"][0]
    assert digest["2031-03-02"] == ["Army trucks carried sandbags to the flooded old town through the night.",
                                    "Shopkeepers in the old town counted the cost of the flood water."]


def test_an_undated_report_of_the_day_beats_a_sentence_naming_it_in_passing() -> None:
    # Both say the same about as well; the report of the day states it without a date,
    # the later article names the day as background to something else.
    story = [
        article("2031-06-03", sentence("The council closed the harbour bridge to all traffic after cracks were found.")),
        article("2031-06-20", sentence("The harbour bridge, closed to traffic on June 3 after cracks were found, "
                                       "reopened.", "2031-06-03", "2031-06-20")),
    ]
    picked = SentencePicker(story).pick(dt.date(2031, 6, 3), 1)
    assert [(q.text, q.names_day) for q in picked] == [
        ("The council closed the harbour bridge to all traffic after cracks were found.", False)]
