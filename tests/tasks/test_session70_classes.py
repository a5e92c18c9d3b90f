"""Classes from blind reviews 82 (11 of 24 sendable on d13242f) and 83 (18 of 24 on d05d604): each test names its
class and quotes the draft text that was wrong. Inputs are phrased apart from the reviews' own."""

from __future__ import annotations

from functools import partial

from coach.tasks import get_task
from coach.tasks.base import Style
from coach.writing import as_text_names, greeting_name
from tests.tasks.support import drafted, shipped_card

_draft = partial(drafted, with_subject=True)


def _summary(notes: str, mentor: str, **more: str) -> str:
    body, _ = _draft("summary", {"mentor_name": mentor, "kind": "full", "my_name": "Ola", "notes": notes, **more})
    return body


def _feedback(**fields: str) -> tuple[str, list[str]]:
    """The offline feedback draft and the names of the checks it fails."""
    return _draft("feedback", dict(fields))


def _section(body: str, heading: str) -> str:
    return body.split(f"**{heading}:**")[1].split("**")[0] if f"**{heading}:**" in body else ""


def test_an_effect_after_a_place_and_the_proof_of_praise_go_where_they_belong() -> None:
    # review 82 fg2: "…, and in the deep end kids was jumping from the side" was filed as one more behaviour;
    # fg3: "families often say their person looks peaceful" was a behaviour of concern, and the mentor's own worry
    # ("i dont want him to lose confidence") was an impact
    body, _ = _feedback(direction="give", person_name="Dario, pool attendant",
                        feedback="dario is a strong swimmer. but on the tower he reads his book, I see it twice "
                                 "on sunday, and at the shallow end children were running by the edge")
    assert "children were running by the edge" in _section(body, "Impact")
    assert "children" not in _section(body, "Behaviour")
    body, _ = _feedback(direction="give", person_name="Ines, trainee florist",
                        feedback="ines arranges the wreaths with real care, customers often say they look lovely. but "
                                 "she rushed the bride on the phone on monday and the bride cried. i dont want her to "
                                 "lose confidence", request="let the customer finish before suggesting flowers")
    assert "customers often say they look lovely" in _section(body, "What's working")
    assert "lovely" not in _section(body, "Behaviour") and "confidence" not in _section(body, "Impact")


def test_a_fixed_rule_is_checked_on_never_negotiated() -> None:
    # review 82 fg2: "The phone stay in locker, always, no exception. … Let's agree one change to try"
    body, _ = _feedback(direction="give", person_name="Sam",
                        feedback="sam leaves the till open when he goes on break. I want to tell him the till is "
                                 "locked every time, no exception")
    request = _section(body, "Request")
    assert "no exception" in request and "agree one change" not in request


def test_received_effects_are_said_with_their_point_and_written_work_asks_for_passages() -> None:
    # review 82 fr2: "Readers get lost." split off as a criticism of its own; fr1: "too slow on changeovers" lost
    # "changeovers"; fr3: "What effect did it have on you or your work?" asked about a write-up
    body, _ = _feedback(direction="received", person_name="Ayumi, my editor",
                        feedback="she said my subtitles are too long and viewers miss the picture. she also said the "
                                 "draft is too literal")
    assert "- Your subtitles are too long, and viewers miss the picture." in body
    assert "Which passages were you thinking of" in body and "What effect did it have" not in body
    body, _ = _feedback(direction="received", person_name="Gus, stage manager",
                        feedback="he said im too slow on resets, the actors were waiting in the wings")
    assert "On resets: the actors were waiting in the wings" in body


def test_a_standard_asked_for_keeps_its_every_time() -> None:
    # review 83 r1: "i should use ATMIST every time" was restated "You should use ATMIST."
    body, _ = _feedback(direction="received", person_name="Crew Manager Lee",
                        feedback="she said I should read back the grid reference every time, and my radio voice is "
                                 "calm")
    assert "read back the grid reference every time" in body


def test_a_bare_and_goes_on_with_the_account_and_a_masters_title_stays() -> None:
    # review 83 r3: "and I ask too many questions instead to try first" was dropped as the user's own, and "master
    # Dmitri" was "Master" throughout
    assert greeting_name("master Aziz", formal=False) == "Master Aziz"
    body, _ = _feedback(direction="received", person_name="master Aziz",
                        feedback="my engraving is neat but I rush the polishing, buyers will see it. and I leave the "
                                 "bench untidy at night")
    assert "You leave the bench untidy at night." in body and "What Master Aziz said" in body


def test_things_and_their_verb_after_a_time_are_the_effect() -> None:
    # review 83 g3: "…near dock 4, twice this week the pallets fall" was one behaviour, and the rationale said no
    # effect was given
    body, _ = _feedback(direction="give", person_name="Kofi",
                        feedback="kofi stacks the crates too high by the loading bay, twice this week the boxes slide")
    assert "twice this week the boxes slide" in _section(body, "Impact")
    assert "boxes" not in _section(body, "Behaviour")


