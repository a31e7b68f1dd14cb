<?xml version='1.0' encoding='utf-8'?>
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
        <source>RLS Diary's licence ({licence}), its components' and the DejaVu font licence</source>
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
    <name>AssessmentDialog</name>
    <message>
        <source>Severity: 0 none · 1–10 mild · 11–20 moderate · 21–30 severe · 31–40 very severe</source>
        <translation>Schweregrad: 0 keine · 1–10 leicht · 11–20 mittel · 21–30 schwer · 31–40 sehr schwer</translation>
    </message>
    <message>
        <source>Add an IRLS score</source>
        <translation>IRLS-Wert hinzufügen</translation>
    </message>
    <message>
        <source>Edit an IRLS score</source>
        <translation>IRLS-Wert bearbeiten</translation>
    </message>
    <message>
        <source>The IRLS total (0–40) from the questionnaire you filled in, usually with your doctor. The ten item scores are optional; when you give them, they must add up to the total.</source>
        <translation>Die IRLS-Gesamtpunktzahl (0–40) aus dem Fragebogen, den Sie ausgefüllt haben, meist zusammen mit Ihrer Ärztin oder Ihrem Arzt. Die zehn Einzelwerte sind freiwillig; wenn Sie sie angeben, müssen sie zusammen die Gesamtpunktzahl ergeben.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>D&amp;atum</translation>
    </message>
    <message>
        <source>IRLS total</source>
        <translation>IRLS gesamt</translation>
    </message>
    <message>
        <source>IRLS &amp;total</source>
        <translation>IRLS &amp;gesamt</translation>
    </message>
    <message>
        <source>Items 1–10</source>
        <translation>Fragen 1–10</translation>
    </message>
    <message>
        <source>Severity: {band} ({range})</source>
        <translation>Schweregrad: {band} ({range})</translation>
    </message>
</context>
<context>
    <name>BaselinePage</name>
    <message>
        <source>The augmentation watch compares your recent symptoms with a baseline: normally the 14 nights before a dopamine agonist or levodopa course began. If those nights were not typical (say, you were ill or travelling), choose other nights here, ideally 14 or more before the treatment. Leave both dates blank to use the automatic baseline.</source>
        <translation>Die Augmentations-Beobachtung vergleicht Ihre Beschwerden der letzten Zeit mit einem Ausgangswert: normalerweise den 14 Nächten, bevor eine Behandlung mit einem Dopaminagonisten oder Levodopa begann. Waren diese Nächte nicht typisch (etwa weil Sie krank oder auf Reisen waren), wählen Sie hier andere Nächte, am besten 14 oder mehr vor der Behandlung. Lassen Sie beide Daten leer, um den automatischen Ausgangswert zu verwenden.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (blank = automatic)</source>
        <translation>JJJJ-MM-TT (leer = automatisch)</translation>
    </message>
    <message>
        <source>First night (morning date)</source>
        <translation>Erste Nacht (Aufwachtag)</translation>
    </message>
    <message>
        <source>Last night (morning date)</source>
        <translation>Letzte Nacht (Aufwachtag)</translation>
    </message>
    <message>
        <source>&amp;Save baseline</source>
        <translation>Ausgangswert &amp;speichern</translation>
    </message>
    <message>
        <source>Use the &amp;automatic baseline</source>
        <translation>&amp;Automatischen Ausgangswert verwenden</translation>
    </message>
    <message>
        <source>Augmentation baseline</source>
        <translation>Ausgangswert für Augmentation</translation>
    </message>
    <message>
        <source>Now using: the automatic baseline (14 nights before a course).</source>
        <translation>Derzeit verwendet: der automatische Ausgangswert (14 Nächte vor einer Behandlung).</translation>
    </message>
    <message>
        <source>Now using: the nights of {first} to {last} (1 night).</source>
        <translation>Derzeit verwendet: die Nächte vom {first} bis {last} (1 Nacht).</translation>
    </message>
    <message>
        <source>Now using: the nights of {first} to {last} ({count} nights).</source>
        <translation>Derzeit verwendet: die Nächte vom {first} bis {last} ({count} Nächte).</translation>
    </message>
</context>
<context>
    <name>ChangeCommand</name>
    <message>
        <source>“{0}” was not saved</source>
        <translation>„{0}“ wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>“{0}” was not undone or redone</source>
        <translation>„{0}“ wurde nicht rückgängig gemacht oder wiederholt</translation>
    </message>
    <message>
        <source>Could not redo “{0}”</source>
        <translation>„{0}“ konnte nicht wiederholt werden</translation>
    </message>
    <message>
        <source>Could not undo “{0}”</source>
        <translation>„{0}“ konnte nicht rückgängig gemacht werden</translation>
    </message>
</context>
<context>
    <name>ChangeDoseDialog</name>
    <message>
        <source>Change the dose of {name}</source>
        <translation>Dosis von {name} ändern</translation>
    </message>
    <message>
        <source>Now: {course}. The current course ends the day before the first day at the new dose, and a new course starts that day. Only change a dose as your doctor advised.</source>
        <translation>Derzeit: {course}. Die laufende Einnahme endet am Tag vor dem ersten Tag mit der neuen Dosis, und an diesem Tag beginnt eine neue. Ändern Sie eine Dosis nur nach ärztlichem Rat.</translation>
    </message>
    <message>
        <source>Change dose</source>
        <translation>Dosis ändern</translation>
    </message>
    <message>
        <source>e.g. 0.25</source>
        <translation>z. B. 0,25</translation>
    </message>
    <message>
        <source>e.g. mg</source>
        <translation>z. B. mg</translation>
    </message>
    <message>
        <source>New dose</source>
        <translation>Neue Dosis</translation>
    </message>
    <message>
        <source>New &amp;dose</source>
        <translation>Neue &amp;Dosis</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Einheit</translation>
    </message>
    <message>
        <source>Usual time</source>
        <translation>Übliche Uhrzeit</translation>
    </message>
    <message>
        <source>Usual &amp;time</source>
        <translation>Übliche &amp;Uhrzeit</translation>
    </message>
    <message>
        <source>First day at the new dose</source>
        <translation>Erster Tag mit der neuen Dosis</translation>
    </message>
    <message>
        <source>&amp;First day at the new dose</source>
        <translation>Erster &amp;Tag mit der neuen Dosis</translation>
    </message>
    <message>
        <source>is the same as the current dose</source>
        <translation>ist dieselbe wie die derzeitige Dosis</translation>
    </message>
    <message>
        <source>must be after the current course began ({date}) — to correct that course, edit it instead</source>
        <translation>muss nach dem Beginn der laufenden Einnahme liegen ({date}) – um diese zu korrigieren, bearbeiten Sie sie stattdessen</translation>
    </message>
    <message>
        <source>the current course ended on {date}</source>
        <translation>die laufende Einnahme endete am {date}</translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <source>Save this chart as PNG image…</source>
        <translation>Dieses Diagramm als PNG-Bild speichern…</translation>
    </message>
    <message>
        <source>Save this chart as SVG image…</source>
        <translation>Dieses Diagramm als SVG-Bild speichern…</translation>
    </message>
</context>
<context>
    <name>ChartsTab</name>
    <message>
        <source>Loading your diary…</source>
        <translation>Ihr Tagebuch wird geladen…</translation>
    </message>
    <message>
        <source>Charts shown; calculating the statistics…</source>
        <translation>Diagramme angezeigt; die Statistik wird berechnet…</translation>
    </message>
    <message>
        <source>No nights in the diary yet: the charts fill in once you have entries.</source>
        <translation>Noch keine Nächte im Tagebuch: Die Diagramme füllen sich, sobald Sie Einträge haben.</translation>
    </message>
    <message>
        <source>Range of nights</source>
        <translation>Zeitraum der Nächte</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Diagramm speichern…</translation>
    </message>
    <message>
        <source>As PNG image…</source>
        <translation>Als PNG-Bild…</translation>
    </message>
    <message>
        <source>As SVG (vector) image…</source>
        <translation>Als SVG-Bild (Vektorgrafik)…</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>The charts could not be loaded: {message}</source>
        <translation>Die Diagramme konnten nicht geladen werden: {message}</translation>
    </message>
    <message>
        <source>The statistics could not be calculated: {message}</source>
        <translation>Die Statistik konnte nicht berechnet werden: {message}</translation>
    </message>
    <message>
        <source>{count} nights recorded in this range</source>
        <translation>Eingetragene Nächte in diesem Zeitraum: {count}</translation>
    </message>
    <message>
        <source>Saving the chart failed</source>
        <translation>Das Diagramm konnte nicht gespeichert werden</translation>
    </message>
</context>
<context>
    <name>ChoiceInput</name>
    <message>
        <source>— choose —</source>
        <translation>— bitte wählen —</translation>
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
    <name>ConditionDialog</name>
    <message>
        <source>Add a condition period</source>
        <translation>Zeitraum mit besonderem Umstand hinzufügen</translation>
    </message>
    <message>
        <source>Edit a condition period</source>
        <translation>Zeitraum mit besonderem Umstand bearbeiten</translation>
    </message>
    <message>
        <source>Periods that change what the diary means, such as a pregnancy, kidney disease or a journey.</source>
        <translation>Zeiträume, die die Aussage des Tagebuchs verändern, etwa eine Schwangerschaft, eine Nierenerkrankung oder eine Reise.</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Umstand</translation>
    </message>
    <message>
        <source>&amp;Condition</source>
        <translation>&amp;Umstand</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>blank = not over yet</source>
        <translation>leer = noch nicht vorbei</translation>
    </message>
    <message>
        <source>Leave blank while it is not over.</source>
        <translation>Leer lassen, solange er noch andauert.</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Letzter Tag</translation>
    </message>
</context>
<context>
    <name>CrisisNumbersBox</name>
    <message>
        <source>Crisis numbers</source>
        <translation>Notfallnummern</translation>
    </message>
    <message>
        <source>Save numbers</source>
        <translation>Nummern speichern</translation>
    </message>
    <message>
        <source>This diary is open read-only.</source>
        <translation>Dieses Tagebuch ist nur zum Lesen geöffnet.</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
    <message>
        <source>Saved in your diary.</source>
        <translation>In Ihrem Tagebuch gespeichert.</translation>
    </message>
    <message>
        <source>Not saved yet.</source>
        <translation>Noch nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Calendar…</source>
        <translation>Kalender…</translation>
    </message>
    <message>
        <source>Pick the date from a calendar</source>
        <translation>Datum im Kalender auswählen</translation>
    </message>
    <message>
        <source>{name}: pick from a calendar</source>
        <translation>{name}: im Kalender auswählen</translation>
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
    <name>DiaryPanel</name>
    <message>
        <source>Your diary says</source>
        <translation>Ihr Tagebuch zeigt</translation>
    </message>
    <message>
        <source>Your diary could not be read: {message}</source>
        <translation>Ihr Tagebuch konnte nicht gelesen werden: {message}</translation>
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
        <source>No earlier night in the diary</source>
        <translation>Keine frühere Nacht im Tagebuch</translation>
    </message>
    <message>
        <source>No later night in the diary</source>
        <translation>Keine spätere Nacht im Tagebuch</translation>
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
    <message>
        <source>Replace the time you typed?</source>
        <translation>Eingegebene Uhrzeit ersetzen?</translation>
    </message>
    <message>
        <source>For the night of {night}, you typed {old} as the time symptoms started; it is not saved yet.

Replace it with {new}? (No keeps what you typed.)</source>
        <translation>Für die Nacht {night} haben Sie {old} als Beginn der Beschwerden eingegeben; das ist noch nicht gespeichert.

Durch {new} ersetzen? („Nein“ behält Ihre Eingabe.)</translation>
    </message>
</context>
<context>
    <name>DifferencePlot</name>
    <message>
        <source>Pair differences</source>
        <translation>Unterschiede je Paar</translation>
    </message>
    <message>
        <source>0 = no difference</source>
        <translation>0 = kein Unterschied</translation>
    </message>
