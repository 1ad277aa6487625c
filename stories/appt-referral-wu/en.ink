# title: Getting in to see Dr Wu Hao, stroke unit, through Dr Chen Jing
# segment: clinician
# stage: appointment
# lang: en
# customer: wu
# dimensions: access, preparation

// Norvixa (norvixaban), Trombexa (trombexaban), NAVIGATE-AF and Hengkang Pharma are fictional.
// Every fact the rep states comes from the claims sheet (src/core/world/product.ts) and is tagged # claim:.
// rapport is the trust Dr Wu will give the rep. Before he has met the rep, it moves with how Dr Chen
// is asked to introduce them: a warm, honest introduction passes her trust on; a clumsy one does not.
// patience is Dr Wu's and only moves once he is in the story.

VAR difficulty = 1
VAR rapport = 40
VAR patience = 60
VAR read_up = false
VAR one_pager = false
VAR need_ich = false
VAR need_adherence = false
VAR booked = false
VAR teaching = false

~ patience -= 20 * (difficulty - 1)

-> preparation

// keeps rapport and patience inside 0-100
=== function clamp(x) ===
~ return MAX(0, MIN(100, x))

=== patience_check ===
{patience <= 0: -> patience_out}
->->

=== preparation ===
Sunday evening, your kitchen table. Your manager wants Norvixa discussed where AF-related strokes are treated, and at Qinghe First People's Hospital that means the stroke unit. # speaker: narrator # phase: approach
Dr Wu Hao, associate chief of the stroke unit, has never met a Hengkang representative. Dr Chen Jing on cardiology ward 2 has known you for a year, and you are seeing her tomorrow after her ward round. # speaker: narrator
Dr Wu's card in the CRM is almost empty: a name, a title, and "preferred contact: ?". # speaker: narrator
* [Read his recent papers and the neurology department's visiting rules, and write down one objective for the week #act: preparation.profile_reviewed #act: preparation.objective_set #minutes: 5]
    ~ read_up = true
    His last two papers are on when to start anticoagulation after an AF-related stroke and on intracranial haemorrhage in the first month. The neurology department's notice is short: no representatives on the wards; appointments by arrangement only. # speaker: narrator
    On the first page of your notebook you write: "This week: Dr Chen's introduction, then ten to fifteen minutes with Dr Wu, booked the way he prefers, on the NAVIGATE-AF bleeding data." # speaker: narrator
* [Ask a friend in the pharmacy for a printout of how much Trombexa Dr Wu prescribes, so you know his potential #act: preparation.profile_reviewed #violation: prescription_tracking #minutes: 2]
    Twenty minutes later she sends a photo of a dispensing report with Dr Wu's name halfway down it. "Don't tell anyone where you got this." # speaker: narrator
    You now know how many boxes of Trombexa he writes a month. You also hold exactly the kind of figure that gets representatives banned from hospitals. # speaker: narrator
* [Set yourself a target, Dr Wu trying Norvixa in his next AF patients, and leave the reading for later #act: preparation.objective_set #minutes: 1]
    You write "Wu: get him to try it" in your notebook and close it. It is a sales target rather than a plan for this week, and you still know nothing about him. # speaker: narrator
- -> material

=== material ===
Dr Wu will want something in writing before he gives anyone his time. What will you have ready to send him? # speaker: narrator
* [A one-page summary of the NAVIGATE-AF bleeding results, with the label and the limits of the data #act: preparation.material_matched #claim: trial_bleeding #claim: competitor_facts #minutes: 3]
    ~ one_pager = true
    One page: in NAVIGATE-AF, against dose-adjusted warfarin, intracranial haemorrhage 0.4 versus 0.8 per cent a year, major bleeding 2.4 versus 3.0, gastrointestinal bleeding similar at 1.2 versus 1.1. The label's dosing and contraindications underneath, and a last line in bold: no head-to-head trial compares Norvixa with Trombexa. # speaker: narrator
* [The full-colour detail aid and the company brochure, so he can pick what interests him #act: preparation.material_unmatched #minutes: 1]
    Twelve glossy pages of smiling grandparents and a history of Hengkang. The bleeding data are on page nine, in small print. # speaker: narrator
* [The renal dosing card that went down so well on the cardiology wards #act: preparation.material_unmatched #minutes: 1]
    It is a good card. It answers the cardiologists' question about kidneys, not a stroke physician's question about the brain. # speaker: narrator
- -> chen_office

=== chen_office ===
Monday, 11:50. The doctors' office on cardiology ward 2. Dr Chen is typing discharge summaries with one hand and answering her phone with the other. # speaker: narrator
"Ah, it's you. I've got five minutes before a family meeting." # speaker: chen # mood: neutral
* [Hand her the large-print discharge leaflets she asked for two weeks ago, before anything else #act: relationship.promise_kept #minutes: 2]
    ~ rapport = clamp(rapport + 10)
    "First, the large-print leaflets for your discharge talks, the ones you asked for. Fifty copies, and the file, in case the nurses want to print more." # speaker: rep
    "You remembered. The last person who promised me these was in March, and I'm still waiting." # speaker: chen # mood: pleased
* [Go straight to your request: she is short of time #act: opening.purpose_stated #minutes: 1]
    "I'll be quick, Dr Chen. I'd like to ask for your help with an introduction. Two minutes." # speaker: rep
    "Straight to it. All right." # speaker: chen # mood: neutral
* [Remind her how much you have done for ward 2 this year before you ask #act: relationship.transactional #minutes: 2]
    ~ rapport = clamp(rapport - 10)
    "Dr Chen, this year we've done the dosing cards and the session for your nurses, so I hope you won't mind me asking a small favour in return." # speaker: rep
    "I didn't know we were keeping accounts." # speaker: chen # mood: sceptical
- -> the_ask

=== the_ask ===
She saves the summary she was writing and turns her chair towards you. # speaker: narrator
"So. What do you need?" # speaker: chen # phase: request
* [Explain why Dr Wu, and ask whether she would be comfortable introducing you, in whatever way she prefers #act: access.referral #minutes: 2]
    ~ rapport = clamp(rapport + 5)
    ~ need_adherence = true
    "Most of the hospital's AF-related strokes go through Dr Wu's unit, and I think he'd want to see our bleeding data. I've never met him. Would you be comfortable introducing me? However suits you, and if you'd rather not, I understand." # speaker: rep
    "He's prickly, but he's fair. At every joint meeting he complains that his old patients forget the evening dose of Trombexa and come back with a second stroke. I'll tell him you're reliable. That much I can vouch for." # speaker: chen # mood: neutral # need: twice_daily_adherence
    "One thing: he doesn't see reps on his unit. Ever. He does everything by email." # speaker: chen
* [Ask if you can come along on her next consult on the stroke unit and catch him there #act: access.referral #act: access.cold_drop_in #minutes: 2]
    ~ rapport = clamp(rapport - 5)
    "Could I come along next time you go up for a consult? I'd only need a minute with him at the nurses' station." # speaker: rep
    "Walk a rep onto Wu's unit? He'd throw us both out, and he'd be right to. I'll mention you to him. He does everything by email." # speaker: chen # mood: sceptical
* [Ask her to tell him she has moved her AF patients to Norvixa and that he should too #act: access.referral #act: relationship.transactional #minutes: 2]
    ~ rapport = clamp(rapport - 10)
    "It would carry real weight if you told him you've moved your AF patients to Norvixa and that he should do the same." # speaker: rep
    "I'll introduce you. I won't sell for you. And I haven't 'moved' anyone: I prescribe what fits the patient. He does everything by email, by the way." # speaker: chen # mood: annoyed
- -> the_message

=== the_message ===
She picks up her phone and opens WeChat. # speaker: narrator
"What do I tell him?" # speaker: chen
* [Ask her to say only what she knows first-hand, and to ask him whether he will accept an email from you #act: access.referral #minutes: 1]
    ~ rapport = clamp(rapport + 5)
    "Only what you know yourself: that I'm the Hengkang representative, that I've kept my word on ward 2, and that I have NAVIGATE-AF bleeding data he may find useful. And would you ask him whether he'd accept an email from me? If he says no, that's the answer." # speaker: rep
    She types it almost word for word, reads it back to you and sends it. # speaker: narrator
    "Done. Don't make me regret it." # speaker: chen # mood: pleased
* [Offer to write the message for her to forward, so it takes her no time #act: relationship.transactional #minutes: 1]
    ~ rapport = clamp(rapport - 10)
    "I can save you the trouble. I've drafted something: 'Dr Wu, I highly recommend Hengkang's Norvixa representative. Norvixa has worked very well for my patients and I think you should see him this week.'" # speaker: rep
    "'Highly recommend'? 'Worked very well'? I've had it on the ward for four months. I'll write my own, thanks." # speaker: chen # mood: annoyed
    She writes something much shorter and sends it without reading it out. # speaker: narrator
* [Ask her to tell him you will drop by the stroke unit this afternoon, so he needn't reply #act: access.cold_drop_in #minutes: 1]
    ~ rapport = clamp(rapport - 5)
    "Could you tell him I'll come by the stroke unit this afternoon? Then he doesn't even have to reply." # speaker: rep
    "No. He'd take that as an ambush. I'll tell him you'll email." # speaker: chen # mood: sceptical
- Tuesday morning, Dr Chen forwards you his answer, with his permission to pass on his email address. # speaker: narrator
{rapport >= 55:
    "Chen says you're all right. Fine: email me. Not the unit." # speaker: wu # mood: neutral
- else:
    "If he must. Email. And tell him: not on my unit." # speaker: wu # mood: sceptical
}
-> first_contact

=== first_contact ===
-> patience_check ->
{first_contact > 1:
    He has told you again how he wants to be contacted: by email. # speaker: narrator
- else:
    You have Dr Wu's email address and his permission to use it. # speaker: narrator
}
+ [Email him: who you are and who you work for, how Dr Chen introduced you, what you would show him, and ten minutes at a time of his choosing #act: access.clear_appointment #claim: trial_bleeding #claim: competitor_facts #minutes: 4]
    "Dear Dr Wu, I'm the Norvixa representative at Hengkang Pharma; Dr Chen Jing kindly passed on your address. I'd like ten minutes, at a time and place that suit you and away from the stroke unit, to show you the NAVIGATE-AF bleeding data: intracranial haemorrhage was 0.4 per cent a year on Norvixa against 0.8 on dose-adjusted warfarin. There is no head-to-head trial against Trombexa, and I won't suggest otherwise." # speaker: rep
    {read_up:
        ~ rapport = clamp(rapport + 5)
        "I read your paper on intracranial haemorrhage in the first month after an AF-related stroke; these are the numbers I thought might matter to you." # speaker: rep
    }
    {one_pager:
        "A one-page summary with the label is attached, so you can judge before deciding whether to meet." # speaker: rep
    - else:
        ~ rapport = clamp(rapport - 5)
        "I've attached our product brochure." # speaker: rep
    }
    -> silence
* [Ring the stroke unit's nurses' station and ask them to fetch Dr Wu: Dr Chen asked you to reach him today #act: access.cold_drop_in #minutes: 2]
    ~ patience = clamp(patience - 20)
    ~ rapport = clamp(rapport - 10)
    "Could you get Dr Wu to the phone, please? Dr Chen from cardiology asked me to speak to him today." # speaker: rep
    Two minutes on hold, with monitors beeping in the background. # speaker: narrator
    "Wu. Chen told me you'd email. She said nothing about today. I have a patient going for thrombectomy." # speaker: wu # mood: annoyed
    The line goes dead. # speaker: narrator
    -> first_contact
* [Wait in the lift lobby outside the stroke unit and catch him when his round finishes #act: access.cold_drop_in #minutes: 3]
    ~ patience = clamp(patience - 20)
    ~ rapport = clamp(rapport - 10)
    At 11:30 the doors open and a man in a white coat walks out, reading a CT report on his phone. You step in front of him. # speaker: narrator
    "Dr Wu? I'm the Hengkang representative Dr Chen mentioned..." # speaker: rep
    "Chen said you'd email. This is a stroke unit, not an exhibition hall." # speaker: wu # mood: annoyed
    He steps round you into the lift. # speaker: narrator
    -> first_contact

=== silence ===
-> patience_check ->
{difficulty > 1:
    A week goes by. Nothing from Dr Wu. Dr Chen mentions that three reps tried to see him this month and none got past his inbox. # speaker: narrator
- else:
    Four days go by. Nothing from Dr Wu. # speaker: narrator
}
* [Send one short follow-up: offer a five-minute phone call instead, at any time he names #act: access.clear_appointment #minutes: 2]
    ~ rapport = clamp(rapport + 5)
    "Dear Dr Wu, I know the unit keeps you busy. If ten minutes is too much, would a five-minute phone call be easier? Any time you name, and I'll keep to it." # speaker: rep
* [Go up to the stroke unit and wait for him at the nurses' station at the end of his round #act: access.cold_drop_in #violation: clinical_area_intrusion #minutes: 5]
    -> banned_from_unit
* [Ask Dr Chen to chase him for you #act: access.referral #act: relationship.transactional #minutes: 1]
    ~ rapport = clamp(rapport - 5)
    "Dr Chen, sorry to bother you again. Could you remind Dr Wu about my email?" # speaker: rep
    "I introduced you. I'm not your secretary." # speaker: chen # mood: annoyed
- Two days later, a reply arrives. # speaker: narrator
{rapport >= 55:
    "Thursday, 12:30, my office line. Five minutes." # speaker: wu # mood: neutral
- else:
    "Thursday 12:30, office line. Five minutes, and I mean five." # speaker: wu # mood: sceptical
}
-> the_call

=== banned_from_unit ===
You walk past the sign on the stroke unit's doors: "No pharmaceutical representatives beyond this point". At the nurses' station a patient's monitor is alarming; a nurse asks who you are waiting for. # speaker: narrator
Dr Wu comes round the corner with two residents and sees your company lanyard. # speaker: narrator
"You're the Hengkang one. In my unit, while my nurses are working. Out. And don't bother emailing again: I'm telling the department office you're not to come past the doors." # speaker: wu # mood: annoyed # end_visit: asked_to_leave # ending: banned_from_unit
-> END

=== the_call ===
-> patience_check ->
Thursday, 12:30 exactly. He picks up on the first ring. # speaker: narrator
"Wu. Is that cardiology? About bed 9, the seventy-eight-year-old with AF and the large left MCA infarct? I need her echo before I start anything." # speaker: wu # mood: neutral
* [Stop him at once: say who you are, which company you work for, and that Dr Chen introduced you and he asked you to call #act: opening.purpose_stated #minutes: 1]
    ~ rapport = clamp(rapport + 5)
    "Sorry, Dr Wu, this isn't cardiology. I'm the Hengkang Pharma representative Dr Chen introduced. You asked me to call at 12:30." # speaker: rep
    "Ah. The rep. Good that you said so straight away." # speaker: wu # mood: neutral
* [Let him carry on for a moment: Dr Chen did send you, after all, and you can steer to AF patients #act: access.referral #violation: undisclosed_identity #minutes: 2]
    -> identity_exposed
* [He gave you five minutes: skip the introductions and go straight to the NAVIGATE-AF numbers #act: value.feature_dump #claim: trial_bleeding #minutes: 2]
    ~ patience = clamp(patience - 10)
    ~ rapport = clamp(rapport - 5)
    "Dr Wu, in NAVIGATE-AF intracranial haemorrhage was 0.4 per cent a year against 0.8 on warfarin, and major bleeding..." # speaker: rep
    "Who is this?" # speaker: wu # mood: sceptical
    "Sorry. The Hengkang Pharma representative; Dr Chen introduced me." # speaker: rep
    "Then say so first. I nearly told you about a patient." # speaker: wu # mood: annoyed
- -> the_objection

=== identity_exposed ===
"Yes, Dr Chen asked me to call you. About her AF patients..." # speaker: rep
"Right. So, bed 9: the infarct's large, she's on aspirin for now, and I want to know about her left atrium before I decide when to anticoagulate..." # speaker: wu
He talks for a minute. Then he stops. # speaker: narrator
"Which of Chen's doctors are you? ... You're the Hengkang rep. You let me talk about a patient to a drug company. Don't call this number again." # speaker: wu # mood: annoyed # end_visit: asked_to_leave # ending: identity_exposed
-> END

=== the_objection ===
-> patience_check ->
"Right. Hengkang. I use Trombexa. It's in volume-based procurement at 0.90 yuan a day and my patients are stable on it. Why should I give you ten minutes?" # speaker: wu # mood: sceptical
{difficulty > 1:
    "And you're the fourth rep this month telling me their drug is the answer." # speaker: wu
}
* [Acknowledge that, and ask what would make ten minutes worth his while #act: objections.acknowledge #act: objections.explore #minutes: 2]
    ~ rapport = clamp(rapport + 10)
    ~ need_ich = true
    "That's fair: if your patients are stable, you don't need a reason to change. What would make ten minutes worth it for you?" # speaker: rep
    "Intracranial haemorrhage. Every time I start anticoagulation after an AF stroke, that's what I'm afraid of. If you have honest numbers on bleeding into the brain, and you'll tell me where they stop, I'll look at them." # speaker: wu # mood: neutral # need: ich_data
* [Give him the intracranial haemorrhage numbers now, and say plainly there is no head-to-head with Trombexa #act: objections.evidence_response #claim: trial_bleeding #claim: competitor_facts #minutes: 2]
    ~ rapport = clamp(rapport + 5)
    ~ need_ich = true
    "One reason: in NAVIGATE-AF, intracranial haemorrhage was 0.4 per cent a year on Norvixa against 0.8 on warfarin. That's against warfarin; there's no head-to-head trial with Trombexa, and I won't claim one." # speaker: rep
    "At least you said the last part. Bleeding into the brain is the only number I care about after a stroke." # speaker: wu # mood: neutral # need: ich_data
* [Tell him, respectfully, that price and habit are not good reasons to stay with Trombexa #act: objections.argue #minutes: 2]
    ~ patience = clamp(patience - 20)
    ~ rapport = clamp(rapport - 10)
    "With respect, Dr Wu, 0.90 yuan a day and habit aren't really reasons to stay with a drug." # speaker: rep
    "My reasons are my patients. Don't tell me what a good reason is." # speaker: wu # mood: annoyed
* [Say it will all become clear when you meet #act: objections.evade #minutes: 1]
    ~ patience = clamp(patience - 10)
    "I think it'll all be clear when we meet, Dr Wu." # speaker: rep
    "That's not an answer." # speaker: wu # mood: sceptical
- -> the_request

=== the_request ===
-> patience_check ->
"So what are you asking for?" # speaker: wu
* [Ask for fifteen minutes in his office at a time that suits him, and offer to send the summary beforehand #act: access.clear_appointment #minutes: 2]
    "Fifteen minutes, whenever suits you and away from the unit. I'll send a one-page summary beforehand, so you can decide whether it's worth your time." # speaker: rep
    {rapport >= 55:
        ~ booked = true
        "Tuesday, 7:40, the neurology doctors' office on the sixth floor, before my round. Ten minutes, not fifteen." # speaker: wu # mood: neutral
    - else:
        "Send the summary. If it's worth it, I'll write." # speaker: wu # mood: sceptical
    }
* [Ask whether our medical adviser could present the bleeding data at one of his department's Thursday teaching sessions #act: access.academic_event #minutes: 2]
    "Or, if it's more useful to your team: could our medical adviser present the NAVIGATE-AF bleeding data at one of your Thursday teaching sessions, with time for your residents' questions?" # speaker: rep
    {
    - rapport >= 60 + 10 * difficulty:
        ~ teaching = true
        "The journal club on the 21st. Ten minutes. Your medical adviser presents, no logos on the slides, and my residents will ask awkward questions." # speaker: wu # mood: pleased
    - rapport >= 55:
        ~ booked = true
        "Not yet. Convince me first. Tuesday, 7:40, the neurology doctors' office on six. Ten minutes." # speaker: wu # mood: neutral
    - else:
        "My teaching sessions aren't for sale. Send the summary." # speaker: wu # mood: sceptical
    }
* [Say you are in the building most days and offer to pop up to the unit whenever he is free #act: access.cold_drop_in #minutes: 1]
    ~ patience = clamp(patience - 20)
    ~ rapport = clamp(rapport - 10)
    "I'm in the hospital most days, Dr Wu, so I can just pop up to the unit whenever you have a moment." # speaker: rep
    "No. I told Chen and I'm telling you: not on the unit. Send the summary." # speaker: wu # mood: annoyed
- -> confirm

=== confirm ===
-> patience_check ->
"Anything else?" # speaker: wu # phase: confirm
* [Repeat back what you have agreed and say you will confirm it by email today #act: closing.summary #act: closing.thanks #minutes: 2]
    ~ rapport = clamp(rapport + 5)
    {
    - teaching:
        "So: the journal club on the 21st, ten minutes, our medical adviser presents, no logos. I'll confirm by email today with the adviser's name. Thank you, Dr Wu." # speaker: rep
    - booked:
        "So: Tuesday at 7:40 in the neurology doctors' office, ten minutes. I'll confirm by email today and wait outside the office, not on the unit. Thank you, Dr Wu." # speaker: rep
    - else:
        "So: I'll email you the summary today, and wait to hear from you. Thank you, Dr Wu." # speaker: rep
    }
    "Good." # speaker: wu # mood: neutral
* [Offer to come up a little early and find him on the unit, to save him the walk #act: access.cold_drop_in #minutes: 1]
    "I could come up a bit early and find you on the unit, to save you the walk." # speaker: rep
    "After everything I've said, you want to walk onto my unit? Forget it. Don't call again." # speaker: wu # mood: annoyed # end_visit: asked_to_leave # ending: door_closed
    -> END
* [Use the last minute to ask whether he would try Norvixa in his next AF patients #act: discovery.interrupt #minutes: 1]
    ~ patience = clamp(patience - 10)
    ~ rapport = clamp(rapport - 10)
    "Before you go, Dr Wu: would you consider trying Norvixa in your next few AF patients?" # speaker: rep
    "You haven't shown me a single number yet and you're asking me to prescribe? Ask me that after I've read your data." # speaker: wu # mood: annoyed
- -> records

=== records ===
Back in the car park, you open the CRM on your phone. Dr Wu's card is still almost empty. # speaker: narrator
* [Record what you have learned: his channel, no drop-ins, his questions and what you promised; then send Dr Chen a short thank-you #act: records.profile_updated #act: closing.thanks #minutes: 3]
    You write: "Email first, then phone at times he sets. Never on the stroke unit.{need_ich: Wants intracranial haemorrhage data, and where it stops.}{need_adherence: His older patients miss evening doses (from Dr Chen).} Promised: summary by email today." # speaker: narrator
    "Thank you for the introduction, Dr Chen. Dr Wu and I have agreed a next step. I'll keep it strictly professional." # speaker: rep
    She replies with a thumbs-up. # speaker: narrator # mood: pleased
* [Write up the bed 9 patient as well, her age, infarct and pending echo, as a case for your manager #act: records.profile_updated #violation: privacy #minutes: 3]
    You type "Bed 9, 78-year-old woman, AF, large left MCA infarct, echo pending, Dr Wu deciding when to anticoagulate" into a note that anyone in your region can open. # speaker: narrator
    Anyone on the stroke unit would know exactly who she is. # speaker: narrator
- -> outcome

=== outcome ===
{
- teaching:
    On the 21st, Dr Wu's residents will hear the NAVIGATE-AF bleeding data from your medical adviser, with their chief in the front row. You got there through an introduction, an email and a five-minute call. # speaker: narrator # ending: teaching_session_booked
- booked:
    Tuesday, 7:40, ten minutes in the neurology doctors' office. A sceptic has agreed to look at your data. # speaker: narrator # ending: meeting_booked
- else:
    You have his email address and his permission to send one summary. If it is worth his time, he will write. # speaker: narrator # ending: summary_requested
}
-> END

=== patience_out ===
{the_call > 0:
    "That's enough. I gave you five minutes and you've used them. Don't call again." # speaker: wu # mood: annoyed # end_visit: patience_exhausted # ending: patience_exhausted
- else:
    That evening Dr Chen sends you a message: "Wu asked me to tell you not to contact him again. What did you do?" # speaker: chen # mood: annoyed # end_visit: patience_exhausted # ending: patience_exhausted
}
-> END
