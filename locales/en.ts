<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>AppState</name>
    <message>
        <location filename="../gui/state.py" line="117"/>
        <source>Unlock the workspace first (Workspace page).</source>
        <translation>Unlock the workspace first (Workspace page).</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <location filename="../gui/pages/approvals.py" line="72"/>
        <source>Approvals</source>
        <translation>Approvals</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="75"/>
        <source>Requests waiting for a second person</source>
        <translation>Requests waiting for a second person</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="78"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="79"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="80"/>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="81"/>
        <source>Asked by</source>
        <translation>Asked by</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="82"/>
        <source>Asked</source>
        <translation>Asked</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="83"/>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="86"/>
        <source>Decide the selected request</source>
        <translation>Decide the selected request</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="87"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="88"/>
        <source>Your passphrase</source>
        <translation>Your passphrase</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="89"/>
        <source>kept with your signed decision, e.g. what you checked</source>
        <translation>kept with your signed decision, e.g. what you checked</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="90"/>
        <source>your decision is signed with your own key</source>
        <translation>your decision is signed with your own key</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="91"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="92"/>
        <source>Refuse</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="95"/>
        <source>An approver without access to this computer signs offline: save the request to a file, they sign it with their key file (`appliance-audit approve`), and you import the signed decision.</source>
        <translation>An approver without access to this computer signs offline: save the request to a file, they sign it with their key file (`appliance-audit approve`), and you import the signed decision.</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="99"/>
        <source>Save request for offline signing…</source>
        <translation>Save request for offline signing…</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="100"/>
        <source>Import signed decision…</source>
        <translation>Import signed decision…</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="101"/>
        <source>The policy in force</source>
        <translation>The policy in force</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="111"/>
        <source>No workspace yet: create it on the Workspace page.</source>
        <translation>No workspace yet: create it on the Workspace page.</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="115"/>
        <source>This workspace has no people, so nothing waits for a second person: give it people on the People page.</source>
        <translation>This workspace has no people, so nothing waits for a second person: give it people on the People page.</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="122"/>
        <source>Nobody is signed in: sign in on the Workspace page to decide.</source>
        <translation>Nobody is signed in: sign in on the Workspace page to decide.</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="162"/>
        <source>These actions need a second person&apos;s approval: {actions}. An approval holds for {hours} hours after the request and is used once. An admin changes the policy with `appliance policy set` (approved by a second person too).</source>
        <translation>These actions need a second person&apos;s approval: {actions}. An approval holds for {hours} hours after the request and is used once. An admin changes the policy with `appliance policy set` (approved by a second person too).</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="181"/>
        <source>Select a request to read what exactly it asks for.</source>
        <translation>Select a request to read what exactly it asks for.</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="192"/>
        <source>Request {id}: {status}</source>
        <translation>Request {id}: {status}</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="195"/>
        <source>Action: {action}</source>
        <translation>Action: {action}</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="200"/>
        <source>Asked by {name} ({role}) at {when}; expires {expires}.</source>
        <translation>Asked by {name} ({role}) at {when}; expires {expires}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="213"/>
        <source>Decided by {name} at {when}.</source>
        <translation>Decided by {name} at {when}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="217"/>
        <source>Note: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="220"/>
        <source>What it binds (the exact objects, by digest):</source>
        <translation>What it binds (the exact objects, by digest):</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="239"/>
        <source>Sign in first (Workspace page).</source>
        <translation>Sign in first (Workspace page).</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="255"/>
        <location filename="../gui/pages/approvals.py" line="302"/>
        <source>Request {id} is {status}.</source>
        <translation>Request {id} is {status}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="275"/>
        <source>Save the request</source>
        <translation>Save the request</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="284"/>
        <source>Wrote request {id} to {path}. The approver signs it with `appliance-audit approve`; import their signed decision here.</source>
        <translation>Wrote request {id} to {path}. The approver signs it with `appliance-audit approve`; import their signed decision here.</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="294"/>
        <source>Signed decision</source>
        <translation>Signed decision</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../gui/pages/audit.py" line="105"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="110"/>
        <source>This workspace&apos;s audit log</source>
        <translation>This workspace&apos;s audit log</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="111"/>
        <source>Verify the log</source>
        <translation>Verify the log</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="112"/>
        <source>Export an evidence package…</source>
        <translation>Export an evidence package…</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="113"/>
        <source>Auditor mode: verify a package with your own key</source>
        <translation>Auditor mode: verify a package with your own key</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="117"/>
        <source>Auditor key</source>
        <translation>Auditor key</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="118"/>
        <source>Key passphrase</source>
        <translation>Key passphrase</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="119"/>
        <location filename="../gui/pages/audit.py" line="191"/>
        <source>Evidence package</source>
        <translation>Evidence package</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="120"/>
        <source>Kept checkpoint</source>
        <translation>Kept checkpoint</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="125"/>
        <source>only if your key is protected</source>
        <translation>only if your key is protected</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="126"/>
        <source>optional: from your previous verification</source>
        <translation>optional: from your previous verification</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="128"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="129"/>
        <source>Verify package</source>
        <translation>Verify package</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="130"/>
        <source>Save report (HTML, CSV, JSONL)…</source>
        <translation>Save report (HTML, CSV, JSONL)…</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="131"/>
        <source>Keep this checkpoint…</source>
        <translation>Keep this checkpoint…</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="135"/>
        <source>From (UTC)</source>
        <translation>From (UTC)</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="136"/>
        <source>To (UTC)</source>
        <translation>To (UTC)</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="137"/>
        <source>User or role</source>
        <translation>User or role</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="138"/>
        <location filename="../gui/pages/audit.py" line="159"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="139"/>
        <source>Object</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="140"/>
        <location filename="../gui/pages/audit.py" line="160"/>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="149"/>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="155"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="156"/>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="157"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="158"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="161"/>
        <source>Objects</source>
        <translation>Objects</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="169"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="170"/>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="171"/>
        <source>denied</source>
        <translation>denied</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="172"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="173"/>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="174"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="179"/>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="183"/>
        <source>Records (verify the log or a package to list them)</source>
        <translation>Records (verify the log or a package to list them)</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="185"/>
        <source>Records of this workspace&apos;s log</source>
        <translation>Records of this workspace&apos;s log</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="187"/>
        <source>Records of the evidence package</source>
        <translation>Records of the evidence package</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="193"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="228"/>
        <source>PASS: {n} records intact, {c} signed checkpoints verified.</source>
        <translation>PASS: {n} records intact, {c} signed checkpoints verified.</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="234"/>
        <source>FAIL: tampering found; {where}.</source>
        <translation>FAIL: tampering found; {where}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="243"/>
        <source>the signed head in the log&apos;s state, not a record</source>
        <translation>the signed head in the log&apos;s state, not a record</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="244"/>
        <source>the log as a whole</source>
        <translation>the log as a whole</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="247"/>
        <source>first bad record {seq}</source>
        <translation>first bad record {seq}</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="249"/>
        <source>first bad record at or after {lo} (the evidence bounds it, it does not name it)</source>
        <translation>first bad record at or after {lo} (the evidence bounds it, it does not name it)</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="253"/>
        <source>first bad record at or after {lo} and at or before {hi} (the evidence bounds it, it does not name it)</source>
        <translation>first bad record at or after {lo} and at or before {hi} (the evidence bounds it, it does not name it)</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="271"/>
        <source>FAIL: tampering detected; {where}.</source>
        <translation>FAIL: tampering detected; {where}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="285"/>
        <source>Folder for the package (a new, empty one)</source>
        <translation>Folder for the package (a new, empty one)</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="298"/>
        <source>Wrote {path}: {n} records.</source>
        <translation>Wrote {path}: {n} records.</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="263"/>
        <source>PASS: the log is intact ({n} records, {c} signed checkpoints).</source>
        <translation>PASS: the log is intact ({n} records, {c} signed checkpoints).</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="368"/>
        <source>Verify a package first.</source>
        <translation>Verify a package first.</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="370"/>
        <source>Folder for the report</source>
        <translation>Folder for the report</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="391"/>
        <source>Wrote report.html, records.csv and records.jsonl to {path}.</source>
        <translation>Wrote report.html, records.csv and records.jsonl to {path}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="395"/>
        <source>Only a checkpoint of a log that verified can be kept.</source>
        <translation>Only a checkpoint of a log that verified can be kept.</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="397"/>
        <source>Keep checkpoint</source>
        <translation>Keep checkpoint</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="412"/>
        <source>Checkpoint kept in {path}.</source>
        <translation>Checkpoint kept in {path}.</translation>
    </message>
</context>
<context>
    <name>CaptureSection</name>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="62"/>
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="63"/>
        <source>Record what this line serves (sealed, every read audited)</source>
        <translation>Record what this line serves (sealed, every read audited)</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="64"/>
        <source>Keep for</source>
        <translation>Keep for</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="65"/>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="66"/>
        <source>Captured items older than this are deleted.</source>
        <translation>Captured items older than this are deleted.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="67"/>
        <source>Size cap</source>
        <translation>Size cap</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="68"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="70"/>
        <source>At the cap capture pauses (serving goes on) until items are reviewed or the cap is raised.</source>
        <translation>At the cap capture pauses (serving goes on) until items are reviewed or the cap is raised.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="72"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="94"/>
        <source>{n} item(s) captured, {size} of {cap}</source>
        <translation>{n} item(s) captured, {size} of {cap}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="99"/>
        <source>Capture is off for this line: switch it on to record what it serves.</source>
        <translation>Capture is off for this line: switch it on to record what it serves.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="122"/>
        <source>Capture is on for {line}.</source>
        <translation>Capture is on for {line}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="124"/>
        <source>Capture is off for {line}.</source>
        <translation>Capture is off for {line}.</translation>
    </message>
</context>
<context>
    <name>CardTab</name>
    <message>
        <location filename="../gui/pages/export_card.py" line="40"/>
        <source>Save card…</source>
        <translation>Save card…</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="43"/>
        <source>Saves the card as Markdown (in this language), or the signed card (JSON) or ML-BOM (CycloneDX) with the workspace&apos;s signature beside it.</source>
        <translation>Saves the card as Markdown (in this language), or the signed card (JSON) or ML-BOM (CycloneDX) with the workspace&apos;s signature beside it.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="90"/>
        <source>Reading the model card…</source>
        <translation>Reading the model card…</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="92"/>
        <source>Model cards are made for verified exports: select one above.</source>
        <translation>Model cards are made for verified exports: select one above.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="94"/>
        <source>The model card could not be read (the message above says why).</source>
        <translation>The model card could not be read (the message above says why).</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="98"/>
        <source>What this export is made of, from the catalog: lineage, data (ids and digests, never rows), training, evaluation and licences. Signed by the workspace: {path}</source>
        <translation>What this export is made of, from the catalog: lineage, data (ids and digests, never rows), training, evaluation and licences. Signed by the workspace: {path}</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="112"/>
        <source>Model card, Markdown (*.md)</source>
        <translation>Model card, Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="113"/>
        <source>Model card, signed JSON (*.json)</source>
        <translation>Model card, signed JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="114"/>
        <source>ML-BOM, signed CycloneDX JSON (*.cdx.json)</source>
        <translation>ML-BOM, signed CycloneDX JSON (*.cdx.json)</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="118"/>
        <source>Save the model card</source>
        <translation>Save the model card</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="133"/>
        <source>Saved the card to {path}, with the workspace&apos;s signature {sig}.</source>
        <translation>Saved the card to {path}, with the workspace&apos;s signature {sig}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="137"/>
        <source>Saved the card to {path}.</source>
        <translation>Saved the card to {path}.</translation>
    </message>
