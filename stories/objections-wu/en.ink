# title: First visit to Dr Wu Hao, stroke unit: price, habit and the fear of a bleed
# segment: clinician
# stage: first_visit
# setting: office
# lang: en
# customer: wu
# dimensions: opening, discovery, value, objections, closing
# leaves_to: patience_out

// Norvixa (norvixaban), Trombexa (trombexaban), NAVIGATE-AF and Hengkang Pharma are fictional.
// Every fact the rep states comes from the claims sheet (src/core/world/product.ts) and is tagged # claim:.
// Norvixa: 20 mg once daily, list price 5.60 yuan a day, National Reimbursement Drug List category B.
// Trombexa: 5 mg twice daily, about 0.90 yuan a day in volume-based procurement.
// No head-to-head trial compares them; when to start anticoagulation after a stroke is not in the label.
// Dr Wu may remember the appointment call (appt-referral-wu): what Dr Chen and he revealed there
// (ich_data, twice_daily_adherence) and the promise to take him through the bleeding data (bleeding_data).
// Without that memory the visit plays the same: he simply has to be asked.

EXTERNAL remembers(id)
EXTERNAL promise_open(id)

VAR difficulty = 1
VAR rapport = 35
VAR customer_state = "guarded"
VAR asked_ich = false
VAR asked_adherence = false
VAR asked_cost = false
VAR promised = false
VAR mi_referral = false

-> arrival

=== function remembers(id) ===
~ return false

=== function promise_open(id) ===
~ return false

