<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ta_IN" sourcelanguage="en_US">
<context>
    <name>AppState</name>
    <message>
        <location filename="../gui/state.py" line="117"/>
        <source>Unlock the workspace first (Workspace page).</source>
        <translation>முதலில் பணியிடத்தைத் திறக்கவும் (பணியிடம் பக்கம்).</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <location filename="../gui/pages/approvals.py" line="72"/>
        <source>Approvals</source>
        <translation>ஒப்புதல்கள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="75"/>
        <source>Requests waiting for a second person</source>
        <translation>இரண்டாம் நபருக்காகக் காத்திருக்கும் கோரிக்கைகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="78"/>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="79"/>
        <source>Action</source>
        <translation>செயல்</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="80"/>
        <source>Summary</source>
        <translation>சுருக்கம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="81"/>
        <source>Asked by</source>
        <translation>கோரியவர்</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="82"/>
        <source>Asked</source>
        <translation>கோரிய நேரம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="83"/>
        <source>Expires</source>
        <translation>காலாவதி</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="86"/>
        <source>Decide the selected request</source>
        <translation>தேர்ந்தெடுத்த கோரிக்கையில் முடிவெடு</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="87"/>
        <source>Note</source>
        <translation>குறிப்பு</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="88"/>
        <source>Your passphrase</source>
        <translation>உங்கள் கடவுச்சொற்றொடர்</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="89"/>
        <source>kept with your signed decision, e.g. what you checked</source>
        <translation>உங்கள் கையொப்பமிட்ட முடிவுடன் வைக்கப்படும், எ.கா. நீங்கள் சரிபார்த்தது</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="90"/>
        <source>your decision is signed with your own key</source>
        <translation>உங்கள் முடிவு உங்கள் சொந்த விசையால் கையொப்பமிடப்படும்</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="91"/>
        <source>Approve</source>
        <translation>ஒப்புதல் அளி</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="92"/>
        <source>Refuse</source>
        <translation>மறு</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="95"/>
        <source>An approver without access to this computer signs offline: save the request to a file, they sign it with their key file (`appliance-audit approve`), and you import the signed decision.</source>
        <translation>இந்தக் கணினியை அணுக முடியாத ஒப்புதலாளர் இணைப்பின்றிக் கையொப்பமிடுவார்: கோரிக்கையைக் கோப்பாகச் சேமியுங்கள், அவர் தம் விசைக் கோப்பால் அதில் கையொப்பமிடுவார் (`appliance-audit approve`), பிறகு கையொப்பமிட்ட முடிவை நீங்கள் இறக்குமதி செய்யுங்கள்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="99"/>
        <source>Save request for offline signing…</source>
        <translation>இணைப்பின்றிக் கையொப்பமிட கோரிக்கையைச் சேமி…</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="100"/>
        <source>Import signed decision…</source>
        <translation>கையொப்பமிட்ட முடிவை இறக்குமதி செய்…</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="101"/>
        <source>The policy in force</source>
        <translation>நடைமுறையிலுள்ள கொள்கை</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="111"/>
        <source>No workspace yet: create it on the Workspace page.</source>
        <translation>இன்னும் பணியிடம் இல்லை: பணியிடம் பக்கத்தில் அதை உருவாக்குங்கள்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="115"/>
        <source>This workspace has no people, so nothing waits for a second person: give it people on the People page.</source>
        <translation>இந்தப் பணியிடத்தில் நபர்கள் இல்லை, எனவே எதுவும் இரண்டாம் நபருக்காகக் காத்திருக்காது: நபர்கள் பக்கத்தில் நபர்களைச் சேருங்கள்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="122"/>
        <source>Nobody is signed in: sign in on the Workspace page to decide.</source>
        <translation>யாரும் உள்நுழையவில்லை: முடிவெடுக்க பணியிடம் பக்கத்தில் உள்நுழையுங்கள்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="162"/>
        <source>These actions need a second person&apos;s approval: {actions}. An approval holds for {hours} hours after the request and is used once. An admin changes the policy with `appliance policy set` (approved by a second person too).</source>
        <translation>இந்தச் செயல்களுக்கு இரண்டாம் நபரின் ஒப்புதல் தேவை: {actions}. ஒப்புதல் கோரிக்கைக்குப் பின் {hours} மணிநேரம் செல்லும், ஒருமுறை மட்டுமே பயன்படும். நிர்வாகி `appliance policy set` மூலம் கொள்கையை மாற்றுவார் (அதற்கும் இரண்டாம் நபரின் ஒப்புதல் தேவை).</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="181"/>
        <source>Select a request to read what exactly it asks for.</source>
        <translation>அது சரியாக எதைக் கேட்கிறது என்று படிக்க ஒரு கோரிக்கையைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="192"/>
        <source>Request {id}: {status}</source>
        <translation>கோரிக்கை {id}: {status}</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="195"/>
        <source>Action: {action}</source>
        <translation>செயல்: {action}</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="200"/>
        <source>Asked by {name} ({role}) at {when}; expires {expires}.</source>
        <translation>{name} ({role}) {when} அன்று கோரினார்; காலாவதி {expires}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="213"/>
        <source>Decided by {name} at {when}.</source>
        <translation>{name} {when} அன்று முடிவெடுத்தார்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="217"/>
        <source>Note: {note}</source>
        <translation>குறிப்பு: {note}</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="220"/>
        <source>What it binds (the exact objects, by digest):</source>
        <translation>இது எதனுடன் பிணைக்கப்பட்டுள்ளது (சரியான பொருள்கள், செரிமானக் குறியால்):</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="239"/>
        <source>Sign in first (Workspace page).</source>
        <translation>முதலில் உள்நுழையுங்கள் (பணியிடம் பக்கம்).</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="255"/>
        <location filename="../gui/pages/approvals.py" line="302"/>
        <source>Request {id} is {status}.</source>
        <translation>கோரிக்கை {id}: {status}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="275"/>
        <source>Save the request</source>
        <translation>கோரிக்கையைச் சேமி</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="284"/>
        <source>Wrote request {id} to {path}. The approver signs it with `appliance-audit approve`; import their signed decision here.</source>
        <translation>கோரிக்கை {id} {path} இல் எழுதப்பட்டது. ஒப்புதலாளர் `appliance-audit approve` மூலம் கையொப்பமிடுவார்; அவரது கையொப்பமிட்ட முடிவை இங்கே இறக்குமதி செய்யுங்கள்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="294"/>
        <source>Signed decision</source>
        <translation>கையொப்பமிட்ட முடிவு</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../gui/pages/audit.py" line="105"/>
        <source>Audit</source>
        <translation>தணிக்கை</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="110"/>
        <source>This workspace&apos;s audit log</source>
        <translation>இந்தப் பணியிடத்தின் தணிக்கைப் பதிவு</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="111"/>
        <source>Verify the log</source>
        <translation>பதிவைச் சரிபார்</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="112"/>
        <source>Export an evidence package…</source>
        <translation>சான்றுத் தொகுப்பை ஏற்றுமதி செய்…</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="113"/>
        <source>Auditor mode: verify a package with your own key</source>
        <translation>தணிக்கையாளர் பயன்முறை: உங்கள் சொந்த விசையுடன் தொகுப்பைச் சரிபார்க்கவும்</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="117"/>
        <source>Auditor key</source>
        <translation>தணிக்கையாளர் விசை</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="118"/>
        <source>Key passphrase</source>
        <translation>விசையின் கடவுச்சொற்றொடர்</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="119"/>
        <location filename="../gui/pages/audit.py" line="191"/>
        <source>Evidence package</source>
        <translation>சான்றுத் தொகுப்பு</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="120"/>
        <source>Kept checkpoint</source>
        <translation>சேமித்த சோதனைப்புள்ளி</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="125"/>
        <source>only if your key is protected</source>
        <translation>உங்கள் விசை பாதுகாக்கப்பட்டிருந்தால் மட்டும்</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="126"/>
        <source>optional: from your previous verification</source>
        <translation>விருப்பத்தேர்வு: உங்கள் முந்தைய சரிபார்ப்பிலிருந்து</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="128"/>
        <source>Browse…</source>
        <translation>உலாவு…</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="129"/>
        <source>Verify package</source>
        <translation>தொகுப்பைச் சரிபார்</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="130"/>
        <source>Save report (HTML, CSV, JSONL)…</source>
        <translation>அறிக்கையைச் சேமி (HTML, CSV, JSONL)…</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="131"/>
        <source>Keep this checkpoint…</source>
        <translation>இந்தச் சோதனைப்புள்ளியைச் சேமி…</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="135"/>
        <source>From (UTC)</source>
        <translation>இருந்து (UTC)</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="136"/>
        <source>To (UTC)</source>
        <translation>வரை (UTC)</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="137"/>
        <source>User or role</source>
        <translation>பயனர் அல்லது பங்கு</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="138"/>
        <location filename="../gui/pages/audit.py" line="159"/>
        <source>Action</source>
        <translation>செயல்</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="139"/>
        <source>Object</source>
        <translation>பொருள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="140"/>
        <location filename="../gui/pages/audit.py" line="160"/>
        <source>Outcome</source>
        <translation>விளைவு</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="149"/>
        <source>any</source>
        <translation>ஏதேனும்</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="155"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="156"/>
        <source>Time (UTC)</source>
        <translation>நேரம் (UTC)</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="157"/>
        <source>User</source>
        <translation>பயனர்</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="158"/>
        <source>Role</source>
        <translation>பங்கு</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="161"/>
        <source>Objects</source>
        <translation>பொருட்கள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="169"/>
        <source>ok</source>
        <translation>சரி</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="170"/>
        <source>refused</source>
        <translation>மறுக்கப்பட்டது</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="171"/>
        <source>denied</source>
        <translation>அனுமதி மறுக்கப்பட்டது</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="172"/>
        <source>cancelled</source>
        <translation>ரத்துசெய்யப்பட்டது</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="173"/>
        <source>failed</source>
        <translation>தோல்வி</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="174"/>
        <source>error</source>
        <translation>பிழை</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="179"/>
        <source>operator</source>
        <translation>இயக்குநர்</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="183"/>
        <source>Records (verify the log or a package to list them)</source>
        <translation>பதிவுகள் (பட்டியலிட பதிவேட்டையோ தொகுப்பையோ சரிபார்க்கவும்)</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="185"/>
        <source>Records of this workspace&apos;s log</source>
        <translation>இந்தப் பணியிடப் பதிவேட்டின் பதிவுகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="187"/>
        <source>Records of the evidence package</source>
        <translation>சான்றுத் தொகுப்பின் பதிவுகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="193"/>
        <source>File</source>
        <translation>கோப்பு</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="228"/>
        <source>PASS: {n} records intact, {c} signed checkpoints verified.</source>
        <translation>வெற்றி: {n} பதிவுகள் சிதையவில்லை, {c} கையொப்பமிட்ட சோதனைப்புள்ளிகள் சரிபார்க்கப்பட்டன.</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="234"/>
        <source>FAIL: tampering found; {where}.</source>
        <translation>தோல்வி: சேதம் கண்டறியப்பட்டது; {where}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="243"/>
        <source>the signed head in the log&apos;s state, not a record</source>
        <translation>பதிவேட்டின் நிலையில் உள்ள கையொப்பமிட்ட தலைப்பு, ஒரு பதிவு அல்ல</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="244"/>
        <source>the log as a whole</source>
        <translation>முழுப் பதிவேடு</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="247"/>
        <source>first bad record {seq}</source>
        <translation>முதல் தவறான பதிவு {seq}</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="249"/>
        <source>first bad record at or after {lo} (the evidence bounds it, it does not name it)</source>
        <translation>முதல் தவறான பதிவு {lo} அல்லது அதற்குப் பின் (சான்று அதன் எல்லையைக் காட்டுகிறது, அதைக் குறிப்பிடவில்லை)</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="253"/>
        <source>first bad record at or after {lo} and at or before {hi} (the evidence bounds it, it does not name it)</source>
        <translation>முதல் தவறான பதிவு {lo} அல்லது அதற்குப் பின், {hi} அல்லது அதற்கு முன் (சான்று அதன் எல்லையைக் காட்டுகிறது, அதைக் குறிப்பிடவில்லை)</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="271"/>
        <source>FAIL: tampering detected; {where}.</source>
        <translation>தோல்வி: சேதம் கண்டறியப்பட்டது; {where}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="285"/>
        <source>Folder for the package (a new, empty one)</source>
        <translation>தொகுப்புக்கான கோப்புறை (புதிய, காலியானது)</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="298"/>
        <source>Wrote {path}: {n} records.</source>
        <translation>{path} எழுதப்பட்டது: {n} பதிவுகள்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="263"/>
        <source>PASS: the log is intact ({n} records, {c} signed checkpoints).</source>
        <translation>வெற்றி: பதிவு சிதையவில்லை ({n} பதிவுகள், {c} கையொப்பமிட்ட சோதனைப்புள்ளிகள்).</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="368"/>
        <source>Verify a package first.</source>
        <translation>முதலில் ஒரு தொகுப்பைச் சரிபார்க்கவும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="370"/>
        <source>Folder for the report</source>
        <translation>அறிக்கைக்கான கோப்புறை</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="391"/>
        <source>Wrote report.html, records.csv and records.jsonl to {path}.</source>
        <translation>report.html, records.csv, records.jsonl ஆகியவை {path} இல் எழுதப்பட்டன.</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="395"/>
        <source>Only a checkpoint of a log that verified can be kept.</source>
        <translation>சரிபார்க்கப்பட்ட பதிவின் சோதனைப்புள்ளியை மட்டுமே சேமிக்க முடியும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="397"/>
        <source>Keep checkpoint</source>
        <translation>சோதனைப்புள்ளியைச் சேமி</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="412"/>
        <source>Checkpoint kept in {path}.</source>
        <translation>சோதனைப்புள்ளி {path} இல் சேமிக்கப்பட்டது.</translation>
    </message>
</context>
<context>
    <name>CaptureSection</name>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="62"/>
        <source>Capture</source>
        <translation>பதிவுசெய்தல்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="63"/>
        <source>Record what this line serves (sealed, every read audited)</source>
        <translation>இந்த வரிசை வழங்குவதைப் பதிவுசெய் (முத்திரையிடப்பட்டது, ஒவ்வொரு வாசிப்பும் தணிக்கை செய்யப்படும்)</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="64"/>
        <source>Keep for</source>
        <translation>வைத்திருக்கும் காலம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="65"/>
        <source> days</source>
        <translation> நாட்கள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="66"/>
        <source>Captured items older than this are deleted.</source>
        <translation>இதைவிடப் பழைய பதிவுகள் நீக்கப்படும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="67"/>
        <source>Size cap</source>
        <translation>அளவு வரம்பு</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="68"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="70"/>
        <source>At the cap capture pauses (serving goes on) until items are reviewed or the cap is raised.</source>
        <translation>வரம்பை அடைந்ததும் பதிவுசெய்தல் நிற்கும் (சேவை தொடரும்); பதிவுகள் மதிப்பாய்வு செய்யப்படும் வரை அல்லது வரம்பு உயர்த்தப்படும் வரை.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="72"/>
        <source>Apply</source>
        <translation>பயன்படுத்து</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="94"/>
        <source>{n} item(s) captured, {size} of {cap}</source>
        <translation>{n} பதிவு(கள்), {cap} இல் {size}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="99"/>
        <source>Capture is off for this line: switch it on to record what it serves.</source>
        <translation>இந்த வரிசைக்குப் பதிவுசெய்தல் அணைக்கப்பட்டுள்ளது: அது வழங்குவதைப் பதிவுசெய்ய இயக்கவும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="122"/>
        <source>Capture is on for {line}.</source>
        <translation>{line} க்குப் பதிவுசெய்தல் இயக்கப்பட்டது.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="124"/>
        <source>Capture is off for {line}.</source>
        <translation>{line} க்குப் பதிவுசெய்தல் அணைக்கப்பட்டது.</translation>
    </message>
</context>
<context>
    <name>CardTab</name>
    <message>
        <location filename="../gui/pages/export_card.py" line="40"/>
        <source>Save card…</source>
        <translation>அட்டையைச் சேமி…</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="43"/>
        <source>Saves the card as Markdown (in this language), or the signed card (JSON) or ML-BOM (CycloneDX) with the workspace&apos;s signature beside it.</source>
        <translation>அட்டையை Markdown ஆக (இந்த மொழியில்), அல்லது கையொப்பமிட்ட அட்டை (JSON) அல்லது ML-BOM (CycloneDX) ஐ அருகில் பணியிடத்தின் கையொப்பத்துடன் சேமிக்கும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="90"/>
        <source>Reading the model card…</source>
        <translation>மாதிரி அட்டை படிக்கப்படுகிறது…</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="92"/>
        <source>Model cards are made for verified exports: select one above.</source>
        <translation>சரிபார்க்கப்பட்ட ஏற்றுமதிகளுக்கே மாதிரி அட்டைகள் உருவாகும்: மேலே ஒன்றைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="94"/>
        <source>The model card could not be read (the message above says why).</source>
        <translation>மாதிரி அட்டையைப் படிக்க முடியவில்லை (மேலே உள்ள செய்தி காரணத்தைக் கூறும்).</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="98"/>
        <source>What this export is made of, from the catalog: lineage, data (ids and digests, never rows), training, evaluation and licences. Signed by the workspace: {path}</source>
        <translation>இந்த ஏற்றுமதி எதனால் ஆனது, பட்டியலிலிருந்து: வம்சாவளி, தரவு (அடையாளங்களும் செரிமானக் குறிகளும், வரிசைகள் ஒருபோதும் இல்லை), பயிற்சி, மதிப்பீடு, உரிமங்கள். பணியிடத்தால் கையொப்பமிடப்பட்டது: {path}</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="112"/>
        <source>Model card, Markdown (*.md)</source>
        <translation>மாதிரி அட்டை, Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="113"/>
        <source>Model card, signed JSON (*.json)</source>
        <translation>மாதிரி அட்டை, கையொப்பமிட்ட JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="114"/>
        <source>ML-BOM, signed CycloneDX JSON (*.cdx.json)</source>
        <translation>ML-BOM, கையொப்பமிட்ட CycloneDX JSON (*.cdx.json)</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="118"/>
        <source>Save the model card</source>
        <translation>மாதிரி அட்டையைச் சேமி</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="133"/>
        <source>Saved the card to {path}, with the workspace&apos;s signature {sig}.</source>
        <translation>அட்டை {path} இல் சேமிக்கப்பட்டது, பணியிடத்தின் கையொப்பம் {sig} உடன்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="137"/>
        <source>Saved the card to {path}.</source>
        <translation>அட்டை {path} இல் சேமிக்கப்பட்டது.</translation>
    </message>
