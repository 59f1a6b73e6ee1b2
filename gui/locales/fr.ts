<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>AppState</name>
    <message>
        <location filename="../state.py" line="84"/>
        <source>Unlock the workspace first (Workspace page).</source>
        <translation>Déverrouillez d&apos;abord l&apos;espace de travail (page Espace de travail).</translation>
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
        <translation>Journal d&apos;audit de cet espace de travail</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="101"/>
        <source>Verify the log</source>
        <translation>Vérifier le journal</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="102"/>
        <source>Export an evidence package…</source>
        <translation>Exporter un dossier de preuves…</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="103"/>
        <source>Auditor mode: verify a package with your own key</source>
        <translation>Mode auditeur : vérifier un dossier avec votre propre clé</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="107"/>
        <source>Auditor key</source>
        <translation>Clé d&apos;auditeur</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="108"/>
        <source>Key passphrase</source>
        <translation>Phrase secrète de la clé</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="109"/>
        <location filename="../pages/audit.py" line="165"/>
        <source>Evidence package</source>
        <translation>Dossier de preuves</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="110"/>
        <source>Kept checkpoint</source>
        <translation>Point de contrôle conservé</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="115"/>
        <source>only if your key is protected</source>
        <translation>seulement si votre clé est protégée</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="116"/>
        <source>optional: from your previous verification</source>
        <translation>facultatif : issu de votre vérification précédente</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="118"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="119"/>
        <source>Verify package</source>
        <translation>Vérifier le dossier</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="120"/>
        <source>Save report (HTML, CSV, JSONL)…</source>
        <translation>Enregistrer le rapport (HTML, CSV, JSONL)…</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="121"/>
        <source>Keep this checkpoint…</source>
        <translation>Conserver ce point de contrôle…</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="125"/>
        <source>From (UTC)</source>
        <translation>Du (UTC)</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="126"/>
        <source>To (UTC)</source>
        <translation>Au (UTC)</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="127"/>
        <source>User or role</source>
        <translation>Utilisateur ou rôle</translation>
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
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="130"/>
        <location filename="../pages/audit.py" line="150"/>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="139"/>
        <source>any</source>
        <translation>tous</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="145"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="146"/>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="147"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="148"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="151"/>
        <source>Objects</source>
        <translation>Objets</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="157"/>
        <source>Records (verify the log or a package to list them)</source>
        <translation>Enregistrements (vérifiez le journal ou un paquet pour les lister)</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="159"/>
        <source>Records of this workspace&apos;s log</source>
        <translation>Enregistrements du journal de cet espace de travail</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="161"/>
        <source>Records of the evidence package</source>
        <translation>Enregistrements du paquet de preuves</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="167"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="185"/>
        <source>PASS: {n} records intact, {c} signed checkpoints verified.</source>
        <translation>RÉUSSI : {n} enregistrements intacts, {c} points de contrôle signés vérifiés.</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="191"/>
        <source>FAIL: tampering found; first bad record {seq}.</source>
        <translation>ÉCHEC : falsification détectée ; premier enregistrement altéré {seq}.</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="208"/>
        <source>Folder for the package (a new, empty one)</source>
        <translation>Dossier du paquet (nouveau et vide)</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="221"/>
        <source>Wrote {path}: {n} records.</source>
        <translation>{path} écrit : {n} enregistrements.</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="254"/>
        <source>PASS: the log is intact ({n} records, {c} signed checkpoints).</source>
        <translation>RÉUSSI : le journal est intact ({n} enregistrements, {c} points de contrôle signés).</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="263"/>
        <source>FAIL: tampering detected; first bad record {seq}.</source>
        <translation>ÉCHEC : falsification détectée ; premier enregistrement altéré {seq}.</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="304"/>
        <source>Verify a package first.</source>
        <translation>Vérifiez d&apos;abord un dossier.</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="306"/>
        <source>Folder for the report</source>
        <translation>Dossier du rapport</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="327"/>
        <source>Wrote report.html, records.csv and records.jsonl to {path}.</source>
        <translation>report.html, records.csv et records.jsonl écrits dans {path}.</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="331"/>
        <source>Only a checkpoint of a log that verified can be kept.</source>
        <translation>Seul le point de contrôle d&apos;un journal vérifié peut être conservé.</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="333"/>
        <source>Keep checkpoint</source>
        <translation>Conserver le point de contrôle</translation>
    </message>
    <message>
        <location filename="../pages/audit.py" line="348"/>
        <source>Checkpoint kept in {path}.</source>
        <translation>Point de contrôle conservé dans {path}.</translation>
    </message>
