<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name></name>
    <message>
        <source>no session or bilateral request {item!r}</source>
        <translation>нет заседания или запроса на двустороннюю встречу {item!r}</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Перенос</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Размещение</translation>
    </message>
    <message>
        <source>{title} is not placed</source>
        <translation>«{title}» не размещено в расписании</translation>
    </message>
    <message>
        <source>Unplace {title}</source>
        <translation>Снять «{title}» с расписания</translation>
    </message>
    <message>
        <source>Lock {title}</source>
        <translation>Закрепить «{title}»</translation>
    </message>
    <message>
        <source>Unlock {title}</source>
        <translation>Открепить «{title}»</translation>
    </message>
    <message>
        <source>Summit Planner — cannot open the plan</source>
        <translation>Summit Planner — не удаётся открыть план</translation>
    </message>
    <message>
        <source>The plan could not be opened.</source>
        <translation>Не удалось открыть план.</translation>
    </message>
    <message>
        <source>The file was not changed. Open another plan, or start from the sample plan?</source>
        <translation>Файл не изменён. Открыть другой план или начать с образца?</translation>
    </message>
    <message>
        <source>&amp;Open another…</source>
        <translation>&amp;Открыть другой…</translation>
    </message>
    <message>
        <source>Use the &amp;sample plan</source>
        <translation>Взять &amp;образец плана</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… и ещё {count}</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>не установлено</translation>
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
        <translation>Данные часовых поясов</translation>
    </message>
    <message>
        <source>{release} (tzdata package)</source>
        <translation>{release} (пакет tzdata)</translation>
    </message>
    <message>
        <source>Quick guide</source>
        <translation>Краткое руководство</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Plans, schedules and prints summits and ministerial meetings.</source>
        <translation>Планирование, расписание и печать документов саммитов и министерских встреч.</translation>
    </message>
    <message>
        <source>About Summit Planner</source>
        <translation>О программе Summit Planner</translation>
    </message>
    <message>
        <source>No plan was chosen.</source>
        <translation>План не выбран.</translation>
    </message>
    <message>
        <source>Open a plan</source>
        <translation>Открыть план</translation>
    </message>
    <message>
        <source>Views of the plan</source>
        <translation>Представления плана</translation>
    </message>
    <message>
        <source>Plan summary</source>
        <translation>Сводка по плану</translation>
    </message>
    <message>
        <source>&amp;Timetable</source>
        <translation>&amp;Расписание</translation>
    </message>
    <message>
        <source>&amp;By Delegation</source>
        <translation>По д&amp;елегациям</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Нарушения</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <source>Start a new plan file</source>
        <translation>Создать новый файл плана</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <source>Open a plan file</source>
        <translation>Открыть файл плана</translation>
    </message>
    <message>
        <source>Write the plan to another plan file; you keep working on this one</source>
        <translation>Записать план в другой файл; работа продолжается в этом</translation>
    </message>
    <message>
        <source>&amp;Import Plan (JSON)…</source>
        <translation>&amp;Импорт плана (JSON)…</translation>
    </message>
    <message>
        <source>Replace this plan with a summit-plan document (Undo brings it back)</source>
        <translation>Заменить этот план документом summit-plan (отмена вернёт прежний)</translation>
    </message>
    <message>
        <source>&amp;Export Plan (JSON)…</source>
        <translation>&amp;Экспорт плана (JSON)…</translation>
    </message>
    <message>
        <source>Write the plan as a summit-plan document for another office</source>
        <translation>Записать план как документ summit-plan для другого ведомства</translation>
    </message>
    <message>
        <source>Add or update people from an accreditation list (XLSX or CSV)</source>
        <translation>Добавить или обновить участников по списку аккредитации (XLSX или CSV)</translation>
    </message>
    <message>
        <source>Export i&amp;Calendar…</source>
        <translation>Экспорт i&amp;Calendar…</translation>
    </message>
    <message>
        <source>Write the schedule as an .ics calendar for a delegation, a person or a venue</source>
        <translation>Записать расписание в календарь .ics для делегации, участника или зала</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Print a roster or a programme</source>
        <translation>Напечатать список делегаций или программу</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Пр&amp;едварительный просмотр…</translation>
    </message>
    <message>
        <source>See the pages before printing</source>
        <translation>Посмотреть страницы перед печатью</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Экспорт в P&amp;DF…</translation>
    </message>
    <message>
        <source>Write a roster or a programme as a PDF file</source>
        <translation>Записать список делегаций или программу в файл PDF</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>Search the list in front</source>
        <translation>Поиск в открытом списке</translation>
    </message>
    <message>
        <source>Prefere&amp;nces…</source>
        <translation>На&amp;стройки…</translation>
    </message>
    <message>
        <source>Choose the language of the window</source>
        <translation>Выбрать язык интерфейса</translation>
    </message>
    <message>
        <source>&amp;Check Rules</source>
        <translation>&amp;Проверить правила</translation>
    </message>
    <message>
        <source>&amp;Build Schedule…</source>
        <translation>&amp;Составить расписание…</translation>
    </message>
    <message>
        <source>Let the scheduler place every session and as many bilaterals as it can</source>
        <translation>Поручить планировщику разместить все заседания и как можно больше двусторонних встреч</translation>
    </message>
    <message>
        <source>&amp;Re-plan…</source>
        <translation>П&amp;ерепланировать…</translation>
    </message>
    <message>
        <source>Improve the schedule, keeping locked placements where they are</source>
        <translation>Улучшить расписание, оставив закреплённые размещения на местах</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Увел&amp;ичить масштаб</translation>
    </message>
    <message>
        <source>Show more of each hour</source>
        <translation>Показать каждый час подробнее</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Уменьшить масш&amp;таб</translation>
    </message>
    <message>
        <source>Show more of the day</source>
        <translation>Показать большую часть дня</translation>
    </message>
    <message>
        <source>&amp;Fit the Day</source>
        <translation>&amp;Вписать день</translation>
    </message>
    <message>
        <source>Show the whole working day in the timetable&apos;s height</source>
        <translation>Показать весь рабочий день по высоте расписания</translation>
    </message>
    <message>
        <source>&amp;Conflicts Panel</source>
        <translation>Панель &amp;нарушений</translation>
    </message>
    <message>
        <source>Show or hide the list of broken rules</source>
        <translation>Показать или скрыть список нарушенных правил</translation>
    </message>
    <message>
        <source>&amp;Quick Guide</source>
        <translation>&amp;Краткое руководство</translation>
    </message>
    <message>
        <source>How to plan a summit here</source>
        <translation>Как спланировать здесь саммит</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>Every shortcut key</source>
        <translation>Все сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About Summit Planner</source>
        <translation>&amp;О программе Summit Planner</translation>
    </message>
    <message>
        <source>Versions in use</source>
        <translation>Используемые версии</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние планы</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>П&amp;лан</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>No recent plans</source>
        <translation>Недавних планов нет</translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation>&amp;Очистить список</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Подсчёт…</translation>
    </message>
    <message>
        <source>Eve&amp;nt</source>
        <translation>&amp;Мероприятие</translation>
    </message>
    <message>
        <source>Ven&amp;ues</source>
        <translation>&amp;Залы</translation>
    </message>
    <message>
        <source>&amp;Delegations</source>
        <translation>&amp;Делегации</translation>
    </message>
    <message>
        <source>Peop&amp;le</source>
        <translation>&amp;Участники</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>З&amp;аседания</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>Запр&amp;осы</translation>
    </message>
    <message>
        <source>Conflicts ({count})</source>
        <translation>Нарушения ({count})</translation>
    </message>
    <message>
        <source>Cannot move</source>
        <translation>Не удаётся перенести</translation>
    </message>
    <message>
        <source>Cannot lock</source>
        <translation>Не удаётся закрепить</translation>
    </message>
    <message>
        <source>Cannot unplace</source>
        <translation>Не удаётся снять с расписания</translation>
    </message>
    <message>
        <source>Cannot open the plan</source>
        <translation>Не удаётся открыть план</translation>
    </message>
    <message>
        <source>Opened {name}</source>
        <translation>Открыт план {name}</translation>
    </message>
    <message>
        <source>Save the new plan as</source>
        <translation>Сохранить новый план как</translation>
    </message>
    <message>
        <source>Cannot create the plan</source>
        <translation>Не удаётся создать план</translation>
    </message>
    <message>
        <source>Save a copy of the plan as</source>
        <translation>Сохранить копию плана как</translation>
    </message>
    <message>
        <source>Cannot save the copy</source>
        <translation>Не удаётся сохранить копию</translation>
    </message>
    <message>
        <source>Saved a copy as {path}</source>
        <translation>Копия сохранена как {path}</translation>
    </message>
    <message>
        <source>Import a summit-plan document</source>
        <translation>Импорт документа summit-plan</translation>
    </message>
    <message>
        <source>Cannot import the plan</source>
        <translation>Не удаётся импортировать план</translation>
    </message>
    <message>
        <source>Import {name}</source>
        <translation>Импорт {name}</translation>
    </message>
    <message>
        <source> ({count} warnings)</source>
        <translation> (предупреждений: {count})</translation>
    </message>
    <message>
        <source>Imported {name}{note}</source>
        <translation>Импортирован {name}{note}</translation>
    </message>
    <message>
        <source>Export the plan as</source>
        <translation>Экспортировать план как</translation>
    </message>
    <message>
        <source>Cannot export the plan</source>
        <translation>Не удаётся экспортировать план</translation>
    </message>
    <message>
        <source>Exported the plan to {path}</source>
        <translation>План экспортирован в {path}</translation>
    </message>
    <message>
        <source>Import people from a spreadsheet</source>
        <translation>Импорт участников из таблицы</translation>
    </message>
    <message>
        <source>Import people from {name}</source>
        <translation>Импорт участников из {name}</translation>
    </message>
    <message>
        <source>Nothing imported</source>
        <translation>Ничего не импортировано</translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 нарушение</translation>
    </message>
    <message>
        <source>Save a Cop&amp;y As…</source>
        <translation>Сохранить &amp;копию как…</translation>
    </message>
    <message>
        <source>Import People from &amp;Spreadsheet…</source>
        <translation>Импорт &amp;участников из таблицы…</translation>
    </message>
    <message>
        <source>Write Invi&amp;tations…</source>
        <translation>&amp;Записать приглашения…</translation>
    </message>
    <message>
        <source>Write invitation files to send: one .ics per meeting (and an e-mail draft if asked), with updates and cancellations since the last time</source>
        <translation>Записать файлы приглашений для отправки: по одному .ics на встречу (и черновик письма, если нужно), с изменениями и отменами с прошлого раза</translation>
    </message>
    <message>
        <source>Check rules 1–10 and list conflicts</source>
        <translation>Проверить правила 1–10 и показать нарушения</translation>
    </message>
    <message>
        <source>{name} — Summit Planner</source>
        <translation>{name} — Summit Planner</translation>
    </message>
    <message>
        <source>{delegations} delegations · {people} people · sessions {placed}/{sessions} · bilaterals {granted}/{requests} · score {score} · {conflicts}</source>
        <translation>делегаций: {delegations} · участников: {people} · заседания {placed}/{sessions} · двусторонние встречи {granted}/{requests} · оценка {score} · {conflicts}</translation>
    </message>
    <message>
        <source>Cannot undo or redo “{text}”</source>
        <translation>Не удаётся отменить или повторить «{text}»</translation>
    </message>
    <message>
        <source>the sheet has problems</source>
        <translation>в таблице есть ошибки</translation>
    </message>
    <message>
        <source>Export the calendar as</source>
        <translation>Экспортировать календарь как</translation>
    </message>
    <message>
        <source>Cannot export the calendar</source>
        <translation>Не удаётся экспортировать календарь</translation>
    </message>
    <message>
        <source>Wrote {count} events to {path}</source>
        <translation>Записано событий: {count}, файл {path}</translation>
    </message>
    <message>
        <source>Write the invitations into</source>
        <translation>Записать приглашения в папку</translation>
    </message>
    <message>
        <source>Cannot write the invitations</source>
        <translation>Не удаётся записать приглашения</translation>
    </message>
    <message>
        <source>Cannot preview</source>
        <translation>Не удаётся показать предварительный просмотр</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Не удаётся напечатать</translation>
    </message>
    <message>
        <source>Sent {count} pages to the printer</source>
        <translation>Отправлено на принтер страниц: {count}</translation>
    </message>
    <message>
        <source>Export the PDF as</source>
        <translation>Экспортировать PDF как</translation>
    </message>
    <message>
        <source>Cannot export the PDF</source>
        <translation>Не удаётся экспортировать PDF</translation>
    </message>
    <message>
        <source>Wrote {count} pages to {path}</source>
        <translation>Записано страниц: {count}, файл {path}</translation>
    </message>
    <message>
        <source>{count} conflicts</source>
        <translation>Нарушений: {count}</translation>
    </message>
    <message>
        <source>.ics and .eml</source>
        <translation>.ics и .eml</translation>
    </message>
    <message>
        <source>.ics</source>
        <translation>.ics</translation>
    </message>
    <message>
        <source>1 invitation</source>
        <translation>1 приглашение</translation>
    </message>
    <message>
        <source>{count} invitations</source>
        <translation>приглашений: {count}</translation>
    </message>
    <message>
        <source>, {count} cancellations</source>
        <translation>, отмен: {count}</translation>
    </message>
    <message>
        <source>{written} ({kinds}) into {folder}; {unchanged} unchanged</source>
        <translation>В папку {folder} записано — {written} ({kinds}); без изменений: {unchanged}</translation>
    </message>
    <message>
        <source>No conflicts: the schedule keeps rules 1–10.</source>
        <translation>Нарушений нет: расписание соблюдает правила 1–10.</translation>
    </message>
    <message>
        <source>Re-plan</source>
        <translation>Перепланировать</translation>
    </message>
    <message>
        <source>Build schedule</source>
        <translation>Составить расписание</translation>
    </message>
    <message>
        <source>Cannot apply the schedule</source>
        <translation>Не удаётся применить расписание</translation>
    </message>
    <message>
        <source>rows cannot be added here</source>
        <translation>здесь нельзя добавлять строки</translation>
    </message>
    <message>
        <source>rows cannot be removed here</source>
        <translation>здесь нельзя удалять строки</translation>
    </message>
    <message>
        <source>Change {what} {field}</source>
        <translation>Изменить {what}: {field}</translation>
    </message>
    <message>
        <source>In the plan&apos;s order</source>
        <translation>В порядке плана</translation>
    </message>
    <message>
        <source>Add {what}</source>
        <translation>Добавить: {what}</translation>
    </message>
    <message>
        <source>Remove {count} {what}(s)</source>
        <translation>Удалить ({count}): {what}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Город</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>IANA name such as Asia/Almaty; every time in the plan is in this zone</source>
        <translation>Имя IANA, например Asia/Almaty; все время в плане указано в этом поясе</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Day starts</source>
        <translation>Начало дня</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>ЧЧ:ММ</translation>
    </message>
    <message>
        <source>Day ends</source>
        <translation>Конец дня</translation>
    </message>
    <message>
        <source>Slot (minutes)</source>
        <translation>Шаг сетки (минуты)</translation>
    </message>
    <message>
        <source>The grid every start time sits on: 5, 10, 15 or 30</source>
        <translation>Сетка, на которую ложится время начала: 5, 10, 15 или 30</translation>
    </message>
    <message>
        <source>Changeover (minutes)</source>
        <translation>Переход (минуты)</translation>
    </message>
    <message>
        <source>Time a delegation needs between sessions in different buildings</source>
        <translation>Время, нужное делегации между заседаниями в разных зданиях</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Организатор</translation>
    </message>
    <message>
        <source>Organiser e-mail</source>
        <translation>Эл. почта организатора</translation>
    </message>
    <message>
        <source>The address invitations are sent from</source>
        <translation>Адрес, с которого отправляются приглашения</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <source>BCP 47 tags separated by commas, e.g. en, ru, kk</source>
        <translation>Теги BCP 47 через запятую, например en, ru, kk</translation>
    </message>
    <message>
        <source>Order of precedence</source>
        <translation>Порядок старшинства</translation>
    </message>
    <message>
        <source>alphabetical: by status group, then name; rank: by the head&apos;s rank first</source>
        <translation>alphabetical: по статусу, затем по названию; rank: сначала по рангу главы делегации</translation>
    </message>
    <message>
        <source>Alphabet starts at</source>
        <translation>Алфавит начинается с</translation>
    </message>
    <message>
        <source>The delegation drawn by lot whose name starts the alphabet; empty: A</source>
        <translation>Делегация, вытянутая по жребию, с названия которой начинается алфавит; пусто: A</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Параметр</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>no delegation called {name!r}</source>
        <translation>нет делегации с названием {name!r}</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Building</source>
        <translation>Здание</translation>
    </message>
    <message>
        <source>Moving between buildings needs the changeover time (rule 9)</source>
        <translation>Переход между зданиями требует времени на переход (правило 9)</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Мест</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Оснащение</translation>
    </message>
    <message>
        <source>Comma-separated: interpretation, video link, press, accessible, flags, catering</source>
        <translation>Через запятую: interpretation (синхронный перевод), video link (видеосвязь), press (пресса), accessible (доступная среда), flags (флаги), catering (кейтеринг)</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Недоступен</translation>
    </message>
    <message>
        <source>When the venue cannot be used, e.g. 2021-10-11 09:00–12:00; 2021-10-12 14:00–15:30 (empty: always open)</source>
        <translation>Когда зал нельзя использовать, например 2021-10-11 09:00–12:00; 2021-10-12 14:00–15:30 (пусто: всегда доступен)</translation>
    </message>
    <message>
        <source>Main building</source>
        <translation>Главное здание</translation>
    </message>
    <message>
        <source>New venue</source>
        <translation>Новый зал</translation>
    </message>
    <message>
        <source>In the order of precedence</source>
        <translation>В порядке старшинства</translation>
    </message>
    <message>
        <source>Place in the order of precedence</source>
        <translation>Место в порядке старшинства</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>ISO 3166 two-letter code, e.g. KZ</source>
        <translation>Двухбуквенный код ISO 3166, например KZ</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Прибытие</translation>
    </message>
    <message>
        <source>Event time, e.g. 2021-10-11 09:00</source>
        <translation>Время мероприятия, например 2021-10-11 09:00</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Отъезд</translation>
    </message>
    <message>
        <source>Event time, e.g. 2021-10-12 18:00</source>
        <translation>Время мероприятия, например 2021-10-12 18:00</translation>
    </message>
    <message>
        <source>Pinned place</source>
        <translation>Закреплённое место</translation>
    </message>
    <message>
        <source>Pins the delegation at this place; empty: the computed order</source>
        <translation>Ставит делегацию на это место; пусто: вычисленный порядок</translation>
    </message>
    <message>
        <source>Home time zone</source>
        <translation>Часовой пояс страны</translation>
    </message>
    <message>
        <source>IANA name, e.g. Asia/Tokyo</source>
        <translation>Имя IANA, например Asia/Tokyo</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>New delegation</source>
        <translation>Новая делегация</translation>
    </message>
    <message>
        <source>In the order of precedence, by delegation</source>
        <translation>В порядке старшинства, по делегациям</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>Делегация</translation>
    </message>
    <message>
        <source>Honorific</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Roster of delegations</source>
        <translation>Список делегаций</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Программа</translation>
    </message>
    <message>
        <source>Daily programme</source>
        <translation>Программа дня</translation>
    </message>
    <message>
        <source>Venue door sheets</source>
        <translation>Таблички на двери залов</translation>
    </message>
    <message>
        <source>Head of delegation</source>
        <translation>Глава делегации</translation>
    </message>
    <message>
        <source>Deputy head</source>
        <translation>Заместитель главы делегации</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Член делегации</translation>
    </message>
    <message>
        <source>Adviser</source>
        <translation>Советник</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Переводчик</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Служба безопасности</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Пресса</translation>
    </message>
    <message>
        <source>Liaison officer</source>
        <translation>Офицер связи</translation>
    </message>
    <message>
        <source>head of state</source>
        <translation>глава государства</translation>
    </message>
    <message>
        <source>head of government</source>
        <translation>глава правительства</translation>
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
        <translation>заместитель министра</translation>
    </message>
    <message>
        <source>ambassador</source>
        <translation>посол</translation>
    </message>
    <message>
        <source>senior official</source>
        <translation>старшее должностное лицо</translation>
    </message>
    <message>
        <source>official</source>
        <translation>должностное лицо</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>сотрудник</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Принимающая сторона</translation>
    </message>
    <message>
        <source>Member state</source>
        <translation>Государство-член</translation>
    </message>
    <message>
        <source>Observer state</source>
        <translation>Государство-наблюдатель</translation>
    </message>
    <message>
        <source>Observer organisation</source>
        <translation>Организация-наблюдатель</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Организация-партнёр</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Гость</translation>
    </message>
    <message>
        <source>(ends {day})</source>
        <translation>(до {day})</translation>
    </message>
    <message>
        <source>Times are local to {city} ({zone}, {offset} on {day}).</source>
        <translation>Время местное, {city} ({zone}, {offset} на {day}).</translation>
    </message>
    <message>
        <source>people: {count}</source>
        <translation>человек: {count}</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Ранг</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a person&apos;s name</comment>
        <translation>Ф. И. О.</translation>
    </message>
    <message>
        <source>No members are listed yet.</source>
        <translation>Состав делегации пока не указан.</translation>
    </message>
    <message>
        <source>By video link</source>
        <translation>По видеосвязи</translation>
    </message>
    <message>
        <source>All delegations ({count} present)</source>
        <translation>Все делегации (присутствуют: {count})</translation>
    </message>
    <message>
        <source>By video link: {names}</source>
        <translation>По видеосвязи: {names}</translation>
    </message>
    <message>
        <source>Bilateral {first}–{second}</source>
        <translation>Двусторонняя встреча {first} – {second}</translation>
    </message>
    <message>
        <source>The plan lists no delegations.</source>
        <translation>В плане нет делегаций.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Зал</translation>
    </message>
    <message>
        <source>Home time ({zone})</source>
        <translation>Время страны ({zone})</translation>
    </message>
    <message>
        <source>same</source>
        <translation>то же</translation>
    </message>
    <message>
        <source>Head of delegation: {name}</source>
        <translation>Глава делегации: {name}</translation>
    </message>
    <message>
        <source>In town: {arrival} – {departure}</source>
        <translation>В городе: {arrival} – {departure}</translation>
    </message>
    <message>
        <source>Home time is {zone}.</source>
        <translation>Время страны: {zone}.</translation>
    </message>
    <message>
        <source>Nothing is placed for this delegation on {day}.</source>
        <translation>На {day} для этой делегации ничего не запланировано.</translation>
    </message>
    <message>
        <source>Nothing is placed for this delegation during the event.</source>
        <translation>Для этой делегации за время мероприятия ничего не запланировано.</translation>
    </message>
    <message>
        <source>Programme of the delegation</source>
        <translation>Программа делегации</translation>
    </message>
    <message>
        <source>Nothing is placed on this day.</source>
        <translation>В этот день ничего не запланировано.</translation>
    </message>
    <message>
        <source>items: {count}</source>
        <translation>мероприятий: {count}</translation>
    </message>
    <message>
        <source>No venue is used on {day}.</source>
        <translation>{day} залы не используются.</translation>
    </message>
    <message>
        <source>No venue is used during the event.</source>
        <translation>Залы за время мероприятия не используются.</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Залы</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Дистанционно</translation>
    </message>
    <message>
        <source>Takes part by video link only</source>
        <translation>Участвует только по видеосвязи</translation>
    </message>
    <message>
        <source>add a delegation first: every person belongs to one</source>
        <translation>сначала добавьте делегацию: каждый участник входит в одну из них</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Новый участник</translation>
    </message>
    <message>
        <source>no session called {name!r}</source>
        <translation>нет заседания с названием {name!r}</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Делегации</translation>
    </message>
    <message>
        <source>&apos;all&apos;, or delegation names separated by commas</source>
        <translation>«all» или названия делегаций через запятую</translation>
    </message>
    <message>
        <source>Seats each</source>
        <translation>Мест на делегацию</translation>
    </message>
    <message>
        <source>Extra seats</source>
        <translation>Дополнительные места</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Требуется</translation>
    </message>
    <message>
        <source>Venue features the session needs, separated by commas</source>
        <translation>Оснащение зала, нужное заседанию, через запятую</translation>
    </message>
    <message>
        <source>Fixed start</source>
        <translation>Заданное начало</translation>
    </message>
    <message>
        <source>The session starts exactly then, e.g. 2021-10-12 10:00; empty: free</source>
        <translation>Заседание начинается ровно в это время, например 2021-10-12 10:00; пусто: свободно</translation>
    </message>
    <message>
        <source>Fixed venue</source>
        <translation>Заданный зал</translation>
    </message>
    <message>
        <source>The session takes place in this venue; empty: any that fits</source>
        <translation>Заседание проходит в этом зале; пусто: любой подходящий</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Не раньше</translation>
    </message>
    <message>
        <source>The earliest start, e.g. 2021-10-12 12:30; empty: the first day</source>
        <translation>Самое раннее начало, например 2021-10-12 12:30; пусто: первый день</translation>
    </message>
    <message>
        <source>Ends by</source>
        <translation>Закончить до</translation>
    </message>
    <message>
        <source>The latest end, e.g. 2021-10-12 14:30; empty: the last day</source>
        <translation>Самое позднее окончание, например 2021-10-12 14:30; пусто: последний день</translation>
    </message>
    <message>
        <source>After</source>
        <translation>После</translation>
    </message>
    <message>
        <source>The session starts only once these sessions have ended (rule 10)</source>
        <translation>Заседание начинается только после окончания этих заседаний (правило 10)</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>В расписании</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Новое заседание</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <source>To</source>
        <translation>К</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>1 is the highest, 5 the lowest</source>
        <translation>1 — высший, 5 — низший</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>What granting it adds to the score</source>
        <translation>Сколько добавляет к оценке удовлетворение запроса</translation>
    </message>
    <message>
        <source>a bilateral meeting needs two delegations in the plan</source>
        <translation>для двусторонней встречи нужны две делегации из плана</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>ожидается целое число</translation>
    </message>
    <message>
        <source>{value!r} is not a whole number</source>
        <translation>{value!r} не является целым числом</translation>
    </message>
    <message>
        <source>must be at least {low}</source>
        <translation>должно быть не меньше {low}</translation>
    </message>
    <message>
        <source>must be at most {high}</source>
        <translation>должно быть не больше {high}</translation>
    </message>
    <message>
        <source>{value!r} is not a date and time such as 2021-10-11 09:00</source>
        <translation>{value!r} — не дата и время вида 2021-10-11 09:00</translation>
    </message>
    <message>
        <source>{value!r} is not a date such as 2021-10-11</source>
        <translation>{value!r} — не дата вида 2021-10-11</translation>
    </message>
    <message>
        <source>{value!r} is not a time such as 09:30</source>
        <translation>{value!r} — не время вида 09:30</translation>
    </message>
    <message>
        <source>{value!r} is not one of: {allowed}</source>
        <translation>{value!r} — не одно из значений: {allowed}</translation>
    </message>
    <message>
        <source>{value!r}: give a start and an end, such as 2021-10-11 09:00–12:00</source>
        <translation>{value!r}: укажите начало и конец, например 2021-10-11 09:00–12:00</translation>
    </message>
    <message>
        <source>{value!r}: the end must come after the start</source>
        <translation>{value!r}: конец должен быть позже начала</translation>
    </message>
    <message>
        <source>Plan, schedule and print summits and ministerial meetings. Without a command, opens the window on the last plan used (or on FILE.summit).</source>
        <translation>Планирование, расписание и печать документов саммитов и министерских встреч. Без команды открывает окно с последним планом (или с FILE.summit).</translation>
    </message>
    <message>
        <source>Exit codes: 0 fine, 1 the plan has problems, 2 bad usage or unreadable input.</source>
        <translation>Коды выхода: 0 — всё в порядке, 1 — в плане есть проблемы, 2 — неверный вызов или нечитаемые входные данные.</translation>
    </message>
    <message>
        <source>unexpected error ({error}). Nothing was changed by the failed step; please report this with the input that caused it.</source>
        <translation>непредвиденная ошибка ({error}). Неудавшийся шаг ничего не изменил; сообщите об этом, приложив входные данные, вызвавшие ошибку.</translation>
    </message>
    <message>
        <source>write an iCalendar file of the placed items</source>
        <translation>записать файл iCalendar с размещёнными мероприятиями</translation>
    </message>
    <message>
        <source>write an invitation file per item, only for what changed since the last run</source>
        <translation>записать по файлу приглашения на мероприятие, только для изменившегося с прошлого запуска</translation>
    </message>
    <message>
        <source>, {count} cancelled</source>
        <translation>, отменено: {count}</translation>
    </message>
    <message>
        <source>wrote {path}: {events} event(s) for {scope}{cancelled}; {changed} new or changed since the last export</source>
        <translation>записан {path}: событий {events} для «{scope}»{cancelled}; новых или изменённых с прошлого экспорта: {changed}</translation>
    </message>
    <message>
        <source>skipped {reason}</source>
        <translation>пропущено: {reason}</translation>
    </message>
    <message>
        <source>{requests} invitation(s) and {cancellations} cancellation(s) for {scope} in {folder}; {unchanged} unchanged since the last run</source>
        <translation>приглашений: {requests}, отмен: {cancellations} для «{scope}» в папке {folder}; без изменений с прошлого запуска: {unchanged}</translation>
    </message>
    <message>
        <source>the plan file</source>
        <translation>файл плана</translation>
    </message>
    <message>
        <source>write a fresh copy of the sample plan</source>
        <translation>записать новую копию образца плана</translation>
    </message>
    <message>
        <source>create a plan file from a summit-plan JSON document</source>
        <translation>создать файл плана из документа summit-plan JSON</translation>
    </message>
    <message>
        <source>write the plan as summit-plan JSON</source>
        <translation>записать план в формате summit-plan JSON</translation>
    </message>
    <message>
        <source>list every broken scheduling rule (exit 1 if any)</source>
        <translation>перечислить все нарушенные правила расписания (код выхода 1, если они есть)</translation>
    </message>
    <message>
        <source>print the event and what the plan holds</source>
        <translation>показать сведения о мероприятии и содержимое плана</translation>
    </message>
    <message>
        <source>wrote the sample plan to {path}</source>
        <translation>образец плана записан в {path}</translation>
    </message>
    <message>
        <source>updated {path}</source>
        <translation>обновлён {path}</translation>
    </message>
    <message>
        <source>wrote {path}</source>
        <translation>записан {path}</translation>
    </message>
    <message>
        <source>{count} broken rule(s) in {placed} placement(s)</source>
        <translation>нарушенных правил: {count}, размещений: {placed}</translation>
    </message>
    <message>
        <source>no broken rules in {placed} placement(s)</source>
        <translation>нарушенных правил нет, размещений: {placed}</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>Мероприятие:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Место:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Даты:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Часовой пояс:</translation>
    </message>
    <message>
        <source>{zone} ({offset} on the first day; tz database {version})</source>
        <translation>{zone} ({offset} в первый день; база tz {version})</translation>
    </message>
    <message>
        <source>Grid:</source>
        <translation>Сетка:</translation>
    </message>
    <message>
        <source>{slot} min slots, {changeover} min changeover</source>
        <translation>шаг {slot} мин, переход {changeover} мин</translation>
    </message>
    <message>
        <source>Venues:</source>
        <translation>Залы:</translation>
    </message>
    <message>
        <source>{count} in {buildings} building(s)</source>
        <translation>{count}, зданий: {buildings}</translation>
    </message>
    <message>
        <source>Delegations:</source>
        <translation>Делегации:</translation>
    </message>
    <message>
        <source>People:</source>
        <translation>Участники:</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Заседания:</translation>
    </message>
    <message>
        <source>{count} ({placed} placed)</source>
        <translation>{count} (размещено: {placed})</translation>
    </message>
    <message>
        <source>Requests:</source>
        <translation>Запросы:</translation>
    </message>
    <message>
        <source>{count} ({granted} granted of {total} not declined)</source>
        <translation>{count} (удовлетворено {granted} из {total} неотклонённых)</translation>
    </message>
    <message>
        <source>Placements:</source>
        <translation>Размещения:</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Оценка:</translation>
    </message>
    <message>
        <source>{score} (weight {weight}, {absences} absence(s))</source>
        <translation>{score} (вес {weight}, отсутствий: {absences})</translation>
    </message>
    <message>
        <source>print a roster, programmes, a daily programme or venue door sheets to PDF</source>
        <translation>напечатать в PDF список делегаций, программы, программу дня или таблички на двери залов</translation>
    </message>
    <message>
        <source>wrote {path} (1 page)</source>
        <translation>записан {path} (1 страница)</translation>
    </message>
    <message>
        <source>wrote {path} ({count} pages)</source>
        <translation>записан {path} (страниц: {count})</translation>
    </message>
    <message>
        <source>place sessions and bilateral meetings automatically (exit 1 if a session cannot be placed)</source>
        <translation>автоматически разместить заседания и двусторонние встречи (код выхода 1, если заседание не удаётся разместить)</translation>
    </message>
    <message>
        <source>dry run: the plan file was not changed</source>
        <translation>пробный запуск: файл плана не изменён</translation>
    </message>
    <message>
        <source>wrote the schedule to {path} ({count} items changed)</source>
        <translation>расписание записано в {path} (изменено мероприятий: {count})</translation>
    </message>
    <message>
        <source>interrupted: nothing was written to the plan</source>
        <translation>прервано: в план ничего не записано</translation>
    </message>
    <message>
        <source>status: {status}, {seconds} s</source>
        <translation>состояние: {status}, {seconds} с</translation>
    </message>
    <message>
        <source>sessions placed: {placed} of {total}</source>
        <translation>размещено заседаний: {placed} из {total}</translation>
    </message>
    <message>
        <source>requests granted: {granted} of {total}</source>
        <translation>удовлетворено запросов: {granted} из {total}</translation>
    </message>
    <message>
        <source>by priority: {counts}</source>
        <translation>по приоритетам: {counts}</translation>
    </message>
    <message>
        <source>{priority}: {granted} of {wanted}</source>
        <translation>{priority}: {granted} из {wanted}</translation>
    </message>
    <message>
        <source>weight: {weight}</source>
        <translation>вес: {weight}</translation>
    </message>
    <message>
        <source>absences: {count}</source>
        <translation>отсутствий: {count}</translation>
    </message>
    <message>
        <source>score: {score}</source>
        <translation>оценка: {score}</translation>
    </message>
    <message>
        <source>bound: {bound}</source>
        <translation>граница: {bound}</translation>
    </message>
    <message>
        <source>gap: {gap}</source>
        <translation>разрыв: {gap}</translation>
    </message>
    <message>
        <source>not placed: {item}: {reason}</source>
        <translation>не размещено: {item}: {reason}</translation>
    </message>
    <message>
        <source>session moved: {item}: {before} -&gt; {after}</source>
        <translation>заседание перенесено: {item}: {before} -&gt; {after}</translation>
    </message>
    <message>
        <source>moved: {count}</source>
        <translation>перенесено: {count}</translation>
    </message>
    <message>
        <source>request lost: {item}</source>
        <translation>запрос потерян: {item}</translation>
    </message>
    <message>
        <source>request gained: {item}</source>
        <translation>запрос удовлетворён: {item}</translation>
    </message>
    <message>
        <source>write the roster as a CSV or XLSX spreadsheet, one row per person</source>
        <translation>записать список делегаций в таблицу CSV или XLSX, по строке на участника</translation>
    </message>
    <message>
        <source>add or update people from an accreditation list (CSV or XLSX)</source>
        <translation>добавить или обновить участников по списку аккредитации (CSV или XLSX)</translation>
    </message>
    <message>
        <source>wrote {count} people to {path}</source>
        <translation>участников записано: {count}, файл {path}</translation>
    </message>
    <message>
        <source>{name}: columns left out: {columns}</source>
        <translation>{name}: пропущенные столбцы: {columns}</translation>
    </message>
    <message>
        <source>fix the rows above, or use --skip-invalid to import the good rows</source>
        <translation>исправьте строки выше или укажите --skip-invalid, чтобы импортировать верные строки</translation>
    </message>
    <message>
        <source>fix the header row</source>
        <translation>исправьте строку заголовков</translation>
    </message>
    <message>
        <source>Printed on {day}</source>
        <translation>Напечатано {day}</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Страница {number} из {total}</translation>
    </message>
    <message>
        <source>Another program changed what the undo history would undo; it was cleared.</source>
        <translation>Другая программа изменила то, что отменила бы история отмены; история очищена.</translation>
    </message>
    <message>
        <source>The undo history was cleared: “{text}” could not be taken back or redone.</source>
        <translation>История отмены очищена: «{text}» не удалось отменить или повторить.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Summit Planner plan</source>
        <translation>План Summit Planner</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>All delegations present</source>
        <translation>Присутствуют все делегации</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> и ещё {count}</translation>
    </message>
    <message>
        <source>Bilateral</source>
        <translation>Двусторонняя встреча</translation>
    </message>
    <message>
        <source>Delegations: {names}</source>
        <translation>Делегации: {names}</translation>
    </message>
    <message>
        <source>Locked: the scheduler leaves it here</source>
        <translation>Закреплено: планировщик оставит здесь</translation>
    </message>
    <message>
        <source>Rule {rule} ({name}): {message}</source>
        <translation>Правило {rule} ({name}): {message}</translation>
    </message>
    <message>
        <source>with {names}</source>
        <translation>с делегацией {names}</translation>
    </message>