</context>
<context>
    <name>EpisodeTimeline</name>
    <message>
        <source>No medicines yet: add one with “Add medicine…” to see it here.</source>
        <translation>Noch keine Medikamente: Fügen Sie eines mit „Medikament hinzufügen…“ hinzu, um es hier zu sehen.</translation>
    </message>
    <message>
        <source>{name} (IV iron infusion) on {days}</source>
        <translation>{name} (Eiseninfusion) am {days}</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>laufend</translation>
    </message>
    <message>
        <source>{name} ({drug_class}), {start} – {end}</source>
        <translation>{name} ({drug_class}), {start} – {end}</translation>
    </message>
    <message>
        <source>{dose} from {date}</source>
        <translation>{dose} ab {date}</translation>
    </message>
    <message>
        <source>Treatment episodes over time</source>
        <translation>Behandlungsphasen im Zeitverlauf</translation>
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
        <source>Whether you followed this night's plan. “No” leaves the night out of the experiment's result; blank counts as followed.</source>
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
    <name>FileChooser</name>
    <message>
        <source>Diary and sleep-app files (*.csv *.json *.zip);;CSV files (*.csv);;JSON files (*.json);;Sleep as Android backups (*.zip);;All files (*)</source>
        <translation>Tagebuch- und Schlaf-App-Dateien (*.csv *.json *.zip);;CSV-Dateien (*.csv);;JSON-Dateien (*.json);;Sicherungen von Sleep as Android (*.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Import a diary file or another sleep app's export</source>
        <translation>Eine Tagebuchdatei oder den Export einer anderen Schlaf-App importieren</translation>
    </message>
    <message>
        <source>Export the diary as {kind}</source>
        <translation>Das Tagebuch als {kind} exportieren</translation>
    </message>
    <message>
        <source>Restore the diary from a backup</source>
        <translation>Das Tagebuch aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3 *.rlsbackup *.enc);;All files (*)</source>
        <translation>Sicherungen (*.sqlite3 *.rlsbackup *.enc);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Back up the diary to a file</source>
        <translation>Das Tagebuch in eine Datei sichern</translation>
    </message>
    <message>
        <source>Backups (*.sqlite3);;All files (*)</source>
        <translation>Sicherungen (*.sqlite3);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>A night already in your diary with different values is a conflict. Tick this to replace each such night completely with the one from the file.</source>
        <translation>Eine Nacht, die schon mit anderen Werten in Ihrem Tagebuch steht, ist ein Konflikt. Kreuzen Sie dies an, um jede solche Nacht vollständig durch die aus der Datei zu ersetzen.</translation>
    </message>
    <message>
        <source>Data from another app only fills in what is blank in your diary; it never replaces what you entered, so there is nothing to replace.</source>
        <translation>Daten aus einer anderen App füllen nur aus, was in Ihrem Tagebuch leer ist; sie ersetzen nie, was Sie eingetragen haben. Es gibt also nichts zu ersetzen.</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>{name} importieren</translation>
    </message>
    <message>
        <source>Checking the file</source>
        <translation>Die Datei wird geprüft</translation>
    </message>
    <message>
        <source>Nights already in your diary whose blank fields the file fills in</source>
        <translation>Nächte, die schon in Ihrem Tagebuch stehen und deren leere Felder die Datei ausfüllt</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>New nights:</source>
        <translation>Neue Nächte:</translation>
    </message>
    <message>
        <source>Nights filled in:</source>
        <translation>Ergänzte Nächte:</translation>
    </message>
    <message>
        <source>Unchanged nights:</source>
        <translation>Unveränderte Nächte:</translation>
    </message>
    <message>
        <source>Nights to replace:</source>
        <translation>Zu ersetzende Nächte:</translation>
    </message>
    <message>
        <source>Nights skipped:</source>
        <translation>Übersprungene Nächte:</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Konflikte:</translation>
    </message>
    <message>
        <source>Nights affected:</source>
        <translation>Betroffene Nächte:</translation>
    </message>
    <message>
        <source>Nights that will be skipped, with the reason</source>
        <translation>Nächte, die übersprungen werden, mit dem Grund</translation>
    </message>
    <message>
        <source>Skipped nights (the rest of the file is imported without them):</source>
        <translation>Übersprungene Nächte (der Rest der Datei wird ohne sie importiert):</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>In der Datei gefundene Probleme</translation>
    </message>
    <message>
        <source>Replace existing nights with the ones in the file</source>
        <translation>Vorhandene Nächte durch die aus der Datei ersetzen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Problems (nothing is imported while there are any):</source>
        <translation>Probleme (solange es welche gibt, wird nichts importiert):</translation>
    </message>
    <message>
        <source>Checking the file… nothing is written yet.</source>
        <translation>Die Datei wird geprüft … noch wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>not recognised</source>
        <translation>nicht erkannt</translation>
    </message>
    <message>
        <source>0 (another app's data only fills blanks)</source>
        <translation>0 (Daten einer anderen App füllen nur Lücken)</translation>
    </message>
    <message>
        <source>1 problem found. Nothing will be imported; fix the file and try again.</source>
        <translation>1 Problem gefunden. Es wird nichts importiert; bitte korrigieren Sie die Datei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{count} problems found. Nothing will be imported; fix the file and try again.</source>
        <translation>{count} Probleme gefunden. Es wird nichts importiert; bitte korrigieren Sie die Datei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source> Or tick “Replace existing nights”.</source>
        <translation> Oder kreuzen Sie „Vorhandene Nächte ersetzen“ an.</translation>
    </message>
    <message>
        <source>Everything in this file is already in your diary.</source>
        <translation>Alles aus dieser Datei steht bereits in Ihrem Tagebuch.</translation>
    </message>
    <message>
        <source>The file is fine. Press Import to add its {format} data to your diary: it fills in only what is blank and never changes what you entered.</source>
        <translation>Die Datei ist in Ordnung. Klicken Sie auf „Importieren“, um die Daten aus {format} in Ihr Tagebuch zu übernehmen: Es wird nur ausgefüllt, was leer ist, und nie geändert, was Sie eingetragen haben.</translation>
    </message>
    <message>
        <source>The file is fine. Press Import to add it to your diary.</source>
        <translation>Die Datei ist in Ordnung. Klicken Sie auf „Importieren“, um sie in Ihr Tagebuch zu übernehmen.</translation>
    </message>
    <message>
        <source>The file could not be checked: {message}</source>
        <translation>Die Datei konnte nicht geprüft werden: {message}</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was imported.

{error}</source>
        <translation>Es wurde nichts importiert.

{error}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> und {count} weitere</translation>
    </message>
    <message>
        <source>{count} date(s) differ from your diary: {dates}{more}</source>
        <translation>{count} Datum/Daten weichen von Ihrem Tagebuch ab: {dates}{more}</translation>
    </message>
</context>
<context>
    <name>InsightsPage</name>
    <message>
        <source>Augmentation watch</source>
        <translation>Augmentation im Blick</translation>
    </message>
    <message>
        <source>Iron</source>
        <translation>Eisen</translation>
    </message>
    <message>
        <source>Remission and recurrence</source>
        <translation>Beschwerdefreiheit und Rückkehr der Beschwerden</translation>
    </message>
    <message>
        <source>Treatment effects</source>
        <translation>Wirkung der Behandlung</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Nothing to check: the augmentation watch looks at a dopamine agonist or levodopa course that is running at your last diary night.</source>
        <translation>Nichts zu prüfen: Die Augmentations-Beobachtung betrachtet eine Behandlung mit einem Dopaminagonisten oder Levodopa, die in Ihrer letzten eingetragenen Nacht läuft.</translation>
    </message>
    <message>
        <source>No iron result calls for a note. Add your ferritin and TSAT results under Labs so the diary can compare them with the RLS guideline levels.</source>
        <translation>Kein Eisenwert gibt Anlass zu einem Hinweis. Tragen Sie Ihre Ferritin- und TSAT-Werte unter Blutwerte ein, damit das Tagebuch sie mit den Werten der RLS-Leitlinien vergleichen kann.</translation>
    </message>
    <message>
        <source>No remission yet: that needs 28 nights in a row without symptoms (at most 3 of them not recorded).</source>
        <translation>Noch keine beschwerdefreie Zeit: Dafür braucht es 28 Nächte in Folge ohne Beschwerden (höchstens 3 davon nicht eingetragen).</translation>
    </message>
    <message>
        <source>Not enough data: a course's effect is shown once at least 10 nights are recorded in the 14 nights before it began and in its nights 15–42.</source>
        <translation>Noch nicht genug Daten: Die Wirkung einer Behandlung wird gezeigt, sobald in den 14 Nächten vor ihrem Beginn und in ihren Nächten 15–42 jeweils mindestens 10 Nächte eingetragen sind.</translation>
    </message>
    <message>
        <source>No safety reminders right now.</source>
        <translation>Derzeit keine Sicherheitshinweise.</translation>
    </message>
    <message>
        <source>Possible augmentation</source>
        <translation>Mögliche Augmentation</translation>
    </message>
    <message>
        <source>Worse after a dose increase</source>
        <translation>Schlechter nach einer Dosiserhöhung</translation>
    </message>
    <message>
        <source>Iron below the guideline level</source>
        <translation>Eisen unter dem Leitlinienwert</translation>
    </message>
    <message>
        <source>Iron between 75 and 100 ng/mL</source>
        <translation>Eisen zwischen 75 und 100 ng/ml</translation>
    </message>
    <message>
        <source>Test after an iron infusion</source>
        <translation>Test nach einer Eiseninfusion</translation>
    </message>
    <message>
        <source>Iron result during kidney disease</source>
        <translation>Eisenwert bei Nierenerkrankung</translation>
    </message>
    <message>
        <source>Iron test reminder</source>
        <translation>Erinnerung an den Eisentest</translation>
    </message>
    <message>
        <source>Remission</source>
        <translation>Remission</translation>
    </message>
    <message>
        <source>Symptoms came back</source>
        <translation>Die Beschwerden sind zurück</translation>
    </message>
    <message>
        <source>Treatment effect</source>
        <translation>Wirkung der Behandlung</translation>
    </message>
    <message>
        <source>Not enough data yet</source>
        <translation>Noch nicht genug Daten</translation>
    </message>
    <message>
        <source>Very low mood recorded</source>
        <translation>Sehr gedrückte Stimmung eingetragen</translation>
    </message>
    <message>
        <source>Monthly check-in</source>
        <translation>Monatliche Nachfrage</translation>
    </message>
    <message>
        <source>⚠ {title} — talk to your doctor</source>
        <translation>⚠ {title} – sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt</translation>
    </message>
    <message>
        <source>What your diary suggests discussing with your doctor. These are observations from your own entries, not a diagnosis and not advice on doses.</source>
        <translation>Was Sie laut Ihrem Tagebuch mit Ihrer Ärztin oder Ihrem Arzt besprechen sollten. Es sind Beobachtungen aus Ihren eigenen Einträgen, keine Diagnose und keine Empfehlung zur Dosis.</translation>
    </message>
    <message>
        <source>Calculating the insights from your diary…</source>
        <translation>Die Hinweise aus Ihrem Tagebuch werden berechnet…</translation>
    </message>
    <message>
        <source>&amp;Recalculate</source>
        <translation>&amp;Neu berechnen</translation>
    </message>
    <message>
        <source>Read the diary again and recalculate the insights</source>
        <translation>Das Tagebuch neu lesen und die Hinweise neu berechnen</translation>
    </message>
    <message>
        <source>The insights could not be calculated: {message}</source>
        <translation>Die Hinweise konnten nicht berechnet werden: {message}</translation>
    </message>
    <message>
        <source>1 finding from your diary (as of {date}).</source>
        <translation>1 Hinweis aus Ihrem Tagebuch (Stand {date}).</translation>
    </message>
    <message>
        <source>{count} findings from your diary (as of {date}).</source>
        <translation>{count} Hinweise aus Ihrem Tagebuch (Stand {date}).</translation>
    </message>
</context>
<context>
    <name>IntInput</name>
    <message>
        <source>{value} is not a whole number</source>
        <translation>{value} ist keine ganze Zahl</translation>
    </message>
</context>
<context>
    <name>ItemsInput</name>
    <message>
        <source>Item {number}</source>
        <translation>Frage {number}</translation>
    </message>
    <message>
        <source>Item {number}, score 0 to 4</source>
        <translation>Frage {number}, Punkte 0 bis 4</translation>
    </message>
    <message>
        <source>item {number}: {value} is not a whole number (0–4)</source>
        <translation>Frage {number}: {value} ist keine ganze Zahl (0–4)</translation>
    </message>
    <message>
        <source>Optional: leave all ten blank if you only have the total.</source>
        <translation>Freiwillig: Lassen Sie alle zehn leer, wenn Sie nur die Gesamtpunktzahl haben.</translation>
    </message>
    <message>
        <source>Sum of the items: {sum} ({filled} of {count} filled in)</source>
        <translation>Summe der Fragen: {sum} ({filled} von {count} ausgefüllt)</translation>
    </message>
</context>
<context>
    <name>LabDialog</name>
    <message>
        <source>Add a blood test</source>
        <translation>Blutwerte hinzufügen</translation>
    </message>
    <message>
        <source>Edit a blood test</source>
        <translation>Blutwerte bearbeiten</translation>
    </message>
    <message>
        <source>Everything but the date is optional; leave a value blank when it was not measured.</source>
        <translation>Außer dem Datum ist alles freiwillig; lassen Sie einen Wert leer, wenn er nicht gemessen wurde.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>D&amp;atum</translation>
    </message>
    <message>
        <source>Ferritin (ng/mL)</source>
        <translation>Ferritin (ng/ml)</translation>
    </message>
    <message>
        <source>ng/mL, the same as µg/L</source>
        <translation>ng/ml, gleich µg/l</translation>
    </message>
    <message>
        <source>&amp;Ferritin (ng/mL)</source>
        <translation>&amp;Ferritin (ng/ml)</translation>
    </message>
    <message>
        <source>TSAT (%)</source>
        <translation>TSAT (%)</translation>
    </message>
    <message>
        <source>transferrin saturation, %</source>
        <translation>Transferrinsättigung, %</translation>
    </message>
    <message>
        <source>&amp;TSAT (%)</source>
        <translation>&amp;TSAT (%)</translation>
    </message>
    <message>
        <source>Haemoglobin (g/dL)</source>
        <translation>Hämoglobin (g/dl)</translation>
    </message>
    <message>
        <source>g/dL</source>
        <translation>g/dl</translation>
    </message>
    <message>
        <source>&amp;Haemoglobin (g/dL)</source>
        <translation>&amp;Hämoglobin (g/dl)</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Gewicht (kg)</translation>
    </message>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>&amp;Weight (kg)</source>
        <translation>&amp;Gewicht (kg)</translation>
    </message>
    <message>
        <source>Fasting morning sample</source>
        <translation>Morgens nüchtern abgenommen</translation>
    </message>
    <message>
        <source>Taken in the morning before eating (ferritin and TSAT are most reliable then).</source>
        <translation>Morgens vor dem Essen abgenommen (dann sind Ferritin und TSAT am zuverlässigsten).</translation>
    </message>
    <message>
        <source>Fa&amp;sting morning sample</source>
        <translation>Morgens &amp;nüchtern abgenommen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>N&amp;otiz</translation>
    </message>
</context>
<context>
    <name>LifestylePanel</name>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation>&amp;Vergleichen:</translation>
    </message>
    <message>
        <source>Associations, ranked</source>
        <translation>Zusammenhänge, nach Rang</translation>
    </message>
    <message>
        <source>What your diary shows (Spearman associations)</source>
        <translation>Was Ihr Tagebuch zeigt (Zusammenhänge nach Spearman)</translation>
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
        <source>&amp;Previous night</source>
        <translation>&amp;Vorige Nacht</translation>
    </message>
    <message>
        <source>&amp;Next night</source>
        <translation>&amp;Nächste Nacht</translation>
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
        <source>Delete the night of {night}?

Undo (Ctrl+Z) brings it back.</source>
        <translation>Die Nacht {night} löschen?

Rückgängig (Strg+Z) holt sie zurück.</translation>
    </message>
    <message>
        <source>The changes you have not saved are lost.</source>
        <translation>Ihre nicht gespeicherten Änderungen gehen dabei verloren.</translation>
    </message>
    <message>
        <source>Delete the night?</source>
        <translation>Nacht löschen?</translation>
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
    <message>
        <source>First finish or cancel “{0}”, then close the diary.</source>
        <translation>Bitte zuerst „{0}“ abschließen oder abbrechen, dann das Tagebuch schließen.</translation>
    </message>
</context>
<context>
    <name>MedicationDialog</name>
    <message>
        <source>Add a medicine</source>
        <translation>Medikament hinzufügen</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>{name} bearbeiten</translation>
    </message>
    <message>
        <source>One course is one medicine at one dose. When the dose changes, use “Change dose…” instead, so the diary can follow the treatment as a whole.</source>
        <translation>Eine Einnahme ist ein Medikament in einer Dosis. Wenn sich die Dosis ändert, verwenden Sie stattdessen „Dosis ändern…“, damit das Tagebuch die Behandlung als Ganzes verfolgen kann.</translation>
    </message>
    <message>
        <source>e.g. pramipexole</source>
        <translation>z. B. Pramipexol</translation>
    </message>
    <message>
        <source>e.g. 0.125 (blank if not known)</source>
        <translation>z. B. 0,125 (leer, wenn unbekannt)</translation>
    </message>
    <message>
        <source>e.g. mg</source>
        <translation>z. B. mg</translation>
    </message>
    <message>
        <source>blank = still taking it</source>
        <translation>leer = wird noch eingenommen</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>&amp;Medicine</source>
        <translation>&amp;Medikament</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Wirkstoffgruppe</translation>
    </message>
    <message>
        <source>C&amp;lass</source>
        <translation>&amp;Wirkstoffgruppe</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>&amp;Dose</source>
        <translation>&amp;Dosis</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Einheit</translation>
    </message>
    <message>
        <source>Usual time</source>
        <translation>Übliche Uhrzeit</translation>
    </message>
    <message>
        <source>Usual &amp;time</source>
        <translation>Übliche &amp;Uhrzeit</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>Erster &amp;Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Leave blank while you are still taking it.</source>
        <translation>Leer lassen, solange Sie es noch einnehmen.</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Letzter Tag</translation>
    </message>
    <message>
        <source>An iron infusion is a one-day course: the first day is the infusion day.</source>
        <translation>Eine Eiseninfusion ist eine eintägige Einnahme: Der erste Tag ist der Tag der Infusion.</translation>
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
    <name>NumberInput</name>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} ist keine Zahl</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>Add a question for your doctor</source>
        <translation>Frage an Ihre Ärztin oder Ihren Arzt hinzufügen</translation>
    </message>
    <message>
        <source>Edit a question</source>
        <translation>Frage bearbeiten</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>e.g. Should my ferritin be checked again?</source>
        <translation>z. B. Sollte mein Ferritin noch einmal bestimmt werden?</translation>
    </message>
    <message>
        <source>&amp;Question</source>
        <translation>&amp;Frage</translation>
    </message>
    <message>
        <source>Written down on</source>
        <translation>Notiert am</translation>
    </message>
    <message>
        <source>&amp;Written down on</source>
        <translation>&amp;Notiert am</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Asked and answered</source>
        <translation>Gestellt und beantwortet</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Erledigt</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>required — please fill this in</source>
        <translation>erforderlich – bitte ausfüllen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source> (and 1 more problem shown above)</source>
        <translation> (und 1 weiteres Problem, oben angezeigt)</translation>
    </message>
    <message>
        <source> (and {count} more problems shown above)</source>
        <translation> (und {count} weitere Probleme, oben angezeigt)</translation>
    </message>
    <message>
        <source>Not saved: {problem}{more}</source>
        <translation>Nicht gespeichert: {problem}{more}</translation>
    </message>
</context>
<context>
    <name>RecordPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected {noun} (or double-click it)</source>
        <translation>{noun} in der ausgewählten Zeile bearbeiten (oder doppelklicken)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected {noun} (you can undo it)</source>
        <translation>{noun} in der ausgewählten Zeile löschen (lässt sich rückgängig machen)</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <source>not recorded</source>
        <translation>nicht eingetragen</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>The medicine's name</source>
        <translation>Der Name des Medikaments</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>The kind of medicine</source>
        <translation>Die Wirkstoffgruppe des Medikaments</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>The dose of this course</source>
        <translation>Die Dosis dieser Einnahme</translation>
    </message>
    <message>
        <source>Usual
time</source>
        <translation>Übliche
Uhrzeit</translation>
    </message>
    <message>
        <source>When you usually take it</source>
        <translation>Wann Sie es üblicherweise einnehmen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>The first day of this course</source>
        <translation>Der erste Tag dieser Einnahme</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>The last day of this course (ongoing: still taking it)</source>
        <translation>Der letzte Tag dieser Einnahme (laufend: wird noch eingenommen)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>The day of the blood test</source>
        <translation>Der Tag der Blutabnahme</translation>
    </message>
    <message>
        <source>Ferritin
ng/mL</source>
        <translation>Ferritin
