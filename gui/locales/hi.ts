<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi_IN" sourcelanguage="en_US">
<context>
    <name>AppState</name>
    <message>
        <location filename="../state.py" line="84"/>
        <source>Unlock the workspace first (Workspace page).</source>
        <translation>पहले कार्यक्षेत्र अनलॉक करें (कार्यक्षेत्र पृष्ठ)।</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../pages/audit.py" line="97"/>
        <source>Audit</source>
        <translation>ऑडिट</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="100"/>
        <source>This workspace&apos;s audit log</source>
        <translation>इस कार्यक्षेत्र का ऑडिट लॉग</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="101"/>
        <source>Verify the log</source>
        <translation>लॉग सत्यापित करें</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="102"/>
        <source>Export an evidence package…</source>
        <translation>साक्ष्य पैकेज निर्यात करें…</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="103"/>
        <source>Auditor mode: verify a package with your own key</source>
        <translation>ऑडिटर मोड: अपनी कुंजी से पैकेज सत्यापित करें</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="107"/>
        <source>Auditor key</source>
        <translation>ऑडिटर कुंजी</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="108"/>
        <source>Key passphrase</source>
        <translation>कुंजी का पासफ़्रेज़</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="109"/>
        <location filename="../pages/audit.py" line="165"/>
        <source>Evidence package</source>
        <translation>साक्ष्य पैकेज</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="110"/>
        <source>Kept checkpoint</source>
        <translation>रखा गया चेकपॉइंट</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="115"/>
        <source>only if your key is protected</source>
        <translation>केवल यदि आपकी कुंजी सुरक्षित है</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="116"/>
        <source>optional: from your previous verification</source>
        <translation>वैकल्पिक: आपके पिछले सत्यापन से</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="118"/>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="119"/>
        <source>Verify package</source>
        <translation>पैकेज सत्यापित करें</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="120"/>
        <source>Save report (HTML, CSV, JSONL)…</source>
        <translation>रिपोर्ट सहेजें (HTML, CSV, JSONL)…</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="121"/>
        <source>Keep this checkpoint…</source>
        <translation>यह चेकपॉइंट रखें…</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="125"/>
        <source>From (UTC)</source>
        <translation>से (UTC)</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="126"/>
        <source>To (UTC)</source>
        <translation>तक (UTC)</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="127"/>
        <source>User or role</source>
        <translation>उपयोगकर्ता या भूमिका</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="128"/>
        <location filename="../pages/audit.py" line="149"/>
        <source>Action</source>
        <translation>कार्रवाई</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="129"/>
        <source>Object</source>
        <translation>वस्तु</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="130"/>
        <location filename="../pages/audit.py" line="150"/>
        <source>Outcome</source>
        <translation>परिणाम</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="139"/>
        <source>any</source>
        <translation>कोई भी</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="145"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="146"/>
        <source>Time (UTC)</source>
        <translation>समय (UTC)</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="147"/>
        <source>User</source>
        <translation>उपयोगकर्ता</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="148"/>
        <source>Role</source>
        <translation>भूमिका</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="151"/>
        <source>Objects</source>
        <translation>वस्तुएँ</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="157"/>
        <source>Records (verify the log or a package to list them)</source>
        <translation>रिकॉर्ड (सूची देखने के लिए लॉग या पैकेज सत्यापित करें)</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="159"/>
        <source>Records of this workspace&apos;s log</source>
        <translation>इस कार्यक्षेत्र के लॉग के रिकॉर्ड</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="161"/>
        <source>Records of the evidence package</source>
        <translation>साक्ष्य पैकेज के रिकॉर्ड</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="167"/>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="185"/>
        <source>PASS: {n} records intact, {c} signed checkpoints verified.</source>
        <translation>सफल: {n} रिकॉर्ड अक्षुण्ण, {c} हस्ताक्षरित चेकपॉइंट सत्यापित।</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="191"/>
        <source>FAIL: tampering found; first bad record {seq}.</source>
        <translation>विफल: छेड़छाड़ मिली; पहला खराब रिकॉर्ड {seq}।</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="208"/>
        <source>Folder for the package (a new, empty one)</source>
        <translation>पैकेज के लिए फ़ोल्डर (नया, खाली)</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="221"/>
        <source>Wrote {path}: {n} records.</source>
        <translation>{path} लिखा गया: {n} रिकॉर्ड।</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="254"/>
        <source>PASS: the log is intact ({n} records, {c} signed checkpoints).</source>
        <translation>सफल: लॉग अक्षुण्ण है ({n} रिकॉर्ड, {c} हस्ताक्षरित चेकपॉइंट)।</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="263"/>
        <source>FAIL: tampering detected; first bad record {seq}.</source>
        <translation>विफल: छेड़छाड़ का पता चला; पहला खराब रिकॉर्ड {seq}।</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="304"/>
        <source>Verify a package first.</source>
        <translation>पहले एक पैकेज सत्यापित करें।</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="306"/>
        <source>Folder for the report</source>
        <translation>रिपोर्ट के लिए फ़ोल्डर</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="327"/>
        <source>Wrote report.html, records.csv and records.jsonl to {path}.</source>
        <translation>report.html, records.csv और records.jsonl {path} में लिखे गए।</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="331"/>
        <source>Only a checkpoint of a log that verified can be kept.</source>
        <translation>केवल सत्यापित लॉग का चेकपॉइंट रखा जा सकता है।</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="333"/>
        <source>Keep checkpoint</source>
        <translation>चेकपॉइंट रखें</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="348"/>
        <source>Checkpoint kept in {path}.</source>
        <translation>चेकपॉइंट {path} में रखा गया।</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <location filename="../pages/playground.py" line="40"/>
        <source>You</source>
        <translation>आप</translation>
    </message>
    <message>
        <location filename="../pages/playground.py" line="40"/>
        <location filename="../pages/playground.py" line="43"/>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
