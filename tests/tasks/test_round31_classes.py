"""The classes the thirty-first fresh-eyes reading of offline drafts found, each tried on its own shape.

Summaries: owner headings ("her:", "me to do:", "she said:"), what someone told of with a day in it, "topic:"
labels, "pay:" labels, "she ask me to…", "he wants the draft back by…", ">" bullets, a first line of a name
and a length, "(lol …)" asides, "feeling:" lines, the mentor they know, offers of "I can…", a last session,
a session on another day, a condition after an arrow. Feedback: "3x", "end of shift", "not running…", the
user's own part and reactions kept out, praise with a "but". Outreach and prepare: "RN", "Eng.", a scene
before its clause, "recently retired", "conflict with", "half done", an aside after a question. Checks:
"couple questions", "coffee or lunch", "only A and B", a too-long notice that no longer holds.
"""

from __future__ import annotations

from coach.checks import has_bounded_ask
from coach.grammar import lowercase_starts, midsentence_capitals, spliced_clauses
from coach.tasks import get_task
from coach.tasks._phrasing import Person, shape_of, when_phrase
from coach.tasks._reframe import read
from coach.tasks.base import Style
from coach.tasks.session_notes import ME, is_title_line, parse_notes
from coach.tasks.summary import to_mentor
from coach.writing import expand_shorthand, initials_of, shape, to_you


def _summary(notes: str, mentor: str = "Dale Hutchins", kind: str = "full", next_meeting: str = "") -> str:
    values = {"mentor_name": mentor, "notes": notes, "kind": kind, "my_name": "Marco", "next_meeting": next_meeting}
    return get_task("summary").compose(values, [], Style()).body


def test_a_heading_naming_an_owner_gives_its_lines_to_them_until_a_blank_line() -> None:
    notes = ("me:\n- update resume\n\nher:\n- rec letter\n- connect me w/ Carla\n\n"
             "also talked about my mom being sick")
    parsed = parse_notes(notes, "Dr. Patrice Walker")
    assert [(a.owner, a.task) for a in parsed.actions] == [
        (ME, "Update resume"), ("Dr. Walker", "Rec letter"), ("Dr. Walker", "Connect me w/ Carla")]
    assert parsed.takeaways == ["We also talked about my mom being sick"]


def test_a_they_said_heading_makes_its_instructions_advice() -> None:
    parsed = parse_notes("she said:\n - price by project, not hourly\n - she'll send me her template\n\n"
                         "me to do:\n - LLC paperwork\n - call pastor Dave", "Ms. Carol Dubois")
    assert "price by project, not hourly" in parsed.takeaways
    assert [(a.owner, a.task) for a in parsed.actions] == [
        ("Ms. Dubois", "Send me her template"), (ME, "LLC paperwork"), (ME, "Call pastor Dave")]


def test_what_someone_told_of_and_labelled_topics_are_no_tasks_whatever_day_they_name() -> None:
    parsed = parse_notes("- follow up: he mentioned a study group at the union hall tues nights\n"
                         "- topic: lab manager promo, interview next Wed\n"
                         "- pay: inspectors start ~$28-35/hr here, less OT tho", "Dale Hutchins")
    assert parsed.actions == []
    assert parsed.takeaways[0] == "he mentioned a study group at the union hall tues nights"
    # but the user's own promise about it keeps the line a task
    kept = parse_notes("- he mentioned the grant closes end of month - I should look it up", "Dale Hutchins")
    assert [a.owner for a in kept.actions] == [ME]


def test_what_the_mentor_asked_or_wants_back_is_the_users_task() -> None:
    parsed = parse_notes("* she ask me to prepare questions for next time about salary negotiation\n"
                         "misc - he wants the paper draft back by end of month", "Agnieszka Zielińska")
    assert [(a.owner, a.task, a.due) for a in parsed.actions] == [
        (ME, "Prepare questions for next time about salary negotiation", None),
        (ME, "Send the paper draft back", "end of month")]
    # "told me to…" is advice, not a task
    assert parse_notes("she told me to talk about the stock loss numbers", "Deepa").actions == []


def test_quote_bullets_a_name_with_a_length_and_lol_asides_leave_the_email() -> None:
    assert is_title_line("Prof A, ~30min, zoom kept freezing")
    body = _summary("Prof A, ~30min, zoom kept freezing\n> he said I undersell the freezer thing\n"
                    "SOB (lol her initials) talked about AHPRA registration", mentor="Prof. Adebayo")
    assert ">" not in body and "lol" not in body and "30min" not in body
    assert initials_of("Sarah O'Brien") == "SOB"


def test_feeling_labels_and_lines_that_lean_on_the_one_before_are_left_out() -> None:
    body = _summary("- me: clear the IDT paper - priority!! he was strict on this\n- feeling: more motivated\n"
                    "- talked abt parents. easier said lol\n- he said talk to them with numbers", mentor="Rajesh")
    assert "strict on this" not in body and "Feeling" not in body and "Easier said" not in body


def test_who_the_mentor_knows_is_news_and_can_let_me_is_their_offer() -> None:
    known = parse_notes("- she know hiring manager at company in Gdańsk, maybe in january open position, she will "
                        "ask", "Agnieszka Zielińska")
    assert known.actions == [] and known.takeaways[0].startswith("she know hiring manager")
    offer = parse_notes("- he can let me use his kitchen mondays for testing, I have to clean everything obviously",
                        "Chef Ramón Iglesias")
    assert [(a.owner, a.task) for a in offer.actions] == [
        ("Chef Iglesias", "Let me use his kitchen mondays for testing, I have to clean everything obviously")]


