<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name></name>
    <message>
        <source>no session or bilateral request {item!r}</source>
        <translation>{item!r} отырысы немесе екіжақты кездесу сұрауы жоқ</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Жылжыту</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Орналастыру</translation>
    </message>
    <message>
        <source>{title} is not placed</source>
        <translation>«{title}» кестеге қойылмаған</translation>
    </message>
    <message>
        <source>Unplace {title}</source>
        <translation>«{title}» кестеден алу</translation>
    </message>
    <message>
        <source>Lock {title}</source>
        <translation>«{title}» бекіту</translation>
    </message>
    <message>
        <source>Unlock {title}</source>
        <translation>«{title}» бекітуден босату</translation>
    </message>
    <message>
        <source>Summit Planner — cannot open the plan</source>
        <translation>Summit Planner — жоспарды ашу мүмкін емес</translation>
    </message>
    <message>
        <source>The plan could not be opened.</source>
        <translation>Жоспар ашылмады.</translation>
    </message>
    <message>
        <source>The file was not changed. Open another plan, or start from the sample plan?</source>
        <translation>Файл өзгертілген жоқ. Басқа жоспарды ашу ма, әлде үлгі жоспардан бастау ма?</translation>
    </message>
    <message>
        <source>&amp;Open another…</source>
        <translation>&amp;Басқасын ашу…</translation>
    </message>
    <message>
        <source>Use the &amp;sample plan</source>
        <translation>Ү&amp;лгі жоспарды алу</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Шығ&amp;у</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… және тағы {count}</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>орнатылмаған</translation>
    </message>
    <message>
        <source>Summit Planner</source>
        <translation>Summit Planner</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>OR-Tools</source>
        <translation>OR-Tools</translation>
    </message>
    <message>
        <source>Time-zone data</source>
        <translation>Уақыт белдеулерінің деректері</translation>
    </message>
    <message>
        <source>{release} (tzdata package)</source>
        <translation>{release} (tzdata пакеті)</translation>
    </message>
    <message>
        <source>Quick guide</source>
        <translation>Қысқаша нұсқаулық</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Перне тіркесімдері</translation>
    </message>
    <message>
        <source>Plans, schedules and prints summits and ministerial meetings.</source>
        <translation>Саммиттер мен министрлер кездесулерін жоспарлау, кестесін құру және құжаттарын басып шығару.</translation>
    </message>
    <message>
        <source>About Summit Planner</source>
        <translation>Summit Planner туралы</translation>
    </message>
    <message>
        <source>No plan was chosen.</source>
        <translation>Жоспар таңдалмады.</translation>
    </message>
    <message>
        <source>Open a plan</source>
        <translation>Жоспарды ашу</translation>
    </message>
    <message>
        <source>Views of the plan</source>
        <translation>Жоспар көріністері</translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation>Жоспар қорытындысы</translation>
    </message>
    <message>
        <source>&amp;Timetable</source>
        <translation>К&amp;есте</translation>
    </message>
    <message>
        <source>&amp;By Delegation</source>
        <translation>Делегациялар &amp;бойынша</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Қайшылықтар</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Жаңа…</translation>
    </message>
    <message>
        <source>Start a new plan file</source>
        <translation>Жаңа жоспар файлын бастау</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ашу…</translation>
    </message>
    <message>
        <source>Open a plan file</source>
        <translation>Жоспар файлын ашу</translation>
    </message>
    <message>
        <source>Write the plan to another plan file; you keep working on this one</source>
        <translation>Жоспарды басқа файлға жазу; жұмыс осы файлда жалғасады</translation>
    </message>
    <message>
        <source>&amp;Import Plan (JSON)…</source>
        <translation>Жоспарды &amp;импорттау (JSON)…</translation>
    </message>
    <message>
        <source>Replace this plan with a summit-plan document (Undo brings it back)</source>
        <translation>Бұл жоспарды summit-plan құжатымен алмастыру (болдырмау қайтарады)</translation>
    </message>
    <message>
        <source>&amp;Export Plan (JSON)…</source>
        <translation>Жоспарды &amp;экспорттау (JSON)…</translation>
    </message>
    <message>
        <source>Write the plan as a summit-plan document for another office</source>
        <translation>Жоспарды басқа мекемеге summit-plan құжаты ретінде жазу</translation>
    </message>
    <message>
        <source>Add or update people from an accreditation list (XLSX or CSV)</source>
        <translation>Аккредиттеу тізімінен (XLSX немесе CSV) қатысушыларды қосу не жаңарту</translation>
    </message>
    <message>
        <source>Export i&amp;Calendar…</source>
        <translation>i&amp;Calendar экспорттау…</translation>
    </message>
    <message>
        <source>Write the schedule as an .ics calendar for a delegation, a person or a venue</source>
        <translation>Кестені делегацияға, қатысушыға не залға арналған .ics күнтізбесі ретінде жазу</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Басып шығару…</translation>
    </message>
    <message>
        <source>Print a roster or a programme</source>
        <translation>Делегациялар тізімін немесе бағдарламаны басып шығару</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Басып шығаруды алдын ала &amp;қарау…</translation>
    </message>
    <message>
        <source>See the pages before printing</source>
        <translation>Басып шығармас бұрын беттерді көру</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>P&amp;DF-ке экспорттау…</translation>
    </message>
    <message>
        <source>Write a roster or a programme as a PDF file</source>
        <translation>Делегациялар тізімін немесе бағдарламаны PDF файлына жазу</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Б&amp;олдырмау</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Қайталау</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <source>Search the list in front</source>
        <translation>Ашық тұрған тізімнен іздеу</translation>
    </message>
    <message>
        <source>Prefere&amp;nces…</source>
        <translation>Ба&amp;птаулар…</translation>
    </message>
    <message>
        <source>Choose the language of the window</source>
        <translation>Терезе тілін таңдау</translation>
    </message>
    <message>
        <source>&amp;Check Rules</source>
        <translation>Ережелерді &amp;тексеру</translation>
    </message>
    <message>
        <source>&amp;Build Schedule…</source>
        <translation>Кесте &amp;құру…</translation>
    </message>
    <message>
        <source>Let the scheduler place every session and as many bilaterals as it can</source>
        <translation>Жоспарлаушыға барлық отырыстарды және мүмкіндігінше көп екіжақты кездесулерді орналастыруды тапсыру</translation>
    </message>
    <message>
        <source>&amp;Re-plan…</source>
        <translation>Қайта &amp;жоспарлау…</translation>
    </message>
    <message>
        <source>Improve the schedule, keeping locked placements where they are</source>
        <translation>Бекітілген орналастыруларды орнында қалдырып, кестені жақсарту</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Үлкейту</translation>
    </message>
    <message>
        <source>Show more of each hour</source>
        <translation>Әр сағатты толығырақ көрсету</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Кі&amp;шірейту</translation>
    </message>
    <message>
        <source>Show more of the day</source>
        <translation>Күннің көбірек бөлігін көрсету</translation>
    </message>
    <message>
        <source>&amp;Fit the Day</source>
        <translation>Күнді &amp;толық көрсету</translation>
    </message>
    <message>
        <source>Show the whole working day in the timetable&apos;s height</source>
        <translation>Бүкіл жұмыс күнін кесте биіктігіне сыйғызу</translation>
    </message>
    <message>
        <source>&amp;Conflicts Panel</source>
        <translation>Қайшылықтар &amp;панелі</translation>
    </message>
    <message>
        <source>Show or hide the list of broken rules</source>
        <translation>Бұзылған ережелер тізімін көрсету не жасыру</translation>
    </message>
    <message>
        <source>&amp;Quick Guide</source>
        <translation>&amp;Қысқаша нұсқаулық</translation>
    </message>
    <message>
        <source>How to plan a summit here</source>
        <translation>Мұнда саммитті қалай жоспарлауға болады</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Перне тіркесімдері</translation>
    </message>
    <message>
        <source>Every shortcut key</source>
        <translation>Барлық перне тіркесімдері</translation>
    </message>
    <message>
        <source>&amp;About Summit Planner</source>
        <translation>Summit Planner &amp;туралы</translation>
    </message>
    <message>
        <source>Versions in use</source>
        <translation>Қолданылатын нұсқалар</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Соңғы жоспарлар</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Т&amp;үзету</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Жоспар</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>Соңғы жоспарлар жоқ</translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation>Тізімді &amp;тазарту</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Санау…</translation>
    </message>
    <message>
        <source>Eve&amp;nt</source>
        <translation>&amp;Іс-шара</translation>
    </message>
    <message>
        <source>Ven&amp;ues</source>
        <translation>&amp;Залдар</translation>
    </message>
    <message>
        <source>&amp;Delegations</source>
        <translation>&amp;Делегациялар</translation>
    </message>
    <message>
        <source>Peop&amp;le</source>
        <translation>&amp;Қатысушылар</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Отырыстар</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>&amp;Сұраулар</translation>
    </message>
    <message>
        <source>Conflicts ({count})</source>
        <translation>Қайшылықтар ({count})</translation>
    </message>
    <message>
        <source>Cannot move</source>
        <translation>Жылжыту мүмкін емес</translation>
    </message>
    <message>
        <source>Cannot lock</source>
        <translation>Бекіту мүмкін емес</translation>
    </message>
    <message>
        <source>Cannot unplace</source>
        <translation>Кестеден алу мүмкін емес</translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation>Жоспарды ашу мүмкін емес</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>{name} ашылды</translation>
    </message>
    <message>
        <source>Save the new plan as</source>
        <translation>Жаңа жоспарды былай сақтау</translation>
    </message>
    <message>
        <source>Cannot create the plan</source>
        <translation>Жоспарды құру мүмкін емес</translation>
    </message>
    <message>
        <source>Save a copy of the plan as</source>
        <translation>Жоспардың көшірмесін былай сақтау</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>Көшірмені сақтау мүмкін емес</translation>
    </message>
    <message>
        <source>Saved a copy as {path}</source>
        <translation>Көшірме {path} ретінде сақталды</translation>
    </message>
    <message>
        <source>Import a summit-plan document</source>
        <translation>summit-plan құжатын импорттау</translation>
    </message>
    <message>
        <source>Cannot import the plan</source>
        <translation>Жоспарды импорттау мүмкін емес</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>{name} импорттау</translation>
    </message>
    <message>
        <source> ({count} warnings)</source>
        <translation> (ескертулер: {count})</translation>
    </message>
    <message>
        <source>Imported {name}{note}</source>
        <translation>{name} импортталды{note}</translation>
    </message>
    <message>
        <source>Export the plan as</source>
        <translation>Жоспарды былай экспорттау</translation>
    </message>
    <message>
        <source>Cannot export the plan</source>
        <translation>Жоспарды экспорттау мүмкін емес</translation>
    </message>
    <message>
        <source>Exported the plan to {path}</source>
        <translation>Жоспар {path} файлына экспортталды</translation>
    </message>
    <message>
        <source>Import people from a spreadsheet</source>
        <translation>Кестеден қатысушыларды импорттау</translation>
    </message>
    <message>
        <source>Import people from {name}</source>
        <translation>{name} ішінен қатысушыларды импорттау</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Ештеңе импортталмады</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 қайшылық</translation>
    </message>
    <message>
        <source>Save a Cop&amp;y As…</source>
        <translation>&amp;Көшірмесін басқаша сақтау…</translation>
    </message>
    <message>
        <source>Import People from &amp;Spreadsheet…</source>
        <translation>Кестеден қат&amp;ысушыларды импорттау…</translation>
    </message>
    <message>
        <source>Write Invi&amp;tations…</source>
        <translation>&amp;Шақыруларды жазу…</translation>
    </message>
    <message>
        <source>Write invitation files to send: one .ics per meeting (and an e-mail draft if asked), with updates and cancellations since the last time</source>
        <translation>Жіберуге арналған шақыру файлдарын жазу: әр кездесуге бір .ics (қажет болса, эл. хат жобасы да), соңғы реттен бергі өзгерістер мен бас тартулармен</translation>
    </message>
    <message>
        <source>Check rules 1–10 and list conflicts</source>
        <translation>1–10 ережелерін тексеріп, қайшылықтарды көрсету</translation>
    </message>
    <message>
        <source>{name} — Summit Planner</source>
        <translation>{name} — Summit Planner</translation>
    </message>
    <message>
        <source>{delegations} delegations · {people} people · sessions {placed}/{sessions} · bilaterals {granted}/{requests} · score {score} · {conflicts}</source>
        <translation>делегациялар: {delegations} · қатысушылар: {people} · отырыстар {placed}/{sessions} · екіжақты кездесулер {granted}/{requests} · баға {score} · {conflicts}</translation>
    </message>
    <message>
        <source>Cannot undo or redo “{text}”</source>
        <translation>«{text}» болдырмау не қайталау мүмкін емес</translation>
    </message>
    <message>
        <source>the sheet has problems</source>
        <translation>кестеде қателер бар</translation>
    </message>
    <message>
        <source>Export the calendar as</source>
        <translation>Күнтізбені былай экспорттау</translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation>Күнтізбені экспорттау мүмкін емес</translation>
    </message>
    <message>
        <source>Wrote {count} events to {path}</source>
        <translation>Жазылған оқиғалар: {count}, файл {path}</translation>
    </message>
    <message>
        <source>Write the invitations into</source>
        <translation>Шақыруларды мына қалтаға жазу</translation>
    </message>
    <message>
        <source>Cannot write the invitations</source>
        <translation>Шақыруларды жазу мүмкін емес</translation>
    </message>
    <message>
        <source>Cannot preview</source>
        <translation>Алдын ала қарау мүмкін емес</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Басып шығару мүмкін емес</translation>
    </message>
    <message>
        <source>Sent {count} pages to the printer</source>
        <translation>Принтерге жіберілген беттер: {count}</translation>
    </message>
    <message>
        <source>Export the PDF as</source>
        <translation>PDF-ті былай экспорттау</translation>
    </message>
    <message>
        <source>Cannot export the PDF</source>
        <translation>PDF экспорттау мүмкін емес</translation>
    </message>
    <message>
        <source>Wrote {count} pages to {path}</source>
        <translation>Жазылған беттер: {count}, файл {path}</translation>
    </message>
    <message>
        <source>{count} conflicts</source>
        <translation>Қайшылықтар: {count}</translation>
    </message>
    <message>
        <source>.ics and .eml</source>
        <translation>.ics және .eml</translation>
    </message>
    <message>
        <source>.ics</source>
        <translation>.ics</translation>
    </message>
    <message>
        <source>1 invitation</source>
        <translation>1 шақыру</translation>
    </message>
    <message>
        <source>{count} invitations</source>
        <translation>{count} шақыру</translation>
    </message>
    <message>
        <source>, {count} cancellations</source>
        <translation>, {count} бас тарту</translation>
    </message>
    <message>
        <source>{written} ({kinds}) into {folder}; {unchanged} unchanged</source>
        <translation>{written} ({kinds}) {folder} қалтасына жазылды; өзгермегені: {unchanged}</translation>
    </message>
    <message>
        <source>No conflicts: the schedule keeps rules 1–10.</source>
        <translation>Қайшылық жоқ: кесте 1–10 ережелерін сақтайды.</translation>
    </message>
    <message>
        <source>Re-plan</source>
        <translation>Қайта жоспарлау</translation>
    </message>
    <message>
        <source>Build schedule</source>
        <translation>Кесте құру</translation>
    </message>
    <message>
        <source>Cannot apply the schedule</source>
        <translation>Кестені қолдану мүмкін емес</translation>
    </message>
    <message>
        <source>rows cannot be added here</source>
        <translation>мұнда жол қосуға болмайды</translation>
    </message>
    <message>
        <source>rows cannot be removed here</source>
        <translation>мұнда жолды жоюға болмайды</translation>
    </message>
    <message>
        <source>Change {what} {field}</source>
        <translation>{what} өзгерту: {field}</translation>
    </message>
    <message>
        <source>In the plan&apos;s order</source>
        <translation>Жоспардағы ретпен</translation>
    </message>
    <message>
        <source>Add {what}</source>
        <translation>Қосу: {what}</translation>
    </message>
    <message>
        <source>Remove {count} {what}(s)</source>
        <translation>Жою ({count}): {what}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Қала</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Уақыт белдеуі</translation>
    </message>
    <message>
        <source>IANA name such as Asia/Almaty; every time in the plan is in this zone</source>
        <translation>Asia/Almaty сияқты IANA атауы; жоспардағы барлық уақыт осы белдеуде</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Бірінші күн</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ЖЖЖЖ-АА-КК</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Соңғы күн</translation>
    </message>
    <message>
        <source>Day starts</source>
        <translation>Күн басталуы</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>СС:ММ</translation>
    </message>
    <message>
        <source>Day ends</source>
        <translation>Күн аяқталуы</translation>
    </message>
    <message>
        <source>Slot (minutes)</source>
        <translation>Тор қадамы (минут)</translation>
    </message>
    <message>
        <source>The grid every start time sits on: 5, 10, 15 or 30</source>
        <translation>Әр басталу уақыты тұратын тор: 5, 10, 15 немесе 30</translation>
    </message>
    <message>
        <source>Changeover (minutes)</source>
        <translation>Ауысу уақыты (минут)</translation>
    </message>
    <message>
        <source>Time a delegation needs between sessions in different buildings</source>
        <translation>Делегацияға әр түрлі ғимараттағы отырыстар арасында қажет уақыт</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Ұйымдастырушы</translation>
    </message>
    <message>
        <source>Organiser e-mail</source>
        <translation>Ұйымдастырушының эл. поштасы</translation>
    </message>
    <message>
        <source>The address invitations are sent from</source>
        <translation>Шақырулар жіберілетін мекенжай</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Тілдер</translation>
    </message>
    <message>
        <source>BCP 47 tags separated by commas, e.g. en, ru, kk</source>
        <translation>Үтірмен бөлінген BCP 47 тегтері, мысалы en, ru, kk</translation>
    </message>
    <message>
        <source>Order of precedence</source>
        <translation>Протоколдық кезектілік</translation>
    </message>
    <message>
        <source>alphabetical: by status group, then name; rank: by the head&apos;s rank first</source>
        <translation>alphabetical: мәртебе тобы, содан кейін атауы бойынша; rank: алдымен делегация басшысының дәрежесі бойынша</translation>
    </message>
    <message>
        <source>Alphabet starts at</source>
        <translation>Әліпби басталатын делегация</translation>
    </message>
    <message>
        <source>The delegation drawn by lot whose name starts the alphabet; empty: A</source>
        <translation>Жеребе бойынша анықталған, атауынан әліпби басталатын делегация; бос: A</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Мәні</translation>
    </message>
    <message>
        <source>no delegation called {name!r}</source>
        <translation>{name!r} деп аталатын делегация жоқ</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Коды</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Ғимарат</translation>
    </message>
    <message>
        <source>Moving between buildings needs the changeover time (rule 9)</source>
        <translation>Ғимараттар арасында ауысуға ауысу уақыты керек (9-ереже)</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Орын саны</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Жабдықтар</translation>
    </message>
    <message>
        <source>Comma-separated: interpretation, video link, press, accessible, flags, catering</source>
        <translation>Үтірмен: interpretation (ілеспе аударма), video link (бейнебайланыс), press (баспасөз), accessible (кедергісіз орта), flags (тулар), catering (тамақтандыру)</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Қолжетімсіз</translation>
    </message>
    <message>
        <source>When the venue cannot be used, e.g. 2021-10-11 09:00–12:00; 2021-10-12 14:00–15:30 (empty: always open)</source>
        <translation>Зал пайдалануға болмайтын уақыт, мысалы 2021-10-11 09:00–12:00; 2021-10-12 14:00–15:30 (бос: әрқашан қолжетімді)</translation>
    </message>
    <message>
        <source>Main building</source>
        <translation>Бас ғимарат</translation>
    </message>
    <message>
        <source>New venue</source>
        <translation>Жаңа зал</translation>
    </message>
    <message>
        <source>In the order of precedence</source>
        <translation>Протоколдық кезектілік бойынша</translation>
    </message>
    <message>
        <source>Place in the order of precedence</source>
        <translation>Протоколдық кезектіліктегі орны</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ел</translation>
    </message>
    <message>
        <source>ISO 3166 two-letter code, e.g. KZ</source>
        <translation>ISO 3166 екі әріпті коды, мысалы KZ</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Келуі</translation>
    </message>
    <message>
        <source>Event time, e.g. 2021-10-11 09:00</source>
        <translation>Іс-шара уақыты, мысалы 2021-10-11 09:00</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Кетуі</translation>
    </message>
    <message>
        <source>Event time, e.g. 2021-10-12 18:00</source>
        <translation>Іс-шара уақыты, мысалы 2021-10-12 18:00</translation>
    </message>
    <message>
        <source>Pinned place</source>
        <translation>Бекітілген орны</translation>
    </message>
    <message>
        <source>Pins the delegation at this place; empty: the computed order</source>
        <translation>Делегацияны осы орынға қояды; бос: есептелген тәртіп</translation>
    </message>
    <message>
        <source>Home time zone</source>
        <translation>Елінің уақыт белдеуі</translation>
    </message>
    <message>
        <source>IANA name, e.g. Asia/Tokyo</source>
        <translation>IANA атауы, мысалы Asia/Tokyo</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <source>New delegation</source>
        <translation>Жаңа делегация</translation>
    </message>
    <message>
        <source>In the order of precedence, by delegation</source>
        <translation>Делегациялар бойынша, протоколдық кезектілікпен</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Құрметті атауы</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Тегі</translation>
    </message>
    <message>
        <source>Roster of delegations</source>
        <translation>Делегациялар тізімі</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Бағдарлама</translation>
    </message>
    <message>
        <source>Daily programme</source>
        <translation>Күн бағдарламасы</translation>
    </message>
    <message>
        <source>Venue door sheets</source>
        <translation>Зал есігіне арналған кестелер</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Делегация басшысы</translation>
    </message>
    <message>
        <source>Deputy head</source>
        <translation>Делегация басшысының орынбасары</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Делегация мүшесі</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Кеңесші</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Аудармашы</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Қауіпсіздік қызметі</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Баспасөз</translation>
    </message>
    <message>
        <source>Liaison officer</source>
        <translation>Байланыс офицері</translation>
    </message>
    <message>
        <source>head of state</source>
        <translation>мемлекет басшысы</translation>
    </message>
    <message>
        <source>head of government</source>
        <translation>үкімет басшысы</translation>
    </message>
    <message>
        <source>vice president</source>
        <translation>вице-президент</translation>
    </message>
    <message>
        <source>minister</source>
        <translation>министр</translation>
    </message>
    <message>
        <source>deputy minister</source>
        <translation>министрдің орынбасары</translation>
    </message>
    <message>
        <source>ambassador</source>
        <translation>елші</translation>
    </message>
    <message>
        <source>senior official</source>
        <translation>аға лауазымды тұлға</translation>
    </message>
    <message>
        <source>official</source>
        <translation>лауазымды тұлға</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>қызметкер</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Қабылдаушы тарап</translation>
    </message>
    <message>
        <source>Member state</source>
        <translation>Мүше мемлекет</translation>
    </message>
    <message>
        <source>Observer state</source>
        <translation>Бақылаушы мемлекет</translation>
    </message>
    <message>
        <source>Observer organisation</source>
        <translation>Бақылаушы ұйым</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Серіктес ұйым</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Қонақ</translation>
    </message>
    <message>
        <source>(ends {day})</source>
        <translation>({day} дейін)</translation>
    </message>
    <message>
        <source>Times are local to {city} ({zone}, {offset} on {day}).</source>
        <translation>Уақыт {city} қаласының жергілікті уақыты ({zone}, {day} күні {offset}).</translation>
    </message>
    <message>
        <source>people: {count}</source>
        <translation>адам саны: {count}</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Дәрежесі</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a person&apos;s name</comment>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <source>No members are listed yet.</source>
        <translation>Делегация құрамы әлі көрсетілмеген.</translation>
    </message>
    <message>
        <source>By video link</source>
        <translation>Бейнебайланыс арқылы</translation>
    </message>
    <message>
        <source>All delegations ({count} present)</source>
        <translation>Барлық делегациялар (қатысатыны: {count})</translation>
    </message>
    <message>
        <source>By video link: {names}</source>
        <translation>Бейнебайланыс арқылы: {names}</translation>
    </message>
    <message>
        <source>Bilateral {first}–{second}</source>
        <translation>Екіжақты кездесу {first} – {second}</translation>
    </message>
    <message>
        <source>The plan lists no delegations.</source>
        <translation>Жоспарда делегациялар жоқ.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Іс-шара</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Зал</translation>
    </message>
    <message>
        <source>Home time ({zone})</source>
        <translation>Елінің уақыты ({zone})</translation>
    </message>
    <message>
        <source>same</source>
        <translation>сол уақыт</translation>
    </message>
    <message>
        <source>Head of delegation: {name}</source>
        <translation>Делегация басшысы: {name}</translation>
    </message>
    <message>
        <source>In town: {arrival} – {departure}</source>
        <translation>Қалада: {arrival} – {departure}</translation>
    </message>
    <message>
        <source>Home time is {zone}.</source>
        <translation>Елінің уақыты: {zone}.</translation>
    </message>
    <message>
        <source>Nothing is placed for this delegation on {day}.</source>
        <translation>{day} күні бұл делегация үшін ештеңе жоспарланбаған.</translation>
    </message>
    <message>
        <source>Nothing is placed for this delegation during the event.</source>
        <translation>Іс-шара кезінде бұл делегация үшін ештеңе жоспарланбаған.</translation>
    </message>
    <message>
        <source>Programme of the delegation</source>
        <translation>Делегация бағдарламасы</translation>
    </message>
    <message>
        <source>Nothing is placed on this day.</source>
        <translation>Бұл күні ештеңе жоспарланбаған.</translation>
    </message>
    <message>
        <source>items: {count}</source>
        <translation>іс-шаралар: {count}</translation>
    </message>
    <message>
        <source>No venue is used on {day}.</source>
        <translation>{day} күні залдар пайдаланылмайды.</translation>
    </message>
    <message>
        <source>No venue is used during the event.</source>
        <translation>Іс-шара кезінде залдар пайдаланылмайды.</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Залдар</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. пошта</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Қашықтан</translation>
    </message>
    <message>
        <source>Takes part by video link only</source>
        <translation>Тек бейнебайланыс арқылы қатысады</translation>
    </message>
    <message>
        <source>add a delegation first: every person belongs to one</source>
        <translation>алдымен делегация қосыңыз: әр қатысушы бір делегацияға жатады</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Жаңа қатысушы</translation>
    </message>
    <message>
        <source>no session called {name!r}</source>
        <translation>{name!r} деп аталатын отырыс жоқ</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минут</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Делегациялар</translation>
    </message>
    <message>
        <source>&apos;all&apos;, or delegation names separated by commas</source>
        <translation>«all» немесе үтірмен бөлінген делегация атаулары</translation>
    </message>
    <message>
        <source>Seats each</source>
        <translation>Әр делегацияға орын</translation>
    </message>
    <message>
        <source>Extra seats</source>
        <translation>Қосымша орындар</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Қажет</translation>
    </message>
    <message>
        <source>Venue features the session needs, separated by commas</source>
        <translation>Отырысқа қажет зал жабдықтары, үтірмен</translation>
    </message>
    <message>
        <source>Fixed start</source>
        <translation>Белгіленген басталуы</translation>
    </message>
    <message>
        <source>The session starts exactly then, e.g. 2021-10-12 10:00; empty: free</source>
        <translation>Отырыс дәл осы уақытта басталады, мысалы 2021-10-12 10:00; бос: еркін</translation>
    </message>
    <message>
        <source>Fixed venue</source>
        <translation>Белгіленген зал</translation>
    </message>
    <message>
        <source>The session takes place in this venue; empty: any that fits</source>
        <translation>Отырыс осы залда өтеді; бос: кез келген сәйкес зал</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Ең ерте басталуы</translation>
    </message>
    <message>
        <source>The earliest start, e.g. 2021-10-12 12:30; empty: the first day</source>
        <translation>Ең ерте басталу уақыты, мысалы 2021-10-12 12:30; бос: бірінші күн</translation>
    </message>
    <message>
        <source>Ends by</source>
        <translation>Ең кеш аяқталуы</translation>
    </message>
    <message>
        <source>The latest end, e.g. 2021-10-12 14:30; empty: the last day</source>
        <translation>Ең кеш аяқталу уақыты, мысалы 2021-10-12 14:30; бос: соңғы күн</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Кейін</translation>
    </message>
    <message>
        <source>The session starts only once these sessions have ended (rule 10)</source>
        <translation>Отырыс осы отырыстар аяқталғаннан кейін ғана басталады (10-ереже)</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Кестеде</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Жаңа отырыс</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Кімнен</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Басымдық</translation>
    </message>
    <message>
        <source>1 is the highest, 5 the lowest</source>
        <translation>1 — ең жоғары, 5 — ең төмен</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Салмағы</translation>
    </message>
    <message>
        <source>What granting it adds to the score</source>
        <translation>Сұрау қанағаттандырылса, бағаға қосылатыны</translation>
    </message>
    <message>
        <source>a bilateral meeting needs two delegations in the plan</source>
        <translation>екіжақты кездесуге жоспардағы екі делегация керек</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>бүтін сан күтілді</translation>
    </message>
    <message>
        <source>{value!r} is not a whole number</source>
        <translation>{value!r} бүтін сан емес</translation>
    </message>
    <message>
        <source>must be at least {low}</source>
        <translation>кемінде {low} болуы керек</translation>
    </message>
    <message>
        <source>must be at most {high}</source>
        <translation>ең көбі {high} болуы керек</translation>
    </message>
    <message>
        <source>{value!r} is not a date and time such as 2021-10-11 09:00</source>
        <translation>{value!r} — 2021-10-11 09:00 сияқты күн мен уақыт емес</translation>
    </message>
    <message>
        <source>{value!r} is not a date such as 2021-10-11</source>
        <translation>{value!r} — 2021-10-11 сияқты күн емес</translation>
    </message>
    <message>
        <source>{value!r} is not a time such as 09:30</source>
        <translation>{value!r} — 09:30 сияқты уақыт емес</translation>
    </message>
    <message>
        <source>{value!r} is not one of: {allowed}</source>
        <translation>{value!r} мыналардың бірі емес: {allowed}</translation>
    </message>
    <message>
        <source>{value!r}: give a start and an end, such as 2021-10-11 09:00–12:00</source>
        <translation>{value!r}: басы мен соңын көрсетіңіз, мысалы 2021-10-11 09:00–12:00</translation>
    </message>
    <message>
        <source>{value!r}: the end must come after the start</source>
        <translation>{value!r}: соңы басынан кейін болуы керек</translation>
    </message>
    <message>
        <source>Plan, schedule and print summits and ministerial meetings. Without a command, opens the window on the last plan used (or on FILE.summit).</source>
        <translation>Саммиттер мен министрлер кездесулерін жоспарлау, кестесін құру және құжаттарын басып шығару. Командасыз соңғы жоспармен (немесе FILE.summit файлымен) терезені ашады.</translation>
    </message>
    <message>
        <source>Exit codes: 0 fine, 1 the plan has problems, 2 bad usage or unreadable input.</source>
        <translation>Шығу кодтары: 0 — бәрі дұрыс, 1 — жоспарда мәселелер бар, 2 — қате қолдану немесе оқылмайтын кіріс.</translation>
    </message>
    <message>
        <source>unexpected error ({error}). Nothing was changed by the failed step; please report this with the input that caused it.</source>
        <translation>күтпеген қате ({error}). Сәтсіз қадам ештеңені өзгертпеді; қатені тудырған кіріс деректерімен бірге хабарлаңыз.</translation>
    </message>
    <message>
        <source>write an iCalendar file of the placed items</source>
        <translation>орналастырылған іс-шаралардың iCalendar файлын жазу</translation>
    </message>
    <message>
        <source>write an invitation file per item, only for what changed since the last run</source>
        <translation>әр іс-шараға шақыру файлын жазу, тек соңғы іске қосудан бері өзгергендерге</translation>
    </message>
    <message>
        <source>, {count} cancelled</source>
        <translation>, бас тартылғаны: {count}</translation>
    </message>
    <message>
        <source>wrote {path}: {events} event(s) for {scope}{cancelled}; {changed} new or changed since the last export</source>
        <translation>{path} жазылды: «{scope}» үшін оқиғалар {events}{cancelled}; соңғы экспорттан бері жаңа не өзгергені: {changed}</translation>
    </message>
    <message>
        <source>skipped {reason}</source>
        <translation>өткізілді: {reason}</translation>
    </message>
    <message>
        <source>{requests} invitation(s) and {cancellations} cancellation(s) for {scope} in {folder}; {unchanged} unchanged since the last run</source>
        <translation>шақырулар: {requests}, бас тартулар: {cancellations}, «{scope}» үшін, {folder} қалтасында; соңғы іске қосудан бері өзгермегені: {unchanged}</translation>
    </message>
    <message>
        <source>the plan file</source>
        <translation>жоспар файлы</translation>
    </message>
    <message>
        <source>write a fresh copy of the sample plan</source>
        <translation>үлгі жоспардың жаңа көшірмесін жазу</translation>
    </message>
    <message>
        <source>create a plan file from a summit-plan JSON document</source>
        <translation>summit-plan JSON құжатынан жоспар файлын құру</translation>
    </message>
    <message>
        <source>write the plan as summit-plan JSON</source>
        <translation>жоспарды summit-plan JSON ретінде жазу</translation>
    </message>
    <message>
        <source>list every broken scheduling rule (exit 1 if any)</source>
        <translation>бұзылған кесте ережелерінің бәрін көрсету (бар болса, шығу коды 1)</translation>
    </message>
    <message>
        <source>print the event and what the plan holds</source>
        <translation>іс-шара мен жоспар құрамын көрсету</translation>
    </message>
    <message>
        <source>wrote the sample plan to {path}</source>
        <translation>үлгі жоспар {path} файлына жазылды</translation>
    </message>
    <message>
        <source>updated {path}</source>
        <translation>{path} жаңартылды</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>{path} жазылды</translation>
    </message>
    <message>
        <source>{count} broken rule(s) in {placed} placement(s)</source>
        <translation>бұзылған ережелер: {count}, орналастырулар: {placed}</translation>
    </message>
    <message>
        <source>no broken rules in {placed} placement(s)</source>
        <translation>бұзылған ереже жоқ, орналастырулар: {placed}</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Іс-шара:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Орны:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Күндері:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Уақыт белдеуі:</translation>
    </message>
    <message>
        <source>{zone} ({offset} on the first day; tz database {version})</source>
        <translation>{zone} (бірінші күні {offset}; tz дерекқоры {version})</translation>
    </message>
    <message>
        <source>Grid:</source>
        <translation>Тор:</translation>
    </message>
    <message>
        <source>{slot} min slots, {changeover} min changeover</source>
        <translation>қадамы {slot} мин, ауысу {changeover} мин</translation>
    </message>
    <message>
        <source>Venues:</source>
        <translation>Залдар:</translation>
    </message>
    <message>
        <source>{count} in {buildings} building(s)</source>
        <translation>{count}, ғимараттар: {buildings}</translation>
    </message>
    <message>
        <source>Delegations:</source>
        <translation>Делегациялар:</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>Қатысушылар:</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Отырыстар:</translation>
    </message>
    <message>
        <source>{count} ({placed} placed)</source>
        <translation>{count} (орналастырылғаны: {placed})</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>Сұраулар:</translation>
    </message>
    <message>
        <source>{count} ({granted} granted of {total} not declined)</source>
        <translation>{count} (бас тартылмаған {total} ішінен {granted} қанағаттандырылды)</translation>
    </message>
    <message>
        <source>Placements:</source>
        <translation>Орналастырулар:</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Баға:</translation>
    </message>
    <message>
        <source>{score} (weight {weight}, {absences} absence(s))</source>
        <translation>{score} (салмағы {weight}, қатыспаулар: {absences})</translation>
    </message>
    <message>
        <source>print a roster, programmes, a daily programme or venue door sheets to PDF</source>
        <translation>делегациялар тізімін, бағдарламаларды, күндізгі бағдарламаны не зал есігі кестелерін PDF-ке басып шығару</translation>
    </message>
    <message>
        <source>wrote {path} (1 page)</source>
        <translation>{path} жазылды (1 бет)</translation>
    </message>
    <message>
        <source>wrote {path} ({count} pages)</source>
        <translation>{path} жазылды (беттер: {count})</translation>
    </message>
    <message>
        <source>place sessions and bilateral meetings automatically (exit 1 if a session cannot be placed)</source>
        <translation>отырыстар мен екіжақты кездесулерді автоматты орналастыру (отырыс орналаспаса, шығу коды 1)</translation>
    </message>
    <message>
        <source>dry run: the plan file was not changed</source>
        <translation>сынақ іске қосу: жоспар файлы өзгертілмеді</translation>
    </message>
    <message>
        <source>wrote the schedule to {path} ({count} items changed)</source>
        <translation>кесте {path} файлына жазылды (өзгерген іс-шаралар: {count})</translation>
    </message>
    <message>
        <source>interrupted: nothing was written to the plan</source>
        <translation>үзілді: жоспарға ештеңе жазылмады</translation>
    </message>
    <message>
        <source>status: {status}, {seconds} s</source>
        <translation>күйі: {status}, {seconds} с</translation>
    </message>
    <message>
        <source>sessions placed: {placed} of {total}</source>
        <translation>орналастырылған отырыстар: {total} ішінен {placed}</translation>
    </message>
    <message>
        <source>requests granted: {granted} of {total}</source>
        <translation>қанағаттандырылған сұраулар: {total} ішінен {granted}</translation>
    </message>
    <message>
        <source>by priority: {counts}</source>
        <translation>басымдық бойынша: {counts}</translation>
    </message>
    <message>
        <source>{priority}: {granted} of {wanted}</source>
        <translation>{priority}: {wanted} ішінен {granted}</translation>
    </message>
    <message>
        <source>weight: {weight}</source>
        <translation>салмағы: {weight}</translation>
    </message>
    <message>
        <source>absences: {count}</source>
        <translation>қатыспаулар: {count}</translation>
    </message>
    <message>
        <source>score: {score}</source>
        <translation>баға: {score}</translation>
    </message>
    <message>
        <source>bound: {bound}</source>
        <translation>шекара: {bound}</translation>
    </message>
    <message>
        <source>gap: {gap}</source>
        <translation>алшақтық: {gap}</translation>
    </message>
    <message>
        <source>not placed: {item}: {reason}</source>
        <translation>орналаспады: {item}: {reason}</translation>
    </message>
    <message>
        <source>session moved: {item}: {before} -&gt; {after}</source>
        <translation>отырыс жылжытылды: {item}: {before} -&gt; {after}</translation>
    </message>
    <message>
        <source>moved: {count}</source>
        <translation>жылжытылды: {count}</translation>
    </message>
    <message>
        <source>request lost: {item}</source>
        <translation>сұрау жоғалды: {item}</translation>
    </message>
    <message>
        <source>request gained: {item}</source>
        <translation>сұрау қанағаттандырылды: {item}</translation>
    </message>
    <message>
        <source>write the roster as a CSV or XLSX spreadsheet, one row per person</source>
        <translation>делегациялар тізімін CSV немесе XLSX кестесіне жазу, әр қатысушыға бір жол</translation>
    </message>
    <message>
        <source>add or update people from an accreditation list (CSV or XLSX)</source>
        <translation>аккредиттеу тізімінен (CSV немесе XLSX) қатысушыларды қосу не жаңарту</translation>
    </message>
    <message>
        <source>wrote {count} people to {path}</source>
        <translation>жазылған қатысушылар: {count}, файл {path}</translation>
    </message>
    <message>
        <source>{name}: columns left out: {columns}</source>
        <translation>{name}: алынбаған бағандар: {columns}</translation>
    </message>
    <message>
        <source>fix the rows above, or use --skip-invalid to import the good rows</source>
        <translation>жоғарыдағы жолдарды түзетіңіз немесе дұрыс жолдарды импорттау үшін --skip-invalid қолданыңыз</translation>
    </message>
    <message>
        <source>fix the header row</source>
        <translation>тақырып жолын түзетіңіз</translation>
    </message>
    <message>
        <source>Printed on {day}</source>
        <translation>Басып шығарылды: {day}</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>{total} беттің {number}-беті</translation>
    </message>
    <message>
        <source>Another program changed what the undo history would undo; it was cleared.</source>
        <translation>Басқа бағдарлама болдырмау тарихы қайтаратын нәрсені өзгертті; тарих тазартылды.</translation>
    </message>
    <message>
        <source>The undo history was cleared: “{text}” could not be taken back or redone.</source>
        <translation>Болдырмау тарихы тазартылды: «{text}» болдырмау не қайталау мүмкін болмады.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Қалта</translation>
    </message>
    <message>
        <source>Summit Planner plan</source>
        <translation>Summit Planner жоспары</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>All delegations present</source>
        <translation>Барлық делегациялар қатысады</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> және тағы {count}</translation>
    </message>
    <message>
        <source>Bilateral</source>
        <translation>Екіжақты кездесу</translation>
    </message>
    <message>
        <source>Delegations: {names}</source>
        <translation>Делегациялар: {names}</translation>
    </message>
    <message>
        <source>Locked: the scheduler leaves it here</source>
        <translation>Бекітілген: жоспарлаушы осында қалдырады</translation>
    </message>
    <message>
        <source>Rule {rule} ({name}): {message}</source>
        <translation>{rule}-ереже ({name}): {message}</translation>
    </message>
    <message>
        <source>with {names}</source>
        <translation>{names} делегациясымен</translation>
    </message>
