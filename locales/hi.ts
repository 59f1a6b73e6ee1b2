<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en_US">
<context>
    <name>AppState</name>
    <message>
        <location filename="../gui/state.py" line="117"/>
        <source>Unlock the workspace first (Workspace page).</source>
        <translation>पहले कार्यक्षेत्र अनलॉक करें (कार्यक्षेत्र पृष्ठ)।</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <location filename="../gui/pages/approvals.py" line="72"/>
        <source>Approvals</source>
        <translation>अनुमोदन</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="75"/>
        <source>Requests waiting for a second person</source>
        <translation>दूसरे व्यक्ति की प्रतीक्षा में अनुरोध</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="78"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="79"/>
        <source>Action</source>
        <translation>कार्रवाई</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="80"/>
        <source>Summary</source>
        <translation>सारांश</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="81"/>
        <source>Asked by</source>
        <translation>अनुरोधकर्ता</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="82"/>
        <source>Asked</source>
        <translation>अनुरोध का समय</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="83"/>
        <source>Expires</source>
        <translation>समाप्ति</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="86"/>
        <source>Decide the selected request</source>
        <translation>चुने गए अनुरोध पर निर्णय लें</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="87"/>
        <source>Note</source>
        <translation>टिप्पणी</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="88"/>
        <source>Your passphrase</source>
        <translation>आपका पासफ़्रेज़</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="89"/>
        <source>kept with your signed decision, e.g. what you checked</source>
        <translation>आपके हस्ताक्षरित निर्णय के साथ रखी जाती है, जैसे आपने क्या जाँचा</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="90"/>
        <source>your decision is signed with your own key</source>
        <translation>आपका निर्णय आपकी अपनी कुंजी से हस्ताक्षरित होता है</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="91"/>
        <source>Approve</source>
        <translation>स्वीकृत करें</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="92"/>
        <source>Refuse</source>
        <translation>अस्वीकार करें</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="95"/>
        <source>An approver without access to this computer signs offline: save the request to a file, they sign it with their key file (`appliance-audit approve`), and you import the signed decision.</source>
        <translation>जिस अनुमोदक की इस कंप्यूटर तक पहुँच नहीं है, वह ऑफ़लाइन हस्ताक्षर करता है: अनुरोध को फ़ाइल में सहेजें, वे उसे अपनी कुंजी फ़ाइल से हस्ताक्षरित करते हैं (`appliance-audit approve`), और आप हस्ताक्षरित निर्णय आयात करते हैं।</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="99"/>
        <source>Save request for offline signing…</source>
        <translation>ऑफ़लाइन हस्ताक्षर के लिए अनुरोध सहेजें…</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="100"/>
        <source>Import signed decision…</source>
        <translation>हस्ताक्षरित निर्णय आयात करें…</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="101"/>
        <source>The policy in force</source>
        <translation>लागू नीति</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="111"/>
        <source>No workspace yet: create it on the Workspace page.</source>
        <translation>अभी कोई कार्यक्षेत्र नहीं: इसे कार्यक्षेत्र पृष्ठ पर बनाएँ।</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="115"/>
        <source>This workspace has no people, so nothing waits for a second person: give it people on the People page.</source>
        <translation>इस कार्यक्षेत्र में कोई व्यक्ति नहीं है, इसलिए कुछ भी दूसरे व्यक्ति की प्रतीक्षा नहीं करता: व्यक्ति पृष्ठ पर इसमें व्यक्ति जोड़ें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="122"/>
        <source>Nobody is signed in: sign in on the Workspace page to decide.</source>
        <translation>कोई साइन इन नहीं है: निर्णय लेने के लिए कार्यक्षेत्र पृष्ठ पर साइन इन करें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="162"/>
        <source>These actions need a second person&apos;s approval: {actions}. An approval holds for {hours} hours after the request and is used once. An admin changes the policy with `appliance policy set` (approved by a second person too).</source>
        <translation>इन कार्रवाइयों के लिए दूसरे व्यक्ति का अनुमोदन चाहिए: {actions}। अनुमोदन अनुरोध के बाद {hours} घंटे तक मान्य रहता है और एक ही बार उपयोग होता है। व्यवस्थापक `appliance policy set` से नीति बदलता है (उसका भी दूसरा व्यक्ति अनुमोदन करता है)।</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="181"/>
        <source>Select a request to read what exactly it asks for.</source>
        <translation>यह पढ़ने के लिए कि यह ठीक-ठीक क्या माँगता है, एक अनुरोध चुनें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="192"/>
        <source>Request {id}: {status}</source>
        <translation>अनुरोध {id}: {status}</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="195"/>
        <source>Action: {action}</source>
        <translation>कार्रवाई: {action}</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="200"/>
        <source>Asked by {name} ({role}) at {when}; expires {expires}.</source>
        <translation>{name} ({role}) द्वारा {when} पर अनुरोधित; समाप्ति {expires}।</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="213"/>
        <source>Decided by {name} at {when}.</source>
        <translation>{name} द्वारा {when} पर निर्णय।</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="217"/>
        <source>Note: {note}</source>
        <translation>टिप्पणी: {note}</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="220"/>
        <source>What it binds (the exact objects, by digest):</source>
        <translation>यह किससे बँधा है (ठीक वही वस्तुएँ, डाइजेस्ट से):</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="239"/>
        <source>Sign in first (Workspace page).</source>
        <translation>पहले साइन इन करें (कार्यक्षेत्र पृष्ठ)।</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="255"/>
        <location filename="../gui/pages/approvals.py" line="302"/>
        <source>Request {id} is {status}.</source>
        <translation>अनुरोध {id}: {status}।</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="275"/>
        <source>Save the request</source>
        <translation>अनुरोध सहेजें</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="284"/>
        <source>Wrote request {id} to {path}. The approver signs it with `appliance-audit approve`; import their signed decision here.</source>
        <translation>अनुरोध {id} को {path} में लिखा गया। अनुमोदक इसे `appliance-audit approve` से हस्ताक्षरित करता है; उनका हस्ताक्षरित निर्णय यहाँ आयात करें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="294"/>
        <source>Signed decision</source>
        <translation>हस्ताक्षरित निर्णय</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../gui/pages/audit.py" line="105"/>
        <source>Audit</source>
        <translation>ऑडिट</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="110"/>
        <source>This workspace&apos;s audit log</source>
        <translation>इस कार्यक्षेत्र का ऑडिट लॉग</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="111"/>
        <source>Verify the log</source>
        <translation>लॉग सत्यापित करें</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="112"/>
        <source>Export an evidence package…</source>
        <translation>साक्ष्य पैकेज निर्यात करें…</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="113"/>
        <source>Auditor mode: verify a package with your own key</source>
        <translation>ऑडिटर मोड: अपनी कुंजी से पैकेज सत्यापित करें</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="117"/>
        <source>Auditor key</source>
        <translation>ऑडिटर कुंजी</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="118"/>
        <source>Key passphrase</source>
        <translation>कुंजी का पासफ़्रेज़</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="119"/>
        <location filename="../gui/pages/audit.py" line="191"/>
        <source>Evidence package</source>
        <translation>साक्ष्य पैकेज</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="120"/>
        <source>Kept checkpoint</source>
        <translation>रखा गया चेकपॉइंट</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="125"/>
        <source>only if your key is protected</source>
        <translation>केवल यदि आपकी कुंजी सुरक्षित है</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="126"/>
        <source>optional: from your previous verification</source>
        <translation>वैकल्पिक: आपके पिछले सत्यापन से</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="128"/>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="129"/>
        <source>Verify package</source>
        <translation>पैकेज सत्यापित करें</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="130"/>
        <source>Save report (HTML, CSV, JSONL)…</source>
        <translation>रिपोर्ट सहेजें (HTML, CSV, JSONL)…</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="131"/>
        <source>Keep this checkpoint…</source>
        <translation>यह चेकपॉइंट रखें…</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="135"/>
        <source>From (UTC)</source>
        <translation>से (UTC)</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="136"/>
        <source>To (UTC)</source>
        <translation>तक (UTC)</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="137"/>
        <source>User or role</source>
        <translation>उपयोगकर्ता या भूमिका</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="138"/>
        <location filename="../gui/pages/audit.py" line="159"/>
        <source>Action</source>
        <translation>कार्रवाई</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="139"/>
        <source>Object</source>
        <translation>वस्तु</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="140"/>
        <location filename="../gui/pages/audit.py" line="160"/>
        <source>Outcome</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="149"/>
        <source>any</source>
        <translation>कोई भी</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="155"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="156"/>
        <source>Time (UTC)</source>
        <translation>समय (UTC)</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="157"/>
        <source>User</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="158"/>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="161"/>
        <source>Objects</source>
        <translation>वस्तुएँ</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="169"/>
        <source>ok</source>
        <translation>ठीक</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="170"/>
        <source>refused</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="171"/>
        <source>denied</source>
        <translation>अनुमति नहीं</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="172"/>
        <source>cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="173"/>
        <source>failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="174"/>
        <source>error</source>
        <translation>त्रुटि</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="179"/>
        <source>operator</source>
        <translation>संचालक</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="183"/>
        <source>Records (verify the log or a package to list them)</source>
        <translation>रिकॉर्ड (सूची देखने के लिए लॉग या पैकेज सत्यापित करें)</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="185"/>
        <source>Records of this workspace&apos;s log</source>
        <translation>इस कार्यक्षेत्र के लॉग के रिकॉर्ड</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="187"/>
        <source>Records of the evidence package</source>
        <translation>साक्ष्य पैकेज के रिकॉर्ड</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="193"/>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="228"/>
        <source>PASS: {n} records intact, {c} signed checkpoints verified.</source>
        <translation>सफल: {n} रिकॉर्ड अक्षुण्ण, {c} हस्ताक्षरित चेकपॉइंट सत्यापित।</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="234"/>
        <source>FAIL: tampering found; {where}.</source>
        <translation>विफल: छेड़छाड़ मिली; {where}।</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="243"/>
        <source>the signed head in the log&apos;s state, not a record</source>
        <translation>लॉग की स्थिति में हस्ताक्षरित शीर्ष, कोई रिकॉर्ड नहीं</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="244"/>
        <source>the log as a whole</source>
        <translation>पूरा लॉग</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="247"/>
        <source>first bad record {seq}</source>
        <translation>पहला खराब रिकॉर्ड {seq}</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="249"/>
        <source>first bad record at or after {lo} (the evidence bounds it, it does not name it)</source>
        <translation>पहला खराब रिकॉर्ड {lo} या उसके बाद (प्रमाण इसकी सीमा बताते हैं, इसे नहीं बताते)</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="253"/>
        <source>first bad record at or after {lo} and at or before {hi} (the evidence bounds it, it does not name it)</source>
        <translation>पहला खराब रिकॉर्ड {lo} या उसके बाद और {hi} या उससे पहले (प्रमाण इसकी सीमा बताते हैं, इसे नहीं बताते)</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="271"/>
        <source>FAIL: tampering detected; {where}.</source>
        <translation>विफल: छेड़छाड़ का पता चला; {where}।</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="285"/>
        <source>Folder for the package (a new, empty one)</source>
        <translation>पैकेज के लिए फ़ोल्डर (नया, खाली)</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="298"/>
        <source>Wrote {path}: {n} records.</source>
        <translation>{path} लिखा गया: {n} रिकॉर्ड।</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="263"/>
        <source>PASS: the log is intact ({n} records, {c} signed checkpoints).</source>
        <translation>सफल: लॉग अक्षुण्ण है ({n} रिकॉर्ड, {c} हस्ताक्षरित चेकपॉइंट)।</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="368"/>
        <source>Verify a package first.</source>
        <translation>पहले एक पैकेज सत्यापित करें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="370"/>
        <source>Folder for the report</source>
        <translation>रिपोर्ट के लिए फ़ोल्डर</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="391"/>
        <source>Wrote report.html, records.csv and records.jsonl to {path}.</source>
        <translation>report.html, records.csv और records.jsonl {path} में लिखे गए।</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="395"/>
        <source>Only a checkpoint of a log that verified can be kept.</source>
        <translation>केवल सत्यापित लॉग का चेकपॉइंट रखा जा सकता है।</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="397"/>
        <source>Keep checkpoint</source>
        <translation>चेकपॉइंट रखें</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="412"/>
        <source>Checkpoint kept in {path}.</source>
        <translation>चेकपॉइंट {path} में रखा गया।</translation>
    </message>
</context>
<context>
    <name>CaptureSection</name>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="62"/>
        <source>Capture</source>
        <translation>कैप्चर</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="63"/>
        <source>Record what this line serves (sealed, every read audited)</source>
        <translation>यह लाइन जो परोसती है उसे रिकॉर्ड करें (सील्ड, हर पठन ऑडिट होता है)</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="64"/>
        <source>Keep for</source>
        <translation>रखने की अवधि</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="65"/>
        <source> days</source>
        <translation> दिन</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="66"/>
        <source>Captured items older than this are deleted.</source>
        <translation>इससे पुराने कैप्चर किए गए आइटम हटा दिए जाते हैं।</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="67"/>
        <source>Size cap</source>
        <translation>आकार सीमा</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="68"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="70"/>
        <source>At the cap capture pauses (serving goes on) until items are reviewed or the cap is raised.</source>
        <translation>सीमा पर कैप्चर रुक जाता है (सर्विंग चलती रहती है), जब तक आइटम की समीक्षा न हो या सीमा बढ़ाई न जाए।</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="72"/>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="94"/>
        <source>{n} item(s) captured, {size} of {cap}</source>
        <translation>{n} आइटम कैप्चर, {cap} में से {size}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="99"/>
        <source>Capture is off for this line: switch it on to record what it serves.</source>
        <translation>इस लाइन के लिए कैप्चर बंद है: यह जो परोसती है उसे रिकॉर्ड करने के लिए इसे चालू करें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="122"/>
        <source>Capture is on for {line}.</source>
        <translation>{line} के लिए कैप्चर चालू है।</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="124"/>
        <source>Capture is off for {line}.</source>
        <translation>{line} के लिए कैप्चर बंद है।</translation>
    </message>
</context>
<context>
    <name>CardTab</name>
    <message>
        <location filename="../gui/pages/export_card.py" line="40"/>
        <source>Save card…</source>
        <translation>कार्ड सहेजें…</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="43"/>
        <source>Saves the card as Markdown (in this language), or the signed card (JSON) or ML-BOM (CycloneDX) with the workspace&apos;s signature beside it.</source>
        <translation>कार्ड को Markdown (इसी भाषा में) के रूप में, या हस्ताक्षरित कार्ड (JSON) या ML-BOM (CycloneDX) को उसके बगल में कार्यक्षेत्र के हस्ताक्षर के साथ सहेजता है।</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="90"/>
        <source>Reading the model card…</source>
        <translation>मॉडल कार्ड पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="92"/>
        <source>Model cards are made for verified exports: select one above.</source>
        <translation>मॉडल कार्ड सत्यापित निर्यातों के लिए बनते हैं: ऊपर एक चुनें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="94"/>
        <source>The model card could not be read (the message above says why).</source>
        <translation>मॉडल कार्ड पढ़ा नहीं जा सका (ऊपर का संदेश कारण बताता है)।</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="98"/>
        <source>What this export is made of, from the catalog: lineage, data (ids and digests, never rows), training, evaluation and licences. Signed by the workspace: {path}</source>
        <translation>यह निर्यात किससे बना है, कैटलॉग से: वंशावली, डेटा (पहचान और डाइजेस्ट, पंक्तियाँ कभी नहीं), प्रशिक्षण, मूल्यांकन और लाइसेंस। कार्यक्षेत्र द्वारा हस्ताक्षरित: {path}</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="112"/>
        <source>Model card, Markdown (*.md)</source>
        <translation>मॉडल कार्ड, Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="113"/>
        <source>Model card, signed JSON (*.json)</source>
        <translation>मॉडल कार्ड, हस्ताक्षरित JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="114"/>
        <source>ML-BOM, signed CycloneDX JSON (*.cdx.json)</source>
        <translation>ML-BOM, हस्ताक्षरित CycloneDX JSON (*.cdx.json)</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="118"/>
        <source>Save the model card</source>
        <translation>मॉडल कार्ड सहेजें</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="133"/>
        <source>Saved the card to {path}, with the workspace&apos;s signature {sig}.</source>
        <translation>कार्ड {path} में सहेजा गया, कार्यक्षेत्र के हस्ताक्षर {sig} के साथ।</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="137"/>
        <source>Saved the card to {path}.</source>
        <translation>कार्ड {path} में सहेजा गया।</translation>
    </message>
