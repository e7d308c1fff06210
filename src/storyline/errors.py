"""One exception tree: every message says what failed and how to fix it."""

from __future__ import annotations


class StorylineError(Exception):
    """Base of every error Storyline raises on purpose."""


class InputError(StorylineError):
    """An input file or stream cannot be turned into documents."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class StoreError(StorylineError):
    """The database cannot be opened, migrated or written."""


class ConfigError(StorylineError):
    """A setting has a value Storyline cannot use."""


class ModelError(StorylineError):
    """A language model or data file that analysis needs is missing."""


class EvaluationError(StorylineError):
    """Gold files for an evaluation are missing or malformed."""
