"""8587-304 mentoring diary as a PDF from a florist's with two shops: one table per month with a Planned column, a "What happened" column, a Time column ("9.30-10.15am", "40 mins", "1 hr 20", "1hr", "2-3.15pm", "90 mins", "1.25 hrs", "10:00-11:30", "1 h 10 m", "50 mins", "1hr45", "45 mins") and an "Added later" column of pen notes that change two lengths (a market walk she counts as 45 of its 90 minutes, a session that ran on to 1hr30), monthly subtotal rows (February's built on the unchanged figures) and a grand total, a Valentine's cancellation rearranged, a DNA, an observed session with the tutor's feedback, a joint Mother's Day debrief, the final review again as its own session record, and a phone session only in prose that she counts. Clean: flower and rose names that look like people's names.

Bryony Hale owns a florist's with shops in Harrogate and Ripon and a wedding studio, and
mentors M1 (new manager of the Ripon shop) and M2 (a junior florist moving into wedding work).
Subtotals: January "5 hrs" right; February "3 hrs 45" uses 90 for the market walk and 60 for
21 Feb, but her pen notes say 45 counted and 1hr30 actual (true 3 h 30); March "6 hrs 15" and
April "1 hr 45" right; GRAND TOTAL "16 hrs 45 mins". Prose only: a 25-minute phone session
on 1 April, counted. Supervision: 16 Jan "1hr", 13 Mar "1.5 hrs", the tutor's 20 minutes after
the observed session; a tutorial cancelled by the tutor; a florists' WhatsApp group "is not
supervision".

Practice truth: Jan 300 + Feb 210 + Mar 375 + Apr 105 + phone 25 = 1015 minutes in 16 sessions
with two mentees; supervision 60 + 90 + 20 = 170.
"""

from .case import B, Case, H, P, SourceFile, T

HEAD = ["Date", "Who", "Planned", "What happened", "Time", "Added later"]