</context>
<context>
    <name>BuildDialog</name>
    <message>
        <source>Re-plan</source>
        <translation>Қайта жоспарлау</translation>
    </message>
    <message>
        <source>Build schedule</source>
        <translation>Кесте құру</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Time limit in seconds</source>
        <translation>Уақыт шегі, секунд</translation>
    </message>
    <message>
        <source>The search stops after this long with the best found</source>
        <translation>Іздеу осы уақыттан кейін ең жақсы нәтижемен тоқтайды</translation>
    </message>
    <message>
        <source>Search progress</source>
        <translation>Іздеу барысы</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>басталған жоқ</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Нәтижелер</translation>
    </message>
    <message>
        <source>What the scheduler placed, moved and could not place.</source>
        <translation>Жоспарлаушы нені орналастырды, жылжытты және нені орналастыра алмады.</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>Уақыт &amp;шегі:</translation>
    </message>
    <message>
        <source>Keeps locked placements where they are and improves the rest, moving as little as it can.</source>
        <translation>Бекітілген орналастыруларды орнында қалдырып, қалғанын мүмкіндігінше аз жылжытып жақсартады.</translation>
    </message>
    <message>
        <source>&amp;Let placed sessions move</source>
        <translation>Орналастырылған отырыстарды &amp;жылжытуға рұқсат ету</translation>
    </message>
    <message>
        <source>Sessions already placed may move to make room for the programme and more bilateral meetings. Locked placements, fixed times and venues, windows and the order of sessions still hold.</source>
        <translation>Бағдарламаға және көбірек екіжақты кездесуге орын босату үшін орналастырылған отырыстар жылжуы мүмкін. Бекітілген орналастырулар, белгіленген уақыт пен залдар, уақыт аралықтары және отырыстар реті бұрынғыдай сақталады.</translation>
    </message>
    <message>
        <source>Bilaterals granted</source>
        <translation>Қанағаттандырылған екіжақты кездесулер</translation>
    </message>
    <message>
        <source>Absences from sessions for all</source>
        <translation>Ортақ отырыстарға қатыспаулар</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Баға</translation>
    </message>
    <message>
        <source>Best possible</source>
        <translation>Ең жоғары мүмкін баға</translation>
    </message>
    <message>
        <source>Each granted bilateral counts 16, 8, 4, 2 or 1 by priority 1 to 5; each delegation in town but absent from a session for all costs {cost}</source>
        <translation>Әр қанағаттандырылған екіжақты кездесу 1–5 басымдығына қарай 16, 8, 4, 2 немесе 1 береді; қалада болып, ортақ отырысқа қатыспаған әр делегация бағаны {cost} азайтады</translation>
    </message>
    <message>
        <source>Bilaterals granted:</source>
        <translation>Қанағаттандырылған екіжақты кездесулер:</translation>
    </message>
    <message>
        <source>Absences from sessions for all:</source>
        <translation>Ортақ отырыстарға қатыспаулар:</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Баға:</translation>
    </message>
    <message>
        <source>Best possible:</source>
        <translation>Ең жоғары мүмкін баға:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Бастау</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>&amp;Тоқтату</translation>
    </message>
    <message>
        <source>Stop now and keep the best schedule found so far</source>
        <translation>Қазір тоқтатып, осы уақытқа дейінгі ең жақсы кестені сақтау</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Қолдану</translation>
    </message>
    <message>
        <source>Put this schedule in the plan (Undo takes it back)</source>
        <translation>Бұл кестені жоспарға енгізу (болдырмау қайтарады)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <source>searching… %p%</source>
        <translation>іздеу… %p%</translation>
    </message>
    <message>
        <source>stopping, keeping the best found…</source>
        <translation>тоқтатылуда, ең жақсы нәтиже сақталады…</translation>
    </message>
    <message>
        <source>{granted} of {wanted}</source>
        <translation>{wanted} ішінен {granted}</translation>
    </message>
    <message>
        <source>reached: no schedule scores higher</source>
        <translation>жетті: бірде-бір кесте бұдан жоғары баға алмайды</translation>
    </message>
    <message>
        <source>within {gap} of the best possible (no schedule scores above {bound})</source>
        <translation>ең жоғарғысынан {gap} кем (ешбір кестенің бағасы {bound} шамасынан аспайды)</translation>
    </message>
    <message>
        <source>priority {priority}: {granted} of {wanted}</source>
        <translation>басымдық {priority}: {wanted} ішінен {granted}</translation>
    </message>
    <message>
        <source>stopped: best found</source>
        <translation>тоқтатылды: ең жақсы нәтиже</translation>
    </message>
    <message>
        <source>done</source>
        <translation>дайын</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>сәтсіз</translation>
    </message>
    <message>
        <source>The scheduler could not run: {message}