ng/ml</translation>
    </message>
    <message>
        <source>Ferritin in ng/mL (the same as µg/L); ≤ 75 is marked low</source>
        <translation>Ferritin in ng/ml (gleich µg/l); ≤ 75 wird als niedrig markiert</translation>
    </message>
    <message>
        <source>TSAT
%</source>
        <translation>TSAT
%</translation>
    </message>
    <message>
        <source>Transferrin saturation in %; below 20 is marked low</source>
        <translation>Transferrinsättigung in %; unter 20 wird als niedrig markiert</translation>
    </message>
    <message>
        <source>Haemoglobin
g/dL</source>
        <translation>Hämoglobin
g/dl</translation>
    </message>
    <message>
        <source>Haemoglobin in g/dL</source>
        <translation>Hämoglobin in g/dl</translation>
    </message>
    <message>
        <source>Weight
kg</source>
        <translation>Gewicht
kg</translation>
    </message>
    <message>
        <source>Body weight in kg</source>
        <translation>Körpergewicht in kg</translation>
    </message>
    <message>
        <source>Fasting
morning</source>
        <translation>Morgens
nüchtern</translation>
    </message>
    <message>
        <source>Whether the blood was taken in the morning before eating</source>
        <translation>Ob das Blut morgens vor dem Essen abgenommen wurde</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Ihre Notiz</translation>
    </message>
    <message>
        <source>The day you filled in the IRLS</source>
        <translation>Der Tag, an dem Sie den IRLS ausgefüllt haben</translation>
    </message>
    <message>
        <source>IRLS total</source>
        <translation>IRLS gesamt</translation>
    </message>
    <message>
        <source>The IRLS total score, 0–40</source>
        <translation>Die IRLS-Gesamtpunktzahl, 0–40</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>0 none · 1–10 mild · 11–20 moderate · 21–30 severe · 31–40 very severe</source>
        <translation>0 keine · 1–10 leicht · 11–20 mittel · 21–30 schwer · 31–40 sehr schwer</translation>
    </message>
    <message>
        <source>Items 1–10</source>
        <translation>Fragen 1–10</translation>
    </message>
    <message>
        <source>The ten item scores (0–4 each), when you recorded them</source>
        <translation>Die Punkte der zehn Fragen (je 0–4), wenn Sie sie eingetragen haben</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Umstand</translation>
    </message>
    <message>
        <source>What kind of period</source>
        <translation>Welche Art von Zeitraum</translation>
    </message>
    <message>
        <source>The first day of the period</source>
        <translation>Der erste Tag des Zeitraums</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>The last day of the period (ongoing: not over yet)</source>
        <translation>Der letzte Tag des Zeitraums (laufend: noch nicht vorbei)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Tick a question once you have asked it</source>
        <translation>Haken Sie eine Frage ab, sobald Sie sie gestellt haben</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Your question for the doctor</source>
        <translation>Ihre Frage an die Ärztin oder den Arzt</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Notiert</translation>
    </message>
    <message>
        <source>The day you wrote the question down</source>
        <translation>Der Tag, an dem Sie die Frage notiert haben</translation>
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
    <name>ReportDialog</name>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Save the PDF summary</source>
        <translation>Die PDF-Zusammenfassung speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>PDF summary for your doctor</source>
        <translation>PDF-Zusammenfassung für Ihren Arzt oder Ihre Ärztin</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>First night</source>
        <translation>Erste Nacht</translation>
    </message>
    <message>
        <source>Last night</source>
        <translation>Letzte Nacht</translation>
    </message>
    <message>
        <source>optional: printed on the pages, never stored</source>
        <translation>freiwillig: wird auf die Seiten gedruckt, nie gespeichert</translation>
    </message>
    <message>
        <source>Patient name</source>
        <translation>Name des Patienten</translation>
    </message>
    <message>
        <source>Include my notes (they are private; off by default)</source>
        <translation>Meine Notizen aufnehmen (sie sind privat; standardmäßig aus)</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Nights:</source>
        <translation>Nächte:</translation>
    </message>
    <message>
        <source>Patient name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>Preparing the pages</source>
        <translation>Die Seiten werden vorbereitet</translation>
    </message>
    <message>
        <source>Preview of the pages</source>
        <translation>Vorschau der Seiten</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <source>The first night is after the last night.</source>
        <translation>Die erste Nacht liegt nach der letzten Nacht.</translation>
    </message>
    <message>
        <source>Preparing the pages…</source>
        <translation>Die Seiten werden vorbereitet …</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>1 page: {period}, {recorded} of {nights} nights recorded.</source>
        <translation>1 Seite: {period}, {recorded} von {nights} Nächten eingetragen.</translation>
    </message>
    <message>
        <source>{pages} pages: {period}, {recorded} of {nights} nights recorded.</source>
        <translation>{pages} Seiten: {period}, {recorded} von {nights} Nächten eingetragen.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
    </message>
    <message>
        <source> Your notes are included.</source>
        <translation> Ihre Notizen sind enthalten.</translation>
    </message>
    <message>
        <source>The summary could not be prepared: {message}</source>
        <translation>Die Zusammenfassung konnte nicht erstellt werden: {message}</translation>
    </message>
    <message>
        <source>Not saved: the folder {folder} does not exist.</source>
        <translation>Nicht gespeichert: Den Ordner {folder} gibt es nicht.</translation>
    </message>
    <message>
        <source>Saving {name}…</source>
        <translation>{name} wird gespeichert …</translation>
    </message>
    <message>
        <source>Saved to {path}.</source>
        <translation>Gespeichert unter {path}.</translation>
    </message>
    <message>
        <source>Not saved: {message}</source>
        <translation>Nicht gespeichert: {message}</translation>
    </message>
</context>
<context>
    <name>ResultPanel</name>
    <message>
        <source>Pair</source>
        <translation>Paar</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Reihenfolge</translation>
    </message>
    <message>
        <source>A nights</source>
        <translation>A-Nächte</translation>
    </message>
    <message>
        <source>A mean</source>
        <translation>A-Mittel</translation>
    </message>
    <message>
        <source>B nights</source>
        <translation>B-Nächte</translation>
    </message>
    <message>
        <source>B mean</source>
        <translation>B-Mittel</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Zielgröße:</translation>
    </message>
    <message>
        <source>Complete pairs:</source>
        <translation>Vollständige Paare:</translation>
    </message>
    <message>
        <source>Counted nights:</source>
        <translation>Gezählte Nächte:</translation>
    </message>
    <message>
        <source>Mean difference A − B:</source>
        <translation>Mittlerer Unterschied A − B:</translation>
    </message>
    <message>
        <source>95 % interval (t):</source>
        <translation>95-%-Intervall (t):</translation>
    </message>
    <message>
        <source>Randomisation p (exact):</source>
        <translation>Randomisierungs-p (exakt):</translation>
    </message>
    <message>
        <source>Smallest p possible:</source>
        <translation>Kleinstmögliches p:</translation>
    </message>
    <message>
        <source>● each complete pair's difference A − B   ■ their mean, with the 95 % interval</source>
        <translation>● Unterschied A − B jedes vollständigen Paars   ■ ihr Mittelwert, mit dem 95-%-Intervall</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Paare</translation>
    </message>
    <message>
        <source>No experiment yet. Once an experiment has nights recorded, its result appears here: how the outcome differed between A and B nights, and how likely a difference that large would be by chance.</source>
        <translation>Noch kein Experiment. Sobald für ein Experiment Nächte eingetragen sind, erscheint hier sein Ergebnis: wie sich die Zielgröße zwischen A- und B-Nächten unterschied und wie wahrscheinlich ein so großer Unterschied durch Zufall wäre.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Results&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ergebnisse&lt;/b&gt;</translation>
    </message>
    <message>
        <source>{id}: {factor} — from {date} (stopped)</source>
        <translation>{id}: {factor} – ab {date} (vorzeitig beendet)</translation>
    </message>
    <message>
        <source>{id}: {factor} — from {date}</source>
        <translation>{id}: {factor} – ab {date}</translation>
    </message>
    <message>
        <source>Computing the result…</source>
        <translation>Das Ergebnis wird berechnet…</translation>
    </message>
    <message>
        <source>The result could not be computed: {message}</source>
        <translation>Das Ergebnis konnte nicht berechnet werden: {message}</translation>
    </message>
    <message>
        <source>{outcome}, in {unit}</source>
        <translation>{outcome}, in {unit}</translation>
    </message>
    <message>
        <source>{complete} of {pairs}</source>
        <translation>{complete} von {pairs}</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} bis {high}</translation>
    </message>
    <message>
        <source>Incomplete: a block without counted nights; not used</source>
        <translation>Unvollständig: ein Block ohne gezählte Nächte; nicht verwendet</translation>
    </message>
</context>
<context>
    <name>RunningPanel</name>
    <message>
        <source>&amp;Yes, followed</source>
        <translation>&amp;Ja, eingehalten</translation>
    </message>
    <message>
        <source>&amp;No, not followed</source>
        <translation>&amp;Nein, nicht eingehalten</translation>
    </message>
    <message>
        <source>Not &amp;answered</source>
        <translation>&amp;Keine Antwort</translation>
    </message>
    <message>
        <source>Experiment “{factor}” starts on the night to {date}.</source>
        <translation>Das Experiment „{factor}“ beginnt in der Nacht zum {date}.</translation>
    </message>
    <message>
        <source>pair {pair} of {pairs}, night {night} of {nights} in this block</source>
        <translation>Paar {pair} von {pairs}, Nacht {night} von {nights} in diesem Block</translation>
    </message>
    <message>
        <source>; a washout night, followed but not counted</source>
        <translation>; eine Auswaschnacht: wird eingehalten, zählt aber nicht</translation>
    </message>
    <message>
        <source>Tonight: {factor} (A) — {where}.</source>
        <translation>Heute Nacht: {factor} (A) – {where}.</translation>
    </message>
    <message>
        <source>Tonight: as usual (B), without “{factor}” — {where}.</source>
        <translation>Heute Nacht: wie gewohnt (B), ohne „{factor}“ – {where}.</translation>
    </message>
    <message>
        <source>A = with the change; B = as usual; ✓ followed; ✗ not followed (left out); ○ recorded, not answered. Click a past night to answer for it.</source>
        <translation>A = mit der Änderung; B = wie gewohnt; ✓ eingehalten; ✗ nicht eingehalten (weggelassen); ○ eingetragen, nicht beantwortet. Klicken Sie auf eine vergangene Nacht, um für sie zu antworten.</translation>
    </message>
    <message>
        <source>S&amp;top experiment early…</source>
        <translation>Experiment &amp;vorzeitig beenden…</translation>
    </message>
    <message>
        <source>End it today; the nights recorded so far are kept</source>
        <translation>Heute beenden; die bisher eingetragenen Nächte bleiben erhalten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Experiment {id}: {factor}&lt;/b&gt; — outcome: {outcome}; {pairs} pairs of {nights}-night blocks, {start} to {end}</source>
        <translation>&lt;b&gt;Experiment {id}: {factor}&lt;/b&gt; – Zielgröße: {outcome}; {pairs} Paare von Blöcken mit je {nights} Nächten, {start} bis {end}</translation>
    </message>
    <message>
        <source>{count} counted</source>
        <translation>{count} gezählt</translation>
    </message>
    <message>
        <source>{count} washout</source>
        <translation>{count} in der Auswaschphase</translation>
    </message>
    <message>
        <source>{count} not followed</source>
        <translation>{count} nicht eingehalten</translation>
    </message>
    <message>
        <source>{count} without an entry</source>
        <translation>{count} ohne Eintrag</translation>
    </message>
    <message>
        <source>{count} without {outcome}</source>
        <translation>{count} ohne {outcome}</translation>
    </message>
    <message>
        <source>Nights so far: {nights} of {planned} ({parts}). Complete pairs: {complete} of {pairs}.</source>
        <translation>Bisherige Nächte: {nights} von {planned} ({parts}). Vollständige Paare: {complete} von {pairs}.</translation>
    </message>
    <message>
        <source>as usual (without “{factor}”)</source>
        <translation>wie gewohnt (ohne „{factor}“)</translation>
    </message>
    <message>
        <source>The night to {date} was an {condition} night — {what}. Did you follow it?</source>
        <translation>Die Nacht zum {date} war eine {condition}-Nacht – {what}. Haben Sie sich daran gehalten?</translation>
    </message>
    <message>
        <source>Answer not saved</source>
        <translation>Antwort nicht gespeichert</translation>
    </message>
    <message>
        <source>Stop the experiment?</source>
        <translation>Experiment beenden?</translation>
    </message>
    <message>
        <source>Stop “{factor}” today? The nights recorded so far are kept and the result uses the complete pairs. A stopped experiment cannot be resumed.</source>
        <translation>„{factor}“ heute beenden? Die bisher eingetragenen Nächte bleiben erhalten, und das Ergebnis verwendet die vollständigen Paare. Ein beendetes Experiment kann nicht fortgesetzt werden.</translation>
    </message>
    <message>
        <source>Experiment not stopped</source>
        <translation>Experiment nicht beendet</translation>
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
    <name>ScheduleCalendar</name>
    <message>
        <source>Experiment calendar</source>
        <translation>Experimentkalender</translation>
    </message>
    <message>
        <source>Night to {date}: after the stop</source>
        <translation>Nacht zum {date}: nach dem vorzeitigen Ende</translation>
    </message>
    <message>
        <source>Night to {date}: not in the experiment</source>
        <translation>Nacht zum {date}: nicht im Experiment</translation>
    </message>
    <message>
        <source> · pair {pair}</source>
        <translation> · Paar {pair}</translation>
    </message>
    <message>
        <source> washout</source>
        <translation> Auswaschen</translation>
    </message>
    <message>
        <source> · tonight</source>
        <translation> · heute Nacht</translation>
    </message>
    <message>
        <source>B: as usual (without “{factor}”)</source>
        <translation>B: wie gewohnt (ohne „{factor}“)</translation>
    </message>
    <message>
        <source>pair {pair} of {pairs}, night {night} of {nights}</source>
        <translation>Paar {pair} von {pairs}, Nacht {night} von {nights}</translation>
    </message>
    <message>
        <source>; washout night, not counted</source>
        <translation>; Auswaschnacht, zählt nicht</translation>
    </message>
    <message>
        <source>; marked as not followed, not counted</source>
        <translation>; als nicht eingehalten markiert, zählt nicht</translation>
    </message>
    <message>
        <source>; followed</source>
        <translation>; eingehalten</translation>
    </message>
    <message>
        <source>Night to {date} (tonight) — {meaning}; {details}</source>
        <translation>Nacht zum {date} (heute Nacht) – {meaning}; {details}</translation>
    </message>
    <message>
        <source>Night to {date} — {meaning}; {details}</source>
        <translation>Nacht zum {date} – {meaning}; {details}</translation>
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
        <source>This desktop has no system tray: the reminder shows in the window's status bar.</source>
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
    <name>SetupPanel</name>
    <message>
        <source>Describe the change to test (or choose a suggestion) to start.</source>
        <translation>Beschreiben Sie die zu testende Änderung (oder wählen Sie einen Vorschlag), um zu beginnen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;New experiment&lt;/b&gt;</source>
        <translation>&lt;b&gt;Neues Experiment&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Test one change at a time. The nights are split into pairs of blocks: in one block of each pair you make the change (A), in the other you live as usual (B). Which comes first is drawn at random, so the comparison is fair.</source>
        <translation>Testen Sie immer nur eine Änderung. Die Nächte werden in Paare von Blöcken aufgeteilt: In einem Block jedes Paars nehmen Sie die Änderung vor (A), im anderen leben Sie wie gewohnt (B). Welcher Block zuerst kommt, wird zufällig gezogen, damit der Vergleich fair ist.</translation>
    </message>
    <message>
        <source>Type or choose the change, e.g. no caffeine after 12:00</source>
        <translation>Änderung eingeben oder wählen, z. B. kein Koffein nach 12:00 Uhr</translation>
    </message>
    <message>
        <source>The change to test</source>
        <translation>Die zu testende Änderung</translation>
    </message>
    <message>
        <source>Outcome to compare</source>
        <translation>Zu vergleichende Zielgröße</translation>
    </message>
    <message>
        <source> nights</source>
        <translation> Nächte</translation>
    </message>
    <message>
        <source>Nights per block</source>
        <translation>Nächte pro Block</translation>
    </message>
    <message>
        <source>Number of pairs</source>
        <translation>Anzahl der Paare</translation>
    </message>
    <message>
        <source>Washout nights at the start of each block</source>
        <translation>Auswaschnächte am Anfang jedes Blocks</translation>
    </message>
    <message>
        <source>The first nights of every block are left out of the result, in case the previous block still has an effect.</source>
        <translation>Die ersten Nächte jedes Blocks werden im Ergebnis weggelassen, falls der vorherige Block noch nachwirkt.</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd d. MMM yyyy</translation>
    </message>
    <message>
        <source>Morning date of the first night</source>
        <translation>Morgendatum der ersten Nacht</translation>
    </message>
    <message>
        <source>The morning date of the experiment's first night</source>
        <translation>Das Morgendatum der ersten Nacht des Experiments</translation>
    </message>
    <message>
        <source>&amp;Change to test:</source>
        <translation>Zu &amp;testende Änderung:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Zielgröße:</translation>
    </message>
    <message>
        <source>Nights per &amp;block:</source>
        <translation>Nächte pro B&amp;lock:</translation>
    </message>
    <message>
        <source>&amp;Pairs of blocks:</source>
        <translation>&amp;Paare von Blöcken:</translation>
    </message>
    <message>
        <source>&amp;Washout:</source>
        <translation>Aus&amp;waschphase:</translation>
    </message>
    <message>
        <source>&amp;First night (morning):</source>
        <translation>&amp;Erste Nacht (Morgendatum):</translation>
    </message>
    <message>
        <source>A = with the change; B = as usual; washout nights are not counted. The order was drawn at random (seed {seed}).</source>
        <translation>A = mit der Änderung; B = wie gewohnt; Auswaschnächte zählen nicht. Die Reihenfolge wurde zufällig gezogen (Startwert {seed}).</translation>
    </message>
    <message>
        <source>&amp;Start experiment</source>
        <translation>Experiment &amp;starten</translation>
    </message>
    <message>
        <source>the change</source>
        <translation>die Änderung</translation>
    </message>
    <message>
        <source>This diary is open read-only: experiments cannot start here.</source>
        <translation>Dieses Tagebuch ist nur zum Lesen geöffnet: Hier können keine Experimente beginnen.</translation>
    </message>
    <message>
        <source>{weeks} week</source>
        <translation>{weeks} Woche</translation>
    </message>
    <message>
        <source>{weeks} weeks</source>
        <translation>{weeks} Wochen</translation>
    </message>
    <message>
        <source>{days} day</source>
        <translation>{days} Tag</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} Tage</translation>
    </message>
    <message>
        <source>{nights} nights ({length}): from the night to {start} to the night to {end}. {counted} nights count towards the result.</source>
        <translation>{nights} Nächte ({length}): von der Nacht zum {start} bis zur Nacht zum {end}. {counted} Nächte zählen für das Ergebnis.</translation>
    </message>
    <message>
        <source>The smallest p this design can reach is {p}, and only if every pair is complete.</source>
        <translation>Der kleinste p-Wert, den dieser Aufbau erreichen kann, ist {p} – und das nur, wenn jedes Paar vollständig ist.</translation>
    </message>
    <message>
        <source> That is not below 0.05: with {pairs} pairs the experiment cannot tell a real effect from chance. Choose at least {needed} pairs for that.</source>
        <translation> Das liegt nicht unter 0,05: Mit {pairs} Paaren kann das Experiment eine echte Wirkung nicht vom Zufall unterscheiden. Wählen Sie dafür mindestens {needed} Paare.</translation>
    </message>
    <message>
        <source>Experiment not started</source>
        <translation>Experiment nicht gestartet</translation>
    </message>
    <message>
        <source>Start the experiment?</source>
        <translation>Experiment starten?</translation>
    </message>
    <message>
        <source>Start “{factor}”?