</context>
<context>
    <name>BuildDialog</name>
    <message>
        <source>Re-plan</source>
        <translation>Перепланировать</translation>
    </message>
    <message>
        <source>Build schedule</source>
        <translation>Составить расписание</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Time limit in seconds</source>
        <translation>Ограничение времени в секундах</translation>
    </message>
    <message>
        <source>The search stops after this long with the best found</source>
        <translation>Поиск останавливается через это время с лучшим найденным результатом</translation>
    </message>
    <message>
        <source>Search progress</source>
        <translation>Ход поиска</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>не начат</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Результаты</translation>
    </message>
    <message>
        <source>What the scheduler placed, moved and could not place.</source>
        <translation>Что планировщик разместил, перенёс и не смог разместить.</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>&amp;Ограничение времени:</translation>
    </message>
    <message>
        <source>Keeps locked placements where they are and improves the rest, moving as little as it can.</source>
        <translation>Оставляет закреплённые размещения на местах и улучшает остальное, перенося как можно меньше.</translation>
    </message>
    <message>
        <source>&amp;Let placed sessions move</source>
        <translation>&amp;Разрешить перенос размещённых заседаний</translation>
    </message>
    <message>
        <source>Sessions already placed may move to make room for the programme and more bilateral meetings. Locked placements, fixed times and venues, windows and the order of sessions still hold.</source>
        <translation>Уже размещённые заседания могут переноситься, чтобы освободить место для программы и большего числа двусторонних встреч. Закреплённые размещения, заданные время и залы, временные окна и порядок заседаний по-прежнему соблюдаются.</translation>
    </message>
    <message>
        <source>Bilaterals granted</source>
        <translation>Удовлетворено двусторонних встреч</translation>
    </message>
    <message>
        <source>Absences from sessions for all</source>
        <translation>Отсутствия на общих заседаниях</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Best possible</source>
        <translation>Лучшая возможная оценка</translation>
    </message>
    <message>
        <source>Each granted bilateral counts 16, 8, 4, 2 or 1 by priority 1 to 5; each delegation in town but absent from a session for all costs {cost}</source>
        <translation>Каждая удовлетворённая двусторонняя встреча даёт 16, 8, 4, 2 или 1 по приоритету от 1 до 5; каждая делегация, которая находится в городе, но отсутствует на общем заседании, отнимает {cost}</translation>
    </message>
    <message>
        <source>Bilaterals granted:</source>
        <translation>Удовлетворено двусторонних встреч:</translation>
    </message>
    <message>
        <source>Absences from sessions for all:</source>
        <translation>Отсутствия на общих заседаниях:</translation>
    </message>
    <message>
        <source>Score:</source>
        <translation>Оценка:</translation>
    </message>
    <message>
        <source>Best possible:</source>
        <translation>Лучшая возможная оценка:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Начать</translation>
    </message>
    <message>
        <source>St&amp;op</source>
        <translation>&amp;Стоп</translation>
    </message>
    <message>
        <source>Stop now and keep the best schedule found so far</source>
        <translation>Остановить сейчас и оставить лучшее найденное расписание</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Применить</translation>
    </message>
    <message>
        <source>Put this schedule in the plan (Undo takes it back)</source>
        <translation>Внести это расписание в план (отмена вернёт прежнее)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>searching… %p%</source>
        <translation>поиск… %p%</translation>
    </message>
    <message>
        <source>stopping, keeping the best found…</source>
        <translation>остановка, сохраняется лучшее найденное…</translation>
    </message>
    <message>
        <source>{granted} of {wanted}</source>
        <translation>{granted} из {wanted}</translation>
    </message>
    <message>
        <source>reached: no schedule scores higher</source>
        <translation>достигнута: ни одно расписание не даёт большей оценки</translation>
    </message>
    <message>
        <source>within {gap} of the best possible (no schedule scores above {bound})</source>
        <translation>на {gap} ниже лучшей возможной (ни одно расписание не даёт больше {bound})</translation>
    </message>
    <message>
        <source>priority {priority}: {granted} of {wanted}</source>
        <translation>приоритет {priority}: {granted} из {wanted}</translation>
    </message>
    <message>
        <source>stopped: best found</source>
        <translation>остановлено: лучшее найденное</translation>
    </message>
    <message>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>сбой</translation>
    </message>
    <message>
        <source>The scheduler could not run: {message}

