"""The reasons services give for refusing a value, in the user's language.

Services (no Qt below the ui package) write their reasons in English with the offending value
in them; the window shows each beside its field, so the Russian text leaves out the field's
name and keeps the value.

TEMPLATES are written the way the services write them, "{}" standing for each value put in;
a test reads every `raise` of the core (domain, storage, services, sync) and checks that each
reason it can give matches one here. A reason no pattern knows is shown as it came in an
English window, and as a plain "not accepted" in any other (the original goes to the log), so
English never reaches a Russian window.
"""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

PATTERNS: list[tuple[re.Pattern[str], str]] = [(re.compile(p), t) for p, t in [
    (r"^.+ is longer than (\d+) characters \((\d+)\)$",
     QT_TRANSLATE_NOOP("Reasons", "At most %1 characters (now %2)")),
    (r"^.+ is longer than (\d+) characters$",
     QT_TRANSLATE_NOOP("Reasons", "At most %1 characters")),
    (r"^.+ contains a control character \((U\+[0-9A-F]+)\)$",
     QT_TRANSLATE_NOOP("Reasons", "Contains a control character (%1)")),
    (r"^.+ contains characters that are not valid text$",
     QT_TRANSLATE_NOOP("Reasons", "Contains characters that are not valid text")),
    (r"^.+ must be text$", QT_TRANSLATE_NOOP("Reasons", "Must be text")),
    (r"^.+ must be a list of texts$", QT_TRANSLATE_NOOP("Reasons", "Must be a list of texts")),
    (r"^.+: at most (\d+) entries$", QT_TRANSLATE_NOOP("Reasons", "At most %1 entries")),
    (r"^.+ must be a finite number$", QT_TRANSLATE_NOOP("Reasons", "Must be a finite number")),
    (r"^.+ must be a whole number$", QT_TRANSLATE_NOOP("Reasons", "Must be a whole number")),
    (r"^.+ must be from (\S+) to (\S+)$", QT_TRANSLATE_NOOP("Reasons", "Must be from %1 to %2")),
    (r"^.+ is not a date$", QT_TRANSLATE_NOOP("Reasons", "Not a date")),
    (r"^is not a date$", QT_TRANSLATE_NOOP("Reasons", "Not a date")),
    (r"^.+ is not a record id$", QT_TRANSLATE_NOOP("Reasons", "Not a record of this database")),
    (r"^company name must not be empty$",
     QT_TRANSLATE_NOOP("Reasons", "Please enter the company's name")),
    (r"^a person needs a first or a last name$",
     QT_TRANSLATE_NOOP("Reasons", "Please enter a last or a first name")),
    (r"^is in the future$", QT_TRANSLATE_NOOP("Reasons", "This date is in the future")),
    (r"^is before 1900$", QT_TRANSLATE_NOOP("Reasons", "This date is before 1900")),
    (r"^'(.*)' is not a valid INN \(10 or 12 digits with check digits\)$",
     QT_TRANSLATE_NOOP("Reasons", "«%1» is not a valid INN (10 or 12 digits with check "
                                  "digits)")),
    (r"^'(.*)' is not a phone number$",
     QT_TRANSLATE_NOOP("Reasons", "«%1» is not a phone number")),
    (r"^'(.*)' is not a valid phone number$",
     QT_TRANSLATE_NOOP("Reasons", "«%1» is not a valid phone number")),
    (r"^'(.*)' is not a valid email address$",
     QT_TRANSLATE_NOOP("Reasons", "«%1» is not a valid email address")),
    (r"^'(.*)' is not a month and day \(MM-DD\)$",
     QT_TRANSLATE_NOOP("Reasons", "«%1» is not a day and month")),
    (r"^'(.*)' is not a known time zone.*$",
     QT_TRANSLATE_NOOP("Reasons", "«%1» is not a known time zone (e.g. Europe/Moscow)")),
    (r"^\w+ \S+ does not exist$",
     QT_TRANSLATE_NOOP("Reasons", "This record does not exist (any more)")),
    (r"^«(.+)» was merged into «(.+)» afterwards; undo that merge first$",
     QT_TRANSLATE_NOOP("Reasons", "«%1» was merged into «%2» afterwards; undo that merge "
                                  "first")),
    (r"^«(.+)» was deleted after the merge; restore it first$",
     QT_TRANSLATE_NOOP("Reasons", "«%1» was deleted after the merge; restore it first")),
    (r"^«(.+)» was restored or changed after the merge.*$",
     QT_TRANSLATE_NOOP("Reasons", "«%1» was restored or changed after the merge, so undoing "
                                  "it would not give back what was there")),
    (r"^the record of this merge is damaged, so it cannot be undone exactly$",
     QT_TRANSLATE_NOOP("Reasons", "The record of this merge is damaged, so it cannot be "
                                  "undone exactly")),
    (r"^this merge was already undone$",
     QT_TRANSLATE_NOOP("Reasons", "This merge was already undone")),
    (r"^this merge does not exist$", QT_TRANSLATE_NOOP("Reasons", "This merge does not exist")),
    (r"^a record cannot be merged into itself$",
     QT_TRANSLATE_NOOP("Reasons", "A record cannot be merged into itself")),
]]



