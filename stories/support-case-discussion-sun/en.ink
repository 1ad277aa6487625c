# title: Supporting a case discussion: Dr Sun Mei, geriatrics
# segment: director
# stage: follow_up
# setting: office
# lang: en
# customer: sun
# dimensions: relationship, solutions, closing, records
# leaves_to: patience_out
# assumes: promise:interaction_data, promise:case_discussion, need:polypharmacy_interactions, need:team_case_discussion

// Norvixa (norvixaban), NAVIGATE-AF and Hengkang Pharma are fictional.
// Every product fact the rep states is on the claims sheet (src/core/world/product.ts) and tagged # claim:.
// The support is professional and not tied to sales: the case is the department's, the medical content is
// Medical's, and the rep organises.
// Follows appt-congress-sun, where the rep promised Medical's written answer on interactions
// (interaction_data) and help with a case discussion for her team (case_discussion).

EXTERNAL remembers(id)
EXTERNAL promise_open(id)

VAR difficulty = 1
VAR rapport = 45
VAR has_letter = false
VAR need_shift = false
VAR mi_referral = false
VAR pack = false
VAR leaflet = false
VAR agreed = false
VAR regular = false

-> reconnect

=== function remembers(id) ===
~ return false

=== function promise_open(id) ===
~ return false