BLOCKS = [
    H(0, "8587-304 Undertaking an Extended Period of Mentoring - Mentoring Diary"),
    P("""Bryony Hale, owner. Two florist's shops (Harrogate and Ripon) and a wedding and events studio
      behind the Harrogate shop. Nine staff. ILM Level 3 Certificate in Effective Coaching and
      Mentoring."""),
    H(1, "My mentees"),
    P("""M1 was promoted to manager of the Ripon shop in December. She has never managed people or
      ordered for a whole shop. M2 has been a florist with us for two years and wants to take on
      weddings from first consultation to the day itself. They are M1 and M2 in everything I
      hand in."""),
    H(1, "Plan"),
    P("""Twelve hours between them, January to mid April, mostly an hour a fortnight each, in the
      Harrogate workroom before opening or after close. No sessions in the week of Valentine's
      Day or the week before Mother's Day - nobody can be spared. One joint session after
      Mother's Day to debrief both shops together. Contracts with each of them and their line
      manager (the Operations Manager for M1, the Head Florist for M2): confidential unless
      someone is at risk, managers hear dates and goals only, 24 hours to cancel, my notes kept
      in a locked drawer and shredded when we finish."""),
    P("""I kept the diary by month. The last column is things I added in pen afterwards when I
      checked it against my phone."""),
    H(1, "Diary"),
    H(2, "January"),
    T(
        HEAD,
        ["8 Jan", "M1", "First meeting, 45 mins",
         "Ripon shop before opening. What she wants from the job, what worries her (ordering, the Saturday girl).",
         "9.30-10.15am", ""],
        ["10 Jan", "M2", "First meeting, 45 mins",
         "Workroom. She wants to do weddings on her own by the summer. Talked about what mentoring is.",
         "40 mins", ""],
        ["15 Jan", "M1", "Contract, 1 hr",
         "Three-way with M1 and the Ops Manager. Confidentiality, 12 hours, what the Ops Manager hears. Goals: weekly order within 5% of budget; run the shop for a fortnight with no calls to me.",
         "1 hr 20", ""],
        ["17 Jan", "M2", "Contract, 1 hr",
         "With M2 and the Head Florist. Goals: lead two consultations; plan and deliver one wedding start to finish.",
         "1hr", ""],
        ["29 Jan", "M1", "1 hr", "SWOT of her first month as manager. Weakness she wrote first: saying no to regulars.",
         "2-3.15pm", ""],
        ["", "January", "", "", "5 hrs", ""],
    ),
    H(2, "February"),
    T(
        HEAD,
        ["5 Feb", "M2", "Market walk, 1 hr",
         "Wholesale flower market at 5am. Walked the stands and talked about how she'd cost a bridal bouquet.",
         "90 mins", "half of it was buying for the shop - counted 45"],
        ["12 Feb", "M1", "1 hr", "Cancelled - Valentine's week, nobody could leave the shop. Moved to the 19th.", "-", ""],
        ["19 Feb", "M1", "1 hr", "Valentine's post-mortem and the staff rota. She ordered 20% too many red roses.",
         "1.25 hrs", ""],
        ["21 Feb", "M2", "1 hr", "Role-played a wedding consultation, me as the bride.",
         "1 hr", "ran on to 1hr30 - a real bride rang half way and M2 took it, we went through it after"],
        ["26 Feb", "M2", "1 hr", "DNA - stuck on the A61 after a delivery, no signal.", "-", ""],
        ["", "February", "", "", "3 hrs 45", ""],
    ),
    H(2, "March"),
    T(
        HEAD,
        ["4 Mar", "M1", "1 hr, tutor observing",
         "Observed by my tutor. Mother's Day staffing and ordering plan. Tutor's feedback to me after, 20 mins.",
         "1hr", ""],
        ["6 Mar", "M2", "1 hr", "Learning styles questionnaire - she's an activist, which explains a lot.",
         "10:00-11:30", ""],
        ["18 Mar", "M1", "1 hr", "Her order for Mother's Day - she did it, I asked questions.", "1 h 10 m", ""],
        ["20 Mar", "M2", "1 hr", "Her first real consultation (the Juliet roses bride). What went well.", "50 mins", ""],
        ["27 Mar", "M1 + M2", "Joint, 1.5 hrs", "Mother's Day debrief, both shops together. Both ran their own day.",
         "1hr45", ""],
        ["", "March", "", "", "6 hrs 15", ""],
    ),
    H(2, "April"),
    T(
        HEAD,
        ["8 Apr", "M1", "Final review, 1 hr", "Both goals met. Feedback form. She wants to keep meeting monthly.", "1hr", ""],
        ["10 Apr", "M2", "Final review, 1 hr", "See the session record below.", "45 mins", ""],
        ["", "April", "", "", "1 hr 45", ""],
    ),
    P("GRAND TOTAL: 16 hrs 45 mins"),
    P("""Not in the table: on 1 April M2 rang me from a wedding venue outside Knaresborough because the
      flower arch had come down in the wind an hour before the ceremony. I didn't tell her what to
      do - we used the GROW questions on the phone for 25 minutes and she rebuilt it herself. I
      am counting that as a session; it was the best one we had."""),
    H(2, "Session record - M2 final review"),
    T(
        ["Mentee", "M2"],
        ["Date", "10 April"],
        ["Duration", "45 mins"],
        ["Where", "Harrogate workroom, after close"],
        ["Goals reviewed", "Two consultations led (done). One wedding start to finish (done - the wedding with the Sweet William buttonholes on 5 April)."],
        ["Tools", "Her learning styles result and the scaling question (she put herself at 8 for weddings)."],
        ["Her feedback", "Wants more notice when I cancel; the role-play and the arch phone call helped most."],
        ["Next", "Monthly check-in with the Head Florist, not me."],
    ),
    H(1, "Supervision and tutorials"),
    B("16 January - supervision with my mentoring supervisor (through the local business network), 1hr."),
    B("""24 February - tutorial cancelled by my tutor. She sent written comments on my plan instead."""),
    B("""4 March - my tutor's feedback after watching the session with M1, 20 mins: too many closed
      questions at the start, good summarising."""),
    B("13 March - supervision, 1.5 hrs. How to end with M1 when she wants to carry on."),
    P("""I also talk things through on a WhatsApp group of independent florists. That isn't
      supervision and I haven't counted it."""),
    H(1, "Reflection"),
    P("""Looking at the diary, M1 needed a different kind of mentoring from M2. M1's goals were about
      managing, and the SWOT did more than any advice I gave, because she wrote her own
      weaknesses down. M2 learned by doing - the learning styles questionnaire said so and the
      arch phone call proved it. Clutterbuck's developmental mentoring is closer to what I did
      with M2 than with M1, where I was sometimes just her boss with a notebook. I want to read
      Constance Spry again for the wedding side, but for the mentoring side I need more practice
      at silence."""),
    P("I confirm this diary is my own work. Bryony Hale, 12 April."),
]

