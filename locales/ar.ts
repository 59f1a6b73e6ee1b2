<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en_US">
<context>
    <name>AppState</name>
    <message>
        <location filename="../gui/state.py" line="117"/>
        <source>Unlock the workspace first (Workspace page).</source>
        <translation>افتح مساحة العمل أولًا (صفحة مساحة العمل).</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <location filename="../gui/pages/approvals.py" line="72"/>
        <source>Approvals</source>
        <translation>الموافقات</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="75"/>
        <source>Requests waiting for a second person</source>
        <translation>طلبات تنتظر شخصًا ثانيًا</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="78"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="79"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="80"/>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="81"/>
        <source>Asked by</source>
        <translation>طلبه</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="82"/>
        <source>Asked</source>
        <translation>وقت الطلب</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="83"/>
        <source>Expires</source>
        <translation>ينتهي</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="86"/>
        <source>Decide the selected request</source>
        <translation>قرّر بشأن الطلب المحدد</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="87"/>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="88"/>
        <source>Your passphrase</source>
        <translation>عبارة مرورك</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="89"/>
        <source>kept with your signed decision, e.g. what you checked</source>
        <translation>تُحفظ مع قرارك الموقّع، مثل ما تحققت منه</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="90"/>
        <source>your decision is signed with your own key</source>
        <translation>يُوقَّع قرارك بمفتاحك الخاص</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="91"/>
        <source>Approve</source>
        <translation>وافق</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="92"/>
        <source>Refuse</source>
        <translation>ارفض</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="95"/>
        <source>An approver without access to this computer signs offline: save the request to a file, they sign it with their key file (`appliance-audit approve`), and you import the signed decision.</source>
        <translation>يوقّع المعتمِد الذي لا يصل إلى هذا الحاسوب دون اتصال: احفظ الطلب في ملف، فيوقّعه بملف مفتاحه (`appliance-audit approve`)، ثم تستورد أنت القرار الموقّع.</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="99"/>
        <source>Save request for offline signing…</source>
        <translation>حفظ الطلب للتوقيع دون اتصال…</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="100"/>
        <source>Import signed decision…</source>
        <translation>استيراد قرار موقّع…</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="101"/>
        <source>The policy in force</source>
        <translation>السياسة السارية</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="111"/>
        <source>No workspace yet: create it on the Workspace page.</source>
        <translation>لا توجد مساحة عمل بعد: أنشئها في صفحة مساحة العمل.</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="115"/>
        <source>This workspace has no people, so nothing waits for a second person: give it people on the People page.</source>
        <translation>لا أشخاص في مساحة العمل هذه، فلا شيء ينتظر شخصًا ثانيًا: أضف إليها أشخاصًا في صفحة الأشخاص.</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="122"/>
        <source>Nobody is signed in: sign in on the Workspace page to decide.</source>
        <translation>لم يسجّل أحد الدخول: سجّل الدخول في صفحة مساحة العمل لتقرّر.</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="162"/>
        <source>These actions need a second person&apos;s approval: {actions}. An approval holds for {hours} hours after the request and is used once. An admin changes the policy with `appliance policy set` (approved by a second person too).</source>
        <translation>تحتاج هذه الإجراءات إلى موافقة شخص ثانٍ: {actions}. تبقى الموافقة صالحة {hours} ساعة بعد الطلب وتُستخدم مرة واحدة. يغيّر المسؤول السياسة بالأمر `appliance policy set` (بموافقة شخص ثانٍ أيضًا).</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="181"/>
        <source>Select a request to read what exactly it asks for.</source>
        <translation>اختر طلبًا لتقرأ ما يطلبه بالضبط.</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="192"/>
        <source>Request {id}: {status}</source>
        <translation>الطلب {id}: {status}</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="195"/>
        <source>Action: {action}</source>
        <translation>الإجراء: {action}</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="200"/>
        <source>Asked by {name} ({role}) at {when}; expires {expires}.</source>
        <translation>طلبه {name} ({role}) في {when}؛ ينتهي في {expires}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="213"/>
        <source>Decided by {name} at {when}.</source>
        <translation>قرّره {name} في {when}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="217"/>
        <source>Note: {note}</source>
        <translation>ملاحظة: {note}</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="220"/>
        <source>What it binds (the exact objects, by digest):</source>
        <translation>ما يربطه (الكائنات بعينها، ببصمتها):</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="239"/>
        <source>Sign in first (Workspace page).</source>
        <translation>سجّل الدخول أولًا (صفحة مساحة العمل).</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="255"/>
        <location filename="../gui/pages/approvals.py" line="302"/>
        <source>Request {id} is {status}.</source>
        <translation>الطلب {id}: {status}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="275"/>
        <source>Save the request</source>
        <translation>حفظ الطلب</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="284"/>
        <source>Wrote request {id} to {path}. The approver signs it with `appliance-audit approve`; import their signed decision here.</source>
        <translation>كُتب الطلب {id} في {path}. يوقّعه المعتمِد بالأمر `appliance-audit approve`؛ استورد قراره الموقّع هنا.</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="294"/>
        <source>Signed decision</source>
        <translation>قرار موقّع</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../gui/pages/audit.py" line="105"/>
        <source>Audit</source>
        <translation>التدقيق</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="110"/>
        <source>This workspace&apos;s audit log</source>
        <translation>سجل التدقيق لمساحة العمل هذه</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="111"/>
        <source>Verify the log</source>
        <translation>تحقّق من السجل</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="112"/>
        <source>Export an evidence package…</source>
        <translation>تصدير حزمة أدلة…</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="113"/>
        <source>Auditor mode: verify a package with your own key</source>
        <translation>وضع المدقق: تحقّق من حزمة بمفتاحك الخاص</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="117"/>
        <source>Auditor key</source>
        <translation>مفتاح المدقق</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="118"/>
        <source>Key passphrase</source>
        <translation>عبارة مرور المفتاح</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="119"/>
        <location filename="../gui/pages/audit.py" line="191"/>
        <source>Evidence package</source>
        <translation>حزمة الأدلة</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="120"/>
        <source>Kept checkpoint</source>
        <translation>نقطة التحقق المحفوظة</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="125"/>
        <source>only if your key is protected</source>
        <translation>فقط إذا كان مفتاحك محميًا</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="126"/>
        <source>optional: from your previous verification</source>
        <translation>اختياري: من تحققك السابق</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="128"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="129"/>
        <source>Verify package</source>
        <translation>تحقّق من الحزمة</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="130"/>
        <source>Save report (HTML, CSV, JSONL)…</source>
        <translation>حفظ التقرير (HTML، CSV، JSONL)…</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="131"/>
        <source>Keep this checkpoint…</source>
        <translation>احتفظ بنقطة التحقق هذه…</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="135"/>
        <source>From (UTC)</source>
        <translation>من (UTC)</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="136"/>
        <source>To (UTC)</source>
        <translation>إلى (UTC)</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="137"/>
        <source>User or role</source>
        <translation>المستخدم أو الدور</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="138"/>
        <location filename="../gui/pages/audit.py" line="159"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="139"/>
        <source>Object</source>
        <translation>الكائن</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="140"/>
        <location filename="../gui/pages/audit.py" line="160"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="149"/>
        <source>any</source>
        <translation>أي</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="155"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="156"/>
        <source>Time (UTC)</source>
        <translation>الوقت (UTC)</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="157"/>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="158"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="161"/>
        <source>Objects</source>
        <translation>الكائنات</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="169"/>
        <source>ok</source>
        <translation>ناجح</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="170"/>
        <source>refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="171"/>
        <source>denied</source>
        <translation>ممنوع</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="172"/>
        <source>cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="173"/>
        <source>failed</source>
        <translation>فاشل</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="174"/>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="179"/>
        <source>operator</source>
        <translation>المشغّل</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="183"/>
        <source>Records (verify the log or a package to list them)</source>
        <translation>السجلات (تحقّق من السجل أو من حزمة لعرضها)</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="185"/>
        <source>Records of this workspace&apos;s log</source>
        <translation>سجلات سجل مساحة العمل هذه</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="187"/>
        <source>Records of the evidence package</source>
        <translation>سجلات حزمة الأدلة</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="193"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="228"/>
        <source>PASS: {n} records intact, {c} signed checkpoints verified.</source>
        <translation>ناجح: {n} سجلًا سليمًا، وتم التحقق من {c} نقطة تحقق موقّعة.</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="234"/>
        <source>FAIL: tampering found; {where}.</source>
        <translation>فشل: وُجد عبث؛ {where}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="243"/>
        <source>the signed head in the log&apos;s state, not a record</source>
        <translation>الرأس الموقَّع في حالة السجل، وليس سجلًا بعينه</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="244"/>
        <source>the log as a whole</source>
        <translation>السجل بأكمله</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="247"/>
        <source>first bad record {seq}</source>
        <translation>أول سجل تالف {seq}</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="249"/>
        <source>first bad record at or after {lo} (the evidence bounds it, it does not name it)</source>
        <translation>أول سجل تالف هو {lo} أو ما بعده (الأدلة تحصره ولا تحدّده)</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="253"/>
        <source>first bad record at or after {lo} and at or before {hi} (the evidence bounds it, it does not name it)</source>
        <translation>أول سجل تالف بين {lo} و{hi} (الأدلة تحصره ولا تحدّده)</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="271"/>
        <source>FAIL: tampering detected; {where}.</source>
        <translation>فشل: اكتُشف عبث؛ {where}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="285"/>
        <source>Folder for the package (a new, empty one)</source>
        <translation>مجلد الحزمة (جديد وفارغ)</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="298"/>
        <source>Wrote {path}: {n} records.</source>
        <translation>كُتب {path}: {n} سجلًا.</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="263"/>
        <source>PASS: the log is intact ({n} records, {c} signed checkpoints).</source>
        <translation>ناجح: السجل سليم ({n} سجلًا، {c} نقطة تحقق موقّعة).</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="368"/>
        <source>Verify a package first.</source>
        <translation>تحقّق من حزمة أولًا.</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="370"/>
        <source>Folder for the report</source>
        <translation>مجلد التقرير</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="391"/>
        <source>Wrote report.html, records.csv and records.jsonl to {path}.</source>
        <translation>كُتبت الملفات report.html وrecords.csv وrecords.jsonl في {path}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="395"/>
        <source>Only a checkpoint of a log that verified can be kept.</source>
        <translation>لا يمكن الاحتفاظ إلا بنقطة تحقق لسجل تم التحقق منه.</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="397"/>
        <source>Keep checkpoint</source>
        <translation>الاحتفاظ بنقطة التحقق</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="412"/>
        <source>Checkpoint kept in {path}.</source>
        <translation>حُفظت نقطة التحقق في {path}.</translation>
    </message>
</context>
<context>
    <name>CaptureSection</name>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="62"/>
        <source>Capture</source>
        <translation>الالتقاط</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="63"/>
        <source>Record what this line serves (sealed, every read audited)</source>
        <translation>سجّل ما يقدّمه هذا الخط (مختوم، وكل قراءة مدقَّقة)</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="64"/>
        <source>Keep for</source>
        <translation>الاحتفاظ لمدة</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="65"/>
        <source> days</source>
        <translation> يومًا</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="66"/>
        <source>Captured items older than this are deleted.</source>
        <translation>تُحذف العناصر الملتقطة الأقدم من ذلك.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="67"/>
        <source>Size cap</source>
        <translation>الحد الأقصى للحجم</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="68"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="70"/>
        <source>At the cap capture pauses (serving goes on) until items are reviewed or the cap is raised.</source>
        <translation>عند بلوغ الحد يتوقف الالتقاط مؤقتًا (ويستمر التقديم) حتى تُراجَع العناصر أو يُرفع الحد.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="72"/>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="94"/>
        <source>{n} item(s) captured, {size} of {cap}</source>
        <translation>{n} عنصر ملتقط، {size} من {cap}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="99"/>
        <source>Capture is off for this line: switch it on to record what it serves.</source>
        <translation>الالتقاط متوقف لهذا الخط: شغّله لتسجيل ما يقدّمه.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="122"/>
        <source>Capture is on for {line}.</source>
        <translation>الالتقاط مُفعَّل للخط {line}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="124"/>
        <source>Capture is off for {line}.</source>
        <translation>الالتقاط متوقف للخط {line}.</translation>
    </message>
</context>
<context>
    <name>CardTab</name>
    <message>
        <location filename="../gui/pages/export_card.py" line="40"/>
        <source>Save card…</source>
        <translation>حفظ البطاقة…</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="43"/>
        <source>Saves the card as Markdown (in this language), or the signed card (JSON) or ML-BOM (CycloneDX) with the workspace&apos;s signature beside it.</source>
        <translation>يحفظ البطاقة بصيغة Markdown (بهذه اللغة)، أو البطاقة الموقّعة (JSON) أو ML-BOM (CycloneDX) ومعها توقيع مساحة العمل.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="90"/>
        <source>Reading the model card…</source>
        <translation>جارٍ قراءة بطاقة النموذج…</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="92"/>
        <source>Model cards are made for verified exports: select one above.</source>
        <translation>تُصنع بطاقات النماذج للصادرات المتحقَّق منها: اختر واحدة أعلاه.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="94"/>
        <source>The model card could not be read (the message above says why).</source>
        <translation>تعذّرت قراءة بطاقة النموذج (الرسالة أعلاه تذكر السبب).</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="98"/>
        <source>What this export is made of, from the catalog: lineage, data (ids and digests, never rows), training, evaluation and licences. Signed by the workspace: {path}</source>
        <translation>ممّ صُنع هذا التصدير، من الفهرس: النَّسَب، والبيانات (المعرّفات والبصمات، لا الصفوف أبدًا)، والتدريب، والتقييم، والتراخيص. موقّعة من مساحة العمل: {path}</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="112"/>
        <source>Model card, Markdown (*.md)</source>
        <translation>بطاقة النموذج، Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="113"/>
        <source>Model card, signed JSON (*.json)</source>
        <translation>بطاقة النموذج، JSON موقّع (*.json)</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="114"/>
        <source>ML-BOM, signed CycloneDX JSON (*.cdx.json)</source>
        <translation>ML-BOM، CycloneDX JSON موقّع (*.cdx.json)</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="118"/>
        <source>Save the model card</source>
        <translation>حفظ بطاقة النموذج</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="133"/>
        <source>Saved the card to {path}, with the workspace&apos;s signature {sig}.</source>
        <translation>حُفظت البطاقة في {path}، مع توقيع مساحة العمل {sig}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="137"/>
        <source>Saved the card to {path}.</source>
        <translation>حُفظت البطاقة في {path}.</translation>
    </message>
