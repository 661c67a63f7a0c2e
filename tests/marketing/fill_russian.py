# ruff: noqa  (a table of translations: long lines are its nature)
"""Fills the Russian of the marketing feature's unfinished entries (contexts it owns)."""
import html
import re
import sys

C = {}
def add(ctx, pairs):
    for k, v in pairs.items():
        C[(ctx, k)] = v

add("ClassesExport", {"ABC-XYZ": "ABC-XYZ", "Clients": "Клиенты", "Class": "Класс",
    "clients": "клиентов", "Revenue": "Выручка", "Short history": "Короткая история",
    "Total": "Итого", "Period": "Период", "Companies without purchases": "Компании без покупок",
    "company": "компания", "person": "человек", "Client": "Клиент", "Kind": "Вид",
    "Share, %": "Доля, %", "Months": "Месяцев", "Variation, %": "Вариация, %",
    "Responsible": "Ответственный"})
add("CampaignDialog", {
    "Enter the name (up to 200 characters)": "Введите название (до 200 символов)",
    "Enter a cost such as 150 000,00 (not negative)": "Введите затраты, например 150 000,00 (не меньше нуля)",
    "A three-letter currency code such as RUB": "Трёхбуквенный код валюты, например RUB",
    "The campaign must end after it starts": "Кампания должна заканчиваться не раньше начала",
    "Another campaign has this code: the web form would not know which one brought a lead":
        "Этот код уже у другой кампании: веб-форма не поймёт, какая из них привела клиента",
    "At most 100 characters": "Не больше 100 символов",
    "Edit campaign": "Изменить кампанию", "New campaign": "Новая кампания", "none": "нет",
    "me": "я", "Campaign": "Кампания", "&Name": "&Название", "e.g. Metal Expo 2026": "например, Металл-Экспо 2026",
    "C&hannel": "&Канал", "&Period": "&Период", "from": "с", "to": "по", "&Cost": "&Затраты",
    "150 000,00": "150 000,00", "&Target segment": "Целевой &сегмент", "&Lead source": "&Источник",
    "&Code (utm_campaign)": "К&од (utm_campaign)",
    "what the web form passes, e.g. expo2026": "что передаёт веб-форма, например expo2026",
    "&Responsible": "&Ответственный", "N&otes": "&Заметки"})
add("CampaignsView", {"+ Campaign": "+ Кампания", "Edit…": "Изменить…", "Delete": "Удалить",
    "All time": "За всё время", "This year": "Этот год", "Last 12 months": "Последние 12 месяцев",
    "Last 3 months": "Последние 3 месяца", "Export to Excel…": "Выгрузить в Excel…",
    "Period:": "Период:", "By lead source": "По источникам", "Revenue by source, chart": "Выручка по источникам, график",
    "%n campaign(s): cost %1, revenue %2, leads %3, won deals %4": [
        "%n кампания: затраты %1, выручка %2, лидов %3, выигранных сделок %4",
        "%n кампании: затраты %1, выручка %2, лидов %3, выигранных сделок %4",
        "%n кампаний: затраты %1, выручка %2, лидов %3, выигранных сделок %4"],
    "No campaigns yet. Add one with “+ Campaign”; clients and deals it brings are linked on the client card (Marketing tab) or by a web form's utm_campaign.":
        "Кампаний пока нет. Добавьте кампанию кнопкой «+ Кампания»; приведённые ею клиенты и сделки связываются с ней в карточке клиента (вкладка «Маркетинг») или по utm_campaign веб-формы.",
    "Won revenue by lead source, thousands of %1": "Выручка выигранных сделок по источникам, тыс. %1",
    "other": "прочие", "(no source)": "(без источника)", "Delete campaign “%1”": "Удаление кампании «%1»",
    "Leads": "Лиды", "Deals": "Сделки", "Won deals": "Выигранные сделки", "Export to Excel": "Выгрузка в Excel",
    "By campaign": "По кампаниям", "Campaign": "Кампания", "Channel": "Канал", "Lead source": "Источник",
    "Cost": "Затраты", "Revenue": "Выручка", "Cost per lead": "Цена лида",
    "Cost per won deal": "Цена выигранной сделки", "ROI, %": "ROI, %", "Exported to %1": "Выгружено в %1"})
add("CardTabs", {"Marketing": "Маркетинг"})
add("Views", {"Marketing": "Маркетинг"})
add("Channels", {"mailing": "рассылка", "exhibition": "выставка", "advertising": "реклама",
    "calls": "звонки", "web": "сайт"})