</context>
<context>
    <name>ChatPane</name>
    <message>
        <location filename="../pages/playground.py" line="40"/>
        <source>You</source>
        <translation>Vous</translation>
    </message>
    <message>
        <location filename="../pages/playground.py" line="40"/>
        <location filename="../pages/playground.py" line="43"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
</context>
<context>
    <name>DatasetsPage</name>
    <message>
        <location filename="../pages/datasets.py" line="103"/>
        <source>Datasets</source>
        <translation>Jeux de données</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="106"/>
        <source>Import a dataset (encrypted on import)</source>
        <translation>Importer un jeu de données (chiffré à l&apos;import)</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="109"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="109"/>
        <location filename="../pages/datasets.py" line="138"/>
        <source>Name</source>
        <translation>Nom</translation>
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
        <translation>Colonnes CSV</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="109"/>
        <source>Held-out share</source>
        <translation>Part réservée</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="113"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="114"/>
        <source>e.g. instruction=question,output=answer</source>
        <translation>ex. instruction=question,output=answer</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="118"/>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="119"/>
        <source>chat (JSONL)</source>
        <translation>conversation (JSONL)</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="120"/>
        <source>instruction (JSONL)</source>
        <translation>instruction (JSONL)</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="122"/>
        <source>text / Markdown</source>
        <translation>texte / Markdown</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="126"/>
        <source>Import the valid rows and skip the invalid ones</source>
        <translation>Importer les lignes valides et ignorer les autres</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="127"/>
        <source>Validate and import</source>
        <translation>Valider et importer</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="129"/>
        <source>Validation report</source>
        <translation>Rapport de validation</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="133"/>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="133"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="133"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="133"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="135"/>
        <source>Dataset versions</source>
        <translation>Versions des jeux de données</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="139"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="141"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="142"/>
        <source>Train</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="143"/>
        <source>Held out</source>
        <translation>Réservées</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="144"/>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="145"/>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="148"/>
        <source>Preview (decrypt in memory)</source>
        <translation>Aperçu (déchiffré en mémoire)</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="149"/>
        <source>Remove (crypto-erase)</source>
        <translation>Supprimer (effacement cryptographique)</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="174"/>
        <source>Dataset file</source>
        <translation>Fichier du jeu de données</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="174"/>
        <source>Datasets (*.jsonl *.json *.csv *.txt *.md)</source>
        <translation>Jeux de données (*.jsonl *.json *.csv *.txt *.md)</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="191"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="191"/>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="194"/>
        <source>Validation report: {read} rows read, {kept} usable, {e} errors, {w} warnings</source>
        <translation>Rapport de validation : {read} lignes lues, {kept} utilisables, {e} erreurs, {w} avertissements</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="220"/>
        <source>{file} was not imported: {n} row(s) have errors, listed in the validation report. Fix them, or tick “Import the valid rows and skip the invalid ones”.</source>
        <translation>{file} n&apos;a pas été importé : {n} ligne(s) contiennent des erreurs, listées dans le rapport de validation. Corrigez-les, ou cochez “Importer les lignes valides et ignorer les autres”.</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="228"/>
        <source>Imported {name} version {v}: {n} rows, encrypted.</source>
        <translation>{name} version {v} importé : {n} lignes, chiffrées.</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="232"/>
        <source>Unchanged: this version already holds exactly this data.</source>
        <translation>Inchangé : cette version contient déjà exactement ces données.</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="245"/>
        <location filename="../pages/datasets.py" line="277"/>
        <source>Select a dataset version first.</source>
        <translation>Sélectionnez d&apos;abord une version de jeu de données.</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="281"/>
        <source>Remove dataset</source>
        <translation>Supprimer le jeu de données</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="283"/>
        <source>Destroy {name} version {v} for good? Its key is destroyed, so no copy can be decrypted again.</source>
        <translation>Détruire définitivement {name} version {v} ? Sa clé est détruite : aucune copie ne pourra plus être déchiffrée.</translation>
    </message>
    <message>
        <location filename="../pages/datasets.py" line="293"/>
        <source>Removed; its data key is destroyed.</source>
        <translation>Supprimé ; sa clé de données est détruite.</translation>
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
        <translation>Fusionner un entraînement terminé en un nouveau modèle</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="73"/>
        <source>name of the merged model (optional)</source>
        <translation>nom du modèle fusionné (facultatif)</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="74"/>
        <source>no finished run waiting to be merged</source>
        <translation>aucune exécution terminée en attente de fusion</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="75"/>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="76"/>
        <source>Export to GGUF with the verification gate</source>
        <translation>Exporter en GGUF avec la vérification</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="78"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="78"/>
        <source>Quantization</source>
        <translation>Quantification</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="78"/>
        <source>Tokenizer differences</source>
        <translation>Différences du tokeniseur</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="84"/>
        <source>default: fail only on Latin, code, digits or lost text</source>
        <translation>défaut : échec seulement sur latin, code, chiffres ou texte perdu</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="85"/>
        <source>strict: any difference fails</source>
        <translation>strict : toute différence échoue</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="86"/>
        <source>lenient: differences only warn</source>
        <translation>tolérant : les différences avertissent seulement</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="90"/>
        <source>Export and verify</source>
        <translation>Exporter et vérifier</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="91"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="101"/>
        <source>built-in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="101"/>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="101"/>
        <source>merged</source>
        <translation>fusionné</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="132"/>
        <source>Latest export of this model: {id} ({quant}).</source>
        <translation>Dernier export de ce modèle : {id} ({quant}).</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="149"/>
        <source>{name}  ~{size}  ({bits:g} bits per weight)</source>
        <translation>{name}  ~{size}  ({bits:g} bits par poids)</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="166"/>
        <source>Choose a finished training run to merge.</source>
        <translation>Choisissez une exécution d&apos;entraînement terminée à fusionner.</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="173"/>
        <source>Merged into model {name}.</source>
        <translation>Fusionné dans le modèle {name}.</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="179"/>
        <source>Choose a model and a quantization.</source>
        <translation>Choisissez un modèle et une quantification.</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="135"/>
        <location filename="../pages/export.py" line="221"/>
        <source>Verified: the GGUF behaves like the model it was made from.</source>
        <translation>Vérifié : le GGUF se comporte comme le modèle dont il est issu.</translation>
    </message>
    <message>
        <location filename="../pages/export.py" line="137"/>
        <location filename="../pages/export.py" line="223"/>
        <source>Failed verification: the export is kept but marked failed.</source>
        <translation>Échec de la vérification : l&apos;export est conservé mais marqué en échec.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../main_window.py" line="80"/>
        <source>Sovereign model appliance</source>
        <translation>Appliance de modèles souveraine</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="87"/>
        <source>No workspace</source>
        <translation>Aucun espace de travail</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="89"/>
        <source>Unlocked</source>
        <translation>Déverrouillé</translation>
    </message>
    <message>
        <location filename="../main_window.py" line="91"/>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