def test_what_the_user_wants_to_tell_them_is_said_beside_the_request_field() -> None:
    # review 83 g2: "I want to tell her she can be firm and polite same time" was dropped when the request field was
    # given
    body, _ = _feedback(direction="give", person_name="Maud", feedback="maud is lovely with guests but too quiet with "
                        "suppliers. I want to tell her she can be direct and kind at once",
                        request="ring the supplier when a delivery is short")
    assert "You can be direct and kind at once." in _section(body, "Request")


def test_a_title_with_a_respect_suffix_in_the_notes_and_a_time_zone_are_kept() -> None:
    # review 82 s1: "Hi Sensei Haruko," for "Sensei Takeda Haruko" whose notes say "Takeda-sensei:", whose line
    # became "**Me:** You: send rate sheet…"; ", 7pm JST" dropped from the next meeting
    assert as_text_names("Sensei Ono Keiko", "Ono-sensei: send me the glaze notes") == "Ono-sensei"
    assert as_text_names("Ono Keiko", "talked with Ono-san and Keiko") != "Ono-san"  # (untitled: left as it was)
    body = _summary("topic: my first solo show\n- she said hang fewer pieces\nOno-sensei: send me the glaze notes\n"
                    "next: 14/2, 6pm JST", "Sensei Ono Keiko")
    assert "Hi Ono-sensei," in body and "**Ono-sensei:** Send me the glaze notes" in body
    assert "6pm JST" in body and "Topic:" not in body


def test_a_session_date_header_is_no_task_and_a_day_compared_is_spelled_out() -> None:
    # review 82 s2: task_lines_in_actions failed on "20/11 session w Colette @ her studio"; review 83 s1: "You said
    # to open houses on Sunday are better than sat"
    body, failed = _draft("summary", {"mentor_name": "Bruno Keller", "kind": "full", "my_name": "Ola", "notes":
                                      "03/12 session w Bruno @ his workshop\n- he said tours on sat are busier than "
                                      "sun\n- me: price list by fri"})
    assert "task_lines_in_actions" not in failed, body
    assert "tours on Saturday are busier than Sunday" in body and "to tours" not in body
    # review 83 s4: "vrijdag 17 jan 14:00" was "vrijdag 17 January at 14:00", half translated
    from coach.tasks.summary import humanise_when

    assert "January" not in humanise_when("donderdag 9 jan 10:00") and "donderdag 9" in humanise_when(
        "donderdag 9 jan 10:00")


def test_outreach_a_shortened_role_a_second_verb_and_her_before_a_time() -> None:
    # review 82 o2: "I monitor eng at a 500 cap venue"; review 83 o5: "you own 3 flower shops … and supplies hotels";
    # o4: "let me shadow your one day"; review 82 o4: "…and he is the best lift planner he knows"
    body, _ = _draft("outreach", {
        "mentor_name": "Ms. Ama Boateng", "mentor_context": "runs two bakeries in Kumasi and trains apprentices",
        "why_them": "my tutor Kwame said she taught him 5 years ago and she is the best pastry chef he knows",
        "about_me": "sound eng at a small studio in Accra, 2 yrs", "goal": "open my own bakery",
        "ask": "could I visit her one morning when I am in Kumasi", "channel": "email", "tone": "warm",
        "my_name": "Efua"})
    assert "I monitor" not in body and "sound engineer at a small studio" in body
    assert "run two bakeries in Kumasi and train apprentices" in body
    assert "visit you one morning" in body and "you are the best pastry chef he knows" in body


def test_a_quoted_clause_is_a_thing_named_not_a_sentence_where_a_noun_belongs() -> None:
    # review 82 o3: reads_well failed "What really stayed with me was your talk…, especially the bit about 'data is a
    # collection too'"
    from coach.grammar import clause_as_noun

    assert clause_as_noun("What really stayed with me was your talk, especially the line 'less is more'.") == []


def _answer(question: str, *cards: str) -> str:
    task = get_task("ask")
    return task.compose(task.validate({"question": question}), [shipped_card(c) for c in cards], Style()).body


def test_a_first_meeting_gets_no_notes_from_last_time_and_the_example_is_the_leads() -> None:
    # review 83 a3: "The short answer: Review your goals and your notes from last time" for a first meeting, with
    # an example about a mentor's talk for graduates
    body = _answer("first session with my new mentor on friday (im a sommelier). what should i prepare??",
                   "prepare-good-questions", "mutual-benefit", "set-expectations-early")
    assert "last time" not in body and "talk for graduates" not in body


def test_an_ask_that_points_back_to_its_story_is_read_with_the_story() -> None:
    # review 82 a2: "…cancel our meeting three times now. … How I can tell him this…?" was answered from the ending
    # card, which "ungrateful" alone points to
    task = get_task("ask")
    query = task.retrieval_query({"question": "My mentor move our call four times. How I can say him this without "
                                              "to seem rude?"})
    assert query.startswith("My mentor move our call four times")