The plan was not changed.</source>
        <translation>Жоспарлаушы іске қосылмады: {message}

Жоспар өзгертілмеді.</translation>
    </message>
    <message>
        <source>Placed {count}:</source>
        <translation>Орналастырылды ({count}):</translation>
    </message>
    <message>
        <source>Moved {count}:</source>
        <translation>Жылжытылды ({count}):</translation>
    </message>
    <message>
        <source>Could not place {count}:</source>
        <translation>Орналастыру мүмкін болмады ({count}):</translation>
    </message>
</context>
<context>
    <name>CalendarChoiceDialog</name>
    <message>
        <source>Write invitations</source>
        <translation>Шақыруларды жазу</translation>
    </message>
    <message>
        <source>Export iCalendar</source>
        <translation>iCalendar экспорттау</translation>
    </message>
    <message>
        <source>Writes invitation files to send: one .ics per meeting (and an e-mail draft beside it if asked) into a folder you choose. The first time every meeting is written; later only new and changed ones, and cancellations.</source>
        <translation>Жіберуге арналған шақыру файлдарын өзіңіз таңдаған қалтаға жазады: әр кездесуге бір .ics (қажет болса, қасында эл. хат жобасы). Алғаш рет барлық кездесу жазылады; кейін тек жаңа және өзгергендері, сондай-ақ бас тартулар.</translation>
    </message>
    <message>
        <source>Writes one .ics calendar file with the placed meetings of the choice.</source>
        <translation>Таңдау бойынша орналастырылған кездесулермен бір .ics күнтізбе файлын жазады.</translation>
    </message>
    <message>
        <source>Find a delegation, a person or a venue</source>
        <translation>Делегацияны, қатысушыны не залды іздеу</translation>
    </message>
    <message>
        <source>Find whose meetings</source>
        <translation>Кімнің кездесулерін іздеу</translation>
    </message>
    <message>
        <source>Who receives the invitations</source>
        <translation>Шақыруларды кім алады</translation>
    </message>
    <message>
        <source>Writes every meeting again, also those sent before and unchanged (for someone who lost theirs); without it only new and changed ones</source>
        <translation>Барлық кездесуді қайта жазады, бұрын жіберілген және өзгермегендерін де (өзінікін жоғалтқан адам үшін); мұнсыз тек жаңа және өзгергендері</translation>
    </message>
    <message>
        <source>Everything (the whole event)</source>
        <translation>Барлығы (бүкіл іс-шара)</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Делегациялар</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Қатысушылар</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Залдар</translation>
    </message>
    <message>
        <source>{name} has no e-mail address: there is no one to invite.</source>
        <translation>{name}: эл. поштасы жоқ, шақыратын ешкім жоқ.</translation>
    </message>
    <message>
        <source>{delegation}: no one has an e-mail address</source>
        <translation>{delegation}: ешкімнің эл. поштасы жоқ</translation>
    </message>
    <message>
        <source>{delegation}: to {contact} ({role}) for {head}</source>
        <translation>{delegation}: {head} үшін — {contact} ({role}) атына</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>және тағы {count}</translation>
    </message>
    <message>
        <source>Heads without an e-mail address; their invitations go to:</source>
        <translation>Эл. поштасы жоқ делегация басшылары; олардың шақырулары мына адамдарға барады:</translation>
    </message>
    <message>
        <source>Whose meetings</source>
        <translation>Кімнің кездесулері</translation>
    </message>
    <message>
        <source>&amp;Send every invitation again</source>
        <translation>Барлық шақыруларды қайта &amp;жіберу</translation>
    </message>
    <message>
        <source>Also write &amp;e-mail drafts (.eml)</source>
        <translation>Эл. хат &amp;жобаларын да жазу (.eml)</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Кімге:</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Rule {rule}: {name}</source>
        <translation>{rule}-ереже: {name}</translation>
    </message>
    <message>
        <source>Items: {titles}</source>
        <translation>Іс-шаралар: {titles}</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Conflicts</source>
        <translation>Қайшылықтар</translation>
    </message>
    <message>
        <source>Double-click or press Enter to show the item</source>
        <translation>Іс-шараны көрсету үшін екі рет шертіңіз немесе Enter басыңыз</translation>
    </message>
    <message>
        <source>Double-click a &amp;conflict or press Enter to show its item.</source>
        <translation>Іс-шарасын көрсету үшін қайш&amp;ылықты екі рет шертіңіз немесе Enter басыңыз.</translation>
    </message>
    <message>
        <source>None: the schedule keeps every rule.</source>
        <translation>Жоқ: кесте барлық ережені сақтайды.</translation>
    </message>
    <message>
        <source>{count} rule violations</source>
        <translation>Ереже бұзушылықтары: {count}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Summit Planner — unexpected error</source>
        <translation>Summit Planner — күтпеген қате</translation>
    </message>
    <message>
        <source>Something went wrong that Summit Planner did not expect. Your plan file is safe: every change that was saved stays saved, and the step that failed changed nothing.

