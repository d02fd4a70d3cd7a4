"""An undated lead dated by its act told again further down the page with its day (:mod:`.lead_day_retold`).

Every text here is written for these tests (published Thursday 2031-05-15). The lead states the act; several
paragraphs on, the same actor does the same verb to the same object with a day, the lead's object is told in the
passive with a day, or a suit is told again as the complaint filed on a day. A later step of the story, an act done
again and a plan leave the lead at the publication day.
"""

from __future__ import annotations

from extract_support import dated, events_of

_FILLER = ("The blog has a large following among harbour workers.\n"
           "Its readers had long asked for more detail on the works.\n"
           "The harbour board has not commented on the blog's claims.\n")


def test_the_same_actor_verb_and_object_far_down_date_the_lead() -> None:
    text = ("Ana Ruiz of Plainblog.com pointed out alterations to the harbour photograph, including blurred edges.\n"
            + _FILLER +
            "Ruiz pointed out the alterations Monday evening on her blog and asked who had made them.\n")
    events = events_of(text)
    assert dated(events, "pointed out alterations to the harbour") == ["2031-05-12TEV"]
    lead = next(e for e in events if any("pointed out alterations to the harbour" in s.quote for s in e.sources))
    assert any("Monday evening" in s.quote for s in lead.sources)  # one act told twice


def test_a_suit_told_again_as_the_complaint_filed_dates_the_lead() -> None:
    text = ("Dock worker Ana Ruiz has sued the Norvik port authority for wages lost during the long strike.\n"
            + _FILLER +
            "In a complaint filed late Monday in the district court, Ruiz's lawyer said the workers were owed "
            "months of pay.\n")
    assert dated(events_of(text), "has sued the Norvik") == ["2031-05-12"]


def test_the_lead_object_in_the_passive_dates_the_lead() -> None:
    text = ("Dock workers have filed a lawsuit against the Norvik port authority over lost wages.\n"
            + _FILLER +
            "The lawsuit against the port authority and its two largest shipping lines was filed on Tuesday in the "
            "district court.\n")
    assert dated(events_of(text), "have filed a lawsuit") == ["2031-05-13"]


def test_a_later_step_of_the_story_does_not_date_the_lead() -> None:
    text = ("Dock workers have filed a lawsuit against the Norvik port authority over lost wages.\n"
            + _FILLER +
            "A similar lawsuit by crane drivers was dismissed on Tuesday by the district court.\n")
    assert dated(events_of(text), "have filed a lawsuit") == ["2031-05-15"]


def test_the_act_done_again_does_not_date_the_lead() -> None:
    text = ("Ana Ruiz of Plainblog.com pointed out alterations to the harbour photograph, including blurred edges.\n"
            + _FILLER +
            "Ruiz pointed out more alterations Monday evening on her blog.\n")
    assert dated(events_of(text), "pointed out alterations to the harbour") == ["2031-05-15"]


def test_a_day_long_before_the_publication_does_not_date_the_lead() -> None:
    text = ("Ana Ruiz of Plainblog.com pointed out alterations to the harbour photograph, including blurred edges.\n"
            + _FILLER +
            "Ruiz first pointed out the alterations on April 2 on her blog.\n")
    assert dated(events_of(text), "pointed out alterations to the harbour") == ["2031-05-15"]