</context>
<context>
    <name>Chain</name>
    <message>
        <location filename="../gui/widgets/common.py" line="192"/>
        <source>model</source>
        <translation>மாதிரி</translation>
    </message>
    <message>
        <location filename="../gui/widgets/common.py" line="193"/>
        <source>export</source>
        <translation>ஏற்றுமதி</translation>
    </message>
    <message>
        <location filename="../gui/widgets/common.py" line="194"/>
        <source>training run</source>
        <translation>பயிற்சி ஓட்டம்</translation>
    </message>
    <message>
        <location filename="../gui/widgets/common.py" line="195"/>
        <source>dataset</source>
        <translation>தரவுத்தொகுப்பு</translation>
    </message>
    <message>
        <location filename="../gui/widgets/common.py" line="200"/>
        <source>removed</source>
        <translation>நீக்கப்பட்டது</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <location filename="../gui/pages/playground.py" line="120"/>
        <source>Cut at %1 tokens: raise Max tokens for longer answers.</source>
        <translation>%1 டோக்கன்களில் துண்டிக்கப்பட்டது: நீண்ட பதில்களுக்கு அதிகபட்ச டோக்கன்களை உயர்த்தவும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="124"/>
        <source>Stopped before this model answered.</source>
        <translation>இந்த மாதிரி பதிலளிக்கும் முன் நிறுத்தப்பட்டது.</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="126"/>
        <source>Stopped.</source>
        <translation>நிறுத்தப்பட்டது.</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="133"/>
        <source>First token after %1 s</source>
        <translation>முதல் டோக்கன் %1 வினாடிக்குப் பின்</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="135"/>
        <source>%1 tokens/s</source>
        <translation>%1 டோக்கன்கள்/வினாடி</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="136"/>
        <source>%1 tokens</source>
        <translation>%1 டோக்கன்கள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="141"/>
        <source>on the CPU</source>
        <translation>CPU இல்</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="143"/>
        <source>all layers on the GPU</source>
        <translation>அனைத்து அடுக்குகளும் GPU இல்</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="145"/>
        <source>%1 layers on the GPU</source>
        <translation>%1 அடுக்குகள் GPU இல்</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="152"/>
        <source>You</source>
        <translation>நீங்கள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="152"/>
        <location filename="../gui/pages/playground.py" line="173"/>
        <source>Model</source>
        <translation>மாதிரி</translation>
    </message>
</context>
<context>
    <name>CollectionDialog</name>
    <message>
        <location filename="../gui/pages/documents.py" line="140"/>
        <source>New collection</source>
        <translation>புதிய தொகுப்பு</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="144"/>
        <source>the built-in model (default)</source>
        <translation>உள்ளமைந்த மாதிரி (இயல்பு)</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="153"/>
        <source>Chunks are measured in the tokens of this model (use the model you serve). The built-in model is unpacked the first time it is used: that takes a while.</source>
        <translation>துண்டுகள் இந்த மாதிரியின் டோக்கன்களில் அளக்கப்படுகின்றன (நீங்கள் சேவை செய்யும் மாதிரியைப் பயன்படுத்தவும்). உள்ளமைந்த மாதிரி முதல் முறை பயன்படுத்தும்போது பிரிக்கப்படும்: அதற்குச் சிறிது நேரம் ஆகும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="157"/>
        <source>Name</source>
        <translation>பெயர்</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="158"/>
        <source>Description</source>
        <translation>விளக்கம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="159"/>
        <source>Tokenizer of</source>
        <translation>டோக்கனாக்கியின் மாதிரி</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="160"/>
        <source>Chunk size (tokens)</source>
        <translation>துண்டின் அளவு (டோக்கன்கள்)</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="161"/>
        <source>Overlap (tokens)</source>
        <translation>மேற்பொருந்தல் (டோக்கன்கள்)</translation>
    </message>
</context>
<context>
    <name>DatasetsPage</name>
    <message>
        <location filename="../gui/pages/datasets.py" line="130"/>
        <source>Datasets</source>
        <translation>தரவுத்தொகுப்புகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="133"/>
        <source>Import a dataset (encrypted on import)</source>
        <translation>தரவுத்தொகுப்பை இறக்குமதி செய் (இறக்குமதியின்போதே மறையாக்கப்படும்)</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="137"/>
        <source>File</source>
        <translation>கோப்பு</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="138"/>
        <location filename="../gui/pages/datasets.py" line="188"/>
        <source>Name</source>
        <translation>பெயர்</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="139"/>
        <location filename="../gui/pages/datasets.py" line="190"/>
        <source>Format</source>
        <translation>வடிவம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="140"/>
        <source>CSV columns</source>
        <translation>CSV நெடுவரிசைகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="141"/>
        <source>Held-out share</source>
        <translation>ஒதுக்கிய பங்கு</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="142"/>
        <source>Personal data</source>
        <translation>தனிப்பட்ட தரவு</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="150"/>
        <source>report it and import as is</source>
        <translation>அறிக்கையிட்டு அப்படியே இறக்குமதி செய்</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="151"/>
        <source>mask it ([EMAIL], [PHONE]…) before sealing</source>
        <translation>முத்திரையிடும் முன் மறை ([EMAIL], [PHONE]…)</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="152"/>
        <source>refuse a file that holds any</source>
        <translation>அவை உள்ள கோப்பை மறு</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="158"/>
        <source>E-mail addresses, phone numbers, payment cards, IBANs, Aadhaar numbers and PANs are found in every row (check digits verified). The report gives counts, lines and fields, never a value.</source>
        <translation>ஒவ்வொரு வரிசையிலும் மின்னஞ்சல் முகவரிகள், தொலைபேசி எண்கள், கட்டண அட்டைகள், IBANகள், ஆதார் எண்கள், PANகள் கண்டறியப்படும் (சரிபார்ப்பு இலக்கங்கள் சோதிக்கப்படும்). அறிக்கை எண்ணிக்கை, வரிகள், புலங்களைத் தரும், மதிப்பை ஒருபோதும் தராது.</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="163"/>
        <source>Browse…</source>
        <translation>உலாவு…</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="164"/>
        <source>e.g. instruction=question,output=answer</source>
        <translation>எ.கா. instruction=question,output=answer</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="168"/>
        <source>automatic</source>
        <translation>தானியங்கி</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="169"/>
        <source>chat (JSONL)</source>
        <translation>உரையாடல் (JSONL)</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="170"/>
        <source>instruction (JSONL)</source>
        <translation>அறிவுறுத்தல் (JSONL)</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="172"/>
        <source>text / Markdown</source>
        <translation>உரை / Markdown</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="176"/>
        <source>Import the valid rows and skip the invalid ones</source>
        <translation>சரியான வரிசைகளை இறக்குமதி செய்து தவறானவற்றைத் தவிர்</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="177"/>
        <source>Validate and import</source>
        <translation>சரிபார்த்து இறக்குமதி செய்</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="179"/>
        <source>Validation report</source>
        <translation>சரிபார்ப்பு அறிக்கை</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="183"/>
        <source>Severity</source>
        <translation>தீவிரம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="183"/>
        <source>Line</source>
        <translation>வரி</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="183"/>
        <source>Field</source>
        <translation>புலம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="183"/>
        <source>Problem</source>
        <translation>சிக்கல்</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="185"/>
        <source>Dataset versions</source>
        <translation>தரவுத்தொகுப்புப் பதிப்புகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="189"/>
        <source>Version</source>
        <translation>பதிப்பு</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="191"/>
        <source>Rows</source>
        <translation>வரிசைகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="192"/>
        <location filename="../gui/pages/datasets.py" line="280"/>
        <source>Train</source>
        <translation>பயிற்சி</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="193"/>
        <location filename="../gui/pages/datasets.py" line="280"/>
        <source>Held out</source>
        <translation>ஒதுக்கியவை</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="194"/>
        <source>Created</source>
        <translation>உருவாக்கப்பட்டது</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="195"/>
        <source>Id</source>
        <translation>அடையாளம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="198"/>
        <source>Preview (decrypt in memory)</source>
        <translation>முன்னோட்டம் (நினைவகத்தில் மறைவிலக்கம்)</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="199"/>
        <source>Remove (crypto-erase)</source>
        <translation>நீக்கு (மறையாக்க அழிப்பு)</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="210"/>
        <source>chat</source>
        <translation>உரையாடல்</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="211"/>
        <source>instruction</source>
        <translation>அறிவுறுத்தல்</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="212"/>
        <source>text</source>
        <translation>உரை</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="312"/>
        <source>Dataset file</source>
        <translation>தரவுத்தொகுப்புக் கோப்பு</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="312"/>
        <source>Datasets (*.jsonl *.json *.csv *.txt *.md)</source>
        <translation>தரவுத்தொகுப்புகள் (*.jsonl *.json *.csv *.txt *.md)</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="333"/>
        <source>error</source>
        <translation>பிழை</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="333"/>
        <source>warning</source>
        <translation>எச்சரிக்கை</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="339"/>
        <source>Validation report: {read} rows read, {kept} usable, {e} errors, {w} warnings</source>
        <translation>சரிபார்ப்பு அறிக்கை: {read} வரிசைகள் படிக்கப்பட்டன, {kept} பயன்படுத்தக்கூடியவை, {e} பிழைகள், {w} எச்சரிக்கைகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="357"/>
        <source>e-mail address</source>
        <translation>மின்னஞ்சல் முகவரி</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="358"/>
        <source>phone number</source>
        <translation>தொலைபேசி எண்</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="359"/>
        <source>payment card</source>
        <translation>கட்டண அட்டை</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="360"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="361"/>
        <source>Aadhaar number</source>
        <translation>ஆதார் எண்</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="362"/>
        <source>PAN</source>
        <translation>PAN</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="365"/>
        <source>line {line} ({field}: {kind})</source>
        <translation>வரி {line} ({field}: {kind})</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="372"/>
        <source>Where: {where}</source>
        <translation>எங்கே: {where}</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="375"/>
        <source>They are kept in the sealed dataset and will be trained on: import again with “mask it” to replace them.</source>
        <translation>அவை முத்திரையிட்ட தரவுத்தொகுப்பில் வைக்கப்பட்டு அவற்றின் மீது பயிற்சி நடக்கும்: அவற்றை மாற்ற “மறை” உடன் மீண்டும் இறக்குமதி செய்யுங்கள்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="406"/>
        <source>{file} was not imported: {n} row(s) have errors, listed in the validation report. Fix them, or tick “Import the valid rows and skip the invalid ones”.</source>
        <translation>{file} இறக்குமதி செய்யப்படவில்லை: {n} வரிசை(கள்) பிழையானவை, சரிபார்ப்பு அறிக்கையில் பட்டியலிடப்பட்டுள்ளன. அவற்றைத் திருத்தவும், அல்லது “சரியான வரிசைகளை இறக்குமதி செய்து தவறானவற்றைத் தவிர்” என்பதைத் தேர்வுசெய்யவும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="415"/>
        <source>Imported {name} version {v}: {n} rows, encrypted.</source>
        <translation>{name} பதிப்பு {v} இறக்குமதி செய்யப்பட்டது: {n} வரிசைகள், மறையாக்கப்பட்டவை.</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="419"/>
        <source>Unchanged: this version already holds exactly this data.</source>
        <translation>மாற்றமில்லை: இந்தப் பதிப்பில் ஏற்கனவே இதே தரவு உள்ளது.</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="433"/>
        <location filename="../gui/pages/datasets.py" line="452"/>
        <source>Select a dataset version first.</source>
        <translation>முதலில் ஒரு தரவுத்தொகுப்புப் பதிப்பைத் தேர்ந்தெடுக்கவும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="284"/>
        <source>{name} version {v}: the first {n} rows</source>
        <translation>{name} பதிப்பு {v}: முதல் {n} வரிசைகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="456"/>
        <source>Remove dataset</source>
        <translation>தரவுத்தொகுப்பை நீக்கு</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="458"/>
        <source>Destroy {name} version {v} for good? Its key is destroyed, so no copy can be decrypted again.</source>
        <translation>{name} பதிப்பு {v} ஐ நிரந்தரமாக அழிக்கவா? அதன் விசை அழிக்கப்படும், எனவே எந்த நகலையும் மீண்டும் மறைவிலக்க முடியாது.</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="471"/>
        <source>Removed; its data key is destroyed.</source>
        <translation>நீக்கப்பட்டது; அதன் தரவு விசை அழிக்கப்பட்டது.</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../gui/pages/documents.py" line="247"/>
        <location filename="../gui/pages/documents.py" line="257"/>
        <location filename="../gui/pages/documents.py" line="334"/>
        <source>Documents</source>
        <translation>ஆவணங்கள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="252"/>
        <source>Collections of documents the models answer from, citing document, version and page. Everything is encrypted; removing a document crypto-erases it.</source>
        <translation>மாதிரிகள் பதிலளிக்கும் ஆவணத் தொகுப்புகள், ஆவணம், பதிப்பு, பக்கம் ஆகியவற்றை மேற்கோள் காட்டி. அனைத்தும் மறையாக்கப்பட்டவை; ஒரு ஆவணத்தை நீக்கினால் அது மறையாக்க அழிப்பு செய்யப்படும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="256"/>
        <source>Collections</source>
        <translation>தொகுப்புகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="257"/>
        <location filename="../gui/pages/documents.py" line="262"/>
        <source>Name</source>
        <translation>பெயர்</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="257"/>
        <location filename="../gui/pages/documents.py" line="262"/>
        <location filename="../gui/pages/documents.py" line="493"/>
        <source>Chunks</source>
        <translation>துண்டுகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="257"/>
        <location filename="../gui/pages/documents.py" line="263"/>
        <source>Size</source>
        <translation>அளவு</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="258"/>
        <source>New collection…</source>
        <translation>புதிய தொகுப்பு…</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="259"/>
        <source>Remove collection…</source>
        <translation>தொகுப்பை நீக்கு…</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="260"/>
        <source>Show superseded versions</source>
        <translation>மாற்றப்பட்ட பழைய பதிப்புகளைக் காட்டு</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="262"/>
        <location filename="../gui/pages/documents.py" line="493"/>
        <source>Version</source>
        <translation>பதிப்பு</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="262"/>
        <source>Kind</source>
        <translation>வகை</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="262"/>
        <source>Pages</source>
        <translation>பக்கங்கள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="263"/>
        <location filename="../gui/pages/documents.py" line="493"/>
        <source>File</source>
        <translation>கோப்பு</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="263"/>
        <location filename="../gui/pages/documents.py" line="493"/>
        <source>Imported</source>
        <translation>இறக்குமதி செய்யப்பட்டது</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="265"/>
        <source>Import files…</source>
        <translation>கோப்புகளை இறக்குமதி செய்…</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="266"/>
        <source>Versions</source>
        <translation>பதிப்புகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="267"/>
        <source>Remove document…</source>
        <translation>ஆவணத்தை நீக்கு…</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="268"/>
        <source>Search preview</source>
        <translation>தேடல் முன்னோட்டம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="269"/>
        <source>A question, as a user would ask it</source>
        <translation>ஒரு பயனர் கேட்பது போல ஒரு கேள்வி</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="270"/>
        <source>Search</source>
        <translation>தேடு</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="271"/>
        <source>Results</source>
        <translation>முடிவுகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="272"/>
        <source>Ranking</source>
        <translation>தரவரிசை</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="276"/>
        <source>hybrid (meaning and words)</source>
        <translation>கலப்பு (பொருளும் சொற்களும்)</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="277"/>
        <source>dense (meaning)</source>
        <translation>அடர்த்தி (பொருள்)</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="278"/>
        <source>lexical (words)</source>
        <translation>சொல்சார் (சொற்கள்)</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="334"/>
        <source>Documents in {name}</source>
        <translation>{name} இல் உள்ள ஆவணங்கள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="336"/>
        <location filename="../gui/pages/documents.py" line="491"/>
        <source>superseded</source>
        <translation>மாற்றப்பட்டது</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="343"/>
        <source>text</source>
        <translation>உரை</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="375"/>
        <source>Create a collection first (New collection…).</source>
        <translation>முதலில் ஒரு தொகுப்பை உருவாக்கவும் (புதிய தொகுப்பு…).</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="381"/>
        <source>Select a document first.</source>
        <translation>முதலில் ஒரு ஆவணத்தைத் தேர்ந்தெடுக்கவும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="395"/>
        <source>Created collection {name}.</source>
        <translation>{name} தொகுப்பு உருவாக்கப்பட்டது.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="404"/>
        <source>Remove collection</source>
        <translation>தொகுப்பை நீக்கு</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="406"/>
        <source>Remove the collection {name} and its {n} document(s) for good? Every document is crypto-erased: this cannot be undone.</source>
        <translation>{name} தொகுப்பையும் அதன் {n} ஆவணங்களையும் நிரந்தரமாக நீக்கவா? ஒவ்வொரு ஆவணமும் மறையாக்க அழிப்பு செய்யப்படும்: இதைத் திரும்பப் பெற முடியாது.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="419"/>
        <source>Removed collection {name} and its {n} document(s).</source>
        <translation>{name} தொகுப்பும் அதன் {n} ஆவணங்களும் நீக்கப்பட்டன.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="432"/>
        <source>Documents to import</source>
        <translation>இறக்குமதி செய்ய வேண்டிய ஆவணங்கள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="434"/>
        <source>Documents (*.pdf *.docx *.odt *.html *.htm *.md *.markdown *.txt *.text);;All files (*)</source>
        <translation>ஆவணங்கள் (*.pdf *.docx *.odt *.html *.htm *.md *.markdown *.txt *.text);;அனைத்துக் கோப்புகளும் (*)</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="458"/>
        <source>{file}: {name} version {v}, {n} chunks.</source>
        <translation>{file}: {name} பதிப்பு {v}, {n} துண்டுகள்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="460"/>
        <source>{file}: {name} version {v} replaces the previous one, {n} chunks.</source>
        <translation>{file}: {name} பதிப்பு {v} முந்தையதை மாற்றுகிறது, {n} துண்டுகள்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="462"/>
        <source>{file}: unchanged; {name} stays at version {v}.</source>
        <translation>{file}: மாற்றமில்லை; {name} பதிப்பு {v} இலேயே இருக்கிறது.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="468"/>
        <source>{file}: page(s) {pages} have no text layer (scanned?) and were not indexed; OCR them to include them.</source>
        <translation>{file}: பக்கம் {pages} இல் உரை அடுக்கு இல்லை (வருடப்பட்டதா?), அவை அட்டவணைப்படுத்தப்படவில்லை; அவற்றைச் சேர்க்க OCR செய்யவும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="472"/>
        <source>Imported into {collection} (encrypted):</source>
        <translation>{collection} இல் இறக்குமதி செய்யப்பட்டது (மறையாக்கப்பட்டது):</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="490"/>
        <source>Versions of {name}</source>
        <translation>{name} இன் பதிப்புகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="491"/>
        <source>current</source>
        <translation>நடப்பு</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="493"/>
        <source>State</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="494"/>
        <source>Superseded</source>
        <translation>மாற்றப்பட்டது</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="519"/>
        <source>Remove document</source>
        <translation>ஆவணத்தை நீக்கு</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="521"/>
        <source>Remove {name} and every version of it from {collection}? It is crypto-erased: its keys are destroyed, and this cannot be undone.</source>
        <translation>{collection} இலிருந்து {name} மற்றும் அதன் ஒவ்வொரு பதிப்பையும் நீக்கவா? அது மறையாக்க அழிப்பு செய்யப்படும்: அதன் விசைகள் அழிக்கப்படும், இதைத் திரும்பப் பெற முடியாது.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="534"/>
        <source>Removed {name} ({n} version(s)); its data can no longer be decrypted.</source>
        <translation>{name} நீக்கப்பட்டது ({n} பதிப்புகள்); அதன் தரவை இனி மறைவிலக்க முடியாது.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="572"/>
        <source>p. {page}</source>
        <translation>பக். {page}</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="573"/>
        <source>{document} version {version}</source>
        <translation>{document} பதிப்பு {version}</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="576"/>
        <source>score {score} · meaning {dense} · words {lexical}</source>
        <translation>மதிப்பெண் {score} · பொருள் {dense} · சொற்கள் {lexical}</translation>
    </message>
