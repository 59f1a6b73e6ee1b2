<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ta_IN" sourcelanguage="en_US">
<context>
    <name>AppState</name>
    <message>
        <location filename="../state.py" line="84"/>
        <source>Unlock the workspace first (Workspace page).</source>
        <translation>முதலில் பணியிடத்தைத் திறக்கவும் (பணியிடம் பக்கம்).</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../pages/audit.py" line="97"/>
        <source>Audit</source>
        <translation>தணிக்கை</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="100"/>
        <source>This workspace&apos;s audit log</source>
        <translation>இந்தப் பணியிடத்தின் தணிக்கைப் பதிவு</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="101"/>
        <source>Verify the log</source>
        <translation>பதிவைச் சரிபார்</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="102"/>
        <source>Export an evidence package…</source>
        <translation>சான்றுத் தொகுப்பை ஏற்றுமதி செய்…</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="103"/>
        <source>Auditor mode: verify a package with your own key</source>
        <translation>தணிக்கையாளர் பயன்முறை: உங்கள் சொந்த விசையுடன் தொகுப்பைச் சரிபார்க்கவும்</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="107"/>
        <source>Auditor key</source>
        <translation>தணிக்கையாளர் விசை</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="108"/>
        <source>Key passphrase</source>
        <translation>விசையின் கடவுச்சொற்றொடர்</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="109"/>
        <location filename="../pages/audit.py" line="165"/>
        <source>Evidence package</source>
        <translation>சான்றுத் தொகுப்பு</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="110"/>
        <source>Kept checkpoint</source>
        <translation>சேமித்த சோதனைப்புள்ளி</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="115"/>
        <source>only if your key is protected</source>
        <translation>உங்கள் விசை பாதுகாக்கப்பட்டிருந்தால் மட்டும்</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="116"/>
        <source>optional: from your previous verification</source>
        <translation>விருப்பத்தேர்வு: உங்கள் முந்தைய சரிபார்ப்பிலிருந்து</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="118"/>
        <source>Browse…</source>
        <translation>உலாவு…</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="119"/>
        <source>Verify package</source>
        <translation>தொகுப்பைச் சரிபார்</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="120"/>
        <source>Save report (HTML, CSV, JSONL)…</source>
        <translation>அறிக்கையைச் சேமி (HTML, CSV, JSONL)…</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="121"/>
        <source>Keep this checkpoint…</source>
        <translation>இந்தச் சோதனைப்புள்ளியைச் சேமி…</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="125"/>
        <source>From (UTC)</source>
        <translation>இருந்து (UTC)</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="126"/>
        <source>To (UTC)</source>
        <translation>வரை (UTC)</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="127"/>
        <source>User or role</source>
        <translation>பயனர் அல்லது பங்கு</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="128"/>
        <location filename="../pages/audit.py" line="149"/>
        <source>Action</source>
        <translation>செயல்</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="129"/>
        <source>Object</source>
        <translation>பொருள்</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="130"/>
        <location filename="../pages/audit.py" line="150"/>
        <source>Outcome</source>
        <translation>விளைவு</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="139"/>
        <source>any</source>
        <translation>ஏதேனும்</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="145"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="146"/>
        <source>Time (UTC)</source>
        <translation>நேரம் (UTC)</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="147"/>
        <source>User</source>
        <translation>பயனர்</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="148"/>
        <source>Role</source>
        <translation>பங்கு</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="151"/>
        <source>Objects</source>
        <translation>பொருட்கள்</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="157"/>
        <source>Records (verify the log or a package to list them)</source>
        <translation>பதிவுகள் (பட்டியலிட பதிவேட்டையோ தொகுப்பையோ சரிபார்க்கவும்)</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="159"/>
        <source>Records of this workspace&apos;s log</source>
        <translation>இந்தப் பணியிடப் பதிவேட்டின் பதிவுகள்</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="161"/>
        <source>Records of the evidence package</source>
        <translation>சான்றுத் தொகுப்பின் பதிவுகள்</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="167"/>
        <source>File</source>
        <translation>கோப்பு</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="185"/>
        <source>PASS: {n} records intact, {c} signed checkpoints verified.</source>
        <translation>வெற்றி: {n} பதிவுகள் சிதையவில்லை, {c} கையொப்பமிட்ட சோதனைப்புள்ளிகள் சரிபார்க்கப்பட்டன.</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="191"/>
        <source>FAIL: tampering found; first bad record {seq}.</source>
        <translation>தோல்வி: சேதம் கண்டறியப்பட்டது; முதல் தவறான பதிவு {seq}.</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="208"/>
        <source>Folder for the package (a new, empty one)</source>
        <translation>தொகுப்புக்கான கோப்புறை (புதிய, காலியானது)</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="221"/>
        <source>Wrote {path}: {n} records.</source>
        <translation>{path} எழுதப்பட்டது: {n} பதிவுகள்.</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="254"/>
        <source>PASS: the log is intact ({n} records, {c} signed checkpoints).</source>
        <translation>வெற்றி: பதிவு சிதையவில்லை ({n} பதிவுகள், {c} கையொப்பமிட்ட சோதனைப்புள்ளிகள்).</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="263"/>
        <source>FAIL: tampering detected; first bad record {seq}.</source>
        <translation>தோல்வி: சேதம் கண்டறியப்பட்டது; முதல் தவறான பதிவு {seq}.</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="304"/>
        <source>Verify a package first.</source>
        <translation>முதலில் ஒரு தொகுப்பைச் சரிபார்க்கவும்.</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="306"/>
        <source>Folder for the report</source>
        <translation>அறிக்கைக்கான கோப்புறை</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="327"/>
        <source>Wrote report.html, records.csv and records.jsonl to {path}.</source>
        <translation>report.html, records.csv, records.jsonl ஆகியவை {path} இல் எழுதப்பட்டன.</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="331"/>
        <source>Only a checkpoint of a log that verified can be kept.</source>
        <translation>சரிபார்க்கப்பட்ட பதிவின் சோதனைப்புள்ளியை மட்டுமே சேமிக்க முடியும்.</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="333"/>
        <source>Keep checkpoint</source>
        <translation>சோதனைப்புள்ளியைச் சேமி</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="348"/>
        <source>Checkpoint kept in {path}.</source>
        <translation>சோதனைப்புள்ளி {path} இல் சேமிக்கப்பட்டது.</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <location filename="../pages/playground.py" line="40"/>
        <source>You</source>
        <translation>நீங்கள்</translation>
    </message>
    <message>
        <location filename="../pages/playground.py" line="40"/>
        <location filename="../pages/playground.py" line="43"/>
        <source>Model</source>
        <translation>மாதிரி</translation>
    </message>