</context>
<context>
    <name>Chain</name>
    <message>
        <location filename="../gui/widgets/common.py" line="192"/>
        <source>model</source>
        <translation>نموذج</translation>
    </message>
    <message>
        <location filename="../gui/widgets/common.py" line="193"/>
        <source>export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../gui/widgets/common.py" line="194"/>
        <source>training run</source>
        <translation>تشغيل تدريب</translation>
    </message>
    <message>
        <location filename="../gui/widgets/common.py" line="195"/>
        <source>dataset</source>
        <translation>مجموعة بيانات</translation>
    </message>
    <message>
        <location filename="../gui/widgets/common.py" line="200"/>
        <source>removed</source>
        <translation>أُزيل</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <location filename="../gui/pages/playground.py" line="120"/>
        <source>Cut at %1 tokens: raise Max tokens for longer answers.</source>
        <translation>قُطعت الإجابة عند %1 رمزًا: ارفع “الحد الأقصى للرموز” للحصول على إجابات أطول.</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="124"/>
        <source>Stopped before this model answered.</source>
        <translation>أُوقف قبل أن يجيب هذا النموذج.</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="126"/>
        <source>Stopped.</source>
        <translation>أُوقف.</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="133"/>
        <source>First token after %1 s</source>
        <translation>أول رمز بعد %1 ث</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="135"/>
        <source>%1 tokens/s</source>
        <translation>%1 رمز/ث</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="136"/>
        <source>%1 tokens</source>
        <translation>%1 رمزًا</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="141"/>
        <source>on the CPU</source>
        <translation>على المعالج المركزي</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="143"/>
        <source>all layers on the GPU</source>
        <translation>كل الطبقات على وحدة معالجة الرسوميات</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="145"/>
        <source>%1 layers on the GPU</source>
        <translation>%1 من الطبقات على وحدة معالجة الرسوميات</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="152"/>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="152"/>
        <location filename="../gui/pages/playground.py" line="173"/>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
</context>
<context>
    <name>CollectionDialog</name>
    <message>
        <location filename="../gui/pages/documents.py" line="140"/>
        <source>New collection</source>
        <translation>مجموعة جديدة</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="144"/>
        <source>the built-in model (default)</source>
        <translation>النموذج المدمج (الافتراضي)</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="153"/>
        <source>Chunks are measured in the tokens of this model (use the model you serve). The built-in model is unpacked the first time it is used: that takes a while.</source>
        <translation>تُقاس المقاطع برموز هذا النموذج (استخدم النموذج الذي تخدمه). يُفكّ النموذج المدمج عند أول استخدام له، وهذا يستغرق بعض الوقت.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="157"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="158"/>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="159"/>
        <source>Tokenizer of</source>
        <translation>مُرمِّز النموذج</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="160"/>
        <source>Chunk size (tokens)</source>
        <translation>حجم المقطع (رموز)</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="161"/>
        <source>Overlap (tokens)</source>
        <translation>التداخل (رموز)</translation>
    </message>
</context>
<context>
    <name>DatasetsPage</name>
    <message>
        <location filename="../gui/pages/datasets.py" line="130"/>
        <source>Datasets</source>
        <translation>مجموعات البيانات</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="133"/>
        <source>Import a dataset (encrypted on import)</source>
        <translation>استيراد مجموعة بيانات (تُشفَّر عند الاستيراد)</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="137"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="138"/>
        <location filename="../gui/pages/datasets.py" line="188"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="139"/>
        <location filename="../gui/pages/datasets.py" line="190"/>
        <source>Format</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="140"/>
        <source>CSV columns</source>
        <translation>أعمدة CSV</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="141"/>
        <source>Held-out share</source>
        <translation>الحصة المحجوزة</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="142"/>
        <source>Personal data</source>
        <translation>البيانات الشخصية</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="150"/>
        <source>report it and import as is</source>
        <translation>أبلغ عنها واستورد كما هي</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="151"/>
        <source>mask it ([EMAIL], [PHONE]…) before sealing</source>
        <translation>أخفِها ([EMAIL]، [PHONE]…) قبل الختم</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="152"/>
        <source>refuse a file that holds any</source>
        <translation>ارفض الملف الذي يحويها</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="158"/>
        <source>E-mail addresses, phone numbers, payment cards, IBANs, Aadhaar numbers and PANs are found in every row (check digits verified). The report gives counts, lines and fields, never a value.</source>
        <translation>يُبحث في كل صف عن عناوين البريد الإلكتروني وأرقام الهواتف وبطاقات الدفع وأرقام IBAN وأرقام آدهار وأرقام PAN (مع التحقق من أرقام الفحص). يذكر التقرير الأعداد والأسطر والحقول، ولا يذكر أي قيمة.</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="163"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="164"/>
        <source>e.g. instruction=question,output=answer</source>
        <translation>مثال: instruction=question,output=answer</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="168"/>
        <source>automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="169"/>
        <source>chat (JSONL)</source>
        <translation>محادثة (JSONL)</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="170"/>
        <source>instruction (JSONL)</source>
        <translation>تعليمات (JSONL)</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="172"/>
        <source>text / Markdown</source>
        <translation>نص / Markdown</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="176"/>
        <source>Import the valid rows and skip the invalid ones</source>
        <translation>استورد الصفوف الصالحة وتجاوز غير الصالحة</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="177"/>
        <source>Validate and import</source>
        <translation>تحقّق واستورد</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="179"/>
        <source>Validation report</source>
        <translation>تقرير التحقق</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="183"/>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="183"/>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="183"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="183"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="185"/>
        <source>Dataset versions</source>
        <translation>إصدارات مجموعات البيانات</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="189"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="191"/>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="192"/>
        <location filename="../gui/pages/datasets.py" line="280"/>
        <source>Train</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="193"/>
        <location filename="../gui/pages/datasets.py" line="280"/>
        <source>Held out</source>
        <translation>محجوزة</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="194"/>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="195"/>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="198"/>
        <source>Preview (decrypt in memory)</source>
        <translation>معاينة (فك التشفير في الذاكرة)</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="199"/>
        <source>Remove (crypto-erase)</source>
        <translation>إزالة (محو تشفيري)</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="210"/>
        <source>chat</source>
        <translation>محادثة</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="211"/>
        <source>instruction</source>
        <translation>تعليمات</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="212"/>
        <source>text</source>
        <translation>نص</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="312"/>
        <source>Dataset file</source>
        <translation>ملف مجموعة البيانات</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="312"/>
        <source>Datasets (*.jsonl *.json *.csv *.txt *.md)</source>
        <translation>مجموعات البيانات (*.jsonl *.json *.csv *.txt *.md)</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="333"/>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="333"/>
        <source>warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="339"/>
        <source>Validation report: {read} rows read, {kept} usable, {e} errors, {w} warnings</source>
        <translation>تقرير التحقق: قُرئ {read} صفًا، {kept} صالحة، {e} أخطاء، {w} تحذيرات</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="357"/>
        <source>e-mail address</source>
        <translation>عنوان بريد إلكتروني</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="358"/>
        <source>phone number</source>
        <translation>رقم هاتف</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="359"/>
        <source>payment card</source>
        <translation>بطاقة دفع</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="360"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="361"/>
        <source>Aadhaar number</source>
        <translation>رقم آدهار</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="362"/>
        <source>PAN</source>
        <translation>PAN</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="365"/>
        <source>line {line} ({field}: {kind})</source>
        <translation>السطر {line} ({field}: {kind})</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="372"/>
        <source>Where: {where}</source>
        <translation>الموضع: {where}</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="375"/>
        <source>They are kept in the sealed dataset and will be trained on: import again with “mask it” to replace them.</source>
        <translation>تبقى في مجموعة البيانات المختومة وسيُدرَّب عليها: استورد مجددًا مع «أخفِها» لاستبدالها.</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="406"/>
        <source>{file} was not imported: {n} row(s) have errors, listed in the validation report. Fix them, or tick “Import the valid rows and skip the invalid ones”.</source>
        <translation>لم يُستورد {file}: في {n} صف أخطاء، مدرجة في تقرير التحقق. أصلحها، أو فعّل “استورد الصفوف الصالحة وتجاوز غير الصالحة”.</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="415"/>
        <source>Imported {name} version {v}: {n} rows, encrypted.</source>
        <translation>استُورد {name} الإصدار {v}: {n} صفًا، مشفّرة.</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="419"/>
        <source>Unchanged: this version already holds exactly this data.</source>
        <translation>بلا تغيير: يحتوي هذا الإصدار بالفعل على البيانات نفسها.</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="433"/>
        <location filename="../gui/pages/datasets.py" line="452"/>
        <source>Select a dataset version first.</source>
        <translation>اختر إصدار مجموعة بيانات أولًا.</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="284"/>
        <source>{name} version {v}: the first {n} rows</source>
        <translation>{name} الإصدار {v}: أول {n} صفوف</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="456"/>
        <source>Remove dataset</source>
        <translation>إزالة مجموعة البيانات</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="458"/>
        <source>Destroy {name} version {v} for good? Its key is destroyed, so no copy can be decrypted again.</source>
        <translation>إتلاف {name} الإصدار {v} نهائيًا؟ سيُتلف مفتاحه، فلا يمكن فك تشفير أي نسخة منه مجددًا.</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="471"/>
        <source>Removed; its data key is destroyed.</source>
        <translation>أُزيل؛ وأُتلف مفتاح بياناته.</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../gui/pages/documents.py" line="247"/>
        <location filename="../gui/pages/documents.py" line="257"/>
        <location filename="../gui/pages/documents.py" line="334"/>
        <source>Documents</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="252"/>
        <source>Collections of documents the models answer from, citing document, version and page. Everything is encrypted; removing a document crypto-erases it.</source>
        <translation>مجموعات المستندات التي تجيب منها النماذج، مع ذكر المستند والإصدار والصفحة. كل شيء مشفّر؛ وإزالة مستند تمحوه محوًا تشفيريًا.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="256"/>
        <source>Collections</source>
        <translation>المجموعات</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="257"/>
        <location filename="../gui/pages/documents.py" line="262"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="257"/>
        <location filename="../gui/pages/documents.py" line="262"/>
        <location filename="../gui/pages/documents.py" line="493"/>
        <source>Chunks</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="257"/>
        <location filename="../gui/pages/documents.py" line="263"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="258"/>
        <source>New collection…</source>
        <translation>مجموعة جديدة…</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="259"/>
        <source>Remove collection…</source>
        <translation>إزالة المجموعة…</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="260"/>
        <source>Show superseded versions</source>
        <translation>إظهار الإصدارات المستبدلة</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="262"/>
        <location filename="../gui/pages/documents.py" line="493"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="262"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="262"/>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="263"/>
        <location filename="../gui/pages/documents.py" line="493"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="263"/>
        <location filename="../gui/pages/documents.py" line="493"/>
        <source>Imported</source>
        <translation>استُورد</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="265"/>
        <source>Import files…</source>
        <translation>استيراد ملفات…</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="266"/>
        <source>Versions</source>
        <translation>الإصدارات</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="267"/>
        <source>Remove document…</source>
        <translation>إزالة المستند…</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="268"/>
        <source>Search preview</source>
        <translation>معاينة البحث</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="269"/>
        <source>A question, as a user would ask it</source>
        <translation>سؤال كما يطرحه المستخدم</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="270"/>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="271"/>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="272"/>
        <source>Ranking</source>
        <translation>الترتيب</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="276"/>
        <source>hybrid (meaning and words)</source>
        <translation>هجين (المعنى والكلمات)</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="277"/>
        <source>dense (meaning)</source>
        <translation>كثيف (المعنى)</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="278"/>
        <source>lexical (words)</source>
        <translation>معجمي (الكلمات)</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="334"/>
        <source>Documents in {name}</source>
        <translation>المستندات في {name}</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="336"/>
        <location filename="../gui/pages/documents.py" line="491"/>
        <source>superseded</source>
        <translation>مستبدل</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="343"/>
        <source>text</source>
        <translation>نص</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="375"/>
        <source>Create a collection first (New collection…).</source>
        <translation>أنشئ مجموعة أولًا (مجموعة جديدة…).</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="381"/>
        <source>Select a document first.</source>
        <translation>اختر مستندًا أولًا.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="395"/>
        <source>Created collection {name}.</source>
        <translation>أُنشئت المجموعة {name}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="404"/>
        <source>Remove collection</source>
        <translation>إزالة المجموعة</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="406"/>
        <source>Remove the collection {name} and its {n} document(s) for good? Every document is crypto-erased: this cannot be undone.</source>
        <translation>إزالة المجموعة {name} ومستنداتها ({n}) نهائيًا؟ يُمحى كل مستند محوًا تشفيريًا: لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="419"/>
        <source>Removed collection {name} and its {n} document(s).</source>
        <translation>أُزيلت المجموعة {name} ومستنداتها ({n}).</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="432"/>
        <source>Documents to import</source>
        <translation>المستندات المراد استيرادها</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="434"/>
        <source>Documents (*.pdf *.docx *.odt *.html *.htm *.md *.markdown *.txt *.text);;All files (*)</source>
        <translation>المستندات (*.pdf *.docx *.odt *.html *.htm *.md *.markdown *.txt *.text);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="458"/>
        <source>{file}: {name} version {v}, {n} chunks.</source>
        <translation>{file}: {name} الإصدار {v}، {n} مقطعًا.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="460"/>
        <source>{file}: {name} version {v} replaces the previous one, {n} chunks.</source>
        <translation>{file}: {name} الإصدار {v} يحلّ محلّ السابق، {n} مقطعًا.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="462"/>
        <source>{file}: unchanged; {name} stays at version {v}.</source>
        <translation>{file}: بلا تغيير؛ يبقى {name} على الإصدار {v}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="468"/>
        <source>{file}: page(s) {pages} have no text layer (scanned?) and were not indexed; OCR them to include them.</source>
        <translation>{file}: الصفحات {pages} بلا طبقة نص (ممسوحة ضوئيًا؟) ولم تُفهرس؛ طبّق عليها التعرّف الضوئي على الحروف (OCR) لإدراجها.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="472"/>
        <source>Imported into {collection} (encrypted):</source>
        <translation>استُورد إلى {collection} (مشفّرًا):</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="490"/>
        <source>Versions of {name}</source>
        <translation>إصدارات {name}</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="491"/>
        <source>current</source>
        <translation>الحالي</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="493"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="494"/>
        <source>Superseded</source>
        <translation>استُبدل</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="519"/>
        <source>Remove document</source>
        <translation>إزالة المستند</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="521"/>
        <source>Remove {name} and every version of it from {collection}? It is crypto-erased: its keys are destroyed, and this cannot be undone.</source>
        <translation>إزالة {name} وكل إصداراته من {collection}؟ سيُمحى محوًا تشفيريًا: تُتلف مفاتيحه، ولا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="534"/>
        <source>Removed {name} ({n} version(s)); its data can no longer be decrypted.</source>
        <translation>أُزيل {name} ({n} إصدار)؛ لم يعد ممكنًا فك تشفير بياناته.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="572"/>
        <source>p. {page}</source>
        <translation>ص. {page}</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="573"/>
        <source>{document} version {version}</source>
        <translation>{document} الإصدار {version}</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="576"/>
        <source>score {score} · meaning {dense} · words {lexical}</source>
        <translation>الدرجة {score} · المعنى {dense} · الكلمات {lexical}</translation>
    </message>
