"""Identifying details in every form the handbooks mean, and the names that may stay.

Short passages written apart from the tuning corpus: each names one way a learner writes
(or should not be flagged for writing) a person, an address or a number.
"""

import pytest

from marker.submission.identifying import identifying_details
from marker.submission.model import Block, Document


def submission(*files: list[str], kinds: dict[int, str] | None = None) -> list[Document]:
    """One document per list of passages; a passage holding " | " is a table."""
    documents = []
    for n, passages in enumerate(files, 1):
        name = f"file{n}.docx"
        blocks = tuple(Block(name, "table" if " | " in text else "paragraph", text, number)
                       for number, text in enumerate(passages, 1))
        documents.append(Document(name, None, "", blocks))
    return documents


def found(*files: list[str], learner: str = "") -> list[str]:
    return [d.text for d in identifying_details(submission(*files), learner=learner)]


@pytest.mark.parametrize("passage, detail", [
    ("I first met Tom Bradshaw in the staff canteen to agree how we would work.", "Tom Bradshaw"),
    ("Coachee: Priyanka Desai\nRole: Pharmacy technician", "Priyanka Desai"),
    ("Date | Client | Time\n04/03/2025 | R. Patel | 45 minutes", "R. Patel"),
    ("Signed (mentee): Oliver Grant   Date: 12/05/2025", "Oliver Grant"),
    ("Picture 4 – Ffion presenting her plan to the team", "Ffion"),
    ("Her line manager, Mrs Khan, agreed to release her for an hour a week.", "Mrs Khan"),
    ("Her team leader, Bev, said she could have the training room.", "Bev"),
    ("He gave me his mobile, 07911 123456, in case a session had to move.", "07911 123456"),
    ("Please contact me at tom.bradshaw@gmail.com with any changes.", "tom.bradshaw@gmail.com"),
    ("We met in the library because Siobhan felt the office was too noisy.", "Siobhan"),
    ("Client feedback form, session 4\nMost useful: the role-play\nSigned: Marcus Bell   Date: 02/06/2025", "Marcus Bell"),
    ("His father, Mr. Adeyinka, rang me the week after.", "Mr. Adeyinka"),
    ("Over the spring I coached Chinonso Eze, who had just joined the night shift.", "Chinonso Eze"),
    ("The new starter, Mary-Jane Cole, asked to join the scheme.", "Mary-Jane Cole"),
    ("Feedback from my coachee\nName: Hannah Price\nSigned: H Price", "H Price"),
    ("Week 2: met with Jas in the canteen; she talked about her new role.", "Jas"),
    ("Session 1 with Tamsin Hale went well: we agreed the contract.", "Tamsin Hale"),
    ("02/06/2025 J Okafor 1 hour Contracting and goals", "J Okafor"),
    ("Home: (0161) 496 0753", "(0161) 496 0753"),
    ("Name of mentee: Grace Oyelaran", "Grace Oyelaran"),
    ("Client 1 (Mark) wanted to work on delegation.", "Mark"),
    ("Date | Client | Hours\n02/06/2025 | Okafor J | 1", "Okafor J"),
    ("02/06/2025 Whitworth-Kaye L. 40 mins Agreement and goals", "Whitworth-Kaye L."),
    ("Client (surname, first name) | Role\nAdeyemi, Tunde | Housing Officer", "Adeyemi, Tunde"),
    ("Mentee feedback form\nSignature | L. Kaye\nName (block capitals) | LEAH KAYE", "LEAH KAYE"),
    ("Print name: DARREN O'NEILL", "DARREN O'NEILL"),
    ("Next step | Shadow Steve on the press line", "Steve"),
    ("Date | Client | Notes\n04/03 | Okafor J (nights) | goals", "Okafor J"),
    ("Okafor J – 1 hour – goals and contract", "Okafor J"),
])
def test_each_form_of_a_name_or_contact_is_found(passage, detail):
    assert detail in found([passage])


@pytest.mark.parametrize("name", ["Gareth Evans", "Neha Patel", "Siân Jones", "Keira", "Vijay", "Róisín Murphy",
                                  "Oluwaseun Adewale", "Mihaela Popescu", "Zoë Hart", "Clive Barton"])
def test_first_names_common_in_the_uk_are_known(name):
    # Each was missing from the lists, so a mentee of that name went unflagged in plain prose.
    assert found([f"Last week {name} told me the rota had changed, so we moved our session."]) == [name]


@pytest.mark.parametrize("passage, detail", [
    ("One of our probationers, Ffion, was on her third callout when she froze.", "Ffion"),
    ("Ffion was on her third callout when she froze.", "Ffion"),
    ("Weak navigation is the second barrier, which is exactly what happened to Ffion.", "Ffion"),
    ("Some aims are to pass the exams and, for Ellie, to complete the bronze expedition.", "Ellie"),
    ("Rich, who has done walk 9 for twenty-two years, walked part of her route with her.", "Rich"),
])
def test_a_first_name_alone_is_a_person_by_the_words_beside_it(passage, detail):
    # Round 10's cases, written without reading the code: who a name is, said by its sentence alone.
    assert found([passage]) == [detail]


@pytest.mark.parametrize("passages", [
    ["- Supervisor: Helen Marchetti, accredited coach supervisor", "Helen took me through the seven-eyed model."],
    ["My coaching supervisor: Helen Marchetti", "Helen took me through the seven-eyed model."],
    ["She learnt by watching James Hoffmann videos.", "On my shelf: Hoffmann's \"The World Atlas of Coffee\"."],
    ["Next step | Carry on with Percy Jackson on his own"],
    ["One of our suppliers, Brakes, delivered late again.", "Our sponsor, Greene King, paid for the kit."],
])
def test_own_fields_authors_and_characters_stay_unflagged(passages):
    assert found(passages) == []


@pytest.mark.parametrize("files", [
    [["Mentee feedback form – ILM Unit 201", "Name: Keira Smith", "Signed: Keira Smith"], ["Learner: Lucy Brown"]],
    [["Unit 201 portfolio", "Learner: Lucy Brown", "I met Keira every Tuesday."], ["Mentee feedback form", "Name: Keira Smith"]],
    [["Feedback from my mentee", "Name: Keira Smith", "Comments: the sessions helped."]],
    [["Mentee feedback form", "How useful were the sessions?", "Very useful.", "Name: Keira Smith"]],
])
def test_a_name_under_a_mentees_form_title_is_the_mentees(files):
    # The form's title on a line of its own, its "Name:" on the next: not the learner's cover.
    assert "Keira Smith" in found(*files, learner="Lucy Brown")


def test_a_name_in_full_in_one_file_makes_its_first_name_identifying_in_another():
    details = identifying_details(submission(["Mentee: Gemma Holt, apprentice administrator"],
                                             ["Session 3. Gemma was more relaxed today and set her own goal."]))
    alone = [d for d in details if d.text == "Gemma"]
    assert alone and alone[0].location == "file2.docx ¶1"
    assert "Gemma Holt" in alone[0].why and "file1.docx" in alone[0].why


@pytest.mark.parametrize("passage", [
    "Kolb (1984) argues that learning is a cycle, and Kolb's learning cycle shaped my reflections.",
    "Using the questionnaire (Honey and Mumford, 1986) I found I am a reflector.",
    "I used Whitmore's GROW model and later Sir John Whitmore's ideas on awareness.",
    "Clutterbuck and Megginson (2005) describe the mentor as a critical friend.",
    "As Peter Hawkins suggests, supervision is a place to step back; Egan's Skilled Helper gave me structure.",
    "Schön's reflection-in-action and Gibbs' reflective cycle helped me write this account.",
    "Mentee A said the sessions helped. Client 2 agreed to a third goal, and Coachee B did not.",
    "I work for Yorkshire Ambulance Service NHS Trust in Wakefield and trained at Leeds Teaching Hospitals.",
    "For enquiries contact info@northern-skills.org.uk or 0113 496 0000.",
    "Send the completed form to portfolio.submissions@northern-skills.org.uk.",
    "On Monday 3 June we met again; in May we had met twice.",
    "Maslow's hierarchy, the Johari window and the Thomas-Kilmann modes were all useful.",
    "Like Nelson Mandela, a good leader listens before speaking.",
    "We used Microsoft Teams when the office was closed.",
    "She volunteers with St John Ambulance at weekends.",
    "David Rock's SCARF model explains why the change felt threatening.",
    "Assessor feedback from Janet Morris (assessor): well structured.",
    "Session | Client | Hours | Focus\n1 | Mentee A | 1.5 | goals",
    "Date | Coachee | Length | Summary\n03/02 | Client B | 60 mins | contracting",
    "I work for Harrowgate Foods plc, a family business founded by Arthur Harrowgate in Grimsby in 1921.",
    "Further reading: Clutterbuck, D. Everyone Needs a Mentor (CIPD, 2004); de Haan, E. Relational Coaching (Wiley, 2008).",
    "Clutterbuck, D. Everyone Needs a Mentor. 4th edn. London: CIPD, 2004. Kline, N. Time to Think. London: Ward Lock, 1999.",
    "Author | Title | Year\nWhitmore, J. | Coaching for Performance | 2017",
    "Site | Contact\nLeeds, Victoria | info@northern-skills.org.uk",
    "MARK SHEET: KNOWLEDGE ASSIGNMENT\nCENTRE NAME | NORTHERN SKILLS",
    "Witness (learner's line manager) | Rich Duffy, Regional Director",
    "Ask Grace how the rota went, then Visit Chester on Friday.",
    "Ward C (respiratory) | Bay B – 4 beds",
    "Team | Warehouse B (nights)",
    "Bloggs J (2016) Mentoring Matters. London: Sage.",
])
def test_authors_models_places_pseudonyms_and_templates_are_not_flagged(passage):
    assert found([passage]) == []


def test_the_learner_and_the_tutor_the_form_asks_for_are_not_flagged():
    cover = ["Learner name | Laura Bennett\nILM registration no. | R1234567\nTutor | Mr David Hughes"]
    body = ["Laura is my name on the register, but I sign as L. Bennett.",
            "I met my tutor, David, and Mr Hughes later read my log.",
            "My supervisor, Dr Helen Carver, suggested I use silence more; Helen also read my log."]
    assert found(cover, body) == []


def test_the_learner_signing_their_declaration_is_not_flagged():
    assert found(["I declare that this portfolio is my own work.", "Signed: Marcus Bell   Date: 02/06/2025"]) == []
    assert found(["My name is Grace Oduya and I lead the rota team at a hospice."]) == []


def test_the_learners_own_contact_details_on_the_cover_are_not_flagged_but_a_mentees_are():
    cover = ["Learner name: Laura Bennett", "Learner e-mail: laura.bennett@btinternet.com", "Learner phone: 07700 900111",
             "Tutor: Colin Marsh (c.marsh@pennine.ac.uk)"]
    cover.append("Centre name: Pennine Leadership Centre")
    body = ["I worked at Marks and Spencer in Beverley before joining the hospice.", "Mentee e-mail: dfraser@nhs.net",
            "Portfolio template 2025 · questions to ilmassessments@pennine-leadership.ac.uk"]
    assert found(cover, body) == ["dfraser@nhs.net"]


def test_a_mentees_number_on_a_pdfs_first_page_is_not_the_covers():
    """A PDF's page is one location: the cover is its first lines, not everything printed under them."""
    lines = ["Learner name: Ruth Fairbairn", "Learner phone: 07700 900111", "Centre: Quantock Wildlife Park",
             "Mentoring plan", "Contact between sessions Her mobile 07700 900561, texts only, never after 8pm"]
    blocks = tuple(Block("plan.pdf", "paragraph", text, n, page=1) for n, text in enumerate(lines, 1))
    assert [d.text for d in identifying_details([Document("plan.pdf", None, "", blocks)])] == ["07700 900561"]
    lines[2:2] = ["Job title Senior Keeper (Primates) Workplace Ashcombe Wildlife Park, near Taunton (01823 400710)"]
    blocks = tuple(Block("plan.pdf", "paragraph", text, n, page=1) for n, text in enumerate(lines, 1))
    assert [d.text for d in identifying_details([Document("plan.pdf", None, "", blocks)])] == ["07700 900561"]


def test_the_learner_named_by_the_session_is_not_flagged():
    assert found(["In March Aisha Rahman wrote notes after each session."]) == ["Aisha Rahman"]
    assert found(["In March Aisha Rahman wrote notes after each session."], learner="Aisha Rahman") == []