It runs {nights} nights, from the night to {start} to the night to {end}, in {pairs} pairs of blocks of {block} nights: in one block of each pair you make the change, in the other you carry on as usual, in the order the calendar shows. The Diary shows each night's condition and asks whether you followed it.

You can stop the experiment early at any time; the nights recorded until then are kept.</source>
        <translation>„{factor}“ starten?

Es läuft {nights} Nächte, von der Nacht zum {start} bis zur Nacht zum {end}, in {pairs} Paaren von Blöcken zu je {block} Nächten: In einem Block jedes Paars setzen Sie die Änderung um, im anderen machen Sie wie gewohnt weiter, in der Reihenfolge, die der Kalender zeigt. Das Tagebuch zeigt für jede Nacht die Bedingung und fragt, ob Sie sie eingehalten haben.

Sie können das Experiment jederzeit vorzeitig beenden; die bis dahin eingetragenen Nächte bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>StopDialog</name>
    <message>
        <source>Stop {name}</source>
        <translation>{name} absetzen</translation>
    </message>
    <message>
        <source>{course}. Enter the last day you took it. Stop or change a medicine only as agreed with your doctor.</source>
        <translation>{course}. Tragen Sie den letzten Tag der Einnahme ein. Setzen Sie ein Medikament nur nach Absprache mit Ihrer Ärztin oder Ihrem Arzt ab oder ändern Sie es nur dann.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Absetzen</translation>
    </message>
    <message>
        <source>Last day taken</source>
        <translation>Zuletzt eingenommen am</translation>
    </message>
    <message>
        <source>&amp;Last day taken</source>
        <translation>&amp;Zuletzt eingenommen am</translation>
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
    <message>
        <source>HH:MM, e.g. 21:00</source>
        <translation>HH:MM, z. B. 21:00</translation>
    </message>
</context>
<context>
    <name>TipCard</name>
    <message>
        <source>Source: {source}</source>
        <translation>Quelle: {source}</translation>
    </message>
    <message>
        <source>Your diary: {topics}</source>
        <translation>Ihr Tagebuch: {topics}</translation>
    </message>
    <message>
        <source>Not enough data yet: {topics}</source>
        <translation>Noch zu wenige Daten: {topics}</translation>
    </message>
</context>
<context>
    <name>TipsTab</name>
    <message>
        <source>Tips from RLS guidelines and studies</source>
        <translation>Tipps aus RLS-Leitlinien und Studien</translation>
    </message>
    <message>
        <source>Tips that touch what your diary shows come first. Each names its source and how strong the evidence is.</source>
        <translation>Tipps zu dem, was Ihr Tagebuch zeigt, stehen oben. Jeder Tipp nennt seine Quelle und wie gut er belegt ist.</translation>
    </message>
    <message>
        <source>Search the tips (for example: iron, coffee, pregnancy)</source>
        <translation>Tipps durchsuchen (zum Beispiel: Eisen, Kaffee, Schwangerschaft)</translation>
    </message>
    <message>
        <source>Search the tips</source>
        <translation>Tipps durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>Please note</source>
        <translation>Bitte beachten Sie</translation>
    </message>
    <message>
        <source>{count} tips</source>
        <translation>{count} Tipps</translation>
    </message>
    <message>
        <source>{shown} of {count} tips match</source>
        <translation>{shown} von {count} Tipps passen</translation>
    </message>
    <message>
        <source>No tip mentions “{words}”.</source>
        <translation>Kein Tipp erwähnt „{words}“.</translation>
    </message>
</context>
<context>
    <name>TreatmentTab</name>
    <message>
        <source>An iron infusion is a one-day course: add another infusion as a new course</source>
        <translation>Eine Eiseninfusion ist eine eintägige Einnahme: fügen Sie eine weitere Infusion als neue Einnahme hinzu</translation>
    </message>
    <message>
        <source>Nothing was changed; what you typed is still here.</source>
        <translation>Es wurde nichts geändert; Ihre Eingaben sind noch da.</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>Blood tests</source>
        <translation>Blutwerte</translation>
    </message>
    <message>
        <source>IRLS scores</source>
        <translation>IRLS-Werte</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Besondere Umstände</translation>
    </message>
    <message>
        <source>Questions for my doctor</source>
        <translation>Fragen für den Arztbesuch</translation>
    </message>
    <message>
        <source>Augmentation baseline</source>
        <translation>Ausgangswert für Augmentation</translation>
    </message>
    <message>
        <source>My experiments</source>
        <translation>Meine Experimente</translation>
    </message>
    <message>
        <source>course</source>
        <translation>Einnahme</translation>
    </message>
    <message>
        <source>blood test</source>
        <translation>Blutwert</translation>
    </message>
    <message>
        <source>IRLS score</source>
        <translation>IRLS-Wert</translation>
    </message>
    <message>
        <source>condition period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>blood test of {0}</source>
        <translation>Blutwerte vom {0}</translation>
    </message>
    <message>
        <source>IRLS score of {0}</source>
        <translation>IRLS-Wert vom {0}</translation>
    </message>
    <message>
        <source>{kind} from {date}</source>
        <translation>{kind} ab {date}</translation>
    </message>
    <message>
        <source>question “{0}”</source>
        <translation>Frage „{0}“</translation>
    </message>
    <message>
        <source>record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Each row is one course: one medicine at one dose. A dose change ends a course and starts the next; the time line shows the courses of one medicine as one bar, with a tick at each dose change and a dot for an iron infusion.</source>
        <translation>Jede Zeile ist eine Einnahme: ein Medikament in einer Dosis. Eine Dosisänderung beendet eine Einnahme und beginnt die nächste; die Zeitleiste zeigt die Einnahmen eines Medikaments als einen Balken, mit einem Strich bei jeder Dosisänderung und einem Punkt für eine Eiseninfusion.</translation>
    </message>
    <message>
        <source>&amp;Add medicine…</source>
        <translation>Medikament &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>No medicines yet.</source>
        <translation>Noch keine Medikamente.</translation>
    </message>
    <message>
        <source>Medicine time line</source>
        <translation>Zeitleiste der Medikamente</translation>
    </message>
    <message>
        <source>Change &amp;dose…</source>
        <translation>&amp;Dosis ändern…</translation>
    </message>
    <message>
        <source>End the selected course the day before and start the next one at a new dose</source>
        <translation>Die ausgewählte Einnahme am Vortag beenden und die nächste mit einer neuen Dosis beginnen</translation>
    </message>
    <message>
        <source>&amp;Stop…</source>
        <translation>&amp;Absetzen…</translation>
    </message>
    <message>
        <source>Set the last day of the selected course</source>
        <translation>Den letzten Tag der ausgewählten Einnahme festlegen</translation>
    </message>
    <message>
        <source>Ferritin and transferrin saturation (TSAT) matter for RLS: results at which RLS guidelines suggest discussing iron treatment (ferritin ≤ 75 ng/mL, TSAT &lt; 20 %) are marked “⚠ low”.</source>
        <translation>Ferritin und Transferrinsättigung (TSAT) sind bei RLS wichtig: Werte, bei denen RLS-Leitlinien empfehlen, eine Eisenbehandlung zu besprechen (Ferritin ≤ 75 ng/ml, TSAT &lt; 20 %), sind mit „⚠ niedrig“ markiert.</translation>
    </message>
    <message>
        <source>&amp;Add blood test…</source>
        <translation>Blutwerte &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>No blood tests yet.</source>
        <translation>Noch keine Blutwerte.</translation>
    </message>
    <message>
        <source>The International RLS Rating Scale total, 0–40: 0 none, 1–10 mild, 11–20 moderate, 21–30 severe, 31–40 very severe. Item scores are optional.</source>
        <translation>Die Gesamtpunktzahl der International RLS Rating Scale, 0–40: 0 keine, 1–10 leicht, 11–20 mittel, 21–30 schwer, 31–40 sehr schwer. Die Einzelwerte sind freiwillig.</translation>
    </message>
    <message>
        <source>&amp;Add IRLS score…</source>
        <translation>IRLS-Wert &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>No IRLS scores yet.</source>
        <translation>Noch keine IRLS-Werte.</translation>
    </message>
    <message>
        <source>Periods that change what the diary means: a pregnancy, kidney disease (the iron thresholds are then not applied), iron deficiency, neuropathy, travel.</source>
        <translation>Zeiträume, die die Aussage des Tagebuchs verändern: eine Schwangerschaft, eine Nierenerkrankung (dann gelten die Eisen-Grenzwerte nicht), Eisenmangel, Neuropathie, Reisen.</translation>
    </message>
    <message>
        <source>&amp;Add condition…</source>
        <translation>Umstand &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>No condition periods.</source>
        <translation>Keine Zeiträume mit besonderen Umständen.</translation>
    </message>
    <message>
        <source>Write questions down when they come up and take the list to your next appointment. Tick a question once it is answered.</source>
        <translation>Notieren Sie Fragen, sobald sie aufkommen, und nehmen Sie die Liste zum nächsten Termin mit. Haken Sie eine Frage ab, sobald sie beantwortet ist.</translation>
    </message>
    <message>
        <source>&amp;Add question…</source>
        <translation>Frage &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>No questions yet.</source>
        <translation>Noch keine Fragen.</translation>
    </message>
    <message>
        <source>Treatment sections</source>
        <translation>Bereiche der Behandlung</translation>
    </message>
    <message>
        <source>Could not read the treatment records</source>
        <translation>Die Behandlungsdaten konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>{0} — scroll with the arrow keys</source>
        <translation>{0} – mit den Pfeiltasten blättern</translation>
    </message>
    <message>
        <source>Add {0}</source>
        <translation>{0} hinzufügen</translation>
    </message>
    <message>
        <source>Edit {0}</source>
        <translation>{0} bearbeiten</translation>
    </message>
    <message>
        <source>Delete {0}</source>
        <translation>{0} löschen</translation>
    </message>
    <message>
        <source>Could not delete the {0}</source>
        <translation>{0} konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Deleted the {0} — Undo (Ctrl+Z) brings it back</source>
        <translation>Gelöscht: {0} – Rückgängig (Strg+Z) holt es zurück</translation>
    </message>
    <message>
        <source>Change the dose of {name} to {dose}</source>
        <translation>Dosis von {name} auf {dose} ändern</translation>
    </message>
    <message>
        <source>Stop {0}</source>
        <translation>{0} absetzen</translation>
    </message>
    <message>
        <source>Mark the {0} as done</source>
        <translation>{0} als erledigt markieren</translation>
    </message>
    <message>
        <source>Marked the {0} as done</source>
        <translation>{0} als erledigt markiert</translation>
    </message>
    <message>
        <source>Mark the {0} as open</source>
        <translation>{0} als offen markieren</translation>
    </message>
    <message>
        <source>Marked the {0} as open</source>
        <translation>{0} als offen markiert</translation>
    </message>
    <message>
        <source>Could not change the question</source>
        <translation>Die Frage konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>The augmentation baseline is unchanged</source>
        <translation>Der Ausgangswert für Augmentation ist unverändert</translation>
    </message>
    <message>
        <source>Use the automatic augmentation baseline</source>
        <translation>Automatischen Ausgangswert für Augmentation verwenden</translation>
    </message>
    <message>
        <source>Set the augmentation baseline to {0}</source>
        <translation>Ausgangswert für Augmentation auf {0} setzen</translation>
    </message>
    <message>
        <source>Could not save the baseline period</source>
        <translation>Der Zeitraum des Ausgangswerts konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>{0} — the insights are being recalculated</source>
        <translation>{0} – die Hinweise werden neu berechnet</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Nicht gespeichert: {0}</translation>
    </message>
    <message>
        <source>Could not save: {0}</source>
        <translation>Konnte nicht gespeichert werden: {0}</translation>
    </message>
    <message>
        <source>{0} — saved</source>
        <translation>{0} – gespeichert</translation>
    </message>
    <message>
        <source>Redone: {0}</source>
        <translation>Wiederholt: {0}</translation>
    </message>
    <message>
        <source>Undone: {0}</source>
        <translation>Rückgängig gemacht: {0}</translation>
    </message>
    <message>
        <source>{0}.

{1}

Nothing was changed.</source>
        <translation>{0}.

{1}

Es wurde nichts geändert.</translation>
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
    <name>YesNoInput</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>– (not recorded)</source>
        <translation>– (nicht eingetragen)</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Restore your diary from a backup?</source>
        <translation>Ihr Tagebuch aus einer Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>The newest good backup is from {when} and holds {count} nights. Restore it now? (The damaged file stays in quarantine/.)</source>
        <translation>Die neueste intakte Sicherung ist vom {when} und enthält {count} Nächte. Jetzt wiederherstellen? (Die beschädigte Datei bleibt in quarantine/.)</translation>
    </message>
    <message>
        <source>The restore did not work</source>
        <translation>Die Wiederherstellung hat nicht funktioniert</translation>
    </message>
    <message>
        <source>Your diary is already open</source>
        <translation>Ihr Tagebuch ist bereits geöffnet</translation>
    </message>
    <message>
        <source>Only one window or command can change the diary at a time.</source>
        <translation>Es kann immer nur ein Fenster oder Befehl das Tagebuch ändern.</translation>
    </message>
    <message>
        <source>RLS Diary cannot open your diary</source>
        <translation>RLS Diary kann Ihr Tagebuch nicht öffnen</translation>
    </message>