</context>
<context>
    <name>DriftSection</name>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="145"/>
        <source>Scripts of the prompts</source>
        <translation>أنظمة كتابة الطلبات</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="146"/>
        <source>Prompt length</source>
        <translation>طول الطلب</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="147"/>
        <source>Tokens per character</source>
        <translation>الرموز لكل حرف</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="148"/>
        <source>Byte-fallback tokens</source>
        <translation>رموز البايت الاحتياطية</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="149"/>
        <source>Meaning (embeddings)</source>
        <translation>المعنى (التضمينات)</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="150"/>
        <source>Answer length</source>
        <translation>طول الإجابة</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="151"/>
        <source>Refusals</source>
        <translation>الرفض</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="152"/>
        <source>Bad ratings</source>
        <translation>التقييمات السيئة</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="156"/>
        <source>Drift</source>
        <translation>الانجراف</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="157"/>
        <source>Check now</source>
        <translation>افحص الآن</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="159"/>
        <source>Compare the line&apos;s recent traffic with its reference now (the same check the watch loop runs).</source>
        <translation>قارن حركة الخط الأخيرة بمرجعه الآن (الفحص نفسه الذي تجريه حلقة المراقبة).</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="163"/>
        <source>Each check compares a window of recent requests with the line&apos;s reference through several tests; a p-value under its threshold is an alarm.</source>
        <translation>يقارن كل فحص نافذة من الطلبات الأخيرة بمرجع الخط عبر عدة اختبارات؛ وقيمة p دون عتبتها إنذار.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="168"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="168"/>
        <source>Requests</source>
        <translation>الطلبات</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="168"/>
        <source>Verdict</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="168"/>
        <source>Alarms</source>
        <translation>الإنذارات</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="172"/>
        <source>Each chart: the detector&apos;s p-value at each check, oldest on the left (log scale; lower means further from the reference), the dashed line its threshold, red dots alarms, the dotted line the selected check.</source>
        <translation>كل مخطط: قيمة p للكاشف في كل فحص، الأقدم على اليسار (مقياس لوغاريتمي؛ الأدنى أبعد عن المرجع)، والخط المتقطع عتبته، والنقاط الحمراء إنذارات، والخط المنقط الفحص المحدد.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="179"/>
        <source>No drift check yet for this line: press Check now to compare its recent traffic (captured requests) with the data it was trained on.</source>
        <translation>لا يوجد فحص انجراف لهذا الخط بعد: اضغط «افحص الآن» لمقارنة حركته الأخيرة (الطلبات الملتقطة) بالبيانات التي دُرّب عليها.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="209"/>
        <location filename="../gui/pages/lifecycle_drift.py" line="289"/>
        <source>drift</source>
        <translation>انجراف</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="209"/>
        <location filename="../gui/pages/lifecycle_drift.py" line="289"/>
        <source>no drift</source>
        <translation>لا انجراف</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="249"/>
        <source>{detector} did not run: {why}</source>
        <translation>لم يعمل {detector}: {why}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="274"/>
        <source>{detector}: p = {p}</source>
        <translation>{detector}: p = {p}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="290"/>
        <source>Drift check done: {verdict}.</source>
        <translation>اكتمل فحص الانجراف: {verdict}.</translation>
    </message>
</context>
<context>
    <name>EvaluatePage</name>
    <message>
        <location filename="../gui/pages/evaluate.py" line="138"/>
        <source>Evaluate</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="141"/>
        <source>Compare models</source>
        <translation>مقارنة النماذج</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="142"/>
        <source>Model lines</source>
        <translation>خطوط النماذج</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="143"/>
        <source>Suite</source>
        <translation>المجموعة</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="143"/>
        <source>Run on</source>
        <translation>التشغيل على</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="145"/>
        <source>no suite yet: import a suite file</source>
        <translation>لا توجد مجموعة اختبارات بعد: استورد ملف مجموعة</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="146"/>
        <source>Import a suite file…</source>
        <translation>استيراد ملف مجموعة اختبارات…</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="148"/>
        <source>A TOML or JSON Lines file of cases (docs/formats/eval-suite.md); kept encrypted.</source>
        <translation>ملف TOML أو JSON Lines بالحالات (docs/formats/eval-suite.md)؛ يُحفظ مشفّرًا.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="153"/>
        <source>its GGUF export, through llama.cpp (as served)</source>
        <translation>تصديره بصيغة GGUF عبر llama.cpp (كما يُقدَّم)</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="154"/>
        <source>the stored model, through transformers</source>
        <translation>النموذج المخزَّن عبر transformers</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="159"/>
        <source>Evaluate and compare</source>
        <translation>قيّم وقارن</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="167"/>
        <source>Save report…</source>
        <translation>حفظ التقرير…</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="168"/>
        <source>The comparison as one HTML page, answers included (in the clear).</source>
        <translation>المقارنة في صفحة HTML واحدة، مع الإجابات (غير مشفّرة).</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="170"/>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="170"/>
        <source>Passed</source>
        <translation>الناجحة</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="170"/>
        <source>Mean latency</source>
        <translation>متوسط زمن الاستجابة</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="170"/>
        <source>Tokens per answer</source>
        <translation>الرموز لكل إجابة</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="157"/>
        <source>Models to compare</source>
        <translation>النماذج المراد مقارنتها</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="158"/>
        <source>The first ticked model is the baseline; drag the models to reorder them.</source>
        <translation>أول نموذج محدَّد هو خط الأساس؛ اسحب النماذج لإعادة ترتيبها.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="160"/>
        <source>Run again</source>
        <translation>أعد التشغيل</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="163"/>
        <source>Evaluate anew even the models that already have a finished evaluation on this suite version (otherwise it is reused).</source>
        <translation>قيّم من جديد حتى النماذج التي لها تقييم مكتمل على إصدار المجموعة هذا (وإلا يُعاد استخدامه).</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="188"/>
        <source>{name} (version {version}, {cases} cases)</source>
        <translation>{name} (الإصدار {version}، {cases} حالة)</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="221"/>
        <source>No model has a verified export yet: export one on the Export page.</source>
        <translation>لا يملك أي نموذج تصديرًا متحقَّقًا منه بعد: صدّر واحدًا من صفحة التصدير.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="223"/>
        <source>No model yet: import one on the Models page.</source>
        <translation>لا يوجد نموذج بعد: استورد واحدًا من صفحة النماذج.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="247"/>
        <source>Evaluation suite</source>
        <translation>مجموعة اختبارات التقييم</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="247"/>
        <source>Suites (*.toml *.jsonl);;All files (*)</source>
        <translation>مجموعات الاختبارات (*.toml *.jsonl);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="263"/>
        <source>Suite {name} version {version}: {cases} cases, kept encrypted.</source>
        <translation>المجموعة {name} الإصدار {version}: {cases} حالة، محفوظة مشفّرة.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="279"/>
        <source>Choose a suite, or import a suite file.</source>
        <translation>اختر مجموعة اختبارات، أو استورد ملف مجموعة.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="282"/>
        <source>Tick at least one model to evaluate.</source>
        <translation>حدّد نموذجًا واحدًا على الأقل لتقييمه.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="309"/>
        <source>Compared {n} model(s) on suite {suite}.</source>
        <translation>قورن {n} نموذج على مجموعة الاختبارات {suite}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="326"/>
        <source>Choose a suite, tick one or more models and press Evaluate and compare: each model answers every case with greedy decoding, and the results appear here side by side.</source>
        <translation>اختر مجموعة اختبارات، وحدّد نموذجًا أو أكثر، ثم اضغط «قيّم وقارن»: يجيب كل نموذج عن كل حالة بفك ترميز جشع، وتظهر النتائج هنا جنبًا إلى جنب.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="341"/>
        <source>Suite {suite}: {cases} cases, {n} model(s)</source>
        <translation>المجموعة {suite}: {cases} حالة، {n} نموذج</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="349"/>
        <source>{model} (baseline)</source>
        <translation>{model} (خط الأساس)</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="357"/>
        <source>{ms} ms</source>
        <translation>{ms} ملّي ثانية</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="365"/>
        <source>Evaluation {id}</source>
        <translation>التقييم {id}</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="374"/>
        <source>Slice</source>
        <translation>الشريحة</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="384"/>
        <source>{model} against {baseline}: {difference} points (95 % interval {low} … {high}, paired bootstrap); {mcnemar}; only {baseline} passed {b}, only {model} passed {c}.</source>
        <translation>{model} مقارنة بـ {baseline}: {difference} نقطة (مجال 95 ٪ من {low} إلى {high}، إعادة معاينة مقترنة)؛ {mcnemar}؛ نجح {baseline} وحده في {b}، ونجح {model} وحده في {c}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="400"/>
        <source>Promotion gate: {summary}</source>
        <translation>بوابة الترقية: {summary}</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="402"/>
        <source>Tick a second model to compare it with this one.</source>
        <translation>حدّد نموذجًا ثانيًا لمقارنته بهذا النموذج.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="406"/>
        <source>Case</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="406"/>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="437"/>
        <source>passed</source>
        <translation>ناجح</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="437"/>
        <source>failed</source>
        <translation>فاشل</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="466"/>
        <source>{passed}/{n} ({pct} %)</source>
        <translation>{passed}/{n} ({pct} ٪)</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="481"/>
        <source>Evaluate and compare first: there is no report to save.</source>
        <translation>قيّم وقارن أولًا: لا يوجد تقرير لحفظه.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="485"/>
        <source>Save the report</source>
        <translation>حفظ التقرير</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="485"/>
        <source>HTML page (*.html)</source>
        <translation>صفحة HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="492"/>
        <source>Could not write {path}: {why}</source>
        <translation>تعذّرت كتابة {path}: {why}</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="495"/>
        <source>Saved the report to {path}. It holds the answers in the clear.</source>
        <translation>حُفظ التقرير في {path}. وهو يحوي الإجابات غير مشفّرة.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../gui/pages/export.py" line="109"/>
        <source>Export</source>
        <translation>التصدير</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="112"/>
        <source>Merge a finished training run into a new model</source>
        <translation>دمج تشغيل تدريب مكتمل في نموذج جديد</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="113"/>
        <source>name of the merged model (optional)</source>
        <translation>اسم النموذج المدمج (اختياري)</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="114"/>
        <source>no finished run waiting to be merged</source>
        <translation>لا يوجد تشغيل مكتمل بانتظار الدمج</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="115"/>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="116"/>
        <source>Export to GGUF with the verification gate</source>
        <translation>التصدير إلى GGUF عبر بوابة التحقق</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="118"/>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="118"/>
        <location filename="../gui/pages/export.py" line="137"/>
        <source>Quantization</source>
        <translation>التكميم</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="118"/>
        <source>Tokenizer differences</source>
        <translation>اختلافات المُرمِّز</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="124"/>
        <source>default: fail only on Latin, code, digits or lost text</source>
        <translation>افتراضي: يفشل فقط عند اللاتينية أو الشيفرة أو الأرقام أو فقدان النص</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="125"/>
        <source>strict: any difference fails</source>
        <translation>صارم: أي اختلاف يُفشل</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="126"/>
        <source>lenient: differences only warn</source>
        <translation>متساهل: الاختلافات تحذّر فقط</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="130"/>
        <source>Export and verify</source>
        <translation>صدّر وتحقّق</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="131"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="132"/>
        <source>Exports of this model</source>
        <translation>عمليات تصدير هذا النموذج</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="133"/>
        <source>Verification report</source>
        <translation>تقرير التحقق</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="134"/>
        <source>Model card</source>
        <translation>بطاقة النموذج</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="138"/>
        <source>Verdict</source>
        <translation>نتيجة التحقق</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="139"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="140"/>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="141"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="142"/>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="145"/>
        <source>Show in folder</source>
        <translation>إظهار في المجلد</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="146"/>
        <source>Copy path</source>
        <translation>نسخ المسار</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="147"/>
        <source>Save a copy as…</source>
        <translation>حفظ نسخة باسم…</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="149"/>
        <source>Copies the GGUF out of the workspace; the copy is recorded in the audit log.</source>
        <translation>ينسخ ملف GGUF إلى خارج مساحة العمل؛ ويُسجَّل النسخ في سجل التدقيق.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="160"/>
        <source>built-in</source>
        <translation>مضمَّن</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="160"/>
        <source>imported</source>
        <translation>مستورد</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="160"/>
        <source>merged</source>
        <translation>مدمج</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="273"/>
        <source>Copied the path of the GGUF.</source>
        <translation>نُسخ مسار ملف GGUF.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="283"/>
        <source>Save a copy of the GGUF</source>
        <translation>حفظ نسخة من ملف GGUF</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="301"/>
        <source>Saved a copy to {path} (recorded in the audit log).</source>
        <translation>حُفظت نسخة في {path} (مسجّلة في سجل التدقيق).</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="412"/>
        <source>Already exported</source>
        <translation>مُصدَّر مسبقاً</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="415"/>
        <source>{model} is already exported to {quant} and verified: {file} ({size}, {date}). Use that export, or make a second copy?</source>
        <translation>سبق تصدير {model} إلى {quant} والتحقق منه: {file} ({size}، {date}). هل تستخدم ذلك التصدير أم تنشئ نسخة ثانية؟</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="425"/>
        <source>Use the existing export</source>
        <translation>استخدام التصدير الموجود</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="426"/>
        <source>Export again</source>
        <translation>التصدير مرة أخرى</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="437"/>
        <source>Using the existing export {file}: chat with it on the Playground page, or serve it.</source>
        <translation>يُستخدم التصدير الموجود {file}: حاوره في صفحة ساحة التجربة، أو قدّمه.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="467"/>
        <source>Exported and verified: {file} ({size}). Chat with it on the Playground page.</source>
        <translation>صُدِّر وتم التحقق منه: {file} ({size}). حادثه في صفحة ساحة التجربة.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="325"/>
        <source>{name}  ~{size}  ({bits} bits per weight)</source>
        <translation>{name}  ~{size}  ({bits} بت لكل وزن)</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="343"/>
        <source>Choose a finished training run to merge.</source>
        <translation>اختر تشغيل تدريب مكتملًا لدمجه.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="357"/>
        <source>Merged into model {name}.</source>
        <translation>دُمج في النموذج {name}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="369"/>
        <source>Choose a model and a quantization.</source>
        <translation>اختر نموذجًا وتكميمًا.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="254"/>
        <source>Verified: the GGUF behaves like the model it was made from.</source>
        <translation>تم التحقق: يتصرف ملف GGUF مثل النموذج المصنوع منه.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="196"/>
        <source>verified</source>
        <translation>تم التحقق</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="197"/>
        <source>failed</source>
        <translation>فاشل</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="198"/>
        <source>in progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="244"/>
        <source>No file: {why}</source>
        <translation>لا يوجد ملف: {why}</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="256"/>
        <location filename="../gui/pages/export.py" line="464"/>
        <source>Failed verification: the export is kept but marked failed.</source>
        <translation>فشل التحقق: احتُفظ بالتصدير لكنه مُعلَّم بالفشل.</translation>
    </message>
