"""D2.02 mentoring diary in plain text: a sixth-former volunteering at a greyhound rescue, five planted details.

Niamh Doherty, 17, a sixth-form student and weekend kennel volunteer at a greyhound rescue
in Essex, keeps her mentoring diary for the ILM Level 2 Award in Mentoring for Young
Learners. She mentors a younger volunteer (14, doing her Duke of Edinburgh's Award
volunteering section). She typed it in Notepad following the brief's Sections 1-3, six
session entries each with a supervision note, and her review. The mentee is "my mentee"
almost everywhere, except:

Planted (5): the mentee's full name, Punjabi, in the diary's header line ("Simran Gill");
her first name alone in the Section 3 review ("Simran"); her nickname in a session entry
("Sim"); her mum, by a first name that is also a word, in the barriers note of session 2
("Rose"; the lower-case "rose" of "her confidence rose" also appears); and the mentee's
personal e-mail in a pasted message ("simzgill08@hotmail.co.uk").

Clean but tricky: the learner's own name in the header and declaration; her supervisor in
the header's Supervisor field and by first name in each supervision note ("Jo Whitlock",
"Jo"); greyhounds with people's names and titles (Mr Darcy, a fictional character's name
with a title; Dolly; Reggie; Droopys Hunter, a racing name; Bramble); Romford Stadium, Harlow,
Epping Forest, Hainault; the Greyhound Trust, Dogs Trust, RSPCA, Pets at Home, the Duke of
Edinburgh's Award; the GROW model (Whitmore); the rescue's general inbox (info@).

D2.02 has no evidence matrix (None). The brief's declaration "By submitting I confirm that
this assessment is my own work" is typed with her name (True). No practice figures are
given (six sessions of 30 minutes, each followed by 30 minutes of supervision, are
described).
"""

from .case import Case, P, SourceFile