</context>
<context>
    <name>Chain</name>
    <message>
        <location filename="../gui/widgets/common.py" line="192"/>
        <source>model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location filename="../gui/widgets/common.py" line="193"/>
        <source>export</source>
        <translation>निर्यात</translation>
    </message>
    <message>
        <location filename="../gui/widgets/common.py" line="194"/>
        <source>training run</source>
        <translation>प्रशिक्षण रन</translation>
    </message>
    <message>
        <location filename="../gui/widgets/common.py" line="195"/>
        <source>dataset</source>
        <translation>डेटासेट</translation>
    </message>
    <message>
        <location filename="../gui/widgets/common.py" line="200"/>
        <source>removed</source>
        <translation>हटाया गया</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <location filename="../gui/pages/playground.py" line="120"/>
        <source>Cut at %1 tokens: raise Max tokens for longer answers.</source>
        <translation>%1 टोकन पर काटा गया: लंबे उत्तरों के लिए अधिकतम टोकन बढ़ाएँ।</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="124"/>
        <source>Stopped before this model answered.</source>
        <translation>इस मॉडल के उत्तर देने से पहले रोका गया।</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="126"/>
        <source>Stopped.</source>
        <translation>रोका गया।</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="133"/>
        <source>First token after %1 s</source>
        <translation>पहला टोकन %1 s बाद</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="135"/>
        <source>%1 tokens/s</source>
        <translation>%1 टोकन/s</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="136"/>
        <source>%1 tokens</source>
        <translation>%1 टोकन</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="141"/>
        <source>on the CPU</source>
        <translation>CPU पर</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="143"/>
        <source>all layers on the GPU</source>
        <translation>सभी परतें GPU पर</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="145"/>
        <source>%1 layers on the GPU</source>
        <translation>%1 परतें GPU पर</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="152"/>
        <source>You</source>
        <translation>आप</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="152"/>
        <location filename="../gui/pages/playground.py" line="173"/>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
</context>
<context>
    <name>CollectionDialog</name>
    <message>
        <location filename="../gui/pages/documents.py" line="140"/>
        <source>New collection</source>
        <translation>नया संग्रह</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="144"/>
        <source>the built-in model (default)</source>
        <translation>अंतर्निहित मॉडल (डिफ़ॉल्ट)</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="153"/>
        <source>Chunks are measured in the tokens of this model (use the model you serve). The built-in model is unpacked the first time it is used: that takes a while.</source>
        <translation>खंड इस मॉडल के टोकन में मापे जाते हैं (वही मॉडल चुनें जिसे आप सर्व करते हैं)। अंतर्निहित मॉडल पहली बार उपयोग होने पर अनपैक होता है: इसमें कुछ समय लगता है।</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="157"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="158"/>
        <source>Description</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="159"/>
        <source>Tokenizer of</source>
        <translation>टोकनाइज़र का मॉडल</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="160"/>
        <source>Chunk size (tokens)</source>
        <translation>खंड का आकार (टोकन)</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="161"/>
        <source>Overlap (tokens)</source>
        <translation>ओवरलैप (टोकन)</translation>
    </message>
</context>
<context>
    <name>DatasetsPage</name>
    <message>
        <location filename="../gui/pages/datasets.py" line="130"/>
        <source>Datasets</source>
        <translation>डेटासेट</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="133"/>
        <source>Import a dataset (encrypted on import)</source>
        <translation>डेटासेट आयात करें (आयात पर एन्क्रिप्ट)</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="137"/>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="138"/>
        <location filename="../gui/pages/datasets.py" line="188"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="139"/>
        <location filename="../gui/pages/datasets.py" line="190"/>
        <source>Format</source>
        <translation>प्रारूप</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="140"/>
        <source>CSV columns</source>
        <translation>CSV स्तंभ</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="141"/>
        <source>Held-out share</source>
        <translation>अलग रखा हिस्सा</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="142"/>
        <source>Personal data</source>
        <translation>व्यक्तिगत डेटा</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="150"/>
        <source>report it and import as is</source>
        <translation>रिपोर्ट करें और जैसा है वैसा आयात करें</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="151"/>
        <source>mask it ([EMAIL], [PHONE]…) before sealing</source>
        <translation>सील करने से पहले छिपाएँ ([EMAIL], [PHONE]…)</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="152"/>
        <source>refuse a file that holds any</source>
        <translation>जिस फ़ाइल में हो उसे अस्वीकार करें</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="158"/>
        <source>E-mail addresses, phone numbers, payment cards, IBANs, Aadhaar numbers and PANs are found in every row (check digits verified). The report gives counts, lines and fields, never a value.</source>
        <translation>हर पंक्ति में ई-मेल पते, फ़ोन नंबर, भुगतान कार्ड, IBAN, आधार नंबर और PAN खोजे जाते हैं (जाँच अंक सत्यापित)। रिपोर्ट में गिनती, पंक्तियाँ और फ़ील्ड होते हैं, कभी कोई मान नहीं।</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="163"/>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="164"/>
        <source>e.g. instruction=question,output=answer</source>
        <translation>उदा. instruction=question,output=answer</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="168"/>
        <source>automatic</source>
        <translation>स्वचालित</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="169"/>
        <source>chat (JSONL)</source>
        <translation>चैट (JSONL)</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="170"/>
        <source>instruction (JSONL)</source>
        <translation>निर्देश (JSONL)</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="172"/>
        <source>text / Markdown</source>
        <translation>पाठ / Markdown</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="176"/>
        <source>Import the valid rows and skip the invalid ones</source>
        <translation>मान्य पंक्तियाँ आयात करें और अमान्य छोड़ दें</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="177"/>
        <source>Validate and import</source>
        <translation>सत्यापित करें और आयात करें</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="179"/>
        <source>Validation report</source>
        <translation>सत्यापन रिपोर्ट</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="183"/>
        <source>Severity</source>
        <translation>गंभीरता</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="183"/>
        <source>Line</source>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="183"/>
        <source>Field</source>
        <translation>फ़ील्ड</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="183"/>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="185"/>
        <source>Dataset versions</source>
        <translation>डेटासेट संस्करण</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="189"/>
        <source>Version</source>
        <translation>संस्करण</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="191"/>
        <source>Rows</source>
        <translation>पंक्तियाँ</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="192"/>
        <location filename="../gui/pages/datasets.py" line="280"/>
        <source>Train</source>
        <translation>प्रशिक्षण</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="193"/>
        <location filename="../gui/pages/datasets.py" line="280"/>
        <source>Held out</source>
        <translation>अलग रखी</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="194"/>
        <source>Created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="195"/>
        <source>Id</source>
        <translation>पहचान</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="198"/>
        <source>Preview (decrypt in memory)</source>
        <translation>पूर्वावलोकन (मेमोरी में डिक्रिप्ट)</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="199"/>
        <source>Remove (crypto-erase)</source>
        <translation>हटाएँ (क्रिप्टो-मिटाना)</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="210"/>
        <source>chat</source>
        <translation>चैट</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="211"/>
        <source>instruction</source>
        <translation>निर्देश</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="212"/>
        <source>text</source>
        <translation>पाठ</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="312"/>
        <source>Dataset file</source>
        <translation>डेटासेट फ़ाइल</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="312"/>
        <source>Datasets (*.jsonl *.json *.csv *.txt *.md)</source>
        <translation>डेटासेट (*.jsonl *.json *.csv *.txt *.md)</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="333"/>
        <source>error</source>
        <translation>त्रुटि</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="333"/>
        <source>warning</source>
        <translation>चेतावनी</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="339"/>
        <source>Validation report: {read} rows read, {kept} usable, {e} errors, {w} warnings</source>
        <translation>सत्यापन रिपोर्ट: {read} पंक्तियाँ पढ़ी गईं, {kept} उपयोगी, {e} त्रुटियाँ, {w} चेतावनियाँ</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="357"/>
        <source>e-mail address</source>
        <translation>ई-मेल पता</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="358"/>
        <source>phone number</source>
        <translation>फ़ोन नंबर</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="359"/>
        <source>payment card</source>
        <translation>भुगतान कार्ड</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="360"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="361"/>
        <source>Aadhaar number</source>
        <translation>आधार नंबर</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="362"/>
        <source>PAN</source>
        <translation>PAN</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="365"/>
        <source>line {line} ({field}: {kind})</source>
        <translation>पंक्ति {line} ({field}: {kind})</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="372"/>
        <source>Where: {where}</source>
        <translation>कहाँ: {where}</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="375"/>
        <source>They are kept in the sealed dataset and will be trained on: import again with “mask it” to replace them.</source>
        <translation>वे सील किए गए डेटासेट में रखे जाते हैं और उन पर प्रशिक्षण होगा: उन्हें बदलने के लिए “छिपाएँ” के साथ फिर से आयात करें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="406"/>
        <source>{file} was not imported: {n} row(s) have errors, listed in the validation report. Fix them, or tick “Import the valid rows and skip the invalid ones”.</source>
        <translation>{file} आयात नहीं हुई: {n} पंक्ति(यों) में त्रुटियाँ हैं, जो सत्यापन रिपोर्ट में सूचीबद्ध हैं। उन्हें ठीक करें, या “मान्य पंक्तियाँ आयात करें और अमान्य छोड़ दें” चुनें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="415"/>
        <source>Imported {name} version {v}: {n} rows, encrypted.</source>
        <translation>{name} संस्करण {v} आयात हुआ: {n} पंक्तियाँ, एन्क्रिप्टेड।</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="419"/>
        <source>Unchanged: this version already holds exactly this data.</source>
        <translation>अपरिवर्तित: इस संस्करण में पहले से ठीक यही डेटा है।</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="433"/>
        <location filename="../gui/pages/datasets.py" line="452"/>
        <source>Select a dataset version first.</source>
        <translation>पहले एक डेटासेट संस्करण चुनें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="284"/>
        <source>{name} version {v}: the first {n} rows</source>
        <translation>{name} संस्करण {v}: पहली {n} पंक्तियाँ</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="456"/>
        <source>Remove dataset</source>
        <translation>डेटासेट हटाएँ</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="458"/>
        <source>Destroy {name} version {v} for good? Its key is destroyed, so no copy can be decrypted again.</source>
        <translation>{name} संस्करण {v} को हमेशा के लिए नष्ट करें? इसकी कुंजी नष्ट हो जाएगी, इसलिए कोई भी प्रति फिर कभी डिक्रिप्ट नहीं होगी।</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="471"/>
        <source>Removed; its data key is destroyed.</source>
        <translation>हटाया गया; इसकी डेटा कुंजी नष्ट हो गई।</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../gui/pages/documents.py" line="247"/>
        <location filename="../gui/pages/documents.py" line="257"/>
        <location filename="../gui/pages/documents.py" line="334"/>
        <source>Documents</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="252"/>
        <source>Collections of documents the models answer from, citing document, version and page. Everything is encrypted; removing a document crypto-erases it.</source>
        <translation>दस्तावेज़ों के संग्रह जिनसे मॉडल उत्तर देते हैं, दस्तावेज़, संस्करण और पृष्ठ का हवाला देकर। सब कुछ एन्क्रिप्टेड है; किसी दस्तावेज़ को हटाने पर वह क्रिप्टो-मिटाया जाता है।</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="256"/>
        <source>Collections</source>
        <translation>संग्रह</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="257"/>
        <location filename="../gui/pages/documents.py" line="262"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="257"/>
        <location filename="../gui/pages/documents.py" line="262"/>
        <location filename="../gui/pages/documents.py" line="493"/>
        <source>Chunks</source>
        <translation>खंड</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="257"/>
        <location filename="../gui/pages/documents.py" line="263"/>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="258"/>
        <source>New collection…</source>
        <translation>नया संग्रह…</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="259"/>
        <source>Remove collection…</source>
        <translation>संग्रह हटाएँ…</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="260"/>
        <source>Show superseded versions</source>
        <translation>पुराने (प्रतिस्थापित) संस्करण दिखाएँ</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="262"/>
        <location filename="../gui/pages/documents.py" line="493"/>
        <source>Version</source>
        <translation>संस्करण</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="262"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="262"/>
        <source>Pages</source>
        <translation>पृष्ठ</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="263"/>
        <location filename="../gui/pages/documents.py" line="493"/>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="263"/>
        <location filename="../gui/pages/documents.py" line="493"/>
        <source>Imported</source>
        <translation>आयात किया गया</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="265"/>
        <source>Import files…</source>
        <translation>फ़ाइलें आयात करें…</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="266"/>
        <source>Versions</source>
        <translation>संस्करण</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="267"/>
        <source>Remove document…</source>
        <translation>दस्तावेज़ हटाएँ…</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="268"/>
        <source>Search preview</source>
        <translation>खोज का पूर्वावलोकन</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="269"/>
        <source>A question, as a user would ask it</source>
        <translation>एक प्रश्न, जैसे कोई उपयोगकर्ता पूछेगा</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="270"/>
        <source>Search</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="271"/>
        <source>Results</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="272"/>
        <source>Ranking</source>
        <translation>क्रम-निर्धारण</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="276"/>
        <source>hybrid (meaning and words)</source>
        <translation>हाइब्रिड (अर्थ और शब्द)</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="277"/>
        <source>dense (meaning)</source>
        <translation>सघन (अर्थ)</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="278"/>
        <source>lexical (words)</source>
        <translation>शाब्दिक (शब्द)</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="334"/>
        <source>Documents in {name}</source>
        <translation>{name} में दस्तावेज़</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="336"/>
        <location filename="../gui/pages/documents.py" line="491"/>
        <source>superseded</source>
        <translation>प्रतिस्थापित</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="343"/>
        <source>text</source>
        <translation>पाठ</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="375"/>
        <source>Create a collection first (New collection…).</source>
        <translation>पहले एक संग्रह बनाएँ (नया संग्रह…)।</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="381"/>
        <source>Select a document first.</source>
        <translation>पहले एक दस्तावेज़ चुनें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="395"/>
        <source>Created collection {name}.</source>
        <translation>संग्रह {name} बनाया गया।</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="404"/>
        <source>Remove collection</source>
        <translation>संग्रह हटाएँ</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="406"/>
        <source>Remove the collection {name} and its {n} document(s) for good? Every document is crypto-erased: this cannot be undone.</source>
        <translation>संग्रह {name} और उसके {n} दस्तावेज़ हमेशा के लिए हटाएँ? हर दस्तावेज़ क्रिप्टो-मिटाया जाएगा: इसे पूर्ववत नहीं किया जा सकता।</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="419"/>
        <source>Removed collection {name} and its {n} document(s).</source>
        <translation>संग्रह {name} और उसके {n} दस्तावेज़ हटाए गए।</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="432"/>
        <source>Documents to import</source>
        <translation>आयात करने के लिए दस्तावेज़</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="434"/>
        <source>Documents (*.pdf *.docx *.odt *.html *.htm *.md *.markdown *.txt *.text);;All files (*)</source>
        <translation>दस्तावेज़ (*.pdf *.docx *.odt *.html *.htm *.md *.markdown *.txt *.text);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="458"/>
        <source>{file}: {name} version {v}, {n} chunks.</source>
        <translation>{file}: {name} संस्करण {v}, {n} खंड।</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="460"/>
        <source>{file}: {name} version {v} replaces the previous one, {n} chunks.</source>
        <translation>{file}: {name} संस्करण {v} पिछले संस्करण की जगह लेता है, {n} खंड।</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="462"/>
        <source>{file}: unchanged; {name} stays at version {v}.</source>
        <translation>{file}: अपरिवर्तित; {name} संस्करण {v} पर ही रहता है।</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="468"/>
        <source>{file}: page(s) {pages} have no text layer (scanned?) and were not indexed; OCR them to include them.</source>
        <translation>{file}: पृष्ठ {pages} में कोई टेक्स्ट परत नहीं है (स्कैन किए गए?) और वे अनुक्रमित नहीं हुए; उन्हें शामिल करने के लिए OCR करें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="472"/>
        <source>Imported into {collection} (encrypted):</source>
        <translation>{collection} में आयात किया गया (एन्क्रिप्टेड):</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="490"/>
        <source>Versions of {name}</source>
        <translation>{name} के संस्करण</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="491"/>
        <source>current</source>
        <translation>वर्तमान</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="493"/>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="494"/>
        <source>Superseded</source>
        <translation>प्रतिस्थापित</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="519"/>
        <source>Remove document</source>
        <translation>दस्तावेज़ हटाएँ</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="521"/>
        <source>Remove {name} and every version of it from {collection}? It is crypto-erased: its keys are destroyed, and this cannot be undone.</source>
        <translation>{collection} से {name} और उसके हर संस्करण को हटाएँ? यह क्रिप्टो-मिटाया जाएगा: इसकी कुंजियाँ नष्ट हो जाएँगी, और इसे पूर्ववत नहीं किया जा सकता।</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="534"/>
        <source>Removed {name} ({n} version(s)); its data can no longer be decrypted.</source>
        <translation>{name} हटाया गया ({n} संस्करण); इसका डेटा अब डिक्रिप्ट नहीं हो सकता।</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="572"/>
        <source>p. {page}</source>
        <translation>पृ. {page}</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="573"/>
        <source>{document} version {version}</source>
        <translation>{document} संस्करण {version}</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="576"/>
        <source>score {score} · meaning {dense} · words {lexical}</source>
        <translation>अंक {score} · अर्थ {dense} · शब्द {lexical}</translation>
    </message>