</context>
<context>
    <name>DriftSection</name>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="145"/>
        <source>Scripts of the prompts</source>
        <translation>கேள்விகளின் எழுத்துமுறைகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="146"/>
        <source>Prompt length</source>
        <translation>கேள்வியின் நீளம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="147"/>
        <source>Tokens per character</source>
        <translation>ஓர் எழுத்துக்கான டோக்கன்கள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="148"/>
        <source>Byte-fallback tokens</source>
        <translation>பைட்-மாற்று டோக்கன்கள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="149"/>
        <source>Meaning (embeddings)</source>
        <translation>பொருள் (உட்பொதிவுகள்)</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="150"/>
        <source>Answer length</source>
        <translation>பதிலின் நீளம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="151"/>
        <source>Refusals</source>
        <translation>மறுப்புகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="152"/>
        <source>Bad ratings</source>
        <translation>மோசமான மதிப்பீடுகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="156"/>
        <source>Drift</source>
        <translation>விலகல்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="157"/>
        <source>Check now</source>
        <translation>இப்போது சரிபார்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="159"/>
        <source>Compare the line&apos;s recent traffic with its reference now (the same check the watch loop runs).</source>
        <translation>வரிசையின் சமீபத்திய போக்குவரத்தை அதன் குறிப்புடன் இப்போது ஒப்பிடு (கண்காணிப்புச் சுழற்சி இயக்கும் அதே சரிபார்ப்பு).</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="163"/>
        <source>Each check compares a window of recent requests with the line&apos;s reference through several tests; a p-value under its threshold is an alarm.</source>
        <translation>ஒவ்வொரு சரிபார்ப்பும் சமீபத்திய கோரிக்கைகளின் ஒரு சாளரத்தைப் பல சோதனைகள் மூலம் வரிசையின் குறிப்புடன் ஒப்பிடுகிறது; அதன் வரம்புக்குக் கீழ் உள்ள p-மதிப்பு ஓர் எச்சரிக்கை.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="168"/>
        <source>When</source>
        <translation>எப்போது</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="168"/>
        <source>Requests</source>
        <translation>கோரிக்கைகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="168"/>
        <source>Verdict</source>
        <translation>முடிவு</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="168"/>
        <source>Alarms</source>
        <translation>எச்சரிக்கைகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="172"/>
        <source>Each chart: the detector&apos;s p-value at each check, oldest on the left (log scale; lower means further from the reference), the dashed line its threshold, red dots alarms, the dotted line the selected check.</source>
        <translation>ஒவ்வொரு வரைபடமும்: ஒவ்வொரு சரிபார்ப்பிலும் கண்டறிவியின் p-மதிப்பு, பழையது இடப்புறம் (மடக்கை அளவு; குறைவு என்றால் குறிப்பிலிருந்து அதிக தொலைவு), கோடிட்ட கோடு அதன் வரம்பு, சிவப்புப் புள்ளிகள் எச்சரிக்கைகள், புள்ளிக் கோடு தேர்ந்தெடுத்த சரிபார்ப்பு.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="179"/>
        <source>No drift check yet for this line: press Check now to compare its recent traffic (captured requests) with the data it was trained on.</source>
        <translation>இந்த வரிசைக்கு இன்னும் விலகல் சரிபார்ப்பு இல்லை: அதன் சமீபத்திய போக்குவரத்தை (பதிவான கோரிக்கைகள்) அது பயிற்சி பெற்ற தரவுடன் ஒப்பிட &apos;இப்போது சரிபார்&apos; அழுத்தவும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="209"/>
        <location filename="../gui/pages/lifecycle_drift.py" line="289"/>
        <source>drift</source>
        <translation>விலகல்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="209"/>
        <location filename="../gui/pages/lifecycle_drift.py" line="289"/>
        <source>no drift</source>
        <translation>விலகல் இல்லை</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="249"/>
        <source>{detector} did not run: {why}</source>
        <translation>{detector} இயங்கவில்லை: {why}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="274"/>
        <source>{detector}: p = {p}</source>
        <translation>{detector}: p = {p}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="290"/>
        <source>Drift check done: {verdict}.</source>
        <translation>விலகல் சரிபார்ப்பு முடிந்தது: {verdict}.</translation>
    </message>
</context>
<context>
    <name>EvaluatePage</name>
    <message>
        <location filename="../gui/pages/evaluate.py" line="138"/>
        <source>Evaluate</source>
        <translation>மதிப்பீடு</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="141"/>
        <source>Compare models</source>
        <translation>மாதிரிகளை ஒப்பிடு</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="142"/>
        <source>Model lines</source>
        <translation>மாதிரி வரிசைகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="143"/>
        <source>Suite</source>
        <translation>தொகுப்பு</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="143"/>
        <source>Run on</source>
        <translation>இயக்கும் இடம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="145"/>
        <source>no suite yet: import a suite file</source>
        <translation>இன்னும் தொகுப்பு இல்லை: தொகுப்புக் கோப்பை இறக்குமதி செய்யுங்கள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="146"/>
        <source>Import a suite file…</source>
        <translation>தொகுப்புக் கோப்பை இறக்குமதி செய்…</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="148"/>
        <source>A TOML or JSON Lines file of cases (docs/formats/eval-suite.md); kept encrypted.</source>
        <translation>சோதனைகளின் TOML அல்லது JSON Lines கோப்பு (docs/formats/eval-suite.md); மறையாக்கத்துடன் வைக்கப்படும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="153"/>
        <source>its GGUF export, through llama.cpp (as served)</source>
        <translation>அதன் GGUF ஏற்றுமதி, llama.cpp வழியாக (வழங்கப்படுவது போல)</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="154"/>
        <source>the stored model, through transformers</source>
        <translation>சேமித்த மாதிரி, transformers வழியாக</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="159"/>
        <source>Evaluate and compare</source>
        <translation>மதிப்பிட்டு ஒப்பிடு</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="167"/>
        <source>Save report…</source>
        <translation>அறிக்கையைச் சேமி…</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="168"/>
        <source>The comparison as one HTML page, answers included (in the clear).</source>
        <translation>ஒப்பீடு ஒரே HTML பக்கமாக, பதில்களுடன் (மறையாக்கமின்றி).</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="170"/>
        <source>Model</source>
        <translation>மாதிரி</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="170"/>
        <source>Passed</source>
        <translation>தேறியவை</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="170"/>
        <source>Mean latency</source>
        <translation>சராசரி தாமதம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="170"/>
        <source>Tokens per answer</source>
        <translation>ஒரு பதிலுக்கு டோக்கன்கள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="157"/>
        <source>Models to compare</source>
        <translation>ஒப்பிட வேண்டிய மாதிரிகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="158"/>
        <source>The first ticked model is the baseline; drag the models to reorder them.</source>
        <translation>முதலில் தேர்ந்த மாதிரியே அடிப்படை; வரிசையை மாற்ற மாதிரிகளை இழுக்கவும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="160"/>
        <source>Run again</source>
        <translation>மீண்டும் இயக்கு</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="163"/>
        <source>Evaluate anew even the models that already have a finished evaluation on this suite version (otherwise it is reused).</source>
        <translation>இந்தத் தொகுப்புப் பதிப்பில் ஏற்கெனவே முடிந்த மதிப்பீடு உள்ள மாதிரிகளையும் புதிதாக மதிப்பிடு (இல்லையெனில் அது மீண்டும் பயன்படுத்தப்படும்).</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="188"/>
        <source>{name} (version {version}, {cases} cases)</source>
        <translation>{name} (பதிப்பு {version}, {cases} சோதனைகள்)</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="221"/>
        <source>No model has a verified export yet: export one on the Export page.</source>
        <translation>இன்னும் எந்த மாதிரிக்கும் சரிபார்த்த ஏற்றுமதி இல்லை: ஏற்றுமதி பக்கத்தில் ஒன்றை ஏற்றுமதி செய்யுங்கள்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="223"/>
        <source>No model yet: import one on the Models page.</source>
        <translation>இன்னும் மாதிரி இல்லை: மாதிரிகள் பக்கத்தில் ஒன்றை இறக்குமதி செய்யுங்கள்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="247"/>
        <source>Evaluation suite</source>
        <translation>மதிப்பீட்டுத் தொகுப்பு</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="247"/>
        <source>Suites (*.toml *.jsonl);;All files (*)</source>
        <translation>தொகுப்புகள் (*.toml *.jsonl);;அனைத்துக் கோப்புகளும் (*)</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="263"/>
        <source>Suite {name} version {version}: {cases} cases, kept encrypted.</source>
        <translation>தொகுப்பு {name} பதிப்பு {version}: {cases} சோதனைகள், மறையாக்கத்துடன் வைக்கப்பட்டன.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="279"/>
        <source>Choose a suite, or import a suite file.</source>
        <translation>ஒரு தொகுப்பைத் தேர்ந்தெடுங்கள், அல்லது தொகுப்புக் கோப்பை இறக்குமதி செய்யுங்கள்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="282"/>
        <source>Tick at least one model to evaluate.</source>
        <translation>மதிப்பிட குறைந்தது ஒரு மாதிரியைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="309"/>
        <source>Compared {n} model(s) on suite {suite}.</source>
        <translation>{suite} தொகுப்பில் {n} மாதிரி(கள்) ஒப்பிடப்பட்டன.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="326"/>
        <source>Choose a suite, tick one or more models and press Evaluate and compare: each model answers every case with greedy decoding, and the results appear here side by side.</source>
        <translation>ஒரு தொகுப்பைத் தேர்ந்து, ஒன்று அல்லது மேற்பட்ட மாதிரிகளைக் குறித்து «மதிப்பிட்டு ஒப்பிடு» அழுத்துங்கள்: ஒவ்வொரு மாதிரியும் பேராசை குறியீடுநீக்கத்துடன் ஒவ்வொரு சோதனைக்கும் பதிலளிக்கும், முடிவுகள் இங்கே அருகருகே தோன்றும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="341"/>
        <source>Suite {suite}: {cases} cases, {n} model(s)</source>
        <translation>தொகுப்பு {suite}: {cases} சோதனைகள், {n} மாதிரி(கள்)</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="349"/>
        <source>{model} (baseline)</source>
        <translation>{model} (அடிப்படை)</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="357"/>
        <source>{ms} ms</source>
        <translation>{ms} மி.வி.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="365"/>
        <source>Evaluation {id}</source>
        <translation>மதிப்பீடு {id}</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="374"/>
        <source>Slice</source>
        <translation>பிரிவு</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="384"/>
        <source>{model} against {baseline}: {difference} points (95 % interval {low} … {high}, paired bootstrap); {mcnemar}; only {baseline} passed {b}, only {model} passed {c}.</source>
        <translation>{baseline} உடன் ஒப்பிட {model}: {difference} புள்ளிகள் (95 % இடைவெளி {low} … {high}, இணை பூட்ஸ்ட்ராப்); {mcnemar}; {baseline} மட்டும் தேறியவை {b}, {model} மட்டும் தேறியவை {c}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="400"/>
        <source>Promotion gate: {summary}</source>
        <translation>உயர்த்தல் வாயில்: {summary}</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="402"/>
        <source>Tick a second model to compare it with this one.</source>
        <translation>இதனுடன் ஒப்பிட இரண்டாவது மாதிரியைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="406"/>
        <source>Case</source>
        <translation>சோதனை</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="406"/>
        <source>Tags</source>
        <translation>குறிச்சொற்கள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="437"/>
        <source>passed</source>
        <translation>தேறியது</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="437"/>
        <source>failed</source>
        <translation>தோல்வி</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="466"/>
        <source>{passed}/{n} ({pct} %)</source>
        <translation>{passed}/{n} ({pct} %)</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="481"/>
        <source>Evaluate and compare first: there is no report to save.</source>
        <translation>முதலில் மதிப்பிட்டு ஒப்பிடுங்கள்: சேமிக்க அறிக்கை இல்லை.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="485"/>
        <source>Save the report</source>
        <translation>அறிக்கையைச் சேமி</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="485"/>
        <source>HTML page (*.html)</source>
        <translation>HTML பக்கம் (*.html)</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="492"/>
        <source>Could not write {path}: {why}</source>
        <translation>{path} ஐ எழுத முடியவில்லை: {why}</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="495"/>
        <source>Saved the report to {path}. It holds the answers in the clear.</source>
        <translation>அறிக்கை {path} இல் சேமிக்கப்பட்டது. அதில் பதில்கள் மறையாக்கமின்றி உள்ளன.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../gui/pages/export.py" line="109"/>
        <source>Export</source>
        <translation>ஏற்றுமதி</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="112"/>
        <source>Merge a finished training run into a new model</source>
        <translation>முடிந்த பயிற்சி ஓட்டத்தைப் புதிய மாதிரியாக இணை</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="113"/>
        <source>name of the merged model (optional)</source>
        <translation>இணைக்கப்பட்ட மாதிரியின் பெயர் (விருப்பம்)</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="114"/>
        <source>no finished run waiting to be merged</source>
        <translation>இணைக்கக் காத்திருக்கும் முடிந்த ஓட்டம் இல்லை</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="115"/>
        <source>Merge</source>
        <translation>இணை</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="116"/>
        <source>Export to GGUF with the verification gate</source>
        <translation>சரிபார்ப்பு வாயிலுடன் GGUF க்கு ஏற்றுமதி</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="118"/>
        <source>Model</source>
        <translation>மாதிரி</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="118"/>
        <location filename="../gui/pages/export.py" line="137"/>
        <source>Quantization</source>
        <translation>அளவாக்கம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="118"/>
        <source>Tokenizer differences</source>
        <translation>டோக்கனாக்கி வேறுபாடுகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="124"/>
        <source>default: fail only on Latin, code, digits or lost text</source>
        <translation>இயல்பு: லத்தீன், குறியீடு, எண்கள் அல்லது இழந்த உரையில் மட்டும் தோல்வி</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="125"/>
        <source>strict: any difference fails</source>
        <translation>கண்டிப்பு: எந்த வேறுபாடும் தோல்வி</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="126"/>
        <source>lenient: differences only warn</source>
        <translation>தளர்வு: வேறுபாடுகள் எச்சரிக்கை மட்டும்</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="130"/>
        <source>Export and verify</source>
        <translation>ஏற்றுமதி செய்து சரிபார்</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="131"/>
        <source>Cancel</source>
        <translation>ரத்துசெய்</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="132"/>
        <source>Exports of this model</source>
        <translation>இந்த மாதிரியின் ஏற்றுமதிகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="133"/>
        <source>Verification report</source>
        <translation>சரிபார்ப்பு அறிக்கை</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="134"/>
        <source>Model card</source>
        <translation>மாதிரி அட்டை</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="138"/>
        <source>Verdict</source>
        <translation>முடிவு</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="139"/>
        <source>Size</source>
        <translation>அளவு</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="140"/>
        <source>Created</source>
        <translation>உருவாக்கப்பட்டது</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="141"/>
        <source>File</source>
        <translation>கோப்பு</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="142"/>
        <source>Id</source>
        <translation>அடையாளம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="145"/>
        <source>Show in folder</source>
        <translation>கோப்புறையில் காட்டு</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="146"/>
        <source>Copy path</source>
        <translation>பாதையை நகலெடு</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="147"/>
        <source>Save a copy as…</source>
        <translation>நகலை இவ்வாறு சேமி…</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="149"/>
        <source>Copies the GGUF out of the workspace; the copy is recorded in the audit log.</source>
        <translation>GGUF ஐப் பணியிடத்துக்கு வெளியே நகலெடுக்கிறது; நகல் தணிக்கைப் பதிவில் பதியப்படும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="160"/>
        <source>built-in</source>
        <translation>உள்ளமைந்த</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="160"/>
        <source>imported</source>
        <translation>இறக்குமதியானது</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="160"/>
        <source>merged</source>
        <translation>இணைக்கப்பட்டது</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="273"/>
        <source>Copied the path of the GGUF.</source>
        <translation>GGUF இன் பாதை நகலெடுக்கப்பட்டது.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="283"/>
        <source>Save a copy of the GGUF</source>
        <translation>GGUF இன் நகலைச் சேமி</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="301"/>
        <source>Saved a copy to {path} (recorded in the audit log).</source>
        <translation>நகல் {path} இல் சேமிக்கப்பட்டது (தணிக்கைப் பதிவில் பதியப்பட்டது).</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="412"/>
        <source>Already exported</source>
        <translation>ஏற்கெனவே ஏற்றுமதி செய்யப்பட்டது</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="415"/>
        <source>{model} is already exported to {quant} and verified: {file} ({size}, {date}). Use that export, or make a second copy?</source>
        <translation>{model} ஏற்கெனவே {quant} க்கு ஏற்றுமதி செய்யப்பட்டுச் சரிபார்க்கப்பட்டது: {file} ({size}, {date}). அந்த ஏற்றுமதியைப் பயன்படுத்தவா, அல்லது இரண்டாவது நகலை உருவாக்கவா?</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="425"/>
        <source>Use the existing export</source>
        <translation>உள்ள ஏற்றுமதியைப் பயன்படுத்து</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="426"/>
        <source>Export again</source>
        <translation>மீண்டும் ஏற்றுமதி செய்</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="437"/>
        <source>Using the existing export {file}: chat with it on the Playground page, or serve it.</source>
        <translation>உள்ள ஏற்றுமதி {file} பயன்படுத்தப்படுகிறது: சோதனைக்களம் பக்கத்தில் அதனுடன் உரையாடுங்கள், அல்லது அதை வழங்குங்கள்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="467"/>
        <source>Exported and verified: {file} ({size}). Chat with it on the Playground page.</source>
        <translation>ஏற்றுமதி செய்து சரிபார்க்கப்பட்டது: {file} ({size}). சோதனைக்களம் பக்கத்தில் அதனுடன் உரையாடவும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="325"/>
        <source>{name}  ~{size}  ({bits} bits per weight)</source>
        <translation>{name}  ~{size}  (ஒரு எடைக்கு {bits} பிட்கள்)</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="343"/>
        <source>Choose a finished training run to merge.</source>
        <translation>இணைக்க முடிந்த பயிற்சி ஓட்டத்தைத் தேர்ந்தெடுக்கவும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="357"/>
        <source>Merged into model {name}.</source>
        <translation>{name} மாதிரியாக இணைக்கப்பட்டது.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="369"/>
        <source>Choose a model and a quantization.</source>
        <translation>ஒரு மாதிரியையும் அளவாக்கத்தையும் தேர்ந்தெடுக்கவும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="254"/>
        <source>Verified: the GGUF behaves like the model it was made from.</source>
        <translation>சரிபார்க்கப்பட்டது: GGUF அதன் மூல மாதிரியைப் போலவே செயல்படுகிறது.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="196"/>
        <source>verified</source>
        <translation>சரிபார்க்கப்பட்டது</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="197"/>
        <source>failed</source>
        <translation>தோல்வி</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="198"/>
        <source>in progress</source>
        <translation>நடைபெறுகிறது</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="244"/>
        <source>No file: {why}</source>
        <translation>கோப்பு இல்லை: {why}</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="256"/>
        <location filename="../gui/pages/export.py" line="464"/>
        <source>Failed verification: the export is kept but marked failed.</source>
        <translation>சரிபார்ப்பு தோல்வி: ஏற்றுமதி வைக்கப்பட்டுள்ளது, ஆனால் தோல்வியென குறிக்கப்பட்டது.</translation>
    </message>
