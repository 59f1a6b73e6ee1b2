<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>AppState</name>
    <message>
        <location filename="../gui/state.py" line="117"/>
        <source>Unlock the workspace first (Workspace page).</source>
        <translation>Déverrouillez d&apos;abord l&apos;espace de travail (page Espace de travail).</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <location filename="../gui/pages/approvals.py" line="72"/>
        <source>Approvals</source>
        <translation>Approbations</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="75"/>
        <source>Requests waiting for a second person</source>
        <translation>Demandes en attente d&apos;une seconde personne</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="78"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="79"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="80"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="81"/>
        <source>Asked by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="82"/>
        <source>Asked</source>
        <translation>Demandé le</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="83"/>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="86"/>
        <source>Decide the selected request</source>
        <translation>Décider de la demande sélectionnée</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="87"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="88"/>
        <source>Your passphrase</source>
        <translation>Votre phrase secrète</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="89"/>
        <source>kept with your signed decision, e.g. what you checked</source>
        <translation>conservée avec votre décision signée, p. ex. ce que vous avez vérifié</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="90"/>
        <source>your decision is signed with your own key</source>
        <translation>votre décision est signée avec votre propre clé</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="91"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="92"/>
        <source>Refuse</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="95"/>
        <source>An approver without access to this computer signs offline: save the request to a file, they sign it with their key file (`appliance-audit approve`), and you import the signed decision.</source>
        <translation>Un approbateur sans accès à cet ordinateur signe hors ligne : enregistrez la demande dans un fichier, il la signe avec son fichier clé (`appliance-audit approve`), puis vous importez la décision signée.</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="99"/>
        <source>Save request for offline signing…</source>
        <translation>Enregistrer la demande pour signature hors ligne…</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="100"/>
        <source>Import signed decision…</source>
        <translation>Importer une décision signée…</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="101"/>
        <source>The policy in force</source>
        <translation>La politique en vigueur</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="111"/>
        <source>No workspace yet: create it on the Workspace page.</source>
        <translation>Pas encore d&apos;espace de travail : créez-le sur la page Espace de travail.</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="115"/>
        <source>This workspace has no people, so nothing waits for a second person: give it people on the People page.</source>
        <translation>Cet espace de travail n&apos;a pas de personnes, donc rien n&apos;attend une seconde personne : donnez-lui des personnes sur la page Personnes.</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="122"/>
        <source>Nobody is signed in: sign in on the Workspace page to decide.</source>
        <translation>Personne n&apos;est connecté : connectez-vous sur la page Espace de travail pour décider.</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="162"/>
        <source>These actions need a second person&apos;s approval: {actions}. An approval holds for {hours} hours after the request and is used once. An admin changes the policy with `appliance policy set` (approved by a second person too).</source>
        <translation>Ces actions demandent l&apos;approbation d&apos;une seconde personne : {actions}. Une approbation vaut {hours} heures après la demande et ne sert qu&apos;une fois. Un administrateur change la politique avec `appliance policy set` (approuvé par une seconde personne aussi).</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="181"/>
        <source>Select a request to read what exactly it asks for.</source>
        <translation>Sélectionnez une demande pour lire exactement ce qu&apos;elle demande.</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="192"/>
        <source>Request {id}: {status}</source>
        <translation>Demande {id} : {status}</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="195"/>
        <source>Action: {action}</source>
        <translation>Action : {action}</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="200"/>
        <source>Asked by {name} ({role}) at {when}; expires {expires}.</source>
        <translation>Demandé par {name} ({role}) le {when} ; expire le {expires}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="213"/>
        <source>Decided by {name} at {when}.</source>
        <translation>Décidé par {name} le {when}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="217"/>
        <source>Note: {note}</source>
        <translation>Note : {note}</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="220"/>
        <source>What it binds (the exact objects, by digest):</source>
        <translation>Ce qu&apos;elle engage (les objets exacts, par empreinte) :</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="239"/>
        <source>Sign in first (Workspace page).</source>
        <translation>Connectez-vous d&apos;abord (page Espace de travail).</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="255"/>
        <location filename="../gui/pages/approvals.py" line="302"/>
        <source>Request {id} is {status}.</source>
        <translation>La demande {id} est {status}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="275"/>
        <source>Save the request</source>
        <translation>Enregistrer la demande</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="284"/>
        <source>Wrote request {id} to {path}. The approver signs it with `appliance-audit approve`; import their signed decision here.</source>
        <translation>Demande {id} écrite dans {path}. L&apos;approbateur la signe avec `appliance-audit approve` ; importez ici sa décision signée.</translation>
    </message>
    <message>
        <location filename="../gui/pages/approvals.py" line="294"/>
        <source>Signed decision</source>
        <translation>Décision signée</translation>
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
        <translation>Journal d&apos;audit de cet espace de travail</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="111"/>
        <source>Verify the log</source>
        <translation>Vérifier le journal</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="112"/>
        <source>Export an evidence package…</source>
        <translation>Exporter un dossier de preuves…</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="113"/>
        <source>Auditor mode: verify a package with your own key</source>
        <translation>Mode auditeur : vérifier un dossier avec votre propre clé</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="117"/>
        <source>Auditor key</source>
        <translation>Clé d&apos;auditeur</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="118"/>
        <source>Key passphrase</source>
        <translation>Phrase secrète de la clé</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="119"/>
        <location filename="../gui/pages/audit.py" line="191"/>
        <source>Evidence package</source>
        <translation>Dossier de preuves</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="120"/>
        <source>Kept checkpoint</source>
        <translation>Point de contrôle conservé</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="125"/>
        <source>only if your key is protected</source>
        <translation>seulement si votre clé est protégée</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="126"/>
        <source>optional: from your previous verification</source>
        <translation>facultatif : issu de votre vérification précédente</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="128"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="129"/>
        <source>Verify package</source>
        <translation>Vérifier le dossier</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="130"/>
        <source>Save report (HTML, CSV, JSONL)…</source>
        <translation>Enregistrer le rapport (HTML, CSV, JSONL)…</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="131"/>
        <source>Keep this checkpoint…</source>
        <translation>Conserver ce point de contrôle…</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="135"/>
        <source>From (UTC)</source>
        <translation>Du (UTC)</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="136"/>
        <source>To (UTC)</source>
        <translation>Au (UTC)</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="137"/>
        <source>User or role</source>
        <translation>Utilisateur ou rôle</translation>
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
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="140"/>
        <location filename="../gui/pages/audit.py" line="160"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="149"/>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="155"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="156"/>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="157"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="158"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="161"/>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="169"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="170"/>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="171"/>
        <source>denied</source>
        <translation>interdit</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="172"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="173"/>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="174"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="179"/>
        <source>operator</source>
        <translation>opérateur</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="183"/>
        <source>Records (verify the log or a package to list them)</source>
        <translation>Enregistrements (vérifiez le journal ou un paquet pour les lister)</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="185"/>
        <source>Records of this workspace&apos;s log</source>
        <translation>Enregistrements du journal de cet espace de travail</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="187"/>
        <source>Records of the evidence package</source>
        <translation>Enregistrements du paquet de preuves</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="193"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="228"/>
        <source>PASS: {n} records intact, {c} signed checkpoints verified.</source>
        <translation>RÉUSSI : {n} enregistrements intacts, {c} points de contrôle signés vérifiés.</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="234"/>
        <source>FAIL: tampering found; {where}.</source>
        <translation>ÉCHEC : falsification détectée ; {where}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="243"/>
        <source>the signed head in the log&apos;s state, not a record</source>
        <translation>la tête signée dans l’état du journal, pas un enregistrement</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="244"/>
        <source>the log as a whole</source>
        <translation>le journal dans son ensemble</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="247"/>
        <source>first bad record {seq}</source>
        <translation>premier enregistrement altéré {seq}</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="249"/>
        <source>first bad record at or after {lo} (the evidence bounds it, it does not name it)</source>
        <translation>premier enregistrement altéré à {lo} ou après (les preuves le bornent sans le désigner)</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="253"/>
        <source>first bad record at or after {lo} and at or before {hi} (the evidence bounds it, it does not name it)</source>
        <translation>premier enregistrement altéré entre {lo} et {hi} inclus (les preuves le bornent sans le désigner)</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="271"/>
        <source>FAIL: tampering detected; {where}.</source>
        <translation>ÉCHEC : falsification détectée ; {where}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="285"/>
        <source>Folder for the package (a new, empty one)</source>
        <translation>Dossier du paquet (nouveau et vide)</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="298"/>
        <source>Wrote {path}: {n} records.</source>
        <translation>{path} écrit : {n} enregistrements.</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="263"/>
        <source>PASS: the log is intact ({n} records, {c} signed checkpoints).</source>
        <translation>RÉUSSI : le journal est intact ({n} enregistrements, {c} points de contrôle signés).</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="368"/>
        <source>Verify a package first.</source>
        <translation>Vérifiez d&apos;abord un dossier.</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="370"/>
        <source>Folder for the report</source>
        <translation>Dossier du rapport</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="391"/>
        <source>Wrote report.html, records.csv and records.jsonl to {path}.</source>
        <translation>report.html, records.csv et records.jsonl écrits dans {path}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="395"/>
        <source>Only a checkpoint of a log that verified can be kept.</source>
        <translation>Seul le point de contrôle d&apos;un journal vérifié peut être conservé.</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="397"/>
        <source>Keep checkpoint</source>
        <translation>Conserver le point de contrôle</translation>
    </message>
    <message>
        <location filename="../gui/pages/audit.py" line="412"/>
        <source>Checkpoint kept in {path}.</source>
        <translation>Point de contrôle conservé dans {path}.</translation>
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
        <translation>Enregistrer ce que sert cette ligne (scellé, chaque lecture auditée)</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="64"/>
        <source>Keep for</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="65"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="66"/>
        <source>Captured items older than this are deleted.</source>
        <translation>Les éléments capturés plus anciens sont supprimés.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="67"/>
        <source>Size cap</source>
        <translation>Taille maximale</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="68"/>
        <source> MiB</source>
        <translation> Mio</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="70"/>
        <source>At the cap capture pauses (serving goes on) until items are reviewed or the cap is raised.</source>
        <translation>Au plafond, la capture s&apos;interrompt (le service continue) jusqu&apos;à la revue des éléments ou la hausse du plafond.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="72"/>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="94"/>
        <source>{n} item(s) captured, {size} of {cap}</source>
        <translation>{n} élément(s) capturé(s), {size} sur {cap}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="99"/>
        <source>Capture is off for this line: switch it on to record what it serves.</source>
        <translation>La capture est désactivée pour cette ligne : activez-la pour enregistrer ce qu&apos;elle sert.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="122"/>
        <source>Capture is on for {line}.</source>
        <translation>La capture est activée pour {line}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="124"/>
        <source>Capture is off for {line}.</source>
        <translation>La capture est désactivée pour {line}.</translation>
    </message>
</context>
<context>
    <name>CardTab</name>
    <message>
        <location filename="../gui/pages/export_card.py" line="40"/>
        <source>Save card…</source>
        <translation>Enregistrer la fiche…</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="43"/>
        <source>Saves the card as Markdown (in this language), or the signed card (JSON) or ML-BOM (CycloneDX) with the workspace&apos;s signature beside it.</source>
        <translation>Enregistre la fiche en Markdown (dans cette langue), ou la fiche signée (JSON) ou la ML-BOM (CycloneDX) avec la signature de l&apos;espace de travail à côté.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="90"/>
        <source>Reading the model card…</source>
        <translation>Lecture de la fiche du modèle…</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="92"/>
        <source>Model cards are made for verified exports: select one above.</source>
        <translation>Les fiches de modèle sont faites pour les exports vérifiés : sélectionnez-en un ci-dessus.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="94"/>
        <source>The model card could not be read (the message above says why).</source>
        <translation>La fiche du modèle n&apos;a pas pu être lue (le message ci-dessus dit pourquoi).</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="98"/>
        <source>What this export is made of, from the catalog: lineage, data (ids and digests, never rows), training, evaluation and licences. Signed by the workspace: {path}</source>
        <translation>Ce dont cet export est fait, d&apos;après le catalogue : lignée, données (identifiants et empreintes, jamais de lignes), entraînement, évaluation et licences. Signée par l&apos;espace de travail : {path}</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="112"/>
        <source>Model card, Markdown (*.md)</source>
        <translation>Fiche du modèle, Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="113"/>
        <source>Model card, signed JSON (*.json)</source>
        <translation>Fiche du modèle, JSON signé (*.json)</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="114"/>
        <source>ML-BOM, signed CycloneDX JSON (*.cdx.json)</source>
        <translation>ML-BOM, CycloneDX JSON signé (*.cdx.json)</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="118"/>
        <source>Save the model card</source>
        <translation>Enregistrer la fiche du modèle</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="133"/>
        <source>Saved the card to {path}, with the workspace&apos;s signature {sig}.</source>
        <translation>Fiche enregistrée dans {path}, avec la signature de l&apos;espace de travail {sig}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export_card.py" line="137"/>
        <source>Saved the card to {path}.</source>
        <translation>Fiche enregistrée dans {path}.</translation>
    </message>