@pytest.mark.parametrize("title", ["Unit 304 Portfolio – Bethany Hughes", "Reflective log by Bethany Hughes, Team Leader",
                                   "Bethany Hughes – ILM Level 5 – Unit 305 Reflective Journal"])
def test_the_name_in_the_works_title_is_its_authors(title):
    assert found([title, "I mentored two apprentices.", "Yours sincerely, Bethany Hughes"]) == []


def test_a_title_naming_whom_the_work_is_about_is_still_flagged():
    assert found(["Unit 302 coaching records for Tomasz Wierzbicki", "Tomasz set the agenda."]) == [
        "Tomasz Wierzbicki", "Tomasz"]


def test_a_name_written_surname_first_makes_its_first_name_identifying_elsewhere():
    details = identifying_details(submission(["Client | Role\nWalsh, Bernadette | Housing Officer"],
                                             ["Bernadette's manager agreed to protect her diary."]))
    assert [d.text for d in details] == ["Walsh, Bernadette", "Bernadette"]
    assert "Walsh, Bernadette" in details[1].why


def test_the_learners_own_name_in_capitals_is_not_flagged():
    assert found(["Learner name | Lorraine Beckett", "Print name: LORRAINE BECKETT"]) == []
    assert found(["Assessor name (block capitals) | JANET MORRIS", "Janet Morris read the log."]) == []
    assert found(["Learner (surname, first name) | Beckett, Lorraine", "Lorraine Beckett, senior carer"]) == []


def test_a_reference_list_is_not_flagged():
    refs = ["References", "Starr, J. (2016) The Coaching Manual. Harlow: Pearson.",
            "Rogers, J. (2012) Coaching Skills: A Handbook. Maidenhead: Open University Press."]
    assert found(refs) == []


def test_each_detail_says_what_it_is_and_why():
    details = identifying_details(submission(["Contact: jane.doe@example.com", "I coached Jane Doe for six weeks."]))
    assert [(d.kind, d.text) for d in details] == [("e-mail", "jane.doe@example.com"), ("name", "Jane Doe")]
    assert all(d.why and d.location for d in details)


def test_floors_on_the_tuning_corpus(tmp_path):
    """Every planted detail found, a false finding in at most one submission in ten (the held-out set,
    measured by ``tests/corpus/measure.py``, is held to the same targets)."""
    from corpus import CASES
    from corpus.build import build
    from corpus.measure import Figures, _identifying
    from marker.submission.read import read_submission

    figures = Figures()
    for case in CASES:
        documents = read_submission(build(case, tmp_path / case.name)).documents
        details = identifying_details(documents)
        _identifying(case.name, case.expected_checks, {"identifying": [{"text": d.text} for d in details]}, figures)
    found, planted = figures.identifying
    false, submissions = figures.false_findings
    assert planted >= 71 and submissions >= 68
    # 105/105 = 100% on the tuning set before round 10's cases (83/83 with the nz_ cases; 77/77 before);
    # 118/123 = 95.9% when round 10's nk_ and ek_ cases joined (written by writers who read no marker code),
    # 121/123 after its cues (a name in an attachment's file name, "Will_Hartigan", and "Will" alone, missed);
    # 129/136 = 94.9% when round 11's nj_ cases joined (8/13 of theirs: a mobile number, a name in the
    # possessive, first names that are words), 133/136 after its cues; 155/160 when round 12's nl_, pl_ and sl_
    # cases joined; 188/197 = 95.4% when round 15's po_ and sm_ cases joined (a coachee named in a platform's export,
    # a first name alone in a grid's column, 'Shannon', 'Corinne Blyth'), 192/197 after its changes (a first name
    # list's gaps, an unstyled appendix after the references); 'Shannon' alone, a name that is also a place, left;
    # 207/219 = 94.5% when round 16's np_, pp_ and sp_ cases joined (first names alone, initial and surname in a log),
    # 212/219 after its cues (a job after the name, in brackets or after a comma; an irregular past: 'Bev set')
    # 221/236 = 93.6% when round 17's nr_ and ps_ cases joined (nicknames, possessives, names no list holds)
    # 317/342 = 92.7% when round 22's r22b_ cases joined (a partner 'Will', pet forms, a short form 'Aga', a name
    # surname first in a From line, 'Dawn', a mobile), 318/342 after stop 42's cues (the mobile under a mail
    # client's 'Sent from my phone')
    assert found / planted >= 0.929, figures.misses
    # 0/125 submissions (2/125 before names7 read the learner's surname from a file's name: 'T. Wrobel' in
    # wrobel-201-log.pdf's title, fy_300_library_pdf's own name; 11/119 when the nz_ cases joined, 6/112
    # before them, 8/104 before round 5); 2/161 when round 9's ny_ cases joined (written by a writer who
    # read no marker code): 'Duty' and 'Viva Engage' in an airport journal, the tug 'Lady Margaret'; 0/153 since
    # a lone everyday word after a role, software named like people and "the Lady Margaret" are not names;
    # 3/171 when round 10's cases joined: a supervisor named in a bulleted field, a coffee writer's book, a novel's
    # hero; 0/171 since a field may be a list's item, a name owning a quoted title is its author, and a public
    # figure wrapped over two lines of a cell is no one to flag; 6/181 when round 11's nj_ cases joined (public
    # figures a list did not know, pseudonyms introduced after the person, places named like people), 1/181
    # after its cues and list (a gallop, 'Warren Hill', left); 7/205 when round 12's cases joined (supervisors
    # a form names, a footballer, authors of children's books, a learner's own surname from a file's name),
    # 2/205 after its cues (a supervisor named with her accreditation, 'Dr Alison Fairbrother, EMCC accredited', left);
    # 4/218 when round 14's no_ cases joined (canal engineers read about, a town commuted from), 2/218 after its cues;
    # 4/248 when round 16's cases joined (a mentee's initial in a bullet diary, a racehorse named like a person)
    # 9/259 when round 17's cases joined (ships, lorries, pets and breeds named like people, 'Sun-Thu'), 7/259 after
    # its cues (a name the learner says is not real, a week's nights); 8/325 when rounds 20 and 21's cases joined
    # (a whisky brand, 'Johnnie Walker'; a tutor and a supervisor known only from an e-mail thread's From and To);
    # 2/325 after stop 41's cues (those two, brands and people famous as a whole); 7/347 when round 22's cases joined
    # (writers and engineers of the past, a composer, a firm, an author's first names, a dog), 2/347 after stop 41's
    # cues and list (a family firm's word, a work by its title after its maker, a co-author beside a theorist, a
    # duration only in its sentence; Telford, Mrs Gaskell, Robert Louis Stevenson); 7/347 after their review put back
    # what let real people go (a supervisor known by an e-mail's subject, 'with B. Sandra:', a title after a name,
    # 'Chance Brothers' whose first word is a first name, full names common in the UK taken off the famous list)
    assert false <= 7, figures.misses


# --- the learner's own supervisor, tutor or manager, and the learner's own name --------------


def named(name: str, *passages: str) -> list[Document]:
    """One file of the given name."""
    blocks = tuple(Block(name, "table" if " | " in text else "paragraph", text, n) for n, text in enumerate(passages, 1))
    return [Document(name, None, "", blocks)]


def texts(documents: list[Document], learner: str = "") -> list[str]:
    return [d.text for d in identifying_details(documents, learner=learner)]


@pytest.mark.parametrize("passages", [
    ["Before we started I asked my clinical supervisor, Dr Osei, how to open the first session.",
     "Later in the term Dr Osei watched a recording with me."],
    ["We had supervision with Priya Nair on Zoom every month.", "Priya asked what I was avoiding."],
    ["12/02 | Supervision: Martin Cole | 1 hour", "Martin Cole suggested I stop taking notes."],
    ["Date | Type | Length\n03/03 | Supervision – Nadia Brook | 45 mins"],
    ["Notes from a call with Nadia Brook, mentoring supervisor, about endings."],
    ["My line manager, Gary Hulme, agreed the time off the rota; Mr Hulme also signed my plan."],
    ["I sent my plan to Rhian Lloyd (my tutor) and to my assessor, Mr Jenkins, who agreed it."],
    ["I was supervised by Mrs Adeyemi, who runs the peer mentoring scheme.",
     "At our next review Mrs Adeyemi pointed out how often I interrupted."],
    ["Supervision session with Owen Price (practice supervisor): we looked at my contracting."],
    # a form's field named by two words, the first a shorter field's ("Coaching supervisor", not "Coach")
    ["Learner | Tomasz Wisniewski\nCoaching supervisor | Dr Angela Moss", "I met my coachee in the crew room."],
    ["Mentoring supervisor (as required by the handbook): Dr Angela Moss", "Later Angela asked about endings."],
])
def test_the_learners_own_supervisor_tutor_or_manager_is_not_flagged_anywhere(passages):
    assert found(passages) == []


@pytest.mark.parametrize("passage, detail", [
    ("Her line manager, Steve Pearce, asked me how the sessions were going.", "Steve Pearce"),
    ("My mentee's line manager, Carol Shaw, released her for an hour.", "Carol Shaw"),
    ("I coached Aled Price (supervisor) on his return-to-work meetings.", "Aled Price"),
    ("My coachee, Bethan Morgan, mentoring supervisor at the hospice, wanted to delegate more.", "Bethan Morgan"),
    ("I met my client's supervisor, Mrs Gill, to agree the contract.", "Mrs Gill"),
])
def test_a_mentees_or_clients_manager_or_the_mentee_in_a_supervisors_job_is_still_flagged(passage, detail):
    assert detail in found([passage])


def test_a_supervisor_known_once_does_not_excuse_someone_else_of_the_same_first_name():
    assert found(["Supervision with Jo on 4 March helped me plan the ending.",
                  "I coached Jo Whitfield, a new ward clerk, for eight weeks."]) == ["Jo Whitfield"]


@pytest.mark.parametrize("file_name, title", [
    ("priya-nair-302.docx", "Coaching Portfolio – Priya Nair – Unit 302"),
    ("Nair_Priya_portfolio.docx", "Reflective account, Priya Nair, March 2026"),
    ("priya nair final.docx", "Priya Nair: practice log and reflections"),
])
def test_the_learner_named_in_the_file_name_is_not_flagged_in_a_title(file_name, title):
    documents = named(file_name, title, "I coached two clients, referred to here as Client A and Client B.")
    assert texts(documents) == []


def test_a_file_named_for_a_mentee_or_a_name_the_work_calls_a_mentee_is_still_flagged():
    assert "Tom Reid" in texts(named("mentee-tom-reid.docx", "Session record – Tom Reid", "Goal: a rota by May"))
    assert "Tom Reid" in texts(named("tom-reid.docx", "Record of sessions", "I mentored Tom Reid for six weeks."))


def test_the_learner_on_a_one_row_cover_table_is_not_flagged_in_the_body():
    cover = named("portfolio.docx", "Learner name | Sunita Rao | Registration no. | R7712004 | Unit | 302",
                  "Coaching log kept by Sunita Rao between January and March.")
    assert texts(cover) == []


def test_the_session_learner_and_the_cover_learner_are_both_known():
    documents = named("sunita-rao-302.docx", "Portfolio – Sunita Rao", "Reviewed by Sunita Rao before filing.")
    assert texts(documents, learner="Sunita Rao") == []


def test_first_names_the_learner_says_are_pseudonyms_are_not_flagged():
    assert found(["The names of both mentees have been changed.",
                  "Kwame wanted a plan for his probation review; Lottie wanted to speak up in meetings."]) == []
    assert found(["Both coachees agreed to appear under pseudonyms.", "Week 3: Lottie brought her appraisal."]) == []
    said = "I call them Sierra and Tango; neither is their real name, and Lottie and Kwame are kept for the next two."
    assert found([said, "Plan: coach Lottie and Kwame from May."]) == []
    assert found(["I call them Sierra and Tango.", "Plan: coach Lottie and Kwame from May."]) == ["Lottie", "Kwame"]


def test_a_pseudonym_declaration_does_not_hide_a_full_name_or_a_slip_beside_coded_names():
    slip = found(["Mentees are called Mentee A and Mentee B (pseudonyms).", "Mentee A, Kwame, wanted a plan."])
    assert slip == ["Kwame"]
    full = found(["Names have been changed.", "I coached Lottie Barnes.", "Lottie brought her appraisal."])
    assert full == ["Lottie Barnes", "Lottie"]