</context>
<context>
    <name>FeedbackRow</name>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="58"/>
        <source>Good</source>
        <translation>جيد</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="59"/>
        <source>Bad</source>
        <translation>سيئ</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="60"/>
        <source>A good answer (recorded with the captured request)</source>
        <translation>إجابة جيدة (تُسجَّل مع الطلب الملتقط)</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="61"/>
        <source>A bad answer (recorded with the captured request)</source>
        <translation>إجابة سيئة (تُسجَّل مع الطلب الملتقط)</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="62"/>
        <source>Correct this answer…</source>
        <translation>صحّح هذه الإجابة…</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="64"/>
        <source>Write the answer it should have given; a reviewer decides whether it is learnt.</source>
        <translation>اكتب الإجابة التي كان ينبغي أن يقدّمها؛ يقرّر المراجِع ما إذا كانت ستُتعلَّم.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="74"/>
        <source>Thank you: recorded for review.</source>
        <translation>شكرًا: سُجّل للمراجعة.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="76"/>
        <source>Captured for this line&apos;s review: was it right?</source>
        <translation>التُقط لمراجعة هذا الخط: هل كانت صحيحة؟</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="102"/>
        <source>Correct this answer</source>
        <translation>صحّح هذه الإجابة</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="102"/>
        <source>The answer the model should have given:</source>
        <translation>الإجابة التي كان على النموذج أن يقدّمها:</translation>
    </message>
</context>
<context>
    <name>FormText</name>
    <message>
        <location filename="../gui/pages/train_form.py" line="20"/>
        <source>automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="21"/>
        <source>CPU</source>
        <translation>المعالج (CPU)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="22"/>
        <source>GPU (CUDA)</source>
        <translation>معالج الرسوميات (CUDA)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="25"/>
        <source>full (every weight)</source>
        <translation>كامل (كل الأوزان)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="26"/>
        <source>supervised (learn the answers)</source>
        <translation>إشرافي (تعلّم الإجابات)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="27"/>
        <source>DPO (preference pairs)</source>
        <translation>DPO (أزواج تفضيل)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="28"/>
        <source>SimPO (pairs, no reference)</source>
        <translation>SimPO (أزواج، دون مرجع)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="29"/>
        <source>KTO (answers judged good or bad)</source>
        <translation>KTO (إجابات حُكم عليها بالجودة أو الرداءة)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="33"/>
        <source>on</source>
        <translation>مفعّل</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="33"/>
        <source>off</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="44"/>
        <source>From {low} to {high}.</source>
        <translation>من {low} إلى {high}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="49"/>
        <source>The preset {preset} sets {value}.</source>
        <translation>الإعداد المسبق {preset} يضبطه على {value}.</translation>
    </message>
</context>
<context>
    <name>GateText</name>
    <message>
        <location filename="../gui/gate_text.py" line="159"/>
        <source>(llama.cpp loses text)</source>
        <translation>(يفقد llama.cpp نصاً)</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="141"/>
        <source>(not NFC)</source>
        <translation>(ليس NFC)</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="173"/>
        <source>, {n} lose text</source>
        <translation>، {n} تفقد نصاً</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="46"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="31"/>
        <source>BOS token</source>
        <translation>رمز BOS</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="47"/>
        <source>Chinese, Japanese, Korean</source>
        <translation>الصينية واليابانية والكورية</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="44"/>
        <source>Devanagari</source>
        <translation>الديفاناغارية</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="32"/>
        <source>EOS token</source>
        <translation>رمز EOS</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="24"/>
        <source>FAIL</source>
        <translation>فشل</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="168"/>
        <source>Held-out {script} lines: {identical}/{lines} tokenized identically by llama.cpp</source>
        <translation>أسطر {script} المحجوزة: {identical}/{lines} رمّزها llama.cpp بشكل مطابق</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="41"/>
        <source>Latin</source>
        <translation>اللاتينية</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="92"/>
        <source>Logits on {positions} probe positions ({prompts} prompts, reference in {dtype}): top-1 agreement {agreement} (needs ≥ {needed}), mean KL {kl} nats (needs ≤ {max_kl}), p95 KL {kl_high}</source>
        <translation>اللوجيتات على {positions} موضع فحص ({prompts} مطالبات، المرجع بدقة {dtype}): توافق top-1 {agreement} (المطلوب ≥ {needed})، متوسط KL {kl} nats (المطلوب ≤ {max_kl})، KL عند p95 {kl_high}</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="22"/>
        <source>PASS</source>
        <translation>نجاح</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="115"/>
        <source>Probe set {version}; took {s} s.</source>
        <translation>مجموعة الفحص {version}؛ استغرق {s} ث.</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="25"/>
        <source>SKIP</source>
        <translation>تخطٍّ</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="45"/>
        <source>Tamil</source>
        <translation>التاميلية</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="130"/>
        <source>Tokenizer probes: {same}/{total} identical; policy {policy}: {explanation}</source>
        <translation>فحوص المُرمِّز: {same}/{total} متطابقة؛ السياسة {policy}: {explanation}</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="51"/>
        <source>Unicode normalization</source>
        <translation>توحيد يونيكود</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="83"/>
        <source>Verification gate ({quant}): {verdict}</source>
        <translation>بوابة التحقق ({quant}): {verdict}</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="23"/>
        <source>WARN</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="143"/>
        <source>[{mark}] {category}: {text} — HF {hf} tokens, llama.cpp {llama}; first difference at token {k}: HF {hf_pieces} vs llama.cpp {llama_pieces}</source>
        <translation>[{mark}] {category}: {text} — HF {hf} رموز، llama.cpp {llama}؛ أول اختلاف عند الرمز {k}: HF {hf_pieces} مقابل llama.cpp {llama_pieces}</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="34"/>
        <source>add-BOS flag</source>
        <translation>علامة إضافة BOS</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="35"/>
        <source>chat rendering</source>
        <translation>عرض المحادثة</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="30"/>
        <source>chat template embedded</source>
        <translation>قالب المحادثة مضمَّن</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="42"/>
        <source>code</source>
        <translation>الشيفرة</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="43"/>
        <source>digits</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="48"/>
        <source>emoji</source>
        <translation>الرموز التعبيرية</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="33"/>
        <source>end-of-turn tokens</source>
        <translation>رموز نهاية الدور</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="36"/>
        <source>extended-vocabulary parity</source>
        <translation>تطابق المفردات الموسَّعة</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="28"/>
        <source>loads in llama.cpp</source>
        <translation>يُحمَّل في llama.cpp</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="29"/>
        <source>logits</source>
        <translation>اللوجيتات</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="49"/>
        <source>native digits</source>
        <translation>الأرقام المحلية</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="37"/>
        <source>new vocabulary rows</source>
        <translation>صفوف المفردات الجديدة</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="38"/>
        <source>tokenizer probes</source>
        <translation>فحوص المُرمِّز</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="50"/>
        <source>whitespace</source>
        <translation>المسافات</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="179"/>
        <source>{text}: first difference at token {k}: HF {hf_pieces} vs llama.cpp {llama_pieces}</source>
        <translation>{text}: أول اختلاف عند الرمز {k}: HF {hf_pieces} مقابل llama.cpp {llama_pieces}</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <location filename="../gui/pages/workspace.py" line="61"/>
        <source>Getting started</source>
        <translation>البدء</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="63"/>
        <source>1. Create the workspace: its keys encrypt every dataset and the audit log.</source>
        <translation>1. أنشئ مساحة العمل: مفاتيحها تشفّر كل مجموعة بيانات وسجل التدقيق.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="64"/>
        <source>2. Unpack the built-in model (SmolLM2, runs on this computer&apos;s CPU).</source>
        <translation>2. فكّ حزمة النموذج المضمَّن (SmolLM2، يعمل على معالج CPU في هذا الحاسوب).</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="65"/>
        <source>3. Import data: the sample registry questions, or your own JSONL or CSV file.</source>
        <translation>3. استورد البيانات: عيّنة أسئلة السجل، أو ملف JSONL أو CSV خاص بك.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="66"/>
        <source>4. Train: a few minutes on the sample with the CPU preset.</source>
        <translation>4. درّب: بضع دقائق على العيّنة بالإعداد المسبق لـ CPU.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="67"/>
        <source>5. Merge the run and export it to GGUF through the verification gate.</source>
        <translation>5. ادمج التشغيل وصدّره إلى GGUF عبر بوابة التحقق.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="68"/>
        <source>6. Chat with the base and the tuned model side by side.</source>
        <translation>6. حادث النموذج الأساسي والنموذج المضبوط جنبًا إلى جنب.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="71"/>
        <source>Create below</source>
        <translation>أنشئها أدناه</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="72"/>
        <source>Unpack</source>
        <translation>فكّ الحزمة</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="73"/>
        <source>Use the sample</source>
        <translation>استخدم العيّنة</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="74"/>
        <source>Open Train</source>
        <translation>افتح التدريب</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="75"/>
        <source>Open Export</source>
        <translation>افتح التصدير</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="76"/>
        <source>Open Playground</source>
        <translation>افتح ساحة التجربة</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="105"/>
        <source>The built-in model {name} is ready.</source>
        <translation>النموذج المضمَّن {name} جاهز.</translation>
    </message>
</context>
<context>
    <name>GovText</name>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="17"/>
        <source>admin</source>
        <translation>المسؤول</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="18"/>
        <source>operator</source>
        <translation>المشغّل</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="19"/>
        <source>approver</source>
        <translation>المعتمِد</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="20"/>
        <source>auditor</source>
        <translation>المدقّق</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="27"/>
        <source>people, policy, auditors and key rotation, and everything an operator does</source>
        <translation>الأشخاص والسياسة والمدقّقون وتدوير المفاتيح، وكل ما يفعله المشغّل</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="28"/>
        <source>data, training, export, evaluation, serving; asks for promotions</source>
        <translation>البيانات والتدريب والتصدير والتقييم والتقديم؛ يطلب الترقيات</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="29"/>
        <source>decides approval requests; may chat with a model to judge it</source>
        <translation>يقرّر طلبات الموافقة؛ ويمكنه محادثة نموذج ليحكم عليه</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="30"/>
        <source>exports evidence packages only</source>
        <translation>يصدّر حزم الأدلة فقط</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="35"/>
        <source>pending</source>
        <translation>معلّق</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="36"/>
        <source>approved</source>
        <translation>موافَق عليه</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="37"/>
        <source>refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="38"/>
        <source>used</source>
        <translation>مُستخدَم</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="39"/>
        <source>expired</source>
        <translation>منتهٍ</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="40"/>
        <source>void (no longer holds)</source>
        <translation>باطل (لم يعد ساريًا)</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="41"/>
        <source>active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="42"/>
        <source>removed</source>
        <translation>أُزيل</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="48"/>
        <source>Signed in as {name} ({role})</source>
        <translation>مسجّل الدخول باسم {name} ({role})</translation>
    </message>
</context>
<context>
    <name>HardwarePanel</name>
    <message>
        <location filename="../gui/widgets/hardware.py" line="214"/>
        <source>This machine&apos;s load, once a second</source>
        <translation>حِمل هذا الجهاز، يُحدَّث كل ثانية</translation>
    </message>
    <message>
        <location filename="../gui/widgets/hardware.py" line="215"/>
        <source>CPU</source>
        <translation>المعالج (CPU)</translation>
    </message>
    <message>
        <location filename="../gui/widgets/hardware.py" line="216"/>
        <source>Memory</source>
        <translation>الذاكرة</translation>
    </message>
    <message>
        <location filename="../gui/widgets/hardware.py" line="224"/>
        <source>GPU {n} load</source>
        <translation>حِمل GPU {n}</translation>
    </message>
    <message>
        <location filename="../gui/widgets/hardware.py" line="225"/>
        <source>GPU {n} memory</source>
        <translation>ذاكرة GPU {n}</translation>
    </message>
    <message>
        <location filename="../gui/widgets/hardware.py" line="235"/>
        <source>{used} of {total}</source>
        <translation>{used} من {total}</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <location filename="../gui/widgets/common.py" line="362"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../gui/widgets/common.py" line="370"/>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <location filename="../gui/widgets/common.py" line="396"/>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