</context>
<context>
    <name>Chain</name>
    <message>
        <location filename="../gui/widgets/common.py" line="192"/>
        <source>model</source>
        <translation>model</translation>
    </message>
    <message>
        <location filename="../gui/widgets/common.py" line="193"/>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <location filename="../gui/widgets/common.py" line="194"/>
        <source>training run</source>
        <translation>training run</translation>
    </message>
    <message>
        <location filename="../gui/widgets/common.py" line="195"/>
        <source>dataset</source>
        <translation>dataset</translation>
    </message>
    <message>
        <location filename="../gui/widgets/common.py" line="200"/>
        <source>removed</source>
        <translation>removed</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <location filename="../gui/pages/playground.py" line="120"/>
        <source>Cut at %1 tokens: raise Max tokens for longer answers.</source>
        <translation>Cut at %1 tokens: raise Max tokens for longer answers.</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="124"/>
        <source>Stopped before this model answered.</source>
        <translation>Stopped before this model answered.</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="126"/>
        <source>Stopped.</source>
        <translation>Stopped.</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="133"/>
        <source>First token after %1 s</source>
        <translation>First token after %1 s</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="135"/>
        <source>%1 tokens/s</source>
        <translation>%1 tokens/s</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="136"/>
        <source>%1 tokens</source>
        <translation>%1 tokens</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="141"/>
        <source>on the CPU</source>
        <translation>on the CPU</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="143"/>
        <source>all layers on the GPU</source>
        <translation>all layers on the GPU</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="145"/>
        <source>%1 layers on the GPU</source>
        <translation>%1 layers on the GPU</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="152"/>
        <source>You</source>
        <translation>You</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="152"/>
        <location filename="../gui/pages/playground.py" line="173"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
</context>
<context>
    <name>CollectionDialog</name>
    <message>
        <location filename="../gui/pages/documents.py" line="140"/>
        <source>New collection</source>
        <translation>New collection</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="144"/>
        <source>the built-in model (default)</source>
        <translation>the built-in model (default)</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="153"/>
        <source>Chunks are measured in the tokens of this model (use the model you serve). The built-in model is unpacked the first time it is used: that takes a while.</source>
        <translation>Chunks are measured in the tokens of this model (use the model you serve). The built-in model is unpacked the first time it is used: that takes a while.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="157"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="158"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="159"/>
        <source>Tokenizer of</source>
        <translation>Tokenizer of</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="160"/>
        <source>Chunk size (tokens)</source>
        <translation>Chunk size (tokens)</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="161"/>
        <source>Overlap (tokens)</source>
        <translation>Overlap (tokens)</translation>
    </message>
</context>
<context>
    <name>DatasetsPage</name>
    <message>
        <location filename="../gui/pages/datasets.py" line="130"/>
        <source>Datasets</source>
        <translation>Datasets</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="133"/>
        <source>Import a dataset (encrypted on import)</source>
        <translation>Import a dataset (encrypted on import)</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="137"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="138"/>
        <location filename="../gui/pages/datasets.py" line="188"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="139"/>
        <location filename="../gui/pages/datasets.py" line="190"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="140"/>
        <source>CSV columns</source>
        <translation>CSV columns</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="141"/>
        <source>Held-out share</source>
        <translation>Held-out share</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="142"/>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="150"/>
        <source>report it and import as is</source>
        <translation>report it and import as is</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="151"/>
        <source>mask it ([EMAIL], [PHONE]…) before sealing</source>
        <translation>mask it ([EMAIL], [PHONE]…) before sealing</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="152"/>
        <source>refuse a file that holds any</source>
        <translation>refuse a file that holds any</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="158"/>
        <source>E-mail addresses, phone numbers, payment cards, IBANs, Aadhaar numbers and PANs are found in every row (check digits verified). The report gives counts, lines and fields, never a value.</source>
        <translation>E-mail addresses, phone numbers, payment cards, IBANs, Aadhaar numbers and PANs are found in every row (check digits verified). The report gives counts, lines and fields, never a value.</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="163"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="164"/>
        <source>e.g. instruction=question,output=answer</source>
        <translation>e.g. instruction=question,output=answer</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="168"/>
        <source>automatic</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="169"/>
        <source>chat (JSONL)</source>
        <translation>chat (JSONL)</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="170"/>
        <source>instruction (JSONL)</source>
        <translation>instruction (JSONL)</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="172"/>
        <source>text / Markdown</source>
        <translation>text / Markdown</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="176"/>
        <source>Import the valid rows and skip the invalid ones</source>
        <translation>Import the valid rows and skip the invalid ones</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="177"/>
        <source>Validate and import</source>
        <translation>Validate and import</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="179"/>
        <source>Validation report</source>
        <translation>Validation report</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="183"/>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="183"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="183"/>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="183"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="185"/>
        <source>Dataset versions</source>
        <translation>Dataset versions</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="189"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="191"/>
        <source>Rows</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="192"/>
        <location filename="../gui/pages/datasets.py" line="280"/>
        <source>Train</source>
        <translation>Train</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="193"/>
        <location filename="../gui/pages/datasets.py" line="280"/>
        <source>Held out</source>
        <translation>Held out</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="194"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="195"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="198"/>
        <source>Preview (decrypt in memory)</source>
        <translation>Preview (decrypt in memory)</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="199"/>
        <source>Remove (crypto-erase)</source>
        <translation>Remove (crypto-erase)</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="210"/>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="211"/>
        <source>instruction</source>
        <translation>instruction</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="212"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="312"/>
        <source>Dataset file</source>
        <translation>Dataset file</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="312"/>
        <source>Datasets (*.jsonl *.json *.csv *.txt *.md)</source>
        <translation>Datasets (*.jsonl *.json *.csv *.txt *.md)</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="333"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="333"/>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="339"/>
        <source>Validation report: {read} rows read, {kept} usable, {e} errors, {w} warnings</source>
        <translation>Validation report: {read} rows read, {kept} usable, {e} errors, {w} warnings</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="357"/>
        <source>e-mail address</source>
        <translation>e-mail address</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="358"/>
        <source>phone number</source>
        <translation>phone number</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="359"/>
        <source>payment card</source>
        <translation>payment card</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="360"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="361"/>
        <source>Aadhaar number</source>
        <translation>Aadhaar number</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="362"/>
        <source>PAN</source>
        <translation>PAN</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="365"/>
        <source>line {line} ({field}: {kind})</source>
        <translation>line {line} ({field}: {kind})</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="372"/>
        <source>Where: {where}</source>
        <translation>Where: {where}</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="375"/>
        <source>They are kept in the sealed dataset and will be trained on: import again with “mask it” to replace them.</source>
        <translation>They are kept in the sealed dataset and will be trained on: import again with “mask it” to replace them.</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="406"/>
        <source>{file} was not imported: {n} row(s) have errors, listed in the validation report. Fix them, or tick “Import the valid rows and skip the invalid ones”.</source>
        <translation>{file} was not imported: {n} row(s) have errors, listed in the validation report. Fix them, or tick “Import the valid rows and skip the invalid ones”.</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="415"/>
        <source>Imported {name} version {v}: {n} rows, encrypted.</source>
        <translation>Imported {name} version {v}: {n} rows, encrypted.</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="419"/>
        <source>Unchanged: this version already holds exactly this data.</source>
        <translation>Unchanged: this version already holds exactly this data.</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="433"/>
        <location filename="../gui/pages/datasets.py" line="452"/>
        <source>Select a dataset version first.</source>
        <translation>Select a dataset version first.</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="284"/>
        <source>{name} version {v}: the first {n} rows</source>
        <translation>{name} version {v}: the first {n} rows</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="456"/>
        <source>Remove dataset</source>
        <translation>Remove dataset</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="458"/>
        <source>Destroy {name} version {v} for good? Its key is destroyed, so no copy can be decrypted again.</source>
        <translation>Destroy {name} version {v} for good? Its key is destroyed, so no copy can be decrypted again.</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="471"/>
        <source>Removed; its data key is destroyed.</source>
        <translation>Removed; its data key is destroyed.</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../gui/pages/documents.py" line="247"/>
        <location filename="../gui/pages/documents.py" line="257"/>
        <location filename="../gui/pages/documents.py" line="334"/>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="252"/>
        <source>Collections of documents the models answer from, citing document, version and page. Everything is encrypted; removing a document crypto-erases it.</source>
        <translation>Collections of documents the models answer from, citing document, version and page. Everything is encrypted; removing a document crypto-erases it.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="256"/>
        <source>Collections</source>
        <translation>Collections</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="257"/>
        <location filename="../gui/pages/documents.py" line="262"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="257"/>
        <location filename="../gui/pages/documents.py" line="262"/>
        <location filename="../gui/pages/documents.py" line="493"/>
        <source>Chunks</source>
        <translation>Chunks</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="257"/>
        <location filename="../gui/pages/documents.py" line="263"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="258"/>
        <source>New collection…</source>
        <translation>New collection…</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="259"/>
        <source>Remove collection…</source>
        <translation>Remove collection…</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="260"/>
        <source>Show superseded versions</source>
        <translation>Show superseded versions</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="262"/>
        <location filename="../gui/pages/documents.py" line="493"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="262"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="262"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="263"/>
        <location filename="../gui/pages/documents.py" line="493"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="263"/>
        <location filename="../gui/pages/documents.py" line="493"/>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="265"/>
        <source>Import files…</source>
        <translation>Import files…</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="266"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="267"/>
        <source>Remove document…</source>
        <translation>Remove document…</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="268"/>
        <source>Search preview</source>
        <translation>Search preview</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="269"/>
        <source>A question, as a user would ask it</source>
        <translation>A question, as a user would ask it</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="270"/>
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="271"/>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="272"/>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="276"/>
        <source>hybrid (meaning and words)</source>
        <translation>hybrid (meaning and words)</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="277"/>
        <source>dense (meaning)</source>
        <translation>dense (meaning)</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="278"/>
        <source>lexical (words)</source>
        <translation>lexical (words)</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="334"/>
        <source>Documents in {name}</source>
        <translation>Documents in {name}</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="336"/>
        <location filename="../gui/pages/documents.py" line="491"/>
        <source>superseded</source>
        <translation>superseded</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="343"/>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="375"/>
        <source>Create a collection first (New collection…).</source>
        <translation>Create a collection first (New collection…).</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="381"/>
        <source>Select a document first.</source>
        <translation>Select a document first.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="395"/>
        <source>Created collection {name}.</source>
        <translation>Created collection {name}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="404"/>
        <source>Remove collection</source>
        <translation>Remove collection</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="406"/>
        <source>Remove the collection {name} and its {n} document(s) for good? Every document is crypto-erased: this cannot be undone.</source>
        <translation>Remove the collection {name} and its {n} document(s) for good? Every document is crypto-erased: this cannot be undone.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="419"/>
        <source>Removed collection {name} and its {n} document(s).</source>
        <translation>Removed collection {name} and its {n} document(s).</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="432"/>
        <source>Documents to import</source>
        <translation>Documents to import</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="434"/>
        <source>Documents (*.pdf *.docx *.odt *.html *.htm *.md *.markdown *.txt *.text);;All files (*)</source>
        <translation>Documents (*.pdf *.docx *.odt *.html *.htm *.md *.markdown *.txt *.text);;All files (*)</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="458"/>
        <source>{file}: {name} version {v}, {n} chunks.</source>
        <translation>{file}: {name} version {v}, {n} chunks.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="460"/>
        <source>{file}: {name} version {v} replaces the previous one, {n} chunks.</source>
        <translation>{file}: {name} version {v} replaces the previous one, {n} chunks.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="462"/>
        <source>{file}: unchanged; {name} stays at version {v}.</source>
        <translation>{file}: unchanged; {name} stays at version {v}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="468"/>
        <source>{file}: page(s) {pages} have no text layer (scanned?) and were not indexed; OCR them to include them.</source>
        <translation>{file}: page(s) {pages} have no text layer (scanned?) and were not indexed; OCR them to include them.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="472"/>
        <source>Imported into {collection} (encrypted):</source>
        <translation>Imported into {collection} (encrypted):</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="490"/>
        <source>Versions of {name}</source>
        <translation>Versions of {name}</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="491"/>
        <source>current</source>
        <translation>current</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="493"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="494"/>
        <source>Superseded</source>
        <translation>Superseded</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="519"/>
        <source>Remove document</source>
        <translation>Remove document</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="521"/>
        <source>Remove {name} and every version of it from {collection}? It is crypto-erased: its keys are destroyed, and this cannot be undone.</source>
        <translation>Remove {name} and every version of it from {collection}? It is crypto-erased: its keys are destroyed, and this cannot be undone.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="534"/>
        <source>Removed {name} ({n} version(s)); its data can no longer be decrypted.</source>
        <translation>Removed {name} ({n} version(s)); its data can no longer be decrypted.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="572"/>
        <source>p. {page}</source>
        <translation>p. {page}</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="573"/>
        <source>{document} version {version}</source>
        <translation>{document} version {version}</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="576"/>
        <source>score {score} · meaning {dense} · words {lexical}</source>
        <translation>score {score} · meaning {dense} · words {lexical}</translation>
    </message>
