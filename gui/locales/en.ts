<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AppState</name>
    <message>
        <location filename="../state.py" line="84"/>
        <source>Unlock the workspace first (Workspace page).</source>
        <translation>Unlock the workspace first (Workspace page).</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../pages/audit.py" line="97"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="100"/>
        <source>This workspace&apos;s audit log</source>
        <translation>This workspace&apos;s audit log</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="101"/>
        <source>Verify the log</source>
        <translation>Verify the log</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="102"/>
        <source>Export an evidence package…</source>
        <translation>Export an evidence package…</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="103"/>
        <source>Auditor mode: verify a package with your own key</source>
        <translation>Auditor mode: verify a package with your own key</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="107"/>
        <source>Auditor key</source>
        <translation>Auditor key</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="108"/>
        <source>Key passphrase</source>
        <translation>Key passphrase</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="109"/>
        <location filename="../pages/audit.py" line="165"/>
        <source>Evidence package</source>
        <translation>Evidence package</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="110"/>
        <source>Kept checkpoint</source>
        <translation>Kept checkpoint</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="115"/>
        <source>only if your key is protected</source>
        <translation>only if your key is protected</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="116"/>
        <source>optional: from your previous verification</source>
        <translation>optional: from your previous verification</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="118"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="119"/>
        <source>Verify package</source>
        <translation>Verify package</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="120"/>
        <source>Save report (HTML, CSV, JSONL)…</source>
        <translation>Save report (HTML, CSV, JSONL)…</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="121"/>
        <source>Keep this checkpoint…</source>
        <translation>Keep this checkpoint…</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="125"/>
        <source>From (UTC)</source>
        <translation>From (UTC)</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="126"/>
        <source>To (UTC)</source>
        <translation>To (UTC)</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="127"/>
        <source>User or role</source>
        <translation>User or role</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="128"/>
        <location filename="../pages/audit.py" line="149"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="129"/>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="130"/>
        <location filename="../pages/audit.py" line="150"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="139"/>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="145"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="146"/>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="147"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="148"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="151"/>
        <source>Objects</source>
        <translation>Objects</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="157"/>
        <source>Records (verify the log or a package to list them)</source>
        <translation>Records (verify the log or a package to list them)</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="159"/>
        <source>Records of this workspace&apos;s log</source>
        <translation>Records of this workspace&apos;s log</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="161"/>
        <source>Records of the evidence package</source>
        <translation>Records of the evidence package</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="167"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="185"/>
        <source>PASS: {n} records intact, {c} signed checkpoints verified.</source>
        <translation>PASS: {n} records intact, {c} signed checkpoints verified.</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="191"/>
        <source>FAIL: tampering found; first bad record {seq}.</source>
        <translation>FAIL: tampering found; first bad record {seq}.</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="208"/>
        <source>Folder for the package (a new, empty one)</source>
        <translation>Folder for the package (a new, empty one)</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="221"/>
        <source>Wrote {path}: {n} records.</source>
        <translation>Wrote {path}: {n} records.</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="254"/>
        <source>PASS: the log is intact ({n} records, {c} signed checkpoints).</source>
        <translation>PASS: the log is intact ({n} records, {c} signed checkpoints).</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="263"/>
        <source>FAIL: tampering detected; first bad record {seq}.</source>
        <translation>FAIL: tampering detected; first bad record {seq}.</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="304"/>
        <source>Verify a package first.</source>
        <translation>Verify a package first.</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="306"/>
        <source>Folder for the report</source>
        <translation>Folder for the report</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="327"/>
        <source>Wrote report.html, records.csv and records.jsonl to {path}.</source>
        <translation>Wrote report.html, records.csv and records.jsonl to {path}.</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="331"/>
        <source>Only a checkpoint of a log that verified can be kept.</source>
        <translation>Only a checkpoint of a log that verified can be kept.</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="333"/>
        <source>Keep checkpoint</source>
        <translation>Keep checkpoint</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="348"/>
        <source>Checkpoint kept in {path}.</source>
        <translation>Checkpoint kept in {path}.</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <location filename="../pages/playground.py" line="40"/>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <location filename="../pages/playground.py" line="40"/>
        <location filename="../pages/playground.py" line="43"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