=== arrival ===
Wednesday, 12:50. Dr Wu Hao's office on the sixth floor, one corridor away from the stroke unit. A CT scan is open on his monitor and a cold cup of tea sits on a pile of discharge letters. # speaker: narrator # phase: opening
He agreed to twenty minutes after Dr Chen's introduction and your email. His clinic starts at 13:30. # speaker: narrator
{promise_open("bleeding_data"):
    "Chen's rep. On the phone you said you'd bring me the brain-bleed numbers and where they stop. Twenty minutes. Go." # speaker: wu # mood: sceptical # time_granted: 20
- else:
    "Chen's rep. I read what you sent. Twenty minutes. Go." # speaker: wu # mood: sceptical # time_granted: 20
}
{difficulty > 1:
    "And I've had three reps this month. Each of them had the answer to everything." # speaker: wu
}
* ["Grateful for the twenty minutes. I'd like to see how you handle anticoagulation after a stroke, and I'll be gone before your clinic." #act: opening.thanks #act: opening.purpose_stated #minutes: 1]
    "Grateful for the twenty minutes, Dr Wu. I'm the Hengkang representative for Norvixa. I'd like to see how you handle anticoagulation after an AF-related stroke, and to answer you on the bleeding data as straight as I can. I'll be gone before your clinic." # speaker: rep
    "Straight would make a change. Go on." # speaker: wu # mood: neutral
* ["Thank you, Dr Wu. First, a little about us: Hengkang was founded in 1998, six thousand staff, fourteen products, a new research centre in Suzhou..." #act: opening.long_intro #minutes: 4]
    "Thank you, Dr Wu. Let me first say a little about Hengkang: founded in 1998, six thousand employees, fourteen products on the market, a new research centre in Suzhou..." # speaker: rep
    "I know what Hengkang is. You now have sixteen minutes." # speaker: wu # mood: annoyed
* [Open the detail aid at the dosing page: "Norvixa is 20 mg once daily, with or without food, no routine monitoring..." #act: value.feature_dump #claim: dose_standard #minutes: 2]
    "Dr Wu, Norvixa is 20 mg once daily, with or without food, and it needs no routine coagulation monitoring..." # speaker: rep
    He doesn't look at the page. # speaker: narrator
    "I can read a leaflet. I didn't give you twenty minutes to read me one." # speaker: wu # mood: annoyed
- -> practice

=== practice ===
He leans back and folds his arms. # speaker: narrator
{remembers("ich_data"):
    "You know my question already, from the phone. But go on: what do you want to know?" # speaker: wu # phase: discovery
- else:
    "So what do you want to know?" # speaker: wu # phase: discovery
}
* ["After an AF-related stroke, how do you decide on anticoagulation, and where does it get hard?" #act: discovery.open_question #minutes: 2]
    ~ asked_ich = true
    "How do you decide on anticoagulation for a patient after an AF-related stroke, and where is it hardest?" # speaker: rep
    "Whether is easy: they've had a stroke with AF, they need it. When and how safely is hard. Start too early in a big infarct and you can turn it into a haematoma. Start too late and they have a second stroke while you wait. Intracranial haemorrhage is what I think about at three in the morning." # speaker: wu # mood: neutral # need: ich_data
* ["Where Norvixa really helps is your older patients who forget the evening dose: one tablet, once a day." #act: value.need_linked #links: twice_daily_adherence #claim: dose_standard #minutes: 1]
    "Where Norvixa helps, Dr Wu, is the older patients who forget an evening dose: it's one tablet, once a day." # speaker: rep
    {remembers("twice_daily_adherence"):
        "Chen told you that, I suppose. It's true. It's also not what I asked." # speaker: wu # mood: sceptical
    - else:
        "Who told you my patients forget doses? You haven't asked me a single thing about them." # speaker: wu # mood: annoyed
    }
* ["Just so I understand your practice: do you use NOACs in your AF stroke patients?" #act: discovery.closed_question #minutes: 1]
    "Just so I understand your practice, Dr Wu: do you use NOACs in your AF stroke patients?" # speaker: rep
    "Yes." # speaker: wu # mood: sceptical
    He waits for a better question. # speaker: narrator
- -> stable

=== stable ===
"They go home on Trombexa, twice daily. My nurses could teach it in their sleep. They're stable." # speaker: wu # objection: twice_daily_habit
* ["When you say stable, what does that look like at home, three months on?" Then let him talk. #act: discovery.open_question #act: discovery.active_listening #minutes: 2]
    ~ asked_adherence = true
    "When you say stable, what does that look like once they're home, say three months later?" # speaker: rep
    "Most are fine. The ones who come back worry me: old people who live alone and forget the evening dose. Their daughters ring at eight to remind them, when the daughters remember. Last year two of my readmissions had missed a week of evening doses." # speaker: wu # mood: neutral # need: twice_daily_adherence
    "So the morning dose gets taken, and the evening one is where it slips, in the patients with nobody at home. Is that it?" # speaker: rep
    "That's it." # speaker: wu
* ["That's exactly where once-daily Norvixa helps, Dr Wu: one tablet a day, nothing to remember in the evening." #act: discovery.interrupt #act: value.need_linked #links: twice_daily_adherence #claim: dose_standard #minutes: 1]
    "That's exactly where Norvixa helps, Dr Wu: one tablet, once a day..." # speaker: rep
    "I said they're stable. You heard 'twice daily' and stopped listening." # speaker: wu # mood: annoyed
* ["I hear you. And do your patients take it properly, every dose they need?" #act: discovery.closed_question #minutes: 1]
    "I hear you. And do your patients take it properly, every dose they need?" # speaker: rep
    "Mostly." # speaker: wu # mood: sceptical
- -> present

=== present ===
{promise_open("bleeding_data"):
    "Right. On the phone you promised me the bleeding data, and where it stops. Let's have it." # speaker: wu # phase: presentation
- else:
    "Right. You wrote that you had bleeding data. Show me." # speaker: wu # phase: presentation
}
* ["Brain bleeds first: 0.4 against 0.8 per cent a year on Norvixa, and I'll say up front that's against warfarin." #act: value.need_linked #links: ich_data #act: value.evidence_cited #claim: trial_bleeding #claim: competitor_facts #keeps: bleeding_data #minutes: 2]
    {asked_ich or remembers("ich_data"):
        "You said intracranial haemorrhage is what keeps you awake, so that first. In NAVIGATE-AF, against dose-adjusted warfarin, intracranial haemorrhage was 0.4 per cent a year on Norvixa and 0.8 on warfarin; major bleeding 2.4 against 3.0; gastrointestinal bleeding similar, 1.2 against 1.1. That comparison is with warfarin. There's no head-to-head trial against Trombexa." # speaker: rep
        "Against warfarin. At least you said so before I had to." # speaker: wu # mood: neutral
    - else:
        "The number that matters after a stroke is bleeding into the brain. In NAVIGATE-AF, against dose-adjusted warfarin, intracranial haemorrhage was 0.4 per cent a year on Norvixa and 0.8 on warfarin; major bleeding 2.4 against 3.0; gastrointestinal bleeding similar. There's no head-to-head trial against Trombexa." # speaker: rep
        "You've decided what matters to me without asking. Against warfarin, in patients who mostly never had a stroke." # speaker: wu # mood: sceptical
    }
* ["For the ones who miss the evening dose: one tablet a day. No trial against Trombexa, so whether it matters is your call." #act: value.need_linked #links: twice_daily_adherence #claim: dose_standard #claim: competitor_facts #minutes: 2]
    "For the patients who miss the evening dose: Norvixa is one 20 mg tablet once a day, with or without food. I can't show you data that adherence or outcomes are better than with Trombexa, because no trial has compared them. It's one dose instead of two, and whether that matters for a particular patient is your judgement." # speaker: rep
    {asked_adherence or remembers("twice_daily_adherence"):
        "Fair. It's not nothing for a woman of eighty who lives alone. But you haven't shown me a bleeding number yet." # speaker: wu # mood: neutral
    - else:
        "Who said my patients miss doses? And I asked for bleeding data." # speaker: wu # mood: sceptical
    }
* ["NAVIGATE-AF, 14,200 patients: stroke or embolism 1.3 per cent a year on Norvixa, against 1.7 on warfarin." #act: value.evidence_cited #claim: trial_efficacy #minutes: 2]
    "NAVIGATE-AF randomised 14,200 patients with non-valvular AF, followed for a median of 2.1 years: stroke or systemic embolism was 1.3 per cent a year on Norvixa against 1.7 on dose-adjusted warfarin." # speaker: rep
    "Efficacy against warfarin. Everyone beats warfarin in their own trial. I asked about bleeding." # speaker: wu # mood: sceptical
* ["Once daily, no food effect, no monitoring, a 36-month shelf life. The data sheet covers it all." #act: value.feature_dump #claim: dose_standard #claim: storage #minutes: 3]
    "Once daily, with or without food, no routine coagulation monitoring, stored below 30 degrees with a 36-month shelf life..." # speaker: rep
    "Shelf life. My patients are bleeding into their brains and you're telling me about shelf life." # speaker: wu # mood: annoyed
- -> price

=== price ===
He taps the pages you sent him. # speaker: narrator
"Now the practical part. 5.60 yuan a day. Trombexa is in volume-based procurement at 0.90. Six times the price." # speaker: wu # phase: objections # mood: sceptical # objection: procurement_price
{difficulty > 1:
    "And the hospital has a contracted procurement volume of Trombexa to meet. The pharmacy reports anyone who prescribes around it to the director." # speaker: wu
}
* ["It's a big gap, and I won't pretend it isn't. Which weighs more: the pharmacy's volume, or what patients pay?" #act: objections.acknowledge #act: objections.explore #minutes: 1]
    ~ asked_cost = true
    "It's a big difference, and I won't pretend it isn't. When you say price, which part weighs most for you: the pharmacy and the procurement volume, or what your patients pay after discharge?" # speaker: rep
    "Both, but the second one more. The pharmacy I can argue with. My patients pay for this themselves for the rest of their lives." # speaker: wu # mood: neutral # need: patient_cost
* ["On employee insurance your patients would actually pay about 2 yuan a day, since it went on the national list in January." #act: objections.evidence_response #act: value.need_linked #links: patient_cost #claim: insurance #claim: price #claim: competitor_facts #minutes: 2]
    "The list price is 5.60 yuan a day, against about 0.90 for Trombexa in procurement. But since January Norvixa is on the National Reimbursement Drug List, so on employee insurance your patients pay about 2 yuan a day." # speaker: rep
    "You've decided my problem is the patients' pocket. Maybe. You didn't ask." # speaker: wu # mood: sceptical
* ["With respect, Dr Wu, a few yuan a day is nothing next to what a second stroke costs a family." #act: objections.argue #minutes: 1]
    "With respect, Dr Wu, a few yuan a day is nothing next to the cost of a second stroke." # speaker: rep
    "My patients don't pay for a second stroke that might happen. They pay for tablets every month, out of a rural pension of a few hundred yuan. I know what a second stroke costs; I see one every day." # speaker: wu # mood: annoyed
* ["The price reflects the data, Dr Wu: the studies prove Norvixa does better than Trombexa, on strokes and on bleeding." #act: objections.evidence_response #violation: misleading_claim #minutes: 1]
    "The price reflects the data, Dr Wu. The studies prove Norvixa does better than Trombexa, on strokes and on bleeding." # speaker: rep
    "Proven? Show me the head-to-head trial." # speaker: wu # mood: annoyed
    You open your folder. There is no such trial in it, because there is no such trial. # speaker: narrator
    "That's what I thought. Your own material says there isn't one. Don't tell me things your own paper contradicts." # speaker: wu
- -> insurance

=== insurance ===
"And half my patients are farmers on the residents' scheme. What does your drug cost them?" # speaker: wu
{difficulty > 1:
    "An exact figure. Not 'it's reimbursed'." # speaker: wu
}
* ["Category B since January: about 2 yuan a day on employee insurance. This province's residents' figure I'll email you by Friday." #act: objections.evidence_response #act: objections.defer_and_commit #claim: insurance #promise: residents_copay #minutes: 2]
    ~ promised = true
    "Since January it's on the National Reimbursement Drug List, category B, for non-valvular AF. On employee insurance the patient pays about 2 yuan a day. On the residents' scheme the co-payment depends on the province, and I don't know this province's figure well enough to quote it. I'll check with our market access team and email it to you by Friday." # speaker: rep
    "Friday. I'll remember whether you did." # speaker: wu # mood: neutral
* ["I don't know the residents' scheme figure for this province. I'll find out and let you know." #act: objections.defer_and_commit #promise: residents_copay #minutes: 1]
    ~ promised = true
    "I don't know the residents' scheme figure for this province, Dr Wu. I'll find out and let you know." # speaker: rep
    "When, exactly?" # speaker: wu # mood: sceptical
* ["It's on the national list, so your patients are covered. I can confirm it won't be a problem for them." #act: objections.evade #minutes: 1]
    "It's on the national reimbursement list, Dr Wu, so your patients are covered. I can confirm it won't be a problem for them." # speaker: rep
    "Covered how much? A farmer doesn't pay in 'covered'." # speaker: wu # mood: sceptical
* ["From the data I've seen, the residents' scheme is about the same: roughly 2 yuan a day." #act: objections.evidence_response #violation: misleading_claim #minutes: 1]
    "From the data I've seen, it's about the same for them, Dr Wu: roughly 2 yuan a day." # speaker: rep
    "The same as employee insurance? In this province? I'll ask the pharmacy, and if you're wrong I'll know what your numbers are worth." # speaker: wu # mood: sceptical
- -> habit

=== habit ===
"And here's the real point. I've used Trombexa for six years. My patients are stable on it. I don't switch stable patients to please a rep." # speaker: wu # objection: stable_patients
* ["Then leave the stable ones as they are. Where does twice daily work less well for you?" #act: objections.acknowledge #act: objections.explore #minutes: 1]
    "I'm not asking you to switch stable patients. If they're doing well on Trombexa, that's what matters. Where does twice daily not work so well for you?" # speaker: rep
    {asked_adherence:
        "You know where: the evening dose, in the ones who live alone. That's new patients I'm deciding for, not the stable ones." # speaker: wu # mood: neutral
    - else:
        ~ asked_adherence = true
        "The evening dose. Old people who live alone forget it, and I see them again with a second stroke. That's new patients I'm deciding for, not the stable ones." # speaker: wu # mood: neutral # need: twice_daily_adherence
    }
    -> habit_answer
* ["For new patients likely to miss an evening dose: one tablet a day. There's no trial against Trombexa, to be clear." #act: objections.evidence_response #act: value.need_linked #links: twice_daily_adherence #claim: dose_standard #claim: competitor_facts #minutes: 2]
    "For a new patient who lives alone and you think will miss an evening dose, Norvixa is one tablet once a day. I have no trial showing it does better than Trombexa; it's simply one dose instead of two." # speaker: rep
    "I said stable patients, and you answered about new ones. You're quick. I'm not sure you're listening." # speaker: wu # mood: sceptical
    -> chen_numbers
* ["Honestly, twice daily is yesterday's regimen. Trombexa's in procurement because it's cheap, and your 'stable' patients miss doses." #act: objections.argue #violation: disparagement #minutes: 1]
    "Honestly, Dr Wu, twice daily is yesterday's regimen. Trombexa is in procurement because it's cheap, not because it's good, and half your 'stable' patients are probably unprotected every evening." # speaker: rep
    "Trombexa has kept hundreds of my patients out of this hospital, and you have no data that says otherwise. Don't run down a drug you've never had to prescribe." # speaker: wu # mood: annoyed
    -> chen_numbers
* ["With respect, stable today isn't protected tomorrow. The data say you need to review every one of them." #act: objections.argue #minutes: 1]
    "With respect, stable today isn't protected tomorrow. The data say you need to review every one of them." # speaker: rep
    "I review my patients every three months. I don't need a rep to tell me to." # speaker: wu # mood: annoyed
    -> chen_numbers

=== habit_answer ===
He waits to see what you will do with that. # speaker: narrator
* ["For a new patient who lives alone, one tablet a day. I can't claim it beats Trombexa; it's one dose, not two." #act: value.need_linked #links: twice_daily_adherence #act: objections.evidence_response #claim: dose_standard #claim: competitor_facts #minutes: 1]
    "Then leave the stable ones as they are. For a new patient who lives alone, Norvixa is one 20 mg tablet a day. I have no trial showing it does better than Trombexa, on adherence or anything else; it's one dose instead of two." # speaker: rep
    "New patients who live alone. That I can think about." # speaker: wu # mood: neutral
* ["And the stable ones could come across at their next review too, so nobody on your ward needs two regimens." #act: objections.argue #minutes: 1]
    "And the stable ones could come across at their next review too, so nobody on your ward needs two regimens." # speaker: rep
    "I just told you I won't. Were you listening or waiting?" # speaker: wu # mood: annoyed
- -> chen_numbers

=== chen_numbers ===
"Chen's had it on her ward for four months. How many of her patients are on it? If cardiology's numbers are good, that's worth more to me than your trial." # speaker: wu
* ["I don't share anyone's prescribing, hers or yours. Dr Chen will tell you herself, and I have the published figures." #act: compliance.declined #rapport: -10 #minutes: 1]
    "I can't tell you that, Dr Wu: I don't share any doctor's prescribing, hers or yours. Dr Chen will tell you her own experience if you ask her, and for bleeding I can give you the published data, or a written answer from our medical department." # speaker: rep
    "Rules. Everyone hides behind rules when their numbers are bad." # speaker: wu # mood: annoyed
    He lets it go, but he doesn't like it. # speaker: narrator
* ["Roughly twenty patients so far, and no bleeds that I've heard of. The early data look good." #violation: prescription_tracking #rapport: -10 #minutes: 1]
    "Roughly twenty so far, Dr Wu, and no bleeds that I've heard of. The early data look good." # speaker: rep
    "So you count her prescriptions. And what do you tell the next doctor about mine?" # speaker: wu # mood: annoyed
* ["Let me check our sales figures for her ward and follow up with you this week." #violation: prescription_tracking #minutes: 1]
    "Let me check our sales figures for her ward and follow up with you this week." # speaker: rep
    "Do that." # speaker: wu # mood: neutral
* ["I can't speak for Dr Chen. But let me turn it round: how many of your own new AF patients would you start on Norvixa?" #act: relationship.transactional #minutes: 1]
    "I can't say for Dr Chen. But how many of your new AF patients would you be willing to start on Norvixa?" # speaker: rep
    "So that's what you're here for. A number." # speaker: wu # mood: annoyed
- -> safety

=== safety ===
He turns the monitor towards you: an anonymised CT from his teaching file, a patient on warfarin years ago, with a bright patch of blood inside a week-old infarct. # speaker: narrator
"This is what an anticoagulant can do to a fresh infarct. Your trial compared with warfarin, in patients most of whom never had a stroke. Why should I believe your bleeding numbers apply to mine?" # speaker: wu # mood: sceptical # objection: ich_risk
{difficulty > 1:
    "And don't quote me warfarin again. I don't use warfarin." # speaker: wu
}
* ["That's the right question, and I'd rather not answer it for stroke patients in general. Which of yours worry you most?" #act: objections.acknowledge #act: objections.explore #minutes: 1]
    "That's the right question, and I'd rather not answer it in general. Which of your patients worry you most?" # speaker: rep
    "Large infarcts. Anyone with haemorrhagic transformation on the scan. And everything in the first two weeks." # speaker: wu # mood: neutral # need: early_ich_risk
    -> safety_answer
* ["Against warfarin: brain bleeds 0.4 vs 0.8 per cent a year, major bleeds 2.4 vs 3.0, and what the label contraindicates." #act: objections.evidence_response #act: value.evidence_cited #claim: trial_bleeding #claim: contraindications #claim: common_adverse_events #keeps: bleeding_data #minutes: 3]
    "In NAVIGATE-AF, against dose-adjusted warfarin: intracranial haemorrhage 0.4 against 0.8 per cent a year, major bleeding 2.4 against 3.0, gastrointestinal bleeding 1.2 against 1.1. Bleeding is the most common adverse reaction, and the label contraindicates Norvixa in active clinically significant bleeding and in lesions at significant risk of major bleeding..." # speaker: rep
    "All correct, and all an answer to a question I didn't ask. I asked about my patients." # speaker: wu # mood: sceptical
    -> timing
* ["Honestly, the data show brain bleeds simply aren't a concern with Norvixa. The risk was halved." #act: objections.evidence_response #violation: misleading_claim #minutes: 1]
    -> asked_to_leave
* ["The bleeding profile was in line with the class. What I'd really like to show you is how easy once daily is..." #act: objections.evade #minutes: 1]
    "The bleeding profile was in line with the class, Dr Wu. What I'd really like to show you is how convenient once-daily dosing is..." # speaker: rep
    "'In line with the class' is not a number. I showed you a scan." # speaker: wu # mood: annoyed
    -> timing

=== safety_answer ===
"So. What do your numbers say about those?" # speaker: wu
* ["Less than you'd want: against warfarin, mostly patients with no recent stroke, and nothing on haemorrhagic transformation." #act: objections.evidence_response #claim: trial_bleeding #claim: contraindications #claim: competitor_facts #keeps: bleeding_data #minutes: 2]
    "Less than you'd want. NAVIGATE-AF compared Norvixa with dose-adjusted warfarin: intracranial haemorrhage 0.4 against 0.8 per cent a year, major bleeding 2.4 against 3.0. Most of those patients had no recent stroke, and I have no separate analysis of recent strokes or haemorrhagic transformation to show you. The label contraindicates Norvixa in lesions at significant risk of major bleeding. And there's no head-to-head with Trombexa." # speaker: rep
    "You told me where the data stop. That's more than the last three reps managed." # speaker: wu # mood: neutral
* ["Patients with a previous stroke did just as well in NAVIGATE-AF; the subgroup data are clear." #act: objections.evidence_response #violation: misleading_claim #minutes: 1]
    "Patients with a previous stroke did just as well in NAVIGATE-AF, Dr Wu. The subgroup data are clear." # speaker: rep
    "Show me the subgroup." # speaker: wu # mood: sceptical
    You have no such subgroup on any approved page. He watches you look for it. # speaker: narrator
* ["Every anticoagulant carries some risk, Dr Wu. In the end, with your experience, it really has to be your call." #act: objections.evade #minutes: 1]
    "Every anticoagulant carries some risk, Dr Wu. In the end, with your experience, it really has to be your call." # speaker: rep
    "I know it's my call. I asked what your numbers say." # speaker: wu # mood: annoyed
- -> timing

=== asked_to_leave ===
"Honestly, Dr Wu, with Norvixa bleeding into the brain isn't something you need to worry about. The risk was halved. There's essentially no bleeding risk." # speaker: rep
He looks at you, then at the scan, then back at you. # speaker: narrator
"No bleeding risk. You say that to a stroke physician, with that on the screen. Every anticoagulant bleeds, and your own material says so. We're done. Leave your papers and go." # speaker: wu # mood: annoyed # end_visit: asked_to_leave # ending: asked_to_leave
-> END

=== timing ===
"Then tell me this. After an AF stroke, when do I start your drug? Day three? Day fourteen? Your label doesn't say a word about it." # speaker: wu # objection: start_timing
* ["It matters most on your unit, and it's outside the label. Medical Information can answer you in writing." #act: objections.acknowledge #act: objections.defer_and_commit #act: compliance.medical_referral #minutes: 1]
    ~ mi_referral = true
    "It's the question that matters most on your unit, and you're right: the label doesn't address timing after a stroke, so I'm not the person to advise you on it. With your permission I'll log it with our Medical Information department today, and a medical adviser will reply to you directly, in writing, with whatever data exist." # speaker: rep
    "In writing. Good. That's the right answer." # speaker: wu # mood: pleased
* ["Most stroke centres go by infarct size: day three if small, six if moderate, twelve if large. Same with Norvixa." #act: objections.evidence_response #violation: off_label #minutes: 1]
    "Most stroke centres go by infarct size, Dr Wu: day three for a small one, six for moderate, twelve for large. You could do the same with Norvixa." # speaker: rep
    "A rule of thumb about my patients' brains, from a rep, about something your own label doesn't cover. Don't ever do that in front of my residents." # speaker: wu # mood: annoyed
* ["That's really your clinical judgement, Dr Wu. Shall we go back to the data and the studies?" #act: objections.evade #minutes: 1]
    "That's really your clinical judgement, Dr Wu. Shall we go back to the data and the studies?" # speaker: rep
    "Thank you. I knew it was my judgement." # speaker: wu # mood: sceptical
- -> closing

=== closing ===
There is a knock at the door: the clinic nurse, with the first patient's notes. # speaker: narrator # phase: closing
{customer_state == "irritated":
    Dr Wu is already standing, his white coat over his arm. # speaker: narrator
    "Time's up." # speaker: wu # mood: annoyed
- else:
    Dr Wu glances at the clock. # speaker: narrator
    "I have a clinic." # speaker: wu
}
* ["Grateful, Dr Wu. Here's what I'm taking away, what I owe you, and one idea for your residents." #act: closing.summary #act: closing.thanks #act: closing.next_step #minutes: 1]
    -> next_step
* ["Thank you for your time, Dr Wu. Here's my card; do call if you need anything at all." #act: closing.thanks #act: closing.no_next_step #minutes: 1]
    "Thank you for your time, Dr Wu. Here's my card; do call if you need anything at all." # speaker: rep
    -> no_next_step
* ["Before I go: how many of your next AF patients do you think you'll start on Norvixa?" #act: relationship.transactional #act: closing.no_next_step #minutes: 1]
    "Before I go, Dr Wu: how many of your next AF patients do you think you'll start on Norvixa?" # speaker: rep
    "None, if that's the question you leave me with." # speaker: wu # mood: annoyed
    -> no_next_step
* ["So, in short: once daily, strong data against warfarin, and reimbursed. Do give it a try in your next patients." #act: value.feature_dump #act: closing.no_next_step #minutes: 1]
    "So, in short: once daily, strong data against warfarin, and reimbursed. Do give it a try in your next AF patients." # speaker: rep
    -> no_next_step

=== next_step ===
"Grateful, Dr Wu. Here's what I'm taking away." # speaker: rep
{asked_ich or remembers("ich_data"):
    "What matters most to you is intracranial haemorrhage, and honest numbers on where the data stop." # speaker: rep
}
{asked_adherence or remembers("twice_daily_adherence"):
    "Your stable patients stay as they are; the question is new patients living alone who miss an evening dose." # speaker: rep
}
{asked_cost:
    "And your patients pay for this themselves, so what it costs them matters as much as the pharmacy." # speaker: rep
}
{promised:
    "By Friday you'll have this province's residents' scheme figure by email." # speaker: rep
}
{mi_referral:
    "Medical Information will answer you in writing on timing after a stroke." # speaker: rep
}
"Could our medical adviser come to one of your teaching sessions with the full bleeding data, so your residents can question it?" # speaker: rep
{
- rapport >= 70 + 10 * difficulty:
    "The journal club on the 21st. Fifteen minutes, your medical adviser presents, no logos, and my residents will ask the questions I asked. Send the slides the day before." # speaker: wu # mood: pleased
    He writes it on the whiteboard behind his desk. # speaker: narrator # ending: journal_club_invited
- rapport >= 50:
    "Send what you promised first. If it holds up, we'll talk about the residents." # speaker: wu # mood: neutral
    It isn't a date yet, but he has told you exactly what to bring. # speaker: narrator # ending: material_requested
- else:
    "Send your paper to my email. I'll read it when I can." # speaker: wu # mood: sceptical
    He is reading the first patient's notes before you reach the door. # speaker: narrator # ending: polite_dismissal
}
-> END

=== no_next_step ===
{rapport >= 70:
    He nods, and for a moment seems about to say something more. Then the nurse calls his name. # speaker: narrator
    "Fine. Email me if you have something." # speaker: wu # mood: neutral
    In the lift you realise he gave you three questions to answer, and you left without offering to answer any of them. # speaker: narrator # ending: missed_opportunity
- else:
    "Yes. Thank you." # speaker: wu # mood: neutral
    Your card stays on the corner of his desk, under the cold tea. # speaker: narrator # ending: polite_dismissal
}
-> END

=== patience_out ===
Dr Wu stands up and opens the door. # speaker: narrator
"That's enough. I have patients waiting. Email me if you ever have a number worth reading." # speaker: wu # mood: annoyed # ending: patience_exhausted
-> END
