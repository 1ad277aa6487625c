# title: A week on WeChat with Dr Chen Jing
# segment: clinician
# stage: follow_up
# setting: phone
# lang: en
# customer: chen
# dimensions: relationship, solutions, records
# leaves_to: patience_out
# assumes: need:ward_dosing_tools, need:readable_leaflets, promise:dosing_card, promise:patient_leaflets

// Norvixa (norvixaban), NAVIGATE-AF and Hengkang Pharma are fictional.
// After the first visit on ward 2, Dr Chen asks the rep for several things on WeChat over one week.
// The scenario is about compliant messaging: approved material only, no off-label answers, no patient
// data in chats or notes, adverse events reported, no prescription counts, and greetings that are not
// transactions. Messages sent in the evening, the festival greeting and the Sunday notes are # off_clock:
// they are not part of an exchange that takes her working time.
// Memory shared with Dr Chen's other visits: needs ward_dosing_tools, readable_leaflets,
// post_discharge_bleeding; promises dosing_card and patient_leaflets, kept here when the files are sent.

EXTERNAL remembers(id)
EXTERNAL promise_open(id)

VAR difficulty = 1
VAR rapport = 55
VAR need_caregiver = false
VAR crossed_line = false
VAR gave_chart = false
VAR greeted = false
VAR ignored = false

-> monday

// Fallbacks for Inky, as the header assumes: the first visit promised both, and nothing is kept yet.
=== function remembers(id) ===
~ return id == "ward_dosing_tools" || id == "readable_leaflets" || id == "dosing_card" || id == "patient_leaflets"
=== function promise_open(id) ===
~ return id == "dosing_card" || id == "patient_leaflets"

=== monday ===
{
- promise_open("dosing_card") || promise_open("patient_leaflets"):
    -> owed
- else:
    -> settled
}

