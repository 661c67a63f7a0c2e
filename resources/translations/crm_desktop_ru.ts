<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AnalyticsView</name>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="145"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="149"/>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="151"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="153"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="179"/>
        <source>Conversion</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="179"/>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="182"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="179"/>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="282"/>
        <source>Reached</source>
        <translation>Дошли</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="180"/>
        <source>Went on</source>
        <translation>Пошли дальше</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="180"/>
        <source>Conversion %</source>
        <translation>Конверсия, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="181"/>
        <source>Of all deals %</source>
        <translation>Доля от всех сделок, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="182"/>
        <source>Time in stage</source>
        <translation>Время на этапе</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="183"/>
        <source>Average days</source>
        <translation>Дней в среднем</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="184"/>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="186"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="185"/>
        <source>Losses</source>
        <translation>Потери</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="185"/>
        <source>Lost at stage</source>
        <translation>Потеряна на этапе</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="185"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="186"/>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="194"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="187"/>
        <source>By source</source>
        <translation>По источникам</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="187"/>
        <source>Lead source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="187"/>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="190"/>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="287"/>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="188"/>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="191"/>
        <source>Won amount</source>
        <translation>Сумма выигранных</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="188"/>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="191"/>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="288"/>
        <source>Lost</source>
        <translation>Проиграно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="189"/>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="192"/>
        <source>Win rate %</source>
        <translation>Доля побед, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="190"/>
        <source>By manager</source>
        <translation>По менеджерам</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="190"/>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="195"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="193"/>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="193"/>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="193"/>
        <source>Open deals</source>
        <translation>Открытых сделок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="194"/>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="284"/>
        <source>Weighted</source>
        <translation>Взвешенно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="195"/>
        <source>Plan vs fact</source>
        <translation>План и факт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="195"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="196"/>
        <source>Plan</source>
        <translation>План</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="196"/>
        <source>Fact</source>
        <translation>Факт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="197"/>
        <source>Done %</source>
        <translation>Выполнено, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="207"/>
        <source>Export to Excel…</source>
        <translation>Выгрузить в Excel…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="223"/>
        <source>Double-click a row to see its deals.</source>
        <translation>Двойной щелчок по строке покажет её сделки.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="337"/>
        <source>%1 deals</source>
        <translation>Сделок: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="356"/>
        <source>Export to Excel</source>
        <translation>Выгрузить в Excel</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/analytics_view.py" line="368"/>
        <source>Exported to %1</source>
        <translation>Выгружено в %1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="85"/>
        <source>The database is locked by another program; waiting (%1 s)…</source>
        <translation>База данных занята другой программой; ожидание (%1 с)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="147"/>
        <source>Creating demo data…</source>
        <translation>Создаём демо-данные…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="164"/>
        <source>Demo data</source>
        <translation>Демонстрационные данные</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/app.py" line="165"/>
        <source>The demo data could not be created: %1</source>
        <translation>Не удалось создать демонстрационные данные: %1</translation>
    </message>
</context>
<context>
    <name>Automation</name>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="13"/>
        <source>A deal enters a stage</source>
        <translation>Сделка переходит на этап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="14"/>
        <source>An interaction is logged</source>
        <translation>Записан контакт с клиентом</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="15"/>
        <source>A service request becomes overdue</source>
        <translation>Обращение просрочено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="16"/>
        <source>A service request gets a status</source>
        <translation>Обращение получает статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="17"/>
        <source>No contact with a client for N days</source>
        <translation>Нет контакта с клиентом N дней</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="18"/>
        <source>A person&apos;s birthday</source>
        <translation>День рождения контакта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="19"/>
        <source>A deal&apos;s close date (days after it; negative: before)</source>
        <translation>Срок закрытия сделки (дней после; минус — до)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="23"/>
        <source>Create a task</source>
        <translation>Создать задачу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="24"/>
        <source>Notify someone</source>
        <translation>Уведомить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="25"/>
        <source>Set a field</source>
        <translation>Заполнить поле</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="26"/>
        <source>Send a letter to the client</source>
        <translation>Отправить письмо клиенту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="29"/>
        <source>is</source>
        <translation>равно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="30"/>
        <source>is not</source>
        <translation>не равно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="31"/>
        <source>greater than</source>
        <translation>больше</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="32"/>
        <source>less than</source>
        <translation>меньше</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="33"/>
        <source>contains</source>
        <translation>содержит</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="34"/>
        <source>is empty</source>
        <translation>пусто</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="35"/>
        <source>is filled</source>
        <translation>заполнено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="38"/>
        <source>the responsible person</source>
        <translation>ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="39"/>
        <source>their head</source>
        <translation>его руководитель</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="40"/>
        <source>me</source>
        <translation>я</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="43"/>
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="44"/>
        <source>amount, kopecks</source>
        <translation>сумма, коп.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="45"/>
        <source>currency</source>
        <translation>валюта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="46"/>
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="47"/>
        <source>stage</source>
        <translation>этап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="48"/>
        <source>pipeline</source>
        <translation>воронка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="49"/>
        <source>channel</source>
        <translation>канал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="50"/>
        <source>outcome</source>
        <translation>результат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="51"/>
        <source>subject</source>
        <translation>тема</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="52"/>
        <source>duration, minutes</source>
        <translation>длительность, мин</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="53"/>
        <source>priority</source>
        <translation>приоритет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="54"/>
        <source>department</source>
        <translation>отдел</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="55"/>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="56"/>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="57"/>
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="58"/>
        <source>segment</source>
        <translation>сегмент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="59"/>
        <source>lead source</source>
        <translation>источник лида</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="60"/>
        <source>industry</source>
        <translation>отрасль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="61"/>
        <source>first name</source>
        <translation>имя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="62"/>
        <source>last name</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="63"/>
        <source>position</source>
        <translation>должность</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="64"/>
        <source>next step</source>
        <translation>следующий шаг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="65"/>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="76"/>
        <source>the record no longer exists</source>
        <translation>записи больше нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="77"/>
        <source>the deal is in another stage</source>
        <translation>сделка на другом этапе</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="79"/>
        <source>the deal&apos;s stage is of another kind</source>
        <translation>этап сделки другого вида</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="81"/>
        <source>another channel</source>
        <translation>другой канал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="82"/>
        <source>another outcome</source>
        <translation>другой результат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="83"/>
        <source>not the client&apos;s first contact of this kind</source>
        <translation>это не первый такой контакт с клиентом</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="85"/>
        <source>another status</source>
        <translation>другой статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="93"/>
        <source>the condition is not met</source>
        <translation>условие не выполнено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="95"/>
        <source>an action would fail</source>
        <translation>действие не выполнится</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="101"/>
        <source>Give the rule a name</source>
        <translation>Назовите правило</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="102"/>
        <source>Add at least one action</source>
        <translation>Добавьте хотя бы одно действие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="103"/>
        <source>A task needs a title</source>
        <translation>У задачи должно быть название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="104"/>
        <source>A notice needs a text</source>
        <translation>У уведомления должен быть текст</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="105"/>
        <source>A condition needs a field and an operator</source>
        <translation>В условии нужны поле и сравнение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="107"/>
        <source>Days: a whole number</source>
        <translation>Дни: целое число</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_names.py" line="117"/>
        <source>This action or condition cannot be used here</source>
        <translation>Это действие или условие здесь недоступно</translation>
    </message>
</context>
<context>
    <name>BacklogDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/planner/backlog.py" line="34"/>
        <source>Backlog from the client cards</source>
        <translation>Отложенное из карточек клиентов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/backlog.py" line="42"/>
        <source>Take into today</source>
        <translation>Взять на сегодня</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/backlog.py" line="45"/>
        <source>Do not propose again</source>
        <translation>Больше не предлагать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/backlog.py" line="47"/>
        <source>Open card</source>
        <translation>Открыть карточку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/backlog.py" line="77"/>
        <source>%1 more items did not fit today&apos;s limit. Work through them from the top: take one into today, or say it need not be proposed again.</source>
        <translation>Ещё %1 дел не вошли в дневной лимит. Разбирайте их сверху: возьмите дело на сегодня или отметьте, что его больше не нужно предлагать.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/backlog.py" line="80"/>
        <source>The backlog is empty: everything the client cards propose fits today.</source>
        <translation>Отложенного нет: всё, что предлагают карточки клиентов, помещается в сегодняшний день.</translation>
    </message>
</context>
<context>
    <name>BinDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/bin_dialog.py" line="30"/>
        <source>Bin and archive</source>
        <translation>Корзина и архив</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/bin_dialog.py" line="36"/>
        <source>The bin and the archive are empty. Clients you archive or move to the bin appear here and can be brought back.</source>
        <translation>Корзина и архив пусты. Клиенты, которых вы отправите в архив или в корзину, появятся здесь, и их можно будет вернуть.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/bin_dialog.py" line="41"/>
        <location filename="../../crm_desktop/ui/clients/bin_dialog.py" line="93"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/bin_dialog.py" line="43"/>
        <source>Open card</source>
        <translation>Открыть карточку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/bin_dialog.py" line="71"/>
        <source>company</source>
        <translation>компания</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/bin_dialog.py" line="71"/>
        <source>person</source>
        <translation>человек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/bin_dialog.py" line="72"/>
        <source>in the bin since %1</source>
        <translation>в корзине с %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/bin_dialog.py" line="73"/>
        <source>archived since %1</source>
        <translation>в архиве с %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/bin_dialog.py" line="94"/>
        <source>Return from the archive</source>
        <translation>Вернуть из архива</translation>
    </message>
</context>
<context>
    <name>BoardView</name>
    <message>
        <location filename="../../crm_desktop/ui/funnel/board.py" line="49"/>
        <source>+ Deal</source>
        <translation>+ Сделка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/board.py" line="51"/>
        <source>New deal (Ctrl+Shift+D)</source>
        <translation>Новая сделка (Ctrl+Shift+D)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/board.py" line="55"/>
        <source>Anyone responsible</source>
        <translation>Любой ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/board.py" line="57"/>
        <source>Any source</source>
        <translation>Любой источник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/board.py" line="61"/>
        <source>Find deals…</source>
        <translation>Найти сделки…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/board.py" line="167"/>
        <source>Weighted pipeline: %1</source>
        <translation>Взвешенная воронка: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/board.py" line="180"/>
        <source>No deals match the filter. Clear the search or choose “Anyone responsible” and “Any source”.</source>
        <translation>Нет сделок, подходящих под фильтр. Очистите поиск или выберите «Любой ответственный» и «Любой источник».</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/board.py" line="184"/>
        <source>No deals in this pipeline yet. Create the first one with “+ Deal” (Ctrl+Shift+D) or from a client&apos;s card.</source>
        <translation>В этой воронке пока нет сделок. Создайте первую кнопкой «+ Сделка» (Ctrl+Shift+D) или из карточки клиента.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/board.py" line="235"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/board.py" line="237"/>
        <source>Move to stage	Ctrl+M</source>
        <translation>Перевести на этап	Ctrl+M</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/board.py" line="239"/>
        <source>Delete	Del</source>
        <translation>Удалить	Del</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/board.py" line="241"/>
        <source>New deal at this stage</source>
        <translation>Новая сделка на этом этапе</translation>
    </message>
</context>
<context>
    <name>Buttons</name>
    <message>
        <location filename="../../crm_desktop/ui/planner/task_dialog.py" line="67"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/task_dialog.py" line="68"/>
        <location filename="../../crm_desktop/ui/planner/task_dialog.py" line="90"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/task_dialog.py" line="69"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/task_dialog.py" line="70"/>
        <source>OK</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>CallListsView</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_lists_view.py" line="53"/>
        <source>+ Call list</source>
        <translation>+ Список обзвона</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_lists_view.py" line="56"/>
        <source>Work the list…</source>
        <translation>Обзванивать…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_lists_view.py" line="57"/>
        <source>Call my clients of this list (Enter)</source>
        <translation>Звонить моим клиентам из списка (Enter)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_lists_view.py" line="59"/>
        <source>Close the list</source>
        <translation>Закрыть список</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_lists_view.py" line="69"/>
        <source>Employee</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_lists_view.py" line="69"/>
        <source>Clients</source>
        <translation>Клиентов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_lists_view.py" line="69"/>
        <source>Called</source>
        <translation>Звонили</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_lists_view.py" line="69"/>
        <source>Reached</source>
        <translation>Дозвон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_lists_view.py" line="70"/>
        <source>No answer</source>
        <translation>Нет ответа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_lists_view.py" line="70"/>
        <source>Call back</source>
        <translation>Перезвон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_lists_view.py" line="70"/>
        <source>Not interested</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_lists_view.py" line="71"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_lists_view.py" line="71"/>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_lists_view.py" line="81"/>
        <source>A call list is made from a segment and split among the people who call: evenly, by region or by responsible person. Each works their part from “Work the list…”, one key per outcome; the head sees the progress here.</source>
        <translation>Список обзвона делается из сегмента и делится между звонящими: поровну, по регионам или по ответственным. Каждый обзванивает свою часть через «Обзванивать…», одна клавиша на исход звонка; руководитель видит ход работы здесь.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_lists_view.py" line="98"/>
        <source>Progress by employee</source>
        <translation>Ход работы по сотрудникам</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_lists_view.py" line="149"/>
        <source>Script: %1</source>
        <translation>Сценарий: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_lists_view.py" line="156"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
</context>
<context>
    <name>CallWorkDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_work.py" line="43"/>
        <source>Calls: %1</source>
        <translation>Обзвон: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_work.py" line="58"/>
        <source>why not interested (for key 3)</source>
        <translation>почему не интересно (для клавиши 3)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_work.py" line="60"/>
        <source>a note to the call (optional)</source>
        <translation>заметка к звонку (необязательно)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_work.py" line="62"/>
        <source>&lt;b&gt;1&lt;/b&gt; no answer · &lt;b&gt;2&lt;/b&gt; call back at the time · &lt;b&gt;3&lt;/b&gt; not interested · &lt;b&gt;4&lt;/b&gt; meeting set · &lt;b&gt;5&lt;/b&gt; deal created · &lt;b&gt;N&lt;/b&gt; next · &lt;b&gt;C&lt;/b&gt; call</source>
        <translation>&lt;b&gt;1&lt;/b&gt; не ответил · &lt;b&gt;2&lt;/b&gt; перезвонить в указанное время · &lt;b&gt;3&lt;/b&gt; не интересно · &lt;b&gt;4&lt;/b&gt; назначена встреча · &lt;b&gt;5&lt;/b&gt; создать сделку · &lt;b&gt;N&lt;/b&gt; следующий · &lt;b&gt;C&lt;/b&gt; позвонить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_work.py" line="69"/>
        <source>No script for this list.</source>
        <translation>У этого списка нет сценария.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_work.py" line="71"/>
        <source>Call back at:</source>
        <translation>Перезвонить:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_work.py" line="72"/>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_work.py" line="73"/>
        <source>Note:</source>
        <translation>Заметка:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_work.py" line="113"/>
        <source>Nobody left to call now</source>
        <translation>Сейчас звонить некому</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_work.py" line="115"/>
        <source>Call-backs come back here when their time comes.</source>
        <translation>Кому нужно перезвонить, появятся здесь в назначенное время.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_work.py" line="120"/>
        <source>no phone number</source>
        <translation>нет номера телефона</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_work.py" line="125"/>
        <source>calls so far: %1</source>
        <translation>звонков: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_work.py" line="147"/>
        <source>Type the reason, then press 3 again</source>
        <translation>Введите причину и снова нажмите 3</translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaign_dialog.py" line="27"/>
        <source>Enter the name (up to 200 characters)</source>
        <translation>Введите название (до 200 символов)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaign_dialog.py" line="28"/>
        <source>Enter a cost such as 150 000,00 (not negative)</source>
        <translation>Введите затраты, например 150 000,00 (не меньше нуля)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaign_dialog.py" line="29"/>
        <source>A three-letter currency code such as RUB</source>
        <translation>Трёхбуквенный код валюты, например RUB</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaign_dialog.py" line="30"/>
        <source>The campaign must end after it starts</source>
        <translation>Кампания должна заканчиваться не раньше начала</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaign_dialog.py" line="31"/>
        <source>Another campaign has this code: the web form would not know which one brought a lead</source>
        <translation>Этот код уже у другой кампании: веб-форма не поймёт, какая из них привела клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaign_dialog.py" line="34"/>
        <source>At most 100 characters</source>
        <translation>Не больше 100 символов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaign_dialog.py" line="57"/>
        <source>Edit campaign</source>
        <translation>Изменить кампанию</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaign_dialog.py" line="57"/>
        <source>New campaign</source>
        <translation>Новая кампания</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaign_dialog.py" line="61"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaign_dialog.py" line="62"/>
        <source>me</source>
        <translation>я</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_campaign.ui" line="6"/>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_campaign.ui" line="11"/>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_campaign.ui" line="12"/>
        <source>e.g. Metal Expo 2026</source>
        <translation>например, Металл-Экспо 2026</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_campaign.ui" line="13"/>
        <source>C&amp;hannel</source>
        <translation>&amp;Канал</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_campaign.ui" line="15"/>
        <source>&amp;Period</source>
        <translation>&amp;Период</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_campaign.ui" line="18"/>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_campaign.ui" line="20"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_campaign.ui" line="24"/>
        <source>&amp;Cost</source>
        <translation>&amp;Затраты</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_campaign.ui" line="27"/>
        <source>150 000,00</source>
        <translation>150 000,00</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_campaign.ui" line="31"/>
        <source>&amp;Target segment</source>
        <translation>Целевой &amp;сегмент</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_campaign.ui" line="33"/>
        <source>&amp;Lead source</source>
        <translation>&amp;Источник</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_campaign.ui" line="35"/>
        <source>&amp;Code (utm_campaign)</source>
        <translation>К&amp;од (utm_campaign)</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_campaign.ui" line="36"/>
        <source>what the web form passes, e.g. expo2026</source>
        <translation>что передаёт веб-форма, например expo2026</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_campaign.ui" line="37"/>
        <source>&amp;Responsible</source>
        <translation>&amp;Ответственный</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_campaign.ui" line="39"/>
        <source>N&amp;otes</source>
        <translation>&amp;Заметки</translation>
    </message>
</context>
<context>
    <name>CampaignsView</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns_view.py" line="70"/>
        <source>+ Campaign</source>
        <translation>+ Кампания</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns_view.py" line="73"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns_view.py" line="75"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns_view.py" line="78"/>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns_view.py" line="78"/>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns_view.py" line="79"/>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns_view.py" line="79"/>
        <source>Last 3 months</source>
        <translation>Последние 3 месяца</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns_view.py" line="82"/>
        <source>Export to Excel…</source>
        <translation>Выгрузить в Excel…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns_view.py" line="104"/>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns_view.py" line="109"/>
        <location filename="../../crm_desktop/ui/marketing/campaigns_view.py" line="297"/>
        <source>By lead source</source>
        <translation>По источникам</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns_view.py" line="110"/>
        <source>Revenue by source, chart</source>
        <translation>Выручка по источникам, график</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/marketing/campaigns_view.py" line="161"/>
        <source>%n campaign(s): cost %1, revenue %2, leads %3, won deals %4</source>
        <translation>
            <numerusform>%n кампания: затраты %1, выручка %2, лидов %3, выигранных сделок %4</numerusform>
            <numerusform>%n кампании: затраты %1, выручка %2, лидов %3, выигранных сделок %4</numerusform>
            <numerusform>%n кампаний: затраты %1, выручка %2, лидов %3, выигранных сделок %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns_view.py" line="168"/>
        <source>No campaigns yet. Add one with “+ Campaign”; clients and deals it brings are linked on the client card (Marketing tab) or by a web form&apos;s utm_campaign.</source>
        <translation>Кампаний пока нет. Добавьте кампанию кнопкой «+ Кампания»; приведённые ею клиенты и сделки связываются с ней в карточке клиента (вкладка «Маркетинг») или по utm_campaign веб-формы.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns_view.py" line="177"/>
        <source>Won revenue by lead source, thousands of %1</source>
        <translation>Выручка выигранных сделок по источникам, тыс. %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns_view.py" line="183"/>
        <source>other</source>
        <translation>прочие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns_view.py" line="186"/>
        <location filename="../../crm_desktop/ui/marketing/campaigns_view.py" line="299"/>
        <source>(no source)</source>
        <translation>(без источника)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns_view.py" line="232"/>
        <source>Delete campaign “%1”</source>
        <translation>Удаление кампании «%1»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns_view.py" line="265"/>
        <location filename="../../crm_desktop/ui/marketing/campaigns_view.py" line="300"/>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns_view.py" line="265"/>
        <location filename="../../crm_desktop/ui/marketing/campaigns_view.py" line="300"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns_view.py" line="266"/>
        <location filename="../../crm_desktop/ui/marketing/campaigns_view.py" line="301"/>
        <source>Won deals</source>
        <translation>Выигранные сделки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns_view.py" line="291"/>
        <source>Export to Excel</source>
        <translation>Выгрузка в Excel</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns_view.py" line="297"/>
        <source>By campaign</source>
        <translation>По кампаниям</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns_view.py" line="298"/>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns_view.py" line="298"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns_view.py" line="299"/>
        <source>Lead source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns_view.py" line="300"/>
        <source>Cost</source>
        <translation>Затраты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns_view.py" line="301"/>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns_view.py" line="302"/>
        <source>Cost per lead</source>
        <translation>Цена лида</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns_view.py" line="303"/>
        <source>Cost per won deal</source>
        <translation>Цена выигранной сделки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns_view.py" line="303"/>
        <source>ROI, %</source>
        <translation>ROI, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaigns_view.py" line="315"/>
        <source>Exported to %1</source>
        <translation>Выгружено в %1</translation>
    </message>
</context>
<context>
    <name>CardTabs</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/registration.py" line="28"/>
        <source>Marketing</source>
        <translation>Маркетинг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/registration.py" line="55"/>
        <source>Requests</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/registration.py" line="57"/>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../../crm_desktop/ui/office/changes_tab.py" line="34"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/changes_tab.py" line="34"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/changes_tab.py" line="34"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/changes_tab.py" line="34"/>
        <source>Was</source>
        <translation>Было</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/changes_tab.py" line="35"/>
        <source>Now</source>
        <translation>Стало</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/changes_tab.py" line="62"/>
        <source>%1 (on the server)</source>
        <translation>%1 (на сервере)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/changes_tab.py" line="65"/>
        <source>created the record</source>
        <translation>создал(а) запись</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/changes_tab.py" line="66"/>
        <source>deleted the record</source>
        <translation>удалил(а) запись</translation>
    </message>
</context>
<context>
    <name>ChangesTab</name>
    <message>
        <location filename="../../crm_desktop/ui/office/changes_tab.py" line="94"/>
        <source>The history of this record is kept on the office&apos;s server.</source>
        <translation>История изменений этой записи хранится на сервере офиса.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/changes_tab.py" line="98"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/changes_tab.py" line="126"/>
        <source>Reading the history from the server…</source>
        <translation>Читаем историю с сервера…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/changes_tab.py" line="139"/>
        <source>%1 change(s), newest first.</source>
        <translation>Изменений: %1, новые сверху.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/changes_tab.py" line="141"/>
        <source>The server has no changes of this record yet (it reaches the server with the next sync).</source>
        <translation>На сервере ещё нет изменений этой записи (она попадёт туда при следующей синхронизации).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/changes_tab.py" line="149"/>
        <source>Who changed what is recorded by the office&apos;s server; this database syncs with no server.</source>
        <translation>Кто и что менял, записывает сервер офиса; эта база ни с каким сервером не синхронизируется.</translation>
    </message>
</context>
<context>
    <name>Channel</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/timeline.py" line="29"/>
        <source>Outgoing call</source>
        <translation>Исходящий звонок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/timeline.py" line="30"/>
        <source>Incoming call</source>
        <translation>Входящий звонок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/timeline.py" line="31"/>
        <source>Email</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/timeline.py" line="32"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/timeline.py" line="33"/>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/timeline.py" line="34"/>
        <source>Social network</source>
        <translation>Соцсеть</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/timeline.py" line="35"/>
        <source>Web form</source>
        <translation>Веб-форма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/timeline.py" line="36"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/timeline.py" line="37"/>
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/timeline.py" line="38"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/timeline.py" line="39"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
</context>
<context>
    <name>Channels</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaign_dialog.py" line="20"/>
        <source>mailing</source>
        <translation>рассылка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaign_dialog.py" line="21"/>
        <source>exhibition</source>
        <translation>выставка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaign_dialog.py" line="22"/>
        <source>advertising</source>
        <translation>реклама</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaign_dialog.py" line="23"/>
        <source>calls</source>
        <translation>звонки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaign_dialog.py" line="24"/>
        <source>web</source>
        <translation>сайт</translation>
    </message>
