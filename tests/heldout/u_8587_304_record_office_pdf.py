"""8587-304 extended mentoring: a county record office senior archivist, PDF portfolio, a log whose notes cells run to several lines.

Adebola Okonkwo-Hart, senior archivist at a county record office, mentors two new archive
assistants whom she calls H and M. The portfolio answers 1.1 to 3.4 with "1.1 ..." numbered
headings. Her log is exported from a Word table with a wide Notes column, so each notes cell
wraps over several lines in the PDF: Date, Mentee, Length, Notes. One row is a DNA (M,
8 October, "0"), one is a joint follow-up planned for January that has not happened, and
there is no total row. Supervision is only in prose in 3.4: 14 October (an hour and a half at
the centre) and 25 November (an hour on Teams), with a third "booked for January". Slip: the
contact sheet paragraph in 2.4 keeps M's mobile number. Record office, county council, the
National Archives, Clutterbuck, Kolb and places: not flagged.

Assessor's arithmetic (minutes):
  H: 09/09 1h 60 + 23/09 1h30 90 + 07/10 1h30 90 + 21/10 1h45 105 + 04/11 1h30 90
     + 18/11 1h15 75 + 02/12 1h30 90 + 16/12 1h 60 = 660 (8 sessions)
  M: 10/09 1h 60 + 24/09 1h30 90 + 15/10 1h30 90 + 05/11 1h30 90 + 19/11 2h 120
     + 03/12 1h30 90 + 17/12 1h 60 = 600 (7 sessions); 08/10 DNA excluded.
  13/01 joint follow-up PLANNED -> excluded.
  minutes 660 + 600 = 1260 (she says "21 hours"); sessions 15; individuals 2.
  Supervision 90 + 60 = 150; January booked only.
"""

from corpus.case import Case, H, P, SourceFile, T

LOG = T(
    ["Date", "Mentee", "Length", "Notes"],
    ["09/09", "H", "1 hr",
     """First meeting and contract. Talked through what mentoring is here, confidentiality and the
     three-way agreement with the searchroom manager. H nervous about handling fragile
     material in front of the public. Agreed fortnightly Tuesdays."""],
    ["10/09", "M", "1 hr",
     """First meeting and contract. M very keen, wants to move towards cataloguing and possibly
     the archives MA. Agreement signed. Agreed fortnightly Wednesdays, searchroom office."""],
    ["23/09", "H", "1 hr 30",
     """Skills self-assessment against the record office competency framework. Lowest scores:
     conservation handling, answering enquiries by e-mail. Goal 1 set. Action: shadow the
     conservator for a morning."""],
    ["24/09", "M", "1 hr 30",
     """Skills self-assessment. Goals: catalogue one small deposit to ISAD(G) standard by
     December; find out about the MA. Action: read the cataloguing manual, sections 1-3."""],
    ["07/10", "H", "1 hr 30",
     """Debrief of the conservation morning. H went through what she saw step by step; good
     detail. Role-played a difficult searchroom visitor who wanted to photograph a
     restricted item. Action: draft two template e-mail replies."""],
    ["08/10", "M", "0",
     """DNA. M forgot - we had moved from the office to the reading room and the calendar
     invite still said office. Rebooked for 15/10. My fault partly, changed how I send
     invites after this."""],
    ["15/10", "M", "1 hr 30",
     """Rebooked session. Went through the first box of the parish deposit together; talked
     about arrangement vs original order. M asked good questions about provenance.
     Action: draft series-level descriptions."""],
    ["21/10", "H", "1 hr 45",
     """Reviewed template e-mails, which were good but long. Feedback given (see 2.3 and 3.3).
     H raised a worry about her contract renewal; I explained what I could and could not do
     as her mentor and pointed her to HR."""],
    ["04/11", "H", "1 hr 30",
     """Progress check on goal 1. H has handled two fragile volumes in the searchroom on her
     own. Used the GROW sheet for goal 2 (e-mail enquiries). Action: answer five enquiries
     and bring copies."""],
    ["05/11", "M", "1 hr 30",
     """Series descriptions reviewed. Too much detail at the wrong level, which is normal.
     Showed examples from the National Archives' catalogue. Action: redo and cut by half."""],
    ["18/11", "H", "1 hr 15",
     """Went through the five enquiry replies. Three fine, two too defensive. Talked about
     tone and about not apologising for closure periods. H noticeably more confident
     today."""],
    ["19/11", "M", "2 hr",
     """Longer session at M's request. Finished the series level and started file level.
     Also talked about the MA, funding and whether to go part-time. Action: speak to the
     county archivist about study leave policy."""],
    ["02/12", "H", "1 hr 30",
     """Goal review. Goal 1 met (handling signed off by conservator). Goal 2 nearly there.
     Asked H what she wants next; she said leading a school group visit."""],
    ["03/12", "M", "1 hr 30",
     """File-level catalogue checked. Two dating errors, otherwise good enough to go on the
     online catalogue. M has applied for the MA starting September."""],
    ["16/12", "H", "1 hr",
     """Final review for this period. Feedback form completed. Agreed to keep meeting
     monthly next year, informally."""],
    ["17/12", "M", "1 hr",
     """Final review for this period. Feedback form completed. Catalogue published online
     on the 16th."""],
    ["13/01", "H + M", "(1 hr planned)",
     """Joint follow-up, planned. Idea is for both to present what they learned to the
     searchroom team. Not yet happened at the time of submitting."""],
)

