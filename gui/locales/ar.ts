<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en_US">
<context>
    <name>AppState</name>
    <message>
        <location filename="../state.py" line="84"/>
        <source>Unlock the workspace first (Workspace page).</source>
        <translation>افتح مساحة العمل أولًا (صفحة مساحة العمل).</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../pages/audit.py" line="97"/>
        <source>Audit</source>
        <translation>التدقيق</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="100"/>
        <source>This workspace&apos;s audit log</source>
        <translation>سجل التدقيق لمساحة العمل هذه</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="101"/>
        <source>Verify the log</source>
        <translation>تحقّق من السجل</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="102"/>
        <source>Export an evidence package…</source>
        <translation>تصدير حزمة أدلة…</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="103"/>
        <source>Auditor mode: verify a package with your own key</source>
        <translation>وضع المدقق: تحقّق من حزمة بمفتاحك الخاص</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="107"/>
        <source>Auditor key</source>
        <translation>مفتاح المدقق</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="108"/>
        <source>Key passphrase</source>
        <translation>عبارة مرور المفتاح</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="109"/>
        <location filename="../pages/audit.py" line="165"/>
        <source>Evidence package</source>
        <translation>حزمة الأدلة</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="110"/>
        <source>Kept checkpoint</source>
        <translation>نقطة التحقق المحفوظة</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="115"/>
        <source>only if your key is protected</source>
        <translation>فقط إذا كان مفتاحك محميًا</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="116"/>
        <source>optional: from your previous verification</source>
        <translation>اختياري: من تحققك السابق</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="118"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="119"/>
        <source>Verify package</source>
        <translation>تحقّق من الحزمة</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="120"/>
        <source>Save report (HTML, CSV, JSONL)…</source>
        <translation>حفظ التقرير (HTML، CSV، JSONL)…</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="121"/>
        <source>Keep this checkpoint…</source>
        <translation>احتفظ بنقطة التحقق هذه…</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="125"/>
        <source>From (UTC)</source>
        <translation>من (UTC)</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="126"/>
        <source>To (UTC)</source>
        <translation>إلى (UTC)</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="127"/>
        <source>User or role</source>
        <translation>المستخدم أو الدور</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="128"/>
        <location filename="../pages/audit.py" line="149"/>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="129"/>
        <source>Object</source>
        <translation>الكائن</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="130"/>
        <location filename="../pages/audit.py" line="150"/>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="139"/>
        <source>any</source>
        <translation>أي</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="145"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="146"/>
        <source>Time (UTC)</source>
        <translation>الوقت (UTC)</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="147"/>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="148"/>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="151"/>
        <source>Objects</source>
        <translation>الكائنات</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="157"/>
        <source>Records (verify the log or a package to list them)</source>
        <translation>السجلات (تحقّق من السجل أو من حزمة لعرضها)</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="159"/>
        <source>Records of this workspace&apos;s log</source>
        <translation>سجلات سجل مساحة العمل هذه</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="161"/>
        <source>Records of the evidence package</source>
        <translation>سجلات حزمة الأدلة</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="167"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="185"/>
        <source>PASS: {n} records intact, {c} signed checkpoints verified.</source>
        <translation>ناجح: {n} سجلًا سليمًا، وتم التحقق من {c} نقطة تحقق موقّعة.</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="191"/>
        <source>FAIL: tampering found; first bad record {seq}.</source>
        <translation>فشل: وُجد عبث؛ أول سجل تالف {seq}.</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="208"/>
        <source>Folder for the package (a new, empty one)</source>
        <translation>مجلد الحزمة (جديد وفارغ)</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="221"/>
        <source>Wrote {path}: {n} records.</source>
        <translation>كُتب {path}: {n} سجلًا.</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="254"/>
        <source>PASS: the log is intact ({n} records, {c} signed checkpoints).</source>
        <translation>ناجح: السجل سليم ({n} سجلًا، {c} نقطة تحقق موقّعة).</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="263"/>
        <source>FAIL: tampering detected; first bad record {seq}.</source>
        <translation>فشل: اكتُشف عبث؛ أول سجل تالف {seq}.</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="304"/>
        <source>Verify a package first.</source>
        <translation>تحقّق من حزمة أولًا.</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="306"/>
        <source>Folder for the report</source>
        <translation>مجلد التقرير</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="327"/>
        <source>Wrote report.html, records.csv and records.jsonl to {path}.</source>
        <translation>كُتبت الملفات report.html وrecords.csv وrecords.jsonl في {path}.</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="331"/>
        <source>Only a checkpoint of a log that verified can be kept.</source>
        <translation>لا يمكن الاحتفاظ إلا بنقطة تحقق لسجل تم التحقق منه.</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="333"/>
        <source>Keep checkpoint</source>
        <translation>الاحتفاظ بنقطة التحقق</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="348"/>
        <source>Checkpoint kept in {path}.</source>
        <translation>حُفظت نقطة التحقق في {path}.</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <location filename="../pages/playground.py" line="40"/>
        <source>You</source>
        <translation>أنت</translation>
    </message>
    <message>
        <location filename="../pages/playground.py" line="40"/>
        <location filename="../pages/playground.py" line="43"/>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