</context>
<context>
    <name>backup</name>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>Backed up to {name} (in {folder})</source>
        <translation>Gesichert als {name} (in {folder})</translation>
    </message>
    <message>
        <source>Encrypt the backup?</source>
        <translation>Die Sicherung verschlüsseln?</translation>
    </message>
    <message>
        <source>Passphrase to encrypt this copy (leave empty for an unencrypted copy).
Without the passphrase the copy cannot be opened — keep it safe.</source>
        <translation>Passwort zum Verschlüsseln dieser Kopie (leer lassen für eine unverschlüsselte Kopie).
Ohne das Passwort lässt sich die Kopie nicht öffnen – bewahren Sie es sicher auf.</translation>
    </message>
    <message>
        <source>Encrypted backup written to {path}</source>
        <translation>Verschlüsselte Sicherung geschrieben: {path}</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Sicherung geschrieben: {path}</translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation>Verschlüsselte Sicherung</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Your diary will be replaced by the backup
{name}.

The diary as it is now is backed up first, so this can be undone by restoring that copy.</source>
        <translation>Ihr Tagebuch wird durch die Sicherung
{name} ersetzt.

Das Tagebuch im jetzigen Zustand wird vorher gesichert; Sie können dies also rückgängig machen, indem Sie diese Kopie wiederherstellen.</translation>
    </message>
    <message>
        <source>; the previous diary is in {name}</source>
        <translation>; das bisherige Tagebuch liegt in {name}</translation>
    </message>
    <message>
        <source>Restored {count} nights from {name}{kept}</source>
        <translation>{count} Nächte aus {name} wiederhergestellt{kept}</translation>
    </message>
    <message>
        <source>Remove a night from backups</source>
        <translation>Eine Nacht aus den Sicherungen entfernen</translation>
    </message>
    <message>
        <source>Delete the night in the diary first; then this removes it from the backups too.</source>
        <translation>Löschen Sie die Nacht zuerst im Tagebuch; dann entfernt dies sie auch aus den Sicherungen.</translation>
    </message>
    <message>
        <source>The night of {date} is still in your diary; delete it there first.</source>
        <translation>Die Nacht zum {date} steht noch in Ihrem Tagebuch; löschen Sie sie zuerst dort.</translation>
    </message>
    <message>
        <source>Remove from backups?</source>
        <translation>Aus den Sicherungen entfernen?</translation>
    </message>
    <message>
        <source>Remove the night of {date} from every backup in {folder}/?

This cannot be undone. Copies you exported or backed up elsewhere are not touched.</source>
        <translation>Die Nacht zum {date} aus jeder Sicherung in {folder}/ entfernen?

Das lässt sich nicht rückgängig machen. Kopien, die Sie exportiert oder anderswo gesichert haben, bleiben unberührt.</translation>
    </message>
    <message>
        <source>Some backups were not changed</source>
        <translation>Einige Sicherungen wurden nicht geändert</translation>
    </message>
    <message>
        <source>Removed the night of {date} from {count} backup(s)</source>
        <translation>Die Nacht zum {date} aus {count} Sicherung(en) entfernt</translation>
    </message>
</context>
<context>
    <name>charts</name>
    <message>
        <source>All iron tests in the diary (not limited to the chosen range). Guidelines suggest discussing iron treatment when ferritin is 75 ng/mL or lower or TSAT is below 20 %; IV iron is sometimes considered up to 100 ng/mL. Tests within 8 weeks after IV iron may be raised by the infusion; during kidney disease these adult levels do not apply. Discuss your results with your doctor.</source>
        <translation>Alle Eisenwerte im Tagebuch (nicht auf den gewählten Zeitraum beschränkt). Leitlinien empfehlen, eine Eisenbehandlung zu besprechen, wenn Ferritin bei 75 ng/ml oder darunter oder TSAT unter 20 % liegt; Eisen als Infusion wird manchmal bis 100 ng/ml erwogen. Werte innerhalb von 8 Wochen nach einer Eiseninfusion können durch die Infusion erhöht sein; bei einer Nierenerkrankung gelten diese Werte für Erwachsene nicht. Besprechen Sie Ihre Ergebnisse mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <source>test result</source>
        <translation>Messwert</translation>
    </message>
    <message>
        <source>within 8 weeks after IV iron (may be raised)</source>
        <translation>innerhalb von 8 Wochen nach Eiseninfusion (kann erhöht sein)</translation>
    </message>
    <message>
        <source>during kidney disease</source>
        <translation>während einer Nierenerkrankung</translation>
    </message>
    <message>
        <source>No iron tests in the diary yet. Add them in the Treatment tab.</source>
        <translation>Noch keine Eisenwerte im Tagebuch. Tragen Sie sie im Reiter Behandlung ein.</translation>
    </message>
    <message>
        <source>Iron tests</source>
        <translation>Eisenwerte</translation>
    </message>
    <message>
        <source>Ferritin (ng/mL)</source>
        <translation>Ferritin (ng/ml)</translation>
    </message>
    <message>
        <source>TSAT (%)</source>
        <translation>TSAT (%)</translation>
    </message>
    <message>
        <source>Date of the test</source>
        <translation>Datum der Blutabnahme</translation>
    </message>
    <message>
        <source>{period}: adult levels do not apply</source>
        <translation>{period}: Werte für Erwachsene gelten nicht</translation>
    </message>
    <message>
        <source>Ranked by how far the 95 % interval sits from 0: a large ρ from few nights has a wide interval and ranks low. ρ near +1: both higher together; near −1: one higher, the other lower. An association is not proof of cause. The Lifestyle tips tab compares typical nights with and without a habit (a different question).</source>
        <translation>Geordnet danach, wie weit das 95-%-Intervall von 0 entfernt liegt: Ein großes ρ aus wenigen Nächten hat ein breites Intervall und steht weiter unten. ρ nahe +1: beide gemeinsam höher; nahe −1: das eine höher, das andere niedriger. Ein Zusammenhang beweist keine Ursache. Der Reiter Alltagstipps vergleicht typische Nächte mit und ohne eine Gewohnheit (eine andere Frage).</translation>
    </message>
    <message>
        <source>Boxes: the middle half of the nights, with the line at the middle value (median); whiskers reach the most extreme nights within 1.5 box lengths. Each dot is one night (at most {dots} per group are drawn, chosen at random). Click a dot to open the night it shows.</source>
        <translation>Kästen: die mittlere Hälfte der Nächte, mit der Linie beim mittleren Wert (Median); die Antennen reichen bis zu den äußersten Nächten innerhalb von 1,5 Kastenlängen. Jeder Punkt ist eine Nacht (höchstens {dots} je Gruppe werden gezeichnet, zufällig ausgewählt). Klicken Sie auf einen Punkt, um die Nacht zu öffnen.</translation>
    </message>
    <message>
        <source>{name} that night</source>
        <translation>{name} in derselben Nacht</translation>
    </message>
    <message>
        <source>{name} the next night</source>
        <translation>{name} in der nächsten Nacht</translation>
    </message>
    <message>
        <source>{name} the next day</source>
        <translation>{name} am nächsten Tag</translation>
    </message>
    <message>
        <source>Lifestyle</source>
        <translation>Lebensweise</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>statistics are being computed…</source>
        <translation>die Statistik wird berechnet…</translation>
    </message>
    <message>
        <source>RLS severity and sleep quality, same night</source>
        <translation>RLS-Stärke und Schlafqualität, dieselbe Nacht</translation>
    </message>
    <message>
        <source>RLS severity and total sleep, same night</source>
        <translation>RLS-Stärke und Schlafdauer, dieselbe Nacht</translation>
    </message>
    <message>
        <source>Sleep quality (1–5)</source>
        <translation>Schlafqualität (1–5)</translation>
    </message>
    <message>
        <source>Total sleep (h)</source>
        <translation>Schlafdauer (h)</translation>
    </message>
    <message>
        <source>Each point is one night. Equal values are spread slightly so that they do not hide each other. Click a point to open that night.</source>
        <translation>Jeder Punkt ist eine Nacht. Gleiche Werte sind leicht gestreut, damit sie sich nicht verdecken. Klicken Sie auf einen Punkt, um die Nacht zu öffnen.</translation>
    </message>
    <message>
        <source>{help} With {count} nights in the range, {drawn} chosen at random are drawn; the statistics and the middle values use every night.</source>
        <translation>{help} Bei {count} Nächten im Zeitraum werden {drawn} zufällig ausgewählte gezeichnet; Statistik und mittlere Werte verwenden alle Nächte.</translation>
    </message>
    <message>
        <source>Severity and sleep</source>
        <translation>Beschwerden und Schlaf</translation>
    </message>
    <message>
        <source>RLS severity that night (0–10)</source>
        <translation>RLS-Stärke in dieser Nacht (0–10)</translation>
    </message>
    <message>
        <source>one night (spread slightly)</source>
        <translation>eine Nacht (leicht gestreut)</translation>
    </message>
    <message>
        <source>middle value at each severity</source>
        <translation>mittlerer Wert je Stärke</translation>
    </message>
    <message>
        <source>another app or device</source>
        <translation>einer anderen App oder einem Gerät</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>All nights</source>
        <translation>Alle Nächte</translation>
    </message>
    <message>
        <source>Caffeine</source>
        <translation>Koffein</translation>
    </message>
    <message>
        <source>caffeinated drinks during the day</source>
        <translation>koffeinhaltige Getränke am Tag</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alkohol</translation>
    </message>
    <message>
        <source>alcoholic drinks during the day</source>
        <translation>alkoholische Getränke am Tag</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Sport und Bewegung</translation>
    </message>
    <message>
        <source>exercise during the day (min)</source>
        <translation>Sport und Bewegung am Tag (min)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>RLS severity → next day</source>
        <translation>RLS-Stärke → nächster Tag</translation>
    </message>
    <message>
        <source>Total sleep → next day</source>
        <translation>Schlafdauer → nächster Tag</translation>
    </message>
    <message>
        <source>total sleep that night (h)</source>
        <translation>Schlafdauer in dieser Nacht (h)</translation>
    </message>
    <message>
        <source>possible augmentation</source>
        <translation>mögliche Augmentation</translation>
    </message>
    <message>
        <source>worse after a dose increase</source>
        <translation>schlechter nach einer Dosiserhöhung</translation>
    </message>
    <message>
        <source>kidney disease</source>
        <translation>Nierenerkrankung</translation>
    </message>
    <message>
        <source>RLS severity</source>
        <translation>RLS-Stärke</translation>
    </message>
    <message>
        <source>sleep quality</source>
        <translation>Schlafqualität</translation>
    </message>
    <message>
        <source>total sleep</source>
        <translation>Schlafdauer</translation>
    </message>
    <message>
        <source>sleep efficiency</source>
        <translation>Schlafeffizienz</translation>
    </message>
    <message>
        <source>symptoms began</source>
        <translation>Beginn der Beschwerden</translation>
    </message>
    <message>
        <source>sleep measured by a device or app</source>
        <translation>von einem Gerät oder einer App gemessener Schlaf</translation>
    </message>
    <message>
        <source>caffeinated drinks</source>
        <translation>koffeinhaltige Getränke</translation>
    </message>
    <message>
        <source>alcoholic drinks</source>
        <translation>alkoholische Getränke</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>Sport und Bewegung</translation>
    </message>
    <message>
        <source>daytime sleepiness</source>
        <translation>Tagesmüdigkeit</translation>
    </message>
    <message>
        <source>low mood</source>
        <translation>gedrückte Stimmung</translation>
    </message>
    <message>
        <source>anxiety</source>
        <translation>Ängstlichkeit</translation>
    </message>
    <message>
        <source>concentration problems</source>
        <translation>Konzentrationsprobleme</translation>
    </message>
    <message>
        <source>RLS severity (0–10)</source>
        <translation>RLS-Stärke (0–10)</translation>
    </message>
    <message>
        <source>Sleep efficiency (%)</source>
        <translation>Schlafeffizienz (%)</translation>
    </message>
    <message>
        <source>Symptoms began (clock)</source>
        <translation>Beginn der Beschwerden (Uhrzeit)</translation>
    </message>
    <message>
        <source>Sleepiness (0–4)</source>
        <translation>Müdigkeit (0–4)</translation>
    </message>
    <message>
        <source>Low mood (0–4)</source>
        <translation>Gedrückte Stimmung (0–4)</translation>
    </message>
    <message>
        <source>Anxiety (0–4)</source>
        <translation>Ängstlichkeit (0–4)</translation>
    </message>
    <message>
        <source>Concentration problems (0–4)</source>
        <translation>Konzentrationsprobleme (0–4)</translation>
    </message>
    <message>
        <source>not enough data yet (n = {n} of {needed} needed)</source>
        <translation>noch nicht genug Daten (n = {n} von {needed} nötigen)</translation>
    </message>
    <message>
        <source>no association computed: {reason} (n = {n})</source>
        <translation>kein Zusammenhang berechnet: {reason} (n = {n})</translation>
    </message>
    <message>
        <source>ρ = {rho}, 95 % interval {low} to {high}, n = {n}</source>
        <translation>ρ = {rho}, 95-%-Intervall {low} bis {high}, n = {n}</translation>
    </message>
    <message>
        <source>Spearman ρ = {rho} (95 % interval {low} to {high}), n = {n}</source>
        <translation>Spearman-ρ = {rho} (95-%-Intervall {low} bis {high}), n = {n}</translation>
    </message>
    <message>
        <source>{x} during the day → {y} that night</source>
        <translation>{x} am Tag → {y} in der Nacht darauf</translation>
    </message>
    <message>
        <source>{x} during the day → {y} the next night</source>
        <translation>{x} am Tag → {y} eine Nacht später</translation>
    </message>
    <message>
        <source>{x} at night → {y} the next day</source>
        <translation>{x} in der Nacht → {y} am nächsten Tag</translation>
    </message>
    <message>
        <source>{x} → {y}, the same night</source>
        <translation>{x} → {y}, dieselbe Nacht</translation>
    </message>
    <message>
        <source>{x} → {y}, {lag} nights later</source>
        <translation>{x} → {y}, {lag} Nächte später</translation>
    </message>
    <message>
        <source>tend to be higher together</source>
        <translation>sind meist gemeinsam höher</translation>
    </message>
    <message>
        <source>when one is higher, the other tends to be lower</source>
        <translation>ist das eine höher, ist das andere meist niedriger</translation>
    </message>
    <message>
        <source>no clear association (the interval includes 0)</source>
        <translation>kein klarer Zusammenhang (das Intervall enthält 0)</translation>
    </message>
    <message>
        <source>RLS</source>
        <translation>RLS</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Schlaf</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>Effizienz</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <source>no RLS severity recorded in this range</source>
        <translation>keine RLS-Stärke in diesem Zeitraum eingetragen</translation>
    </message>
    <message>
        <source>no sleep quality recorded in this range</source>
        <translation>keine Schlafqualität in diesem Zeitraum eingetragen</translation>
    </message>
    <message>
        <source>no total sleep recorded in this range</source>
        <translation>keine Schlafdauer in diesem Zeitraum eingetragen</translation>
    </message>
    <message>
        <source>no sleep efficiency recorded in this range</source>
        <translation>keine Schlafeffizienz in diesem Zeitraum eingetragen</translation>
    </message>
    <message>
        <source>no symptoms began recorded in this range</source>
        <translation>kein Beginn der Beschwerden in diesem Zeitraum eingetragen</translation>
    </message>
    <message>
        <source>each night</source>
        <translation>jede Nacht</translation>
    </message>
    <message>
        <source>7-night median (middle value of the last 7 nights)</source>
        <translation>Median über 7 Nächte (mittlerer Wert der letzten 7 Nächte)</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Im Verlauf</translation>
    </message>
    <message>
        <source>Morning date (the night before it)</source>
        <translation>Aufwachtag (die Nacht davor)</translation>
    </message>
    <message>
        <source>{first} – {last}: {entries} of {days} nights have an entry. Point at a night to see its values; click it to open it in the Diary.</source>
        <translation>{first} – {last}: {entries} von {days} Nächten eingetragen. Zeigen Sie auf eine Nacht für ihre Werte; ein Klick öffnet sie im Tagebuch.</translation>
    </message>
    <message>
        <source>iron tests</source>
        <translation>Eisenwerte</translation>
    </message>
    <message>
        <source>insights</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>sleep measured by {source}</source>
        <translation>Schlaf, gemessen von {source}</translation>
    </message>