</context>
<context>
    <name>FeedbackRow</name>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="58"/>
        <source>Good</source>
        <translation>நல்லது</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="59"/>
        <source>Bad</source>
        <translation>மோசம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="60"/>
        <source>A good answer (recorded with the captured request)</source>
        <translation>நல்ல பதில் (பதிவான கோரிக்கையுடன் பதிவுசெய்யப்படும்)</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="61"/>
        <source>A bad answer (recorded with the captured request)</source>
        <translation>மோசமான பதில் (பதிவான கோரிக்கையுடன் பதிவுசெய்யப்படும்)</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="62"/>
        <source>Correct this answer…</source>
        <translation>இந்தப் பதிலைத் திருத்து…</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="64"/>
        <source>Write the answer it should have given; a reviewer decides whether it is learnt.</source>
        <translation>அது கொடுத்திருக்க வேண்டிய பதிலை எழுதுங்கள்; அது கற்கப்படுமா என்பதை மதிப்பாய்வாளர் முடிவு செய்வார்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="74"/>
        <source>Thank you: recorded for review.</source>
        <translation>நன்றி: மதிப்பாய்வுக்காகப் பதிவுசெய்யப்பட்டது.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="76"/>
        <source>Captured for this line&apos;s review: was it right?</source>
        <translation>இந்த வரிசையின் மதிப்பாய்வுக்காகப் பதிவானது: இது சரியா?</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="102"/>
        <source>Correct this answer</source>
        <translation>இந்தப் பதிலைத் திருத்து</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="102"/>
        <source>The answer the model should have given:</source>
        <translation>மாதிரி கொடுத்திருக்க வேண்டிய பதில்:</translation>
    </message>
</context>
<context>
    <name>FormText</name>
    <message>
        <location filename="../gui/pages/train_form.py" line="20"/>
        <source>automatic</source>
        <translation>தானியங்கி</translation>
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
        <translation>முழு (ஒவ்வொரு எடையும்)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="26"/>
        <source>supervised (learn the answers)</source>
        <translation>மேற்பார்வையிடப்பட்டது (பதில்களைக் கற்றல்)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="27"/>
        <source>DPO (preference pairs)</source>
        <translation>DPO (விருப்ப இணைகள்)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="28"/>
        <source>SimPO (pairs, no reference)</source>
        <translation>SimPO (இணைகள், குறிப்பின்றி)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="29"/>
        <source>KTO (answers judged good or bad)</source>
        <translation>KTO (நல்லவை அல்லது மோசமானவை என மதிப்பிடப்பட்ட பதில்கள்)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="33"/>
        <source>on</source>
        <translation>இயக்கம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="33"/>
        <source>off</source>
        <translation>முடக்கம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="44"/>
        <source>From {low} to {high}.</source>
        <translation>{low} முதல் {high} வரை.</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="49"/>
        <source>The preset {preset} sets {value}.</source>
        <translation>முன்னமைவு {preset} அமைக்கும் மதிப்பு: {value}.</translation>
    </message>
</context>
<context>
    <name>GateText</name>
    <message>
        <location filename="../gui/gate_text.py" line="159"/>
        <source>(llama.cpp loses text)</source>
        <translation>(llama.cpp உரையை இழக்கிறது)</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="141"/>
        <source>(not NFC)</source>
        <translation>(NFC அல்ல)</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="173"/>
        <source>, {n} lose text</source>
        <translation>, {n} இல் உரை இழக்கப்படுகிறது</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="46"/>
        <source>Arabic</source>
        <translation>அரபு</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="31"/>
        <source>BOS token</source>
        <translation>BOS டோக்கன்</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="47"/>
        <source>Chinese, Japanese, Korean</source>
        <translation>சீனம், ஜப்பானியம், கொரியம்</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="44"/>
        <source>Devanagari</source>
        <translation>தேவநாகரி</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="32"/>
        <source>EOS token</source>
        <translation>EOS டோக்கன்</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="24"/>
        <source>FAIL</source>
        <translation>தோல்வி</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="168"/>
        <source>Held-out {script} lines: {identical}/{lines} tokenized identically by llama.cpp</source>
        <translation>ஒதுக்கப்பட்ட {script} வரிகள்: {identical}/{lines} llama.cpp ஆல் ஒரே மாதிரி டோக்கனாக்கப்பட்டன</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="41"/>
        <source>Latin</source>
        <translation>லத்தீன்</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="92"/>
        <source>Logits on {positions} probe positions ({prompts} prompts, reference in {dtype}): top-1 agreement {agreement} (needs ≥ {needed}), mean KL {kl} nats (needs ≤ {max_kl}), p95 KL {kl_high}</source>
        <translation>{positions} ஆய்வு நிலைகளில் லாஜிட்கள் ({prompts} தூண்டுரைகள், குறிப்பு {dtype} இல்): top-1 ஒப்புமை {agreement} (தேவை ≥ {needed}), சராசரி KL {kl} nats (தேவை ≤ {max_kl}), p95 KL {kl_high}</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="22"/>
        <source>PASS</source>
        <translation>தேர்ச்சி</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="115"/>
        <source>Probe set {version}; took {s} s.</source>
        <translation>ஆய்வுத் தொகுப்பு {version}; {s} வினாடி ஆனது.</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="25"/>
        <source>SKIP</source>
        <translation>தவிர்க்கப்பட்டது</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="45"/>
        <source>Tamil</source>
        <translation>தமிழ்</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="130"/>
        <source>Tokenizer probes: {same}/{total} identical; policy {policy}: {explanation}</source>
        <translation>டோக்கனாக்கி ஆய்வுகள்: {same}/{total} ஒன்றே; கொள்கை {policy}: {explanation}</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="51"/>
        <source>Unicode normalization</source>
        <translation>யூனிகோடு இயல்பாக்கம்</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="83"/>
        <source>Verification gate ({quant}): {verdict}</source>
        <translation>சரிபார்ப்பு வாயில் ({quant}): {verdict}</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="23"/>
        <source>WARN</source>
        <translation>எச்சரிக்கை</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="143"/>
        <source>[{mark}] {category}: {text} — HF {hf} tokens, llama.cpp {llama}; first difference at token {k}: HF {hf_pieces} vs llama.cpp {llama_pieces}</source>
        <translation>[{mark}] {category}: {text} — HF {hf} டோக்கன்கள், llama.cpp {llama}; முதல் வேறுபாடு டோக்கன் {k} இல்: HF {hf_pieces} எதிர் llama.cpp {llama_pieces}</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="34"/>
        <source>add-BOS flag</source>
        <translation>BOS சேர்க்கும் கொடி</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="35"/>
        <source>chat rendering</source>
        <translation>உரையாடல் வடிவமைப்பு</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="30"/>
        <source>chat template embedded</source>
        <translation>உரையாடல் வார்ப்புரு உட்பொதிக்கப்பட்டது</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="42"/>
        <source>code</source>
        <translation>குறியீடு</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="43"/>
        <source>digits</source>
        <translation>எண்கள்</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="48"/>
        <source>emoji</source>
        <translation>எமோஜி</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="33"/>
        <source>end-of-turn tokens</source>
        <translation>முறை-முடிவு டோக்கன்கள்</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="36"/>
        <source>extended-vocabulary parity</source>
        <translation>விரிவாக்கிய சொற்களஞ்சிய ஒப்புமை</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="28"/>
        <source>loads in llama.cpp</source>
        <translation>llama.cpp இல் ஏறுகிறது</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="29"/>
        <source>logits</source>
        <translation>லாஜிட்கள்</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="49"/>
        <source>native digits</source>
        <translation>உள்நாட்டு எண்கள்</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="37"/>
        <source>new vocabulary rows</source>
        <translation>புதிய சொற்களஞ்சிய வரிசைகள்</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="38"/>
        <source>tokenizer probes</source>
        <translation>டோக்கனாக்கி ஆய்வுகள்</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="50"/>
        <source>whitespace</source>
        <translation>வெற்றிடம்</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="179"/>
        <source>{text}: first difference at token {k}: HF {hf_pieces} vs llama.cpp {llama_pieces}</source>
        <translation>{text}: முதல் வேறுபாடு டோக்கன் {k} இல்: HF {hf_pieces} எதிர் llama.cpp {llama_pieces}</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <location filename="../gui/pages/workspace.py" line="61"/>
        <source>Getting started</source>
        <translation>தொடங்குதல்</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="63"/>
        <source>1. Create the workspace: its keys encrypt every dataset and the audit log.</source>
        <translation>1. பணியிடத்தை உருவாக்கவும்: அதன் விசைகள் ஒவ்வொரு தரவுத்தொகுப்பையும் தணிக்கைப் பதிவையும் மறையாக்குகின்றன.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="64"/>
        <source>2. Unpack the built-in model (SmolLM2, runs on this computer&apos;s CPU).</source>
        <translation>2. உள்ளமைந்த மாதிரியைப் பிரித்தெடுக்கவும் (SmolLM2, இந்தக் கணினியின் CPU இல் இயங்கும்).</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="65"/>
        <source>3. Import data: the sample registry questions, or your own JSONL or CSV file.</source>
        <translation>3. தரவை இறக்குமதி செய்யவும்: எடுத்துக்காட்டுப் பதிவகக் கேள்விகள், அல்லது உங்கள் சொந்த JSONL அல்லது CSV கோப்பு.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="66"/>
        <source>4. Train: a few minutes on the sample with the CPU preset.</source>
        <translation>4. பயிற்சி: CPU முன்னமைவுடன் எடுத்துக்காட்டுத் தரவில் சில நிமிடங்கள்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="67"/>
        <source>5. Merge the run and export it to GGUF through the verification gate.</source>
        <translation>5. ஓட்டத்தை இணைத்து, சரிபார்ப்பு வாயில் வழியாக GGUF க்கு ஏற்றுமதி செய்யவும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="68"/>
        <source>6. Chat with the base and the tuned model side by side.</source>
        <translation>6. அடிப்படை மாதிரியுடனும் சீரமைத்த மாதிரியுடனும் அருகருகே உரையாடவும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="71"/>
        <source>Create below</source>
        <translation>கீழே உருவாக்கவும்</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="72"/>
        <source>Unpack</source>
        <translation>பிரித்தெடு</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="73"/>
        <source>Use the sample</source>
        <translation>எடுத்துக்காட்டைப் பயன்படுத்து</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="74"/>
        <source>Open Train</source>
        <translation>பயிற்சியைத் திற</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="75"/>
        <source>Open Export</source>
        <translation>ஏற்றுமதியைத் திற</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="76"/>
        <source>Open Playground</source>
        <translation>சோதனைக்களத்தைத் திற</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="105"/>
        <source>The built-in model {name} is ready.</source>
        <translation>உள்ளமைந்த மாதிரி {name} தயாராக உள்ளது.</translation>
    </message>
</context>
<context>
    <name>GovText</name>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="17"/>
        <source>admin</source>
        <translation>நிர்வாகி</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="18"/>
        <source>operator</source>
        <translation>இயக்குநர்</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="19"/>
        <source>approver</source>
        <translation>ஒப்புதலாளர்</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="20"/>
        <source>auditor</source>
        <translation>தணிக்கையாளர்</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="27"/>
        <source>people, policy, auditors and key rotation, and everything an operator does</source>
        <translation>நபர்கள், கொள்கை, தணிக்கையாளர்கள், விசை மாற்றம், மேலும் இயக்குநர் செய்யும் அனைத்தும்</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="28"/>
        <source>data, training, export, evaluation, serving; asks for promotions</source>
        <translation>தரவு, பயிற்சி, ஏற்றுமதி, மதிப்பீடு, வழங்கல்; உயர்த்தலைக் கோருவார்</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="29"/>
        <source>decides approval requests; may chat with a model to judge it</source>
        <translation>ஒப்புதல் கோரிக்கைகளில் முடிவெடுப்பார்; மதிப்பிட மாதிரியுடன் உரையாடலாம்</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="30"/>
        <source>exports evidence packages only</source>
        <translation>சான்றுத் தொகுப்புகளை மட்டும் ஏற்றுமதி செய்வார்</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="35"/>
        <source>pending</source>
        <translation>நிலுவையில்</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="36"/>
        <source>approved</source>
        <translation>ஒப்புதல் பெற்றது</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="37"/>
        <source>refused</source>
        <translation>மறுக்கப்பட்டது</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="38"/>
        <source>used</source>
        <translation>பயன்படுத்தப்பட்டது</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="39"/>
        <source>expired</source>
        <translation>காலாவதியானது</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="40"/>
        <source>void (no longer holds)</source>
        <translation>செல்லாதது (இனி பொருந்தாது)</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="41"/>
        <source>active</source>
        <translation>செயலில்</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="42"/>
        <source>removed</source>
        <translation>நீக்கப்பட்டது</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="48"/>
        <source>Signed in as {name} ({role})</source>
        <translation>{name} ({role}) ஆக உள்நுழைந்துள்ளீர்கள்</translation>
    </message>
</context>
<context>
    <name>HardwarePanel</name>
    <message>
        <location filename="../gui/widgets/hardware.py" line="214"/>
        <source>This machine&apos;s load, once a second</source>
        <translation>இந்தக் கணினியின் சுமை, ஒவ்வொரு வினாடியும்</translation>
    </message>
    <message>
        <location filename="../gui/widgets/hardware.py" line="215"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../gui/widgets/hardware.py" line="216"/>
        <source>Memory</source>
        <translation>நினைவகம்</translation>
    </message>
    <message>
        <location filename="../gui/widgets/hardware.py" line="224"/>
        <source>GPU {n} load</source>
        <translation>GPU {n} சுமை</translation>
    </message>
    <message>
        <location filename="../gui/widgets/hardware.py" line="225"/>
        <source>GPU {n} memory</source>
        <translation>GPU {n} நினைவகம்</translation>
    </message>
    <message>
        <location filename="../gui/widgets/hardware.py" line="235"/>
        <source>{used} of {total}</source>
        <translation>{total} இல் {used}</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <location filename="../gui/widgets/common.py" line="362"/>
        <source>Cancel</source>
        <translation>ரத்துசெய்</translation>
    </message>
    <message>
        <location filename="../gui/widgets/common.py" line="370"/>
        <source>Starting…</source>
        <translation>தொடங்குகிறது…</translation>
    </message>
    <message>
        <location filename="../gui/widgets/common.py" line="396"/>
        <source>Cancelling…</source>
        <translation>ரத்துசெய்யப்படுகிறது…</translation>
    </message>
