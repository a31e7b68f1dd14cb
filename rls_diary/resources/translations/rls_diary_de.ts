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
    <name>ChoiceRow</name>
    <message>
        <source>not recorded</source>
        <translation>nicht eingetragen</translation>
    </message>
    <message>
        <source>Clear: {blank}</source>
        <translation>Auswahl aufheben: {blank}</translation>
    </message>
    <message>
        <source>Clear {field}</source>
        <translation>{field}: Auswahl aufheben</translation>
    </message>
</context>
<context>
    <name>DeletedBar</name>
    <message>
        <source>U&amp;ndo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Bring the night back (Ctrl+Z)</source>
        <translation>Die Nacht zurückholen (Strg+Z)</translation>
    </message>
    <message>
        <source>Also remove from &amp;backups…</source>
        <translation>Auch aus den &amp;Sicherungen entfernen…</translation>
    </message>
    <message>
        <source>Backups keep a deleted night until they are replaced; this removes it from them</source>
        <translation>Sicherungen enthalten eine gelöschte Nacht, bis sie ersetzt werden; dies entfernt sie auch dort</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the message about the deleted night</source>
        <translation>Hinweis zur gelöschten Nacht schließen</translation>
    </message>
    <message>
        <source>Deleted the night of {night}.</source>
        <translation>Die Nacht vom {night} wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>DiaryCommands</name>
    <message>
        <source>Could not undo “{what}”</source>
        <translation>„{what}“ ließ sich nicht rückgängig machen</translation>
    </message>
    <message>
        <source>Could not redo “{what}”</source>
        <translation>„{what}“ ließ sich nicht wiederholen</translation>
    </message>
    <message>
        <source>Add night of {night}</source>
        <translation>Nacht vom {night} eintragen</translation>
    </message>
    <message>
        <source>Edit night of {night}</source>
        <translation>Nacht vom {night} ändern</translation>
    </message>
    <message>
        <source>Delete night of {night}</source>
        <translation>Nacht vom {night} löschen</translation>
    </message>
</context>
<context>
    <name>DiaryTab</name>
    <message>
        <source>Nothing was changed. You can go on using the diary.</source>
        <translation>Es wurde nichts geändert. Sie können das Tagebuch weiter benutzen.</translation>
    </message>
    <message>
        <source>Nothing was saved; what you typed is still in the form.</source>
        <translation>Es wurde nichts gespeichert; Ihre Eingaben stehen noch im Formular.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save this night (Ctrl+S)</source>
        <translation>Diese Nacht speichern (Strg+S)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <source>Throw away the changes since this night was opened</source>
        <translation>Die Änderungen seit dem Öffnen dieser Nacht verwerfen</translation>
    </message>
    <message>
        <source>De&amp;lete night</source>
        <translation>Nacht &amp;löschen</translation>
    </message>
    <message>
        <source>Delete this night (you can undo it)</source>
        <translation>Diese Nacht löschen (lässt sich rückgängig machen)</translation>
    </message>
    <message>
        <source>No changes to save for {night}</source>
        <translation>Nacht vom {night}: keine Änderungen zu speichern</translation>
    </message>
    <message>
        <source>Nothing to save yet: every field is blank</source>
        <translation>Noch nichts zu speichern: Alle Felder sind leer</translation>
    </message>
    <message>
        <source>Could not save the night</source>
        <translation>Die Nacht konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved the night of {night}</source>
        <translation>Nacht vom {night} gespeichert</translation>
    </message>
    <message>
        <source> — check: {problems}</source>
        <translation> — bitte prüfen: {problems}</translation>
    </message>
    <message>
        <source>This night is not saved, so there is nothing to delete</source>
        <translation>Diese Nacht ist nicht gespeichert, es gibt also nichts zu löschen</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The night of {night} has changes that are not saved.

Save them?</source>
        <translation>Die Nacht vom {night} hat Änderungen, die nicht gespeichert sind.