</context>
<context>
    <name>DriftSection</name>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="145"/>
        <source>Scripts of the prompts</source>
        <translation>प्रॉम्प्ट की लिपियाँ</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="146"/>
        <source>Prompt length</source>
        <translation>प्रॉम्प्ट की लंबाई</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="147"/>
        <source>Tokens per character</source>
        <translation>प्रति अक्षर टोकन</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="148"/>
        <source>Byte-fallback tokens</source>
        <translation>बाइट-फ़ॉलबैक टोकन</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="149"/>
        <source>Meaning (embeddings)</source>
        <translation>अर्थ (एम्बेडिंग)</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="150"/>
        <source>Answer length</source>
        <translation>उत्तर की लंबाई</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="151"/>
        <source>Refusals</source>
        <translation>इनकार</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="152"/>
        <source>Bad ratings</source>
        <translation>खराब रेटिंग</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="156"/>
        <source>Drift</source>
        <translation>ड्रिफ़्ट</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="157"/>
        <source>Check now</source>
        <translation>अभी जाँचें</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="159"/>
        <source>Compare the line&apos;s recent traffic with its reference now (the same check the watch loop runs).</source>
        <translation>लाइन के हाल के ट्रैफ़िक की तुलना अभी उसके संदर्भ से करें (वही जाँच जो वॉच लूप चलाता है)।</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="163"/>
        <source>Each check compares a window of recent requests with the line&apos;s reference through several tests; a p-value under its threshold is an alarm.</source>
        <translation>हर जाँच हाल के अनुरोधों की एक खिड़की की तुलना कई परीक्षणों से लाइन के संदर्भ से करती है; अपनी सीमा से कम p-मान एक अलार्म है।</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="168"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="168"/>
        <source>Requests</source>
        <translation>अनुरोध</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="168"/>
        <source>Verdict</source>
        <translation>निर्णय</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="168"/>
        <source>Alarms</source>
        <translation>अलार्म</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="172"/>
        <source>Each chart: the detector&apos;s p-value at each check, oldest on the left (log scale; lower means further from the reference), the dashed line its threshold, red dots alarms, the dotted line the selected check.</source>
        <translation>हर चार्ट: हर जाँच पर डिटेक्टर का p-मान, सबसे पुराना बाईं ओर (लॉग पैमाना; कम का अर्थ संदर्भ से अधिक दूर), डैश वाली रेखा उसकी सीमा, लाल बिंदु अलार्म, बिंदीदार रेखा चुनी गई जाँच।</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="179"/>
        <source>No drift check yet for this line: press Check now to compare its recent traffic (captured requests) with the data it was trained on.</source>
        <translation>इस लाइन की अभी कोई ड्रिफ़्ट जाँच नहीं: इसके हाल के ट्रैफ़िक (कैप्चर किए गए अनुरोध) की तुलना उस डेटा से करने के लिए &apos;अभी जाँचें&apos; दबाएँ जिस पर यह प्रशिक्षित हुई थी।</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="209"/>
        <location filename="../gui/pages/lifecycle_drift.py" line="289"/>
        <source>drift</source>
        <translation>ड्रिफ़्ट</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="209"/>
        <location filename="../gui/pages/lifecycle_drift.py" line="289"/>
        <source>no drift</source>
        <translation>कोई ड्रिफ़्ट नहीं</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="249"/>
        <source>{detector} did not run: {why}</source>
        <translation>{detector} नहीं चला: {why}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="274"/>
        <source>{detector}: p = {p}</source>
        <translation>{detector}: p = {p}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="290"/>
        <source>Drift check done: {verdict}.</source>
        <translation>ड्रिफ़्ट जाँच पूरी: {verdict}।</translation>
    </message>
</context>
<context>
    <name>EvaluatePage</name>
    <message>
        <location filename="../gui/pages/evaluate.py" line="138"/>
        <source>Evaluate</source>
        <translation>मूल्यांकन</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="141"/>
        <source>Compare models</source>
        <translation>मॉडलों की तुलना</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="142"/>
        <source>Model lines</source>
        <translation>मॉडल लाइनें</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="143"/>
        <source>Suite</source>
        <translation>सूट</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="143"/>
        <source>Run on</source>
        <translation>किस पर चलाएँ</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="145"/>
        <source>no suite yet: import a suite file</source>
        <translation>अभी कोई सूट नहीं: सूट फ़ाइल आयात करें</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="146"/>
        <source>Import a suite file…</source>
        <translation>सूट फ़ाइल आयात करें…</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="148"/>
        <source>A TOML or JSON Lines file of cases (docs/formats/eval-suite.md); kept encrypted.</source>
        <translation>मामलों की TOML या JSON Lines फ़ाइल (docs/formats/eval-suite.md); एन्क्रिप्ट करके रखी जाती है।</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="153"/>
        <source>its GGUF export, through llama.cpp (as served)</source>
        <translation>इसका GGUF निर्यात, llama.cpp से (जैसा सर्व होता है)</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="154"/>
        <source>the stored model, through transformers</source>
        <translation>संग्रहीत मॉडल, transformers से</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="159"/>
        <source>Evaluate and compare</source>
        <translation>मूल्यांकन और तुलना करें</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="167"/>
        <source>Save report…</source>
        <translation>रिपोर्ट सहेजें…</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="168"/>
        <source>The comparison as one HTML page, answers included (in the clear).</source>
        <translation>तुलना एक HTML पृष्ठ के रूप में, उत्तरों सहित (बिना एन्क्रिप्शन)।</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="170"/>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="170"/>
        <source>Passed</source>
        <translation>पास</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="170"/>
        <source>Mean latency</source>
        <translation>औसत विलंब</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="170"/>
        <source>Tokens per answer</source>
        <translation>प्रति उत्तर टोकन</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="157"/>
        <source>Models to compare</source>
        <translation>तुलना के लिए मॉडल</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="158"/>
        <source>The first ticked model is the baseline; drag the models to reorder them.</source>
        <translation>पहला चुना गया मॉडल आधार-रेखा है; क्रम बदलने के लिए मॉडलों को खींचें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="160"/>
        <source>Run again</source>
        <translation>फिर चलाएँ</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="163"/>
        <source>Evaluate anew even the models that already have a finished evaluation on this suite version (otherwise it is reused).</source>
        <translation>उन मॉडलों का भी नए सिरे से मूल्यांकन करें जिनका इस सूट संस्करण पर पूरा मूल्यांकन पहले से है (अन्यथा वही फिर उपयोग होता है)।</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="188"/>
        <source>{name} (version {version}, {cases} cases)</source>
        <translation>{name} (संस्करण {version}, {cases} मामले)</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="221"/>
        <source>No model has a verified export yet: export one on the Export page.</source>
        <translation>अभी किसी मॉडल का सत्यापित निर्यात नहीं है: निर्यात पृष्ठ पर एक निर्यात करें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="223"/>
        <source>No model yet: import one on the Models page.</source>
        <translation>अभी कोई मॉडल नहीं: मॉडल पृष्ठ पर एक आयात करें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="247"/>
        <source>Evaluation suite</source>
        <translation>मूल्यांकन सूट</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="247"/>
        <source>Suites (*.toml *.jsonl);;All files (*)</source>
        <translation>सूट (*.toml *.jsonl);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="263"/>
        <source>Suite {name} version {version}: {cases} cases, kept encrypted.</source>
        <translation>सूट {name} संस्करण {version}: {cases} मामले, एन्क्रिप्ट करके रखे गए।</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="279"/>
        <source>Choose a suite, or import a suite file.</source>
        <translation>एक सूट चुनें, या सूट फ़ाइल आयात करें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="282"/>
        <source>Tick at least one model to evaluate.</source>
        <translation>मूल्यांकन के लिए कम से कम एक मॉडल चुनें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="309"/>
        <source>Compared {n} model(s) on suite {suite}.</source>
        <translation>सूट {suite} पर {n} मॉडल की तुलना की गई।</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="326"/>
        <source>Choose a suite, tick one or more models and press Evaluate and compare: each model answers every case with greedy decoding, and the results appear here side by side.</source>
        <translation>एक सूट चुनें, एक या अधिक मॉडल चुनें और «मूल्यांकन और तुलना करें» दबाएँ: हर मॉडल ग्रीडी डिकोडिंग से हर मामले का उत्तर देता है, और परिणाम यहाँ साथ-साथ दिखते हैं।</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="341"/>
        <source>Suite {suite}: {cases} cases, {n} model(s)</source>
        <translation>सूट {suite}: {cases} मामले, {n} मॉडल</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="349"/>
        <source>{model} (baseline)</source>
        <translation>{model} (आधार-रेखा)</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="357"/>
        <source>{ms} ms</source>
        <translation>{ms} ms</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="365"/>
        <source>Evaluation {id}</source>
        <translation>मूल्यांकन {id}</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="374"/>
        <source>Slice</source>
        <translation>खंड</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="384"/>
        <source>{model} against {baseline}: {difference} points (95 % interval {low} … {high}, paired bootstrap); {mcnemar}; only {baseline} passed {b}, only {model} passed {c}.</source>
        <translation>{baseline} के मुक़ाबले {model}: {difference} अंक (95 % अंतराल {low} … {high}, युग्मित बूटस्ट्रैप); {mcnemar}; केवल {baseline} पास: {b}, केवल {model} पास: {c}।</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="400"/>
        <source>Promotion gate: {summary}</source>
        <translation>पदोन्नति गेट: {summary}</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="402"/>
        <source>Tick a second model to compare it with this one.</source>
        <translation>इससे तुलना के लिए दूसरा मॉडल चुनें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="406"/>
        <source>Case</source>
        <translation>मामला</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="406"/>
        <source>Tags</source>
        <translation>टैग</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="437"/>
        <source>passed</source>
        <translation>पास</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="437"/>
        <source>failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="466"/>
        <source>{passed}/{n} ({pct} %)</source>
        <translation>{passed}/{n} ({pct} %)</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="481"/>
        <source>Evaluate and compare first: there is no report to save.</source>
        <translation>पहले मूल्यांकन और तुलना करें: सहेजने के लिए कोई रिपोर्ट नहीं है।</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="485"/>
        <source>Save the report</source>
        <translation>रिपोर्ट सहेजें</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="485"/>
        <source>HTML page (*.html)</source>
        <translation>HTML पृष्ठ (*.html)</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="492"/>
        <source>Could not write {path}: {why}</source>
        <translation>{path} नहीं लिखा जा सका: {why}</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="495"/>
        <source>Saved the report to {path}. It holds the answers in the clear.</source>
        <translation>रिपोर्ट {path} में सहेजी गई। इसमें उत्तर बिना एन्क्रिप्शन के हैं।</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../gui/pages/export.py" line="109"/>
        <source>Export</source>
        <translation>निर्यात</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="112"/>
        <source>Merge a finished training run into a new model</source>
        <translation>पूर्ण प्रशिक्षण रन को नए मॉडल में मिलाएँ</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="113"/>
        <source>name of the merged model (optional)</source>
        <translation>मिलाए गए मॉडल का नाम (वैकल्पिक)</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="114"/>
        <source>no finished run waiting to be merged</source>
        <translation>मर्ज के लिए कोई पूरा रन प्रतीक्षा में नहीं</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="115"/>
        <source>Merge</source>
        <translation>मिलाएँ</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="116"/>
        <source>Export to GGUF with the verification gate</source>
        <translation>सत्यापन द्वार के साथ GGUF में निर्यात</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="118"/>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="118"/>
        <location filename="../gui/pages/export.py" line="137"/>
        <source>Quantization</source>
        <translation>क्वांटाइज़ेशन</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="118"/>
        <source>Tokenizer differences</source>
        <translation>टोकनाइज़र अंतर</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="124"/>
        <source>default: fail only on Latin, code, digits or lost text</source>
        <translation>डिफ़ॉल्ट: केवल लैटिन, कोड, अंक या खोए पाठ पर विफल</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="125"/>
        <source>strict: any difference fails</source>
        <translation>सख्त: कोई भी अंतर विफल</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="126"/>
        <source>lenient: differences only warn</source>
        <translation>उदार: अंतर केवल चेतावनी देते हैं</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="130"/>
        <source>Export and verify</source>
        <translation>निर्यात और सत्यापित करें</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="131"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="132"/>
        <source>Exports of this model</source>
        <translation>इस मॉडल के निर्यात</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="133"/>
        <source>Verification report</source>
        <translation>सत्यापन रिपोर्ट</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="134"/>
        <source>Model card</source>
        <translation>मॉडल कार्ड</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="138"/>
        <source>Verdict</source>
        <translation>निर्णय</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="139"/>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="140"/>
        <source>Created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="141"/>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="142"/>
        <source>Id</source>
        <translation>पहचान</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="145"/>
        <source>Show in folder</source>
        <translation>फ़ोल्डर में दिखाएँ</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="146"/>
        <source>Copy path</source>
        <translation>पथ कॉपी करें</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="147"/>
        <source>Save a copy as…</source>
        <translation>प्रतिलिपि इस रूप में सहेजें…</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="149"/>
        <source>Copies the GGUF out of the workspace; the copy is recorded in the audit log.</source>
        <translation>GGUF को कार्यक्षेत्र से बाहर कॉपी करता है; यह प्रतिलिपि ऑडिट लॉग में दर्ज होती है।</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="160"/>
        <source>built-in</source>
        <translation>अंतर्निहित</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="160"/>
        <source>imported</source>
        <translation>आयातित</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="160"/>
        <source>merged</source>
        <translation>मिलाया हुआ</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="273"/>
        <source>Copied the path of the GGUF.</source>
        <translation>GGUF का पथ कॉपी किया गया।</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="283"/>
        <source>Save a copy of the GGUF</source>
        <translation>GGUF की प्रतिलिपि सहेजें</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="301"/>
        <source>Saved a copy to {path} (recorded in the audit log).</source>
        <translation>प्रतिलिपि {path} में सहेजी गई (ऑडिट लॉग में दर्ज)।</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="412"/>
        <source>Already exported</source>
        <translation>पहले से निर्यात किया गया</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="415"/>
        <source>{model} is already exported to {quant} and verified: {file} ({size}, {date}). Use that export, or make a second copy?</source>
        <translation>{model} पहले से {quant} में निर्यात और सत्यापित है: {file} ({size}, {date})। वही निर्यात इस्तेमाल करें, या दूसरी प्रति बनाएँ?</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="425"/>
        <source>Use the existing export</source>
        <translation>मौजूदा निर्यात इस्तेमाल करें</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="426"/>
        <source>Export again</source>
        <translation>फिर से निर्यात करें</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="437"/>
        <source>Using the existing export {file}: chat with it on the Playground page, or serve it.</source>
        <translation>मौजूदा निर्यात {file} इस्तेमाल हो रहा है: प्रयोगस्थल पृष्ठ पर इससे चैट करें, या इसे सर्व करें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="467"/>
        <source>Exported and verified: {file} ({size}). Chat with it on the Playground page.</source>
        <translation>निर्यात और सत्यापित: {file} ({size})। प्रयोगस्थल पृष्ठ पर इससे चैट करें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="325"/>
        <source>{name}  ~{size}  ({bits} bits per weight)</source>
        <translation>{name}  ~{size}  (प्रति भार {bits} बिट)</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="343"/>
        <source>Choose a finished training run to merge.</source>
        <translation>मर्ज करने के लिए एक पूरा प्रशिक्षण रन चुनें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="357"/>
        <source>Merged into model {name}.</source>
        <translation>मॉडल {name} में मिलाया गया।</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="369"/>
        <source>Choose a model and a quantization.</source>
        <translation>एक मॉडल और क्वांटाइज़ेशन चुनें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="254"/>
        <source>Verified: the GGUF behaves like the model it was made from.</source>
        <translation>सत्यापित: GGUF अपने मूल मॉडल की तरह व्यवहार करता है।</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="196"/>
        <source>verified</source>
        <translation>सत्यापित</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="197"/>
        <source>failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="198"/>
        <source>in progress</source>
        <translation>प्रगति पर</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="244"/>
        <source>No file: {why}</source>
        <translation>कोई फ़ाइल नहीं: {why}</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="256"/>
        <location filename="../gui/pages/export.py" line="464"/>
        <source>Failed verification: the export is kept but marked failed.</source>
        <translation>सत्यापन विफल: निर्यात रखा गया है पर विफल चिह्नित है।</translation>
    </message>
