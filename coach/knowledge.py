"""Load guidance cards and user folders into passages.

A *document* is one file: a guidance card (Markdown with YAML front matter) or a user's ``.md``,
``.txt`` or ``.pdf``. Each document is split by heading into *passages* no larger than a token
limit. Each document carries a content hash, so the indexer can tell what changed.

Bad files never stop a load: each becomes a :class:`LoadProblem` that names the file and says
what is wrong, and everything else is still loaded.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal, get_args

import yaml

from coach.lazy_patterns import lazy_regex
from coach.tokens import count_tokens
from coach.yaml_text import parse_yaml

Audience = Literal["mentee", "mentor", "both"]
AUDIENCES: tuple[str, ...] = get_args(Audience)
TASK_TAGS: tuple[str, ...] = ("outreach", "prepare", "feedback", "summary", "rehearse", "ask")
REQUIRED_CARD_KEYS: tuple[str, ...] = ("id", "title", "audience", "tasks", "tags", "sources")
SUPPORTED_SUFFIXES: tuple[str, ...] = (".md", ".txt", ".pdf")
SITUATIONS_HEADING = "When this helps"
"""Sections under this heading say when a card applies: they help rank the card, but are not advice to quote."""

_FRONT_MATTER = lazy_regex(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_HEADING = lazy_regex(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_SLUG_JUNK = lazy_regex(r"[^a-z0-9]+")
_SENTENCE_END = lazy_regex(r"(?<=[.!?])\s+")


@dataclass(frozen=True)
class Passage:
    """One retrievable piece of guidance: a section (or part of one) of a document."""

    passage_id: str
    card_id: str
    title: str
    heading: str
    text: str
    source: str
    audience: str = "both"
    tasks: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()

    @property
    def is_situations(self) -> bool:
        """Whether this passage lists situations (for ranking) rather than advice (for answers)."""
        return self.heading.lower() == SITUATIONS_HEADING.lower()

    def embedding_text(self) -> str:
        """What the embedder and BM25 see: the section in the context of its card."""
        return f"{self.title}. {self.heading}.\n{self.text}"


@dataclass(frozen=True)
class SearchResult:
    """One retrieved passage, with the card it belongs to and its fused score."""

    id: str
    title: str
    heading: str
    text: str
    score: float
    source: str
    passage_id: str
    audience: str
    tasks: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        """The shape printed by ``coach search --json``."""
        data = asdict(self)
        data["tasks"] = list(self.tasks)
        return data


@dataclass(frozen=True)
class Document:
    """One loaded file and the passages cut from it."""

    doc_id: str
    title: str
    source: str
    content_hash: str
    is_card: bool
    passages: tuple[Passage, ...]

    def profile_text(self) -> str:
        """The whole document as one text: title, tags, then every section in order.

        The embedder truncates it (MiniLM reads ~256 word pieces), so the opening sections (on
        cards, the situations the card helps with) carry the most weight.
        """
        tags = ", ".join(self.passages[0].tags) if self.passages else ""
        sections = "\n".join(p.text for p in self.passages)
        return f"{self.title}. {tags}.\n{sections}"


@dataclass(frozen=True)
class LoadProblem:
    """A file that could not be used, and why (shown to the user as a warning)."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass
class LoadResult:
    """Everything a load found: usable documents and the problems it skipped past."""

    documents: dict[str, Document] = field(default_factory=dict)
    problems: list[LoadProblem] = field(default_factory=list)

    @property
    def passages(self) -> list[Passage]:
        """All passages, in a stable order."""
        return [p for doc_id in sorted(self.documents) for p in self.documents[doc_id].passages]

    @property
    def card_count(self) -> int:
        """Documents that are guidance cards (as opposed to user files)."""
        return sum(1 for doc in self.documents.values() if doc.is_card)


class CardError(ValueError):
    """A card's front matter is missing, broken or incomplete."""


def slugify(text: str) -> str:
    """Lowercase ``a-z0-9`` words joined by hyphens."""
    return _SLUG_JUNK.sub("-", text.lower()).strip("-") or "untitled"


DEFAULT_MAX_FILE_BYTES = 5_000_000


def display_path(path: Path | str) -> str:
    """A path as text that can always be printed and stored: undecodable bytes in a name become U+FFFD."""
    return os.fsencode(path).decode("utf-8", "replace")