</context>
<context>
    <name>ModelsPage</name>
    <message>
        <location filename="../pages/models.py" line="42"/>
        <location filename="../pages/models.py" line="45"/>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="46"/>
        <source>Training runs</source>
        <translation>Entraînements</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="51"/>
        <source>Kind</source>
        <translation>Genre</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="52"/>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="53"/>
        <source>Parameters</source>
        <translation>Paramètres</translation>
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
        <translation>Créé</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="56"/>
        <location filename="../pages/models.py" line="67"/>
        <location filename="../pages/models.py" line="77"/>
        <source>Id</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="62"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="63"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="64"/>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="65"/>
        <source>Train loss</source>
        <translation>Perte d&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="66"/>
        <source>Held-out loss</source>
        <translation>Perte sur les données réservées</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="72"/>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="74"/>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="75"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="80"/>
        <source>Lineage of the selected item</source>
        <translation>Lignée de l&apos;élément sélectionné</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="81"/>
        <source>Import a model folder…</source>
        <translation>Importer un dossier de modèle…</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="82"/>
        <source>Import a GGUF file…</source>
        <translation>Importer un fichier GGUF…</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="83"/>
        <location filename="../pages/models.py" line="211"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="92"/>
        <source>built-in</source>
        <translation>intégré</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="92"/>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="92"/>
        <source>merged</source>
        <translation>fusionné</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="111"/>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="112"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="113"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="115"/>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="135"/>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="114"/>
        <location filename="../pages/models.py" line="136"/>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="137"/>
        <source>unverified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="172"/>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="170"/>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="173"/>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="174"/>
        <source>training run</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="175"/>
        <source>dataset</source>
        <translation>jeu de données</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="188"/>
        <source>Hugging Face model folder</source>
        <translation>Dossier de modèle Hugging Face</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="190"/>
        <source>GGUF file</source>
        <translation>Fichier GGUF</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="201"/>
        <source>Imported {name}.</source>
        <translation>{name} importé.</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="208"/>
        <source>Select a model or an export to remove.</source>
        <translation>Sélectionnez un modèle ou un export à supprimer.</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="211"/>
        <source>Remove {obj} and its files?</source>
        <translation>Supprimer {obj} et ses fichiers ?</translation>
    </message>
    <message>
        <location filename="../pages/models.py" line="224"/>
        <source>Removed.</source>
        <translation>Supprimé.</translation>
    </message>