The plan was not changed.</source>
        <translation>Планировщик не смог выполнить работу: {message}

План не изменён.</translation>
    </message>
    <message>
        <source>Placed {count}:</source>
        <translation>Размещено ({count}):</translation>
    </message>
    <message>
        <source>Moved {count}:</source>
        <translation>Перенесено ({count}):</translation>
    </message>
    <message>
        <source>Could not place {count}:</source>
        <translation>Не удалось разместить ({count}):</translation>
    </message>
</context>
<context>
    <name>CalendarChoiceDialog</name>
    <message>
        <source>Write invitations</source>
        <translation>Записать приглашения</translation>
    </message>
    <message>
        <source>Export iCalendar</source>
        <translation>Экспорт iCalendar</translation>
    </message>
    <message>
        <source>Writes invitation files to send: one .ics per meeting (and an e-mail draft beside it if asked) into a folder you choose. The first time every meeting is written; later only new and changed ones, and cancellations.</source>
        <translation>Записывает файлы приглашений для отправки в выбранную вами папку: по одному .ics на встречу (и рядом черновик письма, если нужно). В первый раз записываются все встречи, затем — только новые и изменённые, а также отмены.</translation>
    </message>
    <message>
        <source>Writes one .ics calendar file with the placed meetings of the choice.</source>
        <translation>Записывает один файл календаря .ics с размещёнными встречами по выбору.</translation>
    </message>
    <message>
        <source>Find a delegation, a person or a venue</source>
        <translation>Найти делегацию, участника или зал</translation>
    </message>
    <message>
        <source>Find whose meetings</source>
        <translation>Поиск: чьи встречи</translation>
    </message>
    <message>
        <source>Who receives the invitations</source>
        <translation>Кто получит приглашения</translation>
    </message>
    <message>
        <source>Writes every meeting again, also those sent before and unchanged (for someone who lost theirs); without it only new and changed ones</source>
        <translation>Записывает все встречи заново, в том числе отправленные ранее и не изменившиеся (для того, кто потерял свои); без этого — только новые и изменённые</translation>
    </message>
    <message>
        <source>Everything (the whole event)</source>
        <translation>Всё (мероприятие целиком)</translation>
    </message>
    <message>
        <source>Delegations</source>
        <translation>Делегации</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Участники</translation>
    </message>
    <message>
        <source>Venues</source>
        <translation>Залы</translation>
    </message>
    <message>
        <source>{name} has no e-mail address: there is no one to invite.</source>
        <translation>{name}: нет адреса эл. почты, приглашать некого.</translation>
    </message>
    <message>
        <source>{delegation}: no one has an e-mail address</source>
        <translation>{delegation}: ни у кого нет адреса эл. почты</translation>
    </message>
    <message>
        <source>{delegation}: to {contact} ({role}) for {head}</source>
        <translation>{delegation}: для {head} — на адрес {contact} ({role})</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>и ещё {count}</translation>
    </message>
    <message>
        <source>Heads without an e-mail address; their invitations go to:</source>
        <translation>Главы делегаций без адреса эл. почты; их приглашения направляются:</translation>
    </message>
    <message>
        <source>Whose meetings</source>
        <translation>Чьи встречи</translation>
    </message>
    <message>
        <source>&amp;Send every invitation again</source>
        <translation>&amp;Отправить все приглашения заново</translation>
    </message>
    <message>
        <source>Also write &amp;e-mail drafts (.eml)</source>
        <translation>Также записать &amp;черновики писем (.eml)</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Для:</translation>
    </message>