add("ClassSettingsDialog", {
    "From 1 to 120 months": "От 1 до 120 месяцев", "Give both dates of the period": "Укажите обе даты периода",
    "The period must end after it starts": "Период должен заканчиваться не раньше начала",
    "A three-letter currency code such as RUB": "Трёхбуквенный код валюты, например RUB",
    "From 1 to 100 %": "От 1 до 100 %", "A and B together must not exceed 100 %": "A и B вместе — не больше 100 %",
    "From 0 to 1000 %": "От 0 до 1000 %", "The Y limit must not be below the X limit": "Порог Y не может быть ниже порога X",
    "From 2 to 120 months": "От 2 до 120 месяцев", "ABC/XYZ thresholds": "Пороги ABC/XYZ",
    "&Period": "&Период", "last": "последние", " months": " мес.", "from": "с", "to": "по",
    "&Currency": "&Валюта", "&A: first share of revenue": "&A: первая доля выручки",
    " %": " %", "&B: next share": "&B: следующая доля", "&X: variation at most": "&X: вариация не больше",
    "&Y: variation at most": "&Y: вариация не больше", "&XYZ needs at least": "Для &XYZ нужно не меньше",
    " months of history": " мес. истории",
    "The thresholds are shared by the whole office (they sync); the classes are computed on each computer from its deals.":
        "Пороги общие для всего офиса (синхронизируются); классы считаются на каждом компьютере по его сделкам."})
add("ClassesView", {"Thresholds…": "Пороги…", "Recompute": "Пересчитать",
    "Compute every client's class again (F5)": "Пересчитать классы всех клиентов (F5)",
    "Export to Excel…": "Выгрузить в Excel…", "Computing the classes…": "Классы считаются…",
    "No classes computed yet.": "Классы ещё не посчитаны.",
    "Won deals of %1 in %2 · computed %3": "Выигранные сделки за %1 в %2 · посчитано %3",
    "%n deal(s) in other currencies left out": ["%n сделка в других валютах не учтена",
        "%n сделки в других валютах не учтены", "%n сделок в других валютах не учтено"],
    "A: the clients that bring the first %1 % of revenue, B: the next %2 %, C: the rest. X: monthly purchases vary by at most %3 %, Y: at most %4 %, Z: more. Short history: fewer than %5 months. Companies without purchases in the period: %6.":
        "A — клиенты, дающие первые %1 % выручки, B — следующие %2 %, C — остальные. X — помесячные покупки колеблются не больше чем на %3 %, Y — не больше %4 %, Z — сильнее. Короткая история — меньше %5 мес. Компаний без покупок за период: %6.",
    "all classes": "всех классов", "short history": "короткая история",
    "Clients of %1: %2": "Клиенты %1: %2", "Export to Excel": "Выгрузка в Excel", "Exported to %1": "Выгружено в %1"})
add("ClientsModel", {"Client": "Клиент", "Revenue": "Выручка", "Share": "Доля", "Months": "Месяцев",
    "Variation": "Вариация", "Responsible": "Ответственный"})
add("MarketingCardTab", {"The campaign that brought this client": "Кампания, которая привела клиента",
    "ABC/XYZ class:": "Класс ABC/XYZ:", "Campaign:": "Кампания:", "Lead source:": "Источник:",
    "(deleted campaign)": "(удалённая кампания)",
    "No won deals in %1 in the analysed period.": "Нет выигранных сделок в %1 за анализируемый период.",
    "The classes have not been computed yet (Marketing → ABC/XYZ).": "Классы ещё не посчитаны (Маркетинг → ABC/XYZ).",
    "Revenue %1 (%2 % of all) in %3; %4 months of history": "Выручка %1 (%2 % от всей) за %3; история %4 мес.",
    "monthly purchases vary by %1 %": "помесячные покупки колеблются на %1 %",
    "too short a history for XYZ": "история слишком коротка для XYZ",
    "(the class of the person's company)": "(класс компании этого человека)"})
add("MarketingView", {"Segments": "Сегменты", "ABC/XYZ": "ABC/XYZ", "Campaigns": "Кампании"})
add("MatrixModel", {"%1 clients\n%2": "клиентов: %1\n%2", "Short history": "Короткая история", "Total": "Итого"})
add("MembersModel", {"Name": "Название", "Type": "Тип", "Phone": "Телефон", "Email": "Email",
    "Lead source": "Источник", "Responsible": "Ответственный", "Company": "Компания",
    "Position": "Должность", "Client": "Клиент", "Prospect": "Потенциальный", "Partner": "Партнёр",
    "Supplier": "Поставщик"})