</context>
<context>
    <name>DatasetsPage</name>
    <message>
        <location filename="../pages/datasets.py" line="103"/>
        <source>Datasets</source>
        <translation>தரவுத்தொகுப்புகள்</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="106"/>
        <source>Import a dataset (encrypted on import)</source>
        <translation>தரவுத்தொகுப்பை இறக்குமதி செய் (இறக்குமதியின்போதே மறையாக்கப்படும்)</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="109"/>
        <source>File</source>
        <translation>கோப்பு</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="109"/>
        <location filename="../pages/datasets.py" line="138"/>
        <source>Name</source>
        <translation>பெயர்</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="109"/>
        <location filename="../pages/datasets.py" line="140"/>
        <source>Format</source>
        <translation>வடிவம்</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="109"/>
        <source>CSV columns</source>
        <translation>CSV நெடுவரிசைகள்</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="109"/>
        <source>Held-out share</source>
        <translation>ஒதுக்கிய பங்கு</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="113"/>
        <source>Browse…</source>
        <translation>உலாவு…</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="114"/>
        <source>e.g. instruction=question,output=answer</source>
        <translation>எ.கா. instruction=question,output=answer</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="118"/>
        <source>automatic</source>
        <translation>தானியங்கி</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="119"/>
        <source>chat (JSONL)</source>
        <translation>உரையாடல் (JSONL)</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="120"/>
        <source>instruction (JSONL)</source>
        <translation>அறிவுறுத்தல் (JSONL)</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="122"/>
        <source>text / Markdown</source>
        <translation>உரை / Markdown</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="126"/>
        <source>Import the valid rows and skip the invalid ones</source>
        <translation>சரியான வரிசைகளை இறக்குமதி செய்து தவறானவற்றைத் தவிர்</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="127"/>
        <source>Validate and import</source>
        <translation>சரிபார்த்து இறக்குமதி செய்</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="129"/>
        <source>Validation report</source>
        <translation>சரிபார்ப்பு அறிக்கை</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="133"/>
        <source>Severity</source>
        <translation>தீவிரம்</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="133"/>
        <source>Line</source>
        <translation>வரி</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="133"/>
        <source>Field</source>
        <translation>புலம்</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="133"/>
        <source>Problem</source>
        <translation>சிக்கல்</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="135"/>
        <source>Dataset versions</source>
        <translation>தரவுத்தொகுப்புப் பதிப்புகள்</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="139"/>
        <source>Version</source>
        <translation>பதிப்பு</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="141"/>
        <source>Rows</source>
        <translation>வரிசைகள்</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="142"/>
        <source>Train</source>
        <translation>பயிற்சி</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="143"/>
        <source>Held out</source>
        <translation>ஒதுக்கியவை</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="144"/>
        <source>Created</source>
        <translation>உருவாக்கப்பட்டது</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="145"/>
        <source>Id</source>
        <translation>அடையாளம்</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="148"/>
        <source>Preview (decrypt in memory)</source>
        <translation>முன்னோட்டம் (நினைவகத்தில் மறைவிலக்கம்)</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="149"/>
        <source>Remove (crypto-erase)</source>
        <translation>நீக்கு (மறையாக்க அழிப்பு)</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="174"/>
        <source>Dataset file</source>
        <translation>தரவுத்தொகுப்புக் கோப்பு</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="174"/>
        <source>Datasets (*.jsonl *.json *.csv *.txt *.md)</source>
        <translation>தரவுத்தொகுப்புகள் (*.jsonl *.json *.csv *.txt *.md)</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="191"/>
        <source>error</source>
        <translation>பிழை</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="191"/>
        <source>warning</source>
        <translation>எச்சரிக்கை</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="194"/>
        <source>Validation report: {read} rows read, {kept} usable, {e} errors, {w} warnings</source>
        <translation>சரிபார்ப்பு அறிக்கை: {read} வரிசைகள் படிக்கப்பட்டன, {kept} பயன்படுத்தக்கூடியவை, {e} பிழைகள், {w} எச்சரிக்கைகள்</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="220"/>
        <source>{file} was not imported: {n} row(s) have errors, listed in the validation report. Fix them, or tick “Import the valid rows and skip the invalid ones”.</source>
        <translation>{file} இறக்குமதி செய்யப்படவில்லை: {n} வரிசை(கள்) பிழையானவை, சரிபார்ப்பு அறிக்கையில் பட்டியலிடப்பட்டுள்ளன. அவற்றைத் திருத்தவும், அல்லது “சரியான வரிசைகளை இறக்குமதி செய்து தவறானவற்றைத் தவிர்” என்பதைத் தேர்வுசெய்யவும்.</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="228"/>
        <source>Imported {name} version {v}: {n} rows, encrypted.</source>
        <translation>{name} பதிப்பு {v} இறக்குமதி செய்யப்பட்டது: {n} வரிசைகள், மறையாக்கப்பட்டவை.</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="232"/>
        <source>Unchanged: this version already holds exactly this data.</source>
        <translation>மாற்றமில்லை: இந்தப் பதிப்பில் ஏற்கனவே இதே தரவு உள்ளது.</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="245"/>
        <location filename="../pages/datasets.py" line="277"/>
        <source>Select a dataset version first.</source>
        <translation>முதலில் ஒரு தரவுத்தொகுப்புப் பதிப்பைத் தேர்ந்தெடுக்கவும்.</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="281"/>
        <source>Remove dataset</source>
        <translation>தரவுத்தொகுப்பை நீக்கு</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="283"/>
        <source>Destroy {name} version {v} for good? Its key is destroyed, so no copy can be decrypted again.</source>
        <translation>{name} பதிப்பு {v} ஐ நிரந்தரமாக அழிக்கவா? அதன் விசை அழிக்கப்படும், எனவே எந்த நகலையும் மீண்டும் மறைவிலக்க முடியாது.</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="293"/>
        <source>Removed; its data key is destroyed.</source>
        <translation>நீக்கப்பட்டது; அதன் தரவு விசை அழிக்கப்பட்டது.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../pages/export.py" line="69"/>
        <source>Export</source>
        <translation>ஏற்றுமதி</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="72"/>
        <source>Merge a finished training run into a new model</source>
        <translation>முடிந்த பயிற்சி ஓட்டத்தைப் புதிய மாதிரியாக இணை</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="73"/>
        <source>name of the merged model (optional)</source>
        <translation>இணைக்கப்பட்ட மாதிரியின் பெயர் (விருப்பம்)</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="74"/>
        <source>no finished run waiting to be merged</source>
        <translation>இணைக்கக் காத்திருக்கும் முடிந்த ஓட்டம் இல்லை</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="75"/>
        <source>Merge</source>
        <translation>இணை</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="76"/>
        <source>Export to GGUF with the verification gate</source>
        <translation>சரிபார்ப்பு வாயிலுடன் GGUF க்கு ஏற்றுமதி</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="78"/>
        <source>Model</source>
        <translation>மாதிரி</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="78"/>
        <source>Quantization</source>
        <translation>அளவாக்கம்</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="78"/>
        <source>Tokenizer differences</source>
        <translation>டோக்கனாக்கி வேறுபாடுகள்</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="84"/>
        <source>default: fail only on Latin, code, digits or lost text</source>
        <translation>இயல்பு: லத்தீன், குறியீடு, எண்கள் அல்லது இழந்த உரையில் மட்டும் தோல்வி</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="85"/>
        <source>strict: any difference fails</source>
        <translation>கண்டிப்பு: எந்த வேறுபாடும் தோல்வி</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="86"/>
        <source>lenient: differences only warn</source>
        <translation>தளர்வு: வேறுபாடுகள் எச்சரிக்கை மட்டும்</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="90"/>
        <source>Export and verify</source>
        <translation>ஏற்றுமதி செய்து சரிபார்</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="91"/>
        <source>Cancel</source>
        <translation>ரத்துசெய்</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="101"/>
        <source>built-in</source>
        <translation>உள்ளமைந்த</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="101"/>
        <source>imported</source>
        <translation>இறக்குமதியானது</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="101"/>
        <source>merged</source>
        <translation>இணைக்கப்பட்டது</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="132"/>
        <source>Latest export of this model: {id} ({quant}).</source>
        <translation>இந்த மாதிரியின் சமீபத்திய ஏற்றுமதி: {id} ({quant}).</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="149"/>
        <source>{name}  ~{size}  ({bits:g} bits per weight)</source>
        <translation>{name}  ~{size}  (ஒரு எடைக்கு {bits:g} பிட்கள்)</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="166"/>
        <source>Choose a finished training run to merge.</source>
        <translation>இணைக்க முடிந்த பயிற்சி ஓட்டத்தைத் தேர்ந்தெடுக்கவும்.</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="173"/>
        <source>Merged into model {name}.</source>
        <translation>{name} மாதிரியாக இணைக்கப்பட்டது.</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="179"/>
        <source>Choose a model and a quantization.</source>
        <translation>ஒரு மாதிரியையும் அளவாக்கத்தையும் தேர்ந்தெடுக்கவும்.</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="135"/>
        <location filename="../pages/export.py" line="221"/>
        <source>Verified: the GGUF behaves like the model it was made from.</source>
        <translation>சரிபார்க்கப்பட்டது: GGUF அதன் மூல மாதிரியைப் போலவே செயல்படுகிறது.</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="137"/>
        <location filename="../pages/export.py" line="223"/>
        <source>Failed verification: the export is kept but marked failed.</source>
        <translation>சரிபார்ப்பு தோல்வி: ஏற்றுமதி வைக்கப்பட்டுள்ளது, ஆனால் தோல்வியென குறிக்கப்பட்டது.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="80"/>
        <source>Sovereign model appliance</source>
        <translation>இறையாண்மை மாதிரி சாதனம்</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="87"/>
        <source>No workspace</source>
        <translation>பணியிடம் இல்லை</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="89"/>
        <source>Unlocked</source>
        <translation>திறக்கப்பட்டது</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="91"/>
        <source>Locked</source>
        <translation>பூட்டப்பட்டது</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../pages/models.py" line="42"/>
        <location filename="../pages/models.py" line="45"/>
        <source>Models</source>
        <translation>மாதிரிகள்</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="46"/>
        <source>Training runs</source>
        <translation>பயிற்சி ஓட்டங்கள்</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="47"/>
        <source>Exports</source>
        <translation>ஏற்றுமதிகள்</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="50"/>
        <location filename="../pages/models.py" line="61"/>
        <source>Name</source>
        <translation>பெயர்</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="51"/>
        <source>Kind</source>
        <translation>வகை</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="52"/>
        <source>Architecture</source>
        <translation>கட்டமைப்பு</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="53"/>
        <source>Parameters</source>
        <translation>அளவுருக்கள்</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="54"/>
        <location filename="../pages/models.py" line="73"/>
        <source>Type</source>
        <translation>வகைமை</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="55"/>
        <location filename="../pages/models.py" line="76"/>
        <source>Created</source>
        <translation>உருவாக்கப்பட்டது</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="56"/>
        <location filename="../pages/models.py" line="67"/>
        <location filename="../pages/models.py" line="77"/>
        <source>Id</source>
        <translation>அடையாளம்</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="62"/>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="63"/>
        <source>Method</source>
        <translation>முறை</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="64"/>
        <source>Steps</source>
        <translation>படிகள்</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="65"/>
        <source>Train loss</source>
        <translation>பயிற்சி இழப்பு</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="66"/>
        <source>Held-out loss</source>
        <translation>ஒதுக்கிய தரவு இழப்பு</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="72"/>
        <source>Model</source>
        <translation>மாதிரி</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="74"/>
        <source>Verification</source>
        <translation>சரிபார்ப்பு</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="75"/>
        <source>Size</source>
        <translation>அளவு</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="80"/>
        <source>Lineage of the selected item</source>
        <translation>தேர்ந்தெடுத்ததன் வம்சாவளி</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="81"/>
        <source>Import a model folder…</source>
        <translation>மாதிரிக் கோப்புறையை இறக்குமதி செய்…</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="82"/>
        <source>Import a GGUF file…</source>
        <translation>GGUF கோப்பை இறக்குமதி செய்…</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="83"/>
        <location filename="../pages/models.py" line="211"/>
        <source>Remove</source>
        <translation>நீக்கு</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="92"/>
        <source>built-in</source>
        <translation>உள்ளமைந்த</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="92"/>
        <source>imported</source>
        <translation>இறக்குமதியானது</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="92"/>
        <source>merged</source>
        <translation>இணைக்கப்பட்டது</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="111"/>
        <source>completed</source>
        <translation>முடிந்தது</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="112"/>
        <source>running</source>
        <translation>இயங்குகிறது</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="113"/>
        <source>cancelled</source>
        <translation>ரத்துசெய்யப்பட்டது</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="115"/>
        <source>interrupted</source>
        <translation>இடைநிறுத்தப்பட்டது</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="135"/>
        <source>verified</source>
        <translation>சரிபார்க்கப்பட்டது</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="114"/>
        <location filename="../pages/models.py" line="136"/>
        <source>failed</source>
        <translation>தோல்வி</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="137"/>
        <source>unverified</source>
        <translation>சரிபார்க்கப்படாதது</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="172"/>
        <source>model</source>
        <translation>மாதிரி</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="170"/>
        <source>removed</source>
        <translation>நீக்கப்பட்டது</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="173"/>
        <source>export</source>
        <translation>ஏற்றுமதி</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="174"/>
        <source>training run</source>
        <translation>பயிற்சி ஓட்டம்</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="175"/>
        <source>dataset</source>
        <translation>தரவுத்தொகுப்பு</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="188"/>
        <source>Hugging Face model folder</source>
        <translation>Hugging Face மாதிரிக் கோப்புறை</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="190"/>
        <source>GGUF file</source>
        <translation>GGUF கோப்பு</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="201"/>
        <source>Imported {name}.</source>
        <translation>{name} இறக்குமதி செய்யப்பட்டது.</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="208"/>
        <source>Select a model or an export to remove.</source>
        <translation>நீக்க ஒரு மாதிரி அல்லது ஏற்றுமதியைத் தேர்ந்தெடுக்கவும்.</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="211"/>
        <source>Remove {obj} and its files?</source>
        <translation>{obj} மற்றும் அதன் கோப்புகளை நீக்கவா?</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="224"/>
        <source>Removed.</source>
        <translation>நீக்கப்பட்டது.</translation>
    </message>