def test_names_under_a_supervision_logs_supervisor_column_are_the_learners_own():
    log = "Date | Supervisor | Length | What we covered\n14/01 | Dr Amal Haddad | 1 hour | contracting\n" \
          "11/02 | Ffion Rees | 90 mins | endings"
    assert found([log, "Amal suggested I name the ending in the first session."]) == []
    mentees = "Date | Mentee | Length\n14/01 | Ffion Rees | 1 hour"
    assert found([mentees]) == ["Ffion Rees"]


# --- issue 19, round 2: the learner's own people, forms, weekdays, wrapped PDF cells --------


def pdf(*lines: str) -> list[Document]:
    """One PDF page whose lines were each read as a block, as a narrow table's wrapped cells are."""
    blocks = tuple(Block("log.pdf", "paragraph", text, n, page=1) for n, text in enumerate(lines, 1))
    return [Document("log.pdf", None, "", blocks)]


def test_a_first_name_alone_in_a_form_is_a_pseudonym_where_the_learner_says_so():
    form = "Coachee | Callum\nFocus | Rota confidence"
    assert found(["Callum did most of the talking.", form]) == ["Callum", "Callum"]
    assert found(["The names of my coachees have been changed.", form, "Callum did most of the talking."]) == []


def test_weekdays_written_short_are_not_names():
    assert found(["Date | Length\nTue 4 Mar | 45 mins\nThurs 6 Mar | 30 mins", "We met again on a Fri."]) == []


def test_the_learners_own_manager_named_by_role_is_not_flagged_but_a_mentees_is():
    assert found(["My operations manager, Mr Kenny, released me for the sessions."]) == []
    assert found(["Mrs Adebayo, my deputy manager, observed session three."]) == []
    assert found(["Her line manager, Mr Kenny, released her for the sessions."]) == ["Mr Kenny"]


def test_the_supervisor_or_tutor_a_handbook_form_asks_for_is_not_flagged():
    assert found(["Name of supervisor/tutor | Mrs Adebayo\nDate of meeting | 3 March"]) == []
    assert found(["Personal tutor | Dr Rhys Morgan"], ["Dr Morgan read my plan."]) == []


def test_a_name_wrapped_over_two_lines_of_a_pdf_cell():
    assert texts(pdf("2 Tue Chantelle", "Okonkwo", "(mentee)", "45 Rota worries")) == ["Chantelle Okonkwo"]
    assert texts(pdf("Fri 2 May Sandra Kemp (my", "supervisor)", "60 Endings")) == []


def test_a_surname_and_initial_in_running_text():
    assert found(["Her manager wrote that since June, Okonkwo C. has led the morning huddle."]) == ["Okonkwo C."]


def test_a_name_that_is_a_workplaces_is_a_place():
    assert found(["The move to the Lily Mount office in April cost us a session."]) == []


def test_the_learners_own_head_of_department_or_mentor_and_their_signature_with_an_initial():
    assert found(["I asked my head of department, Mrs Varley, for cover."]) == []
    assert found(["My own mentor, Angela Price, taught me to ask before telling."]) == []
    assert found(["His mentor, Angela Price, taught him to ask before telling."]) == ["Angela Price"]
    assert found(["Learner signature | T. Achterberg"]) == []


def test_a_theorist_written_in_full_is_not_flagged():
    assert found(["Carl Rogers and Nancy Kline both put attention first."]) == []


def test_a_surname_and_initial_written_surname_first_in_a_log():
    assert found(["Date | Mentee | Length\n02/06 | Begum, R. | 1 hr"]) == ["Begum, R."]
    assert found(["Author | Title | Year\nSmith, N. | Coaching at Work | 2013"]) == []


def test_charities_wards_and_hospitals_named_after_people_are_not_flagged():
    assert found(["I volunteer with Marie Curie and used to work for Sue Ryder."]) == []
    assert found(["She moved from Mary Seacole Ward to the Royal Preston."]) == []


@pytest.mark.parametrize("passage", [
    "IQA sampling by Joanne Fenwick on 3 May.",
    "Assessor's comments – Claire Dunn",
    "Tutor feedback from Mrs Whitlock: add dates.",
    "My tutor at the centre, Dr Ian Marsh, suggested a log.",
    "Supervision notes | Supervisor: Dr K. Osei | 60 mins",
    "Session 4 observed by: Paula Grant (Registered Manager)",
])
def test_the_learners_own_tutor_assessor_iqa_or_observer_in_their_notes(passage):
    assert found([passage]) == []


def test_an_observer_named_by_someone_elses_role_is_still_found():
    assert found(["I mentored Kacper Nowak.", "Session 4 observed by Kacper's line manager, Gail Thornton."]) == [
        "Kacper Nowak", "Gail Thornton", "Kacper"]


def test_the_learners_middle_name_with_their_surname_is_theirs():
    assert found(["Learner details", "Full name: Tamsin Jane Achterberg"], ["Jane Achterberg, Practice Nurse"]) == []


@pytest.mark.parametrize("note", ["The names below are fictitious to protect confidentiality.",
                                  "Names have been anonymised for confidentiality.",
                                  "For confidentiality I refer to my coachees by made-up first names."])
def test_the_learners_note_that_names_are_not_real(note):
    body = ["Coachee: Mark\nFocus: triage", "Mark arrived with his own scripts."]
    assert found(body) == ["Mark"]
    assert found([note, *body]) == []


@pytest.mark.parametrize("field", ["Name of QA | Joanne Fenwick", "Signature of Assessor: Claire Dunn",
                                   "Signature of supervisor/tutor | E. Okoye", "Signature of Mentor | S. Bibi",
                                   "Assessor Signature and date | Claire Dunn 02/05/2025"])
def test_the_handbooks_own_signature_fields_are_not_flagged(field):
    assert found([field]) == []


def test_a_client_signing_their_form_is_found():
    assert found(["Signature of Client | K. Nowak"]) == ["K. Nowak"]


def test_a_co_author_beside_a_cited_author_is_not_flagged_but_a_mentee_is():
    assert found(["Peter Hawkins and Nick Smith wrote about the seven-eyed model."]) == []
    assert found(["I mentored Tom Jones and Amy Hawkins."]) == ["Tom Jones"]


# --- what makes a capitalised word a person of the learner's practice (issue 19, round 3) --------

@pytest.mark.parametrize("passage", [
    "Our Matron, Angela Forde, asked for a summary. I will review the plan with Angela in October.",
    "I reported to the Deputy Head, Mr Okoro, each half term.",
    "Area Manager Dave Pritchard asked for an update.",
    "I met the HR Business Partner, Carole Finch, to agree the confidentiality terms.",
    "Paul Grierson – Lead Mentor – agreed to be my supervisor.",
    "Witness: G. Hulme, Operations Manager",
    "The DSL, Ms Obi, checked the agreement; Mrs Adams (SENCo) joined the third meeting.",
    "The Deputy Head (Mr Lowe) signed off my timetable.",
])
def test_a_colleague_named_in_their_post_is_not_flagged(passage):
    assert found([passage]) == []


@pytest.mark.parametrize("passages, detail", [
    (["Her Line Manager, Steve Pearce, asked how it was going."], "Steve Pearce"),
    (["Coachee | Rukhsana Begum, Assistant Site Manager", "Rukhsana Begum, Assistant Site Manager, ran the meeting."],
     "Rukhsana Begum"),
    (["Sarah Jenkins, Deputy Manager, was one of my two mentees."], "Sarah Jenkins"),
    (["I was asked to mentor Danielle Fraser, our new Deputy Manager."], "Danielle Fraser"),
    (["Danielle Fraser, Deputy Manager of the Bolton store, asked to be mentored by someone outside her line."],
     "Danielle Fraser"),
])
def test_a_post_someone_else_holds_or_a_mentee_in_post_is_still_flagged(passages, detail):
    assert detail in found(passages)


@pytest.mark.parametrize("passage", [
    "Her favourite book is Atomic Habits by James Clear.",
    "Kim Scott's book Radical Candor changed how I give feedback.",
    "The Coaching Habit by Michael Bungay Stanier has seven questions.",
    "According to Julie Starr, the coach's job is to raise awareness.",
    "As Myles Downey argues, effective coaching is non-directive.",
])
def test_an_author_named_without_a_year_is_not_flagged(passage):
    assert found([passage]) == []


def test_a_form_field_before_by_is_no_book_title():
    assert found(["Session notes | Reviewed by Tom Bradshaw (mentee)"]) == ["Tom Bradshaw"]


@pytest.mark.parametrize("passages", [
    ["Sessions were held on Sir Tom Finney Way, near the Alan Kelly Town End."],
    ["We met in the Rowan Room, or in Willow when Rowan was booked."],
    ["I watched a Ted talk on listening.", "The Henry hoover lives in the cupboard."],
    ["The apprentices visited Robin Hood's Bay."],
])
def test_a_thing_named_after_someone_is_not_flagged(passages):
    assert found(passages) == []


@pytest.mark.parametrize("passages", [
    ["To protect her identity I will call my mentee Jordan.", "Jordan was nervous in the first session."],
    ["My coachee, whom I shall call Priya, works on reception.", "Priya wanted to manage her time better."],
    ["I have called my mentees Sam and Alex to keep them anonymous.", "Sam asked for weekly sessions."],
    ['My mentee, who I will refer to as "Leo", joined in January.', "Leo struggled at first."],
    ['I used the name "Ruby" instead of her real name.', "Ruby opened up in session three."],
    # the person first, then the name given them (round 11)
    ["Coachee A is a manager. I also coached an audiology assistant I will call Sam (not his real name).",
     "Sam learns by doing, so I asked Sam how his client conversations had gone."],
    ["I coached two people: Coachee A, a site lead, and a technician I'll call Dev, who had come to us from Vestas.",
     "Dev went back to working at height. With Dev's permission I recorded a session.",
     "In the early sessions with Dev my notes are full of what I told him."],
])
def test_a_first_name_the_learner_introduces_as_made_up_is_not_flagged(passages):
    assert found(passages) == []


def test_a_stand_in_does_not_excuse_a_full_name_or_a_phone_call():
    assert "Jordan Smith" in found(["I will call my mentee Jordan.", "Jordan Smith signed the form."])
    assert found(["I called my mentee Danielle to rearrange."]) == ["Danielle"]
    assert found(["I called my mentee Danielle to rearrange as she has a new shift."]) == ["Danielle"]


@pytest.mark.parametrize("passage, detail", [
    ("Hope said she felt listened to for the first time.", "Hope"),
    ("I asked Joy what she wanted from the sessions.", "Joy"),
    ("Precious told me she wanted to leave. It was a precious hour.", "Precious"),
    ("Grace and I agreed to meet fortnightly, by the grace of the rota.", "Grace"),
    ("My second coachee, Precious, brought her folder.", "Precious"),
    ("Joy, my mentee, brought her portfolio. It gave me joy.", "Joy"),
    ("Remembering things: Hope had told me her nan was poorly, so I asked how she was.", "Hope"),  # round 11
    ('Coachee 2 wrote after session six: "Really useful, I can say no to landlords now. Thanks! Sandy".', "Sandy"),
    ("We wrote Kieran's targets on the whiteboard in the tack room so he could tick them off.", "Kieran"),
])
def test_a_first_name_that_is_a_word_is_found_where_only_a_person_fits(passage, detail):
    assert found([passage]) == [detail]


@pytest.mark.parametrize("passage, detail", [
    ("Attendance: Begum, R.; Patel, S.; Hughes, T.", "Patel, S."),
    ("04/09/2024 Mensah, J. 45 Agreement and goals", "Mensah, J."),
])
def test_a_surname_and_initial_in_a_list_or_a_dated_row(passage, detail):
    assert detail in found([passage])


@pytest.mark.parametrize("passage", [
    "Rachel Green and I met monthly for supervision.",
    "In supervision Diane Foster asked me why I avoided silence.",
    "Supervision notes – 3 March – Rachel Green",
    "I report to Andrew Lamb.",
    "My boss Andrew asked me to mentor a new starter.",
    "Signed (line manager): Lisa Brennan",
    "Feedback from Lisa Brennan (line manager): a clear improvement.",
    "Reviewed by Dr Khan on 12/05/2025",
    "I emailed the tutor, Mr Evans, with a draft; the assessor, Claire Dunn, observed session four.",
])
def test_the_learners_own_supervisor_boss_or_line_manager_however_written(passage):
    assert found([passage]) == []


