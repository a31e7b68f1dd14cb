<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>An offline, private sleep diary for people with Restless Legs Syndrome.</source>
        <translation>Ein privates Schlaftagebuch ohne Internet für Menschen mit Restless-Legs-Syndrom.</translation>
    </message>
    <message>
        <source>Your diary is kept in:</source>
        <translation>Ihr Tagebuch liegt in:</translation>
    </message>
    <message>
        <source>Licence: {licence}.</source>
        <translation>Lizenz: {licence}.</translation>
    </message>
    <message>
        <source>Reports use the DejaVu Sans font (Bitstream Vera licence, DejaVu changes in the public domain): see Licences.</source>
        <translation>Berichte verwenden die Schrift DejaVu Sans (Bitstream-Vera-Lizenz, DejaVu-Änderungen gemeinfrei): siehe Lizenzen.</translation>
    </message>
    <message>
        <source>The DejaVu fonts licence could not be read.</source>
        <translation>Die Lizenz der DejaVu-Schriften konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Erstellt mit:</translation>
    </message>
    <message>
        <source>Fonts (DejaVu Sans, used in the PDF report)</source>
        <translation>Schriften (DejaVu Sans, im PDF-Bericht verwendet)</translation>
    </message>
    <message>
        <source>About RLS Diary</source>
        <translation>Über RLS Diary</translation>
    </message>
    <message>
        <source>RLS Diary icon</source>
        <translation>Symbol von RLS Diary</translation>
    </message>
    <message>
        <source>A crescent moon over a wave</source>
        <translation>Eine Mondsichel über einer Welle</translation>
    </message>
    <message>
        <source>Safety notice and licence</source>
        <translation>Sicherheitshinweis und Lizenz</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>Daten&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>Shows {folder} in the file manager</source>
        <translation>Zeigt {folder} in der Dateiverwaltung</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>RLS Diary&apos;s licence ({licence}), its components&apos; and the DejaVu font licence</source>
        <translation>Die Lizenz von RLS Diary ({licence}), die seiner Bestandteile und die Lizenz der DejaVu-Schriften</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>&amp;Lizenzen</translation>
    </message>
    <message>
        <source>The folder could not be opened here; its path is shown above.</source>
        <translation>Der Ordner ließ sich hier nicht öffnen; sein Pfad steht oben.</translation>
    </message>
</context>
<context>
    <name>DiaryTray</name>
    <message>
        <source>Open diary</source>
        <translation>Tagebuch öffnen</translation>
    </message>
    <message>
        <source>Symptoms started now</source>
        <translation>Beschwerden beginnen jetzt</translation>
    </message>
    <message>
        <source>Record the time your symptoms began tonight, in one click</source>
        <translation>Die Uhrzeit, zu der Ihre Beschwerden heute Nacht begonnen haben, mit einem Klick festhalten</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>RLS Diary</source>
        <translation>RLS Diary</translation>
    </message>
    <message>
        <source>How did last night go?</source>
        <translation>Wie war die letzte Nacht?</translation>
    </message>
    <message>
        <source>The time was not saved</source>
        <translation>Die Uhrzeit wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Replace the recorded time?</source>
        <translation>Eingetragene Uhrzeit ersetzen?</translation>
    </message>
    <message>
        <source>For the night of {night}, symptoms are already recorded as starting at {old}.

Replace it with {new}?</source>
        <translation>Für die Nacht {night} ist bereits {old} als Beginn der Beschwerden eingetragen.