</context>
<context>
    <name>LifecyclePage</name>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="165"/>
        <source>Lifecycle</source>
        <translation>வாழ்க்கைச் சுழற்சி</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="168"/>
        <source>Line</source>
        <translation>வரிசை</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="169"/>
        <source>no model line yet</source>
        <translation>இன்னும் மாதிரி வரிசை இல்லை</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="172"/>
        <source>No model lines yet. A line is what this appliance serves, watches and retrains: create one with `appliance lines create NAME --from-run RUN --suite SUITE --gate GATE.toml`, then come back here to switch on capture.</source>
        <translation>இன்னும் மாதிரி வரிசைகள் இல்லை. இந்தக் கருவி வழங்கி, கண்காணித்து, மறுபயிற்சி அளிப்பது ஒரு வரிசை: `appliance lines create NAME --from-run RUN --suite SUITE --gate GATE.toml` மூலம் ஒன்றை உருவாக்கி, பதிவுசெய்தலை இயக்க இங்கே திரும்புங்கள்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="224"/>
        <source>production</source>
        <translation>உற்பத்தி</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="224"/>
        <source>candidate</source>
        <translation>வேட்பாளர்</translation>
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
        <translation>வரிசை</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="103"/>
        <location filename="../gui/pages/lines.py" line="124"/>
        <source>Model</source>
        <translation>மாதிரி</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="104"/>
        <source>no model line yet</source>
        <translation>இன்னும் மாதிரி வரிசை இல்லை</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="105"/>
        <source>Promote to production</source>
        <translation>உற்பத்திக்கு உயர்த்து</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="108"/>
        <source>Evaluates the model on the line&apos;s suites where needed, compares it with the current production model, and moves it to production only if the line&apos;s gate passes.</source>
        <translation>தேவையெனில் வரிசையின் தொகுப்புகளில் மாதிரியை மதிப்பிட்டு, தற்போதைய உற்பத்தி மாதிரியுடன் ஒப்பிட்டு, வரிசையின் வாயில் தேறினால் மட்டுமே அதை உற்பத்திக்கு நகர்த்தும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="114"/>
        <source>No model lines yet. A line names a customization, its suites and its promotion gate: create one with `appliance lines create NAME --from-run RUN --suite SUITE --gate GATE.toml`.</source>
        <translation>இன்னும் மாதிரி வரிசைகள் இல்லை. ஒரு வரிசை ஒரு தனிப்பயனாக்கம், அதன் தொகுப்புகள், அதன் உயர்த்தல் வாயில் ஆகியவற்றைக் குறிக்கிறது: `appliance lines create NAME --from-run RUN --suite SUITE --gate GATE.toml` மூலம் உருவாக்குங்கள்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="118"/>
        <source>The gate&apos;s verdict</source>
        <translation>வாயிலின் தீர்ப்பு</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="119"/>
        <source>Show its comparison</source>
        <translation>அதன் ஒப்பீட்டைக் காட்டு</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="120"/>
        <source>Decisions</source>
        <translation>முடிவுகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="124"/>
        <source>When</source>
        <translation>எப்போது</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="124"/>
        <source>Decision</source>
        <translation>முடிவு</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="124"/>
        <source>Channel</source>
        <translation>அலைவரிசை</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="124"/>
        <source>Gate</source>
        <translation>வாயில்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="139"/>
        <source>{line} (production: {production}; candidate: {candidate})</source>
        <translation>{line} (உற்பத்தி: {production}; வேட்பாளர்: {candidate})</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="174"/>
        <source>production</source>
        <translation>உற்பத்தி</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="174"/>
        <source>candidate</source>
        <translation>வேட்பாளர்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="178"/>
        <source>{channel}: {model} since {since}</source>
        <translation>{channel}: {model}, {since} முதல்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="183"/>
        <source>{channel}: none</source>
        <translation>{channel}: இல்லை</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="189"/>
        <source>Suites: {suites}</source>
        <translation>தொகுப்புகள்: {suites}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="190"/>
        <source>Gate: {gate}</source>
        <translation>வாயில்: {gate}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="194"/>
        <source>promoted</source>
        <translation>உயர்த்தப்பட்டது</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="194"/>
        <location filename="../gui/pages/lines.py" line="204"/>
        <location filename="../gui/pages/lines.py" line="246"/>
        <source>refused</source>
        <translation>மறுக்கப்பட்டது</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="194"/>
        <source>rebased</source>
        <translation>புதிய அடிப்படையில்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="204"/>
        <location filename="../gui/pages/lines.py" line="246"/>
        <source>passed</source>
        <translation>தேறியது</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="217"/>
        <source>pass rate at least {pct} %</source>
        <translation>தேர்ச்சி விகிதம் குறைந்தது {pct} %</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="220"/>
        <source>{slice} pass rate at least {pct} %</source>
        <translation>{slice} தேர்ச்சி விகிதம் குறைந்தது {pct} %</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="223"/>
        <source>must pass: {cases}</source>
        <translation>கட்டாயம் தேற வேண்டியவை: {cases}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="225"/>
        <source>no drop over {pct} % against production that is significant (p &lt; {p})</source>
        <translation>உற்பத்தியுடன் ஒப்பிட {pct} %க்கு மேல் குறிப்பிடத்தக்க வீழ்ச்சி இல்லை (p &lt; {p})</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="263"/>
        <source>Choose a model line and a model with a verified export.</source>
        <translation>ஒரு மாதிரி வரிசையையும் சரிபார்த்த ஏற்றுமதி உள்ள மாதிரியையும் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="290"/>
        <source>{model} is now {line}@production.</source>
        <translation>{model} இப்போது {line}@production.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="320"/>
        <source>Request {id} is approved: promote {model} again to move it to {line}@production (an approval is used once, for this model and this verdict).</source>
        <translation>கோரிக்கை {id} ஒப்புதல் பெற்றது: {model} ஐ {line}@production க்கு நகர்த்த மீண்டும் உயர்த்துங்கள் (ஒப்புதல் ஒருமுறை பயன்படும், இந்த மாதிரிக்கும் இந்தத் தீர்ப்புக்கும்).</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="328"/>
        <source>Waiting for approval: request {id} asks a second person to let {model} become {line}@production. An approver finds it on the Approvals page; promote again once it is approved. Nothing was changed.</source>
        <translation>ஒப்புதலுக்காகக் காத்திருக்கிறது: கோரிக்கை {id} {model} ஐ {line}@production ஆக்க இரண்டாம் நபரிடம் கேட்கிறது. ஒப்புதலாளர் அதை ஒப்புதல்கள் பக்கத்தில் காண்பார்; ஒப்புதல் கிடைத்ததும் மீண்டும் உயர்த்துங்கள். எதுவும் மாற்றப்படவில்லை.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="130"/>
        <source>Sovereign model appliance</source>
        <translation>இறையாண்மை மாதிரி சாதனம்</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="137"/>
        <source>No workspace</source>
        <translation>பணியிடம் இல்லை</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="143"/>
        <source>Unlocked</source>
        <translation>திறக்கப்பட்டது</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="145"/>
        <source>Locked</source>
        <translation>பூட்டப்பட்டது</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="179"/>
        <source>Keep training?</source>
        <translation>பயிற்சி தொடரட்டுமா?</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="181"/>
        <source>A training run is in progress. It can go on without this window: its checkpoints and result are saved as usual, and the Train page shows it when you open the appliance again (stop it there, or with `appliance runs stop`). Or it can stop now, keeping a checkpoint to resume from.</source>
        <translation>ஒரு பயிற்சி ஓட்டம் நடந்துகொண்டிருக்கிறது. இது இந்தச் சாளரம் இல்லாமலும் தொடரலாம்: அதன் சோதனைப்புள்ளிகளும் முடிவும் வழக்கம்போல் சேமிக்கப்படும், சாதனத்தை மீண்டும் திறக்கும்போது பயிற்சிப் பக்கம் அதைக் காட்டும் (அங்கே அல்லது `appliance runs stop` மூலம் நிறுத்தலாம்). அல்லது மீண்டும் தொடங்குவதற்கான ஒரு சோதனைப்புள்ளியுடன் இப்போதே நிறுத்தலாம்.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="189"/>
        <source>Keep training and close</source>
        <translation>பயிற்சியைத் தொடர்ந்து மூடு</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="190"/>
        <source>Stop the run and close</source>
        <translation>ஓட்டத்தை நிறுத்தி மூடு</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="208"/>
        <source>Stop the server?</source>
        <translation>சேவையகத்தை நிறுத்தவா?</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="210"/>
        <source>The API server at {url} is running ({models}). It runs inside this window: closing the window stops it, and programs using it lose their connection.</source>
        <translation>{url} இல் API சேவையகம் இயங்குகிறது ({models}). இது இந்தச் சாளரத்துக்குள் இயங்குகிறது: சாளரத்தை மூடினால் அது நின்றுவிடும், அதைப் பயன்படுத்தும் நிரல்களின் இணைப்பு துண்டிக்கப்படும்.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="219"/>
        <source>Stop the server and close</source>
        <translation>சேவையகத்தை நிறுத்தி மூடு</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../gui/pages/models.py" line="63"/>
        <location filename="../gui/pages/models.py" line="66"/>
        <source>Models</source>
        <translation>மாதிரிகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="67"/>
        <source>Training runs</source>
        <translation>பயிற்சி ஓட்டங்கள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="68"/>
        <source>Exports</source>
        <translation>ஏற்றுமதிகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="69"/>
        <source>Tokenizers</source>
        <translation>டோக்கனாக்கிகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="73"/>
        <location filename="../gui/pages/models.py" line="84"/>
        <source>Name</source>
        <translation>பெயர்</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="74"/>
        <source>Kind</source>
        <translation>வகை</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="75"/>
        <source>Architecture</source>
        <translation>கட்டமைப்பு</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="76"/>
        <source>Parameters</source>
        <translation>அளவுருக்கள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="77"/>
        <location filename="../gui/pages/models.py" line="96"/>
        <source>Type</source>
        <translation>வகைமை</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="78"/>
        <location filename="../gui/pages/models.py" line="99"/>
        <source>Created</source>
        <translation>உருவாக்கப்பட்டது</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="79"/>
        <location filename="../gui/pages/models.py" line="90"/>
        <location filename="../gui/pages/models.py" line="100"/>
        <source>Id</source>
        <translation>அடையாளம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="85"/>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="86"/>
        <source>Method</source>
        <translation>முறை</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="87"/>
        <source>Steps</source>
        <translation>படிகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="88"/>
        <source>Train loss</source>
        <translation>பயிற்சி இழப்பு</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="89"/>
        <source>Held-out loss</source>
        <translation>ஒதுக்கிய தரவு இழப்பு</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="95"/>
        <source>Model</source>
        <translation>மாதிரி</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="97"/>
        <source>Verification</source>
        <translation>சரிபார்ப்பு</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="98"/>
        <source>Size</source>
        <translation>அளவு</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="103"/>
        <source>Lineage of the selected item</source>
        <translation>தேர்ந்தெடுத்ததன் வம்சாவளி</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="104"/>
        <source>Import a model folder…</source>
        <translation>மாதிரிக் கோப்புறையை இறக்குமதி செய்…</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="105"/>
        <source>Import a GGUF file…</source>
        <translation>GGUF கோப்பை இறக்குமதி செய்…</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="106"/>
        <location filename="../gui/pages/models.py" line="250"/>
        <source>Remove</source>
        <translation>நீக்கு</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="115"/>
        <source>built-in</source>
        <translation>உள்ளமைந்த</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="116"/>
        <source>imported</source>
        <translation>இறக்குமதியானது</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="117"/>
        <source>merged</source>
        <translation>இணைக்கப்பட்டது</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="118"/>
        <source>extended</source>
        <translation>விரிவாக்கப்பட்டது</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="138"/>
        <source>completed</source>
        <translation>முடிந்தது</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="139"/>
        <source>running</source>
        <translation>இயங்குகிறது</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="140"/>
        <source>cancelled</source>
        <translation>ரத்துசெய்யப்பட்டது</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="142"/>
        <source>interrupted</source>
        <translation>இடைநிறுத்தப்பட்டது</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="162"/>
        <source>verified</source>
        <translation>சரிபார்க்கப்பட்டது</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="141"/>
        <location filename="../gui/pages/models.py" line="163"/>
        <source>failed</source>
        <translation>தோல்வி</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="164"/>
        <source>unverified</source>
        <translation>சரிபார்க்கப்படாதது</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="206"/>
        <source>Hugging Face model folder</source>
        <translation>Hugging Face மாதிரிக் கோப்புறை</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="208"/>
        <source>GGUF file</source>
        <translation>GGUF கோப்பு</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="221"/>
        <source>Imported {name}.</source>
        <translation>{name} இறக்குமதி செய்யப்பட்டது.</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="247"/>
        <source>Select a model or an export to remove.</source>
        <translation>நீக்க ஒரு மாதிரி அல்லது ஏற்றுமதியைத் தேர்ந்தெடுக்கவும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="250"/>
        <source>Remove {obj} and its files?</source>
        <translation>{obj} மற்றும் அதன் கோப்புகளை நீக்கவா?</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="263"/>
        <source>Removed.</source>
        <translation>நீக்கப்பட்டது.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../gui/pages/people.py" line="131"/>
        <source>People</source>
        <translation>நபர்கள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="135"/>
        <location filename="../gui/pages/people.py" line="146"/>
        <source>Give this workspace people</source>
        <translation>இந்தப் பணியிடத்துக்கு நபர்களைச் சேர்</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="138"/>
        <source>Each person gets their own passphrase, keys and role, and every record of the audit log names who acted. You become the first admin, with the workspace passphrase as your own; from then on only people unlock the workspace, each with their own passphrase.</source>
        <translation>ஒவ்வொரு நபருக்கும் சொந்தக் கடவுச்சொற்றொடர், விசைகள், பங்கு கிடைக்கும்; தணிக்கைப் பதிவின் ஒவ்வொரு பதிவும் யார் செயல்பட்டார் எனக் கூறும். பணியிடக் கடவுச்சொற்றொடரை உங்களுடையதாகக் கொண்டு நீங்கள் முதல் நிர்வாகி ஆவீர்கள்; அதன்பின் நபர்கள் மட்டுமே, ஒவ்வொருவரும் தம் கடவுச்சொற்றொடரால், பணியிடத்தைத் திறப்பர்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="143"/>
        <source>Your name</source>
        <translation>உங்கள் பெயர்</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="144"/>
        <source>Workspace passphrase</source>
        <translation>பணியிடக் கடவுச்சொற்றொடர்</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="145"/>
        <location filename="../gui/pages/people.py" line="175"/>
        <source>one word, e.g. asha.rao</source>
        <translation>ஒரே சொல், எ.கா. asha.rao</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="147"/>
        <source>People of this workspace</source>
        <translation>இந்தப் பணியிடத்தின் நபர்கள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="150"/>
        <location filename="../gui/pages/people.py" line="166"/>
        <source>Name</source>
        <translation>பெயர்</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="151"/>
        <location filename="../gui/pages/people.py" line="167"/>
        <source>Role</source>
        <translation>பங்கு</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="152"/>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="153"/>
        <source>Signing key</source>
        <translation>கையொப்ப விசை</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="154"/>
        <source>Added</source>
        <translation>சேர்க்கப்பட்டது</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="155"/>
        <source>Id</source>
        <translation>அடையாளம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="158"/>
        <source>Show removed people</source>
        <translation>நீக்கப்பட்ட நபர்களைக் காட்டு</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="159"/>
        <source>Role of the selected person</source>
        <translation>தேர்ந்தெடுத்த நபரின் பங்கு</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="160"/>
        <source>Change role</source>
        <translation>பங்கை மாற்று</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="161"/>
        <source>Remove…</source>
        <translation>நீக்கு…</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="162"/>
        <source>Add a person</source>
        <translation>ஒரு நபரைச் சேர்</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="168"/>
        <source>Their passphrase (12+ characters)</source>
        <translation>அவரது கடவுச்சொற்றொடர் (12+ எழுத்துகள்)</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="169"/>
        <location filename="../gui/pages/people.py" line="180"/>
        <source>Repeat it</source>
        <translation>மீண்டும் உள்ளிடு</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="170"/>
        <source>Your passphrase (admin)</source>
        <translation>உங்கள் கடவுச்சொற்றொடர் (நிர்வாகி)</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="176"/>
        <source>typed by them</source>
        <translation>அவரே தட்டச்சிட வேண்டும்</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="177"/>
        <source>Add</source>
        <translation>சேர்</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="178"/>
        <source>My passphrase</source>
        <translation>என் கடவுச்சொற்றொடர்</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="180"/>
        <source>Current passphrase</source>
        <translation>தற்போதைய கடவுச்சொற்றொடர்</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="180"/>
        <source>New passphrase</source>
        <translation>புதிய கடவுச்சொற்றொடர்</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="183"/>
        <source>Change my passphrase</source>
        <translation>என் கடவுச்சொற்றொடரை மாற்று</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="205"/>
        <source>No workspace yet: create it on the Workspace page.</source>
        <translation>இன்னும் பணியிடம் இல்லை: பணியிடம் பக்கத்தில் அதை உருவாக்குங்கள்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="209"/>
        <source>This workspace has one passphrase and no people: whoever holds the passphrase may do everything, and the audit log cannot say who acted.</source>
        <translation>இந்தப் பணியிடத்தில் ஒரே கடவுச்சொற்றொடர், நபர்கள் இல்லை: அதை வைத்திருப்பவர் எதையும் செய்யலாம், யார் செயல்பட்டார் எனத் தணிக்கைப் பதிவால் கூற முடியாது.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="216"/>
        <source>Nobody is signed in: sign in on the Workspace page.</source>
        <translation>யாரும் உள்நுழையவில்லை: பணியிடம் பக்கத்தில் உள்நுழையுங்கள்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="220"/>
        <source>Only an admin adds or removes people and changes roles; you are {role}.</source>
        <translation>நிர்வாகி மட்டுமே நபர்களைச் சேர்ப்பார், நீக்குவார், பங்குகளை மாற்றுவார்; நீங்கள் {role}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="261"/>
        <source>Sign in first (Workspace page).</source>
        <translation>முதலில் உள்நுழையுங்கள் (பணியிடம் பக்கம்).</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="282"/>
        <source>{name} is the admin of this workspace and signs in with their passphrase.</source>
        <translation>{name} இந்தப் பணியிடத்தின் நிர்வாகி, தம் கடவுச்சொற்றொடரால் உள்நுழைவார்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="295"/>
        <location filename="../gui/pages/people.py" line="408"/>
        <source>The two passphrases differ.</source>
        <translation>இரண்டு கடவுச்சொற்றொடர்களும் வேறுபடுகின்றன.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="311"/>
        <source>Added {name} ({role}).</source>
        <translation>{name} ({role}) சேர்க்கப்பட்டார்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="329"/>
        <source>{name} is now {role}.</source>
        <translation>{name} இப்போது {role}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="341"/>
        <source>Remove a person</source>
        <translation>ஒரு நபரை நீக்கு</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="343"/>
        <source>Remove {name}? Their keys are deleted: they can no longer sign in, approve or open anything in this workspace. Their name stays in the audit log. This cannot be undone.</source>
        <translation>{name} ஐ நீக்கவா? அவரது விசைகள் அழிக்கப்படும்: இனி அவர் இந்தப் பணியிடத்தில் உள்நுழையவோ, ஒப்புதல் அளிக்கவோ, எதையும் திறக்கவோ முடியாது. அவரது பெயர் தணிக்கைப் பதிவில் இருக்கும். இதைத் திரும்பப்பெற முடியாது.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="359"/>
        <source>Rotate the master key?</source>
        <translation>முதன்மை விசையை மாற்றவா?</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="361"/>
        <source>Removed {name}: their keys are deleted. Rotate the master key now, so that a copy of the catalog taken before opens nothing new? Every data key is rewrapped; it takes your passphrase.</source>
        <translation>{name} நீக்கப்பட்டார்: அவரது விசைகள் அழிக்கப்பட்டன. முன்பு எடுத்த பட்டியலின் நகல் புதிதாக எதையும் திறக்காதபடி இப்போதே முதன்மை விசையை மாற்றவா? ஒவ்வொரு தரவு விசையும் மீண்டும் சுற்றப்படும்; உங்கள் கடவுச்சொற்றொடர் தேவை.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="367"/>
        <source>Rotate now</source>
        <translation>இப்போது மாற்று</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="368"/>
        <source>Later</source>
        <translation>பிறகு</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="374"/>
        <source>Removed {name}. Rotate the master key soon (Workspace page).</source>
        <translation>{name} நீக்கப்பட்டார். விரைவில் முதன்மை விசையை மாற்றுங்கள் (பணியிடம் பக்கம்).</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="378"/>
        <source>Rotate the master key</source>
        <translation>முதன்மை விசையை மாற்று</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="378"/>
        <source>Your passphrase</source>
        <translation>உங்கள் கடவுச்சொற்றொடர்</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="397"/>
        <source>New master key; {n} data keys rewrapped.</source>
        <translation>புதிய முதன்மை விசை; {n} தரவு விசைகள் மீண்டும் சுற்றப்பட்டன.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="418"/>
        <source>Your passphrase is changed; use it to sign in.</source>
        <translation>உங்கள் கடவுச்சொற்றொடர் மாற்றப்பட்டது; உள்நுழைய அதைப் பயன்படுத்துங்கள்.</translation>
    </message>