Jetzt speichern?</translation>
    </message>
    <message>
        <source>Not saved: {field}: {problem}</source>
        <translation>Nicht gespeichert: {field}: {problem}</translation>
    </message>
    <message>
        <source> (and 1 more problem marked in red)</source>
        <translation> (und 1 weiteres Problem, rot markiert)</translation>
    </message>
    <message>
        <source> (and {count} more problems marked in red)</source>
        <translation> (und {count} weitere Probleme, rot markiert)</translation>
    </message>
    <message>
        <source>Could not read the diary</source>
        <translation>Das Tagebuch konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not read the diary: {error}</source>
        <translation>Das Tagebuch konnte nicht gelesen werden: {error}</translation>
    </message>
    <message>
        <source>Other changes came after this delete: use Edit ▸ Undo to go back step by step</source>
        <translation>Nach dem Löschen gab es weitere Änderungen: Mit Bearbeiten ▸ Rückgängig gehen Sie Schritt für Schritt zurück</translation>
    </message>
    <message>
        <source>Could not read the night</source>
        <translation>Die Nacht konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Could not delete the night</source>
        <translation>Die Nacht konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Deleted the night of {night} — Undo (Ctrl+Z) brings it back</source>
        <translation>Nacht vom {night} gelöscht — Rückgängig (Strg+Z) holt sie zurück</translation>
    </message>
    <message>
        <source>The night of {night} changed; your unsaved edits are kept</source>
        <translation>Die Nacht vom {night} wurde geändert; Ihre nicht gespeicherten Eingaben bleiben erhalten</translation>
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
    <name>ExperimentBox</name>
    <message>
        <source>Did you follow the plan?</source>
        <translation>Haben Sie sich an den Plan gehalten?</translation>
    </message>
    <message>
        <source>not answered (counts as followed)</source>
        <translation>nicht beantwortet (zählt als eingehalten)</translation>
    </message>
    <message>
        <source>as usual (without “{factor}”)</source>
        <translation>wie gewohnt (ohne „{factor}“)</translation>
    </message>
    <message>
        <source>pair {pair} of {pairs}, night {night} of {nights} in this block</source>
        <translation>Paar {pair} von {pairs}, Nacht {night} von {nights} in diesem Block</translation>
    </message>
    <message>
        <source>; a washout night: follow the plan, it is not counted in the result</source>
        <translation>; eine Auswaschnacht: Halten Sie sich an den Plan, sie zählt aber nicht für das Ergebnis</translation>
    </message>
    <message>
        <source>This night: {plan}&lt;br&gt;{place}.</source>
        <translation>Diese Nacht: {plan}&lt;br&gt;{place}.</translation>
    </message>
    <message>
        <source>Did you follow the &amp;plan?</source>
        <translation>Haben Sie sich an den &amp;Plan gehalten?</translation>
    </message>
    <message>
        <source>Whether you followed this night&apos;s plan. “No” leaves the night out of the experiment&apos;s result; blank counts as followed.</source>
        <translation>Ob Sie sich in dieser Nacht an den Plan gehalten haben. „Nein“ lässt die Nacht im Ergebnis des Experiments weg; leer zählt als eingehalten.</translation>
    </message>
    <message>
        <source>Answering “No” leaves this night out of the result.</source>
        <translation>Mit „Nein“ zählt diese Nacht nicht für das Ergebnis.</translation>
    </message>
    <message>
        <source>Your experiment: {factor}</source>
        <translation>Ihr Experiment: {factor}</translation>
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
    <name>NightForm</name>
    <message>
        <source>Use my &amp;usual times</source>
        <translation>Meine &amp;gewohnten Zeiten eintragen</translation>
    </message>
    <message>
        <source>Use my usual times</source>
        <translation>Meine gewohnten Zeiten eintragen</translation>
    </message>
    <message>
        <source>Yesterday ({day})</source>
        <translation>Gestern ({day})</translation>
    </message>
    <message>
        <source>Sleep measured by a device: {duration}</source>
        <translation>Von einem Gerät gemessener Schlaf: {duration}</translation>
    </message>
    <message>
        <source>imported from {source}</source>
        <translation>importiert aus {source}</translation>
    </message>
    <message>
        <source>Followed the experiment: yes</source>
        <translation>Experiment eingehalten: ja</translation>
    </message>
    <message>
        <source>Followed the experiment: no</source>
        <translation>Experiment eingehalten: nein</translation>
    </message>
    <message>
        <source>Check {problem} (saved anyway)</source>
        <translation>Bitte prüfen – {problem} (trotzdem gespeichert)</translation>
    </message>
    <message>
        <source>Fill in the empty bed and wake times with your usual ones: {times}</source>
        <translation>Die leeren Bett- und Aufwachzeiten mit Ihren gewohnten Zeiten füllen: {times}</translation>
    </message>