Durch {new} ersetzen?</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>RLS Diary</source>
        <translation>RLS Diary</translation>
    </message>
    <message>
        <source>RLS Diary — SAMPLE DATA (not your diary)</source>
        <translation>RLS Diary — BEISPIELDATEN (nicht Ihr Tagebuch)</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Lifestyle tips</source>
        <translation>Alltagstipps</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Diary folder: {0}</source>
        <translation>Tagebuchordner: {0}</translation>
    </message>
    <message>
        <source>SAMPLE DATA — a made-up diary to explore. It is kept apart from your own diary.</source>
        <translation>BEISPIELDATEN — ein erfundenes Tagebuch zum Ausprobieren. Es wird getrennt von Ihrem eigenen Tagebuch aufbewahrt.</translation>
    </message>
    <message>
        <source>Sample data: not your diary</source>
        <translation>Beispieldaten: nicht Ihr Tagebuch</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import nights…</source>
        <translation>Nächte &amp;importieren…</translation>
    </message>
    <message>
        <source>Import an RLS Diary CSV or JSON file, or an export of Sleep as Android, Plees Tracker, Sleepmeter or Fitbit</source>
        <translation>Eine CSV- oder JSON-Datei von RLS Diary importieren oder einen Export von Sleep as Android, Plees Tracker, Sleepmeter oder Fitbit</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>PDF &amp;report for my doctor…</source>
        <translation>PDF-&amp;Bericht für den Arzttermin…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Back up to a &amp;file…</source>
        <translation>In eine &amp;Datei sichern…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Aus einer Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Remove deleted night from backups…</source>
        <translation>Gelöschte Nacht aus den Sicherungen entfernen…</translation>
    </message>
    <message>
        <source>Open data &amp;folder</source>
        <translation>Daten&amp;ordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;New night</source>
        <translation>&amp;Neue Nacht</translation>
    </message>
    <message>
        <source>&amp;Save night</source>
        <translation>Nacht &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Su&amp;chen…</translation>
    </message>
    <message>
        <source>&amp;Delete night</source>
        <translation>Nacht &amp;löschen</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Safety notice</source>
        <translation>&amp;Sicherheitshinweis</translation>
    </message>
    <message>
        <source>&amp;Crisis numbers</source>
        <translation>&amp;Krisen- und Notrufnummern</translation>
    </message>
    <message>
        <source>&amp;Explore sample data</source>
        <translation>&amp;Beispieldaten ansehen</translation>
    </message>
    <message>
        <source>&amp;About RLS Diary</source>
        <translation>&amp;Über RLS Diary</translation>
    </message>
    <message>
        <source>Imported: {0}</source>
        <translation>Importiert: {0}</translation>
    </message>
    <message>
        <source>Saved the PDF summary to {0}</source>
        <translation>PDF-Zusammenfassung gespeichert unter {0}</translation>
    </message>
    <message>
        <source>The hourly backup did not work: {0}</source>
        <translation>Die stündliche Sicherung ist fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <source>Backed up to {0}</source>
        <translation>Gesichert in {0}</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Your diary is kept in:
{0}</source>
        <translation>Ihr Tagebuch liegt in:
{0}</translation>
    </message>
    <message>
        <source>Sample data</source>
        <translation>Beispieldaten</translation>
    </message>
    <message>
        <source>The sample diary cannot be opened.

{0}</source>
        <translation>Das Beispieltagebuch lässt sich nicht öffnen.

{0}</translation>
    </message>
    <message>
        <source>Theme: {0}</source>
        <translation>Farbschema: {0}</translation>
    </message>
    <message>
        <source>The new language is used from the next start.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>Symptoms started at {0}: saved for the night of {1}</source>
        <translation>Beginn der Beschwerden {0}: für die Nacht {1} gespeichert</translation>
    </message>