= owed
Monday, 21:10. Since your visit to ward 2 you have owed Dr Chen Jing what you promised her: {promise_open("dosing_card"):the dosing card for her residents}{promise_open("dosing_card") && promise_open("patient_leaflets"): and }{promise_open("patient_leaflets"):a leaflet her older patients can actually read}. # speaker: narrator # phase: reconnect
This afternoon Hengkang's medical department released the large-print patient leaflet. Both approved files are on your phone now: the dosing card and the leaflet. Dr Chen's next patient-education session is on Thursday. # speaker: narrator
* [Send both files with "Thanks for supporting Norvixa!", and add her to the "Norvixa Friends" group #act: relationship.promise_kept #act: relationship.transactional #keeps: dosing_card #keeps: patient_leaflets #gives: dosing_card #gives: patient_leaflet #off_clock]
    "Dr Chen, as promised: the dosing card and the patient leaflet. Thank you for supporting Norvixa! I've also added you to our Norvixa Friends group so you never miss an update." # speaker: rep
    Ten minutes later a system message: Dr Chen has left the group chat "Norvixa Friends". # speaker: narrator
    "Thanks for the files. Please don't add me to groups; my phone is busy enough." # speaker: chen # mood: annoyed
* [Send both files, a line on what each one is for, and a link to the new provincial pathway #act: relationship.promise_kept #act: relationship.value_content #keeps: dosing_card #keeps: patient_leaflets #gives: dosing_card #gives: patient_leaflet #off_clock]
    "Dr Chen, as promised: 1) the dosing card for your residents, approved by Hengkang's medical department: estimating creatinine clearance and choosing the dose on one side, renal monitoring on the other; 2) the large-print leaflet for patients and families, released today, in time for Thursday. And in case it's useful: the Qinghe Provincial Anticoagulation Pathway 2025 came out last month; here is the full text on the provincial health commission's site." # speaker: rep
    "Received, thank you! You kept your word. The residents will fight over the card." # speaker: chen # mood: pleased
- -> tuesday

= settled
Monday, 21:10. {remembers("dosing_card") || remembers("patient_leaflets"):What you promised Dr Chen Jing is already on ward 2; you owe her nothing this week.|You left your visit to ward 2 without promising Dr Chen Jing anything in particular.} # speaker: narrator # phase: reconnect
This afternoon Hengkang's medical department released the large-print patient leaflet; the approved file is on your phone, next to the dosing card. # speaker: narrator
* [Send both approved files, a line on what each is for, and a link to the new provincial pathway #act: relationship.value_content #gives: dosing_card #gives: patient_leaflet #off_clock]
    "Dr Chen, two approved files in case they're useful on the ward: 1) the Norvixa dosing card: estimating creatinine clearance and choosing the dose on one side, renal monitoring on the other; 2) the large-print leaflet for patients and families, released today. And the Qinghe Provincial Anticoagulation Pathway 2025 came out last month; here is the full text on the provincial health commission's site." # speaker: rep
    "Thanks, that's handy. Thursday's class could use the leaflet." # speaker: chen # mood: pleased
* [Add her to the "Norvixa Friends" group, where she'll get every product update as it comes out #act: relationship.transactional #off_clock]
    "Dr Chen, I've added you to our Norvixa Friends group, so you never miss an update!" # speaker: rep
    Ten minutes later a system message: Dr Chen has left the group chat "Norvixa Friends". # speaker: narrator
    "Please don't add me to groups; my phone is busy enough." # speaker: chen # mood: annoyed
- -> tuesday

=== tuesday ===
Tuesday, 12:35. # speaker: narrator # phase: review
"One more thing, since you're so efficient. Our paediatric colleague has a fourteen-year-old with a clot after heart surgery and asked me whether Norvixa has any data in children. Can you send me the Norvixa data for children?" # speaker: chen
{difficulty > 1:
    "Just send whatever you have. It's only for us, nobody will know." # speaker: chen
}
* [Forward the conference abstract on adolescent pharmacokinetics that a colleague posted in the sales group #act: relationship.value_content #violation: off_label #minutes: 1]
    ~ crossed_line = true
    "Here's something a colleague shared: a conference abstract on Norvixa pharmacokinetics in adolescents. Looks promising!" # speaker: rep
    "Hm. A conference abstract from a sales group. I'm not sure I should pass that on to a paediatrician." # speaker: chen # mood: sceptical
* ["It's only licensed for adults, so I can't send that. Shall I pass it to our Medical Information team?" #act: compliance.medical_referral #claim: indication #minutes: 2]
    "Thanks for thinking of me, Dr Chen, but Norvixa is approved only for adults with non-valvular AF, so use in children isn't something I can discuss or send material on. What I can do is pass the question to Hengkang's Medical Information department: a medical colleague will answer in writing, to you or directly to your paediatric colleague, with whatever data exist. Shall I log it with your name as the requester?" # speaker: rep
    "Yes, please, and put Dr Lu from paediatrics in copy. I didn't know there was a proper channel for that." # speaker: chen # mood: pleased
* ["Leave it with me, I'll dig out whatever we have on children and send it over tonight." #act: relationship.professional_support #violation: off_label #minutes: 1]
    ~ crossed_line = true
    "Leave it with me, Dr Chen. I'll dig out whatever we have on children and send it over tonight." # speaker: rep
    "Great, thanks. Dr Lu will be pleased." # speaker: chen # mood: pleased
    She now expects you to send paediatric data for a product approved only in adults. # speaker: narrator
* [Put the phone away and leave her message unread, hoping the subject quietly drops #act: objections.evade #minutes: 1]
    ~ ignored = true
    You put the phone face down. By evening her message is still sitting there, unanswered. # speaker: narrator
    "??" # speaker: chen # mood: sceptical
- -> wednesday

=== wednesday ===
Wednesday, 17:50. Dr Chen sends a photo: a patient's lab report. Name, hospital number, age eighty-one, weight forty-eight kilos, serum creatinine 110 µmol/L. # speaker: narrator
"Quick question, between admissions: this lady is going home tomorrow. 20 or 10 for her? You know your drug better than anyone." # speaker: chen
{difficulty > 1:
    "It'll take you ten seconds. Please, I'm drowning here." # speaker: chen
}
* [Work out her creatinine clearance from the report and text back which dose she should get #act: solutions.tailored #links: ward_dosing_tools #violation: privacy #claim: dose_renal #minutes: 2]
    ~ crossed_line = true
    "By Cockcroft-Gault that's roughly 27 mL/min for her, Dr Chen, which is below 30, so Norvixa isn't recommended for her." # speaker: rep
    "Oh. Right. Thanks, that saves me a calculation." # speaker: chen # mood: neutral
* [Save the photo and forward it to Hengkang's Medical Information, so a doctor there can advise on the dose #act: compliance.medical_referral #violation: privacy #minutes: 2]
    ~ crossed_line = true
    "Good question. I'll forward the report to our Medical Information department, they'll advise." # speaker: rep
    "You're sending my patient's report to your company?" # speaker: chen # mood: sceptical
    She recalls her message. The photo is already in your album and in Medical Information's inbox. # speaker: narrator
* ["Please withdraw the photo, I've deleted mine. The back of the card has the steps and cut-offs." #act: compliance.declined #act: solutions.tailored #links: ward_dosing_tools #claim: dose_renal #rapport: -10 #minutes: 2]
    "Dr Chen, I shouldn't receive patient records on WeChat, and I'm not the right person to choose a dose for a particular patient. Could you withdraw the photo? I've deleted it on my side. The back of the dosing card has the Cockcroft-Gault steps with age, weight and creatinine. The label's rule: 10 mg once daily at a clearance of 30 to 49, and not recommended below 30 or on dialysis. If a case is borderline, your clinical pharmacist can check it with you." # speaker: rep
    "I asked for ten seconds of help, not a compliance lecture." # speaker: chen # mood: annoyed
    She withdraws the photo. Twenty minutes later: # speaker: narrator
    "Did it with the card. Twenty-seven. No Norvixa for her, we'll think again. And fine, I shouldn't send those around. Old habit." # speaker: chen # mood: neutral
- -> thursday

=== thursday ===
Thursday, 13:10. A photo of the doctors' office wall: your dosing card, pinned next to the duty roster. # speaker: narrator
"Look where it ended up." # speaker: chen # mood: pleased
* ["Love it! How many patients have you started on Norvixa since it went up?" #act: relationship.transactional #minutes: 1]
    "Love it! How many patients have you started on Norvixa since it went up?" # speaker: rep
    "I don't count prescriptions for reps. And you shouldn't be asking." # speaker: chen # mood: annoyed
    A minute later, more neutrally: # speaker: narrator
    "Something for you, though: one of my patients on Norvixa, seventy-nine, had two nosebleeds this week." # speaker: chen # adverse_event: nosebleeds_79f
* ["Love it! How's it going on the ward, and how are your patients on Norvixa doing so far?" #act: solutions.feedback_collected #minutes: 2]
    "Love it! How are the card and the leaflet working on the ward? And how are your patients on Norvixa doing so far: any bleeding, any problems with taking it, anything that doesn't work for them?" # speaker: rep
    "The residents use the card on every admission now. Patients like once a day. One thing, though: a seventy-nine-year-old of mine had two nosebleeds this week. Stopped on their own, we kept the dose." # speaker: chen # mood: neutral # adverse_event: nosebleeds_79f
* [Send her the bleeding management card as well, for the residents to pin next to the dosing card #act: solutions.tailored #links: post_discharge_bleeding #act: relationship.value_content #gives: bleeding_management_card #minutes: 1]
    "Glad it's useful! Here's its companion, approved by our medical department: the bleeding management card, what the label says to do if a patient on Norvixa bleeds. It could go right next to the dosing card." # speaker: rep
    {remembers("post_discharge_bleeding"):
        "That's the other half of what I told you at the visit. Thanks." # speaker: chen # mood: pleased
    - else:
        "Thanks. I didn't ask for it, but fine." # speaker: chen # mood: neutral
    }
    "Since you mention bleeding: a seventy-nine-year-old of mine on Norvixa had two nosebleeds this week." # speaker: chen # adverse_event: nosebleeds_79f
- -> nosebleed

=== nosebleed ===
"Nothing dramatic. I just thought you'd want to know." # speaker: chen
* ["Thanks for telling me! Nosebleeds are a known, common side effect, it's in the leaflet. No need to worry." #act: solutions.ae_dismissed #violation: ae_unreported #minutes: 1]
    ~ crossed_line = true
    "Thanks, Dr Chen. Nosebleeds are a common, known side effect, it's in the leaflet. Nothing to worry about." # speaker: rep
    "I wasn't worried. I thought your company might be." # speaker: chen # mood: sceptical
* ["Thanks for letting me know! I'll raise it with the company at our monthly team meeting." #act: solutions.ae_escalated #violation: ae_unreported #minutes: 1]
    ~ crossed_line = true
    "Thanks for letting me know! I'll raise it at our monthly team meeting." # speaker: rep
    "Monthly? OK." # speaker: chen # mood: neutral
* ["Thank you, I have to report this. Could you send me her name and hospital number?" #act: solutions.ae_escalated #violation: privacy #minutes: 1]
    ~ crossed_line = true
    "Thank you, I have to report this. Could you send me her name and hospital number, so our pharmacovigilance can trace the case?" # speaker: rep
    "Her name? On WeChat? No. I'll report it through the hospital's own system." # speaker: chen # mood: annoyed
* ["I'm obliged to report that within a day. No name, please: her age, dose, kidney function, what happened." #act: solutions.ae_escalated #claim: common_adverse_events #minutes: 3]
    "Thank you, Dr Chen, I do want to know. Any suspected adverse reaction I hear of, I report to Hengkang's pharmacovigilance within 24 hours, even a mild one: nosebleeds are among the most common reactions with Norvixa, and that's exactly why each one counts. I don't need anything that identifies her, please don't send records here. Just: age and sex, dose, renal function, when the nosebleeds happened, what you did and how she is now. Our safety colleague may call you for follow-up, if that's all right." # speaker: rep
    "Seventy-nine, female, 10 mg, clearance 41, two nosebleeds Monday and Wednesday, stopped with pressure, dose unchanged, fine today. That's quicker than filling in our hospital form." # speaker: chen # mood: pleased
    "Honestly, the ones who tell me aren't the problem. It's the ones who bleed at home, say nothing, and come back through emergency." # speaker: chen # need: post_discharge_bleeding
- -> friday

=== friday ===
Friday, 11:20. # speaker: narrator # phase: deepen
"Patient class again next Thursday: twelve patients and their families. Your leaflets went in one afternoon." # speaker: chen
* ["Shall I bring more copies of the leaflet for the class? Would another fifty do?" #act: discovery.closed_question #minutes: 1]
    "Shall I bring more copies of the leaflet for the class? Would another fifty do?" # speaker: rep
    "Sure." # speaker: chen # mood: neutral
* ["Who actually comes to the class these days? And what goes wrong once they're home?" #act: solutions.needs_reassessed #minutes: 2]
    ~ need_caregiver = true
    "Great that they're used! Now that the class has had them: who actually comes, and what do your older patients struggle with once they're home?" # speaker: rep
    "It's the children who come, not the patients. They manage their parents' pills, often from another city. What goes wrong at home is simple: nobody knows whether Mum took today's tablet, and nobody knows what to do when she bruises. The leaflet explains the drug; the families need something to use every day." # speaker: chen # mood: neutral # need: caregiver_support
* ["I'll bring a leaflet for every family; the back page works as a daily tick chart." #act: solutions.tailored #links: caregiver_support #act: relationship.value_content #minutes: 1]
    "I'll bring a leaflet for every family, Dr Chen. The back page works as a daily tick chart, so the families can keep track." # speaker: rep
    "Bring them, thanks." She doesn't say more. # speaker: chen # mood: neutral
- -> friday_offer

=== friday_offer ===
"What can you give me for Thursday?" # speaker: chen
* [Bring a large-print leaflet per family and show them the back-page tick chart and bleeding signs #act: solutions.tailored #links: caregiver_support #gives: patient_leaflet #minutes: 2]
    ~ gave_chart = true
    "For the families: the back page of the large-print leaflet is a tick chart, a box for each day's tablet, with the bleeding signs that need a doctor printed beside it: black stools, red urine, bruises that spread, nosebleeds that won't stop. I'll bring one per family to the ward office on Monday morning. Whoever manages Mum's pills, even from another city, can ask for a photo of the chart each evening." # speaker: rep
    {need_caregiver:
        "A tick box and a photo every evening. That's exactly it. Leave them with the head nurse." # speaker: chen # mood: pleased
    - else:
        "Fine. Leave them with the head nurse." # speaker: chen # mood: neutral
    }
* ["I could come to Thursday's class myself and talk the families through Norvixa, if that helps." #act: relationship.professional_support #violation: clinical_area_intrusion #minutes: 2]
    ~ crossed_line = true
    "I could come along on Thursday and talk to the patients and their families about Norvixa myself, if that helps!" # speaker: rep
    "A drug rep presenting to my patients on the ward? No. That's not how the class works." # speaker: chen # mood: annoyed
* ["I'll drop another fifty leaflets at the ward office on Monday morning." #act: relationship.value_content #minutes: 1]
    "I'll drop off another 50 leaflets at the ward office on Monday morning." # speaker: rep
    "Thanks." # speaker: chen # mood: neutral
- -> festival

=== festival ===
Saturday is the Mid-Autumn Festival. On Friday evening your manager's group chat fills with mooncake pictures, and you remember that Dr Chen is on call over the festival. # speaker: narrator # phase: closing
* ["Happy Mid-Autumn, Dr Chen! I hope the night on call is quiet, with some mooncake in between." #act: relationship.personal_care #off_clock]
    ~ greeted = true
    "Happy Mid-Autumn Festival, Dr Chen. I hope the night on call is quiet and you get a piece of mooncake in between." # speaker: rep
    "Ha, you remembered. Happy festival to you too!" # speaker: chen # mood: pleased
* [Send festival wishes with a 200-yuan red envelope: "Just a small token, buy yourself some mooncakes!" #act: relationship.transactional #violation: improper_benefit #off_clock]
    -> red_envelope
* [Forward Hengkang's Norvixa e-card: "Thank you for your support, here's to our continued cooperation!" #act: relationship.transactional #off_clock]
    "Happy Mid-Autumn Festival, Dr Chen! Thank you for your support of Norvixa, and we look forward to continued cooperation!" # speaker: rep
    She replies with a mooncake sticker and nothing else. # speaker: narrator # mood: neutral
- -> manager

=== red_envelope ===
"Happy Mid-Autumn Festival, Dr Chen! Just a small token, buy yourself some mooncakes." # speaker: rep
The red envelope, 200 yuan, sits unopened. An hour later: # speaker: narrator
"I'm not opening that; it will go back to you in 24 hours. Please never do that again: the hospital checks these things, and I don't want my name next to a company's money. From now on, please send materials through the ward office, not to my phone." # speaker: chen # mood: annoyed # end_visit: asked_to_leave # ending: contact_cut
-> END

=== manager ===
Sunday, 19:30. Your manager posts in the team group. # speaker: narrator
"Weekly report by tonight, everyone: new Norvixa patients per doctor at your key accounts. Dr Chen on ward 2 looks promising, put her number in." # speaker: manager
* [Reply that per-doctor prescription counts are off limits, and report the week's activities instead #act: compliance.declined #off_clock]
    "I don't collect or report individual doctors' prescription numbers; that's 统方, and both the hospital and our code forbid it. For ward 2 I'll report the activities: approved materials sent, one question with Medical Information, one adverse event reported to pharmacovigilance." # speaker: rep
    "Fair. Activities it is." # speaker: manager
* [Estimate her numbers from the card on the wall and the week's chat, and type them into the weekly report #act: records.profile_updated #violation: prescription_tracking #off_clock]
    ~ crossed_line = true
    You type "Dr Chen (ward 2): about 6 new patients" into the report. It is a guess about one doctor's prescribing, and now it is in writing. # speaker: narrator
* [Reply "Will do! I'll ask Dr Chen on Monday and send you her number straight after." #violation: prescription_tracking #off_clock]
    ~ crossed_line = true
    "Will do! I'll ask Dr Chen on Monday and send you her number straight after." # speaker: rep
    "Great." Your manager adds a thumbs-up. # speaker: manager
- -> sunday

=== sunday ===
Later that evening you open Dr Chen's customer record in the CRM. # speaker: narrator
* [Export the whole week's chat into her notes, photos and all, so the record is really complete #act: records.profile_updated #violation: privacy #off_clock]
    ~ crossed_line = true
    The export pulls in everything, the lab report photo and the nosebleed details among it. The CRM's note check flags "possible patient data" and you click "save anyway". # speaker: narrator
* [Type "materials sent, all fine" into the record and close the laptop for the night #act: records.profile_updated #off_clock]
    One line in the record. It's true, and it says almost nothing. # speaker: narrator
* [Note what she told you and what's still open, no patient details; then plan next week on ward 2 #act: records.profile_updated #act: records.review_done #off_clock]
    You record what you learned: her Thursday class is attended mostly by families{need_caregiver:, and her need has moved from explaining the drug to helping families manage it at home}; she likes files with a one-line explanation; what you have sent her; which of her questions are open with Medical Information or pharmacovigilance, by case number. No names, no photos, no prescription numbers. # speaker: narrator
    Then you review the week: what she asked for, what you kept, where WeChat tempted you to cut corners. Next week: ask how the families get on with the tick chart, and whether the residents would like a short session on bleeding management. # speaker: narrator
- -> epilogue

=== epilogue ===
{
- crossed_line:
    Monday passes quietly. Dr Chen still answers your messages, but somewhere in this week's chat, your report or your notes is something you would not want Hengkang's compliance team or the hospital to read. Chats and records don't forget. # speaker: narrator # ending: compliance_exposure
- need_caregiver && gave_chart && greeted && not ignored && rapport >= 85:
    Monday, 07:45. A message from Dr Chen. # speaker: narrator
    "The head nurse saw the tick chart and wants it in every discharge pack, not just for Thursday's class. And Director Liang asked me which rep to invite to his department meeting; I gave him your name." # speaker: chen # mood: pleased # ending: trusted_contact
- else:
    Monday passes without a message. When you next see Dr Chen on the ward she is friendly, and a little careful with you. # speaker: narrator # ending: polite_distance
}
-> END

=== patience_out ===
Her next message comes late at night, and it is short. # speaker: narrator
"Sorry, I can't keep up with WeChat this week. If it's important, come by after the ward round." # speaker: chen # mood: annoyed # end_visit: patience_exhausted # ending: patience_exhausted
-> END