BLOCKS = [
    H(0, "Unit 304: Undertaking an Extended Period of Mentoring within an Organisational Context"),
    P("Adebola Okonkwo-Hart, Senior Archivist - County Record Office"),

    H(1, "1.1 Plan for 12 hours of mentoring"),
    P("""Two archive assistants started in late August, both on one-year contracts, and the county
      archivist asked me to mentor them through their first term. I planned fortnightly
      sessions for each of them from September to mid December, eight each of roughly an hour
      and a half, which would give about twenty-four hours in total, so there was room to
      lose a few and still be well past the twelve hours required. Sessions were put in the
      shared calendar on Tuesdays (H) and Wednesdays (M) after the searchroom closes at four,
      so neither had to leave the public desk. I call them H and M here, which they chose."""),

    H(1, "1.2 Topics and goals"),
    P("""H's topics were handling fragile material in front of the public and answering written
      enquiries; her goals were to be signed off by the conservator for searchroom handling by
      the end of November, and to answer e-mail enquiries without her replies being checked by
      Christmas. M's topics were cataloguing and his career; his goals were to catalogue one
      small deposit to international standard by December and to decide about the MA. Both
      goals were agreed in the second meeting, after the self-assessment, not imposed."""),

    H(1, "1.3 Contract"),
    P("""Each of us signed a written agreement at the first meeting, and the searchroom manager,
      who is their line manager, signed it as the third party. It says meetings are
      confidential except for safeguarding of vulnerable visitors or a risk to the collections,
      which in a record office includes theft, and that I will tell them before I pass
      anything on. It also says I am not involved in their contract renewal decisions."""),

    H(1, "2.1 Diagnostic or assessment tools"),
    P("""I used the record office's competency framework as a self-assessment tool: each mentee
      rated themselves 1 to 4 against eighteen competencies and then we compared that with
      their line manager's view. The interesting part was where they disagreed; M rated
      himself low on public service, his line manager rated him high, and that conversation
      changed how he saw himself."""),

    H(1, "2.2 Recognised model"),
    P("""I used Clutterbuck's developmental mentoring approach as the overall frame, because
      both mentees are at the start of their careers and the point is for them to grow rather
      than to be sponsored. Within sessions I used GROW sheets for specific goals. With H the
      GROW sheet for e-mail enquiries turned a vague worry into five practice replies."""),

    H(1, "2.3 Skills and ethics"),
    P("""The ethical moment was H's worry about her contract renewal on 21 October. I could have
      reassured her, and I wanted to, but I do not make that decision and it would have been
      a promise I could not keep. I said so plainly and pointed her to HR. For questioning, I
      used the log to check that I was asking before telling; for listening, I tried to
      reflect back what I heard before adding anything of my own."""),

    H(1, "2.4 Auditable record"),
    P("""The record runs from the contact sheet (names, preferred contact, availability) through
      the signed agreements, the log below, the GROW sheets and the feedback forms. On the
      contact sheet M gave his mobile as 07700 900632 and his preferred contact as text,
      which is how I rebooked the session he missed. The log gives every meeting from
      first contact to the final reviews in December, 21 hours in all."""),
    LOG,

    H(1, "3.1 Reflection and key learning"),
    P("""After each meeting I wrote three lines in my CPD journal using Kolb's cycle in a very
      light form. The key learning over the term: the missed session on 8 October was partly
      mine, so I now send calendar invites with the room in the title; H's confidence grew
      faster when I let her lead the debrief; and with M I have to watch that my enthusiasm for
      cataloguing does not take over his sessions."""),

    H(1, "3.2 Feedback after each session"),
    P("""At the end of every meeting I asked two questions: what was most useful today, and what
      should we do differently next time. I wrote the answers at the bottom of the note. M
      said on 19 November that the longer session worked better than two short ones, so we
      kept that in mind for December. Both completed a written feedback form at the final
      review; H wrote that she liked being asked rather than told."""),

    H(1, "3.3 Communication skills"),
    P("""Giving feedback is my weak spot. On 21 October I told H her e-mails were "good but a bit
      long" and she heard only the second half. Next time I asked her to read one aloud and say
      where she would cut, and she cut more than I would have. My questioning improved once I
      started noting in the log who set each action."""),

    H(1, "3.4 Supervision"),
    P("""I had two supervision sessions with my tutor. The first, on 14 October, lasted an hour
      and a half at the training centre. We looked at the DNA and at my habit of planning the
      whole session in advance; she challenged me to go into the next meeting with only one
      question written down. The second, on 25 November, was an hour on Teams, mostly about
      H's contract worry and whether I had handled it well. Her view was that I had, but that
      I should have written the boundary more clearly in the contract, which I have since
      done. A third session is booked for January. The outcome for my practice is that I now
      plan less and listen more."""),

    P("Declaration: I confirm this portfolio is my own work. A. Okonkwo-Hart, 20 December"),
]

