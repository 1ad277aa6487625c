# title: Getting a visit at the congress: Dr Sun Mei, geriatrics
# segment: director
# stage: appointment
# setting: congress
# lang: en
# customer: sun
# dimensions: access, preparation, discovery, objections, closing, records
# leaves_to: patience_out

// Norvixa (norvixaban), NAVIGATE-AF and Hengkang Pharma are fictional.
// Every product fact the rep states is on the claims sheet (src/core/world/product.ts) and tagged # claim:.
// The only interaction fact on the sheet is the contraindication with strong combined CYP3A4 and P-gp inhibitors.
// The engine plays Dr Sun (rapport and patience); the story only reads them.
// Promises Dr Sun will expect at the next visit (support-case-discussion-sun):
//   interaction_data: Medical's written answer on interactions in patients on many drugs;
//   case_discussion: help organising a case discussion for her team, with Medical answering the pharmacology.

VAR difficulty = 1
VAR rapport = 45
VAR heard_talk = false
VAR ambushed = false
VAR at_congress = false
VAR matched = false
VAR need_case = false
VAR asked_data = false
VAR booked = false
VAR material_first = false

-> evening_before

=== evening_before ===
Friday, 21:30, a room at the congress hotel. Tomorrow is the second day of the Qinghe Provincial Geriatrics Congress. # speaker: narrator
At 10:00 in Hall B, Dr Sun Mei, director of geriatrics at Qinghe First People's Hospital, speaks on "Falls and anticoagulation in older AF patients: stop, reduce or continue?" Your manager's note says only: "Director, 60 beds, chairs the falls-prevention group. Doesn't like reps at conferences." # speaker: narrator
She is staying at this hotel too: half an hour ago you saw her in the lobby bar, having tea with the organisers. # speaker: narrator
How do you use the evening? # speaker: narrator
* [Plan to stay at the Hengkang booth all morning and catch her at the coffee break for five minutes on the over-80 data #act: preparation.objective_set #off_clock #minutes: 2]
    You write on the back of the programme: "Sun Mei: 5 min at coffee, over-80 data." # speaker: narrator
    Hall B will have to do without you. # speaker: narrator
* [Read her last two papers, plan to hear her talk, and set one aim: an appointment, not a sale #act: preparation.profile_reviewed #act: preparation.objective_set #off_clock #minutes: 4]
    ~ heard_talk = true
    Her papers are about deprescribing in frail inpatients and a falls-prevention bundle on her wards. Neither mentions a brand name. # speaker: narrator
    In your notebook: "Objective: a 20-minute appointment in geriatrics, on her terms. Listen first. Sell nothing tomorrow." # speaker: narrator
* [Read her papers and plan to hear her talk, then see where the conversation goes on the day #act: preparation.profile_reviewed #off_clock #minutes: 3]
    ~ heard_talk = true
    Her papers are about deprescribing in frail inpatients and a falls-prevention bundle on her wards. You circle Hall B, 10:00 in the programme. # speaker: narrator
* [Go down to the lobby bar now and introduce yourself while she's free #act: access.cold_drop_in #rapport: -10 #minutes: 3]
    ~ ambushed = true
    "Director Sun? Forgive me. I'm the Hengkang Pharma representative for your hospital, and I'm looking forward to your talk tomorrow." # speaker: rep
    She puts her cup down. The organisers stop talking. # speaker: narrator
    "It's half past nine at night and I speak at ten tomorrow. Whatever it is, it can wait for the congress." # speaker: sun # mood: annoyed
    Back in your room, her papers stay in their folder. # speaker: narrator
- -> packing

=== packing ===
What do you take with you tomorrow morning? # speaker: narrator
* [The full twenty-four-page detail aid and a few of the booth's gift bags with Norvixa pens #act: preparation.material_unmatched #off_clock #minutes: 1]
    The bags rustle. The detail aid opens on a photograph of a smiling couple on a beach. # speaker: narrator
* [The prescribing information with the interactions page marked, and the over-80 reprint #act: preparation.material_matched #off_clock #minutes: 2]
    ~ matched = true
    You mark the interactions section of the prescribing information, check that the over-80 reprint is the approved one, and slide both into a plain folder. # speaker: narrator
* [The tablet with the national cardiology launch deck: forty slides, everything is in there #act: preparation.material_unmatched #off_clock #minutes: 1]
    You charge the tablet. The deck opens with the company's history and the NAVIGATE-AF headline results. # speaker: narrator
- -> after_talk

=== after_talk ===
~ at_congress = true
Saturday, 10:30. Qinghe International Convention Centre. # speaker: narrator # phase: approach
{heard_talk:
    Dr Sun's last slide says: "A fall is a reason to review, not a reason to stop." A patient on anticoagulation, she reminds the hall, would have to fall hundreds of times a year before the risk of a head bleed outweighed the protection against stroke. # speaker: narrator
    She lowers her voice for the last point. # speaker: narrator
    "What worries me is not the fall. It is what the patient takes with it. Our patients take nine drugs on average, and the trials left most of them out." # speaker: sun
    Professor Zhou Minghua, who co-chaired the session and knows you from the arrhythmia service, thanks the speaker. A small queue of delegates forms at the podium. # speaker: narrator
- else:
    The doors of Hall B open and delegates pour out towards the coffee station beside the exhibition hall. Dr Sun is among them, a delegate at each elbow. # speaker: narrator
}
{ambushed:
    She sees you across the crowd, and her eyes move on. # speaker: narrator
}
* [Go straight up to the podium while she unplugs her laptop, with the detail aid open in your hand #act: access.cold_drop_in #minutes: 2]
    "Director Sun, I'm from Hengkang Pharma. Could I take two minutes of your time on Norvixa?" # speaker: rep
    She winds the cable around her hand without looking up. # speaker: narrator
    "There are doctors waiting with questions. Excuse me." # speaker: sun # mood: annoyed
    You follow her out to the coffee station. # speaker: narrator
* {heard_talk} [Ask Professor Zhou, an existing customer, whether she would introduce you at the coffee break #act: access.referral #minutes: 3]
    Professor Zhou looks at you over her glasses, then nods. # speaker: narrator
    "She asks harder questions than I do. Don't waste her time." # speaker: zhou
    At the coffee station she catches Dr Sun's sleeve. # speaker: narrator
    "Sun Mei, this is Hengkang's representative. Sensible, knows the data, listens." # speaker: zhou
    "Coming from you, that is a reference." # speaker: sun # mood: neutral
* [Let the delegates with questions go first, then introduce yourself at the coffee station #act: access.academic_event #minutes: 3]
    You wait until the last delegate has had his answer and she has a cup in her hand. Your company badge is in plain view. # speaker: narrator
    "Director Sun, excuse me. I'm the Hengkang Pharma representative for your hospital." # speaker: rep
* [Go back to the Hengkang booth by the coffee station and catch her as she walks past #act: access.cold_drop_in #minutes: 2]
    She passes the booth on her way to the coffee, glances at the poster, and keeps walking. You step out into her path. # speaker: narrator
    "Director Sun? I'm the Hengkang Pharma representative for your hospital." # speaker: rep
    She stops, because she has to. # speaker: narrator
- -> introduction

=== introduction ===
{difficulty > 1:
    "Hengkang. You're the third company to stop me this morning. I chair the next session in fifteen minutes." # speaker: sun # mood: sceptical
- else:
    "Hengkang. You're the third company to stop me this morning." # speaker: sun # mood: neutral
}
* [Ask whether her department already uses Norvixa for its older AF patients #act: discovery.closed_question #minutes: 1]
    "Director Sun, does your department use Norvixa yet?" # speaker: rep
    "Sometimes." # speaker: sun # mood: sceptical
    She stirs her coffee and waits. # speaker: narrator
* {heard_talk} [Say you're not here to present anything, and ask about her point on patients taking nine drugs #act: access.academic_event #act: discovery.open_question #minutes: 3]
    "I'm not here to present anything today. I came to your talk, and one point stayed with me: that it isn't the fall but everything the patient takes with it. What does that look like on your wards?" # speaker: rep
    She looks at you properly for the first time. # speaker: narrator
    "You were actually listening. Good." # speaker: sun # mood: neutral
* {not heard_talk} [Admit you missed her talk, and ask what she most wanted the audience to take away #act: access.academic_event #act: discovery.open_question #minutes: 2]
    "I'm afraid I missed your talk. What did you most want the audience to take away?" # speaker: rep
    "At least you're honest about it." # speaker: sun # mood: neutral
* [Compliment the talk and move straight on to Norvixa's over-80 bleeding data #act: value.feature_dump #claim: elderly_subgroup #minutes: 3]
    "A wonderful talk, Director. It's exactly why I wanted to show you our over-80 data: in NAVIGATE-AF, major bleeding in patients over 80 was 4.1 per cent a year on Norvixa against 5.0 on warfarin, and gastrointestinal bleeding..." # speaker: rep
    "I've just spent half an hour on a stage. I didn't come out here for a second lecture." # speaker: sun # mood: annoyed
* [Thank her for her time, tell her in a sentence why you came over, and ask for twenty minutes in her department whenever suits her #act: closing.thanks #act: closing.summary #act: access.clear_appointment #rapport: -10 #minutes: 2]
    "Thank you for your time, Director. In short: I'd like to understand how your department approaches anticoagulation in older patients. Could I ask for twenty minutes in your department, whenever suits you?" # speaker: rep
    "You've summed up a conversation we haven't had." She glances towards Hall C. "Twenty minutes to talk about what, exactly? Email my secretary." # speaker: sun # mood: sceptical
    -> confirm
- -> her_point

=== her_point ===
{rapport >= 60:
    "Falls are rarely the real problem. Take any of my fallers: aspirin nobody ever stopped, an antidepressant, a painkiller from the pharmacy downstairs, a sleeping tablet, three drugs for blood pressure. Add an anticoagulant to that and nobody can tell me what happens. The trials excluded exactly these patients." # speaker: sun # need: polypharmacy_interactions
- else:
    "My patients take nine drugs on average. Add an anticoagulant and nobody can tell me what happens." # speaker: sun # mood: sceptical # need: polypharmacy_interactions
}
* [Jump in: that's exactly where once-daily Norvixa makes a long drug list simpler #act: discovery.interrupt #minutes: 1]
    "That's exactly where Norvixa makes life simpler, Director, because it's once daily and..." # speaker: rep
    "I hadn't finished." # speaker: sun # mood: annoyed
* [Ask whether most of those patients are on warfarin, and whether their INR is hard to keep stable #act: discovery.closed_question #minutes: 1]
    "Are most of those patients on warfarin?" # speaker: rep
    "Some." # speaker: sun # mood: neutral
* [Say the real issue is the anticoagulant on top of everything else, and ask if that's right #act: discovery.active_listening #minutes: 2]
    "So the question on your wards isn't whether a faller can be anticoagulated. It's what the anticoagulant does on top of everything else they take, in exactly the patients the trials didn't study. Have I got that right?" # speaker: rep
    "Yes. And I don't want reassurance. I want data, or an honest 'we don't know'." # speaker: sun # mood: neutral
- -> interactions

=== interactions ===
"So tell me. What does your label say about interactions?" # speaker: sun # objection: interaction_evidence
* [Move on to the over-80 bleeding data you do have, and give her the GI numbers honestly, even the worse ones #act: objections.evade #claim: elderly_subgroup #minutes: 2]
    "I don't have the interaction details with me, but what I can tell you is that in patients over 80, major bleeding was 4.1 versus 5.0 per cent a year with warfarin, though GI bleeding was numerically higher, 1.9 versus 1.6." # speaker: rep
    "Those are honest numbers. They're not an answer to my question." # speaker: sun # mood: sceptical
* [Tell her Norvixa has no interaction problems to worry about, so it's simple to add to even a long drug list #act: objections.evidence_response #violation: misleading_claim #minutes: 1]
    -> trust_lost
* {matched} [Open the label at the page you marked, say there's no polypharmacy data, and offer a written answer from Medical #act: objections.acknowledge #act: objections.evidence_response #act: objections.defer_and_commit #claim: contraindications #gives: label #promise: interaction_data #minutes: 3]
    ~ asked_data = true
    You open the prescribing information at the page you marked. # speaker: narrator
    "This is what the label says: Norvixa is contraindicated with strong combined CYP3A4 and P-gp inhibitors. I have no data in patients on eight or nine drugs to show you, and I won't pretend I do. I'll ask our medical department what exists and have them answer you in writing." # speaker: rep
    She reads the section, then folds the leaflet into her programme. # speaker: narrator
    "The label itself, not a brochure. Thank you." # speaker: sun # mood: pleased
* {not matched} [Tell her what the label says, admit there are no data in patients on many drugs, and offer a written answer from Medical #act: objections.acknowledge #act: objections.evidence_response #act: objections.defer_and_commit #claim: contraindications #promise: interaction_data #minutes: 3]
    ~ asked_data = true
    "The label contraindicates Norvixa with strong combined CYP3A4 and P-gp inhibitors. That is what it says, and I have no data in patients on eight or nine drugs to show you; I won't pretend I do. I'll ask our medical department what exists and have them answer you in writing." # speaker: rep
    "An honest 'we don't know'. That's rarer than you'd think." # speaker: sun # mood: neutral
- -> team

=== trust_lost ===
"Honestly, Director, that's the beauty of Norvixa: no interaction problems. You can add it to a long list without worrying." # speaker: rep
She puts her cup down on the tray. # speaker: narrator
"None? Your own label contraindicates it with strong CYP3A4 and P-gp inhibitors. Half my patients are on something that touches those pathways. If you tell my doctors there are no interactions, someone will bleed." # speaker: sun # mood: annoyed
"I don't think we have anything more to discuss. Excuse me." # speaker: sun # end_visit: customer_left # ending: trust_lost
-> END

=== team ===
"Every Wednesday afternoon my team argues about one of these patients. This week it's an eighty-four-year-old woman: two falls since spring, nine drugs, AF. Half the team wants to stop her anticoagulant, half wants to keep it." # speaker: sun
* [Invite her and her team to Hengkang's dinner tonight at the revolving restaurant to talk the case through properly #act: relationship.transactional #violation: improper_benefit #minutes: 2]
    "Why don't you and your team join us tonight? Hengkang has a table at the revolving restaurant on top of the Jinjiang. We could talk the case through properly over dinner." # speaker: rep
    She takes a moment before she answers, and her voice doesn't change. # speaker: narrator
    "My team discusses patients in the department, not over lobster. And I'd rather you didn't invite my residents to anything either." # speaker: sun # mood: annoyed
* [Suggest Norvixa for that patient, since once daily with no INR monitoring keeps her regimen simple #act: discovery.interrupt #claim: dose_standard #rapport: -10 #minutes: 1]
    "For a patient like her, Norvixa would make things simpler: once daily, no routine coagulation monitoring." # speaker: rep
    "You haven't asked about her kidneys, her weight or what else she takes. And choosing her treatment is my team's job, not yours. Please don't prescribe for my patients in a coffee queue." # speaker: sun # mood: annoyed
* [Ask how her team works through cases like this, and what would help #act: discovery.open_question #minutes: 2]
    ~ need_case = true
    "How does your team work through a case like hers at the moment, and what would help?" # speaker: rep
    "We argue from memory. What I'd like is one proper case discussion: the evidence on falls and bleeding, the interactions, someone who knows the pharmacology and can say where the data stop. Medical, not a sales talk." # speaker: sun # mood: neutral # need: team_case_discussion
- -> request

=== request ===
A bell rings for the next session. Dr Sun glances at her watch. # speaker: narrator
"I have to go." # speaker: sun # phase: request
* [Propose Tuesday at eight in her office, since you'll be at the hospital that morning anyway #act: access.cold_drop_in #minutes: 1]
    "Could I come by your office on Tuesday at eight, Director? I'm at the hospital that morning anyway." # speaker: rep
    "I don't fix my diary in a coffee queue. If it's important, call my secretary like everyone else." # speaker: sun # mood: sceptical
    {rapport >= 70:
        ~ material_first = true
    }
* {need_case} [Ask for twenty minutes via her secretary, with Medical's answer and ideas for her team's case reviews #act: access.clear_appointment #promise: interaction_data #promise: case_discussion #minutes: 2]
    ~ asked_data = true
    "I won't keep you. Could I ask for twenty minutes in your department, whenever suits you through your secretary? I'd bring our medical department's answer on interactions, and a colleague from Medical to plan how we could support your team's case discussion." # speaker: rep
    -> answer
* {not need_case} [Ask for twenty minutes through her secretary, to bring Medical's answer on interactions #act: access.clear_appointment #promise: interaction_data #minutes: 2]
    ~ asked_data = true
    "I won't keep you. Could I ask for twenty minutes in your department, whenever suits you through your secretary? I'd bring our medical department's answer on interactions." # speaker: rep
    -> answer
* [Walk with her towards the hall and use the few minutes to take her through the over-80 bleeding data #act: value.feature_dump #act: access.cold_drop_in #claim: elderly_subgroup #minutes: 3]
    "I'll walk with you, Director. Just quickly, in the over-80s major bleeding was 4.1 versus 5.0 per cent a year, and..." # speaker: rep
    She stops at the door of Hall C. # speaker: narrator
    "This is why I avoid the exhibition hall." # speaker: sun # mood: annoyed
* [Give her your card and tell her to call if she ever needs anything #act: closing.no_next_step #minutes: 1]
    "Here's my card, Director. Call me if you ever need anything." # speaker: rep
    "Thank you." # speaker: sun # mood: neutral
    She puts the card in her programme without reading it. # speaker: narrator
- -> confirm

=== answer ===
{
- rapport >= 80:
    ~ booked = true
    "Call Xiao Liu, the department secretary. Thursday afternoons after three are best. Twenty minutes. And if you bring interaction data, bring someone from your medical department who can answer questions about it." # speaker: sun # mood: pleased
- rapport >= 55:
    ~ material_first = true
    "Send what your medical department has to my secretary first. If it's useful, she'll find you a slot." # speaker: sun # mood: neutral
- else:
    "Leave your card with my secretary." # speaker: sun # mood: sceptical
}
-> confirm

=== confirm ===
She stifles a yawn. # speaker: narrator # phase: confirm
"Sorry. The congress hotel gave me a room next to the lift, and I've hardly slept." # speaker: sun
{booked:
    She writes "Hengkang, interactions, Thu" in the margin of her programme. # speaker: narrator
}
* {booked} [Go over it once more: Xiao Liu on Monday, twenty minutes on interactions, a medical colleague with you #act: access.clear_appointment #act: closing.summary #act: closing.thanks #act: closing.next_step #minutes: 1]
    "Thank you, Director. I'll call Xiao Liu on Monday for a Thursday after three: twenty minutes, the interaction information, and a colleague from our medical department. Good luck with your session." # speaker: rep
    "Good. Monday." # speaker: sun # mood: pleased
* {not booked and asked_data} [Thank her, say Medical's answer will reach her through her secretary, and let her go #act: closing.thanks #act: closing.next_step #promise: interaction_data #minutes: 1]
    "Thank you for your time, Director. I'll send the interaction information through your secretary as soon as our medical department has it." # speaker: rep
    "Fine." # speaker: sun # mood: neutral
* {not booked and not asked_data} [Thank her, say you'll email her secretary what you'd like to discuss, and let her go #act: closing.thanks #act: closing.next_step #minutes: 1]
    "Thank you for your time, Director. I'll email your secretary what I'd like to discuss, and you can decide whether it's worth twenty minutes." # speaker: rep
    "Fine." # speaker: sun # mood: neutral
* [Offer to have her moved to a quiet suite tonight: Hengkang has a block of rooms at the congress hotel #act: relationship.transactional #violation: improper_benefit #minutes: 1]
    -> upgrade_refused
* [Promise to bring the full detail aid and the launch deck next time, so she sees the whole product story #act: preparation.material_unmatched #minutes: 1]
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
* [Find her mobile on the delegate list, add her on WeChat tonight and send her the detail aid PDF #act: value.feature_dump #violation: privacy #off_clock #minutes: 2]
    Her number is on the delegate list, next to her hotel room. At 22:40 you send the request with the PDF. # speaker: narrator
    She doesn't accept it. # speaker: narrator
    {booked:
        ~ booked = false
        ~ material_first = true
        On Monday Xiao Liu tells you, politely, that Director Sun's Thursdays are full for now; please send the interaction information by email. # speaker: narrator
    }
* [Write up what you learned in her profile and adjust your geriatrics plan to match #act: records.profile_updated #act: records.review_done #off_clock #minutes: 4]
    {asked_data:
        You log the conversation and send her interaction question to Medical Information with a note: "Director, geriatrics; patients on about nine drugs; written answer please." # speaker: narrator
    - else:
        You log the conversation: a short one, and the reason it was short. # speaker: narrator
    }
    {need_case:
        You add: "Wants a case discussion for her team: evidence on falls and bleeding, interactions, pharmacology from Medical. No sales content." # speaker: narrator
    }
    Under "plan" you write: "Geriatrics: no detailing at events. Contact through her secretary; academic support through Medical, if she asks for it." # speaker: narrator
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
{at_congress:
    Dr Sun puts her cup down. # speaker: narrator
    "I'm sorry, I have a session to chair. Leave your card at the registration desk if you like." # speaker: sun # mood: annoyed # ending: patience_exhausted
- else:
    Dr Sun turns back to the organisers. # speaker: narrator
    "Good night." # speaker: sun # mood: annoyed # ending: patience_exhausted
}
-> END