</context>
<context>
    <name>ConflictsModel</name>
    <message>
        <source>Rule {rule}: {name}</source>
        <translation>Правило {rule}: {name}</translation>
    </message>
    <message>
        <source>Items: {titles}</source>
        <translation>Мероприятия: {titles}</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <source>Conflicts</source>
        <translation>Нарушения</translation>
    </message>
    <message>
        <source>Double-click or press Enter to show the item</source>
        <translation>Дважды щёлкните или нажмите Enter, чтобы показать мероприятие</translation>
    </message>
    <message>
        <source>Double-click a &amp;conflict or press Enter to show its item.</source>
        <translation>Дважды щёлкните н&amp;арушение или нажмите Enter, чтобы показать его мероприятие.</translation>
    </message>
    <message>
        <source>None: the schedule keeps every rule.</source>
        <translation>Нет: расписание соблюдает все правила.</translation>
    </message>
    <message>
        <source>{count} rule violations</source>
        <translation>Нарушений правил: {count}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Summit Planner — unexpected error</source>
        <translation>Summit Planner — непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Something went wrong that Summit Planner did not expect. Your plan file is safe: every change that was saved stays saved, and the step that failed changed nothing.

Please copy the details below into your report.</source>
        <translation>Произошла ошибка, которой Summit Planner не ожидал. Файл плана в сохранности: всё сохранённое остаётся сохранённым, а неудавшийся шаг ничего не изменил.