add("ReturnModel", {"Campaign": "Кампания", "Channel": "Канал", "Lead source": "Источник",
    "Cost": "Затраты", "Leads": "Лиды", "Deals": "Сделки", "Won": "Выиграно", "Revenue": "Выручка",
    "Per lead": "За лид", "Per won deal": "За выигр. сделку", "ROI": "ROI",
    "(no source)": "(без источника)",
    "Enter or double-click: the clients or deals behind the figure": "Enter или двойной щелчок — клиенты или сделки за этой цифрой"})
add("SegmentDialog", {
    "Enter the name (up to 200 characters)": "Введите название (до 200 символов)",
    "Enter an amount such as 150 000": "Введите сумму, например 150 000",
    "Enter an amount such as 150 000, not below the first": "Введите сумму, например 150 000, не меньше первой",
    "A three-letter currency code such as RUB": "Трёхбуквенный код валюты, например RUB",
    "At most 200 tags of up to 300 characters": "Не больше 200 меток до 300 символов",
    "At most 200 sources of up to 300 characters": "Не больше 200 источников до 300 символов",
    "At most 200 characters": "Не больше 200 символов", "Edit segment": "Изменить сегмент",
    "New segment": "Новый сегмент", "Companies": "Компании", "People": "Люди", "any": "любой",
    "within the last": "был за последние", "none for": "не было", "has open deals": "есть открытые сделки",
    "has no open deals": "нет открытых сделок", "anyone": "любой",
    "Company type (of their company)": "Тип компании (их компании)", "Company type": "Тип компании",
    "Matches %n people": ["Подходит %n человек", "Подходят %n человека", "Подходят %n человек"],
    "Matches %n companies": ["Подходит %n компания", "Подходят %n компании", "Подходят %n компаний"],
    "Segment": "Сегмент", "&Name": "&Название",
    "e.g. Regular wholesale buyers in Moscow": "например, постоянные оптовики в Москве",
    "&Who": "&Кто", "client": "клиент", "prospect": "потенциальный", "partner": "партнёр",
    "supplier": "поставщик", "&Tags (any of)": "&Метки (любая из)", "separated by commas": "через запятую",
    "&Lead sources": "&Источники", "&Responsible": "&Ответственный", "&City or region": "&Город или регион",
    "found in the address": "ищется в адресе", "&Last contact": "Последний &контакт", " days": " дн.",
    "&Won, from": "&Выиграно, от", "to": "до", "in ": "за ", " months": " мес.",
    "&Open deals": "&Открытые сделки", "ABC class": "Класс ABC", "no purchases": "без покупок",
    "XYZ class": "Класс XYZ", "no class": "без класса", "C&ampaign": "К&ампания",
    "include archived clients": "включая клиентов в архиве", "N&otes": "&Заметки"})
add("SegmentsView", {"+ Segment": "+ Сегмент", "Edit…": "Изменить…", "Delete": "Удалить",
    "Delete the segment (Del); Ctrl+Z brings it back": "Удалить сегмент (Del); Ctrl+Z вернёт его",
    "Export to Excel…": "Выгрузить в Excel…",
    "A segment is a saved filter: companies or people by type, tags, lead source, responsible, city, last contact, won amount, open deals, ABC/XYZ class or campaign. Its list is always current. Create one with “+ Segment”.":
        "Сегмент — сохранённый фильтр: компании или люди по типу, меткам, источнику, ответственному, городу, последнему контакту, сумме выигранных сделок, открытым сделкам, классу ABC/XYZ или кампании. Его список всегда актуален. Создайте сегмент кнопкой «+ Сегмент».",
    "companies": "компаний", "people": "человек", "Companies": "Компании", "People": "Люди",
    "%1 in “%2”: %3": "%1 в «%2»: %3", "Delete segment “%1”": "Удаление сегмента «%1»",
    "Export to Excel": "Выгрузка в Excel", "Created": "Создан", "Tax ID": "ИНН", "Segment": "Сегмент",
    "Industry": "Отрасль", "Exported to %1": "Выгружено в %1"})

add("MarketingView", {"Call lists": "Обзвон"})
add("CallListsView", {"+ Call list": "+ Список обзвона", "Work the list…": "Обзванивать…",
    "Call my clients of this list (Enter)": "Звонить моим клиентам из списка (Enter)",
    "Close the list": "Закрыть список", "Employee": "Сотрудник", "Clients": "Клиентов",
    "Called": "Звонили", "Reached": "Дозвон", "No answer": "Нет ответа",
    "Call back": "Перезвон", "Not interested": "Отказ", "Meeting": "Встреча",
    "Deal": "Сделка",
    "A call list is made from a segment and split among the people who call: evenly, by region or by responsible person. Each works their part from “Work the list…”, one key per outcome; the head sees the progress here.":
        "Список обзвона делается из сегмента и делится между звонящими: поровну, по регионам или по ответственным. Каждый обзванивает свою часть через «Обзванивать…», одна клавиша на исход звонка; руководитель видит ход работы здесь.",
    "Progress by employee": "Ход работы по сотрудникам", "Script: %1": "Сценарий: %1",
    "Total": "Итого"})
