"""The app in shared mode (COACH_AUTH=header) through AppTest: the sign-in gate, scoping and operator settings.

AppTest has no HTTP request, so the proxy's header is put in by replacing the one function that reads
``st.context.headers``; the real-browser test (test_two_processes.py) sends real headers.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from llm_server import LLMServer
from ui.helpers import TIMEOUT_S, all_text, button, start_app

from coach.config import Settings
from coach.store import HistoryStore
from coach.ui.navigation import COACH_PAGE, HISTORY_PAGE, SETTINGS_PAGE

QUESTION = "How do I ask my mentor for feedback? CANARY-{}"


@pytest.fixture
def shared_mode(app_data: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("COACH_AUTH", "header")
    return app_data


def signed_in(monkeypatch: pytest.MonkeyPatch, user: str | None) -> None:
    headers = {} if user is None else {"X-Forwarded-Email": user, "Host": "coach.example.org"}
    monkeypatch.setattr("coach.ui.auth._headers", lambda: headers)


def test_without_the_proxy_header_only_a_sign_in_page_renders(shared_mode: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    signed_in(monkeypatch, None)
    at = start_app()
    assert [t.value for t in at.title] == ["Sign in to use Mentor Coach"]
    assert "sign-in link" in at.info[0].value
    assert not at.chat_input and not at.button and not at.sidebar.markdown


def test_each_user_sees_only_their_own_history(shared_mode: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for user in ("alice@example.org", "bob@example.org"):
        signed_in(monkeypatch, user)
        at = start_app()
        at.chat_input(key="chat.input").set_value(QUESTION.format(user)).run()
        assert not at.exception, at.exception
    signed_in(monkeypatch, "bob@example.org")
    at = start_app(HISTORY_PAGE)
    text = all_text(at)
    assert "CANARY-bob@example.org" in text and "CANARY-alice" not in text
    assert "1 conversation" in text
    store = HistoryStore(Settings(data_dir=shared_mode).history_db)
    assert store.for_user("alice@example.org").counts()["conversation"] == 1
    assert store.counts()["conversation"] == 0  # the local user of a single-person install has nothing


def test_settings_show_no_operator_values_and_read_no_saved_files(
    shared_mode: Path, monkeypatch: pytest.MonkeyPatch, llm_server: LLMServer
) -> None:
    # Files a single-person install would have saved from its Settings page: a shared app ignores them.
    saved = {"engine": "llm", "openai_base_url": "http://10.9.9.9/v1", "knowledge_dirs": ["/etc"]}
    (shared_mode / "ui-settings.json").write_text(json.dumps(saved))
    (shared_mode / "api-key").write_text("sk-alice-remembered")
    monkeypatch.setenv("COACH_ENGINE", "llm")
    monkeypatch.setenv("OPENAI_BASE_URL", llm_server.base_url)
    monkeypatch.setenv("COACH_MODEL", llm_server.model)
    monkeypatch.setenv("COACH_KNOWLEDGE_DIRS", "/srv/secret-guidance")
    signed_in(monkeypatch, "bob@example.org")
    at = start_app(SETTINGS_PAGE)
    text = all_text(at)
    for secret in (llm_server.base_url, "127.0.0.1", "/srv/secret-guidance", str(shared_mode), "10.9.9.9"):
        assert secret not in text
    assert not at.text_area and not at.radio and not at.toggle  # no server, folder or privacy controls
    assert [t.label for t in at.text_input] == ["Your own API key (optional)"]
    assert not any("index" in b.label.lower() for b in at.button)
    assert f"LLM: {llm_server.model}" in "\n".join(m.value for m in at.sidebar.markdown)


def test_a_users_own_key_is_used_for_their_session_only_and_never_saved(
    shared_mode: Path, monkeypatch: pytest.MonkeyPatch, llm_server: LLMServer
) -> None:
    monkeypatch.setenv("COACH_ENGINE", "llm")
    monkeypatch.setenv("OPENAI_BASE_URL", llm_server.base_url)
    monkeypatch.setenv("COACH_MODEL", llm_server.model)
    signed_in(monkeypatch, "alice@example.org")
    alice = start_app(SETTINGS_PAGE)
    alice.text_input(key="settings.own_key").set_value("sk-alice-own")
    button(alice, "Use this key").click().run()
    alice.switch_page(COACH_PAGE).run()
    alice.chat_input(key="chat.input").set_value("How often should we meet?").run()
    assert llm_server.authorizations[-1] == "Bearer sk-alice-own"

    signed_in(monkeypatch, "bob@example.org")
    bob = start_app()
    bob.chat_input(key="chat.input").set_value("How often should we meet?").run()
    assert len(llm_server.authorizations) >= 2
    assert llm_server.authorizations[-1] != "Bearer sk-alice-own"
    on_disk = b"".join(p.read_bytes() for p in shared_mode.rglob("*") if p.is_file())
    assert b"sk-alice-own" not in on_disk


def test_a_damaged_history_database_is_explained_and_the_question_kept(
    app_data: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    at = start_app()
    assert not at.exception
    database = Settings(data_dir=app_data).history_db
    for leftover in database.parent.glob(database.name + "*"):
        leftover.write_bytes(b"this is not a database " * 512)
    at.chat_input(key="chat.input").set_value("My unsaved question about mentoring").run(timeout=TIMEOUT_S)
    assert not at.exception, at.exception
    message = " ".join(e.value for e in at.error)
    assert "damaged" in message and "Move that file aside" in message
    assert at.text_area(key="coach.unsaved_view").value == "My unsaved question about mentoring"