</context>
<context>
    <name>ClassSettingsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_dialog.py" line="21"/>
        <source>From 1 to 120 months</source>
        <translation>От 1 до 120 месяцев</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_dialog.py" line="22"/>
        <source>Give both dates of the period</source>
        <translation>Укажите обе даты периода</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_dialog.py" line="23"/>
        <source>The period must end after it starts</source>
        <translation>Период должен заканчиваться не раньше начала</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_dialog.py" line="24"/>
        <source>A three-letter currency code such as RUB</source>
        <translation>Трёхбуквенный код валюты, например RUB</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_dialog.py" line="26"/>
        <source>From 1 to 100 %</source>
        <translation>От 1 до 100 %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_dialog.py" line="27"/>
        <source>A and B together must not exceed 100 %</source>
        <translation>A и B вместе — не больше 100 %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_dialog.py" line="29"/>
        <source>From 0 to 1000 %</source>
        <translation>От 0 до 1000 %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_dialog.py" line="30"/>
        <source>The Y limit must not be below the X limit</source>
        <translation>Порог Y не может быть ниже порога X</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_dialog.py" line="32"/>
        <source>From 2 to 120 months</source>
        <translation>От 2 до 120 месяцев</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_classes.ui" line="6"/>
        <source>ABC/XYZ thresholds</source>
        <translation>Пороги ABC/XYZ</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_classes.ui" line="11"/>
        <source>&amp;Period</source>
        <translation>&amp;Период</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_classes.ui" line="14"/>
        <source>last</source>
        <translation>последние</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_classes.ui" line="15"/>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_classes.ui" line="22"/>
        <source>from</source>
        <translation>с</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_classes.ui" line="24"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_classes.ui" line="28"/>
        <source>&amp;Currency</source>
        <translation>&amp;Валюта</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_classes.ui" line="30"/>
        <source>&amp;A: first share of revenue</source>
        <translation>&amp;A: первая доля выручки</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_classes.ui" line="31"/>
        <location filename="../../forms/marketing_classes.ui" line="33"/>
        <location filename="../../forms/marketing_classes.ui" line="35"/>
        <location filename="../../forms/marketing_classes.ui" line="37"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_classes.ui" line="32"/>
        <source>&amp;B: next share</source>
        <translation>&amp;B: следующая доля</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_classes.ui" line="34"/>
        <source>&amp;X: variation at most</source>
        <translation>&amp;X: вариация не больше</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_classes.ui" line="36"/>
        <source>&amp;Y: variation at most</source>
        <translation>&amp;Y: вариация не больше</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_classes.ui" line="38"/>
        <source>&amp;XYZ needs at least</source>
        <translation>Для &amp;XYZ нужно не меньше</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_classes.ui" line="39"/>
        <source> months of history</source>
        <translation> мес. истории</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_classes.ui" line="42"/>
        <source>The thresholds are shared by the whole office (they sync); the classes are computed on each computer from its deals.</source>
        <translation>Пороги общие для всего офиса (синхронизируются); классы считаются на каждом компьютере по его сделкам.</translation>
    </message>
</context>
<context>
    <name>ClassesExport</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_view.py" line="175"/>
        <source>ABC-XYZ</source>
        <translation>ABC-XYZ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_view.py" line="176"/>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_view.py" line="177"/>
        <source>Class</source>
        <translation>Класс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_view.py" line="178"/>
        <source>clients</source>
        <translation>клиентов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_view.py" line="179"/>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_view.py" line="180"/>
        <source>Short history</source>
        <translation>Короткая история</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_view.py" line="181"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_view.py" line="182"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_view.py" line="183"/>
        <source>Companies without purchases</source>
        <translation>Компании без покупок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_view.py" line="184"/>
        <source>company</source>
        <translation>компания</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_view.py" line="185"/>
        <source>person</source>
        <translation>человек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_view.py" line="186"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_view.py" line="187"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_view.py" line="188"/>
        <source>Share, %</source>
        <translation>Доля, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_view.py" line="189"/>
        <source>Months</source>
        <translation>Месяцев</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_view.py" line="190"/>
        <source>Variation, %</source>
        <translation>Вариация, %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_view.py" line="191"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
</context>
<context>
    <name>ClassesView</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_view.py" line="214"/>
        <source>Thresholds…</source>
        <translation>Пороги…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_view.py" line="216"/>
        <source>Recompute</source>
        <translation>Пересчитать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_view.py" line="217"/>
        <source>Compute every client&apos;s class again (F5)</source>
        <translation>Пересчитать классы всех клиентов (F5)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_view.py" line="220"/>
        <source>Export to Excel…</source>
        <translation>Выгрузить в Excel…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_view.py" line="296"/>
        <source>Computing the classes…</source>
        <translation>Классы считаются…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_view.py" line="318"/>
        <source>No classes computed yet.</source>
        <translation>Классы ещё не посчитаны.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_view.py" line="322"/>
        <source>Won deals of %1 in %2 · computed %3</source>
        <translation>Выигранные сделки за %1 в %2 · посчитано %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/marketing/classes_view.py" line="325"/>
        <source>%n deal(s) in other currencies left out</source>
        <translation>
            <numerusform>%n сделка в других валютах не учтена</numerusform>
            <numerusform>%n сделки в других валютах не учтены</numerusform>
            <numerusform>%n сделок в других валютах не учтено</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_view.py" line="330"/>
        <source>A: the clients that bring the first %1 % of revenue, B: the next %2 %, C: the rest. X: monthly purchases vary by at most %3 %, Y: at most %4 %, Z: more. Short history: fewer than %5 months. Companies without purchases in the period: %6.</source>
        <translation>A — клиенты, дающие первые %1 % выручки, B — следующие %2 %, C — остальные. X — помесячные покупки колеблются не больше чем на %3 %, Y — не больше %4 %, Z — сильнее. Короткая история — меньше %5 мес. Компаний без покупок за период: %6.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_view.py" line="357"/>
        <source>all classes</source>
        <translation>всех классов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_view.py" line="358"/>
        <source>short history</source>
        <translation>короткая история</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_view.py" line="365"/>
        <source>Clients of %1: %2</source>
        <translation>Клиенты %1: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_view.py" line="384"/>
        <source>Export to Excel</source>
        <translation>Выгрузка в Excel</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_view.py" line="394"/>
        <source>Exported to %1</source>
        <translation>Выгружено в %1</translation>
    </message>