</context>
<context>
    <name>FeedbackRow</name>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="58"/>
        <source>Good</source>
        <translation>अच्छा</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="59"/>
        <source>Bad</source>
        <translation>खराब</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="60"/>
        <source>A good answer (recorded with the captured request)</source>
        <translation>अच्छा उत्तर (कैप्चर किए गए अनुरोध के साथ रिकॉर्ड)</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="61"/>
        <source>A bad answer (recorded with the captured request)</source>
        <translation>खराब उत्तर (कैप्चर किए गए अनुरोध के साथ रिकॉर्ड)</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="62"/>
        <source>Correct this answer…</source>
        <translation>यह उत्तर सुधारें…</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="64"/>
        <source>Write the answer it should have given; a reviewer decides whether it is learnt.</source>
        <translation>वह उत्तर लिखें जो इसे देना चाहिए था; समीक्षक तय करता है कि इसे सीखा जाए या नहीं।</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="74"/>
        <source>Thank you: recorded for review.</source>
        <translation>धन्यवाद: समीक्षा के लिए रिकॉर्ड किया गया।</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="76"/>
        <source>Captured for this line&apos;s review: was it right?</source>
        <translation>इस लाइन की समीक्षा के लिए कैप्चर किया गया: क्या यह सही था?</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="102"/>
        <source>Correct this answer</source>
        <translation>यह उत्तर सुधारें</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="102"/>
        <source>The answer the model should have given:</source>
        <translation>वह उत्तर जो मॉडल को देना चाहिए था:</translation>
    </message>
</context>
<context>
    <name>FormText</name>
    <message>
        <location filename="../gui/pages/train_form.py" line="20"/>
        <source>automatic</source>
        <translation>स्वचालित</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="21"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="22"/>
        <source>GPU (CUDA)</source>
        <translation>GPU (CUDA)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="25"/>
        <source>full (every weight)</source>
        <translation>पूर्ण (हर भार)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="26"/>
        <source>supervised (learn the answers)</source>
        <translation>पर्यवेक्षित (उत्तर सीखें)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="27"/>
        <source>DPO (preference pairs)</source>
        <translation>DPO (वरीयता जोड़े)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="28"/>
        <source>SimPO (pairs, no reference)</source>
        <translation>SimPO (जोड़े, बिना संदर्भ)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="29"/>
        <source>KTO (answers judged good or bad)</source>
        <translation>KTO (अच्छे या बुरे आँके गए उत्तर)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="33"/>
        <source>on</source>
        <translation>चालू</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="33"/>
        <source>off</source>
        <translation>बंद</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="44"/>
        <source>From {low} to {high}.</source>
        <translation>{low} से {high} तक।</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="49"/>
        <source>The preset {preset} sets {value}.</source>
        <translation>पूर्वनिर्धारित {preset} का मान: {value}।</translation>
    </message>
</context>
<context>
    <name>GateText</name>
    <message>
        <location filename="../gui/gate_text.py" line="159"/>
        <source>(llama.cpp loses text)</source>
        <translation>(llama.cpp पाठ खो देता है)</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="141"/>
        <source>(not NFC)</source>
        <translation>(NFC नहीं)</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="173"/>
        <source>, {n} lose text</source>
        <translation>, {n} में पाठ खोता है</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="46"/>
        <source>Arabic</source>
        <translation>अरबी</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="31"/>
        <source>BOS token</source>
        <translation>BOS टोकन</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="47"/>
        <source>Chinese, Japanese, Korean</source>
        <translation>चीनी, जापानी, कोरियाई</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="44"/>
        <source>Devanagari</source>
        <translation>देवनागरी</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="32"/>
        <source>EOS token</source>
        <translation>EOS टोकन</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="24"/>
        <source>FAIL</source>
        <translation>विफल</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="168"/>
        <source>Held-out {script} lines: {identical}/{lines} tokenized identically by llama.cpp</source>
        <translation>अलग रखी {script} पंक्तियाँ: {identical}/{lines} llama.cpp ने एक जैसी टोकनाइज़ कीं</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="41"/>
        <source>Latin</source>
        <translation>लैटिन</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="92"/>
        <source>Logits on {positions} probe positions ({prompts} prompts, reference in {dtype}): top-1 agreement {agreement} (needs ≥ {needed}), mean KL {kl} nats (needs ≤ {max_kl}), p95 KL {kl_high}</source>
        <translation>{positions} जाँच स्थानों पर लॉजिट ({prompts} प्रॉम्प्ट, संदर्भ {dtype} में): top-1 सहमति {agreement} (आवश्यक ≥ {needed}), औसत KL {kl} nats (आवश्यक ≤ {max_kl}), p95 KL {kl_high}</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="22"/>
        <source>PASS</source>
        <translation>सफल</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="115"/>
        <source>Probe set {version}; took {s} s.</source>
        <translation>जाँच सेट {version}; {s} सेकंड लगे।</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="25"/>
        <source>SKIP</source>
        <translation>छोड़ा</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="45"/>
        <source>Tamil</source>
        <translation>तमिल</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="130"/>
        <source>Tokenizer probes: {same}/{total} identical; policy {policy}: {explanation}</source>
        <translation>टोकनाइज़र जाँच: {same}/{total} समान; नीति {policy}: {explanation}</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="51"/>
        <source>Unicode normalization</source>
        <translation>यूनिकोड सामान्यीकरण</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="83"/>
        <source>Verification gate ({quant}): {verdict}</source>
        <translation>सत्यापन द्वार ({quant}): {verdict}</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="23"/>
        <source>WARN</source>
        <translation>चेतावनी</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="143"/>
        <source>[{mark}] {category}: {text} — HF {hf} tokens, llama.cpp {llama}; first difference at token {k}: HF {hf_pieces} vs llama.cpp {llama_pieces}</source>
        <translation>[{mark}] {category}: {text} — HF {hf} टोकन, llama.cpp {llama}; पहला अंतर टोकन {k} पर: HF {hf_pieces} बनाम llama.cpp {llama_pieces}</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="34"/>
        <source>add-BOS flag</source>
        <translation>BOS जोड़ने का संकेत</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="35"/>
        <source>chat rendering</source>
        <translation>चैट प्रस्तुति</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="30"/>
        <source>chat template embedded</source>
        <translation>चैट टेम्पलेट अंतर्निहित</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="42"/>
        <source>code</source>
        <translation>कोड</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="43"/>
        <source>digits</source>
        <translation>अंक</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="48"/>
        <source>emoji</source>
        <translation>इमोजी</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="33"/>
        <source>end-of-turn tokens</source>
        <translation>बारी-समाप्ति टोकन</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="36"/>
        <source>extended-vocabulary parity</source>
        <translation>विस्तारित शब्दावली की समता</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="28"/>
        <source>loads in llama.cpp</source>
        <translation>llama.cpp में लोड होता है</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="29"/>
        <source>logits</source>
        <translation>लॉजिट</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="49"/>
        <source>native digits</source>
        <translation>स्थानीय अंक</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="37"/>
        <source>new vocabulary rows</source>
        <translation>नई शब्दावली पंक्तियाँ</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="38"/>
        <source>tokenizer probes</source>
        <translation>टोकनाइज़र जाँच</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="50"/>
        <source>whitespace</source>
        <translation>रिक्त स्थान</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="179"/>
        <source>{text}: first difference at token {k}: HF {hf_pieces} vs llama.cpp {llama_pieces}</source>
        <translation>{text}: पहला अंतर टोकन {k} पर: HF {hf_pieces} बनाम llama.cpp {llama_pieces}</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <location filename="../gui/pages/workspace.py" line="61"/>
        <source>Getting started</source>
        <translation>शुरुआत करें</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="63"/>
        <source>1. Create the workspace: its keys encrypt every dataset and the audit log.</source>
        <translation>1. कार्यक्षेत्र बनाएँ: इसकी कुंजियाँ हर डेटासेट और ऑडिट लॉग को एन्क्रिप्ट करती हैं।</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="64"/>
        <source>2. Unpack the built-in model (SmolLM2, runs on this computer&apos;s CPU).</source>
        <translation>2. अंतर्निहित मॉडल अनपैक करें (SmolLM2, इस कंप्यूटर के CPU पर चलता है)।</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="65"/>
        <source>3. Import data: the sample registry questions, or your own JSONL or CSV file.</source>
        <translation>3. डेटा आयात करें: नमूना रजिस्ट्री प्रश्न, या आपकी अपनी JSONL या CSV फ़ाइल।</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="66"/>
        <source>4. Train: a few minutes on the sample with the CPU preset.</source>
        <translation>4. प्रशिक्षण: CPU पूर्वनिर्धारित के साथ नमूने पर कुछ मिनट।</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="67"/>
        <source>5. Merge the run and export it to GGUF through the verification gate.</source>
        <translation>5. रन को मिलाएँ और सत्यापन द्वार से होकर GGUF में निर्यात करें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="68"/>
        <source>6. Chat with the base and the tuned model side by side.</source>
        <translation>6. आधार मॉडल और ट्यून किए गए मॉडल से साथ-साथ चैट करें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="71"/>
        <source>Create below</source>
        <translation>नीचे बनाएँ</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="72"/>
        <source>Unpack</source>
        <translation>अनपैक करें</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="73"/>
        <source>Use the sample</source>
        <translation>नमूना उपयोग करें</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="74"/>
        <source>Open Train</source>
        <translation>प्रशिक्षण खोलें</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="75"/>
        <source>Open Export</source>
        <translation>निर्यात खोलें</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="76"/>
        <source>Open Playground</source>
        <translation>प्रयोगस्थल खोलें</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="105"/>
        <source>The built-in model {name} is ready.</source>
        <translation>अंतर्निहित मॉडल {name} तैयार है।</translation>
    </message>
</context>
<context>
    <name>GovText</name>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="17"/>
        <source>admin</source>
        <translation>व्यवस्थापक</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="18"/>
        <source>operator</source>
        <translation>संचालक</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="19"/>
        <source>approver</source>
        <translation>अनुमोदक</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="20"/>
        <source>auditor</source>
        <translation>लेखा-परीक्षक</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="27"/>
        <source>people, policy, auditors and key rotation, and everything an operator does</source>
        <translation>व्यक्ति, नीति, लेखा-परीक्षक और कुंजी बदलना, और वह सब जो संचालक करता है</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="28"/>
        <source>data, training, export, evaluation, serving; asks for promotions</source>
        <translation>डेटा, प्रशिक्षण, निर्यात, मूल्यांकन, सर्विंग; पदोन्नति का अनुरोध करता है</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="29"/>
        <source>decides approval requests; may chat with a model to judge it</source>
        <translation>अनुमोदन अनुरोधों पर निर्णय लेता है; परखने के लिए मॉडल से बात कर सकता है</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="30"/>
        <source>exports evidence packages only</source>
        <translation>केवल साक्ष्य पैकेज निर्यात करता है</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="35"/>
        <source>pending</source>
        <translation>लंबित</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="36"/>
        <source>approved</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="37"/>
        <source>refused</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="38"/>
        <source>used</source>
        <translation>उपयोग हो चुका</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="39"/>
        <source>expired</source>
        <translation>समाप्त</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="40"/>
        <source>void (no longer holds)</source>
        <translation>अमान्य (अब मान्य नहीं)</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="41"/>
        <source>active</source>
        <translation>सक्रिय</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="42"/>
        <source>removed</source>
        <translation>हटाया गया</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="48"/>
        <source>Signed in as {name} ({role})</source>
        <translation>{name} ({role}) के रूप में साइन इन</translation>
    </message>
</context>
<context>
    <name>HardwarePanel</name>
    <message>
        <location filename="../gui/widgets/hardware.py" line="214"/>
        <source>This machine&apos;s load, once a second</source>
        <translation>इस मशीन का लोड, प्रति सेकंड एक बार</translation>
    </message>
    <message>
        <location filename="../gui/widgets/hardware.py" line="215"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../gui/widgets/hardware.py" line="216"/>
        <source>Memory</source>
        <translation>मेमोरी</translation>
    </message>
    <message>
        <location filename="../gui/widgets/hardware.py" line="224"/>
        <source>GPU {n} load</source>
        <translation>GPU {n} लोड</translation>
    </message>
    <message>
        <location filename="../gui/widgets/hardware.py" line="225"/>
        <source>GPU {n} memory</source>
        <translation>GPU {n} मेमोरी</translation>
    </message>
    <message>
        <location filename="../gui/widgets/hardware.py" line="235"/>
        <source>{used} of {total}</source>
        <translation>{total} में से {used}</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <location filename="../gui/widgets/common.py" line="362"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../gui/widgets/common.py" line="370"/>
        <source>Starting…</source>
        <translation>शुरू हो रहा है…</translation>
    </message>
    <message>
        <location filename="../gui/widgets/common.py" line="396"/>
        <source>Cancelling…</source>
        <translation>रद्द हो रहा है…</translation>
    </message>
