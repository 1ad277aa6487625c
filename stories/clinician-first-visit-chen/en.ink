# title: First visit to Dr Chen Jing, cardiology ward 2
# segment: clinician
# stage: first_visit
# setting: ward
# lang: en
# customer: chen
# dimensions: preparation, opening, discovery, value, objections, closing
# leaves_to: patience_out

// Norvixa (norvixaban), Trombexa, NAVIGATE-AF and Hengkang Pharma are fictional.
// Every product fact the rep states is on the claims sheet (src/core/world/product.ts) and tagged # claim:.
// The engine plays Dr Chen (warm, forgives sooner, always short of time) and writes rapport, patience and
// customer_state before every passage; this story only reads them.
// Memory shared with Dr Chen's follow-ups: needs ward_dosing_tools, readable_leaflets, post_discharge_bleeding;
// promises dosing_card and patient_leaflets.

VAR difficulty = 1
VAR rapport = 55
VAR patience = 55
VAR customer_state = "guarded"
VAR prepared = false
VAR bag_matched = false
VAR pitched = false
VAR gave_elderly_data = false
VAR need_tools = false
VAR need_leaflets = false
VAR need_bleeding = false

-> prep

=== prep ===
Monday, 21:10, at home. Tomorrow, after the morning ward round, you have your first meeting with Dr Chen Jing, attending physician on cardiology ward 2. # speaker: narrator
Liu Yang, the colleague who covered the hospital before you, asked her on WeChat whether you could come by. Her answer: "Tuesday after the round. Ten minutes, maybe fifteen." # speaker: narrator
How do you prepare? # speaker: narrator
* [Look up her ward and the slides of her nursing-day talk, write down one goal, and pack the dosing cards and the one-page over-80 sheet #act: preparation.profile_reviewed #act: preparation.objective_set #act: preparation.material_matched #off_clock]
    ~ prepared = true
    ~ bag_matched = true
    You find the ward's page on the hospital website and the slides of a talk she gave at the city nursing education day: "Going home on an anticoagulant at eighty". Most of ward 2's AF patients are over seventy-five. # speaker: narrator
    In your notebook you write: "Objective: understand how ward 2 sends older AF patients home, and agree one concrete next step." Into one folder go the approved renal dosing pocket cards and the one-page NAVIGATE-AF summary with the over-80 data. Hengkang's large-print patient leaflet is still with the medical department for approval; you note to ask when it will be out. # speaker: narrator
* [Look up her ward and her talk, then pack the full twenty-four-page detail aid and the corporate brochure: better too much than too little #act: preparation.profile_reviewed #act: preparation.material_unmatched #off_clock]
    ~ prepared = true
    You find the slides of a talk she gave at the city nursing education day: "Going home on an anticoagulant at eighty". # speaker: narrator
    Then you fill your bag. It is heavy, and the brochure has a beautiful photograph of the Suzhou factory. # speaker: narrator
* [Polish the standard twenty-slide Norvixa presentation until midnight: every doctor needs the same facts #act: preparation.material_unmatched #off_clock]
    At midnight the slides are perfect. You still know nothing about Dr Chen. # speaker: narrator
- -> arrival

=== arrival ===
Tuesday, 10:35. The doctors' office on cardiology ward 2. The ward round finished five minutes ago. # speaker: narrator # phase: opening
Dr Chen Jing is typing discharge orders with one hand and holding a mug of tea in the other. Two residents by the window are arguing about a potassium result. # speaker: narrator
{difficulty > 1:
    She doesn't look up. # speaker: narrator
    "Liu Yang's successor? Fifteen minutes, not one more. I have five discharges before noon." # speaker: chen # mood: sceptical # time_granted: 15
- else:
    "You must be Liu Yang's successor! Sit, sit. I've got a quarter of an hour before the discharges start, then I'm gone." # speaker: chen # mood: pleased # time_granted: 15
}
* ["Grateful you made time straight after the round, Dr Chen. Norvixa, older AF patients going home; fifteen minutes." #act: opening.thanks #act: opening.purpose_stated #claim: indication #minutes: 1]
    "Thank you for making time straight after the round, Dr Chen. I'm the Hengkang Pharma representative for this hospital; I look after Norvixa, our once-daily factor Xa inhibitor for preventing stroke in adults with non-valvular AF. I'd like to hear how ward 2 gets older AF patients ready to go home{prepared: (I read the slides of your talk at the nursing education day)}, and see whether anything we have is useful to you. Fifteen minutes, and I'll stop the moment the discharges call." # speaker: rep
    {prepared:
        "You read my slides? Nobody reads my slides." She laughs and pushes a chair towards you with her foot. # speaker: chen # mood: pleased
    - else:
        "Fine. Fifteen minutes." # speaker: chen # mood: neutral
    }
* ["Dr Chen, let me introduce myself properly first: my background, Hengkang's history, our factories and our pipeline." #act: opening.long_intro #minutes: 4]
    "Dr Chen, let me introduce myself first. I graduated in pharmacy from Shenyang, I've been with Hengkang for two years. Hengkang was founded in 1998, we have three factories and more than six thousand employees, and there are five products in our cardiovascular pipeline..." # speaker: rep
    She nods politely, her eyes drifting back to the discharge orders. # speaker: narrator
    "Mm. And what brings you to ward 2?" # speaker: chen # mood: neutral
* [Open the detail aid on her desk: "Dr Chen, Norvixa is a once-daily factor Xa inhibitor, no routine monitoring..." #act: value.feature_dump #claim: dose_standard #minutes: 3]
    "Dr Chen, Norvixa is a once-daily factor Xa inhibitor: no routine coagulation monitoring, with or without food..." # speaker: rep
    She turns a page, then another, without reading either. # speaker: narrator
    "I've seen a detail aid before." # speaker: chen # mood: sceptical
- -> discovery_home

=== discovery_home ===
She saves the order she was typing and turns her chair towards you. # speaker: narrator
"So. What do you want to know? Everyone who comes into this office wants to tell me something." # speaker: chen # phase: discovery
* ["How do you get older AF patients ready to go home on an anticoagulant, and where does it go wrong?" #act: discovery.open_question #minutes: 2]
    "I'd rather listen first. When an older AF patient goes home from ward 2 on an anticoagulant, how do you get them ready, and where does it go wrong?" # speaker: rep
    "Where do I start!" She puts the mug down. "Discharge day is chaos. The resident works out the dose, the nurse has five minutes to teach the patient, the family turns up at the last moment with the car double-parked outside. And then they're gone, and we hope." # speaker: chen # mood: neutral
* ["Do you use NOACs for your AF patients, Dr Chen? I'd like to understand what the ward prescribes." #act: discovery.closed_question #minutes: 1]
    "Do you use NOACs for your AF patients, Dr Chen?" # speaker: rep
    "When they can afford them. Yes." # speaker: chen
    She waits for the next question. It is a short answer from someone who likes to talk. # speaker: narrator # mood: neutral
* [Put the dosing card on her desk: "One renal threshold, 10 mg at 30 to 49, tested in 3,050 patients. Simple for your residents." #act: value.need_linked #links: ward_dosing_tools #act: value.evidence_cited #act: discovery.interrupt #claim: dose_renal #claim: renal_substudy #minutes: 2]
    ~ pitched = true
    "Let me show you one thing first, Dr Chen. Norvixa has one renal threshold: 10 mg once daily at a clearance of 30 to 49, and that dose was studied in 3,050 patients in the renal sub-study of NAVIGATE-AF. It makes the dose simple for your residents." # speaker: rep
    "My residents?" She raises an eyebrow. "You've decided what my problem is before you've asked me a single question." # speaker: chen # mood: sceptical
- -> discovery_dosing

=== discovery_dosing ===
{pitched:
    "Since you bring them up." # speaker: chen
}
"The residents work out the doses on their phones between admissions: clearance, weight, age. Last month one of them sent an eighty-three-year-old home on the full dose with a clearance of thirty-eight. Pharmacy caught it the next morning, thank goodness." # speaker: chen
* ["So the rule isn't the hard part. It's applying it fast, on discharge day, with a phone calculator?" #act: discovery.active_listening #minutes: 1]
    ~ need_tools = true
    "So the hard part isn't knowing the rule, it's applying it at speed on discharge day, by a tired resident with a phone calculator. Have I got that right?" # speaker: rep
    "Exactly that. I don't need another pharmacology lecture. I need something on the wall of this office that a resident can read at eleven at night. A table, a card. Simple." # speaker: chen # mood: pleased # need: ward_dosing_tools
* [Cut in: "That's where Norvixa is easy, Dr Chen, there's only one threshold for the kidneys..." #act: discovery.interrupt #claim: dose_renal #minutes: 1]
    "That's where Norvixa is easy, Dr Chen, there's only one threshold for the kidneys..." # speaker: rep
    "Let me finish a sentence, will you?" # speaker: chen # mood: annoyed
    She doesn't come back to the residents. # speaker: narrator
* ["Does the pharmacy check every discharge prescription? I'd like to understand who catches the errors." #act: discovery.closed_question #minutes: 1]
    "Does the pharmacy check every discharge prescription?" # speaker: rep
    "Mostly. Not at weekends." # speaker: chen # mood: neutral
- -> discovery_education

=== discovery_education ===
{customer_state == "engaged":
    She points at a stack of photocopied sheets on the shelf, covered in large handwriting and little drawings of pills. # speaker: narrator
    "Those are mine. Don't laugh." # speaker: chen
- else:
    On the shelf behind her is a stack of photocopied sheets covered in large handwriting. # speaker: narrator
}
"And then they go home. That's the part that keeps me awake." # speaker: chen
* ["What happens once they're home? How do you get the patients and their families ready for it?" #act: discovery.open_question #minutes: 2]
    ~ need_leaflets = true
    "What happens once they're home? How do you prepare them and their families for it?" # speaker: rep
    "I run a patient-education session on Thursday afternoons with two of the nurses. But most of our patients are over seventy-five. The leaflets companies give us are in tiny print and full of words like 'factor Xa'. An old man from the county holds one at arm's length and gives up. So I make my own on the photocopier: big characters, a drawing of the tablet, what time to take it, what to do if you forget. And half of them still can't read it." # speaker: chen # mood: neutral # need: readable_leaflets
* ["Hengkang has a new large-print leaflet coming out, Dr Chen. It's made for exactly your patients." #act: value.need_linked #links: readable_leaflets #minutes: 1]
    "Hengkang has a new large-print leaflet coming out, Dr Chen. It's made for exactly your patients." # speaker: rep
    "Is it? You haven't asked me what my patients can read." She glances at the photocopies and says no more about them. # speaker: chen # mood: sceptical
* ["Do your patients take their tablets properly at home, or do the families need to remind them?" #act: discovery.closed_question #minutes: 1]
    "Do your patients take their tablets properly at home?" # speaker: rep
    "Some do." # speaker: chen # mood: neutral
- -> interruption

=== interruption ===
A nurse puts her head round the door. "Dr Chen, bed 12's daughter is here about the discharge. She's asking about the blood thinner." # speaker: narrator
Dr Chen is already on her feet. # speaker: narrator
"Two minutes. Don't go away." # speaker: chen
* [Stay in the office; when she's back: "You were saying the hard part starts once they're out of the door." #act: discovery.active_listening #minutes: 1]
    You stay in your chair, out of the residents' way, and go over your notes. A few minutes later she is back. # speaker: narrator
    "You were telling me that the hardest part starts when they walk out of the door." # speaker: rep
    "And there's the proof. Her father is eighty-six, and she wants to know what to do if he bleeds. Good question. I wish more of them asked it." # speaker: chen # mood: neutral
* [Fall into step beside her down the corridor to bed 12: "About those leaflets, Dr Chen, I think we could..." #act: access.cold_drop_in #violation: clinical_area_intrusion #minutes: 2]
    You fall into step beside her down the corridor. "About those leaflets, Dr Chen, I think we could..." # speaker: rep
    At the door of room 12 she stops and turns round. Behind her, an old man in a hospital gown is sitting on the edge of the bed, his daughter holding his hand. # speaker: narrator
    "You can't come in here. These are patients." # speaker: chen # mood: annoyed
    The daughter looks from her to you and back, wondering who you are. Dr Chen lowers her voice. # speaker: narrator
    "I think we'll stop here for today. Leave your card at the nurses' station." # speaker: chen # mood: annoyed # end_visit: asked_to_leave # ending: sent_off_ward
    -> END
- -> present_dosing

=== present_dosing ===
{rapport < 50:
    "You said you had something. Quickly." # speaker: chen # phase: presentation # mood: sceptical
- else:
    "Right. Where were we? You said you'd brought something." # speaker: chen # phase: presentation
}
* {bag_matched} [Hand her a dosing card from your folder: "One threshold, when to recheck the kidneys, and the trial behind 10 mg." #act: value.need_linked #links: ward_dosing_tools #act: value.evidence_cited #claim: dose_standard #claim: dose_renal #claim: renal_monitoring #claim: renal_substudy #gives: dosing_card #minutes: 2]
    -> dosing_card
* {not bag_matched} [Show her the dosing card on your phone: "One threshold, when to recheck the kidneys, and the trial behind 10 mg." #act: value.need_linked #links: ward_dosing_tools #act: value.evidence_cited #claim: dose_standard #claim: dose_renal #claim: renal_monitoring #claim: renal_substudy #minutes: 2]
    -> dosing_card
* ["The NAVIGATE-AF headline first: stroke and bleeding side by side, in 14,200 patients." #act: value.evidence_cited #claim: trial_efficacy #claim: trial_bleeding #minutes: 2]
    "NAVIGATE-AF followed 14,200 patients with non-valvular AF for a median of 2.1 years. Against dose-adjusted warfarin, stroke or systemic embolism was 1.3 versus 1.7 per cent a year, major bleeding 2.4 versus 3.0, intracranial haemorrhage 0.4 versus 0.8. GI bleeding was similar, 1.2 versus 1.1." # speaker: rep
    "Good numbers. But my residents don't get the dose wrong because they haven't read a trial." # speaker: chen # mood: neutral
    -> objection_bleeding
* [Walk her through the detail aid: "Once daily, with or without food, no INR checks, and a three-year shelf life..." #act: value.feature_dump #claim: dose_standard #claim: storage #minutes: 3]
    "Norvixa is 20 mg once daily, with or without food, no routine coagulation monitoring. It keeps for thirty-six months below thirty degrees, no cold chain..." # speaker: rep
    "The shelf life is the pharmacy's problem, not mine." # speaker: chen # mood: sceptical
    -> objection_bleeding

= dosing_card
"{need_tools:You said you need something a resident can read at eleven at night. }This is our approved dosing card. The standard dose is 20 mg once daily. There's one threshold: with a Cockcroft-Gault clearance of 30 to 49, 10 mg once daily; below 30, or on dialysis, it isn't recommended. The 10 mg dose was studied in 3,050 patients in that range in the renal sub-study of NAVIGATE-AF: stroke or systemic embolism 1.6 versus 2.1 per cent a year against warfarin, major bleeding 3.1 versus 4.0. And on the back: check renal function before starting and at least once a year, more often from age seventy-five or below a clearance of 60. That's most of your ward." # speaker: rep
{
- need_tools && bag_matched:
    She turns the card over twice. # speaker: narrator
    "Your eighty-three-year-old with a clearance of thirty-eight would have been caught by this. Can I keep it? I want one on the wall and one in every resident's pocket." # speaker: chen # mood: pleased
- need_tools:
    You search your bag, but the pocket cards are still on your desk at the office; the photo on your phone will have to do. # speaker: narrator
    "That's the right idea. Pity you didn't bring any." # speaker: chen # mood: neutral
- else:
    "Tidy." She hands it back. "Lots of companies make cards." # speaker: chen # mood: neutral
}
-> objection_bleeding

=== objection_bleeding ===
{patience <= 30:
    She glances at the clock above the door. # speaker: narrator
}
She lowers her voice. # speaker: narrator
"I'll be honest with you. The tablets aren't my problem. I'm sending eighty-five-year-olds home on a drug that can make them bleed, to families who don't know what bleeding looks like." # speaker: chen # phase: objections # mood: sceptical # objection: elderly_bleeding
* ["That's the right thing to worry about. When a patient bleeds at home, what actually happens?" #act: objections.acknowledge #act: objections.explore #minutes: 1]
    ~ need_bleeding = true
    "That's a serious worry, and it's the right one. When you picture a patient bleeding at home, what actually happens? What goes wrong?" # speaker: rep
    "Last winter. An eighty-two-year-old went home on an anticoagulant and had black stools for four days. His daughter thought it was the iron tablets. He came back through emergency with a haemoglobin of sixty-two. Nobody had told them what to look for. Every time I sign a discharge for someone over eighty, I think of him." # speaker: chen # mood: neutral # need: post_discharge_bleeding
* ["Let me give you the data: 2,600 patients over 80, major bleeding 4.1 versus 5.0, GI bleeding a little higher." #act: objections.evidence_response #act: value.evidence_cited #claim: elderly_subgroup #minutes: 2]
    ~ gave_elderly_data = true
    "Then let me give you the facts. NAVIGATE-AF had 2,600 patients aged 80 or over. Major bleeding was 4.1 per cent a year on Norvixa against 5.0 on warfarin; GI bleeding was numerically higher, 1.9 versus 1.6." # speaker: rep
    "I know the numbers. They're on your label." She taps the desk. "I was talking about families, not numbers." # speaker: chen # mood: sceptical
* ["Honestly, Dr Chen, Norvixa had less bleeding than warfarin, so there's really nothing to worry about." #act: objections.evade #violation: misleading_claim #minutes: 1]
    "Honestly, Dr Chen, Norvixa had less bleeding than warfarin, so there's really nothing to worry about." # speaker: rep
    "Nothing to worry about? In the over-eighties GI bleeding was higher on your drug than on warfarin. It's on your own label. Don't tell me not to worry." # speaker: chen # mood: annoyed
* ["Every anticoagulant carries a bleeding risk, of course. Shall we look at the dosing again?" #act: objections.evade #minutes: 1]
    "Every anticoagulant carries a bleeding risk, of course. Shall we look at..." # speaker: rep
    "Of course. That's exactly my point." # speaker: chen # mood: sceptical
- -> answer_bleeding

=== answer_bleeding ===
{need_bleeding:
    "So. Do you have anything for that, or just sympathy?" # speaker: chen
- else:
    "Is that all you have for me?" # speaker: chen
}
* ["The over-80 figures, and the signs a family should watch for, on a leaflet they can actually read." #act: objections.evidence_response #act: value.need_linked #links: post_discharge_bleeding #claim: elderly_subgroup #claim: common_adverse_events #minutes: 2]
    {gave_elderly_data:
        "As I said, in the over-80s GI bleeding was numerically higher on Norvixa, 1.9 versus 1.6 per cent a year, though major bleeding was lower, 4.1 versus 5.0." # speaker: rep
    - else:
        "Data, and a suggestion. NAVIGATE-AF had 2,600 patients aged 80 or over. Major bleeding was 4.1 per cent a year on Norvixa and 5.0 on warfarin, but GI bleeding was numerically higher, 1.9 versus 1.6{need_bleeding:, exactly the kind of bleed your patient had}." # speaker: rep
    }
    "The label lists the commonest bleeding signs: nosebleeds, bleeding gums, bruising, blood in the urine, and anaemia. {need_bleeding:What his family didn't have was that list, in words they could read. }That belongs on a leaflet, in big characters, with a phone number on it." # speaker: rep
    {need_bleeding:
        "Black stools, red urine, bruises that spread, and who to call. In characters this big." She holds up her thumb and forefinger. # speaker: chen # mood: pleased
    - else:
        "A list of signs. Fine. Every leaflet has one of those." # speaker: chen # mood: neutral
    }
* ["Overall in NAVIGATE-AF, major bleeding was 2.4 versus 3.0 a year against warfarin, GI bleeding much the same." #act: objections.evidence_response #claim: trial_bleeding #minutes: 1]
    "Overall in NAVIGATE-AF, major bleeding was 2.4 versus 3.0 per cent a year against warfarin, intracranial haemorrhage 0.4 versus 0.8, and GI bleeding similar, 1.2 versus 1.1." # speaker: rep
    "Overall. My patients aren't 'overall'." # speaker: chen # mood: neutral
* ["I'd rather not quote the elderly data from memory. I'll send you the exact figures this week." #act: objections.defer_and_commit #minutes: 1]
    "I'd rather not quote the elderly data from memory. I'll send you the exact figures." # speaker: rep
    "It's on one page of your own summary, isn't it? Fine. Send it." # speaker: chen # mood: neutral
- -> objection_price

=== objection_price ===
"And the money. Pharmacy tells us Trombexa is in volume-based procurement now, ninety fen a day." # speaker: chen # objection: price
{difficulty > 1:
    "The director reminded us on Monday that the department's drug cost share is over target this quarter. Why should I pay six times more?" # speaker: chen # mood: sceptical
- else:
    "Why should my patients pay more for yours?" # speaker: chen
}
* ["Fair question. Trombexa is cheaper. Reimbursed, ours is about two yuan a day, and there's no head-to-head trial." #act: objections.acknowledge #act: objections.evidence_response #claim: price #claim: insurance #claim: competitor_facts #minutes: 1]
    "It's a fair question. Trombexa is cheaper: about 0.90 yuan a day in procurement, 5 mg twice a day. Norvixa lists at 5.60 a day, but it has been on the national reimbursement list for non-valvular AF since January, so on employee insurance the patient pays about two yuan a day; for the residents' scheme it depends on the province. There's no head-to-head trial between the two, so I won't tell you one works better than the other. The difference your patients will notice is once a day instead of twice{need_leaflets:, one line on your photocopied sheet instead of two}." # speaker: rep
    "Honest, at least. Most reps either say nothing about the price or tell me the other one is rubbish." # speaker: chen # mood: neutral
* ["Between us, those procurement products come from the cheapest factories. With quality, you get what you pay for." #act: objections.argue #violation: disparagement #minutes: 1]
    "Between us, Dr Chen, those procurement products come from the cheapest factories. You get what you pay for; the quality just isn't the same." # speaker: rep
    "Our pharmacy buys Trombexa, and I prescribe it. Are you telling me I'm poisoning my patients? Show me data or don't say it." # speaker: chen # mood: annoyed
* ["I don't want to give you a wrong number. I'll check what patients pay under both schemes and send it by Friday." #act: objections.defer_and_commit #minutes: 1]
    "I don't want to give you a wrong number. I'll check what patients pay under the employee and the residents' schemes in this province and send it to you by Friday." # speaker: rep
    "Friday. Liu Yang always said Friday too." She smiles. "Let's see." # speaker: chen # mood: neutral
- -> nurses

=== nurses ===
{customer_state == "engaged":
    She leans back, and for a moment she isn't in a hurry. # speaker: narrator
}
"Between you and me, it's the nurses who carry the education programme. Xiao Zhang and Xiao He stay after their shift every Thursday, unpaid, to teach the families. They're exhausted." # speaker: chen
* ["Let's make their Thursdays lighter: the large-print leaflet the day it's approved, and a medical half-hour for them." #act: value.need_linked #links: readable_leaflets #promise: patient_leaflets #minutes: 1]
    "Then let's make their Thursdays easier rather than longer. Our medical department is about to approve a large-print leaflet for older patients; the day it's out, I'll send it to you{need_bleeding:, and I'll ask whether the bleeding warning signs are on it in plain words}. If it would help, a medical colleague could give the nurses a half-hour session on spotting bleeding at home. Medical content only, arranged through the ward." # speaker: rep
    {need_leaflets:
        "Through the ward, medical content only. Yes. Xiao Zhang would love that." # speaker: chen # mood: pleased
    - else:
        "A leaflet. We'll see whether my patients can read it. The session, yes: through the ward, medical content only." # speaker: chen # mood: neutral
    }
* ["The nurses work so hard, Dr Chen. Let me bring a few supermarket shopping cards for Xiao Zhang and Xiao He, nothing big." #act: relationship.transactional #violation: improper_benefit #minutes: 1]
    -> asked_to_leave
* ["Why not have the nurses hand out our standard leaflet instead? It would save them all that photocopying." #act: value.feature_dump #minutes: 1]
    "Maybe the nurses could just hand out our standard leaflet? It would save them all that photocopying." # speaker: rep
    "The one in six-point type?" She doesn't bother to answer. # speaker: chen # mood: sceptical
- -> closing

=== asked_to_leave ===
"The nurses work so hard, Dr Chen. Let me show Hengkang's appreciation: I'll bring some supermarket shopping cards for Xiao Zhang and Xiao He next time. Nothing big, just for their hard work." # speaker: rep
The two residents by the window go quiet. # speaker: narrator
Dr Chen puts her mug down very carefully. # speaker: narrator
"Do you know how many people have lost their jobs in this hospital over 'nothing big'? My nurses don't take cards, and neither do I. I think we're finished. Please go, and tell Liu Yang why." # speaker: chen # mood: annoyed # end_visit: asked_to_leave # ending: asked_to_leave
-> END

=== closing ===
A resident calls from the door: "Dr Chen, bed 7's discharge summary needs your signature!" # speaker: narrator # phase: closing
{customer_state == "irritated":
    She is already standing, pen in hand. # speaker: narrator
    "I said fifteen minutes, and I meant it." # speaker: chen # mood: annoyed
- else:
    "Coming!" she calls, and turns back to you. "One more minute." # speaker: chen
}
* ["So: a card residents can read at night, leaflets families can read. Both on WeChat, and next week after a round?" #act: closing.summary #act: closing.thanks #act: closing.next_step #promise: dosing_card #promise: patient_leaflets #minutes: 1]
    -> next_step
* ["Thank you so much for your time, Dr Chen. Here's my card, and do message me on WeChat whenever you like." #act: closing.thanks #act: closing.no_next_step #minutes: 1]
    "Thank you so much for your time, Dr Chen. Here's my card." # speaker: rep
    -> no_next_step
* ["Would you try Norvixa on your next five AF discharges, Dr Chen? Then you can see for yourself how it does." #act: closing.no_next_step #minutes: 1]
    "Dr Chen, would you try Norvixa on your next five AF discharges? Then you can see for yourself." # speaker: rep
    "I prescribe for patients, not for trials of five." # speaker: chen # mood: sceptical
    -> no_next_step

=== no_next_step ===
{rapport >= 70:
    "Mm. Message me on WeChat if you think of something." She is already signing. # speaker: chen # mood: neutral
    On the stairs you realise she told you exactly what the ward needs, and you left without offering to bring any of it. # speaker: narrator # ending: missed_opportunity
- else:
    "Thanks. Bye now." # speaker: chen # mood: neutral
    You leave your card beside the photocopied leaflets. She may remember your face; she probably won't remember your name. # speaker: narrator # ending: polite_dismissal
}
-> END

=== next_step ===
"Thank you, Dr Chen. Let me check I've understood what matters to you." # speaker: rep
{need_tools:
    "Your residents need a dosing tool they can use at speed, on discharge day." # speaker: rep
}
{need_leaflets:
    "Your patients need leaflets they can actually read: big print, plain words." # speaker: rep
}
{need_bleeding:
    "And families need to know what bleeding looks like at home, and who to call." # speaker: rep
}
"The day our medical department approves the large-print leaflet, I'll send it to you on WeChat, together with the dosing card file so you can print one for every resident. Could I come by after a round next week to hear how the residents get on with the card?" # speaker: rep
{
- need_tools && need_leaflets && rapport >= 80 && patience >= 40:
    "After Thursday's round, then. And bring your medical colleague's dates: if the leaflet is out, I want it for the next Thursday session. Xiao Zhang will be there." # speaker: chen # mood: pleased
    She writes "Hengkang: cards, leaflet" on the whiteboard beside the door, where the whole ward will see it. # speaker: narrator # ending: next_meeting_booked
- rapport >= 60:
    "Send me the card and the leaflet on WeChat first. If they're as good as you say, we'll talk." # speaker: chen # mood: neutral
    It isn't a meeting yet, but she has asked you for something. # speaker: narrator # ending: material_requested
- else:
    "Leave it with the nurses' station. I'll look when I can." # speaker: chen # mood: sceptical
    She is signing the summary before you reach the door. # speaker: narrator # ending: polite_dismissal
}
-> END

=== patience_out ===
Dr Chen stands up and picks up her stethoscope. # speaker: narrator
"Sorry, the discharges won't write themselves. Leave whatever you brought on the desk." # speaker: chen # mood: annoyed # end_visit: patience_exhausted # ending: patience_exhausted
-> END