</context>
<context>
    <name>LifecyclePage</name>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="165"/>
        <source>Lifecycle</source>
        <translation>دورة الحياة</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="168"/>
        <source>Line</source>
        <translation>الخط</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="169"/>
        <source>no model line yet</source>
        <translation>لا يوجد خط نماذج بعد</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="172"/>
        <source>No model lines yet. A line is what this appliance serves, watches and retrains: create one with `appliance lines create NAME --from-run RUN --suite SUITE --gate GATE.toml`, then come back here to switch on capture.</source>
        <translation>لا توجد خطوط نماذج بعد. الخط هو ما يقدّمه هذا الجهاز ويراقبه ويعيد تدريبه: أنشئ واحدًا بالأمر `appliance lines create NAME --from-run RUN --suite SUITE --gate GATE.toml` ثم عُد إلى هنا لتشغيل الالتقاط.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="224"/>
        <source>production</source>
        <translation>الإنتاج</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="224"/>
        <source>candidate</source>
        <translation>المرشَّح</translation>
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
        <translation>الخط</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="103"/>
        <location filename="../gui/pages/lines.py" line="124"/>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="104"/>
        <source>no model line yet</source>
        <translation>لا يوجد خط نماذج بعد</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="105"/>
        <source>Promote to production</source>
        <translation>الترقية إلى الإنتاج</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="108"/>
        <source>Evaluates the model on the line&apos;s suites where needed, compares it with the current production model, and moves it to production only if the line&apos;s gate passes.</source>
        <translation>يقيّم النموذج على مجموعات الخط عند الحاجة، ويقارنه بنموذج الإنتاج الحالي، ولا ينقله إلى الإنتاج إلا إذا اجتاز بوابة الخط.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="114"/>
        <source>No model lines yet. A line names a customization, its suites and its promotion gate: create one with `appliance lines create NAME --from-run RUN --suite SUITE --gate GATE.toml`.</source>
        <translation>لا توجد خطوط نماذج بعد. يسمّي الخط تخصيصًا ومجموعات اختباره وبوابة ترقيته: أنشئ واحدًا بالأمر `appliance lines create NAME --from-run RUN --suite SUITE --gate GATE.toml`.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="118"/>
        <source>The gate&apos;s verdict</source>
        <translation>حكم البوابة</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="119"/>
        <source>Show its comparison</source>
        <translation>عرض مقارنته</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="120"/>
        <source>Decisions</source>
        <translation>القرارات</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="124"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="124"/>
        <source>Decision</source>
        <translation>القرار</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="124"/>
        <source>Channel</source>
        <translation>القناة</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="124"/>
        <source>Gate</source>
        <translation>البوابة</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="139"/>
        <source>{line} (production: {production}; candidate: {candidate})</source>
        <translation>{line} (الإنتاج: {production}؛ المرشَّح: {candidate})</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="174"/>
        <source>production</source>
        <translation>الإنتاج</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="174"/>
        <source>candidate</source>
        <translation>المرشَّح</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="178"/>
        <source>{channel}: {model} since {since}</source>
        <translation>{channel}: {model} منذ {since}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="183"/>
        <source>{channel}: none</source>
        <translation>{channel}: لا يوجد</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="189"/>
        <source>Suites: {suites}</source>
        <translation>المجموعات: {suites}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="190"/>
        <source>Gate: {gate}</source>
        <translation>البوابة: {gate}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="194"/>
        <source>promoted</source>
        <translation>رُقّي</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="194"/>
        <location filename="../gui/pages/lines.py" line="204"/>
        <location filename="../gui/pages/lines.py" line="246"/>
        <source>refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="194"/>
        <source>rebased</source>
        <translation>أُعيد بناؤه</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="204"/>
        <location filename="../gui/pages/lines.py" line="246"/>
        <source>passed</source>
        <translation>ناجح</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="217"/>
        <source>pass rate at least {pct} %</source>
        <translation>نسبة النجاح {pct} ٪ على الأقل</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="220"/>
        <source>{slice} pass rate at least {pct} %</source>
        <translation>نسبة نجاح {slice} {pct} ٪ على الأقل</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="223"/>
        <source>must pass: {cases}</source>
        <translation>يجب أن تنجح: {cases}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="225"/>
        <source>no drop over {pct} % against production that is significant (p &lt; {p})</source>
        <translation>لا تراجع يزيد على {pct} ٪ مقارنة بالإنتاج يكون دالًّا إحصائيًا (p &lt; {p})</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="263"/>
        <source>Choose a model line and a model with a verified export.</source>
        <translation>اختر خط نماذج ونموذجًا له تصدير متحقَّق منه.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="290"/>
        <source>{model} is now {line}@production.</source>
        <translation>{model} هو الآن {line}@production.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="320"/>
        <source>Request {id} is approved: promote {model} again to move it to {line}@production (an approval is used once, for this model and this verdict).</source>
        <translation>تمت الموافقة على الطلب {id}: رقِّ {model} مجددًا لينتقل إلى {line}@production (تُستخدم الموافقة مرة واحدة، لهذا النموذج وهذا الحكم).</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="328"/>
        <source>Waiting for approval: request {id} asks a second person to let {model} become {line}@production. An approver finds it on the Approvals page; promote again once it is approved. Nothing was changed.</source>
        <translation>بانتظار الموافقة: يطلب الطلب {id} من شخص ثانٍ أن يسمح بأن يصبح {model} هو {line}@production. يجده المعتمِد في صفحة الموافقات؛ رقِّ مجددًا بعد الموافقة عليه. لم يتغيّر شيء.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="130"/>
        <source>Sovereign model appliance</source>
        <translation>جهاز النماذج السيادي</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="137"/>
        <source>No workspace</source>
        <translation>لا توجد مساحة عمل</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="143"/>
        <source>Unlocked</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="145"/>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="179"/>
        <source>Keep training?</source>
        <translation>هل يستمر التدريب؟</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="181"/>
        <source>A training run is in progress. It can go on without this window: its checkpoints and result are saved as usual, and the Train page shows it when you open the appliance again (stop it there, or with `appliance runs stop`). Or it can stop now, keeping a checkpoint to resume from.</source>
        <translation>هناك تشغيل تدريب قيد التقدّم. يمكنه أن يستمر من دون هذه النافذة: تُحفَظ نقاط التحقق والنتيجة كالمعتاد، وتعرضه صفحة التدريب عند فتح الجهاز مرة أخرى (أوقفه من هناك، أو بالأمر `appliance runs stop`). أو يمكن إيقافه الآن مع الاحتفاظ بنقطة تحقق للاستئناف منها.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="189"/>
        <source>Keep training and close</source>
        <translation>متابعة التدريب والإغلاق</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="190"/>
        <source>Stop the run and close</source>
        <translation>إيقاف التشغيل والإغلاق</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="208"/>
        <source>Stop the server?</source>
        <translation>إيقاف الخادم؟</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="210"/>
        <source>The API server at {url} is running ({models}). It runs inside this window: closing the window stops it, and programs using it lose their connection.</source>
        <translation>خادم API على {url} يعمل ({models}). إنه يعمل داخل هذه النافذة: إغلاق النافذة يوقفه، وتفقد البرامج التي تستخدمه اتصالها.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="219"/>
        <source>Stop the server and close</source>
        <translation>إيقاف الخادم والإغلاق</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../gui/pages/models.py" line="63"/>
        <location filename="../gui/pages/models.py" line="66"/>
        <source>Models</source>
        <translation>النماذج</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="67"/>
        <source>Training runs</source>
        <translation>عمليات التدريب</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="68"/>
        <source>Exports</source>
        <translation>عمليات التصدير</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="69"/>
        <source>Tokenizers</source>
        <translation>المُرمِّزات</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="73"/>
        <location filename="../gui/pages/models.py" line="84"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="74"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="75"/>
        <source>Architecture</source>
        <translation>البنية</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="76"/>
        <source>Parameters</source>
        <translation>المعاملات</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="77"/>
        <location filename="../gui/pages/models.py" line="96"/>
        <source>Type</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="78"/>
        <location filename="../gui/pages/models.py" line="99"/>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="79"/>
        <location filename="../gui/pages/models.py" line="90"/>
        <location filename="../gui/pages/models.py" line="100"/>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="85"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="86"/>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="87"/>
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="88"/>
        <source>Train loss</source>
        <translation>خسارة التدريب</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="89"/>
        <source>Held-out loss</source>
        <translation>الخسارة على المحجوز</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="95"/>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="97"/>
        <source>Verification</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="98"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="103"/>
        <source>Lineage of the selected item</source>
        <translation>نسب العنصر المحدد</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="104"/>
        <source>Import a model folder…</source>
        <translation>استيراد مجلد نموذج…</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="105"/>
        <source>Import a GGUF file…</source>
        <translation>استيراد ملف GGUF…</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="106"/>
        <location filename="../gui/pages/models.py" line="250"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="115"/>
        <source>built-in</source>
        <translation>مضمَّن</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="116"/>
        <source>imported</source>
        <translation>مستورد</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="117"/>
        <source>merged</source>
        <translation>مدمج</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="118"/>
        <source>extended</source>
        <translation>موسّع</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="138"/>
        <source>completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="139"/>
        <source>running</source>
        <translation>قيد التشغيل</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="140"/>
        <source>cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="142"/>
        <source>interrupted</source>
        <translation>مقاطَع</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="162"/>
        <source>verified</source>
        <translation>تم التحقق</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="141"/>
        <location filename="../gui/pages/models.py" line="163"/>
        <source>failed</source>
        <translation>فاشل</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="164"/>
        <source>unverified</source>
        <translation>غير متحقق</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="206"/>
        <source>Hugging Face model folder</source>
        <translation>مجلد نموذج Hugging Face</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="208"/>
        <source>GGUF file</source>
        <translation>ملف GGUF</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="221"/>
        <source>Imported {name}.</source>
        <translation>استُورد {name}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="247"/>
        <source>Select a model or an export to remove.</source>
        <translation>اختر نموذجًا أو تصديرًا لإزالته.</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="250"/>
        <source>Remove {obj} and its files?</source>
        <translation>إزالة {obj} وملفاته؟</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="263"/>
        <source>Removed.</source>
        <translation>أُزيل.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../gui/pages/people.py" line="131"/>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="135"/>
        <location filename="../gui/pages/people.py" line="146"/>
        <source>Give this workspace people</source>
        <translation>أضف أشخاصًا إلى مساحة العمل هذه</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="138"/>
        <source>Each person gets their own passphrase, keys and role, and every record of the audit log names who acted. You become the first admin, with the workspace passphrase as your own; from then on only people unlock the workspace, each with their own passphrase.</source>
        <translation>يحصل كل شخص على عبارة مرور ومفاتيح ودور خاصة به، ويذكر كل سجل في سجل التدقيق من قام بالإجراء. تصبح أنت المسؤول الأول، وعبارة مرور مساحة العمل هي عبارتك؛ ومن ثم لا يفتح مساحة العمل إلا الأشخاص، كلٌّ بعبارة مروره.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="143"/>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="144"/>
        <source>Workspace passphrase</source>
        <translation>عبارة مرور مساحة العمل</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="145"/>
        <location filename="../gui/pages/people.py" line="175"/>
        <source>one word, e.g. asha.rao</source>
        <translation>كلمة واحدة، مثل asha.rao</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="147"/>
        <source>People of this workspace</source>
        <translation>أشخاص مساحة العمل هذه</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="150"/>
        <location filename="../gui/pages/people.py" line="166"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="151"/>
        <location filename="../gui/pages/people.py" line="167"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="152"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="153"/>
        <source>Signing key</source>
        <translation>مفتاح التوقيع</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="154"/>
        <source>Added</source>
        <translation>أُضيف</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="155"/>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="158"/>
        <source>Show removed people</source>
        <translation>إظهار الأشخاص المُزالين</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="159"/>
        <source>Role of the selected person</source>
        <translation>دور الشخص المحدد</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="160"/>
        <source>Change role</source>
        <translation>تغيير الدور</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="161"/>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="162"/>
        <source>Add a person</source>
        <translation>إضافة شخص</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="168"/>
        <source>Their passphrase (12+ characters)</source>
        <translation>عبارة مروره (12+ حرفًا)</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="169"/>
        <location filename="../gui/pages/people.py" line="180"/>
        <source>Repeat it</source>
        <translation>أعد كتابتها</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="170"/>
        <source>Your passphrase (admin)</source>
        <translation>عبارة مرورك (المسؤول)</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="176"/>
        <source>typed by them</source>
        <translation>يكتبها هو</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="177"/>
        <source>Add</source>
        <translation>أضف</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="178"/>
        <source>My passphrase</source>
        <translation>عبارة مروري</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="180"/>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="180"/>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="183"/>
        <source>Change my passphrase</source>
        <translation>تغيير عبارة مروري</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="205"/>
        <source>No workspace yet: create it on the Workspace page.</source>
        <translation>لا توجد مساحة عمل بعد: أنشئها في صفحة مساحة العمل.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="209"/>
        <source>This workspace has one passphrase and no people: whoever holds the passphrase may do everything, and the audit log cannot say who acted.</source>
        <translation>لمساحة العمل هذه عبارة مرور واحدة ولا أشخاص: من يملك العبارة يفعل كل شيء، ولا يستطيع سجل التدقيق أن يذكر من قام بالإجراء.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="216"/>
        <source>Nobody is signed in: sign in on the Workspace page.</source>
        <translation>لم يسجّل أحد الدخول: سجّل الدخول في صفحة مساحة العمل.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="220"/>
        <source>Only an admin adds or removes people and changes roles; you are {role}.</source>
        <translation>المسؤول وحده يضيف الأشخاص ويزيلهم ويغيّر الأدوار؛ وأنت {role}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="261"/>
        <source>Sign in first (Workspace page).</source>
        <translation>سجّل الدخول أولًا (صفحة مساحة العمل).</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="282"/>
        <source>{name} is the admin of this workspace and signs in with their passphrase.</source>
        <translation>{name} هو مسؤول مساحة العمل هذه ويسجّل الدخول بعبارة مروره.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="295"/>
        <location filename="../gui/pages/people.py" line="408"/>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="311"/>
        <source>Added {name} ({role}).</source>
        <translation>أُضيف {name} ({role}).</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="329"/>
        <source>{name} is now {role}.</source>
        <translation>{name} الآن {role}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="341"/>
        <source>Remove a person</source>
        <translation>إزالة شخص</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="343"/>
        <source>Remove {name}? Their keys are deleted: they can no longer sign in, approve or open anything in this workspace. Their name stays in the audit log. This cannot be undone.</source>
        <translation>إزالة {name}؟ تُحذف مفاتيحه: لن يستطيع بعدها تسجيل الدخول أو الموافقة أو فتح أي شيء في مساحة العمل هذه. يبقى اسمه في سجل التدقيق. لا يمكن التراجع عن هذا.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="359"/>
        <source>Rotate the master key?</source>
        <translation>تدوير المفتاح الرئيسي؟</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="361"/>
        <source>Removed {name}: their keys are deleted. Rotate the master key now, so that a copy of the catalog taken before opens nothing new? Every data key is rewrapped; it takes your passphrase.</source>
        <translation>أُزيل {name}: حُذفت مفاتيحه. هل تدوّر المفتاح الرئيسي الآن، كي لا تفتح نسخة من الفهرس أُخذت من قبل أي شيء جديد؟ يُعاد تغليف كل مفتاح بيانات؛ ويتطلب ذلك عبارة مرورك.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="367"/>
        <source>Rotate now</source>
        <translation>دوّر الآن</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="368"/>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="374"/>
        <source>Removed {name}. Rotate the master key soon (Workspace page).</source>
        <translation>أُزيل {name}. دوّر المفتاح الرئيسي قريبًا (صفحة مساحة العمل).</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="378"/>
        <source>Rotate the master key</source>
        <translation>تدوير المفتاح الرئيسي</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="378"/>
        <source>Your passphrase</source>
        <translation>عبارة مرورك</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="397"/>
        <source>New master key; {n} data keys rewrapped.</source>
        <translation>مفتاح رئيسي جديد؛ أُعيد تغليف {n} من مفاتيح البيانات.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="418"/>
        <source>Your passphrase is changed; use it to sign in.</source>
        <translation>تغيّرت عبارة مرورك؛ استخدمها لتسجيل الدخول.</translation>
    </message>