</context>
<context>
    <name>DatasetsPage</name>
    <message>
        <location filename="../pages/datasets.py" line="103"/>
        <source>Datasets</source>
        <translation>डेटासेट</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="106"/>
        <source>Import a dataset (encrypted on import)</source>
        <translation>डेटासेट आयात करें (आयात पर एन्क्रिप्ट)</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="109"/>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="109"/>
        <location filename="../pages/datasets.py" line="138"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="109"/>
        <location filename="../pages/datasets.py" line="140"/>
        <source>Format</source>
        <translation>प्रारूप</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="109"/>
        <source>CSV columns</source>
        <translation>CSV स्तंभ</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="109"/>
        <source>Held-out share</source>
        <translation>अलग रखा हिस्सा</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="113"/>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="114"/>
        <source>e.g. instruction=question,output=answer</source>
        <translation>उदा. instruction=question,output=answer</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="118"/>
        <source>automatic</source>
        <translation>स्वचालित</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="119"/>
        <source>chat (JSONL)</source>
        <translation>चैट (JSONL)</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="120"/>
        <source>instruction (JSONL)</source>
        <translation>निर्देश (JSONL)</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="122"/>
        <source>text / Markdown</source>
        <translation>पाठ / Markdown</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="126"/>
        <source>Import the valid rows and skip the invalid ones</source>
        <translation>मान्य पंक्तियाँ आयात करें और अमान्य छोड़ दें</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="127"/>
        <source>Validate and import</source>
        <translation>सत्यापित करें और आयात करें</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="129"/>
        <source>Validation report</source>
        <translation>सत्यापन रिपोर्ट</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="133"/>
        <source>Severity</source>
        <translation>गंभीरता</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="133"/>
        <source>Line</source>
        <translation>पंक्ति</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="133"/>
        <source>Field</source>
        <translation>फ़ील्ड</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="133"/>
        <source>Problem</source>
        <translation>समस्या</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="135"/>
        <source>Dataset versions</source>
        <translation>डेटासेट संस्करण</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="139"/>
        <source>Version</source>
        <translation>संस्करण</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="141"/>
        <source>Rows</source>
        <translation>पंक्तियाँ</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="142"/>
        <source>Train</source>
        <translation>प्रशिक्षण</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="143"/>
        <source>Held out</source>
        <translation>अलग रखी</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="144"/>
        <source>Created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="145"/>
        <source>Id</source>
        <translation>पहचान</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="148"/>
        <source>Preview (decrypt in memory)</source>
        <translation>पूर्वावलोकन (मेमोरी में डिक्रिप्ट)</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="149"/>
        <source>Remove (crypto-erase)</source>
        <translation>हटाएँ (क्रिप्टो-मिटाना)</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="174"/>
        <source>Dataset file</source>
        <translation>डेटासेट फ़ाइल</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="174"/>
        <source>Datasets (*.jsonl *.json *.csv *.txt *.md)</source>
        <translation>डेटासेट (*.jsonl *.json *.csv *.txt *.md)</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="191"/>
        <source>error</source>
        <translation>त्रुटि</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="191"/>
        <source>warning</source>
        <translation>चेतावनी</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="194"/>
        <source>Validation report: {read} rows read, {kept} usable, {e} errors, {w} warnings</source>
        <translation>सत्यापन रिपोर्ट: {read} पंक्तियाँ पढ़ी गईं, {kept} उपयोगी, {e} त्रुटियाँ, {w} चेतावनियाँ</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="220"/>
        <source>{file} was not imported: {n} row(s) have errors, listed in the validation report. Fix them, or tick “Import the valid rows and skip the invalid ones”.</source>
        <translation>{file} आयात नहीं हुई: {n} पंक्ति(यों) में त्रुटियाँ हैं, जो सत्यापन रिपोर्ट में सूचीबद्ध हैं। उन्हें ठीक करें, या “मान्य पंक्तियाँ आयात करें और अमान्य छोड़ दें” चुनें।</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="228"/>
        <source>Imported {name} version {v}: {n} rows, encrypted.</source>
        <translation>{name} संस्करण {v} आयात हुआ: {n} पंक्तियाँ, एन्क्रिप्टेड।</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="232"/>
        <source>Unchanged: this version already holds exactly this data.</source>
        <translation>अपरिवर्तित: इस संस्करण में पहले से ठीक यही डेटा है।</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="245"/>
        <location filename="../pages/datasets.py" line="277"/>
        <source>Select a dataset version first.</source>
        <translation>पहले एक डेटासेट संस्करण चुनें।</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="281"/>
        <source>Remove dataset</source>
        <translation>डेटासेट हटाएँ</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="283"/>
        <source>Destroy {name} version {v} for good? Its key is destroyed, so no copy can be decrypted again.</source>
        <translation>{name} संस्करण {v} को हमेशा के लिए नष्ट करें? इसकी कुंजी नष्ट हो जाएगी, इसलिए कोई भी प्रति फिर कभी डिक्रिप्ट नहीं होगी।</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="293"/>
        <source>Removed; its data key is destroyed.</source>
        <translation>हटाया गया; इसकी डेटा कुंजी नष्ट हो गई।</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../pages/export.py" line="69"/>
        <source>Export</source>
        <translation>निर्यात</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="72"/>
        <source>Merge a finished training run into a new model</source>
        <translation>पूर्ण प्रशिक्षण रन को नए मॉडल में मिलाएँ</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="73"/>
        <source>name of the merged model (optional)</source>
        <translation>मिलाए गए मॉडल का नाम (वैकल्पिक)</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="74"/>
        <source>no finished run waiting to be merged</source>
        <translation>मर्ज के लिए कोई पूरा रन प्रतीक्षा में नहीं</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="75"/>
        <source>Merge</source>
        <translation>मिलाएँ</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="76"/>
        <source>Export to GGUF with the verification gate</source>
        <translation>सत्यापन द्वार के साथ GGUF में निर्यात</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="78"/>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="78"/>
        <source>Quantization</source>
        <translation>क्वांटाइज़ेशन</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="78"/>
        <source>Tokenizer differences</source>
        <translation>टोकनाइज़र अंतर</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="84"/>
        <source>default: fail only on Latin, code, digits or lost text</source>
        <translation>डिफ़ॉल्ट: केवल लैटिन, कोड, अंक या खोए पाठ पर विफल</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="85"/>
        <source>strict: any difference fails</source>
        <translation>सख्त: कोई भी अंतर विफल</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="86"/>
        <source>lenient: differences only warn</source>
        <translation>उदार: अंतर केवल चेतावनी देते हैं</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="90"/>
        <source>Export and verify</source>
        <translation>निर्यात और सत्यापित करें</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="91"/>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="101"/>
        <source>built-in</source>
        <translation>अंतर्निहित</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="101"/>
        <source>imported</source>
        <translation>आयातित</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="101"/>
        <source>merged</source>
        <translation>मिलाया हुआ</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="132"/>
        <source>Latest export of this model: {id} ({quant}).</source>
        <translation>इस मॉडल का नवीनतम निर्यात: {id} ({quant})।</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="149"/>
        <source>{name}  ~{size}  ({bits:g} bits per weight)</source>
        <translation>{name}  ~{size}  (प्रति भार {bits:g} बिट)</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="166"/>
        <source>Choose a finished training run to merge.</source>
        <translation>मर्ज करने के लिए एक पूरा प्रशिक्षण रन चुनें।</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="173"/>
        <source>Merged into model {name}.</source>
        <translation>मॉडल {name} में मिलाया गया।</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="179"/>
        <source>Choose a model and a quantization.</source>
        <translation>एक मॉडल और क्वांटाइज़ेशन चुनें।</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="135"/>
        <location filename="../pages/export.py" line="221"/>
        <source>Verified: the GGUF behaves like the model it was made from.</source>
        <translation>सत्यापित: GGUF अपने मूल मॉडल की तरह व्यवहार करता है।</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="137"/>
        <location filename="../pages/export.py" line="223"/>
        <source>Failed verification: the export is kept but marked failed.</source>
        <translation>सत्यापन विफल: निर्यात रखा गया है पर विफल चिह्नित है।</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="80"/>
        <source>Sovereign model appliance</source>
        <translation>संप्रभु मॉडल उपकरण</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="87"/>
        <source>No workspace</source>
        <translation>कोई कार्यक्षेत्र नहीं</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="89"/>
        <source>Unlocked</source>
        <translation>अनलॉक</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="91"/>
        <source>Locked</source>
        <translation>लॉक</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../pages/models.py" line="42"/>
        <location filename="../pages/models.py" line="45"/>
        <source>Models</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="46"/>
        <source>Training runs</source>
        <translation>प्रशिक्षण रन</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="47"/>
        <source>Exports</source>
        <translation>निर्यात</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="50"/>
        <location filename="../pages/models.py" line="61"/>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="51"/>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="52"/>
        <source>Architecture</source>
        <translation>संरचना</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="53"/>
        <source>Parameters</source>
        <translation>पैरामीटर</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="54"/>
        <location filename="../pages/models.py" line="73"/>
        <source>Type</source>
        <translation>टाइप</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="55"/>
        <location filename="../pages/models.py" line="76"/>
        <source>Created</source>
        <translation>बनाया गया</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="56"/>
        <location filename="../pages/models.py" line="67"/>
        <location filename="../pages/models.py" line="77"/>
        <source>Id</source>
        <translation>पहचान</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="62"/>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="63"/>
        <source>Method</source>
        <translation>विधि</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="64"/>
        <source>Steps</source>
        <translation>चरण</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="65"/>
        <source>Train loss</source>
        <translation>प्रशिक्षण हानि</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="66"/>
        <source>Held-out loss</source>
        <translation>अलग रखे डेटा पर हानि</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="72"/>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="74"/>
        <source>Verification</source>
        <translation>सत्यापन</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="75"/>
        <source>Size</source>
        <translation>आकार</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="80"/>
        <source>Lineage of the selected item</source>
        <translation>चयनित वस्तु की वंशावली</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="81"/>
        <source>Import a model folder…</source>
        <translation>मॉडल फ़ोल्डर आयात करें…</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="82"/>
        <source>Import a GGUF file…</source>
        <translation>GGUF फ़ाइल आयात करें…</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="83"/>
        <location filename="../pages/models.py" line="211"/>
        <source>Remove</source>
        <translation>हटाएँ</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="92"/>
        <source>built-in</source>
        <translation>अंतर्निहित</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="92"/>
        <source>imported</source>
        <translation>आयातित</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="92"/>
        <source>merged</source>
        <translation>मिलाया हुआ</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="111"/>
        <source>completed</source>
        <translation>पूर्ण</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="112"/>
        <source>running</source>
        <translation>चल रहा</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="113"/>
        <source>cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="115"/>
        <source>interrupted</source>
        <translation>बाधित</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="135"/>
        <source>verified</source>
        <translation>सत्यापित</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="114"/>
        <location filename="../pages/models.py" line="136"/>
        <source>failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="137"/>
        <source>unverified</source>
        <translation>असत्यापित</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="172"/>
        <source>model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="170"/>
        <source>removed</source>
        <translation>हटाया गया</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="173"/>
        <source>export</source>
        <translation>निर्यात</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="174"/>
        <source>training run</source>
        <translation>प्रशिक्षण रन</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="175"/>
        <source>dataset</source>
        <translation>डेटासेट</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="188"/>
        <source>Hugging Face model folder</source>
        <translation>Hugging Face मॉडल फ़ोल्डर</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="190"/>
        <source>GGUF file</source>
        <translation>GGUF फ़ाइल</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="201"/>
        <source>Imported {name}.</source>
        <translation>{name} आयात हुआ।</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="208"/>
        <source>Select a model or an export to remove.</source>
        <translation>हटाने के लिए मॉडल या निर्यात चुनें।</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="211"/>
        <source>Remove {obj} and its files?</source>
        <translation>{obj} और इसकी फ़ाइलें हटाएँ?</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="224"/>
        <source>Removed.</source>
        <translation>हटाया गया।</translation>
    </message>