</context>
<context>
    <name>PlaygroundPage</name>
    <message>
        <location filename="../gui/pages/playground.py" line="275"/>
        <source>Playground</source>
        <translation>சோதனைக்களம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="280"/>
        <source>Ask both models the same thing. They run here through llama.cpp; nothing leaves this machine. Only exports that passed verification are listed.</source>
        <translation>இரு மாதிரிகளிடமும் ஒரே கேள்வியைக் கேளுங்கள். அவை இங்கேயே llama.cpp மூலம் இயங்குகின்றன; எதுவும் இந்தக் கணினியை விட்டு வெளியேறாது. சரிபார்ப்பில் தேறிய ஏற்றுமதிகள் மட்டுமே காட்டப்படுகின்றன.</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="284"/>
        <source>System prompt</source>
        <translation>அமைப்புத் தூண்டுரை</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="285"/>
        <source>Optional: how the models should answer, for both panes</source>
        <translation>விருப்பம்: மாதிரிகள் எவ்வாறு பதிலளிக்க வேண்டும், இரு பலகங்களுக்கும்</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="286"/>
        <source>Temperature</source>
        <translation>வெப்பநிலை</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="287"/>
        <source>0 always picks the likeliest token; higher values vary more.</source>
        <translation>0 எப்போதும் மிக வாய்ப்புள்ள டோக்கனைத் தேர்ந்தெடுக்கும்; உயர் மதிப்புகள் அதிகம் மாறுபடும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="288"/>
        <source>Max tokens</source>
        <translation>அதிகபட்ச டோக்கன்கள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="289"/>
        <source>The longest answer, in tokens; a longer one is cut and marked.</source>
        <translation>மிக நீண்ட பதில், டோக்கன்களில்; அதைவிட நீண்டது துண்டிக்கப்பட்டுக் குறிக்கப்படும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="290"/>
        <source>Use documents</source>
        <translation>ஆவணங்களைப் பயன்படுத்து</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="291"/>
        <source>Answer from a document collection, with numbered sources (Documents page).</source>
        <translation>ஒரு ஆவணத் தொகுப்பிலிருந்து, எண்ணிட்ட மூலங்களுடன் பதிலளி (ஆவணங்கள் பக்கம்).</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="292"/>
        <source>Saved conversations (encrypted)</source>
        <translation>சேமித்த உரையாடல்கள் (மறையாக்கப்பட்டவை)</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="293"/>
        <source>Open</source>
        <translation>திற</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="294"/>
        <source>Delete</source>
        <translation>அழி</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="295"/>
        <source>Type a message and press Enter</source>
        <translation>செய்தியைத் தட்டச்சு செய்து Enter அழுத்தவும்</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="296"/>
        <source>Send</source>
        <translation>அனுப்பு</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="297"/>
        <source>Stop</source>
        <translation>நிறுத்து</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="298"/>
        <source>New conversation</source>
        <translation>புதிய உரையாடல்</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="311"/>
        <source>(no model)</source>
        <translation>(மாதிரி இல்லை)</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="351"/>
        <source>Unlock the workspace to see and save conversations.</source>
        <translation>உரையாடல்களைப் பார்க்கவும் சேமிக்கவும் பணியிடத்தைத் திறக்கவும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="388"/>
        <source>Reopened; %1 is no longer exported here, so pick a model for that pane.</source>
        <translation>மீண்டும் திறக்கப்பட்டது; %1 இனி இங்கே ஏற்றுமதியில் இல்லை, எனவே அந்தப் பலகத்துக்கு ஒரு மாதிரியைத் தேர்ந்தெடுக்கவும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="400"/>
        <source>Delete conversation</source>
        <translation>உரையாடலை அழி</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="401"/>
        <source>Destroy the conversation “%1” for good? Its key is destroyed; it cannot be recovered.</source>
        <translation>“%1” உரையாடலை நிரந்தரமாக அழிக்கவா? அதன் விசை அழிக்கப்படும்; அதை மீட்டெடுக்க முடியாது.</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="464"/>
        <source>Export a model first (Export page).</source>
        <translation>முதலில் ஒரு மாதிரியை ஏற்றுமதி செய்யவும் (ஏற்றுமதி பக்கம்).</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="468"/>
        <source>Use documents needs a document collection (Documents page) and the workspace unlocked.</source>
        <translation>ஆவணங்களைப் பயன்படுத்த ஒரு ஆவணத் தொகுப்பும் (ஆவணங்கள் பக்கம்) திறந்த பணியிடமும் தேவை.</translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message>
        <location filename="../gui/core_text.py" line="145"/>
        <source>Checking</source>
        <translation>சோதித்தல்</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="141"/>
        <source>Converting</source>
        <translation>மாற்றுதல்</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="135"/>
        <source>Copying</source>
        <translation>நகலெடுத்தல்</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="137"/>
        <source>Encrypting</source>
        <translation>மறையாக்கம்</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="138"/>
        <source>Evaluating</source>
        <translation>மதிப்பிடுதல்</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="144"/>
        <source>Hashing</source>
        <translation>ஹாஷ் கணக்கிடுதல்</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="148"/>
        <source>Inspecting</source>
        <translation>ஆய்வு செய்தல்</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="139"/>
        <source>Judging</source>
        <translation>நடுவர் மதிப்பீடு</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="134"/>
        <source>Learning the new tokens</source>
        <translation>புதிய டோக்கன்களைக் கற்றல்</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="150"/>
        <source>Loading</source>
        <translation>ஏற்றுதல்</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="151"/>
        <source>Measuring bits per character</source>
        <translation>ஓர் எழுத்துக்கான பிட்களை அளத்தல்</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="133"/>
        <source>Merging</source>
        <translation>இணைத்தல்</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="131"/>
        <source>Preparing</source>
        <translation>தயாராகிறது</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="142"/>
        <source>Quantizing</source>
        <translation>அளவாக்குதல்</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="146"/>
        <source>Reading</source>
        <translation>படித்தல்</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="140"/>
        <source>Rebasing</source>
        <translation>புதிய அடிப்படைக்கு மாற்றுதல்</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="149"/>
        <source>Rebuilding the tokenizer</source>
        <translation>டோக்கனாக்கியை மீண்டும் உருவாக்குதல்</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="132"/>
        <source>Training</source>
        <translation>பயிற்சி</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="136"/>
        <source>Validating</source>
        <translation>சரிபார்த்தல்</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="143"/>
        <source>Verifying</source>
        <translation>சரிபார்த்தல்</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="147"/>
        <source>Writing the weights</source>
        <translation>எடைகளை எழுதுதல்</translation>
    </message>
</context>
<context>
    <name>ReviewSection</name>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="98"/>
        <source>Review queue</source>
        <translation>மதிப்பாய்வு வரிசை</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="99"/>
        <source>Show</source>
        <translation>காட்டு</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="103"/>
        <source>items with feedback</source>
        <translation>கருத்துள்ள பதிவுகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="104"/>
        <source>new items</source>
        <translation>புதிய பதிவுகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="105"/>
        <source>all items</source>
        <translation>அனைத்துப் பதிவுகளும்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="109"/>
        <source>When</source>
        <translation>எப்போது</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="109"/>
        <source>Source</source>
        <translation>மூலம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="109"/>
        <source>Rating</source>
        <translation>மதிப்பீடு</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="109"/>
        <source>Corrected</source>
        <translation>திருத்தப்பட்டது</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="109"/>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="111"/>
        <source>Answer to learn (edit it, then Accept with edit)</source>
        <translation>கற்க வேண்டிய பதில் (திருத்தி, பின் &apos;திருத்தத்துடன் ஏற்று&apos;)</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="112"/>
        <source>Text to redact: type it, or select it above</source>
        <translation>மறைக்க வேண்டிய உரை: தட்டச்சு செய்யுங்கள், அல்லது மேலே தேர்ந்தெடுங்கள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="113"/>
        <source>Redact</source>
        <translation>மறை</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="115"/>
        <source>Replaced by [redacted] everywhere in the item (prompt, answer, corrections) when you decide.</source>
        <translation>நீங்கள் முடிவு செய்யும்போது பதிவில் எல்லா இடத்திலும் (கேள்வி, பதில், திருத்தங்கள்) [redacted] ஆல் மாற்றப்படும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="117"/>
        <source>Accept</source>
        <translation>ஏற்று</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="118"/>
        <source>Learn the correction, or the answer given when it was rated good.</source>
        <translation>திருத்தத்தைக் கல், அல்லது நல்லது என மதிப்பிடப்பட்டிருந்தால் கொடுத்த பதிலை.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="119"/>
        <source>Accept with edit</source>
        <translation>திருத்தத்துடன் ஏற்று</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="120"/>
        <source>Learn the text in the box above instead.</source>
        <translation>பதிலாக மேலே உள்ள பெட்டியின் உரையைக் கல்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="121"/>
        <source>Reject</source>
        <translation>நிராகரி</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="122"/>
        <source>Nothing is learnt from this item.</source>
        <translation>இந்தப் பதிவிலிருந்து எதுவும் கற்கப்படாது.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="125"/>
        <source>chat rows (supervised)</source>
        <translation>உரையாடல் வரிசைகள் (மேற்பார்வை)</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="126"/>
        <source>preference pairs</source>
        <translation>விருப்ப இணைகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="127"/>
        <source>judgements (good/bad)</source>
        <translation>மதிப்பீடுகள் (நல்லது/மோசம்)</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="129"/>
        <source>Make dataset from accepted</source>
        <translation>ஏற்றவற்றிலிருந்து தரவுத்தொகுப்பு உருவாக்கு</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="134"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="134"/>
        <source>chat</source>
        <translation>உரையாடல்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="134"/>
        <source>Playground</source>
        <translation>சோதனைக்களம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="139"/>
        <source>good</source>
        <translation>நல்லது</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="139"/>
        <source>bad</source>
        <translation>மோசம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="158"/>
        <source>new</source>
        <translation>புதியது</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="158"/>
        <source>accepted</source>
        <translation>ஏற்கப்பட்டது</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="158"/>
        <source>rejected</source>
        <translation>நிராகரிக்கப்பட்டது</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="167"/>
        <source>yes</source>
        <translation>ஆம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="167"/>
        <source>no</source>
        <translation>இல்லை</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="179"/>
        <source>{n} accepted item(s) not yet in a dataset</source>
        <translation>{n} ஏற்கப்பட்ட பதிவு(கள்) இன்னும் தரவுத்தொகுப்பில் இல்லை</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="205"/>
        <source>Capture is off for this line: switch it on to record what it serves.</source>
        <translation>இந்த வரிசைக்குப் பதிவுசெய்தல் அணைக்கப்பட்டுள்ளது: அது வழங்குவதைப் பதிவுசெய்ய இயக்கவும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="208"/>
        <source>No feedback yet. Items appear here when people rate or correct an answer: under a Playground answer of this line, or through POST /v1/feedback. Show new items to review the rest.</source>
        <translation>இன்னும் கருத்து இல்லை. மக்கள் ஒரு பதிலை மதிப்பிடும்போது அல்லது திருத்தும்போது பதிவுகள் இங்கே தோன்றும்: இந்த வரிசையின் சோதனைக்களப் பதிலின் கீழ், அல்லது POST /v1/feedback மூலம். மற்றவற்றை மதிப்பாய்வு செய்யப் புதிய பதிவுகளைக் காட்டுங்கள்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="212"/>
        <source>No new items: everything captured has been reviewed.</source>
        <translation>புதிய பதிவுகள் இல்லை: பதிவானவை அனைத்தும் மதிப்பாய்வு செய்யப்பட்டன.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="214"/>
        <source>Nothing captured yet.</source>
        <translation>இன்னும் எதுவும் பதிவாகவில்லை.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="285"/>
        <source>Unlock the workspace to read the selected item (Workspace page).</source>
        <translation>தேர்ந்தெடுத்த பதிவைப் படிக்கப் பணியிடத்தைத் திறக்கவும் (பணியிடப் பக்கம்).</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="287"/>
        <source>Select an item to read it. Each read is recorded in the audit log.</source>
        <translation>படிக்க ஒரு பதிவைத் தேர்ந்தெடுங்கள். ஒவ்வொரு வாசிப்பும் தணிக்கைப் பதிவேட்டில் பதிவாகும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="293"/>
        <source>System</source>
        <translation>அமைப்பு</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="293"/>
        <source>User</source>
        <translation>பயனர்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="293"/>
        <source>Model</source>
        <translation>மாதிரி</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="298"/>
        <source>Answer given</source>
        <translation>கொடுத்த பதில்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="306"/>
        <source>Feedback ({source}, {when})</source>
        <translation>கருத்து ({source}, {when})</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="310"/>
        <source>Correction</source>
        <translation>திருத்தம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="312"/>
        <source>The reviewer&apos;s edit</source>
        <translation>மதிப்பாய்வாளரின் திருத்தம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="328"/>
        <source>Type the text to redact, or select it in the item first.</source>
        <translation>மறைக்க வேண்டிய உரையைத் தட்டச்சு செய்யுங்கள், அல்லது முதலில் பதிவில் அதைத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="342"/>
        <source>Replaced by [redacted] when you decide: {spans}</source>
        <translation>நீங்கள் முடிவு செய்யும்போது [redacted] ஆல் மாற்றப்படும்: {spans}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="353"/>
        <source>Write the answer to learn in the box first.</source>
        <translation>முதலில் கற்க வேண்டிய பதிலைப் பெட்டியில் எழுதுங்கள்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="358"/>
        <source>Item {id} accepted.</source>
        <translation>பதிவு {id} ஏற்கப்பட்டது.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="358"/>
        <source>Item {id} rejected.</source>
        <translation>பதிவு {id} நிராகரிக்கப்பட்டது.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="380"/>
        <source>Dataset {name} version {version}: {rows} row(s) from {items} accepted item(s).</source>
        <translation>தரவுத்தொகுப்பு {name} பதிப்பு {version}: {items} ஏற்கப்பட்ட பதிவு(கள்) இலிருந்து {rows} வரிசை(கள்).</translation>
    </message>
