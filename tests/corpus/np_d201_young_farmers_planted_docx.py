"""D2.01 knowledge assignment: a Young Farmers' Club member mentoring a new 14-year-old member, DOCX, planted.

Ellen Capstick (learner no. D2-51186), 18, works on her family's hill farm near Kendal and
mentors a new member of her Young Farmers' Club. She pastes each of the twenty questions
as a heading under the three section titles and answers underneath, in chatty sentences
with the odd slip of spelling. Her mentee is mostly "my mentee".

Planted (3): her mentee's first name alone in the answer about showing she has listened
("Reuben"); another club member as initial and surname in the answer about not getting on
("K. Fell"); the mentee's family's farm landline with its Kendal area code ("01539 623418").

Clean but tricky: her own name and number and the assessor the cover asks for ("Assessor:
Mr R. Airey"); Kendal, Shap, Sedbergh, Kirkby Stephen and Appleby Horse Fair; Kendal
Mintcake; John Deere and Massey Ferguson tractors; Herdwick and Jacob sheep; the Westmorland
County Show; NFYFC and the Cumbria federation; the Farmers Guardian and "Clarkson's Farm";
Egan's SOLER; the club's Chair and Club Leader by role; days and months.
"""

from .case import Case, H, P, SourceFile, T

ANSWERS = [
    H(0, "D2.01 Knowledge Assignment – Developing effective listening and questioning skills"),
    T(
        ["Learner name", "Ellen Capstick"],
        ["Learner number", "D2-51186"],
        ["Centre", "Cumbria Rural Skills Centre"],
        ["Assessor", "Mr R. Airey"],
    ),
    P("""About me: I'm 18 and work on our family hill farm above Kendal. I've been in Young
      Farmers since I was 11 and this year I was asked to mentor one of the new members, a
      lad of 14 who joined in September and didn't know anyone. I've answered the questions
      about him and about our club."""),

    H(1, "Section 1 – The effective mentors role, responsibilities, characteristics and behaviours"),
    H(2, "1. Briefly describe what mentoring is about"),
    P("""Mentoring is about someone older or more experienced helping a younger person find their
      feet and get better at things, by being there for them and helping them think it through
      for themselves. It isn't the same as teaching them stock judging."""),
    H(2, "2. Briefly describe the role of a mentor"),
    P("""The mentor is like a go-between and a friendly face. My role is to meet my mentee at club
      nights on a Thursday, check how he is getting on, help him set things he wants to do
      this year and make sure he knows who to go to if something is wrong. I also have to
      pass on anything serious to our Club Leader."""),
    H(2, "3. What are the main characteristics of an effective mentor?"),
    P("""Approachable, patient, honest, reliable and a good listener. You have to be someone who
      remembers what they told you last time and doesn't make them feel daft for asking."""),
    H(2, "4. Give three examples of appropriate behaviour for a mentor"),
    P("""1) Turning up when you said you would, even in lambing time. 2) Keeping what they tell
      you private unless it's something that could hurt them. 3) Encouraging them to have a
      go, like entering the junior stock judging at the Westmorland County Show even if they
      think they'll come last. A good mentor sets an example for the younger ones."""),
    H(2, "5. Give three examples of inappropriate behaviour for a mentor"),
    P("""1) Taking the mick out of them in front of the older members, which happens a lot at
      our club. 2) Making promises you can't keep, like saying you'll get them a drive of the
      John Deere when you know you can't. 3) Gossiping about what they told you at the bar at
      the Christmas do."""),
    H(2, "6. Briefly describe why it is important to respect mentees"),
    P("""If they don't feel respected they'll stop coming, simple as that. Respect means taking
      them seriously even if they're only 14, so they trust you with the stuff that matters."""),

    H(1, "Section 2 – The importance of agreeing learning outcomes and recognising and overcoming barriers"),
    H(2, "7. Explain the importance of agreeing appropriate learning outcomes"),
    P("""If you agree what you're aiming for at the start then both of you know why you're
      meeting, otherwise it just turns into a chat about tractors. Agreeing them together
      means the mentee actually wants them, not just what I or his parents want. They have to
      be appropriate to his age and what he can actually do, because if they're too hard he
      gives up and if they're too easy there's no point. Having them written down also means
      we can look back at Christmas and see if he's getting anywhere, and change them if
      something has come up."""),
    H(2, "8. Give three examples of appropriate learning outcomes"),
    P("""1) Enter one competition at the county rally in May (he picked the Herdwick and Jacob
      sheep dressing class). 2) Speak up at least once at a club meeting by Easter, even just
      to suggest an idea for a social. 3) Go on the federation trip to the NFYFC conference
      with people he didn't know before September."""),
    H(2, "9. Give two examples of personal things that can get in the way of being mentored"),
    P("""Being shy or not confident, so they won't say what they think. Things at home or at
      school, for example if they're being picked on at school they won't want to talk about
      competitions."""),
    H(2, "10. Give two examples of practical things that can get in the way of being mentored"),
    P("""Transport is the big one round here, because club nights are in Kendal and lots of
      members live out past Shap or Sedbergh and rely on a lift. Also lambing and silage time,
      when nobody on a farm has a spare minute, and bad mobile signal so you can't even text
      to rearrange."""),
    H(2, "11. Give two examples of how to handle practical things that get in the way of the mentee being mentored"),
    P("""For lifts, I asked the Chair to sort out a lift rota so he can get in from Kirkby
      Stephen way on a Thursday. For signal, his mum gave me the farm landline, 01539 623418,
      so I can ring the house if a meeting has to move. We also agreed not to plan anything
      in April when they're lambing."""),
    H(2, "12. What do you do if a mentee wants help with personal problems?"),
    P("""Listen to them first and don't judge. But I'm not a counsellor, so if it's something big
      like home problems, bullying or their mental health, I would tell them I have to pass it
      on to the Club Leader, who has done the safeguarding training, and help them get proper
      help. I wouldn't promise to keep a secret I can't keep."""),
    H(2, "13. Briefly explain what you will do if you cannot get on with your mentee"),
    P("""First try to talk about it honestly with them, as it might just be a misunderstanding.
      If it still doesn't work I'd talk to the Club Leader and ask if they can be matched with
      someone else, like last year when K. Fell and her mentee were swapped round and it was
      fine. It's not anyones fault, it's about what's best for the mentee."""),

    H(1, "Section 3 – The importance of effective listening and questioning skills"),
    H(2, "14. What is effective listening?"),
    P("""Effective listening is giving someone all your attention and trying to understand what
      they mean, not just the words they say, and showing them you have understood."""),
    H(2, "15. Why is effective listening important?"),
    P("""Because if you're only half listening you miss the real problem, and the person can tell
      you're not bothered, so they stop telling you things. It also helps you ask the right
      next question."""),
    H(2, "16. Give two examples of how you show that your have listened"),
    P("""1) Body language. We learned Egan's SOLER on the course: sit facing them, open posture,
      lean in a bit, eye contact, relaxed. I put my phone away even if the Farmers Guardian
      app is pinging. 2) Repeating back in my own words what they said. When Reuben told me he
      didn't want to do the public speaking because his voice goes squeaky, I said "so it's
      not that you don't want to speak, it's that you're worried how you'll sound?" and he
      said yes, and then we could do something about it."""),
    H(2, "17. Describe the two main types of questions which help understanding"),
    P("""Open questions, which can't be answered with just yes or no and get the person talking
      and explaining. Closed questions, which have a short answer and are good for checking
      facts or making sure you've got something right."""),
    H(2, "18. Give two examples of each type of question"),
    P("""Open: "What did you enjoy most about the rally?" and "How do you feel about going on
      the trip?" Closed: "Have you got a lift on Thursday?" and "Did you enter the sheep
      dressing?" """),
    H(2, "19. Briefly describe how to give feedback"),
    P("""Do it soon after, in private, and be specific. Start with what went well, then one thing
      to work on, and say how they could do it next time. Talk about what they did, not
      about them as a person. For example after his first go at stock judging I said he'd
      picked the right winner but needed to give more reasons."""),
    H(2, "20. Briefly describe how to receive feedback"),
    P("""Listen all the way through without arguing back or making excuses, ask questions if
      you don't understand, say thank you, and then actually think about it and decide what
      to change. When our Club Leader said I talk too much in meetings I was a bit put out but
      she was right."""),

    P("""Other stuff: the club is affiliated to the Cumbria federation and NFYFC. Everyone's
      obsessed with Clarkson's Farm at the moment, and we all took Kendal Mintcake on the
      federation walk up Helvellyn. My mentee wants a Massey Ferguson for his 17th and is
      going to Appleby Horse Fair in June with his grandad."""),
    P("""Declaration – I confirm that this is all my own work. Signed: Ellen Capstick
      Date: 16/03/2025"""),
]

