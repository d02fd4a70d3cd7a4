"""timeline: turn news text into a published, hand-editable event timeline.

The package follows the data: ``documents`` reads sources, ``tagger`` finds and
normalizes dates, ``extract`` assembles events, ``store`` loads, validates and
merges the YAML files people edit, ``site`` renders the static site, and
``pipeline`` runs the build from top to bottom. ``model`` holds the frozen
dataclasses passed between them.
"""

__version__ = "0.1.0"
