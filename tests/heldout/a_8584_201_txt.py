"""8584-201 Developing Mentoring Skills: a bus depot technician's portfolio as plain text.

Lee Tranter, senior technician at a bus depot, mentors two apprentices. He wrote the
whole portfolio in a text editor: each criterion's text and its guidance copied from the
handbook, then "My answer:" and his own words. There is no log table: his practice is
told in sentences, with his own subtotals, a chat he did not count, a session still to
come and a summary sentence ("I mentored 2 individuals").

Practice, as an assessor counts it (AC 2.1):
    Mentee A  03/06 "50 minutes" 50, 10/06 "an hour and a quarter" 75, 24/06 "forty minutes" 40
              -> his subtotal "2 hours 45 minutes" (165), not a session
    Mentee B  05/06 "an hour" 60, 19/06 "1½ hours" 90
              -> his subtotal "two and a half hours" (150), not a session
    Not counted: the 12/06 canteen chat ("about 15 minutes, which I have not counted"),
    the session booked for 17 July (not yet held), "altogether 5 hours 15 minutes" (a total),
    the tutor meeting "an hour" on 1 July (supervision), "I mentored 2 individuals".
    => minutes 315, sessions 5, individuals 2, supervision 60.

Fully anonymised: Mentee A and Mentee B; his own name and registration number, the depot,
Bristol, Whitmore, the GROW model, Honey and Mumford, the IMI are all not identifying.
"""

from corpus.case import Case, P, SourceFile

CRITERIA = {
    "1.1": ("Prepare a plan for effective mentoring of an individual",
            "Provide evidence that they have planned the mentoring for an individual. This should show that they have "
            "considered the needs of that individual, the planning undertaken, where and how they have carried out the "
            "mentoring, as well as timings and duration of the mentoring sessions."),
    "1.2": ("State the agreed goals of the mentoring sessions",
            "Clearly state two or more mentoring goals, for at least two sessions, paying close attention to how "
            "measurable the goals are."),
    "2.1": ("Provide evidence of mentoring with an individual over a period of at least 3 hours",
            "Keep a record of all the mentoring sessions. This can be a written diary or a video or voice recording. The "
            "evidence should clearly indicate the time involved i.e., that the 3 hour requirement has been met and a "
            "summary provided of what happened on each mentoring session."),
    "2.2": ("Use questioning and listening techniques to support the individual being mentored",
            "Demonstrate how their own skills in questioning and listening helped to progress the mentee. It may help to "
            "review the techniques used and the impact these had on the mentoring."),
    "2.3": ("Provide feedback to support individual development",
            "Provide examples of where feedback was used in order to help the client. These should be specific and "
            "explain how the feedback was important in developing the individual."),
    "2.4": ("Describe how trust was developed with the individual being mentored",
            "Describe how trust was built or how barriers to trust were overcome between the mentor and the individual. "
            "Highlight how trust was developed during or between sessions, stating specifically what was done to create "
            "this using at least two examples."),
    "2.5": ("Maintain appropriate records of all mentoring sessions",
            "Evidence how mentoring was recorded, this may include session details, times, and duration as well as "
            "outcomes or action points from the mentoring."),
    "3.1": ("Review own mentoring performance",
            "Review own performance as mentor. This should be based on recognised criteria for mentoring e.g., the skills "
            "and knowledge required of an effective mentor. Models or tools may be used to identify the mentor’s strengths "
            "and development areas. This can also be based on any feedback received from the mentoring process."),
    "3.2": ("Provide evidence of a 1-hour meeting with their tutor to support own development as a mentor",
            "Summarise the 1-hour meeting with their tutor/supervisor to review the mentoring and learning from the "
            "experience. The purpose of the meeting and the agreed outcomes should be included."),
    "3.3": ("Identify and plan areas for future development as a mentor",
            "Produce a measurable plan to develop their mentoring skills or career. This should build on the strengths "
            "identified as well as addressing areas that require development."),
}

