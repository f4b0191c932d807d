<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
    <context>
        <name>ISV</name>
        <message>
            <location filename="../../ui/about_dialog.py" line="67" />
            <source>zie {file}</source>
            <translation>see {file}</translation>
        </message>
        <message>
            <location filename="../../ui/about_dialog.py" line="97" />
            <source>onbekend</source>
            <translation>unknown</translation>
        </message>
        <message>
            <location filename="../../ui/about_dialog.py" line="98" />
            <source>versie {version}</source>
            <translation>version {version}</translation>
        </message>
        <message>
            <location filename="../../ui/about_dialog.py" line="101" />
            <source>onbekend (geen pakketgegevens gevonden)</source>
            <translation>unknown (no package metadata found)</translation>
        </message>
        <message>
            <location filename="../../ui/about_dialog.py" line="121" />
            <location filename="../../ui/main_window.py" line="149" />
            <source>Over ISV-dialoog</source>
            <translation>About ISV-dialoog</translation>
        </message>
        <message>
            <location filename="../../ui/about_dialog.py" line="132" />
            <source>Versie {version}</source>
            <translation>Version {version}</translation>
        </message>
        <message>
            <location filename="../../ui/about_dialog.py" line="158" />
            <source>ISV-dialoog helpt een inkoper van de overheid bij de gesprekken met een leverancier over de internationale sociale voorwaarden (ISV): wat te vragen, waar op te letten, wat is afgesproken. Van elk gesprek maakt de app een verslag als PDF. Alles werkt zonder netwerk en blijft op deze computer.</source>
            <translation>ISV-dialoog helps a government buyer in the meetings with a supplier about the international social conditions (ISV): what to ask, what to look out for, what was agreed. For every meeting the app makes minutes as a PDF. Everything works without a network and stays on this computer.</translation>
        </message>
        <message>
            <location filename="../../ui/about_dialog.py" line="162" />
            <source>De vragen en aandachtspunten komen letterlijk uit de handreiking van de Rijksoverheid:</source>
            <translation>The questions and points of attention come word for word from the Dutch government's guidance:</translation>
        </message>
        <message>
            <location filename="../../ui/about_dialog.py" line="164" />
            <source>De licentieteksten staan bij de programmabestanden: de lettertypen in resources/fonts/, de bibliotheken in hun pakketgegevens.</source>
            <translation>The licence texts are with the program files: the fonts in resources/fonts/, the libraries in their package metadata.</translation>
        </message>
        <message>
            <location filename="../../ui/about_dialog.py" line="168" />
            <source>Bron van de inhoud</source>
            <translation>Source of the content</translation>
        </message>
        <message>
            <location filename="../../ui/about_dialog.py" line="169" />
            <source>Lettertypen in de PDF-verslagen</source>
            <translation>Fonts in the PDF minutes</translation>
        </message>
        <message>
            <location filename="../../ui/about_dialog.py" line="171" />
            <source>Bibliotheken</source>
            <translation>Libraries</translation>
        </message>
        <message>
            <location filename="../../ui/about_dialog.py" line="172" />
            <source>Qt {version}</source>
            <translation>Qt {version}</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="25" />
            <location filename="../../ui/summary.py" line="88" />
            <source>Nog niet nagelopen</source>
            <translation>Not yet reviewed</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="25" />
            <location filename="../../ui/summary.py" line="90" />
            <source>Loopt nog</source>
            <translation>Still running</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="25" />
            <location filename="../../ui/labels.py" line="36" />
            <location filename="../../ui/summary.py" line="90" />
            <source>Afgerond</source>
            <translation>Done</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="25" />
            <location filename="../../ui/history_view.py" line="22" />
            <location filename="../../ui/summary.py" line="89" />
            <source>Gewijzigd</source>
            <translation>Changed</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="26" />
            <location filename="../../ui/labels.py" line="37" />
            <location filename="../../ui/summary.py" line="90" />
            <source>Vervallen</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="51" />
            <source>Gemaakt {made} · wie: {owner} · uiterlijk: {due}</source>
            <translation>Made {made} · who: {owner} · due: {due}</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="56" />
            <source>Stand van de afspraak</source>
            <translation>State of the agreement</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="58" />
            <source>Toelichting</source>
            <translation>Explanation</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="76" />
            <source>Nieuw:</source>
            <translation>New:</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="76" />
            <source>Wie:</source>
            <translation>Who:</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="77" />
            <source>Uiterlijk:</source>
            <translation>Due:</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="123" />
            <source>Wat is er afgesproken?</source>
            <translation>What was agreed?</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="125" />
            <location filename="../../ui/history_view.py" line="66" />
            <location filename="../../ui/supplier_detail.py" line="88" />
            <source>Wie</source>
            <translation>Who</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="127" />
            <source>Uiterlijk op (Delete maakt leeg)</source>
            <translation>Due by (Delete clears it)</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="129" />
            <source>Verwijderen</source>
            <translation>Remove</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="153" />
            <location filename="../../ui/summary.py" line="97" />
            <source>Afspraken</source>
            <translation>Agreements</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="153" />
            <source>Loop eerst de open afspraken na, leg daarna nieuwe vast.</source>
            <translation>First go through the open agreements, then record new ones.</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="156" />
            <source>Afspraken uit eerdere gesprekken</source>
            <translation>Agreements from earlier meetings</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="160" />
            <source>Nieuwe afspraken</source>
            <translation>New agreements</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="163" />
            <source>Afspraak &amp;toevoegen</source>
            <translation>&amp;Add agreement</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="164" />
            <source>Nieuwe afspraak (Ctrl+T)</source>
            <translation>New agreement (Ctrl+T)</translation>
        </message>
        <message>
            <location filename="../../ui/agreements_page.py" line="188" />
            <source>Er staan geen afspraken open.</source>
            <translation>There are no open agreements.</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="44" />
            <location filename="../../ui/main_window.py" line="269" />
            <source>ISV-dialoog kan niet starten</source>
            <translation>ISV-dialoog cannot start</translation>
        </message>
        <message>
            <location filename="../../ui/autosave.py" line="191" />
            <source>Wijzigingen worden opgeslagen…</source>
            <translation>Saving changes…</translation>
        </message>
        <message>
            <location filename="../../ui/autosave.py" line="218" />
            <location filename="../../ui/main_window.py" line="338" />
            <location filename="../../ui/main_window.py" line="361" />
            <location filename="../../ui/main_window.py" line="392" />
            <location filename="../../ui/meeting_wizard.py" line="261" />
            <location filename="../../ui/meeting_wizard.py" line="272" />
            <location filename="../../ui/meeting_wizard.py" line="309" />
            <location filename="../../ui/meeting_wizard.py" line="415" />
            <location filename="../../ui/portfolio_view.py" line="318" />
            <location filename="../../ui/portfolio_view.py" line="321" />
            <source>Niet opgeslagen</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <location filename="../../ui/autosave.py" line="228" />
            <source>Opgeslagen {time}</source>
            <translation>Saved {time}</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="30" />
            <source>Reservekopie terugzetten — {name}</source>
            <translation>Restore backup — {name}</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="31" />
            <source>Kies de reservekopie die u wilt terugzetten. De huidige gegevens worden eerst zelf als reservekopie bewaard, zodat u dit ongedaan kunt maken.</source>
            <translation>Choose the backup you want to restore. The current data is first kept as a backup itself, so you can undo this.</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="36" />
            <source>Gemaakt op</source>
            <translation>Made on</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="36" />
            <source>Gesprekken</source>
            <translation>Meetings</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="36" />
            <source>Laatste wijziging</source>
            <translation>Last change</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="37" />
            <source>Opmerking</source>
            <translation>Note</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="48" />
            <source>Onleesbaar; kan niet worden teruggezet</source>
            <translation>Unreadable; cannot be restored</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="56" />
            <source>&amp;Terugzetten…</source>
            <translation>&amp;Restore…</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="102" />
            <location filename="../../ui/backup_dialog.py" line="89" />
            <source>Reservekopie terugzetten</source>
            <translation>Restore backup</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="104" />
            <source>Sluit eerst het gesprek met deze leverancier; daarna kunt u een reservekopie terugzetten.</source>
            <translation>First close the meeting with this supplier; then you can restore a backup.</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="114" />
            <source>Er zijn nog geen reservekopieën van {name}. ISV-dialoog maakt er een zodra u deze leverancier opent en iets wijzigt: hoogstens één per uur, en de nieuwste {keep} blijven bewaard.</source>
            <translation>There are no backups of {name} yet. ISV-dialoog makes one as soon as you open this supplier and change something: at most one an hour, and the newest {keep} are kept.</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="123" />
            <source>De gegevens van {name} worden vervangen door de reservekopie van {when} ({count} gesprekken). De huidige gegevens worden eerst als reservekopie bewaard. Doorgaan?</source>
            <translation>The data of {name} will be replaced by the backup of {when} ({count} meetings). The current data is first kept as a backup. Continue?</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="132" />
            <location filename="../../ui/main_window.py" line="494" />
            <source>Leverancier is al geopend</source>
            <translation>Supplier is already open</translation>
        </message>
        <message>
            <location filename="../../ui/backup_dialog.py" line="135" />
            <source>Niet teruggezet</source>
            <translation>Not restored</translation>
        </message>
        <message>
            <location filename="../../ui/correction_dialog.py" line="19" />
            <source>Correctie toevoegen</source>
            <translation>Add correction</translation>
        </message>
        <message>
            <location filename="../../ui/correction_dialog.py" line="21" />
            <source>Bijvoorbeeld: naam verkeerd gespeld, afspraak onvolledig</source>
            <translation>For example: name misspelt, agreement incomplete</translation>
        </message>
        <message>
            <location filename="../../ui/correction_dialog.py" line="22" />
            <source>Wat er had moeten staan, of wat eraan toegevoegd wordt.</source>
            <translation>What should have been there, or what is added to it.</translation>
        </message>
        <message>
            <location filename="../../ui/correction_dialog.py" line="26" />
            <source>Het definitieve verslag blijft zoals het is. De correctie wordt erbij vastgelegd, met de reden en het tijdstip, en staat in elk verslag dat u hierna maakt.</source>
            <translation>The final minutes stay as they are. The correction is recorded beside them, with the reason and the time, and appears in all minutes you make from now on.</translation>
        </message>
        <message>
            <location filename="../../ui/correction_dialog.py" line="29" />
            <source>&amp;Reden:</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <location filename="../../ui/correction_dialog.py" line="29" />
            <source>&amp;Correctie:</source>
            <translation>&amp;Correction:</translation>
        </message>
        <message>
            <location filename="../../ui/dialog_parts.py" line="177" />
            <location filename="../../ui/dossier_transfer.py" line="70" />
            <location filename="../../ui/signal_timeline.py" line="193" />
            <source>Annuleren</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_transfer.py" line="45" />
            <location filename="../../ui/dossier_transfer.py" line="130" />
            <source>Dossier importeren</source>
            <translation>Import dossier</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_transfer.py" line="46" />
            <source>{name} staat al in de gegevensmap, met andere gegevens dan in {file}.</source>
            <translation>{name} is already in the data folder, with different data from {file}.</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_transfer.py" line="50" />
            <source>In de gegevensmap: {meetings_here} gesprekken, laatst gewijzigd {here}.