Please copy the details below into your report.</source>
        <translation>Summit Planner күтпеген қате пайда болды. Жоспар файлыңыз аман: сақталған әр өзгеріс сақталған күйінде қалады, ал сәтсіз қадам ештеңені өзгертпеді.

Төмендегі мәліметтерді есебіңізге көшіріңіз.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Қате мәліметтері</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>Мәліметтерді &amp;көшіру</translation>
    </message>
    <message>
        <source>Copy the details to the clipboard</source>
        <translation>Мәліметтерді алмасу буферіне көшіру</translation>
    </message>
</context>
<context>
    <name>DayTabsView</name>
    <message>
        <source>Days</source>
        <translation>Күндер</translation>
    </message>
</context>
<context>
    <name>DelegationTimeline</name>
    <message>
        <source>Show &amp;home time</source>
        <translation>&amp;Елінің уақытын көрсету</translation>
    </message>
    <message>
        <source>Label each delegation&apos;s row in its home time zone where it differs</source>
        <translation>Делегация жолына, айырмашылық болса, оның елінің уақытын жазу</translation>
    </message>
    <message>
        <source>Show home time</source>
        <translation>Елінің уақытын көрсету</translation>
    </message>
    <message>
        <source>Delegations by time</source>
        <translation>Делегациялар уақыт бойынша</translation>
    </message>
