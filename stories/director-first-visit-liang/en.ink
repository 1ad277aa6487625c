# title: First visit to Director Liang Guowei, cardiology
# segment: director
# stage: first_visit
# setting: office
# lang: en
# customer: liang
# dimensions: preparation, opening, discovery, value, objections, closing
# leaves_to: patience_out

// Norvixa (norvixaban), Trombexa, NAVIGATE-AF and Hengkang Pharma are fictional.
// Every product fact the rep states is on the claims sheet (src/core/world/product.ts) and tagged # claim:.
// What Director Liang says about DRG, cost share and procurement is his view of his hospital, not a claim.
// The engine plays Director Liang (traits in src/core/world/cast.ts): rapport starts at 45, patience at 55.
// He gives the visit until five o'clock, 25 minutes (# time_granted: 25 on his first line).
// Promises the follow-up (followup-liang-department-meeting) remembers: renal_substudy, dosing_card,
// department_meeting. Needs it may remember: bleeding_readmissions, resident_teaching, cost_share, research_grant.

VAR difficulty = 1
VAR rapport = 45
VAR prepared = false
VAR need_bleeding = false
VAR need_residents = false
VAR figures_given = false

-> prep

=== prep ===
Tuesday the 26th, 13:00. At half past four you see Director Liang Guowei, booked through his secretary, Ms Tang: you asked for fifteen minutes. # speaker: narrator
He has run cardiology for eight years, sits on the drug and therapeutics committee, and decides fast. Norvixa is not on the hospital's formulary. # speaker: narrator
How do you prepare? # speaker: narrator
* [Go over his profile, the DRG figures and his grant; set one objective; pack only what fits him #act: preparation.profile_reviewed #act: preparation.objective_set #act: preparation.material_matched #off_clock #minutes: 30]
    ~ prepared = true
    His provincial grant: thirty-day readmissions in AF patients, four hospitals, mid-term review next month. The hospital's DRG report puts cardiology's readmission rate near the top of the list. # speaker: narrator
    In your notebook: "Objective: understand what AF readmissions cost his department, and agree one concrete next step. Nothing about the formulary unless he raises it." The folder holds the prescribing information, the bleeding management card and the provincial pathway summary, nothing else. # speaker: narrator
* [Pack the full twenty-four-page detail aid and the national launch deck: a director deserves the whole story #act: preparation.material_unmatched #off_clock #minutes: 10]
    The detail aid opens with a photograph of the Suzhou plant. The launch deck has forty-two slides. # speaker: narrator
* [Look up his title on the department page and put the standard detail aid in your bag; you'll adapt in the room #act: preparation.profile_reviewed #act: preparation.material_unmatched #off_clock #minutes: 5]
    "Chief physician, director of cardiology, master's supervisor." The page was last updated three years ago. # speaker: narrator
- -> arrival

=== arrival ===
Tuesday, 16:35. The director's office on the eighth floor. Clinic ran five minutes over. # speaker: narrator # phase: opening
On the wall, a printout of the department's monthly DRG report, readmissions circled in red. On the desk, a stack of committee papers. # speaker: narrator
{
- difficulty > 1:
    "I have until five. I'll know in two minutes whether you're wasting it." # speaker: liang # mood: sceptical # time_granted: 25
- else:
    "Tang says you asked for fifteen minutes and didn't send me a brochure. That's a start. I have until five. Sit down." # speaker: liang # mood: neutral # time_granted: 25
}
* [Thank him for his time, then say who you are, why you came and how long you need #act: opening.thanks #act: opening.purpose_stated #claim: indication #minutes: 2]
    "Thank you for seeing me straight after clinic, Director. I'm the Hengkang representative for Norvixa, our once-daily factor Xa inhibitor for stroke prevention in adults with non-valvular AF. I'd like to understand how AF patients on anticoagulants affect the department{prepared:, especially the readmissions your grant is about}, and share one set of data if it's useful. I'll keep within your time." # speaker: rep
    {prepared:
        "You've read my grant abstract. Most representatives read my title." # speaker: liang # mood: neutral
    - else:
        "Go on." # speaker: liang # mood: neutral
    }
* [Introduce yourself and Hengkang properly first: your background, the company's history, its pipeline in cardiology #act: opening.long_intro #minutes: 5]
    "Thank you, Director. Let me introduce myself and Hengkang first. I studied pharmacy in Shenyang and joined Hengkang four years ago. Hengkang was founded in 1998; we have six thousand employees, fourteen products on the market, and in cardiology our pipeline includes..." # speaker: rep
    He looks at the committee papers, then at you. # speaker: narrator
    "I know who Hengkang is. The clock is running." # speaker: liang # mood: annoyed
* [Open the detail aid on his desk and walk him through what makes Norvixa different #act: value.feature_dump #claim: dose_standard #minutes: 3]
    "Director, Norvixa is a factor Xa inhibitor, 20 mg once daily, with or without food, no routine coagulation monitoring..." # speaker: rep
    He closes the detail aid with one finger. # speaker: narrator
    "I sit on the drug committee. I've read the package insert." # speaker: liang # mood: annoyed
- -> discovery_practice

=== discovery_practice ===
"So. What do you want to know?" # speaker: liang # phase: discovery
* [Ask whether the department already uses NOACs in its AF patients, and which ones #act: discovery.closed_question #minutes: 1]
    "Does the department use NOACs for its AF patients, Director?" # speaker: rep
    "Of course." # speaker: liang # mood: sceptical
    He waits, as if that were the end of it. # speaker: narrator
    After a moment he adds, without warmth: # speaker: narrator
    "Ask me what DRG has done to them, if you want something useful. Every AF admission is paid as a fixed group now, and readmissions are on the report the president reads." # speaker: liang
* [Ask how DRG payment has changed things for his AF patients on anticoagulants, and where it hurts most #act: discovery.open_question #minutes: 2]
    "How has DRG payment changed the way the department manages AF patients on anticoagulants? Where does it hurt most?" # speaker: rep
    "Good question. Every AF admission is paid as a fixed group now. Whatever we spend inside the case, drugs included, comes out of the department's margin, and readmissions are on the report the president reads every month." # speaker: liang # mood: neutral
* [Tell him NAVIGATE-AF's bleeding results could take real pressure off his readmission figures under DRG #act: discovery.interrupt #act: value.need_linked #links: bleeding_readmissions #act: value.evidence_cited #claim: trial_bleeding #minutes: 2]
    "If I may, Director, I'd like to start with NAVIGATE-AF. Against warfarin, major bleeding was 2.4 versus 3.0 per cent a year. With the readmission figures on your wall, I think that's where we can help." # speaker: rep
    "Help with what? You haven't asked what my problem is. It's DRG, since you ask: every AF admission is paid as a fixed group, and readmissions are on the report the president reads." # speaker: liang # mood: annoyed
- -> discovery_readmissions

=== discovery_readmissions ===
He taps the red circle on the wall. # speaker: narrator
"Last quarter: forty-one AF readmissions within thirty days. Eleven were bleeds. Come back within fifteen days and the insurer may not pay it as a new case: we treat twice and get paid once." # speaker: liang
* [Jump in: that's exactly where Norvixa helps, with less major bleeding than warfarin #act: discovery.interrupt #act: value.need_linked #links: bleeding_readmissions #act: value.evidence_cited #claim: trial_bleeding #minutes: 1]
    "That's exactly where Norvixa can help, Director. Against warfarin, major bleeding 2.4 versus 3.0 per cent a year, intracranial haemorrhage 0.4 versus 0.8..." # speaker: rep
    "I hadn't finished." # speaker: liang # mood: annoyed
* [Ask whether most of them were GI bleeds, and whether they came in through the emergency room #act: discovery.closed_question #minutes: 1]
    "Were most of them GI bleeds?" # speaker: rep
    "Most. A few nosebleeds that wouldn't stop, one haematuria." # speaker: liang # mood: neutral
* [Say each bleed costs him twice, and ask if the real question is which patients bleed #act: discovery.active_listening #minutes: 2]
    ~ need_bleeding = true
    "So each bleed costs you twice: a case the insurer may not pay again, and a line on the president's report. And the real question is which patients bleed, and why. Have I understood you?" # speaker: rep
    "Exactly. And I had the notes pulled: in at least five of those eleven, the dose didn't match the kidneys. Too high in some. In others it was cut 'to be safe', and those patients come back with strokes instead." # speaker: liang # mood: pleased # need: bleeding_readmissions
- -> discovery_residents

=== discovery_residents ===
{
- rapport >= 60:
    He leans back. # speaker: narrator
    "And I'm not the one who writes those doses." # speaker: liang
- else:
    "Anything else?" # speaker: liang # mood: sceptical
}
* [Ask who starts and adjusts anticoagulation on the wards, and what they find hardest #act: discovery.open_question #minutes: 2]
    ~ need_residents = true
    "Who starts and adjusts anticoagulation on the wards, and what do they find hardest?" # speaker: rep
    "The residents, at night, for patients coming up from the emergency department. Half of them estimate kidney function from the creatinine alone and guess. Teaching them is my job, and I have no material that isn't an advertisement." # speaker: liang # mood: neutral # need: resident_teaching
* [Ask whether his residents have had enough training in anticoagulant dosing recently #act: discovery.closed_question #minutes: 1]
    "Are your residents well trained in anticoagulation?" # speaker: rep
    "Well enough." # speaker: liang # mood: sceptical
* [Tell him Norvixa's single dose rule would solve his residents' dosing problems #act: discovery.interrupt #minutes: 1]
    "With Norvixa's dose rule, your residents' dosing problems would be solved, Director." # speaker: rep
    "You don't know what their dosing problems are." # speaker: liang # mood: sceptical
- -> present_bleeding

=== present_bleeding ===
"So. What have you got?" # speaker: liang # phase: presentation
* {need_bleeding} [Tie his bleeding readmissions to the NAVIGATE-AF bleeding data and the renal rule, weak spots included #act: value.need_linked #links: bleeding_readmissions #act: value.evidence_cited #claim: trial_bleeding #claim: elderly_subgroup #claim: dose_renal #claim: competitor_facts #minutes: 3]
    "You said the bleeds and the wrong doses go together. NAVIGATE-AF compared Norvixa with dose-adjusted warfarin in 14,200 patients. Major bleeding was 2.4 versus 3.0 per cent a year, intracranial haemorrhage 0.4 versus 0.8. GI bleeding, which is most of your eleven, was similar: 1.2 versus 1.1. In patients over 80 it was numerically higher, 1.9 versus 1.6, and I'd rather you heard that from me. The dose rule has one threshold: 10 mg once daily at a Cockcroft-Gault clearance of 30 to 49, not recommended below 30. All of this is against warfarin: there's no head-to-head trial with Trombexa." # speaker: rep
    "You told me where it isn't better. That's rarer than you'd think." # speaker: liang # mood: pleased
* {not need_bleeding} [Go through the NAVIGATE-AF headline results, efficacy and bleeding together #act: value.evidence_cited #claim: trial_efficacy #claim: trial_bleeding #minutes: 3]
    "In NAVIGATE-AF, 14,200 patients with non-valvular AF over a median 2.1 years, stroke or systemic embolism was 1.3 versus 1.7 per cent a year against dose-adjusted warfarin. Major bleeding was 2.4 versus 3.0, intracranial haemorrhage 0.4 versus 0.8, and GI bleeding similar, 1.2 versus 1.1." # speaker: rep
    "Numbers against warfarin. Most of my patients are on Trombexa." # speaker: liang # mood: neutral
* [Run through the selling points: once daily, no monitoring, no food effect, no cold chain, and reimbursed #act: value.feature_dump #claim: dose_standard #claim: storage #claim: insurance #minutes: 4]
    "Norvixa is once daily with or without food, needs no routine coagulation monitoring, keeps below 30 degrees without a cold chain, and since January it's reimbursed, category B..." # speaker: rep
    "You're reading me the package insert again." # speaker: liang # mood: annoyed
* [Tell him that switching to Norvixa will cut his bleeding readmissions by a fifth: that's what the trial showed #act: value.need_linked #links: bleeding_readmissions #violation: misleading_claim #minutes: 2]
    "Director, switch your AF patients to Norvixa and your bleeding readmissions will fall by a fifth. That's what the trial showed." # speaker: rep
    "The trial showed a fifth fewer major bleeds than warfarin. Most of my patients aren't on warfarin, and a trial isn't my ward. Say that at the committee and Wang Li in pharmacy will take you apart, and me with you." # speaker: liang # mood: annoyed
- -> objection_cost

=== objection_cost ===
He pulls the DRG report off the wall and puts it between you. # speaker: narrator # phase: objections
"Now my problem. Yours is five yuan sixty a day. Trombexa is ninety fen, through volume-based procurement. The national assessment stopped counting drug cost share years ago, but this hospital still ranks departments on it every month, and under DRG every yuan of drug in an AF case comes out of my margin." # speaker: liang # mood: sceptical # objection: cost_share # need: cost_share
{difficulty > 1:
    "Last month we were second from the bottom. The president noticed." # speaker: liang
}
* [Tell him a stroke costs the department far more than a few yuan a day #act: objections.argue #minutes: 1]
    "Director, with respect, a stroke costs far more than a few yuan a day." # speaker: rep
    "I know what a stroke costs. I asked about my cost share." # speaker: liang # mood: annoyed
* [Say that cost matters, and ask where it bites: on the ward or after discharge #act: objections.acknowledge #act: objections.explore #minutes: 1]
    "That's a real constraint, and I won't pretend otherwise. Where does it actually bite: the days on the ward, inside the DRG case, or the prescriptions after discharge?" # speaker: rep
    "Both. On the ward it's inside the case. After discharge it's the patient's outpatient bill and the insurer's, but our outpatient cost share counts too." # speaker: liang # mood: neutral
* [Say price isn't really your area, and turn back to the efficacy data #act: objections.evade #minutes: 1]
    "Pricing isn't really my area, Director. But if we look at efficacy again..." # speaker: rep
    "Then whose area is it? You're the one asking me to prescribe it." # speaker: liang # mood: sceptical
* [Give him the figures straight away: 28 yuan in a five-day case, reimbursed since January, and the rest in writing by Friday #act: objections.evidence_response #act: objections.defer_and_commit #claim: price #claim: insurance #minutes: 3]
    ~ figures_given = true
    "The figures, then, Director: Norvixa is 5.60 yuan a day, the 10 mg tablet the same, so a five-day admission puts 28 yuan into the case. It's on the national reimbursement list, category B, so after discharge a patient on employee insurance pays about two yuan a day. How the hospital counts negotiated drugs in its cost share I'll find out and send you in writing by Friday." # speaker: rep
    "I know what it costs. I asked which side of my ranking it hits, and you didn't ask me back." # speaker: liang # mood: sceptical
- -> objection_cost_answer

=== objection_cost_answer ===
"Well?" # speaker: liang
* {not figures_given} [Give him the facts you have, cost out an admission, and put what you don't know in writing #act: objections.evidence_response #act: objections.defer_and_commit #claim: price #claim: insurance #minutes: 3]
    "What I can say for certain: Norvixa is 5.60 yuan a day, the 10 mg tablet the same, so a five-day admission puts 28 yuan of it into the case. Since January it's on the national reimbursement list, category B, so after discharge a patient on employee insurance pays about two yuan a day. What I don't know is how this hospital counts nationally negotiated drugs in its cost share, and I won't guess. I'll ask our market access colleague and send you the answer in writing by Friday." # speaker: rep
    "Twenty-eight yuan a case I can live with. The outpatient side is what the president looks at. Friday, then." # speaker: liang # mood: neutral
* {figures_given} [Say you ran ahead of him, and ask which side hurts more: the cases on the ward or the outpatient ranking #act: objections.acknowledge #act: objections.explore #minutes: 3]
    "You're right, Director, I ran ahead of you. Which side hurts more: the cases on the ward, or the outpatient ranking?" # speaker: rep
    "The outpatient side. Twenty-eight yuan a case I can live with; the outpatient cost share is what the president reads. So your Friday answer had better be about that." # speaker: liang # mood: neutral
* [Say the price is set nationally, so there's honestly nothing you can do about it for the department #act: objections.evade #minutes: 1]
    "The price is set nationally, Director, so there's not much I can do about it." # speaker: rep
    "Nobody asked you to change it. I asked what it does to my department." # speaker: liang # mood: sceptical
* [Insist that the bleeds it prevents will more than pay for it, so the cost argument works in his favour #act: objections.argue #minutes: 1]
    "Honestly, Director, the bleeds it prevents will more than pay for it. The data speak for themselves." # speaker: rep
    "Show me that in my DRG data, not in your brochure." # speaker: liang # mood: annoyed
- -> objection_formulary

=== objection_formulary ===
"And suppose I liked your data. The committee has a procurement volume commitment for Trombexa to meet, and pharmacy reports on it every quarter. If the director of cardiology stands up for a brand drug at six times the price, everyone in the room assumes I'm in a company's pocket." # speaker: liang # mood: sceptical # objection: formulary_politics
{difficulty > 1:
    "And Wang Li will ask for a budget-impact analysis you don't have." # speaker: liang
}
* [Say the politics are real, ask which patients he'd want a choice for, and give him their data #act: objections.acknowledge #act: objections.explore #act: objections.evidence_response #claim: dose_renal #claim: renal_substudy #claim: competitor_facts #minutes: 3]
    "I understand; the listing is the committee's decision, not something I'd ask you to carry. May I ask: if you had a choice, which of your patients would you want it for?" # speaker: rep
    "The ones with a clearance between thirty and fifty. And the old ones who live alone and forget the evening tablet." # speaker: liang # mood: neutral
    "For the first group there's a pre-specified renal sub-study: 3,050 patients with a clearance of 30 to 49 on 10 mg; stroke or systemic embolism 1.6 versus 2.1 per cent a year, major bleeding 3.1 versus 4.0, against warfarin. Norvixa is once daily; Trombexa is 5 mg twice daily. There's no head-to-head trial between them, so I can't claim one is better. If the committee asks, Ms Wang in pharmacy gets a complete dossier through the formal process." # speaker: rep
    "A choice for a defined group of patients, not a switch. That I could say in committee without blushing. But I'd want the whole paper, not your summary of it." # speaker: liang # mood: pleased
* [Point out that procurement goes to the cheapest bidder, and plenty of doctors doubt the quality of procurement drugs #act: objections.argue #violation: disparagement #minutes: 2]
    "Between us, Director, procurement goes to the cheapest bidder. Plenty of doctors don't trust the quality of procurement drugs." # speaker: rep
    "Procurement drugs pass the same approval as yours. Don't run down another company's product in my office; I've seen representatives banned for less." # speaker: liang # mood: annoyed
* [Suggest Professor Zhou could raise it at the committee instead, so it doesn't have to come from him #act: objections.evade #minutes: 1]
    "Perhaps Professor Zhou could raise it at the committee instead, Director, so it doesn't come from you." # speaker: rep
    "Professor Zhou decides for herself what she raises. Don't run campaigns through my department." # speaker: liang # mood: annoyed
- -> grant_support

=== grant_support ===
He pushes a bound report across the desk: "Thirty-day readmissions in patients with AF: a four-hospital study". # speaker: narrator
"My provincial grant. Mid-term review next month. It's what this department will be known for, if it works. I need a data manager for a year, and I'm a publication short." # speaker: liang # need: research_grant
"So tell me: what can Hengkang actually do for the department?" # speaker: liang
* {need_residents} [Say Hengkang can't pay for a data manager or fund the department; point him to Medical's research route and offer a dosing card for his residents #act: compliance.declined #act: value.need_linked #links: resident_teaching #promise: dosing_card #minutes: 2]
    "I'll be straight with you, Director: Hengkang can't pay for a data manager or fund the department or anyone in it, and nothing we do can be linked to prescribing. What does exist: our medical department reviews applications to support investigator-initiated research through a formal process, separate from sales. I can send Ms Tang the guidelines and the medical contact. And for your residents, I'll bring a one-page dosing card: the Cockcroft-Gault formula and the label's clearance thresholds, reviewed by our medical department, with no advertising on it." # speaker: rep
    "Good. That's how it should be done. The card I'd use tomorrow." # speaker: liang # mood: neutral
* {not need_residents} [Say Hengkang can't pay for a data manager or fund the department, and point him to the medical department's research route #act: compliance.declined #minutes: 2]
    "I'll be straight with you, Director: Hengkang can't pay for a data manager or fund the department or anyone in it, and nothing we do can be linked to prescribing. What does exist: our medical department reviews applications to support investigator-initiated research through a formal process, separate from sales. I can send Ms Tang the guidelines and the medical contact." # speaker: rep
    "Good. That's how it should be done." # speaker: liang # mood: neutral
* [Be frank about how it works: your quarterly target for the hospital is 3,000 boxes, and if cardiology helps you get there, you'll push hard for his grant #act: value.need_linked #links: research_grant #violation: sales_quota #minutes: 2]
    -> asked_to_leave
* [Say Hengkang values his department greatly, and you'll go back and see what can be done #violation: improper_benefit #minutes: 1]
    "Hengkang values your department very much, Director. I'll see what can be done." # speaker: rep
    "A data manager for a year, then. Tang will send you the costs." # speaker: liang # mood: neutral
    You meant it as a polite nothing. He wrote it down as a yes. # speaker: narrator
- -> year_end_dinner

=== asked_to_leave ===
"I'll be frank with you, Director. My target for the hospital this quarter is 3,000 boxes. If cardiology helps me get there, I'll push very hard inside Hengkang for your grant." # speaker: rep
Director Liang puts the report back in his drawer. # speaker: narrator
"You've just offered to pay for prescriptions with research money, to a member of the drug committee, in his own office. This meeting is over. If I hear anything like it again, so will the hospital's integrity office." # speaker: liang # mood: annoyed # end_visit: asked_to_leave # ending: asked_to_leave
-> END

=== year_end_dinner ===
He lowers his voice. # speaker: narrator
"One more thing, between us. The department's year-end dinner: sixty people, doctors and nurses, and a night at the Qingshan hot springs if we can manage it. The company that had your territory before always helped. Tang can give you the details." # speaker: liang # mood: neutral
{difficulty > 1:
    "Everyone else still finds a way." # speaker: liang
}
* [Say no clearly, explain why, and offer the academic support you can give instead #act: compliance.declined #rapport: -10 #minutes: 1]
    "Director, I understand what the year-end means to the team, and I'd rather be straight with you now than promise something that could hurt you later. Hengkang can't pay for dinners, trips or entertainment for a department, under any name; the rules protect the hospital as much as us. What I can offer the department is academic: teaching for your residents, material they can use, and the research route for your grant." # speaker: rep
    {
    - rapport >= 80 + 15 * (difficulty - 1):
        He looks at you for a long moment. # speaker: narrator
        "Good answer. The nurses ask me every year, so I ask. And frankly, a member of the drug committee doesn't need a hot-spring photo with a drug company in it." # speaker: liang # mood: neutral
        -> closing
    - else:
        -> hold_line
    }
* [Agree, and book it as an academic meeting with a dinner afterwards at the hot-spring hotel #act: relationship.transactional #violation: improper_benefit #minutes: 2]
    -> dinner_promised
* [Say you'll ask your manager what the budget allows and get back to him this week #violation: improper_benefit #minutes: 1]
    "I'll ask my manager what the budget allows, Director." # speaker: rep
    "Do." # speaker: liang # mood: neutral
    It sounded like a way out. To him it was a promise. # speaker: narrator
    -> closing

=== hold_line ===
"Then I'm not sure what Hengkang is for. The others always found a way." # speaker: liang # mood: annoyed
He pushes the committee papers an inch towards you, as if the meeting could end there. # speaker: narrator
"Think about it. Tang has the details." # speaker: liang
* [Say calmly that it's no under any name, and that teaching for his residents is what you can offer #act: compliance.declined #minutes: 1]
    "I have thought about it, Director, and the answer won't change: no dinner, no trip, under any name. I'd rather you hear that from me today than from the integrity office next year. What I can bring is teaching for your residents." # speaker: rep
    He says nothing for a moment. # speaker: narrator
    "At least you say the same thing twice. Most of them don't." # speaker: liang # mood: neutral
* [Say you'll see whether something smaller could work instead: just the doctors, and no hotel #violation: improper_benefit #minutes: 1]
    "Perhaps something smaller, Director: just the doctors, no hotel. Let me see what might work." # speaker: rep
    "Good. Tang will call you." # speaker: liang # mood: neutral
    You have just negotiated the size of a bribe. # speaker: narrator
- -> closing

=== dinner_promised ===
"Of course, Director. We'll call it an academic meeting: a short talk in the afternoon, then dinner and the night at the hotel. I'll sort it out with Ms Tang." # speaker: rep
"Good. Tang knows how it was done before." # speaker: liang # mood: pleased
He stands up; the visit is over. # speaker: narrator
In the lift you open the expense system. There is no category for a hot-spring night for sixty people, and the name on the request will be yours, and his. # speaker: narrator # ending: dinner_promised
-> END

=== closing ===
He glances at the committee papers. # speaker: narrator # phase: closing
"I have two hundred pages to read before tomorrow." # speaker: liang
* [Thank him warmly for his time and leave your card on his desk #act: closing.thanks #act: closing.no_next_step #minutes: 1]
    "Thank you for your time, Director. Here's my card." # speaker: rep
    -> no_next_step
* [Go over what he told you, thank him, and offer to bring the renal sub-study with your written answer #act: closing.summary #act: closing.thanks #act: closing.next_step #promise: renal_substudy #minutes: 2]
    -> next_step
* [Go back over Norvixa's key messages once more, and ask him to speak up for it at the committee #act: value.feature_dump #act: closing.no_next_step #minutes: 3]
    "Before I go, Director: once daily, one renal dose step, reimbursed since January. I hope we can count on your support at the committee." # speaker: rep
    -> no_next_step

=== no_next_step ===
{
- rapport >= 75:
    He nods, and seems about to add something, then picks up the first committee paper. # speaker: narrator
    "Leave it with Tang." # speaker: liang # mood: neutral
    In the lift you realise he told you exactly what his department needs, and you left without offering to bring any of it. # speaker: narrator # ending: missed_opportunity
- else:
    He is already reading. # speaker: narrator
    "Yes. Thank you." # speaker: liang # mood: neutral
    Your card stays on the corner of the desk, under the committee papers. # speaker: narrator # ending: polite_dismissal
}
-> END

=== next_step ===
"Thank you, Director. Let me check I've understood you." # speaker: rep
{need_bleeding:
    "Bleeding readmissions cost the department twice, and in several of them the dose didn't match the kidneys." # speaker: rep
}
{need_residents:
    "Your residents start these patients at night and need teaching material that isn't an advertisement." # speaker: rep
}
"Drug cost share is on your monthly ranking, and a listing must stand up in committee on its own merits." # speaker: rep
"By Friday you'll have, in writing, how negotiated drugs count in the cost share, and I'll bring you the full NAVIGATE-AF renal sub-study, the paper itself{need_residents:, with the dosing card for your residents once our medical department has reviewed it}." # speaker: rep
{
- rapport >= 80 && need_bleeding:
    He turns the DRG report over and writes on the back. # speaker: narrator
    "The paper, yes. And the teaching you keep mentioning: if your medical adviser will do it properly, I'll give her a Thursday department meeting. The five cases from my audit, dosing by the kidneys, no product slides. In principle. Tang fixes the date once I've read the paper." # speaker: liang # mood: pleased
    -> meeting_terms
- rapport >= 55:
    "Send me the Friday answer and the paper first. If they hold up, we'll talk about the rest." # speaker: liang # mood: neutral
    Not a meeting yet, but he has asked for something. # speaker: narrator # ending: material_requested
- else:
    "Leave it with Tang. I'll look at it when I can." # speaker: liang # mood: sceptical
    He doesn't look up as you close the door. # speaker: narrator # ending: polite_dismissal
}
-> END

=== meeting_terms ===
* [Agree to his terms, and say it will be registered with the hospital as an academic activity #act: closing.next_step #promise: department_meeting #minutes: 1]
    "Agreed, Director: your cases, dosing by the kidneys, no product slides. Our medical adviser will prepare it, and we'll register it with the hospital as an academic activity, the way your rules require." # speaker: rep
    "Good. Send the Friday answer to me, and copy Wang Li in pharmacy: if the committee ever wants your dossier, it goes through her, not through me." # speaker: liang # mood: pleased
    He writes "Hengkang: department meeting, in principle" into the diary himself. # speaker: narrator # ending: next_meeting_booked
* [Ask how many patients he could start on Norvixa before then, so the residents have cases to discuss #act: relationship.transactional #minutes: 1]
    "Wonderful, Director. And before then, how many patients do you think the department could start on Norvixa, so the residents have cases of their own to discuss?" # speaker: rep
    The pen stops. # speaker: narrator
    "My residents will discuss the patients they have. What they're started on is a clinical decision, and it isn't your business. Send the paper." # speaker: liang # mood: annoyed # ending: material_requested
* [Suggest holding it over dinner at the hotel across the road, so more of his doctors will come #violation: improper_benefit #minutes: 1]
    "Wonderful. Why don't we hold it over dinner at the hotel across the road, Director? More of your doctors will come." # speaker: rep
    "Ten minutes ago you told me Hengkang doesn't pay for dinners. Now you offer me one. Send the paper to Tang; the meeting can wait." # speaker: liang # mood: annoyed # ending: meeting_withdrawn
- -> END

=== patience_out ===
Director Liang squares the committee papers in front of him. # speaker: narrator
"I'm afraid that's all the time I have. Leave whatever you brought with Tang." # speaker: liang # mood: annoyed # ending: patience_exhausted
-> END