ANSWERS = {
    "1.1": [
        """I mentor two first-year apprentices at the depot, Mentee A (17, level 3 heavy vehicle
        apprenticeship) and Mentee B (19, joined from a car dealership). The engineering manager
        asked me to mentor them because the college reported both were behind on their
        portfolios and Mentee A was thinking of leaving. Before the first sessions I read their
        college reviews and asked each of them what they wanted out of it.""",
        """We met in the parts office mezzanine after the morning run-out, when the pits are
        quiet, for about an hour each time, every one to two weeks through June. I booked the
        time with the shift supervisor so they were not taken off a job halfway through. I
        planned to use the GROW model and to end each session with an action written on the
        whiteboard and photographed.""",
    ],
    "1.2": [
        """Mentee A: to get his college e-portfolio up to date (six outstanding units) by the end
        of June, checked with his assessor; and to stay on the apprenticeship at least until his
        end-of-year review. Mentee B: to complete his first MOT-standard brake test on his own,
        signed off by the workshop controller, by 30 June; and to ask for help within ten
        minutes of getting stuck rather than struggling for an hour.""",
    ],
    "2.1": [
        """I did not keep a table, so this is my record of the sessions in order.""",
        """My first session with Mentee A was on 3 June and lasted 50 minutes. We agreed the
        mentoring agreement and his goals and talked about why he was thinking of leaving,
        which turned out to be the early starts and feeling he was just sweeping up. On 10 June
        we had an hour and a quarter, and he showed me his portfolio; we worked out that the
        six units only needed photos and witness statements he could get from jobs he had
        already done. The third session on 24 June was only forty minutes because I was called
        out to a breakdown on the ring road. He had uploaded four of the six units. So with
        Mentee A that was 2 hours 45 minutes.""",
        """With Mentee B the first session was on 5 June and took an hour: agreement, goals and a
        walk round the brake test lane. We had a quick chat in the canteen on 12 June, about 15
        minutes, which I have not counted because it wasn't a planned session. On 19 June we had
        1½ hours, most of it him talking me through a brake test while I asked questions, and
        he found the step he kept missing himself. That makes two and a half hours with Mentee
        B. We have a third session booked for 17 July.""",
        """Altogether that is 5 hours 15 minutes of mentoring, so more than the 3 hours. I
        mentored 2 individuals, and both have signed my notes to say the sessions happened.""",
    ],
    "2.2": [
        """I used open questions from the GROW model, for example 'What would make you want to
        stay?' with Mentee A, which got a completely different answer from when his manager
        asked him if he was happy. With Mentee B I asked him to talk me through the brake test
        out loud while I only asked 'what next?' and 'how do you know?', and listened. He
        found his own mistake, which he would not have remembered if I had told him.""",
    ],
    "2.3": [
        """Feedback was specific and straight after something happened. I told Mentee B that his
        brake test was right apart from the parking brake reading, and that he had done it
        faster than I did at his stage, which he was pleased about. For Mentee A the feedback
        that helped most was showing him that his photos of jobs were good enough evidence
        already, because he thought he had to start again.""",
    ],
    "2.4": [
        """I built trust first by keeping to what I said I would do: I turned up on time even on
        a heavy day and I kept our conversations out of the mess room. Second, I was honest that
        I nearly packed in my own apprenticeship in the first winter, and Mentee A said that was
        when he decided to give it till Christmas. Third, I agreed with both that I would not
        report anything to the manager except that the sessions happened.""",
    ],
    "2.5": [
        """After each session I wrote up my notes the same day in a small notebook I keep in my
        locker, and photographed the whiteboard action. The notes have the date, how long, what
        we talked about and the actions. Both mentees read and signed the notes. For this
        portfolio I have typed them up using Mentee A and Mentee B instead of names.""",
    ],
    "3.1": [
        """Looking at my notes, I am good at practical help and being approachable, and both
        apprentices said I was easy to talk to. My weaker point is that I am impatient: in the
        second session with Mentee B I nearly grabbed the brake gauge off him. Whitmore says the
        coach or mentor has to raise awareness and responsibility, and I can see that when I
        let them work it out, they remember it. Honey and Mumford's styles also made sense: Mentee
        B learns by doing, so the sessions on the test lane worked better than talking in the
        office.""",
    ],
    "3.2": [
        """I met my tutor for an hour on 1 July at the college to go through my notes. The main
        outcome was that I should let silences happen and not rescue the apprentice, and that I
        should write in my notes what the mentee said as well as what I did. I have started
        doing both.""",
    ],
    "3.3": [
        """1. Let silences happen: count to five before speaking, from my next session, and ask
        the mentees at the end of July if I am doing it. 2. Learn more about mentoring: do the
        IMI mentor module that the company pays for, by December. 3. Keep better records: add a
        'mentee said' line to every note from now on and show my tutor in September.""",
    ],
}


def _blocks():
    blocks = [
        P("ILM Level 2 Award in Effective Mentoring Skills – Unit 8584-201 Developing Mentoring Skills"),
        P("Learner: Lee Tranter    Registration no: LT-201-40558    Centre: Avon Vale Training"),
        P("Workplace: Westway Buses, Lawrence Hill depot, Bristol"),
        P("""Declaration: this portfolio is my own work and the mentoring took place as I have written
          it. Lee Tranter, 4 July 2025."""),
    ]
    for ref, (text, guidance) in CRITERIA.items():
        blocks.append(P(f"AC {ref} {text}"))
        blocks.append(P(f"Guidance: {guidance}"))
        blocks.append(P("My answer:"))
        blocks.extend(P(a) for a in ANSWERS[ref])
    return blocks


CASE = Case(
    name="a_8584_201_txt",
    unit="8584-201",
    kind="numbered-unstyled",
    files=[SourceFile("201 portfolio Lee Tranter.txt", _blocks())],
    labels={
        "1.1": "parts office mezzanine",
        "1.2": "MOT-standard brake test",
        "2.1": "called out to a breakdown on the ring road",
        "2.2": "What would make you want to stay?",
        "2.3": "faster than I did at his stage",
        "2.4": "nearly packed in my own apprenticeship",
        "2.5": "small notebook I keep in my locker",
        "3.1": "nearly grabbed the brake gauge off him",
        "3.2": "not rescue the apprentice",
        "3.3": "IMI mentor module",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "minutes": 315,
        "sessions": 5,
        "individuals": 2,
        "supervision_minutes": 60,
        "identifying": [],
    },
    about="Bus depot technician; plain text; criterion text and guidance pasted above each answer; practice in prose with own subtotals; clean.",
)