</context>
<context>
    <name>EventSettingsDialog</name>
    <message>
        <source>New plan</source>
        <translation>Жаңа жоспар</translation>
    </message>
    <message>
        <source>e.g. CICA Ministerial Meeting 2021</source>
        <translation>мысалы, АӨСШК министрлер кеңесі 2021</translation>
    </message>
    <message>
        <source>IANA time zone name, e.g. Asia/Almaty</source>
        <translation>IANA уақыт белдеуінің атауы, мысалы Asia/Almaty</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} минут</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Мәселелер</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Атауы:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Қала:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Уақыт белдеуі:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Бірінші күн:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Соңғы күн:</translation>
    </message>
    <message>
        <source>Day &amp;starts:</source>
        <translation>Күн бас&amp;талуы:</translation>
    </message>
    <message>
        <source>Day &amp;ends:</source>
        <translation>Күн а&amp;яқталуы:</translation>
    </message>
    <message>
        <source>S&amp;lot:</source>
        <translation>Т&amp;ор қадамы:</translation>
    </message>
    <message>
        <source>C&amp;hangeover:</source>
        <translation>Ауысу уақ&amp;ыты:</translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <source>Why the value was not changed</source>
        <translation>Мән неге өзгертілмеді</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Search {name}…</source>
        <translation>Іздеу: {name}…</translation>
    </message>
    <message>
        <source>Search {name}</source>
        <translation>Іздеу: {name}</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Қосу</translation>
    </message>
    <message>
        <source>Add a row, then edit it in place</source>
        <translation>Жол қосып, оны орнында өңдеу</translation>
    </message>
    <message>
        <source>Add to {name}</source>
        <translation>Қосу: {name}</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Жою</translation>
    </message>
    <message>
        <source>Remove the selected rows (Undo brings them back)</source>
        <translation>Таңдалған жолдарды жою (болдырмау қайтарады)</translation>
    </message>
    <message>
        <source>Remove from {name}</source>
        <translation>Жою: {name}</translation>
    </message>
    <message>
        <source>Order of the rows</source>
        <translation>Жолдар реті</translation>
    </message>
    <message>
        <source>ascending</source>
        <translation>өсу ретімен</translation>
    </message>
    <message>
        <source>descending</source>
        <translation>кему ретімен</translation>
    </message>
    <message>
        <source>Sorted by {column}, {direction}</source>
        <translation>Сұрыптау: {column}, {direction}</translation>
    </message>
    <message>
        <source>back to {order}</source>
        <translation>қайтару: {order}</translation>
    </message>
    <message>
        <source>Select the rows to remove first.</source>
        <translation>Алдымен жойылатын жолдарды таңдаңыз.</translation>
    </message>
    <message>
        <source>Not removed: {reason}</source>
        <translation>Жойылмады: {reason}</translation>
    </message>
    <message>
        <source>{field} not changed: {reason}</source>
        <translation>{field} өзгертілмеді: {reason}</translation>
    </message>
