"""8587-304 mentoring: a mentoring contract, then each session recorded as a pasted e-mail.

Dr Amira Haddad, a research development manager at a university, mentors two early-career
researchers (ECR1 and ECR2). Her evidence is the signed contract (six one-hour sessions
each, fortnightly: a plan, not a record) and the follow-up e-mails she sent after each
session, pasted in with their From/To/Sent/Subject lines. The length is somewhere in the
body ("about 1 hr 15 in the end", "our 90-minute session", "the hour and a half"). Among
them: ECR2 asking to move a session, ECR1's reply quoting Amira's e-mail about the mock
interview, a cancelled session, two e-mails from her supervisor after supervision, and a
last e-mail booking follow-ups for April.

Practice truth: ECR1 75 + 90 + 120 + 105 + 90 = 480; ECR2 60 + 60 + 90 + 90 + 60 = 360;
840 minutes in ten sessions with two mentees. Supervision 60 + 90 = 150 minutes in two.
"""

from .case import Case, H, P, SourceFile, T


def email(sender: str, to: str, sent: str, subject: str, *body: str) -> list:
    return [P(f"From: {sender}"), P(f"To: {to}"), P(f"Sent: {sent}"), P(f"Subject: {subject}")] + [P(b) for b in body]


ME = "Amira Haddad"

BLOCKS = [
    H(0, "Unit 304 Extended Mentoring - Evidence"),
    P("Learner: Amira Haddad, Research Development Manager"),
    P("Declaration: this portfolio is my own work. Mentees are anonymised as ECR1 and ECR2."),
    H(1, "Mentoring contract"),
    T(
        ["Mentor", "Amira Haddad"],
        ["Mentees", "ECR1, ECR2"],
        ["Sessions", "Six sessions each, one hour, fortnightly, January to March (12 hours in total)"],
        ["Confidentiality", "Nothing discussed is shared with line managers or the fellowship panel"],
        ["Cancellations", "Either party may rearrange with 24 hours' notice"],
        ["Records", "The mentor sends a short e-mail after each session summarising actions"],
        ["Signed", "A Haddad, ECR1, ECR2 - 10/01/2025"],
    ),
    H(1, "Session records (the follow-up e-mails)"),
    P("""I have pasted the e-mails below in date order, with addresses removed."""),
]
BLOCKS += email(ME, "ECR1", "Monday, 13 January 2025 17:05", "Thank you - first session",
                """Thanks for this afternoon's session - we went a bit past the hour (about 1 hr 15 in
                the end) but I think it was worth it. Your goal: a fellowship application ready for
                internal review by 14 March. Contract attached for signing.""")
BLOCKS += email(ME, "ECR2", "Wednesday, 15 January 2025 16:40", "Our contracting meeting",
                """Thanks for our contracting meeting today (1 hour). You wanted to work on responding to
                reviewers without taking it personally; let's start with the comments on your
                last paper.""")
BLOCKS += email("ECR2", ME, "Monday, 27 January 2025 09:12", "Wednesday?",
                """Sorry, can we move Wednesday's session to Friday? Grant deadline.""")
BLOCKS += email(ME, "ECR1", "Tuesday, 28 January 2025 15:30", "Fellowship narrative",
                """Good to see you today for our 90-minute session on your fellowship narrative. Action:
                rewrite the first page as the story of the problem, not of your CV.""")
BLOCKS += email(ME, "ECR2", "Friday, 31 January 2025 13:02", "Reviewers' comments",
                """Thanks for making time today despite the deadline - our hour on the reviewers'
                comments felt productive. Action: sort the comments into 'fix', 'explain' and
                'politely disagree'.""")
BLOCKS += email("My supervisor", ME, "Monday, 3 February 2025 11:20", "Supervision notes",
                """Notes from our supervision this morning (an hour): you are doing a lot of the
                writing for ECR1. Try asking him to draft before each session.""")
BLOCKS += email(ME, "ECR1", "Tuesday, 11 February 2025 17:45", "Thank you - mock interview",
                """Thanks for today - 2 hours was longer than planned, but the mock interview and
                feedback needed it. Action: shorten your answer on impact to two minutes.""")
BLOCKS += email("ECR1", ME, "Wednesday, 12 February 2025 08:15", "RE: Thank you - mock interview",
                """Thanks Amira, really useful. I have timed my impact answer at 2 min 10.""",
                """> On 11 Feb 2025, Amira Haddad wrote: > Thanks for today - 2 hours was longer than
                planned, but the mock interview and feedback needed it.""")
BLOCKS += email(ME, "ECR2", "Thursday, 13 February 2025 16:00", "Today's session",
                """Today's session (1.5 hours) was the first where you led the agenda. Action: send the
                response letter to your co-author before we meet again.""")
BLOCKS += email(ME, "ECR1", "Tuesday, 25 February 2025 10:05", "Today",
                """Sorry to miss you today - hope your little one is better. Let's pick up on the 4th.""")
BLOCKS += email(ME, "ECR2", "Thursday, 27 February 2025 17:10", "Thank you",
                """Thanks for the hour and a half today. The response letter reads as confident, not
                defensive - you did that.""")
BLOCKS += email(ME, "ECR1", "Tuesday, 4 March 2025 16:20", "Internal review draft",
                """Thanks for today's session (1 hr 45). Draft looks ready for internal review once the
                budget page is done.""")
BLOCKS += email("My supervisor", ME, "Wednesday, 12 March 2025 12:00", "Supervision",
                """Supervision today, 1 hr 30: we looked at how you will end both relationships well
                and what you will hand back to the mentees.""")
BLOCKS += email(ME, "ECR2", "Thursday, 13 March 2025 15:45", "Our final session",
                """Our final session today, one hour. Thank you for being so open. Your three actions
                are in the attached summary.""")
BLOCKS += email(ME, "ECR1", "Tuesday, 18 March 2025 16:50", "Our last session",
                """Our last session today (1 hour 30 min). Good luck with the internal review.""")
BLOCKS += email(ME, "ECR1; ECR2", "Wednesday, 19 March 2025 09:00", "Follow-up in April",
                """I've booked a follow-up for each of you on 16 April (1 hour each) to hear how the
                applications went.""")
BLOCKS += [
    H(1, "Reflection"),
    P("""Writing an e-mail after every session kept me honest about actions, and my supervisor's
      point about drafting for ECR1 changed how I ran the second half of the programme."""),
]

CASE = Case(
    name="pw_304_contract_emails",
    unit="8587-304",
    kind="portfolio",
    files=[SourceFile("haddad-304-evidence.docx", BLOCKS)],
    labels={},  # a practice log only: its figures are measured, not the evidence finder
    expected_checks={
        "declaration": True,
        "evidence_matrix": False,
        "identifying": [],
        # ECR1 75+90+120+105+90 = 480; ECR2 60+60+90+90+60 = 360; 480+360 = 840. Not counted: the
        # contract's planned hours, the move request, the quoted reply, 25 Feb (missed), April follow-ups
        "minutes": 840,
        "sessions": 10,  # 5 with ECR1 + 5 with ECR2
        "individuals": 2,  # ECR1 and ECR2
        "supervision_minutes": 150,  # supervisor e-mails: an hour (3 Feb) + 1 hr 30 (12 Mar)
    },
    about="University research manager; a contract of planned hours, then sessions as pasted e-mails with lengths in the body.",
)