</context>
<context>
    <name>NightHeader</name>
    <message>
        <source>Morning &amp;date</source>
        <translation>Aufwach&amp;tag</translation>
    </message>
    <message>
        <source>Morning date</source>
        <translation>Aufwachtag</translation>
    </message>
    <message>
        <source>The date you woke up; the night before it</source>
        <translation>Das Datum, an dem Sie aufgewacht sind; gemeint ist die Nacht davor</translation>
    </message>
    <message>
        <source>The date you woke up. Choosing a date opens its entry.</source>
        <translation>Das Datum, an dem Sie aufgewacht sind. Ein anderes Datum öffnet dessen Eintrag.</translation>
    </message>
    <message>
        <source>Time in bed</source>
        <translation>Zeit im Bett</translation>
    </message>
    <message>
        <source>Total sleep</source>
        <translation>Schlafdauer</translation>
    </message>
    <message>
        <source>Sleep efficiency</source>
        <translation>Schlafeffizienz</translation>
    </message>
    <message>
        <source>Night of {night}</source>
        <translation>Nacht vom {night}</translation>
    </message>
    <message>
        <source>Times of this night are in the {zone} time zone</source>
        <translation>Die Uhrzeiten dieser Nacht gelten in der Zeitzone {zone}</translation>
    </message>
</context>
<context>
    <name>NightList</name>
    <message>
        <source>Find date or note…</source>
        <translation>Datum oder Notiz suchen…</translation>
    </message>
    <message>
        <source>Find a night by date or note text</source>
        <translation>Eine Nacht nach Datum oder Notiztext suchen</translation>
    </message>
    <message>
        <source>Nights</source>
        <translation>Nächte</translation>
    </message>
    <message>
        <source>1 night</source>
        <translation>1 Nacht</translation>
    </message>
    <message>
        <source>{count} nights</source>
        <translation>{count} Nächte</translation>
    </message>
    <message>
        <source>{shown} of 1 night shown</source>
        <translation>{shown} von 1 Nacht angezeigt</translation>
    </message>
    <message>
        <source>{shown} of {count} nights shown</source>
        <translation>{shown} von {count} Nächten angezeigt</translation>
    </message>
</context>
<context>
    <name>NightTableModel</name>
    <message>
        <source>Night (morning)</source>
        <translation>Aufwachtag</translation>
    </message>
    <message>
        <source>The morning date: the day you woke up</source>
        <translation>Der Aufwachtag: das Datum, an dem Sie aufgewacht sind</translation>
    </message>
    <message>
        <source>In bed</source>
        <translation>Im Bett</translation>
    </message>
    <message>
        <source>Time in bed</source>
        <translation>Zeit im Bett</translation>
    </message>
    <message>
        <source>Slept</source>
        <translation>Schlaf</translation>
    </message>
    <message>
        <source>Total sleep time</source>
        <translation>Schlafdauer insgesamt</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Effizienz</translation>
    </message>
    <message>
        <source>Sleep efficiency: total sleep / time in bed</source>
        <translation>Schlafeffizienz: Schlafdauer / Zeit im Bett</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Sleep quality, 1 (very poor) to 5 (very good)</source>
        <translation>Schlafqualität, 1 (sehr schlecht) bis 5 (sehr gut)</translation>
    </message>
    <message>
        <source>RLS</source>
        <translation>RLS</translation>
    </message>
    <message>
        <source>Restless legs severity, 0 (no symptoms) to 10</source>
        <translation>Stärke der Restless-Legs-Beschwerden, 0 (keine) bis 10</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Clock time the symptoms began</source>
        <translation>Uhrzeit, zu der die Beschwerden begannen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>The first line of your notes</source>
        <translation>Die erste Zeile Ihrer Notizen</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht eingetragen</translation>
    </message>
