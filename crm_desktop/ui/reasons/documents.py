"""Reasons of documents and of the files kept with records.

A new reason goes at the end of its list (ui.reasons tries the lists in order)."""

from __future__ import annotations

from crm_desktop.domain.texts import QT_TRANSLATE_NOOP

# (how the core writes it, "{}" for each value; the window's text, %N for the N-th value)
DOCUMENTS: list[tuple[str, str]] = [
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
]


FILES: list[tuple[str, str]] = [
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
    ("no column for the company name (headers: {})",
     QT_TRANSLATE_NOOP("Reasons", "The file has no column with the company name; choose it "
                                  "among the columns (%1)")),
    ("no column for the deal title (headers: {})",
     QT_TRANSLATE_NOOP("Reasons", "The file has no column with the deal title; choose it "
                                  "among the columns (%1)")),
    ("no column for the person's name (headers: {})",
     QT_TRANSLATE_NOOP("Reasons", "The file has no column with the person's name; choose it "
                                  "among the columns (%1)")),
    ("a formula ({}) saved without its value; open and save the file in a spreadsheet "
     "program", QT_TRANSLATE_NOOP("Reasons", "A formula (%1) was saved without its value; "
                                             "open and save the file in a spreadsheet "
                                             "program")),
    ("import companies, contacts or deals, not '{}'",
     QT_TRANSLATE_NOOP("Reasons", "Only companies, people or deals can be imported")),
    ("export {}, not '{}'", QT_TRANSLATE_NOOP("Reasons", "This list cannot be exported")),
    ("import cancelled; nothing was written",
     QT_TRANSLATE_NOOP("Reasons", "Import cancelled; nothing was written")),
]
