"""Trained models saved beside the installed packages, named by a hash of everything that shaped them.

Training reads only shipped files (labelled lines, settings), so a model trained once serves every
process started from the same environment: ``coach index`` and the app's warm-up train it, a draft
or a rehearsal turn reads it back. A file that cannot be read is simply trained again; a folder that
cannot be written means training in memory each time.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Iterable
from pathlib import Path
from typing import TypeVar

Model = TypeVar("Model")


def model_key(*parts: str, files: Iterable[Path] = ()) -> str:
    """A short name for a model trained from ``parts`` (versions, settings) and the bytes of ``files``."""
    digest = hashlib.sha256("|".join(parts).encode())
    for path in files:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def read_model(path: Path, kind: type[Model]) -> Model | None:
    """The model saved at ``path`` when it is a ``kind``, else None (missing, damaged, from other code)."""
    try:
        with path.open("rb") as file:
            loaded = pickle.load(file)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None
    return loaded if isinstance(loaded, kind) else None


def write_model(path: Path, model: object, stale: str) -> None:
    """Save ``model`` at ``path`` atomically, removing the older files that match ``stale`` beside it."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob(stale):
            old.unlink(missing_ok=True)  # trained from older data: never read again
        partial = path.with_suffix(f".{os.getpid()}.partial")
        with partial.open("wb") as file:
            pickle.dump(model, file, protocol=pickle.HIGHEST_PROTOCOL)
        partial.replace(path)  # atomic: another process never reads half a file
    except OSError:
        pass  # a read-only environment: train in memory next time too