</context>
<context>
    <name>Chain</name>
    <message>
        <location filename="../gui/widgets/common.py" line="192"/>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <location filename="../gui/widgets/common.py" line="193"/>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <location filename="../gui/widgets/common.py" line="194"/>
        <source>training run</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <location filename="../gui/widgets/common.py" line="195"/>
        <source>dataset</source>
        <translation>jeu de données</translation>
    </message>
    <message>
        <location filename="../gui/widgets/common.py" line="200"/>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <location filename="../gui/pages/playground.py" line="120"/>
        <source>Cut at %1 tokens: raise Max tokens for longer answers.</source>
        <translation>Coupé à %1 tokens : augmentez Tokens max. pour des réponses plus longues.</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="124"/>
        <source>Stopped before this model answered.</source>
        <translation>Arrêté avant que ce modèle ne réponde.</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="126"/>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="133"/>
        <source>First token after %1 s</source>
        <translation>Premier token après %1 s</translation>
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
        <translation>sur le processeur</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="143"/>
        <source>all layers on the GPU</source>
        <translation>toutes les couches sur le GPU</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="145"/>
        <source>%1 layers on the GPU</source>
        <translation>%1 couches sur le GPU</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="152"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="152"/>
        <location filename="../gui/pages/playground.py" line="173"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
</context>
<context>
    <name>CollectionDialog</name>
    <message>
        <location filename="../gui/pages/documents.py" line="140"/>
        <source>New collection</source>
        <translation>Nouvelle collection</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="144"/>
        <source>the built-in model (default)</source>
        <translation>le modèle intégré (par défaut)</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="153"/>
        <source>Chunks are measured in the tokens of this model (use the model you serve). The built-in model is unpacked the first time it is used: that takes a while.</source>
        <translation>Les fragments se mesurent en tokens de ce modèle (prenez le modèle que vous servez). Le modèle intégré est décompressé à sa première utilisation : cela prend un moment.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="157"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="158"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="159"/>
        <source>Tokenizer of</source>
        <translation>Tokeniseur de</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="160"/>
        <source>Chunk size (tokens)</source>
        <translation>Taille des fragments (tokens)</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="161"/>
        <source>Overlap (tokens)</source>
        <translation>Chevauchement (tokens)</translation>
    </message>
</context>
<context>
    <name>DatasetsPage</name>
    <message>
        <location filename="../gui/pages/datasets.py" line="130"/>
        <source>Datasets</source>
        <translation>Jeux de données</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="133"/>
        <source>Import a dataset (encrypted on import)</source>
        <translation>Importer un jeu de données (chiffré à l&apos;import)</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="137"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="138"/>
        <location filename="../gui/pages/datasets.py" line="188"/>
        <source>Name</source>
        <translation>Nom</translation>
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
        <translation>Colonnes CSV</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="141"/>
        <source>Held-out share</source>
        <translation>Part réservée</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="142"/>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="150"/>
        <source>report it and import as is</source>
        <translation>les signaler et importer tel quel</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="151"/>
        <source>mask it ([EMAIL], [PHONE]…) before sealing</source>
        <translation>les masquer ([EMAIL], [PHONE]…) avant le scellement</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="152"/>
        <source>refuse a file that holds any</source>
        <translation>refuser un fichier qui en contient</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="158"/>
        <source>E-mail addresses, phone numbers, payment cards, IBANs, Aadhaar numbers and PANs are found in every row (check digits verified). The report gives counts, lines and fields, never a value.</source>
        <translation>Adresses e-mail, numéros de téléphone, cartes de paiement, IBAN, numéros Aadhaar et PAN sont recherchés dans chaque ligne (chiffres de contrôle vérifiés). Le rapport donne des nombres, des lignes et des champs, jamais une valeur.</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="163"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="164"/>
        <source>e.g. instruction=question,output=answer</source>
        <translation>ex. instruction=question,output=answer</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="168"/>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="169"/>
        <source>chat (JSONL)</source>
        <translation>conversation (JSONL)</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="170"/>
        <source>instruction (JSONL)</source>
        <translation>instruction (JSONL)</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="172"/>
        <source>text / Markdown</source>
        <translation>texte / Markdown</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="176"/>
        <source>Import the valid rows and skip the invalid ones</source>
        <translation>Importer les lignes valides et ignorer les autres</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="177"/>
        <source>Validate and import</source>
        <translation>Valider et importer</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="179"/>
        <source>Validation report</source>
        <translation>Rapport de validation</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="183"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="183"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="183"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="183"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="185"/>
        <source>Dataset versions</source>
        <translation>Versions des jeux de données</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="189"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="191"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="192"/>
        <location filename="../gui/pages/datasets.py" line="280"/>
        <source>Train</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="193"/>
        <location filename="../gui/pages/datasets.py" line="280"/>
        <source>Held out</source>
        <translation>Réservées</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="194"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="195"/>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="198"/>
        <source>Preview (decrypt in memory)</source>
        <translation>Aperçu (déchiffré en mémoire)</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="199"/>
        <source>Remove (crypto-erase)</source>
        <translation>Supprimer (effacement cryptographique)</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="210"/>
        <source>chat</source>
        <translation>conversation</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="211"/>
        <source>instruction</source>
        <translation>instruction</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="212"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="312"/>
        <source>Dataset file</source>
        <translation>Fichier du jeu de données</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="312"/>
        <source>Datasets (*.jsonl *.json *.csv *.txt *.md)</source>
        <translation>Jeux de données (*.jsonl *.json *.csv *.txt *.md)</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="333"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="333"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="339"/>
        <source>Validation report: {read} rows read, {kept} usable, {e} errors, {w} warnings</source>
        <translation>Rapport de validation : {read} lignes lues, {kept} utilisables, {e} erreurs, {w} avertissements</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="357"/>
        <source>e-mail address</source>
        <translation>adresse e-mail</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="358"/>
        <source>phone number</source>
        <translation>numéro de téléphone</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="359"/>
        <source>payment card</source>
        <translation>carte de paiement</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="360"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="361"/>
        <source>Aadhaar number</source>
        <translation>numéro Aadhaar</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="362"/>
        <source>PAN</source>
        <translation>PAN</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="365"/>
        <source>line {line} ({field}: {kind})</source>
        <translation>ligne {line} ({field} : {kind})</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="372"/>
        <source>Where: {where}</source>
        <translation>Où : {where}</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="375"/>
        <source>They are kept in the sealed dataset and will be trained on: import again with “mask it” to replace them.</source>
        <translation>Elles sont conservées dans le jeu de données scellé et serviront à l&apos;entraînement : importez à nouveau avec « les masquer » pour les remplacer.</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="406"/>
        <source>{file} was not imported: {n} row(s) have errors, listed in the validation report. Fix them, or tick “Import the valid rows and skip the invalid ones”.</source>
        <translation>{file} n&apos;a pas été importé : {n} ligne(s) contiennent des erreurs, listées dans le rapport de validation. Corrigez-les, ou cochez “Importer les lignes valides et ignorer les autres”.</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="415"/>
        <source>Imported {name} version {v}: {n} rows, encrypted.</source>
        <translation>{name} version {v} importé : {n} lignes, chiffrées.</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="419"/>
        <source>Unchanged: this version already holds exactly this data.</source>
        <translation>Inchangé : cette version contient déjà exactement ces données.</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="433"/>
        <location filename="../gui/pages/datasets.py" line="452"/>
        <source>Select a dataset version first.</source>
        <translation>Sélectionnez d&apos;abord une version de jeu de données.</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="284"/>
        <source>{name} version {v}: the first {n} rows</source>
        <translation>{name} version {v} : les {n} premières lignes</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="456"/>
        <source>Remove dataset</source>
        <translation>Supprimer le jeu de données</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="458"/>
        <source>Destroy {name} version {v} for good? Its key is destroyed, so no copy can be decrypted again.</source>
        <translation>Détruire définitivement {name} version {v} ? Sa clé est détruite : aucune copie ne pourra plus être déchiffrée.</translation>
    </message>
    <message>
        <location filename="../gui/pages/datasets.py" line="471"/>
        <source>Removed; its data key is destroyed.</source>
        <translation>Supprimé ; sa clé de données est détruite.</translation>
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
        <translation>Les collections de documents dont les modèles tirent leurs réponses, en citant document, version et page. Tout est chiffré ; supprimer un document l&apos;efface cryptographiquement.</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="257"/>
        <location filename="../gui/pages/documents.py" line="262"/>
        <location filename="../gui/pages/documents.py" line="493"/>
        <source>Chunks</source>
        <translation>Fragments</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="257"/>
        <location filename="../gui/pages/documents.py" line="263"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="258"/>
        <source>New collection…</source>
        <translation>Nouvelle collection…</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="259"/>
        <source>Remove collection…</source>
        <translation>Supprimer la collection…</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="260"/>
        <source>Show superseded versions</source>
        <translation>Afficher les versions remplacées</translation>
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
        <translation>Type</translation>
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
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="263"/>
        <location filename="../gui/pages/documents.py" line="493"/>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="265"/>
        <source>Import files…</source>
        <translation>Importer des fichiers…</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="266"/>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="267"/>
        <source>Remove document…</source>
        <translation>Supprimer le document…</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="268"/>
        <source>Search preview</source>
        <translation>Aperçu de la recherche</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="269"/>
        <source>A question, as a user would ask it</source>
        <translation>Une question, telle qu&apos;un usager la poserait</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="270"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="271"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="272"/>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="276"/>
        <source>hybrid (meaning and words)</source>
        <translation>hybride (sens et mots)</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="277"/>
        <source>dense (meaning)</source>
        <translation>dense (sens)</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="278"/>
        <source>lexical (words)</source>
        <translation>lexical (mots)</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="334"/>
        <source>Documents in {name}</source>
        <translation>Documents de {name}</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="336"/>
        <location filename="../gui/pages/documents.py" line="491"/>
        <source>superseded</source>
        <translation>remplacée</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="343"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="375"/>
        <source>Create a collection first (New collection…).</source>
        <translation>Créez d&apos;abord une collection (Nouvelle collection…).</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="381"/>
        <source>Select a document first.</source>
        <translation>Sélectionnez d&apos;abord un document.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="395"/>
        <source>Created collection {name}.</source>
        <translation>Collection {name} créée.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="404"/>
        <source>Remove collection</source>
        <translation>Supprimer la collection</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="406"/>
        <source>Remove the collection {name} and its {n} document(s) for good? Every document is crypto-erased: this cannot be undone.</source>
        <translation>Supprimer définitivement la collection {name} et ses {n} document(s) ? Chaque document est effacé cryptographiquement : c&apos;est irréversible.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="419"/>
        <source>Removed collection {name} and its {n} document(s).</source>
        <translation>Collection {name} et ses {n} document(s) supprimés.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="432"/>
        <source>Documents to import</source>
        <translation>Documents à importer</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="434"/>
        <source>Documents (*.pdf *.docx *.odt *.html *.htm *.md *.markdown *.txt *.text);;All files (*)</source>
        <translation>Documents (*.pdf *.docx *.odt *.html *.htm *.md *.markdown *.txt *.text);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="458"/>
        <source>{file}: {name} version {v}, {n} chunks.</source>
        <translation>{file} : {name} version {v}, {n} fragments.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="460"/>
        <source>{file}: {name} version {v} replaces the previous one, {n} chunks.</source>
        <translation>{file} : {name} version {v} remplace la précédente, {n} fragments.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="462"/>
        <source>{file}: unchanged; {name} stays at version {v}.</source>
        <translation>{file} : inchangé ; {name} reste en version {v}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="468"/>
        <source>{file}: page(s) {pages} have no text layer (scanned?) and were not indexed; OCR them to include them.</source>
        <translation>{file} : la ou les pages {pages} n&apos;ont pas de couche texte (numérisées ?) et n&apos;ont pas été indexées ; passez-les à l&apos;OCR pour les inclure.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="472"/>
        <source>Imported into {collection} (encrypted):</source>
        <translation>Importé dans {collection} (chiffré) :</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="490"/>
        <source>Versions of {name}</source>
        <translation>Versions de {name}</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="491"/>
        <source>current</source>
        <translation>actuelle</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="493"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="494"/>
        <source>Superseded</source>
        <translation>Remplacée</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="519"/>
        <source>Remove document</source>
        <translation>Supprimer le document</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="521"/>
        <source>Remove {name} and every version of it from {collection}? It is crypto-erased: its keys are destroyed, and this cannot be undone.</source>
        <translation>Supprimer {name} et toutes ses versions de {collection} ? Il est effacé cryptographiquement : ses clés sont détruites, et c&apos;est irréversible.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="534"/>
        <source>Removed {name} ({n} version(s)); its data can no longer be decrypted.</source>
        <translation>{name} supprimé ({n} version(s)) ; ses données ne peuvent plus être déchiffrées.</translation>
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
        <translation>score {score} · sens {dense} · mots {lexical}</translation>
    </message>