Скопируйте, пожалуйста, подробности ниже в своё сообщение об ошибке.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Подробности ошибки</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Копировать подробности</translation>
    </message>
    <message>
        <source>Copy the details to the clipboard</source>
        <translation>Скопировать подробности в буфер обмена</translation>
    </message>
</context>
<context>
    <name>DayTabsView</name>
    <message>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
</context>
<context>
    <name>DelegationTimeline</name>
    <message>
        <source>Show &amp;home time</source>
        <translation>Показывать &amp;время страны</translation>
    </message>
    <message>
        <source>Label each delegation&apos;s row in its home time zone where it differs</source>
        <translation>Подписывать строку делегации временем её страны, если оно отличается</translation>
    </message>
    <message>
        <source>Show home time</source>
        <translation>Показывать время страны</translation>
    </message>
    <message>
        <source>Delegations by time</source>
        <translation>Делегации по времени</translation>
    </message>
</context>
<context>
    <name>EventSettingsDialog</name>
    <message>
        <source>New plan</source>
        <translation>Новый план</translation>
    </message>
    <message>
        <source>e.g. CICA Ministerial Meeting 2021</source>
        <translation>например, Совещание министров СВМДА 2021</translation>
    </message>
    <message>
        <source>IANA time zone name, e.g. Asia/Almaty</source>
        <translation>Имя часового пояса IANA, например Asia/Almaty</translation>
    </message>
    <message>
        <source>{n} minutes</source>
        <translation>{n} мин</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Город:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Часовой пояс:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Первый день:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>П&amp;оследний день:</translation>
    </message>
    <message>
        <source>Day &amp;starts:</source>
        <translation>Н&amp;ачало дня:</translation>
    </message>
    <message>
        <source>Day &amp;ends:</source>
        <translation>&amp;Конец дня:</translation>
    </message>
    <message>
        <source>S&amp;lot:</source>
        <translation>&amp;Шаг сетки:</translation>
    </message>
    <message>
        <source>C&amp;hangeover:</source>
        <translation>П&amp;ереход:</translation>
    </message>
