"""A title never ends on the subject of a subordinate clause whose verb was cut ("... appears to soften as even
some councillors | worried ..."): the main clause before the conjunction is the title (issue 16, "cut"). Phrases of
the main clause ("as a precaution", "as much as") and clauses after a frame ("comes as") stay. Every sentence here is
invented."""

from __future__ import annotations

from title_support import title_of

from timeline.extract.title_subordinate_subjects import subordinate_subject_gone


def test_a_clause_cut_to_its_subject_goes_and_the_main_clause_stays() -> None:
    title = title_of("The county's tone on the library closures appeared to soften on Friday as even some councillors "
                     "worried that closing all six branches would anger voters.", "on Friday")
    assert title == "The county's tone appears to soften"


def test_the_sentence_must_go_on_with_the_clauses_verb() -> None:
    sentence = "The council orders the culling of all the town's feral pigeons as a precaution against bird flu."
    title = "The council orders the culling of all the town's feral pigeons as a precaution"
    assert subordinate_subject_gone(title, sentence) == title
    sentence = "The ferry company cut its timetable as winter storms battered the harbour walls."
    assert subordinate_subject_gone("The ferry company cuts its timetable as winter storms", sentence) \
        == "The ferry company cuts its timetable"


def test_a_clause_after_a_frame_is_the_news_and_stays() -> None:
    sentence = "The latest effort to drain the quarry comes as two councillors said warning signs were ignored."
    title = "The latest effort to drain the quarry comes as two councillors"
    assert subordinate_subject_gone(title, sentence) == title


def test_a_clause_with_its_verb_stays() -> None:
    sentence = "The ferry company cut its timetable as winter storms battered the harbour walls for a week."
    title = "The ferry company cuts its timetable as winter storms battered the harbour walls"
    assert subordinate_subject_gone(title, sentence) == title