</context>
<context>
    <name>DriftSection</name>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="145"/>
        <source>Scripts of the prompts</source>
        <translation>Scripts of the prompts</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="146"/>
        <source>Prompt length</source>
        <translation>Prompt length</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="147"/>
        <source>Tokens per character</source>
        <translation>Tokens per character</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="148"/>
        <source>Byte-fallback tokens</source>
        <translation>Byte-fallback tokens</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="149"/>
        <source>Meaning (embeddings)</source>
        <translation>Meaning (embeddings)</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="150"/>
        <source>Answer length</source>
        <translation>Answer length</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="151"/>
        <source>Refusals</source>
        <translation>Refusals</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="152"/>
        <source>Bad ratings</source>
        <translation>Bad ratings</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="156"/>
        <source>Drift</source>
        <translation>Drift</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="157"/>
        <source>Check now</source>
        <translation>Check now</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="159"/>
        <source>Compare the line&apos;s recent traffic with its reference now (the same check the watch loop runs).</source>
        <translation>Compare the line&apos;s recent traffic with its reference now (the same check the watch loop runs).</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="163"/>
        <source>Each check compares a window of recent requests with the line&apos;s reference through several tests; a p-value under its threshold is an alarm.</source>
        <translation>Each check compares a window of recent requests with the line&apos;s reference through several tests; a p-value under its threshold is an alarm.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="168"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="168"/>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="168"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="168"/>
        <source>Alarms</source>
        <translation>Alarms</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="172"/>
        <source>Each chart: the detector&apos;s p-value at each check, oldest on the left (log scale; lower means further from the reference), the dashed line its threshold, red dots alarms, the dotted line the selected check.</source>
        <translation>Each chart: the detector&apos;s p-value at each check, oldest on the left (log scale; lower means further from the reference), the dashed line its threshold, red dots alarms, the dotted line the selected check.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="179"/>
        <source>No drift check yet for this line: press Check now to compare its recent traffic (captured requests) with the data it was trained on.</source>
        <translation>No drift check yet for this line: press Check now to compare its recent traffic (captured requests) with the data it was trained on.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="209"/>
        <location filename="../gui/pages/lifecycle_drift.py" line="289"/>
        <source>drift</source>
        <translation>drift</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="209"/>
        <location filename="../gui/pages/lifecycle_drift.py" line="289"/>
        <source>no drift</source>
        <translation>no drift</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="249"/>
        <source>{detector} did not run: {why}</source>
        <translation>{detector} did not run: {why}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="274"/>
        <source>{detector}: p = {p}</source>
        <translation>{detector}: p = {p}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="290"/>
        <source>Drift check done: {verdict}.</source>
        <translation>Drift check done: {verdict}.</translation>
    </message>
</context>
<context>
    <name>EvaluatePage</name>
    <message>
        <location filename="../gui/pages/evaluate.py" line="138"/>
        <source>Evaluate</source>
        <translation>Evaluate</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="141"/>
        <source>Compare models</source>
        <translation>Compare models</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="142"/>
        <source>Model lines</source>
        <translation>Model lines</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="143"/>
        <source>Suite</source>
        <translation>Suite</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="143"/>
        <source>Run on</source>
        <translation>Run on</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="145"/>
        <source>no suite yet: import a suite file</source>
        <translation>no suite yet: import a suite file</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="146"/>
        <source>Import a suite file…</source>
        <translation>Import a suite file…</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="148"/>
        <source>A TOML or JSON Lines file of cases (docs/formats/eval-suite.md); kept encrypted.</source>
        <translation>A TOML or JSON Lines file of cases (docs/formats/eval-suite.md); kept encrypted.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="153"/>
        <source>its GGUF export, through llama.cpp (as served)</source>
        <translation>its GGUF export, through llama.cpp (as served)</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="154"/>
        <source>the stored model, through transformers</source>
        <translation>the stored model, through transformers</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="159"/>
        <source>Evaluate and compare</source>
        <translation>Evaluate and compare</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="167"/>
        <source>Save report…</source>
        <translation>Save report…</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="168"/>
        <source>The comparison as one HTML page, answers included (in the clear).</source>
        <translation>The comparison as one HTML page, answers included (in the clear).</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="170"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="170"/>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="170"/>
        <source>Mean latency</source>
        <translation>Mean latency</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="170"/>
        <source>Tokens per answer</source>
        <translation>Tokens per answer</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="157"/>
        <source>Models to compare</source>
        <translation>Models to compare</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="158"/>
        <source>The first ticked model is the baseline; drag the models to reorder them.</source>
        <translation>The first ticked model is the baseline; drag the models to reorder them.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="160"/>
        <source>Run again</source>
        <translation>Run again</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="163"/>
        <source>Evaluate anew even the models that already have a finished evaluation on this suite version (otherwise it is reused).</source>
        <translation>Evaluate anew even the models that already have a finished evaluation on this suite version (otherwise it is reused).</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="188"/>
        <source>{name} (version {version}, {cases} cases)</source>
        <translation>{name} (version {version}, {cases} cases)</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="221"/>
        <source>No model has a verified export yet: export one on the Export page.</source>
        <translation>No model has a verified export yet: export one on the Export page.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="223"/>
        <source>No model yet: import one on the Models page.</source>
        <translation>No model yet: import one on the Models page.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="247"/>
        <source>Evaluation suite</source>
        <translation>Evaluation suite</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="247"/>
        <source>Suites (*.toml *.jsonl);;All files (*)</source>
        <translation>Suites (*.toml *.jsonl);;All files (*)</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="263"/>
        <source>Suite {name} version {version}: {cases} cases, kept encrypted.</source>
        <translation>Suite {name} version {version}: {cases} cases, kept encrypted.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="279"/>
        <source>Choose a suite, or import a suite file.</source>
        <translation>Choose a suite, or import a suite file.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="282"/>
        <source>Tick at least one model to evaluate.</source>
        <translation>Tick at least one model to evaluate.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="309"/>
        <source>Compared {n} model(s) on suite {suite}.</source>
        <translation>Compared {n} model(s) on suite {suite}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="326"/>
        <source>Choose a suite, tick one or more models and press Evaluate and compare: each model answers every case with greedy decoding, and the results appear here side by side.</source>
        <translation>Choose a suite, tick one or more models and press Evaluate and compare: each model answers every case with greedy decoding, and the results appear here side by side.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="341"/>
        <source>Suite {suite}: {cases} cases, {n} model(s)</source>
        <translation>Suite {suite}: {cases} cases, {n} model(s)</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="349"/>
        <source>{model} (baseline)</source>
        <translation>{model} (baseline)</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="357"/>
        <source>{ms} ms</source>
        <translation>{ms} ms</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="365"/>
        <source>Evaluation {id}</source>
        <translation>Evaluation {id}</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="374"/>
        <source>Slice</source>
        <translation>Slice</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="384"/>
        <source>{model} against {baseline}: {difference} points (95 % interval {low} … {high}, paired bootstrap); {mcnemar}; only {baseline} passed {b}, only {model} passed {c}.</source>
        <translation>{model} against {baseline}: {difference} points (95 % interval {low} … {high}, paired bootstrap); {mcnemar}; only {baseline} passed {b}, only {model} passed {c}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="400"/>
        <source>Promotion gate: {summary}</source>
        <translation>Promotion gate: {summary}</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="402"/>
        <source>Tick a second model to compare it with this one.</source>
        <translation>Tick a second model to compare it with this one.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="406"/>
        <source>Case</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="406"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="437"/>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="437"/>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="466"/>
        <source>{passed}/{n} ({pct} %)</source>
        <translation>{passed}/{n} ({pct} %)</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="481"/>
        <source>Evaluate and compare first: there is no report to save.</source>
        <translation>Evaluate and compare first: there is no report to save.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="485"/>
        <source>Save the report</source>
        <translation>Save the report</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="485"/>
        <source>HTML page (*.html)</source>
        <translation>HTML page (*.html)</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="492"/>
        <source>Could not write {path}: {why}</source>
        <translation>Could not write {path}: {why}</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="495"/>
        <source>Saved the report to {path}. It holds the answers in the clear.</source>
        <translation>Saved the report to {path}. It holds the answers in the clear.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../gui/pages/export.py" line="109"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="112"/>
        <source>Merge a finished training run into a new model</source>
        <translation>Merge a finished training run into a new model</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="113"/>
        <source>name of the merged model (optional)</source>
        <translation>name of the merged model (optional)</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="114"/>
        <source>no finished run waiting to be merged</source>
        <translation>no finished run waiting to be merged</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="115"/>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="116"/>
        <source>Export to GGUF with the verification gate</source>
        <translation>Export to GGUF with the verification gate</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="118"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="118"/>
        <location filename="../gui/pages/export.py" line="137"/>
        <source>Quantization</source>
        <translation>Quantization</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="118"/>
        <source>Tokenizer differences</source>
        <translation>Tokenizer differences</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="124"/>
        <source>default: fail only on Latin, code, digits or lost text</source>
        <translation>default: fail only on Latin, code, digits or lost text</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="125"/>
        <source>strict: any difference fails</source>
        <translation>strict: any difference fails</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="126"/>
        <source>lenient: differences only warn</source>
        <translation>lenient: differences only warn</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="130"/>
        <source>Export and verify</source>
        <translation>Export and verify</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="131"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="132"/>
        <source>Exports of this model</source>
        <translation>Exports of this model</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="133"/>
        <source>Verification report</source>
        <translation>Verification report</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="134"/>
        <source>Model card</source>
        <translation>Model card</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="138"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="139"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="140"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="141"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="142"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="145"/>
        <source>Show in folder</source>
        <translation>Show in folder</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="146"/>
        <source>Copy path</source>
        <translation>Copy path</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="147"/>
        <source>Save a copy as…</source>
        <translation>Save a copy as…</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="149"/>
        <source>Copies the GGUF out of the workspace; the copy is recorded in the audit log.</source>
        <translation>Copies the GGUF out of the workspace; the copy is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="160"/>
        <source>built-in</source>
        <translation>built-in</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="160"/>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="160"/>
        <source>merged</source>
        <translation>merged</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="273"/>
        <source>Copied the path of the GGUF.</source>
        <translation>Copied the path of the GGUF.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="283"/>
        <source>Save a copy of the GGUF</source>
        <translation>Save a copy of the GGUF</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="301"/>
        <source>Saved a copy to {path} (recorded in the audit log).</source>
        <translation>Saved a copy to {path} (recorded in the audit log).</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="412"/>
        <source>Already exported</source>
        <translation>Already exported</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="415"/>
        <source>{model} is already exported to {quant} and verified: {file} ({size}, {date}). Use that export, or make a second copy?</source>
        <translation>{model} is already exported to {quant} and verified: {file} ({size}, {date}). Use that export, or make a second copy?</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="425"/>
        <source>Use the existing export</source>
        <translation>Use the existing export</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="426"/>
        <source>Export again</source>
        <translation>Export again</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="437"/>
        <source>Using the existing export {file}: chat with it on the Playground page, or serve it.</source>
        <translation>Using the existing export {file}: chat with it on the Playground page, or serve it.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="467"/>
        <source>Exported and verified: {file} ({size}). Chat with it on the Playground page.</source>
        <translation>Exported and verified: {file} ({size}). Chat with it on the Playground page.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="325"/>
        <source>{name}  ~{size}  ({bits} bits per weight)</source>
        <translation>{name}  ~{size}  ({bits} bits per weight)</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="343"/>
        <source>Choose a finished training run to merge.</source>
        <translation>Choose a finished training run to merge.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="357"/>
        <source>Merged into model {name}.</source>
        <translation>Merged into model {name}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="369"/>
        <source>Choose a model and a quantization.</source>
        <translation>Choose a model and a quantization.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="254"/>
        <source>Verified: the GGUF behaves like the model it was made from.</source>
        <translation>Verified: the GGUF behaves like the model it was made from.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="196"/>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="197"/>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="198"/>
        <source>in progress</source>
        <translation>in progress</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="244"/>
        <source>No file: {why}</source>
        <translation>No file: {why}</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="256"/>
        <location filename="../gui/pages/export.py" line="464"/>
        <source>Failed verification: the export is kept but marked failed.</source>
        <translation>Failed verification: the export is kept but marked failed.</translation>
    </message>