</context>
<context>
    <name>FieldMessage</name>
    <message>
        <source>Why the value was not changed</source>
        <translation>Почему значение не изменено</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <source>Search {name}…</source>
        <translation>Поиск: {name}…</translation>
    </message>
    <message>
        <source>Search {name}</source>
        <translation>Поиск: {name}</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>Add a row, then edit it in place</source>
        <translation>Добавить строку и отредактировать её на месте</translation>
    </message>
    <message>
        <source>Add to {name}</source>
        <translation>Добавить: {name}</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Remove the selected rows (Undo brings them back)</source>
        <translation>Удалить выбранные строки (отмена вернёт их)</translation>
    </message>
    <message>
        <source>Remove from {name}</source>
        <translation>Удалить: {name}</translation>
    </message>
    <message>
        <source>Order of the rows</source>
        <translation>Порядок строк</translation>
    </message>
    <message>
        <source>ascending</source>
        <translation>по возрастанию</translation>
    </message>
    <message>
        <source>descending</source>
        <translation>по убыванию</translation>
    </message>
    <message>
        <source>Sorted by {column}, {direction}</source>
        <translation>Сортировка: {column}, {direction}</translation>
    </message>
    <message>
        <source>back to {order}</source>
        <translation>вернуть: {order}</translation>
    </message>
    <message>
        <source>Select the rows to remove first.</source>
        <translation>Сначала выберите строки для удаления.</translation>
    </message>
    <message>
        <source>Not removed: {reason}</source>
        <translation>Не удалено: {reason}</translation>
    </message>
    <message>
        <source>{field} not changed: {reason}</source>
        <translation>{field} не изменено: {reason}</translation>
    </message>