def test_review_84_headed_lines_a_reassurance_and_a_reported_that_are_read_apart() -> None:
    # review 84 g3: "Good: …\nnot so good: he is leaving the front desk empty…\nwhat I want: he use the desk terminal"
    # ran together, so the behaviour was a placeholder; g2: "there is no stupid opinion" was an Impact; r1: "…not
    # enough on the details, that the window detail … had no thermal break" was one point
    body, _ = _feedback(direction="give", person_name="Mr. Arjun Rao, night porter",
                        feedback="Good: very reliable, never late in 3 years\nnot so good: he leaves the lobby empty "
                                 "for 30 min at 2am to restock the bar, twice guest was waiting at the door\n"
                                 "what I want: he use the radio to call me first")
    assert "you leave the lobby empty for 30 min at 2am" in _section(body, "Behaviour")
    assert "twice guest was waiting at the door" in _section(body, "Impact")
    assert "You are very reliable" in _section(body, "What's working")
    assert "Could you use the radio to call me first?" in _section(body, "Request")
    body, _ = _feedback(direction="give", person_name="Tove",
                        feedback="in the design review she stays silent even when she sees a problem. I want she "
                                 "speaks up, there are no stupid questions")
    assert "no stupid questions" in _section(body, "Request") and "stupid" not in _section(body, "Impact")
    body, _ = _feedback(direction="received", person_name="Hamid, head chef",
                        feedback="he said my plating is neat but I spend too long on garnish, that the sauce I made "
                                 "for table 4 split and the pass had to wait. I was working a double so it hurt")
    assert "- The sauce you made for table 4 split" in body and "so it hurt" not in body.split("###")[1]


def test_review_84_outreach_a_topic_after_the_ask_and_reported_praise_of_the_mentor() -> None:
    # o2: "15 min call? how u found first location + how u priced" left "How you found first location…" as a
    # fragment; o5: "…said he trained him and he is the most strict inspector…" praised the boss
    body, _ = _draft("outreach", {
        "mentor_name": "Dara Okoye", "mentor_context": "runs two tailoring shops in Lagos",
        "why_them": "my master at the fab unit said she trained him and she is the most patient teacher in Lagos",
        "about_me": "tailor 3 yrs", "goal": "open my own shop", "ask": "20 min call? how u got first clients",
        "channel": "linkedin_message", "tone": "casual", "my_name": "Femi"})
    assert "20-minute call, so I can ask how you got first clients?" in body
    assert "you are the most patient teacher in Lagos" in body and "fab unit" in body


def test_review_84_prepare_their_how_and_my_bare_promise() -> None:
    # p2: "ask her abt how she handled the first time as purser" became "What's your advice on how she handled…";
    # "I send her the passenger letter" stayed as typed
    body, _ = _draft("prepare", {"mentor_name": "Noor", "goals": "ask her abt how she handled her first night shift "
                                 "as charge hand", "meeting_minutes": "20",
                                 "open_items": "I send her the rota draft"})
    assert "How did you handle your first night shift as charge hand?" in body
    assert "I said I'd send you the rota draft" in body


def test_review_84_summary_a_name_the_notes_shorten_and_who_someone_is() -> None:
    # s2: "Dr. Liu Yang", notes "Dr Liu said" was greeted "Hi Dr. Yang Liu,"; s4: "@otieno from KALRO can give…"
    # became Otieno's task, and "she'll connect us" left "us" unexplained
    body = _summary("call w Dr Zhao\n- Dr Zhao said apply in spring\n- @amina from the coop can lend a scale, she'll "
                    "connect us by friday", "Dr. Zhao Lei")
    assert "Hi Dr. Zhao," in body and "Lei Zhao" not in body
    assert "**Amina:**" not in body and "Connect me with Amina" in body


def test_review_84_ask_ending_as_a_mentor_and_steering_a_talkative_mentor() -> None:
    # a3: a mentor ending with a mentee was refused as out of scope; a1: "…without be rude" was echoed, and an
    # agenda slot ("open items first (5-10 min)") was the opening
    task = get_task("ask")
    question = "i changed job and cant mentor my apprentice anymore. how i end it kindly, i feel bad"
    # (the story with it, never "how i end it…" alone; the ask to end it leads since review 87)
    assert question in task.retrieval_query({"question": question})
    body = _answer("my mentor talks about his old jobs the whole hour and we never reach my questions. how i can "
                   "steer the meeting without be rude?", "build-a-meeting-agenda", "open-a-direct-conversation")
    assert "without being rude" in body and "(5-10 min)" not in body.split("\n")[0]


def test_review_85_a_monthly_review_a_hurt_aside_perfect_praise_and_a_greek_title() -> None:
    # r1: "monthly review on wednesday" was "during Monthly's review on Wednesday" and "…are perfect" a criticism;
    # r3: "honestly it hurt a bit, I spent 2 days on it" was listed as what was said; s4: "Kyria Eleni" was "Eleni"
    from coach.tasks._phrasing import when_phrase

    assert when_phrase("weekly review on friday") == "in the weekly review on Friday"
    body, _ = _feedback(direction="received", person_name="Mrs. Ionescu", feedback="she said my linen counts are "
                        "late every day. also she said my floor checks are perfect. honestly it hurt a bit, I stayed "
                        "late all week")
    said = body.split("### What might")[0]
    assert "floor checks are perfect" in said.split("also said")[1] and "stayed late" not in said
    assert greeting_name("Kyria Sofia Dimou", formal=False) == "Kyria Sofia"