add("CallWorkDialog", {"Calls: %1": "Обзвон: %1",
    "why not interested (for key 3)": "почему не интересно (для клавиши 3)",
    "a note to the call (optional)": "заметка к звонку (необязательно)",
    "<b>1</b> no answer · <b>2</b> call back at the time · <b>3</b> not interested · <b>4</b> meeting set · <b>5</b> deal created · <b>N</b> next · <b>C</b> call":
        "<b>1</b> не ответил · <b>2</b> перезвонить в указанное время · <b>3</b> не интересно · <b>4</b> назначена встреча · <b>5</b> создать сделку · <b>N</b> следующий · <b>C</b> позвонить",
    "No script for this list.": "У этого списка нет сценария.", "Call back at:": "Перезвонить:",
    "Reason:": "Причина:", "Note:": "Заметка:", "Nobody left to call now": "Сейчас звонить некому",
    "Call-backs come back here when their time comes.": "Кому нужно перезвонить, появятся здесь в назначенное время.",
    "no phone number": "нет номера телефона", "calls so far: %1": "звонков: %1",
    "Type the reason, then press 3 again": "Введите причину и снова нажмите 3"})
add("NewCallListDialog", {"New call list": "Новый список обзвона", "none": "нет",
    "evenly": "поровну", "by region": "по регионам", "by responsible person": "по ответственным",
    "What to say: shown beside the number": "Что говорить: показывается рядом с номером",
    "&Name": "&Название", "&Segment": "&Сегмент", "&Who calls": "&Кто звонит",
    "S&plit": "&Деление", "C&ampaign": "К&ампания", "Sc&ript": "Сц&енарий",
    "Make a segment first: the list is made of its clients": "Сначала создайте сегмент: список делается из его клиентов",
    "Enter the name (up to 200 characters)": "Введите название (до 200 символов)",
    "Tick at least one employee who calls": "Отметьте хотя бы одного сотрудника, который будет звонить"})

MSG = re.compile(r"(<message( numerus=\"yes\")?>\s*(?:<location[^>]*/>\s*)*<source>([^<]*)</source>\s*(?:<comment>[^<]*</comment>\s*)?)<translation type=\"unfinished\"(?:>(.*?)</translation>|/>)", re.S)

OVERRIDE = {("CallListsView", k): v for k, v in {
    "Called": "Звонили", "Reached": "Дозвон", "No answer": "Нет ответа", "Call back": "Перезвон",
    "Not interested": "Отказ"}.items()}


def override(text):
    """Entries of ours translated before and since reworded."""
    def fix(ctx_match):
        ctx, body = ctx_match.group(1), ctx_match.group(2)
        for (c, source), value in OVERRIDE.items():
            if c == ctx:
                body = re.sub(r"(<source>" + re.escape(html.escape(source, quote=False))
                              + r"</source>\s*)<translation>[^<]*</translation>",
                              lambda m: m.group(1) + f"<translation>{value}</translation>", body)
        return f"<context>\n    <name>{ctx_match.group(1)}</name>{body}</context>"
    return re.sub(r"<context>\s*<name>(.*?)</name>(.*?)</context>", fix, text, flags=re.S)


def main(path):
    text = override(open(path, encoding="utf-8").read())
    out, pos, filled = [], 0, 0
    for ctx_match in re.finditer(r"<context>\s*<name>(.*?)</name>(.*?)</context>", text, re.S):
        ctx = html.unescape(ctx_match.group(1))
        body_start, body = ctx_match.start(2), ctx_match.group(2)
        def repl(m):
            nonlocal filled
            source = html.unescape(m.group(3))
            value = C.get((ctx, source))
            if value is None:
                return m.group(0)
            filled += 1
            if m.group(2):
                forms = value if isinstance(value, list) else [value] * 3
                inner = "".join(f"\n            <numerusform>{html.escape(f, quote=False)}</numerusform>" for f in forms)
                return m.group(1) + f"<translation>{inner}\n        </translation>"
            return m.group(1) + f"<translation>{html.escape(value, quote=False)}</translation>"
        new_body = MSG.sub(repl, body)
        out.append(text[pos:body_start]); out.append(new_body); pos = ctx_match.end(2)
    out.append(text[pos:])
    open(path, "w", encoding="utf-8").write("".join(out))
    print("filled", filled, file=sys.stderr)

main(sys.argv[1])
