"""Shortening a long subject keeps a gerund's complement (issue 16, "cut"): "the cost of dealing | with its flooded
mine has risen" -> "the cost of dealing has risen" reads as cut; a later preposition serves. Every sentence here is
invented."""

from __future__ import annotations

from timeline.extract.gerund_complements import gerund_before_complement
from timeline.extract.titles import write_title


def test_a_gerund_after_a_preposition_waits_for_its_complement() -> None:
    assert gerund_before_complement(["the", "cost", "of", "dealing", "with", "the", "mine"], 4)
    assert not gerund_before_complement(["the", "cost", "of", "drilling", "in", "the", "bay"], 4)  # a plain noun
    assert not gerund_before_complement(["the", "cost", "of", "the", "repairs", "in", "the", "bay"], 5)


def test_a_reported_subject_keeps_its_gerund_complement() -> None:
    sentence = ("Harlow Mining said on Monday the cost of dealing with its flooded mine in the northern hills of "
                "Tarn has risen to $2.4 billion, including fines.")
    at = sentence.index("on Monday")
    title = write_title(sentence, [(at, at + len("on Monday"))])
    assert "cost of dealing with its flooded mine" in title
    assert title.endswith("has risen to $2.4 billion")
