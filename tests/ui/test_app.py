"""The Streamlit app through AppTest: every page, offline and against the loopback LLM server."""

from __future__ import annotations

import json
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from llm_server import LLMServer, Reply

from coach.config import Settings
from coach.store import HistoryStore
from coach.tasks.base import Check, Citation
from coach.tasks.registry import get_task
from coach.ui.drafts import DRAFT_TASKS
from coach.ui.navigation import COACH_PAGE, DRAFTS_PAGE, HISTORY_PAGE, REHEARSE_PAGE, SETTINGS_PAGE
from ui.helpers import all_text, button, open_form, sample_value, start_app

PAGES = {COACH_PAGE: "Coach", DRAFTS_PAGE: "Drafts", REHEARSE_PAGE: "Rehearse", HISTORY_PAGE: "History",
         SETTINGS_PAGE: "Settings"}
QUESTION = "How do I ask my mentor for feedback on my presentation?"


@pytest.fixture
def use_llm(llm_server: LLMServer, monkeypatch: pytest.MonkeyPatch) -> LLMServer:
    monkeypatch.setenv("COACH_ENGINE", "llm")
    monkeypatch.setenv("OPENAI_BASE_URL", llm_server.base_url)
    monkeypatch.setenv("COACH_MODEL", llm_server.model)
    return llm_server


def _store(data_dir: Path) -> HistoryStore:
    return HistoryStore(Settings(data_dir=data_dir).history_db)


# -- every page ------------------------------------------------------------------------------------


def test_every_page_renders_offline_with_the_engine_indicator(app_data: Path) -> None:
    at = start_app()
    for page, title in PAGES.items():
        at.switch_page(page).run()
        assert not at.exception, (page, at.exception)
        assert at.title[0].value == title
        assert "Offline" in "\n".join(m.value for m in at.sidebar.markdown)


def test_every_page_renders_against_the_llm_server(app_data: Path, use_llm: LLMServer) -> None:
    at = start_app()
    for page, title in PAGES.items():
        at.switch_page(page).run()
        assert not at.exception, (page, at.exception)
        assert at.title[0].value == title
        assert f"LLM: {use_llm.model}" in "\n".join(m.value for m in at.sidebar.markdown)


# -- Coach chat ------------------------------------------------------------------------------------


def test_chat_round_trip_offline_with_citations_and_feedback(app_data: Path) -> None:
    at = start_app()
    assert button(at, "mentor keeps cancelling")  # starter prompts on an empty chat
    at.chat_input(key="chat.input").set_value(QUESTION).run()
    assert not at.exception, at.exception
    assert [m.name for m in at.chat_message] == ["user", "assistant"]
    answer = at.chat_message[1]
    assert "[1]" in answer.markdown[0].value
    assert any("Sources:" in c.value for c in answer.caption)
    assert answer.expander[0].label.startswith("Read the")
    assert not answer.expander[0].markdown  # lazy: closed, the cards' text is neither looked up nor sent
    message_id = _store(app_data).conversation(at.session_state["chat.conversation_id"]).messages[1].id
    at.session_state[f"chat.cards.{message_id}"] = True  # what opening it does
    at.run()
    answer = at.chat_message[1]
    cards = answer.expander[0].markdown[0].value  # every cited card, in one element
    assert cards.startswith("**[1] ")
    assert cards.split("**\n\n", 1)[1].strip()  # the cited card's text is there to read, after its title

    saved = _store(app_data).conversation(at.session_state["chat.conversation_id"])
    assert [(m.role, m.status) for m in saved.messages] == [("user", "complete"), ("assistant", "complete")]
    assert saved.messages[0].text == QUESTION
    assert saved.messages[1].citations and saved.messages[1].engine == "offline"

    at.feedback[0].set_value(1).run()
    assert _store(app_data).conversation(saved.id).messages[1].feedback == 1


def test_chat_starter_prompt_asks_it(app_data: Path) -> None:
    at = start_app()
    button(at, "How often should a mentor").click().run()
    assert at.chat_message[0].markdown[0].value == "How often should a mentor and mentee meet?"
    assert len(at.chat_message) == 2