def test_a_line_manager_field_in_a_mentees_record_is_theirs():
    assert found(["Mentee | Kacper Nowak\nLine manager | Gail Thornton"]) == ["Kacper Nowak", "Gail Thornton"]


@pytest.mark.parametrize("passage", [
    "Harland Homes Ltd, 12 Mill Lane, Leeds LS1 4AB. Tel 0113 496 0000",
    "If you are worried about a child call the NSPCC on 0808 800 5000.",
    "Call the service desk on 0300 123 4567 to log a fault.",
    "Our store number is 0121 496 0555.",
    "My work number is 0113 496 0123 if anything changes.",
])
def test_an_organisations_service_or_the_learners_own_number_is_not_flagged(passage):
    assert found([passage]) == []


def test_a_mentees_number_is_still_flagged():
    assert found(["Her mobile is 07700 900418 and her work number 0113 496 0777."]) == ["07700 900418", "0113 496 0777"]


@pytest.mark.parametrize("passage", [
    "The new starters work in Dudley, Walsall and Sandwell.",
    "He transferred from Douglas to Liverpool.",
])
def test_a_first_name_among_places_is_a_place(passage):
    assert found([passage]) == []


def test_a_role_never_excuses_a_name_the_work_gives_as_a_mentees():
    assert found(["Our Operations Manager, Marek Nowicki, was my coachee for six sessions."]) == ["Marek Nowicki"]
    assert found(["I discussed my mentee with my manager, Gary Hulme, before the first session."]) == []


def test_a_supervisor_in_a_log_row_beside_a_coded_client_stays_the_learners_own():
    log = "Date | Client | Supervision notes\n12/03 | Client A | Rachel Green (coaching supervisor) on endings"
    assert found([log]) == []


@pytest.mark.parametrize("address", ["mentoring.scheme@trust.nhs.uk", "peoplesupport@harlandhomes.co.uk",
                                     "ld.team@company.co.uk", "it.servicedesk@company.com", "mentoringlead@trust.nhs.uk",
                                     "studentservices@college.ac.uk"])
def test_a_teams_or_services_mailbox_is_not_flagged(address):
    assert found([f"Questions to {address} please."]) == []


@pytest.mark.parametrize("address", ["jokafor@brightwell-logistics.co.uk", "dan.lead@example.com", "amy@company.com"])
def test_a_persons_mailbox_is_still_flagged(address):
    assert found([f"Her email is {address}."]) == [address]


def test_the_learners_short_first_name_is_theirs():
    cover = "Learner name | Rebecca Hughes\nRegistration number | R1234567"
    assert found([cover, "Thanks, Becky. Your log is clear.", "Kind regards, Becky"]) == []
    assert found([cover, "I mentored Becky Shaw.", "Becky brought her plan."]) == ["Becky Shaw", "Becky"]


def test_the_writer_of_a_letter_to_no_one_in_particular_is_the_learner():
    letter = ["Dear Sir/Madam, I am writing to ask for the training room.", "Yours faithfully, Bethany Hughes, Ward Sister"]
    assert found([*letter, "Bethany Hughes, ILM Level 3"]) == []
    assert "Danielle Fraser" in found(["Dear Bethany, thank you for the sessions.", "Kind regards, Danielle Fraser"])


def test_the_learners_sign_off_with_a_short_first_name_and_initial_is_theirs():
    cover = "Learner | Tomasz Wisniewski\nRegistration no. | R5518206"
    assert found([cover, "I met my coachee in the crew room.", "Tom W. – Cabin Service Manager"]) == []
    assert found([cover, "I met my coachee in the crew room.", "Tom K. – Cabin Service Manager"]) == ["Tom K."]


def test_the_by_line_under_the_works_title_is_the_learners():
    diary = ["Mentoring diary – Unit 201", "Priya Raman, 3rd Ashdown Guides", "Tues 4 Nov. After the meeting T and I debriefed."]
    assert found(diary) == []
    assert found(["Unit 302 Reflective Account", "Tomasz Nowak", "I mentored two apprentices."]) == []
    # under a record kept of someone, the name is theirs; and a name given as a mentee's is never excused
    assert found(["Unit 304 coaching session record", "Priya Raman – Cashier"]) == ["Priya Raman"]
    assert "Priya Raman" in found([*diary, "My mentee, Priya Raman, wanted to lead."])


def test_the_name_signing_the_declaration_is_the_learners():
    declaration = "Declaration: this assignment is all my own work. Lucy-Ann Penhallow, 22/01/2025"
    later = "In my first year as a sergeant Lucy-Ann Penhallow was the one everyone asked."
    assert found([declaration, later]) == []
    assert found(["I coached Lucy-Ann Penhallow in June.", declaration]) == ["Lucy-Ann Penhallow"] * 2
    # not a declaration: a mentee's closing line is theirs
    assert "Lucy-Ann Penhallow" in found(["Thanks for the six sessions. Lucy-Ann Penhallow, 22/01/2025"])
    # a mentee's consent declares nothing of the work's being the learner's own
    assert "Lucy-Ann Penhallow" in found(["I declare I am happy for my sessions to be used. Lucy-Ann Penhallow, 3/2/2025"])


# --- a full name only ever mentioned in passing: a finding that says why the assessor may clear it ---------


def in_passing(passages: list[str]) -> list[tuple[str, bool]]:
    return [(d.text, "in passing" in d.why) for d in identifying_details(submission(passages))]


@pytest.mark.parametrize("passages", [
    ["Students chose nursing after a vet programme on the ward. Yvonne Pelham shows the theatre; it "
     "does not show a Saturday night."],
    ["Nobody writes for the crew. Desmond Arkwright let his hero die without anyone telling him he was good."],
    ["Everyone says Rupert Vance is fair and this is not a tribunal."],
    # a mentee's record, a workplace's rota or a programme of study is no public work
    ["It was a busy spring. Kirsty Hale's first series of exams went well."],
    ["It was a busy spring. Kirsty Hale's programme was agreed in May."],
    # television in the sentence before, but about the learner's own sessions
    ["We watched a film about resilience. Kirsty Hale thought it was too long."],
])
def test_a_name_written_once_in_passing_far_from_the_practice_says_so(passages):
    [(_, said)] = in_passing(passages)
    assert said


@pytest.mark.parametrize("passages", [
    ["Students chose nursing after a vet programme on television, and I see why. Yvonne Pelham's series shows the "
     "theatre; it does not show a Saturday night."],
    ["Everyone says Rupert Vance is on the telly and this is not a tribunal."],
    ["Nobody writes for the crew, only for actors. Desmond Arkwright let his hero die without anyone telling him."],
    ["Rehearsals of Ellen Kershaw, a one-woman play, ran late."],
    ["Questions matter. Rupert Vance often says on his podcast that they matter more than answers."],
    ["People talk about Pelham's Kitchen, and Yvonne Pelham has done more for chefs than any campaign."],
    ["As the playwright Desmond Arkwright put it, nobody notices the crew."],
])
def test_a_name_in_passing_beside_a_work_or_fame_is_no_one_to_anonymise(passages):
    """A name in passing tied by the words beside it to television, a book, a play or fame (``public_eye.py``)."""
    assert found(passages) == []


@pytest.mark.parametrize("passages, detail", [
    # the first name comes back alone: someone the account follows
    (["Yvonne Pelham's rota shows the theatre.", "Yvonne said it was the busiest week."], "Yvonne Pelham"),
    # near the practice: a session, a mentee, a meeting
    (["In our third session Rupert Vance brought his own goals."], "Rupert Vance"),
    # a field, a header, a signature, a line of its own
    (["From: Rupert Vance <rv1999@hotmail.co.uk>"], "Rupert Vance"),
    (["Thanks for everything.\nKind regards, Rupert Vance"], "Rupert Vance"),
    # described by their place in the learner's world
    (["The new starter, Rupert Vance, asked to join."], "Rupert Vance"),
    (["Rupert Vance, our new cashier, asked to join."], "Rupert Vance"),
    (["Her line manager's deputy, Rupert Vance, agreed the hours."], "Rupert Vance"),
    # in the learner's world: contact with them, their workplace
    (["Later that month Rupert Vance rang to say he had the job."], "Rupert Vance"),
    (["On Tuesday Rupert Vance from the finance office explained the budget."], "Rupert Vance"),
    (["Thank you for listening to me. Rupert Vance"], "Rupert Vance"),
    (["The HR business partner, Rupert Vance, signed off the plan."], "Rupert Vance"),
    # the learner acting with them, not comparing themselves to them
    (["I gave Rupert Vance a copy of the GROW model."], "Rupert Vance"),
    (["I noticed that Rupert Vance avoided eye contact at first."], "Rupert Vance"),
])
def test_a_name_in_a_field_near_the_practice_or_named_again_is_not_said_to_be_in_passing(passages, detail):
    assert (detail, False) in in_passing(passages)


def test_a_clause_of_its_own_is_read_apart_from_the_practice():
    passage = "Several colleagues assume a private talk is a disciplinary, and nobody here is Rupert Vance in a wig."
    assert in_passing([passage]) == [("Rupert Vance", True)]


def test_someone_the_learner_says_they_are_not_is_no_one_to_anonymise():
    assert found(["Colleagues assume a private talk is a disciplinary, and I am not Rupert Vance from the telly."]) == []
    assert found(["Sully is a hero to crew, but I was not there to be Rupert Vance."]) == []
    assert found(["I was not sure Rupert Vance would come back."]) == ["Rupert Vance"]
    assert found(["I am not Rupert Vance's mentor any more.", "Rupert said he understood."]) != []


def test_a_day_named_after_someone_is_no_one():
    assert found(["We named one goal after Ada Lovelace Day: Mentee 1 wanted to give a talk that day."]) == []
    assert found(["Ann Day wanted to lead the team."]) == ["Ann"]


def test_the_learners_own_family_stays_a_finding_that_says_the_assessor_may_clear_it():
    """Not a mentee, client or anyone in the practice's records, which the handbooks ask to be anonymised; but a
    third party named without their say, so it stays, saying why."""
    details = identifying_details(submission(["My husband, Gareth Lloyd, minded the children while I met my mentee."]))
    assert [(d.text, "own family" in d.why) for d in details] == [("Gareth Lloyd", True)]
    details = identifying_details(submission(["Her husband, Gareth Lloyd, minded the children."]))
    assert [(d.text, "own family" in d.why) for d in details] == [("Gareth Lloyd", False)]


# --- capitalised words that are things, places and brands, whatever the name lists say ----------------------


def test_a_name_wholly_in_quotation_marks_is_a_title_or_a_things_name():
    assert found(['We laughed that "Mr Brightside" was playing for the third time.']) == []
    assert found(['I once drove "Catherine Cookson", one of our named buses, into a branch.']) == []
    assert found(["Our tutor quoted Roald Dahl's \u201cMatilda\u201d on reading."]) == []
    # a nickname between first name and surname is still the person's
    assert "Daniel" in found(['My mentee, Daniel "Danny" Price, joined in May.'])


def test_a_word_before_a_quoted_name_is_its_kind():
    assert found(["Photo 1: the display, planted with Rosa 'Gertrude Jekyll' and tulips."]) == []
    assert found(["Rosa 'Gertrude Jekyll' was planted. Rosa said she liked it."]) == ["Rosa"]


def test_a_lone_first_name_listed_beside_an_acronym_is_a_brand():
    assert found(["She kept bringing Hilton and IHG standards as the benchmark."]) == []
    assert found(["Priya and HR agreed the plan."]) == ["Priya"]  # a department, not a brand
    assert found(["Mentee: Daniel Price", "Daniel and NHS staff met."]) == ["Daniel Price", "Daniel"]


def test_a_word_before_a_workplace_is_a_place_even_in_a_form():
    assert found(["Coachee 1 (Mold branch supervisor): to lead her first event."]) == []
    assert found(["Mentee | Wigan depot"]) == []


def test_a_firm_of_a_profession_is_named_after_its_founders():
    assert found(["Learner: Hannah Okafor-Reid, Associate, Lyle Brook Architects"]) == []


def test_decimal_hours_before_a_code_letter_are_not_a_date():
    row = "03/02/25 22:30 23:15 0.75 M Lukasz first chat"
    assert "M Lukasz" not in found(["Lukasz, Amira and Kev are not their real names.", row])
    assert found(["02/06/2025 J Okafor 1 hour"]) == ["J Okafor"]


def test_a_quoted_name_in_a_form_is_still_the_persons():
    assert found(['Mentee: "Sam Cole"']) == ["Sam Cole"]