</context>
<context>
    <name>DatasetsPage</name>
    <message>
        <location filename="../pages/datasets.py" line="103"/>
        <source>Datasets</source>
        <translation>مجموعات البيانات</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="106"/>
        <source>Import a dataset (encrypted on import)</source>
        <translation>استيراد مجموعة بيانات (تُشفَّر عند الاستيراد)</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="109"/>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="109"/>
        <location filename="../pages/datasets.py" line="138"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="109"/>
        <location filename="../pages/datasets.py" line="140"/>
        <source>Format</source>
        <translation>التنسيق</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="109"/>
        <source>CSV columns</source>
        <translation>أعمدة CSV</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="109"/>
        <source>Held-out share</source>
        <translation>الحصة المحجوزة</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="113"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="114"/>
        <source>e.g. instruction=question,output=answer</source>
        <translation>مثال: instruction=question,output=answer</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="118"/>
        <source>automatic</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="119"/>
        <source>chat (JSONL)</source>
        <translation>محادثة (JSONL)</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="120"/>
        <source>instruction (JSONL)</source>
        <translation>تعليمات (JSONL)</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="122"/>
        <source>text / Markdown</source>
        <translation>نص / Markdown</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="126"/>
        <source>Import the valid rows and skip the invalid ones</source>
        <translation>استورد الصفوف الصالحة وتجاوز غير الصالحة</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="127"/>
        <source>Validate and import</source>
        <translation>تحقّق واستورد</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="129"/>
        <source>Validation report</source>
        <translation>تقرير التحقق</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="133"/>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="133"/>
        <source>Line</source>
        <translation>السطر</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="133"/>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="133"/>
        <source>Problem</source>
        <translation>المشكلة</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="135"/>
        <source>Dataset versions</source>
        <translation>إصدارات مجموعات البيانات</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="139"/>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="141"/>
        <source>Rows</source>
        <translation>الصفوف</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="142"/>
        <source>Train</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="143"/>
        <source>Held out</source>
        <translation>محجوزة</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="144"/>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="145"/>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="148"/>
        <source>Preview (decrypt in memory)</source>
        <translation>معاينة (فك التشفير في الذاكرة)</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="149"/>
        <source>Remove (crypto-erase)</source>
        <translation>إزالة (محو تشفيري)</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="174"/>
        <source>Dataset file</source>
        <translation>ملف مجموعة البيانات</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="174"/>
        <source>Datasets (*.jsonl *.json *.csv *.txt *.md)</source>
        <translation>مجموعات البيانات (*.jsonl *.json *.csv *.txt *.md)</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="191"/>
        <source>error</source>
        <translation>خطأ</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="191"/>
        <source>warning</source>
        <translation>تحذير</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="194"/>
        <source>Validation report: {read} rows read, {kept} usable, {e} errors, {w} warnings</source>
        <translation>تقرير التحقق: قُرئ {read} صفًا، {kept} صالحة، {e} أخطاء، {w} تحذيرات</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="220"/>
        <source>{file} was not imported: {n} row(s) have errors, listed in the validation report. Fix them, or tick “Import the valid rows and skip the invalid ones”.</source>
        <translation>لم يُستورد {file}: في {n} صف أخطاء، مدرجة في تقرير التحقق. أصلحها، أو فعّل “استورد الصفوف الصالحة وتجاوز غير الصالحة”.</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="228"/>
        <source>Imported {name} version {v}: {n} rows, encrypted.</source>
        <translation>استُورد {name} الإصدار {v}: {n} صفًا، مشفّرة.</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="232"/>
        <source>Unchanged: this version already holds exactly this data.</source>
        <translation>بلا تغيير: يحتوي هذا الإصدار بالفعل على البيانات نفسها.</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="245"/>
        <location filename="../pages/datasets.py" line="277"/>
        <source>Select a dataset version first.</source>
        <translation>اختر إصدار مجموعة بيانات أولًا.</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="281"/>
        <source>Remove dataset</source>
        <translation>إزالة مجموعة البيانات</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="283"/>
        <source>Destroy {name} version {v} for good? Its key is destroyed, so no copy can be decrypted again.</source>
        <translation>إتلاف {name} الإصدار {v} نهائيًا؟ سيُتلف مفتاحه، فلا يمكن فك تشفير أي نسخة منه مجددًا.</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="293"/>
        <source>Removed; its data key is destroyed.</source>
        <translation>أُزيل؛ وأُتلف مفتاح بياناته.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../pages/export.py" line="69"/>
        <source>Export</source>
        <translation>التصدير</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="72"/>
        <source>Merge a finished training run into a new model</source>
        <translation>دمج تشغيل تدريب مكتمل في نموذج جديد</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="73"/>
        <source>name of the merged model (optional)</source>
        <translation>اسم النموذج المدمج (اختياري)</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="74"/>
        <source>no finished run waiting to be merged</source>
        <translation>لا يوجد تشغيل مكتمل بانتظار الدمج</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="75"/>
        <source>Merge</source>
        <translation>دمج</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="76"/>
        <source>Export to GGUF with the verification gate</source>
        <translation>التصدير إلى GGUF عبر بوابة التحقق</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="78"/>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="78"/>
        <source>Quantization</source>
        <translation>التكميم</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="78"/>
        <source>Tokenizer differences</source>
        <translation>اختلافات المُرمِّز</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="84"/>
        <source>default: fail only on Latin, code, digits or lost text</source>
        <translation>افتراضي: يفشل فقط عند اللاتينية أو الشيفرة أو الأرقام أو فقدان النص</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="85"/>
        <source>strict: any difference fails</source>
        <translation>صارم: أي اختلاف يُفشل</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="86"/>
        <source>lenient: differences only warn</source>
        <translation>متساهل: الاختلافات تحذّر فقط</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="90"/>
        <source>Export and verify</source>
        <translation>صدّر وتحقّق</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="91"/>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="101"/>
        <source>built-in</source>
        <translation>مضمَّن</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="101"/>
        <source>imported</source>
        <translation>مستورد</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="101"/>
        <source>merged</source>
        <translation>مدمج</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="132"/>
        <source>Latest export of this model: {id} ({quant}).</source>
        <translation>أحدث تصدير لهذا النموذج: {id} ({quant}).</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="149"/>
        <source>{name}  ~{size}  ({bits:g} bits per weight)</source>
        <translation>{name}  ~{size}  ({bits:g} بت لكل وزن)</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="166"/>
        <source>Choose a finished training run to merge.</source>
        <translation>اختر تشغيل تدريب مكتملًا لدمجه.</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="173"/>
        <source>Merged into model {name}.</source>
        <translation>دُمج في النموذج {name}.</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="179"/>
        <source>Choose a model and a quantization.</source>
        <translation>اختر نموذجًا وتكميمًا.</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="135"/>
        <location filename="../pages/export.py" line="221"/>
        <source>Verified: the GGUF behaves like the model it was made from.</source>
        <translation>تم التحقق: يتصرف ملف GGUF مثل النموذج المصنوع منه.</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="137"/>
        <location filename="../pages/export.py" line="223"/>
        <source>Failed verification: the export is kept but marked failed.</source>
        <translation>فشل التحقق: احتُفظ بالتصدير لكنه مُعلَّم بالفشل.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="80"/>
        <source>Sovereign model appliance</source>
        <translation>جهاز النماذج السيادي</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="87"/>
        <source>No workspace</source>
        <translation>لا توجد مساحة عمل</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="89"/>
        <source>Unlocked</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="91"/>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../pages/models.py" line="42"/>
        <location filename="../pages/models.py" line="45"/>
        <source>Models</source>
        <translation>النماذج</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="46"/>
        <source>Training runs</source>
        <translation>عمليات التدريب</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="47"/>
        <source>Exports</source>
        <translation>عمليات التصدير</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="50"/>
        <location filename="../pages/models.py" line="61"/>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="51"/>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="52"/>
        <source>Architecture</source>
        <translation>البنية</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="53"/>
        <source>Parameters</source>
        <translation>المعاملات</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="54"/>
        <location filename="../pages/models.py" line="73"/>
        <source>Type</source>
        <translation>الصنف</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="55"/>
        <location filename="../pages/models.py" line="76"/>
        <source>Created</source>
        <translation>أُنشئ</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="56"/>
        <location filename="../pages/models.py" line="67"/>
        <location filename="../pages/models.py" line="77"/>
        <source>Id</source>
        <translation>المعرّف</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="62"/>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="63"/>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="64"/>
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="65"/>
        <source>Train loss</source>
        <translation>خسارة التدريب</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="66"/>
        <source>Held-out loss</source>
        <translation>الخسارة على المحجوز</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="72"/>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="74"/>
        <source>Verification</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="75"/>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="80"/>
        <source>Lineage of the selected item</source>
        <translation>نسب العنصر المحدد</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="81"/>
        <source>Import a model folder…</source>
        <translation>استيراد مجلد نموذج…</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="82"/>
        <source>Import a GGUF file…</source>
        <translation>استيراد ملف GGUF…</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="83"/>
        <location filename="../pages/models.py" line="211"/>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="92"/>
        <source>built-in</source>
        <translation>مضمَّن</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="92"/>
        <source>imported</source>
        <translation>مستورد</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="92"/>
        <source>merged</source>
        <translation>مدمج</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="111"/>
        <source>completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="112"/>
        <source>running</source>
        <translation>قيد التشغيل</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="113"/>
        <source>cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="115"/>
        <source>interrupted</source>
        <translation>مقاطَع</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="135"/>
        <source>verified</source>
        <translation>تم التحقق</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="114"/>
        <location filename="../pages/models.py" line="136"/>
        <source>failed</source>
        <translation>فاشل</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="137"/>
        <source>unverified</source>
        <translation>غير متحقق</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="172"/>
        <source>model</source>
        <translation>نموذج</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="170"/>
        <source>removed</source>
        <translation>أُزيل</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="173"/>
        <source>export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="174"/>
        <source>training run</source>
        <translation>تشغيل تدريب</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="175"/>
        <source>dataset</source>
        <translation>مجموعة بيانات</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="188"/>
        <source>Hugging Face model folder</source>
        <translation>مجلد نموذج Hugging Face</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="190"/>
        <source>GGUF file</source>
        <translation>ملف GGUF</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="201"/>
        <source>Imported {name}.</source>
        <translation>استُورد {name}.</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="208"/>
        <source>Select a model or an export to remove.</source>
        <translation>اختر نموذجًا أو تصديرًا لإزالته.</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="211"/>
        <source>Remove {obj} and its files?</source>
        <translation>إزالة {obj} وملفاته؟</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="224"/>
        <source>Removed.</source>
        <translation>أُزيل.</translation>
    </message>