def test_chat_keeps_context_through_the_llm_server(app_data: Path, use_llm: LLMServer) -> None:
    use_llm.queue(Reply("Ask for one specific thing [1]."), Reply("Yes: send it the day before [1]."))
    at = start_app()
    at.chat_input(key="chat.input").set_value(QUESTION).run()
    at.chat_input(key="chat.input").set_value("Should I send slides first?").run()
    assert not at.exception, at.exception
    assert len(at.chat_message) == 4
    assert "send it the day before" in at.chat_message[3].markdown[0].value
    second_prompt = json.dumps(use_llm.requests[-1]["messages"])
    assert QUESTION in second_prompt and "Ask for one specific thing" in second_prompt  # context kept


def test_chat_fallback_to_offline_shows_a_notice(app_data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from llm_server import refused_url

    monkeypatch.setenv("COACH_ENGINE", "llm")
    monkeypatch.setenv("OPENAI_BASE_URL", refused_url())
    monkeypatch.setenv("COACH_MAX_RETRIES", "0")
    at = start_app()
    at.chat_input(key="chat.input").set_value(QUESTION).run()
    assert not at.exception, at.exception
    assert any("offline" in w.value.lower() for w in at.chat_message[1].warning)
    assert at.sidebar.warning and "fell back" in at.sidebar.warning[0].value


def _write_outreach(at: object) -> None:
    spec = get_task("outreach")
    for field in spec.fields:
        at.get_by_key(f"form.outreach.{field.name}").set_value(sample_value(field))  # type: ignore[attr-defined]
    button(at, "Write the draft").click().run()  # type: ignore[arg-type]


def test_a_draft_is_drawn_in_the_run_that_wrote_it(app_data: Path) -> None:
    at = start_app(DRAFTS_PAGE)
    _write_outreach(at)
    assert not at.exception, at.exception
    assert "Your draft" in [h.value for h in at.subheader]
    assert not [s for s in at.status if "Done" in s.label]  # the stream's progress made way for the draft
    assert not [b for b in at.button if b.label == "Stop"]


def test_the_form_folds_under_the_draft_and_opens_again_with_its_values(app_data: Path) -> None:
    at = start_app(DRAFTS_PAGE)
    _write_outreach(at)
    assert not at.exception, at.exception
    assert not [b for b in at.button if b.label == "Write the draft"]  # folded: the draft is what is on screen
    typed = {f.name: at.session_state[f"form.outreach.{f.name}"] for f in get_task("outreach").fields}
    at.switch_page(HISTORY_PAGE).run()
    at.switch_page(DRAFTS_PAGE).run()
    button(at, "Change the details").click().run()
    assert button(at, "Write the draft")
    for name, value in typed.items():  # nothing typed was lost while the form was folded or the page left
        assert at.get_by_key(f"form.outreach.{name}").value == value
    at.get_by_key("form.outreach.ask").set_value("Could we talk for 20 minutes next week?")
    button(at, "Write the draft").click().run()
    assert not at.exception, at.exception
    assert not [b for b in at.button if b.label == "Write the draft"]  # the new draft folds it again
    assert _store(app_data).counts()["draft"] == 2


def test_a_draft_that_fell_back_shows_the_sidebar_notice(app_data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from llm_server import refused_url

    monkeypatch.setenv("COACH_ENGINE", "llm")
    monkeypatch.setenv("OPENAI_BASE_URL", refused_url())
    monkeypatch.setenv("COACH_MAX_RETRIES", "0")
    at = start_app(DRAFTS_PAGE)
    _write_outreach(at)
    assert not at.exception, at.exception
    assert at.sidebar.warning and "fell back" in at.sidebar.warning[0].value
    assert "Your draft" in [h.value for h in at.subheader]


def test_reply_cut_short_is_saved_as_interrupted(app_data: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from streamlit.runtime.scriptrunner_utils.exceptions import StopException

    from coach.service import Coach

    def clicked_away_mid_stream(self: Coach, task: str, fields: object, *, history: object = ()) -> object:
        def chunks() -> Iterator[str]:
            yield "The first half of a reply "
            raise StopException()  # what Streamlit raises in the script when the user clicks elsewhere

        return chunks()

    monkeypatch.setattr(Coach, "stream", clicked_away_mid_stream)
    at = start_app()
    at.chat_input(key="chat.input").set_value(QUESTION).run()
    saved = _store(app_data).conversation(at.session_state["chat.conversation_id"]).messages
    assert [(m.role, m.status) for m in saved] == [("user", "complete"), ("assistant", "interrupted")]
    assert saved[0].text == QUESTION
    assert saved[1].text == "The first half of a reply "
    at.run()
    assert any("interrupted" in c.value for c in at.chat_message[1].caption)


def test_model_markdown_images_are_neutralised(app_data: Path, use_llm: LLMServer) -> None:
    use_llm.queue(Reply("Try this [1]. ![x](http://127.0.0.1:9/leak?q=secret) <img src=http://127.0.0.1:9/a>"))
    at = start_app()
    at.chat_input(key="chat.input").set_value(QUESTION).run()
    rendered = at.chat_message[1].markdown[0].value
    assert "(image removed: x)" in rendered
    assert "![" not in rendered and "<img" not in rendered


# -- Drafts ----------------------------------------------------------------------------------------


def _choose_task(at: object, task: str) -> None:
    at.button_group(key="drafts.task").set_value(task).run()  # type: ignore[attr-defined]


def _fill_form(at: object, task: str, *, skip: str | None = None) -> None:
    for field in get_task(task).fields:
        if field.name == skip:
            continue
        key = f"form.{task}.{field.name}"
        at.get_by_key(key).set_value(sample_value(field))  # type: ignore[attr-defined]


@pytest.mark.parametrize("task", DRAFT_TASKS)
def test_each_draft_form_checks_required_fields_then_drafts_checks_and_refines(app_data: Path, task: str) -> None:
    spec = get_task(task)
    required = next(f for f in spec.fields if f.required and f.kind in ("text", "long_text"))
    at = start_app(DRAFTS_PAGE)
    _choose_task(at, task)
    for field in spec.fields:  # the form comes from the registry: labels, help, limits, required marks
        widget = at.get_by_key(f"form.{task}.{field.name}")
        assert widget.label == field.label and widget.help.startswith(field.help)
        if field.kind in ("text", "long_text"):  # no max_chars: a paste past it would be dropped silently
            assert widget.proto.required == field.required and not widget.proto.max_chars
            assert f"Up to {field.max_chars:,} characters" in widget.help
        if field.kind == "choice":
            assert list(widget.options) == [field.choice_label(c) for c in field.choices]

    _fill_form(at, task, skip=required.name)
    button(at, "Write the draft").click().run()
    assert any(required.name in e.value for e in at.error), [e.value for e in at.error]
    assert _store(app_data).counts()["draft"] == 0  # an invalid form never reaches the model

    at.get_by_key(f"form.{task}.{required.name}").set_value(sample_value(required))
    button(at, "Write the draft").click().run()
    assert not at.exception, at.exception
    assert any(m.value.startswith("**Checks:") for m in at.markdown)
    saved = _store(app_data).draft(at.session_state[f"drafts.active.{task}"])
    assert saved.fields[required.name] == sample_value(required)
    assert saved.latest is not None and saved.latest.label == "first draft" and saved.latest.checks

    button(at, "Shorter").click().run()
    assert not at.exception, at.exception
    versions = _store(app_data).draft(saved.id).versions
    if len(versions) == 1:  # nothing to cut: no copy is saved, and the page says why
        assert any("changed nothing" in i.value for i in at.info), [i.value for i in at.info]
    else:
        assert [v.label for v in versions] == ["first draft", "shorter"]
        assert len(versions[1].text) < len(versions[0].text)


def test_over_limit_input_is_kept_with_its_count_and_limit_and_never_drafted(app_data: Path) -> None:
    spec = get_task("outreach")
    at = start_app(DRAFTS_PAGE)
    _fill_form(at, "outreach")
    name = spec.fields[0]
    pasted = "x" * (name.max_chars + 5)
    at.get_by_key(f"form.outreach.{name.name}").set_value(pasted)
    button(at, "Write the draft").click().run()
    assert at.get_by_key(f"form.outreach.{name.name}").value == pasted  # nothing the user pasted is lost
    text = "\n".join(e.value for e in at.error)
    assert f"{len(pasted):,} characters; the limit is {name.max_chars:,}" in text
    assert _store(app_data).counts()["draft"] == 0  # nothing past the limit reaches the coach


def test_edited_draft_is_rechecked_and_exports_are_offered(app_data: Path) -> None:
    at = start_app(DRAFTS_PAGE)
    _fill_form(at, "outreach")
    button(at, "Write the draft").click().run()
    draft_id = at.session_state["drafts.active.outreach"]
    assert not [t for t in at.text_area if t.key and t.key.endswith(".text")]  # shown rendered until Edit is on
    at.toggle(key=f"drafts.editing.{draft_id}").set_value(True).run()
    editor = next(t for t in at.text_area if t.key and t.key.endswith(".text"))
    editor.set_value("Hi.").run()
    button(at, "Re-run the checks").click().run()
    versions = _store(app_data).draft(draft_id).versions
    assert versions[-1].label == "your edit" and versions[-1].text == "Hi."
    assert not all(c.passed for c in versions[-1].checks)  # a two-letter message fails its checks
    labels = [d.label for d in at.get("download_button")]
    assert any(".txt" in label for label in labels) and any(".eml" in label for label in labels)
    assert not at.code  # the copy box is lazy: its text is drawn once it is opened
    at.session_state[f"drafts.copy.{draft_id}"] = True
    at.run()
    assert at.code and "Hi." in at.code[0].value  # the copy box holds the edited text


def test_summary_with_a_readable_next_meeting_offers_an_ics(app_data: Path) -> None:
    if "summary" not in DRAFT_TASKS or "next_meeting" not in {f.name for f in get_task("summary").fields}:
        pytest.skip("the summary job has no next_meeting field")
    at = start_app(DRAFTS_PAGE)
    _choose_task(at, "summary")
    _fill_form(at, "summary")
    button(at, "Write the draft").click().run()
    assert any(".ics" in d.label for d in at.get("download_button"))


# -- Rehearse --------------------------------------------------------------------------------------


def test_three_turn_rehearsal_ends_in_a_saved_debrief(app_data: Path) -> None:
    at = start_app(REHEARSE_PAGE)
    button(at, "Start the rehearsal").click().run()
    assert not at.exception, at.exception
    assert any(e.label.startswith("Briefing") for e in at.expander)
    turns = (
        "Thanks for making time. I wanted to talk about how our meetings have been going.",
        "I've noticed we've rescheduled a few times, and I'd love to find a rhythm that works for you.",
        "Would a shorter check-in every two weeks be easier? What would suit you?",
    )
    for turn in turns:
        if "rehearse.end" not in [b.key for b in at.button]:
            break  # the partner ended it early
        at.chat_input(key="rehearse.input").set_value(turn).run()
        assert not at.exception, at.exception
    if "rehearse.end" in [b.key for b in at.button]:
        at.button(key="rehearse.end").click().run()
    assert not at.exception, at.exception
    assert any(s.value == "Debrief" for s in at.subheader)
    assert at.metric[0].label == "Total"
    assert at.get("arrow_vega_lite_chart") or at.get("vega_lite_chart")  # the per-criterion chart
    text = all_text(at)
    assert "Evidence:" in text and ("A better line." in text or "A line to add." in text)  # no poor turn: a line to add
    saved = _store(app_data).rehearsal(at.session_state["rehearse.saved_id"])
    assert saved.finished and "## Debrief" in saved.markdown
    assert [t["role"] for t in saved.transcript].count("user") >= 1


def test_rehearsal_hint_button_shows_a_hint(app_data: Path) -> None:
    at = start_app(REHEARSE_PAGE)
    button(at, "Start the rehearsal").click().run()
    at.button(key="rehearse.hint").click().run()
    assert at.info and "card" in at.info[0].value


# -- History ---------------------------------------------------------------------------------------


def _seed_history(data_dir: Path) -> tuple[int, int]:
    store = _store(data_dir)
    conversation = store.start_conversation("Cancelled meetings with Priya")
    store.add_message(conversation, "user", "Cancelled meetings with Priya")
    store.add_message(conversation, "assistant", "Raise it kindly [1].",
                      citations=[Citation(1, "raise-frequent-cancellations", "Raising cancellations")])
    spec = get_task("outreach")
    values = {f.name: sample_value(f) for f in spec.fields} | {"mentor_name": "Jordan Blake"}
    draft = store.save_draft_request("outreach", values, "Outreach: Jordan Blake")
    store.add_draft_version(draft, label="first draft", text="Dear Jordan", subject="Hello", engine="offline",
                            checks=[Check("Has an ask", True, "")], sources=[])
    return conversation, draft


def test_history_search_reopen_delete_and_export(app_data: Path) -> None:
    conversation, draft = _seed_history(app_data)
    at = start_app(HISTORY_PAGE)
    assert "1 conversation, 1 draft and 0 rehearsals" in all_text(at)
    assert {d.label for d in at.get("download_button")} >= {"Export all (JSON)", "Export all (Markdown)"}

    at.text_input(key="history.query").set_value("jordan").run()
    assert [b.key for b in at.button if b.key and b.key.startswith("history.open.")] == [f"history.open.draft.{draft}"]

    at.button(key=f"history.open.draft.{draft}").click().run()
    assert "Dear Jordan" in all_text(at)
    button(at, "Open in Drafts").click().run()
    assert not at.exception, at.exception
    assert at.title[0].value == "Drafts"
    at.switch_page(DRAFTS_PAGE)  # AppTest reruns the page it was given, not the one the app switched to
    open_form(at, "outreach")  # reopened with its draft on screen, the form is folded: open it
    assert at.get_by_key("form.outreach.mentor_name").value == "Jordan Blake"  # the form is back, filled in

    at.switch_page(HISTORY_PAGE).run()
    at.text_input(key="history.query").set_value("").run()
    at.button(key=f"history.delete.conversation.{conversation}").click().run()
    assert _store(app_data).counts()["conversation"] == 0
    button(at, "Delete all").click().run()
    button(at, "Yes, delete everything").click().run()
    assert _store(app_data).counts() == {"conversation": 0, "draft": 0, "rehearsal": 0}
    assert "Nothing saved yet" in all_text(at)


def test_history_continues_a_saved_conversation(app_data: Path) -> None:
    conversation, _ = _seed_history(app_data)
    at = start_app(HISTORY_PAGE)
    at.button(key=f"history.open.conversation.{conversation}").click().run()
    button(at, "Continue this conversation").click().run()
    assert at.title[0].value == "Coach"
    assert at.chat_message[0].markdown[0].value == "Cancelled meetings with Priya"


# -- Settings --------------------------------------------------------------------------------------


def test_settings_switch_engine_to_the_llm_server(app_data: Path, llm_server: LLMServer) -> None:
    at = start_app(SETTINGS_PAGE)
    at.radio(key="settings.engine").set_value("llm")
    at.text_input(key="settings.base_url").set_value(llm_server.base_url)
    at.text_input(key="settings.model").set_value("my-local-model")
    button(at, "Apply").click().run()
    assert not at.exception, at.exception
    assert "LLM: my-local-model (127.0.0.1)" in at.sidebar.markdown[0].value
    at.switch_page(COACH_PAGE).run()
    at.chat_input(key="chat.input").set_value(QUESTION).run()
    assert llm_server.requests and llm_server.requests[-1]["model"] == "my-local-model"


def test_settings_local_only_refuses_a_remote_server(app_data: Path) -> None:
    at = start_app(SETTINGS_PAGE)
    at.radio(key="settings.engine").set_value("llm")
    at.text_input(key="settings.base_url").set_value("https://api.example.com/v1")
    at.toggle(key="settings.local_only").set_value(True)
    button(at, "Apply").click().run()
    assert any("Local only" in e.value and "api.example.com" in e.value for e in at.error)
    assert "Offline" in at.sidebar.markdown[0].value  # nothing was applied


def test_settings_lists_guidance_folders_and_reindexes_with_progress(app_data: Path, tmp_path: Path) -> None:
    folder = tmp_path / "my-guidance"
    folder.mkdir()
    (folder / "weekly-notes.md").write_text("# Weekly notes\n\nWrite three bullet points after every session.\n")
    at = start_app(SETTINGS_PAGE)
    assert "Built-in cards" in all_text(at) and "The index holds" in all_text(at)
    at.text_area(key="settings.folders").set_value(str(folder))
    button(at, "re-index").click().run()
    assert not at.exception, at.exception
    assert any("Indexed" in s.value and "1 embedded now" in s.value for s in at.success)
    assert str(folder) in all_text(at)
    manifest = json.loads((app_data / "index" / "manifest.json").read_text())
    assert any("weekly-notes" in doc for doc in manifest["documents"])


def test_settings_api_key_is_session_only_unless_remembered(app_data: Path, llm_server: LLMServer) -> None:
    at = start_app(SETTINGS_PAGE)
    at.radio(key="settings.engine").set_value("llm")
    at.text_input(key="settings.base_url").set_value(llm_server.base_url)
    at.text_input(key="settings.api_key").set_value("sk-test-secret")
    button(at, "Apply").click().run()
    assert not (app_data / "api-key").exists()
    at.text_input(key="settings.api_key").set_value("sk-test-secret")
    at.checkbox(key="settings.remember_key").check()
    button(at, "Apply").click().run()
    key_file = app_data / "api-key"
    assert key_file.read_text() == "sk-test-secret"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert b"sk-test-secret" not in Settings(data_dir=app_data).history_db.read_bytes()