</context>
<context>
    <name>PlaygroundPage</name>
    <message>
        <location filename="../pages/playground.py" line="80"/>
        <source>Playground</source>
        <translation>சோதனைக்களம்</translation>
    </message>
    <message>
        <location filename="../pages/playground.py" line="85"/>
        <source>Ask both models the same thing. They run here through llama.cpp; nothing leaves this machine. Only exports that passed verification are listed.</source>
        <translation>இரு மாதிரிகளிடமும் ஒரே கேள்வியைக் கேளுங்கள். அவை இங்கேயே llama.cpp மூலம் இயங்குகின்றன; எதுவும் இந்தக் கணினியை விட்டு வெளியேறாது. சரிபார்ப்பில் தேறிய ஏற்றுமதிகள் மட்டுமே காட்டப்படுகின்றன.</translation>
    </message>
    <message>
        <location filename="../pages/playground.py" line="89"/>
        <source>Type a message and press Enter</source>
        <translation>செய்தியைத் தட்டச்சு செய்து Enter அழுத்தவும்</translation>
    </message>
    <message>
        <location filename="../pages/playground.py" line="90"/>
        <source>Send</source>
        <translation>அனுப்பு</translation>
    </message>
    <message>
        <location filename="../pages/playground.py" line="91"/>
        <source>Stop</source>
        <translation>நிறுத்து</translation>
    </message>
    <message>
        <location filename="../pages/playground.py" line="92"/>
        <source>New conversation</source>
        <translation>புதிய உரையாடல்</translation>
    </message>
    <message>
        <location filename="../pages/playground.py" line="105"/>
        <source>(no model)</source>
        <translation>(மாதிரி இல்லை)</translation>
    </message>
    <message>
        <location filename="../pages/playground.py" line="122"/>
        <source>Export a model first (Export page).</source>
        <translation>முதலில் ஒரு மாதிரியை ஏற்றுமதி செய்யவும் (ஏற்றுமதி பக்கம்).</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../pages/settings.py" line="54"/>
        <location filename="../pages/settings.py" line="57"/>
        <source>Settings</source>
        <translation>அமைப்புகள்</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="59"/>
        <source>Language</source>
        <translation>மொழி</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="59"/>
        <source>Training device</source>
        <translation>பயிற்சிச் சாதனம்</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="59"/>
        <location filename="../pages/settings.py" line="95"/>
        <source>Home directory</source>
        <translation>முகப்புக் கோப்பகம்</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="68"/>
        <source>automatic (GPU if present)</source>
        <translation>தானியங்கி (GPU இருந்தால்)</translation>
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
        <translation>உலாவு…</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="76"/>
        <source>Open</source>
        <translation>திற</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="79"/>
        <source>The home holds the workspace: keys, datasets, models, runs, exports and the audit log. Everything in it is private to your user.</source>
        <translation>முகப்பில் பணியிடம் உள்ளது: விசைகள், தரவுத்தொகுப்புகள், மாதிரிகள், ஓட்டங்கள், ஏற்றுமதிகள், தணிக்கைப் பதிவு. அதிலுள்ள அனைத்தும் உங்கள் பயனருக்கு மட்டுமே.</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="106"/>
        <source>Opened {path}.</source>
        <translation>{path} திறக்கப்பட்டது.</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <location filename="../pages/train.py" line="136"/>
        <source>Train</source>
        <translation>பயிற்சி</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="157"/>
        <source>loss</source>
        <translation>இழப்பு</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="159"/>
        <source>training</source>
        <translation>பயிற்சி</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="160"/>
        <source>held-out</source>
        <translation>ஒதுக்கப்பட்டது</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="168"/>
        <source>Base model</source>
        <translation>அடிப்படை மாதிரி</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="169"/>
        <source>Dataset</source>
        <translation>தரவுத்தொகுப்பு</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="170"/>
        <source>Preset</source>
        <translation>முன்னமைவு</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="171"/>
        <source>Method</source>
        <translation>முறை</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="172"/>
        <source>Learning rate</source>
        <translation>கற்றல் வீதம்</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="173"/>
        <source>Epochs</source>
        <translation>சுற்றுகள்</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="174"/>
        <source>Max steps (0: epochs)</source>
        <translation>அதிகபட்ச படிகள் (0: சுற்றுகள்)</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="175"/>
        <source>Batch size</source>
        <translation>தொகுதி அளவு</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="176"/>
        <source>Sequence length</source>
        <translation>வரிசை நீளம்</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="177"/>
        <source>LoRA rank</source>
        <translation>LoRA தரம்</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="178"/>
        <source>LoRA alpha</source>
        <translation>LoRA ஆல்பா</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="179"/>
        <source>Precision</source>
        <translation>துல்லியம்</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="180"/>
        <source>Device</source>
        <translation>சாதனம்</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="181"/>
        <source>Packing</source>
        <translation>அடுக்குதல்</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="185"/>
        <source>several rows per sequence</source>
        <translation>ஒரு வரிசையில் பல வரிகள்</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="186"/>
        <source>Fine-tune</source>
        <translation>நுண்-சீரமைப்பு</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="187"/>
        <source>Start training</source>
        <translation>பயிற்சியைத் தொடங்கு</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="188"/>
        <source>Cancel (saves a checkpoint)</source>
        <translation>ரத்துசெய் (சோதனைப்புள்ளி சேமிக்கப்படும்)</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="189"/>
        <source>Resume</source>
        <translation>தொடர்</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="190"/>
        <source>Progress</source>
        <translation>முன்னேற்றம்</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="156"/>
        <source>step</source>
        <translation>படி</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="379"/>
        <source>QLoRA needs an NVIDIA GPU and none is visible here: choose LoRA (or full).</source>
        <translation>QLoRA-க்கு NVIDIA GPU தேவை, இங்கே எதுவும் தெரியவில்லை: LoRA (அல்லது full) ஐத் தேர்ந்தெடுக்கவும்.</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="381"/>
        <source>Import a dataset first (Datasets page).</source>
        <translation>முதலில் ஒரு தரவுத்தொகுப்பை இறக்குமதி செய்யவும் (தரவுத்தொகுப்புகள் பக்கம்).</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="417"/>
        <source>Preparing the run: loading the model and the data…</source>
        <translation>இயக்கம் தயாராகிறது: மாதிரியும் தரவும் ஏற்றப்படுகின்றன…</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="450"/>
        <source>Stopping after this step and saving a checkpoint…</source>
        <translation>இந்தப் படிக்குப் பின் நிறுத்தி சோதனைப்புள்ளி சேமிக்கப்படுகிறது…</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="458"/>
        <source>Run {name} completed: train loss {loss:.4f}. Merge it on the Export page.</source>
        <translation>ஓட்டம் {name} முடிந்தது: பயிற்சி இழப்பு {loss:.4f}. ஏற்றுமதி பக்கத்தில் இணைக்கவும்.</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="491"/>
        <source>Not running.</source>
        <translation>இயங்கவில்லை.</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="495"/>
        <source>completed</source>
        <translation>முடிந்தது</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="496"/>
        <source>running</source>
        <translation>இயங்குகிறது</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="497"/>
        <source>cancelled</source>
        <translation>ரத்துசெய்யப்பட்டது</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="498"/>
        <source>failed</source>
        <translation>தோல்வி</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="499"/>
        <source>interrupted</source>
        <translation>இடைநிறுத்தப்பட்டது</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="503"/>
        <source>Not running. The plot shows the latest run, {name} ({status}, {done}/{total} steps, final loss {loss}).</source>
        <translation>இயங்கவில்லை. வரைபடம் சமீபத்திய ஓட்டத்தைக் காட்டுகிறது: {name} ({status}, {done}/{total} படிகள், இறுதி இழப்பு {loss}).</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="517"/>
        <source>Step {s}/{t}   loss {loss:.4f}   {tps:,.0f} tokens/s   ETA {eta:,.0f} s   memory {mem}</source>
        <translation>படி {s}/{t}   இழப்பு {loss:.4f}   {tps:,.0f} டோக்கன்/வி   மீதம் {eta:,.0f} வி   நினைவகம் {mem}</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <location filename="../pages/workspace.py" line="73"/>
        <source>Workspace</source>
        <translation>பணியிடம்</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="76"/>
        <source>Create the workspace</source>
        <translation>பணியிடத்தை உருவாக்கு</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="79"/>
        <source>Passphrase (12+ characters)</source>
        <translation>கடவுச்சொற்றொடர் (12+ எழுத்துகள்)</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="79"/>
        <location filename="../pages/workspace.py" line="95"/>
        <source>Repeat it</source>
        <translation>மீண்டும் உள்ளிடு</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="79"/>
        <source>Key file (optional)</source>
        <translation>விசைக் கோப்பு (விருப்பம்)</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="83"/>
        <source>e.g. a file on removable media; created if missing</source>
        <translation>எ.கா. நீக்கக்கூடிய ஊடகத்தில் ஒரு கோப்பு; இல்லையெனில் உருவாக்கப்படும்</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="84"/>
        <source>Create workspace keys</source>
        <translation>பணியிட விசைகளை உருவாக்கு</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="85"/>
        <location filename="../pages/workspace.py" line="90"/>
        <source>Unlock</source>
        <translation>திற</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="86"/>
        <source>Passphrase</source>
        <translation>கடவுச்சொற்றொடர்</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="87"/>
        <location filename="../pages/workspace.py" line="118"/>
        <source>Key file</source>
        <translation>விசைக் கோப்பு</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="88"/>
        <source>only if the workspace needs one</source>
        <translation>பணியிடத்துக்குத் தேவைப்பட்டால் மட்டும்</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="89"/>
        <source>Browse…</source>
        <translation>உலாவு…</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="91"/>
        <source>Lock</source>
        <translation>பூட்டு</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="92"/>
        <location filename="../pages/workspace.py" line="99"/>
        <source>Change passphrase</source>
        <translation>கடவுச்சொற்றொடரை மாற்று</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="95"/>
        <source>Current passphrase</source>
        <translation>தற்போதைய கடவுச்சொற்றொடர்</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="95"/>
        <source>New passphrase</source>
        <translation>புதிய கடவுச்சொற்றொடர்</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="100"/>
        <source>Rotate master key</source>
        <translation>முதன்மை விசையை மாற்று</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="111"/>
        <source>No workspace yet at {home}.</source>
        <translation>{home} இல் இன்னும் பணியிடம் இல்லை.</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="113"/>
        <source>Unlocked: workspace {ws}.</source>
        <translation>திறக்கப்பட்டது: பணியிடம் {ws}.</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="115"/>
        <source>Locked. Unlock to work with datasets and training.</source>
        <translation>பூட்டப்பட்டுள்ளது. தரவுத்தொகுப்புகள், பயிற்சிக்குத் திறக்கவும்.</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="126"/>
        <location filename="../pages/workspace.py" line="166"/>
        <source>The two passphrases differ.</source>
        <translation>இரண்டு கடவுச்சொற்றொடர்களும் வேறுபடுகின்றன.</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="156"/>
        <source>Workspace unlocked.</source>
        <translation>பணியிடம் திறக்கப்பட்டது.</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="160"/>
        <source>Workspace locked: the keys are gone from memory.</source>
        <translation>பணியிடம் பூட்டப்பட்டது: விசைகள் நினைவகத்திலிருந்து அகற்றப்பட்டன.</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="175"/>
        <source>Passphrase changed; no data was re-encrypted.</source>
        <translation>கடவுச்சொற்றொடர் மாற்றப்பட்டது; எந்தத் தரவும் மீண்டும் மறையாக்கப்படவில்லை.</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="183"/>
        <source>Enter the current passphrase to rotate the master key.</source>
        <translation>முதன்மை விசையை மாற்ற தற்போதைய கடவுச்சொற்றொடரை உள்ளிடவும்.</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="193"/>
        <source>New master key; {n} data keys rewrapped. Unlock again.</source>
        <translation>புதிய முதன்மை விசை; {n} தரவு விசைகள் மீண்டும் பொதியப்பட்டன. மீண்டும் திறக்கவும்.</translation>
    </message>
</context>
</TS>