def test_events_and_attractions_end_a_run():
    assert found(["Chelsea Flower Show, Wimbledon and Glastonbury were events our team staffed."]) == []
    assert found(["Chester Zoo and Alton Towers were trips for the apprentices."]) == []


def test_a_knight_or_dame_is_no_one_to_anonymise():
    assert found(["Our CEO, Dame Sarah Mullally, visited the ward."]) == []
    assert found(["Sir Keir Starmer and Rishi Sunak were both in the news that week."]) == []
    assert found(["The mentee, Mr Price, arrived late."]) == ["Mr Price"]


def test_a_full_name_listed_with_an_author_or_public_figure_is_one_of_them():
    assert found(["Brian Tracy, Tony Robbins and Simon Sinek were quoted by my mentee."]) == []
    assert found(["Megan Rapinoe and Serena Williams are examples of resilience I share with my mentees."]) == []
    assert found(["Mentees: Daniel Price, Amy Hill and Sam Cole"]) == ["Daniel Price", "Amy Hill", "Sam Cole"]
    assert found(["My mentee, Amy Hill, supports Serena Williams and Andy Murray."]) == ["Amy Hill"]


def test_a_name_said_to_be_the_learners_own_supervisor_or_manager_may_be_named():
    assert found(["In supervision Helen asked what I was protecting.", "Helen Ward is my coaching supervisor."]) == []
    assert found(["Karen Holt has been my line manager since 2019."]) == []
    assert found(["I coached Daniel Price. Daniel Price is my line manager's deputy."]) == ["Daniel Price"]


@pytest.mark.parametrize("passage", [
    "In the words of Rupert Vance, be the change.",
    "Rupert Vance famously said that culture eats strategy for breakfast.",
    "As Rupert Vance puts it, leaders eat last.",
    "The podcast host Rupert Vance interviewed a coach last week.",
    "Line of Duty's Ted Hastings would not approve.",
    "Rupert Vance, the Olympic rower, spoke at our conference.",
    "Rupert Vance, author of The Resilient Leader, says listening is a skill.",
    "I was inspired by Rupert Vance's autobiography.",
    "The late Rupert Vance founded the charity.",
    "Books on it abound, and Rupert Vance wrote The Resilient Leader in 2015.",
])
def test_a_name_tied_to_a_work_or_fame_is_no_one_to_anonymise(passage):
    assert found(["It was a busy year at work.", passage]) == []


@pytest.mark.parametrize("passage", [
    "The trainee chef Daniel Price started in May.",  # a job of people mentored, without a word of fame
    "Daniel Price, the trainee chef, started in May.",
    "Daniel Price, author of the incident report, left.",
    "Our assistant psychologist Daniel Price joined.",
    "As Daniel Price said in our session, it was hard.",
])
def test_a_job_or_a_saying_in_the_practice_is_no_sign_of_fame(passage):
    assert found(["It was a busy year at work.", passage]) == ["Daniel Price"]


def test_an_organisations_field_holds_an_organisation():
    assert found(["Employer: Taylor Wimpey", "Organisation | Morgan Sindall", "Sponsor: Grant Thornton"]) == []
    assert found(["Mentee name: Daniel Price\nEmployer: Taylor Wimpey"]) == ["Daniel Price"]


COVER = ["Unit 301 assignment – Amanda Clarke", "Learner: Amanda Clarke | Registration number: R1234567"]


def test_contact_details_of_the_learner_and_their_tutor_are_theirs():
    assert found([*COVER, "Email: amanda.clarke@gmail.com | Phone: 07700 900111"]) == []
    assert found([*COVER, "Tutor: Peter Walsh | p.walsh@riverside.ac.uk | 01632 960123"]) == []
    # someone else on the line or in the block keeps the number a finding
    assert "07700 900123" in found([*COVER, "To: Amanda Clarke From: Daniel Price 07700 900123"])
    assert found([*COVER, "Mentee: Mentee A | Phone: 07700 900555"]) == ["07700 900555"]


def test_a_services_mailbox_is_named_by_its_acronym_or_its_words():
    assert found([*COVER, "The hospital's PALS team: pals@nhs.net."]) == []
    assert found([*COVER, "HR: hr.advice@acme.co.uk, ext. 4456"]) == []
    assert found([*COVER, "Mentee DJ wrote from dj@gmail.com"]) == ["dj@gmail.com"]  # initials, not a service


def test_someone_made_up_to_explain_a_point_is_a_stand_in():
    assert found([*COVER, "For example, imagine a mentee called Sarah who has just started. Sarah might feel anxious."]) == []
    assert found([*COVER, "A hypothetical mentee, let's call him Tom, wants promotion. Tom's goal would be clear."]) == []
    assert found([*COVER, "The mentee, who I'll call Ben, is 19. Ben plays rugby."]) == []
    assert found([*COVER, "Consider Alex, a fictional apprentice, who struggles. Alex might miss deadlines."]) == []
    assert found([*COVER, "Joe Bloggs, a typical new starter, may need help with the rota."]) == []
    # a real introduction, and a call made, are no stand-ins
    assert found([*COVER, "I met a new starter called Priya in May. Priya was nervous."]) == ["Priya"]
    assert found([*COVER, "I called my mentee Dan to rearrange. Dan said yes."]) == ["Dan"]


def test_a_name_printed_in_capitals_is_no_services_acronym():
    assert "boyle@gmail.com" in found([*COVER, "MENTEE NAME: KIERAN BOYLE", "Email: boyle@gmail.com"])


def test_a_shows_title_after_its_run_or_production_is_no_one():
    passage = "The new starter joined during the run of Billy Elliot, with a chaperone rota of its own."
    assert found([passage, "We were nominated for Billy Elliot's children's ensemble."]) == []


def test_the_learners_name_surname_first_in_the_works_title_is_theirs():
    assert found(["Clarke, Amanda – Unit 304", "I mentored Mentee A.", "Amanda Clarke, 01/06/2025"]) == []
    assert "Kieran" in found(["Session record for Boyle, Kieran – Unit 304", "Kieran said he was nervous."])


def test_an_animals_or_things_name_is_no_one():
    assert found([*COVER, "The ward dog, Bella, visits on Fridays."]) == []
    assert found([*COVER, "Mentee A named her plant Kevin.", "The robot vacuum is called Henry."]) == []
    assert found([*COVER, "I mentored Kieran Boyle.", "His dog, Kieran, is also called that."]) == ["Kieran Boyle", "Kieran"]


def test_a_writers_works_by_name_make_them_public():
    assert found([*COVER, "Agatha Christie novels were popular in the book club."]) == []


def test_the_maker_of_a_published_work_is_public():
    assert found([*COVER, "I watched a TED talk by Julian Treasure on listening."]) == []
    assert found([*COVER, "We watched a presentation by Daniel Price at the team meeting."]) == ["Daniel Price"]


def test_a_title_a_mentee_wrote_is_no_sign_of_fame():
    assert found([*COVER, "Ellie Marsh wrote The Menu for the staff party."]) == ["Ellie Marsh"]


def test_a_name_in_passing_on_a_shows_title_is_public():
    assert found([*COVER, "Mentoring is hard, and Monty Don makes it look effortless on Gardeners' World."]) == []
    assert found([*COVER, "It was busy, and Daniel Price started on Oxford Road in May."]) == ["Daniel Price"]
    assert found([*COVER, "It was busy, and Daniel Price worked on Beech Ward."]) == ["Daniel Price"]


# --- names7: a lone first name, never written in full, needs a person's cue ---------------------------------


@pytest.mark.parametrize("passage", [
    "Rosa 'Gertrude Jekyll' climbs the pergola by the staff room.",
    "Hilton standards shaped how the reception team worked.",
    "My mentee reads Matilda to her son.",
    "Florence was lovely in spring when I went with my family.",
    "Harrison and Cross were the two estate agents on the high street.",
])
def test_a_lone_first_name_with_nothing_of_a_person_is_no_one(passage):
    assert found([passage]) == []


@pytest.mark.parametrize("passage, name", [
    ("Jayden's mum rang me after the session.", "Jayden"),
    ("Kayleigh struggled with the new rota at first.", "Kayleigh"),
    ("I paired Tyrone with a more experienced driver.", "Tyrone"),
    ("Feedback from Aisha: 'really useful, thank you'.", "Aisha"),
    ("Declan (19) joined the warehouse team in March.", "Declan"),
    ("After the session Leanne sent me a thank-you card.", "Leanne"),
    ("I noticed Shannon avoided eye contact.", "Shannon"),
    ("Plan: coach Lottie and Kwame from May.", "Kwame"),
])
def test_a_lone_first_name_that_acts_as_a_person_is_found(passage, name):
    assert name in found([passage])


def test_a_first_name_that_is_also_a_word_needs_the_surer_cues():
    assert found(["Patience is probably the one I will have to work on."]) == []
    assert found(["Closed questions check facts: 'So you will ask to shadow Grace on Thursday?'"]) == []
    assert found(["I asked Grace what she wanted from the sessions."]) == ["Grace"]


def named_file(name: str, *passages: str) -> list[Document]:
    return [Document(name, None, "", tuple(Block(name, "paragraph", text, n) for n, text in enumerate(passages, 1)))]


def test_the_learner_a_file_is_named_for_by_surname_is_theirs():
    title = "Coaching in an academic library – Farah Quraishi"
    assert texts(named_file("Quraishi Unit 300.pdf", title, "I coached Mentee A.")) == []
    assert texts(named_file("Understanding mentoring - K Asante.docx", "Kofi Asante, bus depot", "I met Mentee A.")) == []
    # the file's initial must fit, and two first names with the surname leave nobody sure
    assert texts(named_file("Asante - B.docx", "Kofi Asante, bus depot")) == ["Kofi Asante"]
    family = ["I mentored Ryan Kowalczyk.", "Joanne Kowalczyk, his mother, rang me."]
    assert texts(named_file("Kowalczyk 301.docx", *family)) == ["Ryan Kowalczyk", "Joanne Kowalczyk"]
    assert texts(named_file("wrobel-201-log.pdf", "8584-201 Mentoring log - T. Wrobel", "I met Mentee A.")) == []
    assert texts(named_file("wrobel-201-log.pdf", "Mentoring log - T. Wrobel", "Client: J. Wrobel")) != []
    # a word of the work, written in lower case in it, is no surname
    assert texts(named_file("Mentoring Marsh.docx", "I mentored Kelly Marsh by the marsh.")) == ["Kelly Marsh"]
    # an initial run on into the surname, as a centre's naming rule writes it
    assert texts(named_file("TGreaves 304 log.pdf", "Tamsin Greaves, Dispensary Team Leader", "I met Mentee 1.")) == []
    assert texts(named_file("TGreaves 304 log.pdf", "I mentored Ross Greaves.")) == ["Ross Greaves"]


# --- names7: shapes the nw_ cases showed, each by a general cue ------------------------------------------


def test_a_tutor_field_among_a_title_lines_parts_is_the_learners_own():
    assert found(["Bronwen Pritchard – ILM Level 3 Certificate – Tutor: Rhodri Evans"], learner="Bronwen Pritchard") == []


def test_a_field_whose_label_says_in_brackets_it_is_the_learners_verifier():
    table = "Name | Lauren Boyd\nPractice manager (workplace verifier) | Moira Haining"
    assert found([table, "Moira Haining has agreed protected time for one mentee."], learner="Lauren Boyd") == []
    assert found(["Mentee (apprentice) | Moira Haining"]) == ["Moira Haining"]


def test_a_room_called_by_a_quoted_name_after_someone_is_no_one():
    assert found(['We met in the meeting room (called "Ada" after Ada Lovelace, like all our rooms).']) == []


def test_a_word_of_the_language_and_a_letter_is_a_pseudonym():
    assert found(["Mentee B described a conversation with Pupil X that worried her."]) == []
    assert found(["Date | Client | Hours\n02/06/2025 | Okafor J | 1"]) == ["Okafor J"]


@pytest.mark.parametrize("passage", [
    "Even a prime minister like Tony Blair used a coach for media interviews.",
    "Jessica Ennis-Hill said in an interview that her coach let her make mistakes.",
    "Watching Julian Norton on The Yorkshire Vet, I notice how he asks students first.",
    "In sport, Ryan Giggs has talked about how Sir Alex Ferguson looked out for the young players.",
])
def test_a_public_figure_by_the_words_beside_them(passage):
    assert found([passage]) == []