</context>
<context>
    <name>PlaygroundPage</name>
    <message>
        <location filename="../pages/playground.py" line="80"/>
        <source>Playground</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <location filename="../pages/playground.py" line="85"/>
        <source>Ask both models the same thing. They run here through llama.cpp; nothing leaves this machine. Only exports that passed verification are listed.</source>
        <translation>Posez la même question aux deux modèles. Ils tournent ici avec llama.cpp ; rien ne quitte cette machine. Seuls les exports vérifiés sont listés.</translation>
    </message>
    <message>
        <location filename="../pages/playground.py" line="89"/>
        <source>Type a message and press Enter</source>
        <translation>Tapez un message et appuyez sur Entrée</translation>
    </message>
    <message>
        <location filename="../pages/playground.py" line="90"/>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <location filename="../pages/playground.py" line="91"/>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <location filename="../pages/playground.py" line="92"/>
        <source>New conversation</source>
        <translation>Nouvelle conversation</translation>
    </message>
    <message>
        <location filename="../pages/playground.py" line="105"/>
        <source>(no model)</source>
        <translation>(aucun modèle)</translation>
    </message>
    <message>
        <location filename="../pages/playground.py" line="122"/>
        <source>Export a model first (Export page).</source>
        <translation>Exportez d&apos;abord un modèle (page Export).</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../pages/settings.py" line="54"/>
        <location filename="../pages/settings.py" line="57"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="59"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="59"/>
        <source>Training device</source>
        <translation>Matériel d&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="59"/>
        <location filename="../pages/settings.py" line="95"/>
        <source>Home directory</source>
        <translation>Répertoire de travail</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="68"/>
        <source>automatic (GPU if present)</source>
        <translation>automatique (GPU si présent)</translation>
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
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="76"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="79"/>
        <source>The home holds the workspace: keys, datasets, models, runs, exports and the audit log. Everything in it is private to your user.</source>
        <translation>Le répertoire contient l&apos;espace de travail : clés, jeux de données, modèles, entraînements, exports et journal d&apos;audit. Tout y est privé à votre utilisateur.</translation>
    </message>
    <message>
        <location filename="../pages/settings.py" line="106"/>
        <source>Opened {path}.</source>
        <translation>{path} ouvert.</translation>
    </message>