</context>
<context>
    <name>ClientCard</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/quick_log.py" line="30"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/quick_log.py" line="31"/>
        <source>Email</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/quick_log.py" line="32"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/quick_log.py" line="33"/>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/quick_log.py" line="34"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/quick_log.py" line="35"/>
        <source>Reached</source>
        <translation>Дозвонился</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/quick_log.py" line="36"/>
        <source>No answer</source>
        <translation>Не ответил</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/quick_log.py" line="37"/>
        <source>Call back later</source>
        <translation>Перезвонить позже</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/quick_log.py" line="38"/>
        <source>Meeting booked</source>
        <translation>Назначена встреча</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/quick_log.py" line="39"/>
        <source>Proposal sent</source>
        <translation>Отправлено КП</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/quick_log.py" line="40"/>
        <source>Agreed</source>
        <translation>Договорились</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/quick_log.py" line="41"/>
        <source>Declined</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/quick_log.py" line="161"/>
        <source>Choose the day of the next step</source>
        <translation>Выберите день следующего шага</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="86"/>
        <location filename="../../crm_desktop/ui/clients/card_parts.py" line="146"/>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="94"/>
        <location filename="../../crm_desktop/ui/clients/card_actions.py" line="33"/>
        <location filename="../../crm_desktop/ui/clients/card_actions.py" line="66"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="96"/>
        <source>More</source>
        <translation>Ещё</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="99"/>
        <location filename="../../crm_desktop/ui/clients/card.py" line="277"/>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="100"/>
        <location filename="../../crm_desktop/ui/clients/card.py" line="280"/>
        <location filename="../../crm_desktop/ui/clients/card_parts.py" line="194"/>
        <source>Move to the bin</source>
        <translation>В корзину</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="119"/>
        <location filename="../../crm_desktop/ui/clients/card.py" line="216"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="124"/>
        <source>Details</source>
        <translation>Реквизиты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="128"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="129"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="136"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="143"/>
        <source>Tasks</source>
        <translation>Задачи</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="148"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/quick_log.py" line="78"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/quick_log.py" line="83"/>
        <source>What happened? (Enter to save)</source>
        <translation>Что произошло? (Enter — сохранить)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/quick_log.py" line="85"/>
        <source>Quick log (%1)</source>
        <translation>Быстрая запись (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/quick_log.py" line="89"/>
        <source>Next step:</source>
        <translation>Следующий шаг:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/quick_log.py" line="90"/>
        <source>e.g. Send the contract</source>
        <translation>например, отправить договор</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/quick_log.py" line="113"/>
        <source>Log</source>
        <translation>Записать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="183"/>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="251"/>
        <source>Cannot open this card</source>
        <translation>Не удалось открыть карточку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="264"/>
        <source>segment %1</source>
        <translation>сегмент %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="267"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="270"/>
        <source>responsible: %1</source>
        <translation>ответственный: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="273"/>
        <source>in the bin</source>
        <translation>в корзине</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="276"/>
        <source>Return from the archive</source>
        <translation>Вернуть из архива</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="279"/>
        <source>Restore from the bin</source>
        <translation>Восстановить из корзины</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="288"/>
        <source>+%1 more under Details</source>
        <translation>ещё %1 — в «Реквизитах»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="300"/>
        <source>No people yet. Drag a person here from the list of people, or add one with Ctrl+Shift+N.</source>
        <translation>Людей пока нет. Перетащите человека сюда из списка людей или добавьте нового: Ctrl+Shift+N.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="302"/>
        <source>Not linked to a company. Choose one in Edit…</source>
        <translation>Не привязан к компании. Выберите её в «Изменить…»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="310"/>
        <source>No deals yet. Start one with “+ Deal” above.</source>
        <translation>Сделок пока нет. Начните сделку кнопкой «+ Сделка» выше.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="323"/>
        <source>No open tasks. Tick “Next step” when you log a contact to plan one.</source>
        <translation>Открытых задач нет. Отметьте «Следующий шаг», когда записываете контакт, чтобы запланировать задачу.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="324"/>
        <source>No notes or agreements yet. Add them with Edit…</source>
        <translation>Заметок и договорённостей пока нет. Добавьте их через «Изменить…»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card_actions.py" line="34"/>
        <location filename="../../crm_desktop/ui/clients/card_actions.py" line="68"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card_actions.py" line="49"/>
        <source>Delete history entry</source>
        <translation>Удаление записи истории</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card_actions.py" line="52"/>
        <source>History entry deleted. Ctrl+Z brings it back.</source>
        <translation>Запись истории удалена. Ctrl+Z вернёт её.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card_actions.py" line="67"/>
        <source>Done…</source>
        <translation>Выполнено…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card_actions.py" line="90"/>
        <source>Delete task</source>
        <translation>Удаление задачи</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card_actions.py" line="92"/>
        <source>Task deleted. Ctrl+Z brings it back.</source>
        <translation>Задача удалена. Ctrl+Z вернёт её.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card_parts.py" line="176"/>
        <source>Archive client</source>
        <translation>Клиент в архив</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card_parts.py" line="177"/>
        <source>Return client from the archive</source>
        <translation>Клиент из архива</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card_parts.py" line="181"/>
        <source>Archived: kept with its history, out of the day list; find it under Bin and archive. Ctrl+Z undoes it.</source>
        <translation>В архиве: клиент сохранён со всей историей и больше не попадает в план дня; он в «Корзине и архиве». Ctrl+Z отменит.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card_parts.py" line="189"/>
        <source>Move to the bin?</source>
        <translation>Отправить в корзину?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card_parts.py" line="190"/>
        <source>“%1” and its history leave the lists. You can restore it from the bin (context menu of the clients list ▸ Bin and archive) or with Ctrl+Z.</source>
        <translation>«%1» и его история уйдут из списков. Вернуть можно из корзины (контекстное меню списка клиентов ▸ Корзина и архив) или по Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card_parts.py" line="198"/>
        <source>Move client to the bin</source>
        <translation>Клиент в корзину</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card_parts.py" line="206"/>
        <source>Restore client from the bin</source>
        <translation>Клиент из корзины</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="326"/>
        <source>Deals (%1)</source>
        <translation>Сделки (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="327"/>
        <source>Tasks (%1)</source>
        <translation>Задачи (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="335"/>
        <source>Nothing in the history yet. Log a call, email or meeting above (%1).</source>
        <translation>В истории пока ничего нет. Запишите звонок, письмо или встречу выше (%1).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card.py" line="337"/>
        <source>Nothing on this channel. Choose “All channels” to see everything.</source>
        <translation>По этому каналу ничего нет. Выберите «Все каналы», чтобы увидеть всё.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card_parts.py" line="127"/>
        <source>Legal name</source>
        <translation>Юридическое название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card_parts.py" line="128"/>
        <source>Tax id</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card_parts.py" line="129"/>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card_parts.py" line="130"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card_parts.py" line="131"/>
        <source>Lead source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card_parts.py" line="132"/>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card_parts.py" line="133"/>
        <location filename="../../crm_desktop/ui/clients/card_parts.py" line="143"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card_parts.py" line="134"/>
        <source>Keep in touch</source>
        <translation>Поддерживать связь</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card_parts.py" line="134"/>
        <source>every %1 days</source>
        <translation>каждые %1 дн.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card_parts.py" line="136"/>
        <location filename="../../crm_desktop/ui/clients/card_parts.py" line="144"/>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card_parts.py" line="138"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card_parts.py" line="139"/>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card_parts.py" line="140"/>
        <source>Messengers</source>
        <translation>Мессенджеры</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card_parts.py" line="142"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card_parts.py" line="147"/>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card_parts.py" line="148"/>
        <source>Emails</source>
        <translation>Почта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/card_parts.py" line="151"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/quick_log.py" line="175"/>
        <source>Write what happened or choose an outcome</source>
        <translation>Напишите, что произошло, или выберите результат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/quick_log.py" line="183"/>
        <source>Name the next step</source>
        <translation>Назовите следующий шаг</translation>
    </message>
</context>
<context>
    <name>ClientDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog_conflicts.py" line="54"/>
        <source>%1 was changed again since; that change stays</source>
        <translation>%1: значение снова изменили, это изменение остаётся</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog_base.py" line="109"/>
        <location filename="../../crm_desktop/ui/clients/edit_dialog_base.py" line="113"/>
        <source>At most %1 characters</source>
        <translation>Не больше %1 символов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog_base.py" line="170"/>
        <source>same phone</source>
        <translation>тот же телефон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog_base.py" line="170"/>
        <source>same email</source>
        <translation>тот же email</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog_base.py" line="171"/>
        <source>same tax id</source>
        <translation>тот же ИНН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog_base.py" line="171"/>
        <source>similar name</source>
        <translation>похожее название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog_base.py" line="179"/>
        <source>Possible duplicates (%1)</source>
        <translation>Возможные дубли (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog_base.py" line="180"/>
        <source>Possible duplicates</source>
        <translation>Возможные дубли</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog_base.py" line="245"/>
        <source>Edit %1</source>
        <translation>Изменение: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog_base.py" line="262"/>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>ClientFields</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/field_labels.py" line="8"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/field_labels.py" line="9"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/field_labels.py" line="10"/>
        <source>Legal name</source>
        <translation>Юридическое название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/field_labels.py" line="11"/>
        <source>Tax id (INN)</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/field_labels.py" line="12"/>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/field_labels.py" line="13"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/field_labels.py" line="14"/>
        <source>Website</source>
        <translation>Сайт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/field_labels.py" line="15"/>
        <source>Phones</source>
        <translation>Телефоны</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/field_labels.py" line="16"/>
        <source>Emails</source>
        <translation>Почта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/field_labels.py" line="17"/>
        <source>Lead source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/field_labels.py" line="18"/>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/field_labels.py" line="19"/>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/field_labels.py" line="20"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/field_labels.py" line="21"/>
        <source>Keep in touch every</source>
        <translation>Связываться каждые</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/field_labels.py" line="22"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/field_labels.py" line="23"/>
        <source>First name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/field_labels.py" line="24"/>
        <source>Middle name</source>
        <translation>Отчество</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/field_labels.py" line="25"/>
        <source>Last name</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/field_labels.py" line="26"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/field_labels.py" line="27"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/field_labels.py" line="28"/>
        <source>Messengers</source>
        <translation>Мессенджеры</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/field_labels.py" line="29"/>
        <location filename="../../crm_desktop/ui/clients/field_labels.py" line="30"/>
        <source>Birthday</source>
        <translation>День рождения</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/field_labels.py" line="31"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="25"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="26"/>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="27"/>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="28"/>
        <source>Probability</source>
        <translation>Вероятность</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="29"/>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="30"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="31"/>
        <source>Loss reason</source>
        <translation>Причина проигрыша</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="32"/>
        <source>Person</source>
        <translation>Человек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="33"/>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="34"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="35"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="36"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="37"/>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="38"/>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="39"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="40"/>
        <source>Article</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="41"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="42"/>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="43"/>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="44"/>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="45"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="46"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="47"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="48"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="49"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="50"/>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="51"/>
        <source>Day limit</source>
        <translation>Дневной лимит</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="52"/>
        <source>Expected close</source>
        <translation>Ожидаемое закрытие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="53"/>
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="54"/>
        <source>OGRN</source>
        <translation>ОГРН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="55"/>
        <source>BIC</source>
        <translation>БИК</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="56"/>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="57"/>
        <source>Account</source>
        <translation>Расчётный счёт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="58"/>
        <source>Correspondent account</source>
        <translation>Корреспондентский счёт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="59"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="60"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="61"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="62"/>
        <source>Period end</source>
        <translation>Конец периода</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="63"/>
        <source>Sheet</source>
        <translation>Лист</translation>
    </message>
</context>
<context>
    <name>ClientKind</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="394"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="395"/>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="396"/>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="397"/>
        <source>Prospect</source>
        <translation>Потенциальный</translation>
    </message>
</context>
<context>
    <name>ClientLettersTab</name>
    <message>
        <location filename="../../crm_desktop/ui/service/letters_tab.py" line="39"/>
        <source>New letter…</source>
        <translation>Новое письмо…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/letters_tab.py" line="46"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/letters_tab.py" line="46"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/letters_tab.py" line="47"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/letters_tab.py" line="47"/>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/letters_tab.py" line="48"/>
        <source>Double-click a letter to open its files</source>
        <translation>Двойной щелчок по письму открывает его файлы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/letters_tab.py" line="85"/>
        <source>in the outbox</source>
        <translation>в исходящих</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/letters_tab.py" line="85"/>
        <source>sent</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/letters_tab.py" line="88"/>
        <source>received</source>
        <translation>получено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/letters_tab.py" line="96"/>
        <source>Add a mailbox in the Mail view to write from here.</source>
        <translation>Чтобы писать отсюда, добавьте почтовый ящик в разделе «Почта».</translation>
    </message>
</context>
<context>
    <name>ClientList</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="86"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="87"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="88"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="89"/>
        <source>Email</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="90"/>
        <source>Tax id</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="91"/>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="92"/>
        <source>Lead source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="93"/>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="94"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="95"/>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="96"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="97"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_model.py" line="98"/>
        <source>ABC/XYZ</source>
        <translation>ABC/XYZ</translation>
    </message>
</context>
<context>
    <name>ClientRequestsTab</name>
    <message>
        <location filename="../../crm_desktop/ui/service/card_tab.py" line="33"/>
        <source>+ Request</source>
        <translation>+ Обращение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/card_tab.py" line="34"/>
        <source>Register a service request of this client</source>
        <translation>Зарегистрировать обращение этого клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/card_tab.py" line="45"/>
        <source>No service requests from this client yet.</source>
        <translation>Обращений от этого клиента пока нет.</translation>
    </message>
</context>
<context>
    <name>ClientsModel</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_view.py" line="135"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_view.py" line="135"/>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_view.py" line="135"/>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_view.py" line="136"/>
        <source>Months</source>
        <translation>Месяцев</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_view.py" line="136"/>
        <source>Variation</source>
        <translation>Вариация</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_view.py" line="136"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
</context>
<context>
    <name>ClientsView</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_view.py" line="79"/>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_view.py" line="80"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_view.py" line="81"/>
        <source>Any kind</source>
        <translation>Любой тип</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_view.py" line="82"/>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_view.py" line="82"/>
        <source>Prospects</source>
        <translation>Потенциальные</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_view.py" line="83"/>
        <source>Partners</source>
        <translation>Партнёры</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_view.py" line="83"/>
        <source>Suppliers</source>
        <translation>Поставщики</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_view.py" line="84"/>
        <source>Any segment</source>
        <translation>Любой сегмент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_view.py" line="85"/>
        <source>Any source</source>
        <translation>Любой источник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_view.py" line="86"/>
        <source>Any tag</source>
        <translation>Любая метка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_view.py" line="87"/>
        <source>Anyone responsible</source>
        <translation>Любой ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_view.py" line="92"/>
        <source>Filter: name, phone, email, INN…</source>
        <translation>Фильтр: название, телефон, email, ИНН…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_view.py" line="96"/>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_view.py" line="98"/>
        <source>Show archived clients too</source>
        <translation>Показывать и клиентов из архива</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/clients/list_view.py" line="267"/>
        <source>%n found</source>
        <translation>
            <numerusform>Найдена %n</numerusform>
            <numerusform>Найдено %n</numerusform>
            <numerusform>Найдено %n</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_view.py" line="284"/>
        <source>Nothing matches. Check the spelling, search by a part of the name, a phone or an email, or clear the filters.</source>
        <translation>Ничего не найдено. Проверьте написание, ищите по части названия, телефону или почте, или сбросьте фильтры.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_view.py" line="286"/>
        <source>No people yet. Add the first one with Ctrl+Shift+N or import a file (File ▸ Import).</source>
        <translation>Людей пока нет. Добавьте первого: Ctrl+Shift+N, или загрузите файл (Файл ▸ Импорт).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_view.py" line="288"/>
        <source>No companies yet. Add the first one with Ctrl+N or import a file (File ▸ Import).</source>
        <translation>Компаний пока нет. Добавьте первую: Ctrl+N, или загрузите файл (Файл ▸ Импорт).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_menu.py" line="20"/>
        <source>Open card</source>
        <translation>Открыть карточку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_menu.py" line="26"/>
        <source>Merge these two…</source>
        <translation>Объединить эти две…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_menu.py" line="30"/>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_menu.py" line="32"/>
        <source>Move to the bin…</source>
        <translation>В корзину…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_menu.py" line="37"/>
        <source>New company…</source>
        <translation>Новая компания…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_menu.py" line="39"/>
        <source>New person…</source>
        <translation>Новый человек…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_menu.py" line="41"/>
        <source>Bin and archive…</source>
        <translation>Корзина и архив…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/list_menu.py" line="42"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog_company.py" line="19"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog_company.py" line="20"/>
        <source>Prospect</source>
        <translation>Потенциальный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog_company.py" line="21"/>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog_company.py" line="22"/>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog_company.py" line="45"/>
        <source>Edit company</source>
        <translation>Изменить компанию</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog_company.py" line="45"/>
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
        <location filename="../../crm_desktop/ui/planner/complete_dialog.py" line="44"/>
        <source>Reminder:</source>
        <translation>Напоминание:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/complete_dialog.py" line="65"/>
        <source>Name the next step</source>
        <translation>Назовите следующий шаг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/complete_dialog.py" line="74"/>
        <source>Choose the day of the next step</source>
        <translation>Выберите день следующего шага</translation>
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
    <name>ConflictDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog_conflicts.py" line="65"/>
        <source>Changed while you edited</source>
        <translation>Изменено, пока вы редактировали</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog_conflicts.py" line="69"/>
        <source>Someone changed these fields while you were editing them. Choose which value stays.</source>
        <translation>Пока вы редактировали, эти поля изменил кто-то другой. Выберите, какое значение оставить.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog_conflicts.py" line="82"/>
        <source>«%1» was changed on another computer at %2 while you edited</source>
        <translation>«%1»: изменено на другом компьютере в %2, пока вы редактировали</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog_conflicts.py" line="84"/>
        <source>«%1» was changed by %3 at %2 while you edited</source>
        <translation>«%1»: изменил(а) %3 в %2, пока вы редактировали</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog_conflicts.py" line="86"/>
        <source>«%1» was changed at %2 while you edited</source>
        <translation>«%1»: изменено в %2, пока вы редактировали</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog_conflicts.py" line="90"/>
        <source>Keep mine: %1</source>
        <translation>Оставить моё: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog_conflicts.py" line="91"/>
        <source>Take theirs: %1</source>
        <translation>Взять их: %1</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../forms/contact_dialog.ui" line="20"/>
        <source>type to find a company</source>
        <translation>начните вводить название компании</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog.py" line="83"/>
        <source>Edit person</source>
        <translation>Изменить контакт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog.py" line="83"/>
        <source>New person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog.py" line="138"/>
        <source>There is no company «%1»: choose one from the list, or create it first</source>
        <translation>Компании «%1» нет: выберите из списка или сначала создайте её</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/edit_dialog.py" line="142"/>
        <source>%1 companies are named «%2»: choose one from the list</source>
        <translation>Компаний с названием «%2»: %1. Выберите нужную из списка</translation>
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
    <name>CrashHandler</name>
    <message>
        <location filename="../../crm_desktop/ui/crash.py" line="74"/>
        <source>Something went wrong</source>
        <translation>Что-то пошло не так</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/crash.py" line="76"/>
        <source>An unexpected error happened; your data is safe and the window keeps running.</source>
        <translation>Произошла непредвиденная ошибка; ваши данные в сохранности, окно продолжает работать.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/crash.py" line="79"/>
        <source>A report was saved to %1</source>
        <translation>Отчёт сохранён в %1</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <location filename="../../crm_desktop/ui/date_field.py" line="48"/>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/date_field.py" line="52"/>
        <source>Choose in a calendar</source>
        <translation>Выбрать в календаре</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/date_field.py" line="74"/>
        <source>This date is in the past: the task will be overdue at once.</source>
        <translation>Эта дата уже прошла: задача сразу будет просроченной.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/date_field.py" line="128"/>
        <source>Not a date: type it as DD.MM.YYYY, e.g. 31.12.2026</source>
        <translation>Это не дата: введите как ДД.ММ.ГГГГ, например 31.12.2026</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/date_field.py" line="131"/>
        <source>There is no month %1 (months go from 1 to 12)</source>
        <translation>Месяца %1 нет (месяцы — от 1 до 12)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/date_field.py" line="135"/>
        <source>%1.%2.%3 does not exist: that month has %4 days</source>
        <translation>Даты %1.%2.%3 нет: в этом месяце %4 дн.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/date_field.py" line="140"/>
        <source>Choose a date between 1900 and 2200</source>
        <translation>Выберите дату от 1900 до 2200 года</translation>
    </message>
</context>
<context>
    <name>DayList</name>
    <message>
        <location filename="../../crm_desktop/services/planner/day_list.py" line="34"/>
        <source>Next step: {title}</source>
        <translation>Следующий шаг: {title}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/planner/day_list.py" line="35"/>
        <source>The next step of the deal «{title}» is due today.</source>
        <translation>Сегодня срок следующего шага по сделке «{title}».</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/planner/day_list.py" line="37"/>
        <source>The next step of the deal «{title}» was due on {date}.</source>
        <translation>Срок следующего шага по сделке «{title}» был {date}.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/planner/day_list.py" line="39"/>
        <source>Get in touch: {name}</source>
        <translation>Связаться: {name}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/planner/day_list.py" line="40"/>
        <source>No contact for {days}+ days (last: {last}).</source>
        <translation>Не было контакта больше {days} дн. (последний: {last}).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/planner/day_list.py" line="41"/>
        <source>No contact yet; keep in touch every {days} days.</source>
        <translation>Контактов ещё не было; связываться каждые {days} дн.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/planner/day_list.py" line="43"/>
        <source>Birthday: {name}</source>
        <translation>День рождения: {name}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/planner/day_list.py" line="44"/>
        <source>{name} has a birthday today.</source>
        <translation>У {name} сегодня день рождения.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/planner/day_list.py" line="45"/>
        <source>Deal past its close date: {title}</source>
        <translation>Сделка просрочена: {title}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/planner/day_list.py" line="46"/>
        <source>Expected to close on {date}, no activity since.</source>
        <translation>Ожидалось закрытие {date}, с тех пор нет активности.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/planner/day_list.py" line="48"/>
        <source>Deal closing: {title}</source>
        <translation>Сделка закрывается: {title}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/services/planner/day_list.py" line="49"/>
        <source>Expected to close on {date}.</source>
        <translation>Ожидаемое закрытие {date}.</translation>
    </message>
</context>
<context>
    <name>DealActions</name>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_actions.py" line="19"/>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_actions.py" line="20"/>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_actions.py" line="21"/>
        <source>Commercial offer</source>
        <translation>Коммерческое предложение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_actions.py" line="22"/>
        <source>Certificate of completion</source>
        <translation>Акт выполненных работ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_actions.py" line="23"/>
        <source>in Russian</source>
        <translation>на русском</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_actions.py" line="24"/>
        <source>in English</source>
        <translation>на английском</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_actions.py" line="46"/>
        <source>Why was the deal lost?</source>
        <translation>Почему сделка проиграна?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_actions.py" line="47"/>
        <source>Reason (choose or type a new one):</source>
        <translation>Причина (выберите или введите новую):</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_actions.py" line="56"/>
        <source>The deal no longer exists (deleted on another computer?)</source>
        <translation>Сделки больше нет (удалена на другом компьютере?)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_actions.py" line="58"/>
        <source>Say why the deal was lost</source>
        <translation>Укажите, почему сделка проиграна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_actions.py" line="59"/>
        <source>The deal was not moved: %1</source>
        <translation>Сделка не перенесена: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_actions.py" line="82"/>
        <source>“%1” moved to “%2”</source>
        <translation>«%1» перенесена на этап «%2»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_actions.py" line="94"/>
        <source>Move to stage</source>
        <translation>Перевести на этап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_actions.py" line="112"/>
        <source>Delete deal “%1”</source>
        <translation>Удаление сделки «%1»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_actions.py" line="127"/>
        <source>Deal “%1” deleted. Ctrl+Z brings it back.</source>
        <translation>Сделка «%1» удалена. Ctrl+Z вернёт её.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_actions.py" line="133"/>
        <source>Deal “%1” restored</source>
        <translation>Сделка «%1» восстановлена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_actions.py" line="145"/>
        <source>New deal “%1”</source>
        <translation>Новая сделка «%1»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_actions.py" line="177"/>
        <source>Edit deal “%1”</source>
        <translation>Изменение сделки «%1»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_actions.py" line="227"/>
        <source>Cannot write the file: no permission for %1</source>
        <translation>Не удалось записать файл: нет прав на %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_actions.py" line="230"/>
        <source>The document was not created: %1</source>
        <translation>Документ не создан: %1</translation>
    </message>
</context>
<context>
    <name>DealCard</name>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="64"/>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="108"/>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="76"/>
        <source>Move to another stage (Ctrl+M)</source>
        <translation>Перевести на другой этап (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="78"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="79"/>
        <source>Delete the deal (Ctrl+Z brings it back)</source>
        <translation>Удалить сделку (Ctrl+Z вернёт её)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="84"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="91"/>
        <source>Undo changes</source>
        <translation>Отменить правки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="109"/>
        <source>Items</source>
        <translation>Позиции</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="110"/>
        <source>Stage history</source>
        <translation>История этапов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="111"/>
        <source>History and tasks</source>
        <translation>История и задачи</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="113"/>
        <source>Open client</source>
        <translation>Открыть клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="119"/>
        <source>Create document…</source>
        <translation>Создать документ…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="124"/>
        <source>Send by email…</source>
        <translation>Отправить письмом…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="140"/>
        <source>Template:</source>
        <translation>Шаблон:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="173"/>
        <source>This deal cannot be shown</source>
        <translation>Эту сделку нельзя показать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="174"/>
        <source>It has been deleted (Ctrl+Z brings back a deal you deleted yourself).</source>
        <translation>Она удалена (удалённую вами сделку возвращает Ctrl+Z).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="190"/>
        <source>Deal: %1</source>
        <translation>Сделка: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="193"/>
        <source>no client</source>
        <translation>без клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="196"/>
        <source>Stage: %1</source>
        <translation>Этап: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="204"/>
        <source>Items (%1)</source>
        <translation>Товары и услуги (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="219"/>
        <source>Nothing yet: calls, emails, documents and tasks of this deal will appear here.</source>
        <translation>Пока пусто: здесь появятся звонки, письма, документы и задачи по сделке.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="231"/>
        <source>Your company&apos;s details are empty: fill them in Preferences</source>
        <translation>Реквизиты вашей компании не заполнены: Правка → Настройки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="274"/>
        <source>Deal saved</source>
        <translation>Сделка сохранена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="296"/>
        <source>Discard changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="297"/>
        <source>The deal has unsaved changes. Discard them?</source>
        <translation>В сделке есть несохранённые изменения. Отменить их?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="324"/>
        <source>Save the document</source>
        <translation>Сохранить документ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="325"/>
        <source>Word document (*.docx)</source>
        <translation>Документ Word (*.docx)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="333"/>
        <source>Creating the document…</source>
        <translation>Создаю документ…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_card.py" line="337"/>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_dialog.py" line="35"/>
        <source>New deal</source>
        <translation>Новая сделка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_dialog.py" line="89"/>
        <source>Deal “%1” created</source>
        <translation>Сделка «%1» создана</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_dialog.py" line="101"/>
        <source>Discard the new deal?</source>
        <translation>Отменить новую сделку?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_dialog.py" line="102"/>
        <source>The deal has not been saved. Discard what you typed?</source>
        <translation>Сделка не сохранена. Отменить введённое?</translation>
    </message>
</context>
<context>
    <name>DealForm</name>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_dialog.py" line="112"/>
        <source>+ Deal</source>
        <translation>+ Сделка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_dialog.py" line="114"/>
        <source>New deal with this client</source>
        <translation>Новая сделка с этим клиентом</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_form.py" line="35"/>
        <source>Enter the deal&apos;s title (up to 300 characters)</source>
        <translation>Введите название сделки (до 300 символов)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_form.py" line="36"/>
        <source>Enter an amount such as 150 000,50 (not negative)</source>
        <translation>Введите сумму, например 150 000,50 (не отрицательную)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_form.py" line="37"/>
        <source>A three-letter currency code such as RUB</source>
        <translation>Трёхбуквенный код валюты, например RUB</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_form.py" line="38"/>
        <source>No such company: pick one from the list or leave the field empty</source>
        <translation>Такой компании нет: выберите из списка или оставьте поле пустым</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_form.py" line="40"/>
        <source>Choose a pipeline</source>
        <translation>Выберите воронку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_form.py" line="41"/>
        <source>Choose a stage of this pipeline</source>
        <translation>Выберите этап этой воронки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_form.py" line="42"/>
        <source>Say why the deal was lost (up to 200 characters)</source>
        <translation>Укажите причину проигрыша (до 200 символов)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_form.py" line="44"/>
        <source>Choose who is responsible</source>
        <translation>Выберите ответственного</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_form.py" line="45"/>
        <source>Too long: at most 100 characters</source>
        <translation>Слишком длинно: не больше 100 символов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_form.py" line="46"/>
        <source>Too long: at most 500 characters</source>
        <translation>Слишком длинно: не больше 500 символов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_form.py" line="47"/>
        <location filename="../../crm_desktop/ui/funnel/deal_form.py" line="48"/>
        <source>Not a date</source>
        <translation>Это не дата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_form.py" line="55"/>
        <source>The deal has items priced in its currency: remove them to change it</source>
        <translation>Цены товаров сделки указаны в её валюте: чтобы сменить валюту, удалите товары</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_form.py" line="380"/>
        <source>This deal no longer exists: it was deleted meanwhile (on another computer?)</source>
        <translation>Этой сделки больше нет: её удалили (на другом компьютере?)</translation>
    </message>
    <message>
        <location filename="../../forms/deal_form.ui" line="12"/>
        <source>&amp;Title</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../forms/deal_form.ui" line="13"/>
        <source>What is being sold, e.g. Office furniture supply</source>
        <translation>Что продаём, например: поставка офисной мебели</translation>
    </message>
    <message>
        <location filename="../../forms/deal_form.ui" line="14"/>
        <source>&amp;Client</source>
        <translation>&amp;Клиент</translation>
    </message>
    <message>
        <location filename="../../forms/deal_form.ui" line="15"/>
        <source>Start typing a company name</source>
        <translation>Начните вводить название компании</translation>
    </message>
    <message>
        <location filename="../../forms/deal_form.ui" line="16"/>
        <source>&amp;Amount</source>
        <translation>&amp;Сумма</translation>
    </message>
    <message>
        <location filename="../../forms/deal_form.ui" line="17"/>
        <source>150 000,50</source>
        <translation>150 000,50</translation>
    </message>
    <message>
        <location filename="../../forms/deal_form.ui" line="18"/>
        <source>&amp;Pipeline</source>
        <translation>&amp;Воронка</translation>
    </message>
    <message>
        <location filename="../../forms/deal_form.ui" line="20"/>
        <source>&amp;Stage</source>
        <translation>&amp;Этап</translation>
    </message>
    <message>
        <location filename="../../forms/deal_form.ui" line="22"/>
        <source>&amp;Loss reason</source>
        <translation>&amp;Причина проигрыша</translation>
    </message>
    <message>
        <location filename="../../forms/deal_form.ui" line="24"/>
        <source>Expected &amp;close</source>
        <translation>&amp;Закрытие</translation>
    </message>
    <message>
        <location filename="../../forms/deal_form.ui" line="26"/>
        <source>&amp;Responsible</source>
        <translation>&amp;Ответственный</translation>
    </message>
    <message>
        <location filename="../../forms/deal_form.ui" line="28"/>
        <source>Lead s&amp;ource</source>
        <translation>&amp;Источник</translation>
    </message>
    <message>
        <location filename="../../forms/deal_form.ui" line="30"/>
        <source>&amp;Next step</source>
        <translation>Следующий &amp;шаг</translation>
    </message>
    <message>
        <location filename="../../forms/deal_form.ui" line="31"/>
        <source>e.g. Send the proposal</source>
        <translation>например: отправить КП</translation>
    </message>
    <message>
        <location filename="../../forms/deal_form.ui" line="32"/>
        <source>Next step &amp;date</source>
        <translation>&amp;Дата шага</translation>
    </message>
</context>
<context>
    <name>DealItems</name>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_items.py" line="39"/>
        <source>Item</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_items.py" line="39"/>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_items.py" line="40"/>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_items.py" line="40"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_items.py" line="41"/>
        <source>Discount %</source>
        <translation>Скидка %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_items.py" line="41"/>
        <source>VAT %</source>
        <translation>НДС %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_items.py" line="42"/>
        <source>Total</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_items.py" line="44"/>
        <source>enter the item&apos;s name</source>
        <translation>введите наименование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_items.py" line="45"/>
        <source>a number above zero, at most three decimals</source>
        <translation>число больше нуля, не больше трёх знаков после запятой</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_items.py" line="46"/>
        <source>at most 20 characters</source>
        <translation>не больше 20 символов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_items.py" line="47"/>
        <source>an amount such as 1 500,00, not negative</source>
        <translation>сумма, например 1 500,00, не отрицательная</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_items.py" line="48"/>
        <location filename="../../crm_desktop/ui/funnel/deal_items.py" line="49"/>
        <source>a percent from 0 to 100</source>
        <translation>процент от 0 до 100</translation>
    </message>
</context>
<context>
    <name>Failures</name>
    <message>
        <location filename="../../crm_desktop/ui/crash.py" line="54"/>
        <location filename="../../crm_desktop/ui/messages.py" line="104"/>
        <source>An unexpected error (%1)</source>
        <translation>Непредвиденная ошибка (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="69"/>
        <source>Interrupted; nothing half-written was kept</source>
        <translation>Прервано; ничего недописанного не сохранено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="70"/>
        <source>The database is locked by another program; close the other crm-desktop window or command and try again</source>
        <translation>База занята другой программой; закройте другое окно или команду crm-desktop и повторите</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="73"/>
        <source>The disk is full; free some space and try again (nothing was saved)</source>
        <translation>Диск заполнен; освободите место и повторите (ничего не сохранено)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="75"/>
        <source>The database file or its folder is read-only; make them writable and try again</source>
        <translation>Файл базы или его папка только для чтения; разрешите запись и повторите</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="78"/>
        <source>The database file cannot be opened (check the path, its folder&apos;s permissions and free space)</source>
        <translation>Файл базы не открывается (проверьте путь, права на папку и свободное место)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="81"/>
        <source>The database file is damaged; restore a backup (File → Restore from a backup)</source>
        <translation>Файл базы повреждён; восстановите резервную копию (Файл → Восстановить из резервной копии)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="83"/>
        <source>The change conflicts with other data (a duplicate or a missing reference); nothing was saved</source>
        <translation>Изменение противоречит другим данным (дубликат или ссылка на несуществующую запись); ничего не сохранено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="86"/>
        <source>%1: permission denied; check the file&apos;s and the folder&apos;s permissions</source>
        <translation>%1: нет доступа; проверьте права на файл и папку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="88"/>
        <source>%1: the disk is read-only; choose another place</source>
        <translation>%1: диск только для чтения; выберите другое место</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="90"/>
        <source>%1: no such file or folder</source>
        <translation>%1: нет такого файла или папки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="91"/>
        <source>%1 is a folder; give a file name</source>
        <translation>%1 — папка; укажите имя файла</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="92"/>
        <source>%1: a part of the path is not a folder</source>
        <translation>%1: часть пути — не папка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="93"/>
        <source>%1: the file name is too long</source>
        <translation>%1: слишком длинное имя файла</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="94"/>
        <source>%1 already exists; choose a new file name</source>
        <translation>%1 уже есть; выберите новое имя файла</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="95"/>
        <source>%1 cannot be read or written</source>
        <translation>%1 не читается или не записывается</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="96"/>
        <source>The file is not a valid .xlsx or .docx (perhaps an old .xls or another format renamed)</source>
        <translation>Файл — не правильный .xlsx или .docx (возможно, это старый .xls или другой формат с новым расширением)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="98"/>
        <source>The CSV file cannot be read</source>
        <translation>Файл CSV не читается</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="99"/>
        <source>The text cannot be read in its encoding; save the file as UTF-8</source>
        <translation>Текст не читается в своей кодировке; сохраните файл в UTF-8</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="101"/>
        <source>A file name or a value contains a NUL character</source>
        <translation>В имени файла или значении есть символ NUL</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="102"/>
        <source>Not enough memory for this operation</source>
        <translation>Не хватает памяти для этой операции</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="103"/>
        <source>The input is nested too deeply</source>
        <translation>Слишком глубокая вложенность данных</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="113"/>
        <source>Item %1</source>
        <translation>Позиция %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="136"/>
        <source>This record no longer exists (it was deleted or merged)</source>
        <translation>Этой записи больше нет (её удалили или объединили с другой)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/messages.py" line="140"/>
        <source>Someone else changed these fields meanwhile: %1</source>
        <translation>Пока вы редактировали, эти поля изменил кто-то другой: %1</translation>
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
    <message>
        <location filename="../../crm_desktop/ui/first_start.py" line="55"/>
        <source>Please enter your name</source>
        <translation>Введите ваше имя</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/planner/task_dialog.py" line="156"/>
        <source>Discard changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/task_dialog.py" line="157"/>
        <source>What you typed in this window will be lost.</source>
        <translation>Всё, что вы ввели в этом окне, будет потеряно.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/task_dialog.py" line="159"/>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/service/dialogs.py" line="166"/>
        <source>Hand over request %1</source>
        <translation>Передать обращение %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/dialogs.py" line="167"/>
        <source>Hand over</source>
        <translation>Передать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/dialogs.py" line="168"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/dialogs.py" line="177"/>
        <source>— the department&apos;s head —</source>
        <translation>— руководитель отдела —</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/history_dialog.py" line="41"/>
        <source>History entry</source>
        <translation>Запись истории</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/history_dialog.py" line="59"/>
        <source>Logged by:</source>
        <translation>Записал(а):</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/history_dialog.py" line="59"/>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/history_dialog.py" line="60"/>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/history_dialog.py" line="61"/>
        <source>When:</source>
        <translation>Когда:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/history_dialog.py" line="62"/>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/history_dialog.py" line="63"/>
        <source>Outcome:</source>
        <translation>Результат:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/history_dialog.py" line="64"/>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/history_dialog.py" line="94"/>
        <source>Write what happened</source>
        <translation>Напишите, что произошло</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/history_dialog.py" line="103"/>
        <source>Edit history entry</source>
        <translation>Изменение записи истории</translation>
    </message>
</context>
<context>
    <name>ImportTexts</name>
    <message>
        <location filename="../../crm_desktop/ui/imports/texts.py" line="19"/>
        <source>New</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/texts.py" line="20"/>
        <source>Update</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/texts.py" line="21"/>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/texts.py" line="24"/>
        <source>Row %1, column «%2»: %3</source>
        <translation>Строка %1, столбец «%2»: %3</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/texts.py" line="25"/>
        <source>Row %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/texts.py" line="27"/>
        <source>Card %1%2 (line %3): %4</source>
        <translation>Карточка %1%2 (строка %3): %4</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/texts.py" line="28"/>
        <source>Event %1%2: %3</source>
        <translation>Событие %1%2: %3</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/texts.py" line="32"/>
        <source>A new company «%1» will be created</source>
        <translation>Будет создана новая компания «%1»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/texts.py" line="33"/>
        <location filename="../../crm_desktop/ui/imports/texts.py" line="34"/>
        <source>A repeat of row %1</source>
        <translation>Повтор строки %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/texts.py" line="36"/>
        <source>Updates an existing record</source>
        <translation>Обновит существующую запись</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/texts.py" line="38"/>
        <source>Updates an existing deal</source>
        <translation>Обновит существующую сделку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/texts.py" line="40"/>
        <source>A new stage «%1» will be added</source>
        <translation>Будет добавлен новый этап «%1»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/texts.py" line="41"/>
        <source>Merged into card %1</source>
        <translation>Объединена с карточкой %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/texts.py" line="42"/>
        <source>The birthday of %1</source>
        <translation>День рождения: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/texts.py" line="44"/>
        <source>A new person %1 with a birthday</source>
        <translation>Новый человек %1 с днём рождения</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/texts.py" line="46"/>
        <source>Imported before (the same event)</source>
        <translation>Уже импортировано раньше (то же событие)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/texts.py" line="47"/>
        <source>The card has no end (END:VCARD)</source>
        <translation>У карточки нет конца (END:VCARD)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/texts.py" line="49"/>
        <source>No name, company, email or phone</source>
        <translation>Нет ни имени, ни компании, ни email, ни телефона</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/texts.py" line="51"/>
        <source>The company&apos;s name is empty</source>
        <translation>Пустое название компании</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/texts.py" line="52"/>
        <source>The deal&apos;s title is empty</source>
        <translation>Пустое название сделки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/texts.py" line="55"/>
        <source>The name is longer than %1 characters</source>
        <translation>Имя длиннее %1 символов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/texts.py" line="110"/>
        <source>(and %1 more)</source>
        <translation>(и ещё %1)</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="76"/>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="111"/>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="273"/>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="275"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="85"/>
        <source>Choose a file</source>
        <translation>Выберите файл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="89"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="102"/>
        <source>What the rows are:</source>
        <translation>Что в строках:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="86"/>
        <source>Excel (.xlsx), CSV or text in any encoding, vCards (.vcf) from a phone or a mail program, or a calendar (.ics)</source>
        <translation>Excel (.xlsx), CSV или текст в любой кодировке, визитки vCard (.vcf) из телефона или почтовой программы, календарь (.ics)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="47"/>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="48"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="49"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="112"/>
        <source>Excel, CSV, vCard, iCalendar (*.xlsx *.csv *.txt *.vcf *.ics)</source>
        <translation>Excel, CSV, vCard, iCalendar (*.xlsx *.csv *.txt *.vcf *.ics)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="132"/>
        <source>Reading the file…</source>
        <translation>Чтение файла…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="160"/>
        <source>Columns and rows</source>
        <translation>Столбцы и строки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="161"/>
        <source>Check which column goes where; rows with errors are red and say why.</source>
        <translation>Проверьте, какой столбец куда попадёт; строки с ошибками красные и объясняют причину.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="167"/>
        <source>Column in the file</source>
        <translation>Столбец в файле</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="168"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="177"/>
        <source>Apply the mapping</source>
        <translation>Применить сопоставление</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="197"/>
        <source>Read as %1</source>
        <translation>Прочитан в кодировке %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="199"/>
        <source>Sheet: %1</source>
        <translation>Лист: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="214"/>
        <source>Row</source>
        <translation>Строка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="214"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="214"/>
        <source>Item</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="229"/>
        <source>%1 to create, %2 to update, %3 duplicates, %4 with errors (dry run: nothing is written yet)</source>
        <translation>Создать: %1, обновить: %2, дублей: %3, с ошибками: %4 (пробный прогон: пока ничего не записано)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="242"/>
        <source>— not imported —</source>
        <translation>— не импортировать —</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="246"/>
        <source>custom field «%1»</source>
        <translation>доп. поле «%1»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="251"/>
        <source>Not imported: %1. Choose a field for them above (or a custom field).</source>
        <translation>Не импортируются: %1. Выберите для них поле выше (или дополнительное поле).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="253"/>
        <source>Not imported: %1. Choose a field for them above.</source>
        <translation>Не импортируются: %1. Выберите для них поле выше.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="274"/>
        <source>Import only the valid rows (skip the others)</source>
        <translation>Загрузить только верные строки (остальные пропустить)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="278"/>
        <source>Cancel the import</source>
        <translation>Прервать импорт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="283"/>
        <source>Save the report…</source>
        <translation>Сохранить отчёт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="336"/>
        <source>%1 created, %2 updated, %3 skipped</source>
        <translation>Создано: %1, обновлено: %2, пропущено: %3</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="340"/>
        <source>%1 companies created</source>
        <translation>создано компаний: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="359"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Прервано: ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/wizard.py" line="368"/>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/texts.py" line="132"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/texts.py" line="133"/>
        <source>Name as shown</source>
        <translation>Имя для показа</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/texts.py" line="134"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/texts.py" line="135"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/texts.py" line="136"/>
        <source>Pipeline</source>
        <translation>Воронка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/texts.py" line="137"/>
        <source>Closed on</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/texts.py" line="138"/>
        <source>All day</source>
        <translation>Весь день</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/texts.py" line="139"/>
        <source>Whose birthday</source>
        <translation>Чей день рождения</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/imports/texts.py" line="140"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
</context>
<context>
    <name>IncomingCalls</name>
    <message>
        <location filename="../../crm_desktop/ui/telephony/incoming.py" line="56"/>
        <source>Incoming call: %1, %2</source>
        <translation>Входящий звонок: %1, %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/telephony/incoming.py" line="58"/>
        <source>%n more client(s) have this number</source>
        <translation>
            <numerusform>Этот номер есть ещё у %n клиента</numerusform>
            <numerusform>Этот номер есть ещё у %n клиентов</numerusform>
            <numerusform>Этот номер есть ещё у %n клиентов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/telephony/incoming.py" line="61"/>
        <location filename="../../crm_desktop/ui/telephony/incoming.py" line="66"/>
        <source>Incoming call</source>
        <translation>Входящий звонок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/telephony/incoming.py" line="64"/>
        <source>Incoming call from %1: no client has this number.</source>
        <translation>Входящий звонок с номера %1: такого номера нет ни у одного клиента.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/telephony/incoming.py" line="68"/>
        <source>New company…</source>
        <translation>Новая компания…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/telephony/incoming.py" line="70"/>
        <source>New person…</source>
        <translation>Новый человек…</translation>
    </message>
</context>
<context>
    <name>ItemsEditor</name>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_items.py" line="83"/>
        <source>No items yet: documents bill the deal&apos;s amount as one line. Add a product from the catalogue or a row of your own; once saved, the deal&apos;s amount is their total.</source>
        <translation>Товаров пока нет: в документах сумма сделки идёт одной строкой. Добавьте товар из каталога или свою строку; после сохранения сумма сделки станет их итогом.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_items.py" line="113"/>
        <source>Product from the catalogue…</source>
        <translation>Товар из каталога…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_items.py" line="120"/>
        <source>Add product</source>
        <translation>Добавить товар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_items.py" line="122"/>
        <source>Add row</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_items.py" line="124"/>
        <source>Remove row</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_items.py" line="126"/>
        <source>Save items</source>
        <translation>Сохранить товары</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_items.py" line="199"/>
        <source>Choose a product from the list first.</source>
        <translation>Сначала выберите товар из списка.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_items.py" line="213"/>
        <source>pcs</source>
        <translation>шт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_items.py" line="290"/>
        <source>Total: %1, VAT included: %2</source>
        <translation>Итого: %1, в т. ч. НДС: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_items.py" line="294"/>
        <source>The deal&apos;s amount: %1 (one line in documents)</source>
        <translation>Сумма сделки: %1 (одна строка в документах)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_items.py" line="296"/>
        <source>Total: —  (a cell is not filled in right)</source>
        <translation>Итого: —  (ячейка заполнена неверно)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_items.py" line="338"/>
        <source>Row %1, “%2”: %3</source>
        <translation>Строка %1, «%2»: %3</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_items.py" line="343"/>
        <source>This deal no longer exists: it was deleted meanwhile (on another computer?)</source>
        <translation>Этой сделки больше нет: её удалили (на другом компьютере?)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/deal_items.py" line="346"/>
        <source>The total is too large</source>
        <translation>Слишком большая сумма</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/service/letter_dialog.py" line="43"/>
        <source>New letter</source>
        <translation>Новое письмо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/letter_dialog.py" line="45"/>
        <source>— no template —</source>
        <translation>— без шаблона —</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/letter_dialog.py" line="49"/>
        <source>Template</source>
        <translation>Шаблон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/letter_dialog.py" line="52"/>
        <source>The deal whose document is made from the template and attached</source>
        <translation>Сделка, по которой из шаблона составляется документ для вложения</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/letter_dialog.py" line="54"/>
        <source>as PDF</source>
        <translation>в PDF</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/letter_dialog.py" line="58"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/letter_dialog.py" line="68"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/letter_dialog.py" line="69"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/letter_dialog.py" line="92"/>
        <source>— no document —</source>
        <translation>— без документа —</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/letter_dialog.py" line="99"/>
        <location filename="../../crm_desktop/ui/service/letter_dialog.py" line="169"/>
        <source>No PDF converter (LibreOffice) on this computer: the .docx is attached</source>
        <translation>На этом компьютере нет конвертера в PDF (LibreOffice): вложен файл .docx</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/letter_dialog.py" line="111"/>
        <source>Commercial offer</source>
        <translation>Коммерческое предложение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/letter_dialog.py" line="111"/>
        <source>Commercial offer for {client}</source>
        <translation>Коммерческое предложение для {client}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/letter_dialog.py" line="112"/>
        <source>Good afternoon!

Please find our commercial offer attached. I will be glad to answer your questions.</source>
        <translation>Добрый день!

Направляем вам коммерческое предложение во вложении. С удовольствием ответим на вопросы.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/letter_dialog.py" line="114"/>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/letter_dialog.py" line="114"/>
        <source>Invoice for {client}</source>
        <translation>Счёт для {client}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/letter_dialog.py" line="115"/>
        <source>Good afternoon!

Please find the invoice attached. Thank you for your order.</source>
        <translation>Добрый день!

Счёт во вложении. Спасибо за заказ.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/letter_dialog.py" line="117"/>
        <source>Price list</source>
        <translation>Прайс-лист</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/letter_dialog.py" line="117"/>
        <source>Our price list</source>
        <translation>Наш прайс-лист</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/letter_dialog.py" line="118"/>
        <source>Good afternoon!

As promised, our current price list is attached.</source>
        <translation>Добрый день!

Как обещали, направляем актуальный прайс-лист во вложении.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/letter_dialog.py" line="139"/>
        <source>Attach a file</source>
        <translation>Приложить файл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/letter_dialog.py" line="150"/>
        <source>Add a mailbox first</source>
        <translation>Сначала добавьте почтовый ящик</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/letter_dialog.py" line="194"/>
        <source>Add a mailbox in the Mail view to write from here.</source>
        <translation>Добавьте почтовый ящик в разделе «Почта», чтобы писать отсюда.</translation>
    </message>
</context>
<context>
    <name>LevelsDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/service/levels_dialog.py" line="16"/>
        <source>Service levels</source>
        <translation>Сроки обслуживания</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/levels_dialog.py" line="17"/>
        <source>How many hours a request of each priority may take to resolve. The due time of a new request is counted from these.</source>
        <translation>Сколько часов даётся на решение обращения каждого приоритета. От этого считается срок нового обращения.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/levels_dialog.py" line="25"/>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/levels_dialog.py" line="33"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/levels_dialog.py" line="34"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>MailView</name>
    <message>
        <location filename="../../crm_desktop/ui/service/mail_view.py" line="50"/>
        <source>Add mailbox…</source>
        <translation>Добавить ящик…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/mail_view.py" line="52"/>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/mail_view.py" line="54"/>
        <source>Fetch mail</source>
        <translation>Получить почту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/mail_view.py" line="57"/>
        <source>New letter…</source>
        <translation>Новое письмо…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/mail_view.py" line="62"/>
        <source>Mailbox</source>
        <translation>Ящик</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/mail_view.py" line="69"/>
        <source>Letters from unknown addresses</source>
        <translation>Письма с незнакомых адресов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/mail_view.py" line="72"/>
        <source>From</source>
        <translation>От</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/mail_view.py" line="72"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/mail_view.py" line="73"/>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/mail_view.py" line="83"/>
        <source>New client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/mail_view.py" line="84"/>
        <source>New lead</source>
        <translation>Новый лид</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/mail_view.py" line="85"/>
        <source>Service request</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/mail_view.py" line="90"/>
        <source>Make of this letter:</source>
        <translation>Сделать из письма:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/mail_view.py" line="95"/>
        <source>No letters from unknown addresses. Letters from your clients go straight into their history.</source>
        <translation>Писем с незнакомых адресов нет. Письма ваших клиентов сразу попадают в их историю.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/mail_view.py" line="142"/>
        <source>Add a mailbox to bring letters into the clients&apos; history.</source>
        <translation>Добавьте почтовый ящик, чтобы письма попадали в историю клиентов.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/mail_view.py" line="145"/>
        <source>Letters waiting to be sent: %1</source>
        <translation>Ждут отправки писем: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/mail_view.py" line="196"/>
        <source>Fetching mail…</source>
        <translation>Получение почты…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/mail_view.py" line="213"/>
        <source>New letters: %1, sent: %2</source>
        <translation>Новых писем: %1, отправлено: %2</translation>
    </message>
</context>
<context>
    <name>MailboxDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/service/mailbox_dialog.py" line="26"/>
        <source>Mailbox</source>
        <translation>Почтовый ящик</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/mailbox_dialog.py" line="27"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/mailbox_dialog.py" line="27"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/mailbox_dialog.py" line="28"/>
        <source>none</source>
        <translation>без шифрования</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/mailbox_dialog.py" line="30"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/mailbox_dialog.py" line="31"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="81"/>
        <source>Main</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="85"/>
        <source>Search clients: name, phone, email, INN…  (Ctrl+F)</source>
        <translation>Поиск клиентов: название, телефон, email, ИНН…  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="91"/>
        <location filename="../../crm_desktop/ui/main_window.py" line="281"/>
        <source>New company</source>
        <translation>Новая компания</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="94"/>
        <location filename="../../crm_desktop/ui/main_window.py" line="282"/>
        <source>New person</source>
        <translation>Новый человек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="105"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="109"/>
        <source>&amp;Import from Excel or CSV…</source>
        <translation>&amp;Импорт из Excel или CSV…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="110"/>
        <source>&amp;Export to Excel</source>
        <translation>&amp;Выгрузка в Excel</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="111"/>
        <source>Companies…</source>
        <translation>Компании…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="111"/>
        <source>People…</source>
        <translation>Люди…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="112"/>
        <source>Deals…</source>
        <translation>Сделки…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="112"/>
        <source>Tasks…</source>
        <translation>Задачи…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="113"/>
        <source>History…</source>
        <translation>История…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="116"/>
        <source>&amp;Back up the database…</source>
        <translation>&amp;Резервная копия базы…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="117"/>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="120"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="123"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="124"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="126"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="131"/>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="134"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="136"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="142"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="148"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="149"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Горячие клавиши</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="150"/>
        <source>&amp;About crm-desktop</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="211"/>
        <source>Back up the database</source>
        <translation>Резервная копия базы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="213"/>
        <source>Database (*.db)</source>
        <translation>База данных (*.db)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="219"/>
        <source>Backup written to %1</source>
        <translation>Резервная копия записана в %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="220"/>
        <source>Backup failed</source>
        <translation>Не удалось сделать копию</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="224"/>
        <location filename="../../crm_desktop/ui/main_window.py" line="229"/>
        <location filename="../../crm_desktop/ui/main_window.py" line="249"/>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="226"/>
        <source>Database (*.db);;All files (*)</source>
        <translation>База данных (*.db);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="230"/>
        <source>Replace the current data with the backup %1?

The backup is checked first; the current file is kept beside it as a copy.</source>
        <translation>Заменить текущие данные резервной копией %1?

Копия сначала проверяется; текущий файл сохраняется рядом как копия.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="244"/>
        <source>Restored from %1.</source>
        <translation>Восстановлено из %1.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="246"/>
        <source>The replaced file is kept as %1.</source>
        <translation>Заменённый файл сохранён как %1.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="253"/>
        <source>Restore failed</source>
        <translation>Не удалось восстановить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="264"/>
        <source>Export to Excel</source>
        <translation>Выгрузить в Excel</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="272"/>
        <source>Exported to %1</source>
        <translation>Выгружено в %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="273"/>
        <source>Export failed</source>
        <translation>Не удалось выгрузить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="281"/>
        <source>Search clients</source>
        <translation>Поиск клиентов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="282"/>
        <source>Open the card</source>
        <translation>Открыть карточку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="283"/>
        <source>Close the card</source>
        <translation>Закрыть карточку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="283"/>
        <source>Undo an edit or merge</source>
        <translation>Отменить изменение или объединение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="284"/>
        <source>Switch views</source>
        <translation>Переключить раздел</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="284"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="285"/>
        <source>Keyboard shortcuts</source>
        <translation>Горячие клавиши</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="290"/>
        <source>About crm-desktop</source>
        <translation>О crm-desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/main_window.py" line="291"/>
        <source>&lt;h3&gt;crm-desktop %1&lt;/h3&gt;&lt;p&gt;An offline-first desktop CRM: clients, their history, your day and your deals.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;crm-desktop %1&lt;/h3&gt;&lt;p&gt;Настольная CRM, работающая без сети: клиенты, их история, ваш день и ваши сделки.&lt;/p&gt;&lt;p&gt;База данных: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MarketingCardTab</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/card_tab.py" line="28"/>
        <source>The campaign that brought this client</source>
        <translation>Кампания, которая привела клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/card_tab.py" line="37"/>
        <source>ABC/XYZ class:</source>
        <translation>Класс ABC/XYZ:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/card_tab.py" line="38"/>
        <source>Campaign:</source>
        <translation>Кампания:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/card_tab.py" line="39"/>
        <source>Lead source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/card_tab.py" line="78"/>
        <source>(deleted campaign)</source>
        <translation>(удалённая кампания)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/card_tab.py" line="85"/>
        <source>No won deals in %1 in the analysed period.</source>
        <translation>Нет выигранных сделок в %1 за анализируемый период.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/card_tab.py" line="87"/>
        <source>The classes have not been computed yet (Marketing → ABC/XYZ).</source>
        <translation>Классы ещё не посчитаны (Маркетинг → ABC/XYZ).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/card_tab.py" line="91"/>
        <source>Revenue %1 (%2 % of all) in %3; %4 months of history</source>
        <translation>Выручка %1 (%2 % от всей) за %3; история %4 мес.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/card_tab.py" line="96"/>
        <source>monthly purchases vary by %1 %</source>
        <translation>помесячные покупки колеблются на %1 %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/card_tab.py" line="99"/>
        <source>too short a history for XYZ</source>
        <translation>история слишком коротка для XYZ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/card_tab.py" line="101"/>
        <source>(the class of the person&apos;s company)</source>
        <translation>(класс компании этого человека)</translation>
    </message>
</context>
<context>
    <name>MarketingView</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/view.py" line="23"/>
        <source>Segments</source>
        <translation>Сегменты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/view.py" line="24"/>
        <source>ABC/XYZ</source>
        <translation>ABC/XYZ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/view.py" line="26"/>
        <source>Campaigns</source>
        <translation>Кампании</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/view.py" line="28"/>
        <source>Call lists</source>
        <translation>Обзвон</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_view.py" line="100"/>
        <source>%1 clients
%2</source>
        <translation>клиентов: %1
%2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_view.py" line="121"/>
        <source>Short history</source>
        <translation>Короткая история</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/classes_view.py" line="121"/>
        <location filename="../../crm_desktop/ui/marketing/classes_view.py" line="124"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
</context>
<context>
    <name>MembersModel</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments_view.py" line="61"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments_view.py" line="61"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments_view.py" line="61"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments_view.py" line="62"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments_view.py" line="62"/>
        <source>Lead source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments_view.py" line="63"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments_view.py" line="63"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments_view.py" line="64"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments_view.py" line="65"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments_view.py" line="65"/>
        <source>Prospect</source>
        <translation>Потенциальный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments_view.py" line="66"/>
        <source>Partner</source>
        <translation>Партнёр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments_view.py" line="66"/>
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="48"/>
        <source>Later edits kept: %1</source>
        <translation>Более поздние правки сохранены: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="51"/>
        <source>%1 record(s) moved elsewhere since stay there</source>
        <translation>Записи, которые с тех пор перенесли в другое место, остались там: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="61"/>
        <source>Merge two records</source>
        <translation>Объединение двух записей</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="64"/>
        <source>The first record stays. For each field that differs, choose the value to keep. History, deals and tasks of the second move to the first. Ctrl+Z undoes the merge.</source>
        <translation>Первая запись остаётся. Для каждого различающегося поля выберите значение. История, сделки и задачи второй записи перейдут к первой. Ctrl+Z отменит объединение.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="70"/>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="125"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/merge_dialog.py" line="107"/>
        <source>No field differs.</source>
        <translation>Все поля совпадают.</translation>
    </message>
</context>
<context>
    <name>NewCallListDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_list_dialog.py" line="39"/>
        <source>New call list</source>
        <translation>Новый список обзвона</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_list_dialog.py" line="44"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_list_dialog.py" line="46"/>
        <source>evenly</source>
        <translation>поровну</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_list_dialog.py" line="47"/>
        <source>by region</source>
        <translation>по регионам</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_list_dialog.py" line="48"/>
        <source>by responsible person</source>
        <translation>по ответственным</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_list_dialog.py" line="52"/>
        <source>What to say: shown beside the number</source>
        <translation>Что говорить: показывается рядом с номером</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_list_dialog.py" line="55"/>
        <source>From a &amp;file…</source>
        <translation>Из &amp;файла…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_list_dialog.py" line="57"/>
        <source>An .xlsx or .csv list whose first row names a phone, INN or name column</source>
        <translation>Список .xlsx или .csv, в первой строке которого названы столбцы телефона, ИНН или названия</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_list_dialog.py" line="68"/>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_list_dialog.py" line="69"/>
        <source>&amp;Segment</source>
        <translation>&amp;Сегмент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_list_dialog.py" line="74"/>
        <source>&amp;Who calls</source>
        <translation>&amp;Кто звонит</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_list_dialog.py" line="75"/>
        <source>S&amp;plit</source>
        <translation>&amp;Деление</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_list_dialog.py" line="76"/>
        <source>C&amp;ampaign</source>
        <translation>К&amp;ампания</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_list_dialog.py" line="77"/>
        <source>Sc&amp;ript</source>
        <translation>Сц&amp;енарий</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_list_dialog.py" line="120"/>
        <source>No row of the file matches a client</source>
        <translation>Ни одна строка файла не совпала с клиентом</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_list_dialog.py" line="129"/>
        <source>Make a segment first: the list is made of its clients</source>
        <translation>Сначала создайте сегмент: список делается из его клиентов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_list_dialog.py" line="137"/>
        <source>A list of clients to call</source>
        <translation>Список клиентов для обзвона</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_list_dialog.py" line="138"/>
        <source>Lists (*.xlsx *.csv)</source>
        <translation>Списки (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_list_dialog.py" line="145"/>
        <source>Reading the file…</source>
        <translation>Читаю файл…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/marketing/call_list_dialog.py" line="155"/>
        <source>%1: %n client(s) to call</source>
        <translation>
            <numerusform>%1: %n клиент для обзвона</numerusform>
            <numerusform>%1: %n клиента для обзвона</numerusform>
            <numerusform>%1: %n клиентов для обзвона</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/marketing/call_list_dialog.py" line="159"/>
        <source>%n row(s) match no client (import them first: File ▸ Import)</source>
        <translation>
            <numerusform>%n строка не совпала ни с одним клиентом (сначала импортируйте их: Файл ▸ Импорт)</numerusform>
            <numerusform>%n строки не совпали ни с одним клиентом (сначала импортируйте их: Файл ▸ Импорт)</numerusform>
            <numerusform>%n строк не совпали ни с одним клиентом (сначала импортируйте их: Файл ▸ Импорт)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_list_dialog.py" line="171"/>
        <source>Enter the name (up to 200 characters)</source>
        <translation>Введите название (до 200 символов)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_list_dialog.py" line="172"/>
        <source>Tick at least one employee who calls</source>
        <translation>Отметьте хотя бы одного сотрудника, который будет звонить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/call_list_dialog.py" line="173"/>
        <source>The file cannot be read as a list: its first row must name a phone, INN or name column</source>
        <translation>Файл не читается как список: в его первой строке должен быть назван столбец телефона, ИНН или названия</translation>
    </message>
</context>
<context>
    <name>Office</name>
    <message>
        <location filename="../../crm_desktop/ui/office/common.py" line="14"/>
        <source>owner</source>
        <translation>владелец</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/common.py" line="15"/>
        <source>head</source>
        <translation>руководитель</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/common.py" line="16"/>
        <source>manager</source>
        <translation>менеджер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/common.py" line="40"/>
        <source>Only the office&apos;s owner or a head manages users</source>
        <translation>Пользователями управляют только владелец офиса или руководитель</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/common.py" line="42"/>
        <source>Only the owner changes roles and teams</source>
        <translation>Роли и команды меняет только владелец</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/common.py" line="44"/>
        <source>A head adds managers only; the owner adds heads and owners</source>
        <translation>Руководитель добавляет только менеджеров; руководителей и владельцев добавляет владелец</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/common.py" line="46"/>
        <source>A head adds people to their own team only</source>
        <translation>Руководитель добавляет людей только в свою команду</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/common.py" line="48"/>
        <source>A head can do this only for the managers of their own team</source>
        <translation>Руководитель может сделать это только для менеджеров своей команды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/common.py" line="50"/>
        <source>This server cannot create or change logins: the role %1 that set it up lacks CREATEROLE. The server&apos;s administrator runs &quot;ALTER ROLE %1 CREATEROLE&quot; (or runs server init as a superuser).</source>
        <translation>Этот сервер не может создавать и менять логины: у роли %1, которая его настроила, нет права CREATEROLE. Администратор сервера выполняет «ALTER ROLE %1 CREATEROLE» (или запускает server init от имени суперпользователя).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/common.py" line="55"/>
        <source>The office would have no owner: make someone else the owner first</source>
        <translation>В офисе не останется владельца: сначала сделайте владельцем кого-то другого</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/common.py" line="57"/>
        <source>Nobody is their own head</source>
        <translation>Нельзя быть руководителем самому себе</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/common.py" line="59"/>
        <source>You cannot disable your own login</source>
        <translation>Нельзя отключить собственный логин</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/common.py" line="61"/>
        <source>There is no login %1 in this office</source>
        <translation>В этом офисе нет логина %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/common.py" line="63"/>
        <source>This person already has a login</source>
        <translation>У этого человека уже есть логин</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/common.py" line="65"/>
        <source>You may not see this record&apos;s history</source>
        <translation>Вам недоступна история этой записи</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/common.py" line="67"/>
        <source>This is an administrator&apos;s role of the server: change it on the server</source>
        <translation>Это служебная роль администратора сервера: меняйте её на самом сервере</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/common.py" line="70"/>
        <source>A password needs at least %1 characters</source>
        <translation>Пароль — не меньше %1 символов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/common.py" line="72"/>
        <source>This database syncs with no server: users and rights are kept on the office&apos;s server (set it up in the Sync view)</source>
        <translation>Эта база не синхронизируется с сервером: пользователи и права хранятся на сервере офиса (настройте его в разделе «Синхронизация»)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/common.py" line="82"/>
        <source>The server cannot be reached: this needs the office&apos;s server. Try again when the computer is online.</source>
        <translation>Сервер недоступен, а для этого нужен сервер офиса. Повторите, когда компьютер будет в сети.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/registration.py" line="31"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/user_dialog.py" line="129"/>
        <source>Password of %1</source>
        <translation>Пароль %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/user_dialog.py" line="131"/>
        <source>Login: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Password: &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;&lt;br&gt;It is shown only this once: give it to the person now. The server keeps no readable copy.</source>
        <translation>Логин: &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Пароль: &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;&lt;br&gt;Он показан только один раз: передайте его человеку сейчас. Сервер не хранит его в читаемом виде.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/user_dialog.py" line="136"/>
        <source>Copy the password</source>
        <translation>Скопировать пароль</translation>
    </message>
</context>
<context>
    <name>OfficeUserDialog</name>
    <message>
        <location filename="../../forms/office_user.ui" line="6"/>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <location filename="../../forms/office_user.ui" line="11"/>
        <source>&amp;Name</source>
        <translation>&amp;Имя</translation>
    </message>
    <message>
        <location filename="../../forms/office_user.ui" line="12"/>
        <source>First and last name</source>
        <translation>Имя и фамилия</translation>
    </message>
    <message>
        <location filename="../../forms/office_user.ui" line="13"/>
        <source>&amp;Role</source>
        <translation>&amp;Роль</translation>
    </message>
    <message>
        <location filename="../../forms/office_user.ui" line="15"/>
        <source>&amp;Team of</source>
        <translation>&amp;Команда</translation>
    </message>
    <message>
        <location filename="../../forms/office_user.ui" line="17"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../forms/office_user.ui" line="18"/>
        <source>&amp;Make a password and show it once</source>
        <translation>&amp;Создать пароль и показать один раз</translation>
    </message>
    <message>
        <location filename="../../forms/office_user.ui" line="21"/>
        <source>T&amp;ype the password:</source>
        <translation>&amp;Ввести пароль:</translation>
    </message>
    <message>
        <location filename="../../forms/office_user.ui" line="22"/>
        <source>at least 8 characters</source>
        <translation>не меньше 8 символов</translation>
    </message>
</context>
<context>
    <name>OverdueRequestsBand</name>
    <message>
        <location filename="../../crm_desktop/ui/planner/requests_band.py" line="37"/>
        <source>Double-click a request to open it</source>
        <translation>Двойной щелчок открывает обращение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/requests_band.py" line="51"/>
        <source>Overdue requests: %1</source>
        <translation>Просроченные обращения: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/requests_band.py" line="53"/>
        <source>Escalated to you: %1</source>
        <translation>Передано вам как руководителю: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/requests_band.py" line="59"/>
        <source>Was due %1</source>
        <translation>Срок был %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/requests_band.py" line="60"/>
        <source>Escalated to you as the head</source>
        <translation>Передано вам как руководителю</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/password.py" line="24"/>
        <source>Server password</source>
        <translation>Пароль сервера</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/password.py" line="26"/>
        <source>The server refused the password of %1. Type the current one.</source>
        <translation>Сервер не принял пароль пользователя %1. Введите действующий пароль.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/password.py" line="27"/>
        <source>The server %2 needs the password of %1 to sync.</source>
        <translation>Для синхронизации сервер %2 просит пароль пользователя %1.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/password.py" line="33"/>
        <source>It is kept in the system&apos;s password store.</source>
        <translation>Он будет сохранён в хранилище паролей системы.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/password.py" line="34"/>
        <source>This computer has no password store: the password is kept in memory until the program closes, and asked for again at the next start.</source>
        <translation>На этом компьютере нет хранилища паролей: пароль хранится в памяти до закрытия программы и будет запрошен снова при следующем запуске.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/password.py" line="40"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/password.py" line="41"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/password.py" line="42"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
</context>
<context>
    <name>PlannerView</name>
    <message>
        <location filename="../../crm_desktop/ui/planner/view.py" line="73"/>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/view.py" line="73"/>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/view.py" line="74"/>
        <source>Agenda</source>
        <translation>Список</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/view.py" line="83"/>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/view.py" line="85"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/view.py" line="88"/>
        <source>Next</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/view.py" line="92"/>
        <source>Quick add a task (Enter)</source>
        <translation>Быстро добавить задачу (Enter)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/view.py" line="93"/>
        <source>A task for the selected day: type its title and press Enter</source>
        <translation>Задача на выбранный день: введите название и нажмите Enter</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/view.py" line="132"/>
        <source>Dismiss</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/view.py" line="133"/>
        <source>Remove the selected item; it will not be proposed again</source>
        <translation>Убрать выбранное дело; больше оно предлагаться не будет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/view.py" line="135"/>
        <source>Backlog…</source>
        <translation>Отложенное…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/view.py" line="138"/>
        <source>How many items from the client cards a day holds; the rest wait in the backlog</source>
        <translation>Сколько дел из карточек клиентов помещается в день; остальные ждут в отложенных</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/view.py" line="142"/>
        <source>A day holds up to</source>
        <translation>В день не больше</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/view.py" line="155"/>
        <source>&lt;b&gt;From the client cards&lt;/b&gt;</source>
        <translation>&lt;b&gt;Из карточек клиентов&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/view.py" line="161"/>
        <source>&lt;b&gt;Assignments&lt;/b&gt; (open / overdue)</source>
        <translation>&lt;b&gt;Поручения&lt;/b&gt; (открыто / просрочено)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/view.py" line="272"/>
        <source>Nothing from the client cards for this day.</source>
        <translation>На этот день из карточек клиентов ничего нет.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/view.py" line="274"/>
        <source>The client cards fill today&apos;s list only.</source>
        <translation>Карточки клиентов заполняют только сегодняшний день.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/view.py" line="278"/>
        <source>Backlog (%1)…</source>
        <translation>Отложено (%1)…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/view.py" line="283"/>
        <source>%1: %2 open, %3 overdue</source>
        <translation>%1: открыто %2, просрочено %3</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/view.py" line="287"/>
        <source>No tasks assigned by someone else.</source>
        <translation>Поручений от других нет.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/view.py" line="305"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/view.py" line="305"/>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/view.py" line="317"/>
        <source>all day</source>
        <translation>весь день</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/view.py" line="323"/>
        <source>Nothing planned. Type a task in Quick add above, or double-click a time in the Day view.</source>
        <translation>Ничего не запланировано. Введите задачу в поле быстрого добавления выше или дважды щёлкните по времени в режиме «День».</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/view_actions.py" line="51"/>
        <source>New task</source>
        <translation>Новая задача</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/view_actions.py" line="55"/>
        <source>A task in the past?</source>
        <translation>Задача в прошлом?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/view_actions.py" line="56"/>
        <source>%1 has already passed. Create the task there anyway? It will be overdue at once.</source>
        <translation>%1 уже прошло. Всё равно создать задачу на это время? Она сразу будет просроченной.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/view_actions.py" line="59"/>
        <source>Create in the past</source>
        <translation>Создать в прошлом</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/view_actions.py" line="114"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/view_actions.py" line="115"/>
        <source>Done…</source>
        <translation>Выполнено…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/view_actions.py" line="117"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/view_actions.py" line="132"/>
        <source>Delete task</source>
        <translation>Удаление задачи</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/view_actions.py" line="135"/>
        <source>Task deleted. Ctrl+Z brings it back.</source>
        <translation>Задача удалена. Ctrl+Z вернёт её.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/preferences.py" line="18"/>
        <source>System</source>
        <translation>Системный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/preferences.py" line="79"/>
        <source>System (%1)</source>
        <translation>Системный (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/preferences.py" line="92"/>
        <source>&amp;Time zone</source>
        <translation>&amp;Часовой пояс</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/preferences.py" line="108"/>
        <source>Not a time zone: choose one from the list, e.g. Europe/Moscow</source>
        <translation>Это не часовой пояс: выберите из списка, например Europe/Moscow</translation>
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
    <message>
        <location filename="../../crm_desktop/ui/planner/day_limit.py" line="22"/>
        <source>Items from the client cards in your day; the rest wait in the planner&apos;s backlog</source>
        <translation>Сколько дел из карточек клиентов входит в ваш день; остальные ждут в отложенных планировщика</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/day_limit.py" line="25"/>
        <source>&amp;Day list: items a day</source>
        <translation>&amp;План дня: дел в день</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/telephony/preferences_part.py" line="17"/>
        <source>Empty: the system&apos;s dialer</source>
        <translation>Пусто: системная звонилка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/telephony/preferences_part.py" line="19"/>
        <source>The program that calls a number clicked in a card, e.g. “linphone-cli call {}”. {} is replaced by the number; without it the number is added last.</source>
        <translation>Программа, которая звонит по номеру, нажатому в карточке, например «linphone-cli call {}». Вместо {} подставляется номер; без {} номер добавляется в конец.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/telephony/preferences_part.py" line="23"/>
        <source>&amp;Softphone command</source>
        <translation>&amp;Команда софтфона</translation>
    </message>
</context>
<context>
    <name>Priority</name>
    <message>
        <location filename="../../crm_desktop/ui/planner/task_dialog.py" line="49"/>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/task_dialog.py" line="50"/>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/task_dialog.py" line="51"/>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
</context>
<context>
    <name>ProductDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/products/dialog.py" line="29"/>
        <source>Enter the name (up to 300 characters)</source>
        <translation>Введите название (до 300 символов)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/dialog.py" line="30"/>
        <source>At most 100 characters</source>
        <translation>Не больше 100 символов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/dialog.py" line="31"/>
        <source>At most 20 characters</source>
        <translation>Не больше 20 символов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/dialog.py" line="32"/>
        <source>Enter a price such as 1 500,00 (not negative)</source>
        <translation>Введите цену, например 1 500,00 (не отрицательную)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/dialog.py" line="33"/>
        <source>A three-letter currency code such as RUB</source>
        <translation>Трёхбуквенный код валюты, например RUB</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/dialog.py" line="34"/>
        <source>A percent from 0 to 100</source>
        <translation>Процент от 0 до 100</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/dialog.py" line="59"/>
        <source>Edit product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/dialog.py" line="59"/>
        <source>New product</source>
        <translation>Новый товар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/dialog.py" line="162"/>
        <source>Discard changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/dialog.py" line="163"/>
        <source>The product has unsaved changes. Discard them?</source>
        <translation>В товаре есть несохранённые изменения. Отменить их?</translation>
    </message>
    <message>
        <location filename="../../forms/product_dialog.ui" line="6"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../forms/product_dialog.ui" line="11"/>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../forms/product_dialog.ui" line="12"/>
        <source>e.g. Office chair</source>
        <translation>например: кресло офисное</translation>
    </message>
    <message>
        <location filename="../../forms/product_dialog.ui" line="13"/>
        <source>&amp;SKU</source>
        <translation>&amp;Артикул</translation>
    </message>
    <message>
        <location filename="../../forms/product_dialog.ui" line="14"/>
        <source>optional article code</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <location filename="../../forms/product_dialog.ui" line="15"/>
        <source>&amp;Unit</source>
        <translation>&amp;Единица</translation>
    </message>
    <message>
        <location filename="../../forms/product_dialog.ui" line="17"/>
        <source>&amp;Price</source>
        <translation>&amp;Цена</translation>
    </message>
    <message>
        <location filename="../../forms/product_dialog.ui" line="18"/>
        <source>1 500,00</source>
        <translation>1 500,00</translation>
    </message>
    <message>
        <location filename="../../forms/product_dialog.ui" line="19"/>
        <source>&amp;Currency</source>
        <translation>&amp;Валюта</translation>
    </message>
    <message>
        <location filename="../../forms/product_dialog.ui" line="21"/>
        <source>&amp;VAT %</source>
        <translation>&amp;НДС %</translation>
    </message>
    <message>
        <location filename="../../forms/product_dialog.ui" line="23"/>
        <source>&amp;Description</source>
        <translation>&amp;Описание</translation>
    </message>
    <message>
        <location filename="../../forms/product_dialog.ui" line="25"/>
        <source>In the &amp;catalogue</source>
        <translation>В &amp;каталоге</translation>
    </message>
    <message>
        <location filename="../../forms/product_dialog.ui" line="26"/>
        <source>offered in new deals (unchecked: archived)</source>
        <translation>предлагается в новых сделках (без галочки — в архиве)</translation>
    </message>
</context>
<context>
    <name>ProductModel</name>
    <message>
        <location filename="../../crm_desktop/ui/products/view.py" line="47"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/view.py" line="47"/>
        <source>SKU</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/view.py" line="47"/>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/view.py" line="47"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/view.py" line="48"/>
        <source>VAT %</source>
        <translation>НДС %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/view.py" line="48"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/view.py" line="69"/>
        <source>in the catalogue</source>
        <translation>в каталоге</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/view.py" line="69"/>
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
</context>
<context>
    <name>ProductsView</name>
    <message>
        <location filename="../../crm_desktop/ui/products/view.py" line="116"/>
        <source>+ Product</source>
        <translation>+ Товар</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/view.py" line="118"/>
        <source>New product or service (Ctrl+Shift+P)</source>
        <translation>Новый товар или услуга (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/view.py" line="122"/>
        <source>Find by name or SKU…</source>
        <translation>Найти по названию или артикулу…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/view.py" line="127"/>
        <source>Show archived</source>
        <translation>Показать архив</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/view.py" line="129"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/view.py" line="131"/>
        <location filename="../../crm_desktop/ui/products/view.py" line="214"/>
        <source>Archive</source>
        <translation>В архив</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/view.py" line="132"/>
        <source>Archive or return to the catalogue (Del)</source>
        <translation>В архив или обратно в каталог (Del)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/view.py" line="191"/>
        <source>No products match “%1”.</source>
        <translation>Нет товаров по запросу «%1».</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/view.py" line="195"/>
        <source>The catalogue is empty. Add the products and services you sell with “+ Product”: deals then take their name, price, unit and VAT from here.</source>
        <translation>Каталог пуст. Добавьте товары и услуги, которые продаёте, кнопкой «+ Товар»: сделки будут брать отсюда название, цену, единицу и НДС.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/view.py" line="199"/>
        <source>Products: %1</source>
        <translation>Товаров: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/view.py" line="212"/>
        <source>Return to the catalogue</source>
        <translation>Вернуть в каталог</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/view.py" line="228"/>
        <source>Archive “%1”</source>
        <translation>В архив «%1»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/view.py" line="228"/>
        <source>Return “%1”</source>
        <translation>Вернуть «%1»</translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message>
        <location filename="../../crm_desktop/ui/reasons/__init__.py" line="36"/>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="33"/>
        <source>At most %1 characters (now %2)</source>
        <translation>Не больше %1 символов (сейчас %2)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/__init__.py" line="38"/>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="34"/>
        <source>At most %1 characters</source>
        <translation>Не больше %1 символов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/__init__.py" line="40"/>
        <source>Contains a control character (%1)</source>
        <translation>Содержит управляющий символ (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/__init__.py" line="42"/>
        <source>Contains characters that are not valid text</source>
        <translation>Содержит недопустимые символы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/__init__.py" line="43"/>
        <source>Must be text</source>
        <translation>Нужен текст</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/__init__.py" line="44"/>
        <source>Must be a list of texts</source>
        <translation>Нужен список значений</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/__init__.py" line="45"/>
        <source>At most %1 entries</source>
        <translation>Не больше %1 значений</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/__init__.py" line="46"/>
        <source>Must be a finite number</source>
        <translation>Нужно конечное число</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/__init__.py" line="47"/>
        <source>Must be a whole number</source>
        <translation>Нужно целое число</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/__init__.py" line="48"/>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="58"/>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="59"/>
        <source>Must be from %1 to %2</source>
        <translation>Нужно число от %1 до %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/__init__.py" line="49"/>
        <location filename="../../crm_desktop/ui/reasons/__init__.py" line="50"/>
        <location filename="../../crm_desktop/ui/reasons/__init__.py" line="130"/>
        <source>Not a date</source>
        <translation>Это не дата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/__init__.py" line="51"/>
        <source>Not a record of this database</source>
        <translation>Такой записи в базе нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/__init__.py" line="53"/>
        <source>Please enter the company&apos;s name</source>
        <translation>Введите название компании</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/__init__.py" line="55"/>
        <source>Please enter a last or a first name</source>
        <translation>Введите фамилию или имя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/__init__.py" line="56"/>
        <source>This date is in the future</source>
        <translation>Эта дата ещё не наступила</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/__init__.py" line="57"/>
        <source>This date is before 1900</source>
        <translation>Дата раньше 1900 года</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/__init__.py" line="59"/>
        <source>«%1» is not a valid INN (10 or 12 digits with check digits)</source>
        <translation>«%1» — неверный ИНН (10 или 12 цифр с контрольными)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/__init__.py" line="62"/>
        <source>«%1» is not a phone number</source>
        <translation>«%1» — это не номер телефона</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/__init__.py" line="64"/>
        <source>«%1» is not a valid phone number</source>
        <translation>«%1» — неверный номер телефона</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/__init__.py" line="66"/>
        <source>«%1» is not a valid email address</source>
        <translation>«%1» — неверный адрес почты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/__init__.py" line="68"/>
        <source>«%1» is not a day and month</source>
        <translation>«%1» — это не день и месяц</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/__init__.py" line="70"/>
        <source>«%1» is not a known time zone (e.g. Europe/Moscow)</source>
        <translation>«%1» — неизвестный часовой пояс (например, Europe/Moscow)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/__init__.py" line="72"/>
        <source>This record does not exist (any more)</source>
        <translation>Такой записи нет (возможно, её удалили)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/__init__.py" line="74"/>
        <source>«%1» was merged into «%2» afterwards; undo that merge first</source>
        <translation>«%1» потом объединили с «%2»; сначала отмените то объединение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/__init__.py" line="77"/>
        <source>«%1» was deleted after the merge; restore it first</source>
        <translation>«%1» удалили после объединения; сначала восстановите запись</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/__init__.py" line="79"/>
        <source>«%1» was restored or changed after the merge, so undoing it would not give back what was there</source>
        <translation>«%1» восстановили или изменили после объединения: отмена не вернула бы всё как было</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/__init__.py" line="82"/>
        <source>The record of this merge is damaged, so it cannot be undone exactly</source>
        <translation>Запись об этом объединении повреждена: точно отменить его нельзя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/__init__.py" line="85"/>
        <source>This merge was already undone</source>
        <translation>Это объединение уже отменено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/__init__.py" line="86"/>
        <source>This merge does not exist</source>
        <translation>Такого объединения нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/__init__.py" line="88"/>
        <source>A record cannot be merged into itself</source>
        <translation>Запись нельзя объединить саму с собой</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="12"/>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="14"/>
        <source>«%1» is not a kind of client</source>
        <translation>«%1» — не вид клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="15"/>
        <source>«%1» is not a date</source>
        <translation>«%1» — не дата</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="16"/>
        <source>«%1» is not a number</source>
        <translation>«%1» — не число</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="18"/>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="20"/>
        <source>«%1» is not a currency code (three letters, e.g. RUB)</source>
        <translation>«%1» — не код валюты (три буквы, например RUB)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="21"/>
        <source>«%1» is not an amount</source>
        <translation>«%1» — не сумма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="23"/>
        <source>«%2» is not one of the allowed values</source>
        <translation>«%2» — недопустимое значение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="24"/>
        <source>«%1» is not one of the allowed values</source>
        <translation>«%1» — недопустимое значение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="26"/>
        <source>Choose one of the offered values</source>
        <translation>Выберите одно из предложенных значений</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="28"/>
        <source>«%1»: the document language must be Russian or English</source>
        <translation>«%1»: язык документа — русский или английский</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="29"/>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="85"/>
        <source>Must not be empty</source>
        <translation>Заполните это поле</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="30"/>
        <source>Must be a number</source>
        <translation>Должно быть числом</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="31"/>
        <source>At most 50 values</source>
        <translation>Не больше 50 значений</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="35"/>
        <source>At least %1 characters</source>
        <translation>Не меньше %1 символов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="37"/>
        <source>Contains a control character (U+%1)</source>
        <translation>Содержит управляющий символ (U+%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="39"/>
        <source>Contains bytes that are not text in the file&apos;s encoding (shown as �); fix them and save the file as UTF-8</source>
        <translation>Содержит байты, которые не являются текстом в кодировке файла (показаны как �); исправьте их и сохраните файл в UTF-8</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="43"/>
        <source>No control characters (line breaks, tabs)</source>
        <translation>Без управляющих символов (переносов строк, табуляций)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="44"/>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="45"/>
        <source>Not a number</source>
        <translation>Не число</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="46"/>
        <source>The number is too large</source>
        <translation>Слишком большое число</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="47"/>
        <source>%1 is more than %2</source>
        <translation>%1 — больше, чем %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="49"/>
        <source>At most three digits after the decimal mark</source>
        <translation>Не больше трёх знаков после запятой</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="51"/>
        <source>Must be a whole number from %1 to %2</source>
        <translation>Целое число от %1 до %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="53"/>
        <source>Must be a whole percent from 0 to 100</source>
        <translation>Целое число процентов от 0 до 100</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="55"/>
        <source>Must be from 0 minutes to two weeks</source>
        <translation>От 0 минут до двух недель</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="57"/>
        <source>Must be from an hour to a year</source>
        <translation>От часа до года</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="60"/>
        <source>Must not be negative</source>
        <translation>Не может быть отрицательным</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="62"/>
        <source>Needs a date and a time</source>
        <translation>Нужны дата и время</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="63"/>
        <source>Enter an amount</source>
        <translation>Введите сумму</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="64"/>
        <source>The amount is not a number</source>
        <translation>Сумма — не число</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="67"/>
        <source>The amount must not be negative</source>
        <translation>Сумма не может быть отрицательной</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="69"/>
        <source>The amount is not in a form the program accepts</source>
        <translation>Сумма записана в виде, который программа не принимает</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="70"/>
        <source>Enter an email address</source>
        <translation>Введите адрес электронной почты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="71"/>
        <source>Enter a phone number</source>
        <translation>Введите номер телефона</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="73"/>
        <source>Not a requisite of our company</source>
        <translation>Такого реквизита у нашей компании нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="74"/>
        <source>There is no such field</source>
        <translation>Такого поля нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="75"/>
        <source>This user does not exist</source>
        <translation>Такого пользователя нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="77"/>
        <source>This record no longer exists (it was deleted or merged)</source>
        <translation>Этой записи больше нет (её удалили или объединили с другой)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="79"/>
        <source>The values the edit started from are missing</source>
        <translation>Нет значений, с которых началось изменение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="87"/>
        <source>Not a valid INN (10 or 12 digits with check digits)</source>
        <translation>Неверный ИНН (10 или 12 цифр с контрольными цифрами)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="89"/>
        <source>An individual entrepreneur has no KPP</source>
        <translation>У индивидуального предпринимателя нет КПП</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="91"/>
        <source>Must be 9 characters: 4 digits, 2 digits or letters, 3 digits</source>
        <translation>9 знаков: 4 цифры, 2 цифры или буквы, 3 цифры</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="94"/>
        <source>Not a valid OGRN (13 or 15 digits with a check digit)</source>
        <translation>Неверный ОГРН (13 или 15 цифр с контрольной цифрой)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="96"/>
        <source>Must be 9 digits starting with 04</source>
        <translation>9 цифр, начиная с 04</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="97"/>
        <source>Must be 20 digits</source>
        <translation>20 цифр</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="98"/>
        <source>Must start with %1</source>
        <translation>Должен начинаться с %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="100"/>
        <source>Enter the BIC: the account is checked against it</source>
        <translation>Введите БИК: по нему проверяется счёт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="102"/>
        <source>Does not match the BIC (wrong check digit)</source>
        <translation>Не сходится с БИК (неверная контрольная цифра)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/funnel.py" line="12"/>
        <source>Choose a pipeline</source>
        <translation>Выберите воронку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/funnel.py" line="14"/>
        <source>A stage belongs to a pipeline: choose one</source>
        <translation>Этап принадлежит воронке: выберите её</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/funnel.py" line="16"/>
        <source>A stage cannot move to another pipeline</source>
        <translation>Этап нельзя перенести в другую воронку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/funnel.py" line="17"/>
        <source>The pipeline has no stages</source>
        <translation>В воронке нет этапов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/funnel.py" line="19"/>
        <source>The stage belongs to another pipeline</source>
        <translation>Этап относится к другой воронке</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/funnel.py" line="20"/>
        <source>Say why the deal was lost</source>
        <translation>Укажите, почему сделка проиграна</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/funnel.py" line="22"/>
        <source>The deal has items priced in its currency: remove them to change it</source>
        <translation>В сделке есть позиции в её валюте: удалите их, чтобы сменить валюту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/funnel.py" line="25"/>
        <source>List every stage of the pipeline once</source>
        <translation>Перечислите каждый этап воронки один раз</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/funnel.py" line="26"/>
        <source>An item belongs to a deal</source>
        <translation>Позиция должна относиться к сделке</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/funnel.py" line="28"/>
        <source>The product is priced in %1, the deal in %2</source>
        <translation>Цена товара в %1, а сделка в %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/funnel.py" line="29"/>
        <source>The total is too large</source>
        <translation>Слишком большая сумма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/funnel.py" line="31"/>
        <source>The database has no sales pipeline; create one first</source>
        <translation>В базе нет воронки продаж; сначала создайте её</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/funnel.py" line="34"/>
        <source>There is no pipeline «%1» (pipelines: %2)</source>
        <translation>Нет воронки «%1» (воронки: %2)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/funnel.py" line="36"/>
        <source>There is no stage «%1» (stages: %2); add it, or allow new stages in the import</source>
        <translation>Нет этапа «%1» (этапы: %2); добавьте его или разрешите новые этапы при импорте</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/funnel.py" line="43"/>
        <source>Choose source or manager</source>
        <translation>Выберите источник или менеджера</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/funnel.py" line="44"/>
        <source>There is no such figure</source>
        <translation>Такого показателя нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/funnel.py" line="45"/>
        <source>A plan cannot be negative</source>
        <translation>План не может быть отрицательным</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/funnel.py" line="47"/>
        <source>The plan ends before it starts</source>
        <translation>План заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/funnel.py" line="49"/>
        <source>The period ends before it starts</source>
        <translation>Период заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/funnel.py" line="51"/>
        <source>Give both the start and the end of the period</source>
        <translation>Укажите и начало, и конец периода</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/funnel.py" line="53"/>
        <source>A and B together must not exceed 100 %</source>
        <translation>A и B вместе — не больше 100 %</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/funnel.py" line="55"/>
        <source>The Y limit must not be below the X limit</source>
        <translation>Граница Y не может быть ниже границы X</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/planner.py" line="13"/>
        <source>Choose how the contact happened (call, email, meeting…)</source>
        <translation>Выберите, как прошёл контакт (звонок, письмо, встреча…)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/planner.py" line="15"/>
        <source>Link the entry to a client, a person or a deal</source>
        <translation>Привяжите запись к клиенту, человеку или сделке</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/planner.py" line="17"/>
        <source>Tasks are not available here</source>
        <translation>Задачи здесь недоступны</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/planner.py" line="19"/>
        <source>Choose one of the reminder times</source>
        <translation>Выберите одно из времён напоминания</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/planner.py" line="21"/>
        <source>Only tasks the planner proposed can be dismissed</source>
        <translation>Отклонить можно только задачи, предложенные планировщиком</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/planner.py" line="23"/>
        <source>This task is already closed</source>
        <translation>Эта задача уже закрыта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/planner.py" line="25"/>
        <source>Snooze for at least a minute</source>
        <translation>Отложите хотя бы на минуту</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/planner.py" line="27"/>
        <source>The day limit must be from 1 to %1</source>
        <translation>Дневной лимит — от 1 до %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/planner.py" line="29"/>
        <source>This item is no longer in the backlog</source>
        <translation>Этого пункта уже нет в очереди</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/planner.py" line="31"/>
        <source>You may see only your own tasks and your team&apos;s</source>
        <translation>Вам видны только ваши задачи и задачи вашей команды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/planner.py" line="33"/>
        <source>You can assign tasks only to your team</source>
        <translation>Ставить задачи можно только своей команде</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/planner.py" line="34"/>
        <source>The event has no start</source>
        <translation>У события нет начала</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/planner.py" line="35"/>
        <source>The event has no title</source>
        <translation>У события нет названия</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="108"/>
        <source>Choose two records to merge</source>
        <translation>Выберите две записи для объединения</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="111"/>
        <source>This field cannot be taken in a merge</source>
        <translation>Это поле нельзя взять при объединении</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="113"/>
        <source>The fields to take are not given correctly</source>
        <translation>Поля для объединения указаны неверно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/clients.py" line="115"/>
        <source>A record of this merge no longer exists</source>
        <translation>Одной из записей этого объединения больше нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="12"/>
        <source>There is no template «%1»</source>
        <translation>Нет шаблона «%1»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="15"/>
        <source>The template «%1» is not a .docx file</source>
        <translation>Шаблон «%1» — не файл .docx</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="17"/>
        <source>The template «%1» cannot be read (a damaged file?)</source>
        <translation>Шаблон «%1» не читается (файл повреждён?)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="19"/>
        <source>The template «%1» has an unknown placeholder (%2)</source>
        <translation>В шаблоне «%1» неизвестное поле (%2)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="21"/>
        <source>The template «%1» has unknown placeholders: %2</source>
        <translation>В шаблоне «%1» неизвестные поля: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="23"/>
        <source>The template «%1» has a mistake in its fields</source>
        <translation>В полях шаблона «%1» ошибка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="25"/>
        <source>The template took longer than %1 s to fill (a loop too large?); nothing was written</source>
        <translation>Шаблон заполнялся дольше %1 с (слишком большой цикл?); ничего не записано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="32"/>
        <source>Give a file name</source>
        <translation>Укажите имя файла</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="34"/>
        <source>The file name contains a NUL character</source>
        <translation>В имени файла есть символ NUL</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="35"/>
        <source>The folder %1 does not exist</source>
        <translation>Папки %1 нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="38"/>
        <source>The folder %1 is not writable</source>
        <translation>В папку %1 нельзя записывать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="40"/>
        <source>The folder %1 is read-only; the database needs to write beside its file</source>
        <translation>Папка %1 только для чтения; базе нужно записывать рядом со своим файлом</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="43"/>
        <source>%1 already exists; choose a new file name</source>
        <translation>%1 уже есть; выберите новое имя файла</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="45"/>
        <source>%1 cannot be read (check its permissions)</source>
        <translation>%1 не читается (проверьте права доступа)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="47"/>
        <source>%1: byte %2 is not valid %3 text</source>
        <translation>%1: байт %2 — не текст в кодировке %3</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="48"/>
        <source>%1, line %2: the CSV file cannot be read</source>
        <translation>%1, строка %2: файл CSV не читается</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="50"/>
        <source>%1 cannot be read</source>
        <translation>%1 не читается</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="51"/>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="54"/>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="55"/>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="58"/>
        <source>%1 is a folder; give a file name</source>
        <translation>%1 — папка; укажите имя файла</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="59"/>
        <source>%1 is not a folder</source>
        <translation>%1 — не папка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="61"/>
        <source>%1 is read-only; make it writable or copy it elsewhere</source>
        <translation>%1 только для чтения; разрешите запись или скопируйте файл в другое место</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="62"/>
        <source>%1 is read-only</source>
        <translation>%1 только для чтения</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="63"/>
        <source>%1 is empty (0 bytes)</source>
        <translation>%1 пуст (0 байт)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="64"/>
        <source>%1 holds no rows</source>
        <translation>В %1 нет строк</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="66"/>
        <source>%1 holds no events or to-dos</source>
        <translation>В %1 нет событий и дел</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="68"/>
        <source>%1 holds no contact cards (vCard)</source>
        <translation>В %1 нет карточек контактов (vCard)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="70"/>
        <source>%1 is not an iCalendar file</source>
        <translation>%1 — не файл календаря (iCalendar)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="72"/>
        <source>%1 is not a text file</source>
        <translation>%1 — не текстовый файл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="74"/>
        <source>%1 is a workbook or a document, not text; give it its real extension (.xlsx)</source>
        <translation>%1 — книга или документ, а не текст; дайте файлу настоящее расширение (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="77"/>
        <source>%1 is an old Excel 97–2003 (.xls) file renamed to .xlsx; open it in Excel and save it as .xlsx</source>
        <translation>%1 — старый файл Excel 97–2003 (.xls), переименованный в .xlsx; откройте его в Excel и сохраните как .xlsx</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="81"/>
        <source>%1 is an old Excel 97–2003 file; save it as .xlsx or .csv and import that</source>
        <translation>%1 — старый файл Excel 97–2003; сохраните его как .xlsx или .csv и импортируйте</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="84"/>
        <source>%1 is not a readable .xlsx file</source>
        <translation>%1 — не читаемый файл .xlsx</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="86"/>
        <source>%1: choose a file of type .xlsx, .csv or .vcf</source>
        <translation>%1: выберите файл .xlsx, .csv или .vcf</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="88"/>
        <source>%1 has no sheet «%2» (sheets: %3)</source>
        <translation>В %1 нет листа «%2» (листы: %3)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="89"/>
        <source>There is no field «%2»</source>
        <translation>Нет поля «%2»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="91"/>
        <source>The file has no column with the company name; choose it among the columns (%1)</source>
        <translation>В файле нет столбца с названием компании; выберите его среди столбцов (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="94"/>
        <source>The file has no column with the deal title; choose it among the columns (%1)</source>
        <translation>В файле нет столбца с названием сделки; выберите его среди столбцов (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="97"/>
        <source>The file has no column with the person&apos;s name; choose it among the columns (%1)</source>
        <translation>В файле нет столбца с именем человека; выберите его среди столбцов (%1)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="100"/>
        <source>A formula (%1) was saved without its value; open and save the file in a spreadsheet program</source>
        <translation>Формула (%1) сохранена без значения; откройте и сохраните файл в программе электронных таблиц</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="104"/>
        <source>Only companies, people or deals can be imported</source>
        <translation>Импортировать можно только компании, людей или сделки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="105"/>
        <source>This list cannot be exported</source>
        <translation>Этот список нельзя выгрузить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/documents.py" line="107"/>
        <source>Import cancelled; nothing was written</source>
        <translation>Импорт отменён; ничего не записано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/storage.py" line="13"/>
        <source>A backup must not overwrite the database itself; choose another file</source>
        <translation>Резервная копия не может перезаписать саму базу; выберите другой файл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/storage.py" line="16"/>
        <source>This is the database file itself; choose a backup file</source>
        <translation>Это сам файл базы; выберите файл резервной копии</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/storage.py" line="18"/>
        <source>The copy of %1 failed its check; nothing was replaced</source>
        <translation>Копия %1 не прошла проверку; ничего не заменено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/storage.py" line="20"/>
        <source>%1 is damaged; choose another backup</source>
        <translation>%1 повреждён; выберите другую резервную копию</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/storage.py" line="22"/>
        <source>%1 is empty, not a crm-desktop backup</source>
        <translation>%1 пуст — это не резервная копия crm-desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/storage.py" line="24"/>
        <source>%1 is a database of another program</source>
        <translation>%1 — база другой программы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/storage.py" line="26"/>
        <source>%1 is not a crm-desktop database</source>
        <translation>%1 — не база crm-desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/storage.py" line="29"/>
        <source>%1 cannot be read as a database; if it is yours, restore a backup (File → Restore from a backup)</source>
        <translation>%1 не читается как база; если это ваша база, восстановите резервную копию (Файл → Восстановить из резервной копии)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/storage.py" line="32"/>
        <source>%1 was written by a newer crm-desktop; update the application to open it</source>
        <translation>%1 записан более новой версией crm-desktop; обновите программу, чтобы открыть его</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/storage.py" line="36"/>
        <source>%1 is locked by another program (waited %2 s); close the other crm-desktop window or command and try again</source>
        <translation>%1 занят другой программой (ждали %2 с); закройте другое окно или команду crm-desktop и повторите</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/storage.py" line="40"/>
        <source>%1 is still open (another crm-desktop window or command); close it, then restore</source>
        <translation>%1 ещё открыт (другое окно или команда crm-desktop); закройте его, затем восстанавливайте</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/sync.py" line="13"/>
        <source>Enter the server, the database and the user</source>
        <translation>Укажите сервер, базу данных и пользователя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/sync.py" line="14"/>
        <source>No server is set up</source>
        <translation>Сервер не настроен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/sync.py" line="15"/>
        <source>Choose which value to keep</source>
        <translation>Выберите, какое значение оставить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/sync.py" line="16"/>
        <source>This conflict is no longer open</source>
        <translation>Этот конфликт уже решён</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/sync.py" line="18"/>
        <source>This conflict names no field of this program</source>
        <translation>В этом конфликте нет поля этой программы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/sync.py" line="20"/>
        <source>There is no password store on this computer; the password will be asked for at each sync</source>
        <translation>На этом компьютере нет хранилища паролей; пароль будет запрашиваться при каждой синхронизации</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/sync.py" line="24"/>
        <source>The server %1 cannot be reached; working offline</source>
        <translation>Сервер %1 недоступен; работа без связи</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/sync.py" line="26"/>
        <source>The server %1 did not answer in time; nothing was changed, the next sync retries</source>
        <translation>Сервер %1 не ответил вовремя; ничего не изменено, следующая синхронизация повторит</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/sync.py" line="30"/>
        <source>The server %1 refused the user name or password</source>
        <translation>Сервер %1 не принял имя пользователя или пароль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/sync.py" line="32"/>
        <source>This login is disabled on %1: ask the office&apos;s owner</source>
        <translation>Этот вход отключён на %1: обратитесь к владельцу офиса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/sync.py" line="34"/>
        <source>The secure connection to %1 failed: the server does not offer or accept it</source>
        <translation>Защищённое соединение с %1 не установлено: сервер его не предлагает или не принимает</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/sync.py" line="37"/>
        <source>The server address is not valid: check the server, port, database and user</source>
        <translation>Неверный адрес сервера: проверьте сервер, порт, базу данных и пользователя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/sync.py" line="40"/>
        <source>The server %1 answered with an error</source>
        <translation>Сервер %1 ответил ошибкой</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/sync.py" line="42"/>
        <source>This login may not do this on %1</source>
        <translation>Этому входу это не разрешено на %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/sync.py" line="44"/>
        <location filename="../../crm_desktop/ui/reasons/sync.py" line="48"/>
        <source>The secure-connection setting is not valid</source>
        <translation>Неверная настройка защищённого соединения</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/sync.py" line="50"/>
        <source>The server %1 is not set up for this version of crm-desktop (the office&apos;s owner runs “server init”)</source>
        <translation>Сервер %1 не подготовлен для этой версии crm-desktop (владелец офиса запускает «server init»)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/sync.py" line="54"/>
        <source>The server is not set up for this version of crm-desktop (the office&apos;s owner runs “server init”)</source>
        <translation>Сервер не подготовлен для этой версии crm-desktop (владелец офиса запускает «server init»)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/sync.py" line="59"/>
        <source>The server&apos;s data is newer than this program; update crm-desktop</source>
        <translation>Данные на сервере новее этой программы; обновите crm-desktop</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/sync.py" line="61"/>
        <source>Keep at least one day</source>
        <translation>Храните хотя бы один день</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/sync.py" line="64"/>
        <source>The server address must start with postgresql:// (for example postgresql://anna@server:5432/crm)</source>
        <translation>Адрес сервера должен начинаться с postgresql:// (например, postgresql://anna@server:5432/crm)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/sync.py" line="67"/>
        <source>The server&apos;s port must be a number from 1 to 65535</source>
        <translation>Порт сервера — число от 1 до 65535</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/sync.py" line="69"/>
        <source>The server address names no database (…/DATABASE at its end)</source>
        <translation>В адресе сервера нет базы данных (…/БАЗА в конце)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/sync.py" line="72"/>
        <source>The server&apos;s name has characters a host name cannot have</source>
        <translation>В имени сервера есть недопустимые символы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/sync.py" line="75"/>
        <source>The server address has a broken %-escape</source>
        <translation>В адресе сервера испорчена %-последовательность</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/sync.py" line="77"/>
        <source>The server address has a space or a control character</source>
        <translation>В адресе сервера есть пробел или управляющий символ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/sync.py" line="79"/>
        <source>The server address has a / ? # or @ in its user name or password: write them as %2F %3F %23 %40</source>
        <translation>В имени пользователя или пароле в адресе сервера есть / ? # или @: запишите их как %2F %3F %23 %40</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/sync.py" line="83"/>
        <source>The server address has an unclosed [ in its host</source>
        <translation>В адресе сервера не закрыта скобка [</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/sync.py" line="85"/>
        <source>The options after ? in the server address cannot be read</source>
        <translation>Параметры после ? в адресе сервера не читаются</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/sync.py" line="89"/>
        <source>There is no password store on this computer: the password is kept until the program closes and asked for again at the next start</source>
        <translation>На этом компьютере нет хранилища паролей: пароль хранится до закрытия программы и будет запрошен при следующем запуске</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/office.py" line="12"/>
        <source>A user needs a name</source>
        <translation>Укажите имя пользователя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/office.py" line="14"/>
        <source>The office&apos;s owner has switched exports off for managers</source>
        <translation>Владелец офиса запретил менеджерам выгрузку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/office.py" line="17"/>
        <source>Only the office&apos;s owner can allow or forbid exports for managers</source>
        <translation>Разрешать или запрещать выгрузку менеджерам может только владелец офиса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/office.py" line="20"/>
        <source>A request has no such field</source>
        <translation>У обращения нет такого поля</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/office.py" line="21"/>
        <source>Write the comment first</source>
        <translation>Сначала напишите комментарий</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/office.py" line="23"/>
        <source>Choose a person or a department</source>
        <translation>Выберите человека или отдел</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/office.py" line="25"/>
        <source>A request needs a client (a company or a person)</source>
        <translation>У обращения должен быть клиент (компания или человек)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/office.py" line="27"/>
        <source>The request cannot move to this state from its present one</source>
        <translation>Обращение нельзя перевести в это состояние из текущего</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/office.py" line="30"/>
        <source>Only a resolved or closed request can be reopened</source>
        <translation>Снова открыть можно только решённое или закрытое обращение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/office.py" line="32"/>
        <source>Reopen the request before handing it over</source>
        <translation>Сначала снова откройте обращение, затем передавайте</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/automation_mail_marketing.py" line="13"/>
        <source>«%1» is not an action</source>
        <translation>«%1» — не действие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/automation_mail_marketing.py" line="15"/>
        <source>The rule needs a name</source>
        <translation>Дайте правилу название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/automation_mail_marketing.py" line="17"/>
        <source>This field cannot be set by a rule</source>
        <translation>Это поле нельзя менять правилом</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/automation_mail_marketing.py" line="19"/>
        <source>A rule needs at least one action</source>
        <translation>У правила должно быть хотя бы одно действие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/automation_mail_marketing.py" line="21"/>
        <source>The trigger has no such parameter</source>
        <translation>У этого события нет такого параметра</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/automation_mail_marketing.py" line="23"/>
        <source>Days must be a whole number</source>
        <translation>Дни — целое число</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/automation_mail_marketing.py" line="25"/>
        <source>A condition needs a field and an operator</source>
        <translation>Условию нужны поле и операция</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/automation_mail_marketing.py" line="27"/>
        <source>The record has no such field</source>
        <translation>У записи нет такого поля</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/automation_mail_marketing.py" line="29"/>
        <source>A task needs a title</source>
        <translation>Дайте задаче название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/automation_mail_marketing.py" line="31"/>
        <source>A notice needs a text</source>
        <translation>Напишите текст уведомления</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/automation_mail_marketing.py" line="33"/>
        <source>Enter the IMAP server</source>
        <translation>Укажите сервер IMAP</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/automation_mail_marketing.py" line="35"/>
        <source>Choose the encryption: SSL, STARTTLS or none</source>
        <translation>Выберите шифрование: SSL, STARTTLS или без него</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/automation_mail_marketing.py" line="37"/>
        <source>Enter at least one address</source>
        <translation>Укажите хотя бы один адрес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/automation_mail_marketing.py" line="39"/>
        <source>Enter the subject</source>
        <translation>Укажите тему</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/automation_mail_marketing.py" line="41"/>
        <source>The port is a number from 1 to 65535</source>
        <translation>Порт — число от 1 до 65535</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/automation_mail_marketing.py" line="43"/>
        <source>%1 is not a file</source>
        <translation>%1 — не файл</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/automation_mail_marketing.py" line="45"/>
        <source>The campaign ends before it starts</source>
        <translation>Кампания заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/automation_mail_marketing.py" line="47"/>
        <source>«%1» is not a company, a person or a deal</source>
        <translation>«%1» — не компания, не человек и не сделка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/automation_mail_marketing.py" line="49"/>
        <source>The form gave neither a name nor a company</source>
        <translation>В форме нет ни имени, ни компании</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/automation_mail_marketing.py" line="51"/>
        <source>Already the code of “%1”</source>
        <translation>Уже код «%1»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/automation_mail_marketing.py" line="53"/>
        <source>Does not exist</source>
        <translation>Не существует</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/automation_mail_marketing.py" line="55"/>
        <source>Not a segment condition</source>
        <translation>Это не условие сегмента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/automation_mail_marketing.py" line="57"/>
        <source>Must be a list of values</source>
        <translation>Нужен список значений</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/automation_mail_marketing.py" line="59"/>
        <source>At most %1 values</source>
        <translation>Не больше %1 значений</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/automation_mail_marketing.py" line="61"/>
        <source>The maximum is below the minimum</source>
        <translation>Максимум меньше минимума</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/automation_mail_marketing.py" line="63"/>
        <source>Every value must be a non-empty text</source>
        <translation>Каждое значение — непустой текст</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/automation_mail_marketing.py" line="65"/>
        <source>Must be a text of at most 200 characters</source>
        <translation>Текст не длиннее 200 символов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/automation_mail_marketing.py" line="67"/>
        <source>Must be a list of field and value pairs</source>
        <translation>Нужен список пар «поле — значение»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/automation_mail_marketing.py" line="69"/>
        <source>Must be yes or no</source>
        <translation>Да или нет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/automation_mail_marketing.py" line="71"/>
        <source>Every pair needs a field and a value</source>
        <translation>В каждой паре нужны поле и значение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/automation_mail_marketing.py" line="73"/>
        <source>Choose all records or only your own</source>
        <translation>Выберите: все записи или только свои</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/automation_mail_marketing.py" line="75"/>
        <source>There is no pipeline for the deal</source>
        <translation>Для сделки нет воронки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/automation_mail_marketing.py" line="77"/>
        <source>«%1» is not a company or a person</source>
        <translation>«%1» — не компания и не человек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/automation_mail_marketing.py" line="79"/>
        <source>No mailbox is set up on this computer</source>
        <translation>На этом компьютере не настроен почтовый ящик</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/automation_mail_marketing.py" line="81"/>
        <source>The client has no email address</source>
        <translation>У клиента нет адреса почты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/automation_mail_marketing.py" line="83"/>
        <source>A letter needs a subject</source>
        <translation>Укажите тему письма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/automation_mail_marketing.py" line="85"/>
        <source>%1 cannot be read as a list of clients</source>
        <translation>%1 не читается как список клиентов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/automation_mail_marketing.py" line="87"/>
        <source>The first row names no column of phones, INN or names</source>
        <translation>В первой строке не назван ни столбец телефонов, ни ИНН, ни названий</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/automation_mail_marketing.py" line="90"/>
        <source>The file %1 (%2 MB) is larger than the %3 MB that travel between computers: open it on the computer that fetched or sent the letter</source>
        <translation>Файл %1 (%2 МБ) больше %3 МБ, которые передаются между компьютерами: откройте его на компьютере, который получил или отправил письмо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/automation_mail_marketing.py" line="94"/>
        <source>The file %1 is larger than %2 MB</source>
        <translation>Файл %1 больше %2 МБ</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/__init__.py" line="108"/>
        <source>%1 does not exist</source>
        <translation>%1 не существует</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/reasons/__init__.py" line="144"/>
        <source>This value or action is not accepted (the details are in the log)</source>
        <translation>Это значение или действие не принято (подробности — в журнале)</translation>
    </message>
</context>
<context>
    <name>Reminder</name>
    <message>
        <location filename="../../crm_desktop/ui/planner/task_dialog.py" line="37"/>
        <source>No reminder</source>
        <translation>Без напоминания</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/task_dialog.py" line="38"/>
        <source>At the due time</source>
        <translation>В момент начала</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/task_dialog.py" line="39"/>
        <source>5 minutes before</source>
        <translation>За 5 минут</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/task_dialog.py" line="40"/>
        <source>15 minutes before</source>
        <translation>За 15 минут</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/task_dialog.py" line="41"/>
        <source>30 minutes before</source>
        <translation>За 30 минут</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/task_dialog.py" line="42"/>
        <source>1 hour before</source>
        <translation>За 1 час</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/task_dialog.py" line="43"/>
        <source>1 day before</source>
        <translation>За 1 день</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/task_dialog.py" line="102"/>
        <source>The next step is in the past</source>
        <translation>Следующий шаг — в прошлом</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/task_dialog.py" line="103"/>
        <source>The date of the next step has already passed, so the task will be overdue at once. Check the date, or create it anyway.</source>
        <translation>Дата следующего шага уже прошла, и задача сразу будет просроченной. Проверьте дату или всё равно создайте задачу.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/task_dialog.py" line="106"/>
        <source>Create anyway</source>
        <translation>Всё равно создать</translation>
    </message>
</context>
<context>
    <name>ReminderArea</name>
    <message>
        <location filename="../../crm_desktop/ui/planner/reminders.py" line="98"/>
        <source>Snooze all %1 min</source>
        <translation>Отложить все на %1 мин</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/reminders.py" line="122"/>
        <source>&lt;b&gt;Reminders (%1)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Напоминания (%1)&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/reminders.py" line="124"/>
        <source>%1 more below; snooze or finish these first</source>
        <translation>Ещё %1 ниже; сначала отложите или завершите эти</translation>
    </message>
</context>
<context>
    <name>ReminderCenter</name>
    <message>
        <location filename="../../crm_desktop/ui/planner/reminders.py" line="198"/>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
</context>
<context>
    <name>ReminderRow</name>
    <message>
        <location filename="../../crm_desktop/ui/planner/reminders.py" line="49"/>
        <source>Snooze %1 min</source>
        <translation>Отложить на %1 мин</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/reminders.py" line="52"/>
        <source>Snooze</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/reminders.py" line="57"/>
        <source>for %1 min</source>
        <translation>на %1 мин</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/reminders.py" line="58"/>
        <source>for %1 h</source>
        <translation>на %1 ч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/reminders.py" line="59"/>
        <source>until tomorrow</source>
        <translation>до завтра</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/reminders.py" line="62"/>
        <source>Open card</source>
        <translation>Открыть карточку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/reminders.py" line="65"/>
        <source>Done…</source>
        <translation>Выполнено…</translation>
    </message>
</context>
<context>
    <name>ReportModel</name>
    <message>
        <location filename="../../crm_desktop/ui/service/report_view.py" line="91"/>
        <source>Requests</source>
        <translation>Обращений</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/report_view.py" line="91"/>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/report_view.py" line="91"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/report_view.py" line="92"/>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/report_view.py" line="92"/>
        <source>In time</source>
        <translation>В срок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/report_view.py" line="92"/>
        <source>Avg. hours</source>
        <translation>Ср. часов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/report_view.py" line="116"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/report_view.py" line="133"/>
        <source>Double-click to list these requests</source>
        <translation>Двойной щелчок — список этих обращений</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/service/dialogs.py" line="31"/>
        <source>New service request</source>
        <translation>Новое обращение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/dialogs.py" line="37"/>
        <source>Register</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/dialogs.py" line="38"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/service/dialogs.py" line="83"/>
        <source>Due in %n hour(s) from now (the service level of this priority).</source>
        <translation>
            <numerusform>Срок — через %n час (норматив этого приоритета).</numerusform>
            <numerusform>Срок — через %n часа (норматив этого приоритета).</numerusform>
            <numerusform>Срок — через %n часов (норматив этого приоритета).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/dialogs.py" line="127"/>
        <source>Enter the subject</source>
        <translation>Введите тему</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/dialogs.py" line="131"/>
        <source>Choose the client: pick a company or a person from the list</source>
        <translation>Выберите клиента: компанию или контакт из списка</translation>
    </message>
</context>
<context>
    <name>RequestPanel</name>
    <message>
        <location filename="../../crm_desktop/ui/service/request_panel.py" line="53"/>
        <source>Open the client</source>
        <translation>Открыть клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/request_panel.py" line="58"/>
        <source>Take in work</source>
        <translation>Взять в работу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/request_panel.py" line="58"/>
        <source>Wait for the client</source>
        <translation>Ждём клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/request_panel.py" line="59"/>
        <location filename="../../crm_desktop/ui/service/request_panel.py" line="141"/>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/request_panel.py" line="59"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/request_panel.py" line="60"/>
        <source>Reopen</source>
        <translation>Открыть заново</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/request_panel.py" line="60"/>
        <source>Hand over…</source>
        <translation>Передать…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/request_panel.py" line="68"/>
        <source>A comment, a question to the client, what was done…</source>
        <translation>Комментарий, вопрос клиенту, что сделано…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/request_panel.py" line="72"/>
        <source>Add comment</source>
        <translation>Добавить комментарий</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/request_panel.py" line="73"/>
        <source>Add the comment to the history (Ctrl+Enter)</source>
        <translation>Добавить комментарий в историю (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/request_panel.py" line="81"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/request_panel.py" line="117"/>
        <source>Choose a request in the list</source>
        <translation>Выберите обращение в списке</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/request_panel.py" line="126"/>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/request_panel.py" line="131"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/request_panel.py" line="132"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/request_panel.py" line="133"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/request_panel.py" line="134"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/request_panel.py" line="135"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/request_panel.py" line="136"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/request_panel.py" line="137"/>
        <source>Opened</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/request_panel.py" line="138"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/request_panel.py" line="143"/>
        <source>Reopened</source>
        <translation>Открыто заново</translation>
    </message>
</context>
<context>
    <name>RequestWindow</name>
    <message>
        <location filename="../../crm_desktop/ui/service/request_panel.py" line="239"/>
        <source>Service request</source>
        <translation>Обращение</translation>
    </message>
</context>
<context>
    <name>RequestsModel</name>
    <message>
        <location filename="../../crm_desktop/ui/service/model.py" line="26"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/model.py" line="26"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/model.py" line="26"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/model.py" line="27"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/model.py" line="27"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/model.py" line="27"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/model.py" line="28"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/model.py" line="28"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/model.py" line="72"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
</context>
<context>
    <name>RequestsView</name>
    <message>
        <location filename="../../crm_desktop/ui/service/view.py" line="70"/>
        <source>+ Request</source>
        <translation>+ Обращение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/view.py" line="72"/>
        <source>Register a service request (Ctrl+Shift+R)</source>
        <translation>Зарегистрировать обращение (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/view.py" line="76"/>
        <source>Find by number, subject, client…</source>
        <translation>Поиск по номеру, теме, клиенту…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/view.py" line="82"/>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/view.py" line="83"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/view.py" line="88"/>
        <source>Any priority</source>
        <translation>Любой приоритет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/view.py" line="92"/>
        <source>Overdue only</source>
        <translation>Только просроченные</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/view.py" line="94"/>
        <source>Report…</source>
        <translation>Отчёт…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/view.py" line="96"/>
        <source>Service levels…</source>
        <translation>Сроки…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/view.py" line="196"/>
        <source>No requests match the filters.</source>
        <translation>Нет обращений по этим условиям.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/view.py" line="199"/>
        <source>No open requests. Register one with “+ Request” when a client calls or writes.</source>
        <translation>Открытых обращений нет. Когда клиент позвонит или напишет, зарегистрируйте обращение кнопкой «+ Обращение».</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/view.py" line="201"/>
        <source>Requests: %1</source>
        <translation>Обращений: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/view.py" line="231"/>
        <source>All requests</source>
        <translation>Все обращения</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/view.py" line="232"/>
        <source>Mine</source>
        <translation>Мои</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/view.py" line="234"/>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/view.py" line="236"/>
        <source>People</source>
        <translation>Сотрудники</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/view.py" line="241"/>
        <source>Departments</source>
        <translation>Отделы</translation>
    </message>
</context>
<context>
    <name>RequisitesDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/requisites.py" line="25"/>
        <source>Enter the name customers know</source>
        <translation>Введите название, под которым вас знают клиенты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/requisites.py" line="26"/>
        <source>Not a valid INN: 10 digits for a company, 12 for an entrepreneur</source>
        <translation>Неверный ИНН: 10 цифр у организации, 12 у ИП</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/requisites.py" line="28"/>
        <source>KPP has 9 characters (an entrepreneur has none)</source>
        <translation>КПП — 9 символов (у ИП КПП нет)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/requisites.py" line="30"/>
        <source>Not a valid OGRN: 13 digits, or 15 for an entrepreneur</source>
        <translation>Неверный ОГРН: 13 цифр, у ИП — 15</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/requisites.py" line="32"/>
        <source>A BIC has 9 digits and starts with 04</source>
        <translation>БИК — 9 цифр, начинается с 04</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/requisites.py" line="33"/>
        <source>20 digits that match the BIC (check the account and the BIC)</source>
        <translation>20 цифр, согласованных с БИК (проверьте счёт и БИК)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/requisites.py" line="35"/>
        <source>20 digits starting with 301 that match the BIC</source>
        <translation>20 цифр, начинается с 301, согласован с БИК</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/requisites.py" line="37"/>
        <source>Not an email address</source>
        <translation>Это не адрес электронной почты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/requisites.py" line="39"/>
        <source>Too long</source>
        <translation>Слишком длинно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/requisites.py" line="113"/>
        <source>Company details saved</source>
        <translation>Реквизиты сохранены</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/requisites.py" line="129"/>
        <source>Discard changes?</source>
        <translation>Отменить изменения?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/requisites.py" line="130"/>
        <source>The details have unsaved changes. Discard them?</source>
        <translation>Есть несохранённые изменения реквизитов. Отменить их?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/requisites.py" line="142"/>
        <source>Our company&apos;s details…</source>
        <translation>Реквизиты нашей компании…</translation>
    </message>
    <message>
        <location filename="../../forms/requisites.ui" line="6"/>
        <source>Our company&apos;s details</source>
        <translation>Реквизиты нашей компании</translation>
    </message>
    <message>
        <location filename="../../forms/requisites.ui" line="8"/>
        <source>Invoices, contracts and acts print these details. INN, OGRN and the accounts are checked as you type.</source>
        <translation>Эти реквизиты печатаются в счетах, договорах и актах. ИНН, ОГРН и счета проверяются при вводе.</translation>
    </message>
    <message>
        <location filename="../../forms/requisites.ui" line="11"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location filename="../../forms/requisites.ui" line="13"/>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../forms/requisites.ui" line="14"/>
        <source>as customers know it</source>
        <translation>как вас знают клиенты</translation>
    </message>
    <message>
        <location filename="../../forms/requisites.ui" line="15"/>
        <source>&amp;Legal name</source>
        <translation>&amp;Полное наименование</translation>
    </message>
    <message>
        <location filename="../../forms/requisites.ui" line="16"/>
        <source>ООО «Вектор»</source>
        <translation>ООО «Вектор»</translation>
    </message>
    <message>
        <location filename="../../forms/requisites.ui" line="17"/>
        <source>&amp;INN</source>
        <translation>&amp;ИНН</translation>
    </message>
    <message>
        <location filename="../../forms/requisites.ui" line="18"/>
        <source>10 or 12 digits</source>
        <translation>10 или 12 цифр</translation>
    </message>
    <message>
        <location filename="../../forms/requisites.ui" line="19"/>
        <source>&amp;KPP</source>
        <translation>&amp;КПП</translation>
    </message>
    <message>
        <location filename="../../forms/requisites.ui" line="20"/>
        <source>9 characters</source>
        <translation>9 символов</translation>
    </message>
    <message>
        <location filename="../../forms/requisites.ui" line="21"/>
        <source>&amp;OGRN</source>
        <translation>&amp;ОГРН</translation>
    </message>
    <message>
        <location filename="../../forms/requisites.ui" line="22"/>
        <source>13 or 15 digits</source>
        <translation>13 или 15 цифр</translation>
    </message>
    <message>
        <location filename="../../forms/requisites.ui" line="23"/>
        <source>&amp;Address</source>
        <translation>&amp;Адрес</translation>
    </message>
    <message>
        <location filename="../../forms/requisites.ui" line="25"/>
        <source>&amp;Phone</source>
        <translation>&amp;Телефон</translation>
    </message>
    <message>
        <location filename="../../forms/requisites.ui" line="27"/>
        <source>&amp;Email</source>
        <translation>&amp;Эл. почта</translation>
    </message>
    <message>
        <location filename="../../forms/requisites.ui" line="30"/>
        <source>Bank and signature</source>
        <translation>Банк и подпись</translation>
    </message>
    <message>
        <location filename="../../forms/requisites.ui" line="32"/>
        <source>&amp;Bank</source>
        <translation>&amp;Банк</translation>
    </message>
    <message>
        <location filename="../../forms/requisites.ui" line="33"/>
        <source>e.g. ПАО Сбербанк, Москва</source>
        <translation>например: ПАО Сбербанк, Москва</translation>
    </message>
    <message>
        <location filename="../../forms/requisites.ui" line="34"/>
        <source>&amp;BIC</source>
        <translation>Б&amp;ИК</translation>
    </message>
    <message>
        <location filename="../../forms/requisites.ui" line="35"/>
        <source>9 digits</source>
        <translation>9 цифр</translation>
    </message>
    <message>
        <location filename="../../forms/requisites.ui" line="36"/>
        <source>&amp;Account</source>
        <translation>&amp;Расчётный счёт</translation>
    </message>
    <message>
        <location filename="../../forms/requisites.ui" line="37"/>
        <location filename="../../forms/requisites.ui" line="39"/>
        <source>20 digits</source>
        <translation>20 цифр</translation>
    </message>
    <message>
        <location filename="../../forms/requisites.ui" line="38"/>
        <source>C&amp;orr. account</source>
        <translation>&amp;Корр. счёт</translation>
    </message>
    <message>
        <location filename="../../forms/requisites.ui" line="40"/>
        <source>&amp;Director</source>
        <translation>&amp;Руководитель</translation>
    </message>
    <message>
        <location filename="../../forms/requisites.ui" line="41"/>
        <source>who signs: name</source>
        <translation>кто подписывает: ФИО</translation>
    </message>
    <message>
        <location filename="../../forms/requisites.ui" line="42"/>
        <source>&amp;Signature line</source>
        <translation>&amp;Строка подписи</translation>
    </message>
    <message>
        <location filename="../../forms/requisites.ui" line="43"/>
        <source>e.g. Director ____ P. P. Petrov</source>
        <translation>например: Генеральный директор ____ П. П. Петров</translation>
    </message>
</context>
<context>
    <name>ReturnModel</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaign_models.py" line="44"/>
        <source>Campaign</source>
        <translation>Кампания</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaign_models.py" line="44"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaign_models.py" line="45"/>
        <source>Lead source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaign_models.py" line="46"/>
        <source>Cost</source>
        <translation>Затраты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaign_models.py" line="46"/>
        <source>Leads</source>
        <translation>Лиды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaign_models.py" line="46"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaign_models.py" line="47"/>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaign_models.py" line="47"/>
        <source>Revenue</source>
        <translation>Выручка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaign_models.py" line="47"/>
        <source>Per lead</source>
        <translation>За лид</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaign_models.py" line="48"/>
        <source>Per won deal</source>
        <translation>За выигр. сделку</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaign_models.py" line="48"/>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaign_models.py" line="67"/>
        <source>(no source)</source>
        <translation>(без источника)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/campaign_models.py" line="94"/>
        <source>Enter or double-click: the clients or deals behind the figure</source>
        <translation>Enter или двойной щелчок — клиенты или сделки за этой цифрой</translation>
    </message>
</context>
<context>
    <name>RulesView</name>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="71"/>
        <source>+ Rule</source>
        <translation>+ Правило</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="74"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="83"/>
        <source>A ticked rule is on. Rules run where the change is made, in the same save; date rules on the laptop of the responsible person.</source>
        <translation>Отмеченное правило включено. Правило срабатывает там, где сделано изменение, в том же сохранении; правила по датам — на компьютере ответственного.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="99"/>
        <source>any stage chosen above</source>
        <translation>этап, выбранный выше</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="100"/>
        <source>any won stage</source>
        <translation>любой этап «выиграна»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="101"/>
        <source>any lost stage</source>
        <translation>любой этап «проиграна»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="103"/>
        <source>any channel</source>
        <translation>любой канал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="109"/>
        <source>outcome contains… (optional)</source>
        <translation>результат содержит… (необязательно)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="110"/>
        <source>only the client&apos;s first of this channel</source>
        <translation>только первый такой контакт с клиентом</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="116"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="119"/>
        <source>— no condition —</source>
        <translation>— без условия —</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="128"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="129"/>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="211"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="135"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="136"/>
        <source>Or</source>
        <translation>Или</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="137"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="138"/>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="212"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="139"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="139"/>
        <source>Days</source>
        <translation>Дни</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="141"/>
        <source>If</source>
        <translation>Если</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="150"/>
        <source>e.g. Issue the invoice: {title} — {client}, {title}, {number}, {subject} fill in</source>
        <translation>например: Выставить счёт: {title} — подставляются {client}, {title}, {number}, {subject}</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="154"/>
        <source> days after</source>
        <translation> дн. спустя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="156"/>
        <source>Add action</source>
        <translation>Добавить действие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="158"/>
        <source>Remove action</source>
        <translation>Убрать действие</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="161"/>
        <source>Do</source>
        <translation>Сделать</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="162"/>
        <source>Text or value</source>
        <translation>Текст или значение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="163"/>
        <source>For</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="164"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="165"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="172"/>
        <source>Then</source>
        <translation>То</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="177"/>
        <source>The rule is on</source>
        <translation>Правило включено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="178"/>
        <source>Save rule</source>
        <translation>Сохранить правило</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="187"/>
        <source>What would happen?</source>
        <translation>Что произойдёт?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="192"/>
        <source>Try on</source>
        <translation>Проверить на</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="211"/>
        <source>Rule</source>
        <translation>Правило</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="212"/>
        <source>What was done</source>
        <translation>Что сделано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="219"/>
        <source>Log of runs</source>
        <translation>Журнал срабатываний</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="276"/>
        <source>— any —</source>
        <translation>— любой —</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="304"/>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="304"/>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_editor.py" line="177"/>
        <source>New rule</source>
        <translation>Новое правило</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="345"/>
        <source>Save the rule and choose a record first.</source>
        <translation>Сначала сохраните правило и выберите запись.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="352"/>
        <source>The rule would run:</source>
        <translation>Правило сработает:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/rules_view.py" line="355"/>
        <source>The rule would not run for this record:</source>
        <translation>Для этой записи правило не сработает:</translation>
    </message>
</context>
<context>
    <name>SegmentDialog</name>
    <message>
        <location filename="../../forms/marketing_segment.ui" line="6"/>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_segment.ui" line="11"/>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_segment.ui" line="12"/>
        <source>e.g. Regular wholesale buyers in Moscow</source>
        <translation>например, постоянные оптовики в Москве</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_segment.ui" line="13"/>
        <source>&amp;Who</source>
        <translation>&amp;Кто</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segment_dialog.py" line="22"/>
        <source>Enter the name (up to 200 characters)</source>
        <translation>Введите название (до 200 символов)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segment_dialog.py" line="23"/>
        <source>Enter an amount such as 150 000</source>
        <translation>Введите сумму, например 150 000</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segment_dialog.py" line="24"/>
        <source>Enter an amount such as 150 000, not below the first</source>
        <translation>Введите сумму, например 150 000, не меньше первой</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segment_dialog.py" line="26"/>
        <source>A three-letter currency code such as RUB</source>
        <translation>Трёхбуквенный код валюты, например RUB</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segment_dialog.py" line="27"/>
        <source>At most 200 tags of up to 300 characters</source>
        <translation>Не больше 200 меток до 300 символов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segment_dialog.py" line="28"/>
        <source>At most 200 sources of up to 300 characters</source>
        <translation>Не больше 200 источников до 300 символов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segment_dialog.py" line="30"/>
        <source>At most 200 characters</source>
        <translation>Не больше 200 символов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segment_dialog.py" line="31"/>
        <source>At most 200 industries of up to 300 characters</source>
        <translation>Не больше 200 отраслей, каждая до 300 символов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segment_dialog.py" line="33"/>
        <source>Write each as field = value, separated by semicolons</source>
        <translation>Пишите каждое как поле = значение, через точку с запятой</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segment_dialog.py" line="66"/>
        <source>Edit segment</source>
        <translation>Изменить сегмент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segment_dialog.py" line="66"/>
        <source>New segment</source>
        <translation>Новый сегмент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segment_dialog.py" line="67"/>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segment_dialog.py" line="68"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segment_dialog.py" line="70"/>
        <source>within the last</source>
        <translation>был за последние</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segment_dialog.py" line="71"/>
        <source>none for</source>
        <translation>не было</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segment_dialog.py" line="73"/>
        <source>has open deals</source>
        <translation>есть открытые сделки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segment_dialog.py" line="74"/>
        <source>has no open deals</source>
        <translation>нет открытых сделок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segment_dialog.py" line="75"/>
        <source>anyone</source>
        <translation>любой</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segment_dialog.py" line="118"/>
        <source>Any; several separated by commas</source>
        <translation>Любая; несколько — через запятую</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segment_dialog.py" line="121"/>
        <source>e.g. OKVED = 25.1; Size = large</source>
        <translation>например, ОКВЭД = 25.1; Размер = крупный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segment_dialog.py" line="126"/>
        <source>&amp;Industry</source>
        <translation>&amp;Отрасль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segment_dialog.py" line="127"/>
        <source>C&amp;ustom fields</source>
        <translation>&amp;Доп. поля</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segment_dialog.py" line="128"/>
        <source>Has a deal in s&amp;tage</source>
        <translation>Есть сделка на &amp;этапе</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segment_dialog.py" line="193"/>
        <source>Company type (of their company)</source>
        <translation>Тип компании (их компании)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segment_dialog.py" line="194"/>
        <location filename="../../forms/marketing_segment.ui" line="15"/>
        <source>Company type</source>
        <translation>Тип компании</translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/marketing/segment_dialog.py" line="251"/>
        <source>Matches %n people</source>
        <translation>
            <numerusform>Подходит %n человек</numerusform>
            <numerusform>Подходят %n человека</numerusform>
            <numerusform>Подходят %n человек</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../crm_desktop/ui/marketing/segment_dialog.py" line="252"/>
        <source>Matches %n companies</source>
        <translation>
            <numerusform>Подходит %n компания</numerusform>
            <numerusform>Подходят %n компании</numerusform>
            <numerusform>Подходят %n компаний</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../forms/marketing_segment.ui" line="18"/>
        <source>client</source>
        <translation>клиент</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_segment.ui" line="19"/>
        <source>prospect</source>
        <translation>потенциальный</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_segment.ui" line="20"/>
        <source>partner</source>
        <translation>партнёр</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_segment.ui" line="21"/>
        <source>supplier</source>
        <translation>поставщик</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_segment.ui" line="25"/>
        <source>&amp;Tags (any of)</source>
        <translation>&amp;Метки (любая из)</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_segment.ui" line="26"/>
        <location filename="../../forms/marketing_segment.ui" line="28"/>
        <source>separated by commas</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_segment.ui" line="27"/>
        <source>&amp;Lead sources</source>
        <translation>&amp;Источники</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_segment.ui" line="29"/>
        <source>&amp;Responsible</source>
        <translation>&amp;Ответственный</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_segment.ui" line="31"/>
        <source>&amp;City or region</source>
        <translation>&amp;Город или регион</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_segment.ui" line="32"/>
        <source>found in the address</source>
        <translation>ищется в адресе</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_segment.ui" line="33"/>
        <source>&amp;Last contact</source>
        <translation>Последний &amp;контакт</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_segment.ui" line="37"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_segment.ui" line="40"/>
        <source>&amp;Won, from</source>
        <translation>&amp;Выиграно, от</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segment_dialog.py" line="69"/>
        <location filename="../../crm_desktop/ui/marketing/segment_dialog.py" line="72"/>
        <location filename="../../crm_desktop/ui/marketing/segment_dialog.py" line="76"/>
        <location filename="../../crm_desktop/ui/marketing/segment_dialog.py" line="124"/>
        <location filename="../../forms/marketing_segment.ui" line="43"/>
        <location filename="../../forms/marketing_segment.ui" line="45"/>
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_segment.ui" line="44"/>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_segment.ui" line="47"/>
        <source>in </source>
        <translation>за </translation>
    </message>
    <message>
        <location filename="../../forms/marketing_segment.ui" line="47"/>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_segment.ui" line="50"/>
        <source>&amp;Open deals</source>
        <translation>&amp;Открытые сделки</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_segment.ui" line="52"/>
        <source>ABC class</source>
        <translation>Класс ABC</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_segment.ui" line="58"/>
        <source>no purchases</source>
        <translation>без покупок</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_segment.ui" line="62"/>
        <source>XYZ class</source>
        <translation>Класс XYZ</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_segment.ui" line="68"/>
        <source>no class</source>
        <translation>без класса</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_segment.ui" line="72"/>
        <source>C&amp;ampaign</source>
        <translation>К&amp;ампания</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_segment.ui" line="75"/>
        <source>include archived clients</source>
        <translation>включая клиентов в архиве</translation>
    </message>
    <message>
        <location filename="../../forms/marketing_segment.ui" line="76"/>
        <source>N&amp;otes</source>
        <translation>&amp;Заметки</translation>
    </message>
</context>
<context>
    <name>SegmentFilterBox</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/list_filter.py" line="29"/>
        <source>Only the clients of a saved marketing segment</source>
        <translation>Только клиенты сохранённого сегмента маркетинга</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/list_filter.py" line="32"/>
        <source>Any saved segment</source>
        <translation>Любой сохранённый сегмент</translation>
    </message>
</context>
<context>
    <name>SegmentsView</name>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments_view.py" line="146"/>
        <source>+ Segment</source>
        <translation>+ Сегмент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments_view.py" line="149"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments_view.py" line="151"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments_view.py" line="152"/>
        <source>Delete the segment (Del); Ctrl+Z brings it back</source>
        <translation>Удалить сегмент (Del); Ctrl+Z вернёт его</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments_view.py" line="154"/>
        <source>Export to Excel…</source>
        <translation>Выгрузить в Excel…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments_view.py" line="181"/>
        <source>A segment is a saved filter: companies or people by type, tags, lead source, responsible, city, last contact, won amount, open deals, ABC/XYZ class or campaign. Its list is always current. Create one with “+ Segment”.</source>
        <translation>Сегмент — сохранённый фильтр: компании или люди по типу, меткам, источнику, ответственному, городу, последнему контакту, сумме выигранных сделок, открытым сделкам, классу ABC/XYZ или кампании. Его список всегда актуален. Создайте сегмент кнопкой «+ Сегмент».</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments_view.py" line="224"/>
        <source>companies</source>
        <translation>компаний</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments_view.py" line="224"/>
        <source>people</source>
        <translation>человек</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments_view.py" line="265"/>
        <source>Companies</source>
        <translation>Компании</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments_view.py" line="265"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments_view.py" line="266"/>
        <source>%1 in “%2”: %3</source>
        <translation>%1 в «%2»: %3</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments_view.py" line="288"/>
        <source>Delete segment “%1”</source>
        <translation>Удаление сегмента «%1»</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments_view.py" line="295"/>
        <source>Export to Excel</source>
        <translation>Выгрузка в Excel</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments_view.py" line="302"/>
        <source>Created</source>
        <translation>Создан</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments_view.py" line="303"/>
        <source>Tax ID</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments_view.py" line="303"/>
        <source>Segment</source>
        <translation>Сегмент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments_view.py" line="304"/>
        <source>Industry</source>
        <translation>Отрасль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/segments_view.py" line="308"/>
        <source>Exported to %1</source>
        <translation>Выгружено в %1</translation>
    </message>
</context>
<context>
    <name>Service</name>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="10"/>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="11"/>
        <source>In work</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="12"/>
        <source>Waiting for the client</source>
        <translation>Ждём клиента</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="13"/>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="14"/>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="17"/>
        <source>Low</source>
        <translation>Низкий</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="18"/>
        <source>Normal</source>
        <translation>Обычный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="19"/>
        <source>High</source>
        <translation>Высокий</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="20"/>
        <source>Urgent</source>
        <translation>Срочный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="23"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="24"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="25"/>
        <source>Web form</source>
        <translation>Веб-форма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="26"/>
        <source>Visit</source>
        <translation>Визит</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="29"/>
        <source>Registered</source>
        <translation>Зарегистрировано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="30"/>
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="31"/>
        <source>Handed over</source>
        <translation>Передано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="32"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="33"/>
        <source>Reopened</source>
        <translation>Открыто заново</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="34"/>
        <source>Overdue, escalated to the head</source>
        <translation>Просрочено, передано руководителю</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="38"/>
        <source>Enter the subject</source>
        <translation>Введите тему</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="39"/>
        <source>Choose the client: pick a company or a person from the list</source>
        <translation>Выберите клиента: компанию или контакт из списка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="41"/>
        <source>Choose a person or a department</source>
        <translation>Выберите сотрудника или отдел</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="43"/>
        <location filename="../../crm_desktop/ui/service/request_panel.py" line="224"/>
        <source>Write the comment first</source>
        <translation>Сначала напишите комментарий</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="44"/>
        <source>Reopen the request before handing it over</source>
        <translation>Сначала откройте обращение заново, потом передавайте</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="46"/>
        <source>Only a resolved or closed request can be reopened</source>
        <translation>Открыть заново можно только решённое или закрытое обращение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="48"/>
        <source>Hours to resolve: from 1 hour to a year</source>
        <translation>Часы на решение: от 1 часа до года</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="50"/>
        <source>The period ends before it starts</source>
        <translation>Период заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/labels.py" line="81"/>
        <source>This status cannot be set now; a resolved or closed request is reopened first</source>
        <translation>Этот статус сейчас поставить нельзя; решённое или закрытое обращение сначала открывают заново</translation>
    </message>
</context>
<context>
    <name>ServiceHandoverDialog</name>
    <message>
        <location filename="../../forms/service_handover.ui" line="6"/>
        <source>Hand over the request</source>
        <translation>Передать обращение</translation>
    </message>
    <message>
        <location filename="../../forms/service_handover.ui" line="8"/>
        <source>Hand the request to a person or to a department. The receiver gets a reminder in the planner.</source>
        <translation>Передайте обращение сотруднику или отделу. Получатель увидит напоминание в планировщике.</translation>
    </message>
    <message>
        <location filename="../../forms/service_handover.ui" line="12"/>
        <source>&amp;Person</source>
        <translation>&amp;Сотрудник</translation>
    </message>
    <message>
        <location filename="../../forms/service_handover.ui" line="14"/>
        <source>&amp;Department</source>
        <translation>&amp;Отдел</translation>
    </message>
    <message>
        <location filename="../../forms/service_handover.ui" line="16"/>
        <source>&amp;Comment</source>
        <translation>&amp;Комментарий</translation>
    </message>
</context>
<context>
    <name>ServiceLetterDialog</name>
    <message>
        <location filename="../../forms/service_letter.ui" line="6"/>
        <source>New letter</source>
        <translation>Новое письмо</translation>
    </message>
    <message>
        <location filename="../../forms/service_letter.ui" line="11"/>
        <source>&amp;From</source>
        <translation>&amp;От</translation>
    </message>
    <message>
        <location filename="../../forms/service_letter.ui" line="13"/>
        <source>&amp;To</source>
        <translation>&amp;Кому</translation>
    </message>
    <message>
        <location filename="../../forms/service_letter.ui" line="14"/>
        <source>client@example.ru, several separated by commas</source>
        <translation>client@example.ru, несколько — через запятую</translation>
    </message>
    <message>
        <location filename="../../forms/service_letter.ui" line="15"/>
        <source>&amp;Subject</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <location filename="../../forms/service_letter.ui" line="17"/>
        <source>Attach&amp;ments</source>
        <translation>&amp;Вложения</translation>
    </message>
    <message>
        <location filename="../../forms/service_letter.ui" line="21"/>
        <source>Attach a file…</source>
        <translation>Приложить файл…</translation>
    </message>
</context>
<context>
    <name>ServiceMailboxDialog</name>
    <message>
        <location filename="../../forms/service_mailbox.ui" line="6"/>
        <source>Mailbox</source>
        <translation>Почтовый ящик</translation>
    </message>
    <message>
        <location filename="../../forms/service_mailbox.ui" line="11"/>
        <source>&amp;Address</source>
        <translation>&amp;Адрес</translation>
    </message>
    <message>
        <location filename="../../forms/service_mailbox.ui" line="12"/>
        <source>manager@company.ru</source>
        <translation>manager@company.ru</translation>
    </message>
    <message>
        <location filename="../../forms/service_mailbox.ui" line="13"/>
        <source>&amp;IMAP server</source>
        <translation>Сервер &amp;IMAP</translation>
    </message>
    <message>
        <location filename="../../forms/service_mailbox.ui" line="14"/>
        <source>imap.company.ru</source>
        <translation>imap.company.ru</translation>
    </message>
    <message>
        <location filename="../../forms/service_mailbox.ui" line="15"/>
        <source>IMAP &amp;port</source>
        <translation>&amp;Порт IMAP</translation>
    </message>
    <message>
        <location filename="../../forms/service_mailbox.ui" line="17"/>
        <source>secure connection (SSL/TLS)</source>
        <translation>защищённое соединение (SSL/TLS)</translation>
    </message>
    <message>
        <location filename="../../forms/service_mailbox.ui" line="18"/>
        <source>&amp;SMTP server</source>
        <translation>Сервер &amp;SMTP</translation>
    </message>
    <message>
        <location filename="../../forms/service_mailbox.ui" line="19"/>
        <source>smtp.company.ru</source>
        <translation>smtp.company.ru</translation>
    </message>
    <message>
        <location filename="../../forms/service_mailbox.ui" line="20"/>
        <source>SMTP p&amp;ort</source>
        <translation>П&amp;орт SMTP</translation>
    </message>
    <message>
        <location filename="../../forms/service_mailbox.ui" line="22"/>
        <source>S&amp;MTP security</source>
        <translation>&amp;Шифрование SMTP</translation>
    </message>
    <message>
        <location filename="../../forms/service_mailbox.ui" line="24"/>
        <source>&amp;Login</source>
        <translation>&amp;Логин</translation>
    </message>
    <message>
        <location filename="../../forms/service_mailbox.ui" line="25"/>
        <source>the address, if empty</source>
        <translation>адрес, если пусто</translation>
    </message>
    <message>
        <location filename="../../forms/service_mailbox.ui" line="26"/>
        <source>Pass&amp;word</source>
        <translation>Па&amp;роль</translation>
    </message>
    <message>
        <location filename="../../forms/service_mailbox.ui" line="27"/>
        <source>kept in the system&apos;s password store</source>
        <translation>хранится в системном хранилище паролей</translation>
    </message>
    <message>
        <location filename="../../forms/service_mailbox.ui" line="28"/>
        <source>Si&amp;gnature</source>
        <translation>По&amp;дпись</translation>
    </message>
</context>
<context>
    <name>ServiceReport</name>
    <message>
        <location filename="../../crm_desktop/ui/service/report_view.py" line="54"/>
        <source>Person</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/report_view.py" line="55"/>
        <source>Department</source>
        <translation>Отдел</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/report_view.py" line="56"/>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/report_view.py" line="57"/>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/report_view.py" line="58"/>
        <source>Requests</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/report_view.py" line="59"/>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/report_view.py" line="60"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/report_view.py" line="61"/>
        <source>Resolved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/report_view.py" line="62"/>
        <source>Resolved in time</source>
        <translation>Решено в срок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/report_view.py" line="63"/>
        <source>Average hours to resolve</source>
        <translation>Среднее время решения, ч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/report_view.py" line="64"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/report_view.py" line="65"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/report_view.py" line="66"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/report_view.py" line="67"/>
        <source>Responsible</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/report_view.py" line="68"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/report_view.py" line="69"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/report_view.py" line="70"/>
        <source>Opened</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/report_view.py" line="71"/>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/report_view.py" line="72"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
</context>
<context>
    <name>ServiceReportDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/service/report_view.py" line="151"/>
        <source>Service report</source>
        <translation>Отчёт по обращениям</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/report_view.py" line="160"/>
        <source>By person</source>
        <translation>По сотрудникам</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/report_view.py" line="161"/>
        <source>By department</source>
        <translation>По отделам</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/report_view.py" line="162"/>
        <source>By client</source>
        <translation>По клиентам</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/report_view.py" line="164"/>
        <source>Export to Excel…</source>
        <translation>Выгрузить в Excel…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/report_view.py" line="174"/>
        <source>Double-click a figure to see its requests.</source>
        <translation>Двойной щелчок по числу — список обращений.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/report_view.py" line="188"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/report_view.py" line="190"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/report_view.py" line="220"/>
        <source>No requests in this period.</source>
        <translation>За этот период обращений нет.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/report_view.py" line="240"/>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/report_view.py" line="242"/>
        <source>Requests</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/report_view.py" line="260"/>
        <source>Export the service report</source>
        <translation>Выгрузка отчёта по обращениям</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/report_view.py" line="261"/>
        <source>service-report.xlsx</source>
        <translation>отчёт-по-обращениям.xlsx</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/report_view.py" line="262"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/report_view.py" line="275"/>
        <source>Saved to %1</source>
        <translation>Сохранено: %1</translation>
    </message>
</context>
<context>
    <name>ServiceRequestDialog</name>
    <message>
        <location filename="../../forms/service_request.ui" line="6"/>
        <source>Service request</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../forms/service_request.ui" line="11"/>
        <source>&amp;Subject</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <location filename="../../forms/service_request.ui" line="12"/>
        <source>e.g. The invoice does not print</source>
        <translation>например: Не печатается счёт</translation>
    </message>
    <message>
        <location filename="../../forms/service_request.ui" line="13"/>
        <source>C&amp;lient</source>
        <translation>К&amp;лиент</translation>
    </message>
    <message>
        <location filename="../../forms/service_request.ui" line="14"/>
        <source>type a company or a person and pick from the list</source>
        <translation>начните вводить компанию или контакт и выберите из списка</translation>
    </message>
    <message>
        <location filename="../../forms/service_request.ui" line="15"/>
        <source>C&amp;hannel</source>
        <translation>&amp;Канал</translation>
    </message>
    <message>
        <location filename="../../forms/service_request.ui" line="17"/>
        <source>&amp;Priority</source>
        <translation>&amp;Приоритет</translation>
    </message>
    <message>
        <location filename="../../forms/service_request.ui" line="19"/>
        <source>&amp;Responsible</source>
        <translation>&amp;Ответственный</translation>
    </message>
    <message>
        <location filename="../../forms/service_request.ui" line="21"/>
        <source>&amp;Department</source>
        <translation>О&amp;тдел</translation>
    </message>
    <message>
        <location filename="../../forms/service_request.ui" line="23"/>
        <source>D&amp;escription</source>
        <translation>&amp;Описание</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <location filename="../../crm_desktop/ui/funnel/board_columns.py" line="153"/>
        <source>%1&lt;br&gt;&lt;span style=&apos;color:#64748b&apos;&gt;weighted %2 (%3%)&lt;/span&gt;</source>
        <translation>%1&lt;br&gt;&lt;span style=&apos;color:#64748b&apos;&gt;взвешенно %2 (%3%)&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/board_columns.py" line="159"/>
        <source>No deals at this stage. Drag one here or press Ctrl+→ on a deal.</source>
        <translation>На этом этапе нет сделок. Перетащите сделку сюда или нажмите на ней Ctrl+→.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/board_columns.py" line="176"/>
        <source>%1 d in stage</source>
        <translation>%1 дн. на этапе</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/board_columns.py" line="195"/>
        <source>Show %1 more</source>
        <translation>Показать ещё %1</translation>
    </message>
</context>
<context>
    <name>SyncCoordinator</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/coordinator.py" line="118"/>
        <source>Not syncing (no server)</source>
        <translation>Без синхронизации (нет сервера)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/coordinator.py" line="118"/>
        <source>Synced</source>
        <translation>Синхронизировано</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/coordinator.py" line="119"/>
        <source>%1 change(s) to sync</source>
        <translation>К отправке изменений: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/coordinator.py" line="120"/>
        <source>First sync pending</source>
        <translation>Ожидает первой синхронизации</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/coordinator.py" line="121"/>
        <source>Synced; %1</source>
        <translation>Синхронизировано; %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/coordinator.py" line="122"/>
        <source>Offline: working locally</source>
        <translation>Нет связи: работаем локально</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/coordinator.py" line="123"/>
        <source>Sync error: %1</source>
        <translation>Ошибка синхронизации: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/coordinator.py" line="129"/>
        <source>%1 change(s) not allowed were put back</source>
        <translation>возвращено неразрешённых изменений: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/coordinator.py" line="132"/>
        <source>%1 conflict(s) to look at</source>
        <translation>конфликтов для просмотра: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/coordinator.py" line="135"/>
        <source>%1 record(s) waiting</source>
        <translation>записей ждут: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/coordinator.py" line="144"/>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/coordinator.py" line="236"/>
        <source>Not syncing: the server needs a password (&quot;Sync now&quot; asks again)</source>
        <translation>Синхронизация остановлена: серверу нужен пароль («Синхронизировать» спросит снова)</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/coordinator.py" line="248"/>
        <source>Sync now</source>
        <translation>Синхронизировать</translation>
    </message>
</context>
<context>
    <name>SyncView</name>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="46"/>
        <location filename="../../crm_desktop/ui/sync/view.py" line="112"/>
        <source>kept in the system&apos;s password store</source>
        <translation>хранится в системном хранилище паролей</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="48"/>
        <source>When the server offers it</source>
        <translation>Если сервер предлагает</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="49"/>
        <source>Always (encrypted)</source>
        <translation>Всегда (шифрование)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="50"/>
        <source>Always, and check the server&apos;s certificate</source>
        <translation>Всегда, с проверкой сертификата сервера</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="51"/>
        <source>Never</source>
        <translation>Никогда</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="55"/>
        <source>Save and test the connection</source>
        <translation>Сохранить и проверить связь</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="59"/>
        <source>Host</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="59"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="60"/>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="60"/>
        <source>User</source>
        <translation>Пользователь</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="61"/>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="62"/>
        <source>Encryption</source>
        <translation>Шифрование</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="113"/>
        <source>no password store here: asked for once per start</source>
        <translation>хранилища паролей нет: спрашивается один раз при запуске</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="126"/>
        <source>a record</source>
        <translation>запись</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="128"/>
        <source>Possible duplicate: «%1» looks like another client; merge them in the clients list</source>
        <translation>Возможный дубль: «%1» похож на другого клиента; объедините их в списке клиентов</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="131"/>
        <source>«%1», %2: «%3» is in use; «%4» came from %5 on %6</source>
        <translation>«%1», %2: действует «%3»; «%4» пришло от %5, %6</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="134"/>
        <location filename="../../crm_desktop/ui/sync/view.py" line="142"/>
        <source>another computer</source>
        <translation>другого компьютера</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="147"/>
        <source>done</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="147"/>
        <source>offline</source>
        <translation>нет связи</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="148"/>
        <source>error</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="152"/>
        <source>%1 conflict(s) to look at</source>
        <translation>конфликтов для проверки: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="162"/>
        <source>Not allowed, put back</source>
        <translation>Не разрешено, значение возвращено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="162"/>
        <source>Refused by the server, sent again at each sync</source>
        <translation>Сервер не принял, отправляется при каждой синхронизации</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="163"/>
        <source>Waiting</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="168"/>
        <source>No conflicts: every change made here and on the other computers agrees.</source>
        <translation>Конфликтов нет: изменения здесь и на других компьютерах согласованы.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="175"/>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="175"/>
        <source>segment</source>
        <translation>сегмент</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="176"/>
        <source>phones</source>
        <translation>телефоны</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="176"/>
        <source>emails</source>
        <translation>эл. почта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="177"/>
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="177"/>
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="178"/>
        <source>responsible</source>
        <translation>ответственный</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="178"/>
        <source>deletion</source>
        <translation>удаление</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="179"/>
        <source>stage</source>
        <translation>этап</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="179"/>
        <source>amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="180"/>
        <source>title</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="180"/>
        <source>due time</source>
        <translation>срок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="181"/>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="181"/>
        <source>tax id</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="182"/>
        <source>first name</source>
        <translation>имя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="182"/>
        <source>last name</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="183"/>
        <source>position</source>
        <translation>должность</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="183"/>
        <source>website</source>
        <translation>сайт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="66"/>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="73"/>
        <source>Keep the value in use</source>
        <translation>Оставить текущее значение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="75"/>
        <source>Take the other value</source>
        <translation>Взять другое значение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="77"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="86"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="86"/>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="87"/>
        <source>Sent</source>
        <translation>Отправлено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="87"/>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="88"/>
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="90"/>
        <source>Sync log</source>
        <translation>Журнал синхронизации</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="140"/>
        <source>earlier: «%1» from %2 on %3</source>
        <translation>ранее: «%1» от %2, %3</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="204"/>
        <source>Connected: %1 change(s) sent, %2 received, %3 conflict(s).</source>
        <translation>Связь есть: отправлено изменений: %1, получено: %2, конфликтов: %3.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="208"/>
        <source>This computer has no password store: the password is kept in memory until the program closes, and asked for again at the next start.</source>
        <translation>На этом компьютере нет хранилища паролей: пароль хранится в памяти до закрытия программы и будет запрошен снова при следующем запуске.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/view.py" line="223"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/planner/task_dialog.py" line="127"/>
        <source>Choose the day</source>
        <translation>Выберите день</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/task_dialog.py" line="192"/>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/task_dialog.py" line="203"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/task_dialog.py" line="216"/>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/task_dialog.py" line="217"/>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/task_dialog.py" line="218"/>
        <source>When:</source>
        <translation>Когда:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/task_dialog.py" line="219"/>
        <source>Duration:</source>
        <translation>Длительность:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/task_dialog.py" line="220"/>
        <source>Reminder:</source>
        <translation>Напоминание:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/task_dialog.py" line="221"/>
        <source>Priority:</source>
        <translation>Приоритет:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/task_dialog.py" line="222"/>
        <source>Description:</source>
        <translation>Описание:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/task_dialog.py" line="253"/>
        <source>Name the task</source>
        <translation>Назовите задачу</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/task_dialog.py" line="266"/>
        <source>Edit task</source>
        <translation>Изменение задачи</translation>
    </message>
</context>
<context>
    <name>TaskKind</name>
    <message>
        <location filename="../../crm_desktop/ui/planner/task_dialog.py" line="45"/>
        <source>Call</source>
        <translation>Звонок</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/task_dialog.py" line="46"/>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/task_dialog.py" line="47"/>
        <source>Email</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/task_dialog.py" line="48"/>
        <source>To-do</source>
        <translation>Дело</translation>
    </message>
</context>
<context>
    <name>TimeGrid</name>
    <message>
        <location filename="../../crm_desktop/ui/planner/grid.py" line="47"/>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/grid.py" line="48"/>
        <source>All day</source>
        <translation>Весь день</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/grid.py" line="49"/>
        <source>+%1 more</source>
        <translation>ещё %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/grid.py" line="50"/>
        <source>Nothing planned. Double-click a time or drag over the hours to add a task, or type it in Quick add above.</source>
        <translation>Ничего не запланировано. Дважды щёлкните по времени или протяните мышью по часам, чтобы добавить задачу, или введите её в поле быстрого добавления выше.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/timeline.py" line="151"/>
        <source>Logged by %1</source>
        <translation>Записал(а): %1</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../crm_desktop/ui/clients/commands.py" line="56"/>
        <source>Undone: %1</source>
        <translation>Отменено: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/commands.py" line="57"/>
        <source>Redone: %1</source>
        <translation>Повторено: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/commands.py" line="64"/>
        <source>Could not undo «%1»: %2</source>
        <translation>Не удалось отменить «%1»: %2</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/clients/commands.py" line="65"/>
        <source>Could not redo «%1»: %2</source>
        <translation>Не удалось повторить «%1»: %2</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../crm_desktop/ui/products/dialog.py" line="22"/>
        <source>pcs</source>
        <translation>шт</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/dialog.py" line="22"/>
        <source>service</source>
        <translation>усл.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/dialog.py" line="23"/>
        <source>h</source>
        <translation>ч</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/dialog.py" line="23"/>
        <source>kg</source>
        <translation>кг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/dialog.py" line="24"/>
        <source>m</source>
        <translation>м</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/dialog.py" line="24"/>
        <source>m²</source>
        <translation>м²</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/dialog.py" line="25"/>
        <source>l</source>
        <translation>л</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/dialog.py" line="25"/>
        <source>set</source>
        <translation>компл.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/dialog.py" line="26"/>
        <source>pack</source>
        <translation>упак.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/dialog.py" line="26"/>
        <source>licence</source>
        <translation>лиц.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../crm_desktop/ui/office/user_dialog.py" line="86"/>
        <source>New user</source>
        <translation>Новый пользователь</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/user_dialog.py" line="87"/>
        <source>Role and team of %1</source>
        <translation>Роль и команда: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/user_dialog.py" line="94"/>
        <source>No team</source>
        <translation>Без команды</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/user_dialog.py" line="92"/>
        <source>My team</source>
        <translation>Моя команда</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/user_dialog.py" line="111"/>
        <source>Enter the person&apos;s name</source>
        <translation>Введите имя человека</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/user_dialog.py" line="114"/>
        <source>A password needs at least 8 characters</source>
        <translation>Пароль — не меньше 8 символов</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../crm_desktop/ui/office/user_dialog.py" line="36"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/user_dialog.py" line="36"/>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/user_dialog.py" line="36"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/user_dialog.py" line="36"/>
        <source>Team of</source>
        <translation>Команда</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/user_dialog.py" line="37"/>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/user_dialog.py" line="37"/>
        <source>Last sync</source>
        <translation>Последняя синхронизация</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/user_dialog.py" line="56"/>
        <source>disabled: cannot sync</source>
        <translation>отключён: не синхронизируется</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/user_dialog.py" line="56"/>
        <source>active</source>
        <translation>активен</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/user_dialog.py" line="57"/>
        <source>never</source>
        <translation>не было</translation>
    </message>
</context>
<context>
    <name>UsersView</name>
    <message>
        <location filename="../../crm_desktop/ui/office/users_view.py" line="51"/>
        <source>Users and rights</source>
        <translation>Пользователи и права</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/users_view.py" line="57"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/users_view.py" line="82"/>
        <source>Add a user…</source>
        <translation>Добавить пользователя…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/users_view.py" line="85"/>
        <source>Role and team…</source>
        <translation>Роль и команда…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/users_view.py" line="87"/>
        <source>Disable</source>
        <translation>Отключить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/users_view.py" line="89"/>
        <source>Enable</source>
        <translation>Включить</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/users_view.py" line="91"/>
        <source>New password…</source>
        <translation>Новый пароль…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/users_view.py" line="99"/>
        <source>Managers may export (lists, cards, calendars, analytics)</source>
        <translation>Менеджерам разрешена выгрузка (списки, карточки, календари, аналитика)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/users_view.py" line="106"/>
        <source>every client of the office</source>
        <translation>всех клиентов офиса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/users_view.py" line="107"/>
        <source>only their own clients (a head: the team&apos;s)</source>
        <translation>только своих клиентов (руководитель — своей команды)</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/users_view.py" line="111"/>
        <source>Managers see:</source>
        <translation>Менеджеры видят:</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/users_view.py" line="114"/>
        <source>Office settings</source>
        <translation>Настройки офиса</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/users_view.py" line="147"/>
        <source>Asking the server…</source>
        <translation>Запрашиваем сервер…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/users_view.py" line="175"/>
        <source>Every laptop follows this setting after its next sync.</source>
        <translation>Каждый ноутбук применит эту настройку после следующей синхронизации.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/users_view.py" line="176"/>
        <source>Only the office&apos;s owner changes this setting.</source>
        <translation>Эту настройку меняет только владелец офиса.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/users_view.py" line="186"/>
        <source>Saved: every laptop follows at its next sync (records come in or leave; nothing is deleted).</source>
        <translation>Сохранено: каждый компьютер применит это при следующей синхронизации (записи появятся или уйдут; ничего не удаляется).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/users_view.py" line="191"/>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/users_view.py" line="207"/>
        <source>Only the office&apos;s owner or a head manages users. You are signed in as %1 (%2): ask the owner to add a person, change a role or reset a password.</source>
        <translation>Пользователями управляют только владелец офиса или руководитель. Вы вошли как %1 (%2): чтобы добавить человека, сменить роль или пароль, обратитесь к владельцу.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/users_view.py" line="213"/>
        <source>This server cannot create or change logins: the role %1 that set it up lacks CREATEROLE. The server&apos;s administrator runs &quot;ALTER ROLE %1 CREATEROLE&quot; (or runs server init as a superuser).</source>
        <translation>Этот сервер не может создавать и менять логины: у роли %1, которая его настроила, нет права CREATEROLE. Администратор сервера выполняет «ALTER ROLE %1 CREATEROLE» (или запускает server init от имени суперпользователя).</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/users_view.py" line="218"/>
        <source>You are a head: you see your team, add managers to it, disable them and give them new passwords. The owner changes roles and teams.</source>
        <translation>Вы руководитель: вы видите свою команду, добавляете в неё менеджеров, отключаете их и выдаёте новые пароли. Роли и команды меняет владелец.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/users_view.py" line="287"/>
        <source>Adding the user…</source>
        <translation>Добавляем пользователя…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/users_view.py" line="298"/>
        <source>The login %1 may now sync with the password you typed.</source>
        <translation>Логин %1 теперь может синхронизироваться с введённым паролем.</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/users_view.py" line="183"/>
        <location filename="../../crm_desktop/ui/office/users_view.py" line="314"/>
        <location filename="../../crm_desktop/ui/office/users_view.py" line="334"/>
        <source>Saving…</source>
        <translation>Сохраняем…</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/users_view.py" line="326"/>
        <source>Disable %1</source>
        <translation>Отключить: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/users_view.py" line="327"/>
        <source>%1 will no longer be able to sync: their laptop stops syncing with a message at once. Their records stay. Disable the login?</source>
        <translation>%1 больше не сможет синхронизироваться: ноутбук сразу прекратит синхронизацию и покажет сообщение. Записи останутся. Отключить логин?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/users_view.py" line="341"/>
        <source>New password for %1</source>
        <translation>Новый пароль: %1</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/users_view.py" line="342"/>
        <source>A new password is made and shown once; the old one stops working. Continue?</source>
        <translation>Будет создан новый пароль и показан один раз; старый перестанет действовать. Продолжить?</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/users_view.py" line="348"/>
        <source>Making a new password…</source>
        <translation>Создаём новый пароль…</translation>
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
        <location filename="../../crm_desktop/ui/funnel/registration.py" line="40"/>
        <source>Sales funnel</source>
        <translation>Воронка продаж</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/funnel/registration.py" line="42"/>
        <source>Analytics</source>
        <translation>Аналитика</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/planner/registration.py" line="22"/>
        <source>Planner</source>
        <translation>Планировщик</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/sync/registration.py" line="30"/>
        <source>Sync</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/products/registration.py" line="17"/>
        <source>Products</source>
        <translation>Товары и услуги</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/marketing/registration.py" line="25"/>
        <source>Marketing</source>
        <translation>Маркетинг</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/office/registration.py" line="28"/>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/registration.py" line="47"/>
        <source>Requests</source>
        <translation>Обращения</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/registration.py" line="49"/>
        <source>Mail</source>
        <translation>Почта</translation>
    </message>
    <message>
        <location filename="../../crm_desktop/ui/service/registration.py" line="52"/>
        <source>Automation</source>
        <translation>Автоматизация</translation>
    </message>
</context>
</TS>