=== reconnect ===
~ has_letter = remembers("interaction_data")
Tuesday, 16:40. The director's office in geriatrics, seventh floor. Three weeks ago you met Dr Sun here with Dr Fang Lei from Hengkang's medical department. # speaker: narrator # phase: reconnect
{
- promise_open("case_discussion"):
    At the congress you told her you would help organise a case discussion for her team, with Medical answering the pharmacology. Today you plan it. # speaker: narrator
- remembers("case_discussion"):
    You have helped her team with a case discussion before. She has asked you back to plan the next one. # speaker: narrator
- else:
    At that meeting she asked whether Hengkang's medical department could support a case discussion for her team. Today you plan it. # speaker: narrator
}
{
- promise_open("interaction_data"):
    You also promised her Medical Information's written answer on interactions in patients on many drugs. They sent it to her directly last Wednesday. # speaker: narrator
- has_letter:
    Medical Information's written answer on interactions reached her weeks ago. # speaker: narrator
}
{difficulty > 1:
    "Sit down. I have twenty minutes, then the hospital's drug-safety audit. Let's not waste them." # speaker: sun # mood: sceptical # time_granted: 20
- else:
    "Come in. You're on time, that's a good start. I have half an hour before the drug-safety audit." # speaker: sun # mood: neutral # time_granted: 30
}
{not remembers("team_case_discussion"):
    "My team argues about these patients from memory. I want one proper case discussion, with someone who knows the pharmacology and says where the data stop." # speaker: sun # need: team_case_discussion
}
* ["Your talk is still doing the rounds, Director. Your ward could be our Norvixa reference centre." #act: relationship.transactional #minutes: 2]
    "Director, your talk at the congress is still being shared in the province. Honestly, with your reputation, your department could become the reference centre for Norvixa in older patients." # speaker: rep
    "My department is a reference for geriatrics. It isn't going to be a reference for anybody's product." # speaker: sun # mood: annoyed
* {promise_open("interaction_data")} ["Before we start: did Medical Information's letter on interactions reach you last week?" #act: relationship.promise_kept #keeps: interaction_data #minutes: 2]
    ~ has_letter = true
    "Before we start: did Medical Information's written answer on interactions reach you? They sent it to you directly last Wednesday. If your residents want the full papers it cites, Medical Information can send those too." # speaker: rep
    "It reached me. Three pages, honest about what isn't known. That's more than I expected." # speaker: sun # mood: pleased
* ["Shall we go straight to Wednesday, Director? I want it done your way." #act: relationship.professional_support #minutes: 1]
    "Director, shall we go straight to the case discussion? I'd like to make sure it's organised the way you want." # speaker: rep
    {promise_open("interaction_data"):
        "Yes. Though I did wonder whether you'd ask about the letter from your medical department." # speaker: sun # mood: neutral
    - else:
        "Yes. Good." # speaker: sun # mood: neutral
    }
- -> needs

=== needs ===
"So. Next Wednesday at two, in our seminar room." # speaker: sun # phase: review
* ["Dr Fang could open with thirty minutes on Norvixa, so the team has the background first." #act: relationship.transactional #minutes: 2]
    "Director, I was thinking Dr Fang could open with thirty minutes on Norvixa, so the team has the background before the case." # speaker: rep
    "Then it would be a product talk with a patient attached. That's not what I asked for." # speaker: sun # mood: annoyed
* ["Does the team still want the NAVIGATE-AF slides? I can print them." #act: discovery.closed_question #minutes: 1]
    "Does the team still want the NAVIGATE-AF slides? I can print them for Wednesday." # speaker: rep
    "I'm not sure that's still the question." # speaker: sun # mood: neutral
    She doesn't say what the question is now. # speaker: narrator
* ["What if Dr Fang built the afternoon around a stop, continue or switch aid for the residents?" #act: relationship.professional_support #act: solutions.tailored #links: decision_structure #minutes: 2]
    "Director, what if Dr Fang built the afternoon around a decision aid: stop, continue or switch, step by step, so the residents have something to follow?" # speaker: rep
    "Perhaps. But you've decided what my team needs before asking me." # speaker: sun # mood: sceptical
* ["Has the problem moved on since we last spoke? What should the team walk out with?" #act: solutions.needs_reassessed #minutes: 3]
    ~ need_shift = true
    "Has the question for Wednesday changed since we last spoke? What would you like the team to take away?" # speaker: rep
    {has_letter:
        "It has. Your medical department's letter says, honestly, that nobody has interaction data in patients on nine drugs. So arguing about interactions won't settle anything. What my residents lack is a way to decide: stop, continue or switch, what to deprescribe first, and how to explain it to the family. A structure, not another trial." # speaker: sun # mood: neutral # need: decision_structure
    - else:
        "It has. Nobody has interaction data in patients on nine drugs; Dr Fang said as much on Thursday. So arguing about interactions won't settle anything. What my residents lack is a way to decide: stop, continue or switch, what to deprescribe first, and how to explain it to the family. A structure, not another trial." # speaker: sun # mood: neutral # need: decision_structure
    }
- -> format

=== format ===
{need_shift:
    "So, how would you organise it?" # speaker: sun # phase: deepen
- else:
    "How do you see it working?" # speaker: sun # phase: deepen
}
* ["I'll take the work off your hands: slides in our template, and a short Norvixa section at the end." #act: relationship.transactional #minutes: 2]
    "I can take all the work off your hands, Director: I'll prepare the slides in our template, and add a short Norvixa section at the end." # speaker: rep
    "My residents present their own patients. And nobody is adding a product section to my case discussion." # speaker: sun # mood: annoyed
* ["Your resident presents, Dr Fang takes the pharmacology, I look after the room. No product slides." #act: relationship.professional_support #act: solutions.tailored #links: team_case_discussion #keeps: case_discussion #minutes: 4]
    "Your resident presents the case, as your team always does. Dr Fang joins to answer pharmacology questions and to say where the data stop{need_shift:, and she can bring a simple structure for the stop, continue or switch decision}. I'll book the projector, print the references and keep out of the discussion. No product slides, no logos." # speaker: rep
    "Good. Dr Xu is presenting. He's a second-year resident and nervous, so keep it simple for him." # speaker: sun # mood: pleased
* ["Shall I invite Professor Zhou from cardiology as a second discussant? She knows the renal side well." #act: relationship.professional_support #minutes: 2]
    "Would it help to invite Professor Zhou from cardiology as a second discussant? She knows the renal side very well." # speaker: rep
    "Perhaps one day. This first one is for my team, and I'd rather they spoke freely." # speaker: sun # mood: neutral
- -> case_material

=== case_material ===
There's a knock. A young doctor with a phone in his hand puts his head round the door. # speaker: narrator
"Director, sorry. For Wednesday: I've taken photos of the old lady's medication chart and the nursing notes, bed twelve. Shall I send them to the Hengkang colleague?" # speaker: xu
* ["Let's make a WeChat group, the three of us. Post the chart photos and her bed number there." #act: relationship.professional_support #violation: privacy #minutes: 2]
    -> support_withdrawn
* ["Please keep the chart here, Dr Xu. Could you email Dr Fang the key facts, without her name?" #act: compliance.declined #act: relationship.professional_support #minutes: 2]
    "Thank you, Dr Xu, but the chart should stay in the hospital. Could you send Dr Fang a de-identified summary from the department's email: age, weight, kidney function, the drug list, the falls? No name, no bed number, no photos." # speaker: rep
    "Oh. Of course. I'll type it up tonight." # speaker: xu
    Dr Sun watches the exchange without comment, then nods once. # speaker: narrator
- -> dialysis

=== support_withdrawn ===
"Let's make a WeChat group: you, me and Dr Fang. Post the chart photos and her bed number there and we'll all have the full picture." # speaker: rep
Dr Xu is already opening WeChat. Dr Sun holds up a hand. # speaker: narrator
"Stop. No patient's chart goes into a company's WeChat group. Not a photo, not a bed number, nothing." # speaker: sun # mood: annoyed
"Xu, delete those photos. And I think we'll organise Wednesday ourselves. Thank you for coming." # speaker: sun # end_visit: asked_to_leave # ending: support_withdrawn
-> END

=== dialysis ===
When Dr Xu has gone, Dr Sun turns back to you. # speaker: narrator
"While I have you. We have an eighty-eight-year-old man on haemodialysis three times a week, with AF. Cardiology says 'something at a low dose'. What dose of Norvixa would you use in him?" # speaker: sun # mood: neutral # need: dialysis_dosing
* ["Some centres give 10 mg once daily, after the dialysis session. That's what most people seem to do." #act: solutions.tailored #links: dialysis_dosing #violation: off_label #rapport: -25 #minutes: 1]
    "Some centres use 10 mg once daily, given after the dialysis session. It's what most people seem to do." # speaker: rep
    She writes nothing down. # speaker: narrator
    "'Most people seem to do.' I asked you precisely because I expected you to tell me what your label says. Now I know what to expect from you." # speaker: sun # mood: annoyed
* ["That's really one for cardiology, Director. Shall we get back to Wednesday?" #act: objections.evade #minutes: 1]
    "That's really one for cardiology, Director. Shall we get back to Wednesday?" # speaker: rep
    "It's one for your label, I'd have thought." # speaker: sun # mood: sceptical
* ["The label doesn't recommend it on dialysis. May I send this to Medical Information for you?" #act: compliance.medical_referral #claim: dose_renal #promise: dialysis_question #minutes: 2]
    ~ mi_referral = true
    "The label doesn't recommend Norvixa below a clearance of 30 or on dialysis, so I can't advise you on a dose for him. If you agree, I'll send your question to Medical Information today, without any patient details, and they'll answer you in writing." # speaker: rep
    "Yes, do that. That's the same answer my pharmacist would give." # speaker: sun # mood: pleased
- -> reading

=== reading ===
"My residents will want something to read before Wednesday." # speaker: sun
* ["I'll bring a Norvixa detail aid for each resident, so they have the dosing right to hand." #act: value.feature_dump #act: relationship.transactional #minutes: 1]
    "I can bring a Norvixa detail aid for each of them, Director, so they have the dosing to hand." # speaker: rep
    "Reading, I said. Not advertising." # speaker: sun # mood: sceptical
* ["It's all on Hengkang's doctor app; if the residents register, they'll have it on their phones." #act: relationship.transactional #minutes: 1]
    "Everything's on our doctor app, Director. If the residents register, they'll have it all on their phones." # speaker: rep
    "And you'll have their phone numbers. No, thank you." # speaker: sun # mood: sceptical
* [Offer Medical's case-discussion reading pack: the provincial pathway and the original trials #act: relationship.value_content #claim: guideline #gives: case_reading_pack #minutes: 2]
    ~ pack = true
    "Our medical department has a reading pack for case discussions: the Qinghe Provincial Anticoagulation Pathway 2025, which lists the factor Xa inhibitors as preferred over warfarin for eligible patients with non-valvular AF, and the original trial papers. No brochures." # speaker: rep
    "Good. And Xu should bring the STOPP/START criteria himself. He'll have to justify every drug on that list." # speaker: sun # mood: pleased
* [Offer the reading pack, plus a stack of large-print leaflets the residents can give to families #act: relationship.value_content #act: solutions.tailored #links: family_communication #claim: guideline #gives: case_reading_pack #gives: patient_leaflet #minutes: 2]
    ~ pack = true
    ~ leaflet = true
    "Our medical department has a reading pack for case discussions: the Qinghe Provincial Anticoagulation Pathway 2025, which lists the factor Xa inhibitors as preferred over warfarin for eligible patients with non-valvular AF, and the original trial papers. And I'll leave a stack of large-print leaflets your residents can give to families." # speaker: rep
    "The reading, yes. Leaflets for families I didn't ask for." # speaker: sun # mood: neutral
- -> family

=== family ===
"And then there's her daughter. She's convinced every fall means a brain haemorrhage. Whatever we decide, somebody has to explain it to her, and my residents aren't good at that." # speaker: sun # need: family_communication
* ["I can bring a whole box of our Norvixa patient brochures for the ward, Director; families love them." #act: relationship.transactional #minutes: 1]
    "I can bring a whole box of our Norvixa patient brochures for the ward, Director. Families love them." # speaker: rep
    "Her mother isn't on Norvixa. And I don't hand out brochures with brand names to families." # speaker: sun # mood: sceptical
* ["I'm afraid family conversations are a bit outside what I can help with, Director. The doctors know best." #act: objections.evade #minutes: 1]
    "I'm afraid family conversations are a bit outside what I can help with, Director. The doctors know best." # speaker: rep
    "Perhaps." # speaker: sun # mood: neutral
* ["Our large-print leaflet suits families, and Dr Fang could spend five minutes on explaining risk." #act: solutions.tailored #links: family_communication #gives: patient_leaflet #minutes: 2]
    ~ leaflet = true
    "There's an approved large-print leaflet for older patients: what bleeding warning signs look like and when to call the doctor. And I could ask Dr Fang to add five minutes on how to explain the risk of a fall against the risk of a stroke to a family." # speaker: rep
    "Large print. Yes. Half our patients' daughters are seventy themselves." # speaker: sun # mood: pleased
- -> closing

=== closing ===
Dr Sun glances at the clock. # speaker: narrator # phase: closing
* ["Director, I hope after all this the department will remember Hengkang when it picks anticoagulants." #act: relationship.transactional #violation: sales_quota #minutes: 1]
    "Director, I hope that after all this the department will remember Hengkang when it chooses anticoagulants." # speaker: rep
    She looks at you for a long moment. # speaker: narrator
    "I hoped this was help, not a down payment." # speaker: sun # mood: annoyed
* ["Thank you so much for your time, Director! I'll sort out the details with you on WeChat." #act: closing.thanks #act: closing.no_next_step #minutes: 1]
    "Thank you so much for your time, Director! I'll sort out the details with you on WeChat." # speaker: rep
    "Details with whom, by when?" # speaker: sun # mood: sceptical
* ["So: Dr Xu's notes by Friday, Dr Fang's plan by Monday, the room is mine. And tell me how it went?" #act: closing.summary #act: closing.thanks #act: closing.next_step #keeps: case_discussion #minutes: 3]
    "Thank you, Director. So: Dr Xu sends Dr Fang a de-identified summary by Friday; Dr Fang agrees her part with you by Monday; I book the projector{pack: and print the reading pack}{mi_referral:; Medical Information answers your dialysis question in writing}. After Wednesday, could I ask you what was useful to the team and what wasn't?" # speaker: rep
    "Yes. I'll tell you honestly." # speaker: sun # mood: pleased
- -> verdict

=== verdict ===
{
- rapport >= 90:
    ~ agreed = true
    ~ regular = true
    "If Wednesday works, I'd like to do this every quarter, with a different patient each time. Think about it." # speaker: sun # mood: pleased
- rapport >= 60:
    ~ agreed = true
    "Wednesday at two, then." # speaker: sun # mood: neutral
- else:
    "On reflection, we'll run Wednesday ourselves. Send the references if you like." # speaker: sun # mood: sceptical
}
-> record

=== record ===
18:30, in the car park. Before you drive off, you write up the visit in the CRM. # speaker: narrator
* [Paste in Dr Xu's case summary, with the patient's age, initials and bed number, so the context is on file #act: records.profile_updated #violation: privacy #off_clock #minutes: 3]
    You paste the summary in: the patient's initials, bed 12, her age, her nine drugs, the falls. # speaker: narrator
    Two days later the CRM's note check flags the entry, and the compliance team asks you to delete it and explain. # speaker: narrator
* [Write down what you learned about Dr Sun and her department, and leave out every patient detail #act: records.profile_updated #off_clock #minutes: 3]
    {need_shift:
        You write: "Director Sun: needs have moved from interaction data to a stop/continue/switch decision structure for frail fallers, and family communication. Case discussion Wed 14:00, presenter Dr Xu (resident). Support through Medical, no product content." # speaker: narrator
    - else:
        You write: "Director Sun: case discussion Wed 14:00, presenter Dr Xu (resident); family communication is a gap. Support through Medical, no product content." # speaker: narrator
    }
    {mi_referral:
        You add: "Dialysis dosing question sent to Medical Information for a written answer." # speaker: narrator
    }
* [Type "went well" and leave the rest for the monthly report; you'll remember the details anyway #act: closing.no_next_step #off_clock #minutes: 1]
    You type "Dr Sun: went well." It feels like enough at the end of a long day. # speaker: narrator
- -> wednesday

=== wednesday ===
{agreed:
    The next Wednesday, 14:00, the geriatrics seminar room. Dr Xu presents the case from a typed summary: age, weight, the falls, nine drugs, no name. # speaker: narrator
    Dr Fang answers two questions on interactions and says, twice, "the data stop here". The team agrees to stop the aspirin and the sleeping tablet first, and to discuss the anticoagulant with the daughter{leaflet:, using the large-print leaflet}. You change the projector bulb and say nothing for fifty minutes. # speaker: narrator
- else:
    The next Wednesday the geriatrics team holds its case discussion without you. You hear about it from the department secretary. # speaker: narrator
}
-> review

=== review ===
Friday afternoon: your monthly review with your manager. Geriatrics is on the agenda. # speaker: narrator
* [Tell your manager you'll visit Dr Sun every week from now on, while she's still warm to you #act: relationship.transactional #off_clock #minutes: 2]
    Your manager raises an eyebrow: every week, for a director who dislikes reps? She suggests you let Dr Sun set the rhythm. # speaker: narrator
* [Go through what worked and what nearly didn't, and let Dr Sun's verdict set the pace #act: records.review_done #off_clock #minutes: 4]
    You go through it with your manager: what opened the department, what nearly closed it, and where she has set the pace. # speaker: narrator
    The plan for geriatrics changes: no detailing; next contact after her feedback; the case-discussion format offered to other departments only if they ask. # speaker: narrator
- -> outcome

=== outcome ===
{
- regular:
    On Monday a message comes from the department secretary: Director Sun would like to discuss a quarterly case discussion with Hengkang's medical department, same format, next patient of her choosing. # speaker: narrator # ending: regular_case_discussions
- agreed:
    Dr Sun sends a one-line message through her secretary: "Useful. Xu did well." It is the warmest thing she has said to you. # speaker: narrator # ending: case_discussion_held
- else:
    Geriatrics is back on your plan as a department to rebuild. You'll need a reason to come back that has nothing to do with selling. # speaker: narrator # ending: support_declined
}
-> END

=== patience_out ===
Dr Sun closes the folder on her desk and stands up. # speaker: narrator
"I'm sorry, I have the audit to prepare. Let's leave Wednesday for now." # speaker: sun # mood: annoyed # ending: patience_exhausted
-> END