</context>
<context>
    <name>FeedbackRow</name>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="58"/>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="59"/>
        <source>Bad</source>
        <translation>Bad</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="60"/>
        <source>A good answer (recorded with the captured request)</source>
        <translation>A good answer (recorded with the captured request)</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="61"/>
        <source>A bad answer (recorded with the captured request)</source>
        <translation>A bad answer (recorded with the captured request)</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="62"/>
        <source>Correct this answer…</source>
        <translation>Correct this answer…</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="64"/>
        <source>Write the answer it should have given; a reviewer decides whether it is learnt.</source>
        <translation>Write the answer it should have given; a reviewer decides whether it is learnt.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="74"/>
        <source>Thank you: recorded for review.</source>
        <translation>Thank you: recorded for review.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="76"/>
        <source>Captured for this line&apos;s review: was it right?</source>
        <translation>Captured for this line&apos;s review: was it right?</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="102"/>
        <source>Correct this answer</source>
        <translation>Correct this answer</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="102"/>
        <source>The answer the model should have given:</source>
        <translation>The answer the model should have given:</translation>
    </message>
</context>
<context>
    <name>FormText</name>
    <message>
        <location filename="../gui/pages/train_form.py" line="20"/>
        <source>automatic</source>
        <translation>automatic</translation>
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
        <translation>full (every weight)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="26"/>
        <source>supervised (learn the answers)</source>
        <translation>supervised (learn the answers)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="27"/>
        <source>DPO (preference pairs)</source>
        <translation>DPO (preference pairs)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="28"/>
        <source>SimPO (pairs, no reference)</source>
        <translation>SimPO (pairs, no reference)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="29"/>
        <source>KTO (answers judged good or bad)</source>
        <translation>KTO (answers judged good or bad)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="33"/>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="33"/>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="44"/>
        <source>From {low} to {high}.</source>
        <translation>From {low} to {high}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="49"/>
        <source>The preset {preset} sets {value}.</source>
        <translation>The preset {preset} sets {value}.</translation>
    </message>
</context>
<context>
    <name>GateText</name>
    <message>
        <location filename="../gui/gate_text.py" line="159"/>
        <source>(llama.cpp loses text)</source>
        <translation>(llama.cpp loses text)</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="141"/>
        <source>(not NFC)</source>
        <translation>(not NFC)</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="173"/>
        <source>, {n} lose text</source>
        <translation>, {n} lose text</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="46"/>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="31"/>
        <source>BOS token</source>
        <translation>BOS token</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="47"/>
        <source>Chinese, Japanese, Korean</source>
        <translation>Chinese, Japanese, Korean</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="44"/>
        <source>Devanagari</source>
        <translation>Devanagari</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="32"/>
        <source>EOS token</source>
        <translation>EOS token</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="24"/>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="168"/>
        <source>Held-out {script} lines: {identical}/{lines} tokenized identically by llama.cpp</source>
        <translation>Held-out {script} lines: {identical}/{lines} tokenized identically by llama.cpp</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="41"/>
        <source>Latin</source>
        <translation>Latin</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="92"/>
        <source>Logits on {positions} probe positions ({prompts} prompts, reference in {dtype}): top-1 agreement {agreement} (needs ≥ {needed}), mean KL {kl} nats (needs ≤ {max_kl}), p95 KL {kl_high}</source>
        <translation>Logits on {positions} probe positions ({prompts} prompts, reference in {dtype}): top-1 agreement {agreement} (needs ≥ {needed}), mean KL {kl} nats (needs ≤ {max_kl}), p95 KL {kl_high}</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="22"/>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="115"/>
        <source>Probe set {version}; took {s} s.</source>
        <translation>Probe set {version}; took {s} s.</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="25"/>
        <source>SKIP</source>
        <translation>SKIP</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="45"/>
        <source>Tamil</source>
        <translation>Tamil</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="130"/>
        <source>Tokenizer probes: {same}/{total} identical; policy {policy}: {explanation}</source>
        <translation>Tokenizer probes: {same}/{total} identical; policy {policy}: {explanation}</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="51"/>
        <source>Unicode normalization</source>
        <translation>Unicode normalization</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="83"/>
        <source>Verification gate ({quant}): {verdict}</source>
        <translation>Verification gate ({quant}): {verdict}</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="23"/>
        <source>WARN</source>
        <translation>WARN</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="143"/>
        <source>[{mark}] {category}: {text} — HF {hf} tokens, llama.cpp {llama}; first difference at token {k}: HF {hf_pieces} vs llama.cpp {llama_pieces}</source>
        <translation>[{mark}] {category}: {text} — HF {hf} tokens, llama.cpp {llama}; first difference at token {k}: HF {hf_pieces} vs llama.cpp {llama_pieces}</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="34"/>
        <source>add-BOS flag</source>
        <translation>add-BOS flag</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="35"/>
        <source>chat rendering</source>
        <translation>chat rendering</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="30"/>
        <source>chat template embedded</source>
        <translation>chat template embedded</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="42"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="43"/>
        <source>digits</source>
        <translation>digits</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="48"/>
        <source>emoji</source>
        <translation>emoji</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="33"/>
        <source>end-of-turn tokens</source>
        <translation>end-of-turn tokens</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="36"/>
        <source>extended-vocabulary parity</source>
        <translation>extended-vocabulary parity</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="28"/>
        <source>loads in llama.cpp</source>
        <translation>loads in llama.cpp</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="29"/>
        <source>logits</source>
        <translation>logits</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="49"/>
        <source>native digits</source>
        <translation>native digits</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="37"/>
        <source>new vocabulary rows</source>
        <translation>new vocabulary rows</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="38"/>
        <source>tokenizer probes</source>
        <translation>tokenizer probes</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="50"/>
        <source>whitespace</source>
        <translation>whitespace</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="179"/>
        <source>{text}: first difference at token {k}: HF {hf_pieces} vs llama.cpp {llama_pieces}</source>
        <translation>{text}: first difference at token {k}: HF {hf_pieces} vs llama.cpp {llama_pieces}</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <location filename="../gui/pages/workspace.py" line="61"/>
        <source>Getting started</source>
        <translation>Getting started</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="63"/>
        <source>1. Create the workspace: its keys encrypt every dataset and the audit log.</source>
        <translation>1. Create the workspace: its keys encrypt every dataset and the audit log.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="64"/>
        <source>2. Unpack the built-in model (SmolLM2, runs on this computer&apos;s CPU).</source>
        <translation>2. Unpack the built-in model (SmolLM2, runs on this computer&apos;s CPU).</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="65"/>
        <source>3. Import data: the sample registry questions, or your own JSONL or CSV file.</source>
        <translation>3. Import data: the sample registry questions, or your own JSONL or CSV file.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="66"/>
        <source>4. Train: a few minutes on the sample with the CPU preset.</source>
        <translation>4. Train: a few minutes on the sample with the CPU preset.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="67"/>
        <source>5. Merge the run and export it to GGUF through the verification gate.</source>
        <translation>5. Merge the run and export it to GGUF through the verification gate.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="68"/>
        <source>6. Chat with the base and the tuned model side by side.</source>
        <translation>6. Chat with the base and the tuned model side by side.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="71"/>
        <source>Create below</source>
        <translation>Create below</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="72"/>
        <source>Unpack</source>
        <translation>Unpack</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="73"/>
        <source>Use the sample</source>
        <translation>Use the sample</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="74"/>
        <source>Open Train</source>
        <translation>Open Train</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="75"/>
        <source>Open Export</source>
        <translation>Open Export</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="76"/>
        <source>Open Playground</source>
        <translation>Open Playground</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="105"/>
        <source>The built-in model {name} is ready.</source>
        <translation>The built-in model {name} is ready.</translation>
    </message>
</context>
<context>
    <name>GovText</name>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="17"/>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="18"/>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="19"/>
        <source>approver</source>
        <translation>approver</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="20"/>
        <source>auditor</source>
        <translation>auditor</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="27"/>
        <source>people, policy, auditors and key rotation, and everything an operator does</source>
        <translation>people, policy, auditors and key rotation, and everything an operator does</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="28"/>
        <source>data, training, export, evaluation, serving; asks for promotions</source>
        <translation>data, training, export, evaluation, serving; asks for promotions</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="29"/>
        <source>decides approval requests; may chat with a model to judge it</source>
        <translation>decides approval requests; may chat with a model to judge it</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="30"/>
        <source>exports evidence packages only</source>
        <translation>exports evidence packages only</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="35"/>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="36"/>
        <source>approved</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="37"/>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="38"/>
        <source>used</source>
        <translation>used</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="39"/>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="40"/>
        <source>void (no longer holds)</source>
        <translation>void (no longer holds)</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="41"/>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="42"/>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="48"/>
        <source>Signed in as {name} ({role})</source>
        <translation>Signed in as {name} ({role})</translation>
    </message>