CASE = Case(
    name="u_8587_304_record_office_pdf",
    unit="8587-304",
    kind="portfolio",
    files=[SourceFile("Okonkwo-Hart 304 portfolio.pdf", BLOCKS)],
    labels={
        "1.1": "so there was room to lose a few and still be well past",
        "1.2": "to catalogue one small deposit to international standard",
        "1.3": "which in a record office includes theft",
        "2.1": "M rated himself low on public service",
        "2.2": "the point is for them to grow rather than to be sponsored",
        "2.3": "it would have been a promise I could not keep",
        "2.4": "The record runs from the contact sheet",
        "3.1": "I now send calendar invites with the room in the title",
        "3.2": "she liked being asked rather than told",
        "3.3": "she heard only the second half",
        "3.4": "go into the next meeting with only one question written down",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": ["07700 900632"],
        # H 60+90+90+105+90+75+90+60 = 660; M 60+90+90+90+120+90+60 = 600; 660+600 = 1260
        # (08/10 DNA and 13/01 planned excluded)
        "minutes": 1260,
        "sessions": 15,
        "individuals": 2,
        "supervision_minutes": 150,  # 14 Oct 90 + 25 Nov 60; January booked only
    },
    about="County record office senior archivist; 304 PDF, log with long notes cells wrapping over several lines, DNA row with 0, planned January joint row, no total; supervision only in prose; a mentee's mobile number on the contact-sheet paragraph.",
)