# (how the core writes it, "{}" for each value; the window's text, %N for the N-th value)
TEMPLATES: list[tuple[str, str]] = [
    # values and forms
    ("'{}' is not a client kind", QT_TRANSLATE_NOOP("Reasons", "«%1» is not a kind of client")),
    ("'{}' is not a kind of client",
     QT_TRANSLATE_NOOP("Reasons", "«%1» is not a kind of client")),
    ("'{}' is not a date", QT_TRANSLATE_NOOP("Reasons", "«%1» is not a date")),
    ("'{}' is not a number", QT_TRANSLATE_NOOP("Reasons", "«%1» is not a number")),
    ("'{}' is not a three-letter currency code",
     QT_TRANSLATE_NOOP("Reasons", "«%1» is not a currency code (three letters, e.g. RUB)")),
    ("'{}' is not an ISO 4217 currency (RUB, USD, EUR…)",
     QT_TRANSLATE_NOOP("Reasons", "«%1» is not a currency code (three letters, e.g. RUB)")),
    ("'{}' is not an amount", QT_TRANSLATE_NOOP("Reasons", "«%1» is not an amount")),
    ("{}: '{}' is not one of {}",
     QT_TRANSLATE_NOOP("Reasons", "«%2» is not one of the allowed values")),
    ("'{}' is not one of {}", QT_TRANSLATE_NOOP("Reasons", "«%1» is not one of the allowed "
                                                           "values")),
    ("one of {}", QT_TRANSLATE_NOOP("Reasons", "Choose one of the offered values")),
    ("'{}' is not ru or en",
     QT_TRANSLATE_NOOP("Reasons", "«%1»: the document language must be Russian or English")),
    ("{} must not be empty", QT_TRANSLATE_NOOP("Reasons", "Must not be empty")),
    ("{} must be a number", QT_TRANSLATE_NOOP("Reasons", "Must be a number")),
    ("{} must be up to 50 named values", QT_TRANSLATE_NOOP("Reasons", "At most 50 values")),
    ("is longer than {} characters ({})",
     QT_TRANSLATE_NOOP("Reasons", "At most %1 characters (now %2)")),
    ("is longer than {} characters", QT_TRANSLATE_NOOP("Reasons", "At most %1 characters")),
    ("at least {} characters", QT_TRANSLATE_NOOP("Reasons", "At least %1 characters")),
    ("holds a control character (U+{})",
     QT_TRANSLATE_NOOP("Reasons", "Contains a control character (U+%1)")),
    ("holds bytes that are not text in the file's encoding (shown as �); fix them and save "
     "as UTF-8", QT_TRANSLATE_NOOP("Reasons", "Contains bytes that are not text in the "
                                              "file's encoding (shown as �); fix them and "
                                              "save the file as UTF-8")),
    ("no control characters (line breaks, tabs)",
     QT_TRANSLATE_NOOP("Reasons", "No control characters (line breaks, tabs)")),
    ("is not a finite number", QT_TRANSLATE_NOOP("Reasons", "Not a number")),
    ("is not a number", QT_TRANSLATE_NOOP("Reasons", "Not a number")),
    ("is too large", QT_TRANSLATE_NOOP("Reasons", "The number is too large")),
    ("{} is more than {}", QT_TRANSLATE_NOOP("Reasons", "%1 is more than %2")),
    ("has more than three decimals",
     QT_TRANSLATE_NOOP("Reasons", "At most three digits after the decimal mark")),
    ("must be a whole number from {} to {}",
     QT_TRANSLATE_NOOP("Reasons", "Must be a whole number from %1 to %2")),
    ("must be a whole percent from 0 to 100",
     QT_TRANSLATE_NOOP("Reasons", "Must be a whole percent from 0 to 100")),
    ("must be between 0 minutes and two weeks",
     QT_TRANSLATE_NOOP("Reasons", "Must be from 0 minutes to two weeks")),
    ("must be between 1 hour and a year",
     QT_TRANSLATE_NOOP("Reasons", "Must be from an hour to a year")),
    ("must be between {} and {}", QT_TRANSLATE_NOOP("Reasons", "Must be from %1 to %2")),
    ("must be from {} to {}", QT_TRANSLATE_NOOP("Reasons", "Must be from %1 to %2")),
    ("must not be negative", QT_TRANSLATE_NOOP("Reasons", "Must not be negative")),
    ("needs a date and time with a time zone",
     QT_TRANSLATE_NOOP("Reasons", "Needs a date and a time")),
    ("amount is empty", QT_TRANSLATE_NOOP("Reasons", "Enter an amount")),
    ("amount is not a finite number", QT_TRANSLATE_NOOP("Reasons", "The amount is not a "
                                                                   "number")),
    ("amount must not be negative",
     QT_TRANSLATE_NOOP("Reasons", "The amount must not be negative")),
    ("money must not be a float",
     QT_TRANSLATE_NOOP("Reasons", "The amount is not in a form the program accepts")),
    ("email is empty", QT_TRANSLATE_NOOP("Reasons", "Enter an email address")),
    ("phone number is empty", QT_TRANSLATE_NOOP("Reasons", "Enter a phone number")),
    ("is not a requisite of our company",
     QT_TRANSLATE_NOOP("Reasons", "Not a requisite of our company")),
    ("{} has no such field", QT_TRANSLATE_NOOP("Reasons", "There is no such field")),
    ("user {} does not exist", QT_TRANSLATE_NOOP("Reasons", "This user does not exist")),
    ("{} {} not found",
     QT_TRANSLATE_NOOP("Reasons", "This record no longer exists (it was deleted or merged)")),
    ("the values the edit started from are missing",
     QT_TRANSLATE_NOOP("Reasons", "The values the edit started from are missing")),
    # our company's requisites
    ("must not be empty", QT_TRANSLATE_NOOP("Reasons", "Must not be empty")),
    ("is not a valid INN (10 or 12 digits with check digits)",
     QT_TRANSLATE_NOOP("Reasons", "Not a valid INN (10 or 12 digits with check digits)")),
    ("an individual entrepreneur has no KPP",
     QT_TRANSLATE_NOOP("Reasons", "An individual entrepreneur has no KPP")),
    ("must be 9 characters: 4 digits, 2 digits or letters, 3 digits",
     QT_TRANSLATE_NOOP("Reasons", "Must be 9 characters: 4 digits, 2 digits or letters, "
                                  "3 digits")),
    ("is not a valid OGRN (13 or 15 digits with a check digit)",
     QT_TRANSLATE_NOOP("Reasons", "Not a valid OGRN (13 or 15 digits with a check digit)")),
    ("must be 9 digits starting with 04",
     QT_TRANSLATE_NOOP("Reasons", "Must be 9 digits starting with 04")),
    ("must be 20 digits", QT_TRANSLATE_NOOP("Reasons", "Must be 20 digits")),
    ("must start with {}", QT_TRANSLATE_NOOP("Reasons", "Must start with %1")),
    ("enter the BIC: the account is checked against it",
     QT_TRANSLATE_NOOP("Reasons", "Enter the BIC: the account is checked against it")),
    ("does not match the BIC (wrong check digit)",
     QT_TRANSLATE_NOOP("Reasons", "Does not match the BIC (wrong check digit)")),
    # deals, items, pipelines
    ("choose a pipeline", QT_TRANSLATE_NOOP("Reasons", "Choose a pipeline")),
    ("a stage belongs to a pipeline",
     QT_TRANSLATE_NOOP("Reasons", "A stage belongs to a pipeline: choose one")),
    ("a stage cannot move to another pipeline",
     QT_TRANSLATE_NOOP("Reasons", "A stage cannot move to another pipeline")),
    ("the pipeline has no stages", QT_TRANSLATE_NOOP("Reasons", "The pipeline has no stages")),
    ("the stage belongs to another pipeline",
     QT_TRANSLATE_NOOP("Reasons", "The stage belongs to another pipeline")),
    ("say why the deal was lost", QT_TRANSLATE_NOOP("Reasons", "Say why the deal was lost")),
    ("the deal has items priced in its currency",
     QT_TRANSLATE_NOOP("Reasons", "The deal has items priced in its currency: remove them "
                                  "to change it")),
    ("list every stage of the pipeline once",
     QT_TRANSLATE_NOOP("Reasons", "List every stage of the pipeline once")),
    ("an item belongs to a deal", QT_TRANSLATE_NOOP("Reasons", "An item belongs to a deal")),
    ("the product is priced in {}, the deal in {}",
     QT_TRANSLATE_NOOP("Reasons", "The product is priced in %1, the deal in %2")),
    ("the total is too large", QT_TRANSLATE_NOOP("Reasons", "The total is too large")),
    ("the database has no pipeline; create one with 'crm-desktop pipeline create NAME "
     "--stages A,B,C'", QT_TRANSLATE_NOOP("Reasons", "The database has no sales pipeline; "
                                                     "create one first")),
    ("no pipeline «{}» (pipelines: {})",
     QT_TRANSLATE_NOOP("Reasons", "There is no pipeline «%1» (pipelines: %2)")),
    ("no stage «{}» (stages: {}); add it, or import with new stages allowed",
     QT_TRANSLATE_NOOP("Reasons", "There is no stage «%1» (stages: %2); add it, or allow "
                                  "new stages in the import")),
    # analytics, plans, marketing
    ("choose source or manager", QT_TRANSLATE_NOOP("Reasons", "Choose source or manager")),
    ("no such figure: {}", QT_TRANSLATE_NOOP("Reasons", "There is no such figure")),
    ("a plan cannot be negative", QT_TRANSLATE_NOOP("Reasons", "A plan cannot be negative")),
    ("the plan ends before it starts",
     QT_TRANSLATE_NOOP("Reasons", "The plan ends before it starts")),
    ("the period ends before it starts",
     QT_TRANSLATE_NOOP("Reasons", "The period ends before it starts")),
    ("give both the start and the end of the period",
     QT_TRANSLATE_NOOP("Reasons", "Give both the start and the end of the period")),
    ("A and B together must not exceed 100 %",
     QT_TRANSLATE_NOOP("Reasons", "A and B together must not exceed 100 %")),
    ("the Y limit must not be below the X limit",
     QT_TRANSLATE_NOOP("Reasons", "The Y limit must not be below the X limit")),
    # history, tasks, planner
    ("choose how the contact happened",
     QT_TRANSLATE_NOOP("Reasons", "Choose how the contact happened (call, email, meeting…)")),
    ("link the record to a client, person or deal",
     QT_TRANSLATE_NOOP("Reasons", "Link the entry to a client, a person or a deal")),
    ("tasks are not available here",
     QT_TRANSLATE_NOOP("Reasons", "Tasks are not available here")),
    ("choose one of the reminder times",
     QT_TRANSLATE_NOOP("Reasons", "Choose one of the reminder times")),
    ("only generated tasks can be dismissed",
     QT_TRANSLATE_NOOP("Reasons", "Only tasks the planner proposed can be dismissed")),
    ("this task is already closed",
     QT_TRANSLATE_NOOP("Reasons", "This task is already closed")),
    ("snooze for at least a minute",
     QT_TRANSLATE_NOOP("Reasons", "Snooze for at least a minute")),
    ("the day limit must be from 1 to {}",
     QT_TRANSLATE_NOOP("Reasons", "The day limit must be from 1 to %1")),
    ("this item is no longer in the backlog",
     QT_TRANSLATE_NOOP("Reasons", "This item is no longer in the backlog")),
    ("you may see only your own tasks and your team's",
     QT_TRANSLATE_NOOP("Reasons", "You may see only your own tasks and your team's")),
    ("you can assign tasks only to your team",
     QT_TRANSLATE_NOOP("Reasons", "You can assign tasks only to your team")),
    ("the event has no start", QT_TRANSLATE_NOOP("Reasons", "The event has no start")),
    ("the event has no title", QT_TRANSLATE_NOOP("Reasons", "The event has no title")),
    # merges
    ("choose two records to merge", QT_TRANSLATE_NOOP("Reasons", "Choose two records to "
                                                                 "merge")),
    ("cannot be taken in a merge",
     QT_TRANSLATE_NOOP("Reasons", "This field cannot be taken in a merge")),
    ("the fields to take must be a list of field names",
     QT_TRANSLATE_NOOP("Reasons", "The fields to take are not given correctly")),
    ("a record of this merge no longer exists",
     QT_TRANSLATE_NOOP("Reasons", "A record of this merge no longer exists")),
    # documents
    ("no template '{}' (known: {})", QT_TRANSLATE_NOOP("Reasons", "There is no template "
                                                                  "«%1»")),
    ("template {}: not a .docx file",
     QT_TRANSLATE_NOOP("Reasons", "The template «%1» is not a .docx file")),
    ("template {} cannot be read: {}",
     QT_TRANSLATE_NOOP("Reasons", "The template «%1» cannot be read (a damaged file?)")),
    ("template {}: unknown placeholder ({})",
     QT_TRANSLATE_NOOP("Reasons", "The template «%1» has an unknown placeholder (%2)")),
    ("template {}: unknown placeholder(s) {}",
     QT_TRANSLATE_NOOP("Reasons", "The template «%1» has unknown placeholders: %2")),
    ("template {}: {}",
     QT_TRANSLATE_NOOP("Reasons", "The template «%1» has a mistake in its fields")),
    ("the template took longer than {} s to render (a loop too large?); nothing was written",
     QT_TRANSLATE_NOOP("Reasons", "The template took longer than %1 s to fill (a loop too "
                                  "large?); nothing was written")),
    # files
    ("the file name is empty", QT_TRANSLATE_NOOP("Reasons", "Give a file name")),
    ("the file name contains a NUL character",
     QT_TRANSLATE_NOOP("Reasons", "The file name contains a NUL character")),
    ("the folder {} does not exist", QT_TRANSLATE_NOOP("Reasons", "The folder %1 does not "
                                                                  "exist")),
    ("the folder {} is not writable",
     QT_TRANSLATE_NOOP("Reasons", "The folder %1 is not writable")),
    ("the folder {} is read-only; SQLite needs to write its journal beside the database",
     QT_TRANSLATE_NOOP("Reasons", "The folder %1 is read-only; the database needs to write "
                                  "beside its file")),
    ("{} already exists; choose a new file name",
     QT_TRANSLATE_NOOP("Reasons", "%1 already exists; choose a new file name")),
    ("{} cannot be read (check its permissions)",
     QT_TRANSLATE_NOOP("Reasons", "%1 cannot be read (check its permissions)")),
    ("{}: byte {} is not valid {}",
     QT_TRANSLATE_NOOP("Reasons", "%1: byte %2 is not valid %3 text")),
    ("{}, line {}: {}", QT_TRANSLATE_NOOP("Reasons", "%1, line %2: the CSV file cannot be "
                                                     "read")),
    ("{} cannot be read: {}", QT_TRANSLATE_NOOP("Reasons", "%1 cannot be read")),
    ("{} is a folder, not a backup file", QT_TRANSLATE_NOOP("Reasons", "%1 is a folder; give "
                                                                       "a file name")),
    ("{} is a folder, not a database file; give a file name",
     QT_TRANSLATE_NOOP("Reasons", "%1 is a folder; give a file name")),
    ("{} is a folder, not a file", QT_TRANSLATE_NOOP("Reasons", "%1 is a folder; give a file "
                                                                "name")),
    ("{} is a folder; give a file name",
     QT_TRANSLATE_NOOP("Reasons", "%1 is a folder; give a file name")),
    ("{} is not a folder", QT_TRANSLATE_NOOP("Reasons", "%1 is not a folder")),
    ("{} is read-only; make it writable or copy it elsewhere",
     QT_TRANSLATE_NOOP("Reasons", "%1 is read-only; make it writable or copy it elsewhere")),
    ("{} is read-only", QT_TRANSLATE_NOOP("Reasons", "%1 is read-only")),
    ("{} is empty (0 bytes)", QT_TRANSLATE_NOOP("Reasons", "%1 is empty (0 bytes)")),
    ("{} holds no rows", QT_TRANSLATE_NOOP("Reasons", "%1 holds no rows")),
    ("{} holds no events or to-dos",
     QT_TRANSLATE_NOOP("Reasons", "%1 holds no events or to-dos")),
    ("{} holds no vCards (no BEGIN:VCARD line)",
     QT_TRANSLATE_NOOP("Reasons", "%1 holds no contact cards (vCard)")),
    ("{} is not an iCalendar file: {}",
     QT_TRANSLATE_NOOP("Reasons", "%1 is not an iCalendar file")),
    ("{} is not a text file (binary data)",
     QT_TRANSLATE_NOOP("Reasons", "%1 is not a text file")),
    ("{} is a workbook or document, not text; give it its real extension (.xlsx)",
     QT_TRANSLATE_NOOP("Reasons", "%1 is a workbook or a document, not text; give it its "
                                  "real extension (.xlsx)")),
    ("{} is an old Excel 97–2003 (.xls) file renamed to .xlsx; open it in Excel and save it "
     "as .xlsx", QT_TRANSLATE_NOOP("Reasons", "%1 is an old Excel 97–2003 (.xls) file "
                                              "renamed to .xlsx; open it in Excel and save it "
                                              "as .xlsx")),
    ("{} is an old Excel 97–2003 file; save it as .xlsx (Excel workbook) or .csv and import "
     "that", QT_TRANSLATE_NOOP("Reasons", "%1 is an old Excel 97–2003 file; save it as .xlsx "
                                          "or .csv and import that")),
    ("{} is not a readable .xlsx file",
     QT_TRANSLATE_NOOP("Reasons", "%1 is not a readable .xlsx file")),
    ("{}: use .xlsx, .csv or .vcf",
     QT_TRANSLATE_NOOP("Reasons", "%1: choose a file of type .xlsx, .csv or .vcf")),
    ("{} has no sheet «{}» (sheets: {})",
     QT_TRANSLATE_NOOP("Reasons", "%1 has no sheet «%2» (sheets: %3)")),
    ("{} have no field «{}»", QT_TRANSLATE_NOOP("Reasons", "There is no field «%2»")),
    ("no column for {} (headers: {})",
     QT_TRANSLATE_NOOP("Reasons", "The file has no column for a required field; choose one "
                                  "in the columns")),
    ("a formula ({}) saved without its value; open and save the file in a spreadsheet "
     "program", QT_TRANSLATE_NOOP("Reasons", "A formula (%1) was saved without its value; "
                                             "open and save the file in a spreadsheet "
                                             "program")),
    ("import companies, contacts or deals, not '{}'",
     QT_TRANSLATE_NOOP("Reasons", "Only companies, people or deals can be imported")),
    ("export {}, not '{}'", QT_TRANSLATE_NOOP("Reasons", "This list cannot be exported")),
    ("import cancelled; nothing was written",
     QT_TRANSLATE_NOOP("Reasons", "Import cancelled; nothing was written")),
    # the database file, backups
    ("the backup must not overwrite the database itself",
     QT_TRANSLATE_NOOP("Reasons", "A backup must not overwrite the database itself; choose "
                                  "another file")),
    ("the backup is the database file itself; choose a backup file",
     QT_TRANSLATE_NOOP("Reasons", "This is the database file itself; choose a backup file")),
    ("the copy of {} failed its check ({}); nothing was replaced",
     QT_TRANSLATE_NOOP("Reasons", "The copy of %1 failed its check; nothing was replaced")),
    ("{} is damaged ({}); choose another backup",
     QT_TRANSLATE_NOOP("Reasons", "%1 is damaged; choose another backup")),
    ("{} is empty, not a crm-desktop backup",
     QT_TRANSLATE_NOOP("Reasons", "%1 is empty, not a crm-desktop backup")),
    ("{} is an SQLite file of another program",
     QT_TRANSLATE_NOOP("Reasons", "%1 is a database of another program")),
    ("{} is not a crm-desktop database (not an SQLite file)",
     QT_TRANSLATE_NOOP("Reasons", "%1 is not a crm-desktop database")),
    ("{} cannot be read as a database ({}); if it is yours, restore a backup with "
     "'crm-desktop restore BACKUP'",
     QT_TRANSLATE_NOOP("Reasons", "%1 cannot be read as a database; if it is yours, restore "
                                  "a backup (File → Restore from a backup)")),
    ("{} was written by a newer crm-desktop (schema {}); update the application to open it",
     QT_TRANSLATE_NOOP("Reasons", "%1 was written by a newer crm-desktop; update the "
                                  "application to open it")),
    ("{} is locked by another program (waited {} s); close the other crm-desktop window or "
     "command and try again",
     QT_TRANSLATE_NOOP("Reasons", "%1 is locked by another program (waited %2 s); close the "
                                  "other crm-desktop window or command and try again")),
    ("{} is still open (another crm-desktop window or command, or a connection of this one); "
     "close it, then restore",
     QT_TRANSLATE_NOOP("Reasons", "%1 is still open (another crm-desktop window or command); "
                                  "close it, then restore")),
    # sync
    ("host, database and user are all needed",
     QT_TRANSLATE_NOOP("Reasons", "Enter the server, the database and the user")),
    ("no server is configured", QT_TRANSLATE_NOOP("Reasons", "No server is set up")),
    ("keep 'kept' or 'lost'", QT_TRANSLATE_NOOP("Reasons", "Choose which value to keep")),
    ("no open conflict {}", QT_TRANSLATE_NOOP("Reasons", "This conflict is no longer open")),
    ("this conflict names no field of this program",
     QT_TRANSLATE_NOOP("Reasons", "This conflict names no field of this program")),
    ("no password store (keyring) is available on this computer; the password will be asked "
     "for at each sync", QT_TRANSLATE_NOOP("Reasons", "There is no password store on this "
                                                      "computer; the password will be asked "
                                                      "for at each sync")),
    ("the server at {} cannot be reached; working offline",
     QT_TRANSLATE_NOOP("Reasons", "The server %1 cannot be reached; working offline")),
    ("the server at {} did not answer in time (busy or stuck); nothing was changed, the next "
     "sync retries", QT_TRANSLATE_NOOP("Reasons", "The server %1 did not answer in time; "
                                                  "nothing was changed, the next sync "
                                                  "retries")),
    ("the server at {} refused the user name or password",
     QT_TRANSLATE_NOOP("Reasons", "The server %1 refused the user name or password")),
    ("this login is disabled on {}: ask the office's owner",
     QT_TRANSLATE_NOOP("Reasons", "This login is disabled on %1: ask the office's owner")),
    ("the secure connection to {} failed: the server does not offer or accept it",
     QT_TRANSLATE_NOOP("Reasons", "The secure connection to %1 failed: the server does not "
                                  "offer or accept it")),
    ("the server address is not valid{}",
     QT_TRANSLATE_NOOP("Reasons", "The server address is not valid: check the server, "
                                  "port, database and user")),
    ("the server at {} answered with an error: {}",
     QT_TRANSLATE_NOOP("Reasons", "The server %1 answered with an error")),
    ("the login may not do this on {}: {}",
     QT_TRANSLATE_NOOP("Reasons", "This login may not do this on %1")),
    ("the secure-connection setting is not valid (use disable, prefer, require or "
     "verify-full)", QT_TRANSLATE_NOOP("Reasons", "The secure-connection setting is not "
                                                  "valid")),
    ("the secure-connection setting (sslmode) is not valid: use disable, prefer, require, "
     "verify-ca or verify-full",
     QT_TRANSLATE_NOOP("Reasons", "The secure-connection setting is not valid")),
    ("the server at {} is not set up for this version of crm-desktop (run 'crm-desktop "
     "server init')", QT_TRANSLATE_NOOP("Reasons", "The server %1 is not set up for this "
                                                   "version of crm-desktop (the office's "
                                                   "owner runs “server init”)")),
    ("the server is not set up for this version of crm-desktop (run 'crm-desktop server "
     "init')", QT_TRANSLATE_NOOP("Reasons", "The server is not set up for this version of "
                                            "crm-desktop (the office's owner runs “server "
                                            "init”)")),
    ("the server's schema is version {}, newer than this program's {}: update crm-desktop "
     "before running server init",
     QT_TRANSLATE_NOOP("Reasons", "The server's data is newer than this program; update "
                                  "crm-desktop")),
    ("keep at least one day", QT_TRANSLATE_NOOP("Reasons", "Keep at least one day")),
    ("the server address must start with postgresql:// (for example "
     "postgresql://anna@server:5432/crm)",
     QT_TRANSLATE_NOOP("Reasons", "The server address must start with postgresql:// (for "
                                  "example postgresql://anna@server:5432/crm)")),
    ("the server's port must be a number from 1 to 65535",
     QT_TRANSLATE_NOOP("Reasons", "The server's port must be a number from 1 to 65535")),
    ("the server address names no database (…/DATABASE at its end)",
     QT_TRANSLATE_NOOP("Reasons", "The server address names no database (…/DATABASE at its "
                                  "end)")),
    ("the server's host name has characters a host name cannot have",
     QT_TRANSLATE_NOOP("Reasons", "The server's name has characters a host name cannot "
                                  "have")),
    ("the server address has a broken %-escape in its {}{}",
     QT_TRANSLATE_NOOP("Reasons", "The server address has a broken %-escape")),
    ("the server address has a space or control character in its {}",
     QT_TRANSLATE_NOOP("Reasons", "The server address has a space or a control character")),
    ("the server address has a / ? # or @ in its user name or password: write them as %2F "
     "%3F %23 %40", QT_TRANSLATE_NOOP("Reasons", "The server address has a / ? # or @ in "
                                                 "its user name or password: write them as "
                                                 "%2F %3F %23 %40")),
    ("the server address has an unclosed [ in its host",
     QT_TRANSLATE_NOOP("Reasons", "The server address has an unclosed [ in its host")),
    ("the options after ? in the server address cannot be read",
     QT_TRANSLATE_NOOP("Reasons", "The options after ? in the server address cannot be "
                                  "read")),
    ("no password store (keyring) is available on this computer: the password is kept in "
     "memory until the program closes and asked for again at the next start",
     QT_TRANSLATE_NOOP("Reasons", "There is no password store on this computer: the "
                                  "password is kept until the program closes and asked for "
                                  "again at the next start")),
    # the office, exports, service requests
    ("a user needs a name", QT_TRANSLATE_NOOP("Reasons", "A user needs a name")),
    ("exports{} are switched off for managers by the office's owner",
     QT_TRANSLATE_NOOP("Reasons", "The office's owner has switched exports off for "
                                  "managers")),
    ("only the office's owner can allow or forbid exports for managers",
     QT_TRANSLATE_NOOP("Reasons", "Only the office's owner can allow or forbid exports for "
                                  "managers")),
    ("a request has no such field to edit",
     QT_TRANSLATE_NOOP("Reasons", "A request has no such field")),
    ("write the comment first", QT_TRANSLATE_NOOP("Reasons", "Write the comment first")),
    ("choose a person or a department",
     QT_TRANSLATE_NOOP("Reasons", "Choose a person or a department")),
    ("a request needs a client (company or person)",
     QT_TRANSLATE_NOOP("Reasons", "A request needs a client (a company or a person)")),
    ("a request cannot go from {} to {}{}",
     QT_TRANSLATE_NOOP("Reasons", "The request cannot move to this state from its "
                                  "present one")),
    ("only a resolved or closed request is reopened",
     QT_TRANSLATE_NOOP("Reasons", "Only a resolved or closed request can be reopened")),
    ("reopen the request before handing it over",
     QT_TRANSLATE_NOOP("Reasons", "Reopen the request before handing it over")),
    # automation rules, mail, campaigns, segments
    ("'{}' is not an action",
     QT_TRANSLATE_NOOP("Reasons", '«%1» is not an action')),
    ('the rule needs a name',
     QT_TRANSLATE_NOOP("Reasons", 'The rule needs a name')),
    ('the field {} cannot be set by a rule',
     QT_TRANSLATE_NOOP("Reasons", 'This field cannot be set by a rule')),
    ('a rule needs at least one action',
     QT_TRANSLATE_NOOP("Reasons", 'A rule needs at least one action')),
    ('the trigger {} has no parameter {}',
     QT_TRANSLATE_NOOP("Reasons", 'The trigger has no such parameter')),
    ('days must be a whole number of days',
     QT_TRANSLATE_NOOP("Reasons", 'Days must be a whole number')),
    ('a condition needs a field and an operator',
     QT_TRANSLATE_NOOP("Reasons", 'A condition needs a field and an operator')),
    ('the record has no field {}',
     QT_TRANSLATE_NOOP("Reasons", 'The record has no such field')),
    ('a task needs a title',
     QT_TRANSLATE_NOOP("Reasons", 'A task needs a title')),
    ('a notice needs a text',
     QT_TRANSLATE_NOOP("Reasons", 'A notice needs a text')),
    ('enter the IMAP server',
     QT_TRANSLATE_NOOP("Reasons", 'Enter the IMAP server')),
    ('choose ssl, starttls or none',
     QT_TRANSLATE_NOOP("Reasons", 'Choose the encryption: SSL, STARTTLS or none')),
    ('enter at least one address',
     QT_TRANSLATE_NOOP("Reasons", 'Enter at least one address')),
    ('enter the subject',
     QT_TRANSLATE_NOOP("Reasons", 'Enter the subject')),
    ('a port is a number from 1 to 65535',
     QT_TRANSLATE_NOOP("Reasons", 'The port is a number from 1 to 65535')),
    ('{} is not a file',
     QT_TRANSLATE_NOOP("Reasons", '%1 is not a file')),
    ('the campaign ends before it starts',
     QT_TRANSLATE_NOOP("Reasons", 'The campaign ends before it starts')),
    ("'{}' is not company, contact or deal",
     QT_TRANSLATE_NOOP("Reasons", '«%1» is not a company, a person or a deal')),
    ('the form gave neither a name nor a company',
     QT_TRANSLATE_NOOP("Reasons", 'The form gave neither a name nor a company')),
    ('is already the code of “{}”',
     QT_TRANSLATE_NOOP("Reasons", 'Already the code of “%1”')),
    ('does not exist',
     QT_TRANSLATE_NOOP("Reasons", 'Does not exist')),
    ('is not a segment condition',
     QT_TRANSLATE_NOOP("Reasons", 'Not a segment condition')),
    ('must be a list of values',
     QT_TRANSLATE_NOOP("Reasons", 'Must be a list of values')),
    ('at most {} values',
     QT_TRANSLATE_NOOP("Reasons", 'At most %1 values')),
    ('the maximum is below the minimum',
     QT_TRANSLATE_NOOP("Reasons", 'The maximum is below the minimum')),
    ('every value must be a non-empty text',
     QT_TRANSLATE_NOOP("Reasons", 'Every value must be a non-empty text')),
    ('must be a text of at most 200 characters',
     QT_TRANSLATE_NOOP("Reasons", 'Must be a text of at most 200 characters')),
    ('must be a list of field and value pairs',
     QT_TRANSLATE_NOOP("Reasons", 'Must be a list of field and value pairs')),
    ('must be yes or no',
     QT_TRANSLATE_NOOP("Reasons", 'Must be yes or no')),
    ('every pair needs a field and a value',
     QT_TRANSLATE_NOOP("Reasons", 'Every pair needs a field and a value')),
    ("'all' or 'own'",
     QT_TRANSLATE_NOOP("Reasons", 'Choose all records or only your own')),
    ('there is no pipeline for the deal',
     QT_TRANSLATE_NOOP("Reasons", 'There is no pipeline for the deal')),
    ("'{}' is not company or contact",
     QT_TRANSLATE_NOOP("Reasons", '«%1» is not a company or a person')),
    ('no mailbox is set up on this computer',
     QT_TRANSLATE_NOOP("Reasons", 'No mailbox is set up on this computer')),
    ('the client has no email address',
     QT_TRANSLATE_NOOP("Reasons", 'The client has no email address')),
    ('a letter needs a subject',
     QT_TRANSLATE_NOOP("Reasons", 'A letter needs a subject')),
    # last: the most general shapes
    ("{} does not exist", QT_TRANSLATE_NOOP("Reasons", "%1 does not exist")),
]


