"""Issue 12, the app as people use it: every edit kept, the work shown, exports finished (AppTest)."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from llm_server import LLMServer, Reply
from streamlit.runtime.scriptrunner_utils.exceptions import StopException

from coach.config import Settings
from coach.exports import sendable
from coach.rehearsal.scenarios import list_scenarios
from coach.rehearsal.session import RehearsalSession
from coach.service import Coach
from coach.store import HistoryStore
from coach.tasks.base import Check, Draft
from coach.tasks.registry import get_task
from coach.ui import navigation, widgets
from coach.ui.navigation import COACH_PAGE, DRAFTS_PAGE, HISTORY_PAGE, REHEARSE_PAGE
from ui.helpers import all_text, button, open_form, sample_value, start_app

ADDED_LINE = "I can also meet on Tuesdays after four."


@pytest.fixture
def use_llm(llm_server: LLMServer, monkeypatch: pytest.MonkeyPatch) -> LLMServer:
    monkeypatch.setenv("COACH_ENGINE", "llm")
    monkeypatch.setenv("OPENAI_BASE_URL", llm_server.base_url)
    monkeypatch.setenv("COACH_MODEL", llm_server.model)
    return llm_server


def _store(data_dir: Path) -> HistoryStore:
    return HistoryStore(Settings(data_dir=data_dir).history_db)


def _write_outreach(at: object, **overrides: str) -> int:
    open_form(at, "outreach")  # type: ignore[arg-type]
    for field in get_task("outreach").fields:
        value = overrides.get(field.name, sample_value(field))
        at.get_by_key(f"form.outreach.{field.name}").set_value(value)  # type: ignore[attr-defined]
    button(at, "Write the draft").click().run()
    assert not at.exception, at.exception  # type: ignore[attr-defined]
    return int(at.session_state["drafts.active.outreach"])  # type: ignore[attr-defined]


def _edit(at: object, draft_id: int, text: str) -> None:
    at.toggle(key=f"drafts.editing.{draft_id}").set_value(True).run()  # type: ignore[attr-defined]
    editor = next(t for t in at.text_area if t.key and t.key.endswith(".text"))  # type: ignore[attr-defined]
    editor.set_value(text).run()


def _with_added_line(text: str) -> str:
    """The draft with the user's own line after the greeting (text after the coach's note is not sent)."""
    greeting, _, rest = text.partition("\n\n")
    return f"{greeting}\n\n{ADDED_LINE}\n\n{rest}"


def _scripts(at: object) -> str:
    return "\n".join(str(element.proto.body) for element in at.get("html"))  # type: ignore[attr-defined]


# -- 1 and 2: refine keeps edits, the draft is rendered, scrolled to, explained ------------------


def test_draft_is_rendered_scrolled_to_and_editable_with_a_toggle(app_data: Path) -> None:
    at = start_app(DRAFTS_PAGE)
    draft_id = _write_outreach(at)
    latest = _store(app_data).draft(draft_id).latest
    assert latest is not None
    first_line = latest.text.splitlines()[0]
    assert any(first_line in m.value for m in at.markdown)  # rendered as Markdown, not in a text box
    assert not [t for t in at.text_area if t.key and t.key.endswith(".text")]
    assert "your-draft" in _scripts(at) and "scrollIntoView" in _scripts(at)
    _edit(at, draft_id, _with_added_line(latest.text))
    at.toggle(key=f"drafts.editing.{draft_id}").set_value(False).run()
    assert any(ADDED_LINE in m.value for m in at.markdown)  # the edit survives leaving the editor
    at.session_state[f"drafts.copy.{draft_id}"] = True  # open the copy box (lazy: drawn once opened)
    at.run()
    assert ADDED_LINE in at.code[0].value  # and is what gets copied


def test_channel_choices_read_as_words(app_data: Path) -> None:
    at = start_app(DRAFTS_PAGE)
    options = list(at.get_by_key("form.outreach.channel").options)
    assert "LinkedIn note (300 characters)" in options
    assert not [o for o in options if "_" in o]


def test_offline_refine_of_an_edit_asks_before_replacing_and_keeps_the_edit(app_data: Path) -> None:
    at = start_app(DRAFTS_PAGE)
    draft_id = _write_outreach(at)
    text = _with_added_line(_store(app_data).draft(draft_id).versions[0].text)
    _edit(at, draft_id, text)
    button(at, "Warmer").click().run()
    assert any("offline engine cannot make your edited text warmer" in w.value for w in at.warning)
    assert len(_store(app_data).draft(draft_id).versions) == 1  # nothing replaced yet
    button(at, "Keep my text").click().run()
    assert ADDED_LINE in at.text_area(key=f"drafts.edit.{draft_id}.1.text").value

    button(at, "Warmer").click().run()
    button(at, "Rewrite from the form").click().run()
    assert not at.exception, at.exception
    versions = _store(app_data).draft(draft_id).versions
    assert [v.label for v in versions] == ["first draft", "your edit", "warmer"]
    assert versions[1].text == text  # the user's edit is kept as its own version


def test_model_refine_works_on_the_edited_text(app_data: Path, use_llm: LLMServer) -> None:
    use_llm.queue(Reply("Subject: Coffee?\n\nDear Sam, a first draft [1]."),
                  Reply("Subject: Coffee?\n\nDear Sam, shorter, still Tuesdays after four [1]."))
    at = start_app(DRAFTS_PAGE)
    draft_id = _write_outreach(at)
    _edit(at, draft_id, "Dear Sam, a first draft.\n\n" + ADDED_LINE)
    assert at.get_by_key("drafts.refine_text") is not None  # a free-text refine box with a model engine
    button(at, "Shorter").click().run()
    assert not at.exception, at.exception
    assert ADDED_LINE in json.dumps(use_llm.requests[-1]["messages"])  # the model saw the user's text
    versions = _store(app_data).draft(draft_id).versions
    assert [v.label for v in versions] == ["first draft", "your edit", "shorter"]


def test_free_text_refine_box_only_with_a_model_engine(app_data: Path, use_llm: LLMServer) -> None:
    use_llm.queue(Reply("Subject: Coffee?\n\nDear Sam, one [1]."), Reply("Subject: Coffee?\n\nDear Sam, two [1]."))
    at = start_app(DRAFTS_PAGE)
    draft_id = _write_outreach(at)
    at.text_input(key="drafts.refine_text").set_value("mention Tuesdays")
    button(at, "Refine").click().run()
    assert not at.exception, at.exception
    assert "mention Tuesdays" in json.dumps(use_llm.requests[-1]["messages"])
    assert _store(app_data).draft(draft_id).versions[-1].label == "mention Tuesdays"


def test_offline_has_no_free_text_refine_box(app_data: Path) -> None:
    at = start_app(DRAFTS_PAGE)
    _write_outreach(at)
    assert "drafts.refine_text" not in [t.key for t in at.text_input]


def test_a_refinement_that_changes_nothing_says_so(app_data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Coach, "stream_refine", lambda self, draft, instruction: iter([draft]))
    at = start_app(DRAFTS_PAGE)
    draft_id = _write_outreach(at)
    button(at, "More formal").click().run()
    assert any("changed nothing" in i.value for i in at.info)
    assert len(_store(app_data).draft(draft_id).versions) == 1


def test_rationale_is_shown_beside_the_draft(app_data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    original = Coach.stream

    def with_rationale(self: Coach, task: str, fields: object, *, history: object = ()) -> Iterator[object]:
        for item in original(self, task, fields, history=history):  # type: ignore[arg-type]
            yield replace(item, rationale="Opens with **their** work [1].") if isinstance(item, Draft) else item

    monkeypatch.setattr(Coach, "stream", with_rationale)
    at = start_app(DRAFTS_PAGE)
    _write_outreach(at)
    assert "Why the coach wrote it this way" in all_text(at)
    assert any("Opens with **their** work" in m.value for m in at.markdown)


def test_more_formal_linkedin_note_does_not_open_with_hi(app_data: Path) -> None:
    at = start_app(DRAFTS_PAGE)
    long_why = "your long series of posts on handover checklists, night shifts and informatics " * 3
    draft_id = _write_outreach(at, channel="linkedin_note", mentor_name="Mei-Ling Chen", why_them=long_why[:300])
    button(at, "More formal").click().run()
    latest = _store(app_data).draft(draft_id).latest
    assert latest is not None and latest.label == "more formal"
    assert not latest.text.startswith("Hi ")
    # Facts are kept whole: a note that cannot fit says which field to shorten instead of cutting it.
    assert len(sendable(latest.text)) <= 300 or any("shorten" in n for n in latest.notices)


# -- 3: History ------------------------------------------------------------------------------------


def _seed_drafts(data_dir: Path) -> list[int]:
    store = _store(data_dir)
    spec = get_task("outreach")
    values = {f.name: sample_value(f) for f in spec.fields}
    ids = []
    for text in ("## What I'm taking away\n\n**Thanks** for today.", "Second one"):
        draft = store.save_draft_request("outreach", values, "Outreach: Jordan Blake")
        store.add_draft_version(draft, label="first draft", text=text, subject="Hello", engine="offline",
                                checks=[Check("Has an ask", True, "")], sources=[])
        ids.append(draft)
    return ids


def test_history_titles_previews_times_open_and_undo(app_data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(widgets, "browser_zone", lambda: ZoneInfo("Asia/Tokyo"))
    first, second = _seed_drafts(app_data)
    at = start_app(HISTORY_PAGE)
    text = all_text(at)
    assert "Outreach: Jordan Blake (1)" in text and "Outreach: Jordan Blake (2)" in text  # told apart
    assert "JST" in text and "UTC" not in text  # the browser's time zone
    assert not [c.value for c in at.caption if "##" in c.value or "**Thanks" in c.value]  # plain previews

    at.button(key=f"history.open.draft.{first}").click().run()
    assert "history-open" in _scripts(at)  # the opened item is scrolled into view
    assert any("#### What I'm taking away" in m.value for m in at.markdown)  # headings made small

    at.button(key=f"history.delete.draft.{second}").click().run()
    assert _store(app_data).counts()["draft"] == 1
    assert "was deleted" in all_text(at)
    at.button(key="history.undo").click().run()
    restored = _store(app_data).draft(second)  # same id, same text
    assert restored.versions[0].text == "Second one"


def test_history_draws_a_page_of_rows_and_more_on_request(app_data: Path) -> None:
    from coach.ui.history import PAGE_SIZE

    store = _store(app_data)
    for number in range(PAGE_SIZE + 5):
        store.save_draft_request("outreach", {"mentor_name": f"Person {number}"}, f"Outreach: Person {number}")
    at = start_app(HISTORY_PAGE)
    opened = [b for b in at.button if b.key and b.key.startswith("history.open.")]
    assert len(opened) == PAGE_SIZE and f"Outreach: Person {PAGE_SIZE + 4}" in all_text(at)  # newest first
    at.button(key="history.more").click().run()
    assert len([b for b in at.button if b.key and b.key.startswith("history.open.")]) == PAGE_SIZE + 5
    assert "Outreach: Person 0" in all_text(at) and not [b for b in at.button if b.key == "history.more"]
    at.text_input(key="history.query").set_value("Person 1").run()  # a new search starts at one page again
    assert at.session_state["history.shown"] == PAGE_SIZE


def test_history_open_in_drafts_logs_no_streamlit_exception(app_data: Path, caplog: pytest.LogCaptureFixture) -> None:
    first, _ = _seed_drafts(app_data)
    at = start_app(HISTORY_PAGE)
    at.button(key=f"history.open.draft.{first}").click().run()
    with caplog.at_level(logging.WARNING):
        button(at, "Open in Drafts").click().run()
    assert not at.exception, at.exception
    assert at.title[0].value == "Drafts"
    assert "default value but also had its value set" not in caplog.text


# -- 4: pasting past a limit -------------------------------------------------------------------------


def test_session_notes_past_the_limit_are_kept_with_count_and_limit(app_data: Path) -> None:
    notes = get_task("summary").field("notes")
    at = start_app(DRAFTS_PAGE)
    at.button_group(key="drafts.task").set_value("summary").run()
    pasted = "n" * (notes.max_chars + 1)
    at.get_by_key("form.summary.notes").set_value(pasted)
    button(at, "Write the draft").click().run()
    assert at.get_by_key("form.summary.notes").value == pasted
    assert any(f"{len(pasted):,} characters; the limit is {notes.max_chars:,}" in e.value for e in at.error)


def test_chat_message_past_the_limit_is_kept_to_shorten_and_send(app_data: Path) -> None:
    limit = next(f for f in get_task("ask").fields if f.required).max_chars
    pasted = "How do I ask for feedback? " + "x" * 20_000
    at = start_app(COACH_PAGE)
    at.chat_input(key="chat.input").set_value(pasted).run()
    assert any(f"{len(pasted):,} characters; the limit is {limit:,}" in e.value for e in at.error)
    assert at.text_area(key="chat.too_long_edit").value == pasted
    assert not at.chat_message  # nothing sent
    at.text_area(key="chat.too_long_edit").set_value("How do I ask for feedback?").run()
    button(at, "Send").click().run()
    assert [m.name for m in at.chat_message] == ["user", "assistant"]


def test_rehearsal_line_past_the_limit_is_kept(app_data: Path) -> None:
    from coach.rehearsal.session import MAX_TURN_CHARS

    at = start_app(REHEARSE_PAGE)
    button(at, "Start the rehearsal").click().run()
    pasted = "I wanted to talk. " + "y" * MAX_TURN_CHARS
    at.chat_input(key="rehearse.input").set_value(pasted).run()
    assert at.text_area(key="rehearse.too_long_edit").value == pasted.strip()
    assert any(f"the limit is {MAX_TURN_CHARS:,}" in e.value for e in at.error)
    at.text_area(key="rehearse.too_long_edit").set_value("I wanted to talk about our meetings.").run()
    at.button(key="rehearse.too_long_send").click().run()
    assert not at.exception, at.exception
    assert [m.name for m in at.chat_message].count("user") == 1


# -- 6: chat -----------------------------------------------------------------------------------------


def test_chat_regenerate_edit_resend_and_conversation_list(app_data: Path, use_llm: LLMServer) -> None:
    use_llm.queue(Reply("First answer [1]."), Reply("Regenerated answer [1]."), Reply("Answer to the edit [1]."),
                  Reply("Another chat [1]."))
    at = start_app(COACH_PAGE)
    at.chat_input(key="chat.input").set_value("How do I ask for feedback?").run()
    conversation = at.session_state["chat.conversation_id"]
    button(at, "Regenerate").click().run()
    assert not at.exception, at.exception
    saved = _store(app_data).conversation(conversation).messages
    assert [(m.role, m.text) for m in saved] == [("user", "How do I ask for feedback?"),
                                                 ("assistant", "Regenerated answer [1].")]
    assert sum("How do I ask for feedback?" in json.dumps(r["messages"]) for r in use_llm.requests[-1:]) == 1

    at.button(key=f"chat.edit.{saved[0].id}").click().run()
    at.text_area(key=f"chat.edit_text.{saved[0].id}").set_value("How do I ask for written feedback?")
    at.button(key=f"chat.resend.{saved[0].id}").click().run()
    saved = _store(app_data).conversation(conversation).messages
    assert [m.text for m in saved] == ["How do I ask for written feedback?", "Answer to the edit [1]."]

    at.sidebar.button(key="chat.list.new").click().run()
    at.chat_input(key="chat.input").set_value("Another question").run()
    assert at.session_state["chat.conversation_id"] != conversation
    at.sidebar.button(key=f"chat.list.{conversation}").click().run()
    assert at.chat_message[0].markdown[0].value == "How do I ask for written feedback?"


def test_a_click_after_the_reply_finished_keeps_it_complete(app_data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    original = Coach.stream

    def click_lands_late(self: Coach, task: str, fields: object, *, history: object = ()) -> Iterator[object]:
        yield from original(self, task, fields, history=history)  # type: ignore[arg-type]
        raise StopException()  # the user clicked while the page was still drawing the finished reply

    monkeypatch.setattr(Coach, "stream", click_lands_late)
    at = start_app(COACH_PAGE)
    at.chat_input(key="chat.input").set_value("How often should we meet?").run()
    saved = _store(app_data).conversation(at.session_state["chat.conversation_id"]).messages
    assert [m.status for m in saved] == ["complete", "complete"]


# -- 7: rehearsal ------------------------------------------------------------------------------------


def test_unfinished_rehearsal_resumes_and_hints_stay_where_asked(app_data: Path) -> None:
    at = start_app(REHEARSE_PAGE)
    button(at, "Start the rehearsal").click().run()
    at.button(key="rehearse.hint").click().run()
    assert at.session_state["rehearse.session"].hint_positions == [1]  # asked after the opening line
    line = "Thanks for making time. I wanted to talk about how our meetings have been going."
    at.chat_input(key="rehearse.input").set_value(line).run()
    assert at.session_state["rehearse.session"].hint_positions == [1]  # it stays there, not after new turns

    later = start_app(REHEARSE_PAGE)  # a new browser session: the rehearsal is only in History
    assert "Unfinished:" in all_text(later)
    saved_id = at.session_state["rehearse.saved_id"]
    later.button(key=f"rehearse.resume.{saved_id}").click().run()
    assert not later.exception, later.exception
    assert any(line in m.markdown[0].value for m in later.chat_message if m.name == "user")
    later.chat_input(key="rehearse.input").set_value("Would a shorter check-in every two weeks suit you?").run()
    assert not later.exception, later.exception
    saved = _store(app_data).rehearsal(saved_id)
    assert [t["role"] for t in saved.transcript].count("user") == 2


def test_stopping_a_partner_turn_keeps_the_line_and_says_so(app_data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def stopped(self: RehearsalSession, text: str) -> object:
        raise StopException()  # the user clicked Stop while the answer was awaited

    at = start_app(REHEARSE_PAGE)
    button(at, "Start the rehearsal").click().run()
    monkeypatch.setattr(RehearsalSession, "user_turn", stopped)
    line = "I wanted to talk about how our meetings have been going."
    at.chat_input(key="rehearse.input").set_value(line).run()
    at.run()  # the rerun the click started
    assert f"Your line is kept: “{line}”" in all_text(at)
    saved = _store(app_data).rehearsal(at.session_state["rehearse.saved_id"])
    assert saved.transcript[-1]["text"] == line and saved.transcript[-1]["answered"] is False
    at.run()
    assert "Stopped before the answer came" not in all_text(at)  # said once


def test_history_resumes_a_rehearsal(app_data: Path) -> None:
    store = _store(app_data)
    scenario = list_scenarios()[0]
    saved = store.start_rehearsal(scenario.id, "warm", "medium", scenario.title)
    store.save_rehearsal(saved, [{"role": "partner", "text": "Hello."}, {"role": "user", "text": "Hi, thanks."},
                                 {"role": "partner", "text": "What's up?"}])
    at = start_app(HISTORY_PAGE)
    at.button(key=f"history.open.rehearsal.{saved}").click().run()
    button(at, "Resume this rehearsal").click().run()
    assert at.title[0].value == "Rehearse"
    assert [m.name for m in at.chat_message].count("user") == 1


# -- 9 and the direct link ----------------------------------------------------------------------------


def test_the_root_forwards_to_the_coach_page(app_data: Path) -> None:
    # The links themselves (/coach, /drafts, …) are opened in a real browser in tests/e2e/test_walk.py.
    at = start_app()
    assert at.title[0].value == "Coach"


def test_pages_draw_none_of_their_own_constants_descriptions(app_data: Path) -> None:
    # Page scripts run with Streamlit "magic": a bare string statement would be drawn on the page.
    at = start_app()
    for page in (COACH_PAGE, DRAFTS_PAGE, REHEARSE_PAGE, HISTORY_PAGE, navigation.SETTINGS_PAGE):
        at.switch_page(page).run()
        assert not [m.value for m in at.markdown if "``" in m.value or m.value.startswith(("Set when", "The last"))]


def test_no_file_watcher_outside_development() -> None:
    config = (Path(navigation.UI_DIR).parents[1] / ".streamlit" / "config.toml").read_text("utf-8")
    assert 'fileWatcherType = "none"' in config