</context>
<context>
    <name>LifecyclePage</name>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="165"/>
        <source>Lifecycle</source>
        <translation>जीवनचक्र</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="168"/>
        <source>Line</source>
        <translation>लाइन</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="169"/>
        <source>no model line yet</source>
        <translation>अभी कोई मॉडल लाइन नहीं</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="172"/>
        <source>No model lines yet. A line is what this appliance serves, watches and retrains: create one with `appliance lines create NAME --from-run RUN --suite SUITE --gate GATE.toml`, then come back here to switch on capture.</source>
        <translation>अभी कोई मॉडल लाइन नहीं। लाइन वह है जिसे यह उपकरण परोसता, देखता और फिर से प्रशिक्षित करता है: `appliance lines create NAME --from-run RUN --suite SUITE --gate GATE.toml` से एक बनाएँ, फिर कैप्चर चालू करने के लिए यहाँ लौटें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="224"/>
        <source>production</source>
        <translation>प्रोडक्शन</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="224"/>
        <source>candidate</source>
        <translation>उम्मीदवार</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="227"/>
        <source>{channel}: {model}</source>
        <translation>{channel}: {model}</translation>
    </message>
</context>
<context>
    <name>LinesTab</name>
    <message>
        <location filename="../gui/pages/lines.py" line="102"/>
        <source>Line</source>
        <translation>लाइन</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="103"/>
        <location filename="../gui/pages/lines.py" line="124"/>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="104"/>
        <source>no model line yet</source>
        <translation>अभी कोई मॉडल लाइन नहीं</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="105"/>
        <source>Promote to production</source>
        <translation>प्रोडक्शन में पदोन्नत करें</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="108"/>
        <source>Evaluates the model on the line&apos;s suites where needed, compares it with the current production model, and moves it to production only if the line&apos;s gate passes.</source>
        <translation>ज़रूरत हो तो मॉडल का लाइन के सूटों पर मूल्यांकन करता है, वर्तमान प्रोडक्शन मॉडल से तुलना करता है, और लाइन का गेट पास होने पर ही उसे प्रोडक्शन में ले जाता है।</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="114"/>
        <source>No model lines yet. A line names a customization, its suites and its promotion gate: create one with `appliance lines create NAME --from-run RUN --suite SUITE --gate GATE.toml`.</source>
        <translation>अभी कोई मॉडल लाइन नहीं। एक लाइन किसी अनुकूलन, उसके सूटों और उसके पदोन्नति गेट का नाम रखती है: `appliance lines create NAME --from-run RUN --suite SUITE --gate GATE.toml` से बनाएँ।</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="118"/>
        <source>The gate&apos;s verdict</source>
        <translation>गेट का निर्णय</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="119"/>
        <source>Show its comparison</source>
        <translation>इसकी तुलना दिखाएँ</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="120"/>
        <source>Decisions</source>
        <translation>निर्णय</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="124"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="124"/>
        <source>Decision</source>
        <translation>निर्णय</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="124"/>
        <source>Channel</source>
        <translation>चैनल</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="124"/>
        <source>Gate</source>
        <translation>गेट</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="139"/>
        <source>{line} (production: {production}; candidate: {candidate})</source>
        <translation>{line} (प्रोडक्शन: {production}; उम्मीदवार: {candidate})</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="174"/>
        <source>production</source>
        <translation>प्रोडक्शन</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="174"/>
        <source>candidate</source>
        <translation>उम्मीदवार</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="178"/>
        <source>{channel}: {model} since {since}</source>
        <translation>{channel}: {model}, {since} से</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="183"/>
        <source>{channel}: none</source>
        <translation>{channel}: कोई नहीं</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="189"/>
        <source>Suites: {suites}</source>
        <translation>सूट: {suites}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="190"/>
        <source>Gate: {gate}</source>
        <translation>गेट: {gate}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="194"/>
        <source>promoted</source>
        <translation>पदोन्नत</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="194"/>
        <location filename="../gui/pages/lines.py" line="204"/>
        <location filename="../gui/pages/lines.py" line="246"/>
        <source>refused</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="194"/>
        <source>rebased</source>
        <translation>नए आधार पर</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="204"/>
        <location filename="../gui/pages/lines.py" line="246"/>
        <source>passed</source>
        <translation>पास</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="217"/>
        <source>pass rate at least {pct} %</source>
        <translation>पास दर कम से कम {pct} %</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="220"/>
        <source>{slice} pass rate at least {pct} %</source>
        <translation>{slice} की पास दर कम से कम {pct} %</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="223"/>
        <source>must pass: {cases}</source>
        <translation>पास होना ज़रूरी: {cases}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="225"/>
        <source>no drop over {pct} % against production that is significant (p &lt; {p})</source>
        <translation>प्रोडक्शन की तुलना में {pct} % से अधिक की कोई सार्थक गिरावट नहीं (p &lt; {p})</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="263"/>
        <source>Choose a model line and a model with a verified export.</source>
        <translation>एक मॉडल लाइन और सत्यापित निर्यात वाला मॉडल चुनें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="290"/>
        <source>{model} is now {line}@production.</source>
        <translation>{model} अब {line}@production है।</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="320"/>
        <source>Request {id} is approved: promote {model} again to move it to {line}@production (an approval is used once, for this model and this verdict).</source>
        <translation>अनुरोध {id} स्वीकृत है: {model} को {line}@production में ले जाने के लिए फिर से पदोन्नत करें (अनुमोदन एक बार उपयोग होता है, इसी मॉडल और इसी निर्णय के लिए)।</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="328"/>
        <source>Waiting for approval: request {id} asks a second person to let {model} become {line}@production. An approver finds it on the Approvals page; promote again once it is approved. Nothing was changed.</source>
        <translation>अनुमोदन की प्रतीक्षा: अनुरोध {id} दूसरे व्यक्ति से {model} को {line}@production बनने देने के लिए कहता है। अनुमोदक इसे अनुमोदन पृष्ठ पर पाता है; स्वीकृत होने पर फिर से पदोन्नत करें। कुछ नहीं बदला गया।</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="130"/>
        <source>Sovereign model appliance</source>
        <translation>संप्रभु मॉडल उपकरण</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="137"/>
        <source>No workspace</source>
        <translation>कोई कार्यक्षेत्र नहीं</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="143"/>
        <source>Unlocked</source>
        <translation>अनलॉक</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="145"/>
        <source>Locked</source>
        <translation>लॉक</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="179"/>
        <source>Keep training?</source>
        <translation>प्रशिक्षण जारी रखें?</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="181"/>
        <source>A training run is in progress. It can go on without this window: its checkpoints and result are saved as usual, and the Train page shows it when you open the appliance again (stop it there, or with `appliance runs stop`). Or it can stop now, keeping a checkpoint to resume from.</source>
        <translation>एक प्रशिक्षण रन चल रहा है। यह इस विंडो के बिना चलता रह सकता है: इसके चेकपॉइंट और परिणाम सामान्य रूप से सहेजे जाते हैं, और जब आप उपकरण फिर से खोलेंगे तो प्रशिक्षण पृष्ठ इसे दिखाएगा (इसे वहीं से रोकें, या `appliance runs stop` से)। या यह अभी रुक सकता है, फिर से शुरू करने के लिए एक चेकपॉइंट रखकर।</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="189"/>
        <source>Keep training and close</source>
        <translation>प्रशिक्षण जारी रखें और बंद करें</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="190"/>
        <source>Stop the run and close</source>
        <translation>रन रोकें और बंद करें</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="208"/>
        <source>Stop the server?</source>
        <translation>सर्वर रोकें?</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="210"/>
        <source>The API server at {url} is running ({models}). It runs inside this window: closing the window stops it, and programs using it lose their connection.</source>
        <translation>{url} पर API सर्वर चल रहा है ({models})। यह इसी विंडो के भीतर चलता है: विंडो बंद करने से यह रुक जाएगा, और इसका उपयोग करने वाले प्रोग्रामों का कनेक्शन टूट जाएगा।</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="219"/>
        <source>Stop the server and close</source>
        <translation>सर्वर रोकें और बंद करें</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../gui/pages/models.py" line="63"/>
        <location filename="../gui/pages/models.py" line="66"/>
        <source>Models</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="67"/>
        <source>Training runs</source>
        <translation>प्रशिक्षण रन</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="68"/>
        <source>Exports</source>
        <translation>निर्यात</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="69"/>
        <source>Tokenizers</source>
        <translation>टोकनाइज़र</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="73"/>
        <location filename="../gui/pages/models.py" line="84"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="74"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="75"/>
        <source>Architecture</source>
        <translation>संरचना</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="76"/>
        <source>Parameters</source>
        <translation>पैरामीटर</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="77"/>
        <location filename="../gui/pages/models.py" line="96"/>
        <source>Type</source>
        <translation>टाइप</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="78"/>
        <location filename="../gui/pages/models.py" line="99"/>
        <source>Created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="79"/>
        <location filename="../gui/pages/models.py" line="90"/>
        <location filename="../gui/pages/models.py" line="100"/>
        <source>Id</source>
        <translation>पहचान</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="85"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="86"/>
        <source>Method</source>
        <translation>विधि</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="87"/>
        <source>Steps</source>
        <translation>चरण</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="88"/>
        <source>Train loss</source>
        <translation>प्रशिक्षण हानि</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="89"/>
        <source>Held-out loss</source>
        <translation>अलग रखे डेटा पर हानि</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="95"/>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="97"/>
        <source>Verification</source>
        <translation>सत्यापन</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="98"/>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="103"/>
        <source>Lineage of the selected item</source>
        <translation>चयनित वस्तु की वंशावली</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="104"/>
        <source>Import a model folder…</source>
        <translation>मॉडल फ़ोल्डर आयात करें…</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="105"/>
        <source>Import a GGUF file…</source>
        <translation>GGUF फ़ाइल आयात करें…</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="106"/>
        <location filename="../gui/pages/models.py" line="250"/>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="115"/>
        <source>built-in</source>
        <translation>अंतर्निहित</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="116"/>
        <source>imported</source>
        <translation>आयातित</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="117"/>
        <source>merged</source>
        <translation>मिलाया हुआ</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="118"/>
        <source>extended</source>
        <translation>विस्तारित</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="138"/>
        <source>completed</source>
        <translation>पूर्ण</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="139"/>
        <source>running</source>
        <translation>चल रहा</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="140"/>
        <source>cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="142"/>
        <source>interrupted</source>
        <translation>बाधित</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="162"/>
        <source>verified</source>
        <translation>सत्यापित</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="141"/>
        <location filename="../gui/pages/models.py" line="163"/>
        <source>failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="164"/>
        <source>unverified</source>
        <translation>असत्यापित</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="206"/>
        <source>Hugging Face model folder</source>
        <translation>Hugging Face मॉडल फ़ोल्डर</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="208"/>
        <source>GGUF file</source>
        <translation>GGUF फ़ाइल</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="221"/>
        <source>Imported {name}.</source>
        <translation>{name} आयात हुआ।</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="247"/>
        <source>Select a model or an export to remove.</source>
        <translation>हटाने के लिए मॉडल या निर्यात चुनें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="250"/>
        <source>Remove {obj} and its files?</source>
        <translation>{obj} और इसकी फ़ाइलें हटाएँ?</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="263"/>
        <source>Removed.</source>
        <translation>हटाया गया।</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../gui/pages/people.py" line="131"/>
        <source>People</source>
        <translation>व्यक्ति</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="135"/>
        <location filename="../gui/pages/people.py" line="146"/>
        <source>Give this workspace people</source>
        <translation>इस कार्यक्षेत्र में व्यक्ति जोड़ें</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="138"/>
        <source>Each person gets their own passphrase, keys and role, and every record of the audit log names who acted. You become the first admin, with the workspace passphrase as your own; from then on only people unlock the workspace, each with their own passphrase.</source>
        <translation>हर व्यक्ति को अपना पासफ़्रेज़, कुंजियाँ और भूमिका मिलती है, और ऑडिट लॉग का हर रिकॉर्ड बताता है कि किसने कार्रवाई की। आप पहले व्यवस्थापक बनते हैं, कार्यक्षेत्र का पासफ़्रेज़ आपका अपना होता है; उसके बाद केवल व्यक्ति ही कार्यक्षेत्र अनलॉक करते हैं, हर एक अपने पासफ़्रेज़ से।</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="143"/>
        <source>Your name</source>
        <translation>आपका नाम</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="144"/>
        <source>Workspace passphrase</source>
        <translation>कार्यक्षेत्र का पासफ़्रेज़</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="145"/>
        <location filename="../gui/pages/people.py" line="175"/>
        <source>one word, e.g. asha.rao</source>
        <translation>एक शब्द, जैसे asha.rao</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="147"/>
        <source>People of this workspace</source>
        <translation>इस कार्यक्षेत्र के व्यक्ति</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="150"/>
        <location filename="../gui/pages/people.py" line="166"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="151"/>
        <location filename="../gui/pages/people.py" line="167"/>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="152"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="153"/>
        <source>Signing key</source>
        <translation>हस्ताक्षर कुंजी</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="154"/>
        <source>Added</source>
        <translation>जोड़ा गया</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="155"/>
        <source>Id</source>
        <translation>पहचान</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="158"/>
        <source>Show removed people</source>
        <translation>हटाए गए व्यक्ति दिखाएँ</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="159"/>
        <source>Role of the selected person</source>
        <translation>चुने गए व्यक्ति की भूमिका</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="160"/>
        <source>Change role</source>
        <translation>भूमिका बदलें</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="161"/>
        <source>Remove…</source>
        <translation>हटाएँ…</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="162"/>
        <source>Add a person</source>
        <translation>एक व्यक्ति जोड़ें</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="168"/>
        <source>Their passphrase (12+ characters)</source>
        <translation>उनका पासफ़्रेज़ (12+ अक्षर)</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="169"/>
        <location filename="../gui/pages/people.py" line="180"/>
        <source>Repeat it</source>
        <translation>इसे दोहराएँ</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="170"/>
        <source>Your passphrase (admin)</source>
        <translation>आपका पासफ़्रेज़ (व्यवस्थापक)</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="176"/>
        <source>typed by them</source>
        <translation>वे स्वयं टाइप करें</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="177"/>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="178"/>
        <source>My passphrase</source>
        <translation>मेरा पासफ़्रेज़</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="180"/>
        <source>Current passphrase</source>
        <translation>वर्तमान पासफ़्रेज़</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="180"/>
        <source>New passphrase</source>
        <translation>नया पासफ़्रेज़</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="183"/>
        <source>Change my passphrase</source>
        <translation>मेरा पासफ़्रेज़ बदलें</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="205"/>
        <source>No workspace yet: create it on the Workspace page.</source>
        <translation>अभी कोई कार्यक्षेत्र नहीं: इसे कार्यक्षेत्र पृष्ठ पर बनाएँ।</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="209"/>
        <source>This workspace has one passphrase and no people: whoever holds the passphrase may do everything, and the audit log cannot say who acted.</source>
        <translation>इस कार्यक्षेत्र में एक पासफ़्रेज़ है और कोई व्यक्ति नहीं: जिसके पास पासफ़्रेज़ है वह सब कुछ कर सकता है, और ऑडिट लॉग नहीं बता सकता कि किसने कार्रवाई की।</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="216"/>
        <source>Nobody is signed in: sign in on the Workspace page.</source>
        <translation>कोई साइन इन नहीं है: कार्यक्षेत्र पृष्ठ पर साइन इन करें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="220"/>
        <source>Only an admin adds or removes people and changes roles; you are {role}.</source>
        <translation>केवल व्यवस्थापक व्यक्तियों को जोड़ता या हटाता है और भूमिकाएँ बदलता है; आप {role} हैं।</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="261"/>
        <source>Sign in first (Workspace page).</source>
        <translation>पहले साइन इन करें (कार्यक्षेत्र पृष्ठ)।</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="282"/>
        <source>{name} is the admin of this workspace and signs in with their passphrase.</source>
        <translation>{name} इस कार्यक्षेत्र का व्यवस्थापक है और अपने पासफ़्रेज़ से साइन इन करता है।</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="295"/>
        <location filename="../gui/pages/people.py" line="408"/>
        <source>The two passphrases differ.</source>
        <translation>दोनों पासफ़्रेज़ अलग हैं।</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="311"/>
        <source>Added {name} ({role}).</source>
        <translation>{name} ({role}) जोड़ा गया।</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="329"/>
        <source>{name} is now {role}.</source>
        <translation>{name} अब {role} है।</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="341"/>
        <source>Remove a person</source>
        <translation>एक व्यक्ति हटाएँ</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="343"/>
        <source>Remove {name}? Their keys are deleted: they can no longer sign in, approve or open anything in this workspace. Their name stays in the audit log. This cannot be undone.</source>
        <translation>{name} को हटाएँ? उनकी कुंजियाँ मिटा दी जाती हैं: वे अब इस कार्यक्षेत्र में न साइन इन कर सकते हैं, न अनुमोदन, न कुछ खोल सकते हैं। उनका नाम ऑडिट लॉग में रहता है। इसे पूर्ववत नहीं किया जा सकता।</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="359"/>
        <source>Rotate the master key?</source>
        <translation>मास्टर कुंजी बदलें?</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="361"/>
        <source>Removed {name}: their keys are deleted. Rotate the master key now, so that a copy of the catalog taken before opens nothing new? Every data key is rewrapped; it takes your passphrase.</source>
        <translation>{name} हटाया गया: उनकी कुंजियाँ मिटा दी गईं। क्या अभी मास्टर कुंजी बदलें, ताकि पहले ली गई कैटलॉग की प्रति कुछ नया न खोल सके? हर डेटा कुंजी फिर से लपेटी जाती है; इसके लिए आपका पासफ़्रेज़ चाहिए।</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="367"/>
        <source>Rotate now</source>
        <translation>अभी बदलें</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="368"/>
        <source>Later</source>
        <translation>बाद में</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="374"/>
        <source>Removed {name}. Rotate the master key soon (Workspace page).</source>
        <translation>{name} हटाया गया। जल्द ही मास्टर कुंजी बदलें (कार्यक्षेत्र पृष्ठ)।</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="378"/>
        <source>Rotate the master key</source>
        <translation>मास्टर कुंजी बदलें</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="378"/>
        <source>Your passphrase</source>
        <translation>आपका पासफ़्रेज़</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="397"/>
        <source>New master key; {n} data keys rewrapped.</source>
        <translation>नई मास्टर कुंजी; {n} डेटा कुंजियाँ फिर से लपेटी गईं।</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="418"/>
        <source>Your passphrase is changed; use it to sign in.</source>
        <translation>आपका पासफ़्रेज़ बदल गया; साइन इन के लिए इसका उपयोग करें।</translation>
    </message>