</context>
<context>
    <name>HardwarePanel</name>
    <message>
        <location filename="../gui/widgets/hardware.py" line="214"/>
        <source>This machine&apos;s load, once a second</source>
        <translation>This machine&apos;s load, once a second</translation>
    </message>
    <message>
        <location filename="../gui/widgets/hardware.py" line="215"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../gui/widgets/hardware.py" line="216"/>
        <source>Memory</source>
        <translation>Memory</translation>
    </message>
    <message>
        <location filename="../gui/widgets/hardware.py" line="224"/>
        <source>GPU {n} load</source>
        <translation>GPU {n} load</translation>
    </message>
    <message>
        <location filename="../gui/widgets/hardware.py" line="225"/>
        <source>GPU {n} memory</source>
        <translation>GPU {n} memory</translation>
    </message>
    <message>
        <location filename="../gui/widgets/hardware.py" line="235"/>
        <source>{used} of {total}</source>
        <translation>{used} of {total}</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <location filename="../gui/widgets/common.py" line="362"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../gui/widgets/common.py" line="370"/>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <location filename="../gui/widgets/common.py" line="396"/>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
<context>
    <name>LifecyclePage</name>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="165"/>
        <source>Lifecycle</source>
        <translation>Lifecycle</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="168"/>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="169"/>
        <source>no model line yet</source>
        <translation>no model line yet</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="172"/>
        <source>No model lines yet. A line is what this appliance serves, watches and retrains: create one with `appliance lines create NAME --from-run RUN --suite SUITE --gate GATE.toml`, then come back here to switch on capture.</source>
        <translation>No model lines yet. A line is what this appliance serves, watches and retrains: create one with `appliance lines create NAME --from-run RUN --suite SUITE --gate GATE.toml`, then come back here to switch on capture.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="224"/>
        <source>production</source>
        <translation>production</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="224"/>
        <source>candidate</source>
        <translation>candidate</translation>
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
        <translation>Line</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="103"/>
        <location filename="../gui/pages/lines.py" line="124"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="104"/>
        <source>no model line yet</source>
        <translation>no model line yet</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="105"/>
        <source>Promote to production</source>
        <translation>Promote to production</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="108"/>
        <source>Evaluates the model on the line&apos;s suites where needed, compares it with the current production model, and moves it to production only if the line&apos;s gate passes.</source>
        <translation>Evaluates the model on the line&apos;s suites where needed, compares it with the current production model, and moves it to production only if the line&apos;s gate passes.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="114"/>
        <source>No model lines yet. A line names a customization, its suites and its promotion gate: create one with `appliance lines create NAME --from-run RUN --suite SUITE --gate GATE.toml`.</source>
        <translation>No model lines yet. A line names a customization, its suites and its promotion gate: create one with `appliance lines create NAME --from-run RUN --suite SUITE --gate GATE.toml`.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="118"/>
        <source>The gate&apos;s verdict</source>
        <translation>The gate&apos;s verdict</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="119"/>
        <source>Show its comparison</source>
        <translation>Show its comparison</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="120"/>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="124"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="124"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="124"/>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="124"/>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="139"/>
        <source>{line} (production: {production}; candidate: {candidate})</source>
        <translation>{line} (production: {production}; candidate: {candidate})</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="174"/>
        <source>production</source>
        <translation>production</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="174"/>
        <source>candidate</source>
        <translation>candidate</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="178"/>
        <source>{channel}: {model} since {since}</source>
        <translation>{channel}: {model} since {since}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="183"/>
        <source>{channel}: none</source>
        <translation>{channel}: none</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="189"/>
        <source>Suites: {suites}</source>
        <translation>Suites: {suites}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="190"/>
        <source>Gate: {gate}</source>
        <translation>Gate: {gate}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="194"/>
        <source>promoted</source>
        <translation>promoted</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="194"/>
        <location filename="../gui/pages/lines.py" line="204"/>
        <location filename="../gui/pages/lines.py" line="246"/>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="194"/>
        <source>rebased</source>
        <translation>rebased</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="204"/>
        <location filename="../gui/pages/lines.py" line="246"/>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="217"/>
        <source>pass rate at least {pct} %</source>
        <translation>pass rate at least {pct} %</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="220"/>
        <source>{slice} pass rate at least {pct} %</source>
        <translation>{slice} pass rate at least {pct} %</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="223"/>
        <source>must pass: {cases}</source>
        <translation>must pass: {cases}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="225"/>
        <source>no drop over {pct} % against production that is significant (p &lt; {p})</source>
        <translation>no drop over {pct} % against production that is significant (p &lt; {p})</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="263"/>
        <source>Choose a model line and a model with a verified export.</source>
        <translation>Choose a model line and a model with a verified export.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="290"/>
        <source>{model} is now {line}@production.</source>
        <translation>{model} is now {line}@production.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="320"/>
        <source>Request {id} is approved: promote {model} again to move it to {line}@production (an approval is used once, for this model and this verdict).</source>
        <translation>Request {id} is approved: promote {model} again to move it to {line}@production (an approval is used once, for this model and this verdict).</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="328"/>
        <source>Waiting for approval: request {id} asks a second person to let {model} become {line}@production. An approver finds it on the Approvals page; promote again once it is approved. Nothing was changed.</source>
        <translation>Waiting for approval: request {id} asks a second person to let {model} become {line}@production. An approver finds it on the Approvals page; promote again once it is approved. Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="130"/>
        <source>Sovereign model appliance</source>
        <translation>Sovereign model appliance</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="137"/>
        <source>No workspace</source>
        <translation>No workspace</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="143"/>
        <source>Unlocked</source>
        <translation>Unlocked</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="145"/>
        <source>Locked</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="179"/>
        <source>Keep training?</source>
        <translation>Keep training?</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="181"/>
        <source>A training run is in progress. It can go on without this window: its checkpoints and result are saved as usual, and the Train page shows it when you open the appliance again (stop it there, or with `appliance runs stop`). Or it can stop now, keeping a checkpoint to resume from.</source>
        <translation>A training run is in progress. It can go on without this window: its checkpoints and result are saved as usual, and the Train page shows it when you open the appliance again (stop it there, or with `appliance runs stop`). Or it can stop now, keeping a checkpoint to resume from.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="189"/>
        <source>Keep training and close</source>
        <translation>Keep training and close</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="190"/>
        <source>Stop the run and close</source>
        <translation>Stop the run and close</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="208"/>
        <source>Stop the server?</source>
        <translation>Stop the server?</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="210"/>
        <source>The API server at {url} is running ({models}). It runs inside this window: closing the window stops it, and programs using it lose their connection.</source>
        <translation>The API server at {url} is running ({models}). It runs inside this window: closing the window stops it, and programs using it lose their connection.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="219"/>
        <source>Stop the server and close</source>
        <translation>Stop the server and close</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../gui/pages/models.py" line="63"/>
        <location filename="../gui/pages/models.py" line="66"/>
        <source>Models</source>
        <translation>Models</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="67"/>
        <source>Training runs</source>
        <translation>Training runs</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="68"/>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="69"/>
        <source>Tokenizers</source>
        <translation>Tokenizers</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="73"/>
        <location filename="../gui/pages/models.py" line="84"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="74"/>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="75"/>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="76"/>
        <source>Parameters</source>
        <translation>Parameters</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="77"/>
        <location filename="../gui/pages/models.py" line="96"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="78"/>
        <location filename="../gui/pages/models.py" line="99"/>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="79"/>
        <location filename="../gui/pages/models.py" line="90"/>
        <location filename="../gui/pages/models.py" line="100"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="85"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="86"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="87"/>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="88"/>
        <source>Train loss</source>
        <translation>Train loss</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="89"/>
        <source>Held-out loss</source>
        <translation>Held-out loss</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="95"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="97"/>
        <source>Verification</source>
        <translation>Verification</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="98"/>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="103"/>
        <source>Lineage of the selected item</source>
        <translation>Lineage of the selected item</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="104"/>
        <source>Import a model folder…</source>
        <translation>Import a model folder…</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="105"/>
        <source>Import a GGUF file…</source>
        <translation>Import a GGUF file…</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="106"/>
        <location filename="../gui/pages/models.py" line="250"/>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="115"/>
        <source>built-in</source>
        <translation>built-in</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="116"/>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="117"/>
        <source>merged</source>
        <translation>merged</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="118"/>
        <source>extended</source>
        <translation>extended</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="138"/>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="139"/>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="140"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="142"/>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="162"/>
        <source>verified</source>
        <translation>verified</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="141"/>
        <location filename="../gui/pages/models.py" line="163"/>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="164"/>
        <source>unverified</source>
        <translation>unverified</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="206"/>
        <source>Hugging Face model folder</source>
        <translation>Hugging Face model folder</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="208"/>
        <source>GGUF file</source>
        <translation>GGUF file</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="221"/>
        <source>Imported {name}.</source>
        <translation>Imported {name}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="247"/>
        <source>Select a model or an export to remove.</source>
        <translation>Select a model or an export to remove.</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="250"/>
        <source>Remove {obj} and its files?</source>
        <translation>Remove {obj} and its files?</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="263"/>
        <source>Removed.</source>
        <translation>Removed.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../gui/pages/people.py" line="131"/>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="135"/>
        <location filename="../gui/pages/people.py" line="146"/>
        <source>Give this workspace people</source>
        <translation>Give this workspace people</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="138"/>
        <source>Each person gets their own passphrase, keys and role, and every record of the audit log names who acted. You become the first admin, with the workspace passphrase as your own; from then on only people unlock the workspace, each with their own passphrase.</source>
        <translation>Each person gets their own passphrase, keys and role, and every record of the audit log names who acted. You become the first admin, with the workspace passphrase as your own; from then on only people unlock the workspace, each with their own passphrase.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="143"/>
        <source>Your name</source>
        <translation>Your name</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="144"/>
        <source>Workspace passphrase</source>
        <translation>Workspace passphrase</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="145"/>
        <location filename="../gui/pages/people.py" line="175"/>
        <source>one word, e.g. asha.rao</source>
        <translation>one word, e.g. asha.rao</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="147"/>
        <source>People of this workspace</source>
        <translation>People of this workspace</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="150"/>
        <location filename="../gui/pages/people.py" line="166"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="151"/>
        <location filename="../gui/pages/people.py" line="167"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="152"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="153"/>
        <source>Signing key</source>
        <translation>Signing key</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="154"/>
        <source>Added</source>
        <translation>Added</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="155"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="158"/>
        <source>Show removed people</source>
        <translation>Show removed people</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="159"/>
        <source>Role of the selected person</source>
        <translation>Role of the selected person</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="160"/>
        <source>Change role</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="161"/>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="162"/>
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="168"/>
        <source>Their passphrase (12+ characters)</source>
        <translation>Their passphrase (12+ characters)</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="169"/>
        <location filename="../gui/pages/people.py" line="180"/>
        <source>Repeat it</source>
        <translation>Repeat it</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="170"/>
        <source>Your passphrase (admin)</source>
        <translation>Your passphrase (admin)</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="176"/>
        <source>typed by them</source>
        <translation>typed by them</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="177"/>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="178"/>
        <source>My passphrase</source>
        <translation>My passphrase</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="180"/>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="180"/>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="183"/>
        <source>Change my passphrase</source>
        <translation>Change my passphrase</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="205"/>
        <source>No workspace yet: create it on the Workspace page.</source>
        <translation>No workspace yet: create it on the Workspace page.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="209"/>
        <source>This workspace has one passphrase and no people: whoever holds the passphrase may do everything, and the audit log cannot say who acted.</source>
        <translation>This workspace has one passphrase and no people: whoever holds the passphrase may do everything, and the audit log cannot say who acted.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="216"/>
        <source>Nobody is signed in: sign in on the Workspace page.</source>
        <translation>Nobody is signed in: sign in on the Workspace page.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="220"/>
        <source>Only an admin adds or removes people and changes roles; you are {role}.</source>
        <translation>Only an admin adds or removes people and changes roles; you are {role}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="261"/>
        <source>Sign in first (Workspace page).</source>
        <translation>Sign in first (Workspace page).</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="282"/>
        <source>{name} is the admin of this workspace and signs in with their passphrase.</source>
        <translation>{name} is the admin of this workspace and signs in with their passphrase.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="295"/>
        <location filename="../gui/pages/people.py" line="408"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="311"/>
        <source>Added {name} ({role}).</source>
        <translation>Added {name} ({role}).</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="329"/>
        <source>{name} is now {role}.</source>
        <translation>{name} is now {role}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="341"/>
        <source>Remove a person</source>
        <translation>Remove a person</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="343"/>
        <source>Remove {name}? Their keys are deleted: they can no longer sign in, approve or open anything in this workspace. Their name stays in the audit log. This cannot be undone.</source>
        <translation>Remove {name}? Their keys are deleted: they can no longer sign in, approve or open anything in this workspace. Their name stays in the audit log. This cannot be undone.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="359"/>
        <source>Rotate the master key?</source>
        <translation>Rotate the master key?</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="361"/>
        <source>Removed {name}: their keys are deleted. Rotate the master key now, so that a copy of the catalog taken before opens nothing new? Every data key is rewrapped; it takes your passphrase.</source>
        <translation>Removed {name}: their keys are deleted. Rotate the master key now, so that a copy of the catalog taken before opens nothing new? Every data key is rewrapped; it takes your passphrase.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="367"/>
        <source>Rotate now</source>
        <translation>Rotate now</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="368"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="374"/>
        <source>Removed {name}. Rotate the master key soon (Workspace page).</source>
        <translation>Removed {name}. Rotate the master key soon (Workspace page).</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="378"/>
        <source>Rotate the master key</source>
        <translation>Rotate the master key</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="378"/>
        <source>Your passphrase</source>
        <translation>Your passphrase</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="397"/>
        <source>New master key; {n} data keys rewrapped.</source>
        <translation>New master key; {n} data keys rewrapped.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="418"/>
        <source>Your passphrase is changed; use it to sign in.</source>
        <translation>Your passphrase is changed; use it to sign in.</translation>
    </message>
