"""Subordinators, the conjunctions that open a clause under another ("because", "although", "when"): the one table.

"As the company pushed ahead, Apache was moving ...", "The well flowed until a cap was fitted": a word from here opens
a clause with a subject and a finite verb of its own, which is not the sentence's main clause. The title writers, the
clause cutters and the speaker finders of ``extract/`` read their subordinators from here, each the named part its rule
needs (a clause a headline may drop, the ones that are prepositions as well), never a list of their own.
"""

from __future__ import annotations

#: Conjunctions that set a fact of concession or contrast beside the main clause: "although", "while" ...
CONTRASTING = frozenset({"while", "although", "though", "whereas"})
#: Conjunctions that open a clause of time, reason or concession, background a headline can do without: "as", "after",
#: "because", "although" ...
BACKGROUND = frozenset({"as", "after", "before", "since", "when", "once", "because"}) | CONTRASTING
#: The background conjunctions and "until": dropping such a clause whole keeps the main clause's meaning.
DROPPABLE = BACKGROUND | {"until"}
#: Conjunctions of condition: without its condition a claim becomes absolute, so their clause is never dropped.
CONDITIONS = frozenset({"if", "unless"})
#: Every conjunction that opens a clause with a subject and a finite verb of its own.
SUBORDINATORS = DROPPABLE | CONDITIONS
#: Subordinators that are prepositions as well ("after the storm", "after the storm hit").
ALSO_PREPOSITIONS = frozenset({"as", "after", "before", "since", "until"})
#: Words that open a relative or content clause: "the well that failed", "the rig which sank", "where it sank".
RELATIVES = frozenset({"that", "which", "who", "where"})
