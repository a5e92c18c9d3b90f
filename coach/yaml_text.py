"""YAML parsing for every data file the coach reads: phrasing, scenarios, rubrics, card front matter."""

from __future__ import annotations

from typing import Any

import yaml

_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's parser when PyYAML was built with it (the wheels are): about ten times faster than the
pure-Python one, which cost the app's first page over 0.1 s, with the same safe types."""


def parse_yaml(text: str) -> Any:
    """``yaml.safe_load(text)``, through the fast parser."""
    return yaml.load(text, Loader=_LOADER)
