"""Story timelines: many articles about one story become one timeline.

The per-article step (:mod:`timeline.story.articles`) is a pure function of an
article's text and publication date; the story stages work on its results:
:mod:`~timeline.story.dates` chooses the key dates, :mod:`~timeline.story.summaries`
the sentences for each.
"""
