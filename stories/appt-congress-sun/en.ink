# title: Getting a visit at the congress: Dr Sun Mei, geriatrics
# segment: director
# stage: appointment
# lang: en
# customer: sun
# dimensions: access, preparation

// Norvixa (norvixaban), NAVIGATE-AF and Hengkang Pharma are fictional.
// Every product fact the rep states is on the claims sheet (src/core/world/product.ts) and tagged # claim:.
// The only interaction fact on the sheet is the contraindication with strong combined CYP3A4 and P-gp inhibitors.

VAR difficulty = 1
VAR rapport = 45
VAR patience = 50
VAR heard_talk = false
VAR matched = false
VAR need_case = false
VAR booked = false
VAR material_first = false

~ patience -= 20 * (difficulty - 1)
-> evening_before

// keeps rapport and patience inside 0-100
=== function clamp(x) ===
~ return MAX(0, MIN(100, x))

=== patience_check ===
{patience <= 0: -> patience_out}
->->

=== evening_before ===
Friday, 21:30, a room at the congress hotel. Tomorrow is the second day of the Qinghe Provincial Geriatrics Congress. # speaker: narrator
At 10:00 in Hall B, Dr Sun Mei, director of geriatrics at Qinghe First People's Hospital, speaks on "Falls and anticoagulation in older AF patients: stop, reduce or continue?" Your manager's note says only: "Director, 60 beds, chairs the falls-prevention group. Doesn't like reps at conferences." # speaker: narrator
How do you plan the morning? # speaker: narrator
* [Stay at the Hengkang booth all morning, where the traffic is, and catch her at the coffee break for five minutes on the over-80 data #act: preparation.objective_set #minutes: 2]
    You write on the back of the programme: "Sun Mei: 5 min at coffee, over-80 data." # speaker: narrator
    Hall B will have to do without you. # speaker: narrator
* [Read her last two papers tonight, go to the polypharmacy session and her talk, and set one objective: ask for a proper appointment in her department, not a sale #act: preparation.profile_reviewed #act: preparation.objective_set #minutes: 4]
    ~ heard_talk = true
    Her papers are about deprescribing in frail inpatients and a falls-prevention bundle on her wards. Neither mentions a brand name. # speaker: narrator
    In your notebook: "Objective: a 20-minute appointment in geriatrics, on her terms. Listen first. Sell nothing tomorrow." # speaker: narrator
* [Read her papers and go to her talk, but keep the objective open: see where the conversation goes #act: preparation.profile_reviewed #minutes: 3]
    ~ heard_talk = true
    Her papers are about deprescribing in frail inpatients and a falls-prevention bundle on her wards. You circle Hall B, 10:00 in the programme. # speaker: narrator
- -> packing

=== packing ===
What do you take with you tomorrow morning? # speaker: narrator
* [The full twenty-four-page detail aid and a few of the booth's gift bags with Norvixa pens #act: preparation.material_unmatched #minutes: 1]
    The bags rustle. The detail aid opens on a photograph of a smiling couple on a beach. # speaker: narrator
* [One page: the approved over-80 subgroup data and the label's contraindications and renal dosing, plus your card; nothing with a logo on it #act: preparation.material_matched #minutes: 2]
    ~ matched = true
    You print one copy of the page, check every number against the approved source, and slide it into a plain folder. # speaker: narrator
* [The tablet with the national cardiology launch deck: forty slides, everything is in there #act: preparation.material_unmatched #minutes: 1]
    You charge the tablet. The deck opens with the company's history and the NAVIGATE-AF headline results. # speaker: narrator
- -> after_talk

=== after_talk ===
-> patience_check ->
Saturday, 10:30. Qinghe International Convention Centre. # speaker: narrator # phase: approach
{heard_talk:
    Dr Sun's last slide says: "A fall is a reason to review, not a reason to stop." A patient on anticoagulation, she reminds the hall, would have to fall hundreds of times a year before the risk of a head bleed outweighed the protection against stroke. # speaker: narrator
    She lowers her voice for the last point. # speaker: narrator
    "What worries me is not the fall. It is what the patient takes with it. Our patients take nine drugs on average, and the trials left most of them out." # speaker: sun
    Professor Zhou Minghua, who co-chaired the session and knows you from the arrhythmia service, thanks the speaker. A small queue of delegates forms at the podium. # speaker: narrator
- else:
    The doors of Hall B open and delegates pour out towards the coffee station beside the exhibition hall. Dr Sun is among them, a delegate at each elbow. # speaker: narrator
}
* [Go straight to the podium while she unplugs her laptop, detail aid in hand #act: access.cold_drop_in #minutes: 2]
    ~ rapport = clamp(rapport - 10)
    ~ patience = clamp(patience - 10)
    "Director Sun, I'm from Hengkang Pharma. Could I take two minutes of your time on Norvixa?" # speaker: rep
    She winds the cable around her hand without looking up. # speaker: narrator
    "There are doctors waiting with questions. Excuse me." # speaker: sun # mood: annoyed
    You follow her out to the coffee station. # speaker: narrator
* {heard_talk} [Ask Professor Zhou, an existing customer, whether she would introduce you at the coffee break #act: access.referral #minutes: 3]
    ~ rapport = clamp(rapport + 10)
    Professor Zhou looks at you over her glasses, then nods. # speaker: narrator
    "She asks harder questions than I do. Don't waste her time." # speaker: zhou
    At the coffee station she catches Dr Sun's sleeve. # speaker: narrator
    "Sun Mei, this is Hengkang's representative. Sensible, knows the data, listens." # speaker: zhou
    "Coming from you, that is a reference." # speaker: sun # mood: neutral
* [Let the delegates with questions go first, then approach her at the coffee station with your company badge clearly visible #act: access.academic_event #minutes: 3]
    ~ rapport = clamp(rapport + 5)
    You wait until the last delegate has had his answer and she has a cup in her hand. # speaker: narrator
    "Director Sun, excuse me. I'm the Hengkang Pharma representative for this hospital." # speaker: rep
* [Go back to the Hengkang booth beside the coffee station and wait for her to pass #act: access.academic_event #minutes: 2]
    She passes the booth on her way to the coffee, glances at the poster, and keeps walking. You step out and introduce yourself. # speaker: narrator
    "Director Sun? I'm the Hengkang Pharma representative for your hospital." # speaker: rep
- -> introduction

=== introduction ===
-> patience_check ->
{difficulty > 1:
    "Hengkang. You're the third company to stop me this morning. I chair the next session in fifteen minutes." # speaker: sun # mood: sceptical
- else:
    "Hengkang. You're the third company to stop me this morning." # speaker: sun # mood: neutral
}
* [Ask whether her department uses Norvixa yet #act: discovery.closed_question #minutes: 1]
    ~ rapport = clamp(rapport - 5)
    ~ patience = clamp(patience - 5)
    "Director Sun, does your department use Norvixa yet?" # speaker: rep
    "Sometimes." # speaker: sun # mood: sceptical
    She stirs her coffee and waits. # speaker: narrator
* {heard_talk} [Say you're not here to present anything today, and ask about the point in her talk that stayed with you: the patients on nine drugs #act: access.academic_event #act: discovery.open_question #minutes: 3]
    ~ rapport = clamp(rapport + 10)
    "I'm not here to present anything today. I came to your talk, and one point stayed with me: that it isn't the fall but everything the patient takes with it. What does that look like on your wards?" # speaker: rep
    She looks at you properly for the first time. # speaker: narrator
    "You were actually listening. Good." # speaker: sun # mood: neutral
* {not heard_talk} [Admit you missed her talk, and ask what she most wanted the audience to take away #act: access.academic_event #act: discovery.open_question #minutes: 2]
    ~ rapport = clamp(rapport + 5)
    "I'm afraid I was at the booth and missed your talk. What did you most want the audience to take away?" # speaker: rep
    "At least you're honest about it." # speaker: sun # mood: neutral
* [Compliment the talk and move straight on to Norvixa's over-80 bleeding data #act: value.feature_dump #claim: elderly_subgroup #minutes: 3]
    ~ rapport = clamp(rapport - 10)
    ~ patience = clamp(patience - 15)
    "A wonderful talk, Director. It's exactly why I wanted to show you our over-80 data: in NAVIGATE-AF, major bleeding in patients over 80 was 4.1 per cent a year on Norvixa against 5.0 on warfarin, and gastrointestinal bleeding..." # speaker: rep
    "I've just spent half an hour on a stage. I didn't come out here for a second lecture." # speaker: sun # mood: annoyed
- -> her_point

=== her_point ===
-> patience_check ->
{rapport >= 55:
    "Falls are rarely the real problem. Take any of my fallers: aspirin nobody ever stopped, an antidepressant, a painkiller from the pharmacy downstairs, a sleeping tablet, three drugs for blood pressure. Add an anticoagulant to that and nobody can tell me what happens. The trials excluded exactly these patients." # speaker: sun # need: polypharmacy_interactions
- else:
    "My patients take nine drugs on average. Add an anticoagulant and nobody can tell me what happens." # speaker: sun # mood: sceptical # need: polypharmacy_interactions
}
* [Jump in: that is exactly where Norvixa makes life simpler #act: discovery.interrupt #minutes: 1]
    ~ rapport = clamp(rapport - 10)
    ~ patience = clamp(patience - 10)
    "That's exactly where Norvixa makes life simpler, Director, because it's once daily and..." # speaker: rep
    "I hadn't finished." # speaker: sun # mood: annoyed
* [Ask whether most of those patients are on warfarin #act: discovery.closed_question #minutes: 1]
    ~ patience = clamp(patience - 5)
    "Are most of those patients on warfarin?" # speaker: rep
    "Some." # speaker: sun # mood: neutral
* [Put what she said in your own words and check you've understood #act: discovery.active_listening #minutes: 2]
    ~ rapport = clamp(rapport + 5)
    "So the question on your wards isn't whether a faller can be anticoagulated. It's what the anticoagulant does on top of everything else they take, in exactly the patients the trials didn't study. Have I got that right?" # speaker: rep
    "Yes. And I don't want reassurance. I want data, or an honest 'we don't know'." # speaker: sun # mood: neutral
- -> interactions

=== interactions ===
-> patience_check ->
"So tell me. What does your label say about interactions?" # speaker: sun
* [Switch to the over-80 bleeding data you do have, with the GI numbers #act: objections.evade #act: value.evidence_cited #claim: elderly_subgroup #minutes: 2]
    ~ rapport = clamp(rapport - 5)
    ~ patience = clamp(patience - 10)
    "I don't have the interaction details with me, but what I can tell you is that in patients over 80, major bleeding was 4.1 versus 5.0 per cent a year with warfarin, though GI bleeding was numerically higher, 1.9 versus 1.6." # speaker: rep
    "Those are honest numbers. They're not an answer to my question." # speaker: sun # mood: sceptical
* [Tell her Norvixa has no interaction problems, so it's simple to add to a long drug list #act: value.need_linked #violation: misleading_claim #minutes: 1]
    -> trust_lost
* [Say what the label says, admit you have no data in patients on many drugs, and offer to ask your medical department for what exists #act: objections.acknowledge #act: objections.defer_and_commit #claim: contraindications #minutes: 3]
    ~ rapport = clamp(rapport + 10)
    "The label contraindicates Norvixa with strong combined CYP3A4 and P-gp inhibitors. That is what it says, and I have no data in patients on eight or nine drugs to show you; I won't pretend I do. I'll ask our medical department what exists and have it sent to you in writing." # speaker: rep
    {matched:
        ~ rapport = clamp(rapport + 5)
        You hand her the single page from your folder. She reads the contraindications, then the over-80 numbers, and folds it into her programme. # speaker: narrator
        "One page, and it has the GI bleeding on it too. Thank you." # speaker: sun # mood: pleased
    - else:
        "An honest 'we don't know'. That's rarer than you'd think." # speaker: sun # mood: neutral
    }
- -> team

=== trust_lost ===
"Honestly, Director, that's the beauty of Norvixa: no interaction problems. You can add it to a long list without worrying." # speaker: rep
She puts her cup down on the tray. # speaker: narrator
"None? Your own label contraindicates it with strong CYP3A4 and P-gp inhibitors. Half my patients are on something that touches those pathways. If you tell my doctors there are no interactions, someone will bleed." # speaker: sun # mood: annoyed
"I don't think we have anything more to discuss. Excuse me." # speaker: sun # end_visit: customer_left # ending: trust_lost
-> END

=== team ===
-> patience_check ->
"Every Wednesday afternoon my team argues about one of these patients. This week it's an eighty-four-year-old woman: two falls since spring, nine drugs, AF. Half the team wants to stop her anticoagulant, half wants to keep it." # speaker: sun
* [Invite her and her team to Hengkang's dinner tonight at the revolving restaurant to talk the case through properly #act: relationship.transactional #violation: improper_benefit #minutes: 2]
    ~ rapport = clamp(rapport - 20)
    ~ patience = clamp(patience - 15)
    "Why don't you and your team join us tonight? Hengkang has a table at the revolving restaurant on top of the Jinjiang. We could talk the case through properly over dinner." # speaker: rep
    She takes a moment before she answers, and her voice doesn't change. # speaker: narrator
    "My team discusses patients in the department, not over lobster. And I'd rather you didn't invite my residents to anything either." # speaker: sun # mood: annoyed
* [Recommend Norvixa for that patient: once daily, no INR monitoring #act: discovery.interrupt #claim: dose_standard #minutes: 1]
    ~ rapport = clamp(rapport - 10)
    ~ patience = clamp(patience - 10)
    "For a patient like that, Norvixa would simplify things: 20 mg once daily, no routine monitoring." # speaker: rep
    "You haven't asked about her kidneys, her weight or what else she takes. Please don't prescribe for my patients in a coffee queue." # speaker: sun # mood: annoyed
* [Ask how her team works through cases like this now, and what would help them #act: discovery.open_question #minutes: 2]
    ~ rapport = clamp(rapport + 5)
    ~ need_case = true
    "How does your team work through a case like hers at the moment, and what would help?" # speaker: rep
    "We argue from memory. What I'd like is one proper case discussion: the evidence on falls and bleeding, the interactions, someone who knows the pharmacology and can say where the data stop. Medical, not a sales talk." # speaker: sun # mood: neutral # need: team_case_discussion
- -> request

=== request ===
-> patience_check ->
A bell rings for the next session. Dr Sun glances at her watch. # speaker: narrator
"I have to go." # speaker: sun # phase: request
* [Propose Tuesday at eight in her office; you'll be at the hospital anyway #act: access.cold_drop_in #minutes: 1]
    ~ rapport = clamp(rapport - 10)
    "Could I come by your office on Tuesday at eight, Director? I'm at the hospital that morning anyway." # speaker: rep
    "I don't fix my diary in a coffee queue. If it's important, call my secretary like everyone else." # speaker: sun # mood: sceptical
    {rapport >= 60:
        ~ material_first = true
    }
* [Ask for twenty minutes in her department at a time her secretary chooses, and say what it would be for #act: access.clear_appointment #minutes: 2]
    "I won't keep you. Could I ask for twenty minutes in your department, whenever suits you through your secretary? I'd bring what our medical department has on interactions{need_case:, and we could talk about how our medical colleagues might support your team's case discussion}." # speaker: rep
    {
    - rapport >= 65 + 10 * (difficulty - 1):
        ~ booked = true
        "Call Xiao Liu, the department secretary. Thursday afternoons after three are best. Twenty minutes. And if you bring interaction data, bring someone from your medical department who can answer questions about it." # speaker: sun # mood: pleased
    - rapport >= 45:
        ~ material_first = true
        "Send what your medical department has to my secretary first. If it's useful, she'll find you a slot." # speaker: sun # mood: neutral
    - else:
        "Leave your card with my secretary." # speaker: sun # mood: sceptical
    }
* [Walk with her towards the hall and use the time to go through the over-80 data #act: value.feature_dump #act: access.cold_drop_in #claim: elderly_subgroup #minutes: 3]
    ~ rapport = clamp(rapport - 15)
    ~ patience = clamp(patience - 20)
    "I'll walk with you, Director. Just quickly, in the over-80s major bleeding was 4.1 versus 5.0 per cent a year, and..." # speaker: rep
    She stops at the door of Hall C. # speaker: narrator
    "This is why I avoid the exhibition hall." # speaker: sun # mood: annoyed
* [Give her your card and tell her to call if she ever needs anything #act: closing.no_next_step #minutes: 1]
    "Here's my card, Director. Call me if you ever need anything." # speaker: rep
    "Thank you." # speaker: sun # mood: neutral
    She puts the card in her programme without reading it. # speaker: narrator
- -> confirm

=== confirm ===
-> patience_check ->
She stifles a yawn. # speaker: narrator # phase: confirm
"Sorry. The congress hotel gave me a room next to the lift, and I've hardly slept." # speaker: sun
{booked:
    She writes "Hengkang, interactions, Thu" in the margin of her programme. # speaker: narrator
}
* {booked} [Confirm it back: you'll call Xiao Liu on Monday, say it's twenty minutes on interactions, and bring a medical colleague #act: access.clear_appointment #act: closing.summary #act: closing.thanks #minutes: 1]
    ~ rapport = clamp(rapport + 5)
    "Thank you, Director. I'll call Xiao Liu on Monday for a Thursday after three: twenty minutes, the interaction information, and a colleague from our medical department. Good luck with your session." # speaker: rep
    "Good. Monday." # speaker: sun # mood: pleased
* {not booked} [Thank her, say in one sentence what you'll send through her secretary, and let her go #act: closing.thanks #act: closing.next_step #minutes: 1]
    "Thank you for your time, Director. I'll send the interaction information through your secretary as soon as our medical department has it." # speaker: rep
    "Fine." # speaker: sun # mood: neutral
* [Offer to have her moved to a quiet suite tonight: Hengkang has a block of rooms at the congress hotel #act: relationship.transactional #violation: improper_benefit #minutes: 1]
    -> upgrade_refused
* [Promise to bring the full detail aid and the launch deck next time, so she sees the whole product story #act: preparation.material_unmatched #minutes: 1]
    ~ rapport = clamp(rapport - 10)
    "Next time I'll bring the full detail aid and our launch presentation, so you can see the whole story." # speaker: rep
    "I asked you about interactions, not for a brochure." # speaker: sun # mood: sceptical
    {booked:
        ~ booked = false
        ~ material_first = true
        "Send the interaction data first. Then we'll see about Thursday." # speaker: sun
    }
- -> back_at_booth

=== upgrade_refused ===
"You poor thing, Director. Hengkang has a block of rooms here; I can have you moved to a suite on a quiet floor tonight. It's no trouble at all." # speaker: rep
Her face doesn't change, but she steps back half a pace. # speaker: narrator
"No. And please don't call my secretary. I'd rather not have this conversation in my department." # speaker: sun # mood: annoyed
She walks into Hall C without looking back. # speaker: narrator # end_visit: customer_left # ending: invitation_withdrawn
-> END

=== back_at_booth ===
11:05, back at the Hengkang booth. The hall is quiet while the sessions run. # speaker: narrator
* [Add her on WeChat from the delegate list tonight and send her the detail aid PDF while she still remembers you #act: value.feature_dump #minutes: 2]
    She doesn't accept the request. # speaker: narrator
    {booked:
        ~ booked = false
        ~ material_first = true
        On Monday Xiao Liu tells you, politely, that Director Sun's Thursdays are full for now; please send the interaction information by email. # speaker: narrator
    }
* [Write up her profile: interaction data in polypharmacy, her team's case discussion, the secretary and Thursday afternoons; adjust your plan for geriatrics to academic support first #act: records.profile_updated #act: records.review_done #minutes: 4]
    You log the conversation and send her interaction question to Medical Information with a note: "Director, geriatrics; patients on about nine drugs; written answer please." # speaker: narrator
    Under "plan" you write: "Geriatrics: no detailing at events. Case-discussion support through Medical, if she asks for it." # speaker: narrator
- -> outcome

=== outcome ===
{
- booked:
    On Monday Xiao Liu gives you Thursday at three-fifteen, twenty minutes, and asks for the name of your medical colleague for the visitor list. # speaker: narrator # ending: appointment_booked
- material_first:
    No appointment yet, but she has asked for something. When the interaction information reaches her, it will be your reason to call her secretary. # speaker: narrator # ending: material_requested
- else:
    Your card is somewhere in her programme. You'll need another way in. # speaker: narrator # ending: polite_dismissal
}
-> END

=== patience_out ===
Dr Sun puts her cup down. # speaker: narrator
"I'm sorry, I have a session to chair. Leave your card at the registration desk if you like." # speaker: sun # mood: annoyed # end_visit: patience_exhausted # ending: patience_exhausted
-> END
