<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <location filename="../../planner/gui/commands.py" line="47"/>
        <source>no session or bilateral request {item!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/commands.py" line="52"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/commands.py" line="52"/>
        <location filename="../../planner/gui/models/tables.py" line="130"/>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/commands.py" line="73"/>
        <source>{title} is not placed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/commands.py" line="75"/>
        <source>Unplace {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/commands.py" line="90"/>
        <source>Lock {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/commands.py" line="90"/>
        <source>Unlock {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/open_failed.py" line="32"/>
        <source>Summit Planner — cannot open the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/open_failed.py" line="33"/>
        <source>The plan could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/open_failed.py" line="36"/>
        <source>The file was not changed. Open another plan, or start from the sample plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/open_failed.py" line="38"/>
        <source>&amp;Open another…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/open_failed.py" line="39"/>
        <source>Use the &amp;sample plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/open_failed.py" line="40"/>
        <location filename="../../planner/gui/main_window.py" line="210"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/errors.py" line="50"/>
        <source>… and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/errors.py" line="156"/>
        <location filename="../../planner/gui/main_window.py" line="78"/>
        <location filename="../../planner/gui/main_window.py" line="79"/>
        <location filename="../../planner/gui/main_window.py" line="396"/>
        <source>Summit Planner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/launch.py" line="81"/>
        <source>No plan was chosen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/launch.py" line="91"/>
        <location filename="../../planner/gui/main_window.py" line="537"/>
        <source>Open a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="81"/>
        <source>Views of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="86"/>
        <source>Plan summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="114"/>
        <source>&amp;Timetable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="115"/>
        <source>&amp;By Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="117"/>
        <location filename="../../planner/gui/main_window.py" line="120"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="154"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="154"/>
        <source>Start a new plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="157"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="157"/>
        <source>Open a plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="160"/>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="163"/>
        <source>Write the plan to another plan file; you keep working on this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="166"/>
        <source>&amp;Import Plan (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="169"/>
        <source>Replace this plan with a summit-plan document (Undo brings it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="172"/>
        <source>&amp;Export Plan (JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="175"/>
        <source>Write the plan as a summit-plan document for another office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="178"/>
        <source>Import &amp;People from Spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="181"/>
        <source>Add or update people from an accreditation list (XLSX or CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="184"/>
        <source>Export i&amp;Calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="187"/>
        <source>Write the schedule as an .ics calendar for a delegation, a person or a venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="190"/>
        <source>Write &amp;Invitations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="193"/>
        <source>Write one invitation (.ics) per meeting, with updates and cancellations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="196"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="196"/>
        <source>Print a roster or a programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="199"/>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="202"/>
        <source>See the pages before printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="205"/>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="208"/>
        <source>Write a roster or a programme as a PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="213"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="215"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="220"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="220"/>
        <source>Search the list in front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="224"/>
        <source>&amp;Check Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="224"/>
        <source>Check rules 1–9 and list conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="227"/>
        <source>&amp;Build Schedule…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="230"/>
        <source>Let the scheduler place every session and as many bilaterals as it can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="233"/>
        <source>&amp;Re-plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="236"/>
        <source>Improve the schedule, keeping locked placements where they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="258"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="260"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="273"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="278"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="282"/>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="303"/>
        <source>No recent plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="306"/>
        <source>&amp;Clear the List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="375"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="380"/>
        <source>&amp;Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="381"/>
        <source>&amp;Venues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="382"/>
        <source>&amp;Delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="383"/>
        <source>Peop&amp;le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="384"/>
        <source>&amp;Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="385"/>
        <source>&amp;Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="398"/>
        <source>Summit Planner — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="409"/>
        <source>{delegations} delegations · {people} people · sessions {placed}/{sessions} · bilaterals {granted}/{requests} · score {score} · {conflicts} conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="452"/>
        <source>Conflicts ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="458"/>
        <source>Cannot move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="464"/>
        <source>Cannot lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="470"/>
        <source>Cannot unplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="528"/>
        <source>Cannot open the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="533"/>
        <source>Opened {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="549"/>
        <source>Save the new plan as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="562"/>
        <source>Cannot create the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="572"/>
        <source>Save a copy of the plan as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="582"/>
        <source>Cannot save the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="584"/>
        <source>Saved a copy as {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="597"/>
        <source>Import a summit-plan document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="604"/>
        <location filename="../../planner/gui/main_window.py" line="612"/>
        <source>Cannot import the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="606"/>
        <source>Import {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="614"/>
        <source> ({count} warnings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="615"/>
        <source>Imported {name}{note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="621"/>
        <source>Export the plan as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="631"/>
        <source>Cannot export the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="633"/>
        <source>Exported the plan to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="640"/>
        <source>Import people from a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="654"/>
        <source>Import people from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="655"/>
        <source>Nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="670"/>
        <source>Export the calendar as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="687"/>
        <source>Cannot export the calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="690"/>
        <source>Wrote {count} events to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="701"/>
        <source>Write the invitations into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="715"/>
        <source>Cannot write the invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="718"/>
        <source>Wrote {count} invitations into {folder} ({unchanged} unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="742"/>
        <source>Cannot preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="752"/>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="755"/>
        <source>Sent {count} pages to the printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="765"/>
        <source>Export the PDF as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="775"/>
        <source>Cannot export the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="777"/>
        <source>Wrote {count} pages to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="808"/>
        <source>No conflicts: the schedule keeps rules 1–9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="810"/>
        <source>{count} conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="831"/>
        <source>Re-plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="831"/>
        <source>Build schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/main_window.py" line="835"/>
        <source>Cannot apply the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/base.py" line="126"/>
        <source>rows cannot be added here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/base.py" line="129"/>
        <source>rows cannot be removed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/base.py" line="225"/>
        <source>Change {what} {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/base.py" line="250"/>
        <source>Add {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/base.py" line="262"/>
        <source>Remove {count} {what}(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/event.py" line="51"/>
        <location filename="../../planner/gui/models/tables.py" line="69"/>
        <location filename="../../planner/gui/models/tables.py" line="135"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/event.py" line="57"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/event.py" line="63"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/event.py" line="66"/>
        <source>IANA name such as Asia/Almaty; every time in the plan is in this zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/event.py" line="72"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/event.py" line="75"/>
        <location filename="../../planner/gui/models/event.py" line="82"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/event.py" line="79"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/event.py" line="86"/>
        <source>Day starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/event.py" line="89"/>
        <location filename="../../planner/gui/models/event.py" line="96"/>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/event.py" line="93"/>
        <source>Day ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/event.py" line="100"/>
        <source>Slot (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/event.py" line="103"/>
        <source>The grid every start time sits on: 5, 10, 15 or 30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/event.py" line="107"/>
        <source>Changeover (minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/event.py" line="110"/>
        <source>Time a delegation needs between sessions in different buildings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/event.py" line="114"/>
        <source>Organiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/event.py" line="120"/>
        <source>Organiser e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/event.py" line="123"/>
        <source>The address invitations are sent from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/event.py" line="127"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/event.py" line="130"/>
        <source>BCP 47 tags separated by commas, e.g. en, ru, kk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/event.py" line="134"/>
        <source>Order of precedence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/event.py" line="140"/>
        <source>alphabetical: by status group, then name; rank: by the head&apos;s rank first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/event.py" line="147"/>
        <source>Alphabet starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/event.py" line="150"/>
        <source>The delegation drawn by lot whose name starts the alphabet; empty: A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/event.py" line="163"/>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/event.py" line="165"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="44"/>
        <source>no delegation called {name!r}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="67"/>
        <location filename="../../planner/gui/models/tables.py" line="216"/>
        <location filename="../../planner/gui/models/tables.py" line="326"/>
        <location filename="../../planner/gui/models/tables.py" line="394"/>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="72"/>
        <source>Building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="75"/>
        <source>Moving between buildings needs the changeover time (rule 9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="78"/>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="83"/>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="87"/>
        <source>Comma-separated: interpretation, video link, press, accessible, flags, catering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="92"/>
        <source>Unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="111"/>
        <source>Main building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="112"/>
        <source>New venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="132"/>
        <source>Place in the order of precedence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="138"/>
        <location filename="../../planner/gui/models/tables.py" line="423"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="145"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="148"/>
        <source>ISO 3166 two-letter code, e.g. KZ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="151"/>
        <source>Arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="155"/>
        <source>Event time, e.g. 2021-10-11 09:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="158"/>
        <source>Departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="162"/>
        <source>Event time, e.g. 2021-10-12 18:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="165"/>
        <source>Pinned place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="168"/>
        <source>Pins the delegation at this place; empty: the computed order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="172"/>
        <source>Home time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="175"/>
        <source>IANA name, e.g. Asia/Tokyo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="177"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="200"/>
        <source>New delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="218"/>
        <source>Delegation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="226"/>
        <source>Honorific</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="231"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="236"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="241"/>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="246"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="254"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="260"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="265"/>
        <source>Remote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="269"/>
        <source>Takes part by video link only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="284"/>
        <source>add a delegation first: every person belongs to one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="289"/>
        <source>New person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="328"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="331"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="338"/>
        <location filename="../../planner/gui/models/tables.py" line="412"/>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="343"/>
        <source>Delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="346"/>
        <source>&apos;all&apos;, or delegation names separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="349"/>
        <source>Seats each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="354"/>
        <source>Extra seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="359"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="362"/>
        <source>Venue features the session needs, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="364"/>
        <location filename="../../planner/gui/models/tables.py" line="433"/>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="378"/>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="396"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="404"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="417"/>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="420"/>
        <source>1 is the highest, 5 the lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="429"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="431"/>
        <source>What granting it adds to the score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/tables.py" line="447"/>
        <source>a bilateral meeting needs two delegations in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/values.py" line="37"/>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/values.py" line="41"/>
        <source>{value!r} is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/values.py" line="43"/>
        <source>must be at least {low}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/values.py" line="45"/>
        <source>must be at most {high}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/values.py" line="70"/>
        <source>{value!r} is not a date and time such as 2021-10-11 09:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/values.py" line="86"/>
        <source>{value!r} is not a date such as 2021-10-11</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/values.py" line="95"/>
        <source>{value!r} is not a time such as 09:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/values.py" line="104"/>
        <source>{value!r} is not one of: {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuildDialog</name>
    <message>
        <location filename="../../planner/gui/dialogs/build.py" line="75"/>
        <source>Re-plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/build.py" line="75"/>
        <source>Build schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/build.py" line="80"/>
        <source>Keeps locked placements where they are and improves the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/build.py" line="90"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/build.py" line="91"/>
        <source>Time limit in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/build.py" line="92"/>
        <source>The search stops after this long with the best found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/build.py" line="94"/>
        <source>Search progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/build.py" line="97"/>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/build.py" line="102"/>
        <source>Granted weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/build.py" line="103"/>
        <source>Bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/build.py" line="104"/>
        <source>Gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/build.py" line="109"/>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/build.py" line="111"/>
        <source>What the scheduler placed, moved and could not place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/build.py" line="115"/>
        <source>&amp;Time limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/build.py" line="116"/>
        <source>Granted weight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/build.py" line="117"/>
        <source>Bound:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/build.py" line="118"/>
        <source>Gap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/build.py" line="121"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/build.py" line="123"/>
        <source>St&amp;op</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/build.py" line="124"/>
        <source>Stop now and keep the best schedule found so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/build.py" line="126"/>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/build.py" line="127"/>
        <source>Put this schedule in the plan (Undo takes it back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/build.py" line="129"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/build.py" line="161"/>
        <source>searching… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/build.py" line="173"/>
        <source>stopping, keeping the best found…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/build.py" line="198"/>
        <source>stopped: best found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/build.py" line="198"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/build.py" line="207"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/build.py" line="209"/>
        <source>The scheduler could not run: {message}

The plan was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/build.py" line="233"/>
        <source>Placed {count}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/build.py" line="235"/>
        <source>Moved {count}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/build.py" line="237"/>
        <source>Could not place {count}:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarChoiceDialog</name>
    <message>
        <location filename="../../planner/gui/dialogs/calendar_choice.py" line="40"/>
        <source>Write invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/calendar_choice.py" line="40"/>
        <source>Export iCalendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/calendar_choice.py" line="43"/>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/calendar_choice.py" line="46"/>
        <source>Delegation: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/calendar_choice.py" line="56"/>
        <source>Venue: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/calendar_choice.py" line="58"/>
        <source>Whose meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/calendar_choice.py" line="59"/>
        <source>Type to jump to a delegation or a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/calendar_choice.py" line="60"/>
        <source>&amp;Send every invitation again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/calendar_choice.py" line="62"/>
        <source>Without this, only new and changed meetings are written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/calendar_choice.py" line="64"/>
        <source>Also write &amp;e-mail drafts (.eml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/calendar_choice.py" line="66"/>
        <source>&amp;For:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <location filename="../../planner/gui/views/conflicts.py" line="88"/>
        <source>Rule {rule}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/conflicts.py" line="96"/>
        <source>Items: {titles}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../planner/gui/views/conflicts.py" line="142"/>
        <location filename="../../planner/gui/views/conflicts.py" line="179"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/conflicts.py" line="143"/>
        <source>Double-click or press Enter to show the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/conflicts.py" line="174"/>
        <source>&amp;Conflicts ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/conflicts.py" line="176"/>
        <source>&amp;Conflicts: none, every rule is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/conflicts.py" line="178"/>
        <source>{count} rule violations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../planner/gui/errors.py" line="74"/>
        <source>Summit Planner — unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/errors.py" line="77"/>
        <source>Something went wrong that Summit Planner did not expect. Your plan file is safe: every change that was saved stays saved, and the step that failed changed nothing.

Please copy the details below into your report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/errors.py" line="85"/>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/errors.py" line="89"/>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/errors.py" line="91"/>
        <source>Copy the details to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DelegationTimeline</name>
    <message>
        <location filename="../../planner/gui/views/delegation_timeline.py" line="171"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/delegation_timeline.py" line="174"/>
        <source>Show &amp;home time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/delegation_timeline.py" line="176"/>
        <source>Label each delegation&apos;s row in its home time zone where it differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/delegation_timeline.py" line="178"/>
        <source>Show home time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/delegation_timeline.py" line="191"/>
        <source>Delegations by time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventSettingsDialog</name>
    <message>
        <location filename="../../planner/gui/dialogs/event_settings.py" line="35"/>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/event_settings.py" line="38"/>
        <source>e.g. CICA Ministerial Meeting 2021</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/event_settings.py" line="41"/>
        <source>IANA time zone name, e.g. Asia/Almaty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/event_settings.py" line="53"/>
        <source>{n} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/event_settings.py" line="58"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/event_settings.py" line="62"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/event_settings.py" line="66"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/event_settings.py" line="67"/>
        <source>&amp;City:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/event_settings.py" line="68"/>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/event_settings.py" line="69"/>
        <source>&amp;First day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/event_settings.py" line="70"/>
        <source>&amp;Last day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/event_settings.py" line="71"/>
        <source>Day &amp;starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/event_settings.py" line="72"/>
        <source>Day &amp;ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/event_settings.py" line="73"/>
        <source>S&amp;lot:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/event_settings.py" line="74"/>
        <source>C&amp;hangeover:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../planner/gui/models/page.py" line="98"/>
        <source>Search {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/page.py" line="99"/>
        <source>Search {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/page.py" line="125"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/page.py" line="126"/>
        <source>Add a row, then edit it in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/page.py" line="127"/>
        <source>Add to {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/page.py" line="128"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/page.py" line="129"/>
        <source>Remove the selected rows (Undo brings them back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/page.py" line="131"/>
        <source>Remove from {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/page.py" line="193"/>
        <source>Select the rows to remove first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/page.py" line="199"/>
        <source>Not removed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/models/page.py" line="204"/>
        <source>{field} not changed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <location filename="../../planner/gui/printing.py" line="42"/>
        <source>Print preview — {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/printing.py" line="50"/>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportChoiceDialog</name>
    <message>
        <location filename="../../planner/gui/dialogs/report_choice.py" line="50"/>
        <location filename="../../planner/gui/dialogs/report_choice.py" line="54"/>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/report_choice.py" line="51"/>
        <source>Print preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/report_choice.py" line="52"/>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/report_choice.py" line="57"/>
        <source>Roster of delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/report_choice.py" line="58"/>
        <source>Programme (per delegation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/report_choice.py" line="59"/>
        <source>Daily programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/report_choice.py" line="60"/>
        <source>Door sheets (per venue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/report_choice.py" line="65"/>
        <source>All delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/report_choice.py" line="69"/>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/report_choice.py" line="75"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/report_choice.py" line="76"/>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/report_choice.py" line="79"/>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/report_choice.py" line="80"/>
        <source>&amp;Delegation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/report_choice.py" line="81"/>
        <source>D&amp;ay:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/dialogs/report_choice.py" line="82"/>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimetableView</name>
    <message>
        <location filename="../../planner/gui/views/timetable.py" line="148"/>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/timetable.py" line="149"/>
        <source>The day shown (Ctrl+Page Up / Ctrl+Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/timetable.py" line="160"/>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/timetable.py" line="169"/>
        <source>Timetable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/timetable.py" line="272"/>
        <source>Show {day}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/timetable.py" line="276"/>
        <source>{day} is outside the event&apos;s dates (rule 8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/timetable.py" line="316"/>
        <source>red edge: breaks a rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/timetable.py" line="318"/>
        <source>padlock: locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnplacedList</name>
    <message>
        <location filename="../../planner/gui/views/unplaced.py" line="231"/>
        <location filename="../../planner/gui/views/unplaced.py" line="232"/>
        <source>Search unplaced items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/unplaced.py" line="233"/>
        <source>Filter by title, delegation or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/unplaced.py" line="238"/>
        <source>Unplaced items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/unplaced.py" line="240"/>
        <source>Drag an item onto the timetable to place it; double-click to edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/unplaced.py" line="255"/>
        <source>Unplaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/unplaced.py" line="273"/>
        <source>&amp;Unplaced ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/unplaced.py" line="275"/>
        <source>{count} items not on the schedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnplacedModel</name>
    <message>
        <location filename="../../planner/gui/views/unplaced.py" line="104"/>
        <source>{kind} · {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/unplaced.py" line="108"/>
        <source>all delegations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/unplaced.py" line="112"/>
        <source>Delegations: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/unplaced.py" line="120"/>
        <source>priority {priority} · {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/unplaced.py" line="124"/>
        <source>agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/unplaced.py" line="128"/>
        <source>Needs: {features}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Canvas</name>
    <message>
        <location filename="../../planner/gui/views/timetable.py" line="355"/>
        <source>Timetable grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/timetable.py" line="358"/>
        <source>Arrow keys move between blocks, Enter edits, L locks or unlocks, Delete takes the item off the schedule; drag a block to move it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/timetable.py" line="415"/>
        <source>{day}: {count} placements, {conflicts} with conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/timetable.py" line="419"/>
        <source>Selected: {item}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/timetable.py" line="557"/>
        <source>The plan has no venues yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/timetable.py" line="672"/>
        <source>All delegations present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/timetable.py" line="681"/>
        <source> and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/timetable.py" line="794"/>
        <source>Unknown venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/timetable.py" line="871"/>
        <source>Delegations: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/timetable.py" line="873"/>
        <source>Locked: the scheduler leaves it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/timetable.py" line="876"/>
        <source>Rule {rule} ({name}): {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/timetable.py" line="1095"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/timetable.py" line="1095"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/timetable.py" line="1097"/>
        <source>A locked placement stays where it is when the schedule is built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/timetable.py" line="1099"/>
        <source>Unplace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/timetable.py" line="1103"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_TimelineCanvas</name>
    <message>
        <location filename="../../planner/gui/views/delegation_timeline.py" line="289"/>
        <source>Delegation timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/delegation_timeline.py" line="325"/>
        <source>{day}: {busy} of {total} delegations have placements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/delegation_timeline.py" line="428"/>
        <source>The plan has no delegations yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/delegation_timeline.py" line="542"/>
        <source>home time {zone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/delegation_timeline.py" line="555"/>
        <source>Event time ({zone})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/delegation_timeline.py" line="601"/>
        <source>In town {arrival} – {departure}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/delegation_timeline.py" line="608"/>
        <source>Home time: {zone} ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/delegation_timeline.py" line="621"/>
        <source>Home time in {name}: {span}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>palette</name>
    <message>
        <location filename="../../planner/gui/views/palette.py" line="32"/>
        <source>Plenary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/palette.py" line="33"/>
        <source>Ministerial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/palette.py" line="34"/>
        <source>Bilateral session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/palette.py" line="35"/>
        <source>Ceremony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/palette.py" line="36"/>
        <source>Meal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/palette.py" line="37"/>
        <source>Press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/palette.py" line="38"/>
        <source>Side event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/palette.py" line="39"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../planner/gui/views/palette.py" line="40"/>
        <source>Bilateral meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
