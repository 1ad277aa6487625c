# title: Getting in to see Dr Wu Hao, stroke unit, through Dr Chen Jing
# segment: clinician
# stage: appointment
# setting: ward
# lang: en
# customer: wu
# dimensions: access, preparation, relationship, value, objections, closing, records
# leaves_to: patience_out

// Norvixa (norvixaban), Trombexa (trombexaban), NAVIGATE-AF and Hengkang Pharma are fictional.
// Every fact the rep states comes from the claims sheet (src/core/world/product.ts) and is tagged # claim:;
// only approved material is handed over (# gives:).
// The engine plays Dr Wu. Before he has met the rep, his trust (rapport) follows how Dr Chen is asked to
// introduce them: she passes on what she saw. Where he never hears of a move (what passes between the rep
// and Dr Chen alone), his patience does not pay for it: those moves carry a # patience: correction.
// Everything before the phone call and the notes after it are # off_clock: the five minutes he grants
// are the call's.

VAR difficulty = 1
VAR rapport = 35
VAR pack = "approved"
VAR need_ich = false
VAR need_adherence = false
VAR booked = false
VAR teaching = false

-> preparation

=== preparation ===
Sunday evening, your kitchen table. Your manager wants Norvixa discussed where AF-related strokes are treated, and at Qinghe First People's Hospital that means the stroke unit. # speaker: narrator # phase: approach
Dr Wu Hao, associate chief of the stroke unit, has never met a Hengkang representative. Dr Chen Jing on cardiology ward 2 has known you for a year, and you are seeing her tomorrow after her ward round. # speaker: narrator
Dr Wu's card in the CRM is almost empty: a name, a title, and "preferred contact: ?". # speaker: narrator
* [Read his last two papers and the neurology visiting rules, then write: "This week: Dr Chen's introduction, then ten minutes with Dr Wu." #act: preparation.profile_reviewed #act: preparation.objective_set #off_clock #minutes: 30]
    His last two papers are on when to start anticoagulation after an AF-related stroke and on intracranial haemorrhage in the first month. The neurology department's notice is short: no representatives on the wards; appointments by arrangement only. # speaker: narrator
    On the first page of your notebook you write: "This week: Dr Chen's introduction, then ten to fifteen minutes with Dr Wu, booked the way he prefers, on the NAVIGATE-AF bleeding data." # speaker: narrator
* [Ask a friend in the pharmacy for a printout of Dr Wu's Trombexa prescribing, so you know his potential and what he needs #act: preparation.profile_reviewed #violation: prescription_tracking #off_clock #minutes: 10]
    Twenty minutes later she sends a photo of a dispensing report with Dr Wu's name halfway down it. "Don't tell anyone where you got this." # speaker: narrator
    You now know how many boxes of Trombexa he writes a month. You also hold exactly the kind of figure that gets representatives banned from hospitals. # speaker: narrator
* [Write "Wu: get him to try Norvixa in his next AF patients" in your notebook, and leave his papers for another evening this week #act: preparation.objective_set #off_clock #minutes: 2]
    You write "Wu: get him to try it" in your notebook and close it. It is a sales target rather than a plan for this week, and you still know nothing about him. # speaker: narrator
- -> material

=== material ===
Dr Wu will want something in writing before he gives anyone his time. What will you have ready to send him? # speaker: narrator
* [The prescribing information, and the bleeding page of the approved detail aid #act: preparation.material_matched #off_clock #minutes: 5]
    ~ pack = "approved"
    Two approved pieces and nothing else. The detail aid's NAVIGATE-AF page gives intracranial haemorrhage 0.4 against 0.8 per cent a year with dose-adjusted warfarin, and its footnote says what the label says: no head-to-head trial compares Norvixa with Trombexa. # speaker: narrator
* [Your own one-page table with NAVIGATE-AF's bleeding data beside Trombexa's, clearer than anything marketing has made #act: preparation.material_matched #violation: misleading_claim #off_clock #minutes: 40]
    ~ pack = "own"
    It takes you an hour and it looks convincing: two columns, Norvixa in green, Trombexa in grey. Two trials that never met, side by side as if they had, on a page that no medical or compliance reviewer has seen. # speaker: narrator
* [The company brochure and the full product folder, so he can pick out whatever he needs #act: preparation.material_unmatched #off_clock #minutes: 2]
    ~ pack = "brochure"
    Twelve glossy pages of smiling grandparents and a history of Hengkang. The bleeding data are on page nine, in small print. # speaker: narrator
* [The renal dosing card that went down so well on the cardiology wards #act: preparation.material_unmatched #off_clock #minutes: 2]
    ~ pack = "renal"
    It is a good card. It answers the cardiologists' question about kidneys, not a stroke physician's question about the brain. # speaker: narrator
- -> chen_office

=== chen_office ===
Monday, 11:50. The doctors' office on cardiology ward 2. Dr Chen is typing discharge summaries with one hand and answering her phone with the other. # speaker: narrator
"Ah, it's you. I've got five minutes before a family meeting." # speaker: chen # mood: neutral
* [Hand her the large-print leaflets first: "Fifty copies for your discharge talks, and the file for the nurses." #act: relationship.professional_support #off_clock #minutes: 2]
    "First, the large-print leaflets for your discharge talks, the ones you asked for. Fifty copies, and the approved file, in case the nurses want to print more." # speaker: rep
    "You remembered. The last person who promised me these was in March, and I'm still waiting." # speaker: chen # mood: pleased
* ["How are the discharge talks going? Last time you said the families were coming too." Then make your request. #act: relationship.personal_care #off_clock #minutes: 2]
    "How are the discharge talks going? Last time you said the families were coming too." # speaker: rep
    "Full every week. And I still have no leaflets they can read. Go on, what did you come for?" # speaker: chen # mood: neutral
* ["Dr Chen, after the dosing cards and the nurses' session this year, I hope you won't mind a small favour in return." #act: relationship.transactional #patience: +15 #off_clock #minutes: 2]
    "Dr Chen, this year we've done the dosing cards and the session for your nurses, so I hope you won't mind me asking a small favour in return." # speaker: rep
    "I didn't know we were keeping accounts." # speaker: chen # mood: sceptical
- -> the_ask

=== the_ask ===
She saves the summary she was writing and turns her chair towards you. # speaker: narrator
"So. What do you need?" # speaker: chen # phase: request
* ["Most AF strokes here go through Dr Wu, and I've never met him. Would you introduce me, however suits you?" #act: access.referral #off_clock #minutes: 2]
    ~ need_adherence = true
    "Most of the hospital's AF-related strokes go through Dr Wu's unit, and I think he'd want to see our bleeding data. I've never met him. Would you be comfortable introducing me? However suits you, and if you'd rather not, I understand." # speaker: rep
    "He's prickly, but he's fair. At every joint meeting he complains that his old patients forget the evening dose of Trombexa and come back with a second stroke. I'll tell him you're reliable. That much I can vouch for." # speaker: chen # mood: neutral # need: twice_daily_adherence
    "One thing: he doesn't see reps on his unit. Ever. He does everything by email." # speaker: chen
* ["Could I come along on your next consult up there? I'd only need a minute with him at the nurses' station, nothing more." #act: access.referral #act: access.cold_drop_in #off_clock #minutes: 2]
    "Could I come along next time you go up for a consult? I'd only need a minute with him at the nurses' station, nothing more." # speaker: rep
    "Walk a rep onto Wu's unit? He'd throw us both out, and he'd be right to. I'll mention you to him, and that you'll email. He does everything by email." # speaker: chen # mood: sceptical
* ["It would carry real weight if you told him you've moved your AF patients to Norvixa and that he should too." #act: access.referral #act: relationship.transactional #patience: +10 #off_clock #minutes: 2]
    "It would carry real weight if you told him you've moved your AF patients to Norvixa and that he should do the same." # speaker: rep
    "I'll introduce you. I won't sell for you. And I haven't 'moved' anyone: I prescribe what fits the patient. He does everything by email, by the way." # speaker: chen # mood: annoyed
- -> the_message

=== the_message ===
She picks up her phone and opens WeChat. # speaker: narrator
"What do I tell him?" # speaker: chen
* ["Only what you know yourself. And would you see whether he'd take an email from me? If he says no, that's the answer." #act: access.referral #off_clock #minutes: 1]
    "Only what you know yourself: that I'm the Hengkang representative, that I've kept my word on ward 2, and that I have NAVIGATE-AF bleeding data he may find useful. And would you see whether he'd take an email from me? If he says no, that's the answer." # speaker: rep
    She types it almost word for word, reads it back to you and sends it. # speaker: narrator
    "Done. Don't make me regret it." # speaker: chen # mood: pleased
* [Hand her a message you drafted, to send as her own: "I highly recommend Hengkang's rep. Norvixa has worked very well for my patients." #violation: undisclosed_identity #violation: misleading_claim #patience: +10 #off_clock #minutes: 1]
    "I can save you the trouble. I've drafted something you could send as it is: 'Dr Wu, I highly recommend Hengkang's Norvixa representative. Norvixa has worked very well for my patients and I think you should see him this week.'" # speaker: rep
    "You want me to sign your advert? 'Highly recommend'? 'Worked very well'? I've had it on the ward for four months. I'll write my own, thanks." # speaker: chen # mood: annoyed
    She writes something much shorter and sends it without reading it out. # speaker: narrator
* ["Could you tell him I'll drop by the stroke unit this afternoon? Then he needn't even reply." #act: access.cold_drop_in #off_clock #minutes: 1]
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
{first_contact > 1:
    He has told you again how he wants to be contacted: by email. # speaker: narrator
- else:
    You have Dr Wu's email address and his permission to use it. # speaker: narrator
}
+ {pack == "approved"} [Email him: "Dr Chen kindly passed on your address. Could I have ten minutes, when you choose, on the NAVIGATE-AF bleeding figures?" #act: access.clear_appointment #claim: trial_bleeding #claim: competitor_facts #gives: label #gives: detail_aid #off_clock #minutes: 10]
    "Dear Dr Wu, I'm the Norvixa representative at Hengkang Pharma; Dr Chen Jing kindly passed on your address. I'd like ten minutes, at a time and place that suit you and away from the stroke unit, to show you the NAVIGATE-AF bleeding data: intracranial haemorrhage was 0.4 per cent a year on Norvixa against 0.8 on dose-adjusted warfarin. There is no head-to-head trial against Trombexa, and I won't suggest otherwise." # speaker: rep
    "The prescribing information and the bleeding page of our detail aid are attached, so you can judge before deciding whether to meet." # speaker: rep
    -> silence
+ {pack != "approved"} [Email him, with what you prepared attached: "Dr Chen kindly passed on your address. Could I have ten minutes, when you choose, on the NAVIGATE-AF bleeding figures?" #act: access.clear_appointment #claim: trial_bleeding #claim: competitor_facts #rapport: -5 #off_clock #minutes: 10]
    "Dear Dr Wu, I'm the Norvixa representative at Hengkang Pharma; Dr Chen Jing kindly passed on your address. I'd like ten minutes, at a time and place that suit you and away from the stroke unit, to show you the NAVIGATE-AF bleeding data: intracranial haemorrhage was 0.4 per cent a year on Norvixa against 0.8 on dose-adjusted warfarin. There is no head-to-head trial against Trombexa, and I won't suggest otherwise." # speaker: rep
    {
    - pack == "own":
        "I've attached a one-page table I put together, comparing the bleeding rates with Trombexa's." # speaker: rep
        Below your own sentence about there being no head-to-head trial sits a table that reads exactly like one. # speaker: narrator
    - pack == "brochure":
        "I've attached our product brochure." # speaker: rep
    - else:
        "I've attached our renal dosing card." # speaker: rep
    }
    -> silence
* [Ring the stroke unit's nurses' station: "Could you fetch Dr Wu to the phone, please? Dr Chen from cardiology asked me to reach him today." #act: access.cold_drop_in #minutes: 2]
    "Could you fetch Dr Wu to the phone, please? Dr Chen from cardiology asked me to reach him today." # speaker: rep
    Two minutes on hold, with monitors beeping in the background. # speaker: narrator
    "Wu. Chen told me you'd email. She said nothing about today. I have a patient going for thrombectomy." # speaker: wu # mood: annoyed
    The line goes dead. # speaker: narrator
    -> first_contact
* [Wait in the lift lobby outside the stroke unit, and step in when he comes out from his round #act: access.cold_drop_in #minutes: 3]
    At 11:30 the doors open and a man in a white coat walks out, reading a CT report on his phone. You step in front of him. # speaker: narrator
    "Dr Wu? I'm the Hengkang representative Dr Chen mentioned..." # speaker: rep
    "Chen said you'd email. This is a stroke unit, not an exhibition hall." # speaker: wu # mood: annoyed
    He steps round you into the lift. # speaker: narrator
    -> first_contact

=== silence ===
{difficulty > 1:
    A week goes by. Nothing from Dr Wu. Dr Chen mentions that three reps tried to see him this month and none got past his inbox. # speaker: narrator
- else:
    Four days go by. Nothing from Dr Wu. # speaker: narrator
}
* [Send one short line: "If ten minutes is too much, would a five-minute call suit? Any time you name, and I'll keep to it." #act: access.clear_appointment #off_clock #minutes: 3]
    "Dear Dr Wu, I know the unit keeps you busy. If ten minutes is too much, would a five-minute phone call be easier? Any time you name, and I'll keep to it." # speaker: rep
* [Go up to the stroke unit and wait at the nurses' station for the end of his round, to hear his answer to your email in person #act: access.cold_drop_in #violation: clinical_area_intrusion #minutes: 5]
    -> banned_from_unit
* [Ask Dr Chen: "Sorry to bother you again. Could you remind Dr Wu about my email? He hasn't answered." #act: relationship.transactional #off_clock #minutes: 1]
    "Dr Chen, sorry to bother you again. Could you remind Dr Wu about my email? He hasn't answered." # speaker: rep
    "I introduced you. I'm not your secretary." # speaker: chen # mood: annoyed
    She reminds him all the same, and tells him you asked her to. # speaker: narrator
- Two days later, a reply arrives. # speaker: narrator
{rapport >= 55:
    "Thursday, 12:30, my office line. Five minutes." # speaker: wu # mood: neutral # time_granted: 5
- else:
    "Thursday 12:30, office line. Five minutes, and I mean five." # speaker: wu # mood: sceptical # time_granted: 5
}
-> the_call

=== banned_from_unit ===
You walk past the sign on the stroke unit's doors: "No pharmaceutical representatives beyond this point". At the nurses' station a patient's monitor is alarming; a nurse asks who you are waiting for. # speaker: narrator
Dr Wu comes round the corner with two residents and sees your company lanyard. # speaker: narrator
"You're the Hengkang one. In my unit, while my nurses are working. Out. And don't bother emailing again: I'm telling the department office you're not to come past the doors." # speaker: wu # mood: annoyed # end_visit: asked_to_leave # ending: banned_from_unit
-> END

=== the_call ===
Thursday, 12:30 exactly. He picks up on the first ring. # speaker: narrator
"Wu. Is that cardiology? About bed 9, the seventy-eight-year-old with AF and the large left MCA infarct? I need her echo before I start anything." # speaker: wu # mood: neutral
* ["Sorry, Dr Wu, this isn't cardiology. It's the Hengkang representative Dr Chen introduced; you wanted a call at 12:30." #act: access.clear_appointment #minutes: 1]
    "Sorry, Dr Wu, this isn't cardiology. I'm the Hengkang Pharma representative Dr Chen introduced. You asked me to call at 12:30, for five minutes." # speaker: rep
    "Ah. The rep. Good that you said so straight away." # speaker: wu # mood: neutral
* [Let him carry on a moment: Dr Chen did send you, after all, and he clearly needs to talk about bed 9 #act: access.referral #violation: undisclosed_identity #minutes: 2]
    -> identity_exposed
* [Skip the introductions, five minutes is short: "Dr Wu, in NAVIGATE-AF brain bleeds were 0.4 per cent a year against 0.8 on warfarin..." #act: value.need_linked #links: ich_data #act: value.evidence_cited #claim: trial_bleeding #minutes: 2]
    "Dr Wu, in NAVIGATE-AF intracranial haemorrhage was 0.4 per cent a year against 0.8 on warfarin, and major bleeding..." # speaker: rep
    "Who is this?" # speaker: wu # mood: sceptical
    "Sorry. The Hengkang Pharma representative; Dr Chen introduced me." # speaker: rep
    "Then say so first. I nearly told you about a patient. And I haven't told you what I want to know yet." # speaker: wu # mood: annoyed
- -> the_objection

=== identity_exposed ===
"Yes, Dr Chen asked me to call you. About her AF patients..." # speaker: rep
"Right. So, bed 9: the infarct's large, she's on aspirin for now, and I want to know about her left atrium before I decide when to anticoagulate..." # speaker: wu
He talks for a minute. Then he stops. # speaker: narrator
"Which of Chen's doctors are you? ... You're the Hengkang rep. You let me talk about a patient to a drug company. Don't call this number again." # speaker: wu # mood: annoyed # end_visit: asked_to_leave # ending: identity_exposed
-> END

=== the_objection ===
"Right. Hengkang. I use Trombexa. It's in volume-based procurement at 0.90 yuan a day and my patients are stable on it. Why should I give you ten minutes?" # speaker: wu # mood: sceptical # objection: no_reason_to_switch
{difficulty > 1:
    "And you're the fourth rep this month telling me their drug is the answer." # speaker: wu
}
* ["That's fair: if they're stable, there's no reason to change. What would make ten minutes worth it for you?" #act: objections.acknowledge #act: objections.explore #minutes: 1]
    ~ need_ich = true
    "That's fair: if your patients are stable, there's no reason to change. What would make ten minutes worth it for you?" # speaker: rep
    "Intracranial haemorrhage. Every time I start anticoagulation after an AF stroke, that's what I'm afraid of. If you have honest numbers on bleeding into the brain, and you'll tell me where they stop, I'll look at them." # speaker: wu # mood: neutral # need: ich_data
    -> the_answer
* ["One reason: brain bleeds were 0.4 per cent a year against 0.8 on warfarin. No head-to-head with Trombexa, and I won't claim one." #act: objections.evidence_response #act: value.need_linked #links: ich_data #claim: trial_bleeding #claim: competitor_facts #minutes: 2]
    ~ need_ich = true
    "One reason: in NAVIGATE-AF, intracranial haemorrhage was 0.4 per cent a year on Norvixa against 0.8 on warfarin. That's against warfarin; there's no head-to-head trial with Trombexa, and I won't claim one." # speaker: rep
    "You guessed my question before asking it. At least you said the last part. Bleeding into the brain is the only number I care about after a stroke." # speaker: wu # mood: neutral # need: ich_data
    -> the_request
* ["With respect, Dr Wu, 0.90 yuan a day and habit aren't really reasons to stay with a drug." #act: objections.argue #minutes: 1]
    "With respect, Dr Wu, 0.90 yuan a day and habit aren't really reasons to stay with a drug." # speaker: rep
    "My reasons are my patients. Don't tell me what a good reason is." # speaker: wu # mood: annoyed
    -> the_request
* ["I think it will all be clear when we meet and I can show you the data and the study." #act: objections.evade #minutes: 1]
    "I think it'll all be clear when we meet, Dr Wu, and I can show you the data and the study." # speaker: rep
    "That's not an answer." # speaker: wu # mood: sceptical
    -> the_request

=== the_answer ===
"So. Have you got them?" # speaker: wu
* ["Brain bleeds 0.4 per cent a year against 0.8 on warfarin; major bleeding 2.4 against 3.0. And no trial against Trombexa." #act: value.need_linked #links: ich_data #act: value.evidence_cited #act: objections.evidence_response #claim: trial_bleeding #claim: competitor_facts #minutes: 1]
    "In NAVIGATE-AF, intracranial haemorrhage was 0.4 per cent a year on Norvixa and 0.8 on dose-adjusted warfarin; major bleeding 2.4 against 3.0. That's against warfarin; there's no head-to-head trial with Trombexa." # speaker: rep
    "Against warfarin, and you told me where it stops. That's the first honest thing a rep has said to me this month." # speaker: wu # mood: neutral
* ["Norvixa halves brain bleeds compared with the other anticoagulants, Trombexa included. The data are very clear." #act: objections.evidence_response #violation: misleading_claim #minutes: 1]
    "Norvixa halves bleeding into the brain compared with the other anticoagulants, Trombexa included. The data are very clear." # speaker: rep
    "Trombexa included. Name the trial." # speaker: wu # mood: annoyed
    There is no such trial, and you both know it. # speaker: narrator
    "Chen vouched for you. I'll tell her not to again. Don't email me." # speaker: wu # mood: annoyed # end_visit: asked_to_leave # ending: door_closed
    -> END
* ["They need their context: what they're compared with and where they stop. I'd rather go through them properly with you in person." #act: objections.defer_and_commit #minutes: 1]
    "They do, and they need their context: what they're compared against and where they stop. I'd rather go through them properly with you than rush them on the phone." # speaker: rep
    "Context. Fine." # speaker: wu # mood: sceptical
- -> the_request

=== the_request ===
"So what are you asking for?" # speaker: wu
* ["Fifteen minutes in your office, whenever suits, away from the unit, to go through the bleeding data and where it stops." #act: access.clear_appointment #promise: bleeding_data #minutes: 1]
    "Fifteen minutes, whenever suits you and away from the unit, to take you through the bleeding data properly, including where it stops." # speaker: rep
    {rapport >= 50:
        ~ booked = true
        "Tuesday, 7:40, the neurology doctors' office on the sixth floor, before my round. Ten minutes, not fifteen. Bring the numbers." # speaker: wu # mood: neutral
    - else:
        "Send it. If it's worth it, I'll write." # speaker: wu # mood: sceptical
    }
* ["Or could our medical adviser present the bleeding figures at one of your Thursday teaching sessions?" #act: access.academic_event #minutes: 1]
    "Or, if it's more useful to your team: could our medical adviser present the NAVIGATE-AF bleeding data at one of your Thursday teaching sessions, with time for your residents' questions?" # speaker: rep
    {
    - rapport >= 80 + 5 * difficulty:
        ~ teaching = true
        "The journal club on the 21st. Ten minutes. Your medical adviser presents, no logos on the slides, and my residents will ask awkward questions." # speaker: wu # mood: pleased
    - rapport >= 50:
        ~ booked = true
        "Not yet. Convince me first. Tuesday, 7:40, the neurology doctors' office on six. Ten minutes." # speaker: wu # mood: neutral
    - else:
        "My teaching sessions aren't for sale. Send what you have." # speaker: wu # mood: sceptical
    }
* ["I'm in the hospital most days, so I can pop up to the unit whenever you need me. Just say the word." #act: access.cold_drop_in #minutes: 1]
    "I'm in the hospital most days, Dr Wu, so I can pop up to the unit whenever you need me. Just say the word." # speaker: rep
    "No. I told Chen and I'm telling you: not on the unit. Send what you have." # speaker: wu # mood: annoyed
- -> confirm

=== confirm ===
"Anything else?" # speaker: wu # phase: confirm
* ["So, one line on what we've agreed, and an email from me today. Much obliged, Dr Wu." #act: closing.summary #act: closing.next_step #act: closing.thanks #minutes: 1]
    {
    - teaching:
        "So: the journal club on the 21st, ten minutes, our medical adviser presents, no logos. I'll confirm by email today with the adviser's name. Thank you, Dr Wu." # speaker: rep
    - booked:
        "So: Tuesday at 7:40 in the neurology doctors' office, ten minutes, on the bleeding data and where it stops. I'll confirm by email today and wait outside the office, not on the unit. Thank you, Dr Wu." # speaker: rep
    - else:
        "So: I'll email you today, and wait to hear from you. Thank you, Dr Wu." # speaker: rep
    }
    "Good." # speaker: wu # mood: neutral
* ["I could come up a little early and find you on the unit, so you needn't walk down to meet me." #act: access.cold_drop_in #minutes: 1]
    "I could come up a little early and find you on the unit, so you needn't walk down to meet me." # speaker: rep
    "After everything I've said, you want to walk onto my unit? Forget it. Don't call again." # speaker: wu # mood: annoyed # end_visit: asked_to_leave # ending: door_closed
    -> END
* ["Before you go, just one question: would you consider trying Norvixa in your next AF patients?" #act: discovery.interrupt #act: closing.no_next_step #minutes: 1]
    "Before you go, Dr Wu, just one question: would you consider trying Norvixa in your next few AF patients?" # speaker: rep
    "You haven't shown me a single number yet and you're asking me to prescribe? Ask me that after I've read your data." # speaker: wu # mood: annoyed
    He hangs up before you can confirm anything. # speaker: narrator
- -> records

=== records ===
Back in the car park, you open the CRM on your phone. Dr Wu's card is still almost empty. # speaker: narrator
* [Fill in his card (email first, never on the unit, what he wants to see, what you promised), then send Dr Chen a line #act: records.profile_updated #act: relationship.personal_care #off_clock #minutes: 5]
    You write: "Email first, then phone at times he sets. Never on the stroke unit.{need_ich: Wants intracranial haemorrhage data, and where it stops.}{need_adherence: His older patients miss evening doses (from Dr Chen).}{booked: Promised: the bleeding data and its limits, Tuesday 7:40.}" # speaker: narrator
    "Thank you for the introduction, Dr Chen. Dr Wu and I have agreed a next step, and I'll keep it strictly professional." # speaker: rep
    She replies with a thumbs-up. # speaker: narrator # mood: pleased
* [Write up the bed 9 patient too, her age, infarct and pending echo, as a case study so your manager understands his needs #act: records.profile_updated #violation: privacy #off_clock #minutes: 5]
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
    You have his email address and his permission to write once more. If it is worth his time, he will answer. # speaker: narrator # ending: summary_requested
}
-> END

=== patience_out ===
{the_call > 0:
    "That's enough. I gave you five minutes and you've used them. Don't call again." # speaker: wu # mood: annoyed # ending: patience_exhausted
- else:
    That evening Dr Chen sends you a message: "Wu asked me to tell you not to contact him again. What did you do?" # speaker: chen # mood: annoyed # ending: patience_exhausted
}
-> END