</context>
<context>
    <name>PlaygroundPage</name>
    <message>
        <location filename="../gui/pages/playground.py" line="275"/>
        <source>Playground</source>
        <translation>Playground</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="280"/>
        <source>Ask both models the same thing. They run here through llama.cpp; nothing leaves this machine. Only exports that passed verification are listed.</source>
        <translation>Ask both models the same thing. They run here through llama.cpp; nothing leaves this machine. Only exports that passed verification are listed.</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="284"/>
        <source>System prompt</source>
        <translation>System prompt</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="285"/>
        <source>Optional: how the models should answer, for both panes</source>
        <translation>Optional: how the models should answer, for both panes</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="286"/>
        <source>Temperature</source>
        <translation>Temperature</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="287"/>
        <source>0 always picks the likeliest token; higher values vary more.</source>
        <translation>0 always picks the likeliest token; higher values vary more.</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="288"/>
        <source>Max tokens</source>
        <translation>Max tokens</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="289"/>
        <source>The longest answer, in tokens; a longer one is cut and marked.</source>
        <translation>The longest answer, in tokens; a longer one is cut and marked.</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="290"/>
        <source>Use documents</source>
        <translation>Use documents</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="291"/>
        <source>Answer from a document collection, with numbered sources (Documents page).</source>
        <translation>Answer from a document collection, with numbered sources (Documents page).</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="292"/>
        <source>Saved conversations (encrypted)</source>
        <translation>Saved conversations (encrypted)</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="293"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="294"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="295"/>
        <source>Type a message and press Enter</source>
        <translation>Type a message and press Enter</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="296"/>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="297"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="298"/>
        <source>New conversation</source>
        <translation>New conversation</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="311"/>
        <source>(no model)</source>
        <translation>(no model)</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="351"/>
        <source>Unlock the workspace to see and save conversations.</source>
        <translation>Unlock the workspace to see and save conversations.</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="388"/>
        <source>Reopened; %1 is no longer exported here, so pick a model for that pane.</source>
        <translation>Reopened; %1 is no longer exported here, so pick a model for that pane.</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="400"/>
        <source>Delete conversation</source>
        <translation>Delete conversation</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="401"/>
        <source>Destroy the conversation “%1” for good? Its key is destroyed; it cannot be recovered.</source>
        <translation>Destroy the conversation “%1” for good? Its key is destroyed; it cannot be recovered.</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="464"/>
        <source>Export a model first (Export page).</source>
        <translation>Export a model first (Export page).</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="468"/>
        <source>Use documents needs a document collection (Documents page) and the workspace unlocked.</source>
        <translation>Use documents needs a document collection (Documents page) and the workspace unlocked.</translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message>
        <location filename="../gui/core_text.py" line="145"/>
        <source>Checking</source>
        <translation>Checking</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="141"/>
        <source>Converting</source>
        <translation>Converting</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="135"/>
        <source>Copying</source>
        <translation>Copying</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="137"/>
        <source>Encrypting</source>
        <translation>Encrypting</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="138"/>
        <source>Evaluating</source>
        <translation>Evaluating</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="144"/>
        <source>Hashing</source>
        <translation>Hashing</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="148"/>
        <source>Inspecting</source>
        <translation>Inspecting</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="139"/>
        <source>Judging</source>
        <translation>Judging</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="134"/>
        <source>Learning the new tokens</source>
        <translation>Learning the new tokens</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="150"/>
        <source>Loading</source>
        <translation>Loading</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="151"/>
        <source>Measuring bits per character</source>
        <translation>Measuring bits per character</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="133"/>
        <source>Merging</source>
        <translation>Merging</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="131"/>
        <source>Preparing</source>
        <translation>Preparing</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="142"/>
        <source>Quantizing</source>
        <translation>Quantizing</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="146"/>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="140"/>
        <source>Rebasing</source>
        <translation>Rebasing</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="149"/>
        <source>Rebuilding the tokenizer</source>
        <translation>Rebuilding the tokenizer</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="132"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="136"/>
        <source>Validating</source>
        <translation>Validating</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="143"/>
        <source>Verifying</source>
        <translation>Verifying</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="147"/>
        <source>Writing the weights</source>
        <translation>Writing the weights</translation>
    </message>
</context>
<context>
    <name>ReviewSection</name>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="98"/>
        <source>Review queue</source>
        <translation>Review queue</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="99"/>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="103"/>
        <source>items with feedback</source>
        <translation>items with feedback</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="104"/>
        <source>new items</source>
        <translation>new items</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="105"/>
        <source>all items</source>
        <translation>all items</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="109"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="109"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="109"/>
        <source>Rating</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="109"/>
        <source>Corrected</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="109"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="111"/>
        <source>Answer to learn (edit it, then Accept with edit)</source>
        <translation>Answer to learn (edit it, then Accept with edit)</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="112"/>
        <source>Text to redact: type it, or select it above</source>
        <translation>Text to redact: type it, or select it above</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="113"/>
        <source>Redact</source>
        <translation>Redact</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="115"/>
        <source>Replaced by [redacted] everywhere in the item (prompt, answer, corrections) when you decide.</source>
        <translation>Replaced by [redacted] everywhere in the item (prompt, answer, corrections) when you decide.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="117"/>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="118"/>
        <source>Learn the correction, or the answer given when it was rated good.</source>
        <translation>Learn the correction, or the answer given when it was rated good.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="119"/>
        <source>Accept with edit</source>
        <translation>Accept with edit</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="120"/>
        <source>Learn the text in the box above instead.</source>
        <translation>Learn the text in the box above instead.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="121"/>
        <source>Reject</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="122"/>
        <source>Nothing is learnt from this item.</source>
        <translation>Nothing is learnt from this item.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="125"/>
        <source>chat rows (supervised)</source>
        <translation>chat rows (supervised)</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="126"/>
        <source>preference pairs</source>
        <translation>preference pairs</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="127"/>
        <source>judgements (good/bad)</source>
        <translation>judgements (good/bad)</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="129"/>
        <source>Make dataset from accepted</source>
        <translation>Make dataset from accepted</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="134"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="134"/>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="134"/>
        <source>Playground</source>
        <translation>Playground</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="139"/>
        <source>good</source>
        <translation>good</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="139"/>
        <source>bad</source>
        <translation>bad</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="158"/>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="158"/>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="158"/>
        <source>rejected</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="167"/>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="167"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="179"/>
        <source>{n} accepted item(s) not yet in a dataset</source>
        <translation>{n} accepted item(s) not yet in a dataset</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="205"/>
        <source>Capture is off for this line: switch it on to record what it serves.</source>
        <translation>Capture is off for this line: switch it on to record what it serves.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="208"/>
        <source>No feedback yet. Items appear here when people rate or correct an answer: under a Playground answer of this line, or through POST /v1/feedback. Show new items to review the rest.</source>
        <translation>No feedback yet. Items appear here when people rate or correct an answer: under a Playground answer of this line, or through POST /v1/feedback. Show new items to review the rest.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="212"/>
        <source>No new items: everything captured has been reviewed.</source>
        <translation>No new items: everything captured has been reviewed.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="214"/>
        <source>Nothing captured yet.</source>
        <translation>Nothing captured yet.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="285"/>
        <source>Unlock the workspace to read the selected item (Workspace page).</source>
        <translation>Unlock the workspace to read the selected item (Workspace page).</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="287"/>
        <source>Select an item to read it. Each read is recorded in the audit log.</source>
        <translation>Select an item to read it. Each read is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="293"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="293"/>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="293"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="298"/>
        <source>Answer given</source>
        <translation>Answer given</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="306"/>
        <source>Feedback ({source}, {when})</source>
        <translation>Feedback ({source}, {when})</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="310"/>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="312"/>
        <source>The reviewer&apos;s edit</source>
        <translation>The reviewer&apos;s edit</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="328"/>
        <source>Type the text to redact, or select it in the item first.</source>
        <translation>Type the text to redact, or select it in the item first.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="342"/>
        <source>Replaced by [redacted] when you decide: {spans}</source>
        <translation>Replaced by [redacted] when you decide: {spans}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="353"/>
        <source>Write the answer to learn in the box first.</source>
        <translation>Write the answer to learn in the box first.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="358"/>
        <source>Item {id} accepted.</source>
        <translation>Item {id} accepted.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="358"/>
        <source>Item {id} rejected.</source>
        <translation>Item {id} rejected.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="380"/>
        <source>Dataset {name} version {version}: {rows} row(s) from {items} accepted item(s).</source>
        <translation>Dataset {name} version {version}: {rows} row(s) from {items} accepted item(s).</translation>
    </message>