</context>
<context>
    <name>ServePage</name>
    <message>
        <location filename="../gui/pages/serve.py" line="110"/>
        <source>Serve</source>
        <translation>வழங்கல்</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="115"/>
        <source>Serve exported models to programs on this computer through an OpenAI-compatible API. The server listens on 127.0.0.1 only, and every request needs the API token. Only exports that passed verification are listed.</source>
        <translation>ஏற்றுமதி செய்த மாதிரிகளை OpenAI-இணக்கமான API மூலம் இந்தக் கணினியிலுள்ள நிரல்களுக்கு வழங்கவும். சேவையகம் 127.0.0.1 இல் மட்டுமே கேட்கிறது, ஒவ்வொரு கோரிக்கைக்கும் API டோக்கன் தேவை. சரிபார்ப்பில் தேறிய ஏற்றுமதிகள் மட்டுமே காட்டப்படுகின்றன.</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="120"/>
        <source>Models to serve</source>
        <translation>வழங்க வேண்டிய மாதிரிகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="121"/>
        <source>Exports</source>
        <translation>ஏற்றுமதிகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="121"/>
        <source>Port</source>
        <translation>போர்ட்</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="123"/>
        <source>any free port</source>
        <translation>காலியான ஏதேனும் போர்ட்</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="124"/>
        <source>Start</source>
        <translation>தொடங்கு</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="125"/>
        <source>Stop</source>
        <translation>நிறுத்து</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="126"/>
        <source>Server</source>
        <translation>சேவையகம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="127"/>
        <location filename="../gui/pages/serve.py" line="137"/>
        <source>Status</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="127"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="127"/>
        <source>Models</source>
        <translation>மாதிரிகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="129"/>
        <source>Copy URL</source>
        <translation>URL ஐ நகலெடு</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="130"/>
        <source>Copy token…</source>
        <translation>டோக்கனை நகலெடு…</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="131"/>
        <source>Requests (newest first)</source>
        <translation>கோரிக்கைகள் (புதியவை முதலில்)</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="134"/>
        <source>Time (UTC)</source>
        <translation>நேரம் (UTC)</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="135"/>
        <source>Model</source>
        <translation>மாதிரி</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="136"/>
        <source>Endpoint</source>
        <translation>முனைப்புள்ளி</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="138"/>
        <source>Tokens (prompt / answer)</source>
        <translation>டோக்கன்கள் (தூண்டுரை / பதில்)</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="139"/>
        <source>Latency (s)</source>
        <translation>தாமதம் (வினாடி)</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="220"/>
        <source>Serving {models} on {url}.</source>
        <translation>{models} ஐ {url} இல் வழங்குகிறது.</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="257"/>
        <source>The server stopped.</source>
        <translation>சேவையகம் நின்றது.</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="259"/>
        <source>The server stopped; some requests were cut short at the end of the drain time.</source>
        <translation>சேவையகம் நின்றது; நிறைவுக் காத்திருப்பு நேரம் முடிந்தபோது சில கோரிக்கைகள் பாதியில் துண்டிக்கப்பட்டன.</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="299"/>
        <source>The server stopped unexpectedly; stopping its models.</source>
        <translation>சேவையகம் எதிர்பாராமல் நின்றது; அதன் மாதிரிகள் நிறுத்தப்படுகின்றன.</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="316"/>
        <source>(refused: no valid token)</source>
        <translation>(மறுக்கப்பட்டது: செல்லுபடியான டோக்கன் இல்லை)</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="327"/>
        <source>Refused: the request from {client} had no API token or a wrong one.</source>
        <translation>மறுக்கப்பட்டது: {client} இன் கோரிக்கையில் API டோக்கன் இல்லை அல்லது தவறானது.</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="344"/>
        <source>Not running.</source>
        <translation>இயங்கவில்லை.</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="345"/>
        <source>Starting…</source>
        <translation>தொடங்குகிறது…</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="346"/>
        <source>Running.</source>
        <translation>இயங்குகிறது.</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="347"/>
        <source>Stopping…</source>
        <translation>நிறுத்தப்படுகிறது…</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="367"/>
        <source>The URL is in the clipboard.</source>
        <translation>URL இடைநிலைப்பலகையில் உள்ளது.</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="373"/>
        <source>Copy the API token</source>
        <translation>API டோக்கனை நகலெடு</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="375"/>
        <source>Anyone who has this token can use the served models through the API. Paste it only into a program you trust, and do not share it.</source>
        <translation>இந்த டோக்கன் உள்ள எவரும் API மூலம் வழங்கப்படும் மாதிரிகளைப் பயன்படுத்தலாம். நீங்கள் நம்பும் நிரலில் மட்டுமே ஒட்டவும், அதைப் பகிர வேண்டாம்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="381"/>
        <source>Copy token</source>
        <translation>டோக்கனை நகலெடு</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="394"/>
        <source>The API token is in the clipboard.</source>
        <translation>API டோக்கன் இடைநிலைப்பலகையில் உள்ளது.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../gui/pages/settings.py" line="54"/>
        <location filename="../gui/pages/settings.py" line="57"/>
        <source>Settings</source>
        <translation>அமைப்புகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/settings.py" line="59"/>
        <source>Language</source>
        <translation>மொழி</translation>
    </message>
    <message>
        <location filename="../gui/pages/settings.py" line="59"/>
        <source>Training device</source>
        <translation>பயிற்சிச் சாதனம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/settings.py" line="59"/>
        <location filename="../gui/pages/settings.py" line="95"/>
        <source>Home directory</source>
        <translation>முகப்புக் கோப்பகம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/settings.py" line="68"/>
        <source>automatic (GPU if present)</source>
        <translation>தானியங்கி (GPU இருந்தால்)</translation>
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
        <translation>உலாவு…</translation>
    </message>
    <message>
        <location filename="../gui/pages/settings.py" line="76"/>
        <source>Open</source>
        <translation>திற</translation>
    </message>
    <message>
        <location filename="../gui/pages/settings.py" line="79"/>
        <source>The home holds the workspace: keys, datasets, models, runs, exports and the audit log. Everything in it is private to your user.</source>
        <translation>முகப்பில் பணியிடம் உள்ளது: விசைகள், தரவுத்தொகுப்புகள், மாதிரிகள், ஓட்டங்கள், ஏற்றுமதிகள், தணிக்கைப் பதிவு. அதிலுள்ள அனைத்தும் உங்கள் பயனருக்கு மட்டுமே.</translation>
    </message>
    <message>
        <location filename="../gui/pages/settings.py" line="106"/>
        <source>Opened {path}.</source>
        <translation>{path} திறக்கப்பட்டது.</translation>
    </message>
</context>
<context>
    <name>SourceList</name>
    <message>
        <location filename="../gui/pages/documents.py" line="80"/>
        <source>p. {page}</source>
        <translation>பக். {page}</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="81"/>
        <source>{document} v{version}</source>
        <translation>{document} பதிப்பு {version}</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="86"/>
        <source>The collection holds no text in the question&apos;s script: no sources.</source>
        <translation>கேள்வியின் எழுத்துமுறையில் தொகுப்பில் எந்த உரையும் இல்லை: மூலங்கள் இல்லை.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="88"/>
        <source>The collection holds no documents yet: no sources.</source>
        <translation>தொகுப்பில் இன்னும் ஆவணங்கள் இல்லை: மூலங்கள் இல்லை.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="89"/>
        <source>No document matched the question: no sources.</source>
        <translation>எந்த ஆவணமும் கேள்வியுடன் பொருந்தவில்லை: மூலங்கள் இல்லை.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="101"/>
        <source>Sources (bold: cited in the answer; click one to read it):</source>
        <translation>மூலங்கள் (தடித்தவை: பதிலில் மேற்கோள் காட்டப்பட்டவை; படிக்க ஒன்றைச் சொடுக்கவும்):</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="119"/>
        <source>{collection}, {document} version {version}, chunk {chunk} (score {score})</source>
        <translation>{collection}, {document} பதிப்பு {version}, துண்டு {chunk} (மதிப்பெண் {score})</translation>
    </message>
</context>
<context>
    <name>TimelineSection</name>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="77"/>
        <source>queued</source>
        <translation>வரிசையில்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="78"/>
        <source>making its dataset</source>
        <translation>தரவுத்தொகுப்பை உருவாக்குகிறது</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="79"/>
        <source>training</source>
        <translation>பயிற்சி</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="80"/>
        <source>merging</source>
        <translation>இணைக்கிறது</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="81"/>
        <source>exporting</source>
        <translation>ஏற்றுமதி செய்கிறது</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="82"/>
        <source>judging</source>
        <translation>மதிப்பிடுகிறது</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="83"/>
        <source>promoted</source>
        <translation>உயர்த்தப்பட்டது</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="84"/>
        <source>waiting for your approval</source>
        <translation>உங்கள் ஒப்புதலுக்காகக் காத்திருக்கிறது</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="85"/>
        <source>refused</source>
        <translation>மறுக்கப்பட்டது</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="86"/>
        <source>failed</source>
        <translation>தோல்வி</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="87"/>
        <source>cancelled</source>
        <translation>ரத்துசெய்யப்பட்டது</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="88"/>
        <source>not enough new data</source>
        <translation>போதுமான புதிய தரவு இல்லை</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="93"/>
        <source>Retraining</source>
        <translation>மறுபயிற்சி</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="94"/>
        <location filename="../gui/pages/lifecycle_timeline.py" line="95"/>
        <source>Drift alarm</source>
        <translation>விலகல் எச்சரிக்கை</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="96"/>
        <source>Dataset version</source>
        <translation>தரவுத்தொகுப்புப் பதிப்பு</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="97"/>
        <location filename="../gui/pages/lifecycle_timeline.py" line="98"/>
        <source>Promotion</source>
        <translation>உயர்த்துதல்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="99"/>
        <source>Approval</source>
        <translation>ஒப்புதல்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="100"/>
        <source>Refused</source>
        <translation>மறுக்கப்பட்டது</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="101"/>
        <source>Rebase</source>
        <translation>மறுஅடிப்படை</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="105"/>
        <source>Timeline</source>
        <translation>காலவரிசை</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="106"/>
        <source>Retrain now</source>
        <translation>இப்போது மறுபயிற்சி</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="109"/>
        <source>Make a dataset from the accepted feedback, train, merge, export and judge a candidate, then promote it as the line&apos;s policy says (or wait for your approval).</source>
        <translation>ஏற்கப்பட்ட கருத்திலிருந்து தரவுத்தொகுப்பை உருவாக்கி, ஒரு வேட்பாளரைப் பயிற்றுவித்து, இணைத்து, ஏற்றுமதி செய்து மதிப்பிட்டு, வரிசையின் கொள்கைப்படி உயர்த்து (அல்லது உங்கள் ஒப்புதலுக்குக் காத்திரு).</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="113"/>
        <source>When</source>
        <translation>எப்போது</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="113"/>
        <source>What</source>
        <translation>என்ன</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="113"/>
        <source>State</source>
        <translation>நிலை</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="113"/>
        <source>Detail</source>
        <translation>விவரம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="114"/>
        <source>Approve</source>
        <translation>ஒப்புதல் அளி</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="115"/>
        <source>Promote the run&apos;s model to production.</source>
        <translation>இயக்கத்தின் மாதிரியை உற்பத்திக்கு உயர்த்து.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="116"/>
        <source>Refuse</source>
        <translation>மறு</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="117"/>
        <source>Keep production as it is; the run&apos;s model stays a candidate.</source>
        <translation>உற்பத்தியை அப்படியே வை; இயக்கத்தின் மாதிரி வேட்பாளராகவே இருக்கும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="118"/>
        <location filename="../gui/pages/lifecycle_timeline.py" line="252"/>
        <source>Cancel the run</source>
        <translation>இயக்கத்தை ரத்துசெய்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="121"/>
        <source>Nothing has happened on this line yet. Drift alarms, retraining runs, new dataset versions and promotions appear here, newest first. Retrain now starts a run by hand.</source>
        <translation>இந்த வரிசையில் இன்னும் எதுவும் நடக்கவில்லை. விலகல் எச்சரிக்கைகள், மறுபயிற்சி இயக்கங்கள், புதிய தரவுத்தொகுப்புப் பதிப்புகள், உயர்த்துதல்கள் இங்கே தோன்றும், புதியது முதலில். &apos;இப்போது மறுபயிற்சி&apos; கையால் ஓர் இயக்கத்தைத் தொடங்கும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="183"/>
        <source>No retraining policy for this line: it is retrained only by hand (Retrain now).</source>
        <translation>இந்த வரிசைக்கு மறுபயிற்சிக் கொள்கை இல்லை: கையால் மட்டுமே மறுபயிற்சி அளிக்கப்படும் (இப்போது மறுபயிற்சி).</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="187"/>
        <source>a drift alarm</source>
        <translation>ஒரு விலகல் எச்சரிக்கை</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="189"/>
        <source>{n} accepted feedback items</source>
        <translation>{n} ஏற்கப்பட்ட கருத்துப் பதிவுகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="191"/>
        <source>a new version of {datasets}</source>
        <translation>{datasets} இன் புதிய பதிப்பு</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="193"/>
        <source>every {hours} hours</source>
        <translation>ஒவ்வொரு {hours} மணி நேரமும்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="196"/>
        <source>a retrained model waits for your approval before production</source>
        <translation>மறுபயிற்சி பெற்ற மாதிரி உற்பத்திக்கு முன் உங்கள் ஒப்புதலுக்குக் காத்திருக்கும்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="198"/>
        <source>a retrained model that passes the line&apos;s gate goes to production</source>
        <translation>வரிசையின் வாயிலைக் கடக்கும் மறுபயிற்சி மாதிரி உற்பத்திக்குச் செல்லும்</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="201"/>
        <source>Retraining policy: by hand only; {then}.</source>
        <translation>மறுபயிற்சிக் கொள்கை: கையால் மட்டும்; {then}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="202"/>
        <source>Retraining policy: {starts} start a retrain; {then}.</source>
        <translation>மறுபயிற்சிக் கொள்கை: {starts} மறுபயிற்சியைத் தொடங்கும்; {then}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="253"/>
        <source>Stop retraining run {id}? What it made so far is kept; nothing is promoted.</source>
        <translation>மறுபயிற்சி இயக்கம் {id} ஐ நிறுத்தவா? இதுவரை உருவானவை வைக்கப்படும்; எதுவும் உயர்த்தப்படாது.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="259"/>
        <source>Run {id} approved: its model is promoted.</source>
        <translation>இயக்கம் {id} ஒப்புதல் பெற்றது: அதன் மாதிரி உயர்த்தப்பட்டது.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="260"/>
        <source>Run {id} refused: production is unchanged.</source>
        <translation>இயக்கம் {id} மறுக்கப்பட்டது: உற்பத்தி மாறவில்லை.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="261"/>
        <source>Run {id} is being cancelled.</source>
        <translation>இயக்கம் {id} ரத்துசெய்யப்படுகிறது.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="281"/>
        <source>Retraining run {id} failed (production is unchanged): {error}</source>
        <translation>மறுபயிற்சி இயக்கம் {id} தோல்வியடைந்தது (உற்பத்தி மாறவில்லை): {error}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="286"/>
        <source>Retraining run {id}: {state}.</source>
        <translation>மறுபயிற்சி இயக்கம் {id}: {state}.</translation>
    </message>