</context>
<context>
    <name>PlaygroundPage</name>
    <message>
        <location filename="../gui/pages/playground.py" line="275"/>
        <source>Playground</source>
        <translation>प्रयोगस्थल</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="280"/>
        <source>Ask both models the same thing. They run here through llama.cpp; nothing leaves this machine. Only exports that passed verification are listed.</source>
        <translation>दोनों मॉडलों से एक ही बात पूछें। वे यहीं llama.cpp से चलते हैं; कुछ भी इस मशीन से बाहर नहीं जाता। केवल सत्यापन पास करने वाले निर्यात दिखाए गए हैं।</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="284"/>
        <source>System prompt</source>
        <translation>सिस्टम प्रॉम्प्ट</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="285"/>
        <source>Optional: how the models should answer, for both panes</source>
        <translation>वैकल्पिक: दोनों पैन के लिए, मॉडल कैसे उत्तर दें</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="286"/>
        <source>Temperature</source>
        <translation>तापमान (temperature)</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="287"/>
        <source>0 always picks the likeliest token; higher values vary more.</source>
        <translation>0 हमेशा सबसे संभावित टोकन चुनता है; अधिक मान अधिक विविधता देते हैं।</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="288"/>
        <source>Max tokens</source>
        <translation>अधिकतम टोकन</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="289"/>
        <source>The longest answer, in tokens; a longer one is cut and marked.</source>
        <translation>सबसे लंबा उत्तर, टोकन में; इससे लंबा उत्तर काटकर चिह्नित किया जाता है।</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="290"/>
        <source>Use documents</source>
        <translation>दस्तावेज़ों का उपयोग करें</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="291"/>
        <source>Answer from a document collection, with numbered sources (Documents page).</source>
        <translation>किसी दस्तावेज़ संग्रह से उत्तर दें, क्रमांकित स्रोतों के साथ (दस्तावेज़ पृष्ठ)।</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="292"/>
        <source>Saved conversations (encrypted)</source>
        <translation>सहेजी गई बातचीत (एन्क्रिप्टेड)</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="293"/>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="294"/>
        <source>Delete</source>
        <translation>मिटाएँ</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="295"/>
        <source>Type a message and press Enter</source>
        <translation>संदेश लिखें और Enter दबाएँ</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="296"/>
        <source>Send</source>
        <translation>भेजें</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="297"/>
        <source>Stop</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="298"/>
        <source>New conversation</source>
        <translation>नई बातचीत</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="311"/>
        <source>(no model)</source>
        <translation>(कोई मॉडल नहीं)</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="351"/>
        <source>Unlock the workspace to see and save conversations.</source>
        <translation>बातचीत देखने और सहेजने के लिए कार्यक्षेत्र अनलॉक करें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="388"/>
        <source>Reopened; %1 is no longer exported here, so pick a model for that pane.</source>
        <translation>फिर से खोली गई; %1 अब यहाँ निर्यातित नहीं है, इसलिए उस पैन के लिए एक मॉडल चुनें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="400"/>
        <source>Delete conversation</source>
        <translation>बातचीत मिटाएँ</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="401"/>
        <source>Destroy the conversation “%1” for good? Its key is destroyed; it cannot be recovered.</source>
        <translation>बातचीत “%1” को हमेशा के लिए नष्ट करें? इसकी कुंजी नष्ट हो जाएगी; इसे पुनः प्राप्त नहीं किया जा सकेगा।</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="464"/>
        <source>Export a model first (Export page).</source>
        <translation>पहले एक मॉडल निर्यात करें (निर्यात पृष्ठ)।</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="468"/>
        <source>Use documents needs a document collection (Documents page) and the workspace unlocked.</source>
        <translation>दस्तावेज़ों के उपयोग के लिए एक दस्तावेज़ संग्रह (दस्तावेज़ पृष्ठ) और अनलॉक कार्यक्षेत्र चाहिए।</translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message>
        <location filename="../gui/core_text.py" line="145"/>
        <source>Checking</source>
        <translation>जाँच</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="141"/>
        <source>Converting</source>
        <translation>रूपांतरण</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="135"/>
        <source>Copying</source>
        <translation>प्रतिलिपि</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="137"/>
        <source>Encrypting</source>
        <translation>एन्क्रिप्शन</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="138"/>
        <source>Evaluating</source>
        <translation>मूल्यांकन</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="144"/>
        <source>Hashing</source>
        <translation>हैश बनाना</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="148"/>
        <source>Inspecting</source>
        <translation>निरीक्षण</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="139"/>
        <source>Judging</source>
        <translation>निर्णय</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="134"/>
        <source>Learning the new tokens</source>
        <translation>नए टोकन सीखना</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="150"/>
        <source>Loading</source>
        <translation>लोड करना</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="151"/>
        <source>Measuring bits per character</source>
        <translation>प्रति अक्षर बिट मापना</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="133"/>
        <source>Merging</source>
        <translation>मिलाना</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="131"/>
        <source>Preparing</source>
        <translation>तैयारी</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="142"/>
        <source>Quantizing</source>
        <translation>क्वांटाइज़ेशन</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="146"/>
        <source>Reading</source>
        <translation>पढ़ना</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="140"/>
        <source>Rebasing</source>
        <translation>नए आधार पर लाना</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="149"/>
        <source>Rebuilding the tokenizer</source>
        <translation>टोकनाइज़र फिर बनाना</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="132"/>
        <source>Training</source>
        <translation>प्रशिक्षण</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="136"/>
        <source>Validating</source>
        <translation>सत्यापन</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="143"/>
        <source>Verifying</source>
        <translation>सत्यापन</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="147"/>
        <source>Writing the weights</source>
        <translation>भार लिखना</translation>
    </message>
</context>
<context>
    <name>ReviewSection</name>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="98"/>
        <source>Review queue</source>
        <translation>समीक्षा कतार</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="99"/>
        <source>Show</source>
        <translation>दिखाएँ</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="103"/>
        <source>items with feedback</source>
        <translation>प्रतिक्रिया वाले आइटम</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="104"/>
        <source>new items</source>
        <translation>नए आइटम</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="105"/>
        <source>all items</source>
        <translation>सभी आइटम</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="109"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="109"/>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="109"/>
        <source>Rating</source>
        <translation>रेटिंग</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="109"/>
        <source>Corrected</source>
        <translation>सुधारा गया</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="109"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="111"/>
        <source>Answer to learn (edit it, then Accept with edit)</source>
        <translation>सीखने वाला उत्तर (इसे संपादित करें, फिर &apos;संपादन सहित स्वीकारें&apos;)</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="112"/>
        <source>Text to redact: type it, or select it above</source>
        <translation>छिपाने वाला पाठ: इसे लिखें, या ऊपर चुनें</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="113"/>
        <source>Redact</source>
        <translation>छिपाएँ</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="115"/>
        <source>Replaced by [redacted] everywhere in the item (prompt, answer, corrections) when you decide.</source>
        <translation>निर्णय लेने पर आइटम में हर जगह (प्रॉम्प्ट, उत्तर, सुधार) [redacted] से बदला जाता है।</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="117"/>
        <source>Accept</source>
        <translation>स्वीकारें</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="118"/>
        <source>Learn the correction, or the answer given when it was rated good.</source>
        <translation>सुधार सीखें, या अच्छा रेट किया गया हो तो दिया गया उत्तर।</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="119"/>
        <source>Accept with edit</source>
        <translation>संपादन सहित स्वीकारें</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="120"/>
        <source>Learn the text in the box above instead.</source>
        <translation>इसके बजाय ऊपर के बॉक्स का पाठ सीखें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="121"/>
        <source>Reject</source>
        <translation>अस्वीकारें</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="122"/>
        <source>Nothing is learnt from this item.</source>
        <translation>इस आइटम से कुछ नहीं सीखा जाता।</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="125"/>
        <source>chat rows (supervised)</source>
        <translation>चैट पंक्तियाँ (पर्यवेक्षित)</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="126"/>
        <source>preference pairs</source>
        <translation>वरीयता जोड़े</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="127"/>
        <source>judgements (good/bad)</source>
        <translation>निर्णय (अच्छा/खराब)</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="129"/>
        <source>Make dataset from accepted</source>
        <translation>स्वीकृत से डेटासेट बनाएँ</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="134"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="134"/>
        <source>chat</source>
        <translation>चैट</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="134"/>
        <source>Playground</source>
        <translation>प्रयोगस्थल</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="139"/>
        <source>good</source>
        <translation>अच्छा</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="139"/>
        <source>bad</source>
        <translation>खराब</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="158"/>
        <source>new</source>
        <translation>नया</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="158"/>
        <source>accepted</source>
        <translation>स्वीकृत</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="158"/>
        <source>rejected</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="167"/>
        <source>yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="167"/>
        <source>no</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="179"/>
        <source>{n} accepted item(s) not yet in a dataset</source>
        <translation>{n} स्वीकृत आइटम अभी किसी डेटासेट में नहीं</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="205"/>
        <source>Capture is off for this line: switch it on to record what it serves.</source>
        <translation>इस लाइन के लिए कैप्चर बंद है: यह जो परोसती है उसे रिकॉर्ड करने के लिए इसे चालू करें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="208"/>
        <source>No feedback yet. Items appear here when people rate or correct an answer: under a Playground answer of this line, or through POST /v1/feedback. Show new items to review the rest.</source>
        <translation>अभी कोई प्रतिक्रिया नहीं। आइटम यहाँ तब आते हैं जब लोग किसी उत्तर को रेट करते या सुधारते हैं: इस लाइन के प्रयोगस्थल उत्तर के नीचे, या POST /v1/feedback से। बाकी की समीक्षा के लिए नए आइटम दिखाएँ।</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="212"/>
        <source>No new items: everything captured has been reviewed.</source>
        <translation>कोई नया आइटम नहीं: कैप्चर किया गया सब कुछ समीक्षित है।</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="214"/>
        <source>Nothing captured yet.</source>
        <translation>अभी कुछ कैप्चर नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="285"/>
        <source>Unlock the workspace to read the selected item (Workspace page).</source>
        <translation>चुना गया आइटम पढ़ने के लिए कार्यक्षेत्र अनलॉक करें (कार्यक्षेत्र पृष्ठ)।</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="287"/>
        <source>Select an item to read it. Each read is recorded in the audit log.</source>
        <translation>पढ़ने के लिए कोई आइटम चुनें। हर पठन ऑडिट लॉग में दर्ज होता है।</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="293"/>
        <source>System</source>
        <translation>सिस्टम</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="293"/>
        <source>User</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="293"/>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="298"/>
        <source>Answer given</source>
        <translation>दिया गया उत्तर</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="306"/>
        <source>Feedback ({source}, {when})</source>
        <translation>प्रतिक्रिया ({source}, {when})</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="310"/>
        <source>Correction</source>
        <translation>सुधार</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="312"/>
        <source>The reviewer&apos;s edit</source>
        <translation>समीक्षक का संपादन</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="328"/>
        <source>Type the text to redact, or select it in the item first.</source>
        <translation>छिपाने वाला पाठ लिखें, या पहले आइटम में उसे चुनें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="342"/>
        <source>Replaced by [redacted] when you decide: {spans}</source>
        <translation>निर्णय लेने पर [redacted] से बदला जाएगा: {spans}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="353"/>
        <source>Write the answer to learn in the box first.</source>
        <translation>पहले बॉक्स में सीखने वाला उत्तर लिखें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="358"/>
        <source>Item {id} accepted.</source>
        <translation>आइटम {id} स्वीकृत।</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="358"/>
        <source>Item {id} rejected.</source>
        <translation>आइटम {id} अस्वीकृत।</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="380"/>
        <source>Dataset {name} version {version}: {rows} row(s) from {items} accepted item(s).</source>
        <translation>डेटासेट {name} संस्करण {version}: {items} स्वीकृत आइटम से {rows} पंक्ति(याँ)।</translation>
    </message>