def test_a_name_beside_a_public_figure_stays_where_the_practice_is_in_the_sentence():
    assert found(["My mentee Tom Hale talked about Sir Alex Ferguson a lot."]) == ["Tom Hale"]


def test_a_name_no_list_holds_after_someones_job_and_before_what_people_do():
    assert found(["When our forklift driver Jas stepped up to be a line lead, his mentor helped him."]) == ["Jas"]
    assert found(["Our booking system Aptem crashed twice.", "Our customer Tesco ordered more."]) == []


def test_a_full_name_after_in_or_at_is_a_place_unless_it_owns_something():
    assert found(["The training room in Abbey Wood was booked."]) == []
    assert found(["We sat in Kelly Marsh's office."]) == ["Kelly Marsh"]


@pytest.mark.parametrize("passage", [
    "Her favourite author is Jacqueline Wilson.",
    "My mentee's hero is Tom Daley.",
    "Gordon Brown's speech on public service came up.",
])
def test_someone_looked_up_to_from_afar_is_no_one(passage):
    assert found([passage]) == []


def test_someone_looked_up_to_with_their_role_after_is_still_a_finding():
    assert found(["My mentee looks up to Sue Brown, her shift lead, and copies her."]) == ["Sue Brown"]


def test_an_authors_first_name_alone_is_the_author():
    assert found(["Nancy Kline argues that attention matters.", "I took on board what Nancy said about it."]) == []
    assert found(["I coached Nancy Green.", "Nancy said she felt ready.", "Nancy Kline argues that attention matters."]) \
        == ["Nancy Green", "Nancy"]


def test_a_full_name_listed_with_a_public_figure_is_one_of_them():
    assert found(["My mentee admires Jamie Carragher and Gary Neville."]) == []
    assert found(["My mentee admires Jamie Carragher and Gary Neville.", "I met Gary Neville on Tuesday."]) \
        == ["Gary Neville", "Gary Neville"]
    assert found(["I coached Tom Hale and Gary Neville."]) == ["Tom Hale", "Gary Neville"]


@pytest.mark.parametrize("passage", [
    "Date | Mentee | Length | Notes\n04/03/2025 | Kieran | 1 hour | goals",
    "04/03/2025 – Kieran – 1 hour – goals and contract",
    "Session 3 (Kieran): reviewed the action plan.",
    "Kieran: 'I didn't think I could do it.'",
    "Mentee feedback – Kieran",
    "Goals set by Kieran: lead a huddle; finish the forklift licence.",
    "The plan was for Kieran to lead the huddle by June.",
    "For Kieran, the main barrier was time.",
])
def test_a_lone_first_name_in_a_record_needs_no_further_cue(passage):
    """A log's cell, a dated line, a label's value, a name in brackets or between dashes: records name people."""
    assert found([passage]) == ["Kieran"]


# --- round 9 (ny_ cases): job titles, software, boats named after someone, dates and clocks --------


def test_an_everyday_word_after_a_third_partys_role_is_a_job_title():
    assert found(["Contract with the mentee's Duty Manager at the start of each session."]) == []
    assert found(["Her line manager, Mrs Khan, agreed.", "Mentee | Okonkwo"]) == ["Mrs Khan", "Okonkwo"]


def test_software_named_like_a_person_is_not_flagged():
    assert found(["Join the airport's mentoring circle on Viva Engage; attend a webinar."]) == []
    assert texts(pdf("Wider practice Join the circle on Viva", "Engage; attend a webinar")) == []
    assert found(["I coached Viva Jones for six weeks."]) == ["Viva Jones"]


def test_a_title_and_name_after_an_article_is_a_boat_or_a_pubs():
    assert found(["Figure 1: Mentee 2 marking out a plate on the Lady Margaret refit, March."]) == []
    assert found(["Figure 2: Kwame with the flange jig he designed for the tug."]) == ["Kwame"]


@pytest.mark.parametrize("passage", [
    "Date | Mentee | Hrs to date\n2024-06-04 | Grace | 6:00\n2024-06-06 | Grace | 6:00",
    "We met at 10.00 2024-06-06 in the library.",
    "Rearranged to 06-06-2024 10:00 at her request.",
])
def test_dates_and_clock_times_are_no_phone_number(passage):
    assert [d for d in identifying_details(submission([passage])) if d.kind == "phone"] == []
    assert found(["Her mobile is 07700 900418, we met 2024-06-06."]) == ["07700 900418"]


# --- shapes seen in real-world files nobody wrote for marker (../shared/corpus/realworld) ------


@pytest.mark.parametrize("passages", [
    # a numbered (IEEE or Vancouver) reference list, with and without its heading: authors, not mentees
    ["[3] C. Dwork, “Differential privacy,” in Automata, Languages and Programming. Springer, 2006, pp. 1–12.",
     "[4] J. Gehrke, D. Kifer and M. Naor, “Crowd-blending privacy,” in Advances in Cryptology, 2012."],
    ["[1] D. Clutterbuck, Everyone Needs a Mentor, 4th edn. London: CIPD, 2004."],
    ["References", "1. D. Clutterbuck, Everyone Needs a Mentor, 4th edn. London: CIPD, 2004.",
     "2. E. Parsloe and M. Leedham, “Coaching and mentoring,” London: Kogan Page, 2009."],
    # an initial before an everyday word: an abbreviation's last letter or a sentence's last word, no one's name
    ["The drug was approved by the U.S. Food and Drug Administration before the trial."],
    ["If the plan failed we had a Plan B. Reflection on it came later, in supervision."],
])
def test_numbered_reference_lists_and_an_initial_before_an_everyday_word_are_not_flagged(passages):
    assert found(passages) == []


@pytest.mark.parametrize("passage, detail", [
    ("[1] J. Okafor – 1 hour – contracting and goals", "J. Okafor"),  # a numbered log row, no work cited
    ("[2] J. Okafor, 12 March 2024, 1 hour on goals", "J. Okafor"),
    ("[3] J. Okafor said “I felt heard for once” at the end, 2024", "J. Okafor"),
    ("1. R. Patel, 12/03/2024, 45 minutes on delegation", "R. Patel"),
    ("Date | Client | Hours\n02/06/2025 | S. Wood | 1", "S. Wood"),  # a surname that is also a word
    ("I coached J. Baker on the night shift.", "J. Baker"),
])
def test_a_mentee_in_a_numbered_row_or_with_a_wordlike_surname_is_still_flagged(passage, detail):
    assert detail in found([passage])


def test_the_learners_name_on_a_cover_under_the_works_title_is_not_flagged():
    """A cover typed as plain lines under a title ("ILM Level 2 Award ..."), the learner's role in brackets."""
    title = "ILM Level 2 Award in Effective Mentoring Skills"
    cover = ["Unit 8584-201 Developing Mentoring Skills", "Name: Lucy (lead dental nurse) Centre: Riverside Training",
             "Background", "I mentored Keira on the new steriliser; Lucy is how my team knows me."]
    assert found([title] + cover) == ["Keira"]
    assert found(cover) == ["Keira"]


@pytest.mark.parametrize("passage", [
    "Longer term I want to mentor keepers on other sections. I have always been inspired by Jane Goodall.",
    "The timeline started Mentee 1 talking about becoming an apprentice jockey like Hollie Doyle.",
    "Reading about Ellen MacArthur's sailing, I was struck by how she talked about the people who asked her good questions.",
    "I watched Kimberley Woods in the Olympic slalom and still have her poster on my wall.",
])
def test_someone_looked_up_to_read_about_or_watched_at_the_games_is_public(passage):
    """Round 11's names cases: a public figure held up by the words before or after the name."""
    assert found([passage]) == []


@pytest.mark.parametrize("passage, detail", [
    ("My mentee was inspired by Jane Holt to apply for the deputy role.", "Jane Holt"),
    ("I watched Kimberley Woods in the session and gave her feedback afterwards.", "Kimberley Woods"),
])
def test_a_colleague_who_inspires_or_a_mentee_watched_at_work_is_still_found(passage, detail):
    assert detail in found([passage])


@pytest.mark.parametrize("passage", [
    "Tim Peake's Astro Pi challenge is something my mentee wants to try next.",
    "I have seen Frankie Dettori give younger riders his time at Royal Ascot.",
    "Claudio Ranieri's Leicester City showed our region what a team can do.",
])
def test_people_famous_by_their_whole_name_are_not_flagged(passage):
    assert found([passage]) == []


def test_a_mentee_who_shares_a_common_full_name_with_someone_famous_is_still_found():
    assert "Peter Jones" in found(["I mentored Peter Jones on the night shift."])


@pytest.mark.parametrize("passages", [
    # a supervisor whose role has two qualifiers, in a PDF's row where the column's header is lost
    ["Date Supervisor Length Outcome", "17/02/2025 Anne-Marie Kettleborough (ILM coaching supervisor) 60 mins Discussed it"],
    # a form's field that says which unit the supervisor is for, then her first name in prose
    ["Supervisor for this unit (name): Rhodri Llewellyn-Jones",
     "Supervision: Rhodri pointed out in January that my notes were full of what I did."],
    # public figures however their names are accented, and authors by their works
    ["A good mentor believes in people. Jürgen Klopp said he's not interested in players who don't believe in themselves."],
    ["Next year I would try Alex Rider or something by Roald Dahl or Anthony Horowitz, or stories by Cressida Cowell."],
])
def test_the_learners_own_supervisor_and_public_figures_are_not_flagged(passages):
    assert found(passages) == []


def test_a_mentee_with_the_tutor_watching_is_still_the_mentee():
    log = "Date | Type | With | Hrs\n01/09/25 | 1:1 mentoring | Priya | 1.5\n06/10/25 | observed | Priya (tutor observing) | 1.5"
    assert found([log]) == ["Priya"]
    assert found(["Janet Morris (assessor) came to watch one of my sessions with Mentee A."]) == []


@pytest.mark.parametrize("passage", [
    # engineers read about, as a learner's own interest (round 14's boatyard)
    "I would also like to read more about Thomas Telford and James Brindley for the heritage side of the yard.",
    # a town named like a person, where the staff commute from
    "I live in Melbourne and most of our engineers commute from Long Eaton or Derby.",
])
def test_people_read_about_and_towns_commuted_from_are_not_flagged(passage):
    assert found([passage]) == []


def test_a_colleague_the_learner_learned_from_is_still_found():
    assert "Dave Brooks" in found(["I learned a lot about fitting from Dave Brooks, who runs the dry dock."])


def test_a_full_name_among_coded_coachees_in_a_platforms_export_is_found():
    log = "ID | Coachee | Scheduled | Duration\nS-1041 | Coachee A | 2025-01-08 14:00 | 30\nS-1042 | Maddie Hart | 2025-01-09 09:30 | 30"
    assert found([log]) == ["Maddie Hart"]


def test_an_unstyled_appendix_after_the_reference_list_is_read_again():
    """A Word file with no heading styles: 'Appendix A' after the references is no longer the list."""
    assert "Corinne Blyth" in found(["References", "Kram, K. E. (1983) Phases of the mentor relationship. Academy of "
                                     "Management Journal.", "Appendix A - Mentoring agreement",
                                     "Mentor | R. Pugh, Area Manager\nMentee | Corinne Blyth, Assistant Manager"])


def _names(*passages: str) -> list[str]:
    return [d.text for d in identifying_details(submission(list(passages))) if d.kind == "name"]


def test_an_initial_and_an_everyday_surname_is_found_where_the_words_after_it_make_it_a_person():
    """"T. Salt, the head housekeeper at one of the city hotels", "K. Fell and her mentee were swapped round"
    (round 16): a surname that is also a word, told as a person by what follows; "Plan B. Next" still is not."""
    assert _names("Last winter T. Salt, the head housekeeper at one of the city hotels, rang the office.") == ["T. Salt"]
    assert _names("Like last year when K. Fell and her mentee were swapped round, it was awkward.") == ["K. Fell"]
    assert _names("We agreed a Plan B. Next time we will meet in the canteen.") == []


def test_a_first_name_alone_is_found_by_the_job_in_brackets_after_it_or_what_they_set():
    """"Session notes – Dean (Packing Team Leader, back shift)": a name that is also a word, told as a person by
    the job after it; "In the trial, Bev set her own targets": what a person does, an irregular past."""
    assert _names("Session notes – Dean (Packing Team Leader, back shift)") == ["Dean"]
    assert _names("In the trial, Bev set her own targets for the quarter.") == ["Bev"]
    assert _names("The Dean (Faculty of Health) signed off the programme.") == []


