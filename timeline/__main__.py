"""``python -m timeline`` runs the CLI, as the ``timeline`` console script does
(ending the process at once after a build: see ``cli.EXIT_WHEN_DONE``)."""

from timeline.cli import entry_point

entry_point()