</context>
<context>
    <name>ServePage</name>
    <message>
        <location filename="../gui/pages/serve.py" line="110"/>
        <source>Serve</source>
        <translation>सर्व करें</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="115"/>
        <source>Serve exported models to programs on this computer through an OpenAI-compatible API. The server listens on 127.0.0.1 only, and every request needs the API token. Only exports that passed verification are listed.</source>
        <translation>निर्यात किए गए मॉडल इस कंप्यूटर के प्रोग्रामों को OpenAI-संगत API से सर्व करें। सर्वर केवल 127.0.0.1 पर सुनता है, और हर अनुरोध के लिए API टोकन चाहिए। केवल सत्यापन पास करने वाले निर्यात दिखाए गए हैं।</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="120"/>
        <source>Models to serve</source>
        <translation>सर्व करने के लिए मॉडल</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="121"/>
        <source>Exports</source>
        <translation>निर्यात</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="121"/>
        <source>Port</source>
        <translation>पोर्ट</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="123"/>
        <source>any free port</source>
        <translation>कोई भी खाली पोर्ट</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="124"/>
        <source>Start</source>
        <translation>शुरू करें</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="125"/>
        <source>Stop</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="126"/>
        <source>Server</source>
        <translation>सर्वर</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="127"/>
        <location filename="../gui/pages/serve.py" line="137"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="127"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="127"/>
        <source>Models</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="129"/>
        <source>Copy URL</source>
        <translation>URL कॉपी करें</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="130"/>
        <source>Copy token…</source>
        <translation>टोकन कॉपी करें…</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="131"/>
        <source>Requests (newest first)</source>
        <translation>अनुरोध (नवीनतम पहले)</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="134"/>
        <source>Time (UTC)</source>
        <translation>समय (UTC)</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="135"/>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="136"/>
        <source>Endpoint</source>
        <translation>एंडपॉइंट</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="138"/>
        <source>Tokens (prompt / answer)</source>
        <translation>टोकन (प्रॉम्प्ट / उत्तर)</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="139"/>
        <source>Latency (s)</source>
        <translation>विलंब (s)</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="220"/>
        <source>Serving {models} on {url}.</source>
        <translation>{models} को {url} पर सर्व किया जा रहा है।</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="257"/>
        <source>The server stopped.</source>
        <translation>सर्वर रुक गया।</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="259"/>
        <source>The server stopped; some requests were cut short at the end of the drain time.</source>
        <translation>सर्वर रुक गया; कुछ अनुरोध समापन-अवधि के अंत में बीच में ही काट दिए गए।</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="299"/>
        <source>The server stopped unexpectedly; stopping its models.</source>
        <translation>सर्वर अप्रत्याशित रूप से रुक गया; इसके मॉडल रोके जा रहे हैं।</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="316"/>
        <source>(refused: no valid token)</source>
        <translation>(अस्वीकृत: कोई मान्य टोकन नहीं)</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="327"/>
        <source>Refused: the request from {client} had no API token or a wrong one.</source>
        <translation>अस्वीकृत: {client} के अनुरोध में API टोकन नहीं था या गलत था।</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="344"/>
        <source>Not running.</source>
        <translation>नहीं चल रहा।</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="345"/>
        <source>Starting…</source>
        <translation>शुरू हो रहा है…</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="346"/>
        <source>Running.</source>
        <translation>चल रहा है।</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="347"/>
        <source>Stopping…</source>
        <translation>रुक रहा है…</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="367"/>
        <source>The URL is in the clipboard.</source>
        <translation>URL क्लिपबोर्ड में है।</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="373"/>
        <source>Copy the API token</source>
        <translation>API टोकन कॉपी करें</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="375"/>
        <source>Anyone who has this token can use the served models through the API. Paste it only into a program you trust, and do not share it.</source>
        <translation>जिसके पास भी यह टोकन है, वह API के माध्यम से सर्व किए गए मॉडलों का उपयोग कर सकता है। इसे केवल किसी भरोसेमंद प्रोग्राम में पेस्ट करें, और इसे साझा न करें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="381"/>
        <source>Copy token</source>
        <translation>टोकन कॉपी करें</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="394"/>
        <source>The API token is in the clipboard.</source>
        <translation>API टोकन क्लिपबोर्ड में है।</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../gui/pages/settings.py" line="54"/>
        <location filename="../gui/pages/settings.py" line="57"/>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <location filename="../gui/pages/settings.py" line="59"/>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <location filename="../gui/pages/settings.py" line="59"/>
        <source>Training device</source>
        <translation>प्रशिक्षण उपकरण</translation>
    </message>
    <message>
        <location filename="../gui/pages/settings.py" line="59"/>
        <location filename="../gui/pages/settings.py" line="95"/>
        <source>Home directory</source>
        <translation>होम निर्देशिका</translation>
    </message>
    <message>
        <location filename="../gui/pages/settings.py" line="68"/>
        <source>automatic (GPU if present)</source>
        <translation>स्वचालित (GPU हो तो)</translation>
    </message>
    <message>
        <location filename="../gui/pages/settings.py" line="69"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../gui/pages/settings.py" line="70"/>
        <source>GPU (CUDA)</source>
        <translation>GPU (CUDA)</translation>
    </message>
    <message>
        <location filename="../gui/pages/settings.py" line="75"/>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <location filename="../gui/pages/settings.py" line="76"/>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <location filename="../gui/pages/settings.py" line="79"/>
        <source>The home holds the workspace: keys, datasets, models, runs, exports and the audit log. Everything in it is private to your user.</source>
        <translation>होम में कार्यक्षेत्र रहता है: कुंजियाँ, डेटासेट, मॉडल, रन, निर्यात और ऑडिट लॉग। इसमें सब कुछ केवल आपके उपयोगकर्ता के लिए निजी है।</translation>
    </message>
    <message>
        <location filename="../gui/pages/settings.py" line="106"/>
        <source>Opened {path}.</source>
        <translation>{path} खोला गया।</translation>
    </message>
</context>
<context>
    <name>SourceList</name>
    <message>
        <location filename="../gui/pages/documents.py" line="80"/>
        <source>p. {page}</source>
        <translation>पृ. {page}</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="81"/>
        <source>{document} v{version}</source>
        <translation>{document} सं.{version}</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="86"/>
        <source>The collection holds no text in the question&apos;s script: no sources.</source>
        <translation>संग्रह में प्रश्न की लिपि में कोई पाठ नहीं है: कोई स्रोत नहीं।</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="88"/>
        <source>The collection holds no documents yet: no sources.</source>
        <translation>संग्रह में अभी कोई दस्तावेज़ नहीं है: कोई स्रोत नहीं।</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="89"/>
        <source>No document matched the question: no sources.</source>
        <translation>कोई दस्तावेज़ प्रश्न से मेल नहीं खाया: कोई स्रोत नहीं।</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="101"/>
        <source>Sources (bold: cited in the answer; click one to read it):</source>
        <translation>स्रोत (बोल्ड: उत्तर में उद्धृत; पढ़ने के लिए किसी पर क्लिक करें):</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="119"/>
        <source>{collection}, {document} version {version}, chunk {chunk} (score {score})</source>
        <translation>{collection}, {document} संस्करण {version}, खंड {chunk} (अंक {score})</translation>
    </message>
</context>
<context>
    <name>TimelineSection</name>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="77"/>
        <source>queued</source>
        <translation>कतार में</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="78"/>
        <source>making its dataset</source>
        <translation>अपना डेटासेट बना रहा है</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="79"/>
        <source>training</source>
        <translation>प्रशिक्षण</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="80"/>
        <source>merging</source>
        <translation>मर्ज हो रहा है</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="81"/>
        <source>exporting</source>
        <translation>निर्यात हो रहा है</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="82"/>
        <source>judging</source>
        <translation>मूल्यांकन हो रहा है</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="83"/>
        <source>promoted</source>
        <translation>पदोन्नत</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="84"/>
        <source>waiting for your approval</source>
        <translation>आपकी स्वीकृति की प्रतीक्षा में</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="85"/>
        <source>refused</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="86"/>
        <source>failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="87"/>
        <source>cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="88"/>
        <source>not enough new data</source>
        <translation>पर्याप्त नया डेटा नहीं</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="93"/>
        <source>Retraining</source>
        <translation>पुनः प्रशिक्षण</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="94"/>
        <location filename="../gui/pages/lifecycle_timeline.py" line="95"/>
        <source>Drift alarm</source>
        <translation>ड्रिफ़्ट अलार्म</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="96"/>
        <source>Dataset version</source>
        <translation>डेटासेट संस्करण</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="97"/>
        <location filename="../gui/pages/lifecycle_timeline.py" line="98"/>
        <source>Promotion</source>
        <translation>पदोन्नति</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="99"/>
        <source>Approval</source>
        <translation>स्वीकृति</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="100"/>
        <source>Refused</source>
        <translation>अस्वीकृत</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="101"/>
        <source>Rebase</source>
        <translation>रीबेस</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="105"/>
        <source>Timeline</source>
        <translation>समयरेखा</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="106"/>
        <source>Retrain now</source>
        <translation>अभी पुनः प्रशिक्षित करें</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="109"/>
        <source>Make a dataset from the accepted feedback, train, merge, export and judge a candidate, then promote it as the line&apos;s policy says (or wait for your approval).</source>
        <translation>स्वीकृत प्रतिक्रिया से डेटासेट बनाएँ, एक उम्मीदवार को प्रशिक्षित, मर्ज, निर्यात और मूल्यांकित करें, फिर लाइन की नीति के अनुसार उसे पदोन्नत करें (या आपकी स्वीकृति की प्रतीक्षा करें)।</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="113"/>
        <source>When</source>
        <translation>कब</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="113"/>
        <source>What</source>
        <translation>क्या</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="113"/>
        <source>State</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="113"/>
        <source>Detail</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="114"/>
        <source>Approve</source>
        <translation>स्वीकृत करें</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="115"/>
        <source>Promote the run&apos;s model to production.</source>
        <translation>रन के मॉडल को प्रोडक्शन में पदोन्नत करें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="116"/>
        <source>Refuse</source>
        <translation>अस्वीकार करें</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="117"/>
        <source>Keep production as it is; the run&apos;s model stays a candidate.</source>
        <translation>प्रोडक्शन को जैसा है वैसा रखें; रन का मॉडल उम्मीदवार बना रहता है।</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="118"/>
        <location filename="../gui/pages/lifecycle_timeline.py" line="252"/>
        <source>Cancel the run</source>
        <translation>रन रद्द करें</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="121"/>
        <source>Nothing has happened on this line yet. Drift alarms, retraining runs, new dataset versions and promotions appear here, newest first. Retrain now starts a run by hand.</source>
        <translation>इस लाइन पर अभी कुछ नहीं हुआ। ड्रिफ़्ट अलार्म, पुनः प्रशिक्षण रन, नए डेटासेट संस्करण और पदोन्नतियाँ यहाँ दिखती हैं, नवीनतम पहले। &apos;अभी पुनः प्रशिक्षित करें&apos; हाथ से एक रन शुरू करता है।</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="183"/>
        <source>No retraining policy for this line: it is retrained only by hand (Retrain now).</source>
        <translation>इस लाइन की कोई पुनः प्रशिक्षण नीति नहीं: इसे केवल हाथ से पुनः प्रशिक्षित किया जाता है (अभी पुनः प्रशिक्षित करें)।</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="187"/>
        <source>a drift alarm</source>
        <translation>एक ड्रिफ़्ट अलार्म</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="189"/>
        <source>{n} accepted feedback items</source>
        <translation>{n} स्वीकृत प्रतिक्रिया आइटम</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="191"/>
        <source>a new version of {datasets}</source>
        <translation>{datasets} का नया संस्करण</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="193"/>
        <source>every {hours} hours</source>
        <translation>हर {hours} घंटे</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="196"/>
        <source>a retrained model waits for your approval before production</source>
        <translation>पुनः प्रशिक्षित मॉडल प्रोडक्शन से पहले आपकी स्वीकृति की प्रतीक्षा करता है</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="198"/>
        <source>a retrained model that passes the line&apos;s gate goes to production</source>
        <translation>लाइन का गेट पार करने वाला पुनः प्रशिक्षित मॉडल प्रोडक्शन में जाता है</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="201"/>
        <source>Retraining policy: by hand only; {then}.</source>
        <translation>पुनः प्रशिक्षण नीति: केवल हाथ से; {then}।</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="202"/>
        <source>Retraining policy: {starts} start a retrain; {then}.</source>
        <translation>पुनः प्रशिक्षण नीति: {starts} पुनः प्रशिक्षण शुरू करते हैं; {then}।</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="253"/>
        <source>Stop retraining run {id}? What it made so far is kept; nothing is promoted.</source>
        <translation>पुनः प्रशिक्षण रन {id} रोकें? अब तक बना सब कुछ रखा जाता है; कुछ भी पदोन्नत नहीं होता।</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="259"/>
        <source>Run {id} approved: its model is promoted.</source>
        <translation>रन {id} स्वीकृत: उसका मॉडल पदोन्नत है।</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="260"/>
        <source>Run {id} refused: production is unchanged.</source>
        <translation>रन {id} अस्वीकृत: प्रोडक्शन अपरिवर्तित है।</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="261"/>
        <source>Run {id} is being cancelled.</source>
        <translation>रन {id} रद्द किया जा रहा है।</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="281"/>
        <source>Retraining run {id} failed (production is unchanged): {error}</source>
        <translation>पुनः प्रशिक्षण रन {id} विफल (प्रोडक्शन अपरिवर्तित है): {error}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="286"/>
        <source>Retraining run {id}: {state}.</source>
        <translation>पुनः प्रशिक्षण रन {id}: {state}।</translation>
    </message>