</context>
<context>
    <name>PlaygroundPage</name>
    <message>
        <location filename="../gui/pages/playground.py" line="275"/>
        <source>Playground</source>
        <translation>ساحة التجربة</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="280"/>
        <source>Ask both models the same thing. They run here through llama.cpp; nothing leaves this machine. Only exports that passed verification are listed.</source>
        <translation>اسأل النموذجين السؤال نفسه. يعملان هنا عبر llama.cpp؛ لا يغادر شيء هذا الجهاز. تظهر فقط عمليات التصدير التي اجتازت التحقق.</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="284"/>
        <source>System prompt</source>
        <translation>موجّه النظام</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="285"/>
        <source>Optional: how the models should answer, for both panes</source>
        <translation>اختياري: كيف يجب أن يجيب النموذجان، في الجزأين كليهما</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="286"/>
        <source>Temperature</source>
        <translation>درجة الحرارة</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="287"/>
        <source>0 always picks the likeliest token; higher values vary more.</source>
        <translation>القيمة 0 تختار دائمًا الرمز الأرجح؛ والقيم الأعلى تنوّع أكثر.</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="288"/>
        <source>Max tokens</source>
        <translation>الحد الأقصى للرموز</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="289"/>
        <source>The longest answer, in tokens; a longer one is cut and marked.</source>
        <translation>أطول إجابة، بالرموز؛ تُقطع الإجابة الأطول ويُشار إلى ذلك.</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="290"/>
        <source>Use documents</source>
        <translation>استخدام المستندات</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="291"/>
        <source>Answer from a document collection, with numbered sources (Documents page).</source>
        <translation>الإجابة من مجموعة مستندات، مع مصادر مرقّمة (صفحة المستندات).</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="292"/>
        <source>Saved conversations (encrypted)</source>
        <translation>المحادثات المحفوظة (مشفّرة)</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="293"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="294"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="295"/>
        <source>Type a message and press Enter</source>
        <translation>اكتب رسالة واضغط Enter</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="296"/>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="297"/>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="298"/>
        <source>New conversation</source>
        <translation>محادثة جديدة</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="311"/>
        <source>(no model)</source>
        <translation>(لا نموذج)</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="351"/>
        <source>Unlock the workspace to see and save conversations.</source>
        <translation>افتح قفل مساحة العمل لعرض المحادثات وحفظها.</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="388"/>
        <source>Reopened; %1 is no longer exported here, so pick a model for that pane.</source>
        <translation>أُعيد فتحها؛ لم يعد %1 مصدَّرًا هنا، فاختر نموذجًا لذلك الجزء.</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="400"/>
        <source>Delete conversation</source>
        <translation>حذف المحادثة</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="401"/>
        <source>Destroy the conversation “%1” for good? Its key is destroyed; it cannot be recovered.</source>
        <translation>إتلاف المحادثة “%1” نهائيًا؟ سيُتلف مفتاحها؛ ولا يمكن استعادتها.</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="464"/>
        <source>Export a model first (Export page).</source>
        <translation>صدّر نموذجًا أولًا (صفحة التصدير).</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="468"/>
        <source>Use documents needs a document collection (Documents page) and the workspace unlocked.</source>
        <translation>يتطلب استخدام المستندات مجموعة مستندات (صفحة المستندات) ومساحة عمل مفتوحة.</translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message>
        <location filename="../gui/core_text.py" line="145"/>
        <source>Checking</source>
        <translation>الفحص</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="141"/>
        <source>Converting</source>
        <translation>التحويل</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="135"/>
        <source>Copying</source>
        <translation>النسخ</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="137"/>
        <source>Encrypting</source>
        <translation>التشفير</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="138"/>
        <source>Evaluating</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="144"/>
        <source>Hashing</source>
        <translation>حساب البصمة</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="148"/>
        <source>Inspecting</source>
        <translation>المعاينة</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="139"/>
        <source>Judging</source>
        <translation>التحكيم</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="134"/>
        <source>Learning the new tokens</source>
        <translation>تعلّم الرموز الجديدة</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="150"/>
        <source>Loading</source>
        <translation>التحميل</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="151"/>
        <source>Measuring bits per character</source>
        <translation>قياس البتات لكل حرف</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="133"/>
        <source>Merging</source>
        <translation>الدمج</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="131"/>
        <source>Preparing</source>
        <translation>التجهيز</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="142"/>
        <source>Quantizing</source>
        <translation>التكميم</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="146"/>
        <source>Reading</source>
        <translation>القراءة</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="140"/>
        <source>Rebasing</source>
        <translation>إعادة التأسيس</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="149"/>
        <source>Rebuilding the tokenizer</source>
        <translation>إعادة بناء المُرمِّز</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="132"/>
        <source>Training</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="136"/>
        <source>Validating</source>
        <translation>التحقق من الصحة</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="143"/>
        <source>Verifying</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="147"/>
        <source>Writing the weights</source>
        <translation>كتابة الأوزان</translation>
    </message>
</context>
<context>
    <name>ReviewSection</name>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="98"/>
        <source>Review queue</source>
        <translation>قائمة المراجعة</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="99"/>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="103"/>
        <source>items with feedback</source>
        <translation>العناصر ذات الملاحظات</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="104"/>
        <source>new items</source>
        <translation>العناصر الجديدة</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="105"/>
        <source>all items</source>
        <translation>كل العناصر</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="109"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="109"/>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="109"/>
        <source>Rating</source>
        <translation>التقييم</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="109"/>
        <source>Corrected</source>
        <translation>مصحَّح</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="109"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="111"/>
        <source>Answer to learn (edit it, then Accept with edit)</source>
        <translation>الإجابة المراد تعلّمها (عدّلها ثم «اقبل مع التعديل»)</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="112"/>
        <source>Text to redact: type it, or select it above</source>
        <translation>النص المراد حجبه: اكتبه أو حدّده في الأعلى</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="113"/>
        <source>Redact</source>
        <translation>احجب</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="115"/>
        <source>Replaced by [redacted] everywhere in the item (prompt, answer, corrections) when you decide.</source>
        <translation>يُستبدل بـ [redacted] في كل مكان من العنصر (الطلب، الإجابة، التصحيحات) عند اتخاذ القرار.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="117"/>
        <source>Accept</source>
        <translation>اقبل</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="118"/>
        <source>Learn the correction, or the answer given when it was rated good.</source>
        <translation>تعلّم التصحيح، أو الإجابة المقدَّمة إن قُيّمت جيدة.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="119"/>
        <source>Accept with edit</source>
        <translation>اقبل مع التعديل</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="120"/>
        <source>Learn the text in the box above instead.</source>
        <translation>تعلّم النص في المربع أعلاه بدلًا من ذلك.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="121"/>
        <source>Reject</source>
        <translation>ارفض</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="122"/>
        <source>Nothing is learnt from this item.</source>
        <translation>لا يُتعلَّم شيء من هذا العنصر.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="125"/>
        <source>chat rows (supervised)</source>
        <translation>صفوف محادثة (إشرافي)</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="126"/>
        <source>preference pairs</source>
        <translation>أزواج تفضيل</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="127"/>
        <source>judgements (good/bad)</source>
        <translation>أحكام (جيد/سيئ)</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="129"/>
        <source>Make dataset from accepted</source>
        <translation>أنشئ مجموعة بيانات من المقبول</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="134"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="134"/>
        <source>chat</source>
        <translation>محادثة</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="134"/>
        <source>Playground</source>
        <translation>ساحة التجربة</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="139"/>
        <source>good</source>
        <translation>جيد</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="139"/>
        <source>bad</source>
        <translation>سيئ</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="158"/>
        <source>new</source>
        <translation>جديد</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="158"/>
        <source>accepted</source>
        <translation>مقبول</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="158"/>
        <source>rejected</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="167"/>
        <source>yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="167"/>
        <source>no</source>
        <translation>لا</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="179"/>
        <source>{n} accepted item(s) not yet in a dataset</source>
        <translation>{n} عنصر مقبول لم يدخل مجموعة بيانات بعد</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="205"/>
        <source>Capture is off for this line: switch it on to record what it serves.</source>
        <translation>الالتقاط متوقف لهذا الخط: شغّله لتسجيل ما يقدّمه.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="208"/>
        <source>No feedback yet. Items appear here when people rate or correct an answer: under a Playground answer of this line, or through POST /v1/feedback. Show new items to review the rest.</source>
        <translation>لا ملاحظات بعد. تظهر العناصر هنا حين يقيّم الناس إجابة أو يصحّحونها: تحت إجابة لهذا الخط في ساحة التجربة، أو عبر POST /v1/feedback. اعرض العناصر الجديدة لمراجعة الباقي.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="212"/>
        <source>No new items: everything captured has been reviewed.</source>
        <translation>لا عناصر جديدة: رُوجع كل ما التُقط.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="214"/>
        <source>Nothing captured yet.</source>
        <translation>لم يُلتقط شيء بعد.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="285"/>
        <source>Unlock the workspace to read the selected item (Workspace page).</source>
        <translation>افتح مساحة العمل لقراءة العنصر المحدد (صفحة مساحة العمل).</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="287"/>
        <source>Select an item to read it. Each read is recorded in the audit log.</source>
        <translation>حدّد عنصرًا لقراءته. تُسجَّل كل قراءة في سجل التدقيق.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="293"/>
        <source>System</source>
        <translation>النظام</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="293"/>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="293"/>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="298"/>
        <source>Answer given</source>
        <translation>الإجابة المقدَّمة</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="306"/>
        <source>Feedback ({source}, {when})</source>
        <translation>ملاحظة ({source}، {when})</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="310"/>
        <source>Correction</source>
        <translation>التصحيح</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="312"/>
        <source>The reviewer&apos;s edit</source>
        <translation>تعديل المراجِع</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="328"/>
        <source>Type the text to redact, or select it in the item first.</source>
        <translation>اكتب النص المراد حجبه، أو حدّده في العنصر أولًا.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="342"/>
        <source>Replaced by [redacted] when you decide: {spans}</source>
        <translation>سيُستبدل بـ [redacted] عند اتخاذ القرار: {spans}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="353"/>
        <source>Write the answer to learn in the box first.</source>
        <translation>اكتب الإجابة المراد تعلّمها في المربع أولًا.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="358"/>
        <source>Item {id} accepted.</source>
        <translation>قُبل العنصر {id}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="358"/>
        <source>Item {id} rejected.</source>
        <translation>رُفض العنصر {id}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="380"/>
        <source>Dataset {name} version {version}: {rows} row(s) from {items} accepted item(s).</source>
        <translation>مجموعة البيانات {name} الإصدار {version}: {rows} صف من {items} عنصر مقبول.</translation>
    </message>