</context>
<context>
    <name>DriftSection</name>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="145"/>
        <source>Scripts of the prompts</source>
        <translation>Écritures des questions</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="146"/>
        <source>Prompt length</source>
        <translation>Longueur des questions</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="147"/>
        <source>Tokens per character</source>
        <translation>Tokens par caractère</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="148"/>
        <source>Byte-fallback tokens</source>
        <translation>Tokens d&apos;octets de repli</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="149"/>
        <source>Meaning (embeddings)</source>
        <translation>Sens (plongements)</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="150"/>
        <source>Answer length</source>
        <translation>Longueur des réponses</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="151"/>
        <source>Refusals</source>
        <translation>Refus</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="152"/>
        <source>Bad ratings</source>
        <translation>Mauvaises notes</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="156"/>
        <source>Drift</source>
        <translation>Dérive</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="157"/>
        <source>Check now</source>
        <translation>Vérifier maintenant</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="159"/>
        <source>Compare the line&apos;s recent traffic with its reference now (the same check the watch loop runs).</source>
        <translation>Comparer maintenant le trafic récent de la ligne à sa référence (la même vérification que la boucle de surveillance).</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="163"/>
        <source>Each check compares a window of recent requests with the line&apos;s reference through several tests; a p-value under its threshold is an alarm.</source>
        <translation>Chaque vérification compare une fenêtre de requêtes récentes à la référence de la ligne par plusieurs tests ; une valeur p sous son seuil est une alarme.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="168"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="168"/>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="168"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="168"/>
        <source>Alarms</source>
        <translation>Alarmes</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="172"/>
        <source>Each chart: the detector&apos;s p-value at each check, oldest on the left (log scale; lower means further from the reference), the dashed line its threshold, red dots alarms, the dotted line the selected check.</source>
        <translation>Chaque graphique : la valeur p du détecteur à chaque vérification, la plus ancienne à gauche (échelle log ; plus bas = plus loin de la référence), en tirets son seuil, en rouge les alarmes, en pointillés la vérification choisie.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="179"/>
        <source>No drift check yet for this line: press Check now to compare its recent traffic (captured requests) with the data it was trained on.</source>
        <translation>Aucune vérification de dérive pour cette ligne : cliquez sur Vérifier maintenant pour comparer son trafic récent (requêtes capturées) aux données de son entraînement.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="209"/>
        <location filename="../gui/pages/lifecycle_drift.py" line="289"/>
        <source>drift</source>
        <translation>dérive</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="209"/>
        <location filename="../gui/pages/lifecycle_drift.py" line="289"/>
        <source>no drift</source>
        <translation>pas de dérive</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="249"/>
        <source>{detector} did not run: {why}</source>
        <translation>{detector} n&apos;a pas été calculé : {why}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="274"/>
        <source>{detector}: p = {p}</source>
        <translation>{detector} : p = {p}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_drift.py" line="290"/>
        <source>Drift check done: {verdict}.</source>
        <translation>Vérification de dérive terminée : {verdict}.</translation>
    </message>