</context>
<context>
    <name>TokenizerTab</name>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="181"/>
        <location filename="../gui/pages/tokenizers.py" line="191"/>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="181"/>
        <source>Compare with</source>
        <translation>इससे तुलना करें</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="181"/>
        <source>Corpus</source>
        <translation>कॉर्पस</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="185"/>
        <source>a dataset of this workspace, or a text, Markdown or JSONL file</source>
        <translation>इस कार्यक्षेत्र का कोई डेटासेट, या कोई पाठ, Markdown या JSONL फ़ाइल</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="187"/>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="188"/>
        <source>Measure tokens per character</source>
        <translation>प्रति अक्षर टोकन मापें</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="192"/>
        <location filename="../gui/pages/tokenizers.py" line="225"/>
        <source>Script</source>
        <translation>लिपि</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="193"/>
        <source>Lines</source>
        <translation>पंक्तियाँ</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="194"/>
        <source>Tokens</source>
        <translation>टोकन</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="195"/>
        <source>Tokens per character</source>
        <translation>प्रति अक्षर टोकन</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="196"/>
        <source>Tokens per word</source>
        <translation>प्रति शब्द टोकन</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="197"/>
        <source>Byte fallback</source>
        <translation>बाइट फ़ॉलबैक</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="201"/>
        <source>Extend the vocabulary</source>
        <translation>शब्दावली बढ़ाएँ</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="205"/>
        <source>Base model</source>
        <translation>आधार मॉडल</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="206"/>
        <source>Corpus datasets</source>
        <translation>कॉर्पस डेटासेट</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="207"/>
        <source>Scripts</source>
        <translation>लिपियाँ</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="208"/>
        <source>New tokens</source>
        <translation>नए टोकन</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="209"/>
        <source>New model name</source>
        <translation>नए मॉडल का नाम</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="214"/>
        <source>Check one or more text datasets in the languages to extend for.</source>
        <translation>जिन भाषाओं के लिए शब्दावली बढ़ानी है, उनके एक या अधिक टेक्स्ट डेटासेट चुनें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="215"/>
        <source>No datasets yet: import a text corpus on the Datasets page.</source>
        <translation>अभी कोई डेटासेट नहीं: डेटासेट पेज पर एक टेक्स्ट कॉर्पस आयात करें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="216"/>
        <source>ta, hi — empty: the corpus&apos;s own scripts</source>
        <translation>ta, hi — खाली: कॉर्पस की अपनी लिपियाँ</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="218"/>
        <source>Language codes (ta, hi, bn…) or Unicode script names (Tamil, Devanagari…), comma-separated.</source>
        <translation>भाषा कोड (ta, hi, bn…) या यूनिकोड लिपि नाम (Tamil, Devanagari…), अल्पविराम से अलग।</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="220"/>
        <source>How many tokens to add, all scripts together.</source>
        <translation>कितने टोकन जोड़ने हैं, सभी लिपियों को मिलाकर।</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="221"/>
        <source>e.g. smollm2-ta</source>
        <translation>उदा. smollm2-ta</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="222"/>
        <source>Extend</source>
        <translation>बढ़ाएँ</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="226"/>
        <source>Tokens per character, before</source>
        <translation>प्रति अक्षर टोकन, पहले</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="227"/>
        <source>Tokens per character, after</source>
        <translation>प्रति अक्षर टोकन, बाद में</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="228"/>
        <source>Change</source>
        <translation>बदलाव</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="239"/>
        <source>(none)</source>
        <translation>(कोई नहीं)</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="298"/>
        <source>Choose a base model to extend.</source>
        <translation>बढ़ाने के लिए एक आधार मॉडल चुनें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="301"/>
        <source>Check at least one corpus dataset.</source>
        <translation>कम से कम एक कॉर्पस डेटासेट चुनें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="304"/>
        <source>Give the new model a name.</source>
        <translation>नए मॉडल को एक नाम दें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="310"/>
        <source>Registered {name}.</source>
        <translation>{name} पंजीकृत हुआ।</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="371"/>
        <source>Registered {name} as a new base model ({family}): {added} tokens added for {scripts} (ids {first}–{last}). Tokens per character on held-out lines:</source>
        <translation>{name} को नए आधार मॉडल ({family}) के रूप में पंजीकृत किया गया: {scripts} के लिए {added} टोकन जोड़े गए (आईडी {first}–{last})। मूल्यांकन के लिए अलग रखी पंक्तियों पर प्रति अक्षर टोकन:</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="384"/>
        <source>Train the new rows before using {name}: until then the new tokens&apos; embeddings are only averages of the pieces they replace. Use a training recipe with [tokenizer] train_new_rows = true (appliance train --train-new-rows).</source>
        <translation>{name} का उपयोग करने से पहले नई पंक्तियों को प्रशिक्षित करें: तब तक नए टोकनों के एम्बेडिंग केवल उन टुकड़ों का औसत हैं जिनकी जगह वे लेते हैं। [tokenizer] train_new_rows = true वाली प्रशिक्षण रेसिपी का उपयोग करें (appliance train --train-new-rows)।</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="392"/>
        <source>Corpus file</source>
        <translation>कॉर्पस फ़ाइल</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="392"/>
        <source>Text (*.txt *.md *.jsonl);;All files (*)</source>
        <translation>पाठ (*.txt *.md *.jsonl);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="405"/>
        <source>Choose a model and a corpus.</source>
        <translation>एक मॉडल और एक कॉर्पस चुनें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="421"/>
        <source>Latin</source>
        <translation>लैटिन</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="422"/>
        <source>Devanagari</source>
        <translation>देवनागरी</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="423"/>
        <source>Bengali</source>
        <translation>बांग्ला</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="424"/>
        <source>Gurmukhi</source>
        <translation>गुरमुखी</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="425"/>
        <source>Gujarati</source>
        <translation>गुजराती</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="426"/>
        <source>Odia</source>
        <translation>ओड़िया</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="427"/>
        <source>Tamil</source>
        <translation>तमिल</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="428"/>
        <source>Telugu</source>
        <translation>तेलुगु</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="429"/>
        <source>Kannada</source>
        <translation>कन्नड़</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="430"/>
        <source>Malayalam</source>
        <translation>मलयालम</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="431"/>
        <source>Sinhala</source>
        <translation>सिंहल</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="432"/>
        <source>Thai</source>
        <translation>थाई</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="433"/>
        <source>Myanmar</source>
        <translation>म्यांमार (बर्मी)</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="434"/>
        <source>Khmer</source>
        <translation>ख्मेर</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="435"/>
        <source>Ethiopic</source>
        <translation>इथियोपियाई (गीज़)</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="436"/>
        <source>Arabic</source>
        <translation>अरबी</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="437"/>
        <source>Hebrew</source>
        <translation>हिब्रू</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="438"/>
        <source>Cyrillic</source>
        <translation>सिरिलिक</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="439"/>
        <source>Greek</source>
        <translation>यूनानी</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="440"/>
        <source>Han (Chinese characters)</source>
        <translation>हान (चीनी अक्षर)</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="441"/>
        <source>Hangul</source>
        <translation>हांगुल</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="442"/>
        <source>Hiragana</source>
        <translation>हिरागाना</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="443"/>
        <source>Katakana</source>
        <translation>काताकाना</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="444"/>
        <source>Other scripts</source>
        <translation>अन्य लिपियाँ</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="360"/>
        <location filename="../gui/pages/tokenizers.py" line="453"/>
        <source>English (control)</source>
        <translation>अंग्रेज़ी (नियंत्रण)</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <location filename="../gui/pages/train.py" line="204"/>
        <source>Train</source>
        <translation>प्रशिक्षण</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="212"/>
        <source>loss</source>
        <translation>हानि</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="214"/>
        <source>training</source>
        <translation>प्रशिक्षण</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="215"/>
        <source>held-out</source>
        <translation>अलग रखा</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="218"/>
        <source>reward margin</source>
        <translation>पुरस्कार अंतर</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="219"/>
        <source>preference accuracy</source>
        <translation>वरीयता सटीकता</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="226"/>
        <source>Base model</source>
        <translation>आधार मॉडल</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="227"/>
        <source>Dataset</source>
        <translation>डेटासेट</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="228"/>
        <source>Preset</source>
        <translation>पूर्वनिर्धारित</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="229"/>
        <source>Run name</source>
        <translation>रन का नाम</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="230"/>
        <source>Method</source>
        <translation>विधि</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="231"/>
        <source>Objective</source>
        <translation>उद्देश्य</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="232"/>
        <source>Beta (preference)</source>
        <translation>Beta (वरीयता)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="233"/>
        <source>Learning rate</source>
        <translation>सीखने की दर</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="234"/>
        <source>Epochs</source>
        <translation>युग (epochs)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="235"/>
        <source>Max steps (0: epochs)</source>
        <translation>अधिकतम चरण (0: युग)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="236"/>
        <source>Batch size</source>
        <translation>बैच आकार</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="237"/>
        <source>Sequence length</source>
        <translation>अनुक्रम लंबाई</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="238"/>
        <source>LoRA rank</source>
        <translation>LoRA रैंक</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="239"/>
        <source>LoRA alpha</source>
        <translation>LoRA अल्फ़ा</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="240"/>
        <source>Precision</source>
        <translation>परिशुद्धता</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="241"/>
        <source>Device</source>
        <translation>उपकरण</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="242"/>
        <source>Processes</source>
        <translation>प्रोसेस</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="243"/>
        <source>Packing</source>
        <translation>पैकिंग</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="244"/>
        <source>New vocabulary rows</source>
        <translation>नई शब्दावली पंक्तियाँ</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="249"/>
        <source>several rows per sequence</source>
        <translation>प्रति अनुक्रम कई पंक्तियाँ</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="250"/>
        <source>train the rows a vocabulary extension added</source>
        <translation>शब्दावली विस्तार द्वारा जोड़ी गई पंक्तियों को प्रशिक्षित करें</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="265"/>
        <source>Spread the run over this many processes: the same run and the same loss curve, each step shared among them. On the CPU, one process per core at most; on a GPU machine (device CUDA), one process per GPU.</source>
        <translation>रन को इतनी प्रोसेस में बाँटें: वही रन और वही हानि वक्र, हर चरण उनमें बँटा हुआ। CPU पर अधिक से अधिक प्रति कोर एक प्रोसेस; GPU वाली मशीन पर (उपकरण CUDA) प्रति GPU एक प्रोसेस।</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="271"/>
        <source>Fine-tune</source>
        <translation>फ़ाइन-ट्यून</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="272"/>
        <source>Start training</source>
        <translation>प्रशिक्षण शुरू करें</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="273"/>
        <source>Cancel (saves a checkpoint)</source>
        <translation>रद्द करें (चेकपॉइंट सहेजता है)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="274"/>
        <source>Resume</source>
        <translation>फिर से शुरू करें</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="275"/>
        <source>Progress</source>
        <translation>प्रगति</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="343"/>
        <source>A run named {name} already exists: choose another name.</source>
        <translation>{name} नाम का रन पहले से मौजूद है: कोई दूसरा नाम चुनें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="344"/>
        <source>automatic: {name}</source>
        <translation>स्वचालित: {name}</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="386"/>
        <source>{n} GPUs</source>
        <translation>{n} GPU</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="394"/>
        <source>{device}, {n} processes</source>
        <translation>{device}, {n} प्रोसेस</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="437"/>
        <source>Asked run {name} to stop: it stops at its next step and keeps a checkpoint…</source>
        <translation>रन {name} को रुकने के लिए कहा गया: यह अपने अगले चरण पर रुकेगा और एक चेकपॉइंट रखेगा…</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="444"/>
        <source>Run {name} completed: train loss {loss}. Merge it on the Export page.</source>
        <translation>रन {name} पूर्ण: प्रशिक्षण हानि {loss}। इसे निर्यात पृष्ठ पर मिलाएँ।</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="457"/>
        <source>Run {name} is training in a process of its own (started by an earlier window or in a terminal): {done}/{total} steps at its last checkpoint, loss {loss}. Cancel asks it to stop at its next step and keep a checkpoint.</source>
        <translation>रन {name} अपनी अलग प्रक्रिया में प्रशिक्षण ले रहा है (किसी पिछली विंडो या टर्मिनल से शुरू): अंतिम चेकपॉइंट पर {done}/{total} चरण, लॉस {loss}। रद्द करें इसे अगले चरण पर रुकने और एक चेकपॉइंट रखने को कहता है।</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="496"/>
        <source>Step {s}/{t}   loss {loss}   {tps} tokens/s   time left {eta}   memory {mem}</source>
        <translation>चरण {s}/{t}   हानि {loss}   {tps} टोकन/s   शेष समय {eta}   मेमोरी {mem}</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="505"/>
        <source>   reward margin {margin}   preference accuracy {accuracy}</source>
        <translation>   पुरस्कार अंतर {margin}   वरीयता सटीकता {accuracy}</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="211"/>
        <source>step</source>
        <translation>चरण</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="338"/>
        <source>QLoRA needs an NVIDIA GPU and none is visible here: choose LoRA (or full).</source>
        <translation>QLoRA के लिए NVIDIA GPU चाहिए और यहाँ कोई दिखाई नहीं देता: LoRA (या full) चुनें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="340"/>
        <source>Import a dataset first (Datasets page).</source>
        <translation>पहले एक डेटासेट आयात करें (डेटासेट पृष्ठ)।</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="380"/>
        <source>This run cannot start on this machine: {reason}</source>
        <translation>यह रन इस मशीन पर शुरू नहीं हो सकता: {reason}</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="388"/>
        <source>GPU {n}</source>
        <translation>GPU {n}</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="390"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="397"/>
        <source>This run will use: {device} · {precision}</source>
        <translation>यह रन उपयोग करेगा: {device} · {precision}</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="416"/>
        <source>Preparing the run: loading the model and the data…</source>
        <translation>रन की तैयारी: मॉडल और डेटा लोड हो रहे हैं…</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="421"/>
        <source>Stopping after this step and saving a checkpoint…</source>
        <translation>इस चरण के बाद रुककर चेकपॉइंट सहेजा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="468"/>
        <source>Not running.</source>
        <translation>नहीं चल रहा।</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="472"/>
        <source>completed</source>
        <translation>पूर्ण</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="473"/>
        <source>running</source>
        <translation>चल रहा</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="474"/>
        <source>cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="475"/>
        <source>failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="476"/>
        <source>interrupted</source>
        <translation>बाधित</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="480"/>
        <source>Not running. The plot shows the latest run, {name} ({status}, {done}/{total} steps, final loss {loss}).</source>
        <translation>नहीं चल रहा। प्लॉट नवीनतम रन दिखाता है: {name} ({status}, {done}/{total} चरण, अंतिम हानि {loss})।</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <location filename="../gui/pages/workspace.py" line="181"/>
        <source>Workspace</source>
        <translation>कार्यक्षेत्र</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="184"/>
        <source>Create the workspace</source>
        <translation>कार्यक्षेत्र बनाएँ</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="187"/>
        <source>Passphrase (12+ characters)</source>
        <translation>पासफ़्रेज़ (12+ अक्षर)</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="187"/>
        <location filename="../gui/pages/workspace.py" line="205"/>
        <source>Repeat it</source>
        <translation>इसे दोहराएँ</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="187"/>
        <source>Key file (optional)</source>
        <translation>कुंजी फ़ाइल (वैकल्पिक)</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="191"/>
        <source>e.g. a file on removable media; created if missing</source>
        <translation>उदा. हटाने योग्य मीडिया पर एक फ़ाइल; न हो तो बनाई जाएगी</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="192"/>
        <source>Create workspace keys</source>
        <translation>कार्यक्षेत्र कुंजियाँ बनाएँ</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="193"/>
        <location filename="../gui/pages/workspace.py" line="200"/>
        <location filename="../gui/pages/workspace.py" line="224"/>
        <location filename="../gui/pages/workspace.py" line="225"/>
        <source>Unlock</source>
        <translation>अनलॉक करें</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="193"/>
        <location filename="../gui/pages/workspace.py" line="224"/>
        <location filename="../gui/pages/workspace.py" line="225"/>
        <source>Sign in</source>
        <translation>साइन इन करें</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="194"/>
        <source>Person</source>
        <translation>व्यक्ति</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="195"/>
        <source>who signs in</source>
        <translation>कौन साइन इन करता है</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="196"/>
        <source>Passphrase</source>
        <translation>पासफ़्रेज़</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="197"/>
        <location filename="../gui/pages/workspace.py" line="263"/>
        <source>Key file</source>
        <translation>कुंजी फ़ाइल</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="198"/>
        <source>only if the workspace needs one</source>
        <translation>केवल यदि कार्यक्षेत्र को इसकी आवश्यकता हो</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="199"/>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="201"/>
        <location filename="../gui/pages/workspace.py" line="226"/>
        <source>Lock</source>
        <translation>लॉक करें</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="202"/>
        <location filename="../gui/pages/workspace.py" line="209"/>
        <source>Change passphrase</source>
        <translation>पासफ़्रेज़ बदलें</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="205"/>
        <source>Current passphrase</source>
        <translation>वर्तमान पासफ़्रेज़</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="205"/>
        <source>New passphrase</source>
        <translation>नया पासफ़्रेज़</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="210"/>
        <source>Rotate master key</source>
        <translation>मास्टर कुंजी बदलें</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="226"/>
        <source>Lock and sign out</source>
        <translation>लॉक करें और साइन आउट करें</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="228"/>
        <source>No workspace yet at {home}.</source>
        <translation>{home} पर अभी कोई कार्यक्षेत्र नहीं है।</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="231"/>
        <location filename="../gui/pages/workspace.py" line="236"/>
        <source>Unlocked: workspace {ws}.</source>
        <translation>अनलॉक: कार्यक्षेत्र {ws}।</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="238"/>
        <source>Locked. Choose who you are and sign in with your own passphrase.</source>
        <translation>लॉक। चुनें कि आप कौन हैं और अपने पासफ़्रेज़ से साइन इन करें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="240"/>
        <source>Locked. Unlock to work with datasets and training.</source>
        <translation>लॉक। डेटासेट और प्रशिक्षण के लिए अनलॉक करें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="271"/>
        <location filename="../gui/pages/workspace.py" line="332"/>
        <source>The two passphrases differ.</source>
        <translation>दोनों पासफ़्रेज़ अलग हैं।</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="294"/>
        <source>Choose who signs in.</source>
        <translation>चुनें कि कौन साइन इन करता है।</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="306"/>
        <location filename="../gui/pages/workspace.py" line="310"/>
        <source>Workspace unlocked.</source>
        <translation>कार्यक्षेत्र अनलॉक हुआ।</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="320"/>
        <source>Workspace locked: the keys are gone from memory.</source>
        <translation>कार्यक्षेत्र लॉक: कुंजियाँ मेमोरी से हटा दी गईं।</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="337"/>
        <source>Passphrase changed; no data was re-encrypted.</source>
        <translation>पासफ़्रेज़ बदला गया; कोई डेटा फिर से एन्क्रिप्ट नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="346"/>
        <source>Enter the current passphrase to rotate the master key.</source>
        <translation>मास्टर कुंजी बदलने के लिए वर्तमान पासफ़्रेज़ दर्ज करें।</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="359"/>
        <source>New master key; {n} data keys rewrapped. Unlock again.</source>
        <translation>नई मास्टर कुंजी; {n} डेटा कुंजियाँ फिर से लपेटी गईं। फिर से अनलॉक करें।</translation>
    </message>
</context>
</TS>
