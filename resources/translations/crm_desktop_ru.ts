<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AnalyticsView</name>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="106"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="110"/>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="112"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="114"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="121"/>
        <source>Conversion</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="121"/>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="123"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="121"/>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="208"/>
        <source>Reached</source>
        <translation>Дошли</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="122"/>
        <source>Went on</source>
        <translation>Пошли дальше</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="122"/>
        <source>Conversion %</source>
        <translation>Конверсия, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="123"/>
        <source>Time in stage</source>
        <translation>Время на этапе</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="124"/>
        <source>Average days</source>
        <translation>Дней в среднем</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="125"/>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="127"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="126"/>
        <source>Losses</source>
        <translation>Потери</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="126"/>
        <source>Lost at stage</source>
        <translation>Потеряна на этапе</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="126"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="127"/>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="135"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="128"/>
        <source>By source</source>
        <translation>По источникам</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="128"/>
        <source>Lead source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="128"/>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="131"/>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="213"/>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="129"/>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="132"/>
        <source>Won amount</source>
        <translation>Сумма выигранных</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="129"/>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="132"/>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="214"/>
        <source>Lost</source>
        <translation>Проиграно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="130"/>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="133"/>
        <source>Win rate %</source>
        <translation>Доля побед, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="131"/>
        <source>By manager</source>
        <translation>По менеджерам</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="131"/>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="136"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="134"/>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="134"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="134"/>
        <source>Open deals</source>
        <translation>Открытых сделок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="135"/>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="210"/>
        <source>Weighted</source>
        <translation>Взвешенно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="136"/>
        <source>Plan vs fact</source>
        <translation>План и факт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="136"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="137"/>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="137"/>
        <source>Fact</source>
        <translation>Факт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="138"/>
        <source>Done %</source>
        <translation>Выполнено, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="149"/>
        <source>Export to Excel…</source>
        <translation>Выгрузить в Excel…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="165"/>
        <source>Double-click a row to see its deals.</source>
        <translation>Двойной щелчок по строке покажет её сделки.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="253"/>
        <source>%1 deals</source>
        <translation>Сделок: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="273"/>
        <source>Export to Excel</source>
        <translation>Выгрузить в Excel</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="282"/>
        <source>Exported to %1</source>
        <translation>Выгружено в %1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="87"/>
        <source>Creating demo data…</source>
        <translation>Создаём демо-данные…</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../crm_desktop/ui/funnel/board.py" line="148"/>
        <source>Anyone responsible</source>
        <translation>Любой ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/board.py" line="150"/>
        <source>Any source</source>
        <translation>Любой источник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/board.py" line="151"/>
        <source>Find deals…</source>
        <translation>Найти сделки…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/board.py" line="236"/>
        <source>Weighted pipeline: %1</source>
        <translation>Взвешенная воронка: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/board.py" line="247"/>
        <source>Why was the deal lost?</source>
        <translation>Почему сделка проиграна?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/board.py" line="248"/>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/timeline.py" line="28"/>
        <source>Outgoing call</source>
        <translation>Исходящий звонок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/timeline.py" line="29"/>
        <source>Incoming call</source>
        <translation>Входящий звонок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/timeline.py" line="30"/>
        <source>Email</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/timeline.py" line="31"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/timeline.py" line="32"/>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/timeline.py" line="33"/>
        <source>Social network</source>
        <translation>Соцсеть</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/timeline.py" line="34"/>
        <source>Web form</source>
        <translation>Веб-форма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/timeline.py" line="35"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/timeline.py" line="36"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/timeline.py" line="37"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/timeline.py" line="38"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="39"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="40"/>
        <source>Email</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="41"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="42"/>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="43"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="44"/>
        <source>Reached</source>
        <translation>Дозвонился</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="45"/>
        <source>No answer</source>
        <translation>Не ответил</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="46"/>
        <source>Call back later</source>
        <translation>Перезвонить позже</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="47"/>
        <source>Meeting booked</source>
        <translation>Назначена встреча</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="48"/>
        <source>Proposal sent</source>
        <translation>Отправлено КП</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="49"/>
        <source>Agreed</source>
        <translation>Договорились</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="50"/>
        <source>Declined</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="107"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="123"/>
        <location filename="../../crm_desktop/ui/clients/card.py" line="224"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="127"/>
        <source>Details</source>
        <translation>Реквизиты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="131"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="132"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="136"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="138"/>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="143"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="168"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="171"/>
        <source>What happened? (Enter to save)</source>
        <translation>Что произошло? (Enter — сохранить)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="173"/>
        <source>Next step:</source>
        <translation>Следующий шаг:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="174"/>
        <source>e.g. Send the contract</source>
        <translation>например, отправить договор</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="181"/>
        <source>Log</source>
        <translation>Записать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="205"/>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="256"/>
        <source>Cannot open this card</source>
        <translation>Не удалось открыть карточку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="266"/>
        <source>segment %1</source>
        <translation>сегмент %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="269"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="273"/>
        <source>responsible: %1</source>
        <translation>ответственный: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="275"/>
        <source>deleted</source>
        <translation>удалён</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="306"/>
        <source>No notes or agreements yet.</source>
        <translation>Заметок и договорённостей пока нет.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="307"/>
        <source>Deals (%1)</source>
        <translation>Сделки (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="308"/>
        <source>Tasks (%1)</source>
        <translation>Задачи (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="315"/>
        <source>Legal name</source>
        <translation>Юридическое название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="315"/>
        <source>Tax id</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="316"/>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="316"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="317"/>
        <source>Lead source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="318"/>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="319"/>
        <location filename="../../crm_desktop/ui/clients/card.py" line="328"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="320"/>
        <source>Keep in touch</source>
        <translation>Поддерживать связь</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="321"/>
        <source>every %1 days</source>
        <translation>каждые %1 дн.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="322"/>
        <location filename="../../crm_desktop/ui/clients/card.py" line="329"/>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="324"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="325"/>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="326"/>
        <source>Messengers</source>
        <translation>Мессенджеры</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="328"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="349"/>
        <source>Write what happened or choose an outcome</source>
        <translation>Напишите, что произошло, или выберите результат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="353"/>
        <source>Name the next step</source>
        <translation>Назовите следующий шаг</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog.py" line="153"/>
        <source>same phone</source>
        <translation>тот же телефон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog.py" line="153"/>
        <source>same email</source>
        <translation>тот же email</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog.py" line="154"/>
        <source>same tax id</source>
        <translation>тот же ИНН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog.py" line="154"/>
        <source>similar name</source>
        <translation>похожее название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog.py" line="162"/>
        <source>Possible duplicates (%1)</source>
        <translation>Возможные дубли (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog.py" line="163"/>
        <source>Possible duplicates</source>
        <translation>Возможные дубли</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog.py" line="195"/>
        <source>Edit %1</source>
        <translation>Изменение: %1</translation>
    </message>
</context>
<context>
    <name>ClientKind</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="235"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="236"/>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="237"/>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="238"/>
        <source>Prospect</source>
        <translation>Потенциальный</translation>
    </message>
</context>
<context>
    <name>ClientList</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="35"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="36"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="37"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="38"/>
        <source>Email</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="39"/>
        <source>Tax id</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="40"/>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="41"/>
        <source>Lead source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="42"/>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="43"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="44"/>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="45"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="46"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_view.py" line="63"/>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_view.py" line="64"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_view.py" line="65"/>
        <source>Any kind</source>
        <translation>Любой тип</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_view.py" line="66"/>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_view.py" line="66"/>
        <source>Prospects</source>
        <translation>Потенциальные</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_view.py" line="67"/>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_view.py" line="67"/>
        <source>Suppliers</source>
        <translation>Поставщики</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_view.py" line="68"/>
        <source>Any segment</source>
        <translation>Любой сегмент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_view.py" line="69"/>
        <source>Any source</source>
        <translation>Любой источник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_view.py" line="70"/>
        <source>Any tag</source>
        <translation>Любая метка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_view.py" line="71"/>
        <source>Anyone responsible</source>
        <translation>Любой ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_view.py" line="72"/>
        <source>Filter: name, phone, email, INN…</source>
        <translation>Фильтр: название, телефон, email, ИНН…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/clients/list_view.py" line="216"/>
        <source>%n found</source>
        <translation>
            <numerusform>Найдена %n</numerusform>
            <numerusform>Найдено %n</numerusform>
            <numerusform>Найдено %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_view.py" line="268"/>
        <source>Open card</source>
        <translation>Открыть карточку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_view.py" line="273"/>
        <source>Merge these two…</source>
        <translation>Объединить эти две…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_view.py" line="276"/>
        <source>New company…</source>
        <translation>Новая компания…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_view.py" line="278"/>
        <source>New person…</source>
        <translation>Новый человек…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_view.py" line="280"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog.py" line="30"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog.py" line="31"/>
        <source>Prospect</source>
        <translation>Потенциальный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog.py" line="32"/>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog.py" line="33"/>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog.py" line="230"/>
        <source>Edit company</source>
        <translation>Изменить компанию</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog.py" line="230"/>
        <source>New company</source>
        <translation>Новая компания</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="6"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="13"/>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="14"/>
        <source>e.g. Romashka LLC</source>
        <translation>например, ООО «Ромашка»</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="15"/>
        <source>&amp;Kind</source>
        <translation>&amp;Тип</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="17"/>
        <source>&amp;Legal name</source>
        <translation>&amp;Юр. название</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="19"/>
        <source>&amp;Tax id (INN)</source>
        <translation>&amp;ИНН</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="21"/>
        <source>&amp;Phones</source>
        <translation>&amp;Телефоны</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="22"/>
        <source>+7 912 345-67-89, 8 495 123-45-67</source>
        <translation>+7 912 345-67-89, 8 495 123-45-67</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="23"/>
        <source>&amp;Emails</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="24"/>
        <source>info@example.com</source>
        <translation>info@example.ru</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="25"/>
        <source>&amp;Website</source>
        <translation>&amp;Сайт</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="27"/>
        <source>&amp;Industry</source>
        <translation>&amp;Отрасль</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="29"/>
        <source>&amp;Address</source>
        <translation>&amp;Адрес</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="31"/>
        <source>Lead &amp;source</source>
        <translation>&amp;Источник</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="33"/>
        <source>Se&amp;gment</source>
        <translation>&amp;Сегмент</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="35"/>
        <source>&amp;Tags</source>
        <translation>&amp;Метки</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="36"/>
        <source>comma separated</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="37"/>
        <source>Keep in touch every</source>
        <translation>Связываться каждые</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="38"/>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="38"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="39"/>
        <source>N&amp;otes, agreements</source>
        <translation>&amp;Заметки, договорённости</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="48"/>
        <source>Possible duplicates</source>
        <translation>Возможные дубли</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="51"/>
        <source>Records with the same phone, email, tax id or a similar name appear here while you type.</source>
        <translation>Пока вы печатаете, здесь появятся записи с тем же телефоном, email, ИНН или похожим названием.</translation>
    </message>
    <message>
        <location filename="../../forms/company_dialog.ui" line="53"/>
        <source>Open existing</source>
        <translation>Открыть существующую</translation>
    </message>
</context>
<context>
    <name>CompleteTaskDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/planner/complete_dialog.py" line="42"/>
        <source>Name the next step</source>
        <translation>Назовите следующий шаг</translation>
    </message>
    <message>
        <location filename="../../forms/complete_task.ui" line="6"/>
        <source>Complete the task</source>
        <translation>Завершение задачи</translation>
    </message>
    <message>
        <location filename="../../forms/complete_task.ui" line="9"/>
        <source>&amp;Result (goes into the client&apos;s history)</source>
        <translation>&amp;Результат (попадёт в историю клиента)</translation>
    </message>
    <message>
        <location filename="../../forms/complete_task.ui" line="11"/>
        <source>Plan the &amp;next step</source>
        <translation>Запланировать &amp;следующий шаг</translation>
    </message>
    <message>
        <location filename="../../forms/complete_task.ui" line="14"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../forms/complete_task.ui" line="16"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../forms/complete_task.ui" line="18"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog.py" line="298"/>
        <source>type to find a company</source>
        <translation>начните вводить название компании</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog.py" line="300"/>
        <source>Edit person</source>
        <translation>Изменить контакт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog.py" line="300"/>
        <source>New person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <location filename="../../forms/contact_dialog.ui" line="6"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../forms/contact_dialog.ui" line="13"/>
        <source>&amp;Last name</source>
        <translation>&amp;Фамилия</translation>
    </message>
    <message>
        <location filename="../../forms/contact_dialog.ui" line="15"/>
        <source>&amp;First name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <location filename="../../forms/contact_dialog.ui" line="17"/>
        <source>&amp;Middle name</source>
        <translation>&amp;Отчество</translation>
    </message>
    <message>
        <location filename="../../forms/contact_dialog.ui" line="19"/>
        <source>&amp;Company</source>
        <translation>&amp;Компания</translation>
    </message>
    <message>
        <location filename="../../forms/contact_dialog.ui" line="21"/>
        <source>&amp;Position</source>
        <translation>&amp;Должность</translation>
    </message>
    <message>
        <location filename="../../forms/contact_dialog.ui" line="23"/>
        <source>P&amp;hones</source>
        <translation>&amp;Телефоны</translation>
    </message>
    <message>
        <location filename="../../forms/contact_dialog.ui" line="25"/>
        <source>&amp;Emails</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../forms/contact_dialog.ui" line="27"/>
        <source>&amp;Birthday</source>
        <translation>&amp;День рождения</translation>
    </message>
    <message>
        <location filename="../../forms/contact_dialog.ui" line="28"/>
        <source>not set</source>
        <translation>не задано</translation>
    </message>
    <message>
        <location filename="../../forms/contact_dialog.ui" line="29"/>
        <source>&amp;Source</source>
        <translation>&amp;Источник</translation>
    </message>
    <message>
        <location filename="../../forms/contact_dialog.ui" line="31"/>
        <source>&amp;Tags</source>
        <translation>&amp;Метки</translation>
    </message>
    <message>
        <location filename="../../forms/contact_dialog.ui" line="33"/>
        <source>N&amp;otes</source>
        <translation>&amp;Заметки</translation>
    </message>
    <message>
        <location filename="../../forms/contact_dialog.ui" line="42"/>
        <source>Possible duplicates</source>
        <translation>Возможные дубли</translation>
    </message>
    <message>
        <location filename="../../forms/contact_dialog.ui" line="45"/>
        <source>People with the same phone, email or a similar name appear here while you type.</source>
        <translation>Пока вы печатаете, здесь появятся люди с тем же телефоном, email или похожим именем.</translation>
    </message>
    <message>
        <location filename="../../forms/contact_dialog.ui" line="47"/>
        <source>Open existing</source>
        <translation>Открыть существующую</translation>
    </message>
</context>
<context>
    <name>DealCard</name>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="39"/>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="53"/>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="45"/>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="45"/>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="45"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="46"/>
        <source>Discount %</source>
        <translation>Скидка, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="46"/>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="121"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="54"/>
        <source>Items</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="55"/>
        <source>Stage history</source>
        <translation>История этапов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="56"/>
        <source>History and tasks</source>
        <translation>История и задачи</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="57"/>
        <source>Open client</source>
        <translation>Открыть клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="62"/>
        <source>Create document</source>
        <translation>Создать документ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="81"/>
        <source>Save the document</source>
        <translation>Сохранить документ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="88"/>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="102"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="103"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="104"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="105"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="106"/>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="107"/>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="108"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="109"/>
        <source>Loss reason</source>
        <translation>Причина проигрыша</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../forms/first_start.ui" line="6"/>
        <source>Welcome to crm-desktop</source>
        <translation>Добро пожаловать в crm-desktop</translation>
    </message>
    <message>
        <location filename="../../forms/first_start.ui" line="8"/>
        <source>&lt;h2&gt;Welcome&lt;/h2&gt;&lt;p&gt;Your clients, their history, your day and your deals — in one place, on this computer. First, tell us who you are.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Добро пожаловать&lt;/h2&gt;&lt;p&gt;Клиенты, история работы с ними, ваш день и ваши сделки — в одном месте, на этом компьютере. Для начала расскажите, кто вы.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../forms/first_start.ui" line="11"/>
        <source>Your &amp;name</source>
        <translation>Ваше &amp;имя</translation>
    </message>
    <message>
        <location filename="../../forms/first_start.ui" line="13"/>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location filename="../../forms/first_start.ui" line="15"/>
        <source>&amp;Position</source>
        <translation>&amp;Должность</translation>
    </message>
    <message>
        <location filename="../../forms/first_start.ui" line="21"/>
        <source>Start with</source>
        <translation>Начать с</translation>
    </message>
    <message>
        <location filename="../../forms/first_start.ui" line="23"/>
        <source>An empty database — I will add my own clients</source>
        <translation>Пустой базы — я добавлю своих клиентов</translation>
    </message>
    <message>
        <location filename="../../forms/first_start.ui" line="24"/>
        <source>Demo data — 200 companies with history, to look around</source>
        <translation>Демо-данных — 200 компаний с историей, чтобы осмотреться</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="44"/>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="76"/>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="161"/>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="163"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="53"/>
        <source>Choose a file</source>
        <translation>Выберите файл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="54"/>
        <source>Excel (.xlsx) or CSV (UTF-8 or Windows-1251, with , or ;)</source>
        <translation>Excel (.xlsx) или CSV (UTF-8 или Windows-1251, с , или ;)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="56"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="68"/>
        <source>What the rows are:</source>
        <translation>Что в строках:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="95"/>
        <source>Columns and rows</source>
        <translation>Столбцы и строки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="96"/>
        <source>Check which column goes where; rows with errors are red and say why.</source>
        <translation>Проверьте, какой столбец куда попадёт; строки с ошибками красные и объясняют причину.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="99"/>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="100"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="105"/>
        <source>Apply the mapping</source>
        <translation>Применить сопоставление</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="128"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="128"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="143"/>
        <source>%1 to create, %2 to update, %3 duplicates, %4 with errors (dry run: nothing is written yet)</source>
        <translation>Создать: %1, обновить: %2, дублей: %3, с ошибками: %4 (пробный прогон: пока ничего не записано)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="162"/>
        <source>Import only the valid rows (skip the others)</source>
        <translation>Загрузить только верные строки (остальные пропустить)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="166"/>
        <source>Cancel the import</source>
        <translation>Прервать импорт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="171"/>
        <source>Save the report…</source>
        <translation>Сохранить отчёт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="209"/>
        <source>%1 created, %2 updated, %3 skipped</source>
        <translation>Создано: %1, обновлено: %2, пропущено: %3</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="223"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Прервано: ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="231"/>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="77"/>
        <source>Main</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="81"/>
        <source>Search clients: name, phone, email, INN…  (Ctrl+F)</source>
        <translation>Поиск клиентов: название, телефон, email, ИНН…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="87"/>
        <location filename="../../crm_desktop/ui/main_window.py" line="223"/>
        <source>New company</source>
        <translation>Новая компания</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="90"/>
        <location filename="../../crm_desktop/ui/main_window.py" line="224"/>
        <source>New person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="101"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="105"/>
        <source>&amp;Import from Excel or CSV…</source>
        <translation>&amp;Импорт из Excel или CSV…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="106"/>
        <source>&amp;Export to Excel</source>
        <translation>&amp;Выгрузка в Excel</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="107"/>
        <source>Companies…</source>
        <translation>Компании…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="107"/>
        <source>People…</source>
        <translation>Люди…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="108"/>
        <source>Deals…</source>
        <translation>Сделки…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="108"/>
        <source>Tasks…</source>
        <translation>Задачи…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="109"/>
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="112"/>
        <source>&amp;Back up the database…</source>
        <translation>&amp;Резервная копия базы…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="114"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="117"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="118"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="120"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="125"/>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="128"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="130"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="136"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="140"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="141"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Горячие клавиши</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="142"/>
        <source>&amp;About crm-desktop</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="188"/>
        <source>Back up the database</source>
        <translation>Резервная копия базы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="190"/>
        <source>Database (*.db)</source>
        <translation>База данных (*.db)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="196"/>
        <source>Backup written to %1</source>
        <translation>Резервная копия записана в %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="197"/>
        <source>Backup failed</source>
        <translation>Не удалось сделать копию</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="206"/>
        <source>Export to Excel</source>
        <translation>Выгрузить в Excel</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="214"/>
        <source>Exported to %1</source>
        <translation>Выгружено в %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="215"/>
        <source>Export failed</source>
        <translation>Не удалось выгрузить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="223"/>
        <source>Search clients</source>
        <translation>Поиск клиентов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="224"/>
        <source>Open the card</source>
        <translation>Открыть карточку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="225"/>
        <source>Close the card</source>
        <translation>Закрыть карточку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="225"/>
        <source>Undo an edit or merge</source>
        <translation>Отменить изменение или объединение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="226"/>
        <source>Switch views</source>
        <translation>Переключить раздел</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="226"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="227"/>
        <source>Keyboard shortcuts</source>
        <translation>Горячие клавиши</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="232"/>
        <source>About crm-desktop</source>
        <translation>О crm-desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="233"/>
        <source>&lt;h3&gt;crm-desktop %1&lt;/h3&gt;&lt;p&gt;An offline-first desktop CRM: clients, their history, your day and your deals.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;crm-desktop %1&lt;/h3&gt;&lt;p&gt;Настольная CRM, работающая без сети: клиенты, их история, ваш день и ваши сделки.&lt;/p&gt;&lt;p&gt;База данных: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="60"/>
        <source>Merge two records</source>
        <translation>Объединение двух записей</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="63"/>
        <source>The first record stays. For each field that differs, choose the value to keep. History, deals and tasks of the second move to the first. Ctrl+Z undoes the merge.</source>
        <translation>Первая запись остаётся. Для каждого различающегося поля выберите значение. История, сделки и задачи второй записи перейдут к первой. Ctrl+Z отменит объединение.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="68"/>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="110"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="100"/>
        <source>No field differs.</source>
        <translation>Все поля совпадают.</translation>
    </message>
</context>
<context>
    <name>PlannerView</name>
    <message>
        <location filename="../../crm_desktop/ui/planner/view.py" line="55"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/view.py" line="55"/>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/view.py" line="56"/>
        <source>Agenda</source>
        <translation>Список</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/view.py" line="66"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/view.py" line="72"/>
        <source>Quick add: a task for the selected day (Enter)</source>
        <translation>Быстро добавить задачу на выбранный день (Enter)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/view.py" line="100"/>
        <source>Dismiss</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/view.py" line="106"/>
        <source>&lt;b&gt;From the client cards&lt;/b&gt;</source>
        <translation>&lt;b&gt;Из карточек клиентов&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/view.py" line="109"/>
        <source>&lt;b&gt;Assignments&lt;/b&gt; (open / overdue)</source>
        <translation>&lt;b&gt;Поручения&lt;/b&gt; (открыто / просрочено)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/view.py" line="180"/>
        <source>all day</source>
        <translation>весь день</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/view.py" line="222"/>
        <source>New task</source>
        <translation>Новая задача</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/preferences.py" line="12"/>
        <source>System</source>
        <translation>Системный</translation>
    </message>
    <message>
        <location filename="../../forms/preferences.ui" line="6"/>
        <source>Preferences</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location filename="../../forms/preferences.ui" line="10"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../forms/preferences.ui" line="12"/>
        <source>Default phone &amp;region</source>
        <translation>&amp;Регион телефонов</translation>
    </message>
    <message>
        <location filename="../../forms/preferences.ui" line="16"/>
        <source>A new language applies the next time the app starts.</source>
        <translation>Новый язык применится при следующем запуске.</translation>
    </message>
</context>
<context>
    <name>ReminderCenter</name>
    <message>
        <location filename="../../crm_desktop/ui/planner/reminders.py" line="93"/>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
</context>
<context>
    <name>ReminderPopup</name>
    <message>
        <location filename="../../crm_desktop/ui/planner/reminders.py" line="32"/>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/reminders.py" line="35"/>
        <source>Snooze %1 min</source>
        <translation>Отложить на %1 мин</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/reminders.py" line="37"/>
        <source>Open card</source>
        <translation>Открыть карточку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/reminders.py" line="40"/>
        <source>Done…</source>
        <translation>Выполнено…</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <location filename="../../crm_desktop/ui/funnel/board.py" line="99"/>
        <source>%1&lt;br&gt;&lt;span style=&apos;color:#64748b&apos;&gt;weighted %2 (%3%)&lt;/span&gt;</source>
        <translation>%1&lt;br&gt;&lt;span style=&apos;color:#64748b&apos;&gt;взвешенно %2 (%3%)&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/board.py" line="120"/>
        <source>%1 d in stage</source>
        <translation>%1 дн. на этапе</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/board.py" line="132"/>
        <source>Show %1 more</source>
        <translation>Показать ещё %1</translation>
    </message>
</context>
<context>
    <name>SyncCoordinator</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="60"/>
        <source>Not syncing (no server)</source>
        <translation>Без синхронизации (нет сервера)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="60"/>
        <source>Synced</source>
        <translation>Синхронизировано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="61"/>
        <source>%1 change(s) to sync</source>
        <translation>К отправке изменений: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="62"/>
        <source>First sync pending</source>
        <translation>Ожидает первой синхронизации</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="63"/>
        <source>Offline: working locally</source>
        <translation>Нет связи: работаем локально</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="64"/>
        <source>Sync error: %1</source>
        <translation>Ошибка синхронизации: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="72"/>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="92"/>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="113"/>
        <source>kept in the system&apos;s password store</source>
        <translation>хранится в системном хранилище паролей</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="119"/>
        <source>Save and test the connection</source>
        <translation>Сохранить и проверить связь</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="123"/>
        <source>Host</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="123"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="124"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="124"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="125"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="125"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="129"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="133"/>
        <source>Keep the value in use</source>
        <translation>Оставить текущее значение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="135"/>
        <source>Take the other value</source>
        <translation>Взять другое значение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="137"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="146"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="146"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="147"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="147"/>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="148"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="150"/>
        <source>Sync log</source>
        <translation>Журнал синхронизации</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="182"/>
        <source>Possible duplicate: %1 %2 looks like %3</source>
        <translation>Возможный дубль: %1 %2 похож на %3</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="186"/>
        <source>in use «%1», other «%2» (%3)</source>
        <translation>сейчас «%1», другое «%2» (%3)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="209"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="212"/>
        <source>Connected. %1</source>
        <translation>Подключено. %1</translation>
    </message>
</context>
<context>
    <name>Views</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/registration.py" line="14"/>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/registration.py" line="26"/>
        <source>Sales funnel</source>
        <translation>Воронка продаж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/registration.py" line="28"/>
        <source>Analytics</source>
        <translation>Аналитика</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/registration.py" line="22"/>
        <source>Planner</source>
        <translation>Планировщик</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/registration.py" line="28"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
</context>
</TS>