</context>
<context>
    <name>PaintedTimetable</name>
    <message>
        <source>The plan has no venues yet.</source>
        <translation>Жоспарда әлі залдар жоқ.</translation>
    </message>
    <message>
        <source>Nothing is placed on this day yet. Plan ▸ Build Schedule… (Ctrl+B) places every session and as many bilaterals as fit; or drag an item from the Unplaced list (or select it and press Enter).</source>
        <translation>Бұл күні әлі ештеңе орналастырылмаған. Жоспар ▸ Кесте құру… (Ctrl+B) барлық отырысты және сыйғанынша екіжақты кездесулерді орналастырады; немесе «Орналаспаған» тізімінен іс-шараны сүйреңіз (не оны таңдап, Enter басыңыз).</translation>
    </message>
    <message>
        <source>Unknown venue</source>
        <translation>Белгісіз зал</translation>
    </message>
    <message>
        <source>{id}: not a venue of the plan</source>
        <translation>{id}: жоспарда мұндай зал жоқ</translation>
    </message>
    <message>
        <source>{name}
{building} · {seats} seats</source>
        <translation>{name}
{building} · {seats} орын</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Баптаулар</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Жүйедегідей ({language})</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages</source>
        <translation>Мәзір, диалог және хабарлама тілі</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <source>The window changes language the next time Summit Planner starts.</source>
        <translation>Терезе тілі Summit Planner келесі іске қосылғанда ауысады.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Print preview — {title}</source>
        <translation>Алдын ала қарау — {title}</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Басып шығару мүмкін емес</translation>
    </message>