</context>
<context>
    <name>SafetyNoticeDialog</name>
    <message>
        <source>Before you start: about RLS Diary</source>
        <translation>Bevor Sie beginnen: über RLS Diary</translation>
    </message>
    <message>
        <source>Safety notice</source>
        <translation>Sicherheitshinweis</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>I understand</source>
        <translation>Verstanden</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Reminder and tray icon</source>
        <translation>Erinnerung und Symbol im Infobereich</translation>
    </message>
    <message>
        <source>&amp;Remind me every day at</source>
        <translation>Täglich e&amp;rinnern um</translation>
    </message>
    <message>
        <source>Daily reminder</source>
        <translation>Tägliche Erinnerung</translation>
    </message>
    <message>
        <source>A notification asking how last night went; off by default</source>
        <translation>Eine Benachrichtigung, die nach der letzten Nacht fragt; anfangs ausgeschaltet</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <source>Show an icon in the system &amp;tray (with “Symptoms started now”)</source>
        <translation>Symbol im &amp;Infobereich zeigen (mit „Beschwerden beginnen jetzt“)</translation>
    </message>
    <message>
        <source>Show a tray icon</source>
        <translation>Symbol im Infobereich zeigen</translation>
    </message>
    <message>
        <source>Reminders appear while RLS Diary is running, also without internet; nothing is sent anywhere.</source>
        <translation>Erinnerungen erscheinen, solange RLS Diary läuft, auch ohne Internet; es wird nichts versendet.</translation>
    </message>
    <message>
        <source>This desktop has no system tray: the reminder shows in the window&apos;s status bar.</source>
        <translation>Diese Arbeitsumgebung hat keinen Infobereich: Die Erinnerung erscheint in der Statusleiste des Fensters.</translation>
    </message>
    <message>
        <source>Display and report</source>
        <translation>Anzeige und Bericht</translation>
    </message>
    <message>
        <source>As usual in my region</source>
        <translation>Wie in meiner Region üblich</translation>
    </message>
    <message>
        <source>24-hour (23:30)</source>
        <translation>24 Stunden (23:30)</translation>
    </message>
    <message>
        <source>12-hour (11:30 pm)</source>
        <translation>12 Stunden (11:30 pm)</translation>
    </message>
    <message>
        <source>&amp;Clock:</source>
        <translation>&amp;Uhrzeit:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>As the system ({0})</source>
        <translation>Wie das System ({0})</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language takes effect when RLS Diary is started again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von RLS Diary.</translation>
    </message>
    <message>
        <source>As usual in my region ({0})</source>
        <translation>Wie in meiner Region üblich ({0})</translation>
    </message>
    <message>
        <source>&amp;Paper for the PDF report:</source>
        <translation>&amp;Papier für den PDF-Bericht:</translation>
    </message>
    <message>
        <source>Your diary</source>
        <translation>Ihr Tagebuch</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Datenordner:</translation>
    </message>
    <message>
        <source>Your diary, its backups and nothing else are kept here. The settings on this page hold preferences only, never diary entries.</source>
        <translation>Hier liegen Ihr Tagebuch und seine Sicherungen, sonst nichts. Die Einstellungen auf dieser Seite enthalten nur Vorlieben, nie Tagebucheinträge.</translation>
    </message>
    <message>
        <source>Your diary is kept in:
{0}</source>
        <translation>Ihr Tagebuch liegt in:
{0}</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to RLS Diary</source>
        <translation>Willkommen bei RLS Diary</translation>
    </message>
    <message>
        <source>Your diary is empty. Start with last night: how you slept and how your legs felt. It takes about a minute, and any question may be left blank.</source>
        <translation>Ihr Tagebuch ist noch leer. Beginnen Sie mit der letzten Nacht: wie Sie geschlafen haben und wie sich Ihre Beine angefühlt haben. Das dauert etwa eine Minute, und jede Frage darf leer bleiben.</translation>
    </message>
    <message>
        <source>Add last night</source>
        <translation>Letzte Nacht eintragen</translation>
    </message>
    <message>
        <source>Start your diary with last night</source>
        <translation>Beginnen Sie Ihr Tagebuch mit der letzten Nacht</translation>
    </message>
    <message>
        <source>Explore sample data</source>
        <translation>Beispieldaten ansehen</translation>
    </message>
    <message>
        <source>Open a made-up diary in a separate window; it is never mixed with yours</source>
        <translation>Öffnet ein erfundenes Tagebuch in einem eigenen Fenster; es wird nie mit Ihrem vermischt</translation>
    </message>
</context>
<context>
    <name>notices</name>
    <message>
        <source>RLS Diary helps you record your sleep and restless-legs symptoms so that you can share them with your doctor or other health professional.</source>
        <translation>RLS Diary hilft Ihnen, Ihren Schlaf und Ihre Restless-Legs-Beschwerden festzuhalten, damit Sie sie mit Ihrer Ärztin, Ihrem Arzt oder anderen Fachleuten im Gesundheitswesen besprechen können.</translation>
    </message>
    <message>
        <source>It does not diagnose, treat or give medical advice, and its charts and alerts are no substitute for seeing a professional.</source>
        <translation>Die App stellt keine Diagnose, behandelt nicht und gibt keinen medizinischen Rat; ihre Diagramme und Hinweise ersetzen keinen Besuch in der ärztlichen Praxis.</translation>
    </message>
    <message>
        <source>Do not start, stop or change any medicine because of something this app shows. Talk to your doctor first.</source>
        <translation>Beginnen, beenden oder ändern Sie kein Medikament wegen etwas, das diese App anzeigt. Sprechen Sie zuerst mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <source>If you feel unwell, are pregnant, or have thoughts of harming yourself, contact a doctor or an emergency service now.</source>
        <translation>Wenn es Ihnen schlecht geht, Sie schwanger sind oder Gedanken haben, sich etwas anzutun, wenden Sie sich jetzt an eine Ärztin, einen Arzt oder den Notruf.</translation>
    </message>
    <message>
        <source>Your diary stays on this computer. Nothing is sent anywhere; it leaves only in files you export yourself.</source>
        <translation>Ihr Tagebuch bleibt auf diesem Computer. Es wird nichts versendet; es verlässt den Computer nur in Dateien, die Sie selbst exportieren.</translation>
    </message>
</context>
<context>
    <name>theme</name>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
</TS>