</context>
<context>
    <name>PaintedTimetable</name>
    <message>
        <source>The plan has no venues yet.</source>
        <translation>В плане пока нет залов.</translation>
    </message>
    <message>
        <source>Nothing is placed on this day yet. Plan ▸ Build Schedule… (Ctrl+B) places every session and as many bilaterals as fit; or drag an item from the Unplaced list (or select it and press Enter).</source>
        <translation>В этот день пока ничего не размещено. План ▸ Составить расписание… (Ctrl+B) разместит все заседания и столько двусторонних встреч, сколько поместится; или перетащите мероприятие из списка «Не размещено» (или выберите его и нажмите Enter).</translation>
    </message>
    <message>
        <source>Unknown venue</source>
        <translation>Неизвестный зал</translation>
    </message>
    <message>
        <source>{id}: not a venue of the plan</source>
        <translation>{id}: такого зала в плане нет</translation>
    </message>
    <message>
        <source>{name}
{building} · {seats} seats</source>
        <translation>{name}
{building} · мест: {seats}</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>As the system ({language})</source>
        <translation>Как в системе ({language})</translation>
    </message>
    <message>
        <source>The language of menus, dialogs and messages</source>
        <translation>Язык меню, диалогов и сообщений</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>The window changes language the next time Summit Planner starts.</source>
        <translation>Окно перейдёт на новый язык при следующем запуске Summit Planner.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Print preview — {title}</source>
        <translation>Предварительный просмотр — {title}</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>Не удаётся напечатать</translation>
    </message>