</context>
<context>
    <name>ServePage</name>
    <message>
        <location filename="../gui/pages/serve.py" line="110"/>
        <source>Serve</source>
        <translation>Serve</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="115"/>
        <source>Serve exported models to programs on this computer through an OpenAI-compatible API. The server listens on 127.0.0.1 only, and every request needs the API token. Only exports that passed verification are listed.</source>
        <translation>Serve exported models to programs on this computer through an OpenAI-compatible API. The server listens on 127.0.0.1 only, and every request needs the API token. Only exports that passed verification are listed.</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="120"/>
        <source>Models to serve</source>
        <translation>Models to serve</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="121"/>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="121"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="123"/>
        <source>any free port</source>
        <translation>any free port</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="124"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="125"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="126"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="127"/>
        <location filename="../gui/pages/serve.py" line="137"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="127"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="127"/>
        <source>Models</source>
        <translation>Models</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="129"/>
        <source>Copy URL</source>
        <translation>Copy URL</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="130"/>
        <source>Copy token…</source>
        <translation>Copy token…</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="131"/>
        <source>Requests (newest first)</source>
        <translation>Requests (newest first)</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="134"/>
        <source>Time (UTC)</source>
        <translation>Time (UTC)</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="135"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="136"/>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="138"/>
        <source>Tokens (prompt / answer)</source>
        <translation>Tokens (prompt / answer)</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="139"/>
        <source>Latency (s)</source>
        <translation>Latency (s)</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="220"/>
        <source>Serving {models} on {url}.</source>
        <translation>Serving {models} on {url}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="257"/>
        <source>The server stopped.</source>
        <translation>The server stopped.</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="259"/>
        <source>The server stopped; some requests were cut short at the end of the drain time.</source>
        <translation>The server stopped; some requests were cut short at the end of the drain time.</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="299"/>
        <source>The server stopped unexpectedly; stopping its models.</source>
        <translation>The server stopped unexpectedly; stopping its models.</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="316"/>
        <source>(refused: no valid token)</source>
        <translation>(refused: no valid token)</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="327"/>
        <source>Refused: the request from {client} had no API token or a wrong one.</source>
        <translation>Refused: the request from {client} had no API token or a wrong one.</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="344"/>
        <source>Not running.</source>
        <translation>Not running.</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="345"/>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="346"/>
        <source>Running.</source>
        <translation>Running.</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="347"/>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="367"/>
        <source>The URL is in the clipboard.</source>
        <translation>The URL is in the clipboard.</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="373"/>
        <source>Copy the API token</source>
        <translation>Copy the API token</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="375"/>
        <source>Anyone who has this token can use the served models through the API. Paste it only into a program you trust, and do not share it.</source>
        <translation>Anyone who has this token can use the served models through the API. Paste it only into a program you trust, and do not share it.</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="381"/>
        <source>Copy token</source>
        <translation>Copy token</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="394"/>
        <source>The API token is in the clipboard.</source>
        <translation>The API token is in the clipboard.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../gui/pages/settings.py" line="54"/>
        <location filename="../gui/pages/settings.py" line="57"/>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../gui/pages/settings.py" line="59"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../gui/pages/settings.py" line="59"/>
        <source>Training device</source>
        <translation>Training device</translation>
    </message>
    <message>
        <location filename="../gui/pages/settings.py" line="59"/>
        <location filename="../gui/pages/settings.py" line="95"/>
        <source>Home directory</source>
        <translation>Home directory</translation>
    </message>
    <message>
        <location filename="../gui/pages/settings.py" line="68"/>
        <source>automatic (GPU if present)</source>
        <translation>automatic (GPU if present)</translation>
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
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../gui/pages/settings.py" line="76"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../gui/pages/settings.py" line="79"/>
        <source>The home holds the workspace: keys, datasets, models, runs, exports and the audit log. Everything in it is private to your user.</source>
        <translation>The home holds the workspace: keys, datasets, models, runs, exports and the audit log. Everything in it is private to your user.</translation>
    </message>
    <message>
        <location filename="../gui/pages/settings.py" line="106"/>
        <source>Opened {path}.</source>
        <translation>Opened {path}.</translation>
    </message>
</context>
<context>
    <name>SourceList</name>
    <message>
        <location filename="../gui/pages/documents.py" line="80"/>
        <source>p. {page}</source>
        <translation>p. {page}</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="81"/>
        <source>{document} v{version}</source>
        <translation>{document} v{version}</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="86"/>
        <source>The collection holds no text in the question&apos;s script: no sources.</source>
        <translation>The collection holds no text in the question&apos;s script: no sources.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="88"/>
        <source>The collection holds no documents yet: no sources.</source>
        <translation>The collection holds no documents yet: no sources.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="89"/>
        <source>No document matched the question: no sources.</source>
        <translation>No document matched the question: no sources.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="101"/>
        <source>Sources (bold: cited in the answer; click one to read it):</source>
        <translation>Sources (bold: cited in the answer; click one to read it):</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="119"/>
        <source>{collection}, {document} version {version}, chunk {chunk} (score {score})</source>
        <translation>{collection}, {document} version {version}, chunk {chunk} (score {score})</translation>
    </message>
</context>
<context>
    <name>TimelineSection</name>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="77"/>
        <source>queued</source>
        <translation>queued</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="78"/>
        <source>making its dataset</source>
        <translation>making its dataset</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="79"/>
        <source>training</source>
        <translation>training</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="80"/>
        <source>merging</source>
        <translation>merging</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="81"/>
        <source>exporting</source>
        <translation>exporting</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="82"/>
        <source>judging</source>
        <translation>judging</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="83"/>
        <source>promoted</source>
        <translation>promoted</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="84"/>
        <source>waiting for your approval</source>
        <translation>waiting for your approval</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="85"/>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="86"/>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="87"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="88"/>
        <source>not enough new data</source>
        <translation>not enough new data</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="93"/>
        <source>Retraining</source>
        <translation>Retraining</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="94"/>
        <location filename="../gui/pages/lifecycle_timeline.py" line="95"/>
        <source>Drift alarm</source>
        <translation>Drift alarm</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="96"/>
        <source>Dataset version</source>
        <translation>Dataset version</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="97"/>
        <location filename="../gui/pages/lifecycle_timeline.py" line="98"/>
        <source>Promotion</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="99"/>
        <source>Approval</source>
        <translation>Approval</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="100"/>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="101"/>
        <source>Rebase</source>
        <translation>Rebase</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="105"/>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="106"/>
        <source>Retrain now</source>
        <translation>Retrain now</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="109"/>
        <source>Make a dataset from the accepted feedback, train, merge, export and judge a candidate, then promote it as the line&apos;s policy says (or wait for your approval).</source>
        <translation>Make a dataset from the accepted feedback, train, merge, export and judge a candidate, then promote it as the line&apos;s policy says (or wait for your approval).</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="113"/>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="113"/>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="113"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="113"/>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="114"/>
        <source>Approve</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="115"/>
        <source>Promote the run&apos;s model to production.</source>
        <translation>Promote the run&apos;s model to production.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="116"/>
        <source>Refuse</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="117"/>
        <source>Keep production as it is; the run&apos;s model stays a candidate.</source>
        <translation>Keep production as it is; the run&apos;s model stays a candidate.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="118"/>
        <location filename="../gui/pages/lifecycle_timeline.py" line="252"/>
        <source>Cancel the run</source>
        <translation>Cancel the run</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="121"/>
        <source>Nothing has happened on this line yet. Drift alarms, retraining runs, new dataset versions and promotions appear here, newest first. Retrain now starts a run by hand.</source>
        <translation>Nothing has happened on this line yet. Drift alarms, retraining runs, new dataset versions and promotions appear here, newest first. Retrain now starts a run by hand.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="183"/>
        <source>No retraining policy for this line: it is retrained only by hand (Retrain now).</source>
        <translation>No retraining policy for this line: it is retrained only by hand (Retrain now).</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="187"/>
        <source>a drift alarm</source>
        <translation>a drift alarm</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="189"/>
        <source>{n} accepted feedback items</source>
        <translation>{n} accepted feedback items</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="191"/>
        <source>a new version of {datasets}</source>
        <translation>a new version of {datasets}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="193"/>
        <source>every {hours} hours</source>
        <translation>every {hours} hours</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="196"/>
        <source>a retrained model waits for your approval before production</source>
        <translation>a retrained model waits for your approval before production</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="198"/>
        <source>a retrained model that passes the line&apos;s gate goes to production</source>
        <translation>a retrained model that passes the line&apos;s gate goes to production</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="201"/>
        <source>Retraining policy: by hand only; {then}.</source>
        <translation>Retraining policy: by hand only; {then}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="202"/>
        <source>Retraining policy: {starts} start a retrain; {then}.</source>
        <translation>Retraining policy: {starts} start a retrain; {then}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="253"/>
        <source>Stop retraining run {id}? What it made so far is kept; nothing is promoted.</source>
        <translation>Stop retraining run {id}? What it made so far is kept; nothing is promoted.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="259"/>
        <source>Run {id} approved: its model is promoted.</source>
        <translation>Run {id} approved: its model is promoted.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="260"/>
        <source>Run {id} refused: production is unchanged.</source>
        <translation>Run {id} refused: production is unchanged.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="261"/>
        <source>Run {id} is being cancelled.</source>
        <translation>Run {id} is being cancelled.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="281"/>
        <source>Retraining run {id} failed (production is unchanged): {error}</source>
        <translation>Retraining run {id} failed (production is unchanged): {error}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="286"/>
        <source>Retraining run {id}: {state}.</source>
        <translation>Retraining run {id}: {state}.</translation>
    </message>