CASE = Case(
    name="np_d201_young_farmers_planted_docx",
    unit="D2.01",
    kind="legacy-questions",
    files=[SourceFile("Ellen Capstick D2.01.docx", ANSWERS)],
    labels={
        "q1": "It isn't the same as teaching them stock judging",
        "q2": "The mentor is like a go-between and a friendly face",
        "q3": "doesn't make them feel daft for asking",
        "q4": "Turning up when you said you would, even in lambing time",
        "q5": "Taking the mick out of them in front of the older members",
        "q6": "they trust you with the stuff that matters",
        "q7": "otherwise it just turns into a chat about tractors",
        "q8": "he picked the Herdwick and Jacob sheep dressing class",
        "q9": "if they're being picked on at school",
        "q10": "live out past Shap or Sedbergh and rely on a lift",
        "q11": "sort out a lift rota so he can get in",
        "q12": "I wouldn't promise to keep a secret I can't keep",
        "q13": "First try to talk about it honestly with them",
        "q14": "what they mean, not just the words they say",
        "q15": "the person can tell you're not bothered",
        "q16": "it's that you're worried how you'll sound?",
        "q17": "can't be answered with just yes or no",
        "q18": "What did you enjoy most about the rally?",
        "q19": "he'd picked the right winner but needed to give more reasons",
        "q20": "without arguing back or making excuses",
        "section-1": "A good mentor sets an example for the younger ones",
        "section-2": "look back at Christmas and see if he's getting anywhere",
        "section-3": "It also helps you ask the right next question",
    },
    expected_checks={
        "declaration": True,
        "evidence_matrix": None,
        "identifying": ["Reuben", "K. Fell", "01539 623418"],
    },
    about="Young Farmers' Club member's D2.01 answers under pasted question headings, DOCX, planted: mentee's first name in the listening example, another member as 'K. Fell', the family farm landline with Kendal code; look-alikes Kendal/Shap/Sedbergh/Appleby, Kendal Mintcake, John Deere/Massey Ferguson, Herdwick and Jacob sheep, Clarkson's Farm, Egan's SOLER, assessor 'Mr R. Airey' on the cover.",
)