BLOCKS = [
    P("ILM Award in Mentoring for Young Learners - MENTORING DIARY: D2.02"),
    P("Centre: Harlow College 6th Form (centre no. 4471) | Candidate: Niamh Doherty | Reg no. 61255093"),
    P("Where: greyhound rescue kennels near Epping Forest | Mentee: Simran Gill (14, Year 10) | Supervisor: Jo Whitlock (Volunteer Coordinator)"),

    P("SECTION 1 - IDENTIFY AND AGREE OVERALL OUTCOMES"),
    P("""I met my mentee on Saturday 1st February in the kennel kitchen. She started volunteering
      in January for her Duke of Edinburgh's Award and she is really nervous around the bigger
      dogs and doesn't like asking the adult volunteers things. We talked about what she wanted
      to get out of it and agreed three outcomes:"""),
    P("""1. To walk one of the calmer greyhounds on her own on the field loop by the end of
      March (at the moment she only walks with an adult)."""),
    P("2. To ask an adult volunteer for help herself instead of getting me to ask for her."),
    P("""3. To do the Saturday feed round for one kennel block on her own, including writing
      it up on the feeding board."""),
    P("""Before the first session I talked these through with Jo on the phone. She said number 1
      was fine as long as it was a dog the staff had cleared for junior walkers (not any of the
      ex-racers who are still muzzled) and that number 2 was the most important one."""),

    P("SECTION 2 - SUPERVISED MENTORING (6 sessions)"),

    P("Session 1 - Sat 8 Feb, 30 mins, kennel kitchen"),
    P("""Issues: what she is scared of. She said it's when the dogs jump up and their size. We used
      GROW (Goal, Reality, Options, Will) which we learnt at college (it's from Whitmore). Her goal is the solo walk.
      Reality: she has walked Dolly and Reggie with an adult. Options: start with Mr Darcy who is
      13 and the calmest dog here. Outcome: she picked Mr Darcy. Action: she will groom him for
      10 minutes every Saturday so he knows her."""),
    P("""Supervision with Jo after (30 mins): Jo said I asked good questions but I answered one of
      them myself. Next time wait longer."""),

    P("Session 2 - Sat 15 Feb, 30 mins, walking round the field loop"),
    P("""Issues: things that get in the way. She can only come when her mum, Rose, can drive her,
      because the bus from Harlow doesn't go near. She also has mocks coming. We looked at
      options - car share with another volunteer, or coming every other week. Outcome: she
      will ask the Saturday team leader about a lift. Action: ask by next week (that's goal 2
      as well)."""),
    P("Supervision with Jo (30 mins): talked about not taking on her problems for her. Jo said walking and talking was a good idea for a nervous person."),

    P("Session 3 - Sat 22 Feb, 30 mins, kennel kitchen"),
    P("""Issues: she didn't ask about the lift, she said she bottled it. I didn't tell her off, I
      asked what made it hard. She said the team leader always looks busy. We practised what
      she could say. Sim laughed at herself when she got the words muddled and then did it
      properly. Outcome: she asked him at the end of the session - and got a lift for the next
      two weeks! Action: groom Mr Darcy and walk him with an adult twice."""),
    P("Supervision with Jo (30 mins): I felt really proud of her. Jo asked what I did that helped - I think it was practising and not rushing her."),

    P("Session 4 - Sat 1 Mar, 30 mins, the yard by the exercise paddock"),
    P("""Issues: the feed round. She was worried about getting the amounts wrong because some dogs
      are on special diets (Droopys Hunter is on a kidney diet and Bramble has allergies). Options:
      a checklist, or photo of the board. She made her own checklist. Outcome: she did Block B
      with me watching and got it all right. Action: do it on her own next week."""),
    P("Supervision with Jo (30 mins): Jo said I gave good feedback because I said exactly what she did well. My thing to work on is summarising at the end."),

    P("Session 5 - Sat 8 Mar, 30 mins, kennel kitchen"),
    P("""Issues: she did the feed round on her own and the board was right. She also messaged me
      in the week about the walk, I've pasted it here:"""),
    P("""From: simzgill08@hotmail.co.uk - "hiya niamh!! can i do the solo walk with mr darcy this
      sat?? jo said ask u. xx" """),
    P("""We talked about what could go wrong on a solo walk and what she would do (other dogs, him
      getting tired, the gate). Outcome: she made her own plan. Action: solo walk next week
      with the team leader watching from the gate. I summarised at the end this time."""),
    P("Supervision with Jo (30 mins): we checked the plan was safe with the kennel manager's rules. Jo said my summary was good."),

    P("Session 6 - Sat 15 Mar, 30 mins, field loop and kitchen"),
    P("""Issues: the solo walk! She walked Mr Darcy on the whole loop on her own. She said she was
      shaking at the start but he just plodded along. We went back through all three outcomes -
      all done. We talked about what she wants next: she wants to help at the Pets at Home
      adoption day at Romford Stadium in April. Outcome: mentoring finished. Action: she will ask Jo
      herself about the adoption day."""),
    P("Supervision with Jo (30 mins): end review. Jo said I should be proud and she'd write my witness statement."),

    P("SECTION 3 - REVIEW OF MY OWN PROGRESS"),
    P("""What worked well: walking and talking, because she talked more when we weren't sitting
      face to face. Practising what to say before asking an adult. Using GROW because it kept me
      on track. Letting her pick which dog (Mr Darcy) instead of me picking."""),
    P("""What I learned about myself: I want to fix things for people. When Simran said she
      couldn't get a lift my first idea was to ask my own dad, and that would have been me doing
      it for her. I also learned I am more patient than I thought, and that I can stay calm
      when someone else is nervous. Week by week her confidence rose and so did mine."""),
    P("""What I would do differently: write my notes straight after the session, not on Sunday
      night. Summarise at the end of every session, not just the last two. Ask more open
      questions at the start - in session 1 I asked a lot of yes/no ones."""),
    P("""Skills I still need to develop: waiting after I ask a question (silence is hard!),
      summarising, and giving feedback when something hasn't gone well, because all my
      feedback this time was good news. I'd like to mentor another new junior volunteer in the
      summer and maybe do the Greyhound Trust's volunteer leader course when I'm 18. The RSPCA
      and Dogs Trust centres near Hainault also have junior volunteers who might want a
      mentor."""),
    P("Records: my diary and the supervision notes are kept in a folder in the volunteer office, and I will shred my rough notes. Any questions go to the rescue's info@ inbox."),

    P("By submitting I confirm that this assessment is my own work"),
    P("Niamh Doherty, 22/03/2025"),
]

CASE = Case(
    name="r22b_d202_greyhound_rescue_txt",
    unit="D2.02",
    kind="legacy-questions",
    files=[SourceFile("Niamh Doherty D202 mentoring diary.txt", BLOCKS)],
    labels={},
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        # Not: Niamh Doherty (learner), Jo Whitlock / Jo (supervisor in the Supervisor field),
        # the greyhounds (Mr Darcy, Dolly, Reggie, Droopys Hunter, Bramble), places,
        # organisations, info@, lower-case "rose" and "niamh"/"jo" inside the pasted message.
        "identifying": ["Simran Gill", "Simran", "Sim", "Rose", "simzgill08@hotmail.co.uk"],
    },
    about="Greyhound rescue sixth-former's D2.02 plain-text diary, planted: Punjabi mentee's full name in the header, first name in the review, nickname 'Sim', mum 'Rose' beside 'her confidence rose', personal hotmail in a pasted message; dogs 'Mr Darcy'/'Droopys Hunter', supervisor field, info@ clean.",
)