def test_a_name_the_learner_says_is_not_real_and_a_weeks_nights_are_not_flagged():
    """"My second mentee, Kai (not his real name - he chose it)" and "nights 22:00-06:00, Sun-Thu" (round 17)."""
    assert _names("My second mentee, Kai (not his real name - he chose it), started in November.",
                  "19/02/25 | Centre manager (my mentoring supervisor) | 1 hr | Progress with Kai, the huddles") == []
    assert _names("Night Shift Manager, nights 22:00-06:00, Sun-Thu") == []
    assert _names("My second mentee, Kai Jones, started in November.") == ["Kai Jones"]


def test_a_town_the_learner_works_in_is_no_one_beside_a_pseudonym():
    # round 18: "Session log – Mentee A (Kidderminster)" where the practice is "in Kidderminster"
    text = ["We have a hospital in Kidderminster and a branch at Bewdley.",
            "Session log – Mentee A (Kidderminster)", "Session log – Mentee B (Bewdley)"]
    assert found([*COVER, *text]) == []
    # a name in brackets beside a pseudonym is still someone when nothing says it is a place
    assert found([*COVER, "Session log – Mentee A (Tinsley)"]) == ["Tinsley"]


def test_a_pets_name_before_its_breed_and_a_breed_are_no_one():
    board = ("The weight clinic board: this month's star patients are Alfie (Cavalier King Charles), "
             "Monty (Labrador), Duchess (rabbit) and Bramble (Jack Russell).")
    assert found([*COVER, board]) == []
    assert found([*COVER, "I mentored Kieran Boyle.", "Kieran (the new nurse) ran the clinic."]) == ["Kieran Boyle", "Kieran"]


def test_a_ship_and_a_race_day_are_no_one():
    assert found([*COVER, "Our newest ship, the MV Flora MacDonald, came into service last spring."]) == []
    assert found([*COVER, "Her bars served a record number on the Lady Florence Chase day in March."]) == []
    # a haulier after "drives for" reads as a person (so would anyone "delivered for", an independent review), unless
    # it is a firm known by its founder's name
    assert found([*COVER, "We talked about his family (his dad drives for Eddie Stobart) and football."]) == []
    assert found([*COVER, "We talked about his family (his dad drives for Eddie Stobbs) and football."]) == ["Eddie Stobbs"]


def test_a_town_or_a_list_of_places_before_a_job_is_no_one():
    # round 18 tried "Tinotenda, our student nurse" (a word no list holds, a job after it) as a person: on held-out
    # work it found nothing more and flagged three things more, so a job after such a word is not enough
    assert found([*COVER, "Mentee A has now supervised Tinotenda, our student nurse, through two dentals."]) == []
    assert found([*COVER, "We opened a branch in Bewdley.", "Bewdley, our busiest branch, has a nurse clinic."]) == []
    assert found([*COVER, "Wyvern, our biggest supplier, delivers on Mondays."]) == []
    assert found([*COVER, "Our quarries are near Settle, Skipton and Grassington, an asphalt plant and a yard."]) == []
    assert found([*COVER, "Ofqual, the regulator, sets the rules."]) == []


def test_the_learners_own_tutor_and_supervisor_named_in_prose_may_stay():
    assert found([*COVER, "I also had a tutorial with my college tutor, Mr Hollis, on 4 November."]) == []
    assert found([*COVER, "Supervision 1 - with Lorraine (HR business partner, my coaching supervisor) - 1 hr.",
                  "Supervision 2 - 4 March - Lorraine - 1h15."]) == []
    assert found([*COVER, "Session 2 with Lorraine (HR business partner, my coachee) - 1 hr."]) == ["Lorraine"]
    assert found([*COVER, "Ofqual, the regulator, sets the rules.", "Wexcombe, the depot manager, agreed it."]) == []


def test_round_18s_names_rules_let_no_third_party_through():
    """An independent review's cases: a person written like the things round 18 lets go is still flagged."""
    assert found([*COVER, "Coachee: Kowalski", "There was real growth in Kowalski over the six weeks."]) == ["Kowalski"]
    assert found([*COVER, "We met in the canteen. Chloe (dog groomer) joined us."]) == ["Chloe"]
    assert found([*COVER, "I first met Jack Russell in the canteen."]) == ["Jack Russell"]
    assert found([*COVER, "I was delivering for Gemma Hart while she was on maternity leave."]) == ["Gemma Hart"]
    assert found([*COVER, "Aisha Begum (24, our newest shift leader) came to her first session nervous."]) == ["Aisha Begum"]


def test_round_19s_people_named_beside_a_pseudonyms_role_or_in_a_caption():
    assert found([*COVER, "Mentee 1's line manager, Mark Ridgway, asked for a three-way meeting."]) == ["Mark Ridgway"]
    assert found([*COVER, "- Photo 2: Will Ashdown at the supervisor's desk after session 4."]) == ["Will Ashdown"]
    assert found([*COVER, "Photo 3: Dawn Ashdown at the depot."]) == ["Dawn Ashdown"]
    # the modal verb opening a question is no one; nor a place a caption shows
    assert found([*COVER, "Will Mentee A cope with nights? I think so."]) == []
    assert found([*COVER, "Photo 1: Hazel Grove station at night, where we met."]) == []


def test_round_19s_animals_places_and_instruments_named_after_people_are_no_one():
    assert found([*COVER, "When Gloria, our sand tiger shark, was off her food I took Coachee 1 with me."]) == []
    assert found([*COVER, "I asked Kevin, our shark keeper, to explain the feeding rota."]) == ["Kevin"]
    assert found([*COVER, "Curator of Husbandry, Tamar Sound Aquarium, Plymouth"]) == []
    assert found([*COVER, "We walked round the Royal William Yard after the session."]) == []
    assert found([*COVER, "He spent the week restoring the Father Willis organ with me."]) == []


def test_round_19s_names_rules_let_no_thing_through_and_no_person_go():
    """An independent review's cases: what round 19's rules must not flag, and whom they must not let go."""
    for text in ("Will Jordan manage the handover alone? I hope so.", "Photo 2: Ivy Cottage, where we met.",
                 "Photo 1: Rose Garden at the hospice.", "Figure 1: Ruby Wedding cake we made.",
                 "Photo 1: Will Writing workshop, where my mentee presented.",
                 "The council's partner, Macmillan, funded the post."):
        assert found([*COVER, text]) == [], text
    assert found([*COVER, "Kevin, our keeper for the sharks, explained the feeding rota."]) == ["Kevin"]
    assert found([*COVER, "Sophie, our groom for the horses, was my second mentee."]) == ["Sophie"]
    assert found([*COVER, "Mentee: Gary Harbour", "Gary came to every session."]) != []


def test_round_20s_supervisor_in_a_bold_field_and_a_grade_are_no_one():
    assert found([*COVER, "**Supervisor:** Sandra Kelleher, Head Coach (3rd Dan)",
                  "In supervision Sandra said I talked too much."]) == []
    assert found([*COVER, "**Mentee:** Jo Pritchett"]) == ["Jo Pritchett"]
    assert found([*COVER, "He is a 2nd Dan now and teaches the juniors."]) == []


def test_round_20s_nicknames_family_and_pet_forms_are_found():
    assert found([*COVER, "Everyone calls him Kaz now, he likes it."]) == ["Kaz"]
    assert found([*COVER, 'Note: the crew call Mentee 1 "Gonzo", which he says he likes.']) == ["Gonzo"]
    assert found([*COVER, 'I spoke to the Footplate Inspector ("Sparky" to everyone) about it.']) == ["Sparky"]
    assert found([*COVER, "He told me his older brother Rich trained here years ago."]) == ["Rich"]
    assert found([*COVER, "Mentee: Jade Brennan", "[15/03/2025, 21:52] Amanda: No worries Jadey, get better."]) == [
        "Jade Brennan", "Jadey"]
    assert found([*COVER, "When Summer Hathaway-Briggs started with us she had never fitted a gown."]) == [
        "Summer Hathaway-Briggs"]
    # we call a thing by a name, and the learner's own stand-in, are no one
    assert found([*COVER, 'We call it "Bertha", the old boiler.']) == []
    assert found([*COVER, "I will call him Jordan throughout this report. Jordan was nervous."]) == []


def test_round_20s_a_chat_sender_and_a_csv_cell_are_people():
    assert found([*COVER, "[14/02/2025, 09:12] Kezia Obi: Hi Amanda, can we do one last one before?"]) == ["Kezia Obi"]
    assert found([*COVER, '"Mentoring - X","03/09/2024","13:30:00","Hatchery office","Priya Chauhan"']) == [
        "Priya Chauhan"]
    assert found([*COVER, 'We listened to "Leona Lewis" on the way.']) == []


def test_round_20s_animals_breeds_corners_cheeses_and_writers_are_no_one():
    assert found([*COVER, "Goal 1 – Winston the Newfoundland; talked through the prep.",
                  "Watch me do Winston's de-shed on Thursday.", "Her first solo groom (Dexter, a Bernese).",
                  "Dexter kept pulling.", "Don't come in Monday, Mabel's owner can wait."]) == []
    assert found([*COVER, "We set Ross 308 and Cobb 500 eggs each week."]) == []
    assert found([*COVER, "Some sessions were walks round the infield between Graham Hill Bend and Surtees."]) == []
    assert found([*COVER, "Photo 1: our Old Ebenezer cheddar and Lady Agnes soft cheese on the shelf."]) == []
    assert found([*COVER, "I want to read Constance Spry again for the wedding side."]) == []
    assert found([*COVER, "Role models I used: Kate Howey and Lucy Renshall, Team GB judoka who talk about judo."]) == []
    # a person is still found beside these cues
    assert found([*COVER, "I asked my mentee to read Sam Hale's notes first."]) == ["Sam Hale"]
    assert found([*COVER, "Mentee: Dexter Lowe", "Dexter kept pulling at his sleeves."]) == ["Dexter Lowe", "Dexter"]


def test_round_20s_the_learners_own_stand_in_is_no_nickname():
    assert found([*COVER, "To keep her safe I decided to call her Jax in these notes. Jax was nervous."]) == []


def test_round_20_review_people_the_new_cues_let_go_are_found_again():
    """An independent review of round 20's cues: a surname that names a corner, a name before "the lab results" or
    ", our setter,", a rider's saddle, a person read to, a date's ordinal, a clock, a TV runner: all still people."""
    assert found([*COVER, "Mentee: Amy Corner"]) == ["Amy Corner"]
    assert found([*COVER, "Name of mentee: Ben Corner"]) == ["Ben Corner"]
    assert found([*COVER, "Mentee: Tom Straight"]) == ["Tom Straight"]
    assert found([*COVER, "I showed Priya the lab results.", "Priya was nervous in session 2."]) == ["Priya"]
    assert found([*COVER, "I handed Liam the dog lead and he walked Bruno round the yard.", "Liam was pleased."]) == [
        "Liam"]
    assert found([*COVER, "I told Jess the cat had been fed."]) == ["Jess"]
    assert "Ellie" in found([*COVER, "Ellie, our setter, ran the drills.", "Ellie was nervous before the match."])
    assert found([*COVER, "Sophie's saddle was rubbing her horse, so we stopped.",
                  "Sophie said she felt more confident."]) == ["Sophie"]
    assert found([*COVER, "I checked Tom's harness before he went up the scaffold.", "Tom said he felt safer."]) == ["Tom"]
    assert "Jade Brennan" in found([*COVER, "Mentee: Jade Brennan", "I read Jade Brennan some of the feedback."])
    assert found([*COVER, "I read Kieran Walsh, my apprentice, the risk assessment."]) == ["Kieran Walsh"]
    assert found([*COVER, "I asked her to read Sarah Jones report before the session."]) == ["Sarah Jones"]
    assert found([*COVER, "On the 3rd Sam cancelled, so we met on the 10th."]) == ["Sam"]
    assert found([*COVER, "Tuesday 4th Kerry came in early."]) == ["Kerry"]
    assert found([*COVER, "On the 2nd Jess was late again."]) == ["Jess"]
    assert found([*COVER, "Session log: Jake 1030 Tuesday, goals agreed."]) == ["Jake"]
    assert found([*COVER, "Rota: Ellie 0700 – 1500"]) == ["Ellie"]
    assert found([*COVER, "Gemma Hart, TV runner, joined the scheme in May."]) == ["Gemma Hart"]
    assert found([*COVER, "Priya Shah, radio presenter at our hospital radio, was my second mentee."]) == ["Priya Shah"]
    assert found([*COVER, "Priya Shah, international runner, was my second mentee."]) == ["Priya Shah"]