CASE = Case(
    name="r20a_304_florist_pdf",
    unit="8587-304",
    kind="structured-pdf",
    files=[SourceFile("B Hale 304 mentoring diary.pdf", BLOCKS)],
    labels={},  # practice log only
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        # Clean: M1 / M2; Bryony Hale is the learner; Juliet roses, Sweet William (flowers);
        # Constance Spry (florist, author), Clutterbuck (theorist); Harrogate, Ripon, Knaresborough;
        # managers by role.
        "identifying": [],
        # January: 8 Jan M1 "9.30-10.15am" 45; 10 Jan M2 "40 mins" 40; 15 Jan M1 "1 hr 20" 80;
        #   17 Jan M2 "1hr" 60; 29 Jan M1 "2-3.15pm" 75
        #   45 + 40 = 85; + 80 = 165; + 60 = 225; + 75 = 300 (5). Her "5 hrs" right.
        # February: 5 Feb M2 "90 mins", pen note "counted 45" -> 45; 12 Feb cancelled 0;
        #   19 Feb M1 "1.25 hrs" 75; 21 Feb M2 "1 hr", pen note "ran on to 1hr30" -> 90; 26 Feb DNA 0
        #   45 + 75 = 120; + 90 = 210 (3). Her "3 hrs 45" = 90 + 75 + 60 = 225.
        # March: 4 Mar M1 "1hr" 60 (observed); 6 Mar M2 "10:00-11:30" 90; 18 Mar M1 "1 h 10 m" 70;
        #   20 Mar M2 "50 mins" 50; 27 Mar M1 + M2 joint "1hr45" 105 (once)
        #   60 + 90 = 150; + 70 = 220; + 50 = 270; + 105 = 375 (5). Her "6 hrs 15" right.
        # April: 8 Apr M1 "1hr" 60; 10 Apr M2 "45 mins" 45 = 105 (2). "1 hr 45" right. The session
        #   record for 10 April is the same session.
        # Table: 300 + 210 = 510; + 375 = 885; + 105 = 990. Her GRAND TOTAL "16 hrs 45 mins" = 1005.
        # Prose only: 1 April phone session "25 minutes", "I am counting that": 990 + 25 = 1015 = 16 h 55.
        "minutes": 1015,
        "sessions": 16,  # 5 + 3 + 5 + 2 + 1
        "individuals": 2,  # M1, M2
        # 16 Jan "1hr" 60; 24 Feb cancelled; 4 Mar tutor feedback "20 mins" 20; 13 Mar "1.5 hrs" 90;
        # WhatsApp group not supervision. 60 + 20 + 90 = 170.
        "supervision_minutes": 170,
    },
    about="Florist owner with two shops; 304 PDF diary by month with pen-note column changing two lengths, a February subtotal built on the old figures, Valentine's cancellation, DNA, observed session with feedback, joint Mother's Day debrief, final review repeated as a session record, phone session only in prose; clean flower names.",
)
