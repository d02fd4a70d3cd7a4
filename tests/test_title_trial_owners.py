"""A title's "The trial" named as the trial of the one person the story says is tried (trial_owners.py). Sentences
written for these tests."""

from __future__ import annotations

from extract_support import events_of

from timeline.extract.trial_owners import trial_owner


def test_the_story_says_who_stands_trial():
    text = ("Dr Ann Pike faces up to four years in prison if convicted.\n"
            "A judge ruled on Monday that Dr Ann Pike should stand trial over the death of a patient.\n"
            "\"I am innocent,\" Dr Pike told the court.\n"
            "The trial is set to begin on 28 March and is expected to last six weeks.\n")
    titles = [e.title for e in events_of(text)]
    assert any(t.startswith("Ann Pike's trial is set to begin") for t in titles), titles


def test_a_trial_named_by_its_defendant():
    before = "A jury has been chosen for the Dr Ann Pike trial after weeks of questions.\n"
    assert trial_owner("The trial is due to start", before) == "Ann Pike's trial is due to start"


def test_the_trial_of_a_person():
    before = "Lawyers spent a week preparing for the trial of Tom Ridley, the former mayor.\n"
    assert trial_owner("The manslaughter trial is due to start", before) == \
        "Tom Ridley's manslaughter trial is due to start"


def test_two_trials_leave_the_title():
    before = ("A jury has been chosen for the Dr Ann Pike trial.\n"
              "The judge barred any mention of Tom Ridley's 2005 trial.\n")
    assert trial_owner("The trial is due to start", before) == "The trial is due to start"


def test_no_one_named_as_tried():
    before = "The court met on Monday to set a date.\n"
    assert trial_owner("The trial is due to start", before) == "The trial is due to start"


def test_the_trial_inside_a_longer_subject_stays():
    before = "A jury has been chosen for the Dr Ann Pike trial.\n"
    assert trial_owner("The trial judge is due to rule", before) == "The trial judge is due to rule"