def test_round_20_review_verbs_objects_brands_and_a_team_are_no_one():
    """The same review: a verb after "my brother", an object's nickname, a pet form opening a brand and a chat sent by
    a team are no one; the cues they were caught by still find people."""
    for text in ("My brother Googled the course for me.", "My sister Facetimed me after the session.",
                 "My brother Ubered home.", "My mum Christmas-shopped with me.",
                 "The old boiler, known to everyone as Bertha, broke down.",
                 'The old forklift ("Dolly" to everyone) broke down.', "Tesco calls them Colleagues rather than staff.",
                 "[14/02/2025, 09:12] Riverside Team: Reminder, rota out."):
        assert found([*COVER, text]) == [], text
    assert found([*COVER, "Mentee: Tom Hale", "He wore his Tommy Hilfiger jacket to the session."]) == ["Tom Hale"]
    assert found([*COVER, "Mentee: Jim Hale", "She wore her Jimmy Choo shoes."]) == ["Jim Hale"]
    assert found([*COVER, "Mentee: Tom Hale", "Tommy said yes."]) == ["Tom Hale", "Tommy"]
    assert found([*COVER, "Our driver, known to everyone as Taff, was my mentee."]) == ["Taff"]
    assert found([*COVER, "Max, a red setter, came in.", "Max was limping."]) == []


def test_round_22_a_tutor_or_supervisor_named_by_first_name_in_their_role_is_allowed_in_full():
    """A pasted e-mail thread names the tutor and the supervisor in full only in its From and To lines; the
    learner's own words give their role by the first name ("a tutorial with Claire") or by the message's subject."""
    thread = ["From: Rob Kershaw", "To: Claire Hadley", "Subject: FW: A - first meet",
              "Claire - as you asked, this is the kind of note I'm keeping for the log. Rob",
              "From: Sandra Ahmed", "Sent: Mon 27/01/2025 09:00", "To: Rob Kershaw", "Subject: supervision Thursday",
              "Hi Rob, confirming Thurs 30 Jan 12:00 on Teams. Sandra",
              "Started 12:00, ran for 70 mins, Sandra on Teams.",
              "Totals: A 8h20. Supervision x2 and a tutorial with Claire."]
    # the tutor, named in full only in a To line, is allowed; the supervisor known only by the subject of the e-mails
    # she sent is still flagged: a mentee may send an e-mail about supervision too (the review), so it is asked, not let go
    assert "Claire Hadley" not in found(thread, learner="Rob Kershaw") and "Claire" not in found(thread, learner="Rob Kershaw")
    assert "Sandra Ahmed" in found(thread, learner="Rob Kershaw")
    # an initial and a surname that is someone's first name is still someone ("B. Sandra:" read as coachee B and the
    # supervisor speaking was tried and put back: "D. James said he felt more confident" is a coachee, the review)
    assert "K. Sandra" in found([*thread, "I also met K. Sandra from the NOC on Tuesday."], learner="Rob Kershaw")
    # a mentee who writes in the same way is still named; and one the learner supervises ("supervision with") too
    assert "Nathan Brierley" in found([*thread, "From: Nathan Brierley", "Subject: Re: session Tuesday",
                                       "Can we do it by phone?"], learner="Rob Kershaw")
    # the tutor's first name shared by two full names: nobody can say which is the tutor
    assert {"Claire Dunn", "Claire Hadley"} <= set(found(["A tutorial with Claire on Teams.", "Mentee: Claire Dunn",
                                                          "Observer: Claire Hadley"], learner="Rob Kershaw"))


@pytest.mark.parametrize("text", [
    "The Eddie Stobart wagons queue at gate 3 from six.",
    "He landed his first Beth Tweddle on the bars in March.",
])
def test_round_22_brands_and_people_famous_as_a_whole_are_no_one(text):
    assert found([*COVER, text]) == []


def test_round_22_a_number_under_a_mail_clients_sent_from_my_phone_is_the_senders():
    """ "Sent from my phone" signs off an e-mail from whoever sent it, so the number after it is no learner's own."""
    assert found([*COVER, "From: Mentee 2", "Thanks for today. Sent from my phone – 07700 900246"]) == ["07700 900246"]
    assert found([*COVER, "Sent from my iPhone 07700 900247"]) == ["07700 900247"]
    # the learner giving their own number is still theirs
    assert found([*COVER, "If a session had to move she could ring my mobile – 07700 900248."]) == []


def test_round_22_a_duration_sentences_away_in_a_text_files_paragraph_makes_no_record():
    """A plain-text file's paragraph is one line: a duration two sentences on ("... for 15 minutes") does not make a
    lone name earlier in it a log's entry (a dog walked, here); the sentence before the name still does."""
    assert found([*COVER, "Options: she has fed Alfie and Monty with me. Goal: she chose the quiet kennel. "
                          "Action: brush him for 15 minutes each visit."]) == []
    # a log's line, or a heading's sentence just before the name, is still a record of the person
    assert found([*COVER, "Visit 2 - Sun 9 Mar, 40 mins. Kieran on the reception desk, nervous."]) == ["Kieran"]
    assert found([*COVER, "Visit 3 - 40 mins - Kieran on the tour"]) == ["Kieran"]
    # one of a kind of people, set after the name, says it is a person's
    assert found([*COVER, "Last year Josh, one of our youngest scholars, was released at 17."]) == ["Josh"]


def test_round_22_a_family_firm_is_no_one_and_a_person_in_a_form_still_is():
    """ "Chance Brothers", "Gibbs & Sons": a firm named after a family, by the word its name ends with, where the word
    before is no first name; "Dennis Brothers" may be a person as well as a firm, and is flagged (the review)."""
    assert found([*COVER, "Our glass came from Farrow Brothers of Smethwick."]) == []
    assert found([*COVER, "He served his time at Farrow Sons before joining us."]) == []
    assert found([*COVER, "Our first fire engine was built by Dennis Brothers in Guildford."]) == ["Dennis Brothers"]
    # a person whose surname is such a word, in a role's field or in prose, is still found
    assert "Tom" in " ".join(found([*COVER, "Mentee: Tom Brothers"]))
    assert "Amy" in " ".join(found([*COVER, "Mentee: Amy House"]))


def test_round_22_writers_and_engineers_of_the_past_are_no_one():
    assert found([*COVER, "One box held a letter from Mrs Gaskell to her publisher."]) == []
    assert found([*COVER, "She has boxed 40 Thomas Telford canal plans so far."]) == []
    assert found([*COVER, "We kept the panel on Robert Louis Stevenson and his lighthouse family."]) == []
    # a mentee's aunt with a title, and a mentee with the same first names, are still found
    assert found([*COVER, "Her aunt, Mrs Gaskin, rang me."]) == ["Mrs Gaskin"]
    assert found([*COVER, "Mentee: Robert Louis"]) == ["Robert Louis"]



def test_round_22_a_composer_famous_as_a_whole_is_no_one_but_a_title_after_a_name_is_no_cue():
    """ "Karl Jenkins' The Armed Man": the composer is in the list of names famous as a whole. A title opening "The"
    after any name's possessive was tried as a work's maker and put back: a mentee's own project is written so too
    ("Callum Reid's The Hub proposal", the review)."""
    assert found([*COVER, "At the spring concert the choir sang Karl Jenkins' The Armed Man."]) == []
    assert found([*COVER, "At the spring concert the choir sang Owain Rhys's The Road Home."]) == ["Owain Rhys"]


def test_round_22_a_co_author_cited_beside_a_theorist_is_no_one():
    """ "OSCAR (Gilbert and Whittleworth)": a surname like a first name, cited as a pair with a known author."""
    assert found([*COVER, "Model | OSCAR (Gilbert and Whittleworth) for the review step"]) == []
    assert found([*COVER, "We tried Gilbert and Whittleworth's OSCAR in session 3."]) == []
    # two people, not a citation: still found
    assert found([*COVER, "I coached Gilbert and Honey said it helped."]) == ["Gilbert"]
    assert found([*COVER, "Mentee: Gilbert Ames", "Gilbert liked OSCAR (Gilbert and Whittleworth)."]) == [
        "Gilbert Ames", "Gilbert"]


# --- the review of round 22's names cues: each a shape where they let a real person go, or flagged no one ---

REVIEW_COVER = ["Unit 301 assignment – Amanda Clarke"]


def _review(*passages: str) -> list[str]:
    return found([*REVIEW_COVER, *passages], learner="Learner Name")


def test_review_a_mentee_sharing_the_tutors_first_name_is_still_named():
    assert {"Claire Doyle"} <= set(_review("I met Claire Doyle in the staff canteen to agree how we would work.",
                                           "Claire was nervous at first.", "After a tutorial with Claire I changed my questioning."))
    assert "Claire Doyle" in _review("Date | Person | Time\n3/3 | Claire Doyle | 45 mins",
                                     "Tutorial with Claire on 12 March helped me plan.")
    assert "Claire Benson" in _review("My mentee (Mentee A) said her manager, Claire Benson, had never given her feedback.",
                                      "In a tutorial with Claire I reflected on this.")
    assert "Sam Kerr" in _review("My line manager, Sam, agreed I could use the training room.",
                                 "I met Sam Kerr, a new care assistant, in the staff room to agree how we would work.")


def test_review_a_mentee_e_mailing_about_supervision_is_still_named():
    assert _review("From: Nathan Brierley", "To: Amanda Clarke", "Subject: Re: supervision",
                   "Can I bring my notes from our mentoring session?") == ["Nathan Brierley"]
    assert "Nathan Brierley" in _review("From: Sandra Ahmed", "To: Amanda Clarke", "Cc: Nathan Brierley",
                                        "Subject: Re: supervision", "Happy for Nathan to join. Sandra")
    assert "nathan.brierley@gmail.com" in _review("From: Nathan Brierley <nathan.brierley@gmail.com>", "To: Amanda Clarke",
                                                  "Subject: supervision skills", "Hi. Nathan")


def test_review_an_initial_and_a_surname_that_is_the_supervisors_first_name_is_still_named():
    assert _review("My supervisor, James, suggested I use scaling questions.",
                   "In session 3 D. James said he felt more confident leading the team brief.") == ["D. James"]


def test_review_a_mentee_whose_surname_is_a_family_firms_word_is_still_named():
    assert "Tom Sons" in _review("I mentored Tom Sons over six sessions.", "Tom found the first one hard.")
    assert "Jade Brothers" in _review("I met Jade Brothers in the staff canteen to agree how we would work.")
    assert _review("We buy our glass from Farrow Brothers of Smethwick.") == []


def test_review_a_mentees_possessive_before_a_capitalised_title_is_still_named():
    assert _review("In session 4 we reviewed Callum Reid's The Hub proposal, which he had written for the youth centre.") \
        == ["Callum Reid"]


def test_review_two_mentees_in_brackets_are_not_a_pair_of_authors():
    assert "Ellie" in _review("This term I mentored two new apprentices (Ellie and Alexander) on the packing line.")


def test_review_a_common_full_name_in_a_mentees_field_is_still_named():
    assert _review("Mentee: Patrick Moore | Role: shift lead") == ["Patrick Moore"]
    assert "Alexander Dennis" in _review("My second session with Alexander Dennis, a bus driver at the depot, was on 4 March.")


def test_review_a_first_name_in_a_dated_log_entrys_later_sentence_is_still_named():
    assert "Kieran" in _review("12/03 - session 2 - 1 hour. Reviewed her actions. Set new goals. Kieran is more confident now.")


def test_review_a_dog_one_of_our_pointers_is_no_one():
    assert _review("Bella, one of our pointers, has a vet visit booked.") == []
    assert _review("Gus, one of the terriers, was found a home in May.") == []


def test_review_the_learners_own_number_from_the_cover_is_theirs_after_sent_from_my_phone():
    cover = ["Learner: Amanda Clarke | Phone: 07700 900246"]
    mail = ["From: Amanda Clarke", "To: Mentee 2", "Subject: session 3", "Hi, see you Tuesday. Amanda",
            "Sent from my phone – 07700 900246"]
    assert found([*cover, *mail], learner="Amanda Clarke") == []
    # a mentee's number after the same sign-off is still found
    assert found([*cover, "From: Mentee 2", "Sent from my phone – 07700 900318"], learner="Amanda Clarke") == ["07700 900318"]
