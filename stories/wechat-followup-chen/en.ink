# title: A week on WeChat with Dr Chen Jing
# segment: clinician
# stage: follow_up
# lang: en
# customer: chen

// Norvixa (norvixaban), NAVIGATE-AF and Hengkang Pharma are fictional.
// After a good visit on ward 2, Dr Chen asks the rep for several things on WeChat over one week.
// The scenario is about compliant messaging: approved material only, no off-label answers, no patient
// data in chats or notes, adverse events reported, and greetings that are not transactions.

VAR difficulty = 1
VAR rapport = 60
VAR patience = 50
VAR need_caregiver = false
VAR crossed_line = false

~ patience = clamp(patience - 20 * (difficulty - 1))
-> monday

// keeps rapport and patience inside 0-100
=== function clamp(x) ===
~ return MAX(0, MIN(100, x))

=== monday ===
Monday, 21:10. This morning, after the ward round on ward 2, Dr Chen Jing gave you eight good minutes. She runs the ward's education programme for older patients going home on anticoagulants, and she asked for two things: the Norvixa dosing card for her residents, and patient leaflets her older patients can actually read. You promised to send them tonight. # speaker: narrator # phase: reconnect
Your phone shows the two approved files from Hengkang's material library: the dosing card and the large-print patient leaflet. # speaker: narrator
* [Send both files, thank her and add her to your "Norvixa Friends" group, where you post product news every day #act: relationship.promise_kept #act: relationship.transactional #minutes: 2]
    ~ patience = clamp(patience - 10)
    "Dr Chen, as promised: the dosing card and the patient leaflet. Thank you for supporting Norvixa! I've also added you to our Norvixa Friends group so you never miss an update." # speaker: rep
    Ten minutes later a system message: Dr Chen has left the group chat "Norvixa Friends". # speaker: narrator
    "Thanks for the files. Please don't add me to groups; my phone is busy enough." # speaker: chen # mood: annoyed
* [Send both files with a line on what each is for, and the link to the provincial anticoagulation pathway she mentioned #act: relationship.promise_kept #act: relationship.value_content #minutes: 2]
    ~ rapport = clamp(rapport + 10)
    "Dr Chen, as promised this morning: 1) the dosing card for your residents, approved by Hengkang's medical department: estimating creatinine clearance and choosing the dose on one side, renal monitoring on the other; 2) the large-print leaflet for patients and families. You also mentioned the 2025 provincial anticoagulation pathway: here is the link to the full text on the provincial health commission's site." # speaker: rep
    "Received, thank you! You're quick. The residents will fight over the card." # speaker: chen # mood: pleased
- -> tuesday

=== tuesday ===
-> patience_check ->
Tuesday, 12:35. # speaker: narrator # phase: review
"One more thing, since you're so efficient. Our paediatric colleague has a fourteen-year-old with a clot after heart surgery and asked me whether Norvixa has any data in children. Can you send me the Norvixa data for children?" # speaker: chen
{difficulty > 1:
    "Just send whatever you have. It's only for us, nobody will know." # speaker: chen
}
* [Forward the paediatric pharmacokinetic abstract that a colleague shared in the sales team's group #act: relationship.value_content #violation: off_label #minutes: 1]
    ~ crossed_line = true
    ~ rapport = clamp(rapport - 5)
    ~ patience = clamp(patience - 5)
    "Here's something a colleague shared: a conference abstract on Norvixa pharmacokinetics in adolescents. Looks promising!" # speaker: rep
    "Hm. A conference abstract from a sales group. I'm not sure I should pass that on to a paediatrician." # speaker: chen # mood: sceptical
* [Say Norvixa is approved only for adults, so you can't discuss use in children, and offer to pass the question to Medical Information for a written answer #act: compliance.medical_referral #minutes: 2]
    ~ rapport = clamp(rapport + 5)
    "Thanks for thinking of me, Dr Chen, but Norvixa is approved only for adults with non-valvular AF, so use in children isn't something I can discuss or send material on. What I can do is pass the question to Hengkang's Medical Information department: a medical colleague will answer in writing, to you or directly to your paediatric colleague, with whatever data exist. Shall I log it with your name as the requester?" # speaker: rep
    "Yes, please, and put Dr Lu from paediatrics in copy. I didn't know there was a proper channel for that." # speaker: chen # mood: pleased
* [Leave the question unanswered and hope she forgets it #act: objections.evade #minutes: 1]
    ~ rapport = clamp(rapport - 5)
    ~ patience = clamp(patience - 10)
    You put the phone face down. By evening the message still shows as read, with no reply. # speaker: narrator
    "??" # speaker: chen # mood: sceptical
- -> wednesday

=== wednesday ===
-> patience_check ->
Wednesday, 17:50. Dr Chen sends a photo: a patient's lab report. Name, hospital number, age eighty-one, weight forty-eight kilos, serum creatinine 110 µmol/L. # speaker: narrator
"Quick question, between admissions: this lady is going home tomorrow. 20 or 10 for her? You know your drug better than anyone." # speaker: chen
{difficulty > 1:
    "It'll take you ten seconds. Please, I'm drowning here." # speaker: chen
}
* [Work out her creatinine clearance from the report and tell Dr Chen which dose to give #act: solutions.tailored #violation: privacy #minutes: 2 #claim: dose_renal]
    ~ crossed_line = true
    ~ rapport = clamp(rapport + 5)
    "By Cockcroft-Gault that's roughly 27 mL/min for her, Dr Chen, which is below 30, so Norvixa isn't recommended for her." # speaker: rep
    "Oh. Right. Thanks, that saves me a calculation." # speaker: chen # mood: neutral
* [Save the photo and forward it to Hengkang's Medical Information for a proper answer #act: compliance.medical_referral #violation: privacy #minutes: 2]
    ~ crossed_line = true
    "Good question. I'll forward the report to our Medical Information department, they'll advise." # speaker: rep
    "You're sending my patient's report to your company?" # speaker: chen # mood: sceptical
    She deletes her message. The photo is already in your album and in Medical Information's inbox. # speaker: narrator
* [Say you can't receive patient records on WeChat and ask her to delete it; delete your copy; point her to the card's steps and the label's rule, which she applies #act: solutions.tailored #minutes: 2 #claim: dose_renal]
    ~ rapport = clamp(rapport + 5)
    "Dr Chen, I shouldn't receive patient records on WeChat, and I'm not the right person to choose a dose for a particular patient. Could you withdraw the photo? I've deleted it on my side. The back of the dosing card has the Cockcroft-Gault steps with age, weight and creatinine. The label's rule: 10 mg once daily at a clearance of 30 to 49, and not recommended below 30 or on dialysis. If a case is borderline, your clinical pharmacist can check it with you." # speaker: rep
    She withdraws the photo. Ten minutes later: # speaker: narrator
    "Did it with the card. Twenty-seven. No Norvixa for her, we'll think again. And you're right, I shouldn't send those around. Old habit." # speaker: chen # mood: neutral
- -> thursday

=== thursday ===
-> patience_check ->
Thursday, 13:10. A photo of the doctors' office wall: your dosing card, pinned next to the duty roster. # speaker: narrator
"Look where it ended up." # speaker: chen # mood: pleased
* [Ask how many patients she has started on Norvixa this week #act: relationship.transactional #violation: prescription_tracking #minutes: 1]
    ~ crossed_line = true
    ~ rapport = clamp(rapport - 10)
    ~ patience = clamp(patience - 10)
    "Great to see! How many patients have you started on Norvixa this week?" # speaker: rep
    "I don't count prescriptions for reps. And you shouldn't be asking." # speaker: chen # mood: annoyed
    A minute later, more neutrally: # speaker: narrator
    "By the way, something for you: one of my patients on Norvixa had nosebleeds." # speaker: chen
* [Ask how the card and leaflet are working on the ward, and how her patients on Norvixa are doing: efficacy, bleeding, convenience #act: solutions.feedback_collected #minutes: 2]
    ~ rapport = clamp(rapport + 5)
    "Glad it's useful! How are the card and the leaflet working on the ward? And how are your patients on Norvixa doing so far: any bleeding, any problems with taking it, anything that doesn't work for them?" # speaker: rep
    "The residents use the card on every admission now. Patients like once a day. One thing, though: a seventy-nine-year-old of mine had two nosebleeds this week. Stopped on their own, we kept the dose." # speaker: chen # mood: neutral
- -> nosebleed

=== nosebleed ===
-> patience_check ->
"Nothing dramatic. I just thought you'd want to know." # speaker: chen
* [Reassure her that nosebleeds are a known, common side effect listed in the leaflet, so nothing needs doing #act: solutions.ae_dismissed #violation: ae_unreported #minutes: 1]
    ~ crossed_line = true
    ~ rapport = clamp(rapport - 5)
    ~ patience = clamp(patience - 5)
    "Thanks, Dr Chen. Nosebleeds are a common, known side effect, it's in the leaflet. Nothing to worry about." # speaker: rep
    "I wasn't worried. I thought your company might be." # speaker: chen # mood: sceptical
* [Thank her and say you'll mention it to the company at your monthly meeting #act: solutions.ae_escalated #violation: ae_unreported #minutes: 1]
    ~ crossed_line = true
    "Thanks for letting me know! I'll raise it at our monthly team meeting." # speaker: rep
    "Monthly? OK." # speaker: chen # mood: neutral
* [Thank her, explain that you must report it to Hengkang's pharmacovigilance within 24 hours, and ask only for the facts the report needs, with nothing that identifies the patient #act: solutions.ae_escalated #minutes: 3 #claim: common_adverse_events]
    ~ rapport = clamp(rapport + 5)
    "Thank you, Dr Chen, I do want to know. Any suspected adverse reaction I hear of, I report to Hengkang's pharmacovigilance within 24 hours, even a mild one: nosebleeds are among the most common reactions with Norvixa, and that's exactly why each one counts. I don't need anything that identifies her, please don't send records here. Just: age and sex, dose, renal function, when the nosebleeds happened, what you did and how she is now. Our safety colleague may call you for follow-up, if that's all right." # speaker: rep
    "Seventy-nine, female, 10 mg, clearance 41, two nosebleeds Monday and Wednesday, stopped with pressure, dose unchanged, fine today. That's quicker than filling in our hospital form." # speaker: chen # mood: pleased
- -> friday

=== friday ===
-> patience_check ->
Friday, 11:20. # speaker: narrator # phase: deepen
"Patient class again tomorrow: twelve patients and their families. The leaflets went in one morning." # speaker: chen
* [Ask whether the class would like more of the same leaflets #act: discovery.closed_question #minutes: 1]
    ~ patience = clamp(patience - 5)
    "Would the class like more copies of the leaflet?" # speaker: rep
    "Sure." # speaker: chen # mood: neutral
* [Ask what has changed since the visit: who comes to the class, and what her older patients struggle with at home #act: solutions.needs_reassessed #minutes: 2]
    ~ rapport = clamp(rapport + 5)
    ~ need_caregiver = true
    "Great that they're used! Now that the class has had them: who actually comes, and what do your older patients struggle with once they're home?" # speaker: rep
    "It's the children who come, not the patients. They manage their parents' pills, often from another city. What goes wrong at home is simple: nobody knows whether Mum took today's tablet, and nobody knows what to do when she bruises. The leaflet explains the drug; the families need something to use every day." # speaker: chen # mood: neutral # need: caregiver_support
- -> friday_offer

=== friday_offer ===
-> patience_check ->
"What can you give me for tomorrow?" # speaker: chen
* {need_caregiver} [Offer the approved family medication diary and the large-print leaflet, plus Hengkang's medical patient-education slides for the class she gives herself #act: solutions.tailored #act: relationship.professional_support #minutes: 3]
    ~ rapport = clamp(rapport + 10)
    "For the families, Hengkang has an approved medication diary: a tick box for each day's tablet, the signs of bleeding that need a doctor, and a space for the next kidney test. I can bring 50 diaries and 50 large-print leaflets to the ward office at 8 tomorrow. Our medical department also has a non-promotional patient-education slide set on living with anticoagulation that you can use in your class, if it fits." # speaker: rep
    "A tick box. That's exactly it. Leave them with the head nurse; I'll look at the slides tonight." # speaker: chen # mood: pleased
* [Offer to come to the patient class and talk to the patients and families about Norvixa yourself #act: relationship.professional_support #violation: clinical_area_intrusion #minutes: 2]
    ~ crossed_line = true
    ~ rapport = clamp(rapport - 10)
    ~ patience = clamp(patience - 10)
    "I could come along tomorrow and talk to the patients and their families about Norvixa myself, if that helps!" # speaker: rep
    "A drug rep presenting to my patients on the ward? No. That's not how the class works." # speaker: chen # mood: annoyed
* [Offer to bring another stack of the standard leaflet #act: relationship.value_content #minutes: 1]
    "I'll drop off another 50 leaflets at the ward office tomorrow morning." # speaker: rep
    "Thanks." # speaker: chen # mood: neutral
- -> festival

=== festival ===
-> patience_check ->
Saturday is the Mid-Autumn Festival. On Friday evening your manager's group chat fills with mooncake pictures, and you know from the visit that Dr Chen is on call over the festival. # speaker: narrator # phase: closing
* [Send a short personal greeting with no product in it, and wish her a quiet night on call #act: relationship.personal_care #minutes: 1]
    ~ rapport = clamp(rapport + 5)
    "Happy Mid-Autumn Festival, Dr Chen. I hope the night on call is quiet and you get a piece of mooncake in between." # speaker: rep
    "Ha, you remembered. Happy festival to you too!" # speaker: chen # mood: pleased
* [Send a greeting with a 200-yuan WeChat red envelope, "just a small festival token" #act: relationship.transactional #violation: improper_benefit #minutes: 1]
    -> red_envelope
* [Forward Hengkang's festival e-card with the Norvixa logo, and thank her for her "support" #act: relationship.transactional #minutes: 1]
    ~ rapport = clamp(rapport - 5)
    "Happy Mid-Autumn Festival, Dr Chen! Thank you for your support of Norvixa, and we look forward to continued cooperation!" # speaker: rep
    She replies with a mooncake sticker and nothing else. # speaker: narrator # mood: neutral
- -> sunday

=== red_envelope ===
"Happy Mid-Autumn Festival, Dr Chen! Just a small token, buy yourself some mooncakes." # speaker: rep
The red envelope, 200 yuan, sits unopened for an hour. Then a system message: Dr Chen has returned the red envelope. # speaker: narrator
"I've sent it back. Please never do that again: the hospital checks these things, and I don't want my name next to a company's money. From now on, please send materials through the ward office, not to my phone." # speaker: chen # mood: annoyed # end_visit: asked_to_leave # ending: contact_cut
-> END

=== sunday ===
Sunday evening. Before the new week you open Dr Chen's customer record in the CRM. # speaker: narrator
* [Export the week's chat into the notes so the record is complete, photos included #act: records.profile_updated #violation: privacy #minutes: 2]
    ~ crossed_line = true
    The export pulls in everything, the lab report photo and the nosebleed details among it. The CRM's note check flags "possible patient data" and you click "save anyway". # speaker: narrator
* [Log "materials sent" and move on #act: records.profile_updated #minutes: 1]
    One line in the record. It's true, and it says almost nothing. # speaker: narrator
* [Update her profile with what you learned and what you owe her, with no patient details, then review your plan for ward 2 #act: records.profile_updated #act: records.review_done #minutes: 4]
    You record what you learned: her Saturday patient class is attended mostly by families{need_caregiver:, and her need has moved from explaining the drug to helping families manage it at home}; she likes files with a one-line explanation; what you have sent her; which of her questions are open with Medical Information or pharmacovigilance, by case number. No names, no photos. # speaker: narrator
    Then you review the week: what she asked for, what you kept, where WeChat tempted you to cut corners. Next week: check the families' feedback on the diary, and ask her whether the residents need a short session on bleeding management. # speaker: narrator
- -> epilogue

=== epilogue ===
{
- crossed_line:
    Monday passes quietly. Dr Chen still answers your messages, but somewhere in this week's chat, or in your notes, is something you would not want Hengkang's compliance team or the hospital to read. Chats and records don't forget. # speaker: narrator # ending: compliance_exposure
- rapport >= 80 + 10 * (difficulty - 1):
    Monday, 07:45. A message from Dr Chen. # speaker: narrator
    "The families loved the diary, one son photographed every page. Director Liang asked me which rep to invite for his department meeting; I gave him your name." # speaker: chen # mood: pleased # ending: trusted_contact
- else:
    Monday passes without a message. When you next see Dr Chen on the ward she is friendly, and a little careful with you. # speaker: narrator # ending: polite_distance
}
-> END

=== patience_check ===
{patience <= 0: -> patience_out}
->->

=== patience_out ===
Her next message comes late at night, and it is short. # speaker: narrator
"Sorry, I can't keep up with WeChat this week. If it's important, come by after the ward round." # speaker: chen # mood: annoyed # end_visit: patience_exhausted # ending: patience_exhausted
-> END