</context>
<context>
    <name>DatasetsPage</name>
    <message>
        <location filename="../pages/datasets.py" line="103"/>
        <source>Datasets</source>
        <translation>Datasets</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="106"/>
        <source>Import a dataset (encrypted on import)</source>
        <translation>Import a dataset (encrypted on import)</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="109"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="109"/>
        <location filename="../pages/datasets.py" line="138"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="109"/>
        <location filename="../pages/datasets.py" line="140"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="109"/>
        <source>CSV columns</source>
        <translation>CSV columns</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="109"/>
        <source>Held-out share</source>
        <translation>Held-out share</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="113"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="114"/>
        <source>e.g. instruction=question,output=answer</source>
        <translation>e.g. instruction=question,output=answer</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="118"/>
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="119"/>
        <source>chat (JSONL)</source>
        <translation>chat (JSONL)</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="120"/>
        <source>instruction (JSONL)</source>
        <translation>instruction (JSONL)</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="122"/>
        <source>text / Markdown</source>
        <translation>text / Markdown</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="126"/>
        <source>Import the valid rows and skip the invalid ones</source>
        <translation>Import the valid rows and skip the invalid ones</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="127"/>
        <source>Validate and import</source>
        <translation>Validate and import</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="129"/>
        <source>Validation report</source>
        <translation>Validation report</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="133"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="133"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="133"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="133"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="135"/>
        <source>Dataset versions</source>
        <translation>Dataset versions</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="139"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="141"/>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="142"/>
        <source>Train</source>
        <translation>Train</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="143"/>
        <source>Held out</source>
        <translation>Held out</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="144"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="145"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="148"/>
        <source>Preview (decrypt in memory)</source>
        <translation>Preview (decrypt in memory)</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="149"/>
        <source>Remove (crypto-erase)</source>
        <translation>Remove (crypto-erase)</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="174"/>
        <source>Dataset file</source>
        <translation>Dataset file</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="174"/>
        <source>Datasets (*.jsonl *.json *.csv *.txt *.md)</source>
        <translation>Datasets (*.jsonl *.json *.csv *.txt *.md)</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="191"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="191"/>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="194"/>
        <source>Validation report: {read} rows read, {kept} usable, {e} errors, {w} warnings</source>
        <translation>Validation report: {read} rows read, {kept} usable, {e} errors, {w} warnings</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="220"/>
        <source>{file} was not imported: {n} row(s) have errors, listed in the validation report. Fix them, or tick “Import the valid rows and skip the invalid ones”.</source>
        <translation>{file} was not imported: {n} row(s) have errors, listed in the validation report. Fix them, or tick “Import the valid rows and skip the invalid ones”.</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="228"/>
        <source>Imported {name} version {v}: {n} rows, encrypted.</source>
        <translation>Imported {name} version {v}: {n} rows, encrypted.</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="232"/>
        <source>Unchanged: this version already holds exactly this data.</source>
        <translation>Unchanged: this version already holds exactly this data.</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="245"/>
        <location filename="../pages/datasets.py" line="277"/>
        <source>Select a dataset version first.</source>
        <translation>Select a dataset version first.</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="281"/>
        <source>Remove dataset</source>
        <translation>Remove dataset</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="283"/>
        <source>Destroy {name} version {v} for good? Its key is destroyed, so no copy can be decrypted again.</source>
        <translation>Destroy {name} version {v} for good? Its key is destroyed, so no copy can be decrypted again.</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="293"/>
        <source>Removed; its data key is destroyed.</source>
        <translation>Removed; its data key is destroyed.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../pages/export.py" line="69"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="72"/>
        <source>Merge a finished training run into a new model</source>
        <translation>Merge a finished training run into a new model</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="73"/>
        <source>name of the merged model (optional)</source>
        <translation>name of the merged model (optional)</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="74"/>
        <source>no finished run waiting to be merged</source>
        <translation>no finished run waiting to be merged</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="75"/>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="76"/>
        <source>Export to GGUF with the verification gate</source>
        <translation>Export to GGUF with the verification gate</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="78"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="78"/>
        <source>Quantization</source>
        <translation>Quantization</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="78"/>
        <source>Tokenizer differences</source>
        <translation>Tokenizer differences</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="84"/>
        <source>default: fail only on Latin, code, digits or lost text</source>
        <translation>default: fail only on Latin, code, digits or lost text</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="85"/>
        <source>strict: any difference fails</source>
        <translation>strict: any difference fails</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="86"/>
        <source>lenient: differences only warn</source>
        <translation>lenient: differences only warn</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="90"/>
        <source>Export and verify</source>
        <translation>Export and verify</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="91"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="101"/>
        <source>built-in</source>
        <translation>built-in</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="101"/>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="101"/>
        <source>merged</source>
        <translation>merged</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="132"/>
        <source>Latest export of this model: {id} ({quant}).</source>
        <translation>Latest export of this model: {id} ({quant}).</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="149"/>
        <source>{name}  ~{size}  ({bits:g} bits per weight)</source>
        <translation>{name}  ~{size}  ({bits:g} bits per weight)</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="166"/>
        <source>Choose a finished training run to merge.</source>
        <translation>Choose a finished training run to merge.</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="173"/>
        <source>Merged into model {name}.</source>
        <translation>Merged into model {name}.</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="179"/>
        <source>Choose a model and a quantization.</source>
        <translation>Choose a model and a quantization.</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="135"/>
        <location filename="../pages/export.py" line="221"/>
        <source>Verified: the GGUF behaves like the model it was made from.</source>
        <translation>Verified: the GGUF behaves like the model it was made from.</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="137"/>
        <location filename="../pages/export.py" line="223"/>
        <source>Failed verification: the export is kept but marked failed.</source>
        <translation>Failed verification: the export is kept but marked failed.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="80"/>
        <source>Sovereign model appliance</source>
        <translation>Sovereign model appliance</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="87"/>
        <source>No workspace</source>
        <translation>No workspace</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="89"/>
        <source>Unlocked</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="91"/>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../pages/models.py" line="42"/>
        <location filename="../pages/models.py" line="45"/>
        <source>Models</source>
        <translation>Models</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="46"/>
        <source>Training runs</source>
        <translation>Training runs</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="47"/>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="50"/>
        <location filename="../pages/models.py" line="61"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="51"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="52"/>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="53"/>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="54"/>
        <location filename="../pages/models.py" line="73"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="55"/>
        <location filename="../pages/models.py" line="76"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="56"/>
        <location filename="../pages/models.py" line="67"/>
        <location filename="../pages/models.py" line="77"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="62"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="63"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="64"/>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="65"/>
        <source>Train loss</source>
        <translation>Train loss</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="66"/>
        <source>Held-out loss</source>
        <translation>Held-out loss</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="72"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="74"/>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="75"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="80"/>
        <source>Lineage of the selected item</source>
        <translation>Lineage of the selected item</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="81"/>
        <source>Import a model folder…</source>
        <translation>Import a model folder…</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="82"/>
        <source>Import a GGUF file…</source>
        <translation>Import a GGUF file…</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="83"/>
        <location filename="../pages/models.py" line="211"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="92"/>
        <source>built-in</source>
        <translation>built-in</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="92"/>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="92"/>
        <source>merged</source>
        <translation>merged</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="111"/>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="112"/>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="113"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="115"/>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="135"/>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="114"/>
        <location filename="../pages/models.py" line="136"/>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="137"/>
        <source>unverified</source>
        <translation>unverified</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="172"/>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="170"/>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="173"/>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="174"/>
        <source>training run</source>
        <translation>training run</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="175"/>
        <source>dataset</source>
        <translation>dataset</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="188"/>
        <source>Hugging Face model folder</source>
        <translation>Hugging Face model folder</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="190"/>
        <source>GGUF file</source>
        <translation>GGUF file</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="201"/>
        <source>Imported {name}.</source>
        <translation>Imported {name}.</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="208"/>
        <source>Select a model or an export to remove.</source>
        <translation>Select a model or an export to remove.</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="211"/>
        <source>Remove {obj} and its files?</source>
        <translation>Remove {obj} and its files?</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="224"/>
        <source>Removed.</source>
        <translation>Removed.</translation>
    </message>