</context>
<context>
    <name>experiments</name>
    <message>
        <source>RLS severity (0–10)</source>
        <translation>RLS-Stärke (0–10)</translation>
    </message>
    <message>
        <source>sleep quality (1–5)</source>
        <translation>Schlafqualität (1–5)</translation>
    </message>
    <message>
        <source>total sleep</source>
        <translation>Schlafdauer</translation>
    </message>
    <message>
        <source>sleep efficiency</source>
        <translation>Schlafeffizienz</translation>
    </message>
    <message>
        <source>time symptoms began</source>
        <translation>Beginn der Beschwerden</translation>
    </message>
    <message>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>point</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>percentage points</source>
        <translation>Prozentpunkte</translation>
    </message>
    <message>
        <source>percentage point</source>
        <translation>Prozentpunkt</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>niedriger</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>höher</translation>
    </message>
    <message>
        <source>shorter</source>
        <translation>kürzer</translation>
    </message>
    <message>
        <source>longer</source>
        <translation>länger</translation>
    </message>
    <message>
        <source>earlier</source>
        <translation>früher</translation>
    </message>
    <message>
        <source>later</source>
        <translation>später</translation>
    </message>
    <message>
        <source>about the same</source>
        <translation>etwa gleich</translation>
    </message>
    <message>
        <source>no caffeine after 12:00</source>
        <translation>kein Koffein nach 12:00 Uhr</translation>
    </message>
    <message>
        <source>no evening alcohol</source>
        <translation>kein Alkohol am Abend</translation>
    </message>
    <message>
        <source>30-minute evening walk</source>
        <translation>30 Minuten Abendspaziergang</translation>
    </message>
    <message>
        <source>compression stockings</source>
        <translation>Kompressionsstrümpfe</translation>
    </message>
    <message>
        <source>{amount} {unit} {direction}</source>
        <translation>{amount} {unit} {direction}</translation>
    </message>
    <message>
        <source>your RLS severity was</source>
        <translation>war Ihre RLS-Stärke</translation>
    </message>
    <message>
        <source>your sleep quality was</source>
        <translation>war Ihre Schlafqualität</translation>
    </message>
    <message>
        <source>your total sleep was</source>
        <translation>war Ihre Schlafdauer</translation>
    </message>
    <message>
        <source>your sleep efficiency was</source>
        <translation>war Ihre Schlafeffizienz</translation>
    </message>
    <message>
        <source>your symptoms began</source>
        <translation>begannen Ihre Beschwerden</translation>
    </message>
    <message>
        <source>your RLS severity</source>
        <translation>Ihre RLS-Stärke</translation>
    </message>
    <message>
        <source>your sleep quality</source>
        <translation>Ihre Schlafqualität</translation>
    </message>
    <message>
        <source>your total sleep</source>
        <translation>Ihre Schlafdauer</translation>
    </message>
    <message>
        <source>your sleep efficiency</source>
        <translation>Ihre Schlafeffizienz</translation>
    </message>
    <message>
        <source>when your symptoms begin</source>
        <translation>den Beginn Ihrer Beschwerden</translation>
    </message>
    <message>
        <source>In this experiment {subject} on average {change} on “{factor}” nights than on usual nights ({pairs} complete pairs; 95 % interval of the difference {low} to {high} {unit}).</source>
        <translation>In diesem Experiment {subject} in den Nächten „{factor}“ im Mittel {change} als in den üblichen Nächten ({pairs} vollständige Paare; 95-%-Intervall des Unterschieds: {low} bis {high} {unit}).</translation>
    </message>
    <message>
        <source>So far in this experiment {subject} on average {change} on “{factor}” nights than on usual nights ({pairs} complete pairs; 95 % interval of the difference {low} to {high} {unit}).</source>
        <translation>Bisher {subject} in diesem Experiment in den Nächten „{factor}“ im Mittel {change} als in den üblichen Nächten ({pairs} vollständige Paare; 95-%-Intervall des Unterschieds: {low} bis {high} {unit}).</translation>
    </message>
    <message>
        <source>In this experiment {subject} on average {change} on “{factor}” nights as on usual nights ({pairs} complete pairs; 95 % interval of the difference {low} to {high} {unit}).</source>
        <translation>In diesem Experiment {subject} in den Nächten „{factor}“ im Mittel {change} wie in den üblichen Nächten ({pairs} vollständige Paare; 95-%-Intervall des Unterschieds: {low} bis {high} {unit}).</translation>
    </message>
    <message>
        <source>So far in this experiment {subject} on average {change} on “{factor}” nights as on usual nights ({pairs} complete pairs; 95 % interval of the difference {low} to {high} {unit}).</source>
        <translation>Bisher {subject} in diesem Experiment in den Nächten „{factor}“ im Mittel {change} wie in den üblichen Nächten ({pairs} vollständige Paare; 95-%-Intervall des Unterschieds: {low} bis {high} {unit}).</translation>
    </message>
    <message>
        <source>With {pairs} complete pairs this design cannot show a difference below p = {floor}, so it cannot tell a real effect from chance (p = {p}); more pairs would be needed.</source>
        <translation>Mit {pairs} vollständigen Paaren kann dieser Versuchsplan keinen Unterschied unter p = {floor} zeigen, er kann also eine echte Wirkung nicht von Zufall unterscheiden (p = {p}); dafür wären mehr Paare nötig.</translation>
    </message>
    <message>
        <source>A difference this large would be unlikely by chance (p = {p}).</source>
        <translation>Ein so großer Unterschied wäre durch Zufall unwahrscheinlich (p = {p}).</translation>
    </message>
    <message>
        <source>A difference this large could arise by chance (p = {p}), so this experiment does not show that “{factor}” changes {noun}.</source>
        <translation>Ein so großer Unterschied könnte durch Zufall entstehen (p = {p}); dieses Experiment zeigt also nicht, dass „{factor}“ {noun} verändert.</translation>
    </message>
    <message>
        <source>This is one unblinded experiment on one person; discuss what it means for you with your doctor.</source>
        <translation>Dies ist ein einzelnes, unverblindetes Experiment an einer Person; besprechen Sie mit Ihrer Ärztin oder Ihrem Arzt, was es für Sie bedeutet.</translation>
    </message>
    <message>
        <source>Not enough data for a result: no pair has a counted night in both its blocks, and at least {needed} complete pairs are needed.</source>
        <translation>Nicht genug Daten für ein Ergebnis: Kein Paar hat in beiden Blöcken eine gezählte Nacht, und es werden mindestens {needed} vollständige Paare benötigt.</translation>
    </message>
    <message>
        <source>Not enough data for a result: only 1 pair has a counted night in both its blocks, and at least {needed} complete pairs are needed.</source>
        <translation>Nicht genug Daten für ein Ergebnis: Nur 1 Paar hat in beiden Blöcken eine gezählte Nacht, und es werden mindestens {needed} vollständige Paare benötigt.</translation>
    </message>
    <message>
        <source>Keep recording your nights; the result fills in as pairs complete.</source>
        <translation>Tragen Sie Ihre Nächte weiter ein; das Ergebnis ergänzt sich, sobald Paare vollständig sind.</translation>
    </message>
    <message>
        <source>(Nights without symptoms have no onset time and are not counted.)</source>
        <translation>(Nächte ohne Beschwerden haben keinen Beginn der Beschwerden und werden nicht gezählt.)</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was exported.

{error}</source>
        <translation>Es wurde nichts exportiert.

{error}</translation>
    </message>
    <message>
        <source>Exported 1 night to {path}</source>
        <translation>1 Nacht exportiert nach {path}</translation>
    </message>
    <message>
        <source>Exported {count} nights to {path}</source>
        <translation>{count} Nächte exportiert nach {path}</translation>
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
        <source>Last night's sleep</source>
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
    <name>forms</name>
    <message>
        <source>{course}, since {date}</source>
        <translation>{course}, seit {date}</translation>
    </message>