def load_guidance(
    cards_dir: Path,
    extra_dirs: Iterable[Path] = (),
    passage_tokens: int = 320,
    progress: Callable[[int, int], None] | None = None,
    *,
    max_file_bytes: int = DEFAULT_MAX_FILE_BYTES,
) -> LoadResult:
    """Load the cards folder and any extra folders; never raises for a bad file.

    ``progress(done, total)`` is called after each file, so a progress bar counts cards, not folders.
    A file larger than ``max_file_bytes`` is skipped with a problem that names it: embedding one
    huge file would otherwise hold the indexer for most of an hour without a word.
    """
    result = LoadResult()
    files: list[tuple[Path, Path, bool]] = []
    for folder, cards in [(cards_dir, True), *((extra, False) for extra in extra_dirs)]:
        if not folder.is_dir():
            result.problems.append(LoadProblem(display_path(folder), "folder not found; check the path"))
            continue
        files += [(path, folder, cards) for path in _guidance_files(folder, result, cards=cards)]
    for done, (path, folder, cards) in enumerate(files, start=1):
        _load_one(result, path, folder, passage_tokens, max_file_bytes, cards=cards)
        if progress is not None:
            progress(done, len(files))
    return result


def _load_one(result: LoadResult, path: Path, folder: Path, passage_tokens: int, max_bytes: int, *,
              cards: bool) -> None:
    try:
        _check_size(path, max_bytes)
        document = _load_file(path, folder, passage_tokens, cards=cards)
    except (CardError, UnreadableFile) as error:
        result.problems.append(LoadProblem(display_path(path), str(error)))
        return
    if document.doc_id in result.documents:
        other = result.documents[document.doc_id].source
        result.problems.append(LoadProblem(display_path(path), f"id {document.doc_id!r} is already used by {other}"))
        return
    if document.passages:
        result.documents[document.doc_id] = document


def _guidance_files(folder: Path, result: LoadResult, *, cards: bool) -> Iterator[Path]:
    pattern = "*.md" if cards else "*"
    for path in sorted(folder.rglob(pattern)):
        if not path.is_file() or path.name.startswith(".") or path.name.lower() == "readme.md":
            continue
        if path.suffix.lower() in SUPPORTED_SUFFIXES:
            yield path
        elif not cards:
            result.problems.append(LoadProblem(display_path(path), "skipped: only .md, .txt and .pdf are read"))


class UnreadableFile(OSError):
    """A file that is binary, undecodable, too large or cannot be opened."""


def _check_size(path: Path, max_bytes: int) -> None:
    try:
        size = path.stat().st_size
    except OSError as error:
        raise UnreadableFile(f"skipped: cannot be read ({error.strerror or error})") from None
    if size > max_bytes:
        raise UnreadableFile(
            f"skipped: {size / 1_000_000:.1f} MB is over the {max_bytes / 1_000_000:g} MB limit for one guidance "
            "file (split it, or raise COACH_MAX_FILE_MB)"
        )


def _load_file(path: Path, folder: Path, passage_tokens: int, *, cards: bool) -> Document:
    if path.suffix.lower() == ".pdf":
        raw, text = _read_pdf(path)
    else:
        raw = _read_bytes(path)
        text = _decode_text(raw)
    digest = hashlib.sha256(raw).hexdigest()
    front, body = split_front_matter(text)
    if cards or front is not None:
        meta = _card_metadata(front)
        return _make_document(meta, body, path, digest, passage_tokens, is_card=cards)
    relative = path.relative_to(folder).with_suffix("")
    meta = {
        "id": f"doc-{slugify(folder.name)}-{slugify(str(relative))}",
        "title": _first_heading(body) or _title_from_name(path),
        "audience": "both",
        "tasks": list(TASK_TAGS),
        "tags": [],
    }
    return _make_document(meta, body, path, digest, passage_tokens, is_card=False)


def _title_from_name(path: Path) -> str:
    return display_path(path.stem).replace("_", " ").replace("-", " ").strip().capitalize()


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise UnreadableFile(f"skipped: cannot be read ({error.strerror or error})") from None