</context>
<context>
    <name>NotesInput</name>
    <message>
        <source>Anything you want to remember about this night (private)</source>
        <translation>Alles, was Sie sich zu dieser Nacht merken möchten (privat)</translation>
    </message>
</context>
<context>
    <name>RemediesInput</name>
    <message>
        <source>Relief from {remedy}</source>
        <translation>Linderung durch {remedy}</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>nicht versucht</translation>
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
    <name>TimeInput</name>
    <message>
        <source>usually {time}</source>
        <translation>meist {time}</translation>
    </message>
    <message>
        <source>e.g. {time}</source>
        <translation>z. B. {time}</translation>
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
    <name>fields</name>
    <message>
        <source>Got into bed</source>
        <translation>Ins Bett gegangen</translation>
    </message>
    <message>
        <source>What time did you get into bed?</source>
        <translation>Um wie viel Uhr sind Sie ins Bett gegangen?</translation>
    </message>
    <message>
        <source>Tried to sleep</source>
        <translation>Einschlafversuch</translation>
    </message>
    <message>
        <source>What time did you try to go to sleep?</source>
        <translation>Um wie viel Uhr haben Sie versucht einzuschlafen?</translation>
    </message>
    <message>
        <source>Time to fall asleep</source>
        <translation>Einschlafdauer</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>How long did it take you to fall asleep, in minutes?</source>
        <translation>Wie viele Minuten hat es gedauert, bis Sie eingeschlafen sind?</translation>
    </message>
    <message>
        <source>Woke up during the night</source>
        <translation>Nächtliches Erwachen</translation>
    </message>
    <message>
        <source>times</source>
        <translation>mal</translation>
    </message>
    <message>
        <source>How many times did you wake up, not counting the final awakening?</source>
        <translation>Wie oft sind Sie aufgewacht, ohne das endgültige Aufwachen?</translation>
    </message>
    <message>
        <source>Awake during the night</source>
        <translation>Wach in der Nacht</translation>
    </message>
    <message>
        <source>minutes in total</source>
        <translation>Minuten insgesamt</translation>
    </message>
    <message>
        <source>In total, how long did these awakenings last, in minutes?</source>
        <translation>Wie viele Minuten waren Sie dabei insgesamt wach?</translation>
    </message>
    <message>
        <source>Final awakening</source>
        <translation>Endgültiges Aufwachen</translation>
    </message>
    <message>
        <source>What time was your final awakening?</source>
        <translation>Um wie viel Uhr sind Sie endgültig aufgewacht?</translation>
    </message>
    <message>
        <source>Got out of bed</source>
        <translation>Aufgestanden</translation>
    </message>
    <message>
        <source>What time did you get out of bed for the day?</source>
        <translation>Um wie viel Uhr sind Sie für den Tag aufgestanden?</translation>
    </message>
    <message>
        <source>Sleep quality</source>
        <translation>Schlafqualität</translation>
    </message>
    <message>
        <source>How would you rate the quality of your sleep?</source>
        <translation>Wie bewerten Sie die Qualität Ihres Schlafs?</translation>
    </message>
    <message>
        <source>Did not sleep at all</source>
        <translation>Gar nicht geschlafen</translation>
    </message>
    <message>
        <source>Did you not sleep at all last night?</source>
        <translation>Haben Sie letzte Nacht gar nicht geschlafen?</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>How bad were the restless legs symptoms, 0 (none) to 10 (worst)?</source>
        <translation>Wie stark waren die Restless-Legs-Beschwerden, von 0 (keine) bis 10 (am schlimmsten)?</translation>
    </message>
    <message>
        <source>Symptoms began</source>
        <translation>Beginn der Beschwerden</translation>
    </message>
    <message>
        <source>What time did the symptoms begin?</source>
        <translation>Um wie viel Uhr haben die Beschwerden begonnen?</translation>
    </message>
    <message>
        <source>Got up to move</source>
        <translation>Zum Bewegen aufgestanden</translation>
    </message>
    <message>
        <source>How many times did you get up because of the symptoms?</source>
        <translation>Wie oft sind Sie wegen der Beschwerden aufgestanden?</translation>
    </message>
    <message>
        <source>RLS medication</source>
        <translation>RLS-Medikament</translation>
    </message>
    <message>
        <source>Did you take your RLS medication?</source>
        <translation>Haben Sie Ihr RLS-Medikament genommen?</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Where did you feel symptoms?</source>
        <translation>Wo hatten Sie Beschwerden?</translation>
    </message>
    <message>
        <source>Remedies tried</source>
        <translation>Ausprobierte Hilfen</translation>
    </message>
    <message>
        <source>Which remedies did you try, and how much did each help?</source>
        <translation>Was haben Sie ausprobiert, und wie sehr hat es jeweils geholfen?</translation>
    </message>
    <message>
        <source>Possible triggers</source>
        <translation>Mögliche Auslöser</translation>
    </message>
    <message>
        <source>Anything that may have set the symptoms off?</source>
        <translation>Gab es etwas, das die Beschwerden ausgelöst haben könnte?</translation>
    </message>
    <message>
        <source>Caffeinated drinks</source>
        <translation>Koffeinhaltige Getränke</translation>
    </message>
    <message>
        <source>drinks</source>
        <translation>Getränke</translation>
    </message>
    <message>
        <source>How many caffeinated drinks (coffee, tea, cola) did you have?</source>
        <translation>Wie viele koffeinhaltige Getränke (Kaffee, Tee, Cola) hatten Sie?</translation>
    </message>
    <message>
        <source>Alcoholic drinks</source>
        <translation>Alkoholische Getränke</translation>
    </message>
    <message>
        <source>How many alcoholic drinks did you have?</source>
        <translation>Wie viele alkoholische Getränke hatten Sie?</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Sport und Bewegung</translation>
    </message>
    <message>
        <source>How many minutes did you exercise?</source>
        <translation>Wie viele Minuten haben Sie Sport gemacht oder sich bewegt?</translation>
    </message>
    <message>
        <source>Last caffeine</source>
        <translation>Letztes Koffein</translation>
    </message>
    <message>
        <source>What time did you have your last caffeinated drink?</source>
        <translation>Um wie viel Uhr hatten Sie Ihr letztes koffeinhaltiges Getränk?</translation>
    </message>
    <message>
        <source>Nicotine</source>
        <translation>Nikotin</translation>
    </message>
    <message>
        <source>Did you smoke or use nicotine?</source>
        <translation>Haben Sie geraucht oder Nikotin genommen?</translation>
    </message>
    <message>
        <source>Naps</source>
        <translation>Nickerchen</translation>
    </message>
    <message>
        <source>How many minutes did you nap?</source>
        <translation>Wie viele Minuten haben Sie tagsüber geschlafen?</translation>
    </message>
    <message>
        <source>Sleepy during the day</source>
        <translation>Tagsüber müde</translation>
    </message>
    <message>
        <source>How sleepy were you during the day, 0 (not at all) to 4 (severe)?</source>
        <translation>Wie müde waren Sie tagsüber, von 0 (gar nicht) bis 4 (stark)?</translation>
    </message>
    <message>
        <source>Low mood</source>
        <translation>Niedergeschlagen</translation>
    </message>
    <message>
        <source>How low was your mood, 0 (not at all) to 4 (severe)?</source>
        <translation>Wie niedergeschlagen waren Sie, von 0 (gar nicht) bis 4 (stark)?</translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation>Ängstlich</translation>
    </message>
    <message>
        <source>How anxious were you, 0 (not at all) to 4 (severe)?</source>
        <translation>Wie ängstlich waren Sie, von 0 (gar nicht) bis 4 (stark)?</translation>
    </message>
    <message>
        <source>Trouble concentrating</source>
        <translation>Konzentrationsprobleme</translation>
    </message>
    <message>
        <source>How hard was it to concentrate, 0 (not at all) to 4 (severe)?</source>
        <translation>Wie schwer fiel Ihnen das Konzentrieren, von 0 (gar nicht) bis 4 (stark)?</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Your private notes about this night</source>
        <translation>Ihre privaten Notizen zu dieser Nacht</translation>
    </message>
    <message>
        <source>1 very poor</source>
        <translation>1 sehr schlecht</translation>
    </message>
    <message>
        <source>2 poor</source>
        <translation>2 schlecht</translation>
    </message>
    <message>
        <source>3 fair</source>
        <translation>3 mittel</translation>
    </message>
    <message>
        <source>4 good</source>
        <translation>4 gut</translation>
    </message>
    <message>
        <source>5 very good</source>
        <translation>5 sehr gut</translation>
    </message>
    <message>
        <source>0 no symptoms</source>
        <translation>0 keine Beschwerden</translation>
    </message>
    <message>
        <source>No restless legs symptoms at all</source>
        <translation>Überhaupt keine Restless-Legs-Beschwerden</translation>
    </message>
    <message>
        <source>10: the worst imaginable</source>
        <translation>10: so schlimm, wie es nur geht</translation>
    </message>
    <message>
        <source>0 none</source>
        <translation>0 gar nicht</translation>
    </message>
    <message>
        <source>1 mild</source>
        <translation>1 leicht</translation>
    </message>
    <message>
        <source>2 moderate</source>
        <translation>2 mäßig</translation>
    </message>
    <message>
        <source>3 marked</source>
        <translation>3 deutlich</translation>
    </message>
    <message>
        <source>4 severe</source>
        <translation>4 stark</translation>
    </message>
    <message>
        <source>0 no help</source>
        <translation>0 nicht</translation>
    </message>
    <message>
        <source>1 a little</source>
        <translation>1 etwas</translation>
    </message>
    <message>
        <source>2 some</source>
        <translation>2 mittel</translation>
    </message>
    <message>
        <source>3 a lot</source>
        <translation>3 viel</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>As planned</source>
        <translation>Wie geplant</translation>
    </message>
    <message>
        <source>Missed a dose</source>
        <translation>Dosis vergessen</translation>
    </message>
    <message>
        <source>Took extra</source>
        <translation>Zusätzlich genommen</translation>
    </message>
    <message>
        <source>No RLS medication</source>
        <translation>Kein RLS-Medikament</translation>
    </message>
    <message>
        <source>legs</source>
        <translation>Beine</translation>
    </message>
    <message>
        <source>arms</source>
        <translation>Arme</translation>
    </message>
    <message>
        <source>trunk</source>
        <translation>Rumpf</translation>
    </message>
    <message>
        <source>other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>walking</source>
        <translation>Herumgehen</translation>
    </message>
    <message>
        <source>stretching</source>
        <translation>Dehnen</translation>
    </message>
    <message>
        <source>massage</source>
        <translation>Massage</translation>
    </message>
    <message>
        <source>hot bath</source>
        <translation>Heißes Bad</translation>
    </message>
    <message>
        <source>cold (cool pack, cold shower)</source>
        <translation>Kälte (Kühlpack, Dusche)</translation>
    </message>
    <message>
        <source>compression</source>
        <translation>Kompression</translation>
    </message>
    <message>
        <source>keeping the mind busy</source>
        <translation>Den Kopf beschäftigen</translation>
    </message>
    <message>
        <source>long sitting</source>
        <translation>Langes Sitzen</translation>
    </message>
    <message>
        <source>travel</source>
        <translation>Reise</translation>
    </message>
    <message>
        <source>antihistamine (allergy, sleep aid)</source>
        <translation>Antihistaminikum (Allergie, Schlafmittel)</translation>
    </message>
    <message>
        <source>anti-sickness medicine</source>
        <translation>Mittel gegen Übelkeit</translation>
    </message>
    <message>
        <source>antidepressant</source>
        <translation>Antidepressivum</translation>
    </message>
    <message>
        <source>sleep deprivation</source>
        <translation>Schlafmangel</translation>
    </message>
    <message>
        <source>stress</source>
        <translation>Stress</translation>
    </message>
    <message>
        <source>Last night&apos;s sleep</source>
        <translation>Schlaf letzte Nacht</translation>
    </message>
    <message>
        <source>Restless legs</source>
        <translation>Unruhige Beine</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>More: where, remedies, triggers</source>
        <translation>Mehr: wo, Hilfen, Auslöser</translation>
    </message>
    <message>
        <source>More: nicotine, naps, how you felt</source>
        <translation>Mehr: Nikotin, Nickerchen, Befinden</translation>
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