</context>
<context>
    <name>PlaygroundPage</name>
    <message>
        <location filename="../pages/playground.py" line="80"/>
        <source>Playground</source>
        <translation>ساحة التجربة</translation>
    </message>
    <message>
        <location filename="../pages/playground.py" line="85"/>
        <source>Ask both models the same thing. They run here through llama.cpp; nothing leaves this machine. Only exports that passed verification are listed.</source>
        <translation>اسأل النموذجين السؤال نفسه. يعملان هنا عبر llama.cpp؛ لا يغادر شيء هذا الجهاز. تظهر فقط عمليات التصدير التي اجتازت التحقق.</translation>
    </message>
    <message>
        <location filename="../pages/playground.py" line="89"/>
        <source>Type a message and press Enter</source>
        <translation>اكتب رسالة واضغط Enter</translation>
    </message>
    <message>
        <location filename="../pages/playground.py" line="90"/>
        <source>Send</source>
        <translation>إرسال</translation>
    </message>
    <message>
        <location filename="../pages/playground.py" line="91"/>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <location filename="../pages/playground.py" line="92"/>
        <source>New conversation</source>
        <translation>محادثة جديدة</translation>
    </message>
    <message>
        <location filename="../pages/playground.py" line="105"/>
        <source>(no model)</source>
        <translation>(لا نموذج)</translation>
    </message>
    <message>
        <location filename="../pages/playground.py" line="122"/>
        <source>Export a model first (Export page).</source>
        <translation>صدّر نموذجًا أولًا (صفحة التصدير).</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../pages/settings.py" line="54"/>
        <location filename="../pages/settings.py" line="57"/>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="59"/>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="59"/>
        <source>Training device</source>
        <translation>جهاز التدريب</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="59"/>
        <location filename="../pages/settings.py" line="95"/>
        <source>Home directory</source>
        <translation>المجلد الرئيسي</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="68"/>
        <source>automatic (GPU if present)</source>
        <translation>تلقائي (GPU إن وُجد)</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="69"/>
        <source>CPU</source>
        <translation>المعالج (CPU)</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="70"/>
        <source>GPU (CUDA)</source>
        <translation>معالج الرسوميات (CUDA)</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="75"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="76"/>
        <source>Open</source>
        <translation>فتح</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="79"/>
        <source>The home holds the workspace: keys, datasets, models, runs, exports and the audit log. Everything in it is private to your user.</source>
        <translation>يضم المجلد الرئيسي مساحة العمل: المفاتيح ومجموعات البيانات والنماذج وعمليات التدريب والتصدير وسجل التدقيق. كل ما فيه خاص بمستخدمك.</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="106"/>
        <source>Opened {path}.</source>
        <translation>فُتح {path}.</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <location filename="../pages/train.py" line="136"/>
        <source>Train</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="157"/>
        <source>loss</source>
        <translation>الخسارة</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="159"/>
        <source>training</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="160"/>
        <source>held-out</source>
        <translation>المحجوز</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="168"/>
        <source>Base model</source>
        <translation>النموذج الأساسي</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="169"/>
        <source>Dataset</source>
        <translation>مجموعة البيانات</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="170"/>
        <source>Preset</source>
        <translation>الإعداد المسبق</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="171"/>
        <source>Method</source>
        <translation>الطريقة</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="172"/>
        <source>Learning rate</source>
        <translation>معدل التعلم</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="173"/>
        <source>Epochs</source>
        <translation>الحقب</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="174"/>
        <source>Max steps (0: epochs)</source>
        <translation>أقصى عدد خطوات (0: الحقب)</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="175"/>
        <source>Batch size</source>
        <translation>حجم الدفعة</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="176"/>
        <source>Sequence length</source>
        <translation>طول التسلسل</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="177"/>
        <source>LoRA rank</source>
        <translation>رتبة LoRA</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="178"/>
        <source>LoRA alpha</source>
        <translation>ألفا LoRA</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="179"/>
        <source>Precision</source>
        <translation>الدقة</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="180"/>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="181"/>
        <source>Packing</source>
        <translation>الحزم</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="185"/>
        <source>several rows per sequence</source>
        <translation>عدة صفوف في كل تسلسل</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="186"/>
        <source>Fine-tune</source>
        <translation>الضبط الدقيق</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="187"/>
        <source>Start training</source>
        <translation>ابدأ التدريب</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="188"/>
        <source>Cancel (saves a checkpoint)</source>
        <translation>إلغاء (يحفظ نقطة تحقق)</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="189"/>
        <source>Resume</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="190"/>
        <source>Progress</source>
        <translation>التقدم</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="156"/>
        <source>step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="379"/>
        <source>QLoRA needs an NVIDIA GPU and none is visible here: choose LoRA (or full).</source>
        <translation>يحتاج QLoRA إلى وحدة معالجة رسومات NVIDIA ولا توجد أي وحدة مرئية هنا: اختر LoRA (أو full).</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="381"/>
        <source>Import a dataset first (Datasets page).</source>
        <translation>استورد مجموعة بيانات أولًا (صفحة مجموعات البيانات).</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="417"/>
        <source>Preparing the run: loading the model and the data…</source>
        <translation>جارٍ تجهيز التشغيل: تحميل النموذج والبيانات…</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="450"/>
        <source>Stopping after this step and saving a checkpoint…</source>
        <translation>التوقف بعد هذه الخطوة وحفظ نقطة تحقق…</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="458"/>
        <source>Run {name} completed: train loss {loss:.4f}. Merge it on the Export page.</source>
        <translation>اكتمل التشغيل {name}: خسارة التدريب {loss:.4f}. ادمجه في صفحة التصدير.</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="491"/>
        <source>Not running.</source>
        <translation>لا يعمل.</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="495"/>
        <source>completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="496"/>
        <source>running</source>
        <translation>قيد التشغيل</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="497"/>
        <source>cancelled</source>
        <translation>ملغى</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="498"/>
        <source>failed</source>
        <translation>فاشل</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="499"/>
        <source>interrupted</source>
        <translation>مقاطَع</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="503"/>
        <source>Not running. The plot shows the latest run, {name} ({status}, {done}/{total} steps, final loss {loss}).</source>
        <translation>لا يعمل. يعرض الرسم أحدث تشغيل: {name} ({status}، {done}/{total} خطوة، الخسارة النهائية {loss}).</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="517"/>
        <source>Step {s}/{t}   loss {loss:.4f}   {tps:,.0f} tokens/s   ETA {eta:,.0f} s   memory {mem}</source>
        <translation>الخطوة {s}/{t}   الخسارة {loss:.4f}   {tps:,.0f} رمز/ث   المتبقي {eta:,.0f} ث   الذاكرة {mem}</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <location filename="../pages/workspace.py" line="73"/>
        <source>Workspace</source>
        <translation>مساحة العمل</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="76"/>
        <source>Create the workspace</source>
        <translation>أنشئ مساحة العمل</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="79"/>
        <source>Passphrase (12+ characters)</source>
        <translation>عبارة المرور (12 حرفًا أو أكثر)</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="79"/>
        <location filename="../pages/workspace.py" line="95"/>
        <source>Repeat it</source>
        <translation>أعد كتابتها</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="79"/>
        <source>Key file (optional)</source>
        <translation>ملف المفتاح (اختياري)</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="83"/>
        <source>e.g. a file on removable media; created if missing</source>
        <translation>مثال: ملف على وسيط قابل للإزالة؛ يُنشأ إن لم يوجد</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="84"/>
        <source>Create workspace keys</source>
        <translation>أنشئ مفاتيح مساحة العمل</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="85"/>
        <location filename="../pages/workspace.py" line="90"/>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="86"/>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="87"/>
        <location filename="../pages/workspace.py" line="118"/>
        <source>Key file</source>
        <translation>ملف المفتاح</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="88"/>
        <source>only if the workspace needs one</source>
        <translation>فقط إذا احتاجت مساحة العمل إليه</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="89"/>
        <source>Browse…</source>
        <translation>استعراض…</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="91"/>
        <source>Lock</source>
        <translation>قفل</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="92"/>
        <location filename="../pages/workspace.py" line="99"/>
        <source>Change passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="95"/>
        <source>Current passphrase</source>
        <translation>عبارة المرور الحالية</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="95"/>
        <source>New passphrase</source>
        <translation>عبارة المرور الجديدة</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="100"/>
        <source>Rotate master key</source>
        <translation>تدوير المفتاح الرئيسي</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="111"/>
        <source>No workspace yet at {home}.</source>
        <translation>لا توجد مساحة عمل بعد في {home}.</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="113"/>
        <source>Unlocked: workspace {ws}.</source>
        <translation>مفتوح: مساحة العمل {ws}.</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="115"/>
        <source>Locked. Unlock to work with datasets and training.</source>
        <translation>مقفل. افتحه للعمل على مجموعات البيانات والتدريب.</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="126"/>
        <location filename="../pages/workspace.py" line="166"/>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور مختلفتان.</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="156"/>
        <source>Workspace unlocked.</source>
        <translation>فُتحت مساحة العمل.</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="160"/>
        <source>Workspace locked: the keys are gone from memory.</source>
        <translation>قُفلت مساحة العمل: أُزيلت المفاتيح من الذاكرة.</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="175"/>
        <source>Passphrase changed; no data was re-encrypted.</source>
        <translation>تغيّرت عبارة المرور؛ لم يُعد تشفير أي بيانات.</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="183"/>
        <source>Enter the current passphrase to rotate the master key.</source>
        <translation>أدخل عبارة المرور الحالية لتدوير المفتاح الرئيسي.</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="193"/>
        <source>New master key; {n} data keys rewrapped. Unlock again.</source>
        <translation>مفتاح رئيسي جديد؛ أُعيد تغليف {n} مفتاح بيانات. افتح القفل مجددًا.</translation>
    </message>
</context>
</TS>