</context>
<context>
    <name>insights</name>
    <message>
        <source>Since starting {name} on {start}, symptoms begin {shift} earlier: median onset {now} in the 14 nights {current_from} to {current_to} (n = {n_now}) vs {then} in {baseline_from} to {baseline_to} (n = {n_before})</source>
        <translation>Seit Beginn von {name} am {start} beginnen die Beschwerden {shift} früher: Median des Beschwerdebeginns {now} in den 14 Nächten {current_from} bis {current_to} (n = {n_now}) gegenüber {then} im Zeitraum {baseline_from} bis {baseline_to} (n = {n_before})</translation>
    </message>
    <message>
        <source>Since starting {name} on {start}, symptoms begin {shift} later: median onset {now} in the 14 nights {current_from} to {current_to} (n = {n_now}) vs {then} in {baseline_from} to {baseline_to} (n = {n_before})</source>
        <translation>Seit Beginn von {name} am {start} beginnen die Beschwerden {shift} später: Median des Beschwerdebeginns {now} in den 14 Nächten {current_from} bis {current_to} (n = {n_now}) gegenüber {then} im Zeitraum {baseline_from} bis {baseline_to} (n = {n_before})</translation>
    </message>
    <message>
        <source>symptoms on {count} of the last {nights} nights</source>
        <translation>Beschwerden in {count} der letzten {nights} Nächte</translation>
    </message>
    <message>
        <source>new spread to {areas}</source>
        <translation>neue Ausbreitung auf {areas}</translation>
    </message>
    <message>
        <source>median severity {rise} since the baseline</source>
        <translation>Median der RLS-Stärke {rise} seit dem Ausgangswert</translation>
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
        <source>{parts}. {warning}</source>
        <translation>{parts}. {warning}</translation>
    </message>
    <message>
        <source>{parts}. These figures do not meet the augmentation watch's criteria. Tell your doctor if symptoms start earlier, spread or grow stronger; do not raise the dose yourself.</source>
        <translation>{parts}. Diese Werte erfüllen die Kriterien der Augmentations-Beobachtung nicht. Sagen Sie Ihrer Ärztin oder Ihrem Arzt, wenn die Beschwerden früher beginnen, sich ausbreiten oder stärker werden; erhöhen Sie die Dosis nicht selbst.</translation>
    </message>
    <message>
        <source>Augmentation watch for {name}: not enough data — onset times on {nights_before} of {baseline_from} to {baseline_to} and {nights_now} of the last 14 ({current_from} to {current_to}); {needed} needed in each. Recording when symptoms begin lets the diary compare; a baseline period of your own can be set. Tell your doctor if symptoms start earlier, spread or grow stronger.</source>
        <translation>Augmentations-Beobachtung für {name}: nicht genug Daten – Beginnzeiten für {nights_before} im Zeitraum {baseline_from} bis {baseline_to} und für {nights_now} der letzten 14 ({current_from} bis {current_to}); nötig sind jeweils {needed}. Wenn Sie eintragen, wann die Beschwerden beginnen, kann das Tagebuch vergleichen; Sie können auch einen eigenen Ausgangszeitraum festlegen. Sagen Sie Ihrer Ärztin oder Ihrem Arzt, wenn die Beschwerden früher beginnen, sich ausbreiten oder stärker werden.</translation>
    </message>
    <message>
        <source>Discuss this with your doctor.</source>
        <translation>Besprechen Sie dies mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <source>Possible augmentation — talk to your doctor; do not raise the dose yourself.</source>
        <translation>Mögliche Augmentation – sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt; erhöhen Sie die Dosis nicht selbst.</translation>
    </message>
    <message>
        <source>95 % interval {low} to {high}</source>
        <translation>95-%-Intervall {low} bis {high}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <source>{count} night</source>
        <translation>{count} Nacht</translation>
    </message>
    <message>
        <source>{count} nights</source>
        <translation>{count} Nächte</translation>
    </message>
    <message>
        <source>{count} week</source>
        <translation>{count} Woche</translation>
    </message>
    <message>
        <source>{count} weeks</source>
        <translation>{count} Wochen</translation>
    </message>
    <message>
        <source>{count} day</source>
        <translation>{count} Tag</translation>
    </message>
    <message>
        <source>{count} days</source>
        <translation>{count} Tage</translation>
    </message>
    <message>
        <source>below the level at which guidelines suggest discussing iron treatment (ferritin ≤ 75 ng/mL or TSAT &lt; 20 %)</source>
        <translation>unter dem Wert, ab dem Leitlinien empfehlen, eine Eisenbehandlung zu besprechen (Ferritin ≤ 75 ng/ml oder TSAT &lt; 20 %)</translation>
    </message>
    <message>
        <source>IV iron is sometimes considered at this level (ferritin above 75 and up to 100 ng/mL)</source>
        <translation>Eisen als Infusion wird bei diesem Wert manchmal erwogen (Ferritin über 75 bis einschließlich 100 ng/ml)</translation>
    </message>
    <message>
        <source>Ferritin {value} ng/mL</source>
        <translation>Ferritin {value} ng/ml</translation>
    </message>
    <message>
        <source>TSAT {value} %</source>
        <translation>TSAT {value} %</translation>
    </message>
    <message>
        <source> This test was {weeks} after the iron infusion of {infusion} and may be raised by the infusion.</source>
        <translation> Dieser Wert wurde {weeks} nach der Eiseninfusion vom {infusion} bestimmt und kann durch die Infusion erhöht sein.</translation>
    </message>
    <message>
        <source>{values} on {date}, during a kidney disease period: the adult thresholds (ferritin 75 and 100 ng/mL, TSAT 20 %) are not applied here, because kidney disease changes what these values mean.{marking} Discuss your iron results with your doctor.</source>
        <translation>{values} am {date}, während einer Nierenerkrankung: Die Grenzwerte für Erwachsene (Ferritin 75 und 100 ng/ml, TSAT 20 %) werden hier nicht angewendet, weil eine Nierenerkrankung verändert, was diese Werte bedeuten.{marking} Besprechen Sie Ihre Eisenwerte mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <source>{values} on {date}.{marking} {doctor}</source>
        <translation>{values} am {date}.{marking} {doctor}</translation>
    </message>
    <message>
        <source>{values} on {date}: {meaning}.{marking} {doctor}</source>
        <translation>{values} am {date}: {meaning}.{marking} {doctor}</translation>
    </message>
    <message>
        <source>No iron test (ferritin or TSAT) is recorded in the diary</source>
        <translation>Im Tagebuch ist kein Eisentest (Ferritin oder TSAT) eingetragen</translation>
    </message>
    <message>
        <source>The last iron test (ferritin or TSAT) recorded is from {date}, more than 12 months ago</source>
        <translation>Der letzte eingetragene Eisentest (Ferritin oder TSAT) ist vom {date}, mehr als 12 Monate her</translation>
    </message>
    <message>
        <source>{tested}, and symptoms were recorded on {nights} in the 12 months to {today}. Guidelines suggest checking ferritin and TSAT regularly in RLS — ask your doctor about a test.</source>
        <translation>{tested}, und in den 12 Monaten bis {today} wurden Beschwerden für {nights} eingetragen. Leitlinien empfehlen, Ferritin und TSAT bei RLS regelmäßig zu prüfen – fragen Sie Ihre Ärztin oder Ihren Arzt nach einem Test.</translation>
    </message>
    <message>
        <source>exploratory — not adjusted for multiple comparisons</source>
        <translation>erkundend – nicht für Mehrfachvergleiche korrigiert</translation>
    </message>
    <message>
        <source>{label} after {with_label} vs {without_label}</source>
        <translation>{label} nach {with_label} gegenüber {without_label}</translation>
    </message>
    <message>
        <source>{subject}: not enough data yet (n = {n_with} and {n_without}; {needed} needed in each group). {doctor}</source>
        <translation>{subject}: noch nicht genug Daten (n = {n_with} und {n_without}; je Gruppe sind {needed} nötig). {doctor}</translation>
    </message>
    <message>
        <source>Median {label} {median_with} on nights after {with_label} (n = {n_with}) vs {median_without} after {without_label} (n = {n_without}): {difference}, {interval}. An association in your diary, not proof of cause ({exploratory}). {doctor}</source>
        <translation>Median der {label} {median_with} in Nächten nach {with_label} (n = {n_with}) gegenüber {median_without} nach {without_label} (n = {n_without}): {difference}, {interval}. Ein Zusammenhang in Ihrem Tagebuch, kein Beweis für eine Ursache ({exploratory}). {doctor}</translation>
    </message>
    <message>
        <source>2 or more caffeinated drinks</source>
        <translation>2 oder mehr koffeinhaltigen Getränken</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keinen</translation>
    </message>
    <message>
        <source>1 or more alcoholic drinks</source>
        <translation>1 oder mehr alkoholischen Getränken</translation>
    </message>
    <message>
        <source>30 or more minutes of exercise</source>
        <translation>30 oder mehr Minuten Bewegung</translation>
    </message>
    <message>
        <source>nicotine</source>
        <translation>Nikotin</translation>
    </message>
    <message>
        <source>no nicotine</source>
        <translation>keinem Nikotin</translation>
    </message>
    <message>
        <source>RLS severity</source>
        <translation>RLS-Stärke</translation>
    </message>
    <message>
        <source>sleep quality</source>
        <translation>Schlafqualität</translation>
    </message>
    <message>
        <source>After the {name} dose went from {dose_before} to {dose_after}{unit} on {date}, median severity was {median_after} in the nights after (n = {n_after}) vs {median_before} in the 14 nights before (n = {n_before}). Symptoms that worsen after a dose increase can be a sign of augmentation. {warning}</source>
        <translation>Nachdem die Dosis von {name} am {date} von {dose_before} auf {dose_after}{unit} geändert wurde, lag der Median der RLS-Stärke in den Nächten danach bei {median_after} (n = {n_after}) gegenüber {median_before} in den 14 Nächten davor (n = {n_before}). Beschwerden, die nach einer Dosiserhöhung zunehmen, können ein Zeichen einer Augmentation sein. {warning}</translation>
    </message>
    <message>
        <source>on treatment ({treatments})</source>
        <translation>unter Behandlung ({treatments})</translation>
    </message>
    <message>
        <source>off treatment</source>
        <translation>ohne Behandlung</translation>
    </message>
    <message>
        <source>, the latest night in the diary</source>
        <translation>, der letzten Nacht im Tagebuch</translation>
    </message>
    <message>
        <source>No symptoms (severity 0) from {start} to {end}{latest}: {nights}, {unrecorded} of them not recorded, {label}. RLS can come back after a remission; tell your doctor how you are doing.</source>
        <translation>Keine Beschwerden (Stärke 0) vom {start} bis {end}{latest}: {nights}, davon {unrecorded} nicht eingetragen, {label}. RLS kann nach einer Remission zurückkommen; sagen Sie Ihrer Ärztin oder Ihrem Arzt, wie es Ihnen geht.</translation>
    </message>
    <message>
        <source>Symptoms came back on {day} after the remission from {start} to {end}: symptoms on {count} of the {window} nights {day} to {window_end}. {doctor}</source>
        <translation>Die Beschwerden kamen am {day} zurück, nach der Remission vom {start} bis {end}: Beschwerden in {count} der {window} Nächte {day} bis {window_end}. {doctor}</translation>
    </message>
    <message>
        <source>your crisis numbers: {numbers}</source>
        <translation>über Ihre Krisennummern: {numbers}</translation>
    </message>
    <message>
        <source>a crisis line or the emergency service (you can keep their numbers in the diary)</source>
        <translation>über eine Krisenhotline oder den Rettungsdienst (deren Nummern können Sie im Tagebuch speichern)</translation>
    </message>
    <message>
        <source>You recorded very low mood (4 of 4) on {count} of the last {nights} nights, the latest on {date}. RLS is linked with low mood. If you have thoughts of harming yourself, get help now — {where}. Please also tell your doctor how you feel.</source>
        <translation>Sie haben in {count} der letzten {nights} Nächte sehr gedrückte Stimmung (4 von 4) eingetragen, zuletzt am {date}. RLS hängt mit gedrückter Stimmung zusammen. Wenn Sie daran denken, sich etwas anzutun, holen Sie sich jetzt Hilfe – {where}. Bitte sagen Sie auch Ihrer Ärztin oder Ihrem Arzt, wie es Ihnen geht.</translation>
    </message>
    <message>
        <source>Monthly check-in while taking {name} (since {start}): have you noticed new urges that are hard to resist (gambling, shopping, eating, sex) or suddenly falling asleep during the day, for example while driving? These can be side effects of dopamine agonists. If so, tell your doctor soon, and do not stop or change the medicine on your own.</source>
        <translation>Monatliche Nachfrage während der Einnahme von {name} (seit {start}): Haben Sie neue Impulse bemerkt, denen Sie schwer widerstehen können (Glücksspiel, Einkaufen, Essen, Sex), oder plötzliches Einschlafen am Tag, zum Beispiel beim Autofahren? Das können Nebenwirkungen von Dopaminagonisten sein. Wenn ja, sagen Sie es bald Ihrer Ärztin oder Ihrem Arzt, und setzen Sie das Medikament nicht selbst ab und ändern Sie es nicht selbst.</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>RLS-Stärke</translation>
    </message>
    <message>
        <source>total sleep</source>
        <translation>Gesamtschlafdauer</translation>
    </message>
    <message>
        <source>Before and after starting {name} on {start}: nights 15–42 ({during_from} to {during_to}, {recorded_during} recorded) vs the 14 nights before ({before_from} to {before_to}, {recorded_before} recorded): {phrases}. A before/after difference in your diary, not proof that the treatment caused it. {doctor}</source>
        <translation>Vor und nach Beginn von {name} am {start}: Nächte 15–42 ({during_from} bis {during_to}, {recorded_during} eingetragen) gegenüber den 14 Nächten davor ({before_from} bis {before_to}, {recorded_before} eingetragen): {phrases}. Ein Vorher-nachher-Unterschied in Ihrem Tagebuch, kein Beweis, dass die Behandlung ihn verursacht hat. {doctor}</translation>
    </message>
    <message>
        <source>{label} not recorded on both sides</source>
        <translation>{label} nicht auf beiden Seiten eingetragen</translation>
    </message>
    <message>
        <source>not enough data to compare {label} (n = {n_during} and {n_before}; {needed} needed on each side)</source>
        <translation>nicht genug Daten, um die {label} zu vergleichen (n = {n_during} und {n_before}; nötig sind je Seite {needed})</translation>
    </message>
    <message>
        <source>median {label} {now}{unit} vs {then}{unit} ({difference}{unit}, {interval}; n = {n_during} and {n_before})</source>
        <translation>Median der {label} {now}{unit} gegenüber {then}{unit} ({difference}{unit}, {interval}; n = {n_during} und {n_before})</translation>
    </message>
    <message>
        <source>Before and after starting {name} on {start}: not enough data yet for a comparison — {recorded_before} recorded nights in the 14 before and {recorded_during} in nights 15–42; {needed} needed on each side. {doctor}</source>
        <translation>Vor und nach Beginn von {name} am {start}: noch nicht genug Daten für einen Vergleich – {recorded_before} eingetragene Nächte in den 14 davor und {recorded_during} in den Nächten 15–42; nötig sind je Seite {needed}. {doctor}</translation>
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
    <name>records</name>
    <message>
        <source>is required and must not be blank</source>
        <translation>ist erforderlich und darf nicht leer sein</translation>
    </message>
    <message>
        <source>{value} is not a number</source>
        <translation>{value} ist keine Zahl</translation>
    </message>
    <message>
        <source>{value} is not a finite number</source>
        <translation>{value} ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>{value} is below {low}</source>
        <translation>{value} liegt unter {low}</translation>
    </message>
    <message>
        <source>{value} is above {high}</source>
        <translation>{value} liegt über {high}</translation>
    </message>
    <message>
        <source>{value} is not a whole number ({low}–{high})</source>
        <translation>{value} ist keine ganze Zahl ({low}–{high})</translation>
    </message>
    <message>
        <source>{value} is outside {low}–{high}</source>
        <translation>{value} liegt außerhalb von {low}–{high}</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} ist keiner der Werte {choices}</translation>
    </message>
    <message>
        <source>{value} is not a date like 2024-03-31</source>
        <translation>{value} ist kein Datum wie 2024-03-31</translation>
    </message>
    <message>
        <source>{value} is not a time like 7:30 or 23:05</source>
        <translation>{value} ist keine Uhrzeit wie 7:30 oder 23:05</translation>
    </message>
    <message>
        <source>{value} is not true or false</source>
        <translation>{value} ist weder true noch false</translation>
    </message>
    <message>
        <source>{value} is not text</source>
        <translation>{value} ist kein Text</translation>
    </message>
    <message>
        <source>0 is not a dose (leave it blank when you do not know it)</source>
        <translation>0 ist keine Dosis (lassen Sie das Feld leer, wenn Sie die Dosis nicht kennen)</translation>
    </message>
    <message>
        <source>must be a list of the {count} item scores (0–{high})</source>
        <translation>muss eine Liste der Punkte der {count} Fragen (je 0–{high}) sein</translation>
    </message>
    <message>
        <source>item {number} is blank: give all {count} item scores or leave them all blank</source>
        <translation>Frage {number} ist leer: Geben Sie die Punkte aller {count} Fragen an oder lassen Sie alle leer</translation>
    </message>
    <message>
        <source>item {number}: {value} is not a whole number ({low}–{high})</source>
        <translation>Frage {number}: {value} ist keine ganze Zahl ({low}–{high})</translation>
    </message>
    <message>
        <source>item {number}: {value} is outside {low}–{high}</source>
        <translation>Frage {number}: {value} liegt außerhalb von {low}–{high}</translation>
    </message>
    <message>
        <source>{value} is before the start {start}</source>
        <translation>{value} liegt vor dem Beginn {start}</translation>
    </message>
    <message>
        <source>the item scores add up to {sum}, not the total {total}</source>
        <translation>die Punkte der Fragen ergeben zusammen {sum}, nicht die Gesamtpunktzahl {total}</translation>
    </message>
    <message>
        <source>give both dates, or leave both blank</source>
        <translation>geben Sie beide Daten an oder lassen Sie beide leer</translation>
    </message>
    <message>
        <source>{value} is before the first night {first}</source>
        <translation>{value} liegt vor der ersten Nacht {first}</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <source>{change} (from the night to {date})</source>
        <translation>{change} (ab der Nacht zum {date})</translation>
    </message>
    <message>
        <source>RLS Diary summary</source>
        <translation>Bericht aus RLS Diary</translation>
    </message>
    <message>
        <source>Recorded by the patient in RLS Diary. Not medical advice and not a diagnosis: the figures and alerts do not replace a consultation. Do not start, stop or change any medicine because of this summary.</source>
        <translation>Von der Patientin bzw. dem Patienten in RLS Diary erfasst. Keine medizinische Beratung und keine Diagnose: Die Werte und Hinweise ersetzen keine ärztliche Konsultation. Beginnen, beenden oder ändern Sie kein Medikament aufgrund dieser Zusammenfassung.</translation>
    </message>
    <message>
        <source>Tracked sleep, {sources} (h:mm)</source>
        <translation>Gemessener Schlaf, {sources} (h:mm)</translation>
    </message>
    <message>
        <source>{name} {dose} started</source>
        <translation>{name} {dose} begonnen</translation>
    </message>
    <message>
        <source>{name} stopped</source>
        <translation>{name} beendet</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} bis {high}</translation>
    </message>
    <message>
        <source>too few nights</source>
        <translation>zu wenige Nächte</translation>
    </message>
    <message>
        <source>{time} earlier</source>
        <translation>{time} früher</translation>
    </message>
    <message>
        <source>{time} later</source>
        <translation>{time} später</translation>
    </message>
    <message>
        <source>another app</source>
        <translation>andere App</translation>
    </message>
    <message>
        <source>Augmentation watch</source>
        <translation>Augmentation im Blick</translation>
    </message>
    <message>
        <source>Iron</source>
        <translation>Eisen</translation>
    </message>
    <message>
        <source>Remission and recurrence</source>
        <translation>Remission und Wiederauftreten</translation>
    </message>
    <message>
        <source>Treatment before and after</source>
        <translation>Behandlung: vorher und nachher</translation>
    </message>
    <message>
        <source>Lifestyle differences (exploratory)</source>
        <translation>Unterschiede nach Lebensweise (explorativ)</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Stimmung</translation>
    </message>
    <message>
        <source>RLS severity (0–10)</source>
        <translation>RLS-Stärke (0–10)</translation>
    </message>
    <message>
        <source>Sleep quality (1–5)</source>
        <translation>Schlafqualität (1–5)</translation>
    </message>
    <message>
        <source>Total sleep time (h:mm)</source>
        <translation>Gesamtschlafzeit (h:mm)</translation>
    </message>
    <message>
        <source>Sleep efficiency</source>
        <translation>Schlafeffizienz</translation>
    </message>
    <message>
        <source>Time to fall asleep</source>
        <translation>Einschlafdauer</translation>
    </message>
    <message>
        <source>Awake after sleep onset</source>
        <translation>Wachzeit nach dem Einschlafen</translation>
    </message>
    <message>
        <source>Times up to move</source>
        <translation>Zum Bewegen aufgestanden (Anzahl)</translation>
    </message>
    <message>
        <source>Symptoms began</source>
        <translation>Beginn der Beschwerden</translation>
    </message>
    <message>
        <source>one night</source>
        <translation>einer Nacht</translation>
    </message>
    <message>
        <source>7 nights</source>
        <translation>7 Nächten</translation>
    </message>
    <message>
        <source>14 nights</source>
        <translation>14 Nächten</translation>
    </message>
    <message>
        <source>28 nights</source>
        <translation>28 Nächten</translation>
    </message>
    <message>
        <source>91 nights (13 weeks)</source>
        <translation>91 Nächten (13 Wochen)</translation>
    </message>
    <message>
        <source>182 nights (26 weeks)</source>
        <translation>182 Nächten (26 Wochen)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittelgradig</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>schwer</translation>
    </message>
    <message>
        <source>very severe</source>
        <translation>sehr schwer</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Seite {page} von {count}</translation>
    </message>
    <message>
        <source>Needs attention — please discuss at this visit</source>
        <translation>Bitte beachten – beim heutigen Termin besprechen</translation>
    </message>
    <message>
        <source>Patient: </source>
        <translation>Patient(in): </translation>
    </message>
    <message>
        <source>Period: </source>
        <translation>Zeitraum: </translation>
    </message>
    <message>
        <source>{period} ({nights} nights)</source>
        <translation>{period} ({nights} Nächte)</translation>
    </message>
    <message>
        <source>   Compared with: </source>
        <translation>   Verglichen mit: </translation>
    </message>
    <message>
        <source>{period} (the {nights} nights before)</source>
        <translation>{period} (die {nights} Nächte davor)</translation>
    </message>
    <message>
        <source>Nights recorded: </source>
        <translation>Erfasste Nächte: </translation>
    </message>
    <message>
        <source>{recorded} of {nights}</source>
        <translation>{recorded} von {nights}</translation>
    </message>
    <message>
        <source>   Entered late: </source>
        <translation>   Nachgetragen: </translation>
    </message>
    <message>
        <source>{late} (more than a day after the morning)</source>
        <translation>{late} (mehr als einen Tag nach dem Morgen)</translation>
    </message>
    <message>
        <source>   Generated: </source>
        <translation>   Erstellt: </translation>
    </message>
    <message>
        <source>Kept by the patient in RLS Diary, a sleep diary based on the Consensus Sleep Diary. Nights are dated by the morning they end; blank entries are left out of every figure, never counted as 0.</source>
        <translation>Von der Patientin bzw. dem Patienten in RLS Diary geführt, einem Schlaftagebuch nach dem Consensus Sleep Diary. Jede Nacht ist nach dem Morgen datiert, an dem sie endet; fehlende Angaben gehen in keinen Wert ein und werden nie als 0 gezählt.</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>IQR</source>
        <translation>IQR</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>95 % interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>This period ({nights} nights)</source>
        <translation>Diese {nights} Nächte</translation>
    </message>
    <message>
        <source>Previous {nights} nights</source>
        <translation>Vorherige {nights} Nächte</translation>
    </message>
    <message>
        <source>Summary: this period and the one before</source>
        <translation>Übersicht: dieser und der vorherige Zeitraum</translation>
    </message>
    <message>
        <source>Median and interquartile range (IQR, 25th–75th percentile) over the nights with a value; n = nights with a value; change = this period's median minus the previous one's, with its 95 % bootstrap interval, given only when both periods have at least 10 nights with a value. Severity: 0 none – 10 worst. Quality: 1 very poor – 5 very good. Total sleep = time from trying to sleep to the final awakening, minus time to fall asleep and time awake (Consensus Sleep Diary).</source>
        <translation>Median und Interquartilsabstand (IQR, 25.–75. Perzentil) über die Nächte mit einem Wert; n = Nächte mit einem Wert; Änderung = Median dieses Zeitraums minus Median des vorherigen, mit ihrem 95-%-Bootstrap-Intervall, nur angegeben, wenn beide Zeiträume mindestens 10 Nächte mit einem Wert haben. RLS-Stärke: 0 keine – 10 am stärksten. Schlafqualität: 1 sehr schlecht – 5 sehr gut. Gesamtschlafzeit = Zeit vom Einschlafversuch bis zum endgültigen Erwachen, abzüglich Einschlafdauer und Wachzeit (Consensus Sleep Diary).</translation>
    </message>
    <message>
        <source> Tracked sleep was measured by another app and is not part of it.</source>
        <translation> Der gemessene Schlaf stammt aus einer anderen App und ist darin nicht enthalten.</translation>
    </message>
    <message>
        <source>Medications taken in this period</source>
        <translation>Medikamente in diesem Zeitraum</translation>
    </message>
    <message>
        <source>No medication course recorded for this period.</source>
        <translation>Für diesen Zeitraum ist keine Medikation eingetragen.</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>laufend</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Wirkstoffklasse</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Usual time</source>
        <translation>Übliche Zeit</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>No ferritin or transferrin saturation result recorded.</source>
        <translation>Kein Ferritin- oder Transferrinsättigungswert eingetragen.</translation>
    </message>
    <message>
        <source>, may be raised by an iron infusion)</source>
        <translation>, durch eine Eiseninfusion möglicherweise erhöht)</translation>
    </message>
    <message>
        <source>Ferritin: </source>
        <translation>Ferritin: </translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht eingetragen</translation>
    </message>
    <message>
        <source>   TSAT: </source>
        <translation>   TSAT: </translation>
    </message>
    <message>
        <source>For RLS, guidelines (AASM 2024, IRLSSG 2018) suggest discussing iron treatment at ferritin ≤ 75 ng/mL or TSAT &lt; 20 %; IV iron is sometimes considered at 75–100 ng/mL.</source>
        <translation>Bei RLS empfehlen Leitlinien (AASM 2024, IRLSSG 2018), eine Eisentherapie bei Ferritin ≤ 75 ng/ml oder TSAT &lt; 20 % zu besprechen; bei 75–100 ng/ml wird mitunter intravenöses Eisen erwogen.</translation>
    </message>
    <message>
        <source>No IRLS total recorded.</source>
        <translation>Kein IRLS-Gesamtwert eingetragen.</translation>
    </message>
    <message>
        <source>; previous {total} on {date}</source>
        <translation>; zuvor {total} am {date}</translation>
    </message>
    <message>
        <source>IRLS total: </source>
        <translation>IRLS-Gesamtwert: </translation>
    </message>
    <message>
        <source>{total} of 40, {band}</source>
        <translation>{total} von 40, {band}</translation>
    </message>
    <message>
        <source>Bands: 0 none, 1–10 mild, 11–20 moderate, 21–30 severe, 31–40 very severe.</source>
        <translation>Schweregrade: 0 keine, 1–10 leicht, 11–20 mittelgradig, 21–30 schwer, 31–40 sehr schwer.</translation>
    </message>
    <message>
        <source>Iron and IRLS</source>
        <translation>Eisen und IRLS</translation>
    </message>
    <message>
        <source>No severity, sleep or onset values to chart in this period.</source>
        <translation>In diesem Zeitraum gibt es keine Werte zu Stärke, Schlaf oder Beginn der Beschwerden für ein Diagramm.</translation>
    </message>
    <message>
        <source>Each point is the median of {bin}; the vertical line is its interquartile range.</source>
        <translation>Jeder Punkt ist der Median aus {bin}; die senkrechte Linie ist sein Interquartilsabstand.</translation>
    </message>
    <message>
        <source>Each point is one night; gaps are nights without a value.</source>
        <translation>Jeder Punkt ist eine Nacht; Lücken sind Nächte ohne Wert.</translation>
    </message>
    <message>
        <source>RLS severity and sleep quality</source>
        <translation>RLS-Stärke und Schlafqualität</translation>
    </message>
    <message>
        <source>RLS severity (0 none – 10 worst)</source>
        <translation>RLS-Stärke (0 keine – 10 am stärksten)</translation>
    </message>
    <message>
        <source>RLS severity</source>
        <translation>RLS-Stärke</translation>
    </message>
    <message>
        <source>Sleep quality (1 very poor – 5 very good)</source>
        <translation>Schlafqualität (1 sehr schlecht – 5 sehr gut)</translation>
    </message>
    <message>
        <source>Sleep quality</source>
        <translation>Schlafqualität</translation>
    </message>
    <message>
        <source>When symptoms began</source>
        <translation>Beginn der Beschwerden</translation>
    </message>
    <message>
        <source>Clock time (higher = later in the evening; lower = earlier)</source>
        <translation>Uhrzeit (höher = später am Abend; tiefer = früher)</translation>
    </message>
    <message>
        <source>Total sleep (diary)</source>
        <translation>Gesamtschlafzeit (Tagebuch)</translation>
    </message>
    <message>
        <source>Tracked sleep ({sources})</source>
        <translation>Gemessener Schlaf ({sources})</translation>
    </message>
    <message>
        <source>Sleep time</source>
        <translation>Schlafzeit</translation>
    </message>
    <message>
        <source>Hours asleep</source>
        <translation>Stunden Schlaf</translation>
    </message>
    <message>
        <source>Tracked sleep is measured by another app or device; it is shown beside the diary's total sleep, never mixed into it.</source>
        <translation>Gemessener Schlaf stammt aus einer anderen App oder einem Gerät; er wird neben der Gesamtschlafzeit des Tagebuchs gezeigt, nie mit ihr verrechnet.</translation>
    </message>
    <message>
        <source>Ferritin (ng/mL)</source>
        <translation>Ferritin (ng/ml)</translation>
    </message>
    <message>
        <source>Ferritin</source>
        <translation>Ferritin</translation>
    </message>
    <message>
        <source>Transferrin saturation (%)</source>
        <translation>Transferrinsättigung (%)</translation>
    </message>
    <message>
        <source>Iron tests over time</source>
        <translation>Eisenwerte im Verlauf</translation>
    </message>
    <message>
        <source>Dashed lines: ferritin 75 and 100 ng/mL, TSAT 20 % (see Iron above).</source>
        <translation>Gestrichelte Linien: Ferritin 75 und 100 ng/ml, TSAT 20 % (siehe Eisen oben).</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>The findings that need attention are on page 1.</source>
        <translation>Die zu beachtenden Befunde stehen auf Seite 1.</translation>
    </message>
    <message>
        <source>No other findings for this period.</source>
        <translation>Keine weiteren Befunde für diesen Zeitraum.</translation>
    </message>
    <message>
        <source>Nights from {period}, strongest first (ranked by how far the 95 % interval sits from 0). Associations in the diary, not causes; exploratory — not adjusted for multiple comparisons.</source>
        <translation>Nächte von {period}, stärkste zuerst (geordnet danach, wie weit das 95-%-Intervall von 0 entfernt liegt). Zusammenhänge im Tagebuch, keine Ursachen; explorativ – nicht für Mehrfachvergleiche korrigiert.</translation>
    </message>
    <message>
        <source>No lifestyle difference with an interval clear of 0.</source>
        <translation>Kein Unterschied nach Lebensweise mit einem Intervall, das 0 ausschließt.</translation>
    </message>
    <message>
        <source>Questions for my doctor</source>
        <translation>Fragen für den Arztbesuch</translation>
    </message>
    <message>
        <source>Personal experiments (randomised, one person)</source>
        <translation>Persönliche Experimente (randomisiert, eine Person)</translation>
    </message>
    <message>
        <source>Notes (included by the patient)</source>
        <translation>Notizen (von der Patientin bzw. dem Patienten beigefügt)</translation>
    </message>
    <message>
        <source>No notes in this period.</source>
        <translation>Keine Notizen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} bis {end}</translation>
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
<context>
    <name>tips</name>
    <message>
        <source>Exploratory — not a proof of cause. These compare your own nights with and without a habit. Other things may differ between those nights, and because many comparisons are made, some differences turn up by chance (not adjusted for multiple comparisons). Discuss them with your doctor.</source>
        <translation>Erkundend – kein Beweis für eine Ursache. Hier werden Ihre eigenen Nächte mit und ohne eine Gewohnheit verglichen. Zwischen diesen Nächten kann sich auch anderes unterscheiden, und weil viele Vergleiche angestellt werden, ergeben sich manche Unterschiede zufällig (nicht für Mehrfachvergleiche korrigiert). Besprechen Sie die Ergebnisse mit Ihrem Arzt oder Ihrer Ärztin.</translation>
    </message>
    <message>
        <source>Reading your diary…</source>
        <translation>Ihr Tagebuch wird gelesen …</translation>
    </message>
    <message>
        <source>Nothing to compare yet. Once you record caffeine, alcohol, exercise or nicotine along with your RLS severity or sleep quality, your own results appear here.</source>
        <translation>Noch nichts zu vergleichen. Sobald Sie Koffein, Alkohol, Sport oder Nikotin zusammen mit der Stärke Ihrer RLS-Beschwerden oder Ihrer Schlafqualität eintragen, erscheinen hier Ihre eigenen Ergebnisse.</translation>
    </message>
    <message>
        <source>Numbers to call in a crisis — for example your doctor, a crisis line and the emergency service. They are kept in your diary on this computer and shown without internet.</source>
        <translation>Nummern für den Notfall – zum Beispiel Ihre Arztpraxis, eine Krisenhotline und der Rettungsdienst. Sie werden in Ihrem Tagebuch auf diesem Computer gespeichert und ohne Internet angezeigt.</translation>
    </message>
    <message>
        <source>If you have thoughts of harming yourself or feel in danger, call your crisis number or your local emergency number now.</source>
        <translation>Wenn Sie daran denken, sich etwas anzutun, oder sich in Gefahr fühlen, rufen Sie jetzt Ihre Krisennummer oder den örtlichen Notruf an.</translation>
    </message>
    <message>
        <source>Emergency service: …
