# title: Between shifts: a first visit to Dr Zhao Peng, emergency department
# segment: clinician
# stage: first_visit
# setting: ward
# lang: en
# customer: zhao
# dimensions: preparation, opening, discovery, value, objections, closing
# leaves_to: patience_out

// Norvixa (norvixaban), Trombexa, NAVIGATE-AF and Hengkang Pharma are fictional.
// Every product fact the rep states is on the claims sheet (src/core/world/product.ts) and tagged as a claim.
// Nothing on the sheet covers reversal doses or starting after an acute stroke: both are off-label questions.
// The engine plays Dr Zhao (src/core/world/cast.ts): rapport starts at 55, patience at 45, and every minute
// in the meeting costs him patience. He gives 15 minutes, 10 at the demanding level (# time_granted).
// The bleeds he mentions are on Trombexa, another company's product: the hospital reports those through its
// own ADR system; no Norvixa adverse event is heard of in this visit.

VAR difficulty = 1
VAR rapport = 55
VAR customer_state = "guarded"
VAR prepared = false
VAR mi_logged = false
VAR session_offered = false
VAR booked = false
VAR cold = false

-> prep

=== prep ===
Sunday evening. Dr Chen Jing from cardiology, whom you visited last month, has put you in touch with Dr Zhao Peng, an attending in the emergency department: "He has a lot of questions about patients who bleed on anticoagulants. He's fun. Be careful." # speaker: narrator
Dr Zhao's WeChat reply is one line: "Mon 8am after handover. 15 min. Don't be late, don't wear a tie." # speaker: narrator # time_granted: 15
How do you prepare? # speaker: narrator
* [Read up on the ED, set one objective, and pack the label and the bleeding card #act: preparation.profile_reviewed #act: preparation.objective_set #act: preparation.material_matched #off_clock #minutes: 30]
    ~ prepared = true
    The emergency department sees ninety thousand patients a year. Dr Chen says Dr Zhao sees the anticoagulated patients on their worst night: the bleeds, the falls, the head injuries. # speaker: narrator
    You write: "Objective: understand what he faces when a patient on an anticoagulant bleeds, give him only what the label and the approved data say, and route anything beyond that to Medical Information." Into the folder go the full prescribing information, the approved bleeding management card and a Medical Information request form. # speaker: narrator
* [Look him up on the hospital website, then pack the standard stroke-prevention detail aid, because every doctor should know the headline results #act: preparation.profile_reviewed #act: preparation.material_unmatched #off_clock #minutes: 15]
    You read his profile on the hospital website, then slide the glossy detail aid into your bag. Its first page is about preventing strokes, which is not what emergency doctors spend their nights on. # speaker: narrator
* [He's informal, so skip the homework; a good joke will do more than a folder #act: preparation.material_unmatched #off_clock #minutes: 5]
    You spend the evening on something else. In the morning you grab whatever brochures are in the car. # speaker: narrator
- -> arrival

=== arrival ===
Monday, 08:02. The emergency department on the ground floor. Handover is running late. # speaker: narrator # phase: opening
Through the open door of the resuscitation room you see Dr Zhao at a computer beside bed 2. Behind him a ventilator alarms, and a nurse is hanging a bag of blood. # speaker: narrator
He spots you and waves you in with his pen. # speaker: narrator
{difficulty > 1:
    "Hengkang? Come in, come in. Ten minutes, not fifteen; I'm on call for the ambulance bay. Talk while I type." # speaker: zhao # mood: neutral # time_granted: 10
- else:
    "Hengkang? Come in, come in! Talk while I finish these notes. Saves us both time." # speaker: zhao # mood: pleased
}
* [Step in beside him: he invited you, and it saves him time #act: access.cold_drop_in #violation: clinical_area_intrusion #minutes: 1]
    You step through the door and stand beside him. He starts telling you about the patient in bed 2. # speaker: narrator
    Head Nurse Ma turns round, the bag of blood still in her hand: "A drug rep? In resus? Out. Now. Dr Zhao, you know the rules." # speaker: narrator
    Dr Zhao holds up both hands, no longer smiling. # speaker: narrator
    "My fault, Head Nurse. Sorry, Hengkang. Another day. And not in here." # speaker: zhao # mood: annoyed # end_visit: asked_to_leave # ending: asked_to_leave
    -> END
* [Say you'll wait in the doctors' lounge; there, thank him and say why you came #act: opening.thanks #act: opening.purpose_stated #claim: indication #minutes: 2]
    "I'll wait for you in the doctors' lounge, Dr Zhao. No rush." # speaker: rep
    Ten minutes later he comes into the lounge with a jianbing in a plastic bag. # speaker: narrator
    "Thank you for seeing me straight after a night shift, and thanks to Dr Chen for the introduction. I'm the Hengkang representative for Norvixa, a once-daily anticoagulant for stroke prevention in non-valvular AF. I'd like to understand what you face when patients on anticoagulants come in bleeding, and share what the label says. {difficulty > 1:Ten|Fifteen} minutes at most." # speaker: rep
    "You waited outside. Good call. Head Nurse Ma eats reps for breakfast." # speaker: zhao # mood: pleased
* [Wait in the lounge, then introduce yourself and Hengkang properly, from the beginning, so he knows exactly who he's dealing with #act: opening.long_intro #minutes: 3]
    Ten minutes later he comes into the lounge with a jianbing in a plastic bag. # speaker: narrator
    "Dr Zhao, let me start by introducing myself and Hengkang. I joined three years ago after my pharmacy degree. Hengkang was founded in 1998, we have six thousand employees and fourteen products, and our new research centre in Suzhou..." # speaker: rep
    "I've had four hours' sleep in two days. Skip to the part where I care." # speaker: zhao # mood: annoyed
- -> discovery_open

=== discovery_open ===
He sits down and unwraps the jianbing. # speaker: narrator # phase: discovery
"So. What are you selling? Let me guess: the once-a-day one." # speaker: zhao
* [Ask whether he sees many patients on NOACs #act: discovery.closed_question #minutes: 1]
    "Do you see many patients on NOACs in the ED, Dr Zhao?" # speaker: rep
    "Every night." # speaker: zhao
    He takes a bite and waits. # speaker: narrator # mood: neutral
* [Say you'd like to start with the NAVIGATE-AF results, fourteen thousand patients, before anything else #act: discovery.interrupt #minutes: 1]
    "If I may, I'd like to start with NAVIGATE-AF. Fourteen thousand patients..." # speaker: rep
    "Stroke prevention? I don't prevent strokes. I get the people it went wrong for." # speaker: zhao # mood: sceptical
* [Ask what happens when one of them comes in bleeding #act: discovery.open_question #minutes: 1]
    "Actually, I'd rather hear from you first. When a patient on an anticoagulant comes in bleeding, what happens, and what's the hardest part?" # speaker: rep
    "Nobody's ever asked me that. All right." # speaker: zhao # mood: pleased
- -> discovery_story

=== discovery_story ===
"Last Tuesday, three in the morning. Seventy-nine-year-old man, black stools, blood pressure 85 over 50. The family brings a carrier bag of pills. It takes us twenty minutes to work out he's on Trombexa, and nobody knows when he last took it. No specific reversal agent in our pharmacy. I'm guessing, GI is on their way, and the son is shouting at the nurses." # speaker: zhao
"He lived. But one of these nights it'll be one of yours." # speaker: zhao
* [Tell him that's where Norvixa's bleeding figures should reassure him #act: value.need_linked #links: bleeding_on_anticoagulants #act: value.evidence_cited #claim: trial_bleeding #minutes: 1]
    "That's where Norvixa should reassure you, Dr Zhao: in NAVIGATE-AF, major bleeding was 2.4 per cent a year against 3.0 on warfarin." # speaker: rep
    "Great. So when one of them bleeds anyway, I'll read him that number." # speaker: zhao # mood: sceptical
    He goes back to his jianbing. Whatever he was about to tell you, he keeps. # speaker: narrator
* [Ask whether it's a relief, then, that the man wasn't on Norvixa #act: discovery.closed_question #minutes: 1]
    "So he wasn't on Norvixa, then?" # speaker: rep
    "Relieved, are we? Ha." # speaker: zhao # mood: sceptical
* ["Which drug, which dose, when. What would help you at 3 a.m.?" #act: discovery.active_listening #act: discovery.open_question #minutes: 2]
    "So the hard part isn't only the bleed. It's not knowing which drug, what dose and when it was taken, with no time and an angry family. What would help you most at three in the morning?" # speaker: rep
    "Exactly that. Knowing in two minutes what they're on and what that means for the bleed. And knowing what I can and can't do about it, without ringing four people." # speaker: zhao # mood: pleased # need: bleeding_on_anticoagulants
- -> present_bleeding

=== present_bleeding ===
"Go on then. What have you got that helps me?" # speaker: zhao # phase: presentation
* [Tell him Norvixa patients rarely bleed seriously, so he won't be seeing many of them #act: value.need_linked #links: bleeding_on_anticoagulants #violation: misleading_claim #minutes: 1]
    "Honestly, Dr Zhao, patients on Norvixa very rarely have serious bleeds. You won't see many." # speaker: rep
    "Every rep says that about their drug, and then I see them anyway. Don't sell me 'rarely'." # speaker: zhao # mood: annoyed
* [Run through the product for him: once daily, no food restrictions, no routine monitoring, and no cold chain needed for storage #act: value.feature_dump #claim: dose_standard #claim: storage #minutes: 2]
    "Norvixa is 20 mg once daily, with or without food, with no routine coagulation monitoring, and it's stored below 30 degrees with no cold chain..." # speaker: rep
    "I don't store it, I don't prescribe it and I don't monitor it. I mop up after it." # speaker: zhao # mood: annoyed
* [Give him what the label and the trial say about bleeding #act: value.need_linked #links: bleeding_on_anticoagulants #act: value.evidence_cited #claim: common_adverse_events #claim: contraindications #claim: trial_bleeding #claim: dose_renal #minutes: 2]
    "Here's what the label and the trial say that might matter to you. Bleeding is the most common adverse reaction: nosebleeds, gums, bruising, blood in the urine. It's contraindicated in active clinically significant bleeding. In NAVIGATE-AF, major bleeding was 2.4 per cent a year against 3.0 on warfarin, intracranial haemorrhage 0.4 against 0.8, and GI bleeding similar, 1.2 against 1.1. And the dose is 20 mg, or 10 mg when the clearance is 30 to 49, so the strength on the box tells you which dose they were prescribed." # speaker: rep
    {prepared:
        "The prescribing information is in this folder, with the bleeding page marked." # speaker: rep
    }
    "GI about the same as warfarin. At least you didn't tell me it never happens." # speaker: zhao # mood: neutral
- -> reversal

=== reversal ===
He leans forward and lowers his voice. # speaker: narrator # phase: objections
"Now the real question. There's no antidote for yours, is there? So one of your patients is in front of me, bleeding, pressure 85. Why would I want more people on a drug I can't switch off?" # speaker: zhao # objection: no_reversal_agent
"So tell me how to reverse it. What do I give, and how much? Off the record. Just between us." # speaker: zhao # need: reversal_question
{difficulty > 1:
    "Come on. Nobody's recording this." # speaker: zhao # mood: sceptical
}
* [Tell him what you heard at a conference: prothrombin complex concentrate, fifty units per kilo, works for factor Xa inhibitors #act: objections.evidence_response #violation: off_label #minutes: 2]
    "Between us, at a conference last year the speakers used prothrombin complex concentrate, about fifty units per kilo, for factor Xa inhibitors. It seemed to work." # speaker: rep
    "'Seemed to work'. From a rep, at a conference. I'll write that in the notes, shall I?" # speaker: zhao # mood: sceptical
* [Laugh it off: you're a rep, not a doctor #act: objections.evade #minutes: 1]
    "Ha, I'm just a rep, Dr Zhao. You're the doctor!" # speaker: rep
    "Then what are you for?" # speaker: zhao # mood: annoyed
* [Say it's the right question, give him what the label says, and put the dosing question to Medical Information #act: objections.acknowledge #act: objections.evidence_response #act: objections.defer_and_commit #act: compliance.medical_referral #claim: bleeding_management #minutes: 2]
    ~ mi_logged = true
    "It's exactly the right question, and it deserves a proper answer, not my guess. Here's what the label says: stop Norvixa, give supportive care and treat the source. The half-life is nine to thirteen hours, longer when the kidneys are poor, and no specific reversal agent is approved for it. What to give and how much goes beyond the label, and there's no 'off the record' for me. With your permission I'll log it today with Hengkang's Medical Information; a medical adviser will reply to you directly, in writing." # speaker: rep
    "In writing. Huh. That's actually more use to me than your guess at three in the morning." # speaker: zhao # mood: neutral
* [Reassure him with the trial: against warfarin, intracranial bleeding was halved and major bleeding lower, which is exactly what matters most in his ED #act: objections.evidence_response #act: objections.evade #act: value.need_linked #links: bleeding_on_anticoagulants #act: value.evidence_cited #claim: trial_bleeding #minutes: 2]
    "I understand the worry, Dr Zhao, but look at the trial: against warfarin, intracranial haemorrhage was 0.4 per cent a year against 0.8, and major bleeding 2.4 against 3.0. You'll see fewer of the bleeds that matter most." # speaker: rep
    "I asked what to do when it bleeds, not how often. You're the third rep this month to answer a question I didn't ask." # speaker: zhao # mood: annoyed
- -> acute_stroke

=== acute_stroke ===
{customer_state == "irritated":
    He glances at the clock over the door. # speaker: narrator
}
"Another one, then. Neurology takes hours to come down at night. AF patient, acute ischaemic stroke, CT clear, in my department at ten at night. Can I start him on Norvixa on day one, so he doesn't have another stroke before they see him?" # speaker: zhao
* [Say the neurologists would know better and leave it there #act: objections.evade #minutes: 1]
    "I think the neurologists would know better than me, Dr Zhao." # speaker: rep
    "So that's a no-answer too." # speaker: zhao # mood: sceptical
* [Ask what he's weighing up, say what the label covers, and add it to the Medical Information request #act: objections.explore #act: objections.evidence_response #act: objections.defer_and_commit #act: compliance.medical_referral #claim: indication #minutes: 2]
    ~ mi_logged = true
    "What are you weighing up in that patient: the risk of an early second stroke against bleeding into the new one?" # speaker: rep
    "Exactly that. And the neurologists and cardiologists give me different answers." # speaker: zhao # mood: neutral
    "Then I'd be the wrong person to add a third. The label indication is prevention of stroke and systemic embolism in non-valvular AF with risk factors; when to start after an acute stroke isn't something I can advise on. I'll add it to your Medical Information request, and that decision stays with you and neurology." # speaker: rep
    "Fair enough. Two questions in writing, then." # speaker: zhao # mood: neutral
* [Tell him yes: it's indicated for stroke prevention in AF, so starting it straight away makes sense #act: value.need_linked #links: bleeding_on_anticoagulants #violation: off_label #minutes: 1]
    "Yes, Dr Zhao. It's indicated for stroke prevention in AF, so starting it straight away makes sense." # speaker: rep
    "Really. And if he bleeds into the infarct, I'll tell the family the rep said it made sense." # speaker: zhao # mood: sceptical
- -> benefit_test

=== benefit_test ===
He balls up the jianbing bag and lobs it into the bin. # speaker: narrator
"Tell you what, Hengkang. My team's just done five nights in a row. Take us out on Friday: hotpot, then KTV, your treat, and I'll make them all sit through your talk. And Xiao Liu, one of our nurses, gets married on Saturday. The whole department's giving red envelopes. One from Hengkang would be a nice touch." # speaker: zhao # mood: pleased
{difficulty > 1:
    He's smiling, but he's watching you closely. # speaker: narrator
}
* [Agree to Friday: hotpot and KTV for the team, on your expenses #act: relationship.transactional #violation: improper_benefit #minutes: 1]
    "Friday it is, Dr Zhao. Hotpot and KTV, on Hengkang. Pick the place." # speaker: rep
    "Ha! You said yes." # speaker: zhao # mood: sceptical
    He doesn't say whether he means it. # speaker: narrator
* [Offer a red envelope for the wedding from your own pocket instead, so it doesn't come from the company #act: relationship.transactional #violation: improper_benefit #minutes: 1]
    "I can't do it from the company, but I'll put something in a red envelope for Xiao Liu myself. Just between us." # speaker: rep
    "Your own money, in my department, 'between us'. That's worse, you know." # speaker: zhao # mood: sceptical
* [Say you'll ask your manager whether there's a budget #act: objections.evade #violation: improper_benefit #minutes: 1]
    "Let me check with my manager whether there's a budget for something like that." # speaker: rep
    "Check with your manager. Sure. Friday, then: the team will be pleased." # speaker: zhao # mood: pleased
    You meant it as a way out. He heard a yes, and so will his team. # speaker: narrator
* [Turn down both, kindly; congratulate Xiao Liu; offer a teaching session on bleeds #act: compliance.declined #rapport: -10 #minutes: 2]
    ~ session_offered = true
    "I'd love to hear you sing, Dr Zhao, but I can't pay for dinner or KTV, and I can't give red envelopes, not from the company and not from my own pocket. Congratulations to Xiao Liu, though. What I can do: our medical adviser could run a thirty-minute case-based session at your department meeting on patients who bleed on anticoagulants, all of them, not just ours. If it's at lunchtime, a simple boxed lunch is the most the rules allow." # speaker: rep
    The smile goes. # speaker: narrator
    "Wow. Hotpot, Hengkang, not a Rolex. The Trombexa rep took the night shift out for skewers last month, and nobody died. My team worked five nights for nothing, and you're giving them a boxed lunch?" # speaker: zhao # mood: annoyed
    -> hold_line
- -> closing

=== hold_line ===
He folds his arms and waits. # speaker: narrator
* [Hold the line, with a smile: no skewers either, but the session stands #act: compliance.declined #minutes: 1]
    "Not skewers either, I'm afraid, whoever else does it. If your director ever asks what Hengkang gave the ED, I want the answer to be a teaching session. That offer stands." # speaker: rep
    He looks at you for a long second, then snorts. # speaker: narrator
    "You're no fun, Hengkang. The last rep who said yes to KTV, our director heard about it, and he hasn't been in the building since. So maybe no fun is smart." # speaker: zhao # mood: neutral
    "A session on bleeds, though, I'd actually turn up for. So would the juniors." # speaker: zhao # need: team_teaching
* [Meet him halfway: milk tea for the night shift is hardly a gift, and you'll bring it on Friday #act: relationship.transactional #violation: improper_benefit #minutes: 1]
    "All right, no hotpot. But milk tea for the night shift on Friday, that's hardly a gift. I'll bring it." # speaker: rep
    "There you go. Twelve cups, less sugar." # speaker: zhao # mood: pleased
    It was a test of where your line is. You have just shown him it moves. # speaker: narrator
* [Say you'll see what you can do about Friday #act: objections.evade #violation: improper_benefit #minutes: 1]
    "Let me see what I can do about Friday, Dr Zhao." # speaker: rep
    "That's more like it." # speaker: zhao # mood: pleased
    He'll tell his team it's on. # speaker: narrator
- -> closing

=== closing ===
His phone buzzes: an ambulance is five minutes out. # speaker: narrator # phase: closing
"That's me. Anything else?" # speaker: zhao
* [Ask him to think of Norvixa when he sends AF patients home from the ED, and remind him of its key messages on the way out #act: value.feature_dump #act: closing.no_next_step #minutes: 1]
    "Just one thing, Dr Zhao: when you send AF patients home, please think of Norvixa. Once daily, fewer strokes than warfarin, reimbursed." # speaker: rep
    -> no_next_step
* ["Much obliged, Dr Zhao. Two minutes: what I took from this, and what I'll do by when." #act: closing.summary #act: closing.thanks #act: closing.next_step #minutes: 1]
    -> next_step
* [Thank him and let him go #act: closing.thanks #act: closing.no_next_step #minutes: 1]
    "Thanks, Dr Zhao. I'll let you go." # speaker: rep
    -> no_next_step

=== no_next_step ===
{rapport >= 80:
    "Sure. Add me on WeChat." # speaker: zhao # mood: neutral
    He scans your QR code on his way out, then he's gone. # speaker: narrator
- else:
    ~ cold = true
    "Yeah, yeah. See you around." # speaker: zhao # mood: sceptical
    He scans your QR code anyway, without looking at it. # speaker: narrator
}
-> wechat

=== next_step ===
"Much obliged, Dr Zhao. So what you need is to know fast what a bleeding patient is on and what that means, and to know what you can and can't do about it." # speaker: rep
{mi_logged:
    "Today I log your questions with Medical Information, and a medical adviser will answer you directly, in writing." # speaker: rep
}
{session_offered:
    "And I'll ask our medical adviser to propose two dates for the session to your department secretary." # speaker: rep
- else:
    "And I'll send you the bleeding management card and the label." # speaker: rep
}
{
- rapport >= 85 && session_offered:
    ~ booked = true
    "Department meeting's on Wednesdays at half past twelve. I'll tell the director it's medical, not a sales pitch. Add me on WeChat, and don't come in a suit: people talk." # speaker: zhao # mood: pleased
    He scans your QR code and jogs off towards the ambulance bay. # speaker: narrator
- rapport >= 65:
    "Fine. Add me on WeChat and send me the stuff." # speaker: zhao # mood: neutral
    He scans your QR code on his way out. # speaker: narrator
- else:
    ~ cold = true
    "Yeah. WeChat me." # speaker: zhao # mood: sceptical
    He scans your QR code without looking at it. # speaker: narrator
}
-> wechat

=== wechat ===
At 11:40 that night your phone lights up: Dr Zhao, covering a colleague's night shift. # speaker: narrator
"Send the stuff. And write the reversal thing down for me, the PCC dose and so on, so I've got it on my phone for nights. PS: old Wang from last Tuesday, 79, is back in obs bed 3 with black stools again. Family asks if they should switch him from Trombexa to yours." # speaker: zhao
* [Send a thumbs-up and "Will do!" #act: closing.no_next_step #off_clock #minutes: 1]
    You send a thumbs-up and "Will do!". The chat goes quiet. # speaker: narrator
* [Write out what you heard about reversal doses, so he has it on his phone for nights #act: objections.evidence_response #violation: off_label #off_clock #minutes: 2]
    You type: "PCC 50 IU/kg is what most centres use for Xa inhibitors, can repeat if needed. Hope that helps on nights!" Within a minute he has screenshotted it. # speaker: narrator
* [Reply warmly about his patient by name, bed and age, and say you'll pass the whole case on to Medical Information #act: compliance.medical_referral #violation: privacy #off_clock #minutes: 2]
    You type: "So sorry old Wang (79, obs bed 3) is back with melaena. I'll pass his case to our Medical Information with the details." The message now sits on two phones and, soon, on a company server. # speaker: narrator
* [In the morning, send a short follow-up: thanks, the approved material, no clinical advice #act: closing.thanks #act: closing.next_step #act: compliance.medical_referral #gives: label #gives: bleeding_management_card #off_clock #minutes: 5]
    At eight the next morning you type: "Thanks for your time yesterday, Dr Zhao. Attached: the prescribing information and the approved bleeding management card. Your questions on reversal and on starting after an acute stroke are with Medical Information; a medical adviser will answer you directly, in writing. Whether to switch a patient is your clinical call, and the bleed on Trombexa goes through the hospital's ADR reporting. Please don't send me patient details here: I can't use them, and they shouldn't be on WeChat." # speaker: narrator
    {session_offered:
        You add: "Our medical adviser can do Wednesday the 17th or the 24th at 12:30 for your department meeting. Which suits?" # speaker: narrator
    }
    Two minutes later he replies. # speaker: narrator
    {session_offered:
        "Strict! OK. The 24th." # speaker: zhao # mood: pleased
    - else:
        "Strict! OK." # speaker: zhao # mood: neutral
    }
- -> wrap_up

=== wrap_up ===
{
- booked:
    Three weeks later, on a Wednesday at 12:30, the ED seminar room is full of people in scrubs eating boxed lunches. The medical adviser's first slide says "The bleeding patient on an anticoagulant: the first ten minutes", and Dr Zhao, in the front row, asks the first question. # speaker: narrator # ending: session_agreed
- cold:
    Dr Zhao never opens the PDF. Two weeks later Dr Chen asks how it went, and you don't quite know what to tell her. # speaker: narrator # ending: polite_dismissal
- else:
    A week later Dr Zhao forwards the Medical Information reply to a colleague with one comment: "Finally, in writing." He hasn't agreed to another meeting, but he reads what you send. # speaker: narrator # ending: material_requested
}
-> END

=== patience_out ===
His phone buzzes. He's on his feet before he's read the message. # speaker: narrator
"Sorry, Hengkang, ambulance bay. We're done for today." # speaker: zhao # mood: annoyed # ending: patience_exhausted
-> END