def _decode_text(raw: bytes) -> str:
    if b"\x00" in raw[:8192]:
        raise UnreadableFile("skipped: looks like a binary file, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UnreadableFile("skipped: not valid UTF-8 text; save it as UTF-8 and re-index") from None


def _read_pdf(path: Path) -> tuple[bytes, str]:
    raw = _read_bytes(path)
    try:
        from io import BytesIO

        from pypdf import PdfReader

        reader = PdfReader(BytesIO(raw))
        text = "\n\n".join(page.extract_text() or "" for page in reader.pages)
    except Exception as error:  # pypdf raises many types for damaged files
        raise UnreadableFile(f"skipped: PDF could not be read ({type(error).__name__})") from None
    if not text.strip():
        raise UnreadableFile("skipped: the PDF has no extractable text (is it a scan?)")
    return raw, text


def split_front_matter(text: str) -> tuple[str | None, str]:
    """The YAML between the leading ``---`` lines (None when there is none) and the body after it."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return None, text
    return match.group(1), text[match.end() :]


def _card_metadata(front: str | None) -> dict[str, Any]:
    if front is None:
        raise CardError("no front matter: a card must start with a '---' YAML block")
    try:
        meta = parse_yaml(front)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        raise CardError(f"front matter is not valid YAML{where}") from None
    if not isinstance(meta, dict):
        raise CardError("front matter must be a YAML mapping of keys to values")
    missing = [key for key in REQUIRED_CARD_KEYS if key not in meta]
    if missing:
        raise CardError(f"front matter is missing required key(s): {', '.join(missing)}")
    _validate_card_values(meta)
    return meta


def _validate_card_values(meta: dict[str, Any]) -> None:
    if not isinstance(meta["id"], str) or slugify(meta["id"]) != meta["id"]:
        raise CardError(f"id must be a lowercase slug like 'set-expectations-early', got {meta['id']!r}")
    if not isinstance(meta["title"], str) or not meta["title"].strip():
        raise CardError("title must be a non-empty string")
    if meta["audience"] not in AUDIENCES:
        raise CardError(f"audience must be one of {', '.join(AUDIENCES)}, got {meta['audience']!r}")
    for key in ("tasks", "tags", "sources"):
        if not isinstance(meta[key], list) or not all(isinstance(item, str) for item in meta[key]):
            raise CardError(f"{key} must be a list of strings")
    unknown = sorted(set(meta["tasks"]) - set(TASK_TAGS))
    if unknown:
        raise CardError(f"unknown task(s) {', '.join(unknown)}; use any of {', '.join(TASK_TAGS)}")


def _first_heading(body: str) -> str | None:
    for line in body.splitlines():
        match = _HEADING.match(line)
        if match:
            return match.group(2)
    return None


def _make_document(
    meta: dict[str, Any], body: str, path: Path, digest: str, passage_tokens: int, *, is_card: bool
) -> Document:
    doc_id, title = meta["id"], meta["title"].strip()
    sections = list(split_sections(body, default_heading=title))
    passages: list[Passage] = []
    for heading, text in sections:
        for part in split_to_budget(text, passage_tokens):
            passages.append(
                Passage(
                    passage_id=f"{doc_id}#{len(passages)}",
                    card_id=doc_id,
                    title=title,
                    heading=heading,
                    text=part,
                    source=display_path(path),
                    audience=meta["audience"],
                    tasks=tuple(meta["tasks"]),
                    tags=tuple(meta["tags"]),
                )
            )
    return Document(doc_id, title, display_path(path), digest, is_card, tuple(passages))


def split_sections(body: str, default_heading: str) -> Iterator[tuple[str, str]]:
    """Yield ``(heading, text)`` for each heading-delimited section that has text."""
    heading, lines = default_heading, list[str]()
    for line in body.splitlines():
        match = _HEADING.match(line)
        if match:
            if "".join(lines).strip():
                yield heading, "\n".join(lines).strip()
            heading, lines = match.group(2), []
        else:
            lines.append(line)
    if "".join(lines).strip():
        yield heading, "\n".join(lines).strip()


def split_to_budget(text: str, max_tokens: int) -> list[str]:
    """Split ``text`` into pieces of at most ``max_tokens``: by paragraph, then sentence, then words."""
    if count_tokens(text) <= max_tokens:
        return [text]
    pieces: list[str] = []
    for unit in _units(text, max_tokens):
        if pieces and count_tokens(pieces[-1] + "\n\n" + unit) <= max_tokens:
            pieces[-1] = pieces[-1] + "\n\n" + unit
        else:
            pieces.append(unit)
    return pieces


def _units(text: str, max_tokens: int) -> Iterator[str]:
    for paragraph in (p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()):
        if count_tokens(paragraph) <= max_tokens:
            yield paragraph
            continue
        for sentence in _SENTENCE_END.split(paragraph):
            yield from _hard_split(sentence, max_tokens)


def _hard_split(sentence: str, max_tokens: int) -> Iterator[str]:
    words, current = sentence.split(), ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if current and count_tokens(candidate) > max_tokens:
            yield current
            candidate = word
        current = candidate
    if current:
        yield current