Crisis line: …
My doctor: …</source>
        <translation>Notruf: …
Krisenhotline: …
Meine Arztpraxis: …</translation>
    </message>
    <message>
        <source>caffeine</source>
        <translation>Koffein</translation>
    </message>
    <message>
        <source>alcohol</source>
        <translation>Alkohol</translation>
    </message>
    <message>
        <source>exercise</source>
        <translation>Sport und Bewegung</translation>
    </message>
    <message>
        <source>nicotine</source>
        <translation>Nikotin</translation>
    </message>
</context>
<context>
    <name>treatment</name>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>one day (infusion)</source>
        <translation>ein Tag (Infusion)</translation>
    </message>
    <message>
        <source>Dopamine agonist</source>
        <translation>Dopaminagonist</translation>
    </message>
    <message>
        <source>Levodopa</source>
        <translation>Levodopa</translation>
    </message>
    <message>
        <source>Alpha-2-delta ligand (e.g. gabapentin, pregabalin)</source>
        <translation>Alpha-2-Delta-Ligand (z. B. Gabapentin, Pregabalin)</translation>
    </message>
    <message>
        <source>Iron tablets or syrup</source>
        <translation>Eisentabletten oder -saft</translation>
    </message>
    <message>
        <source>Iron infusion (IV)</source>
        <translation>Eiseninfusion (i. v.)</translation>
    </message>
    <message>
        <source>Opioid</source>
        <translation>Opioid</translation>
    </message>
    <message>
        <source>Benzodiazepine</source>
        <translation>Benzodiazepin</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Alpha-2-delta</source>
        <translation>Alpha-2-Delta</translation>
    </message>
    <message>
        <source>Oral iron</source>
        <translation>Eisen zum Einnehmen</translation>
    </message>
    <message>
        <source>IV iron</source>
        <translation>Eiseninfusion</translation>
    </message>
    <message>
        <source>Pregnancy</source>
        <translation>Schwangerschaft</translation>
    </message>
    <message>
        <source>Kidney disease</source>
        <translation>Nierenerkrankung</translation>
    </message>
    <message>
        <source>Iron deficiency</source>
        <translation>Eisenmangel</translation>
    </message>
    <message>
        <source>Neuropathy</source>
        <translation>Neuropathie</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Reise</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Schwer</translation>
    </message>
    <message>
        <source>Very severe</source>
        <translation>Sehr schwer</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>laufend</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>{value} is not a time like 7:30 or 23:05</source>
        <translation>{value} ist keine Uhrzeit wie 7:30 oder 23:05</translation>
    </message>
    <message>
        <source>{value} is not a time of day (00:00–23:59)</source>
        <translation>{value} ist keine gültige Uhrzeit (00:00–23:59)</translation>
    </message>
    <message>
        <source>{value} is not a date like 2024-03-31</source>
        <translation>{value} ist kein Datum wie 2024-03-31</translation>
    </message>
    <message>
        <source>{value} is not a real date</source>
        <translation>{value} ist kein gültiges Datum</translation>
    </message>
    <message>
        <source>{value} is not a date between {first} and {last}</source>
        <translation>{value} ist kein Datum zwischen {first} und {last}</translation>
    </message>
    <message>
        <source>{value} is not a whole number ({range})</source>
        <translation>{value} ist keine ganze Zahl ({range})</translation>
    </message>
    <message>
        <source>{value} is not yes or no</source>
        <translation>{value} ist weder yes noch no</translation>
    </message>
    <message>
        <source>{value} is not a remedy with its relief, like walking:2</source>
        <translation>{value} ist keine Hilfe mit ihrer Linderung wie walking:2</translation>
    </message>
    <message>
        <source>{value} is not true or false</source>
        <translation>{value} ist weder true noch false</translation>
    </message>
    <message>
        <source>must be a list of names</source>
        <translation>muss eine Liste von Namen sein</translation>
    </message>
    <message>
        <source>must be an object like {example}</source>
        <translation>muss ein Objekt wie {example} sein</translation>
    </message>
    <message>
        <source>{value} is not text</source>
        <translation>{value} ist kein Text</translation>
    </message>
    <message>
        <source>{value} is outside {range}</source>
        <translation>{value} liegt außerhalb von {range}</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} ist keiner der Werte {choices}</translation>
    </message>
    <message>
        <source>unknown member {members} (known: {known})</source>
        <translation>unbekannter Eintrag {members} (bekannt: {known})</translation>
    </message>
    <message>
        <source>unknown members {members} (known: {known})</source>
        <translation>unbekannte Einträge {members} (bekannt: {known})</translation>
    </message>
    <message>
        <source>relief for {name} is {level}, outside {range}</source>
        <translation>Linderung für {name} ist {level}, außerhalb von {range}</translation>
    </message>
    <message>
        <source>{value} is not a known time zone (like Europe/Berlin)</source>
        <translation>{value} ist keine bekannte Zeitzone (wie Europe/Berlin)</translation>
    </message>
    <message>
        <source>an empty list is stored as blank (None)</source>
        <translation>eine leere Liste wird als leer (None) gespeichert</translation>
    </message>
    <message>
        <source>must be blank when you did not sleep at all ({label})</source>
        <translation>muss leer bleiben, wenn Sie gar nicht geschlafen haben ({label})</translation>
    </message>
    <message>
        <source>minutes to fall asleep ({latency}) plus minutes awake ({waso}) are more than the {window} minutes from trying to sleep to the final awakening</source>
        <translation>Einschlafdauer ({latency}) plus Wachzeit ({waso}) sind mehr als die {window} Minuten vom Einschlafversuch bis zum endgültigen Aufwachen</translation>
    </message>
    <message>
        <source>time in bed would be {duration}, more than 20 hours</source>
        <translation>Zeit im Bett wäre {duration}, mehr als 20 Stunden</translation>
    </message>
    <message>
        <source>time in bed is {duration}, more than 14 hours</source>
        <translation>Zeit im Bett beträgt {duration}, mehr als 14 Stunden</translation>
    </message>
    <message>
        <source>{later} at {later_time} would be {gap} after {earlier} at {earlier_time}; check the times</source>
        <translation>{later} um {later_time} läge {gap} nach dem {earlier} um {earlier_time}; bitte prüfen Sie die Uhrzeiten</translation>
    </message>
    <message>
        <source>into bed</source>
        <translation>Zubettgehen</translation>
    </message>
    <message>
        <source>tried to sleep</source>
        <translation>Einschlafversuch</translation>
    </message>
    <message>
        <source>minutes to fall asleep</source>
        <translation>Einschlafdauer</translation>
    </message>
    <message>
        <source>minutes awake during the night</source>
        <translation>Wachzeit in der Nacht</translation>
    </message>
    <message>
        <source>final awakening</source>
        <translation>Aufwachen</translation>
    </message>
    <message>
        <source>out of bed</source>
        <translation>Aufstehen</translation>
    </message>
</context>
</TS>