def test_thanks_for_an_offer_a_last_session_another_day_and_a_condition_after_an_arrow() -> None:
    offered = _summary("- said i can ride along on a battery install at some point, call him in spring", "Ray D.",
                       kind="thanks")
    assert "offering to let me ride along on a battery install at some point." in offered
    last = _summary("final session before she moves to Dubai :(\n- she said keep the reflection journal", "Dr. Fatima",
                    kind="thanks")
    assert "Looking forward" not in last and "stay in touch" in last
    sunday = _summary("Bia gave me 40 min on sunday (!!)\n- she will forward my portfolio -> when I fix it",
                      "Beatriz Almeida", kind="thanks")
    assert "today" not in sunday and "portfolio, when I fix it" in sunday


def test_feedback_times_and_behaviours_are_said_as_sentences() -> None:
    assert when_phrase("3x in last 2 weeks, most recent tuesday") == "3 times in last 2 weeks, most recent Tuesday"
    assert when_phrase("end of shift saturday night") == "at the end of shift Saturday night"
    draft = get_task("feedback").compose({
        "direction": "give", "person_name": "Kevin", "behaviour": "not running morning QC before handover",
        "feedback": "honestly im so frustrated. he leaves the analyzer without running QC and then i come in at 7am "
                    "and have to do it all while the ED is calling for results. ive said it nicely twice",
        "when_it_happened": "3x in last 2 weeks"}, [], Style()).body
    assert "you haven't been running morning QC" in draft
    assert "I come in at 7am and have to do it all" in draft and "said it nicely" not in draft


def test_the_users_own_part_and_reactions_are_never_the_feedback() -> None:
    given = read("nobody got hurt but it could of been real bad. i was pretty harsh yelling in the moment",
                 Person("Jayden", ""), "give")
    assert not any("harsh" in i for i in given.impacts)
    received = read("he said I hide behind data. First I felt bad, whole night could not sleep. Now I think he is "
                    "right. but... partly true about the charting", Person("Mr. Deshpande", ""), "received")
    points = " ".join(received.behaviours)
    assert "bad" not in points.lower() and "sleep" not in points and "right" not in points and "partly" not in points
    praise = read("she is very smart but in the weekly meeting she always finish other people sentences. "
                  "I want say it in a way she dont feel attacked", Person("Sofía", ""), "give")
    assert praise.strengths == ["you are very smart"] and praise.messages == []


def test_outreach_and_prepare_keep_titles_and_say_fragments_whole() -> None:
    assert "RN 4 years" in expand_shorthand("Im RN 4 years") and expand_shorthand("rn") == "right now"
    assert shape("At the Rotary lunch you mentioned that small nonprofits need board members") == "clause"
    assert shape("at the conference where you spoke") == "noun"
    assert shape("Recently retired (June) after 31 years as controller") == "past"
    assert shape_of("second one half done") == "clause" and shape_of("conflict with one colleague") == "noun"
    assert to_you("mike was gonna show me his bid template", "Big Mike (Michael Torrance)").startswith("You were")
    agenda = get_task("prepare").compose({
        "mentor_name": "Eng. Samir Haddad", "goals": "get chartered", "progress": "", "challenges": "",
        "meeting_minutes": 30, "open_items": "- me: ask Dr Iyer about vacancy in Nov? (didnt ask, felt awkward)"},
        [], Style()).body
    assert "with Eng. Haddad" in agenda and "- I said I'd ask Dr Iyer about vacancy in Nov? (didn't ask" in agenda
    assert lowercase_starts(agenda) == []


def test_checks_read_couple_questions_coffee_letters_and_reminders() -> None:
    assert has_bounded_ask("Would you be available for couple questions by email?")
    assert has_bounded_ask("Would you be available for coffee or lunch, my treat?")
    assert not has_bounded_ask("Would you be available to mentor me?")
    assert midsentence_capitals("I mapped my projects but I did only A and B so far.") == []
    assert midsentence_capitals("I'm reaching out Because you moved.") != []
    assert spliced_clauses("You reminded me you're on the committee for a different department.") == []
    assert to_mentor("he reminded me he's on the committee", "Dale Hutchins").startswith("You reminded me you're")


def test_a_linkedin_note_shortened_after_composing_keeps_no_notice_it_no_longer_earns() -> None:
    task = get_task("outreach")
    values = task.validate({
        "mentor_name": "ms jenna li", "mentor_context": "instructional designer at a health insurance co",
        "why_them": "Mr Garza said you made the jump from classroom to ID like 4 yrs ago and were super honest about "
                    "the pay cut/pay bump stuff. I'm trying to figure out if its real or just a linkedin fantasy",
        "about_me": "8th grade science teacher 9 yrs, Title I school in San Antonio. i build all my own units in "
                    "canva/google sites, led PD for our dept twice",
        "goal": "figure out if ID is a realistic move by next summer without doing a whole 2nd masters",
        "ask": "15-20 min zoom? happy to work around your schedule", "channel": "linkedin_note", "tone": "warm",
        "my_name": "Dana Whitfield"})
    composed = task.compose(values, [], Style())
    final = task.finalize(composed, values)
    assert len(composed.body) > 300 >= len(final.body)  # shortened after composing...
    assert final.notices == ()  # ...so the notice about the longer note is gone