</context>
<context>
    <name>ServePage</name>
    <message>
        <location filename="../gui/pages/serve.py" line="110"/>
        <source>Serve</source>
        <translation>التقديم</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="115"/>
        <source>Serve exported models to programs on this computer through an OpenAI-compatible API. The server listens on 127.0.0.1 only, and every request needs the API token. Only exports that passed verification are listed.</source>
        <translation>قدّم النماذج المصدَّرة إلى البرامج على هذا الحاسوب عبر واجهة API متوافقة مع OpenAI. يستمع الخادم على 127.0.0.1 فقط، ويحتاج كل طلب إلى رمز وصول API. تظهر فقط عمليات التصدير التي اجتازت التحقق.</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="120"/>
        <source>Models to serve</source>
        <translation>النماذج المراد تقديمها</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="121"/>
        <source>Exports</source>
        <translation>عمليات التصدير</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="121"/>
        <source>Port</source>
        <translation>المنفذ</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="123"/>
        <source>any free port</source>
        <translation>أي منفذ متاح</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="124"/>
        <source>Start</source>
        <translation>بدء</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="125"/>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="126"/>
        <source>Server</source>
        <translation>الخادم</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="127"/>
        <location filename="../gui/pages/serve.py" line="137"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="127"/>
        <source>URL</source>
        <translation>العنوان (URL)</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="127"/>
        <source>Models</source>
        <translation>النماذج</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="129"/>
        <source>Copy URL</source>
        <translation>نسخ العنوان (URL)</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="130"/>
        <source>Copy token…</source>
        <translation>نسخ رمز الوصول…</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="131"/>
        <source>Requests (newest first)</source>
        <translation>الطلبات (الأحدث أولًا)</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="134"/>
        <source>Time (UTC)</source>
        <translation>الوقت (UTC)</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="135"/>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="136"/>
        <source>Endpoint</source>
        <translation>نقطة النهاية</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="138"/>
        <source>Tokens (prompt / answer)</source>
        <translation>الرموز (الموجّه / الإجابة)</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="139"/>
        <source>Latency (s)</source>
        <translation>زمن الاستجابة (ث)</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="220"/>
        <source>Serving {models} on {url}.</source>
        <translation>يُقدَّم {models} على {url}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="257"/>
        <source>The server stopped.</source>
        <translation>توقف الخادم.</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="259"/>
        <source>The server stopped; some requests were cut short at the end of the drain time.</source>
        <translation>توقف الخادم؛ قُطعت بعض الطلبات عند انتهاء مهلة إنهاء الطلبات الجارية.</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="299"/>
        <source>The server stopped unexpectedly; stopping its models.</source>
        <translation>توقف الخادم بشكل غير متوقع؛ جارٍ إيقاف نماذجه.</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="316"/>
        <source>(refused: no valid token)</source>
        <translation>(مرفوض: لا يوجد رمز مميز صالح)</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="327"/>
        <source>Refused: the request from {client} had no API token or a wrong one.</source>
        <translation>مرفوض: لم يحمل الطلب من {client} رمز API المميز أو حمل رمزاً خاطئاً.</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="344"/>
        <source>Not running.</source>
        <translation>لا يعمل.</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="345"/>
        <source>Starting…</source>
        <translation>جارٍ البدء…</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="346"/>
        <source>Running.</source>
        <translation>يعمل.</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="347"/>
        <source>Stopping…</source>
        <translation>جارٍ الإيقاف…</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="367"/>
        <source>The URL is in the clipboard.</source>
        <translation>العنوان (URL) في الحافظة.</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="373"/>
        <source>Copy the API token</source>
        <translation>نسخ رمز وصول API</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="375"/>
        <source>Anyone who has this token can use the served models through the API. Paste it only into a program you trust, and do not share it.</source>
        <translation>يستطيع أي شخص يملك هذا الرمز استخدام النماذج المقدَّمة عبر API. الصقه فقط في برنامج تثق به، ولا تشاركه مع أحد.</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="381"/>
        <source>Copy token</source>
        <translation>نسخ رمز الوصول</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="394"/>
        <source>The API token is in the clipboard.</source>
        <translation>رمز وصول API في الحافظة.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../gui/pages/settings.py" line="54"/>
        <location filename="../gui/pages/settings.py" line="57"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../gui/pages/settings.py" line="59"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../gui/pages/settings.py" line="59"/>
        <source>Training device</source>
        <translation>جهاز التدريب</translation>
    </message>
    <message>
        <location filename="../gui/pages/settings.py" line="59"/>
        <location filename="../gui/pages/settings.py" line="95"/>
        <source>Home directory</source>
        <translation>المجلد الرئيسي</translation>
    </message>
    <message>
        <location filename="../gui/pages/settings.py" line="68"/>
        <source>automatic (GPU if present)</source>
        <translation>تلقائي (GPU إن وُجد)</translation>
    </message>
    <message>
        <location filename="../gui/pages/settings.py" line="69"/>
        <source>CPU</source>
        <translation>المعالج (CPU)</translation>
    </message>
    <message>
        <location filename="../gui/pages/settings.py" line="70"/>
        <source>GPU (CUDA)</source>
        <translation>معالج الرسوميات (CUDA)</translation>
    </message>
    <message>
        <location filename="../gui/pages/settings.py" line="75"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../gui/pages/settings.py" line="76"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../gui/pages/settings.py" line="79"/>
        <source>The home holds the workspace: keys, datasets, models, runs, exports and the audit log. Everything in it is private to your user.</source>
        <translation>يضم المجلد الرئيسي مساحة العمل: المفاتيح ومجموعات البيانات والنماذج وعمليات التدريب والتصدير وسجل التدقيق. كل ما فيه خاص بمستخدمك.</translation>
    </message>
    <message>
        <location filename="../gui/pages/settings.py" line="106"/>
        <source>Opened {path}.</source>
        <translation>فُتح {path}.</translation>
    </message>
</context>
<context>
    <name>SourceList</name>
    <message>
        <location filename="../gui/pages/documents.py" line="80"/>
        <source>p. {page}</source>
        <translation>ص. {page}</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="81"/>
        <source>{document} v{version}</source>
        <translation>{document}، الإصدار {version}</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="86"/>
        <source>The collection holds no text in the question&apos;s script: no sources.</source>
        <translation>لا تحوي المجموعة نصًا بخط السؤال: لا مصادر.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="88"/>
        <source>The collection holds no documents yet: no sources.</source>
        <translation>لا تحوي المجموعة أي مستند بعد: لا مصادر.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="89"/>
        <source>No document matched the question: no sources.</source>
        <translation>لم يطابق أي مستند السؤال: لا مصادر.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="101"/>
        <source>Sources (bold: cited in the answer; click one to read it):</source>
        <translation>المصادر (الغامق: مذكور في الإجابة؛ انقر مصدرًا لقراءته):</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="119"/>
        <source>{collection}, {document} version {version}, chunk {chunk} (score {score})</source>
        <translation>{collection}، {document} الإصدار {version}، المقطع {chunk} (الدرجة {score})</translation>
    </message>
</context>
<context>
    <name>TimelineSection</name>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="77"/>
        <source>queued</source>
        <translation>في الانتظار</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="78"/>
        <source>making its dataset</source>
        <translation>يُعدّ مجموعة بياناته</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="79"/>
        <source>training</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="80"/>
        <source>merging</source>
        <translation>الدمج</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="81"/>
        <source>exporting</source>
        <translation>التصدير</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="82"/>
        <source>judging</source>
        <translation>التحكيم</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="83"/>
        <source>promoted</source>
        <translation>رُقّي</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="84"/>
        <source>waiting for your approval</source>
        <translation>بانتظار موافقتك</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="85"/>
        <source>refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="86"/>
        <source>failed</source>
        <translation>فاشل</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="87"/>
        <source>cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="88"/>
        <source>not enough new data</source>
        <translation>لا بيانات جديدة كافية</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="93"/>
        <source>Retraining</source>
        <translation>إعادة التدريب</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="94"/>
        <location filename="../gui/pages/lifecycle_timeline.py" line="95"/>
        <source>Drift alarm</source>
        <translation>إنذار انجراف</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="96"/>
        <source>Dataset version</source>
        <translation>إصدار مجموعة بيانات</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="97"/>
        <location filename="../gui/pages/lifecycle_timeline.py" line="98"/>
        <source>Promotion</source>
        <translation>الترقية</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="99"/>
        <source>Approval</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="100"/>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="101"/>
        <source>Rebase</source>
        <translation>إعادة التأسيس</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="105"/>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="106"/>
        <source>Retrain now</source>
        <translation>أعد التدريب الآن</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="109"/>
        <source>Make a dataset from the accepted feedback, train, merge, export and judge a candidate, then promote it as the line&apos;s policy says (or wait for your approval).</source>
        <translation>أنشئ مجموعة بيانات من الملاحظات المقبولة، ودرّب مرشحًا وادمجه وصدّره وحكّمه، ثم رقّه كما تقول سياسة الخط (أو انتظر موافقتك).</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="113"/>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="113"/>
        <source>What</source>
        <translation>ماذا</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="113"/>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="113"/>
        <source>Detail</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="114"/>
        <source>Approve</source>
        <translation>وافق</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="115"/>
        <source>Promote the run&apos;s model to production.</source>
        <translation>رقِّ نموذج التشغيل إلى الإنتاج.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="116"/>
        <source>Refuse</source>
        <translation>ارفض</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="117"/>
        <source>Keep production as it is; the run&apos;s model stays a candidate.</source>
        <translation>أبقِ الإنتاج كما هو؛ يبقى نموذج التشغيل مرشحًا.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="118"/>
        <location filename="../gui/pages/lifecycle_timeline.py" line="252"/>
        <source>Cancel the run</source>
        <translation>ألغِ التشغيل</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="121"/>
        <source>Nothing has happened on this line yet. Drift alarms, retraining runs, new dataset versions and promotions appear here, newest first. Retrain now starts a run by hand.</source>
        <translation>لم يحدث شيء على هذا الخط بعد. تظهر هنا إنذارات الانجراف وعمليات إعادة التدريب وإصدارات مجموعات البيانات الجديدة والترقيات، الأحدث أولًا. يبدأ «أعد التدريب الآن» تشغيلًا يدويًا.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="183"/>
        <source>No retraining policy for this line: it is retrained only by hand (Retrain now).</source>
        <translation>لا سياسة إعادة تدريب لهذا الخط: يُعاد تدريبه يدويًا فقط («أعد التدريب الآن»).</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="187"/>
        <source>a drift alarm</source>
        <translation>إنذار انجراف</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="189"/>
        <source>{n} accepted feedback items</source>
        <translation>{n} من الملاحظات المقبولة</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="191"/>
        <source>a new version of {datasets}</source>
        <translation>إصدار جديد من {datasets}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="193"/>
        <source>every {hours} hours</source>
        <translation>كل {hours} ساعة</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="196"/>
        <source>a retrained model waits for your approval before production</source>
        <translation>ينتظر النموذج المعاد تدريبه موافقتك قبل الإنتاج</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="198"/>
        <source>a retrained model that passes the line&apos;s gate goes to production</source>
        <translation>يذهب النموذج المعاد تدريبه الذي يجتاز بوابة الخط إلى الإنتاج</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="201"/>
        <source>Retraining policy: by hand only; {then}.</source>
        <translation>سياسة إعادة التدريب: يدويًا فقط؛ {then}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="202"/>
        <source>Retraining policy: {starts} start a retrain; {then}.</source>
        <translation>سياسة إعادة التدريب: {starts} تبدأ إعادة تدريب؛ {then}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="253"/>
        <source>Stop retraining run {id}? What it made so far is kept; nothing is promoted.</source>
        <translation>أأوقف تشغيل إعادة التدريب {id}؟ يُحتفظ بما أنتجه حتى الآن؛ ولا يُرقّى شيء.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="259"/>
        <source>Run {id} approved: its model is promoted.</source>
        <translation>وُوفق على التشغيل {id}: رُقّي نموذجه.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="260"/>
        <source>Run {id} refused: production is unchanged.</source>
        <translation>رُفض التشغيل {id}: الإنتاج دون تغيير.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="261"/>
        <source>Run {id} is being cancelled.</source>
        <translation>يجري إلغاء التشغيل {id}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="281"/>
        <source>Retraining run {id} failed (production is unchanged): {error}</source>
        <translation>فشل تشغيل إعادة التدريب {id} (الإنتاج دون تغيير): {error}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="286"/>
        <source>Retraining run {id}: {state}.</source>
        <translation>تشغيل إعادة التدريب {id}: {state}.</translation>
    </message>