def _compile(template: str) -> re.Pattern[str]:
    """"{} is read-only" -> ^(.+?) is read\\-only$ (each value any text, at least a letter)."""
    return re.compile("^" + "(.*?)".join(re.escape(part) for part in template.split("{}"))
                      + "$", re.DOTALL)


PATTERNS += [(_compile(template), text) for template, text in TEMPLATES]
_LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
_QUOTED = re.compile(r"«[^»]*»|'[^']*'|\S*[/\\]\S*")  # values and paths: kept as they are
log = logging.getLogger(__name__)


def is_english(text: str) -> bool:
    """Whether `text` has English words outside the values and paths it quotes."""
    return bool(_LATIN_WORD.search(_QUOTED.sub("", text)))


def window_is_english() -> bool:
    return QCoreApplication.translate("Reasons", "Not a date") == "Not a date"


def translated(reason: str) -> str:
    """`reason` in the user's language, the values it names kept."""
    for pattern, template in PATTERNS:
        match = pattern.match(reason)
        if match:
            text = QCoreApplication.translate("Reasons", template)
            for number, value in reversed(list(enumerate(match.groups(), start=1))):
                text = text.replace(f"%{number}", value)
            return text
    if is_english(reason) and not window_is_english():
        log.warning("a reason with no translation: %s", reason)
        return QCoreApplication.translate("Reasons", "This value or action is not accepted "
                                                     "(the details are in the log)")
    return reason