</context>
<context>
    <name>ReportChoiceDialog</name>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Print preview</source>
        <translation>Предварительный просмотр</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>Roster of delegations</source>
        <translation>Список делегаций</translation>
    </message>
    <message>
        <source>Programme (per delegation)</source>
        <translation>Программа (по делегациям)</translation>
    </message>
    <message>
        <source>Daily programme</source>
        <translation>Программа дня</translation>
    </message>
    <message>
        <source>Door sheets (per venue)</source>
        <translation>Таблички на двери (по залам)</translation>
    </message>
    <message>
        <source>All delegations</source>
        <translation>Все делегации</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Все дни</translation>
    </message>
    <message>
        <source>Two languages side by side are for the roster of delegations</source>
        <translation>Два языка рядом — только для списка делегаций</translation>
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
        <translation>&amp;Документ:</translation>
    </message>
    <message>
        <source>&amp;Delegation:</source>
        <translation>Д&amp;елегация:</translation>
    </message>
    <message>
        <source>D&amp;ay:</source>
        <translation>Де&amp;нь:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Бумага:</translation>
    </message>
    <message>
        <source>A roster lists delegations for the whole event</source>
        <translation>Список делегаций составляется на всё мероприятие</translation>
    </message>
</context>
<context>
    <name>TimetableCanvas</name>
    <message>
        <source>Un&amp;lock</source>
        <translation>От&amp;крепить</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>За&amp;крепить</translation>
    </message>
    <message>
        <source>A locked placement stays where it is when the schedule is built</source>
        <translation>Закреплённое размещение остаётся на месте при составлении расписания</translation>
    </message>
    <message>
        <source>Un&amp;place</source>
        <translation>&amp;Снять с расписания</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
</context>
<context>
    <name>TimetableGrid</name>
    <message>
        <source>Timetable grid</source>
        <translation>Сетка расписания</translation>
    </message>
    <message>
        <source>Arrow keys move between blocks, Enter edits, L locks or unlocks, Delete takes the item off the schedule; drag a block to move it.</source>
        <translation>Стрелки — переход между блоками, Enter — правка, L — закрепить или открепить, Delete — снять с расписания; блок можно перетащить.</translation>
    </message>
    <message>
        <source>{day}: {count} placements, {conflicts} with conflicts</source>
        <translation>{day}: размещений {count}, с нарушениями {conflicts}</translation>
    </message>
    <message>
        <source>Selected: {item}</source>
        <translation>Выбрано: {item}</translation>
    </message>
</context>
<context>
    <name>TimetableView</name>
    <message>
        <source>The day shown (Ctrl+Page Up / Ctrl+Page Down)</source>
        <translation>Показываемый день (Ctrl+Page Up / Ctrl+Page Down)</translation>
    </message>
    <message>
        <source>Find on the timetable (Ctrl+F)</source>
        <translation>Найти в расписании (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find on the timetable</source>
        <translation>Найти в расписании</translation>
    </message>
    <message>
        <source>A title, a delegation or an id; Enter shows the next match, Esc goes back</source>
        <translation>Название, делегация или код; Enter — следующее совпадение, Esc — назад</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Совпадения</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Условные обозначения</translation>
    </message>
    <message>
        <source>Timetable</source>
        <translation>Расписание</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Нет совпадений</translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation>{number} из {count}</translation>
    </message>
    <message>
        <source>Show {day}</source>
        <translation>Показать {day}</translation>
    </message>
    <message>
        <source>{day} is outside the event&apos;s dates (rule 8)</source>
        <translation>{day} вне дат мероприятия (правило 8)</translation>
    </message>
    <message>
        <source>red edge: breaks a rule</source>
        <translation>красная рамка: нарушено правило</translation>
    </message>
    <message>
        <source>padlock: locked</source>
        <translation>замок: закреплено</translation>
    </message>
</context>
<context>
    <name>UnplacedList</name>
    <message>
        <source>Search unplaced items</source>
        <translation>Поиск неразмещённых мероприятий</translation>
    </message>
    <message>
        <source>Filter by title, delegation or id</source>
        <translation>Фильтр по названию, делегации или коду</translation>
    </message>
    <message>
        <source>Unplaced items</source>
        <translation>Неразмещённые мероприятия</translation>
    </message>
    <message>
        <source>Drag an item onto the timetable, or press Enter to place it at the timetable&apos;s focused cell; double-click or F2 edits it</source>
        <translation>Перетащите мероприятие на расписание или нажмите Enter, чтобы разместить его в выбранной ячейке расписания; двойной щелчок или F2 — правка</translation>
    </message>
    <message>
        <source>Unplaced</source>
        <translation>Не размещено</translation>
    </message>
    <message>
        <source>&amp;Unplaced ({count})</source>
        <translation>&amp;Не размещено ({count})</translation>
    </message>
    <message>
        <source>{count} items not on the schedule</source>
        <translation>Не в расписании: {count}</translation>
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
        <translation>все делегации</translation>
    </message>
    <message>
        <source>Delegations: {names}</source>
        <translation>Делегации: {names}</translation>
    </message>
    <message>
        <source>priority {priority} · {minutes} min</source>
        <translation>приоритет {priority} · {minutes} мин</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>согласовано</translation>
    </message>
    <message>
        <source>Needs: {features}</source>
        <translation>Требуется: {features}</translation>
    </message>
</context>
<context>
    <name>_TimelineCanvas</name>
    <message>
        <source>Delegation timeline</source>
        <translation>График делегаций</translation>
    </message>
    <message>
        <source>{day}: {busy} of {total} delegations have placements</source>
        <translation>{day}: размещения есть у {busy} из {total} делегаций</translation>
    </message>
    <message>
        <source>The plan has no delegations yet.</source>
        <translation>В плане пока нет делегаций.</translation>
    </message>
    <message>
        <source>home time {zone}</source>
        <translation>время страны {zone}</translation>
    </message>
    <message>
        <source>Event time ({zone})</source>
        <translation>Время мероприятия ({zone})</translation>
    </message>
    <message>
        <source>In town {arrival} – {departure}</source>
        <translation>В городе {arrival} – {departure}</translation>
    </message>
    <message>
        <source>Home time: {zone} ({name})</source>
        <translation>Время страны: {zone} ({name})</translation>
    </message>
    <message>
        <source>Home time in {name}: {span}</source>
        <translation>Время страны, {name}: {span}</translation>
    </message>
</context>
<context>
    <name>palette</name>
    <message>
        <source>Plenary</source>
        <translation>Пленарное заседание</translation>
    </message>
    <message>
        <source>Ministerial</source>
        <translation>Министерское заседание</translation>
    </message>
    <message>
        <source>Bilateral session</source>
        <translation>Двустороннее заседание</translation>
    </message>
    <message>
        <source>Ceremony</source>
        <translation>Церемония</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Приём пищи</translation>
    </message>
    <message>
        <source>Press</source>
        <translation>Пресса</translation>
    </message>
    <message>
        <source>Side event</source>
        <translation>Параллельное мероприятие</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Bilateral meeting</source>
        <translation>Двусторонняя встреча</translation>
    </message>
</context>
</TS>