</context>
<context>
    <name>TokenizerTab</name>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="181"/>
        <location filename="../gui/pages/tokenizers.py" line="191"/>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="181"/>
        <source>Compare with</source>
        <translation>المقارنة مع</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="181"/>
        <source>Corpus</source>
        <translation>المدوّنة النصية</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="185"/>
        <source>a dataset of this workspace, or a text, Markdown or JSONL file</source>
        <translation>مجموعة بيانات من مساحة العمل هذه، أو ملف نصي أو Markdown أو JSONL</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="187"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="188"/>
        <source>Measure tokens per character</source>
        <translation>قياس الرموز لكل حرف</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="192"/>
        <location filename="../gui/pages/tokenizers.py" line="225"/>
        <source>Script</source>
        <translation>نظام الكتابة</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="193"/>
        <source>Lines</source>
        <translation>الأسطر</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="194"/>
        <source>Tokens</source>
        <translation>الرموز</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="195"/>
        <source>Tokens per character</source>
        <translation>الرموز لكل حرف</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="196"/>
        <source>Tokens per word</source>
        <translation>الرموز لكل كلمة</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="197"/>
        <source>Byte fallback</source>
        <translation>الرجوع إلى البايتات</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="201"/>
        <source>Extend the vocabulary</source>
        <translation>توسيع المفردات</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="205"/>
        <source>Base model</source>
        <translation>النموذج الأساسي</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="206"/>
        <source>Corpus datasets</source>
        <translation>مجموعات بيانات المدوّنة النصية</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="207"/>
        <source>Scripts</source>
        <translation>أنظمة الكتابة</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="208"/>
        <source>New tokens</source>
        <translation>رموز جديدة</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="209"/>
        <source>New model name</source>
        <translation>اسم النموذج الجديد</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="214"/>
        <source>Check one or more text datasets in the languages to extend for.</source>
        <translation>حدّد مجموعة بيانات نصية واحدة أو أكثر باللغات المراد التوسيع لها.</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="215"/>
        <source>No datasets yet: import a text corpus on the Datasets page.</source>
        <translation>لا توجد مجموعات بيانات بعد: استورد مدوّنة نصية من صفحة مجموعات البيانات.</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="216"/>
        <source>ta, hi — empty: the corpus&apos;s own scripts</source>
        <translation>ta, hi — فارغ: أنظمة كتابة المدوّنة النصية نفسها</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="218"/>
        <source>Language codes (ta, hi, bn…) or Unicode script names (Tamil, Devanagari…), comma-separated.</source>
        <translation>رموز اللغات (ta, hi, bn…) أو أسماء أنظمة الكتابة في يونيكود (Tamil, Devanagari…)، مفصولة بفواصل.</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="220"/>
        <source>How many tokens to add, all scripts together.</source>
        <translation>عدد الرموز المراد إضافتها، لجميع أنظمة الكتابة معًا.</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="221"/>
        <source>e.g. smollm2-ta</source>
        <translation>مثلًا smollm2-ta</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="222"/>
        <source>Extend</source>
        <translation>توسيع</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="226"/>
        <source>Tokens per character, before</source>
        <translation>الرموز لكل حرف، قبل</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="227"/>
        <source>Tokens per character, after</source>
        <translation>الرموز لكل حرف، بعد</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="228"/>
        <source>Change</source>
        <translation>التغيّر</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="239"/>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="298"/>
        <source>Choose a base model to extend.</source>
        <translation>اختر نموذجًا أساسيًا لتوسيعه.</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="301"/>
        <source>Check at least one corpus dataset.</source>
        <translation>حدّد مجموعة بيانات واحدة على الأقل للمدوّنة النصية.</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="304"/>
        <source>Give the new model a name.</source>
        <translation>أعطِ النموذج الجديد اسمًا.</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="310"/>
        <source>Registered {name}.</source>
        <translation>سُجّل {name}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="371"/>
        <source>Registered {name} as a new base model ({family}): {added} tokens added for {scripts} (ids {first}–{last}). Tokens per character on held-out lines:</source>
        <translation>سُجّل {name} نموذجًا أساسيًا جديدًا ({family}): أُضيفت {added} من الرموز (أنظمة الكتابة: {scripts}؛ المعرّفات {first}–{last}). الرموز لكل حرف على الأسطر المحجوزة للتقييم:</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="384"/>
        <source>Train the new rows before using {name}: until then the new tokens&apos; embeddings are only averages of the pieces they replace. Use a training recipe with [tokenizer] train_new_rows = true (appliance train --train-new-rows).</source>
        <translation>درّب الصفوف الجديدة قبل استخدام {name}: حتى ذلك الحين ليست تضمينات الرموز الجديدة إلا متوسطات للأجزاء التي تحلّ محلها. استخدم وصفة تدريب فيها [tokenizer] train_new_rows = true ‏(appliance train --train-new-rows).</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="392"/>
        <source>Corpus file</source>
        <translation>ملف المدوّنة النصية</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="392"/>
        <source>Text (*.txt *.md *.jsonl);;All files (*)</source>
        <translation>نصوص (*.txt *.md *.jsonl);;كل الملفات (*)</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="405"/>
        <source>Choose a model and a corpus.</source>
        <translation>اختر نموذجًا ومدوّنة نصية.</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="421"/>
        <source>Latin</source>
        <translation>اللاتينية</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="422"/>
        <source>Devanagari</source>
        <translation>الديفاناغارية</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="423"/>
        <source>Bengali</source>
        <translation>البنغالية</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="424"/>
        <source>Gurmukhi</source>
        <translation>الغورموخية</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="425"/>
        <source>Gujarati</source>
        <translation>الغوجاراتية</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="426"/>
        <source>Odia</source>
        <translation>الأورية</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="427"/>
        <source>Tamil</source>
        <translation>التاميلية</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="428"/>
        <source>Telugu</source>
        <translation>التيلوغوية</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="429"/>
        <source>Kannada</source>
        <translation>الكنادية</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="430"/>
        <source>Malayalam</source>
        <translation>المالايالامية</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="431"/>
        <source>Sinhala</source>
        <translation>السنهالية</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="432"/>
        <source>Thai</source>
        <translation>التايلاندية</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="433"/>
        <source>Myanmar</source>
        <translation>البورمية</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="434"/>
        <source>Khmer</source>
        <translation>الخميرية</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="435"/>
        <source>Ethiopic</source>
        <translation>الإثيوبية (الجعزية)</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="436"/>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="437"/>
        <source>Hebrew</source>
        <translation>العبرية</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="438"/>
        <source>Cyrillic</source>
        <translation>السيريلية</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="439"/>
        <source>Greek</source>
        <translation>اليونانية</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="440"/>
        <source>Han (Chinese characters)</source>
        <translation>الهان (الحروف الصينية)</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="441"/>
        <source>Hangul</source>
        <translation>الهانغول</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="442"/>
        <source>Hiragana</source>
        <translation>الهيراغانا</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="443"/>
        <source>Katakana</source>
        <translation>الكاتاكانا</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="444"/>
        <source>Other scripts</source>
        <translation>أنظمة كتابة أخرى</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="360"/>
        <location filename="../gui/pages/tokenizers.py" line="453"/>
        <source>English (control)</source>
        <translation>الإنجليزية (مرجع للمقارنة)</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <location filename="../gui/pages/train.py" line="204"/>
        <source>Train</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="212"/>
        <source>loss</source>
        <translation>الخسارة</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="214"/>
        <source>training</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="215"/>
        <source>held-out</source>
        <translation>المحجوز</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="218"/>
        <source>reward margin</source>
        <translation>هامش المكافأة</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="219"/>
        <source>preference accuracy</source>
        <translation>دقة التفضيل</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="226"/>
        <source>Base model</source>
        <translation>النموذج الأساسي</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="227"/>
        <source>Dataset</source>
        <translation>مجموعة البيانات</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="228"/>
        <source>Preset</source>
        <translation>الإعداد المسبق</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="229"/>
        <source>Run name</source>
        <translation>اسم التشغيل</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="230"/>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="231"/>
        <source>Objective</source>
        <translation>الهدف</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="232"/>
        <source>Beta (preference)</source>
        <translation>Beta (التفضيل)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="233"/>
        <source>Learning rate</source>
        <translation>معدل التعلم</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="234"/>
        <source>Epochs</source>
        <translation>الحقب</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="235"/>
        <source>Max steps (0: epochs)</source>
        <translation>أقصى عدد خطوات (0: الحقب)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="236"/>
        <source>Batch size</source>
        <translation>حجم الدفعة</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="237"/>
        <source>Sequence length</source>
        <translation>طول التسلسل</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="238"/>
        <source>LoRA rank</source>
        <translation>رتبة LoRA</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="239"/>
        <source>LoRA alpha</source>
        <translation>ألفا LoRA</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="240"/>
        <source>Precision</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="241"/>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="242"/>
        <source>Processes</source>
        <translation>العمليات</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="243"/>
        <source>Packing</source>
        <translation>الحزم</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="244"/>
        <source>New vocabulary rows</source>
        <translation>صفوف المفردات الجديدة</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="249"/>
        <source>several rows per sequence</source>
        <translation>عدة صفوف في كل تسلسل</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="250"/>
        <source>train the rows a vocabulary extension added</source>
        <translation>تدريب الصفوف التي أضافها توسيع المفردات</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="265"/>
        <source>Spread the run over this many processes: the same run and the same loss curve, each step shared among them. On the CPU, one process per core at most; on a GPU machine (device CUDA), one process per GPU.</source>
        <translation>وزّع التشغيل على هذا العدد من العمليات: التشغيل نفسه ومنحنى الخسارة نفسه، وكل خطوة مقسومة بينها. على المعالج (CPU) عملية واحدة لكل نواة على الأكثر؛ وعلى جهاز فيه معالجات رسوميات (الجهاز CUDA) عملية واحدة لكل معالج رسوميات.</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="271"/>
        <source>Fine-tune</source>
        <translation>الضبط الدقيق</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="272"/>
        <source>Start training</source>
        <translation>ابدأ التدريب</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="273"/>
        <source>Cancel (saves a checkpoint)</source>
        <translation>إلغاء (يحفظ نقطة تحقق)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="274"/>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="275"/>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="343"/>
        <source>A run named {name} already exists: choose another name.</source>
        <translation>يوجد تشغيل باسم {name} مسبقاً: اختر اسماً آخر.</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="344"/>
        <source>automatic: {name}</source>
        <translation>تلقائي: {name}</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="386"/>
        <source>{n} GPUs</source>
        <translation>{n} من معالجات الرسوميات (GPU)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="394"/>
        <source>{device}, {n} processes</source>
        <translation>{device}، {n} من العمليات</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="437"/>
        <source>Asked run {name} to stop: it stops at its next step and keeps a checkpoint…</source>
        <translation>طُلب من التشغيل {name} أن يتوقف: سيتوقف عند خطوته التالية ويحتفظ بنقطة تحقق…</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="444"/>
        <source>Run {name} completed: train loss {loss}. Merge it on the Export page.</source>
        <translation>اكتمل التشغيل {name}: خسارة التدريب {loss}. ادمجه في صفحة التصدير.</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="457"/>
        <source>Run {name} is training in a process of its own (started by an earlier window or in a terminal): {done}/{total} steps at its last checkpoint, loss {loss}. Cancel asks it to stop at its next step and keep a checkpoint.</source>
        <translation>التشغيل {name} يتدرّب في عملية خاصة به (بدأته نافذة سابقة أو طرفية): {done}/{total} خطوة عند آخر نقطة تحقق، الخسارة {loss}. يطلب زر الإلغاء منه التوقف عند خطوته التالية والاحتفاظ بنقطة تحقق.</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="496"/>
        <source>Step {s}/{t}   loss {loss}   {tps} tokens/s   time left {eta}   memory {mem}</source>
        <translation>الخطوة {s}/{t}   الخسارة {loss}   {tps} رمز/ث   الوقت المتبقي {eta}   الذاكرة {mem}</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="505"/>
        <source>   reward margin {margin}   preference accuracy {accuracy}</source>
        <translation>   هامش المكافأة {margin}   دقة التفضيل {accuracy}</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="211"/>
        <source>step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="338"/>
        <source>QLoRA needs an NVIDIA GPU and none is visible here: choose LoRA (or full).</source>
        <translation>يحتاج QLoRA إلى وحدة معالجة رسومات NVIDIA ولا توجد أي وحدة مرئية هنا: اختر LoRA (أو full).</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="340"/>
        <source>Import a dataset first (Datasets page).</source>
        <translation>استورد مجموعة بيانات أولًا (صفحة مجموعات البيانات).</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="380"/>
        <source>This run cannot start on this machine: {reason}</source>
        <translation>لا يمكن بدء هذا التشغيل على هذا الجهاز: {reason}</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="388"/>
        <source>GPU {n}</source>
        <translation>معالج الرسوميات (GPU) {n}</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="390"/>
        <source>CPU</source>
        <translation>المعالج (CPU)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="397"/>
        <source>This run will use: {device} · {precision}</source>
        <translation>سيستخدم هذا التشغيل: {device} · {precision}</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="416"/>
        <source>Preparing the run: loading the model and the data…</source>
        <translation>جارٍ تجهيز التشغيل: تحميل النموذج والبيانات…</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="421"/>
        <source>Stopping after this step and saving a checkpoint…</source>
        <translation>التوقف بعد هذه الخطوة وحفظ نقطة تحقق…</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="468"/>
        <source>Not running.</source>
        <translation>لا يعمل.</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="472"/>
        <source>completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="473"/>
        <source>running</source>
        <translation>قيد التشغيل</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="474"/>
        <source>cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="475"/>
        <source>failed</source>
        <translation>فاشل</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="476"/>
        <source>interrupted</source>
        <translation>مقاطَع</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="480"/>
        <source>Not running. The plot shows the latest run, {name} ({status}, {done}/{total} steps, final loss {loss}).</source>
        <translation>لا يعمل. يعرض الرسم أحدث تشغيل: {name} ({status}، {done}/{total} خطوة، الخسارة النهائية {loss}).</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <location filename="../gui/pages/workspace.py" line="181"/>
        <source>Workspace</source>
        <translation>مساحة العمل</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="184"/>
        <source>Create the workspace</source>
        <translation>أنشئ مساحة العمل</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="187"/>
        <source>Passphrase (12+ characters)</source>
        <translation>عبارة المرور (12 حرفًا أو أكثر)</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="187"/>
        <location filename="../gui/pages/workspace.py" line="205"/>
        <source>Repeat it</source>
        <translation>أعد كتابتها</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="187"/>
        <source>Key file (optional)</source>
        <translation>ملف المفتاح (اختياري)</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="191"/>
        <source>e.g. a file on removable media; created if missing</source>
        <translation>مثال: ملف على وسيط قابل للإزالة؛ يُنشأ إن لم يوجد</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="192"/>
        <source>Create workspace keys</source>
        <translation>أنشئ مفاتيح مساحة العمل</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="193"/>
        <location filename="../gui/pages/workspace.py" line="200"/>
        <location filename="../gui/pages/workspace.py" line="224"/>
        <location filename="../gui/pages/workspace.py" line="225"/>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="193"/>
        <location filename="../gui/pages/workspace.py" line="224"/>
        <location filename="../gui/pages/workspace.py" line="225"/>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="194"/>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="195"/>
        <source>who signs in</source>
        <translation>من يسجّل الدخول</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="196"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="197"/>
        <location filename="../gui/pages/workspace.py" line="263"/>
        <source>Key file</source>
        <translation>ملف المفتاح</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="198"/>
        <source>only if the workspace needs one</source>
        <translation>فقط إذا احتاجت مساحة العمل إليه</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="199"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="201"/>
        <location filename="../gui/pages/workspace.py" line="226"/>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="202"/>
        <location filename="../gui/pages/workspace.py" line="209"/>
        <source>Change passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="205"/>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="205"/>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="210"/>
        <source>Rotate master key</source>
        <translation>تدوير المفتاح الرئيسي</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="226"/>
        <source>Lock and sign out</source>
        <translation>قفل وتسجيل الخروج</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="228"/>
        <source>No workspace yet at {home}.</source>
        <translation>لا توجد مساحة عمل بعد في {home}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="231"/>
        <location filename="../gui/pages/workspace.py" line="236"/>
        <source>Unlocked: workspace {ws}.</source>
        <translation>مفتوح: مساحة العمل {ws}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="238"/>
        <source>Locked. Choose who you are and sign in with your own passphrase.</source>
        <translation>مقفل. اختر من أنت وسجّل الدخول بعبارة مرورك.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="240"/>
        <source>Locked. Unlock to work with datasets and training.</source>
        <translation>مقفل. افتحه للعمل على مجموعات البيانات والتدريب.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="271"/>
        <location filename="../gui/pages/workspace.py" line="332"/>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="294"/>
        <source>Choose who signs in.</source>
        <translation>اختر من يسجّل الدخول.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="306"/>
        <location filename="../gui/pages/workspace.py" line="310"/>
        <source>Workspace unlocked.</source>
        <translation>فُتحت مساحة العمل.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="320"/>
        <source>Workspace locked: the keys are gone from memory.</source>
        <translation>قُفلت مساحة العمل: أُزيلت المفاتيح من الذاكرة.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="337"/>
        <source>Passphrase changed; no data was re-encrypted.</source>
        <translation>تغيّرت عبارة المرور؛ لم يُعد تشفير أي بيانات.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="346"/>
        <source>Enter the current passphrase to rotate the master key.</source>
        <translation>أدخل عبارة المرور الحالية لتدوير المفتاح الرئيسي.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="359"/>
        <source>New master key; {n} data keys rewrapped. Unlock again.</source>
        <translation>مفتاح رئيسي جديد؛ أُعيد تغليف {n} مفتاح بيانات. افتح القفل مجددًا.</translation>
    </message>
</context>
</TS>