In het dossier: {meetings_there} gesprekken, laatst gewijzigd {there}.</source>
            <translation>In the data folder: {meetings_here} meetings, last changed {here}.
In the dossier: {meetings_there} meetings, last changed {there}.</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_transfer.py" line="62" />
            <source>Vervangen (de huidige gegevens worden eerst als reservekopie bewaard)</source>
            <translation>Replace (the current data is kept as a backup first)</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_transfer.py" line="63" />
            <source>Het dossier komt in de plaats van wat nu in de gegevensmap staat.</source>
            <translation>The dossier takes the place of what is in the data folder now.</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_transfer.py" line="65" />
            <source>Als kopie toevoegen</source>
            <translation>Add as a copy</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_transfer.py" line="66" />
            <source>Het dossier komt ernaast als nieuwe leverancier „{name} (kopie)”; er wordt niets overschreven.</source>
            <translation>The dossier is added beside it as a new supplier “{name} (kopie)”; nothing is overwritten.</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_transfer.py" line="75" />
            <source>De gegevensmap heeft nieuwere gegevens dan het dossier; die worden nooit overschreven. U kunt het dossier wel als kopie toevoegen.</source>
            <translation>The data folder has newer data than the dossier; that is never overwritten. You can add the dossier as a copy.</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_transfer.py" line="79" />
            <source>Deze leverancier is hier geopend in een gesprek. Sluit dat eerst om te kunnen vervangen; als kopie toevoegen kan nu al.</source>
            <translation>This supplier is open in a meeting here. Close it first to replace; adding as a copy is possible now.</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_transfer.py" line="121" />
            <location filename="../../ui/main_window.py" line="628" />
            <source>Dossier exporteren</source>
            <translation>Export dossier</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_transfer.py" line="122" />
            <source>Dossierpakketten (*.zip)</source>
            <translation>Dossier packages (*.zip)</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_transfer.py" line="131" />
            <source>Dossiers (*.zip *.json);;Alle bestanden (*)</source>
            <translation>Dossiers (*.zip *.json);;All files (*)</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_transfer.py" line="169" />
            <source>Dossier niet geëxporteerd</source>
            <translation>Dossier not exported</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_transfer.py" line="173" />
            <source>Het dossier van {name} staat in {path}, met {count} verslagen (PDF). Het bevat interne notities en de bronnen van signalen: geef het alleen aan collega's of aan het archief.</source>
            <translation>The dossier of {name} is in {path}, with {count} minutes (PDF). It holds internal notes and the sources of signals: give it only to colleagues or the archive.</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_transfer.py" line="177" />
            <source>Dossier geëxporteerd, niet alle verslagen</source>
            <translation>Dossier exported, not all minutes</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_transfer.py" line="178" />
            <source>Niet opgenomen:</source>
            <translation>Not included:</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_transfer.py" line="180" />
            <source>Dossier geëxporteerd</source>
            <translation>Dossier exported</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_transfer.py" line="191" />
            <source>Dossier niet ingelezen</source>
            <translation>Dossier not imported</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_transfer.py" line="216" />
            <source>Dossier ingelezen</source>
            <translation>Dossier imported</translation>
        </message>
        <message>
            <location filename="../../ui/dossier_transfer.py" line="226" />
            <source>{user} heeft deze leverancier open op {host} (sinds {since}); vervangen kan pas als het daar is gesloten. Als kopie toevoegen kan wel.</source>
            <translation>{user} has this supplier open on {host} (since {since}); it can be replaced only once it is closed there. Adding it as a copy is possible.</translation>
        </message>
        <message>
            <location filename="../../ui/help_dialog.py" line="40" />
            <source>Vragen</source>
            <translation>Questions</translation>
        </message>
        <message>
            <location filename="../../ui/help_dialog.py" line="40" />
            <location filename="../../ui/topic_page.py" line="25" />
            <source>Aandachtspunten</source>
            <translation>Points of attention</translation>
        </message>
        <message>
            <location filename="../../ui/help_dialog.py" line="51" />
            <source>Hulp — ISV-dialoog</source>
            <translation>Help — ISV-dialoog</translation>
        </message>
        <message>
            <location filename="../../ui/help_dialog.py" line="58" />
            <source>&amp;Onderwerp:</source>
            <translation>&amp;Topic:</translation>
        </message>
        <message>
            <location filename="../../ui/history_view.py" line="22" />
            <source>Aangemaakt</source>
            <translation>Created</translation>
        </message>
        <message>
            <location filename="../../ui/history_view.py" line="23" />
            <source>Definitief gemaakt</source>
            <translation>Made final</translation>
        </message>
        <message>
            <location filename="../../ui/history_view.py" line="23" />
            <source>Correctie toegevoegd</source>
            <translation>Correction added</translation>
        </message>
        <message>
            <location filename="../../ui/history_view.py" line="24" />
            <source>Verwijderd</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <location filename="../../ui/history_view.py" line="24" />
            <source>Status gewijzigd</source>
            <translation>Status changed</translation>
        </message>
        <message>
            <location filename="../../ui/history_view.py" line="25" />
            <source>Stap toegevoegd</source>
            <translation>Step added</translation>
        </message>
        <message>
            <location filename="../../ui/history_view.py" line="25" />
            <source>Ingelezen uit een dossier</source>
            <translation>Imported from a dossier</translation>
        </message>
        <message>
            <location filename="../../ui/history_view.py" line="26" />
            <source>Reservekopie teruggezet</source>
            <translation>Backup restored</translation>
        </message>
        <message>
            <location filename="../../ui/history_view.py" line="37" />
            <source>Leveranciersgegevens</source>
            <translation>Supplier details</translation>
        </message>
        <message>
            <location filename="../../ui/history_view.py" line="39" />
            <source>Het hele dossier</source>
            <translation>The whole dossier</translation>
        </message>
        <message>
            <location filename="../../ui/history_view.py" line="41" />
            <source>Gesprek van {when} ({kind})</source>
            <translation>Meeting of {when} ({kind})</translation>
        </message>
        <message>
            <location filename="../../ui/history_view.py" line="45" />
            <location filename="../../ui/signals_page.py" line="55" />
            <source>Signaal van {when}</source>
            <translation>Signal of {when}</translation>
        </message>
        <message>
            <location filename="../../ui/history_view.py" line="50" />
            <source>Afspraak: {words}</source>
            <translation>Agreement: {words}</translation>
        </message>
        <message>
            <location filename="../../ui/history_view.py" line="51" />
            <source>Gesprek (niet meer aanwezig)</source>
            <translation>Meeting (no longer present)</translation>
        </message>
        <message>
            <location filename="../../ui/history_view.py" line="51" />
            <source>Signaal</source>
            <translation>Signal</translation>
        </message>
        <message>
            <location filename="../../ui/history_view.py" line="52" />
            <source>Afspraak (niet meer aanwezig)</source>
            <translation>Agreement (no longer present)</translation>
        </message>
        <message>
            <location filename="../../ui/history_view.py" line="57" />
            <source>{day}, {time}</source>
            <translation>{day}, {time}</translation>
        </message>
        <message>
            <location filename="../../ui/history_view.py" line="66" />
            <location filename="../../ui/meeting_view.py" line="70" />
            <source>Tijdstip</source>
            <translation>Time</translation>
        </message>
        <message>
            <location filename="../../ui/history_view.py" line="66" />
            <source>Wat</source>
            <translation>What</translation>
        </message>
        <message>
            <location filename="../../ui/history_view.py" line="66" />
            <source>Onderdeel</source>
            <translation>Part</translation>
        </message>
        <message>
            <location filename="../../ui/history_view.py" line="71" />
            <location filename="../../ui/supplier_detail.py" line="82" />
            <source>Geschiedenis</source>
            <translation>History</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="15" />
            <source>Dialooggesprek</source>
            <translation>Dialogue meeting</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="16" />
            <source>Bespreking jaarrapportage</source>
            <translation>Annual report review</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="17" />
            <source>Bespreking signaal</source>
            <translation>Signal discussion</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="21" />
            <source>Definitief</source>
            <translation>Final</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="21" />
            <source>Concept</source>
            <translation>Draft</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="25" />
            <location filename="../../ui/report_labels.py" line="29" />
            <source>Nog geen oordeel</source>
            <translation>No assessment yet</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="25" />
            <source>Voldoende</source>
            <translation>Sufficient</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="26" />
            <source>Verbetering nodig</source>
            <translation>Needs improvement</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="27" />
            <source>Onvoldoende</source>
            <translation>Insufficient</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="31" />
            <source>Nog niet bekeken</source>
            <translation>Not looked at yet</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="31" />
            <location filename="../../ui/start_page.py" line="97" />
            <source>Aanwezig</source>
            <translation>Present</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="32" />
            <location filename="../../ui/report_labels.py" line="26" />
            <source>Gedeeltelijk</source>
            <translation>Partly</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="32" />
            <source>Ontbreekt</source>
            <translation>Missing</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="36" />
            <location filename="../../ui/signal_dialog.py" line="82" />
            <location filename="../../ui/signals_panel.py" line="321" />
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="44" />
            <source>Niemand ingevuld namens de opdrachtgever.</source>
            <translation>No one filled in for the contracting authority.</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="45" />
            <source>Niemand ingevuld namens de leverancier.</source>
            <translation>No one filled in for the supplier.</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="46" />
            <source>Er is geen onderwerp gekozen.</source>
            <translation>No topic has been chosen.</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="47" />
            <source>Niet besproken: {subject}</source>
            <translation>Not discussed: {subject}</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="48" />
            <source>Besproken maar niet beoordeeld: {subject}</source>
            <translation>Discussed but not assessed: {subject}</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="49" />
            <source>Een nieuwe afspraak heeft nog geen omschrijving.</source>
            <translation>A new agreement has no description yet.</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="50" />
            <source>Afspraak zonder eigenaar: {subject}</source>
            <translation>Agreement without an owner: {subject}</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="51" />
            <source>Afspraak zonder datum: {subject}</source>
            <translation>Agreement without a date: {subject}</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="52" />
            <source>Eerdere afspraak niet nagelopen: {subject}</source>
            <translation>Earlier agreement not reviewed: {subject}</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="54" />
            <source>Jaarrapportage niet nagekeken op: {subject}</source>
            <translation>Annual report not checked for: {subject}</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="56" />
            <source>Nog geen oordeel over de redelijke inspanning.</source>
            <translation>No verdict on the reasonable effort yet.</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="57" />
            <source>Signaal niet besproken: {subject}</source>
            <translation>Signal not discussed: {subject}</translation>
        </message>
        <message>
            <location filename="../../ui/labels.py" line="72" />
            <source>(zonder omschrijving)</source>
            <translation>(no description)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="112" />
            <source>ISV-dialoog</source>
            <translation>ISV-dialoog</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="120" />
            <source>Werkbalk</source>
            <translation>Toolbar</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="123" />
            <source>Nieuwe leverancier…</source>
            <translation>New supplier…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="126" />
            <location filename="../../ui/portfolio_view.py" line="195" />
            <source>Vernieuwen</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="135" />
            <location filename="../../ui/main_window.py" line="124" />
            <source>Leverancier bewerken…</source>
            <translation>Edit supplier…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="136" />
            <location filename="../../ui/main_window.py" line="125" />
            <source>Nieuw gesprek</source>
            <translation>New meeting</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="137" />
            <source>Reservekopie terugzetten…</source>
            <translation>Restore backup…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="138" />
            <source>Zet een eerdere versie van de gekozen leverancier terug</source>
            <translation>Put back an earlier version of the chosen supplier</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="142" />
            <location filename="../../ui/portfolio_view.py" line="129" />
            <source>Portefeuille-overzicht</source>
            <translation>Portfolio overview</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="144" />
            <source>Alle leveranciers in één overzicht, te exporteren naar Excel of PDF (Ctrl+Shift+O)</source>
            <translation>All suppliers in one overview, to export to Excel or PDF (Ctrl+Shift+O)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="152" />
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="163" />
            <source>Zoek op naam (Ctrl+F)</source>
            <translation>Search by name (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="197" />
            <source>Gegevensmap: {path}</source>
            <translation>Data folder: {path}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="240" />
            <source>Het overzicht van de leveranciers wordt bijgewerkt: {done} van {total} bestanden gelezen…</source>
            <translation>Updating the list of suppliers: {done} of {total} files read…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="245" />
            <source>Het overzicht van de leveranciers wordt bijgewerkt…</source>
            <translation>Updating the list of suppliers…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="258" />
            <source>Het overzicht van de leveranciers kon niet worden gelezen: {error}</source>
            <translation>The list of suppliers could not be read: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="270" />
            <source>De vragenlijsten bevatten een fout:

{error}</source>
            <translation>The questionnaires contain an error:

{error}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="298" />
            <source>Deze bestanden konden niet worden gelezen en zijn niet aangeraakt:</source>
            <translation>These files could not be read and have not been touched:</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="350" />
            <source>Kan niet openen</source>
            <translation>Cannot open</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="440" />
            <location filename="../../ui/main_window.py" line="413" />
            <location filename="../../ui/main_window.py" line="419" />
            <location filename="../../ui/main_window.py" line="437" />
            <location filename="../../ui/main_window.py" line="507" />
            <source>Kan het gesprek niet openen</source>
            <translation>Cannot open the meeting</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="440" />
            <location filename="../../ui/main_window.py" line="471" />
            <location filename="../../ui/meeting_wizard.py" line="65" />
            <source>Dit gesprek bestaat niet meer.</source>
            <translation>This meeting no longer exists.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="459" />
            <source>Correctie niet vastgelegd</source>
            <translation>Correction not recorded</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="526" />
            <source>Alleen-lezen: {user} heeft deze leverancier open sinds {since} (op {host}, proces {pid}).</source>
            <translation>Read-only: {user} has had this supplier open since {since} (on {host}, process {pid}).</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="533" />
            <source>{reason} U kunt deze leverancier bekijken, maar niet wijzigen.</source>
            <translation>{reason} You can view this supplier, but not change it.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="535" />
            <source>{user} heeft deze leverancier open sinds {since} (op {host}); u kunt alles bekijken, maar niets wijzigen tot het daar is gesloten.</source>
            <translation>{user} has had this supplier open since {since} (on {host}); you can view everything, but change nothing until it is closed there.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="538" />
            <source>Alleen bekijken</source>
            <translation>View only</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="582" />
            <source>Instellingen…</source>
            <translation>Settings…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="586" />
            <source>&amp;Extra</source>
            <translation>&amp;Tools</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="589" />
            <source>Hulp bij deze pagina</source>
            <translation>Help for this page</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="598" />
            <source>Instellingen opgeslagen.</source>
            <translation>Settings saved.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="607" />
            <source>Dossier exporteren…</source>
            <translation>Export dossier…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="608" />
            <source>Het dossier van de gekozen leverancier met de definitieve verslagen in één bestand, voor een collega of het archief</source>
            <translation>The chosen supplier's dossier with its final minutes in one file, for a colleague or the archive</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="612" />
            <source>Dossier importeren…</source>
            <translation>Import dossier…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="613" />
            <source>Lees een dossier van een collega of uit het archief in</source>
            <translation>Import a dossier from a colleague or the archive</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="615" />
            <source>&amp;Dossier</source>
            <translation>&amp;Dossier</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="628" />
            <source>Kies eerst een leverancier in de lijst.</source>
            <translation>Choose a supplier in the list first.</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_view.py" line="44" />
            <source>{day} om {time}</source>
            <translation>{day} at {time}</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_view.py" line="66" />
            <location filename="../../ui/start_page.py" line="51" />
            <source>Het gesprek</source>
            <translation>The meeting</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_view.py" line="68" />
            <source>Nog geen correcties.</source>
            <translation>No corrections yet.</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_view.py" line="70" />
            <source>Reden</source>
            <translation>Reason</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_view.py" line="70" />
            <source>Correctie</source>
            <translation>Correction</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_view.py" line="74" />
            <source>Correcties</source>
            <translation>Corrections</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_view.py" line="77" />
            <location filename="../../ui/review_page.py" line="42" />
            <source>&amp;Verslag maken (intern)…</source>
            <translation>Make &amp;minutes (internal)…</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_view.py" line="78" />
            <location filename="../../ui/review_page.py" line="44" />
            <source>Verslag voor de &amp;leverancier…</source>
            <translation>Minutes for the &amp;supplier…</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_view.py" line="79" />
            <source>&amp;Correctie toevoegen…</source>
            <translation>Add &amp;correction…</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_view.py" line="80" />
            <location filename="../../ui/meeting_wizard.py" line="117" />
            <location filename="../../ui/portfolio_view.py" line="205" />
            <source>Sluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_view.py" line="135" />
            <source>definitief</source>
            <translation>final</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_view.py" line="135" />
            <source>concept, alleen-lezen</source>
            <translation>draft, read-only</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_view.py" line="136" />
            <source>{kind} van {when} — {name} ({state})</source>
            <translation>{kind} of {when} — {name} ({state})</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_view.py" line="140" />
            <source>Definitief vastgesteld op {moment}</source>
            <translation>Made final on {moment}</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_view.py" line="142" />
            <source>Dit verslag is definitief en kan niet meer worden gewijzigd. Een correctie wordt erbij vastgelegd, met reden en tijdstip.</source>
            <translation>These minutes are final and can no longer be changed. A correction is recorded beside them, with reason and time.</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_view.py" line="145" />
            <source>Alleen-lezen</source>
            <translation>Read-only</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_view.py" line="146" />
            <source>Dit gesprek is nog niet afgerond. U ziet het zoals het het laatst is opgeslagen; u kunt het bekijken en er een conceptverslag van maken, maar niet wijzigen.</source>
            <translation>This meeting is not finished yet. You see it as it was last saved; you can view it and make draft minutes of it, but not change it.</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_view.py" line="153" />
            <location filename="../../ui/supplier_detail.py" line="190" />
            <source>Geschiedenis ({count})</source>
            <translation>History ({count})</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_view.py" line="162" />
            <source>Correcties ({count})</source>
            <translation>Corrections ({count})</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_view.py" line="183" />
            <source>Geen correctie vastgelegd</source>
            <translation>No correction recorded</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_view.py" line="184" />
            <source>Een correctie heeft een reden en een tekst nodig.</source>
            <translation>A correction needs a reason and a text.</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_wizard.py" line="67" />
            <source>Dit gesprek is definitief en kan niet meer worden bewerkt.</source>
            <translation>This meeting is final and can no longer be edited.</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_wizard.py" line="88" />
            <source>Gesprek met {name} — ISV-dialoog</source>
            <translation>Meeting with {name} — ISV-dialoog</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_wizard.py" line="98" />
            <source>Alles is opgeslagen</source>
            <translation>Everything is saved</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_wizard.py" line="106" />
            <source>Wordt vanzelf opgeslagen; nu opslaan: Ctrl+S</source>
            <translation>Saved automatically; save now: Ctrl+S</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_wizard.py" line="118" />
            <source>Sluiten, later verder</source>
            <translation>Close, continue later</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_wizard.py" line="119" />
            <source>Volgende stap (Alt+→)</source>
            <translation>Next step (Alt+→)</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_wizard.py" line="120" />
            <source>Vorige stap (Alt+←)</source>
            <translation>Previous step (Alt+←)</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_wizard.py" line="121" />
            <source>Hulp bij deze pagina (F1)</source>
            <translation>Help for this page (F1)</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_wizard.py" line="262" />
            <source>{message}

Uw tekst staat nog in het venster; er wordt opnieuw geprobeerd op te slaan zodra u verder typt.</source>
            <translation>{message}

Your text is still in the window; saving is tried again as soon as you type on.</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_wizard.py" line="267" />
            <source>Opslaan mislukt al {count} keer: {message}

Uw tekst staat nog in het venster. Met “Elders opslaan…” bewaart u het hele dossier als bestand op een plek die u kiest (bijvoorbeeld een USB-stick); het is later terug te zetten met het commando isv-dialogue import.</source>
            <translation>Saving has failed {count} times: {message}

Your text is still in the window. With “Save elsewhere…” you keep the whole dossier as a file in a place you choose (a USB stick, for example); it can be restored later with the command isv-dialogue import.</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_wizard.py" line="280" />
            <source>Elders opslaan…</source>
            <translation>Save elsewhere…</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_wizard.py" line="287" />
            <source>Dossier elders opslaan</source>
            <translation>Save dossier elsewhere</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_wizard.py" line="289" />
            <source>Dossier (*.json)</source>
            <translation>Dossier (*.json)</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_wizard.py" line="311" />
            <source>Elders opgeslagen</source>
            <translation>Saved elsewhere</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_wizard.py" line="312" />
            <source>Het hele dossier staat in {path}. Het venster blijft proberen in de gegevensmap op te slaan.</source>
            <translation>The whole dossier is in {path}. The window keeps trying to save in the data folder.</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_wizard.py" line="381" />
            <source>Een definitief verslag kan daarna niet meer worden gewijzigd, alleen gecorrigeerd met een reden.</source>
            <translation>Final minutes cannot be changed afterwards, only corrected with a reason.</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_wizard.py" line="384" />
            <source>Er staan nog {count} punten open in het overzicht.</source>
            <translation>There are still {count} open points in the overview.</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_wizard.py" line="385" />
            <source>Definitief maken</source>
            <translation>Make final</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_wizard.py" line="385" />
            <source>Nu definitief maken?</source>
            <translation>Make final now?</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_wizard.py" line="393" />
            <source>Niet definitief gemaakt</source>
            <translation>Not made final</translation>
        </message>
        <message>
            <location filename="../../ui/meeting_wizard.py" line="416" />
            <source>De laatste wijzigingen konden niet worden opgeslagen. Toch sluiten? Wat niet is opgeslagen, gaat dan verloren.</source>
            <translation>The latest changes could not be saved. Close anyway? What has not been saved will then be lost.</translation>
        </message>
        <message>
            <location filename="../../ui/minutes_file.py" line="33" />
            <source>Het interne conceptverslag</source>
            <translation>The internal draft minutes</translation>
        </message>
        <message>
            <location filename="../../ui/minutes_file.py" line="34" />
            <source>Het interne verslag (definitief)</source>
            <translation>The internal minutes (final)</translation>
        </message>
        <message>
            <location filename="../../ui/minutes_file.py" line="35" />
            <source>Het conceptverslag voor de leverancier</source>
            <translation>The draft minutes for the supplier</translation>
        </message>
        <message>
            <location filename="../../ui/minutes_file.py" line="36" />
            <source>Het definitieve verslag voor de leverancier</source>
            <translation>The final minutes for the supplier</translation>
        </message>
        <message>
            <location filename="../../ui/minutes_file.py" line="46" />
            <source>Verslag opslaan</source>
            <translation>Save minutes</translation>
        </message>
        <message>
            <location filename="../../ui/minutes_file.py" line="47" />
            <location filename="../../ui/portfolio_view.py" line="297" />
            <source>PDF-bestanden (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../ui/minutes_file.py" line="79" />
            <location filename="../../ui/minutes_file.py" line="82" />
            <source>Verslag niet gemaakt</source>
            <translation>Minutes not made</translation>
        </message>
        <message>
            <location filename="../../ui/minutes_file.py" line="83" />
            <location filename="../../ui/portfolio_view.py" line="322" />
            <source>{path} kan niet worden geschreven: {reason}.</source>
            <translation>{path} cannot be written: {reason}.</translation>
        </message>
        <message>
            <location filename="../../ui/minutes_file.py" line="87" />
            <source>Verslag gemaakt</source>
            <translation>Minutes made</translation>
        </message>
        <message>
            <location filename="../../ui/minutes_file.py" line="88" />
            <source>{edition} staat in {path}.

Nu openen?</source>
            <translation>{edition} are in {path}.

Open now?</translation>
        </message>
        <message>
            <location filename="../../ui/point_row.py" line="39" />
            <source>Vorige keer</source>
            <translation>Last time</translation>
        </message>
        <message>
            <location filename="../../ui/point_row.py" line="48" />
            <source>Wat zegt de leverancier hierover?</source>
            <translation>What does the supplier say about this?</translation>
        </message>
        <message>
            <location filename="../../ui/point_row.py" line="49" />
            <source>Antwoord leverancier: {point}</source>
            <translation>Supplier's answer: {point}</translation>
        </message>
        <message>
            <location filename="../../ui/point_row.py" line="53" />
            <source>Beoordeling: {point}</source>
            <translation>Assessment: {point}</translation>
        </message>
        <message>
            <location filename="../../ui/point_row.py" line="89" />
            <source>Dit punt is niet eerder besproken.</source>
            <translation>This point has not been discussed before.</translation>
        </message>
        <message>
            <location filename="../../ui/point_row.py" line="93" />
            <source>(geen antwoord genoteerd)</source>
            <translation>(no answer noted)</translation>
        </message>
        <message>
            <location filename="../../ui/point_row.py" line="95" />
            <source>&lt;b&gt;Vorige keer&lt;/b&gt; ({when}, {kind}) — beoordeling: &lt;b&gt;{assessment}&lt;/b&gt;</source>
            <translation>&lt;b&gt;Last time&lt;/b&gt; ({when}, {kind}) — assessment: &lt;b&gt;{assessment}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/point_row.py" line="99" />
            <source>Toon wat de leverancier op {when} zei</source>
            <translation>Show what the supplier said on {when}</translation>
        </message>
        <message>
            <location filename="../../ui/point_row.py" line="124" />
            <location filename="../../ui/summary.py" line="60" />
            <source>Niet besproken</source>
            <translation>Not discussed</translation>
        </message>
        <message>
            <location filename="../../ui/portfolio_view.py" line="149" />
            <source>Filter op naam, sector, contract of status (Ctrl+F)</source>
            <translation>Filter by name, sector, contract or status (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../ui/portfolio_view.py" line="151" />
            <source>Alleen met open signalen</source>
            <translation>Only with open signals</translation>
        </message>
        <message>
            <location filename="../../ui/portfolio_view.py" line="152" />
            <source>Alleen met te late afspraken</source>
            <translation>Only with overdue agreements</translation>
        </message>
        <message>
            <location filename="../../ui/portfolio_view.py" line="153" />
            <source>Alleen met te late jaarrapportage</source>
            <translation>Only with an overdue annual report</translation>
        </message>
        <message>
            <location filename="../../ui/portfolio_view.py" line="183" />
            <source>Klik op een kolomkop om te sorteren; nog eens klikken draait de volgorde om.</source>
            <translation>Click a column header to sort; click again to reverse the order.</translation>
        </message>
        <message>
            <location filename="../../ui/portfolio_view.py" line="198" />
            <source>Exporteren naar Excel (CSV)…</source>
            <translation>Export to Excel (CSV)…</translation>
        </message>
        <message>
            <location filename="../../ui/portfolio_view.py" line="199" />
            <source>De getoonde regels, in deze volgorde, als CSV-bestand dat Excel direct opent</source>
            <translation>The rows shown, in this order, as a CSV file that Excel opens directly</translation>
        </message>
        <message>
            <location filename="../../ui/portfolio_view.py" line="202" />
            <source>PDF voor een manager…</source>
            <translation>PDF for a manager…</translation>
        </message>
        <message>
            <location filename="../../ui/portfolio_view.py" line="203" />
            <source>De getoonde regels op één liggende A4-pagina</source>
            <translation>The rows shown on one landscape A4 page</translation>
        </message>
        <message>
            <location filename="../../ui/portfolio_view.py" line="229" />
            <source>{total} leveranciers  ·  {signals} met open signalen  ·  {overdue} met te late afspraken  ·  {reports} met een te late jaarrapportage  ·  stand per {today}</source>
            <translation>{total} suppliers  ·  {signals} with open signals  ·  {overdue} with overdue agreements  ·  {reports} with an overdue annual report  ·  as of {today}</translation>
        </message>
        <message>
            <location filename="../../ui/portfolio_view.py" line="237" />
            <source>Deze bestanden konden niet worden gelezen en ontbreken in het overzicht:</source>
            <translation>These files could not be read and are missing from the overview:</translation>
        </message>
        <message>
            <location filename="../../ui/portfolio_view.py" line="263" />
            <source>{shown} van {total} getoond</source>
            <translation>{shown} of {total} shown</translation>
        </message>
        <message>
            <location filename="../../ui/portfolio_view.py" line="264" />
            <source>{total} getoond</source>
            <translation>{total} shown</translation>
        </message>
        <message>
            <location filename="../../ui/portfolio_view.py" line="272" />
            <source>“{text}”</source>
            <translation>“{text}”</translation>
        </message>
        <message>
            <location filename="../../ui/portfolio_view.py" line="291" />
            <source>Overzicht opslaan als CSV</source>
            <translation>Save overview as CSV</translation>
        </message>
        <message>
            <location filename="../../ui/portfolio_view.py" line="292" />
            <source>CSV-bestanden (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/portfolio_view.py" line="296" />
            <source>Overzicht opslaan als PDF</source>
            <translation>Save overview as PDF</translation>
        </message>
        <message>
            <location filename="../../ui/portfolio_view.py" line="326" />
            <source>Opgeslagen: {path}</source>
            <translation>Saved: {path}</translation>
        </message>
        <message>
            <location filename="../../ui/report_labels.py" line="24" />
            <source>Ja</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location filename="../../ui/report_labels.py" line="28" />
            <source>Nee</source>
            <translation>No</translation>
        </message>
        <message>
            <location filename="../../ui/report_labels.py" line="36" />
            <source>Te laat</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <location filename="../../ui/report_labels.py" line="38" />
            <location filename="../../ui/supplier_list.py" line="120" />
            <source>Binnenkort</source>
            <translation>Soon</translation>
        </message>
        <message>
            <location filename="../../ui/report_labels.py" line="40" />
            <source>Nog niet</source>
            <translation>Not yet</translation>
        </message>
        <message>
            <location filename="../../ui/report_labels.py" line="42" />
            <source>Besproken</source>
            <translation>Discussed</translation>
        </message>
        <message>
            <location filename="../../ui/report_labels.py" line="43" />
            <location filename="../../ui/widgets.py" line="41" />
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <location filename="../../ui/report_labels.py" line="53" />
            <source> (de eindrapportage)</source>
            <translation> (the final report)</translation>
        </message>
        <message>
            <location filename="../../ui/report_labels.py" line="55" />
            <source>Vul de looptijd van het contract in (Leverancier bewerken…) om te zien wanneer de jaarrapportage verwacht wordt.</source>
            <translation>Fill in the contract period (Edit supplier…) to see when the annual report is expected.</translation>
        </message>
        <message>
            <location filename="../../ui/report_labels.py" line="58" />
            <location filename="../../ui/timeline_view.py" line="624" />
            <location filename="../../ui/timeline_view.py" line="631" />
            <source> (concept)</source>
            <translation> (draft)</translation>
        </message>
        <message>
            <location filename="../../ui/report_labels.py" line="59" />
            <source>De jaarrapportage over {year}{final} is besproken{how}. Oordeel over de redelijke inspanning: {verdict}.</source>
            <translation>The annual report on {year}{final} has been discussed{how}. Verdict on the reasonable effort: {verdict}.</translation>
        </message>
        <message>
            <location filename="../../ui/report_labels.py" line="63" />
            <source>De jaarrapportage over {year}{final} had uiterlijk {due} besproken moeten zijn ({days} dagen geleden). Plan een bespreking.</source>
            <translation>The annual report on {year}{final} should have been discussed by {due} ({days} days ago). Plan a discussion.</translation>
        </message>
        <message>
            <location filename="../../ui/report_labels.py" line="67" />
            <source>De jaarrapportage over {year}{final} wordt uiterlijk {due} verwacht (nog {days} dagen). Plan een bespreking.</source>
            <translation>The annual report on {year}{final} is expected by {due} ({days} days to go). Plan a discussion.</translation>
        </message>
        <message>
            <location filename="../../ui/report_labels.py" line="71" />
            <source>Er wordt nog geen jaarrapportage verwacht.</source>
            <translation>No annual report is expected yet.</translation>
        </message>
        <message>
            <location filename="../../ui/report_labels.py" line="73" />
            <source>De jaarrapportage over {year}{final} wordt uiterlijk {due} verwacht.</source>
            <translation>The annual report on {year}{final} is expected by {due}.</translation>
        </message>
        <message>
            <location filename="../../ui/report_labels.py" line="77" />
            <source>Niet besproken: de rapportage over {years}.</source>
            <translation>Not discussed: the report on {years}.</translation>
        </message>
        <message>
            <location filename="../../ui/report_page.py" line="29" />
            <source>Nog niet opeisbaar</source>
            <translation>Not yet due</translation>
        </message>
        <message>
            <location filename="../../ui/report_page.py" line="30" />
            <source>Nog niet beoordeeld</source>
            <translation>Not yet assessed</translation>
        </message>
        <message>
            <location filename="../../ui/report_page.py" line="30" />
            <source>Nagekomen</source>
            <translation>Fulfilled</translation>
        </message>
        <message>
            <location filename="../../ui/report_page.py" line="30" />
            <source>Niet nagekomen</source>
            <translation>Not fulfilled</translation>
        </message>
        <message>
            <location filename="../../ui/report_page.py" line="47" />
            <source>Nagekomen: {what}</source>
            <translation>Fulfilled: {what}</translation>
        </message>
        <message>
            <location filename="../../ui/report_page.py" line="49" />
            <source>Toelichting: wat blijkt uit het rapport, hoe gaat het verder?</source>
            <translation>Explanation: what does the report show, how will it continue?</translation>
        </message>
        <message>
            <location filename="../../ui/report_page.py" line="50" />
            <source>Toelichting bij de toezegging</source>
            <translation>Explanation of the commitment</translation>
        </message>
        <message>
            <location filename="../../ui/report_page.py" line="63" />
            <source>Uiterlijk {date}</source>
            <translation>Due {date}</translation>
        </message>
        <message>
            <location filename="../../ui/report_page.py" line="63" />
            <source>Geen termijn</source>
            <translation>No deadline</translation>
        </message>
        <message>
            <location filename="../../ui/report_page.py" line="65" />
            <source>  ·  termijn valt na het rapportagejaar {year}</source>
            <translation>  ·  deadline falls after the reporting year {year}</translation>
        </message>
        <message>
            <location filename="../../ui/report_page.py" line="83" />
            <source>De jaarrapportage</source>
            <translation>The annual report</translation>
        </message>
        <message>
            <location filename="../../ui/report_page.py" line="91" />
            <source>Het kalenderjaar waarover de leverancier rapporteert; meestal het jaar vóór dit gesprek.</source>
            <translation>The calendar year the supplier reports on; usually the year before this meeting.</translation>
        </message>
        <message>
            <location filename="../../ui/report_page.py" line="93" />
            <source>&amp;Rapportage over contractjaar:</source>
            <translation>&amp;Report on contract year:</translation>
        </message>
        <message>
            <location filename="../../ui/report_page.py" line="111" />
            <source>Toelichting: wat staat er, wat ontbreekt?</source>
            <translation>Explanation: what is there, what is missing?</translation>
        </message>
        <message>
            <location filename="../../ui/report_page.py" line="114" />
            <source>In het rapport:</source>
            <translation>In the report:</translation>
        </message>
        <message>
            <location filename="../../ui/report_page.py" line="115" />
            <source>Toelichting:</source>
            <translation>Explanation:</translation>
        </message>
        <message>
            <location filename="../../ui/report_page.py" line="123" />
            <location filename="../../ui/supplier_dialog.py" line="56" />
            <source>Toezeggingen uit het plan van aanpak</source>
            <translation>Commitments from the plan of action</translation>
        </message>
        <message>
            <location filename="../../ui/report_page.py" line="125" />
            <source>Welke doelstellingen zijn behaald? Welke niet? Hoe wordt hier mee omgegaan? Loop elke toezegging na aan de hand van het rapport.</source>
            <translation>Which objectives were met? Which were not? How is this being dealt with? Go through each commitment with the report.</translation>
        </message>
        <message>
            <location filename="../../ui/report_page.py" line="137" />
            <source>Voor deze leverancier zijn geen toezeggingen vastgelegd. Leg ze vast bij de leverancier (Leverancier bewerken…, Ctrl+E); ze staan dan hier.</source>
            <translation>No commitments have been recorded for this supplier. Record them with the supplier (Edit supplier…, Ctrl+E); they then appear here.</translation>
        </message>
        <message>
            <location filename="../../ui/review_page.py" line="32" />
            <source>Overzicht</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location filename="../../ui/review_page.py" line="33" />
            <source>Controleer het gesprek. Dubbelklik op een punt in de lijst om er naartoe te gaan.</source>
            <translation>Check the meeting. Double-click a point in the list to go to it.</translation>
        </message>
        <message>
            <location filename="../../ui/review_page.py" line="38" />
            <source>Ontbrekende punten</source>
            <translation>Missing points</translation>
        </message>
        <message>
            <location filename="../../ui/review_page.py" line="41" />
            <source>Aandachtspunten voor het verslag</source>
            <translation>Points of attention for the minutes</translation>
        </message>
        <message>
            <location filename="../../ui/review_page.py" line="43" />
            <source>Conceptverslag met uw interne notities, voor het dossier</source>
            <translation>Draft minutes with your internal notes, for the file</translation>
        </message>
        <message>
            <location filename="../../ui/review_page.py" line="46" />
            <source>Conceptverslag zonder interne notities en zonder bron van signalen</source>
            <translation>Draft minutes without internal notes and without the source of signals</translation>
        </message>
        <message>
            <location filename="../../ui/review_page.py" line="49" />
            <source>&amp;Definitief maken…</source>
            <translation>Make &amp;final…</translation>
        </message>
        <message>
            <location filename="../../ui/review_page.py" line="87" />
            <source>Niets ontbreekt.</source>
            <translation>Nothing is missing.</translation>
        </message>
        <message>
            <location filename="../../ui/review_page.py" line="88" />
            <source>Nog open voor het verslag ({count})</source>
            <translation>Still open for the minutes ({count})</translation>
        </message>
        <message>
            <location filename="../../ui/review_page.py" line="89" />
            <source>Compleet</source>
            <translation>Complete</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="36" />
            <source>Instellingen — ISV-dialoog</source>
            <translation>Settings — ISV-dialoog</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="46" />
            <source>Leeg: de standaardmap van uw account</source>
            <translation>Empty: your account's standard folder</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="47" />
            <source>Kiezen…</source>
            <translation>Choose…</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="56" />
            <source>Nu geopend met --data-dir of ISV_DIALOGUE_DATA ({path}); zolang dat zo is, gaat die map voor deze instelling.</source>
            <translation>Opened now with --data-dir or ISV_DIALOGUE_DATA ({path}); as long as that is so, that folder takes precedence over this setting.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="61" />
            <source>Algemeen</source>
            <translation>General</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="63" />
            <source>&amp;Taal:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="64" />
            <source>&amp;Gegevensmap:</source>
            <translation>&amp;Data folder:</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="68" />
            <source>Bijvoorbeeld: Anna de Vries, contractmanager</source>
            <translation>For example: Anna de Vries, contract manager</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="70" />
            <source>Bijvoorbeeld: Gemeente Tilburg</source>
            <translation>For example: Municipality of Tilburg</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="71" />
            <source>Opdrachtgever</source>
            <translation>Contracting authority</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="73" />
            <source>&amp;Uw naam:</source>
            <translation>&amp;Your name:</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="74" />
            <source>&amp;Organisatie:</source>
            <translation>&amp;Organisation:</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="76" />
            <source>Elk nieuw gesprek neemt uw organisatie over, en uw naam bij de aanwezigen; het verslag noemt ze.</source>
            <translation>Every new meeting takes over your organisation, and your name among those present; the minutes name them.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="82" />
            <location filename="../../ui/signal_dialog.py" line="168" />
            <source>Opslaan</source>
            <translation>Save</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="114" />
            <source>Deze wijziging gaat in bij de volgende start van ISV-dialoog.</source>
            <translation>This change takes effect the next time ISV-dialoog starts.</translation>
        </message>
        <message>
            <location filename="../../ui/settings_dialog.py" line="125" />
            <source>Gegevensmap kiezen</source>
            <translation>Choose data folder</translation>
        </message>
        <message>
            <location filename="../../ui/signal_dialog.py" line="42" />
            <source>Signaal bewerken</source>
            <translation>Edit signal</translation>
        </message>
        <message>
            <location filename="../../ui/signal_dialog.py" line="42" />
            <source>Nieuw signaal registreren</source>
            <translation>Register new signal</translation>
        </message>
        <message>
            <location filename="../../ui/signal_dialog.py" line="85" />
            <location filename="../../ui/signals_panel.py" line="380" />
            <source>Afgesloten op {day}: {outcome}</source>
            <translation>Closed on {day}: {outcome}</translation>
        </message>
        <message>
            <location filename="../../ui/signal_dialog.py" line="103" />
            <source>(niet opgegeven)</source>
            <translation>(not given)</translation>
        </message>
        <message>
            <location filename="../../ui/signal_dialog.py" line="104" />
            <source>Binnengekomen &amp;via</source>
            <translation>Came in &amp;via</translation>
        </message>
        <message>
            <location filename="../../ui/signal_dialog.py" line="106" />
            <source>&amp;Ontvangen op</source>
            <translation>&amp;Received on</translation>
        </message>
        <message>
            <location filename="../../ui/signal_dialog.py" line="113" />
            <source>&lt;b&gt;Vertrouwelijk&lt;/b&gt; — nooit in het verslag voor de leverancier</source>
            <translation>&lt;b&gt;Confidential&lt;/b&gt; — never in the minutes for the supplier</translation>
        </message>
        <message>
            <location filename="../../ui/signal_dialog.py" line="117" />
            <source>Wie meldde het, en hoe is die te bereiken?</source>
            <translation>Who reported it, and how can they be reached?</translation>
        </message>
        <message>
            <location filename="../../ui/signal_dialog.py" line="121" />
            <source>&amp;Bron</source>
            <translation>&amp;Source</translation>
        </message>
        <message>
            <location filename="../../ui/signal_dialog.py" line="126" />
            <source>Wat is er gebeurd, waar, bij wie?</source>
            <translation>What happened, where, with whom?</translation>
        </message>
        <message>
            <location filename="../../ui/signal_dialog.py" line="127" />
            <source>&amp;Wat er gebeurde</source>
            <translation>&amp;What happened</translation>
        </message>
        <message>
            <location filename="../../ui/signal_dialog.py" line="131" />
            <location filename="../../ui/signals_panel.py" line="368" />
            <source>(nog niet bepaald)</source>
            <translation>(not decided yet)</translation>
        </message>
        <message>
            <location filename="../../ui/signal_dialog.py" line="132" />
            <source>&amp;Norm</source>
            <translation>&amp;Standard</translation>
        </message>
        <message>
            <location filename="../../ui/signal_dialog.py" line="152" />
            <source>Plaats in de &amp;keten</source>
            <translation>Place in the &amp;chain</translation>
        </message>
        <message>
            <location filename="../../ui/signal_dialog.py" line="157" />
            <source>Afsluiten en heropenen gaat via de tijdlijn van het signaal.</source>
            <translation>Closing and reopening is done in the signal's timeline.</translation>
        </message>
        <message>
            <location filename="../../ui/signal_dialog.py" line="165" />
            <location filename="../../ui/signals_panel.py" line="270" />
            <location filename="../../ui/signals_panel.py" line="172" />
            <location filename="../../ui/supplier_detail.py" line="86" />
            <location filename="../../ui/supplier_detail.py" line="88" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../ui/signal_dialog.py" line="190" />
            <source>Kies waar in de keten de schending plaatsvindt; dan staat hier wat van de leverancier verwacht wordt.</source>
            <translation>Choose where in the chain the violation takes place; then this shows what is expected of the supplier.</translation>
        </message>
        <message>
            <location filename="../../ui/signal_dialog.py" line="193" />
            <location filename="../../ui/signals_panel.py" line="371" />
            <source>&lt;b&gt;Verwachting:&lt;/b&gt; {expected}</source>
            <translation>&lt;b&gt;Expectation:&lt;/b&gt; {expected}</translation>
        </message>
        <message>
            <location filename="../../ui/signal_timeline.py" line="55" />
            <source>Signaal afsluiten</source>
            <translation>Close signal</translation>
        </message>
        <message>
            <location filename="../../ui/signal_timeline.py" line="69" />
            <source>&amp;Uitkomst</source>
            <translation>&amp;Outcome</translation>
        </message>
        <message>
            <location filename="../../ui/signal_timeline.py" line="76" />
            <source>Afgesloten &amp;op</source>
            <translation>Closed &amp;on</translation>
        </message>
        <message>
            <location filename="../../ui/signal_timeline.py" line="80" />
            <source>Wat is er bereikt of besloten, en waarom zo afgesloten?</source>
            <translation>What was achieved or decided, and why closed this way?</translation>
        </message>
        <message>
            <location filename="../../ui/signal_timeline.py" line="82" />
            <source>&amp;Toelichting</source>
            <translation>&amp;Explanation</translation>
        </message>
        <message>
            <location filename="../../ui/signal_timeline.py" line="87" />
            <source>Afsluiten</source>
            <translation>Close</translation>
        </message>
        <message>
            <location filename="../../ui/signal_timeline.py" line="114" />
            <source>Kies een uitkomst.</source>
            <translation>Choose an outcome.</translation>
        </message>
        <message>
            <location filename="../../ui/signal_timeline.py" line="187" />
            <source>Nakoming vastleggen</source>
            <translation>Record compliance</translation>
        </message>
        <message>
            <location filename="../../ui/signal_timeline.py" line="188" />
            <source>Heeft de leverancier binnen de termijn (tot en met {day}) gedaan wat de ingebrekestelling van {notice} vroeg?</source>
            <translation>Did the supplier do what the notice of default of {notice} asked within the deadline (up to and including {day})?</translation>
        </message>
        <message>
            <location filename="../../ui/signal_timeline.py" line="191" />
            <source>Ja, nagekomen</source>
            <translation>Yes, complied</translation>
        </message>
        <message>
            <location filename="../../ui/signal_timeline.py" line="192" />
            <source>Nee, niet nagekomen</source>
            <translation>No, did not comply</translation>
        </message>
        <message>
            <location filename="../../ui/signal_timeline.py" line="200" />
            <source>Signaal heropenen</source>
            <translation>Reopen signal</translation>
        </message>
        <message>
            <location filename="../../ui/signal_timeline.py" line="201" />
            <source>Het signaal weer openen? De uitkomst wordt gewist; de toelichting blijft bewaard.</source>
            <translation>Open the signal again? The outcome is cleared; the explanation is kept.</translation>
        </message>
        <message>
            <location filename="../../ui/signal_timeline.py" line="206" />
            <location filename="../../ui/signals_panel.py" line="78" />
            <source>Niet mogelijk</source>
            <translation>Not possible</translation>
        </message>
        <message>
            <location filename="../../ui/signal_timeline.py" line="284" />
            <location filename="../../ui/timeline_view.py" line="635" />
            <source>Signaal ontvangen</source>
            <translation>Signal received</translation>
        </message>
        <message>
            <location filename="../../ui/signal_timeline.py" line="284" />
            <source>via {channel}</source>
            <translation>via {channel}</translation>
        </message>
        <message>
            <location filename="../../ui/signal_timeline.py" line="287" />
            <source>Nog geen stappen vastgelegd.</source>
            <translation>No steps recorded yet.</translation>
        </message>
        <message>
            <location filename="../../ui/signal_timeline.py" line="293" />
            <source>Afgesloten: {outcome}</source>
            <translation>Closed: {outcome}</translation>
        </message>
        <message>
            <location filename="../../ui/signal_timeline.py" line="364" />
            <source>door {who}</source>
            <translation>by {who}</translation>
        </message>
        <message>
            <location filename="../../ui/signal_timeline.py" line="377" />
            <source>Nakoming vastleggen…</source>
            <translation>Record compliance…</translation>
        </message>
        <message>
            <location filename="../../ui/signal_timeline.py" line="377" />
            <source>Nakoming wijzigen…</source>
            <translation>Change compliance…</translation>
        </message>
        <message>
            <location filename="../../ui/signal_timeline.py" line="393" />
            <location filename="../../ui/timeline_view.py" line="648" />
            <source>nagekomen</source>
            <translation>complied</translation>
        </message>
        <message>
            <location filename="../../ui/signal_timeline.py" line="395" />
            <location filename="../../ui/timeline_view.py" line="648" />
            <source>niet nagekomen</source>
            <translation>not complied</translation>
        </message>
        <message>
            <location filename="../../ui/signal_timeline.py" line="398" />
            <source>loopt nog, vandaag de laatste dag</source>
            <translation>still running, today the last day</translation>
        </message>
        <message>
            <location filename="../../ui/signal_timeline.py" line="399" />
            <source>loopt nog ({days} dagen)</source>
            <translation>still running ({days} days)</translation>
        </message>
        <message>
            <location filename="../../ui/signal_timeline.py" line="402" />
            <source>verstreken; nakoming nog niet vastgelegd</source>
            <translation>expired; compliance not recorded yet</translation>
        </message>
        <message>
            <location filename="../../ui/signal_timeline.py" line="404" />
            <source>verstreken</source>
            <translation>expired</translation>
        </message>
        <message>
            <location filename="../../ui/signal_timeline.py" line="406" />
            <source>Termijn tot en met {day} — &lt;span{style}&gt;&lt;b&gt;{state}&lt;/b&gt;&lt;/span&gt;</source>
            <translation>Deadline up to and including {day} — &lt;span{style}&gt;&lt;b&gt;{state}&lt;/b&gt;&lt;/span&gt;</translation>
        </message>
        <message>
            <location filename="../../ui/signal_timeline.py" line="414" />
            <source>Signaal afsluiten…</source>
            <translation>Close signal…</translation>
        </message>
        <message>
            <location filename="../../ui/signal_timeline.py" line="418" />
            <source>Heropenen…</source>
            <translation>Reopen…</translation>
        </message>
        <message>
            <location filename="../../ui/signals_page.py" line="27" />
            <location filename="../../ui/signals_panel.py" line="177" />
            <location filename="../../ui/summary.py" line="81" />
            <source>Signalen</source>
            <translation>Signals</translation>
        </message>
        <message>
            <location filename="../../ui/signals_page.py" line="30" />
            <source>Deze leverancier heeft open signalen. Kwam een signaal ter sprake, noteer dan wat er is gezegd en besloten; anders laat u de vakken leeg.</source>
            <translation>This supplier has open signals. If a signal came up, note what was said and decided; otherwise leave the boxes empty.</translation>
        </message>
        <message>
            <location filename="../../ui/signals_page.py" line="50" />
            <source>Deze leverancier heeft geen open signalen.</source>
            <translation>This supplier has no open signals.</translation>
        </message>
        <message>
            <location filename="../../ui/signals_page.py" line="64" />
            <source>&lt;b&gt;{where}:&lt;/b&gt; {expectation}</source>
            <translation>&lt;b&gt;{where}:&lt;/b&gt; {expectation}</translation>
        </message>
        <message>
            <location filename="../../ui/signals_page.py" line="68" />
            <source>Wat is er gezegd?</source>
            <translation>What was said?</translation>
        </message>
        <message>
            <location filename="../../ui/signals_page.py" line="69" />
            <source>Wat is er besloten?</source>
            <translation>What was decided?</translation>
        </message>
        <message>
            <location filename="../../ui/signals_panel.py" line="160" />
            <source>Nieuw signaa&amp;l…</source>
            <translation>New signa&amp;l…</translation>
        </message>
        <message>
            <location filename="../../ui/signals_panel.py" line="161" />
            <source>Signaal w&amp;ijzigen…</source>
            <translation>Ed&amp;it signal…</translation>
        </message>
        <message>
            <location filename="../../ui/signals_panel.py" line="162" />
            <source>S&amp;tap toevoegen…</source>
            <translation>Add s&amp;tep…</translation>
        </message>
        <message>
            <location filename="../../ui/signals_panel.py" line="163" />
            <location filename="../../ui/signals_panel.py" line="345" />
            <source>Afsl&amp;uiten…</source>
            <translation>Cl&amp;ose…</translation>
        </message>
        <message>
            <location filename="../../ui/signals_panel.py" line="171" />
            <source>Omschrijving</source>
            <translation>Description</translation>
        </message>
        <message>
            <location filename="../../ui/signals_panel.py" line="171" />
            <source>Plaats in de keten</source>
            <translation>Place in the chain</translation>
        </message>
        <message>
            <location filename="../../ui/signals_panel.py" line="172" />
            <source>Zwaarste stap</source>
            <translation>Heaviest step</translation>
        </message>
        <message>
            <location filename="../../ui/signals_panel.py" line="190" />
            <location filename="../../ui/timeline_view.py" line="142" />
            <source>Verloop</source>
            <translation>Course</translation>
        </message>
        <message>
            <location filename="../../ui/signals_panel.py" line="241" />
            <source>Gegevens</source>
            <translation>Details</translation>
        </message>
        <message>
            <location filename="../../ui/signals_panel.py" line="267" />
            <location filename="../../ui/signals_panel.py" line="171" />
            <source>Ontvangen</source>
            <translation>Received</translation>
        </message>
        <message>
            <location filename="../../ui/signals_panel.py" line="268" />
            <source>Norm</source>
            <translation>Standard</translation>
        </message>
        <message>
            <location filename="../../ui/signals_panel.py" line="269" />
            <source>Keten</source>
            <translation>Chain</translation>
        </message>
        <message>
            <location filename="../../ui/signals_panel.py" line="271" />
            <source>Wat er gebeurde</source>
            <translation>What happened</translation>
        </message>
        <message>
            <location filename="../../ui/signals_panel.py" line="277" />
            <source>&lt;b&gt;Bron — vertrouwelijk&lt;/b&gt;, nooit in het verslag voor de leverancier</source>
            <translation>&lt;b&gt;Source — confidential&lt;/b&gt;, never in the minutes for the supplier</translation>
        </message>
        <message>
            <location filename="../../ui/signals_panel.py" line="321" />
            <source>Afgesloten</source>
            <translation>Closed</translation>
        </message>
        <message>
            <location filename="../../ui/signals_panel.py" line="341" />
            <source>Heropen het signaal om een stap toe te voegen.</source>
            <translation>Reopen the signal to add a step.</translation>
        </message>
        <message>
            <location filename="../../ui/signals_panel.py" line="344" />
            <source>Her&amp;openen…</source>
            <translation>Re&amp;open…</translation>
        </message>
        <message>
            <location filename="../../ui/signals_panel.py" line="352" />
            <source>Nog geen signalen geregistreerd. Kies ‘Nieuw signaal’ om er een vast te leggen.</source>
            <translation>No signals registered yet. Choose ‘New signal’ to record one.</translation>
        </message>
        <message>
            <location filename="../../ui/signals_panel.py" line="353" />
            <source>Kies een signaal in de lijst.</source>
            <translation>Choose a signal in the list.</translation>
        </message>
        <message>
            <location filename="../../ui/signals_panel.py" line="364" />
            <source>{day}, via {channel}</source>
            <translation>{day}, via {channel}</translation>
        </message>
        <message>
            <location filename="../../ui/signals_panel.py" line="377" />
            <source>Open — zwaarste stap: {step}</source>
            <translation>Open — heaviest step: {step}</translation>
        </message>
        <message>
            <location filename="../../ui/signals_panel.py" line="378" />
            <source>Open — nog geen stappen</source>
            <translation>Open — no steps yet</translation>
        </message>
        <message>
            <location filename="../../ui/signals_panel.py" line="384" />
            <source>(geen bron vastgelegd)</source>
            <translation>(no source recorded)</translation>
        </message>
        <message>
            <location filename="../../ui/start_page.py" line="52" />
            <source>Wanneer, wat voor gesprek, wie er aan tafel zitten en wat u bespreekt.</source>
            <translation>When, what kind of meeting, who is at the table and what you discuss.</translation>
        </message>
        <message>
            <location filename="../../ui/start_page.py" line="66" />
            <source>Bijvoorbeeld: kantoor leverancier, Tilburg</source>
            <translation>For example: supplier's office, Tilburg</translation>
        </message>
        <message>
            <location filename="../../ui/start_page.py" line="70" />
            <source>&amp;Datum:</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <location filename="../../ui/start_page.py" line="73" />
            <source>&amp;Plaats:</source>
            <translation>&amp;Place:</translation>
        </message>
        <message>
            <location filename="../../ui/start_page.py" line="75" />
            <source>Uw organisatie; vast in te vullen bij Instellingen</source>
            <translation>Your organisation; set it once in Settings</translation>
        </message>
        <message>
            <location filename="../../ui/start_page.py" line="76" />
            <source>Or&amp;ganisatie opdrachtgever:</source>
            <translation>Contracting authority (or&amp;ganisation):</translation>
        </message>
        <message>
            <location filename="../../ui/start_page.py" line="83" />
            <source>Soort gesprek</source>
            <translation>Kind of meeting</translation>
        </message>
        <message>
            <location filename="../../ui/start_page.py" line="99" />
            <location filename="../../ui/start_page.py" line="100" />
            <source>Eén persoon per regel: naam, rol</source>
            <translation>One person per line: name, role</translation>
        </message>
        <message>
            <location filename="../../ui/start_page.py" line="101" />
            <source>Namens de &amp;opdrachtgever</source>
            <translation>For the contracting &amp;authority</translation>
        </message>
        <message>
            <location filename="../../ui/start_page.py" line="102" />
            <source>Namens de &amp;leverancier</source>
            <translation>For the &amp;supplier</translation>
        </message>
        <message>
            <location filename="../../ui/start_page.py" line="111" />
            <location filename="../../ui/supplier_detail.py" line="86" />
            <source>Onderwerpen</source>
            <translation>Topics</translation>
        </message>
        <message>
            <location filename="../../ui/start_page.py" line="126" />
            <source>Onderwerpen — {lead}</source>
            <translation>Topics — {lead}</translation>
        </message>
        <message>
            <location filename="../../ui/step_dialog.py" line="45" />
            <source>Stap toevoegen</source>
            <translation>Add step</translation>
        </message>
        <message>
            <location filename="../../ui/step_dialog.py" line="111" />
            <source>&amp;Stap</source>
            <translation>&amp;Step</translation>
        </message>
        <message>
            <location filename="../../ui/step_dialog.py" line="117" />
            <source>Naam en functie</source>
            <translation>Name and position</translation>
        </message>
        <message>
            <location filename="../../ui/step_dialog.py" line="118" />
            <source>&amp;Door</source>
            <translation>&amp;By</translation>
        </message>
        <message>
            <location filename="../../ui/step_dialog.py" line="119" />
            <source>D&amp;atum</source>
            <translation>D&amp;ate</translation>
        </message>
        <message>
            <location filename="../../ui/step_dialog.py" line="122" />
            <source>&amp;Reden</source>
            <translation>&amp;Reason</translation>
        </message>
        <message>
            <location filename="../../ui/step_dialog.py" line="124" />
            <source>Nakomen &amp;uiterlijk op</source>
            <translation>Comply &amp;by</translation>
        </message>
        <message>
            <location filename="../../ui/step_dialog.py" line="135" />
            <source>Termijn</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <location filename="../../ui/step_dialog.py" line="138" />
            <source>Bijvoorbeeld: met wie gesproken, welk document</source>
            <translation>For example: who was spoken to, which document</translation>
        </message>
        <message>
            <location filename="../../ui/step_dialog.py" line="139" />
            <source>&amp;Notities</source>
            <translation>&amp;Notes</translation>
        </message>
        <message>
            <location filename="../../ui/step_dialog.py" line="143" />
            <source>Stap vastleggen</source>
            <translation>Record step</translation>
        </message>
        <message>
            <location filename="../../ui/step_dialog.py" line="166" />
            <source>&lt;b&gt;Signaal van {day}:&lt;/b&gt; {summary}</source>
            <translation>&lt;b&gt;Signal of {day}:&lt;/b&gt; {summary}</translation>
        </message>
        <message>
            <location filename="../../ui/step_dialog.py" line="168" />
            <source>&lt;b&gt;{position}.&lt;/b&gt; {expected}</source>
            <translation>&lt;b&gt;{position}.&lt;/b&gt; {expected}</translation>
        </message>
        <message>
            <location filename="../../ui/step_dialog.py" line="171" />
            <source>&lt;b&gt;Zwaarste stap tot nu toe:&lt;/b&gt; {step}</source>
            <translation>&lt;b&gt;Heaviest step so far:&lt;/b&gt; {step}</translation>
        </message>
        <message>
            <location filename="../../ui/step_dialog.py" line="173" />
            <source>nog geen</source>
            <translation>none yet</translation>
        </message>
        <message>
            <location filename="../../ui/step_dialog.py" line="184" />
            <source>Waarover, en waarom nu (mag leeg blijven)</source>
            <translation>What about, and why now (may stay empty)</translation>
        </message>
        <message>
            <location filename="../../ui/step_dialog.py" line="187" />
            <source>Waarom staat deze maatregel in verhouding tot de overtreding?</source>
            <translation>Why is this measure proportionate to the breach?</translation>
        </message>
        <message>
            <location filename="../../ui/step_dialog.py" line="211" />
            <source>{days} dagen na de ingebrekestelling</source>
            <translation>{days} days after the notice of default</translation>
        </message>
        <message>
            <location filename="../../ui/summary.py" line="39" />
            <location filename="../../ui/supplier_detail.py" line="86" />
            <source>Datum</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../ui/summary.py" line="40" />
            <source>Plaats</source>
            <translation>Place</translation>
        </message>
        <message>
            <location filename="../../ui/summary.py" line="41" />
            <source>Namens de opdrachtgever</source>
            <translation>For the contracting authority</translation>
        </message>
        <message>
            <location filename="../../ui/summary.py" line="42" />
            <source>Namens de leverancier</source>
            <translation>For the supplier</translation>
        </message>
        <message>
            <location filename="../../ui/summary.py" line="51" />
            <source>Jaarrapportage over {year}</source>
            <translation>Annual report on {year}</translation>
        </message>
        <message>
            <location filename="../../ui/summary.py" line="52" />
            <source>Redelijke inspanning</source>
            <translation>Reasonable effort</translation>
        </message>
        <message>
            <location filename="../../ui/summary.py" line="66" />
            <source>Intern</source>
            <translation>Internal</translation>
        </message>
        <message>
            <location filename="../../ui/summary.py" line="79" />
            <source>Gezegd</source>
            <translation>Said</translation>
        </message>
        <message>
            <location filename="../../ui/summary.py" line="80" />
            <source>Besloten</source>
            <translation>Decided</translation>
        </message>
        <message>
            <location filename="../../ui/summary.py" line="93" />
            <source>Nieuw</source>
            <translation>New</translation>
        </message>
        <message>
            <location filename="../../ui/summary.py" line="94" />
            <source>wie</source>
            <translation>who</translation>
        </message>
        <message>
            <location filename="../../ui/summary.py" line="95" />
            <source>uiterlijk</source>
            <translation>due</translation>
        </message>
        <message>
            <location filename="../../ui/summary.py" line="96" />
            <source>Geen afspraken.</source>
            <translation>No agreements.</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_detail.py" line="49" />
            <source>Kies links een leverancier, of maak een nieuwe leverancier aan (Ctrl+N).</source>
            <translation>Choose a supplier on the left, or create a new supplier (Ctrl+N).</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_detail.py" line="65" />
            <source>&amp;Nieuw gesprek</source>
            <translation>&amp;New meeting</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_detail.py" line="67" />
            <source>&amp;Bewerken…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_detail.py" line="86" />
            <source>Soort</source>
            <translation>Kind</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_detail.py" line="88" />
            <source>Afspraak</source>
            <translation>Agreement</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_detail.py" line="88" />
            <location filename="../../ui/supplier_dialog.py" line="48" />
            <source>Uiterlijk</source>
            <translation>Due</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_detail.py" line="89" />
            <source>&amp;Gesprekken</source>
            <translation>&amp;Meetings</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_detail.py" line="89" />
            <source>&amp;Afspraken</source>
            <translation>&amp;Agreements</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_detail.py" line="90" />
            <source>&amp;Signalen</source>
            <translation>&amp;Signals</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_detail.py" line="90" />
            <source>Ge&amp;gevens</source>
            <translation>De&amp;tails</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_detail.py" line="96" />
            <source>&amp;Verloop</source>
            <translation>&amp;Progress</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_detail.py" line="115" />
            <source>Gesprek &amp;hervatten</source>
            <translation>&amp;Resume meeting</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_detail.py" line="134" />
            <source>Onafgerond gesprek van {when} ({kind}).</source>
            <translation>Unfinished meeting of {when} ({kind}).</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_detail.py" line="159" />
            <source>&amp;Signalen ({count} open)</source>
            <translation>&amp;Signals ({count} open)</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_detail.py" line="169" />
            <source>&amp;Afspraken ({count} open)</source>
            <translation>&amp;Agreements ({count} open)</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_detail.py" line="179" />
            <source>Contractkenmerk</source>
            <translation>Contract reference</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_detail.py" line="180" />
            <source>IMVO-convenant</source>
            <translation>RBC agreement (IMVO)</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_detail.py" line="181" />
            <source>Looptijd contract</source>
            <translation>Contract period</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_detail.py" line="183" />
            <location filename="../../ui/timeline_view.py" line="662" />
            <source>Plan van aanpak</source>
            <translation>Plan of action</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_detail.py" line="184" />
            <source>Contactpersonen</source>
            <translation>Contact persons</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_detail.py" line="184" />
            <source>Notities</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_dialog.py" line="48" />
            <source>Toezegging</source>
            <translation>Commitment</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_dialog.py" line="60" />
            <source>Toezegging &amp;toevoegen</source>
            <translation>&amp;Add commitment</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_dialog.py" line="61" />
            <source>Toezegging &amp;verwijderen</source>
            <translation>&amp;Remove commitment</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_dialog.py" line="126" />
            <source>Leverancier bewerken</source>
            <translation>Edit supplier</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_dialog.py" line="126" />
            <source>Nieuwe leverancier</source>
            <translation>New supplier</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_dialog.py" line="130" />
            <source>Geen</source>
            <translation>None</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_dialog.py" line="134" />
            <source>Eén per regel: naam, rol, e-mail, telefoon</source>
            <translation>One per line: name, role, e-mail, phone</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_dialog.py" line="168" />
            <source>&amp;Naam *</source>
            <translation>&amp;Name *</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_dialog.py" line="168" />
            <source>&amp;Contractkenmerk</source>
            <translation>&amp;Contract reference</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_dialog.py" line="169" />
            <source>&amp;Productgroep</source>
            <translation>&amp;Product group</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_dialog.py" line="169" />
            <source>IMVO-&amp;convenant</source>
            <translation>RBC &amp;agreement (IMVO)</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_dialog.py" line="170" />
            <source>Contract &amp;begint</source>
            <translation>Contract &amp;starts</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_dialog.py" line="171" />
            <source>Contract &amp;eindigt</source>
            <translation>Contract &amp;ends</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_dialog.py" line="172" />
            <source>&amp;Plan van aanpak van</source>
            <translation>&amp;Plan of action of</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_dialog.py" line="173" />
            <source>Toe&amp;zeggingen</source>
            <translation>Co&amp;mmitments</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_dialog.py" line="174" />
            <source>C&amp;ontactpersonen</source>
            <translation>C&amp;ontact persons</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_dialog.py" line="174" />
            <source>No&amp;tities</source>
            <translation>No&amp;tes</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_dialog.py" line="223" />
            <source>Vul de naam van de leverancier in.</source>
            <translation>Fill in the supplier's name.</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_dialog.py" line="224" />
            <source>Het contract kan niet eindigen voordat het begint.</source>
            <translation>The contract cannot end before it starts.</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_dialog.py" line="225" />
            <source>Kies een datum tussen 2000 en 2100.</source>
            <translation>Choose a date between 2000 and 2100.</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_list.py" line="44" />
            <source>Leverancier</source>
            <translation>Supplier</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_list.py" line="44" />
            <source>Sign.</source>
            <translation>Sig.</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_list.py" line="44" />
            <source>Afspr.</source>
            <translation>Agr.</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_list.py" line="45" />
            <source>Gesprek</source>
            <translation>Meeting</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_list.py" line="45" />
            <source>Jaarrapp.</source>
            <translation>Ann. report</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_list.py" line="47" />
            <source>Open signalen</source>
            <translation>Open signals</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_list.py" line="47" />
            <source>Open afspraken</source>
            <translation>Open agreements</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_list.py" line="48" />
            <source>Laatste gesprek</source>
            <translation>Last meeting</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_list.py" line="49" />
            <source>Jaarrapportage: besproken, binnenkort verwacht of te laat? Wijs een regel aan voor de datum.</source>
            <translation>Annual report: discussed, expected soon or overdue? Point at a row for the date.</translation>
        </message>
        <message>
            <location filename="../../ui/supplier_list.py" line="88" />
            <source>{count} signalen staan open</source>
            <translation>{count} signals are open</translation>
        </message>
        <message>
            <location filename="../../ui/timeline_view.py" line="168" />
            <source>{count} gebeurtenissen van {first} tot {last}, per jaar. Scroll met de pijltjestoetsen, Page Up en Page Down, Home en End.</source>
            <translation>{count} events from {first} to {last}, by year. Scroll with the arrow keys, Page Up and Page Down, Home and End.</translation>
        </message>
        <message>
            <location filename="../../ui/timeline_view.py" line="511" />
            <source>vandaag</source>
            <translation>today</translation>
        </message>
        <message>
            <location filename="../../ui/timeline_view.py" line="527" />
            <source>gesprek</source>
            <translation>meeting</translation>
        </message>
        <message>
            <location filename="../../ui/timeline_view.py" line="528" />
            <source>oordeel ja</source>
            <translation>verdict yes</translation>
        </message>
        <message>
            <location filename="../../ui/timeline_view.py" line="529" />
            <source>gedeeltelijk</source>
            <translation>partly</translation>
        </message>
        <message>
            <location filename="../../ui/timeline_view.py" line="530" />
            <source>nee</source>
            <translation>no</translation>
        </message>
        <message>
            <location filename="../../ui/timeline_view.py" line="531" />
            <source>signaal</source>
            <translation>signal</translation>
        </message>
        <message>
            <location filename="../../ui/timeline_view.py" line="534" />
            <source>Nog niets vastgelegd voor deze leverancier.</source>
            <translation>Nothing recorded for this supplier yet.</translation>
        </message>
        <message>
            <location filename="../../ui/timeline_view.py" line="602" />
            <location filename="../../ui/timeline_view.py" line="588" />
            <source>Vandaag</source>
            <translation>Today</translation>
        </message>
        <message>
            <location filename="../../ui/timeline_view.py" line="612" />
            <source>Afspraak gemaakt</source>
            <translation>Agreement made</translation>
        </message>
        <message>
            <location filename="../../ui/timeline_view.py" line="612" />
            <source>{n} afspraken gemaakt</source>
            <translation>{n} agreements made</translation>
        </message>
        <message>
            <location filename="../../ui/timeline_view.py" line="614" />
            <source>Afspraak vervallen</source>
            <translation>Agreement cancelled</translation>
        </message>
        <message>
            <location filename="../../ui/timeline_view.py" line="614" />
            <source>{n} afspraken vervallen</source>
            <translation>{n} agreements cancelled</translation>
        </message>
        <message>
            <location filename="../../ui/timeline_view.py" line="616" />
            <source>Afspraak afgerond</source>
            <translation>Agreement done</translation>
        </message>
        <message>
            <location filename="../../ui/timeline_view.py" line="616" />
            <source>{n} afspraken afgerond</source>
            <translation>{n} agreements done</translation>
        </message>
        <message>
            <location filename="../../ui/timeline_view.py" line="623" />
            <source>oordeel: {verdict}</source>
            <translation>verdict: {verdict}</translation>
        </message>
        <message>
            <location filename="../../ui/timeline_view.py" line="626" />
            <source>Jaarrapportage over {year} besproken</source>
            <translation>Annual report on {year} discussed</translation>
        </message>
        <message>
            <location filename="../../ui/timeline_view.py" line="638" />
            <source>Stap bij signaal</source>
            <translation>Step on a signal</translation>
        </message>
        <message>
            <location filename="../../ui/timeline_view.py" line="641" />
            <source>Signaal afgesloten</source>
            <translation>Signal closed</translation>
        </message>
        <message>
            <location filename="../../ui/timeline_view.py" line="649" />
            <source>nog niet opeisbaar</source>
            <translation>not yet due</translation>
        </message>
        <message>
            <location filename="../../ui/timeline_view.py" line="650" />
            <source>nog niet getoetst</source>
            <translation>not yet checked</translation>
        </message>
        <message>
            <location filename="../../ui/timeline_view.py" line="652" />
            <source>Termijn toezegging</source>
            <translation>Commitment deadline</translation>
        </message>
        <message>
            <location filename="../../ui/timeline_view.py" line="657" />
            <source>Jaarrapportage over {year}: te laat</source>
            <translation>Annual report on {year}: overdue</translation>
        </message>
        <message>
            <location filename="../../ui/timeline_view.py" line="658" />
            <source>Jaarrapportage over {year} uiterlijk</source>
            <translation>Annual report on {year} due</translation>
        </message>
        <message>
            <location filename="../../ui/timeline_view.py" line="660" />
            <source>Nog niet besproken.</source>
            <translation>Not discussed yet.</translation>
        </message>
        <message>
            <location filename="../../ui/timeline_view.py" line="663" />
            <source>{n} toezeggingen</source>
            <translation>{n} commitments</translation>
        </message>
        <message>
            <location filename="../../ui/timeline_view.py" line="664" />
            <source>Start contract</source>
            <translation>Contract start</translation>
        </message>
        <message>
            <location filename="../../ui/timeline_view.py" line="664" />
            <source>Einde contract</source>
            <translation>Contract end</translation>
        </message>
        <message>
            <location filename="../../ui/topic_page.py" line="30" />
            <source>&amp;Notities voor het verslag</source>
            <translation>&amp;Notes for the minutes</translation>
        </message>
        <message>
            <location filename="../../ui/topic_page.py" line="31" />
            <source>Wat verder besproken is over dit onderwerp.</source>
            <translation>What else was discussed on this topic.</translation>
        </message>
        <message>
            <location filename="../../ui/topic_page.py" line="46" />
            <source>Vraag de leverancier:</source>
            <translation>Ask the supplier:</translation>
        </message>
        <message>
            <location filename="../../ui/verdict_page.py" line="22" />
            <source>Oordeel over de redelijke inspanning</source>
            <translation>Verdict on the reasonable effort</translation>
        </message>
        <message>
            <location filename="../../ui/verdict_page.py" line="25" />
            <source>Heeft de leverancier een redelijke inspanning geleverd?</source>
            <translation>Has the supplier made a reasonable effort?</translation>
        </message>
        <message>
            <location filename="../../ui/verdict_page.py" line="34" />
            <source>Waarop baseert u dit oordeel?</source>
            <translation>What do you base this verdict on?</translation>
        </message>
        <message>
            <location filename="../../ui/verdict_page.py" line="35" />
            <source>Wat verwacht u het komende jaar van de leverancier?</source>
            <translation>What do you expect from the supplier in the coming year?</translation>
        </message>
        <message>
            <location filename="../../ui/verdict_page.py" line="36" />
            <source>&amp;Onderbouwing</source>
            <translation>&amp;Reasoning</translation>
        </message>
        <message>
            <location filename="../../ui/verdict_page.py" line="37" />
            <source>&amp;Verwachtingen voor het komende jaar</source>
            <translation>&amp;Expectations for the coming year</translation>
        </message>
        <message>
            <location filename="../../ui/widgets.py" line="136" />
            <source>Intern — niet in het verslag voor de leverancier</source>
            <translation>Internal — not in the minutes for the supplier</translation>
        </message>
        <message>
            <location filename="../../ui/widgets.py" line="140" />
            <source>Alleen voor uzelf en collega's: indrukken, twijfels, vervolgstappen.</source>
            <translation>Only for yourself and colleagues: impressions, doubts, next steps.</translation>
        </message>
        <message>
            <location filename="../../ui/widgets.py" line="141" />
            <source>Interne notities, niet voor de leverancier</source>
            <translation>Internal notes, not for the supplier</translation>
        </message>
    </context>
</TS>