</context>
<context>
    <name>ReportChoiceDialog</name>
    <message>
        <source>Print</source>
        <translation>Басып шығару</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Басып шығаруды алдын ала қарау</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF-ке экспорттау</translation>
    </message>
    <message>
        <source>Roster of delegations</source>
        <translation>Делегациялар тізімі</translation>
    </message>
    <message>
        <source>Programme (per delegation)</source>
        <translation>Бағдарлама (делегациялар бойынша)</translation>
    </message>
    <message>
        <source>Daily programme</source>
        <translation>Күн бағдарламасы</translation>
    </message>
    <message>
        <source>Door sheets (per venue)</source>
        <translation>Есік кестелері (залдар бойынша)</translation>
    </message>
    <message>
        <source>All delegations</source>
        <translation>Барлық делегациялар</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Әр күн</translation>
    </message>
    <message>
        <source>Two languages side by side are for the roster of delegations</source>
        <translation>Қатар екі тіл тек делегациялар тізіміне арналған</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Құжат:</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>&amp;Делегация:</translation>
    </message>
    <message>
        <source>D&amp;ay:</source>
        <translation>&amp;Күн:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Тіл:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>Қа&amp;ғаз:</translation>
    </message>
    <message>
        <source>A roster lists delegations for the whole event</source>
        <translation>Делегациялар тізімі бүкіл іс-шараға жасалады</translation>
    </message>