</context>
<context>
    <name>TokenizerTab</name>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="181"/>
        <location filename="../gui/pages/tokenizers.py" line="191"/>
        <source>Model</source>
        <translation>மாதிரி</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="181"/>
        <source>Compare with</source>
        <translation>இதனுடன் ஒப்பிடு</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="181"/>
        <source>Corpus</source>
        <translation>உரைத்தொகுப்பு</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="185"/>
        <source>a dataset of this workspace, or a text, Markdown or JSONL file</source>
        <translation>இந்தப் பணியிடத்தின் ஒரு தரவுத்தொகுப்பு, அல்லது ஓர் உரை, Markdown அல்லது JSONL கோப்பு</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="187"/>
        <source>Browse…</source>
        <translation>உலாவு…</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="188"/>
        <source>Measure tokens per character</source>
        <translation>ஓர் எழுத்துக்கான டோக்கன்களை அளவிடு</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="192"/>
        <location filename="../gui/pages/tokenizers.py" line="225"/>
        <source>Script</source>
        <translation>எழுத்துமுறை</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="193"/>
        <source>Lines</source>
        <translation>வரிகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="194"/>
        <source>Tokens</source>
        <translation>டோக்கன்கள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="195"/>
        <source>Tokens per character</source>
        <translation>ஓர் எழுத்துக்கான டோக்கன்கள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="196"/>
        <source>Tokens per word</source>
        <translation>ஒரு சொல்லுக்கான டோக்கன்கள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="197"/>
        <source>Byte fallback</source>
        <translation>பைட் மாற்றுவழி</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="201"/>
        <source>Extend the vocabulary</source>
        <translation>சொற்களஞ்சியத்தை விரிவாக்கு</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="205"/>
        <source>Base model</source>
        <translation>அடிப்படை மாதிரி</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="206"/>
        <source>Corpus datasets</source>
        <translation>உரைத்தொகுப்புக்கான தரவுத்தொகுப்புகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="207"/>
        <source>Scripts</source>
        <translation>எழுத்துமுறைகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="208"/>
        <source>New tokens</source>
        <translation>புதிய டோக்கன்கள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="209"/>
        <source>New model name</source>
        <translation>புதிய மாதிரியின் பெயர்</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="214"/>
        <source>Check one or more text datasets in the languages to extend for.</source>
        <translation>விரிவாக்க வேண்டிய மொழிகளில் உள்ள ஒன்று அல்லது அதற்கு மேற்பட்ட உரைத் தரவுத்தொகுப்புகளைத் தேர்வுசெய்யவும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="215"/>
        <source>No datasets yet: import a text corpus on the Datasets page.</source>
        <translation>இன்னும் தரவுத்தொகுப்புகள் இல்லை: தரவுத்தொகுப்புகள் பக்கத்தில் ஓர் உரைத்தொகுப்பை இறக்குமதி செய்யவும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="216"/>
        <source>ta, hi — empty: the corpus&apos;s own scripts</source>
        <translation>ta, hi — காலியாக இருந்தால்: உரைத்தொகுப்பின் சொந்த எழுத்துமுறைகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="218"/>
        <source>Language codes (ta, hi, bn…) or Unicode script names (Tamil, Devanagari…), comma-separated.</source>
        <translation>மொழிக் குறியீடுகள் (ta, hi, bn…) அல்லது யூனிகோட் எழுத்துமுறைப் பெயர்கள் (Tamil, Devanagari…), காற்புள்ளியால் பிரிக்கப்பட்டவை.</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="220"/>
        <source>How many tokens to add, all scripts together.</source>
        <translation>எத்தனை டோக்கன்களைச் சேர்க்க வேண்டும், எல்லா எழுத்துமுறைகளுக்கும் சேர்த்து.</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="221"/>
        <source>e.g. smollm2-ta</source>
        <translation>எ.கா. smollm2-ta</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="222"/>
        <source>Extend</source>
        <translation>விரிவாக்கு</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="226"/>
        <source>Tokens per character, before</source>
        <translation>ஓர் எழுத்துக்கான டோக்கன்கள், முன்பு</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="227"/>
        <source>Tokens per character, after</source>
        <translation>ஓர் எழுத்துக்கான டோக்கன்கள், பின்பு</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="228"/>
        <source>Change</source>
        <translation>மாற்றம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="239"/>
        <source>(none)</source>
        <translation>(எதுவுமில்லை)</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="298"/>
        <source>Choose a base model to extend.</source>
        <translation>விரிவாக்க ஓர் அடிப்படை மாதிரியைத் தேர்வுசெய்யவும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="301"/>
        <source>Check at least one corpus dataset.</source>
        <translation>குறைந்தது உரைத்தொகுப்புக்கான ஒரு தரவுத்தொகுப்பைத் தேர்வுசெய்யவும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="304"/>
        <source>Give the new model a name.</source>
        <translation>புதிய மாதிரிக்கு ஒரு பெயர் கொடுக்கவும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="310"/>
        <source>Registered {name}.</source>
        <translation>{name} பதிவுசெய்யப்பட்டது.</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="371"/>
        <source>Registered {name} as a new base model ({family}): {added} tokens added for {scripts} (ids {first}–{last}). Tokens per character on held-out lines:</source>
        <translation>{name} புதிய அடிப்படை மாதிரியாகப் ({family}) பதிவுசெய்யப்பட்டது: {added} டோக்கன்கள் சேர்க்கப்பட்டன (எழுத்துமுறைகள்: {scripts}; அடையாளங்கள் {first}–{last}). மதிப்பீட்டுக்காக ஒதுக்கப்பட்ட வரிகளில் ஓர் எழுத்துக்கான டோக்கன்கள்:</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="384"/>
        <source>Train the new rows before using {name}: until then the new tokens&apos; embeddings are only averages of the pieces they replace. Use a training recipe with [tokenizer] train_new_rows = true (appliance train --train-new-rows).</source>
        <translation>{name} ஐப் பயன்படுத்தும் முன் புதிய வரிசைகளைப் பயிற்றுவிக்கவும்: அதுவரை புதிய டோக்கன்களின் உட்பொதிவுகள் அவை மாற்றும் துண்டுகளின் சராசரிகள் மட்டுமே. [tokenizer] train_new_rows = true கொண்ட பயிற்சி செய்முறையைப் பயன்படுத்தவும் (appliance train --train-new-rows).</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="392"/>
        <source>Corpus file</source>
        <translation>உரைத்தொகுப்புக் கோப்பு</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="392"/>
        <source>Text (*.txt *.md *.jsonl);;All files (*)</source>
        <translation>உரை (*.txt *.md *.jsonl);;அனைத்துக் கோப்புகளும் (*)</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="405"/>
        <source>Choose a model and a corpus.</source>
        <translation>ஒரு மாதிரியையும் ஓர் உரைத்தொகுப்பையும் தேர்ந்தெடுக்கவும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="421"/>
        <source>Latin</source>
        <translation>இலத்தீன்</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="422"/>
        <source>Devanagari</source>
        <translation>தேவநாகரி</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="423"/>
        <source>Bengali</source>
        <translation>வங்காளம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="424"/>
        <source>Gurmukhi</source>
        <translation>குர்முகி</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="425"/>
        <source>Gujarati</source>
        <translation>குஜராத்தி</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="426"/>
        <source>Odia</source>
        <translation>ஒடியா</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="427"/>
        <source>Tamil</source>
        <translation>தமிழ்</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="428"/>
        <source>Telugu</source>
        <translation>தெலுங்கு</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="429"/>
        <source>Kannada</source>
        <translation>கன்னடம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="430"/>
        <source>Malayalam</source>
        <translation>மலையாளம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="431"/>
        <source>Sinhala</source>
        <translation>சிங்களம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="432"/>
        <source>Thai</source>
        <translation>தாய்</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="433"/>
        <source>Myanmar</source>
        <translation>மியான்மர்</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="434"/>
        <source>Khmer</source>
        <translation>கெமர்</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="435"/>
        <source>Ethiopic</source>
        <translation>எத்தியோப்பியம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="436"/>
        <source>Arabic</source>
        <translation>அரபு</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="437"/>
        <source>Hebrew</source>
        <translation>எபிரேயம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="438"/>
        <source>Cyrillic</source>
        <translation>சிரிலிக்</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="439"/>
        <source>Greek</source>
        <translation>கிரேக்கம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="440"/>
        <source>Han (Chinese characters)</source>
        <translation>ஹான் (சீன எழுத்துகள்)</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="441"/>
        <source>Hangul</source>
        <translation>ஹங்குல்</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="442"/>
        <source>Hiragana</source>
        <translation>ஹிரகனா</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="443"/>
        <source>Katakana</source>
        <translation>கடகானா</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="444"/>
        <source>Other scripts</source>
        <translation>பிற எழுத்துமுறைகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="360"/>
        <location filename="../gui/pages/tokenizers.py" line="453"/>
        <source>English (control)</source>
        <translation>ஆங்கிலம் (ஒப்பீட்டு அளவுகோல்)</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <location filename="../gui/pages/train.py" line="204"/>
        <source>Train</source>
        <translation>பயிற்சி</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="212"/>
        <source>loss</source>
        <translation>இழப்பு</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="214"/>
        <source>training</source>
        <translation>பயிற்சி</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="215"/>
        <source>held-out</source>
        <translation>ஒதுக்கப்பட்டது</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="218"/>
        <source>reward margin</source>
        <translation>வெகுமதி இடைவெளி</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="219"/>
        <source>preference accuracy</source>
        <translation>விருப்பத் துல்லியம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="226"/>
        <source>Base model</source>
        <translation>அடிப்படை மாதிரி</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="227"/>
        <source>Dataset</source>
        <translation>தரவுத்தொகுப்பு</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="228"/>
        <source>Preset</source>
        <translation>முன்னமைவு</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="229"/>
        <source>Run name</source>
        <translation>ஓட்டத்தின் பெயர்</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="230"/>
        <source>Method</source>
        <translation>முறை</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="231"/>
        <source>Objective</source>
        <translation>நோக்கம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="232"/>
        <source>Beta (preference)</source>
        <translation>Beta (விருப்பம்)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="233"/>
        <source>Learning rate</source>
        <translation>கற்றல் வீதம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="234"/>
        <source>Epochs</source>
        <translation>சுற்றுகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="235"/>
        <source>Max steps (0: epochs)</source>
        <translation>அதிகபட்ச படிகள் (0: சுற்றுகள்)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="236"/>
        <source>Batch size</source>
        <translation>தொகுதி அளவு</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="237"/>
        <source>Sequence length</source>
        <translation>வரிசை நீளம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="238"/>
        <source>LoRA rank</source>
        <translation>LoRA தரம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="239"/>
        <source>LoRA alpha</source>
        <translation>LoRA ஆல்பா</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="240"/>
        <source>Precision</source>
        <translation>துல்லியம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="241"/>
        <source>Device</source>
        <translation>சாதனம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="242"/>
        <source>Processes</source>
        <translation>செயல்முறைகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="243"/>
        <source>Packing</source>
        <translation>அடுக்குதல்</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="244"/>
        <source>New vocabulary rows</source>
        <translation>புதிய சொற்களஞ்சிய வரிசைகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="249"/>
        <source>several rows per sequence</source>
        <translation>ஒரு வரிசையில் பல வரிகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="250"/>
        <source>train the rows a vocabulary extension added</source>
        <translation>சொற்களஞ்சிய விரிவாக்கம் சேர்த்த வரிசைகளைப் பயிற்றுவி</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="265"/>
        <source>Spread the run over this many processes: the same run and the same loss curve, each step shared among them. On the CPU, one process per core at most; on a GPU machine (device CUDA), one process per GPU.</source>
        <translation>ஓட்டத்தை இத்தனை செயல்முறைகளில் பகிரவும்: அதே ஓட்டம், அதே இழப்பு வளைவு, ஒவ்வொரு படியும் அவற்றிடையே பகிரப்படும். CPU-வில் ஒரு கோருக்கு அதிகபட்சம் ஒரு செயல்முறை; GPU உள்ள கணினியில் (சாதனம் CUDA) ஒரு GPU-க்கு ஒரு செயல்முறை.</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="271"/>
        <source>Fine-tune</source>
        <translation>நுண்-சீரமைப்பு</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="272"/>
        <source>Start training</source>
        <translation>பயிற்சியைத் தொடங்கு</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="273"/>
        <source>Cancel (saves a checkpoint)</source>
        <translation>ரத்துசெய் (சோதனைப்புள்ளி சேமிக்கப்படும்)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="274"/>
        <source>Resume</source>
        <translation>தொடர்</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="275"/>
        <source>Progress</source>
        <translation>முன்னேற்றம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="343"/>
        <source>A run named {name} already exists: choose another name.</source>
        <translation>{name} என்ற பெயரில் ஓட்டம் ஏற்கெனவே உள்ளது: வேறு பெயரைத் தேர்ந்தெடுக்கவும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="344"/>
        <source>automatic: {name}</source>
        <translation>தானியங்கி: {name}</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="386"/>
        <source>{n} GPUs</source>
        <translation>{n} GPU-கள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="394"/>
        <source>{device}, {n} processes</source>
        <translation>{device}, {n} செயல்முறைகள்</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="437"/>
        <source>Asked run {name} to stop: it stops at its next step and keeps a checkpoint…</source>
        <translation>ஓட்டம் {name} நிறுத்தக் கேட்கப்பட்டது: அது அடுத்த படியில் நின்று ஒரு சோதனைப்புள்ளியை வைத்துக்கொள்ளும்…</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="444"/>
        <source>Run {name} completed: train loss {loss}. Merge it on the Export page.</source>
        <translation>ஓட்டம் {name} முடிந்தது: பயிற்சி இழப்பு {loss}. ஏற்றுமதி பக்கத்தில் இணைக்கவும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="457"/>
        <source>Run {name} is training in a process of its own (started by an earlier window or in a terminal): {done}/{total} steps at its last checkpoint, loss {loss}. Cancel asks it to stop at its next step and keep a checkpoint.</source>
        <translation>ஓட்டம் {name} தனக்கென ஒரு செயல்முறையில் பயிற்சி பெறுகிறது (முந்தைய சாளரம் அல்லது முனையத்தில் தொடங்கப்பட்டது): கடைசி சோதனைப்புள்ளியில் {done}/{total} படிகள், இழப்பு {loss}. ரத்து அதை அடுத்த படியில் நிறுத்தி ஒரு சோதனைப்புள்ளியை வைக்கக் கேட்கும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="496"/>
        <source>Step {s}/{t}   loss {loss}   {tps} tokens/s   time left {eta}   memory {mem}</source>
        <translation>படி {s}/{t}   இழப்பு {loss}   {tps} டோக்கன்கள்/வினாடி   மீதி நேரம் {eta}   நினைவகம் {mem}</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="505"/>
        <source>   reward margin {margin}   preference accuracy {accuracy}</source>
        <translation>   வெகுமதி இடைவெளி {margin}   விருப்பத் துல்லியம் {accuracy}</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="211"/>
        <source>step</source>
        <translation>படி</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="338"/>
        <source>QLoRA needs an NVIDIA GPU and none is visible here: choose LoRA (or full).</source>
        <translation>QLoRA-க்கு NVIDIA GPU தேவை, இங்கே எதுவும் தெரியவில்லை: LoRA (அல்லது full) ஐத் தேர்ந்தெடுக்கவும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="340"/>
        <source>Import a dataset first (Datasets page).</source>
        <translation>முதலில் ஒரு தரவுத்தொகுப்பை இறக்குமதி செய்யவும் (தரவுத்தொகுப்புகள் பக்கம்).</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="380"/>
        <source>This run cannot start on this machine: {reason}</source>
        <translation>இந்த ஓட்டம் இந்தக் கணினியில் தொடங்க முடியாது: {reason}</translation>
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
        <translation>இந்த ஓட்டம் பயன்படுத்துவது: {device} · {precision}</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="416"/>
        <source>Preparing the run: loading the model and the data…</source>
        <translation>இயக்கம் தயாராகிறது: மாதிரியும் தரவும் ஏற்றப்படுகின்றன…</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="421"/>
        <source>Stopping after this step and saving a checkpoint…</source>
        <translation>இந்தப் படிக்குப் பின் நிறுத்தி சோதனைப்புள்ளி சேமிக்கப்படுகிறது…</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="468"/>
        <source>Not running.</source>
        <translation>இயங்கவில்லை.</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="472"/>
        <source>completed</source>
        <translation>முடிந்தது</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="473"/>
        <source>running</source>
        <translation>இயங்குகிறது</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="474"/>
        <source>cancelled</source>
        <translation>ரத்துசெய்யப்பட்டது</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="475"/>
        <source>failed</source>
        <translation>தோல்வி</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="476"/>
        <source>interrupted</source>
        <translation>இடைநிறுத்தப்பட்டது</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="480"/>
        <source>Not running. The plot shows the latest run, {name} ({status}, {done}/{total} steps, final loss {loss}).</source>
        <translation>இயங்கவில்லை. வரைபடம் சமீபத்திய ஓட்டத்தைக் காட்டுகிறது: {name} ({status}, {done}/{total} படிகள், இறுதி இழப்பு {loss}).</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <location filename="../gui/pages/workspace.py" line="181"/>
        <source>Workspace</source>
        <translation>பணியிடம்</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="184"/>
        <source>Create the workspace</source>
        <translation>பணியிடத்தை உருவாக்கு</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="187"/>
        <source>Passphrase (12+ characters)</source>
        <translation>கடவுச்சொற்றொடர் (12+ எழுத்துகள்)</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="187"/>
        <location filename="../gui/pages/workspace.py" line="205"/>
        <source>Repeat it</source>
        <translation>மீண்டும் உள்ளிடு</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="187"/>
        <source>Key file (optional)</source>
        <translation>விசைக் கோப்பு (விருப்பம்)</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="191"/>
        <source>e.g. a file on removable media; created if missing</source>
        <translation>எ.கா. நீக்கக்கூடிய ஊடகத்தில் ஒரு கோப்பு; இல்லையெனில் உருவாக்கப்படும்</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="192"/>
        <source>Create workspace keys</source>
        <translation>பணியிட விசைகளை உருவாக்கு</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="193"/>
        <location filename="../gui/pages/workspace.py" line="200"/>
        <location filename="../gui/pages/workspace.py" line="224"/>
        <location filename="../gui/pages/workspace.py" line="225"/>
        <source>Unlock</source>
        <translation>திற</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="193"/>
        <location filename="../gui/pages/workspace.py" line="224"/>
        <location filename="../gui/pages/workspace.py" line="225"/>
        <source>Sign in</source>
        <translation>உள்நுழை</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="194"/>
        <source>Person</source>
        <translation>நபர்</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="195"/>
        <source>who signs in</source>
        <translation>யார் உள்நுழைகிறார்</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="196"/>
        <source>Passphrase</source>
        <translation>கடவுச்சொற்றொடர்</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="197"/>
        <location filename="../gui/pages/workspace.py" line="263"/>
        <source>Key file</source>
        <translation>விசைக் கோப்பு</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="198"/>
        <source>only if the workspace needs one</source>
        <translation>பணியிடத்துக்குத் தேவைப்பட்டால் மட்டும்</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="199"/>
        <source>Browse…</source>
        <translation>உலாவு…</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="201"/>
        <location filename="../gui/pages/workspace.py" line="226"/>
        <source>Lock</source>
        <translation>பூட்டு</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="202"/>
        <location filename="../gui/pages/workspace.py" line="209"/>
        <source>Change passphrase</source>
        <translation>கடவுச்சொற்றொடரை மாற்று</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="205"/>
        <source>Current passphrase</source>
        <translation>தற்போதைய கடவுச்சொற்றொடர்</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="205"/>
        <source>New passphrase</source>
        <translation>புதிய கடவுச்சொற்றொடர்</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="210"/>
        <source>Rotate master key</source>
        <translation>முதன்மை விசையை மாற்று</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="226"/>
        <source>Lock and sign out</source>
        <translation>பூட்டி வெளியேறு</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="228"/>
        <source>No workspace yet at {home}.</source>
        <translation>{home} இல் இன்னும் பணியிடம் இல்லை.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="231"/>
        <location filename="../gui/pages/workspace.py" line="236"/>
        <source>Unlocked: workspace {ws}.</source>
        <translation>திறக்கப்பட்டது: பணியிடம் {ws}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="238"/>
        <source>Locked. Choose who you are and sign in with your own passphrase.</source>
        <translation>பூட்டப்பட்டது. நீங்கள் யார் எனத் தேர்ந்தெடுத்து உங்கள் கடவுச்சொற்றொடரால் உள்நுழையுங்கள்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="240"/>
        <source>Locked. Unlock to work with datasets and training.</source>
        <translation>பூட்டப்பட்டுள்ளது. தரவுத்தொகுப்புகள், பயிற்சிக்குத் திறக்கவும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="271"/>
        <location filename="../gui/pages/workspace.py" line="332"/>
        <source>The two passphrases differ.</source>
        <translation>இரண்டு கடவுச்சொற்றொடர்களும் வேறுபடுகின்றன.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="294"/>
        <source>Choose who signs in.</source>
        <translation>யார் உள்நுழைகிறார் எனத் தேர்ந்தெடுங்கள்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="306"/>
        <location filename="../gui/pages/workspace.py" line="310"/>
        <source>Workspace unlocked.</source>
        <translation>பணியிடம் திறக்கப்பட்டது.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="320"/>
        <source>Workspace locked: the keys are gone from memory.</source>
        <translation>பணியிடம் பூட்டப்பட்டது: விசைகள் நினைவகத்திலிருந்து அகற்றப்பட்டன.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="337"/>
        <source>Passphrase changed; no data was re-encrypted.</source>
        <translation>கடவுச்சொற்றொடர் மாற்றப்பட்டது; எந்தத் தரவும் மீண்டும் மறையாக்கப்படவில்லை.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="346"/>
        <source>Enter the current passphrase to rotate the master key.</source>
        <translation>முதன்மை விசையை மாற்ற தற்போதைய கடவுச்சொற்றொடரை உள்ளிடவும்.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="359"/>
        <source>New master key; {n} data keys rewrapped. Unlock again.</source>
        <translation>புதிய முதன்மை விசை; {n} தரவு விசைகள் மீண்டும் பொதியப்பட்டன. மீண்டும் திறக்கவும்.</translation>
    </message>
</context>
</TS>
