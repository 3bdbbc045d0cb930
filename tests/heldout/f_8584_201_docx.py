"""8584-201 mentoring (single DOCX): a library assistant mentors a new Saturday assistant.

Hannah Lowther, senior library assistant at a branch library in a county library service
in Cumbria, mentors a newly recruited weekend library assistant. One DOCX with headings per
section, the mentoring log written as bullets ("12/3 – Mentee A – 50 min – goals"), one
cancelled session, the one-hour tutor meeting as a bullet of its own, and prose
reflections in a plain, slightly chatty voice.

Practice, as an assessor counts it (the log bullets):
    12/3 50 min, 19/3 45 min, 2/4 1 hr (60), 16/4 40 min          = 195, 4 sessions
    26/3 cancelled (mentee off sick) - not delivered, not counted
    9/4 tutor meeting, 1 hour                                      = 60 supervision
    => minutes 195, sessions 4, individuals 1, supervision 60.

Anonymisation slips: the mentee's first name in the trust section ("Rosa"), initial and
surname in the feedback section ("R. Adeyemi"), and her personal e-mail in the records
section. Not identifying: Hannah's own name, her tutor Mrs Dunmore, the branch manager as
a role, Cumbria, Kendal, Clutterbuck, the GROW model, Egan's SOLER.
"""

from corpus.case import B, Case, H, P, SourceFile

BLOCKS = [
    H(0, "Unit 8584-201: Undertake mentoring of an individual"),
    P("Hannah Lowther – Senior Library Assistant, Kendal branch – Tutor: Mrs Dunmore"),
    H(1, "Background"),
    P("""Our branch took on a new weekend assistant in March. She had never worked in a library
      and had only done retail before, so the branch manager asked me to mentor her while she
      found her feet. I'm calling her Mentee A all the way through. We are a small team so
      there is nobody else on a Saturday who has time to sit with her properly."""),
    H(1, "1.1 My mentoring plan"),
    P("""I planned five sessions of about 45 minutes to an hour over six weeks, on Thursday
      afternoons when the branch is quiet and the enquiry desk can be covered by one person.
      We used the staff room with the door shut. I planned the first one to be about getting
      to know each other and setting goals, then one topic per session, and the last one a
      review. I booked a spare Thursday at the end in case we lost one, which we did."""),
    H(1, "1.2 Goals"),
    P("""In the first session we agreed three goals between us, which she wrote in her own
      words: be able to issue and renew on the system without asking for help; handle an
      angry customer at the desk without freezing; and know where to send people for
      computer help, Universal Credit and the family history room. She chose the second one
      as the most important to her."""),
    H(1, "2.1 and 2.5 Mentoring log"),
    P("This is my log. I kept it in a notebook and typed it up."),
    B("12/3 – Mentee A – 50 min – goals, getting to know each other, confidentiality"),
    B("19/3 – Mentee A – 45 min – handling complaints at the enquiry desk"),
    B("26/3 – Mentee A – cancelled, she was off sick – moved to the spare week"),
    B("2/4 – Mentee A – 1 hr – library management system, renewals and reservations"),
    B("9/4 – Tutor meeting with Mrs Dunmore – 1 hour – my mentoring so far (see 3.2)"),
    B("16/4 – Mentee A – 40 min – review of goals, what next"),
    P("""So in total I mentored her for three hours fifteen minutes over four sessions,
      which is over the three hours. I sent her a summary after each session to
      rosa.adeyemi84@gmail.com because she doesn't have a council e-mail yet. Looking back
      I should have waited until she had one."""),
    H(1, "2.2 Questioning and listening"),
    P("""In the complaints session I mostly asked open questions and let her talk. I asked her
      what happened the last time someone was rude to her at the till, what she did, and
      what she wished she had done. I used the GROW model loosely to keep us on track. I
      tried to use SOLER from Egan, sitting square on and leaning a bit forward, and I
      summarised back what she said so she knew I had heard it properly. When she went quiet
      I counted to five in my head instead of jumping in, which is hard for me."""),
    H(1, "2.3 Feedback"),
    P("""After she did a real renewal on her own with a customer on 2/4 I gave her feedback
      straight away in the workroom. I started with what went well, that she explained to
      the customer what she was doing, and then one thing to change, that she should check
      the reservation shelf before saying a book isn't in. I wrote in my notes that R.
      Adeyemi took the feedback well and asked to do three more while I watched."""),
    H(1, "2.4 How trust was developed"),
    P("""I think trust came from two things. First, I told her at the start that what she
      said in the staff room stayed there unless it was a safeguarding issue, and I stuck to
      it even when the branch manager asked me how she was getting on. Second, I told her
      about my own first week when I sent a whole school class to the wrong floor. Rosa
      laughed and said she felt better about getting the codes wrong. After that she was
      much more open and started bringing her own questions to the sessions."""),
    H(1, "3.1 Review of my own performance"),
    P("""Clutterbuck says a good mentor helps the mentee to do things for themselves, and I
      think I got better at that over the six weeks. In the first two sessions I talked too
      much and answered my own questions. By the last session I was asking more and telling
      less. My strengths are that I'm approachable and I know the job inside out. My weak
      points are I rush to fix things and I don't always write my notes up the same day.
      Her feedback at the review was that she liked having a set time each week that wasn't
      going to be cancelled for the desk rota."""),
    H(1, "3.2 Meeting with my tutor"),
    P("""I had a one hour meeting with Mrs Dunmore on 9 April over Teams. We went through my
      log and she asked me what I do when the mentee goes quiet. I admitted I fill the gap
      with advice. She suggested I try writing my question down before the session so that
      I ask it and then stop. I did this for the review on 16/4 and it worked well. She also
      picked up that the cancelled session should be recorded as cancelled rather than just
      left out, which is why it is in the log."""),
    H(1, "3.3 Development plan"),
    P("""Two areas I want to develop: one, listening without fixing; two, keeping proper
      records that are anonymous from the start. My plan: by the end of June I will
      ask the branch manager to observe one mentoring conversation and give me feedback on
      how much I talk; by September I will do the county's online data protection refresher
      and set up a mentoring template with no names on it; and I will offer to mentor the
      next new starter at Ambleside so I keep practising."""),
    H(1, "Declaration"),
    P("""I declare that this is my own work. Signed Hannah Lowther, 24 April."""),
]

CASE = Case(
    name="f_8584_201_docx",
    unit="8584-201",
    kind="structured-docx",
    files=[SourceFile("H Lowther 8584-201.docx", BLOCKS)],
    labels={
        "1.1": "on Thursday afternoons when the branch is quiet",
        "1.2": "handle an angry customer at the desk without freezing",
        "2.1": "which is over the three hours",
        "2.2": "I counted to five in my head",
        "2.3": "check the reservation shelf before saying a book",
        "2.4": "stuck to it even when the branch manager",
        "2.5": "kept it in a notebook and typed it up",
        "3.1": "I talked too much and answered my own questions",
        "3.2": "try writing my question down before the session",
        "3.3": "ask the branch manager to observe one mentoring conversation",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # log bullets: 50 + 45 + 60 + 40 = 195; 26/3 cancelled (off sick), not delivered;
        # the prose "three hours fifteen minutes" restates the log
        "minutes": 195,
        "sessions": 4,
        "individuals": 1,
        "supervision_minutes": 60,  # 9/4 tutor meeting, 1 hour
        "identifying": ["Rosa", "R. Adeyemi", "rosa.adeyemi84@gmail.com"],
    },
    about="Library assistant in a county branch library; 8584-201 single DOCX with the log as dash-separated bullets, a cancelled session and the tutor meeting; three planted details.",
)