</context>
<context>
    <name>PlaygroundPage</name>
    <message>
        <location filename="../pages/playground.py" line="80"/>
        <source>Playground</source>
        <translation>प्रयोगस्थल</translation>
    </message>
    <message>
        <location filename="../pages/playground.py" line="85"/>
        <source>Ask both models the same thing. They run here through llama.cpp; nothing leaves this machine. Only exports that passed verification are listed.</source>
        <translation>दोनों मॉडलों से एक ही बात पूछें। वे यहीं llama.cpp से चलते हैं; कुछ भी इस मशीन से बाहर नहीं जाता। केवल सत्यापन पास करने वाले निर्यात दिखाए गए हैं।</translation>
    </message>
    <message>
        <location filename="../pages/playground.py" line="89"/>
        <source>Type a message and press Enter</source>
        <translation>संदेश लिखें और Enter दबाएँ</translation>
    </message>
    <message>
        <location filename="../pages/playground.py" line="90"/>
        <source>Send</source>
        <translation>भेजें</translation>
    </message>
    <message>
        <location filename="../pages/playground.py" line="91"/>
        <source>Stop</source>
        <translation>रोकें</translation>
    </message>
    <message>
        <location filename="../pages/playground.py" line="92"/>
        <source>New conversation</source>
        <translation>नई बातचीत</translation>
    </message>
    <message>
        <location filename="../pages/playground.py" line="105"/>
        <source>(no model)</source>
        <translation>(कोई मॉडल नहीं)</translation>
    </message>
    <message>
        <location filename="../pages/playground.py" line="122"/>
        <source>Export a model first (Export page).</source>
        <translation>पहले एक मॉडल निर्यात करें (निर्यात पृष्ठ)।</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../pages/settings.py" line="54"/>
        <location filename="../pages/settings.py" line="57"/>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="59"/>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="59"/>
        <source>Training device</source>
        <translation>प्रशिक्षण उपकरण</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="59"/>
        <location filename="../pages/settings.py" line="95"/>
        <source>Home directory</source>
        <translation>होम निर्देशिका</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="68"/>
        <source>automatic (GPU if present)</source>
        <translation>स्वचालित (GPU हो तो)</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="69"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="70"/>
        <source>GPU (CUDA)</source>
        <translation>GPU (CUDA)</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="75"/>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="76"/>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="79"/>
        <source>The home holds the workspace: keys, datasets, models, runs, exports and the audit log. Everything in it is private to your user.</source>
        <translation>होम में कार्यक्षेत्र रहता है: कुंजियाँ, डेटासेट, मॉडल, रन, निर्यात और ऑडिट लॉग। इसमें सब कुछ केवल आपके उपयोगकर्ता के लिए निजी है।</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="106"/>
        <source>Opened {path}.</source>
        <translation>{path} खोला गया।</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <location filename="../pages/train.py" line="136"/>
        <source>Train</source>
        <translation>प्रशिक्षण</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="157"/>
        <source>loss</source>
        <translation>हानि</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="159"/>
        <source>training</source>
        <translation>प्रशिक्षण</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="160"/>
        <source>held-out</source>
        <translation>अलग रखा</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="168"/>
        <source>Base model</source>
        <translation>आधार मॉडल</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="169"/>
        <source>Dataset</source>
        <translation>डेटासेट</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="170"/>
        <source>Preset</source>
        <translation>पूर्वनिर्धारित</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="171"/>
        <source>Method</source>
        <translation>विधि</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="172"/>
        <source>Learning rate</source>
        <translation>सीखने की दर</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="173"/>
        <source>Epochs</source>
        <translation>युग (epochs)</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="174"/>
        <source>Max steps (0: epochs)</source>
        <translation>अधिकतम चरण (0: युग)</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="175"/>
        <source>Batch size</source>
        <translation>बैच आकार</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="176"/>
        <source>Sequence length</source>
        <translation>अनुक्रम लंबाई</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="177"/>
        <source>LoRA rank</source>
        <translation>LoRA रैंक</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="178"/>
        <source>LoRA alpha</source>
        <translation>LoRA अल्फ़ा</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="179"/>
        <source>Precision</source>
        <translation>परिशुद्धता</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="180"/>
        <source>Device</source>
        <translation>उपकरण</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="181"/>
        <source>Packing</source>
        <translation>पैकिंग</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="185"/>
        <source>several rows per sequence</source>
        <translation>प्रति अनुक्रम कई पंक्तियाँ</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="186"/>
        <source>Fine-tune</source>
        <translation>फ़ाइन-ट्यून</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="187"/>
        <source>Start training</source>
        <translation>प्रशिक्षण शुरू करें</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="188"/>
        <source>Cancel (saves a checkpoint)</source>
        <translation>रद्द करें (चेकपॉइंट सहेजता है)</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="189"/>
        <source>Resume</source>
        <translation>फिर से शुरू करें</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="190"/>
        <source>Progress</source>
        <translation>प्रगति</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="156"/>
        <source>step</source>
        <translation>चरण</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="379"/>
        <source>QLoRA needs an NVIDIA GPU and none is visible here: choose LoRA (or full).</source>
        <translation>QLoRA के लिए NVIDIA GPU चाहिए और यहाँ कोई दिखाई नहीं देता: LoRA (या full) चुनें।</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="381"/>
        <source>Import a dataset first (Datasets page).</source>
        <translation>पहले एक डेटासेट आयात करें (डेटासेट पृष्ठ)।</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="417"/>
        <source>Preparing the run: loading the model and the data…</source>
        <translation>रन की तैयारी: मॉडल और डेटा लोड हो रहे हैं…</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="450"/>
        <source>Stopping after this step and saving a checkpoint…</source>
        <translation>इस चरण के बाद रुककर चेकपॉइंट सहेजा जा रहा है…</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="458"/>
        <source>Run {name} completed: train loss {loss:.4f}. Merge it on the Export page.</source>
        <translation>रन {name} पूर्ण: प्रशिक्षण हानि {loss:.4f}। इसे निर्यात पृष्ठ पर मिलाएँ।</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="491"/>
        <source>Not running.</source>
        <translation>नहीं चल रहा।</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="495"/>
        <source>completed</source>
        <translation>पूर्ण</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="496"/>
        <source>running</source>
        <translation>चल रहा</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="497"/>
        <source>cancelled</source>
        <translation>रद्द</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="498"/>
        <source>failed</source>
        <translation>विफल</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="499"/>
        <source>interrupted</source>
        <translation>बाधित</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="503"/>
        <source>Not running. The plot shows the latest run, {name} ({status}, {done}/{total} steps, final loss {loss}).</source>
        <translation>नहीं चल रहा। प्लॉट नवीनतम रन दिखाता है: {name} ({status}, {done}/{total} चरण, अंतिम हानि {loss})।</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="517"/>
        <source>Step {s}/{t}   loss {loss:.4f}   {tps:,.0f} tokens/s   ETA {eta:,.0f} s   memory {mem}</source>
        <translation>चरण {s}/{t}   हानि {loss:.4f}   {tps:,.0f} टोकन/से   शेष {eta:,.0f} से   मेमोरी {mem}</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <location filename="../pages/workspace.py" line="73"/>
        <source>Workspace</source>
        <translation>कार्यक्षेत्र</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="76"/>
        <source>Create the workspace</source>
        <translation>कार्यक्षेत्र बनाएँ</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="79"/>
        <source>Passphrase (12+ characters)</source>
        <translation>पासफ़्रेज़ (12+ अक्षर)</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="79"/>
        <location filename="../pages/workspace.py" line="95"/>
        <source>Repeat it</source>
        <translation>इसे दोहराएँ</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="79"/>
        <source>Key file (optional)</source>
        <translation>कुंजी फ़ाइल (वैकल्पिक)</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="83"/>
        <source>e.g. a file on removable media; created if missing</source>
        <translation>उदा. हटाने योग्य मीडिया पर एक फ़ाइल; न हो तो बनाई जाएगी</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="84"/>
        <source>Create workspace keys</source>
        <translation>कार्यक्षेत्र कुंजियाँ बनाएँ</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="85"/>
        <location filename="../pages/workspace.py" line="90"/>
        <source>Unlock</source>
        <translation>अनलॉक करें</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="86"/>
        <source>Passphrase</source>
        <translation>पासफ़्रेज़</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="87"/>
        <location filename="../pages/workspace.py" line="118"/>
        <source>Key file</source>
        <translation>कुंजी फ़ाइल</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="88"/>
        <source>only if the workspace needs one</source>
        <translation>केवल यदि कार्यक्षेत्र को इसकी आवश्यकता हो</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="89"/>
        <source>Browse…</source>
        <translation>ब्राउज़ करें…</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="91"/>
        <source>Lock</source>
        <translation>लॉक करें</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="92"/>
        <location filename="../pages/workspace.py" line="99"/>
        <source>Change passphrase</source>
        <translation>पासफ़्रेज़ बदलें</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="95"/>
        <source>Current passphrase</source>
        <translation>वर्तमान पासफ़्रेज़</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="95"/>
        <source>New passphrase</source>
        <translation>नया पासफ़्रेज़</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="100"/>
        <source>Rotate master key</source>
        <translation>मास्टर कुंजी बदलें</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="111"/>
        <source>No workspace yet at {home}.</source>
        <translation>{home} पर अभी कोई कार्यक्षेत्र नहीं है।</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="113"/>
        <source>Unlocked: workspace {ws}.</source>
        <translation>अनलॉक: कार्यक्षेत्र {ws}।</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="115"/>
        <source>Locked. Unlock to work with datasets and training.</source>
        <translation>लॉक। डेटासेट और प्रशिक्षण के लिए अनलॉक करें।</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="126"/>
        <location filename="../pages/workspace.py" line="166"/>
        <source>The two passphrases differ.</source>
        <translation>दोनों पासफ़्रेज़ अलग हैं।</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="156"/>
        <source>Workspace unlocked.</source>
        <translation>कार्यक्षेत्र अनलॉक हुआ।</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="160"/>
        <source>Workspace locked: the keys are gone from memory.</source>
        <translation>कार्यक्षेत्र लॉक: कुंजियाँ मेमोरी से हटा दी गईं।</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="175"/>
        <source>Passphrase changed; no data was re-encrypted.</source>
        <translation>पासफ़्रेज़ बदला गया; कोई डेटा फिर से एन्क्रिप्ट नहीं हुआ।</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="183"/>
        <source>Enter the current passphrase to rotate the master key.</source>
        <translation>मास्टर कुंजी बदलने के लिए वर्तमान पासफ़्रेज़ दर्ज करें।</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="193"/>
        <source>New master key; {n} data keys rewrapped. Unlock again.</source>
        <translation>नई मास्टर कुंजी; {n} डेटा कुंजियाँ फिर से लपेटी गईं। फिर से अनलॉक करें।</translation>
    </message>
</context>
</TS>