</context>
<context>
    <name>EvaluatePage</name>
    <message>
        <location filename="../gui/pages/evaluate.py" line="138"/>
        <source>Evaluate</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="141"/>
        <source>Compare models</source>
        <translation>Comparer des modèles</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="142"/>
        <source>Model lines</source>
        <translation>Lignes de modèles</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="143"/>
        <source>Suite</source>
        <translation>Suite</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="143"/>
        <source>Run on</source>
        <translation>Exécuter sur</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="145"/>
        <source>no suite yet: import a suite file</source>
        <translation>aucune suite : importez un fichier de suite</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="146"/>
        <source>Import a suite file…</source>
        <translation>Importer un fichier de suite…</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="148"/>
        <source>A TOML or JSON Lines file of cases (docs/formats/eval-suite.md); kept encrypted.</source>
        <translation>Un fichier TOML ou JSON Lines de cas (docs/formats/eval-suite.md) ; conservé chiffré.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="153"/>
        <source>its GGUF export, through llama.cpp (as served)</source>
        <translation>son export GGUF, par llama.cpp (tel que servi)</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="154"/>
        <source>the stored model, through transformers</source>
        <translation>le modèle stocké, par transformers</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="159"/>
        <source>Evaluate and compare</source>
        <translation>Évaluer et comparer</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="167"/>
        <source>Save report…</source>
        <translation>Enregistrer le rapport…</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="168"/>
        <source>The comparison as one HTML page, answers included (in the clear).</source>
        <translation>La comparaison en une page HTML, réponses comprises (en clair).</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="170"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="170"/>
        <source>Passed</source>
        <translation>Réussis</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="170"/>
        <source>Mean latency</source>
        <translation>Latence moyenne</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="170"/>
        <source>Tokens per answer</source>
        <translation>Tokens par réponse</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="157"/>
        <source>Models to compare</source>
        <translation>Modèles à comparer</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="158"/>
        <source>The first ticked model is the baseline; drag the models to reorder them.</source>
        <translation>Le premier modèle coché est la référence ; faites glisser les modèles pour les réordonner.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="160"/>
        <source>Run again</source>
        <translation>Relancer</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="163"/>
        <source>Evaluate anew even the models that already have a finished evaluation on this suite version (otherwise it is reused).</source>
        <translation>Évaluer à nouveau même les modèles qui ont déjà une évaluation terminée sur cette version de la suite (sinon elle est réutilisée).</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="188"/>
        <source>{name} (version {version}, {cases} cases)</source>
        <translation>{name} (version {version}, {cases} cas)</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="221"/>
        <source>No model has a verified export yet: export one on the Export page.</source>
        <translation>Aucun modèle n&apos;a encore d&apos;export vérifié : exportez-en un sur la page Export.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="223"/>
        <source>No model yet: import one on the Models page.</source>
        <translation>Aucun modèle : importez-en un sur la page Modèles.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="247"/>
        <source>Evaluation suite</source>
        <translation>Suite d&apos;évaluation</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="247"/>
        <source>Suites (*.toml *.jsonl);;All files (*)</source>
        <translation>Suites (*.toml *.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="263"/>
        <source>Suite {name} version {version}: {cases} cases, kept encrypted.</source>
        <translation>Suite {name} version {version} : {cases} cas, conservés chiffrés.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="279"/>
        <source>Choose a suite, or import a suite file.</source>
        <translation>Choisissez une suite, ou importez un fichier de suite.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="282"/>
        <source>Tick at least one model to evaluate.</source>
        <translation>Cochez au moins un modèle à évaluer.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="309"/>
        <source>Compared {n} model(s) on suite {suite}.</source>
        <translation>{n} modèle(s) comparé(s) sur la suite {suite}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="326"/>
        <source>Choose a suite, tick one or more models and press Evaluate and compare: each model answers every case with greedy decoding, and the results appear here side by side.</source>
        <translation>Choisissez une suite, cochez un ou plusieurs modèles et cliquez sur Évaluer et comparer : chaque modèle répond à chaque cas en décodage glouton, et les résultats s&apos;affichent ici côte à côte.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="341"/>
        <source>Suite {suite}: {cases} cases, {n} model(s)</source>
        <translation>Suite {suite} : {cases} cas, {n} modèle(s)</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="349"/>
        <source>{model} (baseline)</source>
        <translation>{model} (référence)</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="357"/>
        <source>{ms} ms</source>
        <translation>{ms} ms</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="365"/>
        <source>Evaluation {id}</source>
        <translation>Évaluation {id}</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="374"/>
        <source>Slice</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="384"/>
        <source>{model} against {baseline}: {difference} points (95 % interval {low} … {high}, paired bootstrap); {mcnemar}; only {baseline} passed {b}, only {model} passed {c}.</source>
        <translation>{model} par rapport à {baseline} : {difference} points (intervalle à 95 % {low} … {high}, bootstrap apparié) ; {mcnemar} ; seul {baseline} a réussi {b}, seul {model} a réussi {c}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="400"/>
        <source>Promotion gate: {summary}</source>
        <translation>Porte de promotion : {summary}</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="402"/>
        <source>Tick a second model to compare it with this one.</source>
        <translation>Cochez un second modèle pour le comparer à celui-ci.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="406"/>
        <source>Case</source>
        <translation>Cas</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="406"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="437"/>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="437"/>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="466"/>
        <source>{passed}/{n} ({pct} %)</source>
        <translation>{passed}/{n} ({pct} %)</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="481"/>
        <source>Evaluate and compare first: there is no report to save.</source>
        <translation>Évaluez et comparez d&apos;abord : il n&apos;y a pas de rapport à enregistrer.</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="485"/>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="485"/>
        <source>HTML page (*.html)</source>
        <translation>Page HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="492"/>
        <source>Could not write {path}: {why}</source>
        <translation>Impossible d&apos;écrire {path} : {why}</translation>
    </message>
    <message>
        <location filename="../gui/pages/evaluate.py" line="495"/>
        <source>Saved the report to {path}. It holds the answers in the clear.</source>
        <translation>Rapport enregistré dans {path}. Il contient les réponses en clair.</translation>
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
        <translation>Fusionner un entraînement terminé en un nouveau modèle</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="113"/>
        <source>name of the merged model (optional)</source>
        <translation>nom du modèle fusionné (facultatif)</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="114"/>
        <source>no finished run waiting to be merged</source>
        <translation>aucune exécution terminée en attente de fusion</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="115"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="116"/>
        <source>Export to GGUF with the verification gate</source>
        <translation>Exporter en GGUF avec la vérification</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="118"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="118"/>
        <location filename="../gui/pages/export.py" line="137"/>
        <source>Quantization</source>
        <translation>Quantification</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="118"/>
        <source>Tokenizer differences</source>
        <translation>Différences du tokeniseur</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="124"/>
        <source>default: fail only on Latin, code, digits or lost text</source>
        <translation>défaut : échec seulement sur latin, code, chiffres ou texte perdu</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="125"/>
        <source>strict: any difference fails</source>
        <translation>strict : toute différence échoue</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="126"/>
        <source>lenient: differences only warn</source>
        <translation>tolérant : les différences avertissent seulement</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="130"/>
        <source>Export and verify</source>
        <translation>Exporter et vérifier</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="131"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="132"/>
        <source>Exports of this model</source>
        <translation>Exports de ce modèle</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="133"/>
        <source>Verification report</source>
        <translation>Rapport de vérification</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="134"/>
        <source>Model card</source>
        <translation>Fiche du modèle</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="138"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="139"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="140"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="141"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="142"/>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="145"/>
        <source>Show in folder</source>
        <translation>Afficher dans le dossier</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="146"/>
        <source>Copy path</source>
        <translation>Copier le chemin</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="147"/>
        <source>Save a copy as…</source>
        <translation>Enregistrer une copie sous…</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="149"/>
        <source>Copies the GGUF out of the workspace; the copy is recorded in the audit log.</source>
        <translation>Copie le GGUF hors de l&apos;espace de travail ; la copie est consignée dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="160"/>
        <source>built-in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="160"/>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="160"/>
        <source>merged</source>
        <translation>fusionné</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="273"/>
        <source>Copied the path of the GGUF.</source>
        <translation>Chemin du GGUF copié.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="283"/>
        <source>Save a copy of the GGUF</source>
        <translation>Enregistrer une copie du GGUF</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="301"/>
        <source>Saved a copy to {path} (recorded in the audit log).</source>
        <translation>Copie enregistrée dans {path} (consignée dans le journal d&apos;audit).</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="412"/>
        <source>Already exported</source>
        <translation>Déjà exporté</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="415"/>
        <source>{model} is already exported to {quant} and verified: {file} ({size}, {date}). Use that export, or make a second copy?</source>
        <translation>{model} est déjà exporté en {quant} et vérifié : {file} ({size}, {date}). Utiliser cet export, ou en faire une seconde copie ?</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="425"/>
        <source>Use the existing export</source>
        <translation>Utiliser l&apos;export existant</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="426"/>
        <source>Export again</source>
        <translation>Exporter à nouveau</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="437"/>
        <source>Using the existing export {file}: chat with it on the Playground page, or serve it.</source>
        <translation>Export existant {file} utilisé : discutez avec lui sur la page Bac à sable, ou servez-le.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="467"/>
        <source>Exported and verified: {file} ({size}). Chat with it on the Playground page.</source>
        <translation>Exporté et vérifié : {file} ({size}). Discutez avec lui sur la page Bac à sable.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="325"/>
        <source>{name}  ~{size}  ({bits} bits per weight)</source>
        <translation>{name}  ~{size}  ({bits} bits par poids)</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="343"/>
        <source>Choose a finished training run to merge.</source>
        <translation>Choisissez une exécution d&apos;entraînement terminée à fusionner.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="357"/>
        <source>Merged into model {name}.</source>
        <translation>Fusionné dans le modèle {name}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="369"/>
        <source>Choose a model and a quantization.</source>
        <translation>Choisissez un modèle et une quantification.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="254"/>
        <source>Verified: the GGUF behaves like the model it was made from.</source>
        <translation>Vérifié : le GGUF se comporte comme le modèle dont il est issu.</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="196"/>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="197"/>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="198"/>
        <source>in progress</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="244"/>
        <source>No file: {why}</source>
        <translation>Aucun fichier : {why}</translation>
    </message>
    <message>
        <location filename="../gui/pages/export.py" line="256"/>
        <location filename="../gui/pages/export.py" line="464"/>
        <source>Failed verification: the export is kept but marked failed.</source>
        <translation>Échec de la vérification : l&apos;export est conservé mais marqué en échec.</translation>
    </message>
</context>
<context>
    <name>FeedbackRow</name>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="58"/>
        <source>Good</source>
        <translation>Bien</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="59"/>
        <source>Bad</source>
        <translation>Mauvais</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="60"/>
        <source>A good answer (recorded with the captured request)</source>
        <translation>Une bonne réponse (enregistré avec la requête capturée)</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="61"/>
        <source>A bad answer (recorded with the captured request)</source>
        <translation>Une mauvaise réponse (enregistré avec la requête capturée)</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="62"/>
        <source>Correct this answer…</source>
        <translation>Corriger cette réponse…</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="64"/>
        <source>Write the answer it should have given; a reviewer decides whether it is learnt.</source>
        <translation>Écrivez la réponse qu&apos;il aurait dû donner ; un relecteur décide si elle est apprise.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="74"/>
        <source>Thank you: recorded for review.</source>
        <translation>Merci : enregistré pour la revue.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="76"/>
        <source>Captured for this line&apos;s review: was it right?</source>
        <translation>Capturé pour la revue de cette ligne : était-ce juste ?</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="102"/>
        <source>Correct this answer</source>
        <translation>Corriger cette réponse</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_feedback.py" line="102"/>
        <source>The answer the model should have given:</source>
        <translation>La réponse que le modèle aurait dû donner :</translation>
    </message>
</context>
<context>
    <name>FormText</name>
    <message>
        <location filename="../gui/pages/train_form.py" line="20"/>
        <source>automatic</source>
        <translation>automatique</translation>
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
        <translation>complet (tous les poids)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="26"/>
        <source>supervised (learn the answers)</source>
        <translation>supervisé (apprendre les réponses)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="27"/>
        <source>DPO (preference pairs)</source>
        <translation>DPO (paires de préférence)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="28"/>
        <source>SimPO (pairs, no reference)</source>
        <translation>SimPO (paires, sans référence)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="29"/>
        <source>KTO (answers judged good or bad)</source>
        <translation>KTO (réponses jugées bonnes ou mauvaises)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="33"/>
        <source>on</source>
        <translation>activé</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="33"/>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="44"/>
        <source>From {low} to {high}.</source>
        <translation>De {low} à {high}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/train_form.py" line="49"/>
        <source>The preset {preset} sets {value}.</source>
        <translation>Le préréglage {preset} donne {value}.</translation>
    </message>
</context>
<context>
    <name>GateText</name>
    <message>
        <location filename="../gui/gate_text.py" line="159"/>
        <source>(llama.cpp loses text)</source>
        <translation>(llama.cpp perd du texte)</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="141"/>
        <source>(not NFC)</source>
        <translation>(pas en NFC)</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="173"/>
        <source>, {n} lose text</source>
        <translation>, {n} perdent du texte</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="46"/>
        <source>Arabic</source>
        <translation>arabe</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="31"/>
        <source>BOS token</source>
        <translation>token BOS</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="47"/>
        <source>Chinese, Japanese, Korean</source>
        <translation>chinois, japonais, coréen</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="44"/>
        <source>Devanagari</source>
        <translation>devanagari</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="32"/>
        <source>EOS token</source>
        <translation>token EOS</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="24"/>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="168"/>
        <source>Held-out {script} lines: {identical}/{lines} tokenized identically by llama.cpp</source>
        <translation>Lignes réservées en {script} : {identical}/{lines} tokenisées à l&apos;identique par llama.cpp</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="41"/>
        <source>Latin</source>
        <translation>latin</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="92"/>
        <source>Logits on {positions} probe positions ({prompts} prompts, reference in {dtype}): top-1 agreement {agreement} (needs ≥ {needed}), mean KL {kl} nats (needs ≤ {max_kl}), p95 KL {kl_high}</source>
        <translation>Logits sur {positions} positions de sonde ({prompts} invites, référence en {dtype}) : accord top-1 {agreement} (exigé ≥ {needed}), KL moyen {kl} nats (exigé ≤ {max_kl}), KL p95 {kl_high}</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="22"/>
        <source>PASS</source>
        <translation>RÉUSSI</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="115"/>
        <source>Probe set {version}; took {s} s.</source>
        <translation>Jeu de sondes {version} ; durée {s} s.</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="25"/>
        <source>SKIP</source>
        <translation>IGNORÉ</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="45"/>
        <source>Tamil</source>
        <translation>tamoul</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="130"/>
        <source>Tokenizer probes: {same}/{total} identical; policy {policy}: {explanation}</source>
        <translation>Sondes du tokeniseur : {same}/{total} identiques ; règle {policy} : {explanation}</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="51"/>
        <source>Unicode normalization</source>
        <translation>normalisation Unicode</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="83"/>
        <source>Verification gate ({quant}): {verdict}</source>
        <translation>Vérification ({quant}) : {verdict}</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="23"/>
        <source>WARN</source>
        <translation>AVERT.</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="143"/>
        <source>[{mark}] {category}: {text} — HF {hf} tokens, llama.cpp {llama}; first difference at token {k}: HF {hf_pieces} vs llama.cpp {llama_pieces}</source>
        <translation>[{mark}] {category} : {text} — HF {hf} tokens, llama.cpp {llama} ; première différence au token {k} : HF {hf_pieces} contre llama.cpp {llama_pieces}</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="34"/>
        <source>add-BOS flag</source>
        <translation>indicateur d&apos;ajout de BOS</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="35"/>
        <source>chat rendering</source>
        <translation>rendu des conversations</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="30"/>
        <source>chat template embedded</source>
        <translation>modèle de conversation intégré</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="42"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="43"/>
        <source>digits</source>
        <translation>chiffres</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="48"/>
        <source>emoji</source>
        <translation>émojis</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="33"/>
        <source>end-of-turn tokens</source>
        <translation>tokens de fin de tour</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="36"/>
        <source>extended-vocabulary parity</source>
        <translation>parité du vocabulaire étendu</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="28"/>
        <source>loads in llama.cpp</source>
        <translation>se charge dans llama.cpp</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="29"/>
        <source>logits</source>
        <translation>logits</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="49"/>
        <source>native digits</source>
        <translation>chiffres natifs</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="37"/>
        <source>new vocabulary rows</source>
        <translation>nouvelles lignes du vocabulaire</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="38"/>
        <source>tokenizer probes</source>
        <translation>sondes du tokeniseur</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="50"/>
        <source>whitespace</source>
        <translation>espaces</translation>
    </message>
    <message>
        <location filename="../gui/gate_text.py" line="179"/>
        <source>{text}: first difference at token {k}: HF {hf_pieces} vs llama.cpp {llama_pieces}</source>
        <translation>{text} : première différence au token {k} : HF {hf_pieces} contre llama.cpp {llama_pieces}</translation>
    </message>
</context>
<context>
    <name>GettingStarted</name>
    <message>
        <location filename="../gui/pages/workspace.py" line="61"/>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="63"/>
        <source>1. Create the workspace: its keys encrypt every dataset and the audit log.</source>
        <translation>1. Créez l&apos;espace de travail : ses clés chiffrent chaque jeu de données et le journal d&apos;audit.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="64"/>
        <source>2. Unpack the built-in model (SmolLM2, runs on this computer&apos;s CPU).</source>
        <translation>2. Décompressez le modèle intégré (SmolLM2, fonctionne sur le CPU de cet ordinateur).</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="65"/>
        <source>3. Import data: the sample registry questions, or your own JSONL or CSV file.</source>
        <translation>3. Importez des données : les questions d&apos;exemple sur le registre, ou votre propre fichier JSONL ou CSV.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="66"/>
        <source>4. Train: a few minutes on the sample with the CPU preset.</source>
        <translation>4. Entraînez : quelques minutes sur l&apos;exemple avec le préréglage CPU.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="67"/>
        <source>5. Merge the run and export it to GGUF through the verification gate.</source>
        <translation>5. Fusionnez l&apos;entraînement et exportez-le en GGUF en passant la vérification.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="68"/>
        <source>6. Chat with the base and the tuned model side by side.</source>
        <translation>6. Discutez côte à côte avec le modèle de base et le modèle affiné.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="71"/>
        <source>Create below</source>
        <translation>Créer ci-dessous</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="72"/>
        <source>Unpack</source>
        <translation>Décompresser</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="73"/>
        <source>Use the sample</source>
        <translation>Utiliser l&apos;exemple</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="74"/>
        <source>Open Train</source>
        <translation>Ouvrir Entraînement</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="75"/>
        <source>Open Export</source>
        <translation>Ouvrir Export</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="76"/>
        <source>Open Playground</source>
        <translation>Ouvrir Bac à sable</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="105"/>
        <source>The built-in model {name} is ready.</source>
        <translation>Le modèle intégré {name} est prêt.</translation>
    </message>
</context>
<context>
    <name>GovText</name>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="17"/>
        <source>admin</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="18"/>
        <source>operator</source>
        <translation>opérateur</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="19"/>
        <source>approver</source>
        <translation>approbateur</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="20"/>
        <source>auditor</source>
        <translation>auditeur</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="27"/>
        <source>people, policy, auditors and key rotation, and everything an operator does</source>
        <translation>personnes, politique, auditeurs et renouvellement des clés, et tout ce que fait un opérateur</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="28"/>
        <source>data, training, export, evaluation, serving; asks for promotions</source>
        <translation>données, entraînement, export, évaluation, service ; demande les promotions</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="29"/>
        <source>decides approval requests; may chat with a model to judge it</source>
        <translation>décide des demandes d&apos;approbation ; peut dialoguer avec un modèle pour le juger</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="30"/>
        <source>exports evidence packages only</source>
        <translation>exporte uniquement des paquets de preuves</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="35"/>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="36"/>
        <source>approved</source>
        <translation>approuvée</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="37"/>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="38"/>
        <source>used</source>
        <translation>utilisée</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="39"/>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="40"/>
        <source>void (no longer holds)</source>
        <translation>caduque (ne vaut plus)</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="41"/>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="42"/>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../gui/widgets/gov_text.py" line="48"/>
        <source>Signed in as {name} ({role})</source>
        <translation>Connecté en tant que {name} ({role})</translation>
    </message>
</context>
<context>
    <name>HardwarePanel</name>
    <message>
        <location filename="../gui/widgets/hardware.py" line="214"/>
        <source>This machine&apos;s load, once a second</source>
        <translation>Charge de cette machine, chaque seconde</translation>
    </message>
    <message>
        <location filename="../gui/widgets/hardware.py" line="215"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../gui/widgets/hardware.py" line="216"/>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <location filename="../gui/widgets/hardware.py" line="224"/>
        <source>GPU {n} load</source>
        <translation>Charge du GPU {n}</translation>
    </message>
    <message>
        <location filename="../gui/widgets/hardware.py" line="225"/>
        <source>GPU {n} memory</source>
        <translation>Mémoire du GPU {n}</translation>
    </message>
    <message>
        <location filename="../gui/widgets/hardware.py" line="235"/>
        <source>{used} of {total}</source>
        <translation>{used} sur {total}</translation>
    </message>
</context>
<context>
    <name>JobProgress</name>
    <message>
        <location filename="../gui/widgets/common.py" line="362"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../gui/widgets/common.py" line="370"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../gui/widgets/common.py" line="396"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>LifecyclePage</name>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="165"/>
        <source>Lifecycle</source>
        <translation>Cycle de vie</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="168"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="169"/>
        <source>no model line yet</source>
        <translation>aucune ligne de modèles</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="172"/>
        <source>No model lines yet. A line is what this appliance serves, watches and retrains: create one with `appliance lines create NAME --from-run RUN --suite SUITE --gate GATE.toml`, then come back here to switch on capture.</source>
        <translation>Aucune ligne de modèles. Une ligne est ce que cet appareil sert, surveille et réentraîne : créez-en une avec `appliance lines create NAME --from-run RUN --suite SUITE --gate GATE.toml`, puis revenez ici activer la capture.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="224"/>
        <source>production</source>
        <translation>production</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="224"/>
        <source>candidate</source>
        <translation>candidat</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle.py" line="227"/>
        <source>{channel}: {model}</source>
        <translation>{channel} : {model}</translation>
    </message>
</context>
<context>
    <name>LinesTab</name>
    <message>
        <location filename="../gui/pages/lines.py" line="102"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="103"/>
        <location filename="../gui/pages/lines.py" line="124"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="104"/>
        <source>no model line yet</source>
        <translation>aucune ligne de modèles</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="105"/>
        <source>Promote to production</source>
        <translation>Promouvoir en production</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="108"/>
        <source>Evaluates the model on the line&apos;s suites where needed, compares it with the current production model, and moves it to production only if the line&apos;s gate passes.</source>
        <translation>Évalue le modèle sur les suites de la ligne si besoin, le compare au modèle en production et ne le passe en production que si la porte de la ligne l&apos;accepte.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="114"/>
        <source>No model lines yet. A line names a customization, its suites and its promotion gate: create one with `appliance lines create NAME --from-run RUN --suite SUITE --gate GATE.toml`.</source>
        <translation>Aucune ligne de modèles. Une ligne nomme une personnalisation, ses suites et sa porte de promotion : créez-en une avec `appliance lines create NAME --from-run RUN --suite SUITE --gate GATE.toml`.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="118"/>
        <source>The gate&apos;s verdict</source>
        <translation>Le verdict de la porte</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="119"/>
        <source>Show its comparison</source>
        <translation>Afficher sa comparaison</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="120"/>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="124"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="124"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="124"/>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="124"/>
        <source>Gate</source>
        <translation>Porte</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="139"/>
        <source>{line} (production: {production}; candidate: {candidate})</source>
        <translation>{line} (production : {production} ; candidat : {candidate})</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="174"/>
        <source>production</source>
        <translation>production</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="174"/>
        <source>candidate</source>
        <translation>candidat</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="178"/>
        <source>{channel}: {model} since {since}</source>
        <translation>{channel} : {model} depuis {since}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="183"/>
        <source>{channel}: none</source>
        <translation>{channel} : aucun</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="189"/>
        <source>Suites: {suites}</source>
        <translation>Suites : {suites}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="190"/>
        <source>Gate: {gate}</source>
        <translation>Porte : {gate}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="194"/>
        <source>promoted</source>
        <translation>promu</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="194"/>
        <location filename="../gui/pages/lines.py" line="204"/>
        <location filename="../gui/pages/lines.py" line="246"/>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="194"/>
        <source>rebased</source>
        <translation>rebasé</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="204"/>
        <location filename="../gui/pages/lines.py" line="246"/>
        <source>passed</source>
        <translation>réussi</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="217"/>
        <source>pass rate at least {pct} %</source>
        <translation>taux de réussite d&apos;au moins {pct} %</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="220"/>
        <source>{slice} pass rate at least {pct} %</source>
        <translation>taux de réussite de {slice} d&apos;au moins {pct} %</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="223"/>
        <source>must pass: {cases}</source>
        <translation>doivent réussir : {cases}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="225"/>
        <source>no drop over {pct} % against production that is significant (p &lt; {p})</source>
        <translation>aucune baisse de plus de {pct} % par rapport à la production qui soit significative (p &lt; {p})</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="263"/>
        <source>Choose a model line and a model with a verified export.</source>
        <translation>Choisissez une ligne de modèles et un modèle ayant un export vérifié.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="290"/>
        <source>{model} is now {line}@production.</source>
        <translation>{model} est désormais {line}@production.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="320"/>
        <source>Request {id} is approved: promote {model} again to move it to {line}@production (an approval is used once, for this model and this verdict).</source>
        <translation>La demande {id} est approuvée : promouvez à nouveau {model} pour le passer en {line}@production (une approbation ne sert qu&apos;une fois, pour ce modèle et ce verdict).</translation>
    </message>
    <message>
        <location filename="../gui/pages/lines.py" line="328"/>
        <source>Waiting for approval: request {id} asks a second person to let {model} become {line}@production. An approver finds it on the Approvals page; promote again once it is approved. Nothing was changed.</source>
        <translation>En attente d&apos;approbation : la demande {id} demande à une seconde personne de laisser {model} devenir {line}@production. Un approbateur la trouve sur la page Approbations ; promouvez à nouveau une fois approuvée. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="130"/>
        <source>Sovereign model appliance</source>
        <translation>Appliance de modèles souveraine</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="137"/>
        <source>No workspace</source>
        <translation>Aucun espace de travail</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="143"/>
        <source>Unlocked</source>
        <translation>Déverrouillé</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="145"/>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="179"/>
        <source>Keep training?</source>
        <translation>Poursuivre l’entraînement ?</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="181"/>
        <source>A training run is in progress. It can go on without this window: its checkpoints and result are saved as usual, and the Train page shows it when you open the appliance again (stop it there, or with `appliance runs stop`). Or it can stop now, keeping a checkpoint to resume from.</source>
        <translation>Un entraînement est en cours. Il peut continuer sans cette fenêtre : ses points de contrôle et son résultat sont enregistrés comme d’habitude, et la page Entraînement l’affiche quand vous rouvrez l’appliance (arrêtez-le là, ou avec `appliance runs stop`). Ou il peut s’arrêter maintenant, en gardant un point de contrôle pour reprendre.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="189"/>
        <source>Keep training and close</source>
        <translation>Poursuivre l’entraînement et fermer</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="190"/>
        <source>Stop the run and close</source>
        <translation>Arrêter l’entraînement et fermer</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="208"/>
        <source>Stop the server?</source>
        <translation>Arrêter le serveur ?</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="210"/>
        <source>The API server at {url} is running ({models}). It runs inside this window: closing the window stops it, and programs using it lose their connection.</source>
        <translation>Le serveur d&apos;API sur {url} fonctionne ({models}). Il tourne dans cette fenêtre : la fermer l&apos;arrête, et les programmes qui l&apos;utilisent perdent leur connexion.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="219"/>
        <source>Stop the server and close</source>
        <translation>Arrêter le serveur et fermer</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../gui/pages/models.py" line="63"/>
        <location filename="../gui/pages/models.py" line="66"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="67"/>
        <source>Training runs</source>
        <translation>Entraînements</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="68"/>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="69"/>
        <source>Tokenizers</source>
        <translation>Tokeniseurs</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="73"/>
        <location filename="../gui/pages/models.py" line="84"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="74"/>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="75"/>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="76"/>
        <source>Parameters</source>
        <translation>Paramètres</translation>
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
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="79"/>
        <location filename="../gui/pages/models.py" line="90"/>
        <location filename="../gui/pages/models.py" line="100"/>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="85"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="86"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="87"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="88"/>
        <source>Train loss</source>
        <translation>Perte d&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="89"/>
        <source>Held-out loss</source>
        <translation>Perte sur les données réservées</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="95"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="97"/>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="98"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="103"/>
        <source>Lineage of the selected item</source>
        <translation>Lignée de l&apos;élément sélectionné</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="104"/>
        <source>Import a model folder…</source>
        <translation>Importer un dossier de modèle…</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="105"/>
        <source>Import a GGUF file…</source>
        <translation>Importer un fichier GGUF…</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="106"/>
        <location filename="../gui/pages/models.py" line="250"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="115"/>
        <source>built-in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="116"/>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="117"/>
        <source>merged</source>
        <translation>fusionné</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="118"/>
        <source>extended</source>
        <translation>étendu</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="138"/>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="139"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="140"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="142"/>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="162"/>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="141"/>
        <location filename="../gui/pages/models.py" line="163"/>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="164"/>
        <source>unverified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="206"/>
        <source>Hugging Face model folder</source>
        <translation>Dossier de modèle Hugging Face</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="208"/>
        <source>GGUF file</source>
        <translation>Fichier GGUF</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="221"/>
        <source>Imported {name}.</source>
        <translation>{name} importé.</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="247"/>
        <source>Select a model or an export to remove.</source>
        <translation>Sélectionnez un modèle ou un export à supprimer.</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="250"/>
        <source>Remove {obj} and its files?</source>
        <translation>Supprimer {obj} et ses fichiers ?</translation>
    </message>
    <message>
        <location filename="../gui/pages/models.py" line="263"/>
        <source>Removed.</source>
        <translation>Supprimé.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../gui/pages/people.py" line="131"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="135"/>
        <location filename="../gui/pages/people.py" line="146"/>
        <source>Give this workspace people</source>
        <translation>Donner des personnes à cet espace de travail</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="138"/>
        <source>Each person gets their own passphrase, keys and role, and every record of the audit log names who acted. You become the first admin, with the workspace passphrase as your own; from then on only people unlock the workspace, each with their own passphrase.</source>
        <translation>Chaque personne a sa propre phrase secrète, ses clés et son rôle, et chaque enregistrement du journal d&apos;audit nomme qui a agi. Vous devenez le premier administrateur, avec la phrase secrète de l&apos;espace de travail comme la vôtre ; ensuite seules les personnes déverrouillent l&apos;espace de travail, chacune avec sa phrase secrète.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="143"/>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="144"/>
        <source>Workspace passphrase</source>
        <translation>Phrase secrète de l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="145"/>
        <location filename="../gui/pages/people.py" line="175"/>
        <source>one word, e.g. asha.rao</source>
        <translation>un seul mot, p. ex. asha.rao</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="147"/>
        <source>People of this workspace</source>
        <translation>Personnes de cet espace de travail</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="150"/>
        <location filename="../gui/pages/people.py" line="166"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="151"/>
        <location filename="../gui/pages/people.py" line="167"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="152"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="153"/>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="154"/>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="155"/>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="158"/>
        <source>Show removed people</source>
        <translation>Afficher les personnes supprimées</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="159"/>
        <source>Role of the selected person</source>
        <translation>Rôle de la personne sélectionnée</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="160"/>
        <source>Change role</source>
        <translation>Changer le rôle</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="161"/>
        <source>Remove…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="162"/>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="168"/>
        <source>Their passphrase (12+ characters)</source>
        <translation>Sa phrase secrète (12+ caractères)</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="169"/>
        <location filename="../gui/pages/people.py" line="180"/>
        <source>Repeat it</source>
        <translation>Répétez-la</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="170"/>
        <source>Your passphrase (admin)</source>
        <translation>Votre phrase secrète (administrateur)</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="176"/>
        <source>typed by them</source>
        <translation>tapée par la personne</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="177"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="178"/>
        <source>My passphrase</source>
        <translation>Ma phrase secrète</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="180"/>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="180"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="183"/>
        <source>Change my passphrase</source>
        <translation>Changer ma phrase secrète</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="205"/>
        <source>No workspace yet: create it on the Workspace page.</source>
        <translation>Pas encore d&apos;espace de travail : créez-le sur la page Espace de travail.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="209"/>
        <source>This workspace has one passphrase and no people: whoever holds the passphrase may do everything, and the audit log cannot say who acted.</source>
        <translation>Cet espace de travail a une seule phrase secrète et aucune personne : qui la détient peut tout faire, et le journal d&apos;audit ne peut pas dire qui a agi.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="216"/>
        <source>Nobody is signed in: sign in on the Workspace page.</source>
        <translation>Personne n&apos;est connecté : connectez-vous sur la page Espace de travail.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="220"/>
        <source>Only an admin adds or removes people and changes roles; you are {role}.</source>
        <translation>Seul un administrateur ajoute ou supprime des personnes et change les rôles ; vous êtes {role}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="261"/>
        <source>Sign in first (Workspace page).</source>
        <translation>Connectez-vous d&apos;abord (page Espace de travail).</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="282"/>
        <source>{name} is the admin of this workspace and signs in with their passphrase.</source>
        <translation>{name} est l&apos;administrateur de cet espace de travail et se connecte avec sa phrase secrète.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="295"/>
        <location filename="../gui/pages/people.py" line="408"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="311"/>
        <source>Added {name} ({role}).</source>
        <translation>{name} ({role}) ajouté.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="329"/>
        <source>{name} is now {role}.</source>
        <translation>{name} est maintenant {role}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="341"/>
        <source>Remove a person</source>
        <translation>Supprimer une personne</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="343"/>
        <source>Remove {name}? Their keys are deleted: they can no longer sign in, approve or open anything in this workspace. Their name stays in the audit log. This cannot be undone.</source>
        <translation>Supprimer {name} ? Ses clés sont effacées : la personne ne peut plus se connecter, approuver ni ouvrir quoi que ce soit dans cet espace de travail. Son nom reste dans le journal d&apos;audit. C&apos;est irréversible.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="359"/>
        <source>Rotate the master key?</source>
        <translation>Renouveler la clé maîtresse ?</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="361"/>
        <source>Removed {name}: their keys are deleted. Rotate the master key now, so that a copy of the catalog taken before opens nothing new? Every data key is rewrapped; it takes your passphrase.</source>
        <translation>{name} supprimé : ses clés sont effacées. Renouveler la clé maîtresse maintenant, pour qu&apos;une copie du catalogue prise avant n&apos;ouvre rien de nouveau ? Chaque clé de données est ré-enveloppée ; il faut votre phrase secrète.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="367"/>
        <source>Rotate now</source>
        <translation>Renouveler maintenant</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="368"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="374"/>
        <source>Removed {name}. Rotate the master key soon (Workspace page).</source>
        <translation>{name} supprimé. Renouvelez bientôt la clé maîtresse (page Espace de travail).</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="378"/>
        <source>Rotate the master key</source>
        <translation>Renouveler la clé maîtresse</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="378"/>
        <source>Your passphrase</source>
        <translation>Votre phrase secrète</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="397"/>
        <source>New master key; {n} data keys rewrapped.</source>
        <translation>Nouvelle clé maîtresse ; {n} clés de données ré-enveloppées.</translation>
    </message>
    <message>
        <location filename="../gui/pages/people.py" line="418"/>
        <source>Your passphrase is changed; use it to sign in.</source>
        <translation>Votre phrase secrète est changée ; utilisez-la pour vous connecter.</translation>
    </message>
</context>
<context>
    <name>PlaygroundPage</name>
    <message>
        <location filename="../gui/pages/playground.py" line="275"/>
        <source>Playground</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="280"/>
        <source>Ask both models the same thing. They run here through llama.cpp; nothing leaves this machine. Only exports that passed verification are listed.</source>
        <translation>Posez la même question aux deux modèles. Ils tournent ici avec llama.cpp ; rien ne quitte cette machine. Seuls les exports vérifiés sont listés.</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="284"/>
        <source>System prompt</source>
        <translation>Prompt système</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="285"/>
        <source>Optional: how the models should answer, for both panes</source>
        <translation>Facultatif : comment les modèles doivent répondre, pour les deux volets</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="286"/>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="287"/>
        <source>0 always picks the likeliest token; higher values vary more.</source>
        <translation>0 choisit toujours le token le plus probable ; des valeurs plus élevées varient davantage.</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="288"/>
        <source>Max tokens</source>
        <translation>Tokens max.</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="289"/>
        <source>The longest answer, in tokens; a longer one is cut and marked.</source>
        <translation>La réponse la plus longue, en tokens ; au-delà, elle est coupée et signalée.</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="290"/>
        <source>Use documents</source>
        <translation>Utiliser des documents</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="291"/>
        <source>Answer from a document collection, with numbered sources (Documents page).</source>
        <translation>Répondre à partir d&apos;une collection de documents, avec des sources numérotées (page Documents).</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="292"/>
        <source>Saved conversations (encrypted)</source>
        <translation>Conversations enregistrées (chiffrées)</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="293"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="294"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="295"/>
        <source>Type a message and press Enter</source>
        <translation>Tapez un message et appuyez sur Entrée</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="296"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="297"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="298"/>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="311"/>
        <source>(no model)</source>
        <translation>(aucun modèle)</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="351"/>
        <source>Unlock the workspace to see and save conversations.</source>
        <translation>Déverrouillez l&apos;espace de travail pour voir et enregistrer des conversations.</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="388"/>
        <source>Reopened; %1 is no longer exported here, so pick a model for that pane.</source>
        <translation>Rouverte ; %1 n&apos;est plus exporté ici, choisissez donc un modèle pour ce volet.</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="400"/>
        <source>Delete conversation</source>
        <translation>Supprimer la conversation</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="401"/>
        <source>Destroy the conversation “%1” for good? Its key is destroyed; it cannot be recovered.</source>
        <translation>Détruire définitivement la conversation “%1” ? Sa clé est détruite ; elle ne pourra pas être récupérée.</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="464"/>
        <source>Export a model first (Export page).</source>
        <translation>Exportez d&apos;abord un modèle (page Export).</translation>
    </message>
    <message>
        <location filename="../gui/pages/playground.py" line="468"/>
        <source>Use documents needs a document collection (Documents page) and the workspace unlocked.</source>
        <translation>Utiliser des documents demande une collection de documents (page Documents) et l&apos;espace de travail déverrouillé.</translation>
    </message>
</context>
<context>
    <name>ProgressText</name>
    <message>
        <location filename="../gui/core_text.py" line="145"/>
        <source>Checking</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="141"/>
        <source>Converting</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="135"/>
        <source>Copying</source>
        <translation>Copie</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="137"/>
        <source>Encrypting</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="138"/>
        <source>Evaluating</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="144"/>
        <source>Hashing</source>
        <translation>Calcul d&apos;empreinte</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="148"/>
        <source>Inspecting</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="139"/>
        <source>Judging</source>
        <translation>Jugement</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="134"/>
        <source>Learning the new tokens</source>
        <translation>Apprentissage des nouveaux tokens</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="150"/>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="151"/>
        <source>Measuring bits per character</source>
        <translation>Mesure des bits par caractère</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="133"/>
        <source>Merging</source>
        <translation>Fusion</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="131"/>
        <source>Preparing</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="142"/>
        <source>Quantizing</source>
        <translation>Quantification</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="146"/>
        <source>Reading</source>
        <translation>Lecture</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="140"/>
        <source>Rebasing</source>
        <translation>Changement de base</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="149"/>
        <source>Rebuilding the tokenizer</source>
        <translation>Reconstruction du tokeniseur</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="132"/>
        <source>Training</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="136"/>
        <source>Validating</source>
        <translation>Validation</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="143"/>
        <source>Verifying</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../gui/core_text.py" line="147"/>
        <source>Writing the weights</source>
        <translation>Écriture des poids</translation>
    </message>
</context>
<context>
    <name>ReviewSection</name>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="98"/>
        <source>Review queue</source>
        <translation>File de revue</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="99"/>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="103"/>
        <source>items with feedback</source>
        <translation>éléments avec un avis</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="104"/>
        <source>new items</source>
        <translation>nouveaux éléments</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="105"/>
        <source>all items</source>
        <translation>tous les éléments</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="109"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="109"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="109"/>
        <source>Rating</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="109"/>
        <source>Corrected</source>
        <translation>Corrigé</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="109"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="111"/>
        <source>Answer to learn (edit it, then Accept with edit)</source>
        <translation>Réponse à apprendre (modifiez-la, puis Accepter modifié)</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="112"/>
        <source>Text to redact: type it, or select it above</source>
        <translation>Texte à masquer : tapez-le ou sélectionnez-le ci-dessus</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="113"/>
        <source>Redact</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="115"/>
        <source>Replaced by [redacted] everywhere in the item (prompt, answer, corrections) when you decide.</source>
        <translation>Remplacé par [redacted] partout dans l&apos;élément (question, réponse, corrections) quand vous décidez.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="117"/>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="118"/>
        <source>Learn the correction, or the answer given when it was rated good.</source>
        <translation>Apprendre la correction, ou la réponse donnée si elle a été bien notée.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="119"/>
        <source>Accept with edit</source>
        <translation>Accepter modifié</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="120"/>
        <source>Learn the text in the box above instead.</source>
        <translation>Apprendre plutôt le texte de la zone ci-dessus.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="121"/>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="122"/>
        <source>Nothing is learnt from this item.</source>
        <translation>Rien n&apos;est appris de cet élément.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="125"/>
        <source>chat rows (supervised)</source>
        <translation>lignes de conversation (supervisé)</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="126"/>
        <source>preference pairs</source>
        <translation>paires de préférence</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="127"/>
        <source>judgements (good/bad)</source>
        <translation>jugements (bon/mauvais)</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="129"/>
        <source>Make dataset from accepted</source>
        <translation>Créer un jeu de données des acceptés</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="134"/>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="134"/>
        <source>chat</source>
        <translation>conversation</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="134"/>
        <source>Playground</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="139"/>
        <source>good</source>
        <translation>bon</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="139"/>
        <source>bad</source>
        <translation>mauvais</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="158"/>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="158"/>
        <source>accepted</source>
        <translation>accepté</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="158"/>
        <source>rejected</source>
        <translation>rejeté</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="167"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="167"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="179"/>
        <source>{n} accepted item(s) not yet in a dataset</source>
        <translation>{n} élément(s) accepté(s) pas encore dans un jeu de données</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="205"/>
        <source>Capture is off for this line: switch it on to record what it serves.</source>
        <translation>La capture est désactivée pour cette ligne : activez-la pour enregistrer ce qu&apos;elle sert.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="208"/>
        <source>No feedback yet. Items appear here when people rate or correct an answer: under a Playground answer of this line, or through POST /v1/feedback. Show new items to review the rest.</source>
        <translation>Aucun avis pour l&apos;instant. Les éléments apparaissent ici quand on note ou corrige une réponse : sous une réponse de cette ligne dans le Bac à sable, ou par POST /v1/feedback. Affichez les nouveaux éléments pour revoir le reste.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="212"/>
        <source>No new items: everything captured has been reviewed.</source>
        <translation>Aucun nouvel élément : tout ce qui a été capturé a été revu.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="214"/>
        <source>Nothing captured yet.</source>
        <translation>Rien de capturé pour l&apos;instant.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="285"/>
        <source>Unlock the workspace to read the selected item (Workspace page).</source>
        <translation>Déverrouillez l&apos;espace de travail pour lire l&apos;élément choisi (page Espace de travail).</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="287"/>
        <source>Select an item to read it. Each read is recorded in the audit log.</source>
        <translation>Choisissez un élément pour le lire. Chaque lecture est inscrite au journal d&apos;audit.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="293"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="293"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="293"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="298"/>
        <source>Answer given</source>
        <translation>Réponse donnée</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="306"/>
        <source>Feedback ({source}, {when})</source>
        <translation>Avis ({source}, {when})</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="310"/>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="312"/>
        <source>The reviewer&apos;s edit</source>
        <translation>La modification du relecteur</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="328"/>
        <source>Type the text to redact, or select it in the item first.</source>
        <translation>Tapez le texte à masquer, ou sélectionnez-le d&apos;abord dans l&apos;élément.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="342"/>
        <source>Replaced by [redacted] when you decide: {spans}</source>
        <translation>Remplacé par [redacted] quand vous décidez : {spans}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="353"/>
        <source>Write the answer to learn in the box first.</source>
        <translation>Écrivez d&apos;abord la réponse à apprendre dans la zone.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="358"/>
        <source>Item {id} accepted.</source>
        <translation>Élément {id} accepté.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="358"/>
        <source>Item {id} rejected.</source>
        <translation>Élément {id} rejeté.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_review.py" line="380"/>
        <source>Dataset {name} version {version}: {rows} row(s) from {items} accepted item(s).</source>
        <translation>Jeu de données {name} version {version} : {rows} ligne(s) tirée(s) de {items} élément(s) accepté(s).</translation>
    </message>
</context>
<context>
    <name>ServePage</name>
    <message>
        <location filename="../gui/pages/serve.py" line="110"/>
        <source>Serve</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="115"/>
        <source>Serve exported models to programs on this computer through an OpenAI-compatible API. The server listens on 127.0.0.1 only, and every request needs the API token. Only exports that passed verification are listed.</source>
        <translation>Servez les modèles exportés aux programmes de cet ordinateur via une API compatible OpenAI. Le serveur écoute uniquement sur 127.0.0.1, et chaque requête exige le jeton d&apos;API. Seuls les exports vérifiés sont listés.</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="120"/>
        <source>Models to serve</source>
        <translation>Modèles à servir</translation>
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
        <translation>n&apos;importe quel port libre</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="124"/>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="125"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="126"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="127"/>
        <location filename="../gui/pages/serve.py" line="137"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="127"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="127"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="129"/>
        <source>Copy URL</source>
        <translation>Copier l&apos;URL</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="130"/>
        <source>Copy token…</source>
        <translation>Copier le jeton…</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="131"/>
        <source>Requests (newest first)</source>
        <translation>Requêtes (les plus récentes d&apos;abord)</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="134"/>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="135"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="136"/>
        <source>Endpoint</source>
        <translation>Point de terminaison</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="138"/>
        <source>Tokens (prompt / answer)</source>
        <translation>Tokens (prompt / réponse)</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="139"/>
        <source>Latency (s)</source>
        <translation>Latence (s)</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="220"/>
        <source>Serving {models} on {url}.</source>
        <translation>En service : {models} sur {url}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="257"/>
        <source>The server stopped.</source>
        <translation>Le serveur s&apos;est arrêté.</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="259"/>
        <source>The server stopped; some requests were cut short at the end of the drain time.</source>
        <translation>Le serveur s&apos;est arrêté ; certaines requêtes ont été interrompues à la fin du délai de vidage.</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="299"/>
        <source>The server stopped unexpectedly; stopping its models.</source>
        <translation>Le serveur s&apos;est arrêté de manière inattendue ; arrêt de ses modèles.</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="316"/>
        <source>(refused: no valid token)</source>
        <translation>(refusé : aucun jeton valide)</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="327"/>
        <source>Refused: the request from {client} had no API token or a wrong one.</source>
        <translation>Refusé : la requête de {client} n&apos;avait pas de jeton d&apos;API ou un jeton erroné.</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="344"/>
        <source>Not running.</source>
        <translation>À l&apos;arrêt.</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="345"/>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="346"/>
        <source>Running.</source>
        <translation>En cours d&apos;exécution.</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="347"/>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="367"/>
        <source>The URL is in the clipboard.</source>
        <translation>L&apos;URL est dans le presse-papiers.</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="373"/>
        <source>Copy the API token</source>
        <translation>Copier le jeton d&apos;API</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="375"/>
        <source>Anyone who has this token can use the served models through the API. Paste it only into a program you trust, and do not share it.</source>
        <translation>Toute personne disposant de ce jeton peut utiliser les modèles servis via l&apos;API. Collez-le uniquement dans un programme de confiance et ne le partagez pas.</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="381"/>
        <source>Copy token</source>
        <translation>Copier le jeton</translation>
    </message>
    <message>
        <location filename="../gui/pages/serve.py" line="394"/>
        <source>The API token is in the clipboard.</source>
        <translation>Le jeton d&apos;API est dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../gui/pages/settings.py" line="54"/>
        <location filename="../gui/pages/settings.py" line="57"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../gui/pages/settings.py" line="59"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../gui/pages/settings.py" line="59"/>
        <source>Training device</source>
        <translation>Matériel d&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../gui/pages/settings.py" line="59"/>
        <location filename="../gui/pages/settings.py" line="95"/>
        <source>Home directory</source>
        <translation>Répertoire de travail</translation>
    </message>
    <message>
        <location filename="../gui/pages/settings.py" line="68"/>
        <source>automatic (GPU if present)</source>
        <translation>automatique (GPU si présent)</translation>
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
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../gui/pages/settings.py" line="76"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../gui/pages/settings.py" line="79"/>
        <source>The home holds the workspace: keys, datasets, models, runs, exports and the audit log. Everything in it is private to your user.</source>
        <translation>Le répertoire contient l&apos;espace de travail : clés, jeux de données, modèles, entraînements, exports et journal d&apos;audit. Tout y est privé à votre utilisateur.</translation>
    </message>
    <message>
        <location filename="../gui/pages/settings.py" line="106"/>
        <source>Opened {path}.</source>
        <translation>{path} ouvert.</translation>
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
        <translation>La collection ne contient aucun texte dans l&apos;écriture de la question : aucune source.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="88"/>
        <source>The collection holds no documents yet: no sources.</source>
        <translation>La collection ne contient encore aucun document : aucune source.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="89"/>
        <source>No document matched the question: no sources.</source>
        <translation>Aucun document ne correspond à la question : aucune source.</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="101"/>
        <source>Sources (bold: cited in the answer; click one to read it):</source>
        <translation>Sources (en gras : citées dans la réponse ; cliquez pour en lire une) :</translation>
    </message>
    <message>
        <location filename="../gui/pages/documents.py" line="119"/>
        <source>{collection}, {document} version {version}, chunk {chunk} (score {score})</source>
        <translation>{collection}, {document} version {version}, fragment {chunk} (score {score})</translation>
    </message>
</context>
<context>
    <name>TimelineSection</name>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="77"/>
        <source>queued</source>
        <translation>en file</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="78"/>
        <source>making its dataset</source>
        <translation>prépare son jeu de données</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="79"/>
        <source>training</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="80"/>
        <source>merging</source>
        <translation>fusion</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="81"/>
        <source>exporting</source>
        <translation>export</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="82"/>
        <source>judging</source>
        <translation>évaluation</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="83"/>
        <source>promoted</source>
        <translation>promu</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="84"/>
        <source>waiting for your approval</source>
        <translation>attend votre approbation</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="85"/>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="86"/>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="87"/>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="88"/>
        <source>not enough new data</source>
        <translation>pas assez de nouvelles données</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="93"/>
        <source>Retraining</source>
        <translation>Réentraînement</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="94"/>
        <location filename="../gui/pages/lifecycle_timeline.py" line="95"/>
        <source>Drift alarm</source>
        <translation>Alarme de dérive</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="96"/>
        <source>Dataset version</source>
        <translation>Version de jeu de données</translation>
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
        <translation>Approbation</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="100"/>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="101"/>
        <source>Rebase</source>
        <translation>Rebasage</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="105"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="106"/>
        <source>Retrain now</source>
        <translation>Réentraîner maintenant</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="109"/>
        <source>Make a dataset from the accepted feedback, train, merge, export and judge a candidate, then promote it as the line&apos;s policy says (or wait for your approval).</source>
        <translation>Créer un jeu de données des avis acceptés, entraîner, fusionner, exporter et évaluer un candidat, puis le promouvoir selon la politique de la ligne (ou attendre votre approbation).</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="113"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="113"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="113"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="113"/>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="114"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="115"/>
        <source>Promote the run&apos;s model to production.</source>
        <translation>Promouvoir le modèle de l&apos;exécution en production.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="116"/>
        <source>Refuse</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="117"/>
        <source>Keep production as it is; the run&apos;s model stays a candidate.</source>
        <translation>Garder la production telle quelle ; le modèle de l&apos;exécution reste candidat.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="118"/>
        <location filename="../gui/pages/lifecycle_timeline.py" line="252"/>
        <source>Cancel the run</source>
        <translation>Annuler l&apos;exécution</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="121"/>
        <source>Nothing has happened on this line yet. Drift alarms, retraining runs, new dataset versions and promotions appear here, newest first. Retrain now starts a run by hand.</source>
        <translation>Rien ne s&apos;est encore passé sur cette ligne. Alarmes de dérive, réentraînements, nouvelles versions de jeux de données et promotions s&apos;affichent ici, les plus récents d&apos;abord. Réentraîner maintenant lance une exécution à la main.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="183"/>
        <source>No retraining policy for this line: it is retrained only by hand (Retrain now).</source>
        <translation>Pas de politique de réentraînement pour cette ligne : elle n&apos;est réentraînée qu&apos;à la main (Réentraîner maintenant).</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="187"/>
        <source>a drift alarm</source>
        <translation>une alarme de dérive</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="189"/>
        <source>{n} accepted feedback items</source>
        <translation>{n} avis acceptés</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="191"/>
        <source>a new version of {datasets}</source>
        <translation>une nouvelle version de {datasets}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="193"/>
        <source>every {hours} hours</source>
        <translation>toutes les {hours} heures</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="196"/>
        <source>a retrained model waits for your approval before production</source>
        <translation>un modèle réentraîné attend votre approbation avant la production</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="198"/>
        <source>a retrained model that passes the line&apos;s gate goes to production</source>
        <translation>un modèle réentraîné qui passe la porte de la ligne va en production</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="201"/>
        <source>Retraining policy: by hand only; {then}.</source>
        <translation>Politique de réentraînement : à la main seulement ; {then}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="202"/>
        <source>Retraining policy: {starts} start a retrain; {then}.</source>
        <translation>Politique de réentraînement : {starts} lancent un réentraînement ; {then}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="253"/>
        <source>Stop retraining run {id}? What it made so far is kept; nothing is promoted.</source>
        <translation>Arrêter le réentraînement {id} ? Ce qu&apos;il a produit est conservé ; rien n&apos;est promu.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="259"/>
        <source>Run {id} approved: its model is promoted.</source>
        <translation>Exécution {id} approuvée : son modèle est promu.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="260"/>
        <source>Run {id} refused: production is unchanged.</source>
        <translation>Exécution {id} refusée : la production est inchangée.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="261"/>
        <source>Run {id} is being cancelled.</source>
        <translation>L&apos;exécution {id} est en cours d&apos;annulation.</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="281"/>
        <source>Retraining run {id} failed (production is unchanged): {error}</source>
        <translation>Le réentraînement {id} a échoué (la production est inchangée) : {error}</translation>
    </message>
    <message>
        <location filename="../gui/pages/lifecycle_timeline.py" line="286"/>
        <source>Retraining run {id}: {state}.</source>
        <translation>Réentraînement {id} : {state}.</translation>
    </message>
</context>
<context>
    <name>TokenizerTab</name>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="181"/>
        <location filename="../gui/pages/tokenizers.py" line="191"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="181"/>
        <source>Compare with</source>
        <translation>Comparer avec</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="181"/>
        <source>Corpus</source>
        <translation>Corpus</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="185"/>
        <source>a dataset of this workspace, or a text, Markdown or JSONL file</source>
        <translation>un jeu de données de cet espace de travail, ou un fichier texte, Markdown ou JSONL</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="187"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="188"/>
        <source>Measure tokens per character</source>
        <translation>Mesurer les tokens par caractère</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="192"/>
        <location filename="../gui/pages/tokenizers.py" line="225"/>
        <source>Script</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="193"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="194"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="195"/>
        <source>Tokens per character</source>
        <translation>Tokens par caractère</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="196"/>
        <source>Tokens per word</source>
        <translation>Tokens par mot</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="197"/>
        <source>Byte fallback</source>
        <translation>Repli sur octets</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="201"/>
        <source>Extend the vocabulary</source>
        <translation>Étendre le vocabulaire</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="205"/>
        <source>Base model</source>
        <translation>Modèle de base</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="206"/>
        <source>Corpus datasets</source>
        <translation>Jeux de données du corpus</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="207"/>
        <source>Scripts</source>
        <translation>Écritures</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="208"/>
        <source>New tokens</source>
        <translation>Nouveaux tokens</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="209"/>
        <source>New model name</source>
        <translation>Nom du nouveau modèle</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="214"/>
        <source>Check one or more text datasets in the languages to extend for.</source>
        <translation>Cochez un ou plusieurs jeux de données de texte dans les langues à ajouter.</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="215"/>
        <source>No datasets yet: import a text corpus on the Datasets page.</source>
        <translation>Aucun jeu de données pour l’instant : importez un corpus de texte sur la page Jeux de données.</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="216"/>
        <source>ta, hi — empty: the corpus&apos;s own scripts</source>
        <translation>ta, hi — vide : les écritures du corpus</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="218"/>
        <source>Language codes (ta, hi, bn…) or Unicode script names (Tamil, Devanagari…), comma-separated.</source>
        <translation>Codes de langue (ta, hi, bn…) ou noms d’écritures Unicode (Tamil, Devanagari…), séparés par des virgules.</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="220"/>
        <source>How many tokens to add, all scripts together.</source>
        <translation>Nombre de tokens à ajouter, toutes écritures confondues.</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="221"/>
        <source>e.g. smollm2-ta</source>
        <translation>p. ex. smollm2-ta</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="222"/>
        <source>Extend</source>
        <translation>Étendre</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="226"/>
        <source>Tokens per character, before</source>
        <translation>Tokens par caractère, avant</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="227"/>
        <source>Tokens per character, after</source>
        <translation>Tokens par caractère, après</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="228"/>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="239"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="298"/>
        <source>Choose a base model to extend.</source>
        <translation>Choisissez un modèle de base à étendre.</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="301"/>
        <source>Check at least one corpus dataset.</source>
        <translation>Cochez au moins un jeu de données de corpus.</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="304"/>
        <source>Give the new model a name.</source>
        <translation>Donnez un nom au nouveau modèle.</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="310"/>
        <source>Registered {name}.</source>
        <translation>{name} enregistré.</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="371"/>
        <source>Registered {name} as a new base model ({family}): {added} tokens added for {scripts} (ids {first}–{last}). Tokens per character on held-out lines:</source>
        <translation>{name} enregistré comme nouveau modèle de base ({family}) : {added} tokens ajoutés (écritures : {scripts} ; identifiants {first}–{last}). Tokens par caractère sur les lignes réservées à l’évaluation :</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="384"/>
        <source>Train the new rows before using {name}: until then the new tokens&apos; embeddings are only averages of the pieces they replace. Use a training recipe with [tokenizer] train_new_rows = true (appliance train --train-new-rows).</source>
        <translation>Entraînez les nouvelles lignes avant d’utiliser {name} : jusque-là, les plongements des nouveaux tokens ne sont que des moyennes des morceaux qu’ils remplacent. Utilisez une recette d’entraînement avec [tokenizer] train_new_rows = true (appliance train --train-new-rows).</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="392"/>
        <source>Corpus file</source>
        <translation>Fichier de corpus</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="392"/>
        <source>Text (*.txt *.md *.jsonl);;All files (*)</source>
        <translation>Texte (*.txt *.md *.jsonl);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="405"/>
        <source>Choose a model and a corpus.</source>
        <translation>Choisissez un modèle et un corpus.</translation>
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
        <translation>Goudjarati</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="426"/>
        <source>Odia</source>
        <translation>Oriya</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="427"/>
        <source>Tamil</source>
        <translation>Tamoul</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="428"/>
        <source>Telugu</source>
        <translation>Télougou</translation>
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
        <translation>Cingalais</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="432"/>
        <source>Thai</source>
        <translation>Thaï</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="433"/>
        <source>Myanmar</source>
        <translation>Birman</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="434"/>
        <source>Khmer</source>
        <translation>Khmer</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="435"/>
        <source>Ethiopic</source>
        <translation>Éthiopien</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="436"/>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="437"/>
        <source>Hebrew</source>
        <translation>Hébreu</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="438"/>
        <source>Cyrillic</source>
        <translation>Cyrillique</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="439"/>
        <source>Greek</source>
        <translation>Grec</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="440"/>
        <source>Han (Chinese characters)</source>
        <translation>Sinogrammes (han)</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="441"/>
        <source>Hangul</source>
        <translation>Hangeul</translation>
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
        <translation>Autres écritures</translation>
    </message>
    <message>
        <location filename="../gui/pages/tokenizers.py" line="360"/>
        <location filename="../gui/pages/tokenizers.py" line="453"/>
        <source>English (control)</source>
        <translation>Anglais (témoin)</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <location filename="../gui/pages/train.py" line="204"/>
        <source>Train</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="212"/>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="214"/>
        <source>training</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="215"/>
        <source>held-out</source>
        <translation>réservé</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="218"/>
        <source>reward margin</source>
        <translation>marge de récompense</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="219"/>
        <source>preference accuracy</source>
        <translation>précision des préférences</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="226"/>
        <source>Base model</source>
        <translation>Modèle de base</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="227"/>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="228"/>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="229"/>
        <source>Run name</source>
        <translation>Nom de l&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="230"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="231"/>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="232"/>
        <source>Beta (preference)</source>
        <translation>Beta (préférence)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="233"/>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="234"/>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="235"/>
        <source>Max steps (0: epochs)</source>
        <translation>Étapes max. (0 : époques)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="236"/>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="237"/>
        <source>Sequence length</source>
        <translation>Longueur de séquence</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="238"/>
        <source>LoRA rank</source>
        <translation>Rang LoRA</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="239"/>
        <source>LoRA alpha</source>
        <translation>Alpha LoRA</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="240"/>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="241"/>
        <source>Device</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="242"/>
        <source>Processes</source>
        <translation>Processus</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="243"/>
        <source>Packing</source>
        <translation>Empaquetage</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="244"/>
        <source>New vocabulary rows</source>
        <translation>Nouvelles lignes du vocabulaire</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="249"/>
        <source>several rows per sequence</source>
        <translation>plusieurs lignes par séquence</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="250"/>
        <source>train the rows a vocabulary extension added</source>
        <translation>entraîner les lignes ajoutées par une extension du vocabulaire</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="265"/>
        <source>Spread the run over this many processes: the same run and the same loss curve, each step shared among them. On the CPU, one process per core at most; on a GPU machine (device CUDA), one process per GPU.</source>
        <translation>Répartir l’entraînement sur ce nombre de processus : le même entraînement et la même courbe de perte, chaque pas partagé entre eux. Sur le CPU, au plus un processus par cœur ; sur une machine à GPU (matériel CUDA), un processus par GPU.</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="271"/>
        <source>Fine-tune</source>
        <translation>Affiner</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="272"/>
        <source>Start training</source>
        <translation>Lancer l&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="273"/>
        <source>Cancel (saves a checkpoint)</source>
        <translation>Annuler (enregistre un point de reprise)</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="274"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="275"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="343"/>
        <source>A run named {name} already exists: choose another name.</source>
        <translation>Un entraînement nommé {name} existe déjà : choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="344"/>
        <source>automatic: {name}</source>
        <translation>automatique : {name}</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="386"/>
        <source>{n} GPUs</source>
        <translation>{n} GPU</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="394"/>
        <source>{device}, {n} processes</source>
        <translation>{device}, {n} processus</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="437"/>
        <source>Asked run {name} to stop: it stops at its next step and keeps a checkpoint…</source>
        <translation>Arrêt demandé à l’entraînement {name} : il s’arrête à son prochain pas et garde un point de contrôle…</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="444"/>
        <source>Run {name} completed: train loss {loss}. Merge it on the Export page.</source>
        <translation>Entraînement {name} terminé : perte {loss}. Fusionnez-le sur la page Export.</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="457"/>
        <source>Run {name} is training in a process of its own (started by an earlier window or in a terminal): {done}/{total} steps at its last checkpoint, loss {loss}. Cancel asks it to stop at its next step and keep a checkpoint.</source>
        <translation>L’entraînement {name} tourne dans un processus à lui (lancé par une fenêtre précédente ou dans un terminal) : {done}/{total} pas à son dernier point de contrôle, perte {loss}. Annuler lui demande de s’arrêter à son prochain pas en gardant un point de contrôle.</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="496"/>
        <source>Step {s}/{t}   loss {loss}   {tps} tokens/s   time left {eta}   memory {mem}</source>
        <translation>Étape {s}/{t}   perte {loss}   {tps} tokens/s   temps restant {eta}   mémoire {mem}</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="505"/>
        <source>   reward margin {margin}   preference accuracy {accuracy}</source>
        <translation>   marge de récompense {margin}   précision des préférences {accuracy}</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="211"/>
        <source>step</source>
        <translation>étape</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="338"/>
        <source>QLoRA needs an NVIDIA GPU and none is visible here: choose LoRA (or full).</source>
        <translation>QLoRA nécessite un GPU NVIDIA et aucun n’est visible ici : choisissez LoRA (ou full).</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="340"/>
        <source>Import a dataset first (Datasets page).</source>
        <translation>Importez d&apos;abord un jeu de données (page Jeux de données).</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="380"/>
        <source>This run cannot start on this machine: {reason}</source>
        <translation>Cet entraînement ne peut pas démarrer sur cette machine : {reason}</translation>
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
        <translation>Cet entraînement utilisera : {device} · {precision}</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="416"/>
        <source>Preparing the run: loading the model and the data…</source>
        <translation>Préparation de l’entraînement : chargement du modèle et des données…</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="421"/>
        <source>Stopping after this step and saving a checkpoint…</source>
        <translation>Arrêt après cette étape et enregistrement d&apos;un point de reprise…</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="468"/>
        <source>Not running.</source>
        <translation>À l&apos;arrêt.</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="472"/>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="473"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="474"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="475"/>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="476"/>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <location filename="../gui/pages/train.py" line="480"/>
        <source>Not running. The plot shows the latest run, {name} ({status}, {done}/{total} steps, final loss {loss}).</source>
        <translation>À l&apos;arrêt. Le graphique montre la dernière exécution, {name} ({status}, {done}/{total} étapes, perte finale {loss}).</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <location filename="../gui/pages/workspace.py" line="181"/>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="184"/>
        <source>Create the workspace</source>
        <translation>Créer l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="187"/>
        <source>Passphrase (12+ characters)</source>
        <translation>Phrase secrète (12 caractères ou plus)</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="187"/>
        <location filename="../gui/pages/workspace.py" line="205"/>
        <source>Repeat it</source>
        <translation>Répétez-la</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="187"/>
        <source>Key file (optional)</source>
        <translation>Fichier clé (facultatif)</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="191"/>
        <source>e.g. a file on removable media; created if missing</source>
        <translation>ex. un fichier sur support amovible ; créé s&apos;il manque</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="192"/>
        <source>Create workspace keys</source>
        <translation>Créer les clés de l&apos;espace</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="193"/>
        <location filename="../gui/pages/workspace.py" line="200"/>
        <location filename="../gui/pages/workspace.py" line="224"/>
        <location filename="../gui/pages/workspace.py" line="225"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="193"/>
        <location filename="../gui/pages/workspace.py" line="224"/>
        <location filename="../gui/pages/workspace.py" line="225"/>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="194"/>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="195"/>
        <source>who signs in</source>
        <translation>qui se connecte</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="196"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="197"/>
        <location filename="../gui/pages/workspace.py" line="263"/>
        <source>Key file</source>
        <translation>Fichier clé</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="198"/>
        <source>only if the workspace needs one</source>
        <translation>seulement si l&apos;espace en exige un</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="199"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="201"/>
        <location filename="../gui/pages/workspace.py" line="226"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="202"/>
        <location filename="../gui/pages/workspace.py" line="209"/>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="205"/>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="205"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="210"/>
        <source>Rotate master key</source>
        <translation>Renouveler la clé maîtresse</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="226"/>
        <source>Lock and sign out</source>
        <translation>Verrouiller et se déconnecter</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="228"/>
        <source>No workspace yet at {home}.</source>
        <translation>Pas encore d&apos;espace de travail dans {home}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="231"/>
        <location filename="../gui/pages/workspace.py" line="236"/>
        <source>Unlocked: workspace {ws}.</source>
        <translation>Déverrouillé : espace de travail {ws}.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="238"/>
        <source>Locked. Choose who you are and sign in with your own passphrase.</source>
        <translation>Verrouillé. Choisissez qui vous êtes et connectez-vous avec votre phrase secrète.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="240"/>
        <source>Locked. Unlock to work with datasets and training.</source>
        <translation>Verrouillé. Déverrouillez pour travailler sur les données et l&apos;entraînement.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="271"/>
        <location filename="../gui/pages/workspace.py" line="332"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="294"/>
        <source>Choose who signs in.</source>
        <translation>Choisissez qui se connecte.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="306"/>
        <location filename="../gui/pages/workspace.py" line="310"/>
        <source>Workspace unlocked.</source>
        <translation>Espace de travail déverrouillé.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="320"/>
        <source>Workspace locked: the keys are gone from memory.</source>
        <translation>Espace verrouillé : les clés ont quitté la mémoire.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="337"/>
        <source>Passphrase changed; no data was re-encrypted.</source>
        <translation>Phrase secrète changée ; aucune donnée n&apos;a été rechiffrée.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="346"/>
        <source>Enter the current passphrase to rotate the master key.</source>
        <translation>Saisissez la phrase secrète actuelle pour renouveler la clé maîtresse.</translation>
    </message>
    <message>
        <location filename="../gui/pages/workspace.py" line="359"/>
        <source>New master key; {n} data keys rewrapped. Unlock again.</source>
        <translation>Nouvelle clé maîtresse ; {n} clés de données réenveloppées. Déverrouillez à nouveau.</translation>
    </message>
</context>
</TS>
