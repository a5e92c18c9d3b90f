"""Errors the user can fix, kept free of heavy imports so any page can catch them cheaply."""

from __future__ import annotations


class GuidanceIndexError(RuntimeError):
    """Base for index problems that the user can fix; the message says how."""


class IndexMissingError(GuidanceIndexError):
    """No index has been built in the data folder yet."""


class IndexCorruptError(GuidanceIndexError):
    """The index folder is damaged or was made by an incompatible version."""