</context>
<context>
    <name>PlaygroundPage</name>
    <message>
        <location filename="../pages/playground.py" line="80"/>
        <source>Playground</source>
        <translation>Playground</translation>
    </message>
    <message>
        <location filename="../pages/playground.py" line="85"/>
        <source>Ask both models the same thing. They run here through llama.cpp; nothing leaves this machine. Only exports that passed verification are listed.</source>
        <translation>Ask both models the same thing. They run here through llama.cpp; nothing leaves this machine. Only exports that passed verification are listed.</translation>
    </message>
    <message>
        <location filename="../pages/playground.py" line="89"/>
        <source>Type a message and press Enter</source>
        <translation>Type a message and press Enter</translation>
    </message>
    <message>
        <location filename="../pages/playground.py" line="90"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../pages/playground.py" line="91"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../pages/playground.py" line="92"/>
        <source>New conversation</source>
        <translation>New conversation</translation>
    </message>
    <message>
        <location filename="../pages/playground.py" line="105"/>
        <source>(no model)</source>
        <translation>(no model)</translation>
    </message>
    <message>
        <location filename="../pages/playground.py" line="122"/>
        <source>Export a model first (Export page).</source>
        <translation>Export a model first (Export page).</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../pages/settings.py" line="54"/>
        <location filename="../pages/settings.py" line="57"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="59"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="59"/>
        <source>Training device</source>
        <translation>Training device</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="59"/>
        <location filename="../pages/settings.py" line="95"/>
        <source>Home directory</source>
        <translation>Home directory</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="68"/>
        <source>automatic (GPU if present)</source>
        <translation>automatic (GPU if present)</translation>
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
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="76"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="79"/>
        <source>The home holds the workspace: keys, datasets, models, runs, exports and the audit log. Everything in it is private to your user.</source>
        <translation>The home holds the workspace: keys, datasets, models, runs, exports and the audit log. Everything in it is private to your user.</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="106"/>
        <source>Opened {path}.</source>
        <translation>Opened {path}.</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <location filename="../pages/train.py" line="136"/>
        <source>Train</source>
        <translation>Train</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="157"/>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="159"/>
        <source>training</source>
        <translation>training</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="160"/>
        <source>held-out</source>
        <translation>held-out</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="168"/>
        <source>Base model</source>
        <translation>Base model</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="169"/>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="170"/>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="171"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="172"/>
        <source>Learning rate</source>
        <translation>Learning rate</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="173"/>
        <source>Epochs</source>
        <translation>Epochs</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="174"/>
        <source>Max steps (0: epochs)</source>
        <translation>Max steps (0: epochs)</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="175"/>
        <source>Batch size</source>
        <translation>Batch size</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="176"/>
        <source>Sequence length</source>
        <translation>Sequence length</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="177"/>
        <source>LoRA rank</source>
        <translation>LoRA rank</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="178"/>
        <source>LoRA alpha</source>
        <translation>LoRA alpha</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="179"/>
        <source>Precision</source>
        <translation>Precision</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="180"/>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="181"/>
        <source>Packing</source>
        <translation>Packing</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="185"/>
        <source>several rows per sequence</source>
        <translation>several rows per sequence</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="186"/>
        <source>Fine-tune</source>
        <translation>Fine-tune</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="187"/>
        <source>Start training</source>
        <translation>Start training</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="188"/>
        <source>Cancel (saves a checkpoint)</source>
        <translation>Cancel (saves a checkpoint)</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="189"/>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="190"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="156"/>
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="379"/>
        <source>QLoRA needs an NVIDIA GPU and none is visible here: choose LoRA (or full).</source>
        <translation>QLoRA needs an NVIDIA GPU and none is visible here: choose LoRA (or full).</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="381"/>
        <source>Import a dataset first (Datasets page).</source>
        <translation>Import a dataset first (Datasets page).</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="417"/>
        <source>Preparing the run: loading the model and the data…</source>
        <translation>Preparing the run: loading the model and the data…</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="450"/>
        <source>Stopping after this step and saving a checkpoint…</source>
        <translation>Stopping after this step and saving a checkpoint…</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="458"/>
        <source>Run {name} completed: train loss {loss:.4f}. Merge it on the Export page.</source>
        <translation>Run {name} completed: train loss {loss:.4f}. Merge it on the Export page.</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="491"/>
        <source>Not running.</source>
        <translation>Not running.</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="495"/>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="496"/>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="497"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="498"/>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="499"/>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="503"/>
        <source>Not running. The plot shows the latest run, {name} ({status}, {done}/{total} steps, final loss {loss}).</source>
        <translation>Not running. The plot shows the latest run, {name} ({status}, {done}/{total} steps, final loss {loss}).</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="517"/>
        <source>Step {s}/{t}   loss {loss:.4f}   {tps:,.0f} tokens/s   ETA {eta:,.0f} s   memory {mem}</source>
        <translation>Step {s}/{t}   loss {loss:.4f}   {tps:,.0f} tokens/s   ETA {eta:,.0f} s   memory {mem}</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <location filename="../pages/workspace.py" line="73"/>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="76"/>
        <source>Create the workspace</source>
        <translation>Create the workspace</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="79"/>
        <source>Passphrase (12+ characters)</source>
        <translation>Passphrase (12+ characters)</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="79"/>
        <location filename="../pages/workspace.py" line="95"/>
        <source>Repeat it</source>
        <translation>Repeat it</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="79"/>
        <source>Key file (optional)</source>
        <translation>Key file (optional)</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="83"/>
        <source>e.g. a file on removable media; created if missing</source>
        <translation>e.g. a file on removable media; created if missing</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="84"/>
        <source>Create workspace keys</source>
        <translation>Create workspace keys</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="85"/>
        <location filename="../pages/workspace.py" line="90"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="86"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="87"/>
        <location filename="../pages/workspace.py" line="118"/>
        <source>Key file</source>
        <translation>Key file</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="88"/>
        <source>only if the workspace needs one</source>
        <translation>only if the workspace needs one</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="89"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="91"/>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="92"/>
        <location filename="../pages/workspace.py" line="99"/>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="95"/>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="95"/>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="100"/>
        <source>Rotate master key</source>
        <translation>Rotate master key</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="111"/>
        <source>No workspace yet at {home}.</source>
        <translation>No workspace yet at {home}.</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="113"/>
        <source>Unlocked: workspace {ws}.</source>
        <translation>Unlocked: workspace {ws}.</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="115"/>
        <source>Locked. Unlock to work with datasets and training.</source>
        <translation>Locked. Unlock to work with datasets and training.</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="126"/>
        <location filename="../pages/workspace.py" line="166"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="156"/>
        <source>Workspace unlocked.</source>
        <translation>Workspace unlocked.</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="160"/>
        <source>Workspace locked: the keys are gone from memory.</source>
        <translation>Workspace locked: the keys are gone from memory.</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="175"/>
        <source>Passphrase changed; no data was re-encrypted.</source>
        <translation>Passphrase changed; no data was re-encrypted.</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="183"/>
        <source>Enter the current passphrase to rotate the master key.</source>
        <translation>Enter the current passphrase to rotate the master key.</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="193"/>
        <source>New master key; {n} data keys rewrapped. Unlock again.</source>
        <translation>New master key; {n} data keys rewrapped. Unlock again.</translation>
    </message>
</context>
</TS>