</context>
<context>
    <name>TrainPage</name>
    <message>
        <location filename="../pages/train.py" line="136"/>
        <source>Train</source>
        <translation>Entraînement</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="157"/>
        <source>loss</source>
        <translation>perte</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="159"/>
        <source>training</source>
        <translation>entraînement</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="160"/>
        <source>held-out</source>
        <translation>réservé</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="168"/>
        <source>Base model</source>
        <translation>Modèle de base</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="169"/>
        <source>Dataset</source>
        <translation>Jeu de données</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="170"/>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="171"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="172"/>
        <source>Learning rate</source>
        <translation>Taux d&apos;apprentissage</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="173"/>
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="174"/>
        <source>Max steps (0: epochs)</source>
        <translation>Étapes max. (0 : époques)</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="175"/>
        <source>Batch size</source>
        <translation>Taille de lot</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="176"/>
        <source>Sequence length</source>
        <translation>Longueur de séquence</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="177"/>
        <source>LoRA rank</source>
        <translation>Rang LoRA</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="178"/>
        <source>LoRA alpha</source>
        <translation>Alpha LoRA</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="179"/>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="180"/>
        <source>Device</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="181"/>
        <source>Packing</source>
        <translation>Empaquetage</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="185"/>
        <source>several rows per sequence</source>
        <translation>plusieurs lignes par séquence</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="186"/>
        <source>Fine-tune</source>
        <translation>Affiner</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="187"/>
        <source>Start training</source>
        <translation>Lancer l&apos;entraînement</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="188"/>
        <source>Cancel (saves a checkpoint)</source>
        <translation>Annuler (enregistre un point de reprise)</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="189"/>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="190"/>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="156"/>
        <source>step</source>
        <translation>étape</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="379"/>
        <source>QLoRA needs an NVIDIA GPU and none is visible here: choose LoRA (or full).</source>
        <translation>QLoRA nécessite un GPU NVIDIA et aucun n’est visible ici : choisissez LoRA (ou full).</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="381"/>
        <source>Import a dataset first (Datasets page).</source>
        <translation>Importez d&apos;abord un jeu de données (page Jeux de données).</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="417"/>
        <source>Preparing the run: loading the model and the data…</source>
        <translation>Préparation de l’entraînement : chargement du modèle et des données…</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="450"/>
        <source>Stopping after this step and saving a checkpoint…</source>
        <translation>Arrêt après cette étape et enregistrement d&apos;un point de reprise…</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="458"/>
        <source>Run {name} completed: train loss {loss:.4f}. Merge it on the Export page.</source>
        <translation>Entraînement {name} terminé : perte {loss:.4f}. Fusionnez-le sur la page Export.</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="491"/>
        <source>Not running.</source>
        <translation>À l&apos;arrêt.</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="495"/>
        <source>completed</source>
        <translation>terminée</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="496"/>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="497"/>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="498"/>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="499"/>
        <source>interrupted</source>
        <translation>interrompue</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="503"/>
        <source>Not running. The plot shows the latest run, {name} ({status}, {done}/{total} steps, final loss {loss}).</source>
        <translation>À l&apos;arrêt. Le graphique montre la dernière exécution, {name} ({status}, {done}/{total} étapes, perte finale {loss}).</translation>
    </message>
    <message>
        <location filename="../pages/train.py" line="517"/>
        <source>Step {s}/{t}   loss {loss:.4f}   {tps:,.0f} tokens/s   ETA {eta:,.0f} s   memory {mem}</source>
        <translation>Étape {s}/{t}   perte {loss:.4f}   {tps:,.0f} jetons/s   reste {eta:,.0f} s   mémoire {mem}</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <location filename="../pages/workspace.py" line="73"/>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="76"/>
        <source>Create the workspace</source>
        <translation>Créer l&apos;espace de travail</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="79"/>
        <source>Passphrase (12+ characters)</source>
        <translation>Phrase secrète (12 caractères ou plus)</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="79"/>
        <location filename="../pages/workspace.py" line="95"/>
        <source>Repeat it</source>
        <translation>Répétez-la</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="79"/>
        <source>Key file (optional)</source>
        <translation>Fichier clé (facultatif)</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="83"/>
        <source>e.g. a file on removable media; created if missing</source>
        <translation>ex. un fichier sur support amovible ; créé s&apos;il manque</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="84"/>
        <source>Create workspace keys</source>
        <translation>Créer les clés de l&apos;espace</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="85"/>
        <location filename="../pages/workspace.py" line="90"/>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="86"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="87"/>
        <location filename="../pages/workspace.py" line="118"/>
        <source>Key file</source>
        <translation>Fichier clé</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="88"/>
        <source>only if the workspace needs one</source>
        <translation>seulement si l&apos;espace en exige un</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="89"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="91"/>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="92"/>
        <location filename="../pages/workspace.py" line="99"/>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="95"/>
        <source>Current passphrase</source>
        <translation>Phrase secrète actuelle</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="95"/>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="100"/>
        <source>Rotate master key</source>
        <translation>Renouveler la clé maîtresse</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="111"/>
        <source>No workspace yet at {home}.</source>
        <translation>Pas encore d&apos;espace de travail dans {home}.</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="113"/>
        <source>Unlocked: workspace {ws}.</source>
        <translation>Déverrouillé : espace de travail {ws}.</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="115"/>
        <source>Locked. Unlock to work with datasets and training.</source>
        <translation>Verrouillé. Déverrouillez pour travailler sur les données et l&apos;entraînement.</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="126"/>
        <location filename="../pages/workspace.py" line="166"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="156"/>
        <source>Workspace unlocked.</source>
        <translation>Espace de travail déverrouillé.</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="160"/>
        <source>Workspace locked: the keys are gone from memory.</source>
        <translation>Espace verrouillé : les clés ont quitté la mémoire.</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="175"/>
        <source>Passphrase changed; no data was re-encrypted.</source>
        <translation>Phrase secrète changée ; aucune donnée n&apos;a été rechiffrée.</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="183"/>
        <source>Enter the current passphrase to rotate the master key.</source>
        <translation>Saisissez la phrase secrète actuelle pour renouveler la clé maîtresse.</translation>
    </message>
    <message>
        <location filename="../pages/workspace.py" line="193"/>
        <source>New master key; {n} data keys rewrapped. Unlock again.</source>
        <translation>Nouvelle clé maîtresse ; {n} clés de données réenveloppées. Déverrouillez à nouveau.</translation>
    </message>
</context>
</TS>