</context>
<context>
    <name>TokenizerTab</name>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="181"/>
        <location filename="../gui/pages/tokenizers.py" line="191"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="181"/>
        <source>Compare with</source>
        <translation>Compare with</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="181"/>
        <source>Corpus</source>
        <translation>Corpus</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="185"/>
        <source>a dataset of this workspace, or a text, Markdown or JSONL file</source>
        <translation>a dataset of this workspace, or a text, Markdown or JSONL file</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="187"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="188"/>
        <source>Measure tokens per character</source>
        <translation>Measure tokens per character</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="192"/>
        <location filename="../gui/pages/tokenizers.py" line="225"/>
        <source>Script</source>
        <translation>Script</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="193"/>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="194"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="195"/>
        <source>Tokens per character</source>
        <translation>Tokens per character</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="196"/>
        <source>Tokens per word</source>
        <translation>Tokens per word</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="197"/>
        <source>Byte fallback</source>
        <translation>Byte fallback</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="201"/>
        <source>Extend the vocabulary</source>
        <translation>Extend the vocabulary</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="205"/>
        <source>Base model</source>
        <translation>Base model</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="206"/>
        <source>Corpus datasets</source>
        <translation>Corpus datasets</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="207"/>
        <source>Scripts</source>
        <translation>Scripts</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="208"/>
        <source>New tokens</source>
        <translation>New tokens</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="209"/>
        <source>New model name</source>
        <translation>New model name</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="214"/>
        <source>Check one or more text datasets in the languages to extend for.</source>
        <translation>Check one or more text datasets in the languages to extend for.</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="215"/>
        <source>No datasets yet: import a text corpus on the Datasets page.</source>
        <translation>No datasets yet: import a text corpus on the Datasets page.</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="216"/>
        <source>ta, hi — empty: the corpus&apos;s own scripts</source>
        <translation>ta, hi — empty: the corpus&apos;s own scripts</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="218"/>
        <source>Language codes (ta, hi, bn…) or Unicode script names (Tamil, Devanagari…), comma-separated.</source>
        <translation>Language codes (ta, hi, bn…) or Unicode script names (Tamil, Devanagari…), comma-separated.</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="220"/>
        <source>How many tokens to add, all scripts together.</source>
        <translation>How many tokens to add, all scripts together.</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="221"/>
        <source>e.g. smollm2-ta</source>
        <translation>e.g. smollm2-ta</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="222"/>
        <source>Extend</source>
        <translation>Extend</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="226"/>
        <source>Tokens per character, before</source>
        <translation>Tokens per character, before</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="227"/>
        <source>Tokens per character, after</source>
        <translation>Tokens per character, after</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="228"/>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="239"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="298"/>
        <source>Choose a base model to extend.</source>
        <translation>Choose a base model to extend.</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="301"/>
        <source>Check at least one corpus dataset.</source>
        <translation>Check at least one corpus dataset.</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="304"/>
        <source>Give the new model a name.</source>
        <translation>Give the new model a name.</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="310"/>
        <source>Registered {name}.</source>
        <translation>Registered {name}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="371"/>
        <source>Registered {name} as a new base model ({family}): {added} tokens added for {scripts} (ids {first}–{last}). Tokens per character on held-out lines:</source>
        <translation>Registered {name} as a new base model ({family}): {added} tokens added for {scripts} (ids {first}–{last}). Tokens per character on held-out lines:</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="384"/>
        <source>Train the new rows before using {name}: until then the new tokens&apos; embeddings are only averages of the pieces they replace. Use a training recipe with [tokenizer] train_new_rows = true (appliance train --train-new-rows).</source>
        <translation>Train the new rows before using {name}: until then the new tokens&apos; embeddings are only averages of the pieces they replace. Use a training recipe with [tokenizer] train_new_rows = true (appliance train --train-new-rows).</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="392"/>
        <source>Corpus file</source>
        <translation>Corpus file</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="392"/>
        <source>Text (*.txt *.md *.jsonl);;All files (*)</source>
        <translation>Text (*.txt *.md *.jsonl);;All files (*)</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="405"/>
        <source>Choose a model and a corpus.</source>
        <translation>Choose a model and a corpus.</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="421"/>
        <source>Latin</source>
        <translation>Latin</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="422"/>
        <source>Devanagari</source>
        <translation>Devanagari</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="423"/>
        <source>Bengali</source>
        <translation>Bengali</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="424"/>
        <source>Gurmukhi</source>
        <translation>Gurmukhi</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="425"/>
        <source>Gujarati</source>
        <translation>Gujarati</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="426"/>
        <source>Odia</source>
        <translation>Odia</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="427"/>
        <source>Tamil</source>
        <translation>Tamil</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="428"/>
        <source>Telugu</source>
        <translation>Telugu</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="429"/>
        <source>Kannada</source>
        <translation>Kannada</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="430"/>
        <source>Malayalam</source>
        <translation>Malayalam</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="431"/>
        <source>Sinhala</source>
        <translation>Sinhala</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="432"/>
        <source>Thai</source>
        <translation>Thai</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="433"/>
        <source>Myanmar</source>
        <translation>Myanmar</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="434"/>
        <source>Khmer</source>
        <translation>Khmer</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="435"/>
        <source>Ethiopic</source>
        <translation>Ethiopic</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="436"/>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="437"/>
        <source>Hebrew</source>
        <translation>Hebrew</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="438"/>
        <source>Cyrillic</source>
        <translation>Cyrillic</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="439"/>
        <source>Greek</source>
        <translation>Greek</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="440"/>
        <source>Han (Chinese characters)</source>
        <translation>Han (Chinese characters)</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="441"/>
        <source>Hangul</source>
        <translation>Hangul</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="442"/>
        <source>Hiragana</source>
        <translation>Hiragana</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="443"/>
        <source>Katakana</source>
        <translation>Katakana</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="444"/>
        <source>Other scripts</source>
        <translation>Other scripts</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="360"/>
        <location filename="../gui/pages/tokenizers.py" line="453"/>
        <source>English (control)</source>
        <translation>English (control)</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <location filename="../gui/pages/train.py" line="204"/>
        <source>Train</source>
        <translation>Train</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="212"/>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="214"/>
        <source>training</source>
        <translation>training</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="215"/>
        <source>held-out</source>
        <translation>held-out</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="218"/>
        <source>reward margin</source>
        <translation>reward margin</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="219"/>
        <source>preference accuracy</source>
        <translation>preference accuracy</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="226"/>
        <source>Base model</source>
        <translation>Base model</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="227"/>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="228"/>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="229"/>
        <source>Run name</source>
        <translation>Run name</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="230"/>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="231"/>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="232"/>
        <source>Beta (preference)</source>
        <translation>Beta (preference)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="233"/>
        <source>Learning rate</source>
        <translation>Learning rate</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="234"/>
        <source>Epochs</source>
        <translation>Epochs</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="235"/>
        <source>Max steps (0: epochs)</source>
        <translation>Max steps (0: epochs)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="236"/>
        <source>Batch size</source>
        <translation>Batch size</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="237"/>
        <source>Sequence length</source>
        <translation>Sequence length</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="238"/>
        <source>LoRA rank</source>
        <translation>LoRA rank</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="239"/>
        <source>LoRA alpha</source>
        <translation>LoRA alpha</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="240"/>
        <source>Precision</source>
        <translation>Precision</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="241"/>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="242"/>
        <source>Processes</source>
        <translation>Processes</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="243"/>
        <source>Packing</source>
        <translation>Packing</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="244"/>
        <source>New vocabulary rows</source>
        <translation>New vocabulary rows</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="249"/>
        <source>several rows per sequence</source>
        <translation>several rows per sequence</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="250"/>
        <source>train the rows a vocabulary extension added</source>
        <translation>train the rows a vocabulary extension added</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="265"/>
        <source>Spread the run over this many processes: the same run and the same loss curve, each step shared among them. On the CPU, one process per core at most; on a GPU machine (device CUDA), one process per GPU.</source>
        <translation>Spread the run over this many processes: the same run and the same loss curve, each step shared among them. On the CPU, one process per core at most; on a GPU machine (device CUDA), one process per GPU.</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="271"/>
        <source>Fine-tune</source>
        <translation>Fine-tune</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="272"/>
        <source>Start training</source>
        <translation>Start training</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="273"/>
        <source>Cancel (saves a checkpoint)</source>
        <translation>Cancel (saves a checkpoint)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="274"/>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="275"/>
        <source>Progress</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="343"/>
        <source>A run named {name} already exists: choose another name.</source>
        <translation>A run named {name} already exists: choose another name.</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="344"/>
        <source>automatic: {name}</source>
        <translation>automatic: {name}</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="386"/>
        <source>{n} GPUs</source>
        <translation>{n} GPUs</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="394"/>
        <source>{device}, {n} processes</source>
        <translation>{device}, {n} processes</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="437"/>
        <source>Asked run {name} to stop: it stops at its next step and keeps a checkpoint…</source>
        <translation>Asked run {name} to stop: it stops at its next step and keeps a checkpoint…</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="444"/>
        <source>Run {name} completed: train loss {loss}. Merge it on the Export page.</source>
        <translation>Run {name} completed: train loss {loss}. Merge it on the Export page.</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="457"/>
        <source>Run {name} is training in a process of its own (started by an earlier window or in a terminal): {done}/{total} steps at its last checkpoint, loss {loss}. Cancel asks it to stop at its next step and keep a checkpoint.</source>
        <translation>Run {name} is training in a process of its own (started by an earlier window or in a terminal): {done}/{total} steps at its last checkpoint, loss {loss}. Cancel asks it to stop at its next step and keep a checkpoint.</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="496"/>
        <source>Step {s}/{t}   loss {loss}   {tps} tokens/s   time left {eta}   memory {mem}</source>
        <translation>Step {s}/{t}   loss {loss}   {tps} tokens/s   time left {eta}   memory {mem}</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="505"/>
        <source>   reward margin {margin}   preference accuracy {accuracy}</source>
        <translation>   reward margin {margin}   preference accuracy {accuracy}</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="211"/>
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="338"/>
        <source>QLoRA needs an NVIDIA GPU and none is visible here: choose LoRA (or full).</source>
        <translation>QLoRA needs an NVIDIA GPU and none is visible here: choose LoRA (or full).</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="340"/>
        <source>Import a dataset first (Datasets page).</source>
        <translation>Import a dataset first (Datasets page).</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="380"/>
        <source>This run cannot start on this machine: {reason}</source>
        <translation>This run cannot start on this machine: {reason}</translation>
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
        <translation>This run will use: {device} · {precision}</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="416"/>
        <source>Preparing the run: loading the model and the data…</source>
        <translation>Preparing the run: loading the model and the data…</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="421"/>
        <source>Stopping after this step and saving a checkpoint…</source>
        <translation>Stopping after this step and saving a checkpoint…</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="468"/>
        <source>Not running.</source>
        <translation>Not running.</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="472"/>
        <source>completed</source>
        <translation>completed</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="473"/>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="474"/>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="475"/>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="476"/>
        <source>interrupted</source>
        <translation>interrupted</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="480"/>
        <source>Not running. The plot shows the latest run, {name} ({status}, {done}/{total} steps, final loss {loss}).</source>
        <translation>Not running. The plot shows the latest run, {name} ({status}, {done}/{total} steps, final loss {loss}).</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <location filename="../gui/pages/workspace.py" line="181"/>
        <source>Workspace</source>
        <translation>Workspace</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="184"/>
        <source>Create the workspace</source>
        <translation>Create the workspace</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="187"/>
        <source>Passphrase (12+ characters)</source>
        <translation>Passphrase (12+ characters)</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="187"/>
        <location filename="../gui/pages/workspace.py" line="205"/>
        <source>Repeat it</source>
        <translation>Repeat it</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="187"/>
        <source>Key file (optional)</source>
        <translation>Key file (optional)</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="191"/>
        <source>e.g. a file on removable media; created if missing</source>
        <translation>e.g. a file on removable media; created if missing</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="192"/>
        <source>Create workspace keys</source>
        <translation>Create workspace keys</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="193"/>
        <location filename="../gui/pages/workspace.py" line="200"/>
        <location filename="../gui/pages/workspace.py" line="224"/>
        <location filename="../gui/pages/workspace.py" line="225"/>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="193"/>
        <location filename="../gui/pages/workspace.py" line="224"/>
        <location filename="../gui/pages/workspace.py" line="225"/>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="194"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="195"/>
        <source>who signs in</source>
        <translation>who signs in</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="196"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="197"/>
        <location filename="../gui/pages/workspace.py" line="263"/>
        <source>Key file</source>
        <translation>Key file</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="198"/>
        <source>only if the workspace needs one</source>
        <translation>only if the workspace needs one</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="199"/>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="201"/>
        <location filename="../gui/pages/workspace.py" line="226"/>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="202"/>
        <location filename="../gui/pages/workspace.py" line="209"/>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="205"/>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="205"/>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="210"/>
        <source>Rotate master key</source>
        <translation>Rotate master key</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="226"/>
        <source>Lock and sign out</source>
        <translation>Lock and sign out</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="228"/>
        <source>No workspace yet at {home}.</source>
        <translation>No workspace yet at {home}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="231"/>
        <location filename="../gui/pages/workspace.py" line="236"/>
        <source>Unlocked: workspace {ws}.</source>
        <translation>Unlocked: workspace {ws}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="238"/>
        <source>Locked. Choose who you are and sign in with your own passphrase.</source>
        <translation>Locked. Choose who you are and sign in with your own passphrase.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="240"/>
        <source>Locked. Unlock to work with datasets and training.</source>
        <translation>Locked. Unlock to work with datasets and training.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="271"/>
        <location filename="../gui/pages/workspace.py" line="332"/>
        <source>The two passphrases differ.</source>
        <translation>The two passphrases differ.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="294"/>
        <source>Choose who signs in.</source>
        <translation>Choose who signs in.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="306"/>
        <location filename="../gui/pages/workspace.py" line="310"/>
        <source>Workspace unlocked.</source>
        <translation>Workspace unlocked.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="320"/>
        <source>Workspace locked: the keys are gone from memory.</source>
        <translation>Workspace locked: the keys are gone from memory.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="337"/>
        <source>Passphrase changed; no data was re-encrypted.</source>
        <translation>Passphrase changed; no data was re-encrypted.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="346"/>
        <source>Enter the current passphrase to rotate the master key.</source>
        <translation>Enter the current passphrase to rotate the master key.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="359"/>
        <source>New master key; {n} data keys rewrapped. Unlock again.</source>
        <translation>New master key; {n} data keys rewrapped. Unlock again.</translation>
    </message>
</context>
</TS>
