"""Patterns compiled on first use behave as compiled ones, and the app's pages import nothing heavy."""

from __future__ import annotations

import copy
import pickle
import re
import subprocess
import sys

from coach import lazy_patterns
from coach.config import PROJECT_DIR
from coach.lazy_patterns import compile_all, lazy_regex


def test_a_lazy_pattern_answers_as_the_compiled_one() -> None:
    lazy = lazy_regex(r"(?P<word>ab+)c", re.IGNORECASE)
    real = re.compile(r"(?P<word>ab+)c", re.IGNORECASE)
    text = "xABBC abc ac"
    assert lazy.search(text)[0] == real.search(text)[0] == "ABBC"  # type: ignore[index]
    assert lazy.sub("-", text) == real.sub("-", text) == "x- - ac"
    assert lazy.findall(text) == real.findall(text)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert lazy.fullmatch("abbc") and not lazy.match(" abc")
    assert lazy.split(text) == real.split(text)
    assert (lazy.flags, lazy.groups, lazy.groupindex) == (real.flags, real.groups, real.groupindex)


def test_nothing_compiles_until_used_and_compile_all_finishes_the_rest() -> None:
    lazy = lazy_regex(r"never used \d+")
    assert lazy.pattern == r"never used \d+"  # reading the source text (to build another pattern) is free
    assert "_real" not in vars(lazy)
    assert compile_all() >= 1
    assert "_real" in vars(lazy)
    assert compile_all() == 0  # each pattern compiles once
    assert lazy.search("never used 42")


def test_a_lazy_pattern_copies_and_pickles() -> None:
    lazy = lazy_regex(r"\bhi\b")
    assert copy.deepcopy(lazy).search("oh hi there")
    restored = pickle.loads(pickle.dumps(lazy))
    assert restored.sub("hello", "hi you") == "hello you"


def test_every_module_level_pattern_of_the_jobs_compiles() -> None:
    from coach import service  # noqa: F401  (imports every job)

    compile_all()
    assert all("_real" in vars(lazy) for lazy in lazy_patterns._made)


def test_the_apps_pages_load_nothing_heavy() -> None:
    """What the first page imports decides how fast the app opens; the heavy parts load in the background."""
    heavy = ("numpy", "markdown_it", "streamlit.emojis", "sklearn", "chromadb", "torch", "onnxruntime",
             "lemminflect", "textblob", "langchain_core")
    probe = (
        "import sys, warnings; warnings.simplefilter('ignore')\n"
        "import coach.ui.navigation, coach.ui.widgets, coach.ui.state, coach.ui.auth, coach.store\n"
        "import coach.tasks.registry, coach.ui.forms\n"
        f"print(','.join(m for m in {heavy!r} if m in sys.modules))"
    )
    loaded = subprocess.run([sys.executable, "-c", probe], cwd=PROJECT_DIR, capture_output=True, text=True,
                            check=True, timeout=120).stdout.strip()
    assert loaded == ""
    # An emoji icon loads Streamlit's emoji catalogue with the first page.
    assert (PROJECT_DIR / "app.py").read_text("utf-8").count('page_icon=":material/') == 1