</context>
<context>
    <name>TimetableCanvas</name>
    <message>
        <source>Un&amp;lock</source>
        <translation>&amp;Босату</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Бекіту</translation>
    </message>
    <message>
        <source>A locked placement stays where it is when the schedule is built</source>
        <translation>Бекітілген орналастыру кесте құрылғанда орнында қалады</translation>
    </message>
    <message>
        <source>Un&amp;place</source>
        <translation>&amp;Кестеден алу</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Өңдеу…</translation>
    </message>
</context>
<context>
    <name>TimetableGrid</name>
    <message>
        <source>Timetable grid</source>
        <translation>Кесте торы</translation>
    </message>
    <message>
        <source>Arrow keys move between blocks, Enter edits, L locks or unlocks, Delete takes the item off the schedule; drag a block to move it.</source>
        <translation>Бағыт пернелері блоктар арасында жылжытады, Enter өңдейді, L бекітеді не босатады, Delete кестеден алады; блокты сүйреп жылжытуға болады.</translation>
    </message>
    <message>
        <source>{day}: {count} placements, {conflicts} with conflicts</source>
        <translation>{day}: орналастырулар {count}, қайшылығы барлары {conflicts}</translation>
    </message>
    <message>
        <source>Selected: {item}</source>
        <translation>Таңдалды: {item}</translation>
    </message>
</context>
<context>
    <name>TimetableView</name>
    <message>
        <source>The day shown (Ctrl+Page Up / Ctrl+Page Down)</source>
        <translation>Көрсетілген күн (Ctrl+Page Up / Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Find on the timetable (Ctrl+F)</source>
        <translation>Кестеден іздеу (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find on the timetable</source>
        <translation>Кестеден іздеу</translation>
    </message>
    <message>
        <source>A title, a delegation or an id; Enter shows the next match, Esc goes back</source>
        <translation>Атауы, делегация не коды; Enter келесі сәйкестікті көрсетеді, Esc кері қайтарады</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Сәйкестіктер</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Шартты белгілер</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>Кесте</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Сәйкестік жоқ</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{count} ішінен {number}</translation>
    </message>
    <message>
        <source>Show {day}</source>
        <translation>{day} көрсету</translation>
    </message>
    <message>
        <source>{day} is outside the event&apos;s dates (rule 8)</source>
        <translation>{day} іс-шара күндерінен тыс (8-ереже)</translation>
    </message>
    <message>
        <source>red edge: breaks a rule</source>
        <translation>қызыл жиек: ереже бұзылған</translation>
    </message>
    <message>
        <source>padlock: locked</source>
        <translation>құлып: бекітілген</translation>
    </message>
</context>
<context>
    <name>UnplacedList</name>
    <message>
        <source>Search unplaced items</source>
        <translation>Орналаспаған іс-шараларды іздеу</translation>
    </message>
    <message>
        <source>Filter by title, delegation or id</source>
        <translation>Атауы, делегациясы не коды бойынша сүзу</translation>
    </message>
    <message>
        <source>Unplaced items</source>
        <translation>Орналаспаған іс-шаралар</translation>
    </message>
    <message>
        <source>Drag an item onto the timetable, or press Enter to place it at the timetable&apos;s focused cell; double-click or F2 edits it</source>
        <translation>Іс-шараны кестеге сүйреңіз немесе кестенің таңдалған ұяшығына орналастыру үшін Enter басыңыз; өңдеу үшін екі рет шертіңіз не F2 басыңыз</translation>
    </message>
    <message>
        <source>Unplaced</source>
        <translation>Орналаспаған</translation>
    </message>
    <message>
        <source>&amp;Unplaced ({count})</source>
        <translation>&amp;Орналаспаған ({count})</translation>
    </message>
    <message>
        <source>{count} items not on the schedule</source>
        <translation>Кестеде жоқ іс-шаралар: {count}</translation>
    </message>
</context>
<context>
    <name>UnplacedModel</name>
    <message>
        <source>{kind} · {minutes} min</source>
        <translation>{kind} · {minutes} мин</translation>
    </message>
    <message>
        <source>all delegations</source>
        <translation>барлық делегациялар</translation>
    </message>
    <message>
        <source>Delegations: {names}</source>
        <translation>Делегациялар: {names}</translation>
    </message>
    <message>
        <source>priority {priority} · {minutes} min</source>
        <translation>басымдық {priority} · {minutes} мин</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>келісілген</translation>
    </message>
    <message>
        <source>Needs: {features}</source>
        <translation>Қажет: {features}</translation>
    </message>
</context>
<context>
    <name>_TimelineCanvas</name>
    <message>
        <source>Delegation timeline</source>
        <translation>Делегациялар уақыт сызығы</translation>
    </message>
    <message>
        <source>{day}: {busy} of {total} delegations have placements</source>
        <translation>{day}: {total} делегацияның {busy} орналастыруы бар</translation>
    </message>
    <message>
        <source>The plan has no delegations yet.</source>
        <translation>Жоспарда әлі делегациялар жоқ.</translation>
    </message>
    <message>
        <source>home time {zone}</source>
        <translation>елінің уақыты {zone}</translation>
    </message>
    <message>
        <source>Event time ({zone})</source>
        <translation>Іс-шара уақыты ({zone})</translation>
    </message>
    <message>
        <source>In town {arrival} – {departure}</source>
        <translation>Қалада {arrival} – {departure}</translation>
    </message>
    <message>
        <source>Home time: {zone} ({name})</source>
        <translation>Елінің уақыты: {zone} ({name})</translation>
    </message>
    <message>
        <source>Home time in {name}: {span}</source>
        <translation>{name} уақыты: {span}</translation>
    </message>
</context>
<context>
    <name>palette</name>
    <message>
        <source>Plenary</source>
        <translation>Пленарлық отырыс</translation>
    </message>
    <message>
        <source>Ministerial</source>
        <translation>Министрлер отырысы</translation>
    </message>
    <message>
        <source>Bilateral session</source>
        <translation>Екіжақты отырыс</translation>
    </message>
    <message>
        <source>Ceremony</source>
        <translation>Салтанатты рәсім</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Ас</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Баспасөз</translation>
    </message>
    <message>
        <source>Side event</source>
        <translation>Қосымша іс-шара</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Басқа</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>Екіжақты кездесу</translation>
    </message>
</context>
</TS>
